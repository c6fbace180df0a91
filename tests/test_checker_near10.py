"""Totals with their parts, round 14 (near10): a toll's province lines after it.

A disaster toll that names the kinds of the persons it counts ("327 người chết, mất tích") is
listed by province in the lines after it, often in paragraphs of their own: "Lào Cai 177 người
(82 người chết, 95 người mất tích)".  The line's bracket is whole when it names exactly the
kinds the toll named, each once (or a kind again, each time with its own place or cause); a
bracket naming another kind (the injured), a line after a toll that names no kinds, or a line
that is no province's stays unread.  ``Thừa Thiên-Huế`` is a province's name.

Real paragraphs of the corpus, read by id (tests/corpus/pending/):
vietnamplus-yagi-327-12h30 (https://www.vietnamplus.vn/truc-tiep-dien-bien-mua-lu-sat-lo-ngay-129-tai-mien-bac-sau-bao-so-3-post976103.vnp),
baogialai-yagi-200-nguoi (https://baogialai.com.vn/toi-5-gio-ngay-11-9-da-co-200-nguoi-chet-va-mat-tich-do-bao-so-3-va-mua-lu-post292551.html),
soha-yagi-330 (https://soha.vn/tim-thay-54-thi-the-trong-mot-huyen-con-2-nan-nhan-trong-xe-bi-cuon-troi-van-chua-tim-thay-198240916102259887.htm),
tienphong-yagi-71-nguoi (https://tienphong.vn/thai-nguyen-chim-trong-bien-nuoc-rieng-mot-huyen-o-cao-bang-co-37-nguoi-chet-va-mat-tich-post1671390.tpo),
plo-yagi-330-17h (https://plo.vn/tinh-den-17-gio-ngay-12-9-da-co-330-nguoi-chet-mat-tich-do-bao-lu-post809902.html),
nld-yagi-352-nguoi (https://nld.com.vn/no-luc-tim-kiem-som-dung-lang-tai-dinh-cu-196240914214737149.htm);
a public page no corpus file holds, quoted verbatim with its address; near misses that must stay
quiet, and hypothesis properties.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).parent))

from _checker_helpers import paragraph

from hoiquanchung.checker import check_text
from hoiquanchung.checker._kinds import province_names
from hoiquanchung.findings import Severity


def stated(text: str) -> list[str | None]:
    """The stated totals of the ``total-mismatch`` alarms (warning or error) on *text*."""
    return [
        f.stated
        for f in check_text(text)
        if f.code == "total-mismatch" and f.severity >= Severity.WARNING
    ]


def alarms(text: str) -> list[str]:
    """Every warning or error on *text*."""
    return [f.code for f in check_text(text) if f.severity >= Severity.WARNING]


REAL = [
    "vietnamplus-yagi-327-12h30",
    "baogialai-yagi-200-nguoi",
    "soha-yagi-330",
    "tienphong-yagi-71-nguoi",
    "plo-yagi-330-17h",
    "nld-yagi-352-nguoi",
]


@pytest.mark.parametrize("pid", REAL)
def test_real_tolls_are_quiet(pid: str) -> None:
    assert alarms(paragraph(pid)) == []


@pytest.mark.parametrize(
    ("pid", "old", "new", "total"),
    [
        # the toll in the paragraph before, the line after "Trong đó"
        ("vietnamplus-yagi-327-12h30", "Lào Cai 177 người", "Lào Cai 157 người", "157 người"),
        ("vietnamplus-yagi-327-12h30", "(34 người chết", "(84 người chết", "52 người"),
        # a bare "1 chết", a cause after the missing
        ("vietnamplus-yagi-327-12h30", "Vĩnh Phúc 2 người", "Vĩnh Phúc 5 người", "5 người"),
        # "Tại Cao Bằng:", a place between the figure and its bracket
        ("baogialai-yagi-200-nguoi", "Cao Bằng: 52 người", "Cao Bằng: 51 người", "51 người"),
        # a cause between the figure and its bracket
        ("baogialai-yagi-200-nguoi", "(37 người chết", "(31 người chết", "40 người"),
        # "Hà Giang: 2 người (1 người chết; 1 người mất tích)" after a ";"
        ("baogialai-yagi-200-nguoi", "(1 người chết; 1 người", "(4 người chết; 1 người", "2 người"),
        # a place after each kind: "tại sự cố sập cầu Phong Châu", "do sạt lở đất"
        ("baogialai-yagi-200-nguoi", "Phú Thọ: 9 người", "Phú Thọ: 2 người", "2 người"),
        # "Cụ thể: Lào Cai: 151 người (...)"
        ("soha-yagi-330", "(125 người chết", "(128 người chết", "151 người"),
        # "Cao Bằng có 21 người (...)" on a line of its own
        ("tienphong-yagi-71-nguoi", "(8 người chết", "(7 người chết", "21 người"),
        # "Ở Cao Bằng có 52 người (...), Yên Bái: 44 người (...)"
        ("plo-yagi-330-17h", "Bằng có 52 người", "Bằng có 54 người", "54 người"),
        ("plo-yagi-330-17h", "(42 người chết", "(44 người chết", "44 người"),
        # in the toll's own paragraph: a kind again, each time with its own place or cause
        ("nld-yagi-352-nguoi", "Phú Thọ 11 người", "Phú Thọ 18 người", "18 người"),
        ("nld-yagi-352-nguoi", "8 người mất tích tại", "4 người mất tích tại", "11 người"),
    ],
)
def test_mutated_province_lines_are_found(pid: str, old: str, new: str, total: str) -> None:
    assert total in stated(paragraph(pid, old, new))


# https://kenh14.vn/toi-12-gio-30-ngay-12-9-327-nguoi-chet-va-mat-tich-do-bao-so-3-va-mua-lu-21524091214183905.chn
# (2024-09; paragraphs as the page gives them, the toll's and the lines after it)
KENH14 = (
    "Trong đó, 199 người chết, 128 người mất tích. Số người chết và mất tích nhiều nhất ở Lào "
    "Cai.\n"
    "Tại Lào Cai, 177 người (82 người chết, 95 người mất tích), gồm: Bảo Yên 109, Sa Pa 9, Bát Xát "
    "16, Si Ma Cai 7, Bắc Hà 34, Văn Bàn 2.\n"
    "Tổn thất nặng nề nhất là vụ lũ quét, sạt lở đất tại thôn Làng Nủ, xã Phúc Khánh, huyện Bảo "
    "Yên ngày 10-9 đến nay làm 95 người chết, mất tích (43 người chết, 52 người mất tích).\n"
    "Dân làng tổ chức tang lễ cho những người xấu số tại Làng Nủ, xã Phúc Khánh, huyện Bảo Yên, "
    "tỉnh Lào Cai sau vụ sạt lở đất. Ảnh: Văn Duẩn\n"
    "Cao Bằng: 52 người (34 người chết, 18 người mất tích); Yên Bái: 44 người (40 người chết, 4 "
    "người mất tích), gồm: TP Yên Bái 21, Lục Yên: 14, Văn Yên 6, Văn Chấn 1, Trấn Yên 2."
)


def test_public_page_quiet_and_found() -> None:
    assert alarms(KENH14) == []
    # "Tại Lào Cai, 177 người (...)": a comma after the province's name
    assert stated(KENH14.replace("(82 người chết", "(85 người chết")) == ["177 người"]
    # after a caption (no province's line) the toll's list has ended: the lines are unread
    assert stated(KENH14.replace("(34 người chết", "(36 người chết")) == []


TOLL = "Bão số 3 đã làm 327 người chết, mất tích (199 người chết, 128 người mất tích).\n"


@pytest.mark.parametrize(
    "text",
    [
        # the injured, whom the toll did not count
        TOLL + "Trong đó Lào Cai 170 người (82 người chết, 95 người bị thương).",
        # a kind twice, once without a place or cause
        TOLL + "Trong đó Lào Cai 170 người (82 người chết, 95 người chết do lũ).",
        # a toll that names no kinds: a province's people may hold the injured
        "Bão số 3 đã làm 199 người chết.\nTrong đó Lào Cai 170 người (82 người chết, 95 người mất"
        " tích).",
        # no province's name before the figure
        TOLL + "Trong đó huyện Bảo Yên 170 người (82 người chết, 95 người mất tích).",
        # a paragraph between that is no province's line: the list has ended
        TOLL + "Các lực lượng đang tìm kiếm.\nLào Cai: 170 người (82 người chết, 95 người mất"
        " tích).",
        TOLL + "Đã huy động 300 người tìm kiếm.\nLào Cai: 170 người (82 người chết, 95 người mất"
        " tích).",
        # words that say more than a place or a cause between the figure and the bracket
        TOLL + "Lào Cai: 170 người phải sơ tán (82 người chết, 95 người mất tích).",
        # "chết tại chỗ" says more than the kind
        TOLL + "Lào Cai: 170 người (82 người chết tại chỗ, 95 người mất tích).",
        # an item with two figures
        TOLL + "Lào Cai: 170 người (82 người chết, 95 người mất tích và 3 người bị thương).",
    ],
)
def test_near_misses_stay_quiet(text: str) -> None:
    assert alarms(text) == []


@pytest.mark.parametrize("name", ["Thừa Thiên-Huế", "Thừa Thiên - Huế", "Thừa Thiên Huế"])
def test_thua_thien_hue_is_a_province(name: str) -> None:
    assert re.fullmatch(province_names(), name, re.IGNORECASE)


def test_thua_thien_hue_line_of_a_toll() -> None:
    text = TOLL + "Thừa Thiên-Huế: 9 người (4 người chết, 3 người mất tích)."
    assert stated(text) == ["9 người"]
    assert stated(text.replace("Huế: 9 người", "Huế: 7 người")) == []


KINDS = st.sampled_from([("chết", "mất tích"), ("chết", "bị thương"), ("mất tích", "bị thương")])
PLACES = st.sampled_from(["Lào Cai", "Cao Bằng", "Yên Bái", "Thừa Thiên-Huế", "Quảng Nam"])
OPENERS = st.sampled_from(["", "Trong đó ", "Cụ thể: ", "Tại "])


@given(
    kinds=KINDS,
    place=PLACES,
    opener=OPENERS,
    a=st.integers(0, 500),
    b=st.integers(0, 500),
    delta=st.integers(-20, 20),
    colon=st.booleans(),
)
def test_province_line_flagged_iff_the_kinds_do_not_add_up(
    kinds: tuple[str, str], place: str, opener: str, a: int, b: int, delta: int, colon: bool
) -> None:
    first, second = kinds
    total = a + b + delta
    if total < 1:
        return
    text = (
        f"Mưa lũ đã làm 400 người {first}, {second} (200 người {first}, 200 người {second}).\n"
        f"{opener}{place}{':' if colon else ''} {total} người ({a} người {first}, {b} người "
        f"{second})."
    )
    assert (f"{total} người" in stated(text)) == (delta != 0), text


@given(kinds=KINDS, other=st.sampled_from(["chết", "mất tích", "bị thương"]), d=st.integers(1, 9))
def test_another_kind_stays_quiet(kinds: tuple[str, str], other: str, d: int) -> None:
    first, second = kinds
    if other in kinds:
        return
    text = (
        f"Mưa lũ đã làm 400 người {first}, {second} (200 người {first}, 200 người {second}).\n"
        f"Lào Cai: {20 + d} người (10 người {first}, 10 người {other})."
    )
    assert stated(text) == []
