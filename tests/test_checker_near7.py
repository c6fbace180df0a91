"""Totals with their parts, round 12 (near7): readings of rules 2 and changes on real text.

1. A total that names its kinds right before its list, each part one of those kinds, each
   once: "330 người chết, mất tích (292 người chết, 38 người mất tích)" (the kinds are the whole).
2. A trait and its negation whose items go on with a change or a share of their own: "Số có
   điều kiện thi hành là 579.413 việc, tăng 7.240 việc (...); Số chưa có điều kiện thi hành là
   148.814 việc, chiếm 20,44% ..." (the pair is the whole).
3. Cases by where they come from, the dimension "carry" of ``breakdown_kinds.toml``: carried
   over (*số cũ chuyển sang*, *tồn đầu kỳ*) and new (*thụ lý mới*) are the cases accepted.
4. Rule changes: a shortfall after a fraction ("bầu được 372/375 đại biểu ..., thiếu 3 đại
   biểu"), a from-to *xuống còn* with bare counts or a noun that goes on.
5. The votes of the Quốc hội, the dimension "vote" (tán thành, không tán thành, không biểu quyết).
6. Files by their time limit, the dimension "timeliness" (đúng và trước hạn, quá hạn).

Real paragraphs from the corpus, read by id wherever they stand (tests/corpus/pending/ or
tests/corpus/p30_near7_entered.toml): soha-yagi-330
(https://soha.vn/tim-thay-54-thi-the-trong-mot-huyen-con-2-nan-nhan-trong-xe-bi-cuon-troi-van-chua-tim-thay-198240916102259887.htm),
kenh14-yagi-327, vietnamplus-yagi-336, dantri-quandoi-44850, thads-9t-2017, thads-9t-2017-b
(http://thads.moj.gov.vn/noidung/tintuc/Lists/ChiDaoDieuHanh/View_Detail.aspx?ItemID=3689),
thads-7t-2017 (http://thads.moj.gov.vn/noidung/tintuc/Lists/ChiDaoDieuHanh/View_Detail.aspx?ItemID=3683),
quangngai-thads-2020
(https://thads.moj.gov.vn/quangngai/noidung/tintuc/Lists/HoatDongCuaCuc/View_Detail.aspx?ItemID=70);
public pages no corpus file holds, quoted verbatim with their address; near misses that must stay
quiet, and hypothesis properties.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).parent / "corpus"))

from _checker_helpers import paragraph

from hoiquanchung.checker import check_text
from hoiquanchung.checker._changes import check_changes
from hoiquanchung.checker._context import ParagraphContext
from hoiquanchung.checker._text import Splitter
from hoiquanchung.findings import Severity


def stated(text: str) -> list[str | None]:
    """The stated totals of the ``total-mismatch`` alarms on *text* (the whole checker: a
    bulleted paragraph is read as the engine reads it)."""
    return [
        f.stated
        for f in check_text(text)
        if f.code == "total-mismatch" and f.severity >= Severity.WARNING
    ]


# ---- 1. a total that names its kinds: "330 người chết, mất tích (292 người chết, ...)"

NAMED = ["soha-yagi-330", "kenh14-yagi-327", "vietnamplus-yagi-336", "dantri-quandoi-44850"]

# https://nld.com.vn/no-luc-tim-kiem-som-dung-lang-tai-dinh-cu-196240914214737149.htm (2024)
NLD_YAGI = (
    "Theo báo cáo từ Cục Quản lý đê điều và Phòng chống thiên tai - Bộ Nông nghiệp và Phát triển "
    "nông thôn, tính đến 17 giờ ngày 14-9 đã có 352 người chết và mất tích (276 người chết, 76 "
    "người mất tích) do bão số 3, mưa lũ gây ra. Trong đó, Lào Cai 172 người (113 người chết, 59 "
    "người mất tích); Cao Bằng 58 người (53 người chết, 5 người mất tích); Yên Bái 54 người (53 "
    "người chết, 1 người mất tích); Quảng Ninh 25 người chết; Hòa Bình 7 người chết; Tuyên Quang 5 "
    "người chết; Phú Thọ 11 người (1 người chết do sạt lở đất, 1 người chết do lũ, 8 người mất "
    "tích tại sự cố sập cầu Phong Châu, 1 người mất tích do lũ)..."
)
# https://thanhnien.vn/hau-qua-tham-khoc-sau-bao-yagi-200-nguoi-chet-va-mat-tich-185240911083100514.htm
THANHNIEN_YAGI = (
    "Theo báo cáo của các địa phương, tính đến 5 giờ ngày 11.9.2024, bão số 3 và mưa lũ, sạt lở "
    "đất, lũ quét đã làm 200 người chết, mất tích (gồm 141 người chết, 59 người mất tích)."
)
# https://ngaynay.vn/da-ghi-nhan-296-nguoi-chet-mat-tich-do-bao-so-3-va-mua-lu-post150851.html
NGAYNAY_YAGI = (
    "Cụ thể, Lào Cai: 155 người (53 người chết, 102 người mất tích), gồm: Bảo Yên 109, Sa Pa 8, "
    "Bát Xát 13, Si Ma Cai 7, Bắc Hà 15, Văn Bàn 2. Cao Bằng: 52 người tại huyện Nguyên Bình (29 "
    "người chết, 23 người mất tích)."
)
# https://tienphong.vn/thai-nguyen-chim-trong-bien-nuoc-rieng-mot-huyen-o-cao-bang-co-37-nguoi-chet-va-mat-tich-post1671390.tpo
TIENPHONG_YAGI = (
    "Cao Bằng có 21 người (8 người chết, 13 người mất tích), trong đó chưa tính 16 người trên 1 "
    "xe khách bị cuốn trôi (trên xe có khoảng 20 người, đã tìm thấy 4 người chết)."
)


@pytest.mark.parametrize("pid", NAMED, ids=str)
def test_real_named_kinds_are_quiet(pid: str) -> None:
    assert stated(paragraph(pid)) == []


@pytest.mark.parametrize(
    ("pid", "old", "new", "total"),
    [
        ("soha-yagi-330", "khiến 330 người", "khiến 730 người", "730 người"),
        ("soha-yagi-330", "(292 người chết", "(291 người chết", "330 người"),
        ("soha-yagi-330", "chết, 38 người mất tích)", "chết, 31 người mất tích)", "330 người"),
        ("kenh14-yagi-327", "(43 người chết, 52", "(83 người chết, 52", "95 người"),
        ("vietnamplus-yagi-336", "(233 người chết", "(238 người chết", "336 người"),
        ("dantri-quandoi-44850", "91 người chết, 11", "91 người chết, 14", "102 người"),
    ],
)
def test_mutated_named_kinds_are_found(pid: str, old: str, new: str, total: str) -> None:
    assert total in stated(paragraph(pid, old, new))


@pytest.mark.parametrize("text", [NLD_YAGI, THANHNIEN_YAGI], ids=["nld", "thanhnien"])
def test_unseen_named_kinds_are_quiet(text: str) -> None:
    assert stated(text) == []


@pytest.mark.parametrize(
    ("text", "old", "new", "total"),
    [
        (NLD_YAGI, "(276 người chết", "(286 người chết", "352 người"),
        (NLD_YAGI, "352 người chết và", "322 người chết và", "322 người"),
        (THANHNIEN_YAGI, "59 người mất tích", "69 người mất tích", "200 người"),
    ],
)
def test_unseen_mutated_named_kinds_are_found(text: str, old: str, new: str, total: str) -> None:
    assert text.count(old) == 1
    assert total in stated(text.replace(old, new))


@pytest.mark.parametrize(
    "text",
    [
        # the total names no kinds (the injured may be in it): real, mutated so the parts exceed
        NGAYNAY_YAGI.replace("(53 người chết", "(54 người chết"),
        TIENPHONG_YAGI.replace("(8 người chết", "(9 người chết"),
        # a place between the kinds and the list: the kinds do not lead the list
        NGAYNAY_YAGI.replace("(29 người", "(30 người"),
        # a part's label says more than its kind ("chết tại chỗ")
        "Vụ tai nạn khiến 5 người chết, bị thương (3 người chết tại chỗ, 3 người bị thương).",
        # a kind the total does not name
        "Mưa lũ làm 12 người chết, mất tích (8 người chết, 5 người bị thương).",
        # one kind twice
        "Mưa lũ làm 12 người chết, mất tích (8 người chết, 5 người chết).",
        # traits of two dimensions (sex, ethnicity) may overlap
        "Hội có 50 hội viên nữ, dân tộc thiểu số (30 hội viên nữ, 25 hội viên dân tộc thiểu số).",
    ],
)
def test_named_kinds_near_misses_stay_quiet(text: str) -> None:
    # Round 23 (slips23t): the Lào Cai line's districts ("gồm: Bảo Yên 109, Sa Pa 8, ...")
    # make 154, not 155: a real slip of the page (ngaynay-bao3-296nguoi-2024), now found by the
    # places listed after a total; the kinds stay unread as before.
    real = ["155 người"] if "Bảo Yên 109" in text else []
    assert stated(text) == real


KINDS = st.sampled_from([("chết", "mất tích"), ("chết", "bị thương"), ("mất tích", "bị thương")])


@given(
    kinds=KINDS,
    a=st.integers(1, 5000),
    b=st.integers(1, 5000),
    delta=st.integers(-50, 50),
    bracket=st.booleans(),
)
def test_named_total_flagged_iff_the_kinds_do_not_add_up(
    kinds: tuple[str, str], a: int, b: int, delta: int, bracket: bool
) -> None:
    first, second = kinds
    noun = "người"
    total = a + b + delta
    if total < 1:
        return
    opening, closing = ("(", ")") if bracket else (", trong đó ", "")
    text = (
        f"Năm qua có {total} {noun} {first}, {second}{opening}{a} {noun} {first}, "
        f"{b} {noun} {second}{closing}."
    )
    found = f"{total} {noun}" in stated(text)
    assert found == (delta != 0), text


# ---- 2. a trait and its negation, each item going on with a change or a share


@pytest.mark.parametrize("pid", ["thads-9t-2017", "thads-7t-2017"], ids=str)
def test_real_negation_pairs_with_tails_are_quiet(pid: str) -> None:
    assert stated(paragraph(pid)) == []


@pytest.mark.parametrize(
    ("pid", "old", "new", "total"),
    [
        ("thads-9t-2017", "là 579.413 việc", "là 579.410 việc", "728.227 việc"),
        ("thads-9t-2017", "là 148.814 việc", "là 149.814 việc", "728.227 việc"),
        ("thads-9t-2017", "là 728.227 việc", "là 728.257 việc", "728.257 việc"),
        ("thads-7t-2017", "là 482.175 việc", "là 482.075 việc", "625.425 việc"),
        ("thads-7t-2017", "là 143.250 việc", "là 543.250 việc", "625.425 việc"),
    ],
)
def test_mutated_negation_pairs_are_found(pid: str, old: str, new: str, total: str) -> None:
    assert total in stated(paragraph(pid, old, new))


@pytest.mark.parametrize(
    "text",
    [
        # the tail names a place, not a change: the items are not the trait alone
        "Tổng số 700 việc, trong đó: Số có điều kiện là 500 việc, tại huyện A; Số chưa có điều "
        "kiện là 250 việc.",
        # two traits that are not one and its negation (đã có / chưa có is not "chưa" + trait)
        "Tổng số 700 hộ, trong đó 500 hộ đã có việc làm, tăng 5 hộ; 250 hộ chưa có việc làm.",
    ],
)
def test_negation_near_misses_stay_quiet(text: str) -> None:
    assert stated(text) == []


# ---- 3. cases carried over and new: the dimension "carry"


CARRY = ["thads-9t-2017-b", "quangngai-thads-2020", "ninhthuan-khieunai-2020-1536"]


@pytest.mark.parametrize("pid", CARRY, ids=str)
def test_real_carry_lists_are_quiet(pid: str) -> None:
    assert stated(paragraph(pid)) == []


@pytest.mark.parametrize(
    ("pid", "old", "new", "total"),
    [
        ("thads-9t-2017-b", "là 736.747 việc", "là 766.747 việc", "766.747 việc"),
        ("thads-9t-2017-b", "là 290.524 việc", "là 260.524 việc", "736.747 việc"),
        ("thads-9t-2017-b", "là 446.223 việc", "là 446.228 việc", "736.747 việc"),
        ("quangngai-thads-2020", "quyết 8.169 việc", "quyết 8.269 việc", "8.269 việc"),
        ("quangngai-thads-2020", "sang  2.548 việc", "sang  2.578 việc", "8.169 việc"),
        ("quangngai-thads-2020", "mới 5.621 việc", "mới 5.601 việc", "8.169 việc"),
        # http://www.ninhthuan.gov.vn/chinhquyen/thanhtratinh/Pages/Ket-qua-cong-tac-giai-quyet-khieu-nai,-to-cao-6-thang-dau-nam-2020.aspx
        ("ninhthuan-khieunai-2020-1536", "đầu kỳ 40 đơn", "đầu kỳ 45 đơn", "1.536 đơn"),
        ("ninhthuan-khieunai-2020-1536", "mới 1.496 đơn", "mới 1.486 đơn", "1.536 đơn"),
    ],
)
def test_mutated_carry_lists_are_found(pid: str, old: str, new: str, total: str) -> None:
    assert total in stated(paragraph(pid, old, new))


@pytest.mark.parametrize(
    "text",
    [
        # "chuyển sang" alone: a case passed to another body, not one carried over
        "Đã tiếp nhận 500 đơn, trong đó thụ lý mới 300 đơn, chuyển sang cơ quan có thẩm quyền 150 "
        "đơn.",
        # the year before named by its number: no value of the dimension (left unread)
        paragraph("thads-6t-2019-79177", "chuyển sang 39 bản án", "chuyển sang 36 bản án"),
        # carried over and new, but of persons: no case noun
        "Tổng số 800 hội viên, trong đó số cũ chuyển sang 500 hội viên, thụ lý mới 200 hội viên.",
    ],
)
def test_carry_near_misses_stay_quiet(text: str) -> None:
    assert stated(text) == []


@given(old=st.integers(0, 900_000), new=st.integers(0, 900_000), delta=st.integers(-99, 99))
def test_carry_flagged_iff_old_and_new_do_not_make_the_total(
    old: int, new: int, delta: int
) -> None:
    total = old + new + delta
    if total < 1:
        return

    def grouped(n: int) -> str:
        return f"{n:,}".replace(",", ".")

    text = (
        f"Tổng số thụ lý là {grouped(total)} việc, trong đó: Số cũ chuyển sang là {grouped(old)} "
        f"việc; Số thụ lý mới là {grouped(new)} việc."
    )
    found = f"{grouped(total)} việc" in stated(text)
    assert found == (delta != 0), text


# ---- 4. rule changes: a shortfall after a fraction, a from-to whose counts are bare or whose
# noun goes on ("giảm được 08 huyện (từ 713 xuống còn 705)")


def changes(text: str) -> list[str | None]:
    """The stated figures of the alarms of rule changes alone on *text*."""
    return [
        f.stated
        for para in Splitter().feed(text)
        for f in check_changes(ParagraphContext.of(para))
        if f.severity >= Severity.WARNING
    ]


SHORT = ["binhthuan-bauthieu-2016-372", "binhdinh-baucu-2016-4193"]
FROM_TO = ["nghean24h-412-460", "wiki-sapxep-2019-2021-713huyen"]


@pytest.mark.parametrize("pid", SHORT + FROM_TO, ids=str)
def test_real_shortfalls_and_from_tos_are_quiet(pid: str) -> None:
    assert changes(paragraph(pid)) == []


@pytest.mark.parametrize(
    ("pid", "old", "new", "figure"),
    [
        ("binhthuan-bauthieu-2016-372", "372/375", "372/378", "378 đại biểu"),
        ("binhthuan-bauthieu-2016-372", "thiếu 3 đại", "thiếu 8 đại", "375 đại biểu"),
        ("binhthuan-bauthieu-2016-372", "3.555/3.597", "8.555/3.597", "3.597 đại biểu"),
        ("binhdinh-baucu-2016-4193", "thiếu 87 đại", "thiếu 37 đại", "4.280 đại biểu"),
        ("nghean24h-412-460", "còn 412 đơn", "còn 418 đơn", "418 đơn vị"),
        ("nghean24h-412-460", "giảm 48 đơn", "giảm 42 đơn", "412 đơn vị"),
        ("wiki-sapxep-2019-2021-713huyen", "(từ 713 xuống", "(từ 793 xuống", "705"),
        ("wiki-sapxep-2019-2021-713huyen", "xuống còn 705)", "xuống còn 708)", "708"),
    ],
)
def test_mutated_shortfalls_and_from_tos_are_found(
    pid: str, old: str, new: str, figure: str
) -> None:
    assert figure in changes(paragraph(pid, old, new))


@pytest.mark.parametrize(
    "text",
    [
        # a change of a subgroup beside the from-to of the whole
        "Năm 2024, hội tăng 5 hội viên nữ, từ 100 hội viên lên 110 hội viên.",
        # two changes of the noun in the sentence: which one is the from-to's?
        "Huyện giảm 8 xã, giảm 3 xã so với năm 2016 (từ 40 xuống còn 30).",
        # a change and a from-to of rates: no count
        "Tỷ lệ hộ nghèo giảm 1,5%, từ 11,25% xuống còn 2,89%.",
        # a from-to without its change (corpus p29, "giảm từ 103 xuống còn 96 đơn vị")
        "Tỉnh chính thức giảm từ 103 xuống còn 96 đơn vị hành chính cấp xã, gồm 71 xã, 25 phường.",
        # a shortfall of another noun after the fraction
        "Đã bầu được 31/33 ủy viên, thiếu 3 người.",
        # "thiếu" not opening its clause: the lack of a part, not of the whole
        "Có 45/50 xã đạt chuẩn, trong đó xã A thiếu 2 xã.",
    ],
)
def test_changes_near_misses_stay_quiet(text: str) -> None:
    assert changes(text) == []


@given(a=st.integers(10, 20_000), c=st.integers(1, 9), b=st.integers(1, 20_000))
def test_bare_from_to_flagged_iff_the_change_does_not_hold(a: int, c: int, b: int) -> None:
    if b > a:
        return
    text = f"Sau sắp xếp, tỉnh đã giảm được {c:02d} huyện (từ {a} xuống còn {b})."
    found = bool(changes(text))
    assert found == (a - c != b), text


@given(x=st.integers(1, 900), short=st.integers(0, 99), slip=st.integers(-5, 5))
def test_shortfall_flagged_iff_elected_and_short_do_not_make_the_seats(
    x: int, short: int, slip: int
) -> None:
    n = x + short + slip
    if n < x or n < 1 or short > n:
        return  # a shortfall larger than the whole is no complement (left unread)
    text = f"Đã bầu được {x}/{n} đại biểu được ấn định, còn thiếu {short} đại biểu."
    found = f"{n} đại biểu" in changes(text)
    assert found == (slip != 0), text


# ---- 5. the votes of the Quốc hội: the dimension "vote" (tán thành, không tán thành, không
# biểu quyết are the deputies who take part)


@pytest.mark.parametrize("pid", ["vietnamplus-qh-2025-12-10", "vietnamplus-qh-2025-12-10-b"])
def test_real_votes_are_quiet(pid: str) -> None:
    assert stated(paragraph(pid)) == []


@pytest.mark.parametrize(
    ("pid", "old", "new", "total"),
    [
        ("vietnamplus-qh-2025-12-10", "có 3 đại biểu", "có 2 đại biểu", "448 đại biểu"),
        ("vietnamplus-qh-2025-12-10", "có 8 đại biểu", "có 4 đại biểu", "448 đại biểu"),
        ("vietnamplus-qh-2025-12-10-b", "có 443 đại biểu", "có 447 đại biểu", "447 đại biểu"),
        ("vietnamplus-qh-2025-12-10-b", "có 438 đại biểu", "có 436 đại biểu", "443 đại biểu"),
    ],
)
def test_mutated_votes_are_found(pid: str, old: str, new: str, total: str) -> None:
    assert total in stated(paragraph(pid, old, new))


@pytest.mark.parametrize(
    "text",
    [
        # the measured bnews.vn paragraph (no marker: the votes follow the total as traits)
        paragraph("bnews-qh-2025-02"),
        # a trait that is no vote among the parts
        "Có 465 đại biểu tham gia biểu quyết, trong đó 463 đại biểu tán thành, 5 đại biểu nữ.",
        # votes of another noun (phiếu of a secret ballot are not deputies)
        "Có 465 đại biểu tham gia, trong đó 463 phiếu tán thành, 5 phiếu không tán thành.",
    ],
)
def test_vote_near_misses_stay_quiet(text: str) -> None:
    assert stated(text) == []


# ---- 6. files of an administrative procedure by their time limit: the dimension "timeliness"
# (on time, "đúng và trước hạn", and late, "quá hạn", are the files settled)

TIMELY = ["lamdong-tthc-q1-2020-b", "lamdong-tthc-q1-2020-c"]

# https://baolamdong.vn/doi-song/202003/tren-7600-ho-so-bi-qua-han-trong-quy-i-2993657/ (2020)
LAMDONG_FILES = (
    "Trong số hồ sơ còn lại đang giải quyết gồm 7.172 hồ sơ, có 5.950 hồ sơ chưa đến hạn và "
    "1.222 hồ sơ đã quá hạn."
)


def test_real_slip_of_settled_files_is_found() -> None:
    """lamdong-tthc-q1-2020 (baolamdong.vn, 2020): 635.593 on time and 7.677 late are 643.270
    files, not the 643.272 settled (a real slip a reader found)."""
    assert "643.272 hồ sơ" in stated(paragraph("lamdong-tthc-q1-2020"))


@pytest.mark.parametrize("text", [*(paragraph(p) for p in TIMELY), LAMDONG_FILES])
def test_real_files_by_time_limit_are_quiet(text: str) -> None:
    assert stated(text) == []


@pytest.mark.parametrize(
    ("pid", "old", "new", "total"),
    [
        ("lamdong-tthc-q1-2020-c", "có 323.911 hồ sơ", "có 323.811 hồ sơ", "329.596 hồ sơ"),
        ("lamdong-tthc-q1-2020-c", "còn 5.685 hồ sơ", "còn 5.695 hồ sơ", "329.596 hồ sơ"),
        ("lamdong-tthc-q1-2020-c", "là 2.436 hồ sơ", "là 5.436 hồ sơ", "3.405 hồ sơ"),
        ("lamdong-tthc-q1-2020-b", "có 2.672 hồ sơ", "có 2.671 hồ sơ", "2.800 hồ sơ"),
    ],
)
def test_mutated_files_by_time_limit_are_found(pid: str, old: str, new: str, total: str) -> None:
    assert total in stated(paragraph(pid, old, new))


def test_unseen_mutated_files_by_time_limit_are_found() -> None:
    assert "7.172 hồ sơ" in stated(LAMDONG_FILES.replace("1.222 hồ sơ", "1.232 hồ sơ"))


@pytest.mark.parametrize(
    "text",
    [
        # a third item still in process: the two are no whole (no run of a whole prefix)
        "Đã tiếp nhận 1.000 hồ sơ, trong đó giải quyết đúng hạn 800 hồ sơ, quá hạn 20 hồ sơ, "
        "đang giải quyết 150 hồ sơ.",
        # files received hold files still in process: on time and late are some of them
        "Đã tiếp nhận 1.000 hồ sơ, trong đó giải quyết đúng hạn 800 hồ sơ, quá hạn 20 hồ sơ.",
        # the file's time limit told of something that is no file (đơn: letters)
        "Đã tiếp nhận 100 đơn, trong đó giải quyết đúng hạn 80 đơn, quá hạn 10 đơn.",
        # the measured vinhphuc.gov.vn paragraph (rates of files, no list of parts)
        paragraph("vinhphuc-tthc-q3-2021"),
    ],
)
def test_time_limit_near_misses_stay_quiet(text: str) -> None:
    assert stated(text) == []
