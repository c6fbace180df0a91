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
from collections.abc import Callable, Mapping
from decimal import Decimal
from types import MappingProxyType
from typing import Any, Final

from hoiquanchung._catalogue import ErrorText, Fact, Language, Localized, error_text, fragment
from hoiquanchung._nfc import nfc_text
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
    """A cell whose value cannot be read as its column needs; ``str()`` is the English text.

    Raised with a message from the catalogue (:func:`~hoiquanchung.messages.error_text`), it
    keeps its ``code`` and ``facts``; raised with two texts (Vietnamese, English), ``code`` is
    ``None``.

    >>> from hoiquanchung.messages import error_text
    >>> err = CellValueError(error_text("cell-not-a-date", text="3/2024"))
    >>> err.code, err.message_vi
    ('cell-not-a-date', "cần ngày dạng dd/mm/yyyy, ô chứa '3/2024'")
    """

    def __init__(self, message: str, message_en: str | None = None) -> None:
        coded = message if isinstance(message, ErrorText) and message_en is None else None
        self.code: str | None = None if coded is None else coded.code
        self.facts: Mapping[str, Fact] = MappingProxyType({}) if coded is None else coded.facts
        self.message_vi = message if coded is None else coded.text("vi")
        self.message_en = str(message) if message_en is None else message_en
        super().__init__(self.message_en)

    def render(self, lang: Language = "vi") -> str:
        """The message in Vietnamese (``"vi"``) or English (``"en"``)."""
        return self.message_en if lang == "en" else self.message_vi

    @classmethod
    def of(cls, code: str, **facts: Fact) -> CellValueError:
        """The error worded by the catalogue's error *code* with *facts*."""
        return cls(error_text(code, **facts))


_BLANK: Final = " \t\r\n\u00a0\u2007\u2009\u202f"


def _strip(text: str) -> str:
    if not text.isascii():
        text = nfc_text(text)
    return text.strip(_BLANK)


def _kind(value: object) -> Localized:
    if isinstance(value, bool):
        return fragment("cell-kind-bool")
    if isinstance(value, _dt.date):
        return fragment("cell-kind-date")
    if isinstance(value, int | float):
        return fragment("cell-kind-number")
    return Localized(type(value).__name__, type(value).__name__)


def _wrong(value: object, want: Localized) -> CellValueError:
    """The cell holds a value of the wrong kind, not *want*."""
    return CellValueError(
        error_text("cell-wrong-type", want=want, kind=_kind(value), shown=repr(value))
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
            raise CellValueError(error_text("cell-control-character"))
        return text if text else MISSING
    if t is int:
        return str(value)
    if t is float and value.is_integer():  # type: ignore[attr-defined]
        return str(int(value))  # type: ignore[call-overload]
    raise _wrong(value, fragment("cell-want-text"))


def _number_text(text: str) -> int | Decimal:
    try:
        return parse_number(text)
    except ValidationError as exc:
        detail = Localized(exc.render("vi"), str(exc))
        raise CellValueError(error_text("cell-not-a-number", detail=detail)) from None


_GROUPED: Final = re.compile(r"[1-9][0-9]{0,2}(?:\.[0-9]{3})+\Z")


def read_count(value: object) -> object:
    """A non-negative whole number."""
    t = type(value)
    if t is int:
        n: Any = value
    elif t is float:
        if not value.is_integer():  # type: ignore[attr-defined]
            raise CellValueError(error_text("cell-count-not-whole", shown=repr(value)))
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
                raise CellValueError(error_text("cell-count-not-whole", shown=repr(text)))
            parsed = int(parsed)
        n = parsed
    else:
        raise _wrong(value, fragment("cell-want-whole-number"))
    if n < 0:
        raise CellValueError(error_text("cell-count-negative", shown=repr(value)))
    return n


def read_positive(value: object) -> object:
    """A whole number of at least 1 (a term in years)."""
    n = read_count(value)
    if n == 0:
        raise CellValueError(error_text("cell-below-one"))
    return n


def read_money(value: object) -> object:
    """An exact amount (:class:`~decimal.Decimal`)."""
    t = type(value)
    if t is int:
        return Decimal(value)  # type: ignore[arg-type]
    if t is float:
        f: float = value  # type: ignore[assignment]
        if f != f or f in (float("inf"), float("-inf")):
            raise _wrong(value, fragment("cell-want-amount"))
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
    raise _wrong(value, fragment("cell-want-amount"))


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
            raise CellValueError(error_text("cell-date-with-time", when=d.isoformat(" ")))
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
                raise CellValueError(error_text("cell-no-such-date", text=text)) from None
        text = _strip(text)
        if not text:
            return MISSING
        m = _DMY.match(text)
        if m is not None:
            day, month, year = int(m.group(1)), int(m.group(3)), int(m.group(4))
        else:
            m = _ISO.match(text)
            if m is None:
                raise CellValueError(error_text("cell-not-a-date", text=text))
            year, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3))
        try:
            return _dt.date(year, month, day)
        except ValueError:
            raise CellValueError(error_text("cell-no-such-date", text=text)) from None
    if t is int or t is float:
        raise CellValueError(error_text("cell-number-not-date", shown=repr(value)))
    raise _wrong(value, fragment("cell-want-date"))


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
        raise CellValueError(error_text("cell-not-yes-no", text=text))
    raise _wrong(value, fragment("cell-want-yes-no"))


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
        raise CellValueError(error_text("cell-not-a-unit-code", text=text))
    if t is int and value >= 0:  # type: ignore[operator]
        return str(value)
    if t is float and value.is_integer() and value >= 0:  # type: ignore[attr-defined, operator]
        return str(int(value))  # type: ignore[call-overload]
    raise _wrong(value, fragment("cell-want-unit-code"))


def _word_error(exc: ValidationError) -> CellValueError:
    """A cell's word that an enum's ``parse`` refused: its message without the field."""
    if isinstance(exc.message, ErrorText):
        return CellValueError(exc.message)
    return CellValueError(exc.describe("vi"), exc.describe("en"))


def _figure_error(exc: ValidationError) -> CellValueError:
    """A cell's text that :func:`~hoiquanchung.numbers.parse_quantity` refused."""
    detail = Localized(exc.render("vi"), str(exc))
    return CellValueError(error_text("cell-not-a-figure", detail=detail))


def _parse_text(
    value: str, parse: Callable[[str], Any], error: Callable[[ValidationError], CellValueError]
) -> object:
    """A text cell, stripped, read by *parse* (:data:`MISSING` when empty); a refusal is made a
    cell's problem by *error*."""
    text = _strip(value)
    if not text:
        return MISSING
    try:
        return parse(text)
    except ValidationError as exc:
        raise error(exc) from None


def _word_reader(parse: Callable[[str], Any]) -> Callable[[object], object]:
    def read(value: object) -> object:
        if type(value) is not str:
            raise _wrong(value, fragment("cell-want-text"))
        return _parse_text(value, parse, _word_error)

    return read


read_level = _word_reader(AdminLevel.parse)
read_scope = _word_reader(ActivityScope.parse)
read_category = _word_reader(AssociationCategory.parse)
read_unit_type = _word_reader(UnitType.parse)
read_legal_type = _word_reader(LegalType.parse)

_ALL: Final = frozenset({"tổng", "tổng số", "tổng cộng", "cộng", "tất cả", "toàn bộ", "chung"})
_SEPARATORS: Final = re.compile(r"\s*(?:,|;|/|\+|&|\bvà\b)\s*")


def _list_of(
    value: object, want: str, prefixes: tuple[str, ...], read_one: Callable[[object], object]
) -> object:
    """A cell naming several levels or scopes (*read_one* reads each), after *prefixes*."""
    if type(value) is not str:
        raise _wrong(value, fragment(want))
    text = _strip(value)
    if not text:
        return MISSING
    if text.casefold() in _ALL:
        return []
    body = text
    for prefix in prefixes:
        if body.casefold().startswith(prefix):
            body = body[len(prefix) :]
    return [read_one(part) for part in _SEPARATORS.split(body) if part]


def read_levels(value: object) -> object:
    """Levels a stated figure covers: ``"cấp tỉnh"``, ``"cấp huyện, xã"``, ``"huyện và xã"``;
    ``"tổng số"`` (all levels) gives an empty list."""
    return _list_of(value, "cell-want-levels", ("cấp ",), read_level)


def read_scopes(value: object) -> object:
    """Scopes a stated figure covers, like :func:`read_levels` (``"phạm vi huyện, xã"``)."""
    return _list_of(value, "cell-want-scopes", ("phạm vi ", "cấp "), read_scope)


def read_figure(value: object) -> object:
    """A stated figure: a number cell (exact, as :func:`read_money`) gives a
    :class:`~decimal.Decimal`; text is read as a quantity (``"hơn 34 tỷ đồng"``, ``"91,53%"``,
    ``"1.234"``) and gives a :class:`~hoiquanchung.numbers.Quantity` (value, resolution, bound,
    unit and the text as written)."""
    if type(value) is str:
        return _parse_text(value, parse_quantity, _figure_error)
    if type(value) is bool:
        raise _wrong(value, fragment("cell-want-figure"))
    return read_money(value)


def read_category_or_all(value: object) -> object:
    """A category, or ``"tổng số"`` / an empty cell for both."""
    if type(value) is str and _strip(value).casefold() in _ALL:
        return MISSING
    return read_category(value)
