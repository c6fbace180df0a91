"""Round 14 (issue 9, helper rates10): rates whose base is named elsewhere.

* rule rate-bases: a count with a rate of its own may still be the base of its parts' rates
  when it opens them (*Trong đó* next, or *Trong số* and the group its own words name), and the
  other rates confirm it; staff and workers (*công chức*, *lao động*...) count persons;
* rule rate-bases: votes of the deputies as a share of all the deputies or of those present,
  judged against the one figure the section states for that base.

Real paragraphs are quoted verbatim (their address in a comment); near misses are the shapes
the rules must stay quiet on; the properties say what holds for any figures.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from hoiquanchung.checker import check_text
from hoiquanchung.indicators import Rate

_RATES = {"rate-mismatch", "rate-rounding", "bound-violated"}


def rates(text: str) -> list[tuple[str, str | None]]:
    return [(f.code, f.computed) for f in check_text(text) if f.code in _RATES]


# --- a rated count that opens its parts ------------------------------------------------------

# https://www.tinhhungyen.com/2022/08/hung-yen-79-5-so-cong-chuc-cap-xa-co-trinh-do-chuyen-mon-dai-hoc.html
_HUNGYEN = (
    "Toàn tỉnh hiện có 1.346 công chức cấp xã, đạt tỷ lệ 96,3% số vị trí biên chế công chức "
    "được giao. Trong đó, 1.070 người có trình độ chuyên môn đại học, đạt tỷ lệ {}%; trình độ "
    "cao đẳng 53 người, chiếm 3,9% và trình độ trung cấp 223 người, chiếm 16,6%. Về trình độ lý "
    "luận chính trị, có 38 người đạt trình độ cao cấp, cử nhân, chiếm 2,8%; trình độ trung cấp "
    "401 người, chiếm 29,8%; trình độ sơ cấp có 112 người, chiếm 8,3%..."
)


def test_rated_whole_opening_its_parts_holds() -> None:
    assert rates(_HUNGYEN.format("79,5")) == []


def test_rated_whole_opening_its_parts_slip() -> None:
    assert rates(_HUNGYEN.format("75,5")) == [("rate-mismatch", "1.070/1.346 = 79,5%")]


def test_staff_count_persons_without_trong_do() -> None:
    # Without "Trong đó" the 1.346 civil servants are still the base the five other rates
    # confirm: civil servants and "người" count the same persons.
    text = _HUNGYEN.format("75,5").replace("Trong đó, 1.070", "Về trình độ, 1.070")
    assert rates(text) == [("rate-mismatch", "1.070/1.346 = 79,5%")]


def test_households_are_not_persons() -> None:
    # The same figures of households and persons: two nouns, no base.
    text = _HUNGYEN.format("75,5").replace("công chức cấp xã", "hộ gia đình")
    assert rates(text) == []


# http://www.binhthuancpv.org.vn/Index.aspx?ID=22746&CatID=152
_BINHTHUAN = (
    "Số đảng viên mới kết nạp từ đầu năm đến nay là 1.932 đảng viên, đạt tỷ  lệ 96,6%, nâng "
    "tổng số đảng viên hiện có của toàn Đảng bộ tỉnh lên 33.503 đảng viên. Trong số {}: có "
    "930 đảng viên nữ, chiếm {}%; 112 đảng viên là người dân tộc thiểu số, chiếm 5,8%; 112 "
    "đảng viên là người có đạo, chiếm 5,8%; 1.214 đảng viên còn tham gia sinh hoạt Đoàn Thanh "
    "niên Cộng sản Hồ Chí Minh, chiếm 62,84%."
)


def test_group_named_by_the_total_holds() -> None:
    assert rates(_BINHTHUAN.format("đảng viên mới kết nạp", "48,14")) == []


def test_group_named_by_the_total_slip() -> None:
    found = rates(_BINHTHUAN.format("đảng viên mới kết nạp", "43,14"))
    assert found == [("rate-mismatch", "930/1.932 = 48,14%")]


def test_another_group_stays_quiet() -> None:
    # "Trong số đảng viên nữ": a group the total's words do not name; whose rates are these?
    assert rates(_BINHTHUAN.format("đảng viên nữ", "43,14")) == []


# --- votes of the deputies -------------------------------------------------------------------

# https://www.anninhthudo.vn/dbqh-tan-thanh-mien-nhiem-chu-tich-quoc-hoi-nguyen-sinh-hung-post271576.antd
_MIEN_NHIEM = (
    "Tổng số ĐBQH là 494, số có mặt là 477 ĐB, số phiếu phát ra 477, số phiếu thu về 477. Kết "
    "quả, với phiếu miễn nhiệm Chủ tịch Quốc hội, số phiếu hợp lệ là 473 phiếu, không hợp lệ 4 "
    "phiếu. Số phiếu đồng ý là 431 phiếu, bằng {}% tổng số ĐBQH, số phiếu không đồng ý là 42 "
    "phiếu, bằng 8,5% tổng số ĐBQH.\n"
    "Với phiếu miễn nhiệm Chủ tịch Hội đồng bầu cử Quốc gia, số phiếu hợp lệ là 471 phiếu, "
    "không hợp lệ 6 phiếu. Số phiếu đồng ý là 430 phiếu, bằng 87,2% tổng số ĐBQH, số phiếu "
    "không đồng ý là 41 phiếu. Như vậy, căn cứ vào kết quả bỏ phiếu, Quốc hội miễn nhiệm Chủ "
    "tịch Quốc hội, Chủ tịch Hội đồng bầu cử Quốc gia với ông Nguyễn Sinh Hùng."
)


def test_votes_of_all_deputies_real_slip() -> None:
    # 430/494 is 87,04 %, written 87,2 % (annotated in the corpus); 431/494 = 87,25 % holds.
    assert rates(_MIEN_NHIEM.format("87,25")) == [("rate-mismatch", "430/494 = 87,0%")]


def test_votes_of_all_deputies_mutation() -> None:
    assert ("rate-mismatch", "431/494 = 87,25%") in rates(_MIEN_NHIEM.format("87,75"))


# https://nguyenxuanphuc.org/cong-bo-so-phieu-bau-tong-bi-thu-nguyen-phu-trong-lam-chu-tich-nuoc.html
_CTN = (
    "Ban Kiểm phiếu gồm 15 thành viên đã tiến hành kiểm phiếu, lập biên bản ghi nhận tổng số "
    "đại biểu Quốc hội là 485 đại biểu, số có mặt 477 đại biểu, số phiếu phát ra 477, số phiếu "
    "thu về 477 đều hợp lệ.\n"
    "Số phiếu đồng ý là 476 phiếu, bằng {}% tổng số đại biểu có mặt.\n"
    "Số phiếu không đồng ý là 1 phiếu bằng 0,29% tổng số đại biểu có mặt."
)


def test_votes_of_deputies_present_base_a_paragraph_before() -> None:
    # 1/477 is 0,21 %, written 0,29 % (annotated); 476/477 = 99,79 % holds.
    assert rates(_CTN.format("99,79")) == [("rate-mismatch", "1/477 = 0,21%")]
    assert ("rate-mismatch", "476/477 = 99,79%") in rates(_CTN.format("99,29"))


def test_votes_without_a_stated_figure_stay_quiet() -> None:
    # http://hoidongbaucu.quochoi.vn/tintuc/pages/chi-tiet.aspx?ItemID=9187 (excerpt): the 480
    # deputies are not written.
    text = (
        "Kết quả cho thấy: 473/473 đại biểu có mặt biểu quyết tán thành, bằng 98,54% tổng số "
        "đại biểu Quốc hội. Như vậy, với 100% đại biểu có mặt biểu quyết thông qua, Quốc hội "
        "khóa XIV đã bầu đồng chí Vương Đình Huệ giữ chức Chủ tịch Quốc hội."
    )
    assert rates(text) == []


def test_votes_with_two_figures_of_the_base_stay_quiet() -> None:
    text = (
        "Tổng số ĐBQH là 494, số có mặt là 477 ĐB. Hôm sau, tổng số ĐBQH là 490. Số phiếu đồng ý "
        "là 431 phiếu, bằng 87,75% tổng số ĐBQH."
    )
    assert rates(text) == []


def test_votes_of_another_group_stay_quiet() -> None:
    text = "Tổng số ĐBQH là 494. Có 151 đại biểu nữ, bằng 35,5% tổng số đại biểu nữ khóa trước."
    assert rates(text) == []


def test_votes_of_all_are_not_of_those_present() -> None:
    text = (
        "Tổng số ĐBQH là 494, số có mặt là 477 ĐB. Số phiếu đồng ý là 476 phiếu, bằng {}% tổng số "
        "{}."
    )
    assert rates(text.format("96,36", "ĐBQH")) == []
    assert rates(text.format("96,36", "đại biểu có mặt")) == [("rate-mismatch", "476/477 = 99,79%")]


_PERCENT = "{:.2f}"


def _written(value: object) -> str:
    return _PERCENT.format(value).replace(".", ",")


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=10, max_value=999), st.data())
def test_votes_property(whole: int, data: st.DataObject) -> None:
    """Any count of votes below the deputies, with its rate written to two decimals: quiet
    when the rate is the count's share of the deputies, reported when it is one point off."""
    part = data.draw(st.integers(min_value=1, max_value=whole - 1))
    exact = Rate(part, whole).percent(2)
    text = f"Tổng số ĐBQH là {whole}. Số phiếu đồng ý là {part} phiếu, bằng {{}}% tổng số ĐBQH."
    assert rates(text.format(_written(exact))) == []
    off = exact + 1 if exact < 99 else exact - 1
    assert [code for code, _ in rates(text.format(_written(off)))] == ["rate-mismatch"]


# --- civil judgment enforcement: counts named by their role ------------------------------------

# corpus pending thads-7t-2017 (Tổng cục THADS, 7 months of 2017)
_THADS = (
    "- Tổng số phải thi hành là 625.425 việc, trong đó: Số có điều kiện thi hành là 482.175 "
    "việc, giảm 87 việc (giảm 0,02% so với cùng kỳ năm 2016); chiếm {}% trong tổng số phải thi "
    "hành (giảm 5,03% so với cùng kỳ năm 2016); Số chưa có điều kiện thi hành là 143.250 việc, "
    "chiếm 22,90% trong tổng số phải thi hành;\n"
    "Trong số có điều kiện thi hành, số thi hành xong là 267.165 việc, tăng 15.652 việc (tăng "
    "6,22% so với cùng kỳ năm 2016); đạt tỉ lệ {}% (tăng 3,26% so với cùng kỳ năm 2016)."
)


def test_enforcement_holds() -> None:
    assert rates(_THADS.format("77,10", "55,41")) == []


def test_enforcement_share_of_cases_to_enforce() -> None:
    found = rates(_THADS.format("17,10", "55,41"))
    assert found == [("rate-mismatch", "482.175/625.425 = 77,10%")]


def test_enforcement_rate_of_cases_with_conditions() -> None:
    found = rates(_THADS.format("77,10", "35,41"))
    assert found == [("rate-mismatch", "267.165/482.175 = 55,41%")]


def test_enforcement_rate_of_a_target_stays_quiet() -> None:
    # "(tỉ lệ 48,49% so với chỉ tiêu được giao ...)": of the target, another base.
    text = (
        "Số có điều kiện thi hành là 54.681 việc. Trong số có điều kiện thi hành, số thi hành "
        "xong là 26.515 việc, đạt tỉ lệ 41,49% so với chỉ tiêu được giao."
    )
    assert rates(text) == []
    assert rates(text.replace(" so với chỉ tiêu được giao", "")) == [
        ("rate-mismatch", "26.515/54.681 = 48,49%")
    ]


def test_enforcement_two_totals_stay_quiet() -> None:
    text = (
        "Tổng số phải thi hành là 625.425 việc. Năm trước, tổng số phải thi hành là 600.000 việc. "
        "Số có điều kiện thi hành là 482.175 việc (chiếm 17,10%)."
    )
    assert rates(text) == []


def test_enforcement_base_of_another_paragraph_needs_its_group_named() -> None:
    # https://vietnamnet.vn/vn/thoi-su/chong-tham-nhung/da-thi-hanh-an-15-ngan-ty-dong-tu-cac-vu-an-tham-nhung-kinh-te-lon-693076.html
    # (excerpt) after a paragraph of another report: its 81,41 % is of the year's cases with
    # conditions (708.674), not of the 579.413 stated before; the sentence does not name them.
    text = (
        "- Tổng số phải thi hành là 728.227 việc, trong đó: Số có điều kiện thi hành là 579.413 "
        "việc, chiếm 79,56% trong tổng số phải thi hành;\n"
        "Tổng cục trưởng Tổng cục THADS Nguyễn Quang Thái cho biết, trong năm toàn ngành đã thi "
        "hành xong 576.933 việc, đạt tỉ lệ 81,41% (tăng 2,82% so với năm 2019, cao hơn 1,41% so "
        "với chỉ tiêu được giao)."
    )
    assert rates(text) == []
