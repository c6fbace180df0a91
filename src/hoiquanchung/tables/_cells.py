"""Giá trị ô (cell values): what a cell holds, read into the plain data the model's converter takes.

Each reader here takes one cell as the source gives it (text from a CSV file; text, ``float``,
``int``, ``bool`` or a date from a workbook) and returns plain data for
:func:`hoiquanchung.io.structure`, or :data:`MISSING` for an empty cell, or raises
:class:`CellValueError` with a message in Vietnamese and English.

* Counts: an ``int``; a ``float`` from a workbook only when it is whole (``120.0`` → 120;
  ``120.5`` is an error, never truncated); text through the strict Vietnamese number parser
  (``"1.234"`` → 1234, ``"12,5"`` refused); never negative.
* Money: exact.  A workbook's ``float`` becomes the :class:`~decimal.Decimal` of its shortest
  representation, which is the number the cell stores (``1234567.89`` → ``Decimal('1234567.89')``),
  never float arithmetic; text through the strict parser (``"1.234.567,89"``).
* Dates: a date cell, or text ``dd/mm/yyyy`` (also ``d/m/yyyy``, ``dd-mm-yyyy``, ``dd.mm.yyyy``)
  or ISO ``yyyy-mm-dd``; impossible dates (``31/02/2024``) refused; a plain number is refused
  (format the cell as a date).
* Words: levels, scopes, categories, unit and legal types through the enums' ``parse``.

>>> read_count("1.234"), read_count(120.0), read_money(1234567.89), read_date("30/06/2024")
(1234, 120, Decimal('1234567.89'), datetime.date(2024, 6, 30))
>>> try:
...     read_count(120.5)
... except CellValueError as err:
...     print(err.message_vi, "/", err.message_en)
số đếm phải là số nguyên, ô chứa 120.5 / a count must be a whole number, got 120.5
"""

from __future__ import annotations

import datetime as _dt
import re
import unicodedata
from collections.abc import Callable
from decimal import Decimal
from typing import Any, Final

from hoiquanchung.errors import ValidationError
from hoiquanchung.model import (
    ActivityScope,
    AdminLevel,
    AssociationCategory,
    LegalType,
    UnitType,
)
from hoiquanchung.numbers import parse_number, parse_quantity

__all__ = [
    "CellValueError",
    "MISSING",
    "read_bool",
    "read_code",
    "read_count",
    "read_date",
    "read_figure",
    "read_levels",
    "read_money",
    "read_text",
]


class _Missing:
    def __repr__(self) -> str:
        return "MISSING"


#: Returned for an empty cell: the field is left out (the model's default, usually ``None``).
MISSING: Final = _Missing()


class CellValueError(Exception):
    """A cell whose value cannot be read as its column needs; ``str()`` is the English text."""

    def __init__(self, message_vi: str, message_en: str) -> None:
        super().__init__(message_en)
        self.message_vi = message_vi
        self.message_en = message_en


_BLANK: Final = " \t\r\n\u00a0\u2007\u2009\u202f"


def _strip(text: str) -> str:
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    return text.strip(_BLANK)


def _kind_vi(value: object) -> str:
    if isinstance(value, bool):
        return "giá trị đúng/sai"
    if isinstance(value, _dt.date):
        return "ngày"
    if isinstance(value, int | float):
        return "số"
    return type(value).__name__


def _kind_en(value: object) -> str:
    if isinstance(value, bool):
        return "a true/false value"
    if isinstance(value, _dt.date):
        return "a date"
    if isinstance(value, int | float):
        return "a number"
    return type(value).__name__


def _wrong(value: object, want_vi: str, want_en: str) -> CellValueError:
    return CellValueError(
        f"cần {want_vi}, ô chứa {_kind_vi(value)} {value!r}",
        f"expected {want_en}, the cell holds {_kind_en(value)} {value!r}",
    )


_CONTROL: Final = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def read_text(value: object) -> object:
    """Text without surrounding spaces; a whole number cell gives its digits.  (Not normalised
    here: every text field is NFC-normalised by :func:`hoiquanchung.io.structure` and the
    model, and the register compares names by their own keys.)"""
    t = type(value)
    if t is str:
        text = value.strip(_BLANK)  # type: ignore[attr-defined]
        if not text.isprintable() and _CONTROL.search(text):
            raise CellValueError(
                "ô chứa ký tự điều khiển (tệp hỏng?)",
                "the cell holds a control character (a damaged file?)",
            )
        return text if text else MISSING
    if t is int:
        return str(value)
    if t is float and value.is_integer():  # type: ignore[attr-defined]
        return str(int(value))  # type: ignore[call-overload]
    raise _wrong(value, "chữ", "text")


def _number_text(text: str) -> int | Decimal:
    try:
        return parse_number(text)
    except ValidationError as exc:
        raise CellValueError(
            f"không phải số viết theo cách Việt Nam (1.234 hoặc 12,5): {exc}",
            f"not a number written the Vietnamese way (1.234 or 12,5): {exc}",
        ) from None


_GROUPED: Final = re.compile(r"[1-9][0-9]{0,2}(?:\.[0-9]{3})+\Z")


def read_count(value: object) -> object:
    """A non-negative whole number."""
    t = type(value)
    if t is int:
        n: Any = value
    elif t is float:
        if not value.is_integer():  # type: ignore[attr-defined]
            raise CellValueError(
                f"số đếm phải là số nguyên, ô chứa {value!r}",
                f"a count must be a whole number, got {value!r}",
            )
        n = int(value)  # type: ignore[call-overload]
    elif t is str:
        text: str = value  # type: ignore[assignment]
        if text.isascii() and len(text) <= 24:  # longer: the parser, which bounds the digits
            if text.isdigit():
                return int(text)
            if _GROUPED.match(text):  # "1.234": what parse_number reads, read faster
                return int(text.replace(".", ""))
        text = _strip(text)
        if not text:
            return MISSING
        parsed = _number_text(text)
        if isinstance(parsed, Decimal):
            if parsed != parsed.to_integral_value():
                raise CellValueError(
                    f"số đếm phải là số nguyên, ô chứa {text!r}",
                    f"a count must be a whole number, got {text!r}",
                )
            parsed = int(parsed)
        n = parsed
    else:
        raise _wrong(value, "số nguyên", "a whole number")
    if n < 0:
        raise CellValueError(
            f"số đếm không được âm, ô chứa {value!r}",
            f"a count must not be negative, got {value!r}",
        )
    return n


def read_positive(value: object) -> object:
    """A whole number of at least 1 (a term in years)."""
    n = read_count(value)
    if n == 0:
        raise CellValueError("phải từ 1 trở lên, ô chứa 0", "must be at least 1, got 0")
    return n


def read_money(value: object) -> object:
    """An exact amount (:class:`~decimal.Decimal`)."""
    t = type(value)
    if t is int:
        return Decimal(value)  # type: ignore[arg-type]
    if t is float:
        f: float = value  # type: ignore[assignment]
        if f != f or f in (float("inf"), float("-inf")):
            raise _wrong(value, "số tiền", "an amount")
        # repr() is the shortest text that gives back the same float: the number the cell holds.
        if f.is_integer():
            return Decimal(int(f))
        return Decimal(repr(f))
    if t is str:
        text = _strip(value)  # type: ignore[arg-type]
        if not text:
            return MISSING
        parsed = _number_text(text)
        return parsed if isinstance(parsed, Decimal) else Decimal(parsed)
    raise _wrong(value, "số tiền", "an amount")


_DMY: Final = re.compile(r"([0-9]{1,2})([/.\-])([0-9]{1,2})\2([0-9]{4})\Z")
_ISO: Final = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})\Z")


def read_date(value: object) -> object:
    """A date: a date cell, ``dd/mm/yyyy`` or ISO text."""
    t = type(value)
    if t is _dt.date:
        return value
    if t is _dt.datetime:
        d: _dt.datetime = value  # type: ignore[assignment]
        if d.time() != _dt.time(0, 0):
            raise CellValueError(
                f"cần một ngày, ô có cả giờ {d.isoformat(' ')}",
                f"expected a date, the cell has a time of day too: {d.isoformat(' ')}",
            )
        return d.date()
    if t is str:
        text = str(value)
        if (
            len(text) == 10
            and text[2] == "/"
            and text[5] == "/"
            and text.isascii()
            and (text[:2] + text[3:5] + text[6:]).isdigit()
        ):  # dd/mm/yyyy, the common case, without the pattern
            try:
                return _dt.date(int(text[6:]), int(text[3:5]), int(text[:2]))
            except ValueError:
                raise CellValueError(
                    f"ngày không tồn tại: {text!r}", f"no such date: {text!r}"
                ) from None
        text = _strip(text)
        if not text:
            return MISSING
        m = _DMY.match(text)
        if m is not None:
            day, month, year = int(m.group(1)), int(m.group(3)), int(m.group(4))
        else:
            m = _ISO.match(text)
            if m is None:
                raise CellValueError(
                    f"cần ngày dạng dd/mm/yyyy, ô chứa {text!r}",
                    f"expected a date as dd/mm/yyyy, got {text!r}",
                )
            year, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3))
        try:
            return _dt.date(year, month, day)
        except ValueError:
            raise CellValueError(
                f"ngày không tồn tại: {text!r}", f"no such date: {text!r}"
            ) from None
    if t is int or t is float:
        raise CellValueError(
            f"ô chứa số {value!r}, không phải ngày: định dạng ô là ngày hoặc viết dd/mm/yyyy",
            f"the cell holds the number {value!r}, not a date: format the cell as a date or"
            " write dd/mm/yyyy",
        )
    raise _wrong(value, "ngày", "a date")


_TRUE: Final = frozenset({"có", "x", "✓", "✔", "1", "true", "đúng", "yes", "c"})
_FALSE: Final = frozenset({"không", "0", "false", "sai", "no", "k"})


def read_bool(value: object) -> object:
    """Có / không: ``có``, ``x``, ``1``, ``đúng`` or a TRUE cell; ``không``, ``0``, ``sai``."""
    t = type(value)
    if t is bool:
        return value
    if (t is int or t is float) and value in (0, 1):
        return value == 1
    if t is str:
        text = _strip(value).casefold()  # type: ignore[arg-type]
        if not text:
            return MISSING
        if text in _TRUE:
            return True
        if text in _FALSE:
            return False
        raise CellValueError(
            f"cần 'có' hoặc 'không' (hoặc x, 1, 0), ô chứa {text!r}",
            f"expected 'có' (yes) or 'không' (no), or x, 1, 0; got {text!r}",
        )
    raise _wrong(value, "'có' hoặc 'không'", "yes or no")


_CODE: Final = re.compile(r"[0-9]+\Z")


def read_code(value: object) -> object:
    """A unit code: digits, as text (a whole number cell gives its digits; leading zeros a
    number cell lost are not guessed back)."""
    t = type(value)
    if t is str:
        text = _strip(value)  # type: ignore[arg-type]
        if not text:
            return MISSING
        if _CODE.match(text) and text.isascii():
            return text
        raise CellValueError(
            f"mã đơn vị chỉ gồm chữ số, ô chứa {text!r}",
            f"a unit code has only the digits 0-9, got {text!r}",
        )
    if t is int and value >= 0:  # type: ignore[operator]
        return str(value)
    if t is float and value.is_integer() and value >= 0:  # type: ignore[attr-defined, operator]
        return str(int(value))  # type: ignore[call-overload]
    raise _wrong(value, "mã đơn vị (chữ số)", "a unit code (digits)")


def _bilingual(message: str, text: str) -> tuple[str, str]:
    """Split an enum's ``parse`` message (``"'x': không phải ... / not ...; dùng / use one of:
    ..."``) into its Vietnamese and English halves."""
    head, sep, accepted = message.partition("; dùng / use one of: ")
    vi_head, sep2, en_head = head.partition(" / not ")
    if not (sep and sep2):
        return f"không đọc được {text!r}: {message}", message
    return (
        f"{vi_head}; dùng một trong: {accepted}",
        f"{text!r}: not {en_head}; use one of: {accepted}",
    )


def _word_reader(parse: Callable[[str], Any]) -> Callable[[object], object]:
    def read(value: object) -> object:
        if type(value) is not str:
            raise _wrong(value, "chữ", "text")
        text = _strip(value)
        if not text:
            return MISSING
        try:
            return parse(text)
        except ValidationError as exc:
            raise CellValueError(*_bilingual(exc.message, text)) from None

    return read


read_level = _word_reader(AdminLevel.parse)
read_scope = _word_reader(ActivityScope.parse)
read_category = _word_reader(AssociationCategory.parse)
read_unit_type = _word_reader(UnitType.parse)
read_legal_type = _word_reader(LegalType.parse)

_ALL: Final = frozenset({"tổng", "tổng số", "tổng cộng", "cộng", "tất cả", "toàn bộ", "chung"})
_SEPARATORS: Final = re.compile(r"\s*(?:,|;|/|\+|&|\bvà\b)\s*")


def read_levels(value: object) -> object:
    """Levels a stated figure covers: ``"cấp tỉnh"``, ``"cấp huyện, xã"``, ``"huyện và xã"``;
    ``"tổng số"`` (all levels) gives an empty list."""
    if type(value) is not str:
        raise _wrong(value, "cấp", "levels")
    text = _strip(value)
    if not text:
        return MISSING
    if text.casefold() in _ALL:
        return []
    body = text
    if body.casefold().startswith("cấp "):
        body = body[4:]
    out = []
    for part in _SEPARATORS.split(body):
        if not part:
            continue
        level = read_level(part)
        assert isinstance(level, AdminLevel)
        out.append(level)
    return out


def read_scopes(value: object) -> object:
    """Scopes a stated figure covers, like :func:`read_levels` (``"phạm vi huyện, xã"``)."""
    if type(value) is not str:
        raise _wrong(value, "phạm vi", "scopes")
    text = _strip(value)
    if not text:
        return MISSING
    if text.casefold() in _ALL:
        return []
    body = text
    for prefix in ("phạm vi ", "cấp "):
        if body.casefold().startswith(prefix):
            body = body[len(prefix) :]
    out = []
    for part in _SEPARATORS.split(body):
        if not part:
            continue
        scope = read_scope(part)
        assert isinstance(scope, ActivityScope)
        out.append(scope)
    return out


def read_figure(value: object) -> object:
    """A stated figure: a number cell (exact, as :func:`read_money`) gives a
    :class:`~decimal.Decimal`; text is read as a quantity (``"hơn 34 tỷ đồng"``, ``"91,53%"``,
    ``"1.234"``) and gives a :class:`~hoiquanchung.numbers.Quantity` (value, resolution, bound,
    unit and the text as written)."""
    if type(value) is str:
        text = _strip(value)
        if not text:
            return MISSING
        try:
            return parse_quantity(text)
        except ValidationError as exc:
            raise CellValueError(
                f"không đọc được số liệu (như 1.234, 91,53% hoặc hơn 34 tỷ đồng): {exc}",
                f"not a figure as reports write it (1.234, 91,53%, hơn 34 tỷ đồng): {exc}",
            ) from None
    if type(value) is bool:
        raise _wrong(value, "số liệu", "a figure")
    return read_money(value)


def read_category_or_all(value: object) -> object:
    """A category, or ``"tổng số"`` / an empty cell for both."""
    if type(value) is str and _strip(value).casefold() in _ALL:
        return MISSING
    return read_category(value)
