"""Rule 2b (far-7): two interleaved columns, and a total before a ';' whose clause has a subject.

* a list whose every item holds two counts of one noun, the second a subgroup of the first
  led by *với* ("Hội Nhà văn thành phố gồm 102 hội viên, với 14 hội viên Trung ương, Hội Âm
  nhạc thành phố 71 hội viên, với 33 hội viên Trung ương, ...") is two columns: each is checked
  against its own total, named in the same order in the sentence before ("là 910 người, với 336
  hội viên ..."); the two counts of an item are never summed together;
* "Ban Chấp hành khuyết 02 đồng chí; BTV gồm 9 đồng chí, bầu 8 đồng chí": the clause after the
  ';' has a subject of its own (BTV), so the 02 before it is no total of its list.

The real paragraphs are read from the corpus (``tests/corpus``, each with its address), then one
figure is changed; the near-misses must stay quiet; hypothesis properties check the sums.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).parent / "corpus"))
import corpus_harness as harness
from _checker_helpers import mismatches

DANANG = "danang-vhnt-2012-910hoivien"  # vannghedanang.org.vn, Đà Nẵng 2012


corpus_text = harness.text_of  # measured or pending


def test_two_columns_real_text_is_quiet() -> None:
    assert mismatches(corpus_text(DANANG)) == []


@pytest.mark.parametrize(
    ("old", "new", "stated", "computed"),
    [
        ("102 hội viên, với 14", "103 hội viên, với 14", "910 người", "911 người"),
        ("450 hội viên", "460 hội viên", "910 người", "920 người"),
        ("với 14 hội viên", "với 15 hội viên", "336 hội viên", "337 hội viên"),
        ("với 150 hội viên", "với 140 hội viên", "336 hội viên", "326 hội viên"),
        ("là 910 người", "là 911 người", "911 người", "910 người"),
        ("với 336 hội viên", "với 335 hội viên", "335 hội viên", "336 hội viên"),
    ],
)
def test_two_columns_each_against_its_total(old: str, new: str, stated: str, computed: str) -> None:
    text = corpus_text(DANANG)
    assert old in text
    assert mismatches(text.replace(old, new, 1)) == [(stated, computed)]


def test_two_columns_without_their_two_totals_stay_quiet() -> None:
    # The sentence before names one total only: which column it sums is not said.
    text = corpus_text(DANANG).replace(
        ", với 336 hội viên thuộc các hội chuyên ngành Trung ương", ""
    )
    assert mismatches(text) == []
    assert mismatches(text.replace("102 hội viên, với 14", "103 hội viên, với 14", 1)) == []


def test_an_odd_subgroup_stays_quiet() -> None:
    # One item with a subgroup, one without: no columns, and no sum of both counts either.
    text = (
        "Toàn hội có 200 hội viên, với 50 hội viên Trung ương.\n"
        "Trong đó Hội A gồm 120 hội viên, với 30 hội viên Trung ương, Hội B 90 hội viên."
    )
    assert mismatches(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # helper near2's finds: the total before ';' is not the total of the next clause's list.
        "Ban Chấp hành khuyết 02 đồng chí; BTV gồm 9 đồng chí, bầu 8 đồng chí.",
        "Cấp huyện có 2 hội; cấp xã gồm 12 hội, 5 hội loại khá.",
    ],
)
def test_a_clause_with_its_own_subject_is_quiet(text: str) -> None:
    assert mismatches(text) == []


def test_a_clause_without_a_subject_keeps_its_total() -> None:
    # "; gồm ..." right after the total: the list still breaks it down.
    assert mismatches("Đã thành lập mới 333 tổ chức Hội; gồm: 10 chi hội và 313 tổ hội.") == [
        ("333 tổ chức Hội", "323 tổ chức hội")
    ]


counts = st.lists(st.integers(min_value=1, max_value=900), min_size=2, max_size=6)


@given(counts, counts, st.integers(min_value=-3, max_value=3), st.integers(-3, 3))
def test_columns_property(members: list[int], central: list[int], slip1: int, slip2: int) -> None:
    n = min(len(members), len(central))
    members, central = members[:n], central[:n]
    items = ", ".join(
        f"Hội số {chr(65 + i)} {m} hội viên, với {c} hội viên Trung ương"
        for i, (m, c) in enumerate(zip(members, central, strict=True))
    )
    t1, t2 = sum(members) + slip1, sum(central) + slip2
    text = (
        f"Tổng số hội viên là {t1} người, với {t2} hội viên Trung ương.\n"
        f"Trong đó Hội Tổng gồm {items}."
    )
    found = mismatches(text)
    if slip1:
        assert len(found) == 1
        assert found[0][0] == f"{t1} người"
    elif slip2:
        assert len(found) == 1
        assert found[0][0] == f"{t2} hội viên"
    else:
        assert found == []


# ---------------------------------------------------------------- rule 2d continued
BACKAN = "backan-chodon-dvk-2022-123"  # baobackan.com.vn, Bắc Kạn 2022


def test_models_by_awardee_real_text_is_quiet() -> None:
    assert mismatches(corpus_text(BACKAN)) == []


@pytest.mark.parametrize(
    ("old", "new", "stated", "computed"),
    [
        ("54 mô hình", "55 mô hình", "123 mô hình", "124 mô hình"),
        ("54 mô hình", "44 mô hình", "123 mô hình", "113 mô hình"),  # complete: below too
        ("69 mô hình", "96 mô hình", "123 mô hình", "150 mô hình"),
        ("123 mô hình", "132 mô hình", "132 mô hình", "123 mô hình"),
    ],
)
def test_models_by_awardee_each_slip(old: str, new: str, stated: str, computed: str) -> None:
    # The list ends before ", trên cơ sở các mô hình đó, ... tiêu biểu điển hình ...".
    text = corpus_text(BACKAN)
    assert old in text
    assert mismatches(text.replace(old, new, 1)) == [(stated, computed)]


@pytest.mark.parametrize(
    "second",
    [
        # A subgroup named by more than its values: some of the models only.
        "Trong đó có 30 mô hình cá nhân của hội viên nông dân và 40 mô hình tập thể của hội viên"
        " nông dân, trên cơ sở đó tiếp tục bình xét các mô hình điển hình.",
        # Examples inside the list itself.
        "Trong đó, điển hình có 30 mô hình cá nhân và 40 mô hình tập thể, trên cơ sở đó.",
        # One part only before the clause without a figure.
        "Trong đó có 30 mô hình cá nhân, trên cơ sở các mô hình đó, như 40 mô hình tập thể.",
    ],
)
def test_models_near_misses_stay_quiet(second: str) -> None:
    text = "Ban Chỉ đạo huyện vừa công nhận 123 mô hình Dân vận khéo năm 2022.\n" + second
    assert mismatches(text) == []


def _grouped(n: int) -> str:
    return f"{n:,}".replace(",", ".")


@given(
    st.integers(min_value=1, max_value=500),
    st.integers(min_value=1, max_value=500),
    st.integers(min_value=-20, max_value=20),
)
@example(500, 500, 1)  # the sum above 999 is written 1.000 (found by hypothesis, round 10)
def test_models_by_awardee_property(individual: int, collective: int, slip: int) -> None:
    total = individual + collective + slip
    # Written with a thousands dot (1.000, not 1000), as the checker writes its computed sum.
    text = (
        f"Huyện vừa công nhận {_grouped(total)} mô hình Dân vận khéo năm 2022.\n"
        f"Trong đó có {individual} mô hình cá nhân và {collective} mô hình tập thể, trên cơ sở"
        " các mô hình đó, huyện công nhận các mô hình tiêu biểu điển hình."
    )
    found = mismatches(text)
    if slip:
        assert found == [
            (f"{_grouped(total)} mô hình", f"{_grouped(individual + collective)} mô hình")
        ]
    else:
        assert found == []
