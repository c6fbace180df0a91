"""Parallel kinds: parts that repeat their noun, each followed by a kind of its own.

"Tỉnh có 2.931 doanh nghiệp, trong đó 1.470 doanh nghiệp nhỏ, 1.930 doanh nghiệp vừa và 231
doanh nghiệp lớn": each part is counted in the total's noun and says, right after it and
nothing before it, one kind; the kinds share their first words (none here; *cháy* in "23 vụ cháy
nhà, 18 vụ cháy rừng", *hòa giải* in "370 vụ hòa giải thành và 31 vụ hòa giải không thành")
and differ in what follows, one slot.  Such parts name kinds of one set, so no thing is counted
twice: more than the total is an error.  Less says nothing (a *trong đó* list may name some
kinds only), which rule 2 decides (:func:`hoiquanchung.checker._totals._partition`).

Kinds that name a trait cutting across kinds (``[cross_traits]`` in ``breakdown_kinds.toml``:
sex, ethnicity, religion, age, party; "51 đại biểu nữ, 30 đại biểu dân tộc thiểu số"), or open
with a possession, a standing, a range or a place ("60 hộ nghèo, 50 hộ có người khuyết tật"),
may overlap: such a list is none.  So is one whose kinds nest ("nhà", "nhà dân").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from hoiquanchung.checker._kinds import cross_traits

__all__ = ["kinds_are_plain", "names_a_trait", "parallel_kinds", "parallel_slots"]

_WORD = re.compile(r"\w+")
# What may stand before a part in its item: nothing but these words (and punctuation).
_HEAD_FILLERS = frozenset({"có", "là", "và", "gồm", "bao", "trong", "đó", "với", "cụ", "thể"})
_MAX_KIND_WORDS = 6  # words of one kind after the shared ones: a longer tail is a clause
_MAX_PHRASE = 3  # words of the longest phrase of ``[cross_traits]``


def parallel_kinds(heads: Sequence[str], tails: Sequence[str]) -> bool:
    """Whether parts whose items read ``head`` + figure and noun + ``tail`` name parallel kinds
    (see the module): every head holds nothing but fillers, every tail is a kind after the
    words all share, the kinds distinct, none nested in another, none a cross-cutting trait.

    >>> parallel_kinds(["", " ", " "], [" nhỏ", " vừa", " lớn."])
    True
    >>> parallel_kinds([" có ", " "], [" hòa giải thành", " hòa giải không thành"])
    True
    >>> parallel_kinds(["", ""], [" cháy nhà", " cháy rừng"])
    True
    >>> parallel_kinds(["", ""], [" nữ", " dân tộc thiểu số"])  # cross-cutting traits
    False
    >>> parallel_kinds(["", ""], [" nghèo", " có người khuyết tật"])  # a possession
    False
    >>> parallel_kinds(["", ""], [" tại xã nghèo", " tại xã biên giới"])  # places may overlap
    False
    >>> parallel_kinds(["", ""], [" cháy nhà", " cháy nhà dân"])  # nested
    False
    >>> parallel_kinds(["xã A ", "xã B "], [" ", " "])  # labels before the figures
    False
    >>> parallel_kinds(["", ""], [" nhỏ", " nhỏ"]), parallel_kinds([""], [" nhỏ"])
    (False, False)
    """
    if len(tails) < 2 or len(heads) != len(tails):
        return False
    for head in heads:
        if any(w.casefold() not in _HEAD_FILLERS for w in _WORD.findall(head)):
            return False
    words = [tuple(w.casefold() for w in _WORD.findall(tail)) for tail in tails]
    slots = parallel_slots(words, _MAX_KIND_WORDS)
    if slots is None:
        return False
    traits = cross_traits()
    if any(w[0] in traits.openers for w in words):
        return False  # "60 suất cho trường A, 50 suất cho trường B", "tại xã A": recipients, places
    return kinds_are_plain(slots[1], check_phrases=True)


def parallel_slots(
    words: Sequence[tuple[str, ...]], max_words: int
) -> tuple[int, list[tuple[str, ...]]] | None:
    """How many first words every label shares, and each label's kind (the words after them),
    when the kinds are distinct, none empty or longer than *max_words*, none nested in another
    ("nhà" and "nhà dân"); ``None`` otherwise.  Shared by :func:`parallel_kinds` (kinds after
    the figures) and :func:`~hoiquanchung.checker._parallel_heads.parallel_heads` (before).

    >>> parallel_slots([("vụ", "cháy", "nhà"), ("vụ", "cháy", "rừng")], 3)
    (2, [('nhà',), ('rừng',)])
    >>> parallel_slots([("cháy", "nhà"), ("cháy", "nhà", "dân")], 3) is None  # nested
    True
    """
    shared = 0
    while all(len(w) > shared for w in words) and len({w[shared] for w in words}) == 1:
        shared += 1
    kinds = [w[shared:] for w in words]
    if any(not k or len(k) > max_words for k in kinds) or len(set(kinds)) != len(kinds):
        return None
    for a in kinds:
        for b in kinds:
            if a != b and b[: len(a)] == a:
                return None  # "nhà" and "nhà dân": one kind holds the other
    return shared, kinds


def names_a_trait(words: tuple[str, ...]) -> bool:
    """Whether *words* hold a phrase of ``[cross_traits]`` ("nữ", "dân tộc thiểu số"): a trait
    that cuts across kinds, so labels holding one may overlap.

    >>> names_a_trait(("đại", "biểu", "nữ")), names_a_trait(("doanh", "nghiệp", "nhỏ"))
    (True, False)
    """
    phrases = cross_traits().words
    for n in range(1, _MAX_PHRASE + 1):
        for k in range(len(words) - n + 1):
            if " ".join(words[k : k + n]) in phrases:
                return True
    return False


def kinds_are_plain(kinds: Sequence[tuple[str, ...]], *, check_phrases: bool) -> bool:
    """Whether no kind opens with a possession, standing or place (``[cross_traits]`` openers),
    none negates a kind the list does not also name ("không X" without "X"), and (when
    *check_phrases*) none names a cross-cutting trait once its negation is set aside."""
    traits = cross_traits()
    listed = set(kinds)
    for kind in kinds:
        if kind[0] in traits.negations:
            if kind[1:] not in listed:
                return False  # "không X" without "X": a trait, not a negation pair
            kind = kind[1:]
        if kind[0] in traits.openers:
            return False
        if check_phrases and names_a_trait(kind):
            return False
    return True
