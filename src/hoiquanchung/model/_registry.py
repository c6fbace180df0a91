"""Danh mục đơn vị hành chính (register of administrative units) in both eras.

A :class:`UnitRegistry` holds the units of both eras of local government and answers: the
provinces on a date, the units of a province on a date (by level or type), the children of a unit,
lookups by code (with a date or era) and by name, and what an old unit became on 01/7/2025
(:meth:`~UnitRegistry.successors`) or came from (:meth:`~UnitRegistry.predecessors`).

:func:`default_registry` is the national register, built once from the PyPI package
``vietnam-provinces`` (GPL-3.0-or-later, installed with the optional extra
``hoiquanchung[units]``).  It was verified against vietnam-provinces 2026.9.0, data version
(``__data_version__``) 2026-09-20.  Without the package every lookup raises
:class:`~hoiquanchung.errors.MissingDependencyError` saying what to install.  A registry can as well
be built from the caller's own list of :class:`AdminUnit`.

>>> from datetime import date
>>> from collections import Counter
>>> registry = default_registry()
>>> hau_giang = registry.find("hau giang", on=date(2024, 6, 30))
>>> hau_giang
<AdminUnit 93 Tỉnh Hậu Giang (ba cấp)>
>>> registry.find("TP Vị Thanh") == registry.get("930", on=date(2024, 6, 30))
True
>>> counts = registry.type_counts(hau_giang, on=date(2024, 6, 30), level=AdminLevel.DISTRICT)
>>> sorted((unit_type.value, n) for unit_type, n in counts.items())
[('huyện', 5), ('thành phố', 2), ('thị xã', 1)]
>>> registry.successors(hau_giang)
(<AdminUnit 92 Thành phố Cần Thơ (hai cấp)>,)
>>> [u.full_name for u in registry.predecessors(registry.get("31321", on=date(2025, 7, 1)))]
['Phường I', 'Phường III', 'Phường VII']

A code or a name without a date may mean a unit of either era; then the error lists them:

>>> registry.get("31321")
Traceback (most recent call last):
...
hoiquanchung.errors.AmbiguousLookupError: code '31321' matches 2 units:
<AdminUnit 31321 Phường III (ba cấp)>, <AdminUnit 31321 Phường Vị Thanh (hai cấp)>; give on= or era=

Data notes.  The three-tier lists are those in force on 30/6/2025 (the package's ``legacy``
data): changes made before that day (the commune mergers of 2023-2025, Huế becoming a
centrally governed city on 01/01/2025) are not dated in them, so a query for an earlier date gets
the units of 30/6/2025.  The two-tier lists are those of the data version; the package records
9 centrally governed cities there, with no date, where Nghị quyết 202/2025/QH15 made 6 from
01/7/2025: the other 3 are listed in :attr:`UnitRegistry.unconfirmed` until a dated, sourced
:class:`UnitCorrection` is applied with :meth:`UnitRegistry.corrected` (the vendored data are
never edited).  :attr:`UnitRegistry.data_as_of` records those dates and
:attr:`UnitRegistry.notes` what the loader had to leave out.

>>> sorted(unit.name for unit in registry.unconfirmed)
['Bắc Ninh', 'Quảng Ninh', 'Đồng Nai']
"""

from __future__ import annotations

import datetime as _dt
import functools
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from types import MappingProxyType
from typing import Any, Final

import attrs

from hoiquanchung._catalogue import Localized, error_text, fragment
from hoiquanchung._nfc import collapsed_if_text, collapsed_text, nfc_text, unaccented_key
from hoiquanchung.errors import (
    AmbiguousLookupError,
    ModelValidationError,
    NotFoundError,
    ValidationError,
)
from hoiquanchung.model import _vietnam_provinces
from hoiquanchung.model._checks import (
    expected_type,
    instance_of,
    item_error,
    must_be,
    shown,
)
from hoiquanchung.model._levels import AdminLevel, Era, UnitType
from hoiquanchung.model._unit_words import unit_type_words
from hoiquanchung.model._units import AdminUnit, type_words
from hoiquanchung.model._vietnam_provinces import (
    VERIFIED_VIETNAM_PROVINCES as VERIFIED_VIETNAM_PROVINCES,  # it lives with the loader
)

__all__ = ["UnitCorrection", "UnitRegistry", "default_registry"]

# --- name keys -------------------------------------------------------------------------------

_TONES: Final = "\u0300\u0301\u0303\u0309\u0323"
# Old and new tone placement ("hòa" / "hoà", "thủy" / "thuỷ") compare equal: the key moves the
# tone mark of an open final "oa", "oe", "uy" onto its second vowel.
_TONE_PLACEMENT: Final = re.compile(
    rf"(o)([{_TONES}])([ae])(?![a-z\u0111\u0300-\u036f])|(u)([{_TONES}])(y)(?![a-z\u0111\u0300-\u036f])"
)
_DASHES: Final = re.compile(r"[\s\-\u2010-\u2015]+")


def _move_tone(match: re.Match[str]) -> str:
    if match.group(1):
        return match.group(1) + match.group(3) + match.group(2)
    return match.group(4) + match.group(6) + match.group(5)


def spelling_key(text: str) -> str:
    """The key of a unit's name whatever its spelling: NFC, case-folded, tone placement unified
    (*Hoà*/*Hòa*), dashes and spaces collapsed."""
    decomposed = unicodedata.normalize("NFD", text).casefold()
    decomposed = _TONE_PLACEMENT.sub(_move_tone, decomposed)
    return collapsed_text(_DASHES.sub(" ", decomposed))


def loose_key(text: str) -> str:
    """The loose key of a name: :func:`spelling_key` without any diacritic ('đ' is 'd')."""
    return " ".join(_DASHES.sub(" ", unaccented_key(text)).split())


@functools.cache
def _prefixes() -> tuple[tuple[str, frozenset[UnitType]], ...]:
    """Type words and abbreviations a name may start with, as loose keys with the types each
    may mean, longest first (``model/data/words/unit_types.toml``)."""
    types: dict[str, set[UnitType]] = {}
    for words in unit_type_words():
        for prefix in words.prefixes:
            types.setdefault(loose_key(prefix), set()).add(UnitType(words.type))
    ordered = sorted(types.items(), key=lambda item: -len(item[0]))
    return tuple((key, frozenset(found)) for key, found in ordered)


@functools.cache
def _type_word_keys() -> frozenset[str]:
    """The spelling keys of the types' names and words ("tỉnh", "thành phố" ...)."""
    return frozenset(spelling_key(word) for w in unit_type_words() for word in (w.type, w.word))


def split_type_prefix(name: str) -> tuple[frozenset[UnitType], str] | None:
    """``(types, rest)`` when *name* starts with a type word or abbreviation, else ``None``.

    >>> types, rest = split_type_prefix("TP. Vị Thanh")
    >>> sorted(t.value for t in types), rest
    (['thành phố', 'thành phố trực thuộc trung ương'], 'Vị Thanh')
    >>> split_type_prefix("Hậu Giang") is None
    True
    """
    text = collapsed_text(name)
    loose = loose_key(text)
    if len(loose) != len(text):  # pragma: no cover - NFC Vietnamese keeps one char per letter
        return None
    for prefix, types in _prefixes():
        if not loose.startswith(prefix):
            continue
        written = text[: len(prefix)]
        if not written.isascii() and spelling_key(written) not in _type_word_keys():
            continue  # "Tịnh Biên" does not start with "tỉnh"
        rest = text[len(prefix) :]
        if prefix.endswith("."):
            rest = rest.lstrip()
        elif rest[:1] == ".":
            rest = rest[1:].lstrip()
        elif rest[:1] == " ":
            rest = rest.lstrip()
        else:
            continue
        if rest:
            return types, rest
    return None


# --- the registry ----------------------------------------------------------------------------

# Internal keys: (code, 0) for the three-tier era, (code, 1) for the two-tier era.  Plain ints
# hash much faster than enum members, which matters when building a register of 100,000 units.
Key = tuple[str, int]


def _ik(unit: AdminUnit) -> Key:
    return (unit.code, 0 if unit.era is Era.THREE_TIERS else 1)


def _parent_level(era_index: int, level: AdminLevel) -> AdminLevel | None:
    """The level a unit's parent must have: the level above it in its era."""
    if level is AdminLevel.COMMUNE:
        return AdminLevel.DISTRICT if era_index == 0 else AdminLevel.PROVINCE
    if level is AdminLevel.DISTRICT and era_index == 0:
        return AdminLevel.PROVINCE
    return None


def _check_on(on: object, field: str = "on") -> _dt.date:
    if isinstance(on, _dt.datetime) or not isinstance(on, _dt.date):
        raise expected_type(fragment("a-date"), on, field)
    return on


def _describe(units: Iterable[AdminUnit]) -> str:
    return ", ".join(repr(u) for u in units)


def _index_units(units: Iterable[AdminUnit]) -> dict[Key, AdminUnit]:
    """The units by internal key, refusing anything but units and a repeated ``(code, era)``."""
    by_key: dict[Key, AdminUnit] = {}
    for index, unit in enumerate(units):
        if not isinstance(unit, AdminUnit):
            raise item_error(unit, "AdminUnit", f"units[{index}]", "units", ModelValidationError)
        key = _ik(unit)
        if key in by_key:
            both = {"first": repr(by_key[key]), "second": repr(unit)}
            message = error_text("unit-code-twice", unit_code=unit.code, era=unit.era.value, **both)
            raise ModelValidationError(message, field="code")
        by_key[key] = unit
    return by_key


def _unconfirmed_units(
    by_key: Mapping[Key, AdminUnit], unconfirmed: Mapping[tuple[str, Era], str]
) -> Mapping[AdminUnit, str]:
    out: dict[AdminUnit, str] = {}
    for (code, era), why in unconfirmed.items():
        if not isinstance(era, Era) or not isinstance(why, str) or not why:
            raise ModelValidationError(
                error_text("unconfirmed-not-pair", pair=shown((code, era)), why=shown(why)),
                field="unconfirmed",
            )
        unit = by_key.get((code, 0 if era is Era.THREE_TIERS else 1))
        if unit is None:
            raise ModelValidationError(
                error_text("unconfirmed-no-unit", unit_code=code, era=era.value),
                field="unconfirmed",
            )
        out[unit] = why
    return MappingProxyType(out)


@attrs.frozen(kw_only=True)
class UnitCorrection:
    """Đính chính (correction): what a dated, sourced document says about one unit.

    ``code`` and ``era`` name the unit; ``type`` and/or ``name`` the corrected values (a
    type of the same level: a tỉnh for a thành phố trực thuộc trung ương, not a xã);
    ``as_of`` the date the document states it for; ``source`` the document (and where it was
    seen); ``note`` anything else.  Apply it with :meth:`UnitRegistry.corrected`.

    >>> from datetime import date
    >>> UnitCorrection(code="75", era=Era.TWO_TIERS, type=UnitType.PROVINCE,
    ...                as_of=date(2025, 7, 1), source="Nghị quyết 202/2025/QH15").describe()
    'corrected 75 (hai cấp): type tỉnh, as of 2025-07-01 (Nghị quyết 202/2025/QH15)'
    """

    code: str
    era: Era
    as_of: _dt.date
    source: str = attrs.field(converter=collapsed_if_text)
    type: UnitType | None = None
    name: str | None = attrs.field(default=None, converter=collapsed_if_text)
    note: str | None = attrs.field(default=None, converter=collapsed_if_text)

    def __attrs_post_init__(self) -> None:
        if not isinstance(self.code, str) or not (self.code.isascii() and self.code.isdigit()):
            raise must_be(fragment("unit-code-digits"), self.code, field="code")
        if not isinstance(self.era, Era):
            raise must_be(instance_of("Era"), self.era, field="era")
        _check_on(self.as_of, "as_of")
        if not isinstance(self.source, str) or not self.source:
            raise ModelValidationError(error_text("correction-no-source"), field="source")
        if self.type is not None and not isinstance(self.type, UnitType):
            raise must_be(instance_of("UnitType"), self.type, field="type")
        if self.name is not None and (not isinstance(self.name, str) or not self.name):
            raise must_be(fragment("a-non-empty-string"), self.name, field="name")
        if self.type is None and self.name is None:
            raise ModelValidationError(error_text("correction-changes-nothing"), field="type")
        if self.note is not None and not isinstance(self.note, str):
            raise must_be(fragment("a-string"), self.note, field="note")

    @property
    def key(self) -> tuple[str, Era]:
        """The corrected unit's key, ``(code, era)``."""
        return (self.code, self.era)

    def apply(self, unit: AdminUnit) -> AdminUnit:
        """*unit* with the corrected type and name."""
        changes: dict[str, Any] = {}
        if self.type is not None:
            changes["type"] = self.type
        if self.name is not None:
            changes["name"] = self.name
        return attrs.evolve(unit, **changes)

    def describe(self) -> str:
        """One line for the registry's notes."""
        what = [f"type {self.type.value}"] if self.type is not None else []
        what += [f"name {self.name!r}"] if self.name is not None else []
        return (
            f"corrected {self.code} ({self.era.value}): {', '.join(what)}, as of"
            f" {self.as_of.isoformat()} ({self.source})"
        )


class UnitRegistry:
    """Danh mục đơn vị hành chính: the units of both eras, with lookups and the 2025 mapping.

    *units* are :class:`AdminUnit` objects of either era; ``(code, era)`` must be unique and every
    ``parent_code`` must name a unit of the level above in the same era.  *successions* are
    ``(old_code, new_code)`` pairs: the three-tier unit *old_code* went (wholly or partly) into
    the two-tier unit *new_code* on 01/7/2025.  A district's successors, when not given, are
    those of its communes.  *data_as_of* records, per era, the date the lists describe;
    *notes* what the source left out.

    >>> from datetime import date
    >>> old = AdminUnit("93", "Hậu Giang", UnitType.PROVINCE, None, valid_to=date(2025, 6, 30))
    >>> new = AdminUnit("92", "Cần Thơ", UnitType.MUNICIPALITY, None, valid_from=date(2025, 7, 1))
    >>> registry = UnitRegistry([old, new], successions=[("93", "92")])
    >>> registry.find("HẬU GIANG").code, registry.successors(old) == (new,)
    ('93', True)
    >>> [u.name for u in registry.provinces(date(2025, 7, 1))]
    ['Cần Thơ']
    """

    __slots__ = (
        "_by_code",
        "_by_key",
        "_children",
        "_loose",
        "_names",
        "_ordered",
        "_predecessors",
        "_successors",
        "corrections",
        "data_as_of",
        "notes",
        "source",
        "unconfirmed",
    )

    def __init__(
        self,
        units: Iterable[AdminUnit],
        *,
        successions: Iterable[tuple[str, str]] = (),
        source: str = "caller-supplied units",
        data_as_of: Mapping[Era, _dt.date] | None = None,
        notes: Iterable[str] = (),
        unconfirmed: Mapping[tuple[str, Era], str] | None = None,
        corrections: Iterable[UnitCorrection] = (),
    ) -> None:
        self.source: str = source
        """Where the units come from (package and data version for the national register)."""
        self.data_as_of: Mapping[Era, _dt.date] = MappingProxyType(dict(data_as_of or {}))
        """Per era, the date the lists describe (when known)."""
        self.notes: tuple[str, ...] = tuple(notes)
        """What the source left out or could not say (the loader's data notes)."""
        self.corrections: tuple[UnitCorrection, ...] = tuple(corrections)
        """The corrections applied to the source's units (see :meth:`corrected`)."""
        self._by_key = _index_units(units)
        self.unconfirmed: Mapping[AdminUnit, str] = _unconfirmed_units(
            self._by_key, unconfirmed or {}
        )
        """What the source states about a unit that no source of the project confirms (keyed by
        unit; see :meth:`corrected` to apply a dated, sourced correction)."""
        self._by_code: dict[str, list[AdminUnit]] = {}
        self._children: dict[Key, list[AdminUnit]] = {}
        self._names: dict[str, list[AdminUnit]] | None = None
        self._loose: dict[str, list[AdminUnit]] | None = None
        self._ordered: tuple[AdminUnit, ...] = tuple(sorted(self._by_key.values(), key=_sort_key))
        self._link_parents()
        self._successors: dict[Key, list[AdminUnit]] = {}
        self._predecessors: dict[Key, list[AdminUnit]] = {}
        self._link_successions(successions)

    def _link_parents(self) -> None:
        """Index the units by code and under their parents, checking every parent's level."""
        for unit in self._ordered:
            self._by_code.setdefault(unit.code, []).append(unit)
            if unit.parent_code is None:
                continue
            era_index = 0 if unit.era is Era.THREE_TIERS else 1
            parent = self._by_key.get((unit.parent_code, era_index))
            wanted = _parent_level(era_index, unit.level)
            if parent is None or parent.level is not wanted:
                raise ModelValidationError(
                    error_text(
                        "unit-parent-wrong",
                        unit=repr(unit),
                        wanted=_level_words(wanted),
                        parent_code=unit.parent_code,
                        found=(
                            fragment("parent-no-unit")
                            if parent is None
                            else fragment(
                                "parent-is-level",
                                unit=repr(parent),
                                level=_level_words(parent.level),
                            )
                        ),
                    ),
                    field="parent_code",
                )
            self._children.setdefault((parent.code, era_index), []).append(unit)

    def _link_successions(self, successions: Iterable[tuple[str, str]]) -> None:
        """Record each ``(old_code, new_code)`` pair both ways, checking both codes."""
        for index, pair in enumerate(successions):
            if not (
                isinstance(pair, tuple | list)
                and len(pair) == 2
                and all(isinstance(code, str) for code in pair)
            ):
                raise ModelValidationError(
                    error_text("succession-not-pair", index=index, pair=shown(pair)),
                    field="successions",
                )
            old = self._by_key.get((pair[0], 0))
            new = self._by_key.get((pair[1], 1))
            if old is None or new is None:
                missing = pair[0] if old is None else pair[1]
                era = Era.THREE_TIERS if old is None else Era.TWO_TIERS
                raise ModelValidationError(
                    error_text("succession-no-unit", index=index, unit_code=missing, era=era.value),
                    field="successions",
                )
            succ = self._successors.setdefault((old.code, 0), [])
            if new not in succ:
                succ.append(new)
                self._predecessors.setdefault((new.code, 1), []).append(old)
        for mapping in (self._successors, self._predecessors):
            for related in mapping.values():
                related.sort(key=_sort_key)

    # --- constructors -------------------------------------------------------------------------

    @classmethod
    def from_vietnam_provinces(cls) -> UnitRegistry:
        """Build the national register from the package ``vietnam-provinces`` (uncached).

        Prefer :func:`default_registry`, which builds it once.  Raises
        :class:`~hoiquanchung.errors.MissingDependencyError` when the package is missing and
        :class:`~hoiquanchung.errors.DataFileError` when its data are not shaped as in the
        release it was verified against (:data:`VERIFIED_VIETNAM_PROVINCES`).
        """
        data = _vietnam_provinces.load()
        return cls(
            data.units,
            successions=data.successions,
            source=data.source,
            data_as_of=data.data_as_of,
            notes=data.notes,
            unconfirmed=data.unconfirmed,
        )

    def corrected(self, *corrections: UnitCorrection) -> UnitRegistry:
        """A new registry with *corrections* applied to its units; this one is left as it is.

        A correction replaces what the source (vendored data included) says about one unit's
        type or name, and records its own source and date: nothing vendored is edited.  A
        corrected unit is no longer listed in :attr:`unconfirmed`; the correction is kept in
        :attr:`corrections` and in :attr:`notes`.  The register holds one record per code and
        era, so a correction applies to the unit's whole era; ``as_of`` records the date its
        source states.

        >>> from datetime import date
        >>> registry = default_registry()
        >>> dong_nai = registry.get("75", era=Era.TWO_TIERS)
        >>> dong_nai.full_name, dong_nai in registry.unconfirmed
        ('Thành phố Đồng Nai', True)
        >>> fixed = registry.corrected(UnitCorrection(
        ...     code="75", era=Era.TWO_TIERS, type=UnitType.PROVINCE, as_of=date(2025, 7, 1),
        ...     source="Nghị quyết 202/2025/QH15 (6 centrally governed cities)"))
        >>> fixed.get("75", era=Era.TWO_TIERS).full_name
        'Tỉnh Đồng Nai'
        >>> len(registry.unconfirmed), len(fixed.unconfirmed)
        (3, 2)
        >>> registry.get("75", era=Era.TWO_TIERS).full_name   # the original is untouched
        'Thành phố Đồng Nai'
        """
        by_key = dict(self._by_key)
        for index, correction in enumerate(corrections):
            if not isinstance(correction, UnitCorrection):
                raise item_error(
                    correction,
                    "UnitCorrection",
                    f"corrections[{index}]",
                    "corrections",
                    ValidationError,
                )
            key = (correction.code, 0 if correction.era is Era.THREE_TIERS else 1)
            unit = by_key.get(key)
            if unit is None:
                raise NotFoundError(
                    error_text(
                        "correction-no-unit",
                        index=index,
                        unit_code=correction.code,
                        era=correction.era.value,
                        source=self.source,
                    )
                )
            by_key[key] = correction.apply(unit)
        fixed = {c.key for c in corrections}
        return UnitRegistry(
            by_key.values(),
            successions=self._pairs(),
            source=self.source,
            data_as_of=self.data_as_of,
            notes=(*self.notes, *(c.describe() for c in corrections)),
            unconfirmed={u.key: why for u, why in self.unconfirmed.items() if u.key not in fixed},
            corrections=(*self.corrections, *corrections),
        )

    def _pairs(self) -> list[tuple[str, str]]:
        return [(old[0], new.code) for old, news in self._successors.items() for new in news]

    # --- plain access -------------------------------------------------------------------------

    def __len__(self) -> int:
        """How many units, of both eras."""
        return len(self._by_key)

    def __iter__(self) -> Iterator[AdminUnit]:
        """Every unit, by era then code."""
        return iter(self._ordered)

    def __contains__(self, unit: object) -> bool:
        """Whether this very unit (same key and fields) is in the registry."""
        return isinstance(unit, AdminUnit) and self._by_key.get(_ik(unit)) == unit

    def __repr__(self) -> str:
        counts = Counter(u.era for u in self._by_key.values())
        per_era = ", ".join(f"{n} {era.value}" for era, n in sorted(counts.items(), key=_era_order))
        return f"<UnitRegistry {len(self)} units ({per_era}) from {self.source}>"

    def _own(self, unit: object, field: str = "unit") -> AdminUnit:
        if not isinstance(unit, AdminUnit):
            raise expected_type(instance_of("AdminUnit"), unit, field)
        mine = self._by_key.get(_ik(unit))
        if mine != unit:
            raise NotFoundError(
                error_text("unit-not-in-registry", unit=repr(unit), source=self.source)
            )
        return mine

    def _resolve(
        self, unit: AdminUnit | str, *, on: _dt.date | None, era: Era | None, field: str
    ) -> AdminUnit:
        if isinstance(unit, AdminUnit):
            return self._own(unit, field)
        if isinstance(unit, str):
            if unit.isascii() and unit.isdigit():
                return self.get(unit, on=on, era=era)
            return self.find(unit, on=on, era=era)
        raise expected_type(fragment("a-unit-code-or-name"), unit, field)

    # --- lookups ------------------------------------------------------------------------------

    def get(self, code: str, *, on: _dt.date | None = None, era: Era | None = None) -> AdminUnit:
        """The unit with the code *code* on the date *on* (or in the era *era*).

        Without a date or era the code must be unambiguous: a code reused across the reform
        raises :class:`~hoiquanchung.errors.AmbiguousLookupError` listing the candidates.
        """
        if not isinstance(code, str) or not (code.isascii() and code.isdigit()):
            raise ValidationError(error_text("unit-code-not-text", got=shown(code)), field="code")
        when: dict[str, Any] = {"on": on, "era": era}
        candidates = _filter(self._by_code.get(code, ()), **when)
        if len(candidates) == 1:
            return candidates[0]
        if not candidates:
            hint: Localized | str = ""
            padded = {code.lstrip("0").zfill(width) for width in (1, 2, 3, 5)} - {code}
            near = [u for c in sorted(padded) for u in _filter(self._by_code.get(c, ()), **when)]
            if near:
                either = fragment("or").join([_same(f"{u.code!r}: {u!r}") for u in near])
                hint = fragment("did-you-mean", suggestions=either)
            raise NotFoundError(
                error_text(
                    "unit-code-not-found",
                    unit_code=code,
                    when=_when(on, era),
                    source=self.source,
                    hint=hint,
                )
            )
        raise AmbiguousLookupError(
            error_text(
                "unit-code-ambiguous",
                unit_code=code,
                count=len(candidates),
                units=_describe(candidates),
            ),
            candidates=tuple(candidates),
        )

    def find_all(
        self,
        name: str,
        *,
        on: _dt.date | None = None,
        era: Era | None = None,
        level: AdminLevel | None = None,
        type: UnitType | None = None,
        within: AdminUnit | str | None = None,
    ) -> tuple[AdminUnit, ...]:
        """Every unit called *name*, best matches only, sorted by era and code.

        The name is compared without regard to case, Unicode composition or tone placement
        ("Hòa" / "Hoà"); when nothing matches with diacritics, without them.  A name written
        without any diacritic ('hau giang', 'ba dinh') is compared without them at once, so
        that 'ba dinh' finds both Ba Đình and Ba Dinh.  A
        leading type word or abbreviation ('tỉnh', 'TP', 'TX', 'H.', 'P.' ...) restricts the
        types.  *on*/*era*, *level*, *type* and *within* (a unit, code or name: only units
        under it) filter further.
        """
        if not isinstance(name, str):
            raise expected_type(fragment("a-string"), name, "name")
        if not name.strip():
            raise ValidationError(error_text("unit-name-empty"), field="name")
        _check_filters(level, type)
        ancestor = None if within is None else self._resolve(within, on=on, era=era, field="within")
        # The whole text first (it matches names and full names), then the text after a type
        # word or abbreviation ("TP Vị Thanh"), restricted to the types it names.
        readings: list[tuple[str, frozenset[UnitType] | None]] = [(name, None)]
        prefixed = split_type_prefix(name)
        if prefixed is not None:
            readings.append((prefixed[1], prefixed[0]))

        def keep(unit: AdminUnit, types: frozenset[UnitType] | None) -> bool:
            return (
                (types is None or unit.type in types)
                and (level is None or unit.level is level)
                and (type is None or unit.type is type)
                and (ancestor is None or self._is_under(unit, ancestor))
            )

        names, loose = self._name_indexes()
        tiers = [(names, spelling_key), (loose, loose_key)]
        if nfc_text(name).isascii():
            # Written without diacritics, "ba dinh" may mean "Ba Đình" as well as "Ba Dinh".
            tiers = tiers[1:]
        for index, keyer in tiers:
            for text, types in readings:
                found = [
                    u for u in _filter(index.get(keyer(text), ()), on=on, era=era) if keep(u, types)
                ]
                if found:
                    return tuple(sorted(set(found), key=_sort_key))
        return ()

    def _name_indexes(self) -> tuple[dict[str, list[AdminUnit]], dict[str, list[AdminUnit]]]:
        """The name indexes (exact and loose keys of names and full names), built on first use."""
        if self._names is None or self._loose is None:
            names: dict[str, list[AdminUnit]] = {}
            loose: dict[str, list[AdminUnit]] = {}
            words = {t: (spelling_key(w), loose_key(w)) for t, w in type_words().items()}
            for unit in self._ordered:
                exact, bare = spelling_key(unit.name), loose_key(unit.name)
                word_exact, word_loose = words[unit.type]
                names.setdefault(exact, []).append(unit)
                names.setdefault(f"{word_exact} {exact}", []).append(unit)
                loose.setdefault(bare, []).append(unit)
                loose.setdefault(f"{word_loose} {bare}", []).append(unit)
            self._names, self._loose = names, loose
        return self._names, self._loose

    def find(
        self,
        name: str,
        *,
        on: _dt.date | None = None,
        era: Era | None = None,
        level: AdminLevel | None = None,
        type: UnitType | None = None,
        within: AdminUnit | str | None = None,
    ) -> AdminUnit:
        """The one unit called *name* (see :meth:`find_all` for matching and filters).

        No match raises :class:`~hoiquanchung.errors.NotFoundError`; several raise
        :class:`~hoiquanchung.errors.AmbiguousLookupError` listing the candidates.
        """
        found = self.find_all(name, on=on, era=era, level=level, type=type, within=within)
        if len(found) == 1:
            return found[0]
        if not found:
            raise NotFoundError(
                error_text(
                    "unit-name-not-found", name=name, when=_when(on, era), source=self.source
                )
            )
        units = _describe(found[:12]) + (", ..." if len(found) > 12 else "")
        raise AmbiguousLookupError(
            error_text(
                "unit-name-matches-many",
                name=name,
                when=_when(on, era),
                count=len(found),
                units=units,
            ),
            candidates=found,
        )

    # --- structure ----------------------------------------------------------------------------

    def parent(self, unit: AdminUnit) -> AdminUnit | None:
        """The unit directly above *unit* in its era (``None`` for a province)."""
        unit = self._own(unit)
        if unit.parent_code is None:
            return None
        return self._by_key[(unit.parent_code, _ik(unit)[1])]

    def province_of(self, unit: AdminUnit) -> AdminUnit:
        """The province-level unit *unit* belongs to (itself for a province)."""
        current = self._own(unit)
        while current.parent_code is not None:
            current = self._by_key[(current.parent_code, _ik(current)[1])]
        return current

    def _is_under(self, unit: AdminUnit, ancestor: AdminUnit) -> bool:
        if unit.era is not ancestor.era:
            return False
        current = unit
        while current.parent_code is not None:
            current = self._by_key[(current.parent_code, _ik(current)[1])]
            if current.code == ancestor.code:
                return True
        return False

    def children(self, unit: AdminUnit, *, on: _dt.date | None = None) -> tuple[AdminUnit, ...]:
        """The units directly under *unit* (in force on *on*, when given), by code."""
        unit = self._own(unit)
        return tuple(_filter(self._children.get(_ik(unit), ()), on=on, era=None))

    def provinces(self, on: _dt.date) -> tuple[AdminUnit, ...]:
        """The province-level units (tỉnh, thành phố trực thuộc trung ương) on *on*, by code."""
        on = _check_on(on)
        return tuple(u for u in self._ordered if u.level is AdminLevel.PROVINCE and u.in_force(on))

    def units_in(
        self,
        province: AdminUnit | str,
        *,
        on: _dt.date | None = None,
        level: AdminLevel | None = None,
        type: UnitType | None = None,
    ) -> tuple[AdminUnit, ...]:
        """The units under *province* (a unit, code or name) in force on *on*, by level then code.

        Without *on*, those of the province's own era.  *level* or *type* restricts them.  A
        province not in force on *on* raises :class:`~hoiquanchung.errors.NotFoundError`.
        """
        if on is not None:
            on = _check_on(on)
        top = self._resolve(province, on=on, era=None, field="province")
        if on is not None and not top.in_force(on):
            raise NotFoundError(error_text("unit-not-in-force", unit=repr(top), on=on))
        _check_filters(level, type)
        out: list[AdminUnit] = []
        stack = [top]
        while stack:
            for child in self._children.get(_ik(stack.pop()), ()):
                stack.append(child)
                if (
                    (on is None or child.in_force(on))
                    and (level is None or child.level is level)
                    and (type is None or child.type is type)
                ):
                    out.append(child)
        return tuple(sorted(out, key=lambda u: (u.level.depth, u.code)))

    def type_counts(
        self,
        province: AdminUnit | str,
        *,
        on: _dt.date | None = None,
        level: AdminLevel | None = None,
    ) -> dict[UnitType, int]:
        """How many units of each type are under *province* on *on* (see :meth:`units_in`).

        Types with no unit are left out; the order is that of :class:`UnitType`.
        """
        counts = Counter(u.type for u in self.units_in(province, on=on, level=level))
        return {t: counts[t] for t in UnitType if counts[t]}

    # --- the reform of 01/7/2025 --------------------------------------------------------------

    def successors(self, unit: AdminUnit) -> tuple[AdminUnit, ...]:
        """What the three-tier *unit* became on 01/7/2025: the two-tier units, by code.

        A unit split between several new units has them all.  A district (whose level ended)
        has the new units its communes went into.  Raises
        :class:`~hoiquanchung.errors.NotFoundError` when the data do not say.
        """
        unit = self._own(unit)
        if unit.era is not Era.THREE_TIERS:
            raise ValidationError(
                error_text(
                    "successors-of-two-tier-unit", era=Era.THREE_TIERS.value, unit=repr(unit)
                ),
                field="unit",
            )
        direct = self._successors.get(_ik(unit))
        if direct is not None:
            return tuple(direct)
        if unit.level is AdminLevel.DISTRICT:
            found: set[AdminUnit] = set()
            for child in self._children.get(_ik(unit), ()):
                found.update(self._successors.get(_ik(child), ()))
            if found:
                return tuple(sorted(found, key=_sort_key))
        raise NotFoundError(error_text("successors-unknown", source=self.source, unit=repr(unit)))

    def predecessors(self, unit: AdminUnit) -> tuple[AdminUnit, ...]:
        """The three-tier units that went (wholly or partly) into the two-tier *unit*, by code.

        Raises :class:`~hoiquanchung.errors.NotFoundError` when the data do not say.
        """
        unit = self._own(unit)
        if unit.era is not Era.TWO_TIERS:
            raise ValidationError(
                error_text(
                    "predecessors-of-three-tier-unit", era=Era.TWO_TIERS.value, unit=repr(unit)
                ),
                field="unit",
            )
        found = self._predecessors.get(_ik(unit))
        if found is None:
            raise NotFoundError(
                error_text("predecessors-unknown", source=self.source, unit=repr(unit))
            )
        return tuple(found)


def _sort_key(unit: AdminUnit) -> tuple[int, int, str]:
    level = unit.level
    depth = 1 if level is AdminLevel.PROVINCE else 2 if level is AdminLevel.DISTRICT else 3
    return (0 if unit.era is Era.THREE_TIERS else 1, depth, unit.code)


def _era_order(item: tuple[Era, Any]) -> int:
    return 0 if item[0] is Era.THREE_TIERS else 1


def _when(on: _dt.date | None, era: Era | None) -> Localized | str:
    if on is not None:
        return fragment("on-day", on=on)
    if era is not None:
        return fragment("in-era", era=era.value)
    return ""


def _same(text: str) -> Localized:
    return Localized(text, text)


def _level_words(level: AdminLevel | None) -> Localized:
    if level is None:
        return fragment("parent-level-above")
    return Localized(level.label_vi, level.label_en)


def _check_filters(level: object, type_: object) -> None:
    """Refuse a *level* filter that is no AdminLevel and a *type* filter that is no UnitType."""
    if level is not None and not isinstance(level, AdminLevel):
        raise expected_type(instance_of("AdminLevel"), level, "level")
    if type_ is not None and not isinstance(type_, UnitType):
        raise expected_type(instance_of("UnitType"), type_, "type")


def _filter(units: Iterable[AdminUnit], *, on: _dt.date | None, era: Era | None) -> list[AdminUnit]:
    if on is not None:
        on = _check_on(on)
        if era is not None and Era.on(on) is not era:
            raise ValidationError(error_text("date-not-in-era", on=on, era=era.value), field="era")
    if era is not None and not isinstance(era, Era):
        raise expected_type(instance_of("Era"), era, "era")
    return [u for u in units if (on is None or u.in_force(on)) and (era is None or u.era is era)]


@functools.cache
def default_registry() -> UnitRegistry:
    """The national register (both eras and the 2025 mapping), built once from vietnam-provinces.

    Needs the optional extra ``hoiquanchung[units]``; without it raises
    :class:`~hoiquanchung.errors.MissingDependencyError`.
    """
    return UnitRegistry.from_vietnam_provinces()
