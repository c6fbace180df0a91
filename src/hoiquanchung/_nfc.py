"""Text at the library's boundary and the keys text is looked up by (private).

Every text normalisation the library needs, each named for what it does, each built on the one
before it:

- :func:`nfc_text` -- the rule "all text input NFC-normalised at the boundary": a text,
  NFC-normalised, nothing else changed (anything that is not a text is a
  :class:`~hoiquanchung.errors.ValidationError`, or the subclass the caller names, as the number
  parsers name :class:`~hoiquanchung.errors.NumberFormatError`, naming the field);
- :func:`stripped_text` -- NFC, white space at both ends dropped (codes, names, table cells);
- :func:`collapsed_text` -- NFC, every run of white space one space, ends stripped (names and
  titles of data files, unit names);
- :func:`match_key` -- :func:`collapsed_text` case-folded: the key a typed word or header is
  looked up by;
- :func:`unaccented_key` -- :func:`match_key` without the marks Vietnamese writes on its vowels,
  'đ' as 'd': the key of a word typed without diacritics.

The ``*_if_text`` forms are attrs converters: they run before the field's type check, so they
normalise a text and leave anything else (``None`` too) for that check to refuse or accept.

>>> nfc_text("Hội Nông dân") == "Hội Nông dân"
True
>>> nfc_text("Hô\u0323i") == "Hội"
True
>>> nfc_text(5, "name")
Traceback (most recent call last):
...
hoiquanchung.errors.ValidationError: expected a text, got int (field 'name')
>>> nfc_text_optional(None, "label") is None
True
>>> stripped_text("  Hội  Nông dân ")
'Hội  Nông dân'
>>> collapsed_text("  Hội   Nông\\tdân ")
'Hội Nông dân'
>>> match_key(" HỘI  Nông dân ")
'hội nông dân'
>>> unaccented_key("Thành phố  Đà Nẵng")
'thanh pho da nang'
>>> collapsed_if_text(5), collapsed_if_text(None), collapsed_if_text(" a  b ")
(5, None, 'a b')
"""

from __future__ import annotations

import unicodedata
from typing import Final

from hoiquanchung._catalogue import error_text, fragment
from hoiquanchung.errors import ValidationError

__all__ = [
    "collapsed_if_text",
    "collapsed_text",
    "match_key",
    "nfc_if_text",
    "nfc_text",
    "nfc_text_optional",
    "stripped_if_text",
    "stripped_text",
    "unaccented_key",
]

# Drops the combining marks (U+0300-U+036F, where Vietnamese tones, circumflex, breve and horn
# live) and writes 'đ' / 'Đ' as 'd'.
_MARKS: Final = {**dict.fromkeys(range(0x300, 0x370)), 0x111: "d", 0x110: "d"}


def nfc_text(
    value: object, field: str | None = None, *, error: type[ValidationError] = ValidationError
) -> str:
    """*value*, which must be a text, NFC-normalised; anything else is an *error*
    (naming *field* when given: attrs converters, which do not know their field, give none)."""
    if not isinstance(value, str):
        raise error(
            error_text("expected-type", expected=fragment("a-text"), type=type(value).__name__),
            field=field,
        )
    if value.isascii():  # ASCII is always NFC: skip the normalisation
        return value
    return unicodedata.normalize("NFC", value)


def nfc_text_optional(
    value: object, field: str | None = None, *, error: type[ValidationError] = ValidationError
) -> str | None:
    """:func:`nfc_text`, ``None`` allowed."""
    return None if value is None else nfc_text(value, field, error=error)


def stripped_text(text: str) -> str:
    """*text* NFC-normalised with the white space at its ends dropped (inner spaces kept)."""
    return nfc_text(text).strip()


def collapsed_text(text: str) -> str:
    """*text* NFC-normalised, every run of white space made one space, its ends stripped."""
    return " ".join(nfc_text(text).split())


def match_key(text: str) -> str:
    """The key *text* is looked up by: :func:`collapsed_text`, case-folded (and NFC again, as
    case folding may decompose a letter outside Vietnamese, such as 'ǰ')."""
    folded = nfc_text(text).casefold()
    return " ".join(folded.split() if folded.isascii() else nfc_text(folded).split())


def unaccented_key(text: str) -> str:
    """:func:`match_key` without the marks on its vowels and with 'đ' as 'd': the key of a word
    typed without diacritics."""
    # match_key's own second NFC is left out: the NFD below undoes it.  Spaces are collapsed
    # after the marks are dropped (a mark written alone between spaces leaves none behind).
    folded = nfc_text(text).casefold()
    if folded.isascii():
        return " ".join(folded.split())
    bare = " ".join(unicodedata.normalize("NFD", folded).translate(_MARKS).split())
    return bare if bare.isascii() else unicodedata.normalize("NFC", bare)


# The converters run once per field of every record loaded (io's fast path calls them too): each
# is written out in full rather than through the functions above, which they equal (tested).


def nfc_if_text(value: object) -> object:
    """attrs converter: :func:`nfc_text` of a text, anything else as it is."""
    if type(value) is not str and not isinstance(value, str):
        return value
    return value if value.isascii() else unicodedata.normalize("NFC", value)


def stripped_if_text(value: object) -> object:
    """attrs converter: :func:`stripped_text` of a text, anything else as it is."""
    if type(value) is not str and not isinstance(value, str):
        return value
    return (value if value.isascii() else unicodedata.normalize("NFC", value)).strip()


def collapsed_if_text(value: object) -> object:
    """attrs converter: :func:`collapsed_text` of a text, anything else as it is."""
    if type(value) is not str and not isinstance(value, str):
        return value
    return " ".join((value if value.isascii() else unicodedata.normalize("NFC", value)).split())
