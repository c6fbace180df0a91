"""Writing numbers, percentages, money and counts the way Vietnamese documents write them."""

from __future__ import annotations

import decimal
import functools
from decimal import Decimal
from typing import Final, Literal

from hoiquanchung._catalogue import either, error_text, fragment
from hoiquanchung._nfc import nfc_text, nfc_text_optional
from hoiquanchung.errors import ValidationError
from hoiquanchung.numbers._parse import MAX_NUMBER_DIGITS, check_size
from hoiquanchung.numbers._vocabulary import written_scales
from hoiquanchung.rounding import Rounding, checked_digits, checked_rounding, exact_number

__all__ = [
    "format_count",
    "format_figure",
    "format_money",
    "format_number",
    "format_percent",
    "write_figure",
]

MoneyStyle = Literal["full", "short", "mixed"]

_MAX_DIGITS: Final = MAX_NUMBER_DIGITS
# Below these, the fast paths cannot exceed MAX_NUMBER_DIGITS (nor Python's int-to-str limit).
_FAST_LENGTH: Final = MAX_NUMBER_DIGITS + 1
_FAST_INT: Final = 10**MAX_NUMBER_DIGITS

# One private context a rounding rule: quantize is exact at this precision, whatever the caller's.
_CONTEXTS: Final[dict[Rounding, decimal.Context]] = {
    r: decimal.Context(
        prec=decimal.MAX_PREC,
        rounding=r.value,
        Emax=decimal.MAX_EMAX,
        Emin=decimal.MIN_EMIN,
        traps=[decimal.InvalidOperation, decimal.Overflow],
    )
    for r in Rounding
}
_HALF_UP: Final = _CONTEXTS[Rounding.HALF_UP]
# The quantum of each number of decimals, by int (a dict: no negative indexes, no bools).
_QUANTUM: Final[list[Decimal]] = [Decimal(1).scaleb(-d) for d in range(_MAX_DIGITS + 1)]
_QUANTUM_OF: Final[dict[int, Decimal]] = dict(enumerate(_QUANTUM))


def _swap(text: str) -> str:
    """Python writes ``1,234.5``; Vietnamese ``1.234,5`` (three replaces beat ``translate``)."""
    return text.replace(",", " ").replace(".", ",").replace(" ", ".")


@functools.cache
def _short_scales() -> tuple[tuple[int, str], ...]:
    """Scale words of the short style, largest first, as in babel's ``vi`` compact long format:
    ``nghìn tỷ`` (10¹²), ``tỷ``, ``triệu``, ``nghìn`` (the written words of the vocabulary)."""
    written = written_scales()
    largest, largest_word = written[0]
    smallest, smallest_word = written[-1]
    return ((largest * smallest, f"{smallest_word} {largest_word}"), *written)


def _check_value(value: object, field: str = "value") -> int | Decimal:
    number = exact_number(value, field=field)
    check_size(number, field=field)
    return number


def _group(int_digits: str) -> str:
    """``'1234567'`` → ``'1.234.567'``."""
    if len(int_digits) <= 3:
        return int_digits
    return f"{int(int_digits):,}".replace(",", ".")


def _format_plain(text: str) -> str:
    """Format a plain decimal string ``'-1234.50'`` the Vietnamese way: ``'-1.234,50'``."""
    sign = ""
    if text[0] == "-":
        sign = "-"
        text = text[1:]
    whole, _, frac = text.partition(".")
    out = sign + _group(whole)
    if frac:
        out += "," + frac
    return out


def format_number(
    value: int | Decimal,
    digits: int | None = None,
    *,
    rounding: Rounding = Rounding.HALF_UP,
) -> str:
    """Write *value* the Vietnamese way: dots between thousands, a decimal comma.

    With ``digits=None`` the value is written exactly, without trailing fractional zeros
    (babel's ``format_decimal(value, locale="vi", decimal_quantization=False)``); with
    ``digits`` it is rounded by *rounding* (half up by default, never the caller's
    :mod:`decimal` context) to exactly that many decimals (babel's ``format='#,##0.00'``).

    >>> format_number(440977)
    '440.977'
    >>> format_number(Decimal("1234567.5"))
    '1.234.567,5'
    >>> format_number(Decimal("0.5")), format_number(-1234)
    ('0,5', '-1.234')
    >>> format_number(Decimal("74.865"), 2), format_number(Decimal("74.865"), 2,
    ...                                                     rounding=Rounding.HALF_EVEN)
    ('74,87', '74,86')
    >>> format_number(0.5)
    Traceback (most recent call last):
    ...
    hoiquanchung.errors.ValidationError: float is not accepted, use int or Decimal ...
    """
    # The common paths first, kept fast (the benchmark holds them to 10x babel's throughput).
    if type(value) is Decimal:
        quantum = _QUANTUM_OF.get(digits) if type(digits) is int else None
        if quantum is not None and rounding is Rounding.HALF_UP:
            try:
                if not value.same_quantum(quantum):  # already at its decimals: no rounding
                    value = value.quantize(quantum, context=_HALF_UP)
                text = f"{value:,f}"
            except decimal.InvalidOperation:  # NaN, infinity: the checks below say so
                pass
            else:
                if len(text) <= _FAST_LENGTH:  # longer: the checks below apply the size limit
                    return text.replace(",", " ").replace(".", ",").replace(" ", ".")
    elif type(value) is int and digits is None:
        if -1000 < value < 1000:
            return str(value)
        if -_FAST_INT < value < _FAST_INT:
            return f"{value:,}".replace(",", ".")
    number = _check_value(value)
    rounding = checked_rounding(rounding)
    if digits is None:
        if isinstance(number, int):
            return f"{number:,}".replace(",", ".")
        text = f"{number:,f}"
        if "." in text:
            text = text.rstrip("0").rstrip(".")
        return _swap(text)
    if type(digits) is not int or not 0 <= digits <= _MAX_DIGITS:
        checked_digits(digits)
    exact = Decimal(number) if isinstance(number, int) else number
    rounded = exact.quantize(_QUANTUM[digits], context=_CONTEXTS[rounding])
    return _swap(f"{rounded:,f}")


def format_percent(
    ratio: int | Decimal,
    digits: int = 2,
    *,
    rounding: Rounding = Rounding.HALF_UP,
) -> str:
    """Write a *ratio* as a percentage with *digits* decimals, as babel's ``format_percent``.

    The argument is a ratio (``0.7487`` is 74,87 %); Vietnamese writes the sign without a
    space (CLDR ``vi``: ``#,##0%``).

    >>> format_percent(Decimal("0.7487"))
    '74,87%'
    >>> format_percent(1, digits=0)
    '100%'
    >>> format_percent(Decimal("0.97875"), 1), format_percent(Decimal("0.84615"), 2,
    ...                                                        rounding=Rounding.DOWN)
    ('97,9%', '84,61%')
    """
    number = _check_value(ratio, "ratio")
    places = checked_digits(digits)
    exact = Decimal(number) if isinstance(number, int) else number
    return (
        format_number(exact.scaleb(2, _CONTEXTS[Rounding.HALF_UP]), places, rounding=rounding) + "%"
    )


def _unit_text(amount_text: str, unit: str) -> str:
    if not unit:
        return amount_text
    if unit == "đ" and amount_text[-1:].isdigit():
        return amount_text + unit
    return f"{amount_text} {unit}"


def format_money(
    amount: int | Decimal,
    style: MoneyStyle = "full",
    unit: str = "đồng",
    *,
    digits: int = 1,
    rounding: Rounding = Rounding.HALF_UP,
) -> str:
    """Write a sum of money the way reports do.

    * ``'full'``: every digit, ``'140.457.182.000 đồng'`` (a decimal amount keeps its decimals);
    * ``'short'``: the largest scale word that fits (``nghìn``, ``triệu``, ``tỷ``, ``nghìn
      tỷ``, as babel's ``vi`` compact format) with at most *digits* decimals rounded by
      *rounding*, trailing zeros dropped: ``'14,6 tỷ đồng'``; below a thousand, as ``'full'``;
    * ``'mixed'``: exact, groups of three digits named by scale, zero groups left out:
      ``'1 tỷ 201 triệu đồng'``, ``'26 tỷ 960 triệu đồng'``, lower units when present
      (``'1 tỷ 500 nghìn 250 đồng'``); thousands of tỷ are grouped (``'1.234 tỷ đồng'``).

    *unit* follows after a space; ``'đ'`` is written against a final digit (``'650.000.000đ'``,
    but ``'1 tỷ 201 triệu đ'``), and ``''`` writes none.

    >>> format_money(140457182000)
    '140.457.182.000 đồng'
    >>> format_money(14600000000, "short"), format_money(14560000000, "short")
    ('14,6 tỷ đồng', '14,6 tỷ đồng')
    >>> format_money(1201000000, "mixed"), format_money(26960000000, "mixed")
    ('1 tỷ 201 triệu đồng', '26 tỷ 960 triệu đồng')
    >>> format_money(650000000, unit="đ")
    '650.000.000đ'
    """
    number = _check_value(amount, "amount")
    unit = nfc_text(unit, "unit").strip()
    if style == "full":
        return _unit_text(format_number(number), unit)
    if style == "short":
        places = checked_digits(digits)
        rule = checked_rounding(rounding)
        exact = Decimal(number) if isinstance(number, int) else number
        magnitude = exact.copy_abs()  # no rounding in the caller's context
        for i, (size, word) in enumerate(_short_scales()):
            if magnitude < size:
                continue
            scaled = exact.scaleb(-len(str(size)) + 1, _CONTEXTS[Rounding.HALF_UP])
            rounded = scaled.quantize(_QUANTUM[places], context=_CONTEXTS[rule])
            if rounded.copy_abs() >= 1000 and i > 0:
                # Rounding reached the next scale (999,96 triệu → 1 tỷ).
                bigger, bigger_word = _short_scales()[i - 1]
                scaled = exact.scaleb(-len(str(bigger)) + 1, _CONTEXTS[Rounding.HALF_UP])
                rounded = scaled.quantize(_QUANTUM[places], context=_CONTEXTS[rule])
                word = bigger_word
            return _unit_text(f"{format_number(rounded)} {word}", unit)
        return _unit_text(format_number(number), unit)
    if style == "mixed":
        return _unit_text(_mixed(number), unit)
    raise ValidationError(
        error_text(
            "must-be-got",
            name="style",
            expected=either("'full'", "'short'", "'mixed'"),
            got=repr(style),
        ),
        field="style",
    )


def _mixed(number: int | Decimal) -> str:
    if isinstance(number, Decimal):
        text = f"{number:f}"
        negative = text.startswith("-")
        whole_text, _, frac = text.lstrip("-").partition(".")
        frac = frac.rstrip("0")
        whole = int(whole_text)
    else:
        negative = number < 0
        whole = abs(number)
        frac = ""
    parts: list[str] = []
    rest = whole
    for size, word in written_scales():
        if size == 10**9:
            count, rest = divmod(rest, size)
        else:
            count, rest = divmod(rest, size)
        if count:
            parts.append(f"{format_number(count)} {word}")
    if rest or frac or not parts:
        low = str(rest) + ("," + frac if frac else "")
        parts.append(low)
    out = " ".join(parts)
    if negative and (whole or frac):
        out = "-" + out
    return out


def format_figure(
    value: int | Decimal, unit: str | None = None, *, lang: Literal["vi", "en"] = "vi"
) -> str:
    """*value* written with exactly the digits it carries, and its *unit*: for findings and tables.

    No rounding and no dropped zeros: ``Decimal('91.10')`` stays ``91,10`` (where
    :func:`format_number` without ``digits`` writes ``91,1``, as babel does).  ``lang="en"``
    swaps the separators for English messages.  ``%`` follows the number directly, any other
    unit after a space.

    >>> format_figure(Decimal("91.10"), "%"), format_figure(140457182000, "đồng")
    ('91,10%', '140.457.182.000 đồng')
    >>> format_figure(Decimal("1234567.5"), lang="en")
    '1,234,567.5'
    """
    number = _check_value(value)
    if lang not in ("vi", "en"):
        raise ValidationError(error_text("language", lang=lang), field="lang")
    unit = nfc_text_optional(unit, "unit")
    exponent = Decimal(number).as_tuple().exponent
    digits = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    out = format_number(number, digits)
    if lang == "en":
        out = out.replace(".", " ").replace(",", ".").replace(" ", ",")
    if unit is None:
        return out
    return out + unit if unit == "%" else f"{out} {unit}"


def format_count(n: int, width: int = 2) -> str:
    """Write a small count zero-padded to *width* digits, as reports do: ``'02 thành phố'``.

    >>> format_count(2), format_count(1), format_count(75), format_count(5, width=3)
    ('02', '01', '75', '005')
    >>> format_count(1234)
    '1.234'
    """
    if isinstance(n, bool) or not isinstance(n, int):
        raise ValidationError(
            error_text(
                "must-be", name=fragment("a-count"), expected=fragment("an-type", type="int")
            ),
            field="n",
        )
    if n < 0:
        raise ValidationError(
            error_text("not-negative", name=fragment("a-count"), value=n), field="n"
        )
    if isinstance(width, bool) or not isinstance(width, int) or not 1 <= width <= 3:
        raise ValidationError(
            error_text("must-be", name="width", expected=either("1", "2", "3")), field="width"
        )
    if n >= 1000:
        return format_number(n)
    return str(n).zfill(width)


def write_figure(value: int | Decimal, lang: str = "vi", unit: str | None = None) -> str:
    """:func:`format_figure` for messages: English when *lang* is ``'en'``, else Vietnamese.

    The one writer of exact figures in findings and tables (the indicators' and the checker's).

    >>> write_figure(Decimal("1234567.5"), "vi", "đồng"), write_figure(Decimal("91.15"), "en", "%")
    ('1.234.567,5 đồng', '91.15%')
    """
    return format_figure(value, unit, lang="en" if lang == "en" else "vi")
