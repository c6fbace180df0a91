"""Text at the library's boundary: checked to be a ``str`` and NFC-normalised (private).

The one helper for the rule "all text input NFC-normalised at the boundary": anything that is not
a text is a :class:`~hoiquanchung.errors.ValidationError` (or the subclass the caller names, as
the number parsers name :class:`~hoiquanchung.errors.NumberFormatError`) that names the field.
Nothing else is changed: no stripping, no folding of spaces or case (a caller that wants those
does them on the result).

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
"""

from __future__ import annotations

import unicodedata

from hoiquanchung._catalogue import error_text, fragment
from hoiquanchung.errors import ValidationError

__all__ = ["nfc_text", "nfc_text_optional"]


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
