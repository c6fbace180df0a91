"""Shares of the values of one dimension read from data (``data/share_dimensions.toml``).

"Trong đó, khách đến bằng đường hàng không đạt 9,1 triệu lượt người, chiếm 85,2% lượng khách
quốc tế đến và tăng 22,7% so với cùng kỳ năm trước; bằng đường bộ đạt 1,4 triệu lượt người,
chiếm 13,1% và tăng 10,9%; bằng đường biển đạt 181,4 nghìn lượt người, chiếm 1,7% và tăng 10%"
(vov.vn, 2025): international visitors arrive by air, by road or by sea, one of them, so the
three shares are those of one whole and must make 100 % within their rounding.  A careful
reader knows it from what the parts are, not from how the sentence is phrased; which parts make
a whole is data (a dimension's values, the sets of them that are the whole, the words of the
whole it belongs to), never a phrasing in code.

The reading (:func:`data_dimension_shares`), one sentence at a time:

* every percentage of the sentence is either a share, written right after *chiếm* ("chiếm
  85,2%", "chiếm tới 62,4%", "chiếm tỷ lệ 30%"), or a change of its item, right after *tăng* /
  *giảm* ("tăng 22,7% so với cùng kỳ"), which is left out; any other percentage (a rate of a
  plan, a share written otherwise) leaves the sentence unread;
* the words of each share's item, from the share before it (or the sentence's start) to it,
  name exactly one value of one dimension of the data, the same dimension for every item, each
  value once;
* when the dimension names the whole it belongs to (``context``: international visitors for
  the ways of arrival, loans for their terms), the sentence or the one before it speaks of it;
* the shares are of one base: the words right after them name one noun at most ("chiếm 60%
  số doanh nghiệp; ... chiếm 50% vốn" are shares of two bases).

The rule ``shares`` then judges them like any other breakdown: more than 100 % beyond their
rounding is an error whatever the values named; less only when the values named are one of
the dimension's complete sets (short-term and medium-and-long-term loans; domestic and foreign
films).  The ways of arrival have no complete set in the data yet (an older test holds that
their shares below 100 % say nothing): only more than 100 % is read there.

Near misses, where it stays quiet: freight by mode ("vận chuyển hàng hóa đường bộ chiếm 75%
..."; no international visitors in the sentence or before it: inland waterways and rail are
left out of such lists); two values with one of them named twice ("đường hàng không chiếm 80%,
trong đó đường hàng không từ Hàn Quốc chiếm 30%"); a share not after *chiếm* ("phim nội chỉ
đạt 42% doanh thu"); the visitors by air and by road only (less than 100 % says nothing: the
sea is left out).
"""

from __future__ import annotations

import functools
import importlib.resources
import re
import tomllib
from collections.abc import Sequence
from typing import Any

import attrs

from hoiquanchung.checker._context import ParagraphContext
from hoiquanchung.checker._mentions import Mention
from hoiquanchung.messages import Localized
from hoiquanchung.numbers import Bound

__all__ = ["complete_values", "data_dimension_shares", "dimension_words"]

# A share right before its figure: "chiếm 85,2%", "chiếm tới 62,4%", "chiếm tỷ trọng 58%".
_SHARE_VERB = re.compile(
    r"\bchiếm(?:\s+(?:tới|đến))?(?:\s+(?:tỷ|tỉ)\s*(?:lệ|trọng))?(?:\s+là)?\s*:?\s*\Z",
    re.IGNORECASE,
)
# A change of the item right before its figure: "tăng 22,7%", "giảm 2,3%", "tăng thêm 5%".
_CHANGE = re.compile(r"\b(?:tăng|giảm)(?:\s+(?:thêm|mạnh|nhẹ|trưởng))?\s*\Z", re.IGNORECASE)
_MAX_CUE = 30  # the characters before a figure where its verb is looked for
_FIRST_WORD = re.compile(r"\s+(\w+)(?:\s+(\w+))?")
# Words right after a share that name no base of their own.
_NO_NOUN = frozenset(
    {"và", "còn", "là", "so", "trong", "trên", "dưới", "của", "với", "tăng", "giảm"}
)
_MIN_SHARES = 2


@attrs.frozen
class _Dimension:
    name: str
    words: Localized
    pattern: re.Pattern[str]
    canonical: dict[str, str]  # phrase (normalised) -> value
    complete: tuple[frozenset[str], ...]
    context: tuple[str, ...]


def _norm(text: str) -> str:
    return " ".join(text.casefold().split())


def _key(phrase: str) -> str:
    """A phrase compared: lower case, one space between words, none before a comma, one on each
    side of a dash ("trung, dài hạn", "trung - dài hạn")."""
    return _norm(re.sub(r"\s*,\s*", ", ", re.sub(r"\s*-\s*", " - ", phrase)))


def _pattern_of(key: str) -> str:
    """The pattern of a compared phrase: any spaces between its words and around its marks."""
    out = []
    for word in key.split():
        if word == "-":
            out.append(r"\s*-\s*")
        elif word.endswith(","):
            out.append(re.escape(word[:-1]) + r"\s*,\s*")
        else:
            out.append(re.escape(word) + r"\s+")
    return "".join(out).removesuffix(r"\s+").replace(r"\s+\s*", r"\s*")


@functools.cache
def _dimensions() -> tuple[_Dimension, ...]:
    resource = importlib.resources.files("hoiquanchung") / "data" / "share_dimensions.toml"
    data: dict[str, Any] = tomllib.loads(resource.read_text(encoding="utf-8"))
    out = []
    for entry in data["dimensions"]:
        canonical = {
            _key(phrase): _norm(value)
            for value, phrases in entry["values"].items()
            for phrase in phrases
        }
        keys = sorted(canonical, key=len, reverse=True)
        alternation = "|".join(_pattern_of(k) for k in keys)
        not_after = "|".join(re.escape(w) for w in entry.get("not_after", []))
        guard = rf"(?!\s+(?:{not_after})(?!\w))" if not_after else ""
        pattern = re.compile(rf"(?<!\w)({alternation})(?!\w){guard}", re.IGNORECASE)
        out.append(
            _Dimension(
                name=str(entry["name"]),
                words=Localized(str(entry["vi"]), str(entry["en"])),
                pattern=pattern,
                canonical=canonical,
                complete=tuple(frozenset(_norm(v) for v in group) for group in entry["complete"]),
                context=tuple(_norm(c) for c in entry.get("context", [])),
            )
        )
    return tuple(out)


def _values(text: str) -> set[tuple[str, str]]:
    """The values ``(dimension, value)`` named in *text*."""
    found: set[tuple[str, str]] = set()
    for dim in _dimensions():
        for m in dim.pattern.finditer(text):
            value = dim.canonical.get(_key(m.group(1)))
            if value is not None:
                found.add((dim.name, value))
    return found


def complete_values(dimension: str, values: set[str]) -> bool | None:
    """Whether *values* of the data's *dimension* are one of its complete sets; ``None`` when
    *dimension* is none of the data's.

    >>> complete_values("loan-term", {"ngắn hạn", "trung dài hạn"})
    True
    >>> complete_values("loan-term", {"ngắn hạn", "dài hạn"}), complete_values("sex", {"nam"})
    (False, None)
    """
    for dim in _dimensions():
        if dim.name == dimension:
            return frozenset(values) in dim.complete
    return None


def dimension_words(dimension: str) -> Localized | None:
    """The words of the data's *dimension* in a finding's message, or ``None``."""
    return next((d.words for d in _dimensions() if d.name == dimension), None)


def _is_share(m: Mention) -> bool:
    return m.unit == "%" and m.bound is Bound.EXACT and 0 <= m.value <= 100 and m.fraction is None


def _speaks_of(dimension: str, text: str) -> bool:
    dim = next(d for d in _dimensions() if d.name == dimension)
    if not dim.context:
        return True
    low = _norm(text)
    return any(c in low for c in dim.context)


def data_dimension_shares(
    context: ParagraphContext,
    sentences: Sequence[tuple[int, int]],
    k: int,
    inside: Sequence[Mention],
) -> tuple[list[Mention], list[tuple[str, str]]] | None:
    """The shares of sentence *k* (its percentages *inside*) and the parts ``(dimension,
    value)`` they are of, when each names one value of one dimension of the data; else
    ``None``.

    >>> from hoiquanchung.checker import check_text
    >>> [f.code for f in check_text(
    ...     "Khách quốc tế đến Việt Nam đạt 10,7 triệu lượt người. Trong đó, khách đến bằng "
    ...     "đường hàng không chiếm 85,2% và tăng 22,7%; bằng đường bộ chiếm 13,1%; bằng đường "
    ...     "biển chiếm 4,4%.")]
    ['share-sum-mismatch']
    >>> check_text("Vận chuyển hàng hóa đường bộ chiếm 75%; đường biển chiếm 15%; đường hàng không "
    ...     "chiếm 2%.")
    []
    """
    text, base = context.text, context.paragraph.offset
    start, end = sentences[k]
    chosen: list[Mention] = []
    parts: list[tuple[str, str]] = []
    item_start = start
    for m in inside:
        at = m.start - base
        cue = text[max(item_start, at - _MAX_CUE) : at]
        if _SHARE_VERB.search(cue) is None:
            if _CHANGE.search(cue) is None:
                return None
            item_start = m.end - base
            continue
        if not _is_share(m):
            return None
        named = _values(text[item_start:at])
        if len(named) != 1:
            return None
        chosen.append(m)
        parts.append(named.pop())
        item_start = m.end - base
    if (
        len(chosen) < _MIN_SHARES
        or len({d for d, _ in parts}) != 1
        or len(set(parts)) != len(parts)
    ):
        return None
    nouns = set()
    for m in chosen:
        after = _FIRST_WORD.match(text, m.end - base, end)
        if after is not None and after.group(1).casefold() not in _NO_NOUN:
            nouns.add(f"{after.group(1)} {after.group(2) or ''}".casefold().strip())
    if len(nouns) > 1:
        return None
    before = sentences[k - 1][0] if k > 0 else start
    if not _speaks_of(parts[0][0], text[before:end]):
        return None
    return chosen, parts
