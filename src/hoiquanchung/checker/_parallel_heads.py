"""Parallel labels before the figures: parts named first, then counted, one kind each.

"Toàn huyện có 323 hội viên; trong đó, thế hệ thứ nhất có 294 hội viên, thế hệ thứ hai có 33
hội viên" (a report of a district's association of Agent Orange victims, found by a hunt on
unseen text, round 21): each part opens with its label, then *có* (or *là*, or nothing) and its
figure; the labels share their first words (*thế hệ thứ*) and differ in one short slot (*nhất*,
*hai*).  Values of one attribute in one slot name kinds of one set, so no thing is counted
twice: more than the total is an error; less says nothing (a *trong đó* list may name some
kinds only), as for the parallel kinds after the figures
(:func:`hoiquanchung.checker._parallel.parallel_kinds`), whose vocabulary this reading shares.

It stays quiet when the labels share no word ("cấp phường 25 triệu đồng, các ban 1.950 triệu
đồng, nhà hảo tâm 330 triệu đồng": sources that may hold one another), when a slot names a
trait cutting across kinds (*nữ*, *trẻ*, *dân tộc thiểu số*), opens with a possession, a
standing or a place (*có*, *là*, *tại*), or when one slot holds another ("cấp tỉnh", "cấp
tỉnh và cấp huyện"); when a figure stands in a label; and when anything but fillers follows
the figures (those are the parallel kinds after the figures, or clauses).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from hoiquanchung.checker._kinds import cross_traits
from hoiquanchung.checker._parallel import kinds_are_plain, names_a_trait, parallel_slots
from hoiquanchung.numbers._vocabulary import bound_words

__all__ = ["parallel_heads"]

_WORD = re.compile(r"\w+")
# Words that may close a label before its figure ("thế hệ thứ nhất có 294"), or stand alone
# after the figure's noun: they say nothing of the kind.
_FILLERS = frozenset({"có", "là", "gồm", "đạt", "được", "và", "với", "trong", "đó"})


@functools.cache
def _range_phrases() -> frozenset[tuple[str, ...]]:
    """The bound words (``numbers/data/bound_words.toml``: *trở lên*, *trên*, *dưới*, *từ*,
    *hơn*, *ít nhất* ...), word by word: a label that holds one ("cấp huyện trở lên") holds
    other labels' kinds ("cấp tỉnh")."""
    return frozenset(
        tuple(phrase.casefold().split())
        for place in ("before", "after")
        for phrase in bound_words(place)
    )


def _holds_range(label: tuple[str, ...]) -> bool:
    return any(
        label[k : k + len(phrase)] == phrase
        for phrase in _range_phrases()
        for k in range(len(label) - len(phrase) + 1)
    )


_MAX_SLOT_WORDS = 3  # words of one kind after the shared ones: a longer label is a clause


def _words(text: str) -> tuple[str, ...]:
    return tuple(w.casefold() for w in _WORD.findall(text))


def parallel_heads(heads: Sequence[str], tails: Sequence[str]) -> bool:
    """Whether parts whose items read ``head`` + figure and noun + ``tail`` are named by
    parallel labels before their figures (see the module).

    >>> parallel_heads(["thế hệ thứ nhất có ", " thế hệ thứ hai có "], [" ", " ."])
    True
    >>> parallel_heads(["khối A có ", " khối B có "], ["", ""])
    True
    >>> parallel_heads(["cấp phường ", " các ban "], ["", ""])  # no shared word
    False
    >>> parallel_heads(["đại biểu nữ ", " đại biểu trẻ "], ["", ""])  # cross-cutting traits
    False
    >>> parallel_heads(["hộ nghèo ", " hộ có người khuyết tật "], ["", ""])  # a possession
    False
    >>> parallel_heads(["cấp tỉnh ", " cấp tỉnh và cấp huyện "], ["", ""])  # nested
    False
    >>> parallel_heads(["cấp huyện trở lên ", " cấp tỉnh "], ["", ""])  # a range
    False
    >>> parallel_heads(["thế hệ thứ nhất có ", " thế hệ thứ hai có "], [" nữ", ""])  # a tail
    False
    """
    if len(heads) < 2 or len(heads) != len(tails):
        return False
    if any(c.isdigit() for text in (*heads, *tails) for c in text):
        return False
    for tail in tails:
        if any(w not in _FILLERS for w in _words(tail)):
            return False
    words: list[tuple[str, ...]] = []
    for head in heads:
        w = list(_words(head))
        while w and w[0] in _FILLERS:
            w.pop(0)  # "và khối B", "trong đó khối A"
        while w and w[-1] in _FILLERS:
            w.pop()  # "khối A có"
        if not w:
            return False
        words.append(tuple(w))
    slots = parallel_slots(words, _MAX_SLOT_WORDS)
    if slots is None or slots[0] == 0:
        return False  # shared == 0: no attribute named in common (sources, places, bodies)
    if any(_holds_range(label) for label in words):
        return False  # "cấp huyện trở lên", "từ 60 tuổi": a range holds the others
    if words[0][0] in cross_traits().openers:
        return False  # "tại xã A", "cho hộ nghèo": places and recipients, read by other rules
    if any(names_a_trait(label) for label in words):
        return False  # "đại biểu nữ", "hội viên trẻ": traits that cut across
    return kinds_are_plain(slots[1], check_phrases=False)
