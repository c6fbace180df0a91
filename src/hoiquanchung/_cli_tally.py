"""The ``hoiquanchung tally`` subcommand (private; registered by :mod:`hoiquanchung.cli`).

``hoiquanchung tally LIST.xlsx --by level,category [--out result.xlsx|result.csv] [--lang en]``
reads a list of associations with :func:`hoiquanchung.tables.read_associations`, counts it with
:func:`hoiquanchung.model.tally_associations` and prints the table; ``--out`` writes it as .xlsx
or .csv as well.  ``--report`` compares the list with a report's stated figures
(:func:`hoiquanchung.indicators.compare_with_list`) and prints the findings (in the .xlsx, two
more sheets); findings are warnings and do not change the exit status.  A list with refused
rows is not counted (a count of part of a list would pass for the whole): the problems are
printed, located, and the exit status is 1.
"""

from __future__ import annotations

import argparse
from datetime import date as _date
from pathlib import Path
from typing import Any, TextIO

from hoiquanchung._catalogue import Localized, fragment
from hoiquanchung.errors import HoiQuanChungError
from hoiquanchung.findings import Language

__all__ = ["add_sheet_options", "add_tally_parser", "on_date", "sheet_options"]

_EXIT_OK = 0
_EXIT_FINDINGS = 1
_EXIT_USAGE = 2
_KEYS = ("level", "scope", "category", "unit", "district", "province")


def _os_reason(exc: OSError) -> Localized:
    """Why a file could not be written: the usual reasons in both languages, others as the
    system says them."""
    if isinstance(exc, FileNotFoundError):
        return fragment("tally-no-folder")
    if isinstance(exc, PermissionError):
        return fragment("tally-no-permission")
    if isinstance(exc, IsADirectoryError):
        return fragment("tally-is-a-folder")
    said = exc.strerror or str(exc)
    return Localized(said, said)


def _stated(source: str) -> Any:
    """The stated figures: a packaged dataset's name, a report in TOML, or a sheet of tallies."""
    from hoiquanchung import datasets, tables
    from hoiquanchung.indicators import load_report_file

    if source in datasets.available():
        return datasets.load(source)
    if source.lower().endswith(".toml"):
        return load_report_file(source)
    return tables.read_tallies(source).items


def _cmd_tally(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from hoiquanchung import tables
    from hoiquanchung.cli import error_message
    from hoiquanchung.indicators import compare_with_list
    from hoiquanchung.model import tally_associations
    from hoiquanchung.tables import CellValueError

    lang: Language = args.lang
    keys = tuple(k.strip() for k in args.by.split(",") if k.strip())
    if any(k not in _KEYS for k in keys) or len(set(keys)) != len(keys):
        err.write(
            "hoiquanchung: "
            + fragment("tally-bad-by", keys=args.by, choices=", ".join(_KEYS)).text(lang)
            + "\n"
        )
        return _EXIT_USAGE
    target = None if args.out is None else Path(args.out)
    if target is not None and target.suffix.lower() not in (".xlsx", ".csv"):
        err.write("hoiquanchung: " + fragment("tally-bad-out", file=args.out).text(lang) + "\n")
        return _EXIT_USAGE
    try:
        on = on_date(args)
    except CellValueError as exc:
        err.write(f"hoiquanchung: --on: {exc.render(lang)}\n")
        return _EXIT_USAGE
    try:
        result = tables.read_associations(
            args.file, **sheet_options(args), province=args.province, on=on, strict=False
        )
        if result.problems:
            for problem in result.problems:
                err.write(problem.render(lang) + "\n")
            err.write(result.summary(lang) + "\n")
            err.write("hoiquanchung: " + fragment("tally-refused").text(lang) + "\n")
            return _EXIT_FINDINGS
        tallies = tally_associations(result.items, by=keys, on=on)  # type: ignore[arg-type,unused-ignore]
        table = tables.as_table(tallies, lang, of="tallies")
        out.write(table.render(lang) + "\n")
        sheets: dict[str, Any] = {fragment("tally-sheet-tally").text(lang): table}
        if args.report is not None:
            comparison = compare_with_list(_stated(args.report), result.items, on=on)
            out.write("\n")
            for finding in comparison.findings:
                out.write(finding.render(lang) + "\n")
            out.write(
                fragment("tally-compared", n=len(comparison.rows), k=len(comparison.findings)).text(
                    lang
                )
            )
            out.write("\n")
            sheets[fragment("tally-sheet-report").text(lang)] = comparison
            sheets[fragment("tally-sheet-findings").text(lang)] = tables.as_table(
                list(comparison.findings), lang, of="findings"
            )
        if target is not None:
            warnings: tuple[Any, ...] = ()
            if target.suffix.lower() == ".xlsx":
                warnings = tables.write_xlsx(sheets, target, lang=lang)
            else:
                tables.write_csv(table, target, lang=lang)
            for warning in warnings:
                err.write(warning.render(lang) + "\n")
            err.write(fragment("tally-written", path=str(target)).text(lang) + "\n")
    except tables.TableError as exc:
        for problem in exc.problems:
            err.write(problem.render(lang) + "\n")
        return _EXIT_FINDINGS
    except HoiQuanChungError as exc:
        err.write(f"hoiquanchung: {error_message(exc, lang)}\n")
        return _EXIT_FINDINGS
    except OSError as exc:
        reason = _os_reason(exc)
        err.write(
            "hoiquanchung: "
            + fragment("tally-cannot-write", path=str(target), reason=reason).text(lang)
        )
        err.write("\n")
        return _EXIT_FINDINGS
    return _EXIT_OK


def sheet_options(args: argparse.Namespace) -> dict[str, Any]:
    """The keyword arguments of a table reader given by ``--sheet``, ``--delimiter`` and
    ``--encoding`` (see :func:`add_sheet_options`)."""
    return {"sheet": args.sheet, "delimiter": args.delimiter, "encoding": args.encoding}


def on_date(args: argparse.Namespace) -> _date | None:
    """The date of ``--on``, or ``None``; raises :class:`~hoiquanchung.tables.CellValueError`
    (in both languages) when it is not a date."""
    from hoiquanchung.tables._cells import read_date

    got = None if args.on is None else read_date(args.on)
    return got if isinstance(got, _date) else None


def add_sheet_options(parser: argparse.ArgumentParser) -> None:
    """The arguments of a command that reads a sheet: the file ``LIST``, ``--sheet``,
    ``--delimiter``, ``--encoding``, ``--province`` and ``--on`` (shared by ``tally`` and
    ``validate``)."""
    parser.add_argument("file", metavar="LIST", help="an .xlsx (or .xls, .ods) or .csv file")
    parser.add_argument("--sheet", help="the sheet to read (default: the first)")
    parser.add_argument("--delimiter", help="CSV delimiter (default: sniffed)")
    parser.add_argument(
        "--encoding", default="utf-8", help="CSV encoding: utf-8 (default), windows-1258, utf-16"
    )
    parser.add_argument("--province", help="province the units named in rows are in")
    parser.add_argument(
        "--on", help="date the units named in rows are meant on (dd/mm/yyyy or yyyy-mm-dd)"
    )


def add_tally_parser(sub: Any) -> None:
    """Add the ``tally`` subcommand to the subparsers *sub* of the ``hoiquanchung`` command."""
    tally = sub.add_parser(
        "tally",
        help="count a list of associations (.xlsx or .csv) by level, category, unit ...",
        description=(
            "Đếm danh sách hội theo cấp, loại, đơn vị... / count a list of associations by"
            " level, scope, category and one of unit, district, province, and write the"
            " result as .xlsx or .csv."
        ),
        epilog="exit status: 0 counted; 1 rows refused or a file unreadable; 2 usage",
    )
    add_sheet_options(tally)
    tally.add_argument(
        "--by",
        default="level,category",
        help="keys separated by commas: " + ", ".join(_KEYS) + " (default: level,category)",
    )
    tally.add_argument("--out", metavar="RESULT", help="also write the table to .xlsx or .csv")
    tally.add_argument(
        "--report",
        metavar="REPORT",
        help=(
            "compare the list with a report's stated figures: a dataset name (hau-giang-2024),"
            " a report in TOML, or an .xlsx/.csv of stated tallies (Cấp, Loại hội, Số hội ...)"
        ),
    )
    tally.add_argument(
        "--lang", choices=("vi", "en"), default="vi", help="language of headers and messages"
    )
    tally.set_defaults(handler=_cmd_tally)
