"""Round 25 (helper fix25a): totals whose parts, in the total's sentence, use up one dimension.

Four dimensions of ``breakdown_kinds.toml`` whose values together are the whole of a total
(read by :func:`hoiquanchung.checker._totals._noun_dimension`, rule 2):

* forest by origin (*rừng tự nhiên*, *rừng trồng*; Luật Lâm nghiệp 2017, Điều 5), not under
  land (*đất lâm nghiệp*, *quy hoạch*: ``partial_after``);
* forest by purpose (*đặc dụng*, *phòng hộ*, *sản xuất*), whole only when all three are named;
* conscripts by service (*nghĩa vụ quân sự* / *quân đội*, *nghĩa vụ công an* / *công an*), for
  recruits, orders and quotas only (*người* may be any force at work);
* call-up orders by kind (*chính thức*, *dự phòng*).

Each is tested on real paragraphs (read by id, the page's address in a comment), on minimal
sentences, and on the near misses where the checker must stay quiet.
"""

from __future__ import annotations

from _checker_helpers import corpus

from hoiquanchung.checker import check_text
from hoiquanchung.findings import Severity


def _totals(text: str) -> list[tuple[str, str]]:
    """The alarms of totals (a partial list below its total is information, no alarm)."""
    return [
        (f.stated or "", f.computed or "")
        for f in check_text(text)
        if f.code in ("total-mismatch", "parts-exceed-total") and f.severity >= Severity.WARNING
    ]


# https://thiennhien.net/2022/08/12/rung-viet-nam-da-thay-doi-nhu-the-nao-sau-10-nam
THIEN_NHIEN = "f25a-thiennhien-rung-2021"
# https://www.hoabinh.gov.vn/tin-chi-tiet/-/bai-viet/mai-chau-bao-ve-va-phat-trien-rung-ben-vung-50910-1218.html
MAI_CHAU = "f25a-hoabinh-mai-chau-rung"
# https://plo.vn (Hội đồng Nghĩa vụ quân sự TP.HCM, 2022), pending corpus p45_hunt84
PLO_CALL_UP = "h84-plo-tphcm-nhap-ngu-2022"


def test_real_paragraphs_hold() -> None:
    for pid in (THIEN_NHIEN, MAI_CHAU, PLO_CALL_UP):
        assert _totals(corpus(pid)) == [], pid


def test_forest_by_origin_below_its_total_is_found() -> None:
    # Natural and planted forest are the whole of a forest area: a sum below it is wrong.
    text = corpus(THIEN_NHIEN, "4.573.444", "4.573.044")
    assert _totals(text) == [("14.745.201 ha", "14.744.801 ha")]


def test_forest_by_purpose_below_its_total_is_found() -> None:
    text = corpus(MAI_CHAU, "17.305,35", "17.305,05")
    assert [s for s, _ in _totals(text)] == ["43.816,22 ha"]


def test_call_up_orders_in_cong_dan_are_not_read_yet() -> None:
    # "3.800 công dân": the number grammar reads the unit "công" (a workday), so the parts
    # count no person and the list is left (a miss; the lead is asked to read "công dân").
    assert _totals(corpus(PLO_CALL_UP, "3.800", "3.803")) == []


def test_minimal_sentences() -> None:
    found = "Diện tích rừng 12.500 ha, trong đó rừng tự nhiên 8.000 ha, rừng trồng 4.000 ha."
    assert [s for s, _ in _totals(found)] == ["12.500 ha"]
    orders = "Có 3.984 người, trong đó chính thức 3.803 người, dự phòng 184 người."
    assert [s for s, _ in _totals(orders)] == ["3.984 người"]
    recruits = "Giao 500 tân binh, trong đó quân đội 450 tân binh, công an 40 tân binh."
    assert [s for s, _ in _totals(recruits)] == ["500 tân binh"]


def test_near_misses_stay_quiet() -> None:
    # Land holds more than its forest: natural and planted forest are some of it only.
    assert (
        _totals("Đất lâm nghiệp 12.500 ha, trong đó rừng tự nhiên 8.000 ha, rừng trồng 4.000 ha.")
        == []
    )
    assert (
        _totals("Quy hoạch 12.500 ha, trong đó rừng tự nhiên 8.000 ha, rừng trồng 4.000 ha.") == []
    )
    # Two of the three purposes only: some kinds, below the total says nothing.
    assert (
        _totals("Có 12.500 ha rừng, trong đó rừng phòng hộ 8.000 ha, rừng sản xuất 4.000 ha.") == []
    )
    # "người" at work: soldiers and police need not be the whole force.
    assert _totals("Huy động 500 người, trong đó quân đội 300 người, công an 100 người.") == []
    # Approximate parts under an approximate total (baothainguyen.vn, Định Hóa, 2023).
    assert _totals(corpus("f25a-baothainguyen-dinh-hoa-rung")) == []


def test_age_ranges_that_tile_are_the_whole() -> None:
    # "trên 50 tuổi" after "từ 41 đến 50 tuổi": the ranges meet, the list is the whole
    # (the shape of binhphuoc.gov.vn, 2015, pending corpus h81-binhphuoc-dai-hoi-dang-bo-tinh-2015).
    text = (
        "Có 350 đại biểu, trong đó 3 đại biểu dưới 30 tuổi, 59 đại biểu từ 30 đến 40 tuổi, "
        "109 đại biểu từ 41 đến 50 tuổi, 169 đại biểu trên 50 tuổi."
    )
    assert [s for s, _ in _totals(text)] == ["350 đại biểu"]
    assert _totals(text.replace("169", "179")) == []


def test_disjoint_ranges_above_their_total_are_found() -> None:
    text = "Có 100 đảng viên, trong đó 50 đảng viên dưới 30 tuổi, 60 đảng viên trên 60 tuổi."
    assert [s for s, _ in _totals(text)] == ["100 đảng viên"]
    # Below: some ranges only (30 to 60 left out), nothing to say.
    assert _totals(text.replace("60 đảng viên", "40 đảng viên")) == []


def test_ranges_near_misses_stay_quiet() -> None:
    # Cumulative bounds overlap ("trên 30 năm" holds "trên 40 năm").
    assert (
        _totals("Có 100 đảng viên, trong đó 50 đảng viên trên 30 năm, 60 đảng viên trên 40 năm.")
        == []
    )
    # Two measures (age, years of work): the frames differ.
    text = "Có 100 đại biểu, trong đó 50 đại biểu dưới 30 tuổi, 60 đại biểu trên 35 năm công tác."
    assert _totals(text) == []


# http://khoicqdn.baria-vungtau.gov.vn/chao-mung-ky-niem-ngay-thanh-lap-dang-bo-khoi-co-quan-va-doanh-nghiep-tinh.html
BARIA = "h72-baria-vungtau-dang-bo-khoi-co-quan-doanh-nghiep-2023"
# http://baolamdong.vn/chinhtri/202004/da-huoai-thuc-hien-tot-cong-tac-xay-dung-dang-2999811/
DA_HUOAI = "h81-baolamdong-da-huoai-xay-dung-dang-2020"


def test_party_bases_truc_thuoc_and_voi() -> None:
    # "129 tổ chức cơ sở đảng trực thuộc, trong đó có 59 đảng bộ và 70 chi bộ cơ sở, với 374
    # chi bộ trực thuộc ...": "trực thuộc" after the total, "với" ends the list.
    assert _totals(corpus(BARIA)) == []
    assert [s for s, _ in _totals(corpus(BARIA, "59", "56"))] == ["129 tổ chức"]


def test_party_bases_abbreviated_tccs_dang() -> None:
    assert _totals(corpus(DA_HUOAI)) == []
    assert [s for s, _ in _totals(corpus(DA_HUOAI, "24", "20"))] == ["36 TCCS đảng"]
    # "với" inside a label that is no list's end: a bracket of the part stays the part's.
    text = (
        "Có 5 tổ chức cơ sở đảng, gồm 2 đảng bộ cơ sở (với 30 chi bộ trực thuộc) và 3 chi bộ cơ sở."
    )
    assert _totals(text) == []
