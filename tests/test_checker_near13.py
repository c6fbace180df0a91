"""Totals on a closed scale, round 17 (near13): medal tallies and OCOP products by stars.

1. Medal tallies (checker._medals): a total of medals and its parts by colour (vàng, bạc, đồng;
   HCV, HCB, HCĐ) after *trong đó*, *gồm*, a colon or in a bracket right after the total.  The
   colours cannot overlap: more than the total is an error; less is an error when the three
   colours are named or the list says it is whole (*gồm*, a colon, a bracket), never after
   *trong đó* with two colours only.
2. OCOP products by star rating (checker._ocop_stars): *N sản phẩm ... k sao* parts of a total
   of OCOP products, read the same way (3, 4 and 5 stars are the whole).
3. Prizes by grade (checker._prizes): *N giải* (or *N học sinh đạt giải*) and its parts *giải
   Nhất, Nhì, Ba, Tư, Khuyến khích* or *giải A, B, C*, read the same way (a whole scale after
   *trong đó*: nhất, nhì, ba with tư or khuyến khích; A, B, C with khuyến khích).
4. (checker._breakdowns) a total joined by a slash to a count before it (*4 dự án/8 HS đoạt
   giải, bao gồm: 1 giải Nhì, ...*) whose list counts another noun is not read: a false alarm
   of an older reading on the held-out n13h-baoninhthuan-khkt-2018-15duan.

Real paragraphs from the corpus, read by id wherever they stand (tests/corpus/pending/):
hocsinh-dna-2013-101hc (http://tienphong.vn/The-Thao/634361/Viet-Nam-nhat---------toan-doan-tpp.html),
h39-dttg-hoithi-thethao-dtts-ix (https://dttg.baotainguyenmoitruong.vn/be-mac-hoi-thi-the-thao-cac-dan-toc-thieu-so-toan-quoc-lan-thu-ix-280827.html),
thainguyen-ocop-2022-173 (https://ocopvietnam.vn/thai-nguyen-co-them-44-san-pham-dat-tieu-chuan-ocop/),
baothanhhoa-xa-ngaan-ocop-2025 (https://baothanhhoa.vn/hdnd-xa-nga-an-thong-nhat-muc-tieu-nhiem-vu-nam-2026-273628.htm),
h44-baonghean-ocop-48 (https://baonghean.vn/thanh-pho-vinh-can-uu-tien-phat-trien-cac-san-pham-ocop-278001.html),
baotuyenquang-ocop-2022 (tests/corpus/pending/p32_hunt24_pending.toml), and the held-out
paragraphs of tests/corpus/pending/p38_near13_heldout.toml (n13h-*, each with its address
there); near-misses that must stay quiet.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "corpus"))

from _checker_helpers import paragraph

from hoiquanchung.checker import check_text, extract
from hoiquanchung.checker._medals import medal_tallies
from hoiquanchung.checker._ocop_stars import ocop_stars
from hoiquanchung.checker._prizes import prize_grades
from hoiquanchung.checker._text import Paragraph
from hoiquanchung.findings import Severity


def alarms(text: str) -> list[str]:
    """The stated totals of the alarms (warning or error) of the totals family on *text*."""
    return [
        (f.stated if f.code == "total-mismatch" else f.computed) or ""
        for f in check_text(text)
        if f.code in ("total-mismatch", "parts-exceed-total") and f.severity >= Severity.WARNING
    ]


def own(text: str) -> list[str]:
    """The stated totals the three readings of this round report on *text*, read alone."""
    para = Paragraph(text, 1, range(len(text) + 1), 0)
    mentions = extract(text)
    found = [
        *medal_tallies(para, mentions, None),
        *ocop_stars(para, mentions, None),
        *prize_grades(para, mentions, None),
    ]
    return [f.stated or "" for f in found]


@pytest.mark.parametrize(
    ("pid", "old", "new", "total"),
    [
        # three colours after "trong đó có", abbreviated: both ways
        ("hocsinh-dna-2013-101hc", "24 HCĐ", "20 HCĐ", "101 huy chương"),
        ("hocsinh-dna-2013-101hc", "101 huy", "103 huy", "103 huy chương"),
        # in a bracket right after the total, the colours written out (and misspelt)
        (
            "h39-dttg-hoithi-thethao-dtts-ix",
            "5 huy chương đồng",
            "3 huy chương đồng",
            "25 huy chương",
        ),
        (
            "h39-dttg-hoithi-thethao-dtts-ix",
            "17 huy chương bạc",
            "11 huy chương bạc",
            "31 huy chương",
        ),
        # held-out: abbreviations in a bracket; "tấm huy chương" after "trong đó có"
        ("n13h-sggp-taekwondo-tre-2024-52hc", "19 HCĐ", "29 HCĐ", "52 huy chương"),
        ("n13h-sggp-asg-2024-19hc", "3 HCĐ", "1 HCĐ", "19 tấm huy chương"),
        # held-out: two colours after "gồm:" are the whole
        (
            "n13h-tuoitrethudo-hkpd-2024-by-sport",
            "3 huy chương Đồng",
            "2 huy chương Đồng",
            "4 huy chương",
        ),
        # OCOP: three ratings after "trong đó:", and two after "gồm"
        ("thainguyen-ocop-2022-173", "02 sản phẩm 5 sao", "01 sản phẩm 5 sao", "173 sản phẩm"),
        ("thainguyen-ocop-2022-173", "09 sản phẩm", "03 sản phẩm", "13 sản phẩm"),
        # OCOP: two ratings in a bracket right after the total
        (
            "baothanhhoa-xa-ngaan-ocop-2025",
            "1 sản phẩm đạt 3 sao",
            "2 sản phẩm đạt 3 sao",
            "6 sản phẩm",
        ),
        # held-out OCOP: two ratings after "trong đó" adding up to more than the total
        ("n13h-hoanhap-hcm-ocop-66", "30 sản phẩm", "36 sản phẩm", "66 sản phẩm"),
        # prizes: four grades after "trong đó" (a whole scale), both ways
        ("h44-baoquangnam-hsg-lop-9-504-giai", "221 giải", "201 giải", "504 giải"),
        ("h45-hanoi-hsg-quocgia-2020", "41 giải", "45 giải", "144 học sinh"),
        # held-out prizes: the fourth prize of a science fair; grades A, B, C of the press
        ("n13h-laocaitv-khkt-2024-104giai", "57 giải Tư", "50 giải Tư", "104 giải"),
        (
            "n13h-thanhnien-tranmaininh-2017-59",
            "19 giải khuyến khích",
            "18 giải khuyến khích",
            "39 giải",
        ),
        # held-out prizes: three grades after "bao gồm:" are the whole
        ("n13h-baoninhthuan-gvcn-2015-25giai", "17 giải Ba", "16 giải Ba", "25 giáo viên"),
    ],
)
def test_a_part_changed_on_a_closed_scale_is_found(
    pid: str, old: str, new: str, total: str
) -> None:
    assert alarms(paragraph(pid)) == []
    assert total in alarms(paragraph(pid, old, new))


@pytest.mark.parametrize(
    "pid",
    [
        "hocsinh-dna-2013-101hc",
        "h39-dttg-hoithi-thethao-dtts-ix",
        "thainguyen-ocop-2022-173",
        "baothanhhoa-xa-ngaan-ocop-2025",
        "h44-baonghean-ocop-48",
        "baotuyenquang-ocop-2022",
        "n13h-sggp-taekwondo-tre-2024-bo-huy-chuong",
        "n13h-baodanang-dhtt-ix-2022",
        "n13h-vov-taekwondo-tre-doan",
        "n13h-plo-hatinh-seagames33-one-athlete",
        "n13h-phutho-hkpd-2024-kv1",
        "n13h-kinhtevadautu-hagiang-ocop-120",
        "h49-nvsk-quangninh-569-ocop",
        "h44-baoquangnam-hsg-lop-9-504-giai",
        "n13h-baoninhthuan-khkt-2018-15duan",
        "n13h-baoninhthuan-khkt-2017-5duan",
        "n13h-baotuyenquang-khkt-2021-no-total",
        "n13h-ninhphuoc-gvdg-2023-no-total",
        "n13h-hanoimoi-quocoai-gvdg-2023-41",
        "n13h-baoquangngai-trabong-2023-15",
        "n13h-tinthethaonews-thachha-2024",
    ],
)
def test_real_tallies_and_near_misses_raise_no_alarm(pid: str) -> None:
    assert alarms(paragraph(pid)) == []
    assert own(paragraph(pid)) == []


@pytest.mark.parametrize(
    ("pid", "old", "new"),
    [
        # two colours after "trong đó" may be some of the medals only: a shortfall says nothing
        ("n13h-baophutho-dacau-2025-5hc", "3 Huy chương Đồng", "2 Huy chương Đồng"),
        # two ratings after "trong đó" (no 5-star product said): a shortfall says nothing
        ("h44-baonghean-ocop-48", "33 sản phẩm", "30 sản phẩm"),
        ("n13h-hoanhap-hcm-ocop-66", "30 sản phẩm", "20 sản phẩm"),
        # sets of medals by form of contest, not by colour
        ("n13h-sggp-taekwondo-tre-2024-bo-huy-chuong", "12 đối kháng", "13 đối kháng"),
        # shares of OCOP products by rating, one of them a potential 5 stars
        ("baotuyenquang-ocop-2022", "35,8%", "45,8%"),
        # two grades after "trong đó": some of the winners only
        ("n13h-baoquangngai-trabong-2023-15", "2 em đoạt giải Nhì", "1 em đoạt giải Nhì"),
        ("n13h-baoquangnam-phuninh-2024-16-31", "10 giải Khuyến khích", "9 giải Khuyến khích"),
        # winners in a paragraph on sport: one athlete may win several events
        ("n13h-tinthethaonews-thachha-2024", "16 giải ba, 3 giải", "16 giải ba, 9 giải"),
        # the prizes of projects, the total their pupils after a slash
        ("n13h-baoninhthuan-khkt-2017-5duan", "3 giải Ba", "2 giải Ba"),
    ],
)
def test_the_readings_stay_quiet_on_their_near_misses(pid: str, old: str, new: str) -> None:
    assert own(paragraph(pid, old, new)) == []


def test_the_total_is_read_once() -> None:
    """A tally another reading of rule 2 reports is not reported a second time."""
    text = paragraph(
        "n13h-boxhoidap-quandoi-seagames31-49hc", "8 huy chương đồng", "9 huy chương đồng"
    )
    stated = alarms(text)
    assert stated.count("49 huy chương") == 1
