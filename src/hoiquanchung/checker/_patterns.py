"""Searches that try every position of a paragraph, made cheap: led by their first letters.

A rule's pattern such as ``\\b(?:trong\\s+đó|bao\\s+gồm|gồm)\\b`` (case-blind) has no literal
prefix that the regular-expression engine could skip ahead to: a search tries the whole pattern
at every position of the text.  :func:`led_by` puts a look-ahead for the first letters of its
matches in front (``(?=[tbg])``): at most positions the search then fails at one character class,
and it finds exactly the same matches (the look-ahead takes no character and the flags are the
pattern's own, so the case-blind letters match as in the pattern).  The checker's tests compare
every led pattern with the pattern as written (:data:`LED`) on real and generated text.
:func:`occurrences` finds one character by :meth:`str.find` rather than by a test of every
character in Python.  :func:`lowered` gives a paragraph's lower-case text once to the many rules
that look for their words in it (:func:`remembered`: by the text's identity, never its content).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

__all__ = [
    "GATED",
    "Gated",
    "LED",
    "has_case_twin",
    "led_by",
    "lowered",
    "may_contain",
    "may_contain_between",
    "occurrences",
    "per_unit",
    "remembered",
    "word_starts",
]

#: Every pattern made by :func:`led_by`, with the pattern as written (for the tests).
LED: dict[re.Pattern[str], re.Pattern[str]] = {}


def led_by(first: str, pattern: re.Pattern[str]) -> re.Pattern[str]:
    """*pattern*, searched faster: led by a look-ahead for *first*, the characters (a character
    class's body: ``"tbg"``, ``r"\\dđ"``) that every match of *pattern* starts with.

    *first* must hold the first character of every match (in any case when the pattern is
    case-blind: the look-ahead has the pattern's flags); a character that starts no match only
    costs a little time.

    >>> marker = led_by("tbg", re.compile(r"\\b(?:trong\\s+đó|bao\\s+gồm|gồm)\\b", re.IGNORECASE))
    >>> [m.group() for m in marker.finditer("Có 5 hội, Trong đó 3 hội; gồm 2 chi hội")]
    ['Trong đó', 'gồm']
    """
    fast = re.compile(f"(?=[{first}])(?:{pattern.pattern})", pattern.flags)
    LED[fast] = pattern
    return fast


def occurrences(text: str, char: str, start: int, stop: int) -> list[int]:
    """The offsets of *char* in ``text[start:stop]``, in order (what
    ``[i for i in range(start, stop) if text[i] == char]`` gives, by :meth:`str.find`).

    >>> occurrences("a;b;c;d", ";", 2, 6)
    [3, 5]
    """
    found = []
    at = text.find(char, start, stop)
    while at >= 0:
        found.append(at)
        at = text.find(char, at + 1, stop)
    return found


def remembered[T](memo: dict[int, tuple[str, T]], text: str, make: Callable[[str], T]) -> T:
    """``make(text)``, the same object again for the same *text* object among the last few
    asked for in *memo* (the rules of a paragraph ask for its spans, depths and lower-case text
    again and again).  The text is held while remembered, so its identity is not reused; a text
    equal to another but another object is made anew (nothing is kept by content).  What it
    gives is shared: not to be modified.

    >>> memo: dict[int, tuple[str, list[str]]] = {}
    >>> text = "Có 5 hội"
    >>> remembered(memo, text, str.split) is remembered(memo, text, str.split)
    True
    """
    found = memo.get(id(text))
    if found is not None and found[0] is text:
        return found[1]
    value = make(text)
    if len(memo) >= _REMEMBERED:
        memo.clear()
    memo[id(text)] = (text, value)
    return value


# The texts each memo keeps: the current paragraph and those read a few before it (the figure
# tables search the running period in paragraphs read earlier, and a footnote's anchor: with 4
# kept, those were lowered again; speed); a bound on the memory all the same.
_REMEMBERED = 16


# Letters that a case-blind search matches to an ASCII letter although ``str.lower`` does not
# map them to it (dotless i, long s; the dot that lower() leaves after the i of "İ").
_CASE_TWINS = ("\u0131", "\u017f", "\u0307")


class _Folded:
    """A text's lower-case text (``folded``) and whether its offsets are the text's and hold no
    letter of :data:`_CASE_TWINS` (``plain``: a search led by words may trust them)."""

    __slots__ = ("folded", "plain", "twinned")

    def __init__(self, text: str) -> None:
        folded = text.lower()
        self.folded = folded
        self.twinned = any(c in folded for c in _CASE_TWINS)
        self.plain = len(folded) == len(text) and not self.twinned


_folds: dict[int, tuple[str, _Folded]] = {}
# The text folded last and its folding: asked for again and again by the rules of a paragraph,
# found by the text's identity before the memo of the last few (fewer calls; speed).
_last: list[tuple[str, _Folded]] = [("", _Folded(""))]


def _folding(text: str) -> _Folded:
    """The :class:`_Folded` of *text*, made once for the rules of a paragraph (see
    :func:`remembered`: by the text's identity, never its content)."""
    last = _last[0]
    if last[0] is text:
        return last[1]
    found = remembered(_folds, text, _Folded)
    _last[0] = (text, found)
    return found


def lowered(text: str) -> str:
    """``text.lower()``, made once for the rules of a paragraph (see :func:`remembered`).

    >>> lowered("TRONG ĐÓ 5 hội")
    'trong đó 5 hội'
    """
    last = _last[0]
    if last[0] is text:
        return last[1].folded
    return _folding(text).folded


def may_contain(text: str, words: tuple[str, ...]) -> bool:
    """Whether *text* may hold a match of a case-blind pattern each match of which holds one of
    *words* (lower case): a test of the paragraph's lower-case text (:func:`lowered`, made once)
    before searches that would try every position (``False``: none can match; speed).

    >>> may_contain("TRONG ĐÓ 5 hội", ("trong", "gồm")), may_contain("Có 5 hội", ("trong",))
    (True, False)
    """
    fold = _folding(text)
    folded = fold.folded
    for word in words:
        if word in folded:
            return True
    # A letter the search matches to an ASCII letter although lower() does not (rare): maybe.
    return fold.twinned


def may_contain_between(text: str, words: tuple[str, ...], start: int, end: int) -> bool:
    """:func:`may_contain` for the part ``text[start:end]`` (a sentence): whether a match of
    such a pattern may lie within it (``False``: a search from *start* to *end* finds none).

    The words are looked for in the lower-case text between the same offsets, not copied; when
    lowering changed the length of the text (a rare letter such as ``İ``), offsets are not
    comparable and the answer is ``True``.

    >>> text = "Có 5 hội. Trong đó 3 hội"
    >>> may_contain_between(text, ("trong",), 0, 9), may_contain_between(text, ("trong",), 9, 24)
    (False, True)
    """
    fold = _folding(text)
    folded = fold.folded
    if len(folded) != len(text):
        return True
    for word in words:
        if folded.find(word, start, end) >= 0:
            return True
    return fold.twinned


def has_case_twin(text: str) -> bool:
    """Whether the lower-case *text* holds a letter a case-blind search matches to an ASCII
    letter although ``str.lower`` does not (:data:`_CASE_TWINS`; found once a paragraph).

    >>> has_case_twin("Có 5 hội"), has_case_twin("\u017fố 5")
    (False, True)
    """
    return _folding(text).twinned


def word_starts(text: str, words: tuple[str, ...], start: int, end: int) -> list[int] | None:
    """The offsets in ``text[start:end]`` where one of *words* (lower case) starts in the
    lower-case text, in order and once each; ``None`` when those offsets may miss a match of a
    case-blind pattern led by the words (lowering changed the length of the text, or a letter of
    :data:`_CASE_TWINS` is in it).

    >>> word_starts("Gồm 5 hội, TRONG ĐÓ 3; gồm", ("trong", "gồm"), 1, 26)
    [11, 23]
    """
    last = _last[0]
    fold = last[1] if last[0] is text else _folding(text)
    if not fold.plain:
        return None
    folded = fold.folded
    found: list[int] = []
    for word in words:
        at = folded.find(word, start, end)
        while at >= 0:
            found.append(at)
            at = folded.find(word, at + 1, end)
    if len(found) > 1 and len(words) > 1:
        found = sorted(set(found))
    return found


class Gated:
    """A case-blind *pattern* every match of which starts with one of *words* (lower case, as
    ``str.lower`` gives them), searched only where one of them starts in the lower-case text
    (:func:`word_starts`): the same matches as the pattern's own :meth:`~re.Pattern.search` and
    :meth:`~re.Pattern.finditer`, one :meth:`~re.Pattern.match` a place where a word starts
    instead of a try at every position (speed).  The tests compare each (:data:`GATED`) with
    the pattern on real and generated text.

    >>> marker = Gated(re.compile(r"\\b(?:trong\\s+đó|gồm)\\b", re.I), ("trong", "gồm"))
    >>> [m.group() for m in marker.finditer("Có 5 hội, Trong đó 3 hội; gồm 2", 0, 31)]
    ['Trong đó', 'gồm']
    """

    __slots__ = ("pattern", "words")

    def __init__(self, pattern: re.Pattern[str], words: tuple[str, ...]) -> None:
        self.pattern = pattern
        self.words = words
        GATED.append(self)

    def search(self, text: str, start: int, end: int) -> re.Match[str] | None:
        """``pattern.search(text, start, end)``."""
        places = word_starts(text, self.words, start, end)
        if places is None:
            return self.pattern.search(text, start, end)
        match = self.pattern.match
        for at in places:
            found = match(text, at, end)
            if found is not None:
                return found
        return None

    def finditer(self, text: str, start: int, end: int) -> Iterator[re.Match[str]]:
        """``pattern.finditer(text, start, end)`` (the pattern matches no empty text)."""
        places = word_starts(text, self.words, start, end)
        if places is None:
            yield from self.pattern.finditer(text, start, end)
            return
        match = self.pattern.match
        done = start
        for at in places:
            if at < done:
                continue
            found = match(text, at, end)
            if found is not None:
                yield found
                done = found.end()


#: Every :class:`Gated` pattern (for the tests).
GATED: list[Gated] = []


_PER_UNIT = re.compile(r"\s*/\s*(?:0?1\s+)?([^\W\d_]*)")


def per_unit(text: str, end: int) -> str | None:
    """The unit of an amount each written with a slash right after ``text[:end]``
    ("300.000 đồng/hộ", "1 triệu đồng/01 suất"), in lower case: ``""`` for a slash with no
    word after it, ``None`` when no slash follows.

    >>> per_unit("300.000 đồng/ hộ (trong đó", 12), per_unit("1 triệu đồng/01 Suất", 12)
    ('hộ', 'suất')
    >>> per_unit("300.000 đồng (", 12), per_unit("12 đồng / 3", 8)
    (None, '')
    >>> per_unit("400.000đ/1 xuất tổng kinh phí", 8)  # "xuất", the misspelling of "suất"
    'xuất'
    """
    m = _PER_UNIT.match(text, end)
    return m.group(1).casefold() if m else None
