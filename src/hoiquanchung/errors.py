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
"""

from __future__ import annotations

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


class ValidationError(HoiQuanChungError, ValueError):
    """Input that is not valid.

    ``field`` names the attribute or argument, ``path`` the place in a nested document
    (``$.associations[3].members``), ``offset`` the 0-based character offset in a text.  Any of
    them may be ``None`` when it does not apply.
    """

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

    def __str__(self) -> str:
        where = []
        if self.path is not None:
            where.append(f"@ {self.path}")
        elif self.field is not None:
            where.append(f"(field {self.field!r})")
        if self.offset is not None:
            where.append(f"at offset {self.offset}")
        return " ".join([self.message, *where])


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

    def __str__(self) -> str:
        out = self.message
        if self.offset is not None:
            out += f" at offset {self.offset}"
        if self.text is not None:
            out += f" in {self.text!r}"
        if self.suggestions:
            out += " (did you mean " + " or ".join(repr(s) for s in self.suggestions) + "?)"
        return out


class ModelValidationError(ValidationError):
    """A domain object that breaks a structural invariant (a negative count, a wrong type, a
    scope that does not match its unit's level).  ``field`` names the attribute."""


class LoadError(ValidationError):
    """Structured data (JSON, TOML, dicts) that cannot be turned into model objects.

    ``path`` names where, as ``$.associations[3].members``; ``errors`` holds every problem found
    as ``(path, message)`` pairs when more than one was found.
    """

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


class MissingDependencyError(HoiQuanChungError, ImportError):
    """An optional extra is needed and not installed; the message says what to install."""

    def __init__(self, feature: str, extra: str, package: str) -> None:
        message = (
            f"{feature} needs the optional package {package!r}: "
            f"install it with  pip install 'hoiquanchung[{extra}]'"
        )
        super().__init__(message, name=package)
        self.feature = feature
        self.extra = extra
        self.package = package


class DataFileError(HoiQuanChungError):
    """A data file shipped with the package, or given as reference data, is malformed."""


class DocumentReadError(HoiQuanChungError, OSError):
    """A report file that cannot be read: missing, unreadable, bad encoding, not a .docx."""


class AmbiguousLookupError(NotFoundError):
    """A lookup (a unit name, a code without a date) that matched more than one thing.

    ``candidates`` holds what matched, so that a caller can choose or narrow the query.
    """

    def __init__(self, message: str, *, candidates: tuple[object, ...] = ()) -> None:
        super().__init__(message)
        self.candidates = tuple(candidates)
