"""Rule 2 (totals): which quantity is the total, and which items are its parts.

* A list after *trong đó* whose first items make the whole by their labels (the three kinds of
  delegate: *đương nhiên*, *bầu*, *chỉ định*) is that breakdown; the traits after it (*20 đại
  biểu nữ*, ...) overlap it and are left out.  A figure of another noun between the total and
  the marker (*thay mặt cho 2.917.613 hội viên*) or inside an item (*từ 110 tổ chức*) changes
  nothing.
* A quantity of the total's noun right before it in its clause makes the total unclear: quiet.
* An item that opens with a figure that is no part (*353 là đại biểu ...* read without its
  noun) is a part the sum would leave out: the part is read when *là* names the list's noun,
  otherwise nothing is summed.
* A total of one kind of person (*cán bộ*) counted by the word for a person (*chị*, *người*,
  *đồng chí*).

Real sentences come from tests/corpus (p20_unseen_2.toml, p02_clubs_learning.toml,
p16_far_breakdowns.toml, p23_choose.toml; url in each comment); hypothesis properties check the
rules on every value.
"""

from __future__ import annotations

from decimal import Decimal

from _checker_helpers import CORPUS, changed, corpus, total_error, totals
from hypothesis import example, given
from hypothesis import strategies as st

from hoiquanchung.numbers import format_number

# http://cuuchienbinh.vn/dai-hoi-dai-bieu-toan-quoc-hoi-ccb-viet-nam-lan-thu-vi-nhiem-ky-2017-2022/
CCB = "tw-ccb-dh6-2017-delegates"
# https://news.daisan.vn/index.php/dai-hoi-xiv-cua-dang-se-co-1588-dai-bieu
XIV = "daisan-2025-xiv-congress-1588"
# https://hoilhpn.org.vn/web/guest/tin-chi-tiet/-/chi-tiet/54-tinh-thanh-... (2021)
OFFICIALS = "hoilhpn-2021-officials-candidates-36"


def test_the_real_paragraphs_as_written_stay_quiet() -> None:
    for pid in (CCB, XIV, OFFICIALS, "tuyenquang-lhpn-2025-348-delegates"):
        assert totals(corpus(pid)) == [], pid


# ---- the items that make the whole, then traits -------------------------------------------


def test_the_kinds_of_delegate_are_the_list_the_traits_after_them_are_not() -> None:
    # "516 đại biểu thay mặt cho 2.917.613 hội viên ...; trong đó có 95 đại biểu đương nhiên;
    # 407 đại biểu được bầu từ 110 tổ chức ...; 14 đại biểu chỉ định; 20 đại biểu nữ; ...":
    # 95 + 407 + 14 = 516; the women, the minorities and the businessmen are among them.
    assert totals(changed(CCB, "có 516 đại biểu", "có 517 đại biểu")) == [
        total_error("517 đại biểu", 516)
    ]
    assert totals(changed(CCB, "có 95 đại biểu", "có 85 đại biểu")) == [
        total_error("516 đại biểu", 506)
    ]
    assert totals(changed(CCB, "; 407 đại biểu", "; 467 đại biểu")) == [
        total_error("516 đại biểu", 576)
    ]
    assert totals(changed(CCB, "; 14 đại biểu", "; 54 đại biểu")) == [
        total_error("516 đại biểu", 556)
    ]
    # A trait changed is no part of the sum.
    assert totals(changed(CCB, "; 20 đại biểu nữ", "; 26 đại biểu nữ")) == []


def test_a_value_of_the_dimension_again_after_the_run_leaves_the_list_unread() -> None:
    # Which of the two "chỉ định" items belongs to the breakdown is not guessed.
    text = changed(CCB, "; 20 đại biểu nữ", "; 20 đại biểu chỉ định")
    assert totals(changed(CCB, "có 516 đại biểu", "có 517 đại biểu")) != []
    assert totals(text.replace("có 516 đại biểu", "có 517 đại biểu")) == []


def test_several_breakdowns_each_an_item_are_read_as_before() -> None:
    # http://eabar.songhinh.phuyen.gov.vn/... (Sông Hinh, 2023): "150 đại biểu, trong đó ...
    # 123 đại biểu, ..., 21 đại biểu đương nhiên, ..., 06 đại biểu chỉ định, ...; 11 đại biểu
    # cấp huyện, 139 đại biểu cấp cơ sở; 100 đại biểu nam, 50 đại biểu nữ."
    pid = "songhinh-hnd-2023-delegates"
    assert totals(corpus(pid)) == []
    assert totals(changed(pid, "là 123 đại biểu", "là 128 đại biểu")) == [
        total_error("150 đại biểu", 155)
    ]
    assert totals(changed(pid, "100 đại biểu nam", "110 đại biểu nam")) == [
        total_error("150 đại biểu", 160)
    ]


@given(
    st.integers(100, 3000),
    st.integers(0, 99),
    st.integers(0, 999),
    st.integers(0, 99),
    st.integers(0, 99),
)
# A drawn figure equal to one the test replaces next (b = 14 once overwrote itself).
@example(total=516, a=95, b=14, c=14, women=20)
def test_the_run_is_summed_the_traits_never(total: int, a: int, b: int, c: int, women: int) -> None:
    # Placeholders first, figures last: a drawn figure never meets a later replacement.
    text = (
        changed(CCB, "có 516 đại biểu", "có {total} đại biểu")
        .replace("có 95 đại biểu", "có {a} đại biểu")
        .replace("; 407 đại biểu", "; {b} đại biểu")
        .replace("; 14 đại biểu", "; {c} đại biểu")
        .replace("; 20 đại biểu nữ", "; {women} đại biểu nữ")
    )
    figures = {"total": format_number(total), "a": a, "b": b, "c": c, "women": women}
    for name, value in figures.items():
        text = text.replace(f"{{{name}}}", str(value))
    found = [f for f in totals(text) if f[0] == "total-mismatch"]
    stated = f"{format_number(total)} đại biểu"
    assert found == ([] if total == a + b + c else [total_error(stated, a + b + c)])


# Nouns the list does not count (not "tổ chức": an item holds "110 tổ chức").
_OTHER_NOUNS = ("hội viên", "chi hội", "cơ sở hội", "hộ", "triệu đồng")


@given(st.sampled_from(_OTHER_NOUNS), st.integers(2, 9_999_999), st.sampled_from([516, 517, 510]))
def test_a_figure_of_another_noun_before_the_marker_changes_nothing(
    noun: str, n: int, total: int
) -> None:
    # The figure the text puts between the total and the marker, replaced by any other figure of
    # any other noun: the finding is the same.
    base = changed(CCB, "có 516 đại biểu", f"có {total} đại biểu")
    other = base.replace("2.917.613 hội viên", f"{format_number(n)} {noun}")
    assert totals(other) == totals(base)
    assert bool(totals(base)) == (total != 516)


# ---- a twin of the total's noun in its clause -----------------------------------------------


def test_a_twin_of_the_total_in_its_clause_makes_the_total_unclear() -> None:
    text = changed(CCB, "2.917.613 hội viên", "300 đại biểu")
    assert totals(text.replace("có 516 đại biểu", "có 517 đại biểu")) == []


def test_a_twin_in_an_earlier_clause_is_another_figure() -> None:
    # http://ftsie.com/... (Lai Châu): "Ban chủ nhiệm câu lạc bộ gồm 7 thành viên, Câu lạc bộ
    # được thành lập với 43 thành viên trong đó tuổi 55 trở lên là 23 thành viên, ..., tuổi
    # dưới 55 là 20 thành viên": the 7 of the board stand in the clause before.
    pid = "laichau-thanthuoc-club-members"
    assert totals(changed(pid, "với 43 thành viên", "với 33 thành viên")) == [
        total_error("33 thành viên", 43)
    ]


@given(st.integers(1, 999))
def test_a_twin_in_the_clause_silences_every_value(twin: int) -> None:
    text = changed(CCB, "2.917.613 hội viên", f"{twin} đại biểu")
    assert totals(text.replace("; 14 đại biểu", "; 54 đại biểu")) == []


# ---- an item that opens with a figure that is no part ---------------------------------------


def test_a_part_written_without_its_noun_is_read_by_the_noun_after_la() -> None:
    # "1.588 người, gồm: 165 đại biểu ...; 353 là đại biểu bầu theo quy định; 1.070 đại biểu
    # chỉ định": 165 + 353 + 1.070 = 1.588 (summed without the 353, a false alarm: 1.235).
    assert totals(changed(XIV, "là 1.588 người", "là 1.589 người")) == [
        total_error("1.589 người", 1588)
    ]
    assert totals(changed(XIV, "; 353 là", "; 343 là")) == [total_error("1.588 người", 1578)]


def test_an_item_opening_with_a_figure_of_no_part_leaves_the_list_unsummed() -> None:
    # "353 là đại biểu" is a part; "353 là người ..." (no noun of the list) is not read, and the
    # list is not summed without it.
    text = changed(XIV, "353 là đại biểu bầu", "353 là người được bầu")
    assert totals(text) == []
    assert totals(text.replace("1.070 đại biểu", "1.170 đại biểu")) == []


@given(st.integers(1, 3000), st.integers(0, 999), st.integers(0, 999), st.integers(0, 1999))
def test_the_part_without_its_noun_counts_on_every_value(
    total: int, a: int, b: int, c: int
) -> None:
    text = (
        changed(XIV, "là 1.588 người", f"là {format_number(total)} người")
        .replace("165 đại biểu", f"{a} đại biểu")
        .replace("; 353 là", f"; {b} là")
        .replace("; 1.070 đại biểu", f"; {format_number(c)} đại biểu")
    )
    found = totals(text)
    assert bool(found) == (total != a + b + c)
    if found:
        assert found == [total_error(f"{format_number(total)} người", a + b + c)]


# ---- a kind of person counted by the word for a person --------------------------------------


def test_officials_counted_by_level_in_chi() -> None:
    # "36 cán bộ Hội ..., trong đó, cấp Trung ương: 02 chị; cấp tỉnh: 24 chị; cấp huyện 6 chị;
    # cấp xã 4 chị": the four levels are the whole.
    assert list(CORPUS[OFFICIALS].relations) == ["sum 36 = 02 + 24 + 6 + 4"]
    assert totals(changed(OFFICIALS, "36 cán bộ", "38 cán bộ")) == [total_error("38 cán bộ", 36)]
    assert totals(changed(OFFICIALS, "cấp tỉnh: 24", "cấp tỉnh: 21")) == [
        total_error("36 cán bộ", 33)
    ]


def test_persons_of_a_kind_in_chi_that_are_some_levels_only_say_nothing() -> None:
    # Two levels of four: other levels may have had the rest; and fewer says nothing.
    text = changed(OFFICIALS, "; cấp huyện 6 chị; cấp xã 4 chị", "")
    assert totals(text) == []


def _officials(total: int, parts: list[int]) -> str:
    """The real sentence of OFFICIALS with its five figures given."""
    return (
        f"Toàn quốc có {total} cán bộ Hội các cấp được giới thiệu ứng cử đại biểu Quốc hội, "
        f"trong đó, cấp Trung ương: {parts[0]:02d} chị; cấp tỉnh: {parts[1]} chị; cấp huyện "
        f"{parts[2]} chị; cấp xã {parts[3]} chị."
    )


def test_the_sentence_drawn_below_is_the_real_one() -> None:
    assert _officials(36, [2, 24, 6, 4]) == corpus(OFFICIALS)


@given(st.integers(1, 200), st.lists(st.integers(0, 99), min_size=4, max_size=4))
def test_the_levels_in_chi_make_the_total(total: int, parts: list[int]) -> None:
    found = totals(_officials(total, parts))
    assert bool(found) == (total != sum(parts))
    if found:
        assert found == [total_error(f"{total} cán bộ", Decimal(sum(parts)))]


def test_a_head_trong_tong_so_reads_the_run_too() -> None:
    # The 2017 sentence with the head reports also write ("Trong tổng số 1.052 đại biểu chính
    # thức, có 337 đại biểu đương nhiên, ...", vtcnews.vn 2024, corpus p05): the run of kinds
    # is the list, the traits after it are not.
    text = (
        "Trong tổng số {} đại biểu dự Đại hội, có 95 đại biểu đương nhiên; 407 đại biểu được "
        "bầu từ 110 tổ chức trực thuộc Trung ương Hội; 14 đại biểu chỉ định; 20 đại biểu nữ; "
        "30 đại biểu là người dân tộc ít người."
    )
    assert totals(text.format(516)) == []
    assert totals(text.format(517)) == [total_error("517 đại biểu", 516)]


@given(
    st.integers(100, 999),
    st.integers(0, 99),
    st.integers(0, 99),
    st.integers(1, 99),
    st.sampled_from([", ", "; "]),
)
def test_a_trailing_figure_of_another_noun_never_changes_the_sexes_sum(
    total: int, men: int, women: int, others: int, glue: str
) -> None:
    # The Sông Hinh group by sex ("100 đại biểu nam, 50 đại biểu nữ", corpus p16), then a
    # figure of another noun: whether after "," (an item after the run) or ";" (a group of its
    # own), it is no part, and it does not stop the sexes from being summed.
    text = (
        f"Đại hội triệu tập {total} đại biểu, trong đó {men} đại biểu nam, {women} đại biểu nữ"
        f"{glue}{others} người dân tộc thiểu số."
    )
    found = [f for f in totals(text) if f[0] == "total-mismatch"]
    assert found == (
        [] if total == men + women else [total_error(f"{total} đại biểu", men + women)]
    )


@given(
    st.sampled_from(["tỉnh, thành phố", "đơn vị bầu cử", "chi hội", "triệu đồng"]),
    st.integers(2, 99_999),
    st.integers(30, 40),
)
def test_inserting_a_figure_of_another_noun_before_the_marker_changes_nothing(
    noun: str, n: int, total: int
) -> None:
    # The 2021 sentence with a figure of a noun the parts (chị) cannot count put between its
    # total and the marker.
    text = _officials(total, [2, 24, 6, 4])
    inserted = text.replace(
        " Quốc hội, trong đó", f" Quốc hội tại {format_number(n)} {noun}, trong đó"
    )
    assert inserted != text
    assert totals(inserted) == totals(text)
    assert bool(totals(text)) == (total != 36)


@given(st.sampled_from(["hội viên", "người", "đại biểu"]), st.integers(2, 99_999))
def test_another_quantity_of_persons_before_the_marker_makes_the_total_unclear(
    noun: str, n: int
) -> None:
    # "chị" may count the officials or the other persons: which is broken down is not guessed.
    text = _officials(38, [2, 24, 6, 4])
    assert totals(text) == [total_error("38 cán bộ", 36)]
    inserted = text.replace(
        " Quốc hội, trong đó", f" Quốc hội, đại diện {format_number(n)} {noun}, trong đó"
    )
    assert totals(inserted) == []
