"""The quantity grammar, one grammar with two entry points: parse_quantity and find_quantities.

A quantity is ``[bound word] number [scale words [number scale words]...] [unit] [trở lên|trở
xuống]``:

* the **number** is strict (:func:`~hoiquanchung.numbers.parse_number`);
* **scale words** ``nghìn``/``ngàn`` (10³), ``triệu`` (10⁶), ``tỷ``/``tỉ`` (10⁹) multiply, and
  consecutive ones multiply together (``nghìn tỷ`` = 10¹², ``tỷ tỷ`` = 10¹⁸); further groups
  must descend and add (``1 tỷ 201 triệu`` = 1 201 000 000; ``1 tỷ 040 triệu``); each later
  coefficient must be smaller than the ratio of the scales, only the last may carry decimals
  (``1 tỷ 286,6 triệu``), and a last group without a scale word (``1 tỷ 201 triệu 500 đồng``)
  is read only before a money unit or at the end of the text;
* the **unit**: ``%`` (also ``'57,87 %'`` and ``phần trăm``), money (``đồng``, ``đ``, ``VNĐ``,
  ``VND`` → ``'đồng'``), a unit written against the number (``2.147m2`` → ``'m2'``, ``m²`` →
  ``'m2'``), or the counted noun: the longest noun of :data:`UNIT_NOUNS` (``'lượt người'``,
  ``'đơn vị máu'``, ``'hội viên'``, ``'mô hình'``), ``lượt`` + the noun after it, a counted noun
  of one word alone (``'40 hội cấp tỉnh'`` → ``'hội'``), else the noun phrase up to a boundary,
  at most three words (``'300 bình nước lọc'`` → ``'bình nước lọc'``; a function, scale, bound
  or label word, a capitalised name or a one-word noun ends it); never a function word (``là``,
  ``và``, ``của``...).  Units are NFC and lower-case.  :func:`parse_quantity` reads the whole
  rest of its text as the unit; :func:`find_quantities` only what the rules above delimit.

In a longer text, :func:`find_quantities` also reads: the two ends of a range, the low end with
the scale and unit of the high end (``từ 20 đến 50 triệu đồng``, ``18 - 35 tuổi``); a count
after the slash that follows another count, with its own noun (``1.250 buổi/48.300 lượt
người``); and no quantity in a number after a label noun (``tổ dân phố 27``, ``lần thứ 9``) or
in a plain year after a noun (``mùa mưa bão 2023``, a date).  The words are data (see
:mod:`hoiquanchung.numbers._vocabulary`); the scanner is an ordered list of small recognisers,
the first that claims a number reads it.
"""

from __future__ import annotations

import decimal
import functools
import re
from collections.abc import Callable
from decimal import Decimal
from typing import Any, Final, Literal, NamedTuple

import attrs

from hoiquanchung.errors import NumberFormatError
from hoiquanchung.numbers._parse import MAX_NUMBER_DIGITS, SPACES, nfc, read_number
from hoiquanchung.numbers._quantity import (
    Bound,
    DateMatch,
    Quantity,
    QuantityMatch,
    exact_date,
    exact_match,
    exact_quantity,
)
from hoiquanchung.numbers._vocabulary import (
    LETTER,
    WS,
    alternation,
    amount_after,
    bound_alternation,
    bound_words,
    day_words,
    dimension_labels,
    label_nouns,
    level_alternation,
    ordinal_words,
    phrase_enders,
    range_words,
    scale_pattern,
    scale_words,
    single_nouns,
    stop_words,
    times_of_day,
    unit_nouns,
)

__all__ = [
    "NumberScan",
    "UNIT_NOUNS",
    "find_dates",
    "find_number_errors",
    "find_quantities",
    "parse_quantity",
    "scan_numbers",
]

_WS: Final = WS
_L: Final = LETTER
# A number token.  Written "[0-9][0-9]*" (the same as "[0-9]+"), the pattern opens with one
# character class, which the search skips ahead to in C: a third faster over a paragraph.
_NUM: Final = re.compile(r"[0-9][0-9]*(?:[.,][0-9]+)*")
# The number tokens the scanner reads: those of _NUM not after a letter, a digit, an underscore,
# a slash, a dot or a comma (``\w`` is what str.isalnum() tests, and "_"), which are part of a
# word or of a number read already (the commonest cases of _inside_something).  The test is
# made by the search, in C, after the first digit (so that the pattern still opens with one
# character class): every digit inside a token comes after a digit, a dot or a comma and is
# passed over as the token would be, so the tokens found are those of _NUM that the scanner
# did not pass over (speed).
_TOKEN: Final = re.compile(r"[0-9](?<![\w/.,][0-9])[0-9]*(?:[.,][0-9]+)*")
_SCALES: Final = scale_words()
_SCALE: Final = scale_pattern()
# The first letters of the scale words, in either case (what _SCALE, case-blind, can match
# first after its white space; no other character matches them case-blind: the tests hold
# it): a number followed by none of them, after one space or none, has no scale word, without
# the pattern's try (most numbers; speed).
_SCALE_LEAD: Final = frozenset(w[0] for w in _SCALES) | frozenset(w[0].upper() for w in _SCALES)
_CONT: Final = re.compile(rf"{_WS}+([0-9]{{1,3}}(?:,[0-9]+)?)(?![0-9.,/])")
_PREFIX_AHEAD: Final = re.compile(rf"({bound_alternation('before')}){_WS}+", re.IGNORECASE)
# Searched backwards over a few characters before every number: a look-ahead for the words'
# first letters (case-blind, as the pattern) fails fast where no bound word can start.
_PREFIX_BEHIND: Final = re.compile(
    rf"(?=[{''.join(sorted({w[0] for w in bound_words('before')}))}])"
    rf"(?<!{_L})({bound_alternation('before')}){_WS}+\Z",
    re.IGNORECASE,
)
# The last letters of the bound words before a number, and white space (case-blind, as the
# pattern): _PREFIX_BEHIND finds a word before a number only when the character before the
# white space ahead of it is one of these (a test of one character, not a search; speed).
_PREFIX_LAST: Final = re.compile(
    f"[{re.escape(''.join(sorted({w[-1] for w in bound_words('before')})))}{SPACES}]",
    re.IGNORECASE,
)
_SUFFIX: Final = re.compile(rf"{_WS}+({bound_alternation('after')})(?!{_L})", re.IGNORECASE)
# The characters _SUFFIX can take after its first white space: more white space, or the first
# letter of a bound word after a number in either case (no other character matches them
# case-blind: the tests hold it).  A number's unit followed by one space and none of these has
# no bound word after it, without the pattern's try (most figures; speed).
_SUFFIX_LEAD: Final = frozenset(
    {w[0] for w in bound_words("after")} | {w[0].upper() for w in bound_words("after")}
) | frozenset(SPACES)
# "từ" has no bound of its own: only with "trở lên" / "trở xuống" after the number.
_PREFIX_BOUND: Final[dict[str, Bound | None]] = {
    word: None if name is None else Bound[name] for word, name in bound_words("before").items()
}
# Whether _PREFIX_LAST matches a character, by the characters met lately (one look-up, not a
# call of the pattern; cleared when full: a bound on the memory).
_PREFIX_LAST_SEEN: dict[str, bool] = {}


def _may_end_bound_word(ch: str) -> bool:
    """Whether *ch* may be the last letter of a bound word before a number, or white space
    (what :data:`_PREFIX_LAST` matches), kept for the next time (speed).

    >>> _may_end_bound_word("n"), _may_end_bound_word("N"), _may_end_bound_word("b")
    (True, True, False)
    """
    seen = _PREFIX_LAST_SEEN.get(ch)
    if seen is None:
        seen = _PREFIX_LAST.match(ch) is not None
        if len(_PREFIX_LAST_SEEN) >= _MAX_LAST_SEEN:
            _PREFIX_LAST_SEEN.clear()
        _PREFIX_LAST_SEEN[ch] = seen
    return seen


_MAX_LAST_SEEN: Final = 4096
_SUFFIX_BOUND: Final[dict[str, Bound]] = {
    word: Bound[name] for word, name in bound_words("after").items() if name is not None
}
_SPACED_PERCENT: Final = re.compile(rf"{_WS}*%|{_WS}+phần{_WS}+trăm(?!{_L})", re.IGNORECASE)
# The second character of a match of _SPACED_PERCENT that opens with white space.
_PERCENT_SECOND: Final = frozenset(SPACES + "%pP")
# A word after white space (with "2"/"3" against it: m2, m³).  _WORDS reads the first word
# after a number and up to _WORDS_AFTER more in one match: a word is read whole or not at all,
# so the nested optional groups read what successive matches of one word would.
_ONE_WORD: Final = rf"{_WS}+({_L}+(?:[23²³](?![0-9]))?)(?![0-9]|{_L})"
_MONEY: Final[dict[str, str]] = {"đồng": "đồng", "đ": "đồng", "vnđ": "đồng", "vnd": "đồng"}
_ATTACHED_UNITS: Final[dict[str, str]] = {"m²": "m2", "m³": "m3", **_MONEY}


#: Counted nouns of more than one word that :func:`find_quantities` reads as one unit (from
#: ``hoiquanchung/numbers/data/unit_nouns.toml``).  Any other noun is read as its first word.
UNIT_NOUNS: Final[frozenset[str]] = unit_nouns()
_MAX_NOUN_WORDS: Final = max(n.count(" ") + 1 for n in UNIT_NOUNS)
_STOP: Final = stop_words()
_SINGLE: Final = single_nouns()
# Where the noun phrase of an unknown noun ends: a function, scale, bound or label word, a
# dimension's label ("cấp tỉnh", "nam", "khác"), or a counted noun of one word; and where a verb
# that follows it begins (_PHRASE_ENDERS, whole words: "14 HTX hoạt động", the noun is "htx").
_NOUN_BOUNDARY: Final = frozenset(
    {
        *_STOP,
        *_SINGLE,
        *scale_words(),
        *(p for w in (*bound_words("before"), *bound_words("after")) for p in w.split()),
        *(p for w in label_nouns() for p in w.split()),
        *(p for d in ("sex", "area", "rest") for w in dimension_labels(d) for p in w.split()),
        level_alternation()[0],
    }
)
_PHRASE_WORDS: Final = 3  # an unknown noun is read up to three words
_PHRASE_ENDERS: Final = phrase_enders()
# The lengths in words of the phrase enders, by their first word.
_ENDER_LENGTHS: Final[dict[str, tuple[int, ...]]] = {
    first: tuple(sorted({e.count(" ") + 1 for e in _PHRASE_ENDERS if e.split()[0] == first}))
    for first in {e.split()[0] for e in _PHRASE_ENDERS}
}


def _ends_phrase(words: list[str], i: int) -> bool:
    """Whether a phrase ender (:data:`_PHRASE_ENDERS`) begins at ``words[i]``."""
    lengths = _ENDER_LENGTHS.get(words[i])
    return lengths is not None and any(
        " ".join(words[i : i + k]) in _PHRASE_ENDERS for k in lengths
    )


_WORDS_AFTER: Final = max(_MAX_NOUN_WORDS, _PHRASE_WORDS)
_WORDS: Final = re.compile(
    _ONE_WORD + "".join(f"(?:{_ONE_WORD}" for _ in range(_WORDS_AFTER)) + ")?" * _WORDS_AFTER
)

_EXACT: Final = decimal.Context(
    prec=decimal.MAX_PREC,
    Emax=decimal.MAX_EMAX,
    Emin=decimal.MIN_EMIN,
    traps=[decimal.InvalidOperation, decimal.Inexact, decimal.Overflow],
)


def _tidy(value: Decimal) -> Decimal:
    """An integral value with exponent 0 (``1.46E+10`` → ``14600000000``); others unchanged."""
    # Exponent 0 exactly when the value is written as a whole number, digits and perhaps a
    # minus (a larger exponent is written with "E", a smaller one with "." or "E"; a NaN is
    # no number and goes on): the string is cheaper than the tuple of digits (speed).
    if str(value).lstrip("-").isdigit():
        return value
    if value == value.to_integral_value(context=_EXACT):
        return Decimal(int(value))
    return value


class _Amount(NamedTuple):
    end: int
    value: Decimal
    resolution: Decimal
    decimals: int
    scaled: bool  # a scale word was read


def _fail(message: str, text: str, offset: int, suggestions: tuple[str, ...] = ()) -> None:
    raise NumberFormatError(message, text=text, offset=offset, suggestions=suggestions)


def _read_token(text: str, start: int, token: str | None = None) -> tuple[int, int | Decimal, int]:
    """Read one strict number token at *start*; return ``(end, value, decimals)``.

    *token*: the token at *start* when the scanner has matched it already (not matched again).
    """
    if token is None:
        m = _NUM.match(text, start)
        if m is None:
            _fail("expected a number", text, start)
        assert m is not None
        token = m.group()
    end = start + len(token)
    if len(token) <= MAX_NUMBER_DIGITS:
        if token.isdigit():
            return end, int(token), 0  # what read_number gives a plain run of digits (speed)
        # The commonest shapes read here, as read_number reads them (it is a function, a
        # pattern with named groups and checks: several times the cost; speed): "729.888"
        # (groups of three after a first digit that is no zero) and "74,87" or "1.234,5" (a
        # decimal comma after such a number or after plain digits, however many zeros lead).
        # A token is digits between dots and commas (_NUM), so a part without either is
        # digits; anything else ("0.500", "1.23", "1,5.3") goes to read_number.
        whole, comma, frac = token.partition(",")
        if whole.isdigit() or _GROUPED.fullmatch(whole) is not None:
            if not comma:
                return end, int(whole.replace(".", "")), 0
            if frac.isdigit():
                return end, Decimal(f"{whole.replace('.', '')}.{frac}"), len(frac)
    try:
        value, decimals = read_number(token)
    except NumberFormatError as err:
        raise NumberFormatError(
            err.message, text=text, offset=start + (err.offset or 0), suggestions=err.suggestions
        ) from None
    return end, value, decimals


# A whole number in groups of three, its first digit no zero: what read_number reads as the
# digits without their dots (its other grouped shapes are errors).
_GROUPED: Final = re.compile(r"[1-9][0-9]{0,2}(?:\.[0-9]{3})+")
_SCALE_LIMIT: Final = 10**MAX_NUMBER_DIGITS


def _read_scales(text: str, pos: int) -> tuple[int, int]:
    """Multiply the scale words at *pos*; return ``(multiplier, end)`` (1 when none).

    ``tỷ tỷ tỷ ...`` beyond :data:`MAX_NUMBER_DIGITS` digits is refused (a huge multiplier
    would cost quadratic time and is no figure of a report).
    """
    mult = 1
    sm = _SCALE.match(text, pos)
    if sm is None:  # no scale word (most numbers)
        return 1, pos
    first = sm.start(1)
    while sm is not None:
        # A word written as the scales list it (lower case: its own lower case) is found as
        # written, without lowering it (speed).
        word = sm.group(1)
        scale = _SCALES.get(word)
        mult *= scale if scale is not None else _SCALES[_lower(word)]
        if mult >= _SCALE_LIMIT:
            _fail(f"scale words make more than {MAX_NUMBER_DIGITS} digits", text, first)
        pos = sm.end()
        sm = _SCALE.match(text, pos)
    return mult, pos


def _money_or_end(text: str, pos: int) -> bool:
    """Whether a money unit, or only white space, follows *pos*."""
    rest = text[pos : pos + 8].lstrip(SPACES)
    if not rest and _BLANK.match(text, pos).end() == len(text):  # type: ignore[union-attr]
        return True
    m = _UNIT_WORD.match(rest)
    return m is not None and _lower(m.group()) in _MONEY


_ONE: Final = Decimal(1)
_MINUS_ONE: Final = Decimal(-1)
#: The Decimal of each whole number below this, made once (most figures are small counts: a
#: look-up, not a constructor, for each; speed).  Decimals are immutable: sharing one is safe.
_SMALL: Final = 1000
_SMALL_DECIMALS: Final = tuple(Decimal(i) for i in range(_SMALL))


@functools.lru_cache(maxsize=256)
def _unit_of(scale: int, decimals: int) -> Decimal:
    """The value of one unit of the last digit (a few pairs, again and again: kept; speed)."""
    return _tidy(Decimal(scale).scaleb(-decimals, _EXACT))


def _read_amount(
    text: str,
    start: int,
    negative: bool,
    token: tuple[int, int] | None = None,
    written: str | None = None,
) -> _Amount:
    """Read a number and its scale words at *start* (the first digit).

    *token*: the end and value of the number at *start* when it is a plain run of digits
    already read (the scanner's token: not read again); *written*: the token at *start* as
    the scanner matched it (not matched again).
    """
    first: int | Decimal
    if token is not None:
        end, first, decimals = token[0], token[1], 0
    else:
        end, first, decimals = _read_token(text, start, written)
    mult, scale_end = _read_scales(text, end)
    if mult == 1:
        if decimals == 0:  # the common case, kept fast
            return _Amount(end, Decimal(-first if negative else first), _ONE, 0, False)
        value = Decimal(first)
        return _Amount(
            end, value.copy_negate() if negative else value, _unit_of(1, decimals), decimals, False
        )
    sign = _MINUS_ONE if negative else _ONE
    # The number times its scale, exactly: made from the product of two ints when the number
    # is one (no Decimal multiplied; speed), then negated: the sign of an exact product is the
    # sign of its factors together, "-0 tỷ" a negative zero too (what multiplying by -1 gives).
    if isinstance(first, int):
        total = Decimal(first * mult)
    else:
        total = _EXACT.multiply(first, Decimal(mult))
    if negative:
        total = total.copy_negate()
    resolution = _unit_of(mult, decimals)
    end = scale_end
    prev = mult
    while decimals == 0:
        cm = _CONT.match(text, end)
        if cm is None:
            break
        whole, _, frac = cm.group(1).partition(",")
        coef = Decimal(f"{whole}.{frac}") if frac else Decimal(int(whole))
        cdec = len(frac)
        mult, scale_end = _read_scales(text, cm.end())
        if mult == 1:
            # Lower units without a scale word: only before a money unit or at the end.
            if coef < prev and _money_or_end(text, cm.end()):
                total = _EXACT.add(total, _EXACT.multiply(sign, coef))
                return _Amount(cm.end(), _tidy(total), _unit_of(1, cdec), cdec, True)
            break
        if mult >= prev or _EXACT.multiply(coef, Decimal(mult)) >= prev:
            break
        total = _EXACT.add(total, _EXACT.multiply(_EXACT.multiply(sign, coef), Decimal(mult)))
        resolution = _unit_of(mult, cdec)
        decimals = cdec
        end = scale_end
        prev = mult
    # The resolution comes tidy from _unit_of; a total of whole numbers only has exponent 0
    # already (what _tidy would check; speed).
    if decimals or not isinstance(first, int):
        total = _tidy(total)
    return _Amount(end, total, resolution, decimals, True)


_UNIT_WORD: Final = re.compile(rf"{_L}+(?:[23²³](?![0-9]))?(?![0-9]|{_L})")


# Letters that ``re.IGNORECASE`` matches to an ASCII letter but ``str.lower`` does not map to it:
# Turkish dotted and dotless i, the long s.
_CASE_TWINS: Final = str.maketrans({"\u0131": "i", "\u017f": "s", "\u0307": None})


def _lower(text: str) -> str:
    """*text* in lower case, folded so that whatever the case-blind patterns match is a key."""
    lowered = text.lower()
    # translate() is slow on non-ASCII text: only when a twin is there (rare).
    if "\u0131" in lowered or "\u017f" in lowered or "\u0307" in lowered:
        return lowered.translate(_CASE_TWINS)
    return lowered


def _norm_unit(word: str) -> str:
    word = _lower(word)
    return _ATTACHED_UNITS.get(word, word)


def _read_unit(text: str, pos: int, *, rest: bool) -> tuple[int, str | None]:
    """Read the unit after a number at *pos*; with *rest*, the whole rest is the unit."""
    if pos >= len(text):
        return pos, None
    first = text[pos]
    # _SPACED_PERCENT needs white space or "%" first: tested before the pattern (speed).
    if first == "%":
        return pos + 1, "%"
    if first in SPACES:
        # After a space, _SPACED_PERCENT needs another, "%" or the "p" of "phần" (tested before
        # the pattern; speed).
        second = text[pos + 1 : pos + 2]
        m = _SPACED_PERCENT.match(text, pos) if second and second in _PERCENT_SECOND else None
        if m is not None:
            return m.end(), "%"
    else:
        am = _UNIT_WORD.match(text, pos)
        if am is None or _lower(am.group()) in _SCALES:
            return pos, None
        return am.end(), _norm_unit(am.group())
    if rest:
        suffix = _SUFFIX.search(text, pos)
        stop = suffix.start() if suffix is not None and suffix.end() == len(text) else len(text)
        words = text[pos:stop].split()
        if not words:
            return pos, None
        for w in words:
            if _UNIT_WORD.fullmatch(w) is None:
                _fail(f"unexpected {w!r} after the number", text, text.find(w, pos))
        unit = " ".join(_lower(w) for w in words)
        return stop, _norm_unit(unit)
    wm = _WORDS.match(text, pos)
    if wm is None:
        return pos, None
    # What the words say depends on them alone (and, after a noun of time, on whether a digit
    # follows it): read once for each run of words, then found again (speed).
    written = wm.group()
    reading = _READINGS.get(written)
    if reading is None:
        reading = _read_words(wm)
        if len(written) <= _MAX_READING_TEXT:  # a long run (a hostile text) is not kept
            if len(_READINGS) >= _MAX_READINGS:
                _READINGS.clear()
            _READINGS[written] = reading
    length, noun, time_noun = reading
    if time_noun and _DIGIT_NEXT.match(text, pos + time_noun):
        # "Quyết định số 201 ngày 27/6/2022": the noun begins a date, it counts nothing.
        return pos, None
    return pos + length, noun


class _Reading(NamedTuple):
    """What the words after a number say (:func:`_read_words`): the ``length`` of the unit
    read from the number's end (0: none) and the ``unit``; ``time_noun``, when the first word
    is a noun of time, is the length to its end: a digit after it makes it begin a date (no
    unit), whatever ``unit`` says."""

    length: int
    unit: str | None
    time_noun: int


_NO_UNIT: Final = _Reading(0, None, 0)
# The readings of the runs of words met lately (a run of words, as written, and its reading);
# cleared when full (a bound on the memory).
_READINGS: dict[str, _Reading] = {}
_MAX_READINGS: Final = 4096
_MAX_READING_TEXT: Final = 100  # characters of a run of words kept (a bound on the memory)


def _read_words(wm: re.Match[str]) -> _Reading:
    """The unit the words matched by :data:`_WORDS` make (see :func:`_read_unit`); offsets are
    from the start of the match."""
    pos = wm.start()
    # The words after the number (at most _WORDS_AFTER), each lower-case; word i ends at
    # wm.end(i + 1).  The words are lowered together, split at the white space between them
    # (one call, not one a word; speed), word by word only where a case twin is there (rare).
    lowered = wm.group().lower()
    if "\u0131" in lowered or "\u017f" in lowered or "\u0307" in lowered:
        words = [_lower(w) for w in wm.groups() if w is not None]
    else:
        words = lowered.split()
    first = words[0]
    if first in _LEADS_NOUN:
        # "13 đồng chí", "9 chỉ tiêu": a counted noun that starts like money or a function word.
        for k in range(min(len(words), _MAX_NOUN_WORDS), 1, -1):
            noun = " ".join(words[:k])
            if noun in UNIT_NOUNS:
                return _Reading(wm.end(k) - pos, noun, 0)
    if first in _ATTACHED_UNITS:
        return _Reading(wm.end(1) - pos, _ATTACHED_UNITS[first], 0)
    if first in _STOP or first in _SCALES:
        return _NO_UNIT
    # A noun of time followed by a number begins a date (the caller looks at what follows).
    time_noun = wm.end(1) - pos if first in _TIME_NOUNS else 0
    start = 0
    prefix = ""
    if first == "lượt" and len(words) > 1 and words[1] not in _STOP:
        start = 1
        prefix = "lượt "
    best = start
    # The longest counted noun of more than one word at words[start]: only the lengths of the
    # nouns that begin with that word are tried (most words begin none; speed).
    for k in _NOUN_LENGTHS.get(words[start], ()):
        if start + k <= len(words):
            noun = " ".join(words[start : start + k])
            if noun in UNIT_NOUNS:
                return _Reading(wm.end(start + k) - pos, prefix + noun, time_noun)
    if words[start] not in _SINGLE:
        # An unknown noun: its phrase up to a boundary ("300 bình nước lọc").
        while (
            best + 1 < min(len(words), start + _PHRASE_WORDS)
            and words[best + 1] not in _NOUN_BOUNDARY
            and not wm.group(best + 2)[0].isupper()
            and not _ends_phrase(words, best + 1)
        ):
            best += 1
    if best == start:  # one word (the commonest): no join
        return _Reading(wm.end(best + 1) - pos, prefix + words[start], time_noun)
    return _Reading(wm.end(best + 1) - pos, prefix + " ".join(words[start : best + 1]), time_noun)


# The first words of the counted nouns that begin like money or a function word ("đồng chí",
# "chỉ tiêu"): only after one of these is the noun list searched before the word is set aside.
_LEADS_NOUN: Final = frozenset(
    n.split()[0] for n in UNIT_NOUNS if n.split()[0] in _STOP or n.split()[0] in _ATTACHED_UNITS
)
# The lengths in words of the counted nouns of more than one word, by their first word, longest
# first.
_NOUN_LENGTHS: Final[dict[str, tuple[int, ...]]] = {
    first: tuple(
        sorted({n.count(" ") + 1 for n in UNIT_NOUNS if n.split()[0] == first and " " in n})[::-1]
    )
    for first in {n.split()[0] for n in UNIT_NOUNS if " " in n}
}
# The nouns of time that, followed by a number, begin a date ("ngày 27/6/2022", "tháng 8").
_TIME_NOUNS: Final = frozenset({"ngày", "tháng", "năm"})
_DIGIT_NEXT: Final = re.compile(rf"{_WS}+[0-9]")


def _combine(prefix: Bound | None, from_word: bool, suffix: Bound | None) -> Bound | None:
    """The bound of a prefix and a suffix together, ``None`` when they contradict."""
    if suffix is None:
        if from_word:
            return None
        return prefix or Bound.EXACT
    if suffix is Bound.AT_LEAST and prefix in (None, Bound.MORE_THAN, Bound.AT_LEAST):
        # "từ 90% trở lên", "trên 90% trở lên" (as written in the reference): 90 % or more.
        return Bound.AT_LEAST
    if suffix is Bound.AT_MOST and prefix in (None, Bound.LESS_THAN, Bound.AT_MOST):
        return Bound.AT_MOST
    return None


def _suffix_bound(text: str, pos: int) -> tuple[int, Bound | None]:
    m = _SUFFIX.match(text, pos)
    if m is None:
        return pos, None
    return m.end(), _SUFFIX_BOUND[" ".join(_lower(m.group(1)).split())]


def parse_quantity(text: str) -> Quantity:
    """Read a whole text as one quantity: bound word, number, scale words, unit.

    >>> q = parse_quantity("hơn 14,6  tỷ đồng")
    >>> q.value, q.unit, q.bound, q.resolution, q.decimals
    (Decimal('14600000000'), 'đồng', <Bound.MORE_THAN: 'hơn'>, Decimal('100000000'), 1)
    >>> parse_quantity("1 tỷ 040 triệu đồng").value
    Decimal('1040000000')
    >>> parse_quantity("từ 90% trở lên").bound
    <Bound.AT_LEAST: 'trở lên'>
    >>> parse_quantity("2.147m2").unit
    'm2'

    The unit is the whole rest of the text, lower-case; a malformed number or anything that is
    not a quantity raises :class:`~hoiquanchung.errors.NumberFormatError` with the offset.
    """
    clean = nfc(text)
    lead = len(clean) - len(clean.lstrip(SPACES + "\r\n\v\f"))
    stop = len(clean.rstrip(SPACES + "\r\n\v\f"))
    body = clean[:stop]
    pos = lead
    if pos >= stop:
        _fail("empty quantity", clean, 0)
    prefix: Bound | None = None
    from_word = False
    pm = _PREFIX_AHEAD.match(body, pos)
    if pm is not None:
        word = " ".join(_lower(pm.group(1)).split())
        prefix = _PREFIX_BOUND[word]
        from_word = word == "từ"
        pos = pm.end()
    negative = False
    if pos < stop and body[pos] in "-\u2212":
        negative = True
        pos += 1
    if pos >= stop or not body[pos].isascii() or not body[pos].isdigit():
        _fail("expected a number", clean, pos)
    amount = _read_amount(body, pos, negative)
    pos = amount.end
    upos, unit = _read_unit(body, pos, rest=True)
    spos, suffix = _suffix_bound(body, upos)
    if spos != stop:
        _fail(f"unexpected {body[spos : spos + 12]!r} after the quantity", clean, spos)
    bound = _combine(prefix, from_word, suffix)
    if bound is None:
        _fail("contradictory or incomplete bound words", clean, lead)
    assert bound is not None
    return Quantity(
        value=amount.value,
        unit=unit,
        bound=bound,
        text=body[lead:stop],
        resolution=amount.resolution,
        decimals=amount.decimals,
    )


# --- scanning a longer text -----------------------------------------------------------------

_DOCNUM_DASH: Final = re.compile(rf"-{_L}[\w.&]*(?:/[\w.&-]+)*")
_DOCNUM_SLASH: Final = re.compile(rf"/{_L}[\w.&-]*(?:/[\w.&-]+)*")
_DOCNUM_YEAR: Final = re.compile(rf"/[0-9]{{4}}/{_L}[\w.&-]*(?:/[\w.&-]+)*")
_DOCNUM_DASHED: Final = (_DOCNUM_DASH,)
_DOCNUM_SLASHED: Final = (_DOCNUM_SLASH, _DOCNUM_YEAR)
_DATE_DMY: Final = re.compile(r"/([0-9]{1,2})/([0-9]{1,4})(?![0-9/])")
_DATE_MY: Final = re.compile(r"/([0-9]{4})(?![0-9/])")
_DATE_DM: Final = re.compile(r"/([0-9]{1,2})(?![0-9/]|[.,][0-9])")
# "14-3-2019": only with a four-digit year ("1-2" is a range, "12-KH/TU" a document number).
_DATE_DASHED: Final = re.compile(r"-([0-9]{1,2})-([0-9]{4})(?![0-9/-]|[.,][0-9])")
# "27.10.2022": one number token; a date only with a four-digit year and a date's shape.
_DOTTED_DATE: Final = re.compile(r"([0-9]{1,2})\.([0-9]{1,2})\.([0-9]{4})")
_FRACTION: Final = re.compile(r"/(?=[0-9])")
_BEFORE_WORD: Final = re.compile(
    rf"(?=[ntg])(?<!{_L})(ngày|tháng|năm|giai{_WS}+đoạn){_WS}+\Z", re.IGNORECASE
)
_WORD_DATE_ENDS: Final = frozenset("ygmnYGMN")
_WORDS_DATE: Final = re.compile(
    rf"{_WS}+tháng{_WS}+([0-9]{{1,2}})(?:{_WS}+năm{_WS}+([0-9]{{1,4}}))?(?![0-9])",
    re.IGNORECASE,
)
_WORDS_MONTH: Final = re.compile(rf"{_WS}+năm{_WS}+([0-9]{{1,4}})(?![0-9])", re.IGNORECASE)
_EACH_YEAR: Final = re.compile(rf"(?<!{_L})(?:mỗi|hằng|hàng){_WS}+\Z", re.IGNORECASE)
_YEAR_RANGE: Final = re.compile(rf"({_WS}*[-–]{_WS}*)([0-9]{{4}})(?![0-9])")
_FOOTNOTE_REF: Final = "footnoteRef:"
_BLANK: Final = re.compile(f"{_WS}*")
_SECTION: Final = re.compile(r"[0-9]{1,2}(?:\.[0-9]{1,2})+")
_SECTION_NEXT: Final = re.compile(rf"{_WS}+{_L}")
# "1.40 tỷ đồng" at the start of a line is an amount, not a section: a heading's title starts
# with a capital ("2.3 Tỷ lệ hội viên"), an amount goes on with "%" or a lower-case scale word.
_AMOUNT_NEXT: Final = amount_after()
# "tổ dân phố 27", "Đại hội lần thứ 9": a number that names, after a label noun.
_LABEL_BEFORE: Final = re.compile(
    rf"(?<!{_L})(?:{alternation(label_nouns())}){_WS}+\Z", re.IGNORECASE
)
_LABEL_ENDS: Final = frozenset(w.split()[-1] for w in label_nouns())
_ORDINAL_WORDS: Final = ordinal_words()
# The last letters of the ordinal words: _label's ordinal test, which lowers the word before a
# number whole, can only succeed when the lower case of the character before the space ends
# with one of them (a test of one character before the call, made for nearly every figure with
# a unit; speed).
_ORDINAL_LAST: Final = tuple(sorted({word[-1] for word in _ORDINAL_WORDS}))
# The last word before a number ("mùa mưa bão 2023").
_WORD_BEFORE: Final = re.compile(rf"(?<!{_L})({_L}+){_WS}+\Z")
# Between the ends of a range: "20 - 50 triệu", "từ 20 đến 50 triệu đồng".
_RANGE_NEXT: Final = re.compile(
    rf"(?:{_WS}*[-–]{_WS}*|{_WS}+(?:{alternation(range_words())}){_WS}+)(?=[0-9])", re.IGNORECASE
)
# The units that make a quantity no count of things: percent, money, measures.
_NOT_COUNTED: Final = frozenset({"%", *_ATTACHED_UNITS.values()})
# "5.230 người/ 5.500 người": a space may follow the slash of a fraction with its noun twice.
_SPACED_FRACTION: Final = re.compile(rf"/{_WS}?(?=[0-9])")

#: What the scanner makes of each quantity it finds, from its span, the quantity, the side of a
#: fraction and the end of a range it is (``None``, ``None`` for most): a
#: :class:`~hoiquanchung.numbers.QuantityMatch` (:func:`exact_match`), or what a caller of
#: :func:`scan_items` makes of it directly (the checker's mentions: no match made to be read
#: once and dropped; speed).
MatchMaker = Callable[
    [int, int, Quantity, Literal["numerator", "denominator"] | None, Literal["low", "high"] | None],
    object,
]


class _Cursor:
    """The scanner's state at one number token; recognisers read it and write ``out`` and ``skip``.

    ``skip`` is the offset before which tokens are already read (the end of the last item);
    ``line_start`` the start of the token's line, tracked incrementally (linear time);
    ``make`` what each quantity found is put in ``out`` as (see :data:`MatchMaker`).
    """

    __slots__ = (
        "dates",
        "day_list_end",
        "e",
        "errors",
        "line_start",
        "make",
        "n",
        "out",
        "prev",
        "quantities",
        "range_high",
        "s",
        "scanned",
        "skip",
        "small",
        "text",
        "token",
    )

    def __init__(self, text: str, make: MatchMaker = exact_match, sorted_out: bool = False) -> None:
        self.text = text
        self.n = len(text)
        self.make = make
        self.out: list[object] = []
        # Where the quantities, the dates and the malformed numbers go: all three in ``out``,
        # in text order, or with *sorted_out* each in a list of its own (the checker's scan:
        # no sorting of one list into three afterwards; speed).
        self.quantities: list[object] = [] if sorted_out else self.out
        self.dates: list[object] = [] if sorted_out else self.out
        self.errors: list[object] = [] if sorted_out else self.out
        self.skip = 0
        self.line_start = 0
        self.scanned = 0
        self.s = self.e = 0
        self.token = self.prev = ""
        self.small: int | None = None
        self.range_high = -1  # where the high end of the last range starts
        self.day_list_end = -1  # where the last date of a list after "ngày" ends

    def date(
        self,
        start: int,
        end: int,
        day: int | None,
        month: int | None,
        year: int | None,
        style: Literal["numeric", "words"] = "numeric",
    ) -> bool:
        """Emit a date over ``text[start:end]`` and skip past it."""
        self.dates.append(exact_date(start, end, self.text[start:end], day, month, year, style))
        self.skip = max(self.skip, end)
        return True


def _inside_something(c: _Cursor) -> bool:
    """Digits that are part of a word, a number or a marker: ``Covid-19``, the ``2`` of ``m2``,
    the ``5`` of ``4/5`` already read, ``[[footnoteRef:1]]``, ``[1: [``."""
    prev, s, text = c.prev, c.s, c.text
    if not prev:
        return False
    if prev.isalnum() or prev == "_" or prev in "/.,":
        return True
    if prev == "-" and s >= 2 and text[s - 2].isalpha():
        return True  # Covid-19
    if prev == ":" and text.startswith(_FOOTNOTE_REF, s - len(_FOOTNOTE_REF)):
        return True
    return prev == "[" and text.startswith(":", c.e)


def _dotted_date(c: _Cursor) -> bool:
    """``27.10.2022``: a whole d.m.yyyy token of date shape (day 1–31, month 1–12)."""
    if len(c.token) < 8 or c.token.count(".") != 2:
        return False
    dm = _DOTTED_DATE.fullmatch(c.token)
    if dm is None:
        return False
    day, month = int(dm.group(1)), int(dm.group(2))
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return False
    return c.date(c.s, c.e, day, month, int(dm.group(3)))


def _heading_number(c: _Cursor) -> bool:
    """A heading's number at the start of a line: ``2.``, ``4.3.``, ``4.3 Tham gia``."""
    text, s, e = c.text, c.s, c.e
    newline = text.rfind("\n", c.scanned, s)
    if newline >= 0:
        c.line_start = newline + 1
    c.scanned = s
    if _BLANK.match(text, c.line_start, s).end() != s:  # type: ignore[union-attr]
        return False
    if e < c.n and text[e] == "." and (e + 1 >= c.n or text[e + 1] in SPACES + "\r\n"):
        c.skip = e + 1
        return True
    # "4.3 Tham gia ..." (a section number without its final dot)
    if (
        _SECTION.fullmatch(c.token)
        and _SECTION_NEXT.match(text, e)
        and not _AMOUNT_NEXT.match(text, e)
    ):
        c.skip = e
        return True
    return False


def _identifier(c: _Cursor) -> bool:
    """A phone or account number with a leading zero and 4 digits or more (``0293.3876543``)."""
    token = c.token
    if (
        token[0] == "0"
        and len(token) > 1
        and token[1].isdigit()
        and sum(ch.isdigit() for ch in token) >= 4
    ):
        c.skip = c.e
        return True
    return False


def _document_number(c: _Cursor) -> bool:
    """``102-KL/TW``, ``702/QĐ-UBND``, ``126/2024/NĐ-CP``."""
    if c.e >= c.n or c.text[c.e] not in "-/":
        return False
    # Each pattern opens with its own character: only those that open with the one after the
    # token are tried (speed).
    for pattern in _DOCNUM_DASHED if c.text[c.e] == "-" else _DOCNUM_SLASHED:
        dm = pattern.match(c.text, c.e)
        if dm is not None:
            c.skip = dm.end()
            return True
    return False


# The years a number after "tháng" is read as ("10 tháng 2023").
_YEAR_MIN: Final = 1900
_YEAR_MAX: Final = 2100


def _date_after_word(c: _Cursor) -> bool:
    """Dates after *ngày*, *tháng*, *năm*, *giai đoạn*: ``ngày 25 tháng 03 năm 2022``,
    ``tháng 8 năm 2018``, ``tháng 13/2024``, ``năm 2024``, ``giai đoạn 2021 - 2030``."""
    small, prev = c.small, c.prev
    if small is None or not prev or prev not in SPACES:
        return False
    text, s = c.text, c.s
    # The words end in y, g, m, n (ngày, tháng, năm, giai đoạn): a cheap test before the
    # pattern, where one space is between the word and the number (speed).
    if s >= 2 and text[s - 2] not in _WORD_DATE_ENDS and text[s - 2] not in SPACES:
        return False
    e, token = c.e, c.token
    before = _BEFORE_WORD.search(text, max(c.skip, s - 16), s)
    if before is None:
        return False
    word = " ".join(_lower(before.group(1)).split())
    ds = before.start()
    if word == "giai đoạn":
        rm = _YEAR_RANGE.match(text, e)
        c.date(s, e, None, None, small)
        if rm is not None:
            c.date(rm.start(2), rm.end(2), None, None, int(rm.group(2)))
        return True
    slash = text.startswith("/", e)
    if word == "ngày" and not slash:
        wm = _WORDS_DATE.match(text, e)
        if wm is not None:
            year = int(wm.group(2)) if wm.group(2) else None
            return c.date(ds, wm.end(), small, int(wm.group(1)), year, "words")
        if len(token) <= 2 and e < c.n and text[e] in "-–":
            # "ngày 7-10, 8-10": a list of dates may follow ("ngày 14-3-2019" and impossible
            # dates are _dash_date's and the dates rule's).
            return _DATE_DASHED.match(text, e) is None and _day_month(c)
        if len(token) <= 2 and 1 <= small <= 31:
            sep = _DATE_LIST_SEP.match(text, e)
            if sep is not None and sep.end() > e and _DAY_MONTH_AHEAD.match(text, sep.end()):
                # "từ ngày 18 đến 20-12": the day alone, its month in the next date.
                c.date(s, e, small, None, None)
                c.day_list_end = e
                return True
    if word == "tháng" and len(token) < 4 and _EACH_YEAR.search(text, max(0, ds - 8), ds):
        return False  # "mỗi tháng 2-3 triệu đồng": an amount each month, not February
    if word == "tháng" and not slash and len(token) == 4 and _YEAR_MIN <= small <= _YEAR_MAX:
        # "trong 10 tháng 2023", "6 tháng 2024": the months of a year, whose number is written
        # right after "tháng" (no month is numbered 2023): the year, not a month.
        return c.date(s, e, None, None, small)
    if word == "tháng" and not slash:
        wm = _WORDS_MONTH.match(text, e)
        if wm is not None:
            return c.date(ds, wm.end(), None, small, int(wm.group(1)), "words")
        return c.date(ds, e, None, small, None, "words")
    if word == "tháng" and len(token) <= 2:
        # "tháng 13/2024": after "tháng", a month however wrong (checking is the caller's).
        dm = _DATE_MY.match(text, e)
        if dm is not None:
            return c.date(s, dm.end(), None, small, int(dm.group(1)))
    if word == "năm" and len(token) <= 4:
        if len(token) < 4 and _EACH_YEAR.search(text, max(0, ds - 8), ds):
            return False  # "mỗi năm 5 triệu đồng": an amount each year, not the year 5
        return c.date(ds, e, None, None, small, "words")
    return False


def _slash_date(c: _Cursor) -> bool:
    """``22/9/2014``, ``8/2018`` (month 1–12), ``5/6`` (day 1–31, month 1–12)."""
    small, text, s, e = c.small, c.text, c.s, c.e
    if small is None or len(c.token) > 2 or e >= c.n or text[e] != "/":
        return False
    dm = _DATE_DMY.match(text, e)
    if dm is not None:
        return c.date(s, dm.end(), small, int(dm.group(1)), int(dm.group(2)))
    dm = _DATE_MY.match(text, e)
    if dm is not None and 1 <= small <= 12:
        return c.date(s, dm.end(), None, small, int(dm.group(1)))
    dm = _DATE_DM.match(text, e)
    if dm is not None and 1 <= small <= 31 and 1 <= int(dm.group(1)) <= 12:
        if _counted_after(text, dm.end()) and not _DATE_WORD_BEFORE.search(
            text, max(c.skip, s - 16), s
        ):
            return False  # "8/8 chi hội": a fraction of a counted noun, not the 8th of August
        return c.date(s, dm.end(), small, int(dm.group(1)), None)
    return False


# The words after which "5/6" is a date whatever follows ("ngày 5/6 hội nghị ...").
_DATE_WORD_BEFORE: Final = re.compile(
    rf"(?<!{_L})(?:{alternation([*day_words(), *times_of_day(), 'từ', 'đến'])}){_WS}+\Z",
    re.IGNORECASE,
)


def _counted_after(text: str, pos: int) -> bool:
    """Whether a counted noun follows *pos* (a noun, not ``%``, money, a measure or time)."""
    unit = _read_unit(text, pos, rest=False)[1]
    return unit is not None and unit not in _NOT_COUNTED and unit not in _TIME_NOUNS


def _dash_date(c: _Cursor) -> bool:
    """``14-3-2019``: day, month and a four-digit year between dashes (not ``1-2``, a range);
    without the year only in a list of dates after *ngày* (``ngày 7-10, 8-10 và 6-11``,
    ``từ ngày 18 đến 20-12``: see :func:`_date_after_word`)."""
    small, text, e = c.small, c.text, c.e
    if small is None or len(c.token) > 2 or e >= c.n or text[e] != "-":
        return False
    dm = _DATE_DASHED.match(text, e)
    if dm is None:
        if (
            c.day_list_end >= 0
            and c.s - c.day_list_end <= _MAX_DATE_LIST_SEP
            and _DATE_LIST_SEP.fullmatch(text, c.day_list_end, c.s)
        ):
            return _day_month(c)
        return False
    return c.date(c.s, dm.end(), small, int(dm.group(1)), int(dm.group(2)))


# "-10" after a day: the month of a date without its year ("ngày 7-10").
_DASH_MONTH: Final = re.compile(rf"[-–]([0-9]{{1,2}})(?![0-9/-]|[.,][0-9]|{_L})")
# Between the dates of a list: "7-10, 8-10 và ngày 7-11", "ngày 18 đến 20-12".
_MAX_DATE_LIST_SEP: Final = 16  # a separator is short: the scanner stays linear
_DATE_LIST_SEP: Final = re.compile(
    rf"{_WS}*(?:,|và|đến|tới|-|–){_WS}*(?:ngày{_WS}+)?", re.IGNORECASE
)


_DAY_MONTH_AHEAD: Final = re.compile(r"[0-9]{1,2}[-–][0-9]{1,2}(?![0-9])")


def _day_month(c: _Cursor) -> bool:
    """A day and a month between a dash (``7-10``) in a list of dates; the list goes on."""
    small = c.small
    assert small is not None
    mm = _DASH_MONTH.match(c.text, c.e)
    if mm is None or not 1 <= small <= 31 or not 1 <= int(mm.group(1)) <= 12:
        return False
    c.date(c.s, mm.end(), small, int(mm.group(1)), None)
    c.day_list_end = mm.end()
    return True


_TIME_OF_DAY: Final = re.compile(rf"[hH](?:([0-5][0-9]))?(?![0-9]|{_L})")


def _time_of_day(c: _Cursor) -> bool:
    """A time of day, no quantity: ``8h``, ``13h30``, ``17h`` (hour 0–24 with ``h`` against it,
    minutes 00–59 after it)."""
    small = c.small
    if small is None or small > 24 or len(c.token) > 2:
        return False
    tm = _TIME_OF_DAY.match(c.text, c.e)
    if tm is None:
        return False
    c.skip = tm.end()
    return True


def _year_range(c: _Cursor) -> bool:
    """A range of years: ``2021 - 2030``."""
    small = c.small
    if small is None or len(c.token) != 4:
        return False
    rm = _YEAR_RANGE.match(c.text, c.e)
    if rm is None or not 1800 <= small < int(rm.group(2)) <= 2200:
        return False
    c.date(c.s, c.e, None, None, small)
    return c.date(rm.start(2), rm.end(2), None, None, int(rm.group(2)))


def _fraction(c: _Cursor) -> bool:
    """Two numbers with adjacent spans: ``113.453/151.530``, ``375/648 dòng họ``."""
    text, s, e = c.text, c.s, c.e
    if e >= c.n or text[e] != "/" or not _FRACTION.match(text, e):
        return False
    try:
        _, num_value, num_dec = _read_token(text, s, c.token)
        den_end, den_value, den_dec = _read_token(text, e + 1)
    except NumberFormatError as err:
        c.errors.append(err)
        nm = _NUM.match(text, e + 1)
        c.skip = nm.end() if nm is not None else e + 1
        return True
    # The parts are exact already (an int read is made the Decimal the constructor would make
    # of it): no constructor's conversions and checks (speed).
    numerator = exact_quantity(
        Decimal(num_value), None, Bound.EXACT, c.token, _unit_of(1, num_dec), num_dec
    )
    c.quantities.append(c.make(s, e, numerator, "numerator", None))
    uend, unit = _read_unit(text, den_end, rest=False)
    denominator = exact_quantity(
        Decimal(den_value), unit, Bound.EXACT, text[e + 1 : uend], _unit_of(1, den_dec), den_dec
    )
    c.quantities.append(c.make(e + 1, uend, denominator, "denominator", None))
    c.skip = uend
    return True


def _quantity(c: _Cursor) -> bool:
    """An ordinary quantity: ``hơn 14,6 tỷ đồng``, ``-5%``, ``90% trở lên``, and the fraction
    with its noun on both sides (``28 hội viên/35 hội viên``); a bare number after a label noun
    or a year after a noun is none (:func:`_label`, :func:`_year_alone`)."""
    text, s, prev = c.text, c.s, c.prev
    negative = prev == "\u2212" or (prev == "-" and (s < 2 or text[s - 2] in SPACES + "\r\n("))
    start = s - 1 if negative else s
    small = c.small
    # The character that may open a scale word: after the number, or after one space.
    lead = text[c.e : c.e + 1]
    if lead == " ":
        lead = text[c.e + 1 : c.e + 2]
    if (lead not in _SCALE_LEAD and (not lead or lead not in SPACES)) or _SCALE.match(
        text, c.e
    ) is None:
        # No scale word (most figures): the number is the token alone.  What _read_amount
        # gives, read here, its parts kept apart (an _Amount only where a range needs one;
        # speed): a plain run of digits is read already, another token ("440.977", "74,87")
        # by the strict reader.
        amount_end, scaled = c.e, False
        if small is not None:
            value = (
                _SMALL_DECIMALS[small]
                if small < _SMALL and not negative
                else Decimal(-small if negative else small)
            )
            resolution, decimals = _ONE, 0
        else:
            try:
                first, decimals = _read_token(text, s, c.token)[1:]
            except NumberFormatError as err:
                c.errors.append(err)
                c.skip = c.e
                return True
            if decimals == 0:
                value, resolution = Decimal(-first if negative else first), _ONE
            else:
                value = Decimal(first)
                value, resolution = (
                    value.copy_negate() if negative else value,
                    _unit_of(1, decimals),
                )
    else:
        try:
            amount_end, value, resolution, decimals, scaled = _read_amount(
                text, s, negative, None if small is None else (c.e, small), c.token
            )
        except NumberFormatError as err:
            c.errors.append(err)
            c.skip = c.e
            return True
    uend, unit = _read_unit(text, amount_end, rest=False)
    send = uend
    suffix: Bound | None = None
    # _SUFFIX opens with white space, then more or a bound word's first letter: tested before
    # the pattern (speed).
    if (
        uend < c.n
        and text[uend] in SPACES
        and text[uend + 1 : uend + 2] in _SUFFIX_LEAD
        and _SUFFIX.match(text, uend) is not None
    ):
        send, suffix = _suffix_bound(text, uend)
    # The bound word before the number: where it starts and the word (lower case).
    pm = (
        _bound_before(text, max(c.skip, start - 16), start)
        if start
        and text[start - 1] in SPACES
        and (start < 2 or _may_end_bound_word(text[start - 2]))
        else None
    )
    if pm is None and suffix is None:
        bound = Bound.EXACT  # no bound word (most figures)
    else:
        pm, suffix, bound = _bounds(pm, suffix)
    # A bare number may name rather than count (tested here, after the unit, where it is rare:
    # most numbers have a unit, and these tests cost a little).
    if unit is None:
        if (
            pm is None
            and suffix is None
            and not negative
            and not scaled
            and (_label(c) or _year_alone(c))
        ):
            return True
    elif (
        pm is None
        and not negative
        and not scaled
        and s >= 2
        and text[s - 2].lower().endswith(_ORDINAL_LAST)
        and _label(c, True)
    ):
        return True  # "lần thứ 1 nhiệm kỳ": an ordinal, whatever word follows it
    qstart = pm[0] if pm is not None else start
    end = send if suffix is not None else uend
    range_end: Literal["low", "high"] | None = "high" if s == c.range_high else None
    if unit is None and suffix is None:
        low = _Amount(amount_end, value, resolution, decimals, scaled)
        low, unit, high_at = _range_low_end(text, end, low)
        value, resolution, decimals = low.value, low.resolution, low.decimals
        if high_at is not None:
            range_end = "low"
            c.range_high = high_at
    quantity = exact_quantity(value, unit, bound, text[qstart:end], resolution, decimals)
    # Both readers after the quantity need a slash right after it: without one (most figures),
    # the quantity alone (speed).
    if not text.startswith("/", end):
        c.quantities.append(c.make(qstart, end, quantity, None, range_end))
        c.skip = end
        return True
    denominator = _same_noun_denominator(text, end, quantity)
    if denominator is not None:
        # "28 hội viên/35 hội viên": a fraction with its noun on both sides.
        c.quantities.append(c.make(qstart, end, quantity, "numerator", None))
        d = denominator
        c.quantities.append(c.make(d.start, d.end, d.quantity, "denominator", None))
        c.skip = denominator.end
        return True
    c.quantities.append(c.make(qstart, end, quantity, None, range_end))
    c.skip = end
    following = _count_after_slash(text, end, quantity)
    if following is not None:
        # "1.250 buổi/48.300 lượt người": two counts, each with its own noun.
        c.quantities.append(c.make(following.start, following.end, following.quantity, None, None))
        c.skip = following.end
    return True


def _bounds(
    pm: tuple[int, str] | None, suffix: Bound | None
) -> tuple[tuple[int, str] | None, Bound | None, Bound]:
    """The bound of a quantity with the bound word *pm* before it (where it starts and the
    word) or the bound *suffix* after it, and which of the two it keeps.

    >>> _bounds((0, "hơn"), None)
    ((0, 'hơn'), None, <Bound.MORE_THAN: 'hơn'>)
    >>> _bounds((0, "từ"), None)  # "từ 5 ..." without "trở lên": "từ" is no bound word here
    (None, None, <Bound.EXACT: 'đúng'>)
    """
    word = None if pm is None else pm[1]
    prefix = None if word is None else _PREFIX_BOUND[word]
    from_word = word == "từ"
    bound = _combine(prefix, from_word, suffix)
    if bound is None and suffix is not None and not from_word:
        # "hơn 5 trở xuống": keep the word before, leave the contradictory one after.
        suffix = None
        bound = _combine(prefix, from_word, None)
    if bound is None:
        # "từ 5 ..." without "trở lên": "từ" is not a bound word here.
        pm = None
        bound = _combine(None, False, suffix)
    assert bound is not None
    return pm, suffix, bound


def _bound_before(text: str, lo: int, hi: int) -> tuple[int, str] | None:
    """The bound word that ends ``text[lo:hi]`` before white space (:data:`_PREFIX_BEHIND`):
    where it starts and the word, lower case, its spaces single; ``None`` when none does.

    The answer depends on ``text[lo:hi]`` and the character before it alone: found once for
    each such piece, then again (a few words before numbers, again and again; speed).

    >>> text = "có hơn  5 hội"
    >>> _bound_before(text, 0, 8), _bound_before(text, 4, 8)
    ((3, 'hơn'), None)
    """
    key = text[lo - 1 : hi] if lo else "\x00" + text[:hi]  # no character before: a NUL
    found = _BOUNDS_BEFORE.get(key, _UNREAD)
    if found is _UNREAD:
        pm = _PREFIX_BEHIND.search(text, lo, hi)
        found = None if pm is None else (pm.start() - hi, " ".join(_lower(pm.group(1)).split()))
        if len(_BOUNDS_BEFORE) >= _MAX_READINGS:
            _BOUNDS_BEFORE.clear()
        _BOUNDS_BEFORE[key] = found
    return None if found is None else (hi + found[0], found[1])


# The bound words found before numbers lately (:func:`_bound_before`), by the text searched
# and the character before it; cleared when full (a bound on the memory: 17 characters a key).
_BOUNDS_BEFORE: dict[str, tuple[int, str] | None] = {}
_UNREAD: Final[tuple[int, str]] = (0, "\x00")  # not yet searched (compared by identity)


def _range_low_end(text: str, pos: int, low: _Amount) -> tuple[_Amount, str | None, int | None]:
    """The low end of a range at *pos* with the scale and unit of its high end, and where the
    high end starts.

    ``từ 20 đến 50 triệu đồng``, ``20 - 50 triệu đồng``: the ``20`` is 20 triệu đồng.  The low
    end keeps its own scale when it has one (``từ 500 nghìn đến 1 triệu đồng``); without a range
    after it, or when the high end has neither a scale nor a unit, it is returned unchanged (and
    no start).
    """
    rm = _RANGE_NEXT.match(text, pos)
    if rm is None:
        return low, None, None
    try:
        token_end = _read_token(text, rm.end())[0]
        mult = _read_scales(text, token_end)[0]
        high = _read_amount(text, rm.end(), False)
    except NumberFormatError:
        return low, None, None
    unit = _read_unit(text, high.end, rest=False)[1]
    if (mult == 1 or low.scaled) and unit is None:
        return low, None, None
    if mult > 1 and not low.scaled:
        value = _tidy(_EXACT.multiply(low.value, Decimal(mult)))
        low = _Amount(low.end, value, _unit_of(mult, low.decimals), low.decimals, True)
    return low, unit, rm.end()


def _count_after_slash(text: str, pos: int, left: Quantity) -> QuantityMatch | None:
    """A count written right after the slash that follows another: ``1.250 buổi/48.300 lượt
    người`` (two counts, each with its own noun; not a fraction).

    Only after an exact count of a noun (not ``%``, money or a measure), and only when the count
    after the slash has a noun of its own, different, and is not one (``2 lượt/01 người`` is a
    rate per person); ``500.000 đồng/01 hộ`` and ``8.245/8.760 hộ`` are left as they were.
    """
    unit = left.unit
    if unit is None or unit in _NOT_COUNTED or left.bound is not Bound.EXACT:
        return None
    right = _count_after(text, pos)
    if right is None:
        return None
    noun = right.quantity.unit
    if noun is None or noun in _NOT_COUNTED or noun == unit or right.quantity.value == 1:
        return None
    return right


def _count_after(
    text: str, pos: int, fraction: Literal["denominator"] | None = None
) -> QuantityMatch | None:
    """The exact count written right after the slash at *pos* (``/48.300 lượt người``, ``/
    5.500 người``: one space allowed after the slash) with its own unit, if any; ``None`` when
    no number follows the slash, when it is malformed or when another slash follows the count
    (``/01 hộ/năm``)."""
    slash = _SPACED_FRACTION.match(text, pos)
    if slash is None:
        return None
    try:
        amount = _read_amount(text, slash.end(), False)
    except NumberFormatError:
        return None
    uend, unit = _read_unit(text, amount.end, rest=False)
    if text.startswith("/", uend):
        return None
    start = slash.end()
    written = text[start:uend]
    quantity = exact_quantity(
        amount.value, unit, Bound.EXACT, written, amount.resolution, amount.decimals
    )
    return QuantityMatch(start, uend, quantity, fraction)


def _plain_after(c: _Cursor) -> bool:
    """Whether nothing a quantity needs follows the token: no scale word, no unit, no ``%``."""
    return _read_unit(c.text, c.e, rest=False)[1] is None and _SCALE.match(c.text, c.e) is None


def _label(c: _Cursor, ordinal: bool = False) -> bool:
    """A number that names, after a label noun: ``tổ dân phố 27``, ``ấp 3``, ``lần thứ 9``
    (with nothing counted after it), or after an ordinal word whatever follows (``lần thứ 1
    nhiệm kỳ``); with *ordinal*, only the latter."""
    small, prev, text, s = c.small, c.prev, c.text, c.s
    if small is None or len(c.token) > 3 or not prev or prev not in SPACES:
        return False
    # The word before the number must end a label noun (a cheap test before the pattern).
    window = max(c.skip, s - 16)
    word = text[max(window, text.rfind(" ", window, s - 1) + 1) : s - 1].lower()
    if word not in (_ORDINAL_WORDS if ordinal else _LABEL_ENDS):
        return False
    if _LABEL_BEFORE.search(text, max(c.skip, s - 24), s) is None:
        return False
    if not ordinal and not _plain_after(c):
        return False
    c.skip = c.e
    return True


def _year_alone(c: _Cursor) -> bool:
    """A year after a noun, with nothing counted after it: ``mùa mưa bão 2023``, ``Tết 2024``.

    Only four plain digits from 1900 to 2100 (a count that large is written ``2.023``), after a
    word that is neither a function word (``là 2023``) nor a bound word (``khoảng 2000``).
    """
    small = c.small
    if small is None or len(c.token) != 4 or not 1900 <= small <= 2100 or c.prev not in SPACES:
        return False
    before = _WORD_BEFORE.search(c.text, max(c.skip, c.s - 24), c.s)
    if before is None:
        return False
    word = _lower(before.group(1))
    if word in _STOP or word in _PREFIX_BOUND or not _plain_after(c):
        return False
    return c.date(c.s, c.e, None, None, small)


#: The recognisers, in order: the first that claims a number token reads it (and may emit
#: items); each later one may assume the earlier ones did not claim it.  ``_quantity`` claims
#: whatever is left.
_RECOGNISERS: Final = (
    _inside_something,
    _dotted_date,
    _heading_number,
    _identifier,
    _document_number,
    _date_after_word,
    _slash_date,
    _dash_date,
    _year_range,
    _time_of_day,
    _fraction,
    _quantity,
)
# Which recognisers can claim a token, by the character after it ("/" for slash dates and
# fractions, "-" for dashed dates, either for document numbers, "h" or "H" for a time of day),
# by whether it begins with a zero and has four characters or more (an identifier), by its
# size (_NEEDS_SIZE: days, months, years, dotted dates) and by whether it may begin its line
# (only white space before it: a heading's number): each recogniser still tests all it needs,
# the table only spares the calls that cannot succeed.  _inside_something is tested before the
# table, and called only where its tests beyond the character before the token can succeed.
_NEEDS_AFTER: Final = {
    _slash_date: "/",
    _fraction: "/",
    _dash_date: "-",
    _document_number: "-/",
    _time_of_day: "h",
}
# The size of a token as the table knows it: a plain run of digits (days, months, years) of
# one or two digits ("2"), of four ("4") or of another length ("s"); any other token of eight
# characters or more ("n": perhaps a dotted date, d.m.yyyy) or fewer (""): _slash_date,
# _dash_date and _time_of_day read one or two digits only, _year_range four, _dotted_date eight
# characters or more.
_NEEDS_SIZE: Final = {
    _slash_date: "2",
    _dash_date: "2",
    _time_of_day: "2",
    _year_range: "4",
    _date_after_word: "24s",
    _dotted_date: "n",
}
# The table's keys are small numbers, made in the scanner by additions (cheaper than a tuple
# to build, hash and compare for each token; speed), from: the character after the token ("h"
# for "h" and "H", a time of day), its size (_NEEDS_SIZE), its place at the head of its line,
# a leading zero.
_AFTER_CODE: Final = {"/": 40, "-": 80, "h": 120, "H": 120}
_SIZE_2, _SIZE_4, _SIZE_S, _SIZE_N = 4, 8, 12, 16
_SIZE_CODE: Final = {"2": _SIZE_2, "4": _SIZE_4, "s": _SIZE_S, "n": _SIZE_N, "": 0}
_HEAD_CODE: Final = 2
_ZERO_CODE: Final = 1


def _code(after: str, size: str, head: bool, zero: bool) -> int:
    """The key of :data:`_DISPATCH` for a token with the character *after* it, of the *size*
    (see :data:`_NEEDS_SIZE`), at the *head* of its line or not, with a leading *zero* or not.

    >>> _code("/", "2", True, False) == _AFTER_CODE["/"] + _SIZE_CODE["2"] + _HEAD_CODE
    True
    """
    return _AFTER_CODE.get(after, 0) + _SIZE_CODE[size] + _HEAD_CODE * head + _ZERO_CODE * zero


_DISPATCH: Final = {
    _code(after, size, head, zero): tuple(
        r
        for r in _RECOGNISERS[1:]
        if (r not in _NEEDS_AFTER or (after and after in _NEEDS_AFTER[r]))
        and (r not in _NEEDS_SIZE or (size and size in _NEEDS_SIZE[r]))
        and (head or r is not _heading_number)
        and (zero or r is not _identifier)
    )
    for after in ("/", "-", "h", "")
    for size in ("2", "4", "s", "n", "")
    for head in (True, False)
    for zero in (True, False)
}
assert len(_DISPATCH) == 4 * 5 * 2 * 2  # one key for each case: no two codes the same
# The same table without _date_after_word, for a token that cannot follow one of its words:
# it needs white space before the token, and before that the last letter of *ngày*, *tháng*,
# *năm* or *giai đoạn* (y, g, m, n) or more white space (most numbers follow another word or
# no white space: the call is left out; speed).
_DISPATCH_UNDATED: Final = {
    key: tuple(r for r in recognisers if r is not _date_after_word)
    for key, recognisers in _DISPATCH.items()
}
_DATED_BEFORE: Final = frozenset(_WORD_DATE_ENDS | frozenset(SPACES))
# The characters before a token that may leave it at the start of its line.
_LINE_HEAD: Final = frozenset(SPACES + "\n")
# What may follow one or two digits between a day and a month: "25/13", "32-12", "11 - 13".
_DATE_SEPARATORS: Final = frozenset(("/", "-", "–"))
_SPACED_DASHES: Final = (" -", " –")
# Whether a token after this character may open its line: yes at the start of the text or of
# a line, no after anything but white space, and after white space when the character before
# it opens a line too (None: see the character before).
_HEAD_AFTER: Final[dict[str, bool | None]] = {"": True, "\n": True} | dict.fromkeys(SPACES)


def _scan(
    text: str, make: MatchMaker = exact_match, day_months: list[int] | None = None
) -> list[object]:
    """Every quantity (made by *make*), date and malformed number of *text* (NFC), in order;
    with *day_months*, the starts of the number tokens that may open a day and a month (see
    :func:`scan_items`) are added to it."""
    return _scanned(_Cursor(text, make), day_months).out


def _scanned(c: _Cursor, day_months: list[int] | None) -> _Cursor:
    """The cursor *c* over its text, every number token read (see :func:`_scan`)."""
    text = c.text
    n = len(text)
    dispatch = _DISPATCH
    undated = _DISPATCH_UNDATED
    dated_before = _DATED_BEFORE
    heads = _HEAD_AFTER
    after_code = _AFTER_CODE.get
    for m in _TOKEN.finditer(text):
        s, e = m.span()
        # Not after a letter, a digit, "_", "/", "." or ",": the commonest cases of
        # _inside_something, passed over by the search (speed).
        prev = text[s - 1] if s else ""
        token = m.group()
        after = text[e] if e < n else ""
        size = e - s
        if day_months is not None:
            # One or two digits, then a dot, a slash or a dash: perhaps a day and a month.  (A
            # token of one or two characters is digits only; a dot comes third or later.)
            if size <= 2:
                if after in _DATE_SEPARATORS or text[e : e + 2] in _SPACED_DASHES:
                    day_months.append(s)
            elif token[1] == "." or token[2] == ".":
                day_months.append(s)
        if s < c.skip:
            continue
        c.s, c.e, c.token, c.prev = s, e, token, prev
        # The size of the token as the dispatch table knows it (see _NEEDS_SIZE).
        if size <= 9 and token.isdigit():
            c.small = int(token)
            size_key = _SIZE_2 if size <= 2 else _SIZE_4 if size == 4 else _SIZE_S
        else:
            c.small = None
            size_key = _SIZE_N if size >= 8 else 0
        if prev in "-:[" and prev and _inside_something(c):
            continue
        # Only white space back to the start of its line: tested on two characters here (the
        # character before by one look-up: most are a space, then the one before it; speed).
        head = heads.get(prev, False)
        if head is None:
            # After white space: perhaps at the start of its line, perhaps after a date's word.
            head = s < 2 or text[s - 2] in _LINE_HEAD
            table = dispatch if s < 2 or text[s - 2] in dated_before else undated
        else:
            # After no white space (or at the start of the text): after no date's word.
            table = undated
        # An identifier has four digits or more: a token of four characters at least.
        key = after_code(after, 0) + size_key
        if head:
            key += _HEAD_CODE
        if size >= 4 and token[0] == "0":
            key += _ZERO_CODE
        for recognise in table[key]:
            if recognise(c):
                break
    return c


def _same_noun_denominator(text: str, pos: int, numerator: Quantity) -> QuantityMatch | None:
    """The ``/y noun`` right after ``x noun`` at *pos* when both count the same noun.

    Only for an exact count of a noun (not ``%``, not a bound) and a plain denominator written
    right after the slash, or after one space (``28 hội viên/35 hội viên``,
    ``8.245 triệu đồng/8.630 triệu đồng``, ``5.230 người/ 5.500 người``);
    ``65 triệu đồng/người`` and ``500.000 đồng/01 hộ`` are no fractions.
    """
    unit = numerator.unit
    if unit is None or unit == "%" or numerator.bound is not Bound.EXACT or numerator.value < 0:
        return None
    denominator = _count_after(text, pos, "denominator")
    if denominator is None or denominator.quantity.unit != unit:
        return None
    return denominator


def find_quantities(text: str) -> list[QuantityMatch]:
    """Every quantity in a longer *text*, with its span, in order.

    Uses the grammar of :func:`parse_quantity`; skips what is not a quantity: dates
    (``22/9/2014``, ``14-3-2019``, ``27.10.2022``, ``8/2018``, ``5/6``,
    ``ngày 25 tháng 03 năm 2022``, ``năm 2024``, ``giai đoạn 2021 - 2030``; see
    :func:`find_dates`), document numbers (``102-KL/TW``, ``126/2024/NĐ-CP``), section
    numbers at the start of a line (``4.3.``, ``4.3 Tham gia``), identifiers with a leading
    zero and four digits or more (``0293.3876543``), numbers inside words (``Covid-19``, the
    ``2`` of ``m2``), footnote markers (``[[footnoteRef:1]]``, ``[1: [``) and malformed
    numbers (see :func:`find_number_errors`).  A fraction ``'113.453/151.530'`` gives two
    matches with adjacent spans marked ``'numerator'`` and ``'denominator'``; so does one with
    the same noun on both sides (``'28 hội viên/35 hội viên'``).  Offsets are
    into the NFC form of *text* (pass NFC text to have them point into your string).

    >>> [(m.start, m.end, m.quantity.value, m.quantity.unit)
    ...  for m in find_quantities("dân số 729.888 người; có 99 tổ chức hội")]
    [(7, 20, Decimal('729888'), 'người'), (25, 39, Decimal('99'), 'tổ chức hội')]
    >>> text = "số gia đình học tập đăng ký: 113.453/151.530, đạt tỷ lệ 74,87%"
    >>> [m.text for m in find_quantities(text)]
    ['113.453', '151.530', '74,87%']
    """
    clean = nfc(text)
    return [item for item in _scan(clean) if isinstance(item, QuantityMatch)]


def find_dates(text: str) -> list[DateMatch]:
    """Every date :func:`find_quantities` skips, components as written (not validated).

    >>> [(d.text, d.day, d.month, d.year) for d in find_dates("ngày 22/9/2014, từ tháng 8/2018")]
    [('22/9/2014', 22, 9, 2014), ('8/2018', None, 8, 2018)]

    Dashes and dots too, written in full with a four-digit year (``1-2`` is a range), dots only
    in a date's shape (day 1–31, month 1–12; ``15.13.2020`` is a malformed number):

    >>> [(d.text, d.day, d.month, d.year) for d in find_dates("ngày 14-3-2019 và 27.10.2022")]
    [('14-3-2019', 14, 3, 2019), ('27.10.2022', 27, 10, 2022)]
    """
    clean = nfc(text)
    return [item for item in _scan(clean) if isinstance(item, DateMatch)]


def find_number_errors(text: str) -> list[NumberFormatError]:
    """Every malformed number in *text*, as :class:`~hoiquanchung.errors.NumberFormatError`
    objects (not raised) whose ``offset`` points into the NFC text.

    >>> [(e.offset, e.suggestions) for e in find_number_errors("tổng 992.0000 người, 74.87%")]
    [(8, ('992,0000', '9.920.000')), (23, ('74,87', '7.487'))]
    """
    clean = nfc(text)
    return [item for item in _scan(clean) if isinstance(item, NumberFormatError)]


@attrs.frozen
class NumberScan:
    """What one pass of the grammar finds in a text: quantities, dates and malformed numbers.

    Each list is in text order; offsets point into the NFC text.

    >>> scan = scan_numbers("trị giá là 1.40 tỷ đồng, ngày 5/6")
    >>> scan.quantities, [d.text for d in scan.dates], [e.suggestions for e in scan.errors]
    ([], ['5/6'], [('1,40', '140')])
    """

    quantities: list[QuantityMatch]
    dates: list[DateMatch]
    errors: list[NumberFormatError]


def scan_numbers(text: str) -> NumberScan:
    """:func:`find_quantities`, :func:`find_dates` and :func:`find_number_errors` in one pass.

    >>> scan = scan_numbers("ngày 22/9/2014: 440.977 hội viên; 74.87%")
    >>> [m.text for m in scan.quantities], [d.text for d in scan.dates], len(scan.errors)
    (['440.977 hội viên'], ['22/9/2014'], 1)
    """
    return scan_nfc(nfc(text))


def scan_items(
    text: str, make: MatchMaker = exact_match, day_months: list[int] | None = None
) -> list[object]:
    """Every quantity, date and malformed number of a text already NFC, in text order (what
    :func:`scan_nfc` sorts into its three lists; for a caller that sorts them itself), each
    quantity as *make* makes it from its span, the quantity, the side of a fraction and the
    end of a range (by default a :class:`~hoiquanchung.numbers.QuantityMatch`).

    >>> [type(item).__name__ for item in scan_items("có 5 hội, ngày 5/6")]
    ['QuantityMatch', 'DateMatch']
    >>> scan_items("có 5 hội", lambda start, end, quantity, fraction, range_end: (start, end))
    [(3, 8)]

    With *day_months*, the offsets of the number tokens that may open a day and a month (one
    or two digits, then a dot, a slash, a dash or a spaced dash, after no letter, digit, dot,
    comma, slash or underscore) are added to it: every such date shape of the text starts at
    one of them (the dates rule looks there only; a superset, in order).

    >>> starts: list[int] = []
    >>> _ = scan_items("ngày 32-12, có 1.234 hội, 6.6 và 123/45, 7 - 8", exact_match, starts)
    >>> starts
    [5, 15, 26, 41]
    """
    return _scan(text, make, day_months)


def scan_sorted(
    text: str, make: MatchMaker = exact_match, day_months: list[int] | None = None
) -> tuple[list[Any], list[DateMatch], list[NumberFormatError]]:
    """:func:`scan_items` sorted into three lists, each in text order: the quantities (as
    *make* makes them), the dates and the malformed numbers (each put in its own list as it is
    found; speed).

    >>> quantities, dates, errors = scan_sorted("có 5 hội, ngày 5/6, 1.40 tỷ")
    >>> [m.text for m in quantities], [d.text for d in dates], [e.offset for e in errors]
    (['5 hội'], ['5/6'], [21])
    """
    c = _scanned(_Cursor(text, make, True), day_months)
    return c.quantities, c.dates, c.errors  # type: ignore[return-value]


def scan_nfc(text: str) -> NumberScan:
    """:func:`scan_numbers` of a text already NFC (the checker's paragraphs: not normalised
    again; speed).

    >>> [m.text for m in scan_nfc("có 5 hội").quantities]
    ['5 hội']
    """
    return NumberScan(*scan_sorted(text))
