"""Round 12 (issue 9): rates of the waiting paragraphs read more generally (rates7).

Real paragraphs are quoted verbatim with their address (from ``tests/corpus/pending/``); a
one-figure slip is put into them the way the corpus harness does; near misses (real text the
checker is right to stay quiet on, and the shapes next to the new readings) say where the
rules stop; the properties say what holds for any figures.
"""

from __future__ import annotations

from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from hoiquanchung.checker import check_text

_RATES = frozenset({"rate-mismatch", "rate-rounding", "bound-violated"})


def rates(text: str) -> list[tuple[str, str | None]]:
    return [(f.code, f.stated) for f in check_text(text) if f.code in _RATES]


def grouped(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def written(value: Decimal) -> str:
    return str(value).replace(".", ",")


def percent(part: int, whole: int, rounding: str = ROUND_HALF_UP) -> Decimal:
    return (Decimal(100) * part / whole).quantize(Decimal("0.01"), rounding=rounding)


# --- court tallies: "thụ lý Y ..., (đã) giải quyết X ..., đạt z%" ---------------------------

# https://24hbinhphuoc.com.vn/toa-an-2-cap-binh-phuoc-ton-1-194-vu-tren-tong-so-7-662-vu-thu-ly/
BINHPHUOC_CIVIL = (
    "Án dân sự, hôn nhân gia đình, kinh doanh thương mại, lao động: Tòa án nhân dân hai cấp thụ "
    "lý 6.218 vụ, việc, đã giải quyết 5.209 vụ, việc; đạt 83,74%. So với cùng kỳ năm 2015, thụ "
    "lý tăng 594 vụ, việc; giải quyết tăng 107 vụ, việc. Còn tồn 1.011 vụ, việc đang tiếp tục "
    "giải quyết."
)
# (same site) the criminal cases: cases and defendants in pairs
BINHPHUOC_CRIMINAL = (
    "Án hình sự: Tòa án nhân dân hai cấp thụ lý 1.367 vụ/2.420 bị cáo, giải quyết 1.206 "
    "vụ/2.085 bị cáo, đạt 88,22%. So với cùng kỳ năm 2015, số án thụ lý giảm 66 vụ, giải quyết "
    "giảm 75 vụ, còn tồn 161 vụ/335 bị cáo đang tiếp tục giải quyết."
)
# https://baobinhphuoc.com.vn/news/15/33989/8332-vu-viec-duoc-toa-an-nhan-dan-2-cap-giai-quyet
BINHPHUOC_2019 = (
    "Riêng án hình sự, tòa án nhân dân 2 cấp đã thụ lý 1.302 vụ - 2.286 bị cáo, giải quyết "
    "1.153 vụ - 2.046 bị cáo, đạt 88,55%; so cùng kỳ năm trước số thụ lý tăng 81 vụ, giải quyết "
    "tăng 99 vụ."
)
# https://baotuyenquang.com.vn/ty-le-giai-quyet-vu-viec-cua-toa-an-nhan-dan-hai-cap-trong-tinh-tang-67!-190620.html
TUYENQUANG = (
    "Trong 6 tháng qua, Toà án nhân dân hai cấp trong tỉnh đã thụ lý 2.412 vụ, việc các loại; đã "
    "giải quyết 1.787 vụ, việc, đạt 74,1%. So với 6 tháng cùng kỳ năm 2023 giảm 212 vụ, việc; "
    "giải quyết tăng 18 vụ, việc; tỷ lệ giải quyết tăng 6,7%."
)
# https://baothainguyen.vn/thoi-su-trong-tinh/202401/day-manh-phong-trao-thi-dua-vi-cong-ly-theo-chu-de-phung-cong-thu-phap-chi-cong-vo-tu-4e41dc1
THAINGUYEN = (
    "Theo đó, TAND hai cấp thụ lý tổng số 6.795 vụ việc các loại (trong đó thụ lý mới 6.325 vụ "
    "việc), đã giải quyết 6.353 vụ việc, đạt tỷ lệ 93%. Số vụ việc còn lại hầu hết mới thụ lý và "
    "còn trong thời hạn giải quyết theo quy định của pháp luật."
)
# https://123docz.net/trich-doan/2708114-tinh-hinh-thong-ke-ve-cac-vu-an-trong-toa-an-nhan-dan.htm
TERM = (
    "Trong nhiệm kỳ 2016-2020, các Tòa án đã thụ lý 2.433.631 vụ việc, đã giải quyết được "
    "2.375.983 vụ việc, đạt tỷ lệ 97,6% (so với nhiệm kỳ trước, số vụ việc đã thụ lý tăng 624.551 "
    "vụ việc, đã giải quyết tăng 594.573 vụ việc)."
)
# https://baomoi.com/nam-2024-toa-an-cac-cap-thu-ly-giai-quyet-vu-viec-dat-ty-le-89-72-c50978016.epi
BAOMOI = (
    "Báo cáo kết quả thực hiện các nhiệm vụ trọng tâm công tác năm 2024 cho thấy, năm 2024, Tòa "
    "án các cấp đã thụ lý 653.082 vụ việc, đã giải quyết được 585.932 vụ việc (đạt tỷ lệ 89,72%; "
    "cao hơn năm trước 0,56%)."
)


@pytest.mark.parametrize(
    ("text", "stated", "code"),
    [
        # 5.209/6.218 = 83,77 %: a real slip of the report
        (BINHPHUOC_CIVIL, "83,74%", "rate-mismatch"),
        # 1.153/1.302 = 88,556 %: cut, not rounded (the defendants' 2.046/2.286 = 89,50 %)
        (BINHPHUOC_2019, "88,55%", "rate-rounding"),
    ],
)
def test_real_court_slips_found(text: str, stated: str, code: str) -> None:
    assert (code, stated) in rates(text)


@pytest.mark.parametrize(
    ("text", "rate", "slip"),
    [
        (BINHPHUOC_CRIMINAL, "88,22%", "80,22%"),
        (TUYENQUANG, "74,1%", "74,6%"),
        (THAINGUYEN, "93%", "73%"),
        (TERM, "97,6%", "90,6%"),
        (BAOMOI, "89,72%", "81,72%"),
    ],
)
def test_court_tallies_quiet_and_slip_found(text: str, rate: str, slip: str) -> None:
    assert rates(text) == []
    assert rates(text.replace(rate, slip, 1)) == [("rate-mismatch", slip)]


@pytest.mark.parametrize(
    "text",
    [
        # a rate that holds for the defendants (2.046/2.286 = 89,50 %) may be theirs
        BINHPHUOC_2019.replace("88,55%", "89,50%"),
        # the change said aside names a plan: the rate may be the plan's
        TERM.replace("(so với nhiệm kỳ trước,", "(so với kế hoạch,").replace("97,6%", "90%"),
        "thụ lý 2.433.631 vụ việc, đã giải quyết được 2.375.983 vụ việc, đạt 80% (tăng 5% so với "
        "chỉ tiêu giao).",
        # the bracket after the rate says something else than a change
        "thụ lý 2.433.631 vụ việc, đã giải quyết được 2.375.983 vụ việc, đạt 80% (vụ việc dân sự).",
        # a figure between the two counts outside any bracket: which one was received?
        "thụ lý 6.795 vụ việc, thụ lý mới 6.325 vụ việc, đã giải quyết 6.353 vụ việc, đạt 73%.",
        # cases and defendants: the pairs do not line up (the settled defendants are more)
        "thụ lý 1.367 vụ/2.420 bị cáo, giải quyết 1.206 vụ/2.985 bị cáo, đạt 80,22%.",
        # real text the checker is right on: the rates of another period and of the defendants
        "Trong nhiệm kỳ, các Tòa án đã thụ lý 386.165 vụ với 650.546 bị cáo; đã giải quyết, xét "
        "xử được 384.209 vụ với 641.616 bị cáo, đạt tỷ lệ 99,5% về số vụ và 98,6% về số bị cáo.",
    ],
)
def test_court_near_misses_stay_quiet(text: str) -> None:
    assert rates(text) == []


@given(st.integers(10, 10**6), st.integers(10, 10**6), st.data())
@example(1302, 2286, None)
def test_cases_and_defendants(cases: int, defendants: int, data: st.DataObject | None) -> None:
    """A rate that holds for the cases or for the defendants is quiet; one that holds for
    neither is judged as the cases' rate."""
    if data is None:
        settled, convicted = 1153, 2046
    else:
        # (a lone "1" after a slash is not read as a count: numbers, not this rule)
        settled = data.draw(st.integers(2, cases))
        convicted = data.draw(st.integers(2, defendants))
    text = (
        f"Tòa án thụ lý {grouped(cases)} vụ/{grouped(defendants)} bị cáo, giải quyết "
        f"{grouped(settled)} vụ/{grouped(convicted)} bị cáo, đạt {{}}%;"
    )
    for rate in (percent(settled, cases), percent(convicted, defendants)):
        assert rates(text.format(written(rate))) == []
    wrong = percent(settled, cases) + (7 if percent(settled, cases) < 50 else -7)
    for rounding in (ROUND_HALF_UP, ROUND_DOWN):
        near = percent(convicted, defendants, rounding)
        if abs(near - wrong) < 1:
            return  # the wrong rate is the defendants' (nearly): nothing to say
    assert rates(text.format(written(wrong))) == [("rate-mismatch", f"{written(wrong)}%")]


@given(st.integers(2, 10**7), st.data())
def test_cases_and_matters_as_one_noun(whole: int, data: st.DataObject) -> None:
    part = data.draw(st.integers(1, whole))
    exact = percent(part, whole)
    text = f"thụ lý {grouped(whole)} vụ, việc, đã giải quyết {grouped(part)} vụ, việc; đạt {{}}%."
    assert rates(text.format(written(exact))) == []
    wrong = exact + 5 if exact < 90 else exact - 5
    assert rates(text.format(written(wrong))) == [("rate-mismatch", f"{written(wrong)}%")]


# --- the corresponding structure of another period: "(Cơ cấu tương ứng ... là a%; b%; ...)" ---


def shares(text: str) -> list[str | None]:
    return [f.stated for f in check_text(text) if f.code == "share-sum-mismatch"]


# https://tinnhanhchungkhoan.vn/khu-vuc-dich-vu-tiep-tuc-chiem-ty-trong-cao-nhat-trong-co-cau-gdp-quy-i-2021-post265470.html
TNCK = (
    "(ĐTCK) Theo báo cáo kinh tế - xã hội quý I/2021 được Tổng cục Thống kê công bố sáng ngày "
    "29/3, về cơ cấu nền kinh tế quý I/2021, khu vực dịch vụ chiếm tỷ trọng cao nhất với 42,20% "
    "tiếp đến là khu vực công nghiệp và xây dựng chiếm 36,45%; khu vực nông, lâm nghiệp và thủy "
    "sản chiếm tỷ trọng 11,71 và cuối cùng thuế sản phẩm trừ trợ cấp sản phẩm chiếm 9,64% (Cơ cấu "
    "tương ứng của cùng kỳ năm 2020 là 42,82%; 35,86%; 11,66%; 9,66%)."
)
# https://bacninh.dangcongsan.vn/phat-trien-va-hoi-nhap/grdp-6-thang-dau-nam-tang-7-45-so-voi-cung-ky-nam-truoc-577477.html
BACNINH = (
    "Cơ cấu kinh tế theo ngành vẫn cơ bản giữ vững theo hướng công nghiệp hóa tuy có dịch chuyển "
    "tạm thời do những tác động tiêu cực của dịch Covid-19: Khu vực công nghiệp - xây dựng chiếm "
    "76,19%; dịch vụ chiếm 16,49%; nông, lâm nghiệp và thuỷ sản chiếm 3,49%; thuế sản phẩm trừ "
    "trợ cấp sản phẩm 3,84% (Cơ cấu tương ứng của cùng kỳ năm 2020 là: 75,36% - 17,36% - 3,29% - "
    "3,99%)."
)


@pytest.mark.parametrize(
    ("text", "share", "slip"),
    [
        (TNCK, "35,86%", "95,86%"),
        (TNCK, "9,66%", "6,66%"),  # below 100: the four parts of GDP are the whole
        (BACNINH, "17,36%", "17,39%"),
        (BACNINH, "3,29%", "2,29%"),
        (BACNINH, "16,49%", "16,44%"),  # the sectors' own shares, read without the bracket
        (BACNINH, "76,19%", "76,29%"),
    ],
)
def test_corresponding_structure_quiet_and_slip_found(text: str, share: str, slip: str) -> None:
    assert shares(text) == []
    assert len(shares(text.replace(share, slip, 1))) == 1


@pytest.mark.parametrize(
    "text",
    [
        # three sectors only, no taxes named: the structure may leave them out (below 100 quiet)
        "Cơ cấu kinh tế: khu vực dịch vụ chiếm 45,1%; khu vực công nghiệp và xây dựng chiếm "
        "35,2%; khu vực nông, lâm nghiệp và thủy sản chiếm 10,3% (Cơ cấu tương ứng của cùng kỳ "
        "năm 2020 là 44,0%; 36,0%; 10,5%).",
        # a list of another length than the sectors named: whose shares cannot be told
        TNCK.replace("; 9,66%)", ")").replace("42,82%", "50,82%"),
        # the bracket lists growth rates, not a structure
        BACNINH.replace("Cơ cấu tương ứng", "Tốc độ tăng tương ứng").replace("75,36%", "7,36%"),
        # real text the checker is right to stay quiet on: shares of one sector in two years
        "Khu vực dịch vụ của nước ta đang ngày càng chiếm tỉ trọng cao trong cơ cấu GDP, từ "
        "38,5% (năm 2002) tăng lên 43,4% (năm 2014).",
    ],
)
def test_corresponding_near_misses_stay_quiet(text: str) -> None:
    assert shares(text) == []


@given(st.lists(st.integers(1, 9_000), min_size=4, max_size=4), st.sampled_from(["; ", " - "]))
def test_corresponding_list_makes_the_whole(weights: list[int], join: str) -> None:
    """Four shares of GRDP at two decimals, made to sum to 100,00 % (the largest absorbs the
    remainder), are quiet; moved by a whole point one of them breaks the sum."""
    total = sum(weights)
    cent = Decimal("0.01")
    values = [(Decimal(w * 10_000 // total) / 100).quantize(cent) for w in weights]
    big = values.index(max(values))
    values[big] = (values[big] + Decimal(100) - sum(values)).quantize(cent)
    listed = join.join(f"{written(v)}%" for v in values)
    text = BACNINH.replace("75,36% - 17,36% - 3,29% - 3,99%", listed)
    assert shares(text) == []
    moved = [*values]
    moved[big] -= 1
    assert len(shares(text.replace(listed, join.join(f"{written(v)}%" for v in moved)))) == 1


# --- the grades of a party review: best to worst, one share each, make the whole -------------

# https://baodongthap.vn/chinh-tri/20-59-co-so-dang-dat-trong-sach-vung-manh-tieu-bieu-29592.aspx
DONGTHAP = (
    "Qua kết quả đánh giá năm 2012, tổ chức cơ sở đảng đạt trong sạch, vững mạnh chiếm 87,97% "
    "(trong đó, tổ chức cơ sở đảng đạt trong sạch vững mạnh tiêu biểu chiếm 20,59%); hoàn thành "
    "tốt nhiệm vụ chiếm 10,22%; hoàn thành nhiệm vụ chiếm 1,42%; yếu kém chiếm 0,39%. Chi bộ "
    "trực thuộc đảng ủy cơ sở đạt trong sạch, vững mạnh, chiếm 92,91% (trong đó, có 21,26% chi "
    "bộ trong sạch, vững mạnh tiêu biểu); hoàn thành tốt nhiệm vụ chiếm 6,70%; hoàn thành nhiệm "
    "vụ chiếm 0,35%; yếu kém chiếm 0,04%."
)
# https://baocantho.com.vn/nang-cao-nang-luc-lanh-dao-pham-chat-cua-nguoi-dung-dau-van-de-cap-bach-a19333.html
CANTHO = (
    "Năm 2016, Đảng bộ thành phố có 709 tổ chức cơ sở đảng (TCCSĐ). Qua đánh giá có 439 TCCSĐ "
    "đạt trong sạch vững mạnh (chiếm 62,62%), trong đó có 107 TCCSĐ đạt trong sạch vững mạnh "
    "tiêu biểu (chiếm 24,37%); có 30,96% TCCSĐ hoàn thành tốt nhiệm vụ; chỉ có 6,13% TCCSĐ hoàn "
    "thành nhiệm vụ và 0,29% TCCSĐ yếu kém."
)
# http://m.baohaiduong.vn/chinh-tri/912-so-to-chuc-co-so-dang-hoan-thanh-tot-nhiem-vu-129280
HAIDUONG = (
    "Toàn Đảng bộ tỉnh có 90,33% số đảng viên được đánh giá xếp loại hoàn thành tốt nhiệm vụ trở "
    "lên; 9,1% hoàn thành nhiệm vụ và 0,57% không hoàn thành nhiệm vụ."
)


@pytest.mark.parametrize(
    ("text", "share", "slip"),
    [
        (DONGTHAP, "87,97%", "57,97%"),
        (DONGTHAP, "0,04%", "0,09%"),
        (CANTHO, "30,96%", "30,92%"),
        (CANTHO, "62,62%", "72,62%"),
        (HAIDUONG, "9,1%", "7,1%"),
    ],
)
def test_party_grades_quiet_and_slip_found(text: str, share: str, slip: str) -> None:
    assert shares(text) == []
    assert len(shares(text.replace(share, slip, 1))) == 1


@pytest.mark.parametrize(
    "text",
    [
        # the best grades only: the rest is not named (sums below 100 are quiet)
        "tổ chức cơ sở đảng đạt trong sạch, vững mạnh chiếm 80,5%; hoàn thành tốt nhiệm vụ chiếm "
        "10,2%; hoàn thành nhiệm vụ chiếm 1,4%.",
        # shares of two bases in one item ("so với tổng số"): not one breakdown
        "Đảng viên hoàn thành xuất sắc nhiệm vụ chiếm 13% tổng số đảng viên được đánh giá và "
        "chiếm 16,19% so với tổng số đảng viên đủ tư cách, hoàn thành tốt nhiệm vụ; hoàn thành "
        "tốt nhiệm vụ chiếm 80,42%; hoàn thành nhiệm vụ chiếm 5,84%; không hoàn thành nhiệm vụ "
        "chiếm 0,73%.",
        # real text: thresholds of a rule, "“Hoàn thành nhiệm vụ” trở lên" (thuvienphapluat.vn,
        # Hướng dẫn 21-HD/BTCTW)
        "Đối với đảng bộ phải có 100% số tổ chức đảng trực thuộc được xếp loại chất lượng “Hoàn "
        "thành nhiệm vụ” trở lên, trong đó có từ 80% được xếp loại chất lượng “Hoàn thành tốt "
        "nhiệm vụ” trở lên.",
        # a grade "and above" that is not the second best: the ranks overlap, quiet
        "có 95% hoàn thành nhiệm vụ trở lên; 60% hoàn thành tốt nhiệm vụ; 10% hoàn thành xuất sắc; "
        "5% không hoàn thành nhiệm vụ.",
        # a grade's growth on last year is no share
        "trong sạch, vững mạnh chiếm 80%, tăng 5%; hoàn thành tốt nhiệm vụ 15%; hoàn thành nhiệm "
        "vụ 4%; yếu kém 2%.",
    ],
)
def test_party_grades_near_misses_stay_quiet(text: str) -> None:
    assert shares(text) == []


@given(st.lists(st.integers(1, 9_000), min_size=4, max_size=4), st.integers(1, 3))
def test_party_grades_make_the_whole(weights: list[int], decimals: int) -> None:
    """Four grades' shares rounded half up (at 1 to 3 decimals) are quiet whatever their
    rounding; one moved by a whole point is found."""
    total = sum(weights)
    unit = Decimal(1).scaleb(-decimals)
    values = [(Decimal(100 * w) / total).quantize(unit, rounding=ROUND_HALF_UP) for w in weights]
    names = ("trong sạch, vững mạnh", "hoàn thành tốt nhiệm vụ", "hoàn thành nhiệm vụ", "yếu kém")
    text = "; ".join(f"{n} chiếm {written(v)}%" for n, v in zip(names, values, strict=True))
    text = f"Qua đánh giá, tổ chức cơ sở đảng đạt {text}."
    assert shares(text) == []
    big = values.index(max(values))
    moved = text.replace(f"{written(values[big])}%", f"{written(values[big] - 1)}%", 1)
    assert len(shares(moved)) == 1


# --- "Trong tổng số N ... có a, chiếm x%; b, chiếm y%": the whole's items across semicolons ----

# http://baoquangnam.vn/xay-dung-dang/bac-tra-my-hoan-thanh-dai-hoi-dang-cap-co-so-89802.html
BACTRAMY = (
    "Trong đó, đối với 15 đảng bộ, tổng số nhân sự giới thiệu ứng cử là 191 đồng chí để bầu lấy "
    "163 đồng chí (với tỷ lệ số dư 17,17%). Trong tổng số 163 đồng chí trúng cử cấp ủy có 49 nữ, "
    "chiếm tỷ lệ 30,06%; người dân tộc thiểu số có 80 đồng chí, chiếm tỷ lệ 49,07%. Cấp ủy đương "
    "nhiệm tái cử là 116 đồng chí; tham gia lần đầu có 47 đồng chí."
)
# https://baolangson.vn/chinh-tri/21780-cac-dia-phuong-cong-bo-nhung-nguoi-trung-cu-dai-bieu-hdnd-tinh.html
DAKLAK = (
    "Kết quả bầu cử đại biểu HĐND tỉnh, trong tổng số 141 ứng cử viên đã có 85 người trúng cử, "
    "trong đó có 19 nữ, chiếm tỷ lệ 22,35%; dân tộc có 24 đại biểu, chiếm tỷ lệ 28,24%; tuổi trẻ "
    "có ba đại biểu, chiếm tỷ lệ 3,53%; ngoài Đảng có sáu đại biểu, chiếm tỷ lệ 7,06%; tái cử có "
    "32 đại biểu, chiếm tỷ lệ 37,65%; tôn giáo có năm đại biểu, chiếm tỷ lệ 5,88%."
)


def test_among_total_items_across_semicolons() -> None:
    # 80/163 = 49,08 %: the 49,07 % written is cut, not rounded (a real slip of the page)
    assert rates(BACTRAMY) == [("rate-rounding", "49,07%")]
    assert rates(BACTRAMY.replace("49,07%", "45,07%")) == [("rate-mismatch", "45,07%")]


def test_among_total_stays_quiet_past_an_inner_list() -> None:
    # "trong tổng số 141 ứng cử viên ... 85 người trúng cử, trong đó ...": the rates are of the
    # 85 elected (a list inside the clause), not of the 141 candidates
    assert rates(DAKLAK) == []
    assert rates(DAKLAK.replace("28,24%", "38,24%")) == [("rate-mismatch", "38,24%")]
    # a rate that holds against another count before it (24/141 = 17,02 %) may be its rate
    assert rates(DAKLAK.replace("28,24%", "17,02%")) == []


# --- "Tổng số <noun> ... là N; số <noun> ... là M, đạt z%": the part in the next clause -------

# https://baomoi.net.vn/xa-binh-minh-bau-du-30-dai-bieu-hdnd-cap-xa-nhiem-ky-2026-2031-c54735650.epi
BINHMINH = (
    "Theo Ủy ban Bầu cử xã Bình Minh, toàn xã có 10 đơn vị bầu cử, 46 khu vực bỏ phiếu. Tổng số "
    "cử tri trong danh sách là 53.989 cử tri; số cử tri tham gia bỏ phiếu là 53.371 cử tri, đạt "
    "tỷ lệ cử tri tham gia bỏ phiếu là 98,85%."
)
# https://thuathienhue.gov.vn/Thong-tin-bau-cu-quoc-hoi-khoa-XIII-va-bau-cu-hdnd-cac-cap-nhiem-ky-2011-2016/tid/Ket-qua-so-bo-cuoc-bau-cu-dai-bieu-Quoc-hoi-khoa-XIII-va-dai-bieu-HDND-cac-cap-nhiem-ky-2011-2016-tren-dia-ban-tinh/newsid/E11AF1D5-7AE0-410F-8F5E-F64B4548297C/cid/014E19FB-BA58-4082-B24F-98995DC68439
HUE = (
    "Về kết quả bầu cử ĐBQH, đã bầu đủ 7 đại biểu. Tổng số cử tri trong danh sách bầu cử đại biểu "
    "Quốc hội của tỉnh là 789.160 người (số cử tri nam: 383.630 người, số cử tri nữ: 405.530 "
    "người) trong đó, số cử tri trong danh sách đã tham gia bầu là 789.006 người, chiếm tỷ lệ "
    "99,99%."
)
# https://m.viettimes.vn/thu-tuong-nguyen-xuan-phuc-dac-cu-dai-bieu-quoc-hoi-khoa-xiv-voi-9948-so-phieu-post29574.html
VIETTIMES = (
    "Tổng số cử tri cả nước: 67.485.482 cử tri. Tổng số cử tri đã tham gia bỏ phiếu: 67.049.091 "
    "cử tri, đạt 99,35%."
)


def test_part_of_named_total_real_slips() -> None:
    # 53.371/53.989 = 98,855 %: cut, not rounded
    assert ("rate-rounding", "98,85%") in rates(BINHMINH)
    # 789.006/789.160 = 99,980 %, written 99,99 %
    assert rates(HUE) == [("rate-mismatch", "99,99%")]


@pytest.mark.parametrize(
    ("text", "rate", "slip"),
    [
        (VIETTIMES, "99,35%", "19,35%"),
        (HUE.replace("99,99%", "99,98%"), "99,98%", "89,98%"),
        (BINHMINH.replace("98,85%", "98,86%"), "98,86%", "91,86%"),
    ],
)
def test_part_of_named_total_quiet_and_slip_found(text: str, rate: str, slip: str) -> None:
    assert rates(text) == []
    assert rates(text.replace(rate, slip, 1)) == [("rate-mismatch", slip)]


@pytest.mark.parametrize(
    "text",
    [
        # the rate names another base after it
        "Tổng số hộ nghèo là 1.000 hộ; số hộ nghèo được vay vốn là 800 hộ, đạt 95% nhu cầu.",
        # another noun in the part's clause
        "Tổng số cử tri trong danh sách là 53.989 cử tri; số đại biểu được bầu là 30 người, đạt "
        "tỷ lệ 60%.",
        # a figure between the whole and the part's clause, outside any bracket
        "Tổng số cử tri là 53.989 cử tri, tăng 1.200 cử tri; số cử tri tham gia bỏ phiếu là "
        "53.371 cử tri, đạt 91,2%.",
        # a change, not a share
        "Tổng số hội viên là 5.000 người; số hội viên mới là 300 người, tăng 12%.",
        # real text the checker is right on: the rate of the whole comes first (baohaugiang.com.vn)
        "tỷ lệ cử tri đi bầu trong toàn tỉnh đạt 99,99%. Cụ thể, tổng số cử tri niêm yết là "
        "545.358 người; tổng số cử tri đi bầu theo danh sách niêm yết là 545.303, có 55 cử tri "
        "trong danh sách niêm yết không tham gia bầu cử.",
    ],
)
def test_part_of_named_total_near_misses_stay_quiet(text: str) -> None:
    assert rates(text) == []


@given(st.integers(min_value=10, max_value=10**8), st.data())
def test_part_of_named_total_is_judged(whole: int, data: st.DataObject) -> None:
    part = data.draw(st.integers(2, whole - 1))
    exact = percent(part, whole)
    text = (
        f"Tổng số cử tri trong danh sách là {grouped(whole)} cử tri; số cử tri tham gia bỏ phiếu "
        f"là {grouped(part)} cử tri, đạt {{}}%."
    )
    assert rates(text.format(written(exact))) == []
    wrong = exact + 5 if exact < 90 else exact - 5
    assert rates(text.format(written(wrong))) == [("rate-mismatch", f"{written(wrong)}%")]


# --- "N <noun>; trong đó, ... M <noun>, chiếm z%": a semicolon before the whole's "trong đó" ----

# https://baolamdong.vn/doi-song/202003/tren-7600-ho-so-bi-qua-han-trong-quy-i-2993657/
LAMDONG_TTHC = (
    "Thống kê của UBND tỉnh cho biết, trong quý I năm 2020 (tính từ 1/12/2019 đến 29/2/2020) toàn "
    "tỉnh đã tiếp nhận 659.245 hồ sơ, đã giải quyết 643.272 hồ sơ; trong đó, số hồ sơ giải quyết "
    "đúng và trước hạn có 635.593 hồ sơ, chiếm tỷ lệ 98,81%; số hồ sơ quá hạn có 7.677 hồ sơ, "
    "chiếm tỷ lệ 1,19%."
)
# https://baolamdong.vn/xahoi/201911/luong-ho-so-qua-han-cap-huyen-thanh-con-nhieu-2975513/
LAMDONG_2019 = (
    "Trong số hồ sơ trên, đã giải quyết 15.641 hồ sơ, trong đó giải quyết trước hạn có 13.529 hồ "
    "sơ, chiếm tỷ lệ 86,5%; giải quyết đúng hạn có 1.958 hồ sơ, chiếm tỷ lệ 12,5%; số hồ sơ quá "
    "hạn còn 154, chiếm tỷ lệ 1%."
)


@pytest.mark.parametrize(
    ("text", "rate", "slip"),
    [
        (LAMDONG_TTHC, "98,81%", "98,85%"),
        (LAMDONG_TTHC, "1,19%", "1,11%"),
        (LAMDONG_2019, "86,5%", "80,5%"),
        (LAMDONG_2019.replace(", trong đó giải", "; trong đó, giải"), "12,5%", "18,5%"),
    ],
)
def test_semicolon_then_parts_quiet_and_slip_found(text: str, rate: str, slip: str) -> None:
    assert rates(text) == []
    assert rates(text.replace(rate, slip, 1)) == [("rate-mismatch", slip)]


@pytest.mark.parametrize(
    "text",
    [
        # parts of another noun after the semicolon
        "đã giải quyết 643.272 hồ sơ; trong đó, có 635 cán bộ tham gia, chiếm 12%.",
        # a list inside the list: the parts of a part have another base
        "đã giải quyết 643.272 hồ sơ; trong đó 600.000 hồ sơ trực tuyến, chiếm 93,27%, trong số "
        "này 500.000 hồ sơ mức độ 4, chiếm 50%.",
    ],
)
def test_semicolon_then_parts_near_misses_stay_quiet(text: str) -> None:
    assert rates(text) == []


# --- civil judgments: "Y việc có điều kiện thi hành ..., đã giải quyết xong X việc, đạt z%" -----

# http://baonamdinh.vn/channel/5083/201801/bao-dam-chinh-xac-dung-phap-luat-trong-thi-hanh-an-dan-su-2522490/
NAMDINH = (
    "Trong năm 2017, ngành thi hành án dân sự tỉnh đã thụ lý 7.259 việc, tăng 435 việc (6,37%) so "
    "với cùng kỳ, trong đó 5.422 việc có điều kiện giải quyết, đã giải quyết xong 4.918 việc, đạt "
    "tỷ lệ 90,7%, vượt 17,7% so với chỉ tiêu Tổng cục Thi hành án dân sự giao. Tổng số tiền thụ lý "
    "là 470 tỷ 581 triệu 046 nghìn đồng, tăng 165 tỷ 603 triệu 599 nghìn đồng (54,3%) so với cùng "
    "kỳ, trong đó có 163 tỷ 702 triệu 787 nghìn đồng có điều kiện giải quyết, đã giải quyết xong "
    "102 tỷ 990 triệu 477 nghìn đồng, đạt tỷ lệ  62,91%, vượt 30,91% so với chỉ tiêu Tổng cục Thi "
    "hành án dân sự giao."
)
# http://baolamdong.vn/doi-song/202112/bao-loc-ty-le-thi-hanh-an-dan-su-dat-tren-83-3095444/
BAOLOC = (
    "Đối với án thu cho ngân sách Nhà nước trên địa bàn TP Bảo Lộc có 1.708 vụ việc, trong đó có "
    "1.191 vụ việc đủ điều kiện thi hành trong năm. Kết quả, cơ quan Thi hành án Dân sự Bảo Lộc đã "
    "giải quyết xong 1.054 vụ việc, đạt tỷ lệ 88,5%, tăng 5,5% so với năm 2020."
)


@pytest.mark.parametrize(
    ("text", "rate", "slip"),
    [
        (NAMDINH, "90,7%", "50,7%"),
        (NAMDINH, "62,91%", "69,91%"),
        (BAOLOC, "88,5%", "48,5%"),
    ],
)
def test_enforced_among_able_quiet_and_slip_found(text: str, rate: str, slip: str) -> None:
    assert rates(text) == []
    assert rates(text.replace(rate, slip, 1)) == [("rate-mismatch", slip)]


@pytest.mark.parametrize(
    "text",
    [
        # the rest, that cannot be enforced, is no base
        "có 3.000 việc chưa có điều kiện thi hành, đã giải quyết xong 2.000 việc, đạt tỷ lệ 50%.",
        # the rate of a plan
        "trong đó 5.422 việc có điều kiện giải quyết, đã giải quyết xong 4.918 việc, đạt 95% chỉ "
        "tiêu.",
        # another figure between the whole and the part
        "trong đó 5.422 việc có điều kiện giải quyết, tăng 300 việc, đã giải quyết xong 4.918 "
        "việc, đạt tỷ lệ 50%.",
        # real text, no base written: "đạt 41,8% trên số việc có điều kiện thi hành"
        # (https://vienkiemsatyenbai.gov.vn/?p=2522)
        "Trên địa bàn tỉnh Yên Bái, quý I năm 2014 cơ quan thi hành án dân sự hai cấp đã thi hành "
        "xong 663 việc, đạt 41,8% trên số việc có điều kiện thi hành.",
    ],
)
def test_enforced_among_able_near_misses_stay_quiet(text: str) -> None:
    assert rates(text) == []


@given(st.integers(min_value=10, max_value=10**7), st.data())
def test_enforced_among_able_is_judged(whole: int, data: st.DataObject) -> None:
    part = data.draw(st.integers(2, whole))
    exact = percent(part, whole)
    text = (
        f"trong đó {grouped(whole)} việc có điều kiện thi hành, đã thi hành xong {grouped(part)} "
        f"việc, đạt tỷ lệ {{}}%."
    )
    assert rates(text.format(written(exact))) == []
    wrong = exact + 5 if exact < 90 else exact - 5
    assert rates(text.format(written(wrong))) == [("rate-mismatch", f"{written(wrong)}%")]
