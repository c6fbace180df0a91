"""Round 15 (issue 9, helper rates11): rates whose base is named elsewhere, on general shapes.

* rule rate-bases: a bare *trong* ("trong 52 đại biểu trúng cử, có 15 đại biểu nữ, chiếm tỷ lệ
  28,85%") opens a whole for the shares after it, as *trong số* does; not for a rate written
  with *đạt* (a vote's rate, of all the deputies);
* rule rate-bases: the cases settled, of the cases received: "thụ lý N vụ, giải quyết M vụ,
  đạt z%" (courts, procuracies, complaint offices).

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


def _grouped(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _written(value: object) -> str:
    return f"{value:.2f}".replace(".", ",")


# --- a bare "trong" before the whole ----------------------------------------------------------

# http://cujut.daknong.gov.vn/dak-nong-bau-du-6-dai-bieu-quoc-hoi-khoa-xv-va-52-dai-bieu-hdnd-tinh-nhiem-ky-2021-2026/
_CUJUT = (
    "Về bầu cử đại biểu HĐND tỉnh, Đắk Nông bầu đủ 52 đại biểu HĐND tỉnh nhiệm kỳ 2021-2026. "
    "Trong đó có 25 người tái cử, còn lại là giới thiệu mới, không có người tự ứng cử. Về cơ "
    "cấu, trong 52 đại biểu trúng cử, có 15 đại biểu nữ, chiếm tỷ lệ {}%; 9 đại biểu là dân "
    "tộc thiểu số, chiếm tỷ lệ 17,31%; 10 đại biểu trẻ dưới 40 tuổi, chiếm 19,23%."
)


def test_bare_among_holds() -> None:
    assert rates(_CUJUT.format("28,85")) == []


def test_bare_among_slip() -> None:
    assert rates(_CUJUT.format("24,85")) == [("rate-mismatch", "15/52 = 28,85%")]


# https://vietbao.vn/ha-noi-dau-tu-hon-1-800-ty-dong-khoi-thong-un-tac-301423.html
_VIETBAO = (
    "Theo đó, trong 91 đại biểu tham gia biểu quyết thì có 90 đại biểu tán thành, một đại "
    "biểu để phiếu trắng, đạt tỷ lệ 94,74%."
)


def test_bare_among_vote_rate_stays_quiet() -> None:
    # 94,74% is 90 of the 95 deputies, not of the 91 who voted: "đạt" after a bare "trong"
    # names no share of the 91.
    assert rates(_VIETBAO) == []


def test_bare_among_time_is_no_whole() -> None:
    # "trong 6 tháng" is a period, not a whole of the persons counted after it.
    text = "Trong 6 tháng, có 15 đại biểu nữ, chiếm tỷ lệ 24,85%."
    assert rates(text) == []


# --- the cases settled, of the cases received ------------------------------------------------

# https://www.vietnamplus.vn/nganh-toa-an-tiep-tuc-doi-moi-de-dap-ung-yeu-cau-cai-cach-tu-phap-post1081935.vnp
_VIETNAMPLUS = (
    "Theo báo cáo, năm 2025 các tòa án đã thụ lý 683.341 vụ việc, giải quyết 618.341 vụ, đạt "
    "{}%, tăng 0,77% so với năm trước; tỷ lệ bản án, quyết định bị hủy, sửa do nguyên nhân chủ "
    "quan chỉ còn 0,69%, thấp hơn năm trước 0,08%, đáp ứng yêu cầu Quốc hội không vượt quá 1,5%."
)


def test_settled_holds() -> None:
    assert rates(_VIETNAMPLUS.format("90,49")) == []


def test_settled_slip() -> None:
    found = rates(_VIETNAMPLUS.format("90,19"))
    assert found == [("rate-mismatch", "618.341/683.341 = 90,49%")]


# https://vietnamnet.vn/chanh-an-le-minh-tri-ca-nhiem-ky-chua-phat-hien-truong-hop-ket-an-oan-2454562.html
_CHANH_AN = (
    "Đối với án hình sự, toàn hệ thống đã thụ lý 461.603 vụ với 872.582 bị cáo, giải quyết "
    "460.299 vụ, đạt tỷ lệ {}%. Riêng năm 2025, có 95.234 vụ với 192.109 bị cáo được thụ lý, "
    "giải quyết đạt tỷ lệ cao hơn năm trước."
)


def test_settled_with_persons_between() -> None:
    assert rates(_CHANH_AN.format("99,72")) == []
    assert rates(_CHANH_AN.format("99,22")) == [("rate-mismatch", "460.299/461.603 = 99,72%")]


# https://baoquangbinh.vn/phap-luat/201407/nganh-toa-an-giai-quyet-xet-xu-829-vu-an-cac-loai-2116795/
_QUANGBINH = (
    "Trong đó, TAND  tỉnh đã thụ lý 165 vụ và  đã giải quyết, xét xử 112 vụ, đạt tỷ lệ {}%; "
    "TAND  cấp huyện đã thụ lý 985 vụ và  đã giải quyết, xét xử 717 vụ, đạt tỷ lệ 72,8%."
)


def test_settled_and_tried() -> None:
    assert rates(_QUANGBINH.format("67,9")) == []
    assert rates(_QUANGBINH.format("62,9")) == [("rate-mismatch", "112/165 = 67,9%")]


# https://baoquangnam.vn/chinh-tri/vien-kiem-sat-nhan-dan-huyen-bac-tra-my-dan-dau-thi-dua-khoi-mien-nui-154888.html
_BAC_TRA_MY = (
    "VKSND huyện Bắc Trà My đã thực hành quyền công tố và kiểm sát việc giải quyết 63 nguồn "
    "tin về tội phạm, thụ lý mới 58 tin (tăng 9 tin). Qua phân loại đã thống nhất với cơ quan "
    "điều tra xử lý, giải quyết 58 tin báo (đạt 92,06%)."
)


def test_new_cases_only_stay_quiet() -> None:
    # 92,06% is 58 of the 63 reports (those carried over with the new ones), not of the 58
    # new ones: "thụ lý mới" is no base.
    assert rates(_BAC_TRA_MY) == []
    assert rates(_BAC_TRA_MY.replace("92,06", "95,06")) == []


# https://kontumtv.vn/video-clip/thoi-su/gan-80-so-vu-duoc-toa-an-tinh-kon-tum-giai-quyet
_KONTUM = (
    "Trong 8 tháng đầu năm 2018, Tòa án hai cấp tỉnh Kon Tum đã thụ lý gần 1.800 vụ việc, đã "
    "giải quyết gần 1.400 vụ việc, đạt tỉ lệ gần 80%."
)


def test_approximate_counts_stay_quiet() -> None:
    assert rates(_KONTUM) == []
    assert rates(_KONTUM.replace("gần 80%", "70%")) == []


# https://123docz.net/trich-doan/2708114-tinh-hinh-thong-ke-ve-cac-vu-an-trong-toa-an-nhan-dan.htm
_NHIEM_KY = (
    "Trong nhiệm kỳ, các Tòa án đã thụ lý 386.165 vụ với 650.546 bị cáo; đã giải quyết, xét "
    "xử được 384.209 vụ với 641.616 bị cáo, đạt tỷ lệ 99,5% về số vụ và 98,6% về số bị cáo, "
    "vượt chỉ tiêu Nghị quyết của Quốc hội đề ra."
)


def test_rate_of_another_base_stays_quiet() -> None:
    # "về số vụ", "về số bị cáo": the words after the rate name its base.
    assert rates(_NHIEM_KY.replace("99,5%", "93,5%")) == []


def test_a_figure_between_stays_quiet() -> None:
    # https://baoquangnam.vn/xa-hoi/tand-huyen-dai-loc-thu-ly-429-vu-an-ly-hon-va-gia-dinh-trong-nam-2023-153314.html
    # 118/173 is 68,2%: another count between the cases received and those settled may be
    # the base the report used; the rule stays quiet.
    text = (
        "Án tranh chấp dân sự tòa thụ lý là 173 vụ, việc, tăng 67 vụ, việc so với cùng kỳ đã "
        "giải quyết và xét xử 118 vụ, đạt tỷ lệ 69%."
    )
    assert rates(text) == []


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=20, max_value=900_000), st.data())
def test_settled_property(whole: int, data: st.DataObject) -> None:
    """Any cases received and fewer settled, the rate written to two decimals: quiet when it
    is the share settled, reported when it is one point off."""
    part = data.draw(st.integers(min_value=1, max_value=whole - 1))
    exact = Rate(part, whole).percent(2)
    text = (
        f"Tòa án nhân dân hai cấp đã thụ lý {_grouped(whole)} vụ án các loại, đã giải quyết "
        f"{_grouped(part)} vụ, đạt tỷ lệ {{}}%."
    )
    assert rates(text.format(_written(exact))) == []
    off = exact + 1 if exact < 99 else exact - 1
    assert [code for code, _ in rates(text.format(_written(off)))] == ["rate-mismatch"]
