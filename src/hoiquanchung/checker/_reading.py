"""Reading report files: plain text (UTF-8, UTF-16/32 with BOM) and Word ``.docx``.

Every reader yields the document as ``(line, separator)`` pairs, one line at a time, so that the
checker's memory does not grow with the file; a line longer than :data:`~._text.MAX_LINE` comes in
pieces (separator :data:`~._text.CONTINUED`).  A file is opened once and read front to back,
never seeked: a pipe, a FIFO, ``/dev/stdin`` or an open binary stream (standard input) read as well
as a file.  A ``.docx`` file (by suffix or content) is rendered as text by :mod:`._docx`: one line a
paragraph, one line a table row, its cells joined by ``" | "``; its line numbers are the lines of
that rendering.  A ``.docx`` coming through a pipe is first copied to a temporary file (a zip
archive is read from its end), up to :data:`~._docx.MAX_XML_BYTES`.

A NUL character anywhere in a text file refuses it (``'nul'``): text never has one, and a UTF-16
file without its byte order mark is full of them.

Every failure is a :class:`~hoiquanchung.errors.DocumentReadError` whose message names the file
and, for a bad encoding, the line and the byte.  It is a :class:`ReportReadError`, which keeps those
facts apart and words them in Vietnamese or English (:meth:`ReportReadError.message`); ``str()``
gives the English wording.
"""

from __future__ import annotations

import codecs
import os
import re
import tempfile
from collections.abc import Callable, Iterator, Mapping
from typing import IO

from hoiquanchung.checker._docx import MAX_XML_BYTES, DocxError, Grid, docx_lines
from hoiquanchung.checker._text import CONTINUED, MAX_LINE, cut_point
from hoiquanchung.errors import DocumentReadError, NotFoundError, ValidationError
from hoiquanchung.messages import ERRORS, Language, error_text, fragment, wrong_type

__all__ = ["ReportReadError", "TableHandler", "read_lines"]

#: What :func:`read_lines` calls with ``(number, grid)`` for every table of a ``.docx`` body.
TableHandler = Callable[[int, Grid], None]


class ReportReadError(DocumentReadError):
    """Không đọc được tệp báo cáo: a :class:`~hoiquanchung.errors.DocumentReadError` with its facts.

    ``file`` is the file as named by the caller, ``reason`` one of ``'missing'``,
    ``'directory'``, ``'permission'``, ``'unreadable'``, ``'bad-name'``, ``'read-failed'``,
    ``'doc'``, ``'nul'``, ``'encoding'``, ``'encoding-unit'``, ``'docx'``, ``'docx-part'``,
    ``'docx-size'``, ``'docx-ratio'``, ``'docx-depth'``, ``'docx-dtd'``, ``'docx-altchunk'``,
    ``'too-large'``; ``facts`` the details (for a bad encoding: ``encoding``, ``line``, ``byte``
    or, in UTF-16/32, the code ``unit``, and the byte ``offset``).

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
            raise NotFoundError(error_text("report-reason-unknown", reason=reason))
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
_HEAD = 8  # bytes enough to tell a BOM, a zip or an old .doc
_SPOOL_IN_MEMORY = 8 * 1024 * 1024  # a .docx from a pipe: in memory up to this, then on disk
_UNITS = {"utf-16-le": (2, "little"), "utf-16-be": (2, "big"), "utf-32-le": (4, "little"),
          "utf-32-be": (4, "big")}  # fmt: skip
_LABELS = {
    "utf-8": "UTF-8",
    "utf-16-le": "UTF-16",
    "utf-16-be": "UTF-16",
    "utf-32-le": "UTF-32",
    "utf-32-be": "UTF-32",
}


def _sniff(head: bytes, name: str) -> tuple[str, int]:
    """The codec of a text file and the length of its byte order mark."""
    for bom, encoding in _BOMS:
        if head.startswith(bom):
            return encoding, len(bom)
    if head.startswith(_OLE_MAGIC):
        raise ReportReadError(name, "doc")
    return "utf-8", 0


def read_lines(
    source: str | os.PathLike[str] | IO[bytes],
    *,
    name: str | None = None,
    on_table: TableHandler | None = None,
) -> Iterator[tuple[str, str]]:
    """Yield the lines of the report at *source* as ``(line, separator)`` pairs.

    *source* is a path or an open binary stream (such as ``sys.stdin.buffer``; it is read, not
    closed).  *name* labels the file in errors (by default the path, or the stream's ``name``).
    ``.docx`` files (by suffix or content) are rendered by :mod:`._docx`; anything else is text.
    *on_table* is called with ``(number, grid)`` for every table of a ``.docx`` body, as it is
    read (see :func:`._docx.docx_lines`).
    Raises :class:`~hoiquanchung.errors.DocumentReadError` when the file cannot be read.
    """
    if isinstance(source, (str, os.PathLike)):
        label = os.fspath(source) if name is None else name
        return _read_path(source, label, on_table)
    if callable(getattr(source, "read", None)):
        label = str(getattr(source, "name", "<stream>")) if name is None else name
        return _read_stream(source, label, docx_suffix=False, on_table=on_table)
    raise ValidationError(wrong_type("path", fragment("a-path-or-stream"), source), field="path")


def source_label(source: str | os.PathLike[str] | IO[bytes]) -> str:
    """How the findings of *source* name it: the path, or a stream's ``name``."""
    if isinstance(source, (str, os.PathLike)):
        return os.fspath(source)
    return str(getattr(source, "name", "<stream>"))


def _os_error(name: str, exc: OSError) -> ReportReadError:
    if isinstance(exc, IsADirectoryError):
        return ReportReadError(name, "directory")
    if isinstance(exc, FileNotFoundError):
        return ReportReadError(name, "missing")
    if isinstance(exc, PermissionError):
        return ReportReadError(name, "permission")
    return ReportReadError(name, "unreadable", {"detail": str(exc.strerror or exc)})


def _read_path(
    path: str | os.PathLike[str], name: str, on_table: TableHandler | None = None
) -> Iterator[tuple[str, str]]:
    try:
        fh = open(path, "rb")  # noqa: SIM115 - closed below; opened once, never reopened
    except OSError as exc:
        raise _os_error(name, exc) from None
    except ValueError as exc:  # a NUL byte or a lone surrogate in the name
        raise ReportReadError(repr(name), "bad-name", {"detail": str(exc)}) from None
    with fh:
        suffix = os.path.splitext(os.fspath(path))[1].lower()
        yield from _read_stream(
            fh, name, docx_suffix=suffix in {".docx", ".docm"}, on_table=on_table
        )


def _read(fh: IO[bytes], size: int, name: str) -> bytes:
    try:
        return fh.read(size)
    except IsADirectoryError:
        raise ReportReadError(name, "directory") from None
    except OSError as exc:  # an I/O failure mid-read
        raise ReportReadError(name, "read-failed", {"detail": str(exc.strerror or exc)}) from None


def _read_stream(
    fh: IO[bytes], name: str, *, docx_suffix: bool, on_table: TableHandler | None = None
) -> Iterator[tuple[str, str]]:
    head = b""
    while len(head) < _HEAD:  # a pipe may hand over fewer bytes than asked for
        more = _read(fh, _HEAD - len(head), name)
        if not isinstance(more, bytes):
            raise ValidationError(
                error_text("report-binary-stream", file=name, got=type(more).__name__),
                field="path",
            )
        if not more:
            break
        head += more
    if docx_suffix or head.startswith(_ZIP_MAGIC):
        yield from _docx(fh, head, name, on_table)
    else:
        yield from _text_lines(fh, head, name)


def _seekable(fh: IO[bytes]) -> bool:
    try:
        return bool(fh.seekable())
    except (AttributeError, ValueError, OSError):
        return False


def _docx(
    fh: IO[bytes], head: bytes, name: str, on_table: TableHandler | None
) -> Iterator[tuple[str, str]]:
    if _seekable(fh):
        try:
            fh.seek(-len(head), os.SEEK_CUR)
        except OSError as exc:  # pragma: no cover - seekable() said yes
            raise ReportReadError(name, "read-failed", {"detail": str(exc)}) from None
        yield from _docx_from(fh, name, on_table)
        return
    # A pipe: copy it (a zip archive is read from its end), up to the ceiling.
    with tempfile.SpooledTemporaryFile(max_size=_SPOOL_IN_MEMORY) as spool:
        spool.write(head)
        copied = len(head)
        while block := _read(fh, _BLOCK, name):
            copied += len(block)
            if copied > MAX_XML_BYTES:
                raise ReportReadError(name, "too-large", {"limit": MAX_XML_BYTES // 2**20})
            spool.write(block)
        spool.seek(0)
        yield from _docx_from(spool, name, on_table)


def _docx_from(
    fh: IO[bytes], name: str, on_table: TableHandler | None
) -> Iterator[tuple[str, str]]:
    try:
        yield from docx_lines(fh, on_table=on_table)
    except DocxError as problem:
        raise ReportReadError(name, problem.reason, problem.facts) from None


def _line_of(lineno: int, before: str) -> int:
    """The 1-based line of the character after *before*, *lineno* lines being done."""
    return lineno + 1 + len(_NEWLINE.findall(before))


def _decode_error(
    exc: UnicodeDecodeError, encoding: str, name: str, line: int, start: int
) -> ReportReadError:
    facts: dict[str, str | int] = {
        "encoding": _LABELS[encoding],
        "line": line,
        "offset": start + exc.start,
    }
    width = _UNITS.get(encoding)
    unit = exc.object[exc.start : exc.start + width[0]] if width else b""
    if width and len(unit) == width[0]:
        value = int.from_bytes(unit, width[1])  # type: ignore[arg-type]
        facts["unit"] = f"{value:0{2 * width[0]}X}"
        return ReportReadError(name, "encoding-unit", facts)
    facts["byte"] = exc.object[exc.start : exc.start + 1].hex()
    return ReportReadError(name, "encoding", facts)


def _refuse_nul(text: str, encoding: str, name: str, lineno: int, pending: str, start: int) -> None:
    """Refuse the file if *text*, decoded from byte *start* on, has a NUL."""
    nul = text.find("\x00")
    if nul >= 0:
        at = start + len(text[:nul].encode(encoding, errors="replace"))
        facts = {"line": _line_of(lineno, pending + text[:nul]), "offset": at}
        raise ReportReadError(name, "nul", facts)


def _text_lines(fh: IO[bytes], head: bytes, name: str) -> Iterator[tuple[str, str]]:
    encoding, bom = _sniff(head, name)
    decoder = codecs.getincrementaldecoder(encoding)(errors="strict")
    consumed = bom  # bytes handed to the decoder so far, from the start of the file
    lineno = 0  # whole lines yielded so far
    pending = ""  # at most MAX_LINE characters (plus a held "\r"): reading stays linear
    block = head[bom:]
    while True:
        if not block:
            block = _read(fh, _BLOCK, name)
        final = not block
        buffered = len(decoder.getstate()[0])
        try:
            text = decoder.decode(block, final)
        except UnicodeDecodeError as exc:
            good = exc.object[: exc.start].decode(encoding, errors="replace")
            _refuse_nul(good, encoding, name, lineno, pending, consumed - buffered)
            line = _line_of(lineno, pending + good)
            raise _decode_error(exc, encoding, name, line, consumed - buffered) from None
        _refuse_nul(text, encoding, name, lineno, pending, consumed - buffered)
        consumed += len(block)
        block = b""
        buf = pending + text
        pos = 0
        for m in _NEWLINE.finditer(buf):
            if m.end() == len(buf) and m.group() == "\r" and not final:
                break  # maybe the first half of "\r\n": wait for the next block
            yield buf[pos : m.start()], m.group()
            lineno += 1
            pos = m.end()
        pending = buf[pos:]
        while len(pending) > MAX_LINE:  # a line that does not end: checked piece by piece
            cut = cut_point(pending, MAX_LINE)
            yield pending[:cut], CONTINUED
            pending = pending[cut:]
        if final:
            if pending:
                yield pending, ""
            return
