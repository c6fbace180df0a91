"""Các địa phương được đếm (the places a figure is shared among, counted).

"2.524 tỉ đồng ... cho 15 địa phương", "165 tỉ đồng ... cho tám địa phương", "110 suất quà ...
tại 2 xã": a count, in digits or in words (*hai* to *mười*), then the noun of the places'
tier.  Rule totals reads the phrase with the list of the provinces in a bracket after it
(``_totals._counted_provinces``), rule 2d with the parts in the sentences after it
(``_continued_totals``): both build their pattern from :func:`counted_places` and read the count
with :func:`count_of` and the tier with :func:`tier_of`, so that the two never disagree on
what a count of places is.

>>> import re
>>> found = re.search(counted_places(), "hỗ trợ 165 tỉ đồng cho tám địa phương")
>>> count_of(found.group("k")), tier_of(found.group("noun"))
(8, 'province')
>>> found = re.search(counted_places(), "trao 110 suất quà tại 2 xã, phường")
>>> count_of(found.group("k")), tier_of(found.group("noun"))
(2, 'commune')
>>> re.search(counted_places(provinces_only=True), "tại 2 xã") is None
True
>>> count_of("haı") is None  # a dotless ı: no count word
True
"""

from __future__ import annotations

import functools
from typing import Final

# The counts in words a report writes before a noun of places (above ten it writes digits).
COUNT_WORDS: Final = {
    "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10
}  # fmt: skip

# The space between the words of the phrase: never a line's end.
_SPACE = r"[ \t\u00a0]"

# The noun of each tier of places, as a pattern (the provinces first: a rule that reads only
# provinces takes them alone).
_PROVINCE_NOUNS = rf"địa{_SPACE}+phương|tỉnh(?:{_SPACE}*,{_SPACE}*thành(?:{_SPACE}+phố)?)?"
_OTHER_NOUNS = (
    rf"xã(?:,{_SPACE}*phường(?:,{_SPACE}*thị{_SPACE}+trấn)?)?|phường"
    rf"|huyện(?:,{_SPACE}*thị{_SPACE}+xã)?"
)
# The tier of the places each noun counts, by its first word (``[places]`` of
# breakdown_kinds.toml).
_TIERS: Final = {
    "địa": "province",
    "tỉnh": "province",
    "xã": "commune",
    "phường": "commune",
    "huyện": "district",
}


@functools.cache
def counted_places(*, provinces_only: bool = False, every: bool = False) -> str:
    """The pattern (its source, to compile within a rule's own) of a count of places: the
    count in group ``k`` and the places' noun in group ``noun``; only provinces (*địa phương*,
    *tỉnh*, *tỉnh, thành phố*) when *provinces_only*; *các* (all of them, uncounted: no
    :func:`count_of`) too when *every*."""
    words = "|".join(COUNT_WORDS) + ("|các" if every else "")
    nouns = _PROVINCE_NOUNS if provinces_only else f"{_PROVINCE_NOUNS}|{_OTHER_NOUNS}"
    return rf"(?P<k>\d{{1,2}}|{words}){_SPACE}+(?P<noun>{nouns})(?!\w)"


def count_of(k: str) -> int | None:
    """The count a match's group ``k`` says; ``None`` for a word that is no count word (a
    case-blind pattern matches "haı" with a dotless ı, which is none)."""
    return int(k) if k.isdigit() else COUNT_WORDS.get(k.casefold())


def tier_of(noun: str) -> str | None:
    """The tier of the places a match's group ``noun`` counts ("tỉnh, thành phố": its first
    word without the comma)."""
    return _TIERS.get(noun.split()[0].split(",")[0].casefold())
