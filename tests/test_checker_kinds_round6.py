"""Rule 2 (totals): the credit programmes of the Ngân hàng Chính sách xã hội as disjoint kinds.

Each loan of the bank is made under one programme (Nghị định 78/2002/NĐ-CP and the programme
decisions: ``[[kinds]] name = "policy-credit"`` in ``breakdown_kinds.toml``), so amounts lent
by programme cannot overlap: more than the total is an error; less says nothing (a list after
*trong đó* may name some programmes only).  The set is read only for amounts of money, only
where the text speaks of lending, and only when every label is one programme name and nothing
else but its fillers (the whole label, not a word inside it: *bà con dân tộc nghèo* is the
programme for poor ethnic-minority households, not the poverty kind *nghèo*).  Parts written
with a scale word alone (*49,746 tỷ*) count the đồng of their total (``[amounts]``).

Real paragraphs: tests/corpus/p21_disjoint.toml (ccb-policy-loans-124-billion,
lamdong-vbsp-2017-loans) and the near-misses of tests/corpus/p23_kinds.toml.
"""

from __future__ import annotations

import re
import tomllib
from decimal import Decimal
from importlib.resources import files

import pytest
from _checker_helpers import CORPUS, changed, total_error, totals
from hypothesis import given
from hypothesis import strategies as st

from hoiquanchung.checker import extract
from hoiquanchung.checker._kinds import (
    bare_amount,
    distinct_kinds,
    kind_patterns,
    label_pattern,
    level_pattern,
)

DATA = tomllib.loads(
    (files("hoiquanchung") / "data" / "breakdown_kinds.toml").read_text(encoding="utf-8")
)
WHOLE = [entry for entry in DATA["kinds"] if entry.get("whole", False)]
(CREDIT,) = (entry for entry in WHOLE if entry["name"] == "policy-credit")
P23 = [p for p in CORPUS.values() if p.file == "p23_kinds.toml"]


def _words(text: str) -> tuple[str, ...]:
    return tuple(re.findall(r"\w+", text.casefold()))


# ---- real paragraphs


def test_the_real_loans_by_programme_add_up_and_stay_quiet() -> None:
    # http://cuuchienbinh.vn/dac-nong-giai-ngan-nhanh-von-vay-phuc-vu-xoa-doi-giam-ngheo-19-10-2009/
    assert totals(CORPUS["ccb-policy-loans-124-billion"].text) == []


@pytest.mark.parametrize(
    ("old", "new", "computed"),
    [
        ("hộ nghèo 49,746 tỷ", "hộ nghèo 99,746 tỷ", 174_756_000_000),
        ("môi trường 6,267 tỷ", "môi trường 6,268 tỷ", 124_757_000_000),
        ("vùng khó khăn 50,301 tỷ", "vùng khó khăn 50,501 tỷ", 124_956_000_000),
        ("xuất khẩu lao động 0,302 tỷ", "xuất khẩu lao động 0,372 tỷ", 124_826_000_000),
    ],
)
def test_a_programme_raised_above_the_total_is_an_error(old: str, new: str, computed: int) -> None:
    # The same paragraph with one programme's amount raised: the seven programmes are distinct
    # (a loan is made under one), so more than the 124,756 tỷ lent contradicts it.
    text = changed("ccb-policy-loans-124-billion", old, new)
    assert totals(text) == [total_error("124,756 tỷ đồng", computed)]


def test_a_programme_lowered_below_the_total_says_nothing() -> None:
    # Less than the total: some programmes may have been left out of a "trong đó" list.
    text = changed("ccb-policy-loans-124-billion", "vay 10,765 tỷ", "vay 10,763 tỷ")
    assert totals(text) == []


def test_the_real_near_misses_stay_quiet() -> None:
    assert len(P23) == 6
    assert {p.id: totals(p.text) for p in P23} == {p.id: [] for p in P23}
    # Some programmes only, adding up to less (baolamdong.vn, 2017).
    assert totals(CORPUS["lamdong-vbsp-2017-loans"].text) == []


def test_the_real_programmes_in_the_next_sentence_are_read_by_rule_2d() -> None:
    # https://dantocmiennui.vn/gan-400-nghin-luot-ho-chinh-sach-duoc-vay-von-uu-dai/1243.html:
    # the list follows its total in the next sentence ("Trong đó, ..."); rule 2d (continued
    # totals) reads it since round 18: an inflated part is told, parts below stay quiet.
    text = changed("tw-vbsp-2015-q1-loans", "1.930 tỷ", "5.930 tỷ")
    assert totals(text) == [total_error("8.567 tỷ đồng", 12_133_000_000_000)]
    assert totals(changed("tw-vbsp-2015-q1-loans", "1.930 tỷ", "1.830 tỷ")) == []


# ---- what the set is read for, and what not

LOANS = (
    "Số vốn vay đã giải ngân được 100 tỷ đồng, trong đó: hộ nghèo {} tỷ; học sinh, sinh viên "
    "vay 30 tỷ; vùng khó khăn 20 tỷ."
)


def test_the_pattern_on_a_sentence_of_its_shape() -> None:
    assert totals(LOANS.format(50)) == []
    assert totals(LOANS.format(40)) == []  # less: some programmes only
    assert totals(LOANS.format(60)) == [total_error("100 tỷ đồng", 110_000_000_000)]


def test_counts_of_borrowers_are_not_read() -> None:
    # A household may borrow under two programmes: borrowers by programme may exceed the
    # households that borrow.
    text = (
        "Có 100 hộ được vay vốn, trong đó: hộ nghèo 60 hộ; học sinh, sinh viên 30 hộ; vùng khó "
        "khăn 20 hộ."
    )
    assert totals(text) == []


def test_amounts_not_lent_are_not_read() -> None:
    # Money spent for groups of people: a poor household of an ethnic minority is a poor
    # household, a household of a hard area may be poor.
    text = (
        "Quỹ đã chi 100 triệu đồng, trong đó: hộ nghèo 60 triệu; hộ dân tộc thiểu số nghèo "
        "30 triệu; vùng khó khăn 20 triệu."
    )
    assert totals(text) == []
    assert totals(text.replace("Quỹ đã chi", "Ngân hàng đã cho vay")) == [
        total_error("100 triệu đồng", 110_000_000)
    ]


def test_a_label_that_is_more_than_a_programme_is_no_programme() -> None:
    # "đồng bào dân tộc thiểu số" (people, no programme) and "xã đặc biệt khó khăn" (places).
    text = (
        "Tổng dư nợ 100 tỷ đồng, trong đó: dư nợ hộ nghèo 60 tỷ; dư nợ cho đồng bào dân tộc "
        "thiểu số 50 tỷ; dư nợ tại các xã đặc biệt khó khăn 30 tỷ."
    )
    assert totals(text) == []


def test_the_whole_label_names_the_programme_not_a_word_inside_it() -> None:
    labels = [" hộ nghèo ", " bà con dân tộc nghèo "]
    # Inside the label, both name the poverty kind "nghèo": no distinct kinds of that set;
    # matched whole, they are two programmes.
    assert distinct_kinds(labels) is None
    assert distinct_kinds(labels, "đồng", "cho vay") == (
        "policy-credit",
        frozenset({"hộ nghèo", "hộ dân tộc thiểu số nghèo"}),
    )


def test_the_lending_may_be_said_in_a_label_or_before_the_list_in_its_sentence() -> None:
    labels = [" cho vay hộ nghèo đạt", " cho vay hộ cận nghèo đạt"]
    assert distinct_kinds(labels, "đồng")[0] in {"poverty", "policy-credit"}  # type: ignore[index]
    bare = [" nước sạch và vệ sinh môi trường", " xuất khẩu lao động"]
    assert distinct_kinds(bare, "đồng") is None
    assert distinct_kinds(bare, "đồng", "Dư nợ đạt 10 tỷ đồng, trong đó") is not None
    # Only the sentence of the list: lending said a sentence before does not count.
    assert distinct_kinds(bare, "đồng", "Cho vay tăng. Quỹ chi 10 tỷ đồng, trong đó") is None


def test_scale_words_alone_count_the_totals_dong() -> None:
    tỷ, count, each, persons = extract("49,746 tỷ; 14.367; 5 triệu/hộ; 3 triệu lượt hộ")
    assert bare_amount("đồng", tỷ) == "đồng"
    assert bare_amount("đồng", count) is None
    assert bare_amount("hộ", tỷ) is None
    assert bare_amount("đồng", persons) is None
    # An amount each ("5 triệu/hộ") is no part of a total.
    assert bare_amount("đồng", each, "5 triệu/hộ", 7) is None
    each_text = "Hỗ trợ 10 triệu đồng, trong đó hộ nghèo 6 triệu/hộ, hộ cận nghèo 5 triệu/hộ."
    assert totals(each_text) == []


# ---- properties over the data

NAMES = [
    *((v, v) for v in CREDIT["values"]),
    *CREDIT["same"].items(),
]
FILLERS = CREDIT["fillers"]
NAME_WORDS = {w for name, _ in NAMES for w in _words(name)}
FILLER_WORDS = {w for f in FILLERS for w in _words(f)}
# Words of neither a name nor a filler: a label holding one names no programme.
STRANGERS = ["tỉnh", "nữ", "thanh", "niên", "quà", "tết", "khác", "huyện", "gạo"]


def test_the_data_is_well_formed() -> None:
    assert "source" in DATA
    assert "compiled" in DATA
    for entry in WHOLE:
        for key in ("source", "compiled", "nouns", "context", "fillers"):
            assert entry[key], key
    values = {" ".join(_words(v)) for v in CREDIT["values"]}
    # Every other name names one of the values; no two names are the same words.
    assert {" ".join(_words(v)) for v in CREDIT["same"].values()} <= values
    keys = [_words(n) for n, _ in NAMES]
    assert len(keys) == len(set(keys))
    # No name is a filler, and no name starts or ends with a filler (it would be cut).
    fillers = {_words(f) for f in FILLERS}
    for key in keys:
        assert key not in fillers
    assert not set(STRANGERS) & (NAME_WORDS | FILLER_WORDS)


@given(
    st.sampled_from(NAMES),
    st.lists(st.sampled_from(FILLERS), max_size=2),
    st.lists(st.sampled_from(FILLERS), max_size=2),
    st.sampled_from(["", ",", ":", " .", " …"]),
)
def test_every_name_is_matched_whole_with_fillers_on_its_ends(
    name: tuple[str, str], before: list[str], after: list[str], punctuation: str
) -> None:
    written, value = name
    label = " ".join([*before, written.upper() if len(before) % 2 else written, *after])
    other = ("xuất khẩu lao động", "nhà ở xã hội")
    second = other[0] if value != other[0] else other[1]
    found = distinct_kinds([label + punctuation, f" {second}"], "đồng", "cho vay")
    assert found == ("policy-credit", frozenset({" ".join(value.split()), second}))


@given(st.sampled_from(NAMES), st.sampled_from(STRANGERS), st.booleans())
def test_a_name_with_another_word_is_no_programme(
    name: tuple[str, str], stranger: str, first: bool
) -> None:
    written, _ = name
    label = f"{stranger} {written}" if first else f"{written} {stranger}"
    assert distinct_kinds([label, " nhà ở xã hội"], "đồng", "cho vay") is None


@given(st.sampled_from(NAMES))
def test_the_same_programme_twice_is_no_partition(name: tuple[str, str]) -> None:
    written, value = name
    assert distinct_kinds([f" {written}", f" {value}"], "đồng", "dư nợ") is None


def test_inside_a_label_the_longest_kind_is_found_first() -> None:
    for entry in DATA["kinds"]:
        if entry.get("whole", False):
            continue
        (pattern,) = (p for n, p in kind_patterns() if n == entry["name"])
        for value in entry["values"]:
            assert pattern.findall(f"cho hộ {value} trong xã") == [value]


@given(
    st.decimals(min_value=Decimal("0.001"), max_value=Decimal("999.999"), places=3),
    st.sampled_from(DATA["amounts"]["scales"]),
)
def test_every_scale_word_alone_counts_dong(value: Decimal, scale: str) -> None:
    written = f"{value}".replace(".", ",") + f" {scale}"
    (figure,) = extract(written)
    assert bare_amount("đồng", figure) == "đồng"
    assert bare_amount("hội viên", figure) is None
    assert bare_amount("đồng", figure, written + "/người", len(written)) is None


# ---- the labels of level, sex, area and the rest: built from the data, one pattern each

LABELS = tomllib.loads(
    (files("hoiquanchung") / "numbers" / "data" / "dimension_labels.toml").read_text(
        encoding="utf-8"
    )
)


def test_the_rules_read_levels_sexes_areas_with_the_patterns_built_from_the_data() -> None:
    from hoiquanchung.checker import _continued_totals, _totals

    assert _totals._LEVEL is level_pattern()
    assert _totals._SEX is label_pattern("sex", ("việt",))
    assert _totals._AREA is label_pattern("area")
    assert _totals._REST is _continued_totals._REST is label_pattern("rest")
    assert _continued_totals._LEVEL is level_pattern(cumulative=False)
    assert _continued_totals._SEX is label_pattern("sex", ("việt",), ignore_case=False)


@given(
    st.sampled_from(LABELS["level"]["values"]),
    st.sampled_from(["", " trở lên", " trở xuống", " xuống"]),
)
def test_every_level_of_the_data_is_read_after_its_prefix(value: str, tail: str) -> None:
    text = f"Hội viên {LABELS['level']['prefix']} {value}{tail} có 5"
    cumulative = tail.startswith(" trở")
    assert level_pattern().findall(text) == ([] if cumulative else [value])
    assert level_pattern(cumulative=False).findall(text) == [value]


@given(st.sampled_from(["sex", "area", "rest"]), st.data())
def test_every_label_of_the_data_is_read_whole(name: str, data: st.DataObject) -> None:
    value = data.draw(st.sampled_from(LABELS[name]["values"]))
    assert label_pattern(name).findall(f"số {value.upper()} là 5") == [value.upper()]
    assert label_pattern(name).findall(f"số x{value} là 5") == []
    assert label_pattern(name, ("việt",)).findall(f"người Việt {value}") == []
