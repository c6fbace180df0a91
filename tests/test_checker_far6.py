"""Rule 2d continued (far6, round 12): two more readings of a total broken down in the sentence
or paragraph after its own.

* **A total that names its parts' values.**  "46 người chết, mất tích. Trong đó 36 người chết
  ...; 10 người mất tích ..." (znews.vn), "52 người chết, mất tích (...).\\nTrong đó, 43 người
  chết (...) và 9 người mất tích." (soha.vn): the values of a ``[[named_values]]`` dimension of
  ``breakdown_kinds.toml`` (dead, missing, injured) named right after the total, one in each
  part, all of them, are the whole, even after *Trong đó*.
* **A total whose sentence names a part of it.**  "toàn tỉnh hiện có 2.330 hội, trong đó có 1.401
  hội có tính chất đặc thù. Cụ thể, có 83 hội ... toàn tỉnh, 163 hội ... cấp huyện và 2.084 hội
  ... cấp xã" (baohaiduong.vn): the list may break down either figure; parts that make neither
  are a slip (of the nearer one when they are the whole, of the total when they exceed it).
* **Places counted by the total.**  "... cứu trợ khẩn cấp 200 triệu đồng cho 3 tỉnh nói trên.\n
  Cụ thể Bình Định 90 triệu đồng, Quảng Ngãi 70 triệu đồng và Quảng Nam 40 triệu đồng."
  (daidoanket.vn), "hỗ trợ 2.524 tỉ đồng ... cho 15 địa phương ...\nMức hỗ trợ cụ thể cho các
  tỉnh, thành phố như sau: Tuyên Quang 200 tỉ đồng, ..." (vietbao.vn): as many parts as places
  counted, each naming a different one, are all of them; a list announced "như sau:" reads as
  after *Cụ thể*.
* **One part and the rest, without a marker.**  "3 địa phương hiện có 2.811 trụ sở làm việc.
  Dự kiến ... sẽ sử dụng 2.558 trụ sở ...; còn lại 255 trụ sở sẽ dôi dư" (th389.vn, a real
  slip: 2.558 + 255 = 2.813): the rest of a total is what the part leaves of it.

The real paragraphs are read from the corpus (``tests/corpus``, each with its address), then one
figure is changed; the near-misses, real paragraphs correct today, must stay quiet; hypothesis
properties check the sums.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).parent / "corpus"))
import corpus_harness as harness
from _checker_helpers import alarm_codes, mismatches

corpus_text = harness.text_of  # measured or pending


def changed(text: str, old: str, new: str) -> str:
    """*text* with the one occurrence of *old* replaced by *new*."""
    assert text.count(old) == 1, old
    return text.replace(old, new)


# ------------------------------------------------------------------ real paragraphs
# znews.vn (2025, https://znews.vn/mua-lu-sat-lo-mien-trung-tay-nguyen-46-nguoi-chet-va-mat-tich-
# post1604485.html): "46 người chết, mất tích. Trong đó 36 người chết ...; 10 người mất tích".
# soha.vn (2025, https://soha.vn/mua-lu-lich-su-o-mien-trung-lam-52-nguoi-chet-va-mat-tich-thiet-
# hai-hon-3000-ti-dong-198251121160610166.htm): "52 người chết, mất tích (...)" then, next line,
# "Trong đó, 43 người chết (...) và 9 người mất tích."
ZNEWS = "znews-lumientrung-46"
SOHA = "soha-lumientrung-52"
FOUND = [
    (ZNEWS, "46 người", "48 người", ("48 người", "46 người")),
    (ZNEWS, "Trong đó 36 người", "Trong đó 33 người", ("46 người", "43 người")),
    (ZNEWS, "10 người mất", "11 người mất", ("46 người", "47 người")),
    (SOHA, "52 người", "62 người", ("62 người", "52 người")),
    # Also rule 2: 41 dead, not the 43 its provinces in brackets make.
    (SOHA, "43 người", "41 người", ("52 người", "50 người"), ("41 người", "43 người")),
    (SOHA, "9 người", "7 người", ("52 người", "50 người")),
]


@pytest.mark.parametrize("pid", [ZNEWS, SOHA])
def test_the_real_paragraphs_are_quiet(pid: str) -> None:
    assert alarm_codes(corpus_text(pid)) == []


@pytest.mark.parametrize(
    ("pid", "old", "new", "expected"), [(pid, old, new, found) for pid, old, new, *found in FOUND]
)
def test_one_figure_changed_is_found(
    pid: str, old: str, new: str, expected: list[tuple[str, str]]
) -> None:
    assert sorted(mismatches(changed(corpus_text(pid), old, new))) == sorted(expected)


# th389.vn (2025, https://th389.vn/sap-nhap-can-tho-hau-giang-va-soc-trang-du-kien-trung-tam-cua-
# thanh-pho-moi-se-dat-tai-ninh-kieu-a195978.html), a real slip: 2.558 used + 255 left = 2.813.
CANTHO = "cantho-hopnhat-truso-2811"


def test_the_rest_in_the_next_sentence_finds_the_real_slip() -> None:
    assert mismatches(corpus_text(CANTHO)) == [("2.811 trụ sở", "2.813 trụ sở")]


def test_the_rest_made_right_is_quiet() -> None:
    text = changed(corpus_text(CANTHO), "2.558 trụ sở", "2.556 trụ sở")
    assert mismatches(text) == []


# baohaiduong.vn (2020, http://m.baohaiduong.vn/chinh-tri/tang-cuong-cong-tac-quan-ly-nha-nuoc-ve-
# hoi-quy-139435): "2.330 hội, trong đó có 1.401 hội có tính chất đặc thù. Cụ thể, có 83 hội ...
# toàn tỉnh, 163 hội ... cấp huyện và 2.084 hội ... cấp xã": the levels make the 2.330.
HAIDUONG = "haiduong-snv-2020-2330hoi"
SUBGROUP_FOUND = [
    ("83 hội", "93 hội", ("2.330 hội", "2.340 hội")),
    ("163 hội", "63 hội", ("2.330 hội", "2.230 hội")),
    ("2.330 hội", "2.930 hội", ("2.930 hội", "2.330 hội")),
]


def test_the_total_with_a_part_named_beside_it_is_quiet() -> None:
    assert alarm_codes(corpus_text(HAIDUONG)) == []


@pytest.mark.parametrize(("old", "new", "finding"), SUBGROUP_FOUND)
def test_the_list_after_a_total_and_its_part(old: str, new: str, finding: tuple[str, str]) -> None:
    assert mismatches(changed(corpus_text(HAIDUONG), old, new)) == [finding]


def test_the_list_of_the_part_named_beside_the_total_is_quiet() -> None:
    """The same levels making the 1.401 named beside the total: its parts, not the total's."""
    text = corpus_text(HAIDUONG)
    for old, new in (("83 hội", "43 hội"), ("163 hội", "100 hội"), ("2.084 hội", "1.258 hội")):
        text = changed(text, old, new)
    assert mismatches(text) == []


# daidoanket.vn (https://daidoanket.vn/tiep-tuc-ho-tro-cho-nguoi-dan-vung-lu-10056759.html) and
# vietbao.vn (2025, https://vietbao.vn/thu-tuong-quyet-dinh-ho-tro-2-524-ty-dong-cho-15-dia-phuong-
# khac-phuc-hau-qua-bao-so-10-565049.html): a total shared among the places it counts.
COUNTED_FOUND = [
    (
        "daidoanket-ctd-200tr",
        "Quảng Ngãi 70",
        "Quảng Ngãi 60",
        ("200 triệu đồng", "190.000.000 đồng"),
    ),
    (
        "daidoanket-ctd-200tr",
        "Quảng Nam 40",
        "Quảng Nam 50",
        ("200 triệu đồng", "210.000.000 đồng"),
    ),
    ("vietbao-2524ty-15dp", "Huế 135", "Huế 185", ("2.524 tỉ đồng", "2.574.000.000.000 đồng")),
    (
        "vietbao-2524ty-15dp",
        "Lai Châu 24",
        "Lai Châu 21",
        ("2.524 tỉ đồng", "2.521.000.000.000 đồng"),
    ),
]


@pytest.mark.parametrize("pid", ["daidoanket-ctd-200tr", "vietbao-2524ty-15dp"])
def test_places_counted_real_paragraphs_are_quiet(pid: str) -> None:
    assert alarm_codes(corpus_text(pid)) == []


@pytest.mark.parametrize(("pid", "old", "new", "finding"), COUNTED_FOUND)
def test_places_counted_one_figure_changed(
    pid: str, old: str, new: str, finding: tuple[str, str]
) -> None:
    assert mismatches(changed(corpus_text(pid), old, new)) == [finding]


def test_places_counted_one_missing_is_quiet() -> None:
    """14 places for the 15 counted: a place may have its share elsewhere; nothing claimed."""
    text = changed(corpus_text("vietbao-2524ty-15dp"), ", Quảng Trị 200 tỉ đồng", "")
    assert mismatches(text) == []


# ------------------------------------------------------------------ near-misses (real, quiet)
NEAR_MISSES = [
    # vietbao.vn (2025, https://vietbao.vn/mua-lu-sau-bao-so-11-khien-13-nguoi-chet-va-mat-tich-
    # gan-17-000-ngoi-nha-bi-ngap-566051.html): two totals of people before the parts (13 dead
    # or missing, 7 injured), and the parts by province repeat the values: no reading.
    "vietbao-bao11-13nguoi",
    # thanhnien.vn (2023, https://thanhnien.vn/mua-da-giong-loc-khien-hon-1000-ngoi-nha-hu-hong-
    # 185230509004103287.htm): "2 người tử vong và mất tích" names two values: no part of one.
    "thanhnien-mua-da-1003nha",
    # kienthuc.net.vn (2025, https://kienthuc.net.vn/xa-hoi/sau-sap-nhap-du-kien-tp-pleiku-con-5-
    # phuong-va-2-xa-2097767.html): "từ 25 đơn vị hành chính, TP Pleiku còn lại 7 đơn vị": what
    # remains after a merger, the verb after its subject, not the rest of a whole.
    "kienthuc-pleiku-7",
    # congdankhuyenhoc.vn (2023, https://congdankhuyenhoc.vn/bac-giang-hon-nua-ti-dong-hoc-bong-
    # tang-hoc-sinh-vuot-kho-hieu-hoc-17923111508411557.htm): "các huyện, thành phố còn lại, mỗi
    # huyện trao 5 suất": an amount each, no rest.
    "bacgiang-khuyenhoc-70-scholarships",
]


@pytest.mark.parametrize("pid", NEAR_MISSES)
def test_near_misses_are_quiet(pid: str) -> None:
    assert mismatches(corpus_text(pid)) == []


PAGES = [
    # danviet.vn (2025, https://danviet.vn/mttq-viet-nam-phan-bo-so-tien-150-ty-dong-cuu-tro-cac-
    # tinh-thiet-hai-do-bao-lu-d1382959.html): the places counted and named, their shares after
    # "Theo đó" and after "Trong đó": all consistent.
    "Trước những thiệt hại nặng nề do mưa lũ gây ra đối với các tỉnh Khánh Hòa, Đắk Lắk, Gia "
    "Lai và Lâm Đồng, ngày 29/11, Ban Vận động Cứu trợ Trung ương - Ủy ban Trung ương Mặt trận "
    "Tổ quốc Việt Nam tiếp tục phân bổ số tiền 150 tỷ đồng cho 4 tỉnh Khánh Hòa, Đắk Lắk, Gia "
    "Lai và Lâm Đồng.\n\nTheo đó, Ban Vận động Cứu trợ Trung ương phân bổ cho tỉnh Đắk Lắk số "
    "tiền 50 tỷ đồng; tỉnh Khánh Hòa số tiền 40 tỷ đồng; tỉnh Gia Lai số tiền 30 tỷ đồng; tỉnh "
    "Lâm Đồng số tiền 30 tỷ đồng.\n\nNhư vậy, đến thời điểm này, Ban Vận động cứu trợ Trung "
    "ương đã phân bổ số tiền 275 tỷ đồng cho 4 tỉnh Khánh Hòa, Đắk Lắk, Gia Lai, Lâm Đồng. "
    "Trong đó, phân bổ cho tỉnh Khánh Hòa số tiền 60 tỷ đồng; tỉnh Đắk Lắk số tiền 90 tỷ đồng; "
    "tỉnh Gia Lai số tiền 75 tỷ đồng; tỉnh Lâm Đồng số tiền 50 tỷ đồng.",
    # vtv.vn (2016, https://vtv.vn/trong-nuoc/ha-noi-ho-tro-19-ty-dong-cho-cac-dia-phuong-bi-han-
    # han-ngap-man-20160320105436399.htm): an amount each (mỗi tỉnh), no parts.
    'Số tiền 19 tỷ đồng được trích từ Quỹ "Cứu trợ" thiên tai của thành phố, dành để trợ '
    "giúp nhân dân 19 tỉnh, thành phố, gồm: Đăk Lăk, Đăk Nông, Kon Tum, Gia Lai, Lâm Đồng, Phú "
    "Yên, Khánh Hòa, Ninh Thuận, Bình Thuận, Long An, Tiền Giang, Vĩnh Long, Kiên Giang, Trà "
    "Vinh, Bến Tre, Bạc Liêu, Cà Mau, Sóc Trăng và Cần Thơ.\nMỗi tỉnh, thành phố được hỗ trợ 1 "
    "tỷ đồng. Số tiền trên sẽ được chuyển về Quỹ “Cứu trợ” thiên tai của 19 tỉnh, thành phố "
    "trên, để giúp bà con khắc phục hậu quả thiên tai, ổn định đời sống và sản xuất.",
    # daidoanket.vn (https://daidoanket.vn/tag/mua-lu-trung-bo): a total naming three values
    # with no part after it.
    "Khu vực Trung Bộ đang trải qua đợt mưa đặc biệt lớn, nước lũ trên nhiều sông vượt báo "
    "động (BĐ) 3 khiến 40 người chết, bị thương và mất tích, hàng trăm nghìn ngôi nhà ngập "
    "trong biển nước. Mưa lũ ở Trung Bộ làm 40 người thương vong và mất tích",
    # vietnamnet.vn (2024, https://vietnamnet.vn/nhung-ngay-chim-trong-dau-thuong-cua-nguoi-dan-
    # lang-nu-2321564.html): "còn 36 người ... mất tích" is no rest of the 11 who came back.
    "Đến 16h15 cùng ngày có thêm 3 người dân trong thôn may mắn thoát chết trong lũ dữ do đi "
    "làm ăn xa. Như vậy, trong ngày 13/9, 11 trường hợp nghi mất tích đã an toàn trở về. Tính "
    "đến thời điểm hiện tại, còn 36 người được xác định mất tích; 48 người chết và 17 người bị "
    "thương đang được điều trị tại bệnh viện.",
]


@pytest.mark.parametrize("text", PAGES)
def test_public_pages_are_quiet(text: str) -> None:
    assert alarm_codes(text) == []


# ------------------------------------------------------------------ properties
counts = st.integers(min_value=1, max_value=900)


def vn(n: int) -> str:
    """*n* grouped as the checker writes a computed count ("1.000")."""
    return f"{n:,}".replace(",", ".")


@given(counts, counts, counts, st.sampled_from(["Trong đó", "Cụ thể"]), st.booleans())
def test_dead_and_missing(total: int, dead: int, missing: int, marker: str, named: bool) -> None:
    """Parts naming the values the total names are the whole: any other sum is found; when
    the total names one value only ("người chết"), nothing is claimed."""
    said = "chết, mất tích" if named else "chết"
    text = (
        f"Mưa lũ đã làm {total} người {said}.\n"
        f"{marker}, {dead} người chết ở Huế; {missing} người mất tích ở Đà Nẵng."
    )
    found = mismatches(text)
    if named and dead + missing != total:
        assert found == [(f"{total} người", f"{vn(dead + missing)} người")]
    else:
        assert found == []


@given(counts, counts, counts, st.sampled_from(["; còn lại", ", số còn lại là", " và còn lại"]))
def test_a_part_and_the_rest(total: int, used: int, rest: int, lead: str) -> None:
    """The rest of a total in the sentence after it: the part and the rest make it."""
    text = (
        f"Theo thống kê, 3 địa phương hiện có {total} trụ sở làm việc. Dự kiến sau sắp xếp sẽ "
        f"sử dụng {used} trụ sở cho các cơ quan{lead} {rest} trụ sở sẽ dôi dư."
    )
    found = mismatches(text)
    if used + rest != total:
        assert found == [(f"{total} trụ sở", f"{vn(used + rest)} trụ sở")]
    else:
        assert found == []


@given(counts, counts, counts)
def test_the_rest_as_a_verb_is_quiet(total: int, before: int, after: int) -> None:
    """What remains after a change ("từ 25 đơn vị ..., TP còn lại 7 đơn vị") is no rest."""
    text = (
        f"Tỉnh có {total} đơn vị hành chính. Dự kiến, sau khi sắp xếp, từ {before} đơn vị "
        f"hành chính, thành phố còn lại {after} đơn vị hành chính."
    )
    assert mismatches(text) == []


@given(counts, counts, counts, counts, counts)
def test_a_total_its_part_and_the_levels(
    total: int, part: int, province: int, district: int, commune: int
) -> None:
    """Levels that cover the whole break down the total or the part named beside it: a sum
    that makes neither is found, against the nearer figure."""
    text = (
        f"Toàn tỉnh hiện có {total} hội, trong đó có {part} hội có tính chất đặc thù. Cụ thể, "
        f"có {province} hội hoạt động trong phạm vi toàn tỉnh, {district} hội trong phạm vi cấp "
        f"huyện và {commune} hội trong phạm vi cấp xã."
    )
    found = mismatches(text)
    levels = province + district + commune
    if levels in (total, part):
        assert found == []
    else:
        nearer = part if abs(levels - part) < abs(levels - total) else total
        assert found == [(f"{nearer} hội", f"{vn(levels)} hội")]


@given(counts, counts, counts, counts, st.sampled_from(["Cụ thể", "Trong đó"]))
def test_places_counted(total: int, a: int, b: int, c: int, marker: str) -> None:
    """Three parts for the three places counted: any other sum is found after "Cụ thể"; after
    "Trong đó" (among them) only a sum above the total."""
    text = (
        f"Hội cứu trợ khẩn cấp {total} triệu đồng cho 3 tỉnh nói trên.\n"
        f"{marker}, Bình Định {a} triệu đồng, Quảng Ngãi {b} triệu đồng và Quảng Nam {c} triệu "
        "đồng."
    )
    found = mismatches(text)
    parts = a + b + c
    if parts > total or (marker == "Cụ thể" and parts < total):
        assert found == [(f"{total} triệu đồng", f"{vn(parts * 1_000_000)} đồng")]
    else:
        assert found == []
