"""A vote over the deputies present, then its rate of ALL the deputies (rule fractions).

``473/473 đại biểu có mặt biểu quyết tán thành, bằng 98,54% tổng số đại biểu Quốc hội``: the
rate is 473 of the 480 deputies, named by words after it and not written; it is not the rate of
the fraction (:func:`hoiquanchung.checker._rates._rate_of_another_total`).
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from hoiquanchung.checker import check_text, extract
from hoiquanchung.checker._rates import _bases_of

# (address, paragraph) copied verbatim from the pages (corpus p31_hunt22_pending.toml).
QUIET = [
    (
        "http://hoidongbaucu.quochoi.vn/tintuc/pages/chi-tiet.aspx?ItemID=9187",
        "Kết quả cho thấy: 473/473 đại biểu có mặt biểu quyết tán thành, bằng 98,54% tổng số đại "
        "biểu Quốc hội. Như vậy, với 100% đại biểu có mặt biểu quyết thông qua, Quốc hội khóa XIV "
        "đã bầu đồng chí Vương Đình Huệ, Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội, Trưởng Đoàn "
        "đại biểu Quốc hội Tp. Hà Nội giữ chức Chủ tịch Quốc hội Nước Cộng hòa xã hội chủ nghĩa "
        "Việt Nam và chức vụ Chủ tịch Hội đồng bầu cử quốc gia.",
    ),
    (
        "http://cuuchienbinh.vn/ong-nguyen-xuan-phuc-trung-cu-chuc-vu-chu-tich-nuoc/",
        "Sáng 5-4, với đa số phiếu tán thành (468/468 đại biểu có mặt tán thành, chiếm 97,5% tổng "
        "số đại biểu Quốc hội), Quốc hội đã bầu ông Nguyễn Xuân Phúc giữ chức Chủ tịch nước nhiệm "
        "kỳ 2016-2021.",
    ),
    (
        "https://vietnamplus.vn/infographics-tieu-su-chu-tich-nuoc-chxhcn-viet-nam-vo-van-thuong-"
        "post848910.amp",
        "Quốc hội khóa XV đã bầu ông Võ Văn Thưởng làm Chủ tịch nước Cộng hòa xã hội chủ nghĩa "
        "Việt Nam với 487/488 đại biểu tham gia biểu quyết tán thành, chiếm 98,38% tổng số đại "
        "biểu Quốc hội.",
    ),
    (
        "http://cuuchienbinh.vn/dong-chi-pham-minh-chinh-giu-chuc-thu-tuong-chinh-phu-nhiem-ky-"
        "2021-2026/",
        "Sau đó, Quốc hội bầu Thủ tướng Chính phủ bằng hình thức bỏ phiếu kín. Theo kết quả kiểm "
        "phiếu, với 484/484 đại biểu có mặt đồng ý (chiếm 96,99% tổng số đại biểu Quốc hội). Căn "
        "cứ Nội quy kỳ họp, ông Phạm Minh Chính đã trúng cử chức vụ Thủ tướng Chính phủ.\n"
        "Theo kết quả biểu quyết điện tử, với 479/479 phiếu, tỷ lệ 95,99% tổng số đại biểu tán "
        "thành, Quốc hội đã thông qua Nghị quyết bầu ông Phạm Minh Chính giữ chức vụ Thủ tướng "
        "Chính phủ nước Cộng hòa xã hội chủ nghĩa Việt Nam.",
    ),
    (
        "https://m.canhco.net/quoc-hoi-bieu-quyet-bau-ong-pham-minh-chinh-lam-thu-tuong-p536288.html",
        "484/484 đại biểu có mặt biểu quyết tán thành, bằng 96,99% tổng số đại biểu Quốc hội đã "
        "biểu quyết bầu đồng chí Phạm Minh Chính, Ủy viên Bộ Chính trị giữ chức Thủ tướng Chính "
        "phủ nhiệm kỳ 2021-2026.",
    ),
    (
        "https://kinhtedothi.vn/binh-duong-ong-pham-van-chanh-duoc-bau-lam-chu-tich-hdnd-tinh-ong-"
        "vo-van-minh-giu-chuc-chu-tich-ubnd-tinh.html",
        "Kết quả, ông Võ Văn Minh đạt được 67/69 phiếu bầu, qua đó đạt tỷ lệ 95,71% so với tổng số "
        "đại biểu HĐND tỉnh khoá X. Như vậy, ông Võ Văn Minh trúng cử chức danh Chủ tịch UBND "
        "tỉnh khoá X.",
    ),
    (
        "https://vtvgo.vn/tin-tuc/chu-tich-quoc-hoi-khoa-xv-vuong-dinh-hue-tuyen-the-nham-chuc-"
        "833621.html",
        "Chiều 20/7, Quốc hội đã biểu quyết thông qua Nghị quyết bầu ông Vương Đình Huệ giữ chức "
        "Chủ tịch Quốc hội khóa XV với tỷ lệ 95,19% (475/475 đại biểu có mặt biểu quyết tán thành, "
        "tổng số đại biểu Quốc hội khóa XV là 499 đại biểu). Sau khi Quốc hội biểu quyết thông qua "
        "Nghị quyết, Chủ tịch Quốc hội khóa XV Vương Đình Huệ đã tuyên thệ nhậm chức.",
    ),
    (
        "https://baodongnai.com.vn/tintuc/202107/ong-vuong-dinh-hue-trung-cu-chu-tich-quoc-hoi-"
        "khoa-xv-3068190",
        "Theo kết quả kiểm phiếu, có 475/475 đại biểu có mặt biểu quyết tán thành, bằng 95,19% "
        "tổng số đại biểu Quốc hội, bầu ông Vương Đình Huệ, Ủy viên Bộ Chính trị, Chủ tịch Quốc "
        "hội khóa XIV, giữ chức Chủ tịch Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam.",
    ),
    (
        "https://baodongnai.com.vn/tintuc/202107/ong-vuong-dinh-hue-trung-cu-chu-tich-quoc-hoi-"
        "khoa-xv-3068190",
        "Trước đó, vào buổi sáng cùng ngày, với 466/466 đại biểu Quốc hội (chiếm 93,39% tổng số "
        "đại biểu Quốc hội) tham gia biểu quyết tán thành, Quốc hội đã thông qua Nghị quyết về số "
        "thành viên Ủy viên Ủy ban Thường vụ Quốc hội.",
    ),
    (
        "https://plo.vn/chinh-phu-co-them-2-tan-pho-thu-tuong-post877501.html",
        "Sau đó, Quốc hội tiến hành biểu quyết bằng hình thức điện tử thông qua danh sách bầu Ủy "
        "viên Ủy ban Thường vụ Quốc hội khóa XV đối với ông Nguyễn Hữu Đông. Kết quả, 444/445 đại "
        "biểu tham gia biểu quyết tán thành (bằng 93,88% tổng số ĐBQH, 1 đại biểu không tán thành "
        "(bằng 0,21% tổng số ĐBQH).",
    ),
    (
        "https://congan.com.vn/tin-chinh/chinh-tri-thoi-su/chinh-phu-nhiem-ky-2016-2021-ra-mat_"
        "23442.html",
        "Danh sách 5 phó thủ tướng và kết quả kiểm phiếu: 1. Ông Trương Hòa Bình: 469/487 (94,94%, "
        "tổng số đại biểu Quốc hội) 2. Ông Trịnh Đình Dũng: 445/488 (90,08%) 3. Ông Vũ Đức Đam: "
        "473/488 (95,75%) 4. Ông Vương Đình Huệ: 476/488 (96,36%) 5. Phạm Bình Minh (kiêm Bộ "
        "trưởng Ngoại giao): 483/488 (97,77%)",
    ),
]


def _mismatches(text: str) -> list[str]:
    return [f.message_en for f in check_text(text) if f.code.startswith("rate")]


@pytest.mark.parametrize(("url", "text"), QUIET, ids=[u for u, _ in QUIET])
def test_rate_of_all_deputies_after_a_vote_is_quiet(url: str, text: str) -> None:
    assert _mismatches(text) == [], url


# Near misses: the same shapes with a slip, still found.
FOUND = [
    # A rate of those present that is wrong (68/69 = 98,55 %; 68/70 = 97,14 %, 68/71 = 95,77 %).
    (
        "Ông A đạt 68/69 đại biểu có mặt, qua đó đạt tỷ lệ 95,14% so với tổng số đại biểu HĐND "
        "tỉnh.",
        "68/69 = 98.55%",
    ),
    # The fraction's own whole named after the rate: its own rate, wrong.
    ("Có 45/50 chi hội, đạt 85% tổng số chi hội.", "45/50 = 90%"),
    ("Có 45/50 chi hội cơ sở đạt chuẩn, đạt 85% tổng số chi hội cơ sở.", "45/50 = 90%"),
    # The written base in the same bracket does not hold either (475/499 = 95,19 %).
    (
        "Quốc hội đã biểu quyết thông qua với tỷ lệ 95,89% (475/475 đại biểu có mặt biểu quyết "
        "tán thành, tổng số đại biểu Quốc hội khóa XV là 499 đại biểu).",
        "475/475 = 100",
    ),
    # The named whole is smaller than the fraction's: no larger base makes the rate.
    (
        "Kết quả, 473/473 đại biểu có mặt biểu quyết tán thành, bằng 99,94% tổng số đại biểu "
        "Quốc hội.",
        "473/473 = 100",
    ),
    # A parallel pair that fails against the declared base too (445/494 = 90,08 %).
    (
        "1. Ông A: 469/487 (94,94%, tổng số đại biểu Quốc hội) 2. Ông B: 445/488 (93,08%)",
        "445/488 = 91.19%",
    ),
    # No rate of the list names another whole: the pair is the fraction's and wrong.
    ("1. Ông A: 469/487 (94,94%) 2. Ông B: 445/488 (90,08%)", "445/488 = 91.19%"),
]


@pytest.mark.parametrize(("text", "computed"), FOUND)
def test_near_misses_are_found(text: str, computed: str) -> None:
    found = _mismatches(text)
    assert any(computed in message for message in found), found


def test_the_right_rate_of_all_present_is_quiet() -> None:
    # 68/70 = 97,14 %: the rate of all 70 members, named after it.
    text = (
        "Ông A đạt 68/69 đại biểu có mặt, qua đó đạt tỷ lệ 97,14% so với tổng số đại biểu HĐND "
        "tỉnh."
    )
    assert _mismatches(text) == []


@given(
    st.integers(min_value=1, max_value=2000),
    st.integers(min_value=0, max_value=500),
    st.integers(min_value=0, max_value=2),
)
def test_a_count_over_a_base_finds_that_base(part: int, extra: int, places: int) -> None:
    whole = part + extra
    rate = (Decimal(100 * part) / whole).quantize(Decimal(1).scaleb(-places), ROUND_HALF_UP)
    assume(rate > Decimal("1.5").scaleb(-places))  # a rate near 0 pins no base
    written = f"{rate}".replace(".", ",") + "%"
    [mention] = extract(written)
    assert mention.unit == "%"
    bases = _bases_of(Decimal(part), mention, None)
    assert whole in bases or len(bases) == 51  # at most 51 bases are listed
    assert _bases_of(Decimal(part), mention, Decimal(whole)) == [whole]
