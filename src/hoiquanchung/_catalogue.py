"""The message catalogue's data and rendering, below the exception tree.

:mod:`hoiquanchung.errors` words its errors with it, so it imports nothing of hoiquanchung; the
public face, which checks its arguments and raises the library's errors, is
:mod:`hoiquanchung.messages`.  Here an unknown code is a :class:`KeyError` naming it (a bug of the
caller: the test suite checks that every code used is in the catalogue), an unknown language or
kind a :class:`ValueError`, and a malformed shipped catalogue a :class:`RuntimeError` (a broken
installation).  Each carries an :class:`ErrorText` with its code, so it reads in both languages.

The catalogue's own errors are worded from a fixed copy of their entries (:data:`_OWN`), never
from the file: a broken catalogue cannot fail again while wording why it is broken.

>>> try:
...     render("no-such-code", "vi")
... except KeyError as exc:
...     print(exc.args[0].code, "|", exc.args[0].text("vi"))
catalogue-unknown-code | danh mục thông báo không có finding 'no-such-code'
"""

from __future__ import annotations

import datetime as _dt
import functools
import importlib.resources
import string
import tomllib
from collections.abc import Iterator, Mapping
from decimal import Decimal
from types import MappingProxyType
from typing import Any, Final, Literal

import attrs

# No ``__all__`` here: the public names are those :mod:`hoiquanchung.messages` re-exports (its
# ``__all__`` is the one list of them); modules below it import from here directly.

Language = Literal["vi", "en"]
"""``"vi"`` (Vietnamese) or ``"en"`` (English)."""

_LANGUAGES: Final = ("vi", "en")
_SEVERITIES: Final = frozenset({"info", "warning", "error"})
_KINDS: Final = ("finding", "error", "fragment")


@attrs.frozen
class Localized:
    """A fact or a text in Vietnamese and in English.

    >>> Localized("chủ tịch", "chair").text("en")
    'chair'
    """

    vi: str
    en: str

    def text(self, lang: Language) -> str:
        """The text in *lang* (``"vi"`` or ``"en"``)."""
        return self.en if lang == "en" else self.vi

    def join(self, items: list[Localized]) -> Localized:
        """The *items* joined by this text, language by language.

        >>> fragment("or").join([Localized("'a'", "'a'"), Localized("'b'", "'b'")]).vi
        "'a' hoặc 'b'"
        """
        return Localized(self.vi.join(i.vi for i in items), self.en.join(i.en for i in items))


Fact = str | int | Decimal | _dt.date | Localized
"""What a template is filled with: a :class:`Localized` pair, or a value the same in both."""


@attrs.frozen
class Message:
    """One entry of the catalogue.

    ``kind`` is ``"finding"``, ``"error"`` or ``"fragment"``; ``severity`` (``"info"``,
    ``"warning"``, ``"error"``) and the titles are set for findings only; ``variants`` holds the
    other wordings of a finding (each a :class:`Message` whose ``severity``, when set, replaces
    the usual one).
    """

    code: str
    kind: str
    vi: str
    en: str
    severity: str | None = None
    title_vi: str | None = None
    title_en: str | None = None
    variants: Mapping[str, Message] = attrs.field(factory=dict)

    def template(self, lang: Language) -> str:
        """The template in *lang*."""
        return self.en if lang == "en" else self.vi

    def fields(self) -> frozenset[str]:
        """The names of the facts its templates (and its variants') use."""
        names: set[str] = set()
        for text in (self.vi, self.en, *(t for v in self.variants.values() for t in (v.vi, v.en))):
            names.update(f for _, f, _, _ in string.Formatter().parse(text) if f)
        return frozenset(names)


# The catalogue's own errors and their pieces, by (kind, code): the same texts as their entries in
# messages.toml (a test checks that they agree), kept here so that they never need the file.
_OWN: Final[Mapping[tuple[str, str], tuple[str, str]]] = {
    ("error", "catalogue-unknown-code"): (
        "danh mục thông báo không có {kind} {entry!r}",
        "no {kind} {entry!r} in the message catalogue",
    ),
    ("error", "catalogue-unknown-variant"): (
        "danh mục thông báo không có biến thể {variant!r} của {kind} {entry!r}",
        "no variant {variant!r} of {kind} {entry!r} in the catalogue",
    ),
    ("error", "catalogue-malformed"): (
        "danh mục thông báo bị lỗi: {where} {problem}",
        "message catalogue: {where} {problem}",
    ),
    ("error", "catalogue-kind"): (
        "loại thông báo phải là một trong {kinds}, nhận được {kind!r}",
        "kind must be one of {kinds}, got {kind!r}",
    ),
    ("fragment", "catalogue-no-text"): ("không có văn bản {key!r}", "has no text {key!r}"),
    ("fragment", "catalogue-not-a-table"): ("không phải là một bảng", "is not a table"),
    ("fragment", "catalogue-bad-severity"): ("có mức độ {severity!r}", "has severity {severity!r}"),
    ("fragment", "catalogue-needs-titles"): (
        "cần mức độ và cả hai tiêu đề",
        "needs a severity and both titles",
    ),
}


def _malformed(where: str, problem: str, **facts: Fact) -> RuntimeError:
    return RuntimeError(
        error_text("catalogue-malformed", where=where, problem=fragment(problem, **facts))
    )


def _text(entry: Mapping[str, Any], key: str, where: str) -> str:
    value = entry.get(key)
    if not isinstance(value, str):
        raise _malformed(where, "catalogue-no-text", key=key)
    return value


def _message(code: str, kind: str, entry: Any, where: str, *, variant: bool = False) -> Message:
    if not isinstance(entry, dict):
        raise _malformed(where, "catalogue-not-a-table")
    severity = entry.get("severity")
    if severity is not None and severity not in _SEVERITIES:
        raise _malformed(where, "catalogue-bad-severity", severity=severity)
    variants = {
        name: _message(code, kind, sub, f"{where}.variants.{name}", variant=True)
        for name, sub in entry.get("variants", {}).items()
    }
    titles = (entry.get("title_vi"), entry.get("title_en"))
    if (
        kind == "finding"
        and not variant
        and (severity is None or not all(isinstance(t, str) for t in titles))
    ):
        raise _malformed(where, "catalogue-needs-titles")
    return Message(
        code=code,
        kind=kind,
        vi=_text(entry, "vi", where),
        en=_text(entry, "en", where),
        severity=severity,
        title_vi=titles[0],
        title_en=titles[1],
        variants=MappingProxyType(variants),
    )


@functools.cache
def _load() -> dict[str, dict[str, Message]]:
    resource = importlib.resources.files("hoiquanchung") / "data" / "messages.toml"
    data = tomllib.loads(resource.read_text(encoding="utf-8"))
    out: dict[str, dict[str, Message]] = {}
    for kind in _KINDS:
        table = data.get(kind, {})
        out[kind] = {
            code: _message(code, kind, entry, f"[{kind}.{code}]") for code, entry in table.items()
        }
    aliases = data.get("alias", {})
    out["alias"] = {
        old: Message(code=new, kind="alias", vi=new, en=new) for old, new in aliases.items()
    }
    return out


class _Table(Mapping[str, Message]):
    """A read-only view of one kind of entry, loaded on first use."""

    def __init__(self, kind: str) -> None:
        self._kind = kind

    def __getitem__(self, code: str) -> Message:
        try:
            return _load()[self._kind][code]
        except KeyError:
            raise KeyError(
                error_text("catalogue-unknown-code", kind=self._kind, entry=code)
            ) from None

    def __iter__(self) -> Iterator[str]:
        return iter(_load()[self._kind])

    def __len__(self) -> int:
        return len(_load()[self._kind])


#: Every finding code, with its severity, titles and templates.
FINDINGS: Final[Mapping[str, Message]] = _Table("finding")
#: Every error code an exception may carry.
ERRORS: Final[Mapping[str, Message]] = _Table("error")
#: Pieces of messages (reasons, tails), by name.
FRAGMENTS: Final[Mapping[str, Message]] = _Table("fragment")


class _Aliases(Mapping[str, str]):
    def __getitem__(self, code: str) -> str:
        return _load()["alias"][code].vi

    def __iter__(self) -> Iterator[str]:
        return iter(_load()["alias"])

    def __len__(self) -> int:
        return len(_load()["alias"])


#: Deprecated finding codes and the code that replaced each.
ALIASES: Final[Mapping[str, str]] = _Aliases()


def canonical(code: str) -> str:
    """*code*, or the code that replaced it when it is a deprecated alias."""
    return ALIASES.get(code, code)


def _entry(code: str, kind: str, variant: str | None) -> Message:
    own = _OWN.get((kind, code)) if variant is None else None
    if own is not None:
        return Message(code=code, kind=kind, vi=own[0], en=own[1])
    if kind not in _KINDS:
        raise ValueError(error_text("catalogue-kind", kinds=", ".join(_KINDS), kind=kind))
    entry = {"finding": FINDINGS, "error": ERRORS, "fragment": FRAGMENTS}[kind][code]
    if variant is None:
        return entry
    try:
        return entry.variants[variant]
    except KeyError:
        raise KeyError(
            error_text("catalogue-unknown-variant", variant=variant, kind=kind, entry=code)
        ) from None


def _fill(template: str, lang: Language, facts: Mapping[str, Fact]) -> str:
    values = {k: (v.text(lang) if isinstance(v, Localized) else v) for k, v in facts.items()}
    return template.format_map(values)


def render(
    code: str,
    lang: Language,
    facts: Mapping[str, Fact] | None = None,
    *,
    kind: str = "finding",
    variant: str | None = None,
) -> str:
    """The message of *code* (a finding, an error or a fragment: *kind*) in *lang*.

    *facts* fill the template; a :class:`Localized` fact gives its text in *lang*.

    >>> render("missing-dependency", "vi", {"feature": "đọc .docx", "package": "python-docx",
    ...                                     "extra": "docx"}, kind="error")
    "cần gói tùy chọn 'python-docx' (đọc .docx): cài đặt bằng  pip install 'hoiquanchung[docx]'"
    """
    if lang not in _LANGUAGES:
        raise ValueError(error_text("language", lang=lang))
    return _fill(_entry(code, kind, variant).template(lang), lang, facts or {})


def localized(
    code: str,
    facts: Mapping[str, Fact] | None = None,
    *,
    kind: str = "finding",
    variant: str | None = None,
) -> Localized:
    """The message of *code* in both languages.

    >>> localized("date-format", {"written": "5/8/2023", "proper": "05/8/2023",
    ...                           "reasons": fragment("day-leading-zero")}).en
    "Date '5/8/2023' should be written '05/8/2023' under Nghị định 30/2020/NĐ-CP (days below 10 \
take a leading zero)"
    """
    entry = _entry(code, kind, variant)
    given = facts or {}
    return Localized(_fill(entry.vi, "vi", given), _fill(entry.en, "en", given))


def fragment(name: str, /, **facts: Fact) -> Localized:
    """The fragment *name* filled with *facts*, in both languages.

    >>> fragment("month-no-leading-zero", month=3)
    Localized(vi='tháng 3 không cần số 0 ở trước', en='month 3 takes no leading zero')
    """
    return localized(name, facts, kind="fragment")


def a_type(name: str) -> Localized:
    """A value of the class *name*, in both languages: ``an int``, ``a Rounding``.

    >>> a_type("Association").en, a_type("Rounding").en, a_type("Rounding").vi
    ('an Association', 'a Rounding', 'kiểu Rounding')
    """
    return fragment("an-type" if name[:1] in "AEIOaeio" else "a-type", type=name)


def wrong_type(name: str, expected: Localized | str, value: object) -> ErrorText:
    """The message that *name* must be *expected* and is a *value* of another type.

    >>> wrong_type("report", a_type("Report"), "x").text("vi")
    'report phải là kiểu Report, nhận được str'
    """
    return error_text("must-be-got", name=name, expected=expected, got=type(value).__name__)


def either(*choices: str) -> Localized:
    """*choices* as alternatives, in both languages: ``'a', 'b' or 'c'``.

    >>> either("'full'", "'short'", "'mixed'").vi
    "'full', 'short' hoặc 'mixed'"
    """
    return fragment("either", some=", ".join(choices[:-1]), last=choices[-1])


class ErrorText(str):
    """The English message of an error, keeping its catalogue ``code`` and ``facts``.

    It is a :class:`str` (what ``str(err)`` and ``err.message`` always were), so that code which
    passes an error's message on to a new error (``NumberFormatError(err.message, offset=...)``)
    passes its code and facts on too.  Make one with :func:`error_text`.
    """

    code: str
    facts: Mapping[str, Fact]

    def text(self, lang: Language) -> str:
        """The message in *lang*."""
        return render(self.code, lang, self.facts, kind="error")


def error_text(code: str, /, **facts: Fact) -> ErrorText:
    """The message of error *code* with *facts*, to raise an error with.

    It is the English message (a :class:`str`) that keeps its code and facts, so that the error
    renders in either language:

    >>> from hoiquanchung.errors import ValidationError
    >>> err = ValidationError(error_text("table-unknown-dimension", dimension="giới"), path="$.t")
    >>> str(err), err.code
    ("unknown dimension 'giới' @ $.t", 'table-unknown-dimension')
    >>> err.render("vi")
    "không có chiều 'giới' @ $.t"
    """
    out = ErrorText(render(code, "en", facts, kind="error"))
    out.code = code
    out.facts = MappingProxyType(dict(facts))
    return out
