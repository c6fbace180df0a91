"""Errors read in Vietnamese and English (issue 11): every raise in numbers/, rounding, indicators/,
datasets/, the catalogue, messages, findings, errors and the package root carries a catalogue code.

One representative error per module is asserted by its code and its Vietnamese rendering; a scan
checks that no raise in these modules is worded in place (an English-only literal or f-string);
the catalogue's own errors are worded even when the catalogue cannot be read.
"""

from __future__ import annotations

import string
import unicodedata
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
from _helpers import raises_worded_in_place
from hypothesis import given
from hypothesis import strategies as st

import hoiquanchung
from hoiquanchung import _catalogue, datasets
from hoiquanchung._nfc import nfc_text, nfc_text_optional
from hoiquanchung.errors import (
    DataFileError,
    HoiQuanChungError,
    NotFoundError,
    NumberFormatError,
    ValidationError,
)
from hoiquanchung.findings import Finding, Severity
from hoiquanchung.indicators import (
    Dimension,
    Population,
    PopulationMeasure,
    Rate,
    StatedFigure,
    absolute_change,
    check_structure,
    compare,
    crosstab,
    per_capita,
    relative_change,
    shares,
    tally_table,
)
from hoiquanchung.messages import ERRORS, FRAGMENTS, render
from hoiquanchung.numbers import (
    Bound,
    _vocabulary,
    format_count,
    format_figure,
    format_money,
    from_words,
    parse_number,
    to_words,
)
from hoiquanchung.rounding import exact_decimal, quantize, quantize_fraction

SRC = Path(__file__).resolve().parent.parent / "src" / "hoiquanchung"
# The modules of this part of issue 11 (numbers/_grammar.py and indicators/_load.py are worded
# by their own owners' changes).
_SCOPE = [
    *sorted((SRC / "numbers").glob("*.py")),
    SRC / "rounding.py",
    *sorted((SRC / "indicators").glob("*.py")),
    *sorted((SRC / "datasets").glob("*.py")),
    SRC / "_catalogue.py",
    SRC / "_nfc.py",
    SRC / "messages.py",
    SRC / "findings.py",
    SRC / "errors.py",
    SRC / "__init__.py",
]
_NOT_YET = {SRC / "numbers" / "_grammar.py", SRC / "indicators" / "_load.py"}


def _worded_in_place(path: Path) -> list[str]:
    """``raise X("...")`` / ``raise X(f"...")`` sites of *path* (the brief's raises.py scan)."""
    return [f"{path.name}:{line}" for line, _ in raises_worded_in_place(path)]


def test_no_raise_in_these_modules_is_worded_in_place() -> None:
    scanned = [p for p in _SCOPE if p not in _NOT_YET]
    assert len(scanned) >= 25  # the scan reads the modules it should
    assert [site for p in scanned for site in _worded_in_place(p)] == []


def test_the_scan_finds_a_site_worded_in_place(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text('def f(x):\n    raise ValueError(f"bad {x}")\n', encoding="utf-8")
    assert _worded_in_place(bad) == ["bad.py:2"]


def _error(call: Callable[[], object]) -> HoiQuanChungError:
    with pytest.raises(HoiQuanChungError) as info:
        call()
    return info.value


@pytest.mark.parametrize(
    ("call", "code", "vi"),
    [
        # rounding
        (
            lambda: quantize(0.1, 2),  # type: ignore[arg-type]
            "number-float",
            "không nhận số float (số nhị phân), hãy dùng int hoặc Decimal (nhận được 0.1) "
            "(trường 'value')",
        ),
        (
            lambda: quantize_fraction(1, 0, 2),
            "denominator-zero",
            "mẫu số không được bằng 0 (trường 'denominator')",
        ),
        (
            lambda: exact_decimal(True),
            "number-bool",
            "bool không phải là số (nhận được True) (trường 'value')",
        ),
        (
            lambda: quantize(1, 2, "half up"),  # type: ignore[arg-type]
            "must-be",
            "rounding phải là kiểu Rounding (trường 'rounding')",
        ),
        (
            lambda: quantize(1, 1001),
            "digits-range",
            "số chữ số thập phân (digits) phải từ 0 đến 1000 (trường 'digits')",
        ),
        # numbers: formatting
        (
            lambda: format_money(5, "long"),  # type: ignore[arg-type]
            "must-be-got",
            "style phải là 'full', 'short' hoặc 'mixed', nhận được 'long' (trường 'style')",
        ),
        (
            lambda: format_count(-1),
            "not-negative",
            "số đếm không được âm (nhận được -1) (trường 'n')",
        ),
        (
            lambda: format_figure(Decimal("NaN")),
            "number-not-finite",
            "số phải hữu hạn (nhận được Decimal('NaN')) (trường 'value')",
        ),
        (
            lambda: format_figure(1, lang="fr"),  # type: ignore[arg-type]
            "language",
            "ngôn ngữ phải là 'vi' hoặc 'en', nhận được 'fr' (trường 'lang')",
        ),
        # numbers: words
        (
            lambda: from_words("một trăm xyz"),
            "words-unexpected",
            "từ không mong đợi 'xyz' tại vị trí 9 trong 'một trăm xyz'",
        ),
        (
            lambda: from_words("một mươi"),
            "words-not-tens",
            "'một mươi' không phải là số tại vị trí 0 trong 'một mươi'",
        ),
        (
            lambda: from_words("đồng"),
            "words-none",
            "không có từ chỉ số tại vị trí 0 trong 'đồng'",
        ),
        (
            lambda: to_words(5, four="four"),  # type: ignore[arg-type]
            "must-be",
            "four phải là 'auto', 'tư' hoặc 'bốn' (trường 'four')",
        ),
        (
            lambda: to_words("5"),  # type: ignore[arg-type]
            "expected-type",
            "cần int hoặc Decimal, nhận được str (trường 'value')",
        ),
        # numbers: parsing (the NFC boundary) and quantities
        (
            lambda: parse_number(5),  # type: ignore[arg-type]
            "expected-type",
            "cần văn bản, nhận được int",
        ),
        (
            lambda: Bound.ABOUT.admits(1, 1, tolerance=Decimal("-0.1")),
            "not-negative",
            "tolerance không được âm (nhận được -0.1) (trường 'tolerance')",
        ),
        # numbers: the vocabulary's data files
        (
            lambda: _vocabulary._word(" ", "stop_words.toml"),
            "vocabulary-file",
            "tệp dữ liệu hoiquanchung.numbers data/stop_words.toml: cần một từ không rỗng",
        ),
        # indicators
        (
            lambda: shares([]),
            "shares-no-parts",
            "không có thành phần nào để chia tỷ lệ (trường 'parts')",
        ),
        (
            lambda: shares([1, -1]),
            "not-negative",
            "một thành phần không được âm (nhận được -1) (trường 'parts[1]')",
        ),
        (
            lambda: Rate(1, 0),
            "denominator-zero",
            "mẫu số không được bằng 0 (trường 'denominator')",
        ),
        (
            lambda: Rate(-1, 2),
            "not-negative",
            "numerator không được âm (nhận được -1) (trường 'numerator')",
        ),
        (
            lambda: relative_change(0, 5),
            "relative-change-from-zero",
            "không tính được thay đổi tương đối so với 0: hãy dùng absolute_change "
            "(trường 'before')",
        ),
        (
            lambda: Population(0, PopulationMeasure.AVERAGE, "Cục Thống kê"),
            "population-positive",
            "dân số phải dương (nhận được 0) (trường 'value')",
        ),
        (
            lambda: crosstab([], rows="colour"),  # type: ignore[arg-type]
            "must-be",
            "rows phải là level, category hoặc scope (trường 'rows')",
        ),
        (
            lambda: crosstab("abc"),  # type: ignore[arg-type]
            "must-be-got",
            "associations phải là danh sách các Association, nhận được str (trường 'associations')",
        ),
        (
            lambda: tally_table([5]),  # type: ignore[list-item]
            "must-be-got",
            "tallies[0] phải là kiểu AssociationTally, nhận được int (trường 'tallies[0]')",
        ),
        (
            lambda: compare("91,53%", Rate(1, 2)),  # type: ignore[arg-type]
            "must-be",
            "stated phải là kiểu StatedFigure (trường 'stated')",
        ),
        (
            lambda: check_structure("report"),  # type: ignore[arg-type]
            "must-be-got",
            "report phải là kiểu Report, nhận được str (trường 'report')",
        ),
        (
            lambda: Dimension("giới", "nam"),  # type: ignore[arg-type]
            "table-values-one-text",
            "values phải là một danh sách văn bản, không phải một văn bản (trường 'values')",
        ),
        # datasets
        (
            lambda: datasets.path("no-such-dataset"),
            "no-dataset",
            "không có bộ dữ liệu 'no-such-dataset'; các bộ có sẵn: hau-giang-2024",
        ),
        # findings
        (
            lambda: Finding(
                code="Bad Code", severity=Severity.INFO, message_vi="x", message_en="x"
            ),
            "finding-code",
            "mã phát hiện phải là các từ viết thường nối bằng '-', nhận được 'Bad Code' "
            "(trường 'code')",
        ),
        (
            lambda: Finding(
                code="x-y", severity=Severity.INFO, message_vi="x", message_en="x", line=0
            ),
            "must-be",
            "line phải là số nguyên dương (int, đếm từ 1) (trường 'line')",
        ),
        (
            lambda: Finding(code="x-y", severity="info", message_vi="x", message_en="x"),  # type: ignore[arg-type]
            "must-be-got",
            "severity phải là Severity, nhận được str (trường 'severity')",
        ),
        # messages and errors
        (
            lambda: render("rate-mismatch", "vi", kind="warning"),
            "catalogue-kind",
            "loại thông báo phải là một trong finding, error, fragment, nhận được 'warning' "
            "(trường 'kind')",
        ),
        (
            lambda: render("no-such-code", "vi"),
            "catalogue-unknown-code",
            "danh mục thông báo không có finding 'no-such-code'",
        ),
        (
            lambda: ValidationError("x").render("fr"),  # type: ignore[arg-type]
            "language",
            "ngôn ngữ phải là 'vi' hoặc 'en', nhận được 'fr' (trường 'lang')",
        ),
    ],
)
def test_a_representative_error_has_its_code_and_reads_in_vietnamese(
    call: Callable[[], object], code: str, vi: str
) -> None:
    err = _error(call)
    assert err.code == code
    assert err.render("vi") == vi
    assert code in ERRORS
    assert str(err) == err.render("en") != vi


def test_english_wording_kept_where_users_may_have_matched_it() -> None:
    assert str(_error(lambda: quantize_fraction(1, 0, 2))) == (
        "denominator must not be zero (field 'denominator')"
    )
    assert str(_error(lambda: exact_decimal(0.5))) == (
        "float is not accepted, use int or Decimal (got 0.5) (field 'value')"
    )
    assert str(_error(lambda: from_words("một trăm xyz"))) == (
        "unexpected word 'xyz' at offset 9 in 'một trăm xyz'"
    )
    assert str(_error(lambda: shares([0, 0]))) == (
        "the parts sum to zero: shares are undefined (field 'parts')"
    )


def test_an_error_wrapped_with_its_place_keeps_both_languages() -> None:
    from hoiquanchung.indicators._list_check import _levels_of

    err = _error(lambda: _levels_of("cấp làng", "II.1"))
    assert err.code == "within-place"
    assert err.render("vi").startswith("II.1: ")
    assert err.render("en").startswith("II.1: ")
    assert err.render("vi") != err.render("en")


def test_per_capita_figures_of_different_measures_cannot_be_compared() -> None:
    a = per_capita(10, Population(1000, PopulationMeasure.AVERAGE, "Cục Thống kê"))
    b = per_capita(10, Population(1000, PopulationMeasure.REPORTED, "báo cáo"))
    err = _error(lambda: a.difference(b))
    assert err.code == "per-capita-measures"
    assert err.render("vi") == (
        "các số bình quân đầu người dùng các cách đo dân số khác nhau "
        "(dân số trung bình và số liệu báo cáo) (trường 'population')"
    )
    assert absolute_change(1, 2).value == 1


def test_the_vocabulary_file_errors_name_their_file() -> None:
    err = _error(lambda: _vocabulary._load("no_such_file.toml"))
    assert isinstance(err, DataFileError)
    assert err.code == "vocabulary-file"
    assert err.render("vi").startswith("tệp dữ liệu hoiquanchung.numbers data/no_such_file.toml")


def test_a_missing_attribute_of_the_package_reads_in_both_languages() -> None:
    with pytest.raises(AttributeError) as info:
        hoiquanchung.no_such_name  # noqa: B018
    text = info.value.args[0]
    assert text.code == "no-attribute"
    assert text.text("vi") == "mô-đun 'hoiquanchung' không có thuộc tính 'no_such_name'"
    assert str(info.value) == "module 'hoiquanchung' has no attribute 'no_such_name'"


def test_number_format_errors_of_words_are_number_format_errors() -> None:
    err = _error(lambda: from_words("hai trăm ba"))
    assert isinstance(err, NumberFormatError)
    assert err.code == "words-after-hundred"


# ---- the catalogue's own errors ------------------------------------------------------------


@pytest.mark.parametrize(("kind", "code"), sorted(_catalogue._OWN))
def test_the_fixed_copy_of_the_catalogues_own_errors_agrees_with_the_file(
    kind: str, code: str
) -> None:
    entry = (ERRORS if kind == "error" else FRAGMENTS)[code]
    assert (entry.vi, entry.en) == _catalogue._OWN[(kind, code)]


def test_a_broken_catalogue_still_words_its_own_errors(monkeypatch: pytest.MonkeyPatch) -> None:
    # The file cannot be read at all: the catalogue's own errors are still worded, in both
    # languages, without reading it (no recursion).
    def broken() -> dict[str, dict[str, _catalogue.Message]]:
        raise RuntimeError(_catalogue.error_text("catalogue-malformed", where="[x]", problem="?"))

    monkeypatch.setattr(_catalogue, "_load", broken)
    text = _catalogue.error_text("catalogue-unknown-code", kind="finding", entry="x")
    assert text.text("vi") == "danh mục thông báo không có finding 'x'"
    with pytest.raises(RuntimeError) as info:
        _catalogue.render("rate-mismatch", "vi")
    assert info.value.args[0].code == "catalogue-malformed"


def test_a_malformed_entry_is_a_runtime_error_with_its_code() -> None:
    with pytest.raises(RuntimeError) as info:
        _catalogue._message("x-y", "finding", {"vi": "a", "en": "b"}, "[finding.x-y]")
    text = info.value.args[0]
    assert text.code == "catalogue-malformed"
    assert (
        text.text("vi") == "danh mục thông báo bị lỗi: [finding.x-y] cần mức độ và cả hai tiêu đề"
    )
    assert str(text) == "message catalogue: [finding.x-y] needs a severity and both titles"
    with pytest.raises(RuntimeError, match="has severity 'loud'"):
        _catalogue._message("x-y", "error", {"vi": "a", "en": "b", "severity": "loud"}, "[e]")
    with pytest.raises(RuntimeError, match="is not a table"):
        _catalogue._message("x-y", "error", "text", "[e]")
    with pytest.raises(RuntimeError, match="has no text 'en'"):
        _catalogue._message("x-y", "error", {"vi": "a"}, "[e]")


def test_an_unknown_code_or_variant_is_not_found_with_its_code() -> None:
    err = _error(lambda: render("rate-mismatch", "en", variant="no-such-variant"))
    assert isinstance(err, NotFoundError)
    assert err.code == "catalogue-unknown-variant"
    assert err.render("vi") == (
        "danh mục thông báo không có biến thể 'no-such-variant' của finding 'rate-mismatch'"
    )


def test_new_templates_fill_without_missing_facts() -> None:
    # Every template of this block names only facts its callers give: fill each with its own
    # field names and check both languages render.
    for code in ("must-be", "must-be-got", "not-negative", "vocabulary-file", "within-place"):
        fields = {f for _, f, _, _ in string.Formatter().parse(ERRORS[code].en) if f}
        facts = dict.fromkeys(fields, "x")
        assert _catalogue.render(code, "vi", facts, kind="error")
        assert _catalogue.render(code, "en", facts, kind="error")
    assert StatedFigure.parse("91,53%").unit == "%"


# ---- the one NFC helper --------------------------------------------------------------------


@given(st.text())
def test_nfc_text_is_unicode_nfc(text: str) -> None:
    assert nfc_text(text) == unicodedata.normalize("NFC", text)
    assert nfc_text_optional(text, "x") == nfc_text(text)


@given(st.one_of(st.integers(), st.binary(), st.none(), st.lists(st.text())))
def test_nfc_text_refuses_what_is_not_text_naming_the_field(value: object) -> None:
    with pytest.raises(ValidationError) as info:
        nfc_text(value, "name")
    assert info.value.code == "expected-type"
    assert info.value.field == "name"
    with pytest.raises(NumberFormatError):
        nfc_text(value, "text", error=NumberFormatError)


def test_every_boundary_of_this_part_normalises_the_same_way() -> None:
    decomposed = "Ho\u0302\u0323i vie\u0302n"  # 'Hội viên' written with combining marks
    composed = unicodedata.normalize("NFC", decomposed)
    assert composed != decomposed
    finding = Finding(code="x-y", severity=Severity.INFO, message_vi=decomposed, message_en="x")
    assert finding.message_vi == composed
    assert format_money(5, unit=decomposed) == f"5 {composed}"
    assert format_figure(5, decomposed) == f"5 {composed}"
    assert from_words("năm \u0111o\u0302\u0300ng") == 5  # 'đồng' decomposed
    assert shares({decomposed: 1, "b": 1}) == {composed: Decimal("50.00"), "b": Decimal("50.00")}
    assert Dimension("giới", (decomposed, "nữ")).values == (composed, "nữ")
    err = _error(lambda: Finding(code=5, severity=Severity.INFO, message_vi="x", message_en="x"))  # type: ignore[arg-type]
    assert err.code == "expected-type"
