"""Reading a Word ``.docx`` report as a stream of lines, with the standard library alone.

The package is a zip archive; its XML parts are read with :mod:`xml.parsers.expat`, block by
block, so memory does not grow with the file: what is kept is the line being built and the stack of
open elements.  A part may not declare a DTD or an entity (a Word document never does: this shuts
out entity expansion and every network or file access), and the archive is refused when an XML
part, once unpacked, passes :data:`MAX_XML_BYTES` in all, or :data:`MAX_RATIO` times its compressed
size (a "zip bomb"), or nests elements deeper than :data:`MAX_DEPTH`.

What is read, in this order, one line a paragraph and one line a table row (its cells joined by
``" | "``, the paragraphs of a cell by a space; a nested table's rows and a text box's paragraphs
come on lines of their own, before the line they sit in):

1. the body: paragraphs and tables, including content controls (``w:sdt``, in the body, in a
   paragraph, in a row or a cell), tracked insertions and moves (``w:ins``, ``w:moveTo``), smart
   tags, custom XML, hyperlinks, simple and complex fields (the result shown, not the field code),
   text boxes (``w:txbxContent``, once: the DrawingML choice, not its VML fallback) and equations;
2. headers and footers (each part once);
3. footnotes and endnotes, each as ``[n: [] text`` then ``]``, the way Word's text export writes
   them, so that the checker reads each as a footnote body.

Deleted text (``w:del``, ``w:delText``, ``w:moveFrom``), field codes (``w:instrText``),
content-control properties and placeholders' definitions are not read.  Comments, charts, images
and embedded objects are not read either (they are not the report's prose).  Content imported from
another file (``w:altChunk``) cannot be read without Word: such a file is refused, naming it, rather
than checked with a part missing.  A footnote reference becomes a :data:`~._text.BLANK`, so that
the numbers on each side of it are never glued together.
"""

from __future__ import annotations

import posixpath
import zipfile
import zlib
from collections.abc import Callable, Iterator
from typing import IO
from xml.parsers import expat

from hoiquanchung.checker._text import BLANK, CONTINUED, MAX_LINE, cut_point

__all__ = ["Grid", "MAX_DEPTH", "MAX_RATIO", "MAX_TABLE_CELLS", "MAX_XML_BYTES", "docx_lines"]

#: The most XML, in bytes, read from one ``.docx`` once unpacked (all parts together).
MAX_XML_BYTES = 512 * 1024 * 1024
#: The most an XML part may expand over the compressed bytes read so far, once past
#: :data:`RATIO_FLOOR` unpacked bytes (real ``document.xml`` parts expand 5 to 30 times).
MAX_RATIO = 100
#: Below this many unpacked bytes, a part's compression ratio is not judged.
RATIO_FLOOR = 8 * 1024 * 1024
#: The deepest nesting of XML elements accepted (real documents stay under 40).
MAX_DEPTH = 1000

#: The most grid slots of one table kept for the table rule (a larger table is not checked).
MAX_TABLE_CELLS = 100_000
_MAX_CELL_TEXT = 200  # characters of a cell kept for the table rule (figures are short)
_MAX_SPAN = 64

_BLOCK = 1 << 16

#: A table as a grid: rows of cell texts, ``None`` for a slot covered by a merged cell.
Grid = list[list[str | None]]

_W = (
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "http://purl.oclc.org/ooxml/wordprocessingml/main",
)
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_M = (
    "http://schemas.openxmlformats.org/officeDocument/2006/math",
    "http://purl.oclc.org/ooxml/officeDocument/math",
)
_REL_TYPES = {
    "header": 1,
    "footer": 1,
    "footnotes": 2,
    "endnotes": 2,
}
_OFFICE_DOCUMENT = "officeDocument"


def _names(spaces: tuple[str, ...], *locals_: str) -> dict[str, str]:
    return {f"{ns}}}{local}": local for ns in spaces for local in locals_}


# Elements whose whole content is skipped.
_SKIP = _names(
    _W,
    "del",
    "delText",
    "moveFrom",
    "instrText",
    "delInstrText",
    "sdtPr",
    "sdtEndPr",
    "rPr",
    "pPr",
    "tblPr",
    "fldData",
    "comment",
)
_SKIP[f"{_MC}}}Fallback"] = "Fallback"
# Elements that matter, by local name.
_TAGS = _names(
    _W,
    "p",
    "tr",
    "tc",
    "t",
    "tab",
    "ptab",
    "br",
    "cr",
    "noBreakHyphen",
    "txbxContent",
    "footnote",
    "endnote",
    "footnoteReference",
    "endnoteReference",
    "altChunk",
    "tbl",
    "gridSpan",
    "vMerge",
    "gridBefore",
)
_TAGS.update(_names(_M, "t"))
_TAGS[f"{_MC}}}AlternateContent"] = "AlternateContent"
_TAGS[f"{_MC}}}Choice"] = "Choice"
_NOTE_SKIP = {"separator", "continuationSeparator", "continuationNotice"}
_CHARS = {"tab": "\t", "ptab": "\t", "br": "\n", "cr": "\n", "noBreakHyphen": "-"}
_CHARS["footnoteReference"] = _CHARS["endnoteReference"] = BLANK


class DocxError(Exception):
    """Why a ``.docx`` cannot be read: a *reason* and its *facts*, without the file's name.

    :mod:`._reading` words it as the catalogue's error ``report-<reason>`` (a
    :class:`~hoiquanchung.checker.ReportReadError`), naming the file, in Vietnamese or English;
    every fact is a name, a number or text from the zip or XML library, never a sentence.

    >>> err = DocxError(reason="docx-part", part="word/footer1.xml")
    >>> err.reason, err.facts
    ('docx-part', {'part': 'word/footer1.xml'})
    """

    def __init__(self, *, reason: str, **facts: str | int) -> None:
        super().__init__(reason)
        self.reason = reason
        self.facts = facts


class _Line:
    """A line being built: text parts and their length."""

    __slots__ = ("parts", "size")

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.size = 0


class _Frame:
    __slots__ = ("count", "kind")

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self.count = 0  # cells of a row, paragraphs of a cell or a note


class _Table:
    """A table being read as a grid, for the table rule (:func:`hoiquanchung.checker.check_table`).

    A cell spanning columns (``w:gridSpan``) fills its first slot, ``None`` the others; a cell
    continuing a vertical merge (``w:vMerge`` without ``restart``) is ``None``; the grid columns
    skipped before a row (``w:gridBefore``) are blank.
    """

    __slots__ = ("cell", "number", "row", "rows", "size", "span", "vmerge")

    def __init__(self, number: int) -> None:
        self.number = number
        self.rows: Grid = []
        self.row: list[str | None] | None = None
        self.cell: list[str] | None = None
        self.span = 1
        self.vmerge = False
        self.size = 0  # slots so far; past MAX_TABLE_CELLS the grid is dropped

    def add(self, slots: list[str | None]) -> None:
        self.size += len(slots)
        if self.row is not None and self.size <= MAX_TABLE_CELLS:
            self.row.extend(slots)


def _val(attrs: dict[str, str]) -> str | None:
    return next((v for k, v in attrs.items() if k.endswith("}val")), None)


def _count(value: str | None, most: int) -> int:
    return min(int(value), most) if value is not None and value.isdigit() else 1


class _Renderer:
    """Expat handlers that turn the XML of a part into ``(line, separator)`` pairs, and its
    tables into grids (``tables``: ``(number, grid)``, numbered in the order they open)."""

    def __init__(self, part: str) -> None:
        self.part = part
        self.out: list[tuple[str, str]] = []
        self.frames: list[_Frame] = []
        self.lines: list[_Line] = []
        self.skip = 0  # depth inside a skipped element
        self.text = 0  # depth inside w:t / m:t
        self.depth = 0
        self.choices: list[bool] = []  # per open mc:AlternateContent: a Choice already read
        self.continued: _Line | None = None  # the line whose last piece was CONTINUED
        self.grids: list[_Table] = []  # open tables, innermost last
        self.tables: list[tuple[int, Grid]] = []  # tables read whole, not yet handed over
        self.opened = 0  # tables opened so far

    # -- output ---------------------------------------------------------------------------
    def _emit(self, owner: _Line, text: str, separator: str) -> None:
        if self.continued is not None and self.continued is not owner:
            self.out.append(("", "\n"))  # end the cut line before another one starts
        self.continued = owner if separator == CONTINUED else None
        self.out.append((text, separator))

    def _flush(self, line: _Line, *, final: bool) -> None:
        text = "".join(line.parts)
        *whole, rest = text.split("\n")
        for piece in whole:
            self._emit(line, piece, "\n")
        while len(rest) > MAX_LINE:
            cut = cut_point(rest, MAX_LINE)
            self._emit(line, rest[:cut], CONTINUED)
            rest = rest[cut:]
        if final:
            self._emit(line, rest, "\n")
            line.parts, line.size = [], 0
        else:
            line.parts, line.size = [rest], len(rest)

    def _write(self, text: str) -> None:
        if not self.lines or not text:
            return
        if self.grids and self.grids[-1].cell is not None:
            cell = self.grids[-1].cell
            if sum(map(len, cell)) < _MAX_CELL_TEXT:
                cell.append(text)
        line = self.lines[-1]
        line.parts.append(text)
        line.size += len(text)
        if line.size > MAX_LINE:
            self._flush(line, final=False)

    # -- expat handlers ---------------------------------------------------------------------
    def start(self, tag: str, attrs: dict[str, str]) -> None:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise DocxError(reason="docx-depth", part=self.part, limit=MAX_DEPTH)
        if self.skip:
            self.skip += 1
            return
        if tag in _SKIP:
            self.skip = 1
            return
        name = _TAGS.get(tag)
        if name is None:
            return
        if name == "t":
            self.text += 1
        elif name in _CHARS:
            self._write(_CHARS[name])
        elif name == "p":
            self._start_paragraph()
        elif name == "tr":
            self.frames.append(_Frame("tr"))
            self.lines.append(_Line())
            if self.grids:
                self.grids[-1].row = []
        elif name == "tbl":
            self.opened += 1
            self.grids.append(_Table(self.opened))
        elif name in ("gridSpan", "vMerge", "gridBefore"):
            self._cell_property(name, attrs)
        elif name == "tc":
            row = self.frames[-1] if self.frames and self.frames[-1].kind == "tr" else None
            if row is not None:
                if row.count:
                    self._write(" | ")
                row.count += 1
            self.frames.append(_Frame("tc" if row is not None else "box"))
            if row is not None and self.grids:
                grid = self.grids[-1]
                grid.cell, grid.span, grid.vmerge = [], 1, False
        elif name == "txbxContent":
            self.frames.append(_Frame("box"))
        elif name in ("footnote", "endnote"):
            kind = next((v for k, v in attrs.items() if k.endswith("}type")), "normal")
            if kind in _NOTE_SKIP:
                self.skip = 1
                return
            note = next((v for k, v in attrs.items() if k.endswith("}id")), "0")
            frame = _Frame("note")
            frame.count = int(note) if note.isdigit() else 0
            self.frames.append(frame)
        elif name == "AlternateContent":
            self.choices.append(False)
        elif name == "Choice":
            if self.choices and self.choices[-1]:
                self.skip = 1  # a second choice: the first one was read
            elif self.choices:
                self.choices[-1] = True
        elif name == "altChunk":
            raise DocxError(reason="docx-altchunk", part=self.part)

    def _cell_property(self, name: str, attrs: dict[str, str]) -> None:
        if not self.grids:
            return
        grid = self.grids[-1]
        if name == "gridBefore":
            grid.add([""] * _count(_val(attrs), _MAX_SPAN))
        elif name == "gridSpan":
            grid.span = _count(_val(attrs), _MAX_SPAN)
        else:
            grid.vmerge = _val(attrs) in (None, "continue")

    def _end_table_part(self, name: str) -> None:
        grid = self.grids[-1]
        if name == "tc" and grid.cell is not None:
            text = "".join(grid.cell)
            grid.add([None if grid.vmerge else text] + [None] * (grid.span - 1))
            grid.cell = None
        elif name == "tr" and grid.row is not None:
            if grid.size <= MAX_TABLE_CELLS:
                grid.rows.append(grid.row)
            grid.row = None
        elif name == "tbl":
            self.grids.pop()
            if grid.size <= MAX_TABLE_CELLS:
                self.tables.append((grid.number, grid.rows))

    def _start_paragraph(self) -> None:
        parent = self.frames[-1] if self.frames else None
        if parent is not None and parent.kind == "tc":
            if parent.count:
                self._write(" ")
            parent.count += 1
            self.frames.append(_Frame("cell-p"))
            return
        self.frames.append(_Frame("p"))
        self.lines.append(_Line())
        if parent is not None and parent.kind == "note" and parent.count >= 0:
            self._write(f"[{parent.count}: [] ")
            parent.count = -1  # the opening is written once

    def end(self, tag: str) -> None:
        self.depth -= 1
        if self.skip:
            self.skip -= 1
            return
        name = _TAGS.get(tag)
        if name is None:
            return
        if name == "t":
            self.text -= 1
        elif name in ("p", "tr"):
            frame = self.frames.pop()
            if frame.kind in ("p", "tr"):
                self._flush(self.lines.pop(), final=True)
            if name == "tr" and self.grids:
                self._end_table_part("tr")
        elif name in ("tc", "txbxContent"):
            self.frames.pop()
            if name == "tc" and self.grids:
                self._end_table_part("tc")
        elif name == "tbl" and self.grids:
            self._end_table_part("tbl")
        elif name in ("footnote", "endnote"):
            self.frames.pop()
            self.lines.append(_Line())
            self._write("]")
            self._flush(self.lines.pop(), final=True)
        elif name == "AlternateContent":
            self.choices.pop()

    def data(self, text: str) -> None:
        if self.text and not self.skip:
            self._write(text)


def _packed(member: IO[bytes], info: zipfile.ZipInfo) -> int:
    """Compressed bytes of *member* read so far (all of them where the reader does not say).

    Judging the ratio on what has been read, not on the whole member, refuses a bomb after
    :data:`RATIO_FLOOR` unpacked bytes, however large its compressed part.  The zip reader reads
    ahead, so this errs on the side of a lower ratio (never a false refusal).
    """
    left = getattr(member, "_compress_left", None)
    read = info.compress_size - left if isinstance(left, int) else info.compress_size
    return max(read, 1)


def _refuse_dtd(*_args: object) -> None:
    raise DocxError(reason="docx-dtd")


def _parse_part(
    archive: zipfile.ZipFile,
    info: zipfile.ZipInfo,
    budget: list[int],
    handlers: Callable[[expat.XMLParserType], None],
    drain: Callable[[], Iterator[tuple[str, str]]],
) -> Iterator[tuple[str, str]]:
    """Feed one XML part to a fresh secure parser, block by block, enforcing the ceilings."""
    parser = expat.ParserCreate(namespace_separator="}")
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.StartDoctypeDeclHandler = _refuse_dtd
    parser.EntityDeclHandler = _refuse_dtd
    parser.buffer_text = True
    parser.buffer_size = _BLOCK
    handlers(parser)
    unpacked = 0
    try:
        with archive.open(info) as member:
            while True:
                block = member.read(_BLOCK)
                unpacked += len(block)
                budget[0] -= len(block)
                if budget[0] < 0:
                    raise DocxError(
                        reason="docx-size", part=info.filename, limit=MAX_XML_BYTES // 2**20
                    )
                if unpacked > RATIO_FLOOR and unpacked > MAX_RATIO * _packed(member, info):
                    raise DocxError(reason="docx-ratio", part=info.filename, ratio=MAX_RATIO)
                parser.Parse(block, not block)
                yield from drain()
                if not block:
                    return
    except expat.ExpatError as exc:
        raise DocxError(
            reason="docx-xml",
            part=info.filename,
            detail=expat.errors.messages[exc.code],
            line=exc.lineno,
        ) from None
    except (
        zipfile.BadZipFile,
        EOFError,
        NotImplementedError,
        RuntimeError,
        ValueError,
        OSError,
        zlib.error,
    ) as exc:
        raise DocxError(reason="docx-broken-part", part=info.filename, detail=str(exc)) from None


def _relationships(
    archive: zipfile.ZipFile, source: str, budget: list[int]
) -> list[tuple[str, str]]:
    """``(type, target part)`` of the relationships of *source* ('' for the package)."""
    folder, base = posixpath.split(source)
    rels_name = posixpath.join(folder, "_rels", base + ".rels")
    try:
        info = archive.getinfo(rels_name)
    except KeyError:
        return []
    found: list[tuple[str, str]] = []

    def on_start(tag: str, attrs: dict[str, str]) -> None:
        if not tag.endswith("}Relationship") or attrs.get("TargetMode") == "External":
            return
        kind = attrs.get("Type", "").rsplit("/", 1)[-1]
        target = attrs.get("Target", "")
        path = target.lstrip("/") if target.startswith("/") else posixpath.join(folder, target)
        found.append((kind, posixpath.normpath(path)))

    def handlers(parser: expat.XMLParserType) -> None:
        parser.StartElementHandler = on_start

    for _ in _parse_part(archive, info, budget, handlers, lambda: iter(())):
        pass
    return found


def docx_lines(
    stream: IO[bytes], *, on_table: Callable[[int, Grid], None] | None = None
) -> Iterator[tuple[str, str]]:
    """The text of the ``.docx`` package in the seekable binary *stream*, as ``(line, sep)``.

    *on_table*, when given, is called with ``(number, grid)`` for every table of the document's
    body (numbered 1, 2 ... in the order they open, nested tables included) as soon as it has
    been read (see :class:`_Table` for the grid).  Tables of headers and footers are not passed.
    Raises :class:`DocxError` when the package cannot be read or passes a ceiling.
    """
    try:
        archive = zipfile.ZipFile(stream)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise DocxError(reason="docx", detail=str(exc) or type(exc).__name__) from None
    with archive:
        budget = [MAX_XML_BYTES]
        main = next(
            (t for k, t in _relationships(archive, "", budget) if k == _OFFICE_DOCUMENT),
            "word/document.xml",
        )
        try:
            archive.getinfo(main)
        except KeyError:
            raise DocxError(reason="docx-no-main", part=main) from None
        related = _relationships(archive, main, budget)
        parts = [main]
        for order in (1, 2):
            for kind, target in related:
                if _REL_TYPES.get(kind) == order and target not in parts:
                    parts.append(target)
        for part in parts:
            try:
                info = archive.getinfo(part)
            except KeyError:
                raise DocxError(reason="docx-part", part=part) from None
            renderer = _Renderer(part)

            def handlers(parser: expat.XMLParserType, r: _Renderer = renderer) -> None:
                parser.StartElementHandler = r.start
                parser.EndElementHandler = r.end
                parser.CharacterDataHandler = r.data

            def drain(
                r: _Renderer = renderer, body: bool = part == main
            ) -> Iterator[tuple[str, str]]:
                out, r.out = r.out, []
                tables, r.tables = r.tables, []
                if on_table is not None and body:
                    for number, grid in tables:
                        on_table(number, grid)
                return iter(out)

            yield from _parse_part(archive, info, budget, handlers, drain)
            if renderer.continued is not None:
                yield "", "\n"
