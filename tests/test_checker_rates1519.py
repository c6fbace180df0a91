"""Round 19 (issue 9, helper rates15): the two known false alarms of rule rate-bases, fixed.

* A rate written as a whole number, whose item names another term ("đại biểu Quốc hội khóa 15
  tái cử: 145 người, tỷ lệ 29%"), among rates of its sentence written with decimals that hold
  against the list's base, is of that other term's body (145 of the 500 seats), not of the
  list's base (:func:`hoiquanchung.checker._rate_bases._odd_precision`).
* A rate of a part after *trong đó* that does not hold against its whole is held to the next
  paragraph of the section: when two or more triples there (a whole, a smaller count of it,
  that count's rate) fail as well and none holds, the rates are of a base the text does not
  give, and nothing is said (:func:`hoiquanchung.checker._rate_bases._held_findings`).

Real paragraphs are read from the corpus by id (their address is in the entry); the near misses
are real paragraphs on which the rules must still speak.
"""

from __future__ import annotations

import functools
import sys
from pathlib import Path

from hoiquanchung.checker import check_text

sys.path.insert(0, str(Path(__file__).resolve().parent / "corpus"))
import corpus_harness

_RATES = {"rate-mismatch", "rate-rounding", "bound-violated"}


def rates(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(f.code, f.stated, f.computed) for f in check_text(text) if f.code in _RATES]


@functools.cache
def _paragraphs() -> dict[str, corpus_harness.Paragraph]:
    return corpus_harness.every_paragraph()


def text_of(pid: str) -> str:
    return _paragraphs()[pid].text


# https://vietnamnet.vn/1-041-nguoi-vao-danh-sach-so-bo-ung-cu-dai-bieu-quoc-hoi-co-95-nguoi-ngoai-dang-2489836.html
VIETNAMNET = "n14h-vietnamnet-1041-ung-cu-2026"
# http://baolamdong.vn/doi-song/201904/ty-le-hoa-giai-thanh-dat-tren-73-2941025/
BAOLAMDONG = "r12h-baolamdong-hoagiai-2014-2018"


def test_rate_of_another_term_is_not_judged_against_the_list() -> None:
    """29 % of the re-elected deputies is of the 500 seats; the two truncated rates of the
    list (real slips, annotated) are still said."""
    found = rates(text_of(VIETNAMNET))
    assert ("rate-mismatch", "29%", "145/1.041 = 14%") not in found
    assert found == [
        ("rate-rounding", "21,99%", "229/1.041 = 22,00%"),
        ("rate-rounding", "9,12%", "95/1.041 = 9,13%"),
    ]


def test_a_whole_number_rate_of_the_list_itself_is_still_judged() -> None:
    """The same item with a rate of the 1.041 written like its list, then mistyped: said."""
    text = text_of(VIETNAMNET).replace("tỷ lệ 29%", "tỷ lệ 19,93%")
    assert ("rate-mismatch", "19,93%", "145/1.041 = 13,93%") in rates(text)
    # An item that names no other term, written as a whole number, mistyped: said.
    text = text_of(VIETNAMNET).replace(
        "ngoài Đảng: 95 người, tỷ lệ 9,12%", "ngoài Đảng: 95 người, tỷ lệ 19%"
    )
    assert ("rate-mismatch", "19%", "95/1.041 = 9%") in rates(text)


def test_mixed_precision_list_keeps_its_whole_number_rates() -> None:
    """tw-mttq-2024-khoax-405uyvien: "tôn giáo là 69 vị (tỷ lệ 17%)" among rates to one decimal
    is of the 405 members (17,04 %); a slip there is still said."""
    text = text_of("tw-mttq-2024-khoax-405uyvien")
    assert not [f for f in rates(text) if f[1] == "17%"]
    changed = text.replace("(tỷ lệ 17%)", "(tỷ lệ 57%)")
    assert [f for f in rates(changed) if f[1] == "57%"]


def test_rates_of_a_base_the_text_does_not_give() -> None:
    """73,5 % is judged against 9.201 of 12.896 cases taken up, but every yearly triple of the
    next paragraph fails the same way: nothing is said."""
    assert rates(text_of(BAOLAMDONG)) == []


def test_a_lone_failing_rate_before_trong_do_is_still_said() -> None:
    """The first paragraph alone (no yearly triples after it): its rate is said, at the end."""
    first = text_of(BAOLAMDONG).split("\n")[0]
    assert rates(first) == [("rate-mismatch", "73,5%", "9.201/12.896 = 71,3%")]
    # Followed by yearly triples that hold (each rate of its own two counts): still said.
    fixed = (
        first + "\nCụ thể: năm 2014, thụ lý hòa giải 3.399 vụ việc, hòa giải thành 2.408 vụ "
        "việc, đạt tỷ lệ 70,8%; năm 2015, thụ lý hòa giải 2.592 vụ việc, hòa giải thành 1.735 "
        "vụ việc, đạt tỷ lệ 66,9%."
    )
    assert ("rate-mismatch", "73,5%", "9.201/12.896 = 71,3%") in rates(fixed)


def test_parts_with_rates_of_their_own_are_no_triples() -> None:
    """baomoinet-binhminh-30db: the next paragraph's parts each have their own rate ("12
    người, chiếm tỷ lệ 40%; ... 10 người, chiếm 33,33%"): no whole among them, the real slip
    of the first list (36,67 % for 8 of 30) is said."""
    found = rates(text_of("baomoinet-binhminh-30db"))
    assert ("rate-mismatch", "36,67%", "8/30 = 26,67%") in found
