"""The ``hoiquanchung`` command: check reports like a linter, list their figures.

``hoiquanchung check FILE...`` prints one line a finding, ``file:line:col: code message``, or a
JSON list with ``--format json``; ``--lang en`` writes the messages in English (Vietnamese by
default).  ``hoiquanchung figures FILE`` lists every quantity found.  ``hoiquanchung example
hau-giang-2024`` reconciles the figures of the packaged Hậu Giang 2024 dataset
(:func:`hoiquanchung.datasets.run_example`).  ``hoiquanchung validate LIST.xlsx|LIST.csv`` reads
a list of associations (or, with ``--kind``, stated counts, a report's figures or units) with
:mod:`hoiquanchung.tables` and prints every problem where it is in the sheet.  ``hoiquanchung
tally LIST.xlsx --by level,category [--out result.xlsx]`` counts such a list and writes the table.

A file named ``-`` is standard input (text or ``.docx``), named ``<stdin>`` in the findings.

Exit status: 0 when no finding of severity *error* was made, 1 when one was or when a file could
not be read (the other files are still checked), 2 on a usage error, 130 when interrupted
(Ctrl-C, at any moment: the ``hoiquanchung`` command starts in ``_hoiquanchung_entry``, which
catches it before anything heavy is imported).  When the output is closed early (``| head``),
checking stops there and the status is that of the files checked so far, the one being printed
included.  A file that cannot be read is named on stderr with the reason, in the language of
``--lang``.

>>> main(["check", "--lang", "en", "/no/such/report.txt"])  # the message goes to stderr
1
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal
from typing import IO, Any, TextIO

import hoiquanchung
from hoiquanchung.checker import Mention, check_file, read_mentions
from hoiquanchung.errors import HoiQuanChungError
from hoiquanchung.findings import Finding, Language, Severity
from hoiquanchung.messages import fragment

__all__ = ["main"]

_EXIT_OK = 0
_EXIT_FINDINGS = 1
_EXIT_USAGE = 2
_EXIT_INTERRUPTED = 130


def _decimal_text(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


def error_message(exc: HoiQuanChungError, lang: Language) -> str:
    """The message of an error met while reading a file, in Vietnamese or English.

    >>> from hoiquanchung.checker import ReportReadError
    >>> error_message(ReportReadError("a.txt", "missing"), "vi")
    'a.txt: không có tệp này'
    >>> error_message(ReportReadError("a.txt", "missing"), "en")
    'a.txt: no such file'
    """
    return exc.render(lang)


def summary(counts: Mapping[Severity, int], lang: Language) -> str:
    """The counts of findings by severity, the last line ``check`` writes on a terminal.

    >>> summary({Severity.ERROR: 1, Severity.WARNING: 0, Severity.INFO: 2}, "vi")
    '1 lỗi, 0 cảnh báo, 2 thông tin'
    >>> summary({Severity.ERROR: 1, Severity.WARNING: 0, Severity.INFO: 2}, "en")
    '1 errors, 0 warnings, 2 notes'
    """
    return fragment(
        "check-summary",
        errors=counts.get(Severity.ERROR, 0),
        warnings=counts.get(Severity.WARNING, 0),
        notes=counts.get(Severity.INFO, 0),
    ).text(lang)


def interrupted(lang: Language) -> str:
    """What the command writes on standard error when Ctrl-C stops it, in *lang*.

    >>> interrupted("en")
    '\\nhoiquanchung: interrupted (Ctrl-C)\\n'
    """
    return f"\nhoiquanchung: {fragment('cli-interrupted').text(lang)} (Ctrl-C)\n"


def finding_to_json(finding: Finding, lang: Language) -> dict[str, object]:
    """One finding as a JSON-ready dict (exact values as strings)."""
    return {
        "file": finding.file,
        "line": finding.line,
        "column": finding.column,
        "code": finding.code,
        "severity": finding.severity.value,
        "message": finding.message(lang),
        "message_vi": finding.message_vi,
        "message_en": finding.message_en,
        "stated": finding.stated,
        "computed": finding.computed,
        "stated_value": _decimal_text(finding.stated_value),
        "computed_value": _decimal_text(finding.computed_value),
        "path": finding.path,
    }


def mention_to_json(mention: Mention, file: str) -> dict[str, object]:
    """One quantity found, as a JSON-ready dict."""
    return {
        "file": file,
        "line": mention.line,
        "column": mention.column,
        "text": mention.text,
        "value": str(mention.value),
        "unit": mention.unit,
        "bound": mention.bound.name.lower(),
        "fraction": mention.fraction,
        "start": mention.start,
        "end": mention.end,
    }


class _Progress:
    """A one-line progress bar on a terminal's stderr; silent anywhere else."""

    def __init__(self, total: int, stream: TextIO, enabled: bool) -> None:
        self.total = total
        self.stream = stream
        self.enabled = enabled and total > 1
        self.width = 30

    def show(self, done: int, label: str) -> None:
        if not self.enabled:
            return
        filled = self.width * done // self.total
        bar = "#" * filled + "-" * (self.width - filled)
        label = label if len(label) <= 40 else "…" + label[-39:]
        self.stream.write(f"\r[{bar}] {done}/{self.total} {label}\x1b[K")
        self.stream.flush()

    def close(self) -> None:
        if self.enabled:
            self.stream.write("\r\x1b[K")
            self.stream.flush()


def _isatty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


_STDIN = "<stdin>"


def _source(name: str) -> str | IO[bytes]:
    """The file to read for the command-line argument *name*: ``-`` is standard input."""
    return sys.stdin.buffer if name == "-" else name


def _silence_stdout() -> None:
    """After a broken pipe: send what is still buffered for stdout to /dev/null, quietly."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)


def _cmd_check(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    status = [_EXIT_OK]  # what was found so far, kept if the output is closed early
    try:
        return _check_files(args, out, err, status)
    except BrokenPipeError:  # `hoiquanchung check ... | head`: stop, keep the status
        _silence_stdout()
        return status[0]


def _check_files(args: argparse.Namespace, out: TextIO, err: TextIO, status: list[int]) -> int:
    lang: Language = args.lang
    progress = _Progress(len(args.files), err, _isatty(err) and not args.no_progress)
    collected: list[dict[str, object]] = []
    counts = dict.fromkeys(Severity, 0)
    least = Severity(args.min_severity)
    for done, name in enumerate(args.files):
        progress.show(done, name)
        try:
            findings = check_file(_source(name))
        except HoiQuanChungError as exc:
            progress.close()
            err.write(f"hoiquanchung: {error_message(exc, lang)}\n")
            status[0] = _EXIT_FINDINGS
            continue
        for finding in findings:
            counts[finding.severity] += 1
        if counts[Severity.ERROR]:
            status[0] = _EXIT_FINDINGS
        for finding in findings:
            if finding.severity < least:
                continue
            if args.format == "json":
                collected.append(finding_to_json(finding, lang))
            else:
                progress.close()
                out.write(finding.render(lang) + "\n")
    progress.show(len(args.files), "")
    progress.close()
    if args.format == "json":
        json.dump(collected, out, ensure_ascii=False, indent=2)
        out.write("\n")
    out.flush()
    if _isatty(err) and args.format == "text":
        err.write(summary(counts, lang) + "\n")
    return status[0]


def _cmd_figures(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    status = _EXIT_OK
    collected: list[dict[str, object]] = []
    for name in args.files:
        label = _STDIN if name == "-" else name
        try:
            for mention in read_mentions(_source(name)):
                if args.format == "json":
                    collected.append(mention_to_json(mention, label))
                else:
                    unit = f" {mention.unit}" if mention.unit else ""
                    bound = "" if mention.bound.name == "EXACT" else f" [{mention.bound.value}]"
                    role = f" ({mention.fraction})" if mention.fraction else ""
                    out.write(
                        f"{label}:{mention.line}:{mention.column}: {mention.text}"
                        f" = {mention.value}{unit}{bound}{role}\n"
                    )
        except HoiQuanChungError as exc:
            err.write(f"hoiquanchung: {error_message(exc, args.lang)}\n")
            status = _EXIT_FINDINGS
    if args.format == "json":
        json.dump(collected, out, ensure_ascii=False, indent=2)
        out.write("\n")
    return status


def _cmd_example(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from hoiquanchung import datasets

    out.write(datasets.run_example(args.name, lang=args.lang) + "\n")
    return _EXIT_OK


def _cmd_validate(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """``validate``: every problem in a table, located; exit 1 when a row is refused."""
    from hoiquanchung import tables
    from hoiquanchung._cli_tally import on_date, sheet_options

    lang: Language = args.lang
    try:
        on = on_date(args)
    except tables.CellValueError as exc:
        err.write(f"hoiquanchung: --on: {exc.render(lang)}\n")
        return _EXIT_USAGE
    try:
        result: tables.TableResult[Any]
        if args.kind == "associations":
            result = tables.read_associations(
                args.file, **sheet_options(args), province=args.province, on=on, strict=False
            )
        else:
            readers: dict[str, Callable[..., tables.TableResult[Any]]] = {
                "tallies": tables.read_tallies,
                "figures": tables.read_figures,
                "units": tables.read_units,
            }
            result = readers[args.kind](args.file, **sheet_options(args), strict=False)
    except tables.TableError as exc:  # any other error of the library: main() words it
        for problem in exc.problems:
            out.write(problem.render(lang) + "\n")
        return _EXIT_FINDINGS
    for problem in result.problems:
        out.write(problem.render(lang) + "\n")
    out.write(result.summary(lang) + "\n")
    return _EXIT_FINDINGS if result.problems else _EXIT_OK


def _dataset_names() -> tuple[str, ...]:
    from hoiquanchung import datasets

    return datasets.available()


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``hoiquanchung`` command."""
    parser = argparse.ArgumentParser(
        prog="hoiquanchung",
        description=(
            "Kiểm tra số liệu báo cáo về hội quần chúng / "
            "check the figures of reports on Vietnamese mass associations."
        ),
    )
    parser.add_argument(
        "--version", action="version", version=f"hoiquanchung {hoiquanchung.__version__}"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    check = sub.add_parser(
        "check",
        help="check report files and print the figures that do not hold",
        description="Check report files (.txt in UTF-8/UTF-16 with BOM, .docx).",
        epilog=(
            "exit status: 0 no error found; 1 an error found or a file unreadable; 2 usage; "
            "130 interrupted. Output closed early (| head): the status of the files checked."
        ),
    )
    check.add_argument(
        "files", nargs="+", metavar="FILE", help="report files to check ('-': standard input)"
    )
    check.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help="text: file:line:col: code message (default); json: a list of objects",
    )
    check.add_argument("--lang", choices=("vi", "en"), default="vi", help="language of messages")
    check.add_argument(
        "--min-severity",
        choices=[s.value for s in Severity],
        default=Severity.INFO.value,
        help="print only findings at least this severe (the exit status counts every error)",
    )
    check.add_argument(
        "--no-progress", action="store_true", help="no progress bar, even on a terminal"
    )
    check.set_defaults(handler=_cmd_check)

    figures = sub.add_parser(
        "figures",
        help="list every quantity found in report files",
        description="List every quantity (number with its unit and qualifier) found.",
    )
    figures.add_argument("files", nargs="+", metavar="FILE", help="'-': standard input")
    figures.add_argument("--format", choices=("text", "json"), default="text", help="output")
    figures.add_argument(
        "--lang", choices=("vi", "en"), default="vi", help="language of error messages"
    )
    figures.set_defaults(handler=_cmd_figures)

    example = sub.add_parser(
        "example",
        help="reconcile a packaged example report (hau-giang-2024) and print its figures",
        description="Reconcile a packaged dataset's figures and print the table and findings.",
    )
    example.add_argument("name", choices=_dataset_names(), metavar="NAME", help="dataset name")
    example.add_argument("--lang", choices=("vi", "en"), default="vi")
    example.set_defaults(handler=_cmd_example)

    # The spreadsheet commands live apart (imported when the parser is built, not at start-up).
    from hoiquanchung._cli_tally import add_sheet_options, add_tally_parser

    validate = sub.add_parser(
        "validate",
        help="read a list of associations from .xlsx or .csv and print every problem in it",
        description=(
            "Đọc danh sách hội từ .xlsx / .csv và chỉ ra mọi ô có lỗi / read a list of"
            " associations (or stated figures, or units) and print every problem with its"
            " sheet, row, column and cell."
        ),
        epilog="exit status: 0 every row read; 1 a problem found (rows refused); 2 usage",
    )
    add_sheet_options(validate)
    validate.add_argument(
        "--kind",
        choices=("associations", "tallies", "figures", "units"),
        default="associations",
        help=(
            "what the rows are: associations (default), tallies (stated counts by level and"
            " category), figures (a report's figures), units"
        ),
    )
    validate.add_argument("--lang", choices=("vi", "en"), default="vi", help="language of messages")
    validate.set_defaults(handler=_cmd_validate)

    add_tally_parser(sub)
    return parser


def _configure(stream: TextIO) -> None:
    reconfigure = getattr(stream, "reconfigure", None)
    if reconfigure is not None:
        with contextlib.suppress(ValueError, OSError):  # a detached or closed stream
            reconfigure(errors="backslashreplace")


def _lang_asked(argv: Sequence[str]) -> Language:
    """The ``--lang`` in *argv*, before (or without) argparse: for a Ctrl-C while it runs.

    >>> _lang_asked(["check", "--lang", "en", "a.txt"]), _lang_asked(["check", "--lang=en"])
    ('en', 'en')
    >>> _lang_asked(["check", "a.txt"])
    'vi'
    """
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        value = argv[i + 1] if arg == "--lang" and i + 1 < len(argv) else arg[7:]
        if (arg == "--lang" or arg.startswith("--lang=")) and value in ("vi", "en"):
            return "en" if value == "en" else "vi"
    return "vi"


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command with *argv* (``sys.argv[1:]`` by default); return the exit status.

    A Ctrl-C anywhere in it (building the parser, reading the arguments, running the command)
    returns 130 after one line on standard error in the ``--lang`` asked for.

    >>> main(["--version"])  # doctest: +ELLIPSIS
    hoiquanchung ...
    0
    """
    out, err = sys.stdout, sys.stderr
    _configure(out)
    _configure(err)
    given = list(sys.argv[1:] if argv is None else argv)
    lang = _lang_asked(given)
    try:
        parser = build_parser()
        try:
            args = parser.parse_args(given)
        except SystemExit as exc:  # argparse: --help / --version exit 0, usage errors exit 2
            return exc.code if isinstance(exc.code, int) else _EXIT_USAGE
        lang = getattr(args, "lang", lang)
        handler: Callable[[argparse.Namespace, TextIO, TextIO], int] = args.handler
        return handler(args, out, err)
    except HoiQuanChungError as exc:  # any subcommand: the library's error, in --lang
        err.write(f"hoiquanchung: {error_message(exc, lang)}\n")
        return _EXIT_FINDINGS
    except KeyboardInterrupt:  # Ctrl-C: the shell's status for SIGINT, no traceback
        err.write(interrupted(lang))
        return _EXIT_INTERRUPTED
    except BrokenPipeError:  # pragma: no cover - output piped into head and closed
        _silence_stdout()
        return _EXIT_OK
