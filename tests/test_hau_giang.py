"""The Hậu Giang 2024 example: the transcription is faithful and the findings are right.

Every figure's quoted phrase must be in the reference document, and the figure's text in its
phrase.  The findings below are the ones the general reconciliation produces; each is checked
by hand here (the "calculator" comments) so that a change in the library that loses or adds one
fails this test.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
import unicodedata
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from hoiquanchung.datasets import available, check, load, path, run_example
from hoiquanchung.errors import NotFoundError
from hoiquanchung.findings import Severity
from hoiquanchung.indicators import Rate, Status, reconcile

ROOT = Path(__file__).resolve().parent.parent


def _raw() -> dict[str, Any]:
    with path("hau-giang-2024").open("rb") as fh:
        return tomllib.load(fh)


def _quoted_items() -> list[dict[str, str]]:
    data = _raw()
    items: list[dict[str, str]] = []
    for table in data["table"]:
        items.extend(table["figures"])
    items.extend(data["rate"])
    items.extend(p for p in data["population"] if "quote" in p)
    return items


def test_every_quote_is_in_the_reference_document(reference_text: str) -> None:
    flat = " ".join(reference_text.split())
    items = _quoted_items()
    assert len(items) > 90
    for item in items:
        quote = unicodedata.normalize("NFC", item["quote"])
        assert quote in reference_text or " ".join(quote.split()) in flat, quote
        for key in ("text", "numerator", "denominator", "stated"):
            if key in item:
                assert unicodedata.normalize("NFC", item[key]) in quote, (key, item)


def test_every_number_of_part_one_is_transcribed_or_named_as_left_out(
    reference_text: str,
) -> None:
    """Every quantity A's scanner finds in Part One's figures is in some quoted phrase."""
    from hoiquanchung.numbers import find_quantities

    start = reference_text.index("Phần thứ nhất")
    end = reference_text.index("III. ĐÁNH GIÁ CHUNG")
    part_one = reference_text[start:end]
    covered: list[tuple[int, int]] = []  # every place a quoted phrase occurs in Part One
    for item in _quoted_items():
        quote = unicodedata.normalize("NFC", item["quote"])
        at = part_one.find(quote)
        while at != -1:
            covered.append((at, at + len(quote)))
            at = part_one.find(quote, at + 1)
    # Left out on purpose (header comment of the data file): the durations "10 năm".
    left_out = {"10 năm", "hơn 10 năm"}
    missing = []
    for match in find_quantities(part_one):
        text = part_one[match.start : match.end]
        inside = any(a <= match.start and match.end <= b for a, b in covered)
        if inside or text in left_out:
            continue
        missing.append(text)
    assert missing == [], missing


def test_dataset_registry() -> None:
    assert available() == ("hau-giang-2024",)
    with pytest.raises(NotFoundError, match="hau-giang-2024"):
        path("nowhere")
    report = load("hau-giang-2024")
    assert report.meta["document"] == "000_bb730d81e38469fa.txt"
    assert "2026-11-27" in report.meta["transcribed"]


def test_counts_of_section_1_1() -> None:
    report = load("hau-giang-2024")
    table = report.table("Hội quần chúng")
    by_place = {
        (f.measure, f.at): f.stated.value
        for f in table.figures
        if f.stated.path != "I.1 Đặc điểm tình hình"
    }
    assert by_place[("hội", ())] == 99
    assert by_place[("hội", (("level", "cấp tỉnh"),))] == 40
    assert by_place[("hội", (("level", "cấp huyện, xã"),))] == 59
    assert by_place[("hội", (("category", "khác"),))] == 57
    assert by_place[("người làm việc", ())] == 171
    assert by_place[("hội viên", ())] == 440977


def test_the_findings_and_why() -> None:
    findings = reconcile(load("hau-giang-2024"))
    summary = [(f.code, f.path, f.stated_value, f.computed_value) for f in findings]
    assert summary == [
        # 99 hội in total; by category: assigned 13 (tỉnh) + 28 (huyện, xã) = 41, other 57,
        # 41 + 57 = 98 ≠ 99.  (By level 40 + 59 = 99 holds: the two breakdowns disagree.)
        ("total-mismatch", "I.1 Đặc điểm tình hình > tổng số", Decimal(99), Decimal(98)),
        # cấp tỉnh: 40 hội, but 13 assigned + 26 other = 39.
        ("total-mismatch", "II.1.1 Về tổ chức > cấp tỉnh", Decimal(40), Decimal(39)),
        # Footnote 4 lists, "cụ thể như", 6 + 20 + 1 + 1 + 2 + 1 + 1 + (1 + 2) + 1 + 1 + 1 = 38
        # projects, more than the 31 of the text.
        (
            "parts-exceed-total",
            "II.4.3 Tham gia các chương trình phát triển kinh tế - xã hội > tổng số",
            Decimal(31),
            Decimal(38),
        ),
        # 515/565 = 0,911504... = 91,15 %, not 91,53 %.
        (
            "rate-mismatch",
            "II.4.3 Tham gia các chương trình phát triển kinh tế - xã hội > Đơn vị học tập",
            Decimal("91.53"),
            Decimal("91.15"),
        ),
    ]
    assert all(f.severity is Severity.ERROR for f in findings)
    assert sum([6, 20, 1, 1, 2, 1, 1, 1 + 2, 1, 1, 1]) == 38
    assert Rate(515, 565).percent() == Decimal("91.15")
    assert 13 + 26 == 39
    assert 13 + 28 + 57 == 98
    assert 40 + 59 == 99


def test_what_holds() -> None:
    result = check(load("hau-giang-2024"), registry=False)
    status = {(r.path, r.measure): r.status for r in result.rows}
    section = "II.4.3 Tham gia các chương trình phát triển kinh tế - xã hội"
    for label in (
        "Gia đình học tập",
        "Dòng họ học tập",
        "Cộng đồng học tập ấp, khu vực, tổ dân phố",
    ):
        assert status[(f"{section} > {label}", "%")] == Status.CONSISTENT
    assert status[("II.1.1 Về tổ chức > cấp huyện, xã", "hội")] == Status.CONSISTENT  # 28+31
    derived = {(r.path, r.measure): r.computed for r in result.rows if r.status == Status.DERIVED}
    assert derived == {
        ("I.1 Đặc điểm tình hình > tổng số", "đơn vị cấp huyện"): "8 đơn vị cấp huyện",  # 2+1+5
        ("II.1.1 Về tổ chức > giao nhiệm vụ", "hội"): "41 hội",  # 13 + 28
        ("II.1.1 Về tổ chức > giao nhiệm vụ", "người làm việc"): "171 người làm việc",  # 98+73
    }
    assert status[("II.1.1 Về tổ chức > khác", "hội")] == Status.CONSISTENT  # 26 + 31 = 57
    # 12,7 tỷ against the examples' 6.253,3 triệu: examples need not add up.
    assert status[(f"{section} > tổng số", "đồng")] == Status.CONSISTENT
    assert status[
        ("I.2.1 Công tác lãnh đạo, chỉ đạo > Triển khai trong cán bộ, đảng viên", "%")
    ] == (Status.UNCHECKED)


def test_structure_matches_the_national_register() -> None:
    pytest.importorskip("vietnam_provinces")
    result = check(load("hau-giang-2024"))
    rows = [r for r in result.rows if r.measure.startswith("đơn vị cấp") and r.stated]
    # "02 thành phố, 01 thị xã, 05 huyện, với 75 xã, phường, thị trấn": all hold.
    assert [(r.label, r.computed, r.status) for r in rows] == [
        ("thành phố", "2 đơn vị cấp huyện", Status.CONSISTENT),
        ("thị xã", "1 đơn vị cấp huyện", Status.CONSISTENT),
        ("huyện", "5 đơn vị cấp huyện", Status.CONSISTENT),
        ("tổng số", "75 đơn vị cấp xã", Status.CONSISTENT),
    ]
    assert not [f for f in result.findings if f.code == "structure-mismatch"]


def test_run_example_renders_table_and_findings() -> None:
    text = run_example("hau-giang-2024")
    assert "Báo cáo ghi" in text
    assert "Tính lại" in text
    assert "91,53%" in text
    assert "91,15%" in text
    assert "Phát hiện (4):" in text
    assert "604,17 (dân số 729.888, số liệu báo cáo)" in text
    english = run_example("hau-giang-2024", lang="en")
    assert "Findings (4):" in english
    assert "515/565 = 91.15%, the report states 91.53%" in english


def test_example_scripts_exit_0() -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    for script in ("hau_giang_2024.py", "another_province.py"):
        done = subprocess.run(
            [sys.executable, str(ROOT / "examples" / script)],
            capture_output=True,
            text=True,
            env=env,
            check=False,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr
        assert "Phát hiện" in done.stdout or "Không có phát hiện" in done.stdout


def test_english_output_is_english() -> None:
    english = run_example("hau-giang-2024", lang="en")
    assert "the report states 99 hội, but its parts by category add up to 98 hội" in english
    assert "hội hội" not in english
    assert "more than the total of 31 dự án" in english
    header = next(line for line in english.splitlines() if "|" in line)
    assert header.split() == [
        "Section",
        "|",
        "Measure",
        "|",
        "Stated",
        "|",
        "Computed",
        "|",
        "Status",
    ]
    assert "| mismatch" in english
    assert "604.17 (population 729,888, reported)" in english
    assert "Source:" in english


def _section_at(text: str, offset: int) -> tuple[str, int | None]:
    """The section number ("II.4.3") and footnote (or None) of *offset* in the reference text,
    read from the document's own headings ("II. ...", "4. ...", "4.3. ...")."""
    import re

    roman, number, sub = "", "", ""
    for match in re.finditer(r"(?m)^(I{1,3}|IV)\. |^(\d+)\.(\d+)?\.? ", text[:offset]):
        if match.group(1):
            roman, number, sub = match.group(1), "", ""
        elif match.group(3):
            number, sub = match.group(2), match.group(3)
        else:
            number, sub = match.group(2), ""
    section = ".".join(p for p in (roman, number, sub) if p)
    footnote = None
    for match in re.finditer(r"\[(\d+): \[\]", text[:offset]):
        closing = text.find("\n]", match.end())
        inline_end = text.find("] ", match.end())
        end = min(e for e in (closing, inline_end) if e != -1)
        if match.start() < offset < end:
            footnote = int(match.group(1))
    return section, footnote


def test_every_figure_is_under_the_section_it_names(reference_text: str) -> None:
    """The section number (and footnote) each figure names is where its quote stands."""
    import re

    # The reader of headings itself, on places checked by hand:
    at = reference_text.index
    assert _section_at(reference_text, at("dân số 729.888")) == ("I.1", None)
    assert _section_at(reference_text, at("đạt tỷ lệ 97,9%")) == ("I.2.1", None)
    assert _section_at(reference_text, at("Cấp tỉnh: có 13 tổ chức")) == ("II.1.1", 1)
    assert _section_at(reference_text, at("440.977")) == ("II.1.1", None)
    assert _section_at(reference_text, at("2.147m2")) == ("II.3", 3)
    assert _section_at(reference_text, at("515/565")) == ("II.4.3", None)
    assert _section_at(reference_text, at("911,9 triệu")) == ("II.4.3", 4)
    data = _raw()
    claims = [(f.get("section", t["section"]), f) for t in data["table"] for f in t["figures"]]
    claims += [(r["section"], r) for r in data["rate"]]
    claims += [(p["section"], p) for p in data["population"] if "quote" in p]
    assert len(claims) == len(_quoted_items())
    wrong = []
    for claimed, item in claims:
        if "quote" not in item:
            continue
        number = claimed.split(" ")[0].rstrip(",")
        note = re.search(r"chú thích (\d+)", claimed)
        quote = unicodedata.normalize("NFC", item["quote"])
        places = [m.start() for m in re.finditer(re.escape(quote), reference_text)]
        assert places, quote
        found = {_section_at(reference_text, at) for at in places}
        if (number, int(note.group(1)) if note else None) not in found:
            wrong.append((claimed, quote, found))
    assert wrong == []


def test_the_findings_do_not_depend_on_the_reading_of_98_and_73() -> None:
    """The data puts the staff figures 98 and 73 under "giao nhiệm vụ" (they stand in the
    parentheses about the assigned associations); read as the staff of *all* associations of
    each level instead, 98 + 73 = 171 still holds and the findings are the same."""
    from hoiquanchung.indicators import load_report

    data = _raw()
    table = next(t for t in data["table"] if t["name"] == "Hội quần chúng")
    moved = 0
    for figure in table["figures"]:
        if figure["measure"] == "người làm việc" and "at" in figure:
            figure["at"] = {"level": figure["at"]["level"]}
            moved += 1
    assert moved == 2
    other = load_report(data)
    codes = [(f.code, f.path) for f in reconcile(other)]
    assert codes == [(f.code, f.path) for f in reconcile(load("hau-giang-2024"))]
    rows = check(other, registry=False).rows
    staff = next(r for r in rows if r.measure == "người làm việc" and r.label == "tổng số")
    assert (staff.computed, staff.status) == ("171 người làm việc", Status.CONSISTENT)


def test_the_guide_shows_the_current_output() -> None:
    pytest.importorskip("vietnam_provinces")  # the structure rows come from the register
    guide = (ROOT / "docs" / "guide" / "hau-giang-2024.md").read_text(encoding="utf-8")
    start = guide.index("```text\n") + len("```text\n")
    shown = guide[start : guide.index("```", start)].splitlines()
    printed = run_example("hau-giang-2024").splitlines()
    assert len(shown) > 25
    assert [line for line in shown if line not in printed] == []
    checked = [line for line in printed if "|" in line and not line.rstrip().endswith("| —")]
    assert [line for line in checked if line not in shown] == []  # no checked row left out
    assert "100 figures stated, 16 checked, 3 totals derived, 4 findings." in guide


def test_a_total_stated_twice_names_both_places() -> None:
    """99 stands in I.1 and again in II.1.1: the finding says so, in both languages."""
    (finding, *_) = reconcile(load("hau-giang-2024"))
    assert finding.path == "I.1 Đặc điểm tình hình > tổng số"
    assert finding.message_vi.endswith("; cũng ghi ở II.1.1 Về tổ chức")
    assert finding.message_en.endswith("; also stated in II.1.1 Về tổ chức")


def test_structure_not_checked_is_said_without_the_units_extra(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Without vietnam-provinces the example still runs, and says what it did not check."""
    import hoiquanchung.datasets._datasets as impl
    from hoiquanchung.errors import MissingDependencyError
    from hoiquanchung.findings import Severity

    def missing(*_args: object, **_kwargs: object) -> object:
        raise MissingDependencyError("the register of units", "units", "vietnam-provinces")

    monkeypatch.setattr(impl, "check_structure", missing)
    result = impl.check("hau-giang-2024")
    notes = [f for f in result.findings if f.code == "structure-not-checked"]
    assert len(notes) == 1
    assert notes[0].severity is Severity.INFO
    assert "hoiquanchung[units]" in notes[0].message_vi
    assert "hoiquanchung[units]" in notes[0].message_en
