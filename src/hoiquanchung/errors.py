"""The exception tree of hoiquanchung.

Every error the library raises on purpose derives from :class:`HoiQuanChungError`, so that a caller
can catch the library's errors apart from bugs.  Errors about bad *input* also derive from
:class:`ValueError` (through :class:`ValidationError`) and say where the input is wrong: the field,
the path inside a document (``$.associations[3].members``) or the character offset in a text.

Exceptions are for misuse and bad input.  Figures that do not add up are not exceptions: they are
:class:`~hoiquanchung.findings.Finding` objects, returned as data.

>>> from hoiquanchung.errors import NumberFormatError, HoiQuanChungError
>>> err = NumberFormatError(
...     "group of 4 digits", text="992.0000", offset=3, suggestions=("992,0000", "9.920.000")
... )
>>> isinstance(err, ValueError), isinstance(err, HoiQuanChungError)
(True, True)
>>> print(err)
group of 4 digits at offset 3 in '992.0000' (did you mean '992,0000' or '9.920.000'?)

Every error reads in Vietnamese and in English: :meth:`HoiQuanChungError.render` (and
``message_vi``, ``message_en``).  An error raised with a message from the catalogue
(:func:`hoiquanchung.messages.error_text`) carries its ``code`` and ``facts`` and is worded wholly
in either language; any other says in Vietnamese what kind of error it is and where, its detail
as written.  ``str(err)`` is the English message.

>>> from hoiquanchung.messages import error_text
>>> err = NumberFormatError(error_text("number-bad-group", digits=4), text="992.0000", offset=3,
...                         suggestions=("992,0000", "9.920.000"))
>>> err.code
'number-bad-group'
>>> err.render("vi")
"nhóm chữ số sau dấu chấm phải có đúng 3 chữ số tại vị trí 3 trong '992.0000' (có phải \
'992,0000' hoặc '9.920.000'?)"
>>> ValidationError("must be positive", field="members").render("vi")
"dữ liệu không hợp lệ: must be positive (trường 'members')"
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import ClassVar, Final

from hoiquanchung._catalogue import ErrorText, Fact, Language, error_text, fragment, render

__all__ = [
    "AmbiguousLookupError",
    "DataFileError",
    "DocumentReadError",
    "HoiQuanChungError",
    "LoadError",
    "MissingDependencyError",
    "ModelValidationError",
    "NotFoundError",
    "NumberFormatError",
    "ValidationError",
]


class HoiQuanChungError(Exception):
    """Root of every error raised on purpose by hoiquanchung."""

    #: The catalogue entry that words an error of this class raised without a code of its own.
    kind_code: ClassVar[str] = "error"

    @property
    def code(self) -> str | None:
        """The catalogue code of the message, or ``None`` for a message written in place."""
        first = self.args[0] if self.args else None
        return first.code if isinstance(first, ErrorText) else None

    @property
    def facts(self) -> Mapping[str, Fact]:
        """The facts the message was worded from (empty without a ``code``)."""
        first = self.args[0] if self.args else None
        return first.facts if isinstance(first, ErrorText) else MappingProxyType({})

    def _detail(self) -> str:
        """The message as given, without where."""
        first = self.args[0] if len(self.args) == 1 else None
        return first if isinstance(first, str) else BaseException.__str__(self)

    def describe(self, lang: Language = "en") -> str:
        """What is wrong, in *lang*, without where it is."""
        detail = self._detail()
        if isinstance(detail, ErrorText):
            return detail.text(lang)
        return render(self.kind_code, lang, {"detail": detail}, kind="error")

    def _where(self, lang: Language) -> list[str]:
        return []

    def render(self, lang: Language = "en") -> str:
        """The whole message in Vietnamese (``"vi"``) or English (``"en"``, as ``str()``)."""
        if lang not in ("vi", "en"):
            raise ValidationError(error_text("language", lang=lang), field="lang")
        return " ".join([self.describe(lang), *self._where(lang)])

    @property
    def message_vi(self) -> str:
        """The message in Vietnamese."""
        return self.render("vi")

    @property
    def message_en(self) -> str:
        """The message in English."""
        return self.render("en")


# The one fact each place fragment takes, by its code.
_PLACE_FACTS: Final = {
    "at-path": "path",
    "in-field": "field",
    "at-offset": "offset",
    "in-text": "text",
    "suggestions": "suggestions",
}


def _places(lang: Language, *places: tuple[str, str | int | None]) -> list[str]:
    """The place fragments (``at-path``, ``at-offset``, ...) in *lang* of the facts that are set."""
    return [
        fragment(code, **{_PLACE_FACTS[code]: value}).text(lang)
        for code, value in places
        if value is not None
    ]


class ValidationError(HoiQuanChungError, ValueError):
    """Input that is not valid.

    ``field`` names the attribute or argument, ``path`` the place in a nested document
    (``$.associations[3].members``), ``offset`` the 0-based character offset in a text.  Any of
    them may be ``None`` when it does not apply.
    """

    kind_code = "invalid"

    def __init__(
        self,
        message: str,
        *,
        field: str | None = None,
        path: str | None = None,
        offset: int | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.field = field
        self.path = path
        self.offset = offset

    def _detail(self) -> str:
        return self.message

    def _where(self, lang: Language) -> list[str]:
        place = ("at-path", self.path) if self.path is not None else ("in-field", self.field)
        return _places(lang, place, ("at-offset", self.offset))

    def __str__(self) -> str:
        return self.render("en")


class NumberFormatError(ValidationError):
    """A number, quantity or number in words not written the way Vietnamese documents write it.

    ``text`` is the (NFC-normalised) input, ``offset`` where the problem starts in it, and
    ``suggestions`` readings the caller may have meant (as babel's ``NumberFormatError`` does).
    """

    def __init__(
        self,
        message: str,
        *,
        text: str | None = None,
        offset: int | None = None,
        suggestions: tuple[str, ...] = (),
        field: str | None = None,
    ) -> None:
        super().__init__(message, field=field, offset=offset)
        self.text = text
        self.suggestions = tuple(suggestions)

    def at(self, text: str, offset: int) -> NumberFormatError:
        """The same error (code, facts, suggestions) placed at *offset* in a larger *text*.

        >>> from hoiquanchung.numbers import parse_number
        >>> try:
        ...     parse_number("74.87")
        ... except NumberFormatError as err:
        ...     moved = err.at("đạt 74.87%", 4 + (err.offset or 0))
        >>> moved.code, moved.offset, moved.text
        ('number-bad-group', 6, 'đạt 74.87%')
        """
        return NumberFormatError(
            self.message, text=text, offset=offset, suggestions=self.suggestions, field=self.field
        )

    def _where(self, lang: Language) -> list[str]:
        either = fragment("or").text(lang).join(repr(s) for s in self.suggestions) or None
        return _places(
            lang, ("at-offset", self.offset), ("in-text", self.text), ("suggestions", either)
        )


class ModelValidationError(ValidationError):
    """A domain object that breaks a structural invariant (a negative count, a wrong type, a
    scope that does not match its unit's level).  ``field`` names the attribute."""

    kind_code = "invalid-object"


class LoadError(ValidationError):
    """Structured data (JSON, TOML, dicts) that cannot be turned into model objects.

    ``path`` names where, as ``$.associations[3].members``; ``errors`` holds every problem found
    as ``(path, message)`` pairs when more than one was found.
    """

    kind_code = "cannot-load"

    def __init__(
        self,
        message: str,
        *,
        path: str | None = None,
        errors: tuple[tuple[str, str], ...] = (),
    ) -> None:
        super().__init__(message, path=path)
        self.errors = tuple(errors)


class NotFoundError(HoiQuanChungError, LookupError):
    """A lookup (a unit code, a name, a reference list for a date) that found nothing."""

    kind_code = "not-found"


class MissingDependencyError(HoiQuanChungError, ImportError):
    """An optional extra is needed and not installed; the message says what to install."""

    def __init__(self, feature: str, extra: str, package: str) -> None:
        message = error_text("missing-dependency", feature=feature, extra=extra, package=package)
        super().__init__(message, name=package)
        self.feature = feature
        self.extra = extra
        self.package = package


class DataFileError(HoiQuanChungError):
    """A data file shipped with the package, or given as reference data, is malformed."""

    kind_code = "bad-data-file"


class DocumentReadError(HoiQuanChungError, OSError):
    """A report file that cannot be read: missing, unreadable, bad encoding, not a .docx."""

    kind_code = "cannot-read-document"


class AmbiguousLookupError(NotFoundError):
    """A lookup (a unit name, a code without a date) that matched more than one thing.

    ``candidates`` holds what matched, so that a caller can choose or narrow the query.
    """

    kind_code = "ambiguous"

    def __init__(self, message: str, *, candidates: tuple[object, ...] = ()) -> None:
        super().__init__(message)
        self.candidates = tuple(candidates)
