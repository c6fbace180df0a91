"""The message catalogue agrees with the code, the docs and the tests (the holidays pattern).

Every finding code any module can emit is in the catalogue (hoiquanchung/data/messages.toml), is
documented on docs/guide/messages.md, and is asserted by some test; every error code and
fragment the code uses exists; templates in both languages use the same facts.
"""

from __future__ import annotations

import ast
import re
import string
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from hoiquanchung.checker import RULES, ReportReadError
from hoiquanchung.errors import (
    LoadError,
    MissingDependencyError,
    NotFoundError,
    NumberFormatError,
    ValidationError,
)
from hoiquanchung.findings import Finding, Severity
from hoiquanchung.indicators import Dimension, StatedFigure, compare
from hoiquanchung.messages import (
    ALIASES,
    ERRORS,
    FINDINGS,
    FRAGMENTS,
    Localized,
    canonical,
    error_text,
    fragment,
    render,
)
from hoiquanchung.model import check_association
from hoiquanchung.numbers import parse_number

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src" / "hoiquanchung"
_CODE = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)+\Z")


def _calls(name: str) -> set[str]:
    """The first string argument of every call to *name* (a function or method) in the source."""
    found: set[str] = set()
    for path in SRC.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
            first = node.args[0]
            if called == name and isinstance(first, ast.Constant) and isinstance(first.value, str):
                found.add(first.value)
    return found


def _emitted() -> set[str]:
    """Every finding code a module can emit: Finding.create / make_finding / _finding calls, the
    codes of the checker's registry, compare()'s codes, and reconciliation's _mismatch codes."""
    codes = _calls("create") | _calls("_finding") | set(RULES)
    for path in SRC.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        codes |= set(re.findall(r'make_finding\(\s*\w+,\s*[^,]+,\s*"([a-z-]+)"', text))
        codes |= set(re.findall(r'_mismatch\([^)]*"([a-z-]+)"\)', text))
        codes |= set(re.findall(r'code="([a-z-]+)"', text))
        codes |= {f"{kind}-{what}" for kind in ("rate", "figure") for what in ("mismatch",)}
        codes |= {f"{kind}-rounding" for kind in ("rate", "figure")}
    return {c for c in codes if (_CODE.match(c) and c in FINDINGS) or c not in ERRORS}


def _test_sources() -> str:
    here = Path(__file__).resolve()
    return "\n".join(p.read_text(encoding="utf-8") for p in sorted(here.parent.rglob("test_*.py")))


EMITTED = sorted(c for c in _emitted() if _CODE.match(c))


def test_the_scan_finds_the_codes() -> None:
    # A scan that found nothing would make the tests below pass for nothing.
    assert {"rate-mismatch", "parts-exceed-total", "leader-over-age", "figure-conflict"} <= set(
        EMITTED
    )
    assert len(EMITTED) >= 25


@pytest.mark.parametrize("code", EMITTED)
def test_every_emitted_code_is_in_the_catalogue(code: str) -> None:
    assert code in FINDINGS, f"{code} is emitted but not in data/messages.toml"


@pytest.mark.parametrize("code", sorted(FINDINGS))
def test_every_catalogued_code_is_documented_and_tested(code: str) -> None:
    docs = (ROOT / "docs" / "guide" / "messages.md").read_text(encoding="utf-8")
    assert f"`{code}`" in docs, f"{code} is not on docs/guide/messages.md"
    tests = _test_sources()
    assert f'"{code}"' in tests or f"'{code}'" in tests, f"no test asserts {code}"


@pytest.mark.parametrize("code", sorted(FINDINGS))
def test_every_catalogued_code_is_emitted(code: str) -> None:
    assert code in EMITTED, f"{code} is in the catalogue but no module emits it"


def test_error_codes_and_fragments_used_in_the_code_exist() -> None:
    assert _calls("error_text") <= set(ERRORS)
    assert _calls("fragment") <= set(FRAGMENTS)
    for path in SRC.rglob("*.py"):
        for reason in re.findall(r'ReportReadError\([^,]+, "([a-z-]+)"', path.read_text("utf-8")):
            assert f"report-{reason}" in ERRORS


@pytest.mark.parametrize(
    ("kind", "code"),
    [("finding", c) for c in FINDINGS]
    + [("error", c) for c in ERRORS]
    + [("fragment", c) for c in FRAGMENTS],
)
def test_vietnamese_uses_no_fact_the_english_lacks(kind: str, code: str) -> None:
    table = {"finding": FINDINGS, "error": ERRORS, "fragment": FRAGMENTS}[kind]
    entry = table[code]
    for worded in (entry, *entry.variants.values()):
        vi = {f for _, f, _, _ in string.Formatter().parse(worded.vi) if f}
        en = {f for _, f, _, _ in string.Formatter().parse(worded.en) if f}
        assert vi <= en, (code, vi - en)  # a translation may leave a fact out, never invent one
        assert worded.vi != ""
        assert worded.en != ""


def test_the_deprecated_alias() -> None:
    assert ALIASES == {"part-exceeds-total": "parts-exceed-total"}
    assert canonical("part-exceeds-total") == "parts-exceed-total"
    assert canonical("rate-mismatch") == "rate-mismatch"


def test_rules_come_from_the_catalogue() -> None:
    for code, rule in RULES.items():
        assert rule.title_vi == FINDINGS[code].title_vi
        assert rule.title_en == FINDINGS[code].title_en
    assert RULES["parts-exceed-total"].severity is Severity.WARNING  # the checker's wording
    assert FINDINGS["parts-exceed-total"].severity == "error"  # reconciliation's


def test_a_finding_keeps_its_facts_and_both_languages() -> None:
    f = Finding.create(
        "congress-overdue",
        {"congress_on": date(2019, 5, 2), "term": 5, "on": date(2025, 1, 1), "source": "QĐ 118"},
    )
    assert f.severity is Severity.WARNING
    assert (
        f.message_vi == "đại hội gần nhất ngày 02/05/2019, quá 5 năm vào ngày 01/01/2025 (QĐ 118)"
    )
    assert (
        f.message_en
        == "latest congress on 2019-05-02, more than 5 years before 2025-01-01 (QĐ 118)"
    )
    assert f.facts["term"] == 5
    # facts do not take part in equality: two findings with the same texts are equal
    assert f == Finding(
        code=f.code, severity=f.severity, message_vi=f.message_vi, message_en=f.message_en
    )


def test_an_unknown_code_or_language_is_the_librarys_error() -> None:
    with pytest.raises(NotFoundError, match="no-such-code"):
        render("no-such-code", "vi")
    with pytest.raises(NotFoundError, match="no-such-fragment"):
        fragment("no-such-fragment")
    with pytest.raises(NotFoundError, match="no-such-error"):
        error_text("no-such-error")
    with pytest.raises(ValidationError, match="language"):
        render("rate-mismatch", "fr")  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="language"):
        ValidationError("x").render("fr")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "code", "vi"),
    [
        ("992.0000", "number-bad-group", "nhóm chữ số sau dấu chấm phải có đúng 3 chữ số"),
        ("1,234.5", "number-mixed-conventions", "lẫn hai quy cách"),
        ("1,2,3", "number-many-commas", "nhiều dấu phẩy"),
        ("12 345", "number-space-in-thousands", "có khoảng trắng giữa số"),
        ("", "number-empty", "số rỗng"),
        ("1..2", "number-two-separators", "hai dấu phân cách liền nhau"),
        ("1x", "number-unexpected-character", "ký tự không mong đợi 'x'"),
        ("01.234", "number-leading-zero-group", "số 0 ở đầu trước nhóm hàng nghìn"),
    ],
)
def test_number_errors_in_both_languages(text: str, code: str, vi: str) -> None:
    with pytest.raises(NumberFormatError) as info:
        parse_number(text)
    err = info.value
    assert err.code == code
    assert err.render("vi").startswith(vi)
    assert err.message_en == str(err)
    assert "offset" in str(err)
    assert "vị trí" in err.message_vi


def test_a_relocated_number_error_keeps_its_code() -> None:
    # The grammar passes err.message on to a new error; the code and facts go with it.
    with pytest.raises(NumberFormatError) as info:
        parse_number("  74.87")
    again = NumberFormatError(info.value.message, text="x 74.87", offset=2)
    assert again.code == "number-bad-group"
    assert again.facts == {"digits": 2}
    assert again.render("vi").startswith("nhóm chữ số sau dấu chấm")


def test_errors_without_a_code_say_their_kind_and_place_in_vietnamese() -> None:
    err = ValidationError("bad", path="$.a[1]")
    assert err.render("vi") == "dữ liệu không hợp lệ: bad @ $.a[1]"
    assert str(ValidationError("bad", field="x", offset=3)) == "bad (field 'x') at offset 3"
    assert LoadError("bad", path="$").message_vi == "không nạp được dữ liệu: bad @ $"
    assert NotFoundError("no unit '99'").message_vi == "không tìm thấy: no unit '99'"
    assert NotFoundError("no unit '99'").message_en == "no unit '99'"
    assert ValidationError("bad").code is None


def test_coded_errors_of_other_kinds() -> None:
    err = MissingDependencyError("reading .docx reports", "docx", "python-docx")
    assert err.code == "missing-dependency"
    assert err.message_vi.startswith("cần gói tùy chọn 'python-docx'")
    assert str(err).startswith("reading .docx reports needs the optional package")
    read = ReportReadError("a.txt", "missing")
    assert read.code == "report-missing"
    assert (read.message("vi"), str(read)) == ("a.txt: không có tệp này", "a.txt: no such file")
    custom = ValidationError(error_text("number-too-many-decimals", limit=3), field="v")
    assert custom.render("vi") == "hơn 3 chữ số sau dấu phẩy thập phân (trường 'v')"


def test_localized_pairs() -> None:
    pair = fragment("or").join([Localized("a", "a"), Localized("b", "b")])
    assert (pair.vi, pair.en) == ("a hoặc b", "a or b")


@pytest.mark.parametrize(
    ("computed", "code", "severity", "en"),
    [
        (Decimal("14.8"), "figure-mismatch", Severity.ERROR, "14.8, the report states 14.6"),
        (Decimal("14.66"), "figure-rounding", Severity.WARNING, "14.6 holds only under truncation"),
    ],
)
def test_figures_that_are_no_rates(
    computed: Decimal, code: str, severity: Severity, en: str
) -> None:
    finding = compare(StatedFigure.parse("14,6"), computed).to_finding(label="Kinh phí")
    assert finding is not None
    assert (finding.code, finding.severity) == (code, severity)
    assert finding.message_en.startswith(f"Kinh phí: {en}")
    assert finding.message_vi.startswith("Kinh phí: ")


def test_errors_of_reports_tables_in_both_languages() -> None:
    with pytest.raises(ValidationError) as info:
        Dimension(name="cấp", values=("tỉnh", "tỉnh"))
    err = info.value
    assert err.code == "table-value-twice"
    assert str(err) == "value 'tỉnh' appears twice in dimension 'cấp' (field 'cấp')"
    assert err.message_vi == "giá trị 'tỉnh' xuất hiện hai lần trong chiều 'cấp' (trường 'cấp')"
    with pytest.raises(ValidationError) as info:
        check_association("Hội", on=date(2025, 1, 1))  # type: ignore[arg-type]
    assert (
        info.value.message_vi == "cần một Association (hội), nhận được str (trường 'association')"
    )
    assert str(info.value) == "expected an Association, got str (field 'association')"


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("vi", "hoiquanchung: không nạp được dữ liệu: bad figure @ $.tables[0]\n"),
        ("en", "hoiquanchung: bad figure @ $.tables[0]\n"),
    ],
)
def test_the_command_prints_any_library_error_in_its_language(
    lang: str, expected: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from hoiquanchung import cli, datasets

    def broken(name: str, *, lang: str = "vi") -> str:
        raise LoadError("bad figure", path="$.tables[0]")

    monkeypatch.setattr(datasets, "run_example", broken)
    assert cli.main(["example", "hau-giang-2024", "--lang", lang]) == 1
    assert capsys.readouterr().err == expected
