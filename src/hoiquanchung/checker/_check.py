"""check_text, check_file: every rule over a document, one paragraph at a time."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from typing import IO

from hoiquanchung.checker._context import DocumentState, evolved, exact_context
from hoiquanchung.checker._docx import Grid
from hoiquanchung.checker._malformed_parts import without_derived_totals
from hoiquanchung.checker._mentions import Mention, has_digit, mentions_in, scan_with_digits
from hoiquanchung.checker._reading import read_lines, source_label
from hoiquanchung.checker._registry import CHECKS, FEW_FIGURES, WITHOUT_DIGITS, WITHOUT_FIGURES
from hoiquanchung.checker._sections import Outline
from hoiquanchung.checker._tables import check_table
from hoiquanchung.checker._text import paragraphs, split_lines
from hoiquanchung.errors import ValidationError
from hoiquanchung.findings import Finding, sort_findings
from hoiquanchung.messages import error_text, fragment, wrong_type

__all__ = ["check_file", "check_text", "extract", "iter_findings", "read_mentions"]


def _require_text(text: object) -> str:
    if not isinstance(text, str):
        raise ValidationError(wrong_type("text", fragment("a-string"), text), field="text")
    return text


def _findings(pairs: Iterable[tuple[str, str]], file: str | None) -> Iterator[Finding]:
    state = DocumentState()
    outline = Outline()
    for para in paragraphs(pairs):
        outline.feed(para)
        path = outline.path
        if not has_digit(para.text):
            # No digit: no figure, date or malformed number to look for (the search for a
            # digit, which reads the whole paragraph, is made once; speed).
            context = exact_context(para, [], [], [], state, file, path)
            checks = WITHOUT_DIGITS
        else:
            day_months: list[int] = []
            mentions, dates, errors = scan_with_digits(para, day_months)
            context = exact_context(
                para, mentions, dates, errors, state, file, path, (para.text, day_months)
            )
            count = len(mentions)
            if count > len(FEW_FIGURES):
                checks = CHECKS
            elif count:
                # Fewer figures than some rules need: those are not called (speed).
                checks = FEW_FIGURES[count - 1]
            else:
                checks = WITHOUT_FIGURES
        # Made at the first finding (most paragraphs have none; speed).
        said: set[tuple[str, int | None, int | None, str | None, str | None]] | None = None
        found = [finding for check in checks for finding in check.run(context)]
        if len(found) > 1:
            # A total's mismatch that follows from a malformed part is not reported.
            found = without_derived_totals(para, found)
        for finding in found:
            # Two rules that read the same figure the same way (a total broken down in its
            # own sentence, which the section's rules read too) say it once.
            key = (finding.code, finding.line, finding.column, finding.stated, finding.computed)
            if said is None:
                said = {key}
            elif key in said:
                continue
            else:
                said.add(key)
            if finding.path is None and path is not None:
                finding = evolved(finding, path=path)
            yield finding
    for check in CHECKS:
        if check.finish is not None:
            yield from check.finish(state)


def _as_pairs(lines: Iterable[str]) -> Iterator[tuple[str, str]]:
    if isinstance(lines, str):
        raise ValidationError(error_text("checker-lines-one-str"), field="lines")
    for n, item in enumerate(lines):
        if not isinstance(item, str):
            raise ValidationError(
                wrong_type(f"line {n + 1}", fragment("a-string"), item), field="lines"
            )
        if item:
            yield from split_lines(item)
        else:
            yield "", ""


def _require_file(file: object) -> str | None:
    if file is not None and not isinstance(file, str):
        raise ValidationError(wrong_type("file", fragment("a-str-or-none"), file), field="file")
    return file


def iter_findings(lines: Iterable[str], *, file: str | None = None) -> Iterator[Finding]:
    """Findings of every rule over a document given line by line, streaming.

    *lines* are the lines of the document, with or without their line endings (an open text
    file, ``text.splitlines()``, a generator); memory does not grow with the document.
    Findings come paragraph by paragraph, in the order the rules run (not sorted).

    >>> lines = ["Báo cáo\\n", "đăng ký: 515/565, đạt tỷ lệ 91,53%\\n"]
    >>> [(f.code, f.line, f.column) for f in iter_findings(lines, file="bc.txt")]
    [('rate-mismatch', 2, 29)]
    """
    return _findings(_as_pairs(lines), _require_file(file))


def check_text(text: str, *, file: str | None = None) -> list[Finding]:
    """Kiểm tra số liệu (check the figures of) a report given as text; findings in reading order.

    *file* only labels the findings.  Lines and columns are 1-based, in the original *text*
    (before NFC normalisation).

    >>> fs = check_text("số Đơn vị học tập đăng ký: 515/565, đạt tỷ lệ 91,53%.")
    >>> [(f.code, f.line, f.column, f.stated, f.computed) for f in fs]
    [('rate-mismatch', 1, 47, '91,53%', '515/565 = 91,15%')]
    >>> check_text("số gia đình học tập đăng ký: 113.453/151.530, đạt tỷ lệ 74,87%")
    []
    """
    return sort_findings(_findings(split_lines(_require_text(text)), _require_file(file)))


def check_file(path: str | os.PathLike[str] | IO[bytes]) -> list[Finding]:
    """Check a report file (``.txt`` in UTF-8 or UTF-16/32 with BOM, or ``.docx``).

    *path* may also be an open binary stream (``sys.stdin.buffer``): it is read once, front to
    back, and the findings name it by its ``name``.

    The tables of a ``.docx`` are also checked as tables (rule 6, :func:`check_table`): their
    findings name the table, row and column, and have no line; they come first.
    Raises :class:`~hoiquanchung.errors.DocumentReadError` when the file cannot be read.

    >>> import pathlib, tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     report = pathlib.Path(folder, "bao-cao.txt")
    ...     _ = report.write_text("Báo cáo\\nCó 45/50 chi hội, đạt tỷ lệ 95%.\\n", "utf-16")
    ...     [(f.line, f.column, f.code, f.computed) for f in check_file(report)]
    [(2, 29, 'rate-mismatch', '45/50 = 90%')]
    """
    label = source_label(path)
    tables: list[Finding] = []

    def on_table(number: int, grid: Grid) -> None:
        tables.extend(check_table(grid, file=label, table=number))

    found = list(_findings(read_lines(path, on_table=on_table), label))
    return sort_findings([*tables, *found])


def _mention_stream(lines: Iterable[tuple[str, str]]) -> Iterator[Mention]:
    """Every quantity of a document given as ``(line, separator)`` pairs, streaming."""
    for para in paragraphs(lines):
        yield from mentions_in(para)


def extract(text: str) -> list[Mention]:
    """Every quantity mentioned in *text*, in order, with where it is.

    ``start`` and ``end`` are offsets into the NFC form of *text*; ``line`` and ``column`` are
    1-based positions in *text* as given.

    >>> [(m.text, m.value, m.unit, m.line, m.column) for m in extract("dân số 729.888 người")]
    [('729.888 người', Decimal('729888'), 'người', 1, 8)]
    """
    return list(_mention_stream(split_lines(_require_text(text))))


def read_mentions(path: str | os.PathLike[str] | IO[bytes]) -> Iterator[Mention]:
    """Every quantity of the report file at *path*, streaming (see :func:`check_file`).

    >>> import pathlib, tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     report = pathlib.Path(folder, "bao-cao.txt")
    ...     _ = report.write_text("Có 45/50 chi hội, đạt tỷ lệ 90%.", "utf-8")
    ...     [(m.text, m.fraction, m.column) for m in read_mentions(report)]
    [('45', 'numerator', 4), ('50 chi hội', 'denominator', 7), ('90%', None, 29)]
    """
    return _mention_stream(read_lines(path))
