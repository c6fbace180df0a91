"""Strict parsing of a number written the Vietnamese way (Luật Kế toán, Điều 12).

One number: an optional minus sign, digits grouped by dots in threes (``440.977``), an optional
decimal comma (``74,87``).  Anything else is refused with a
:class:`~hoiquanchung.errors.NumberFormatError` that says where the problem is and, where it can,
what the writer probably meant.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Final

from hoiquanchung._nfc import nfc_text
from hoiquanchung.errors import NumberFormatError, ValidationError
from hoiquanchung.messages import error_text

__all__ = ["MAX_NUMBER_DIGITS", "SPACES", "check_size", "nfc", "parse_number", "read_number"]

#: Horizontal white space accepted between the parts of a quantity: space, tab, no-break and
#: thin spaces.
SPACES: Final = " \t\u00a0\u2007\u2009\u202f"
_MINUS: Final = "-\u2212"
#: The most digits a number may have before, and after, its decimal comma (every function of
#: hoiquanchung.numbers): far beyond any report, and below Python's limit on int-to-str
#: conversion, so that no function fails with a bare ValueError.
MAX_NUMBER_DIGITS: Final = 1000
_LIMIT: Final = 10**MAX_NUMBER_DIGITS


def check_size(value: int | Decimal, *, field: str = "value") -> None:
    """Refuse a finite number with more than :data:`MAX_NUMBER_DIGITS` digits on either side."""
    if isinstance(value, int):
        if not -_LIMIT < value < _LIMIT:
            raise ValidationError(
                error_text("number-too-many-integer-digits", limit=MAX_NUMBER_DIGITS), field=field
            )
        return
    if value and value.adjusted() >= MAX_NUMBER_DIGITS:
        raise ValidationError(
            error_text("number-too-many-integer-digits", limit=MAX_NUMBER_DIGITS), field=field
        )
    exponent = value.as_tuple().exponent
    if isinstance(exponent, int) and exponent < -MAX_NUMBER_DIGITS:
        raise ValidationError(
            error_text("number-too-many-decimals", limit=MAX_NUMBER_DIGITS), field=field
        )


_STRICT: Final = re.compile(r"(?P<int>[0-9]{1,3}(?:\.[0-9]{3})+|[0-9]+)(?:,(?P<frac>[0-9]+))?\Z")


def nfc(text: object, *, field: str = "text") -> str:
    """*text* NFC-normalised by :func:`hoiquanchung._nfc.nfc_text`, anything but a ``str`` a
    :class:`~hoiquanchung.errors.NumberFormatError` (kept for the scanner, which imports it)."""
    return nfc_text(text, field, error=NumberFormatError)


def read_number(body: str) -> tuple[int | Decimal, int]:
    """Read an unsigned or signed number written strictly; return ``(value, decimals)``.

    *body* must already be NFC and stripped.  Errors carry offsets into *body*.
    """
    negative = False
    start = 0
    if body[:1] and body[0] in _MINUS:
        negative = True
        start = 1
    m = _STRICT.match(body, start)
    if m is None:
        _diagnose(body, start)
    assert m is not None  # _diagnose always raises
    int_part = m.group("int")
    frac = m.group("frac")
    if "." in int_part and int_part[0] == "0":
        plain = int_part.replace(".", "").lstrip("0") or "0"
        raise NumberFormatError(
            error_text("number-leading-zero-group"),
            text=body,
            offset=start,
            suggestions=_valid(
                ("-" if negative else "") + _group(plain) + ("," + frac if frac else "")
            ),
        )
    digits = int_part.replace(".", "")
    if len(digits) > MAX_NUMBER_DIGITS or (frac is not None and len(frac) > MAX_NUMBER_DIGITS):
        raise NumberFormatError(
            error_text("number-too-many-digits", limit=MAX_NUMBER_DIGITS),
            text=body,
            offset=start,
        )
    if frac is None:
        value = int(digits)
        return (-value if negative else value), 0
    sign = "-" if negative else ""
    return Decimal(f"{sign}{digits}.{frac}"), len(frac)


def _group(digits: str) -> str:
    """Group a string of ASCII digits by dots in threes."""
    head = len(digits) % 3 or 3
    parts = [digits[:head]]
    parts.extend(digits[i : i + 3] for i in range(head, len(digits), 3))
    return ".".join(parts)


def _diagnose(body: str, start: int) -> None:
    """Raise the most helpful :class:`NumberFormatError` for a *body* that is not a number."""
    rest = body[start:]
    if not rest:
        raise NumberFormatError(error_text("number-no-digits"), text=body, offset=start)
    for i, ch in enumerate(rest):
        if ch not in "0123456789.,":
            off = start + i
            if ch in SPACES:
                compact = "".join(c for c in rest if c not in SPACES)
                if compact and all(c in "0123456789" for c in compact):
                    raise NumberFormatError(
                        error_text("number-space-in-thousands"),
                        text=body,
                        offset=off,
                        suggestions=_valid(_sign(body, start) + _group(compact)),
                    )
                raise NumberFormatError(error_text("number-space"), text=body, offset=off)
            raise NumberFormatError(
                error_text("number-unexpected-character", character=ch), text=body, offset=off
            )
    sign = _sign(body, start)
    if rest[0] in ".,":
        raise NumberFormatError(error_text("number-starts-with-separator"), text=body, offset=start)
    if rest[-1] in ".,":
        trimmed = rest.rstrip(".,")
        raise NumberFormatError(
            error_text("number-ends-with-separator"),
            text=body,
            offset=start + len(trimmed),
            suggestions=_valid(sign + trimmed),
        )
    if ".." in rest or ",," in rest or ".," in rest or ",." in rest:
        off = start + min(
            i
            for i in (rest.find(".."), rest.find(",,"), rest.find(".,"), rest.find(",."))
            if i >= 0
        )
        raise NumberFormatError(error_text("number-two-separators"), text=body, offset=off + 1)
    dots = [i for i, c in enumerate(rest) if c == "."]
    commas = [i for i, c in enumerate(rest) if c == ","]
    digits_only = rest.replace(".", "").replace(",", "")
    if commas and dots and commas[0] < dots[-1]:
        # English convention (1,234.5) or mixed conventions.
        int_digits = rest[: dots[-1]].replace(",", "").replace(".", "")
        frac = rest[dots[-1] + 1 :]
        raise NumberFormatError(
            error_text("number-mixed-conventions"),
            text=body,
            offset=start + commas[0],
            suggestions=_valid(f"{sign}{_group(int_digits)},{frac}"),
        )
    if len(commas) > 1:
        raise NumberFormatError(
            error_text("number-many-commas"),
            text=body,
            offset=start + commas[1],
            suggestions=_valid(sign + _group(digits_only)),
        )
    # Only dots are wrong now: find the first bad group.
    int_end = commas[0] if commas else len(rest)
    int_text = rest[:int_end]
    frac_text = rest[int_end:]
    groups = int_text.split(".")
    if len(groups[0]) > 3:
        raise NumberFormatError(
            error_text("number-long-first-group", digits=len(groups[0])),
            text=body,
            offset=start,
            suggestions=_valid(sign + _group(int_text.replace(".", "")) + frac_text),
        )
    pos = len(groups[0])
    for g in groups[1:]:
        if len(g) != 3:
            suggestions: list[str] = []
            if len(groups) == 2 and not frac_text:
                # One dot: maybe a decimal point written the English way.
                suggestions.append(f"{sign}{groups[0]},{g}")
            suggestions.append(sign + _group(int_text.replace(".", "")) + frac_text)
            raise NumberFormatError(
                error_text("number-bad-group", digits=len(g)),
                text=body,
                offset=start + pos,
                suggestions=_valid(*suggestions),
            )
        pos += 1 + len(g)
    raise NumberFormatError(
        error_text("number-invalid"), text=body, offset=start
    )  # pragma: no cover


def _valid(*candidates: str) -> tuple[str, ...]:
    """The *candidates* that are themselves valid numbers, without repeats."""
    out: list[str] = []
    for c in candidates:
        body = c[1:] if c[:1] in _MINUS else c
        m = _STRICT.match(body)
        if m is not None and not ("." in m.group("int") and body[0] == "0") and c not in out:
            out.append(c)
    return tuple(out)


def _sign(body: str, start: int) -> str:
    return "-" if start else ""


def parse_number(text: str) -> int | Decimal:
    """Read one number written the Vietnamese way; strict.

    Thousands are grouped by dots in threes, decimals follow a comma (Luật Kế toán 2003,
    Điều 12).  An integer comes back as ``int``, a number with a decimal comma as an exact
    :class:`~decimal.Decimal` (its written decimals kept).  The text is NFC-normalised and may
    be surrounded by white space (no-break spaces included); a leading ``-`` or ``−`` makes it
    negative.

    >>> parse_number("440.977")
    440977
    >>> parse_number("74,87")
    Decimal('74.87')
    >>> parse_number("-1.234.567,50")
    Decimal('-1234567.50')
    >>> parse_number("01")
    1

    Whatever does not follow the rules raises
    :class:`~hoiquanchung.errors.NumberFormatError` with the offset and suggestions:

    >>> parse_number("992.0000")
    Traceback (most recent call last):
    ...
    hoiquanchung.errors.NumberFormatError: group of 4 digits ... at offset 3 ...
    >>> try:
    ...     parse_number("74.87")
    ... except NumberFormatError as err:
    ...     print(err.offset, err.suggestions)
    2 ('74,87', '7.487')
    """
    clean = nfc_text(text, "text", error=NumberFormatError)
    stripped = clean.strip(SPACES + "\r\n\v\f")
    lead = len(clean) - len(clean.lstrip(SPACES + "\r\n\v\f"))
    if not stripped:
        raise NumberFormatError(error_text("number-empty"), text=clean, offset=0)
    try:
        value, _ = read_number(stripped)
    except NumberFormatError as err:
        raise err.at(clean, (err.offset or 0) + lead) from None
    return value
