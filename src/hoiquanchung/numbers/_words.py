"""Numbers in words (đọc số bằng chữ), as written on Vietnamese financial documents.

How large units compose: within a block below a *tỷ* (10⁹) the groups of three digits are named
``nghìn`` (10³) and ``triệu`` (10⁶); above, the count of *tỷ* is itself read as a number, so
10¹² is ``một nghìn tỷ``, 10¹⁵ ``một triệu tỷ`` and 10¹⁸ ``một tỷ tỷ`` — the way the press and
the State budget write large sums; there is no upper limit.  A zero group is left out; the
next group then reads in full (``không trăm``, ``lẻ``): 1024 is ``một nghìn không trăm hai
mươi bốn``, 1 000 005 ``một triệu không trăm lẻ năm``.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Final, Literal

from hoiquanchung._catalogue import ErrorText, either, error_text
from hoiquanchung._nfc import nfc_text
from hoiquanchung.errors import NumberFormatError, ValidationError
from hoiquanchung.numbers._parse import MAX_NUMBER_DIGITS, check_size
from hoiquanchung.numbers._vocabulary import scale_words, written_scales
from hoiquanchung.rounding import exact_number

__all__ = ["amount_in_words", "from_words", "to_words"]

Four = Literal["auto", "tư", "bốn"]
Zero = Literal["lẻ", "linh"]

_DIGITS: Final = ("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín")
_BILLION: Final = 10**9


def _scales_below_billion() -> tuple[tuple[int, str], ...]:
    """``((10**6, 'triệu'), (10**3, 'nghìn'))``: the written scale words below a tỷ."""
    return tuple((size, word) for size, word in written_scales() if size < _BILLION)


def _scale_word(size: int) -> str:
    """The written scale word of *size* (``10**9`` → ``'tỷ'``)."""
    return dict(written_scales())[size]


_LIMIT: Final = 10**MAX_NUMBER_DIGITS


def _below_thousand(n: int, full: bool, four: str, zero: str) -> list[str]:
    """Words of ``0 < n < 1000``; *full* reads the hundreds even when zero (``không trăm``)."""
    hundreds, rest = divmod(n, 100)
    tens, units = divmod(rest, 10)
    out: list[str] = []
    if hundreds or full:
        out += [_DIGITS[hundreds], "trăm"]
    if tens == 0:
        if units:
            if out:
                out.append(zero)
            out.append(_DIGITS[units])
        return out
    if tens == 1:
        out.append("mười")
    else:
        out += [_DIGITS[tens], "mươi"]
    if units == 1:
        out.append("mốt" if tens >= 2 else "một")
    elif units == 5:
        out.append("lăm")
    elif units == 4 and tens >= 2:
        out.append(four)
    elif units:
        out.append(_DIGITS[units])
    return out


def _below_billion(n: int, full: bool, four: str, zero: str) -> list[str]:
    out: list[str] = []
    for size, word in (*_scales_below_billion(), (1, "")):
        count, n = divmod(n, size)
        if count:
            out += _below_thousand(count, full or bool(out), four, zero)
            if word:
                out.append(word)
    return out


def _int_words(n: int, four: str, zero: str, full: bool = False) -> list[str]:
    if n < _BILLION:
        return _below_billion(n, full, four, zero)
    high, low = divmod(n, _BILLION)
    out = [*_int_words(high, four, zero, full), _scale_word(_BILLION)]
    if low:
        out += _below_billion(low, True, four, zero)
    return out


def _words_of_int(n: int, four: str, zero: str) -> list[str]:
    if n == 0:
        return ["không"]
    if four == "auto":
        four = "tư" if n < 100 else "bốn"
    return _int_words(n, four, zero)


def to_words(value: int | Decimal, *, four: Four = "auto", zero: Zero = "lẻ") -> str:
    """Đọc số: *value* in Vietnamese words.

    Negative numbers start with ``âm``; decimals follow ``phẩy``, their leading zeros read one
    by one and the rest as a number (``3,05`` → ``ba phẩy không năm``; ``74,87`` → ``bảy mươi tư
    phẩy tám mươi bảy``), so that the written decimals come back from :func:`from_words`.
    ``mốt`` (21), ``lăm`` (15, 25) and ``mười`` are used as the language does; a zero tens digit
    reads *zero* (``lẻ``, or ``linh``).  A 4 after ``mươi`` reads *four*: by default ``tư`` in a
    number below 100 (``hai mươi tư``) and ``bốn`` in a longer one (``một nghìn không trăm hai
    mươi bốn``), as in the reference examples of issue 2; pass ``four="tư"`` or ``"bốn"`` to
    choose.

    >>> to_words(1024)
    'một nghìn không trăm hai mươi bốn'
    >>> to_words(105), to_words(21), to_words(25), to_words(15), to_words(24)
    ('một trăm lẻ năm', 'hai mươi mốt', 'hai mươi lăm', 'mười lăm', 'hai mươi tư')
    >>> to_words(-1201000000)
    'âm một tỷ hai trăm lẻ một triệu'
    >>> to_words(10**18)
    'một tỷ tỷ'
    >>> to_words(Decimal("74.87"))
    'bảy mươi tư phẩy tám mươi bảy'
    """
    if four not in ("auto", "tư", "bốn"):
        raise ValidationError(
            error_text("must-be", name="four", expected=either("'auto'", "'tư'", "'bốn'")),
            field="four",
        )
    if zero not in ("lẻ", "linh"):
        raise ValidationError(
            error_text("must-be", name="zero", expected=either("'lẻ'", "'linh'")), field="zero"
        )
    value = exact_number(value)
    check_size(value)
    if isinstance(value, int):
        negative, whole, frac = value < 0, abs(value), ""
    else:
        text = f"{value:f}"
        negative = text.startswith("-")
        whole_text, _, frac = text.lstrip("-").partition(".")
        whole = int(whole_text)
    words = _words_of_int(whole, four, zero)
    if frac:
        words.append("phẩy")
        stripped = frac.lstrip("0")
        words += ["không"] * (len(frac) - len(stripped))
        if stripped:
            words += _words_of_int(int(stripped), four, zero)
    if negative and (whole or frac.strip("0")):
        words.insert(0, "âm")
    return " ".join(words)


def amount_in_words(amount: int | Decimal, *, unit: str = "đồng") -> str:
    """Số tiền bằng chữ: the amount in words as financial documents write it.

    Capitalised, ending in the unit (``đồng``).

    >>> amount_in_words(1201000000)
    'Một tỷ hai trăm lẻ một triệu đồng'
    >>> amount_in_words(140457182000)
    'Một trăm bốn mươi tỷ bốn trăm năm mươi bảy triệu một trăm tám mươi hai nghìn đồng'
    """
    unit = nfc_text(unit, "unit").strip()
    words = to_words(amount)
    text = f"{words} {unit}" if unit else words
    return text[0].upper() + text[1:]


# --- reading words back ----------------------------------------------------------------------

_UNIT_WORDS: Final[dict[str, int]] = {
    "không": 0,
    "một": 1,
    "mốt": 1,
    "hai": 2,
    "ba": 3,
    "bốn": 4,
    "tư": 4,
    "năm": 5,
    "lăm": 5,
    "nhăm": 5,
    "sáu": 6,
    "bảy": 7,
    "bẩy": 7,
    "tám": 8,
    "chín": 9,
}
_PLAIN_DIGITS: Final = frozenset(_UNIT_WORDS) - {"mốt", "tư", "lăm", "nhăm"}
_TOKEN: Final = re.compile(r"\S+")
_Tok = tuple[str, int]  # (word, offset)


class _Reader:
    def __init__(self, text: str, tokens: list[_Tok]) -> None:
        self.text = text
        self.tokens = tokens
        self.i = 0

    def peek(self) -> str | None:
        return self.tokens[self.i][0] if self.i < len(self.tokens) else None

    def offset(self) -> int:
        return self.tokens[self.i][1] if self.i < len(self.tokens) else len(self.text)

    def fail(self, message: ErrorText) -> NumberFormatError:
        return NumberFormatError(message, text=self.text, offset=self.offset())

    def _next(self, k: int = 1) -> str | None:
        j = self.i + k
        return self.tokens[j][0] if j < len(self.tokens) else None

    def group(self) -> int | None:
        """Read a number below 1000 (``hai trăm lẻ một``); ``None`` when none starts here."""
        word = self.peek()
        if word is None:
            return None
        value = 0
        hundreds = False
        if word in _PLAIN_DIGITS and self._next() == "trăm":
            value = _UNIT_WORDS[word] * 100
            hundreds = True
            self.i += 2
            word = self.peek()
            if word in ("lẻ", "linh"):
                self.i += 1
                unit = self.peek()
                if unit not in _PLAIN_DIGITS or unit == "không":
                    raise self.fail(error_text("words-digit-after-le"))
                self.i += 1
                return value + _UNIT_WORDS[unit]
        if word == "mười":
            self.i += 1
            return value + 10 + self._units(after_tens=1)
        if word in _PLAIN_DIGITS and self._next() == "mươi":
            digit = _UNIT_WORDS[word]
            if digit < 2:
                raise self.fail(error_text("words-not-tens", word=word))
            self.i += 2
            return value + digit * 10 + self._units(after_tens=digit)
        if hundreds:
            if word in _UNIT_WORDS:
                raise self.fail(error_text("words-after-hundred"))
            return value
        if word in _PLAIN_DIGITS:
            self.i += 1
            return _UNIT_WORDS[word]
        return None

    def _units(self, after_tens: int) -> int:
        word = self.peek()
        if word is None or word not in _UNIT_WORDS or word == "không":
            return 0
        if word == "mốt" and after_tens < 2:
            raise self.fail(error_text("words-mot"))
        nxt = self.tokens[self.i + 1][0] if self.i + 1 < len(self.tokens) else None
        if nxt in ("trăm", "mươi"):
            return 0
        self.i += 1
        return _UNIT_WORDS[word]

    def below_billion(self) -> int | None:
        """Groups named ``triệu``, ``nghìn`` and units, descending; ``None`` if none here."""
        total = 0
        prev: int | None = None
        while True:
            at = self.i
            group = self.group()
            if group is None:
                if prev is None:
                    return None
                self.i = at
                return total
            word = self.peek()
            mult = 1
            below = scale_words().get(word or "", _BILLION)
            if below < _BILLION:  # nghìn, ngàn, triệu
                mult = below
                self.i += 1
            if prev is not None and mult >= prev:
                self.i = at
                raise self.fail(error_text("words-descend"))
            total += group * mult
            prev = mult
            if mult == 1:
                return total

    def integer(self) -> int:
        """A whole number: blocks below a tỷ, each followed by its ``tỷ`` words."""
        value: int | None = None
        while True:
            block = self.below_billion()
            if block is None:
                if value is None:
                    raise self.fail(error_text("words-expected"))
                return value
            value = (value or 0) + block
            billions = 0
            while scale_words().get(self.peek() or "") == _BILLION:  # tỷ, tỉ
                billions += 1
                self.i += 1
            if not billions:
                return value
            value *= _BILLION**billions


def from_words(text: str) -> int | Decimal:
    """Read a number written in Vietnamese words; the inverse of :func:`to_words`.

    Accepts the common variants: ``lẻ``/``linh``, ``nghìn``/``ngàn``, ``tư``/``bốn``,
    ``năm``/``lăm``, ``một``/``mốt``, ``tỷ``/``tỉ``, any capitalisation, a trailing ``đồng``
    (with ``chẵn``) as :func:`amount_in_words` writes, and decimals read digit by digit
    (``ba phẩy một bốn``).  Returns an ``int``, or a ``Decimal`` when ``phẩy`` is present.

    >>> from_words("một nghìn không trăm hai mươi bốn")
    1024
    >>> from_words("Một trăm linh năm"), from_words("hai mươi bốn"), from_words("mười lăm")
    (105, 24, 15)
    >>> from_words("âm ba phẩy không năm")
    Decimal('-3.05')
    >>> from_words("Một tỷ hai trăm lẻ một triệu đồng")
    1201000000
    >>> from_words("một trăm xyz")
    Traceback (most recent call last):
    ...
    hoiquanchung.errors.NumberFormatError: unexpected word 'xyz' at offset 9 in 'một trăm xyz'
    """
    clean = nfc_text(text, "text", error=NumberFormatError)
    tokens: list[_Tok] = [(m.group().lower(), m.start()) for m in _TOKEN.finditer(clean)]
    if tokens and tokens[-1][0] == "chẵn":
        tokens.pop()
    if tokens and tokens[-1][0] == "đồng":
        tokens.pop()
    if not tokens:
        raise NumberFormatError(error_text("words-none"), text=clean, offset=0)
    reader = _Reader(clean, tokens)
    negative = False
    if reader.peek() == "âm":
        negative = True
        reader.i += 1
    whole = reader.integer()
    frac = ""
    if reader.peek() == "phẩy":
        reader.i += 1
        while reader.peek() == "không":
            frac += "0"
            reader.i += 1
        if reader.peek() is not None:
            rest_tokens = reader.tokens[reader.i :]
            if len(rest_tokens) > 1 and all(w in _PLAIN_DIGITS for w, _ in rest_tokens):
                frac += "".join(str(_UNIT_WORDS[w]) for w, _ in rest_tokens)
                reader.i = len(reader.tokens)
            else:
                rest = reader.integer()
                if rest >= _LIMIT:
                    raise NumberFormatError(
                        error_text("number-too-many-decimals", limit=MAX_NUMBER_DIGITS),
                        text=clean,
                        offset=0,
                    )
                frac += str(rest)
        if not frac:
            raise reader.fail(error_text("words-after-comma"))
    if reader.peek() is not None:
        raise reader.fail(error_text("words-unexpected", word=reader.peek() or ""))
    if whole >= _LIMIT or len(frac) > MAX_NUMBER_DIGITS:
        raise NumberFormatError(
            error_text("number-too-many-digits", limit=MAX_NUMBER_DIGITS),
            text=clean,
            offset=0,
        )
    if frac:
        sign = "-" if negative else ""
        return Decimal(f"{sign}{whole}.{frac}")
    return -whole if negative else whole
