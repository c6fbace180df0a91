"""Reading report files: plain text (UTF-8, UTF-16/32 with BOM) and Word ``.docx``.

Every reader yields the document as ``(line, separator)`` pairs, one line at a time, so that the
checker's memory does not grow with the file.  A ``.docx`` file is rendered as text: one line a
paragraph (a paragraph's manual line breaks start new lines), and one line a table row, its cells
joined by ``" | "``; its line numbers are the lines of that rendering.

Every failure is a :class:`~hoiquanchung.errors.DocumentReadError` whose message names the file
and, for a bad encoding, the line and the byte.  It is a :class:`ReportReadError`, which keeps those
facts apart and words them in Vietnamese or English (:meth:`ReportReadError.message`); ``str()``
gives the English wording.
"""

from __future__ import annotations

import codecs
import os
import re
import zipfile
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from hoiquanchung.checker._text import split_lines
from hoiquanchung.errors import DocumentReadError, MissingDependencyError, ValidationError
from hoiquanchung.messages import ERRORS, Language, error_text

__all__ = ["ReportReadError", "read_lines"]


class ReportReadError(DocumentReadError):
    """Không đọc được tệp báo cáo: a :class:`~hoiquanchung.errors.DocumentReadError` with its facts.

    ``file`` is the file as named by the caller, ``reason`` one of ``'missing'``,
    ``'directory'``, ``'permission'``, ``'unreadable'``, ``'bad-name'``, ``'read-failed'``,
    ``'doc'``, ``'nul'``, ``'encoding'``, ``'docx'``; ``facts`` the details (for a bad encoding:
    ``encoding``, ``line``, ``byte``, ``offset``).

    >>> err = ReportReadError("a.txt", "encoding", {"encoding": "UTF-8", "line": 2, "byte": "ff",
    ...                                              "offset": 9})
    >>> str(err)[:47]
    'a.txt: not valid UTF-8 at line 2 (byte 0xff at '
    >>> err.message("vi")[:50]
    'a.txt: không phải UTF-8 hợp lệ ở dòng 2 (byte 0xff'
    """

    def __init__(
        self, file: str, reason: str, facts: Mapping[str, str | int] | None = None
    ) -> None:
        if f"report-{reason}" not in ERRORS:
            raise ValueError(f"unknown reason {reason!r}")
        self.file = file
        self.reason = reason
        super().__init__(error_text(f"report-{reason}", file=file, **dict(facts or {})))

    def message(self, lang: Language = "vi") -> str:
        """The message in Vietnamese (``'vi'``) or English (``'en'``), naming the file."""
        return self.render(lang)


# (byte order mark, codec without BOM handling): the BOM is skipped, the codec is explicit.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_BLOCK = 1 << 16
_NEWLINE = re.compile(r"\r\n|\r|\n")
_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # old binary .doc


def _sniff(head: bytes, name: str) -> tuple[str, int]:
    """The codec of a text file and the length of its byte order mark."""
    for bom, encoding in _BOMS:
        if head.startswith(bom):
            return encoding, len(bom)
    if head.startswith(_OLE_MAGIC):
        raise ReportReadError(name, "doc")
    if b"\x00" in head:
        raise ReportReadError(name, "nul")
    return "utf-8", 0


def read_lines(path: str | os.PathLike[str]) -> Iterator[tuple[str, str]]:
    """Yield the lines of the report at *path* as ``(line, separator)`` pairs.

    ``.docx`` files (by suffix or content) go through python-docx; anything else is text.
    Raises :class:`~hoiquanchung.errors.DocumentReadError` when the file cannot be read.
    """
    if not isinstance(path, (str, os.PathLike)):
        raise ValidationError(
            f"path must be a str or os.PathLike, got {type(path).__name__}", field="path"
        )
    p = Path(path)
    name = os.fspath(path)
    try:
        with p.open("rb") as fh:
            head = fh.read(8)
    except IsADirectoryError:
        raise ReportReadError(name, "directory") from None
    except FileNotFoundError:
        raise ReportReadError(name, "missing") from None
    except PermissionError:
        raise ReportReadError(name, "permission") from None
    except OSError as exc:
        raise ReportReadError(name, "unreadable", {"detail": str(exc.strerror or exc)}) from None
    except ValueError as exc:  # a NUL byte or a lone surrogate in the name
        raise ReportReadError(repr(name), "bad-name", {"detail": str(exc)}) from None
    if p.suffix.lower() in {".docx", ".docm"} or head.startswith(_ZIP_MAGIC):
        return _docx_lines(p, name)
    return _text_lines(p, name)


def _text_lines(p: Path, name: str) -> Iterator[tuple[str, str]]:
    try:
        fh = p.open("rb")
    except OSError as exc:
        raise ReportReadError(name, "unreadable", {"detail": str(exc.strerror or exc)}) from None
    with fh:
        encoding, bom = _sniff(fh.read(4096), name)
        fh.seek(bom)
        decoder = codecs.getincrementaldecoder(encoding)(errors="strict")
        consumed = bom  # bytes read so far
        lineno = 0  # lines yielded so far
        pending = ""
        while True:
            try:
                block = fh.read(_BLOCK)
            except OSError as exc:  # pragma: no cover - I/O failure mid-read
                raise ReportReadError(
                    name, "read-failed", {"detail": str(exc.strerror or exc)}
                ) from None
            final = not block
            buffered = len(decoder.getstate()[0])
            try:
                text = decoder.decode(block, final)
            except UnicodeDecodeError as exc:
                good = exc.object[: exc.start].decode(encoding, errors="replace")
                line = lineno + 1 + len(list(split_lines(pending + good + "x"))) - 1
                where = consumed - buffered + exc.start
                bad = exc.object[exc.start : exc.start + 1].hex()
                facts: dict[str, str | int] = {
                    "encoding": _LABELS[encoding],
                    "line": line,
                    "byte": bad,
                    "offset": where,
                }
                raise ReportReadError(name, "encoding", facts) from None
            consumed += len(block)
            buf = pending + text
            pos = 0
            for m in _NEWLINE.finditer(buf):
                if m.end() == len(buf) and m.group() == "\r" and not final:
                    break  # maybe the first half of "\r\n": wait for the next block
                yield buf[pos : m.start()], m.group()
                lineno += 1
                pos = m.end()
            pending = buf[pos:]
            if final:
                if pending:
                    yield pending, ""
                return


_LABELS = {
    "utf-8": "UTF-8",
    "utf-16-le": "UTF-16",
    "utf-16-be": "UTF-16",
    "utf-32-le": "UTF-32",
    "utf-32-be": "UTF-32",
}


def _load_docx(p: Path, name: str) -> Any:
    try:
        import docx
    except ImportError:
        raise MissingDependencyError("reading .docx reports", "docx", "python-docx") from None
    try:
        return docx.Document(str(p))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise ReportReadError(name, "docx", {"detail": str(exc)}) from None
    except OSError as exc:
        raise ReportReadError(name, "unreadable", {"detail": str(exc.strerror or exc)}) from None
    except Exception as exc:  # python-docx/lxml raise many kinds on a damaged package
        detail = f"{type(exc).__name__}: {exc}"
        raise ReportReadError(name, "docx", {"detail": detail}) from None


def _docx_lines(p: Path, name: str) -> Iterator[tuple[str, str]]:
    document = _load_docx(p, name)
    for text in _blocks(document):
        for line, _sep in split_lines(text) if text else iter([("", "")]):
            yield line, "\n"


def _blocks(container: Any) -> Iterator[str]:
    """Paragraph texts and table rows of a document or a table cell, in document order."""
    from docx.table import Table

    for item in container.iter_inner_content():
        if isinstance(item, Table):
            yield from _table_rows(item)
        else:
            yield item.text


def _table_rows(table: Any) -> Iterator[str]:
    for row in table.rows:
        cells: list[str] = []
        seen: set[int] = set()
        nested: list[Any] = []
        for cell in row.cells:
            key = id(cell._tc)
            if key in seen:  # a merged cell is returned once per grid column it spans
                continue
            seen.add(key)
            cells.append(" ".join(p.text for p in cell.paragraphs))
            nested.extend(cell.tables)
        yield " | ".join(cells)
        for inner in nested:
            yield from _table_rows(inner)
