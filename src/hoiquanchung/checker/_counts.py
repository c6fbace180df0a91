"""What a count is, for the rules of rates (rate-bases, part-of-whole, the shares of a whole,
the fractions, the changes): one test, read by each with the strictness its reading needs.

A count is a figure that is not a percentage and not negative.  The rules differ on purpose in
what more they ask of it, each for its reading:

* ``exact``: no bound word (*hơn*, *gần*, *khoảng*): a bound figure is no whole to judge a rate
  against (every rule but changes, where "tăng hơn 1.200 hội viên" still names what changed);
* ``noun``: a count of something named (rate-bases matches the part's noun with its whole's;
  changes read the noun of what changed);
* ``whole_number``: a positive whole number (rate-bases and the shares of a whole count
  persons, cases, households; part-of-whole and the fractions also read amounts, "1.600 tỷ
  đồng", and a zero);
* ``alone``: not a term of a written fraction (``a/b`` is read by rule fractions, not as a
  base: rate-bases, the shares of a whole, changes);
* ``plain``: not the end of a range nor a footnote's number (changes, which read the figure
  right after a word of change).

>>> from hoiquanchung.checker._mentions import mentions_in
>>> from hoiquanchung.checker._text import paragraphs, split_lines
>>> [para] = paragraphs(split_lines("có 12 hội viên, hơn 30 hộ, 45% và 2,5 ha"))
>>> [m.text for m in mentions_in(para) if is_count(m)]
['12 hội viên', '2,5 ha']
>>> [m.text for m in mentions_in(para) if is_count(m, whole_number=True)]
['12 hội viên']
"""

from __future__ import annotations

from decimal import Decimal

from hoiquanchung.checker._mentions import Mention
from hoiquanchung.numbers import Bound

__all__ = ["is_changed_count", "is_count", "is_exact_count", "is_whole_count_of_noun"]

# Zero as a Decimal: a figure's value (a Decimal) is compared with it without an int made into
# a Decimal at each comparison (the rules of rates ask this of every figure; speed).
_ZERO = Decimal(0)


def is_count(
    m: Mention,
    *,
    exact: bool = True,
    noun: bool = False,
    whole_number: bool = False,
    alone: bool = False,
    plain: bool = False,
) -> bool:
    """Whether *m* is a count, with the further conditions asked (see the module)."""
    if m.unit == "%" or m.value < _ZERO:
        return False
    if exact and m.bound is not Bound.EXACT:
        return False
    if noun and m.unit is None:
        return False
    # A whole number: the value is its own integral value (what ``m.value != int(m.value)``
    # tells of a finite value, without an int made and turned back into a Decimal; speed).
    if whole_number and (m.value <= _ZERO or m.value != m.value.to_integral_value()):
        return False
    if alone and m.fraction is not None:
        return False
    return not (plain and (m.range_end is not None or m.footnote))


# The three tests the rules of rates ask of every figure of a paragraph, each written out for
# its one set of conditions: exactly what :func:`is_count` answers with those keywords, without
# a call with keywords (and the tests of the conditions not asked) for each figure (speed).
_EXACT = Bound.EXACT


def is_exact_count(m: Mention) -> bool:
    """``is_count(m)``: any exact figure but a percentage (part-of-whole, the fractions).

    >>> from hoiquanchung.checker import extract
    >>> [is_exact_count(m) for m in extract("có 12 hội viên, hơn 30 hộ, 45% và 0 ca")]
    [True, False, False, True]
    """
    return not (m.unit == "%" or m.value < _ZERO) and m.bound is _EXACT


def is_whole_count_of_noun(m: Mention) -> bool:
    """``is_count(m, noun=True, whole_number=True, alone=True)``: a positive whole number of
    something named, no term of a written fraction (rate-bases).

    >>> from hoiquanchung.checker import extract
    >>> [is_whole_count_of_noun(m) for m in extract("12 hội viên, 2,5 ha, 7/8 hộ, 0 ca, 30")]
    [True, False, False, False, False, False]
    """
    unit, value = m.unit, m.value
    return (
        unit is not None
        and unit != "%"
        and m.bound is _EXACT
        and value > _ZERO
        and value == value.to_integral_value()
        and m.fraction is None
    )


def is_changed_count(m: Mention) -> bool:
    """``is_count(m, exact=False, noun=True, alone=True, plain=True)``: a figure of something
    named, bound or not, no term of a fraction, no range's end, no footnote's number (changes).

    >>> from hoiquanchung.checker import extract
    >>> [is_changed_count(m) for m in extract("tăng hơn 1.200 hội viên, 5%, 3-4 hộ")]
    [True, False, False, False]
    """
    unit = m.unit
    return (
        unit is not None
        and unit != "%"
        and not m.value < _ZERO
        and m.fraction is None
        and m.range_end is None
        and not m.footnote
    )
