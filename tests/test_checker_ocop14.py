"""Round 17 (ocop14): totals on a closed scale read in more of the ways reports write them.

* an OCOP total that names the scale of ratings it covers before its list (*437 sản phẩm OCOP
  đạt từ 3 sao trở lên, gồm ...*; *346 sản phẩm đạt chuẩn OCOP từ 3 đến 5 sao, bao gồm ...*),
  a year (*lần đầu năm 2022, gồm*) or a bracket with no figure (*199 sản phẩm OCOP (Chương
  trình mỗi xã một sản phẩm), trong đó có ...*) (:mod:`hoiquanchung.checker._ocop_stars`);
* an OCOP list opened in the next sentence (*... từ 3 sao trở lên. Trong đó, có ...*);
* prizes by grade after *Trong số này có* in the next sentence, and after *Trong số 40 học
  sinh lớp 10 đạt giải, có ...* (the school year is no count)
  (:mod:`hoiquanchung.checker._prize_grades`).

Each on real paragraphs of the corpus (``tests/corpus``, measured or pending, by id) with the
near-misses where the checker must stay quiet.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "corpus"))

import corpus_harness as harness

from hoiquanchung.checker import check_text
from hoiquanchung.findings import Severity


def paragraph(pid: str, old: str | None = None, new: str | None = None) -> str:
    """The text of the real paragraph *pid*, with *old* replaced once by *new*."""
    text = harness.text_of(pid)
    if old is None or new is None:
        return text
    assert text.count(old) == 1, old
    return text.replace(old, new)


# Round 24 (slips24k): "212 đơn vị, trong đó có 55 doanh nghiệp, 85 hợp tác xã và 74 hộ sản
# xuất" (h48-thuonghieuquangninh-ocop-chuthe-2023) is a real slip annotated in the pending
# corpus (214), found since by the reading of units by legal form; it was a miss here, and is
# no total of the scales these tests read.
_FOUND_SINCE = frozenset({"212 đơn vị"})


def alarms(text: str) -> list[str]:
    """The stated totals of the alarms of the totals family on *text* (but a real slip of
    another reading, :data:`_FOUND_SINCE`)."""
    return [
        (f.stated if f.code == "total-mismatch" else f.computed) or ""
        for f in check_text(text)
        if f.code in ("total-mismatch", "parts-exceed-total")
        and f.severity >= Severity.WARNING
        and f.stated not in _FOUND_SINCE
    ]


@pytest.mark.parametrize(
    ("pid", "old", "new", "total"),
    [
        # vietnamnet.vn: "437 sản phẩm OCOP đạt từ 3 sao trở lên, gồm ...": every rating of
        # the scale named, so a shortfall is wrong as well as an excess
        ("h48-vietnamnet-quangninh-ocop-2025", "326 sản phẩm", "320 sản phẩm", "437 sản phẩm"),
        ("h48-vietnamnet-quangninh-ocop-2025", "và 8 sản phẩm", "và 9 sản phẩm", "437 sản phẩm"),
        # thuonghieuquangninh.vn: "346 sản phẩm đạt chuẩn OCOP từ 3 đến 5 sao, bao gồm ..."
        (
            "h48-thuonghieuquangninh-ocop-chuthe-2023",
            "256 sản phẩm",
            "206 sản phẩm",
            "346 sản phẩm",
        ),
        (
            "h48-thuonghieuquangninh-ocop-chuthe-2023",
            "86 sản phẩm",
            "89 sản phẩm",
            "346 sản phẩm",
        ),
        # ocopvietnam.vn: the year between the total and "gồm"
        ("thainguyen-ocop-2022-173", "37 sản phẩm", "17 sản phẩm", "44 sản phẩm xếp"),
        # thanhnien.vn: a bracket with no figure between the total and "trong đó có"
        ("h47-thanhnien-can-tho-quy-1-2025-ocop", "103 sản phẩm", "123 sản phẩm", "199 sản phẩm"),
        # baophutho.vn: the list opens the next sentence ("Trong đó, có"): an excess
        ("phutho-ocop-2025-698", "54 sản phẩm", "64 sản phẩm", "64 sản phẩm"),
        # vietnamnet.vn: "Trong số 40 học sinh lớp 10 đạt giải, có 2 giải Nhất, ..."
        ("h40-vietnamnet-40-hoc-sinh-lop-10-2026", "20 giải", "25 giải", "40 học sinh"),
        (
            "h40-vietnamnet-40-hoc-sinh-lop-10-2026",
            "Trong số 40 học",
            "Trong số 60 học",
            "60 học sinh",
        ),
        # nguoihanoi.vn (held-out): "184 học sinh đạt giải. Trong số này có 14 giải Nhất, ..."
        ("o14h-nguoihanoi-hanoi-hsgqg-2024-184", "61 giải", "69 giải", "184 học sinh"),
        ("o14h-nguoihanoi-hanoi-hsgqg-2024-184", "54 giải", "50 giải", "184 học sinh"),
    ],
)
def test_a_part_changed_is_found(pid: str, old: str, new: str, total: str) -> None:
    assert alarms(paragraph(pid)) == []
    assert total in alarms(paragraph(pid, old, new))


@pytest.mark.parametrize(
    ("pid", "old", "new"),
    [
        # two ratings in the next sentence after a total "từ 3 sao trở lên": a 5-star product
        # may be left unsaid, so a shortfall says nothing
        ("phutho-ocop-2025-698", "54 sản phẩm", "51 sản phẩm"),
        # two ratings after "trong đó" behind a bracket: the same
        ("h47-thanhnien-can-tho-quy-1-2025-ocop", "96 sản phẩm", "90 sản phẩm"),
        # a part with a cumulative rating overlaps the others ("từ 3 - 4 sao")
        ("n13h-kinhtevadautu-hagiang-ocop-120", "118 sản phẩm", "110 sản phẩm"),
        # "trong đó, có" with two ratings, then "nâng tổng số ... lên 144 sản phẩm"
        ("o14h-baomoi-caobang-ocop-2023-68", "64 sản phẩm", "34 sản phẩm"),
        # one grade alone after "Trong đó," in the next sentence
        ("o14h-zing-hsgqg-2018-one-part", "11 giải nhất", "19 giải nhất"),
        # medals with no total; the next sentence's tally with no opener
        ("o14h-gialaitv-vovinam-2024-no-total", "02 HCB và 01", "02 HCB và 03"),
        ("o14h-bvhttdl-asiad19-27hc", "71 HCĐ", "11 HCĐ"),
    ],
)
def test_the_readings_stay_quiet_on_their_near_misses(pid: str, old: str, new: str) -> None:
    assert alarms(paragraph(pid, old, new)) == []


@pytest.mark.parametrize(
    "pid",
    [
        "h48-vietnamnet-quangninh-ocop-2025",
        "h48-thuonghieuquangninh-ocop-chuthe-2023",
        "thainguyen-ocop-2022-173",
        "h47-thanhnien-can-tho-quy-1-2025-ocop",
        "phutho-ocop-2025-698",
        "h40-vietnamnet-40-hoc-sinh-lop-10-2026",
        "o14h-nguoihanoi-hanoi-hsgqg-2024-184",
        "o14h-thanhnien-baochi-quangngai-2021-no-total",
        "o14h-vov-giaibaochi-2018-no-total",
        "h49-baosonla-hkpd-x",
        "o14h-hatinh24h-hsgqg-2024-76",
    ],
)
def test_real_paragraphs_raise_no_alarm(pid: str) -> None:
    assert alarms(paragraph(pid)) == []
