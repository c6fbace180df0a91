"""Rule 2d (continued totals), round 16: parts distinct by their own frame.

Real paragraphs copied verbatim from public pages (addresses beside them, all in the corpus's
``pending/`` files), each checked as written (no finding), with a part raised (an excess:
reported) and with a part lowered (a shortfall after *Trong đó*: "among them" may name some
parts only, quiet); then the near misses where a reading must stay quiet, and property tests of
the three pattern readers.
"""

from __future__ import annotations

import string

from hypothesis import given
from hypothesis import strategies as st

from hoiquanchung.checker import check_text
from hoiquanchung.checker._named_units import bare_names
from hoiquanchung.checker._numbered_values import classified_values, numbered_values

# https://www.thvl.vn/thoi-su-thvl/tin-dia-phuong/tinh-uy-vinh-long-trao-huy-hieu-dang-dot-2-9/
BADGES = (
    "Trong đợt này, có 71 đảng viên được trao huy hiệu Đảng. Trong đó có 5 đảng viên được trao "
    "huy hiệu 60 năm tuổi đảng, 26 đảng viên được trao huy hiệu 55 năm tuổi đảng và 40 đảng "
    "viên được trao huy hiệu 50 năm tuổi đảng."
)
# https://nld.com.vn/ngay-dac-biet-o-phuong-chanh-hiep-196260203142517419.htm
BADGES_NLD = (
    "Dịp này, Thành ủy TPHCM đã trao Huy hiệu Đảng cho 9 đảng viên. Trong đó, 1 đảng viên nhận "
    "Huy hiệu 45 năm tuổi Đảng; 4 đảng viên nhận Huy hiệu 40 năm tuổi Đảng; 4 đảng viên nhận "
    "Huy hiệu 30 năm tuổi Đảng."
)
# https://kinhtedothi.vn/nhung-dia-phuong-bi-thiet-hai-nang-ne-trong-dot-mua-bao.html
HOUSES = (
    "Thống kê của Ban chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn tỉnh Khánh Hòa, tính "
    "đến 17h ngày 8/11, toàn tỉnh ghi nhận 2.554 căn nhà bị sập hoàn toàn. Trong đó, Vạn Ninh "
    "644 nhà, Ninh Hòa 874 nhà, Nha Trang 449 nhà, Cam Lâm 37 nhà, Cam Ranh 19 nhà, Diên Khánh "
    "210 nhà, Khánh Sơn 17 nhà, Khánh Vĩnh 304 nhà. Ngoài ra, hơn 58.000 ngôi nhà bị hư hỏng, "
    "tốc mái, nhiều nhất là ở Vạn Ninh với 19.700 nhà. Toàn tỉnh cũng có hơn 40.000 nhà bị hư "
    "hỏng nhẹ."
)
# https://husta.org/dai-hoi-dai-bieu-lien-hiep-cac-hoi-khoa-hoc-va-ky-thuat-tinh-lan-thu-v-nhiem-ky-20182023/
FIELDS = (
    "Nhiệm kỳ qua, Liên hiệp các hội Khoa học và Kỹ thuật tỉnh Thừa Thiên Huế  không ngừng "
    "phát triển về tổ chức. Đến nay, hệ thống Liên hiệp Hội có 47 hội thành viên, 08 trung tâm "
    "khoa học công nghệ, 01 câu lạc bộ (CLB) trực thuộc với hơn 30.000 hội viên tăng 10.000 hội "
    "viên so với đầu nhiệm kỳ. Trong đó, có 24 hội hoạt động trong lĩnh vực y tế, 15 hội hoạt "
    "động trong lĩnh vực nông, lâm, ngư, kinh doanh, dịch vụ, xây dựng, kinh tế, quy hoạch, 08 "
    "hội hoạt động trong lĩnh vực khoa học tự nhiên, khoa học xã hội, công nghệ."
)
# https://vneconomy.vn/6-thang-nam-2024-san-xuat-nong-nghiep-duy-tri-tang-truong.htm
RICE = (
    "Sản lượng lúa vụ đông xuân năm nay ước đạt 20,32 triệu tấn, tăng 132,5 nghìn tấn so với vụ "
    "đông xuân năm trước. Trong đó, miền Bắc đạt 6,86 triệu tấn, tăng 2,8 nghìn tấn; miền Nam "
    "đạt 13,46 triệu tấn, tăng 129,7 nghìn tấn."
)


def _totals(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(f.code, f.stated, f.computed) for f in check_text(text) if f.code == "total-mismatch"]


def test_real_paragraphs_hold() -> None:
    for text in (BADGES, BADGES_NLD, HOUSES, FIELDS, RICE):
        assert _totals(text) == []


def test_badges_by_years_excess_reported() -> None:
    found = _totals(BADGES.replace("và 40 đảng", "và 50 đảng"))
    assert [(code, stated) for code, stated, _ in found] == [("total-mismatch", "71 đảng viên")]
    assert found[0][2] is not None
    assert found[0][2].startswith("81")
    assert _totals(BADGES_NLD.replace("Trong đó, 1 đảng", "Trong đó, 3 đảng")) != []


def test_badges_shortfall_quiet_after_trong_do() -> None:
    # "Trong đó" may name a few of the badges only: a sum below the total says nothing.
    assert _totals(BADGES.replace("và 40 đảng", "và 30 đảng")) == []


def test_places_by_bare_names_excess_reported() -> None:
    found = _totals(HOUSES.replace("Khánh Vĩnh 304 nhà", "Khánh Vĩnh 1.304 nhà"))
    assert [(code, stated) for code, stated, _ in found] == [("total-mismatch", "2.554 căn nhà")]
    assert _totals(HOUSES.replace("Khánh Vĩnh 304 nhà", "Khánh Vĩnh 204 nhà")) == []


def test_values_after_a_dimension_noun_excess_reported() -> None:
    assert [s for _c, s, _ in _totals(FIELDS.replace("24 hội", "34 hội"))] == ["47 hội"]
    assert _totals(FIELDS.replace("24 hội", "14 hội")) == []
    assert _totals(RICE.replace("miền Nam đạt 13,46", "miền Nam đạt 14,46")) != []


def test_second_measure_is_no_attribute() -> None:
    # "làm chết 2 người" counts the deaths of the accidents, a measure the total's sentence
    # states too: no value of an attribute of the accidents.
    said = "toàn tỉnh xảy ra 231 vụ TNGT làm chết 105 người"
    labels = [" vụ làm chết 2 người, so với", " vụ làm chết 103 người, bị thương"]
    assert not numbered_values(labels, ["", ""], said)


def test_near_misses_stay_quiet() -> None:
    # Ranges overlap; years and shares are no attribute values; an amount is a second measure.
    assert not numbered_values([" xã đạt từ 15 tiêu chí, ", " xã đạt từ 10 tiêu chí."], ["", ""])
    assert not numbered_values([" hộ năm 2023, ", " hộ năm 2024."], ["", ""])
    assert not numbered_values([" xã đạt 100%, ", " xã đạt 90%."], ["", ""])
    assert not numbered_values([" hộ nhận 5 triệu đồng, ", " hộ nhận 3 triệu đồng."], ["", ""])
    # Bodies (a household may be helped by two), items saying more than the first.
    assert not bare_names(["Trong đó, Hội Nông dân ", " hộ, Hội Phụ nữ "], [" hộ, ", " hộ."])
    assert not bare_names(["Trong đó, Huế ", " người, Đà Nẵng "], [" người, ", " người chết."])
    # Modifiers of the head noun name no dimension: facets that may overlap.
    assert not classified_values([" đảng viên nữ, ", " đảng viên trẻ."], ["", ""])
    # A value holding another is a part of it.
    held = [" ha lĩnh vực nông nghiệp, ", " ha lĩnh vực nông nghiệp sạch."]
    assert not classified_values(held, ["", ""])


_NUMBERS = st.lists(st.integers(min_value=1, max_value=99), min_size=2, max_size=6)
_NAME = st.text(alphabet=string.ascii_lowercase, min_size=3, max_size=8).filter(
    lambda name: name not in {"ban", "chi", "ubnd", "mttq", "ldld"}  # first words of bodies
)


@given(_NUMBERS)
def test_numbered_values_property(years: list[int]) -> None:
    labels = [f" đảng viên nhận huy hiệu {y} năm tuổi Đảng, " for y in years]
    befores = [""] * len(years)
    assert numbered_values(labels, befores) == (len(set(years)) == len(years))


@given(_NUMBERS, st.sampled_from(["từ", "trên", "dưới", "hơn"]))
def test_numbered_values_ranges_property(years: list[int], bound: str) -> None:
    labels = [f" xã đạt {bound} {y} tiêu chí, " for y in years]
    assert not numbered_values(labels, [""] * len(years))


@given(st.lists(_NAME, min_size=2, max_size=6))
def test_bare_names_property(names: list[str]) -> None:
    befores = [
        f"Trong đó, {n.capitalize()} Xã " if i == 0 else f", {n.capitalize()} Xã "
        for i, n in enumerate(names)
    ]
    labels = [" nhà, "] * len(names)
    assert bare_names(befores, labels) == (len(set(names)) == len(names))


@given(st.lists(_NAME, min_size=2, max_size=6))
def test_classified_values_property(fields: list[str]) -> None:
    labels = [f" hội hoạt động trong lĩnh vực {f}, " for f in fields]
    distinct = len(set(fields)) == len(fields)
    nested = any(a != b and a in b.split() for a in fields for b in fields)
    assert classified_values(labels, [""] * len(fields)) == (distinct and not nested)
