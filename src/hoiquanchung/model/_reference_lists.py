"""Danh sách hội (reference lists): which associations the Party and State assign tasks to.

The lists are versioned data, never constants: the central list of Quyết định 118-QĐ/TW
(22/8/2023, 30 associations, its appendix read in an English translation) was replaced by that of
Kết luận 230-KL/TW (05/01/2026, 29, of which 21 are known);
provinces keep their own (Hậu Giang: Hướng dẫn 03-HD/TU, 12/01/2024, 13 at province level).
Each list is a JSON file in ``hoiquanchung/model/data/lists`` recording its legal source, issuer,
dates, where it was seen, and whether it is complete.  A list that could not be completed says
so: :attr:`ReferenceList.complete` is ``False`` and :attr:`ReferenceList.missing_count` tells how
many entries are missing.  Entries never pad a list, and each says how sure it is
(:attr:`ReferenceEntry.certainty`, with its evidence).

>>> from datetime import date
>>> central = central_list(on=date(2024, 3, 1))
>>> central.legal_source, central.expected_count, central.complete, central.missing_count
('Quyết định 118-QĐ/TW', 30, True, 0)
>>> central.entries[15].name, central.entries[15].name_en, central.entries[15].certainty
('Hội Nghệ sĩ Nhiếp ảnh Việt Nam', 'Vietnam Photographers Association', 'vi-name-from-usage')
>>> latest = central_list(on=date(2026, 1, 5))
>>> len(latest.entries), latest.expected_count, latest.complete
(21, 29, False)
>>> latest.legal_source
'Kết luận 230-KL/TW'
>>> central_list(on=date(2023, 8, 21))
Traceback (most recent call last):
...
hoiquanchung.errors.NotFoundError: no central list of associations assigned tasks is known for
2023-08-21: the earliest starts 2023-08-22 (Quyết định 118-QĐ/TW)
>>> match_central_kind("Hội Chữ thập đỏ tỉnh", on=date(2024, 3, 1)).name
'Hội Chữ thập đỏ Việt Nam'
>>> match_central_kind("Hội Nạn nhân chất độc gia cam/Dioxin", on=date(2024, 3, 1)).name
'Hội Nạn nhân chất độc da cam/dioxin Việt Nam'
>>> print(match_central_kind("Hội Cựu giáo chức", on=date(2024, 3, 1)))
None
"""

from __future__ import annotations

import datetime as _dt
import functools
import re
import typing
import warnings
from collections.abc import Iterable, Sequence
from typing import Final, Literal

import attrs

from hoiquanchung._catalogue import Localized, error_text, fragment
from hoiquanchung._nfc import collapsed_if_text, match_key, unaccented_key
from hoiquanchung.errors import (
    ModelValidationError,
    NotFoundError,
)
from hoiquanchung.model import _data_files
from hoiquanchung.model._checks import (
    check_count,
    check_date,
    expected_type,
    instance_of,
    item_error,
    must_be,
)
from hoiquanchung.model._levels import AdminLevel, _check_date
from hoiquanchung.model._validity import in_period

__all__ = [
    "Certainty",
    "EntryKind",
    "ReferenceEntry",
    "ReferenceList",
    "ReferenceLists",
    "association_key",
    "central_list",
    "default_reference_lists",
    "load_reference_list",
    "match_central_kind",
    "name_key",
]

EntryKind = Literal["association", "kind"]

#: How sure an entry is (see :attr:`ReferenceEntry.certainty`).
Certainty = Literal[
    "read",
    "read-by-position",
    "vi-name-from-list",
    "vi-name-from-usage",
    "gloss-only",
    "inferred",
]
_CERTAINTIES: Final = frozenset(typing.get_args(Certainty))


def _nfc_tuple(value: object) -> object:
    if isinstance(value, list | tuple):
        return tuple(collapsed_if_text(v) for v in value)
    return value


def _text(field: str, value: object, optional: bool = False) -> None:
    if value is None and optional:
        return
    if not isinstance(value, str) or not value:
        raise must_be(fragment("a-non-empty-string"), value, field=field)


def _texts(field: str, value: object) -> None:
    if not isinstance(value, tuple) or not all(isinstance(v, str) and v for v in value):
        raise must_be(fragment("non-empty-strings"), value, field=field)


def _default_certainty(entry: ReferenceEntry) -> Certainty:
    return "read" if entry.verified is not False else "inferred"


@attrs.frozen(kw_only=True)
class ReferenceEntry:
    """Một hội trong danh sách: one entry of a reference list.

    ``number`` is its position in the source, numbered as the source numbers it (``None`` when
    the source's order is unknown); ``name`` its Vietnamese name (``None`` when only an English
    gloss is known); ``name_en`` the English name, when the source is an English translation;
    ``aliases`` other names it is seen under (local counterparts' names); ``central_kind``, for a
    local entry, the name of the central association it is the local counterpart of.

    How sure it is: ``verified`` says whether the item was read in a source (``False``:
    inferred); ``certainty`` says more precisely, and ``evidence`` says where (required for
    anything but ``"read"``):

    * ``"read"``: the item and its Vietnamese name were read in the list's source;
    * ``"read-by-position"``: read in an unnumbered copy; the number is its position there;
    * ``"vi-name-from-list"``: the item was read (in a translation); its Vietnamese name is taken
      from another list (the evidence names it);
    * ``"vi-name-from-usage"``: likewise, the Vietnamese name as the association is named in
      pages about it (the evidence names them);
    * ``"gloss-only"``: read in a translation only; the Vietnamese name is unknown, ``name`` is
      ``None`` and ``name_en`` holds the gloss;
    * ``"inferred"``: not read in the source (``verified`` is ``False``).

    >>> ReferenceEntry(number=16, name_en="Vietnam Photographers Association",
    ...                certainty="gloss-only", evidence="lawnet.vn/en").label
    'Vietnam Photographers Association'
    """

    name: str | None = attrs.field(default=None, converter=collapsed_if_text)
    number: int | None = None
    name_en: str | None = attrs.field(default=None, converter=collapsed_if_text)
    aliases: tuple[str, ...] = attrs.field(default=(), converter=_nfc_tuple)
    verified: bool = True
    certainty: Certainty = attrs.field(default=attrs.Factory(_default_certainty, takes_self=True))
    evidence: str | None = attrs.field(default=None, converter=collapsed_if_text)
    central_kind: str | None = attrs.field(default=None, converter=collapsed_if_text)
    note: str | None = attrs.field(default=None, converter=collapsed_if_text)

    def __attrs_post_init__(self) -> None:
        _text("name", self.name, optional=True)
        _text("name_en", self.name_en, optional=True)
        check_count("number", self.number, minimum=1)
        _texts("aliases", self.aliases)
        if type(self.verified) is not bool:
            raise must_be(fragment("a-bool"), self.verified, field="verified")
        _text("evidence", self.evidence, optional=True)
        _text("central_kind", self.central_kind, optional=True)
        _text("note", self.note, optional=True)
        self._check_certainty()

    def _check_certainty(self) -> None:
        if self.certainty not in _CERTAINTIES:
            choices = fragment("one-of", choices=str(sorted(_CERTAINTIES)))
            raise must_be(choices, self.certainty, field="certainty")
        if not self.verified and not self.evidence:
            raise ModelValidationError(error_text("entry-needs-evidence"), field="evidence")
        if self.verified != (self.certainty != "inferred"):
            raise ModelValidationError(
                error_text(
                    "certainty-disagrees", certainty=self.certainty, verified=str(self.verified)
                ),
                field="certainty",
            )
        if self.certainty != "read" and not self.evidence:
            raise ModelValidationError(
                error_text("certainty-needs-evidence", certainty=self.certainty), field="evidence"
            )
        if (self.name is None) != (self.certainty == "gloss-only"):
            raise ModelValidationError(error_text("entry-needs-name"), field="name")
        if self.name is None and (self.name_en is None or self.aliases):
            raise ModelValidationError(error_text("gloss-only-entry"), field="name_en")

    @property
    def names(self) -> tuple[str, ...]:
        """The Vietnamese name and its aliases (empty when only a gloss is known)."""
        return self.aliases if self.name is None else (self.name, *self.aliases)

    @property
    def label(self) -> str:
        """The Vietnamese name, or else the English gloss."""
        return self.name if self.name is not None else str(self.name_en)


def _entries(value: Iterable[ReferenceEntry]) -> tuple[ReferenceEntry, ...]:
    return tuple(value)


@attrs.frozen(kw_only=True)
class ReferenceList:
    """Danh sách hội quần chúng do Đảng, Nhà nước (chính quyền) giao nhiệm vụ: one list.

    ``level`` is the level of the associations listed (``AdminLevel.CENTRAL`` for the central
    lists); ``area``/``area_code`` the province for local lists.  ``valid_from``/``valid_to``
    are the days the list is in force (``valid_to`` ``None``: still in force).
    ``expected_count`` is how many entries the source says there are; ``complete`` whether all
    of them are here.  ``entry_kind`` is ``"association"`` when each entry is one association,
    ``"kind"`` when each is a kind of association present in many units
    (``association_count`` then says how many associations the kinds cover).  ``replaces``
    names the documents the list's source replaced.
    """

    id: str
    title: str = attrs.field(converter=collapsed_if_text)
    level: AdminLevel
    legal_source: str = attrs.field(converter=collapsed_if_text)
    issuer: str = attrs.field(converter=collapsed_if_text)
    issued_on: _dt.date
    valid_from: _dt.date
    valid_to: _dt.date | None = None
    area: str | None = attrs.field(default=None, converter=collapsed_if_text)
    area_code: str | None = None
    where_seen: tuple[str, ...] = attrs.field(converter=_nfc_tuple)
    replaces: tuple[str, ...] = attrs.field(default=(), converter=_nfc_tuple)
    complete: bool
    expected_count: int
    entry_kind: EntryKind = "association"
    association_count: int | None = None
    note: str | None = attrs.field(default=None, converter=collapsed_if_text)
    entries: tuple[ReferenceEntry, ...] = attrs.field(converter=_entries)

    def __attrs_post_init__(self) -> None:
        self._check_identity()
        self._check_period()
        self._check_area()
        self._check_counts()
        self._check_entries()
        self._check_completeness()
        self._check_names()

    def _check_identity(self) -> None:
        if not isinstance(self.id, str) or not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9-]*", self.id):
            raise must_be(fragment("an-id"), self.id, field="id")
        for name in ("title", "legal_source", "issuer"):
            _text(name, getattr(self, name))
        if not isinstance(self.level, AdminLevel):
            raise must_be(instance_of("AdminLevel"), self.level, field="level")
        _texts("where_seen", self.where_seen)
        _texts("replaces", self.replaces)
        if not self.where_seen:
            raise ModelValidationError(error_text("source-not-named"), field="where_seen")
        _text("note", self.note, optional=True)

    def _check_period(self) -> None:
        check_date("issued_on", self.issued_on, optional=False)
        check_date("valid_from", self.valid_from, optional=False)
        check_date("valid_to", self.valid_to)
        if self.valid_to is not None and self.valid_to < self.valid_from:
            raise ModelValidationError(
                error_text(
                    "validity-reversed", valid_from=self.valid_from, valid_to=self.valid_to, of=""
                ),
                field="valid_to",
            )

    def _check_area(self) -> None:
        _text("area", self.area, optional=True)
        _text("area_code", self.area_code, optional=True)
        if (self.level is AdminLevel.CENTRAL) != (self.area is None):
            raise ModelValidationError(error_text("list-area-mismatch"), field="area")

    def _check_counts(self) -> None:
        if type(self.complete) is not bool:
            raise must_be(fragment("a-bool"), self.complete, field="complete")
        check_count("expected_count", self.expected_count, minimum=1, optional=False)
        if self.entry_kind not in ("association", "kind"):
            choices = fragment("one-of", choices="'association', 'kind'")
            raise must_be(choices, self.entry_kind, field="entry_kind")
        check_count("association_count", self.association_count)

    def _check_entries(self) -> None:
        for i, entry in enumerate(self.entries):
            if not isinstance(entry, ReferenceEntry):
                raise item_error(
                    entry, "ReferenceEntry", f"entries[{i}]", f"entries[{i}]", ModelValidationError
                )
        numbers = [e.number for e in self.entries if e.number is not None]
        if len(set(numbers)) != len(numbers):
            raise ModelValidationError(
                error_text("entry-numbers-repeat", numbers=str(numbers)), field="entries"
            )
        if any(n > self.expected_count for n in numbers):
            raise ModelValidationError(
                error_text(
                    "entry-number-too-high", expected=self.expected_count, numbers=str(numbers)
                ),
                field="entries",
            )

    def _check_completeness(self) -> None:
        n = len(self.entries)
        if self.complete and n != self.expected_count:
            raise ModelValidationError(
                error_text("complete-list-count", count=n, expected=self.expected_count),
                field="entries",
            )
        if not self.complete and n >= self.expected_count:
            raise ModelValidationError(
                error_text("incomplete-list-count", count=n, expected=self.expected_count),
                field="entries",
            )
        if self.complete and not all(e.verified for e in self.entries):
            raise ModelValidationError(error_text("complete-list-unverified"), field="complete")

    def _check_names(self) -> None:
        seen: dict[str, str] = {}
        for entry in self.entries:
            for name in entry.names:
                key = association_key(name)
                if key in seen:
                    raise ModelValidationError(
                        error_text("names-same", name=name, other=seen[key]), field="entries"
                    )
                seen[key] = name

    @property
    def missing_count(self) -> int:
        """How many entries the source has that this list lacks (0 when complete)."""
        return self.expected_count - len(self.entries)

    @property
    def names(self) -> tuple[str, ...]:
        """The entries' Vietnamese names, in order (entries known only by a gloss are left out)."""
        return tuple(e.name for e in self.entries if e.name is not None)

    @property
    def verified_entries(self) -> tuple[ReferenceEntry, ...]:
        """Entries read in a source (not inferred)."""
        return tuple(e for e in self.entries if e.verified)

    def in_force(self, on: _dt.date) -> bool:
        """Whether the list is in force on *on* (``valid_from`` to ``valid_to``, both included).

        >>> from datetime import date
        >>> central_list(date(2024, 3, 1)).in_force(date(2026, 1, 5))
        False
        """
        return in_period(on, self.valid_from, self.valid_to)

    def applies_on(self, on: _dt.date) -> bool:
        """Deprecated alias of :meth:`in_force` (the one name for a validity period)."""
        warnings.warn(
            "ReferenceList.applies_on is deprecated; use in_force", DeprecationWarning, stacklevel=2
        )
        return self.in_force(on)

    def match(self, name: str) -> ReferenceEntry | None:
        """The entry *name* refers to, or ``None`` when no entry matches safely.

        Matching ignores case, Unicode composition, punctuation, a leading ``Ban đại diện`` or
        ``Hội``, a trailing ``Việt Nam`` and a trailing place (``tỉnh ...``, ``huyện ...``);
        accents are ignored only when that leaves one candidate; one misspelt word in a name of
        four words or more is tolerated when that leaves one candidate.  Anything less certain
        gives ``None``: a wrong match is worse than none.
        """
        return _match(name, self.entries)


# --- name matching ----------------------------------------------------------------------------

_WORD: Final = re.compile(r"\w+")
_PLACE_ONE: Final = frozenset({"tỉnh", "huyện", "quận"})
_PLACE_TWO: Final = frozenset({("thành", "phố"), ("thị", "xã"), ("thị", "trấn"), ("cấp", "tỉnh")})
_PLACE_LOW: Final = frozenset({"xã", "phường"})


def _words(text: str) -> list[str]:
    return _WORD.findall(match_key(text).replace("_", " "))


def _cut_place(words: list[str]) -> list[str]:
    for i in range(1, len(words)):
        w = words[i]
        pair = (w, words[i + 1]) if i + 1 < len(words) else None
        if w in _PLACE_ONE or (pair is not None and pair in _PLACE_TWO):
            return words[:i]
        if w in _PLACE_LOW and words[i - 1] != "tác" and i + 1 < len(words):
            return words[:i]
    return words


def association_key(name: str) -> str:
    """The accented comparison key of an association name (see :meth:`ReferenceList.match`):
    without *Ban đại diện*, *Hội*, the place and *Việt Nam*.

    >>> association_key("Hội Chữ thập đỏ tỉnh Hậu Giang") == association_key(
    ...     "HỘI CHỮ THẬP ĐỎ VIỆT NAM"
    ... )
    True
    >>> association_key("Ban đại diện Hội người cao tuổi")
    'người cao tuổi'
    >>> association_key("Liên minh Hợp tác xã Việt Nam")
    'liên minh hợp tác xã'
    """
    if not isinstance(name, str):
        raise expected_type(fragment("a-string"), name, "name")
    words = _words(name)
    flat = [unaccented_key(w) for w in words[:3]]
    if flat == ["ban", "dai", "dien"]:
        words = words[3:]
    words = _cut_place(words)
    if len(words) > 2 and [unaccented_key(w) for w in words[-2:]] == ["viet", "nam"]:
        words = words[:-2]
    if len(words) > 1 and unaccented_key(words[0]) == "hoi":
        words = words[1:]
    return " ".join(words)


def name_key(name: str) -> str:
    """Deprecated (0.1): the old name of :func:`association_key`, which it calls."""
    warnings.warn(
        "hoiquanchung.model.name_key is deprecated; use association_key",
        DeprecationWarning,
        stacklevel=2,
    )
    return association_key(name)


def _edit_distance(a: str, b: str) -> int:
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def _one_word_off(a: list[str], b: list[str]) -> bool:
    if len(a) != len(b) or len(a) < 4:
        return False
    diffs = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    return len(diffs) == 1 and _edit_distance(*diffs[0]) <= 2


def _unique(entries: Iterable[ReferenceEntry]) -> ReferenceEntry | None:
    found = list(dict.fromkeys(entries))
    return found[0] if len(found) == 1 else None


def _match(name: str, entries: Sequence[ReferenceEntry]) -> ReferenceEntry | None:
    key = association_key(name)
    if not key:
        return None
    keyed = [(association_key(n), e) for e in entries for n in e.names]
    exact = [e for k, e in keyed if k == key]
    if exact:
        return _unique(exact)
    plain = unaccented_key(key)
    flat = [(unaccented_key(k), e) for k, e in keyed]
    unaccented = [e for k, e in flat if k == plain]
    if unaccented:
        return _unique(unaccented)
    words = plain.split()
    return _unique(e for k, e in flat if _one_word_off(words, k.split()))


# --- collections and the packaged data --------------------------------------------------------


def load_reference_list(
    source: object, *, format: Literal["json", "toml"] = "json"
) -> ReferenceList:
    """Read one reference list from JSON or TOML (text, bytes or a path), strictly.

    Bad data raises :class:`~hoiquanchung.errors.LoadError` naming the path of each problem.
    """
    return _data_files.read(source, ReferenceList, format=format)


def _lists(value: Iterable[ReferenceList]) -> tuple[ReferenceList, ...]:
    return tuple(value)


@attrs.frozen
class ReferenceLists:
    """A set of reference lists, queried by date and area.

    :func:`default_reference_lists` holds the lists shipped with the package; a province adds
    its own with :meth:`with_lists` (see the guide *Adding a province's lists*).
    """

    lists: tuple[ReferenceList, ...] = attrs.field(converter=_lists)

    def __attrs_post_init__(self) -> None:
        for i, lst in enumerate(self.lists):
            if not isinstance(lst, ReferenceList):
                raise item_error(lst, "ReferenceList", f"lists[{i}]", "lists", ModelValidationError)
        ids = [x.id for x in self.lists]
        if len(set(ids)) != len(ids):
            raise ModelValidationError(error_text("list-ids-repeat", ids=str(ids)), field="lists")
        for a in self.lists:
            for b in self.lists:
                if a.id < b.id and _same_slot(a, b) and _overlap(a, b):
                    raise ModelValidationError(
                        error_text("lists-overlap", first=a.id, second=b.id), field="lists"
                    )

    def with_lists(self, *lists: ReferenceList) -> ReferenceLists:
        """A new collection with *lists* added."""
        return ReferenceLists((*self.lists, *lists))

    def get(self, list_id: str) -> ReferenceList:
        """The list with the id *list_id*."""
        for lst in self.lists:
            if lst.id == list_id:
                return lst
        known = str([x.id for x in self.lists])
        raise NotFoundError(error_text("reference-list-unknown", list_id=list_id, known=known))

    def central(self, on: _dt.date) -> ReferenceList:
        """The central list that applies on *on*; :class:`NotFoundError` when none does."""
        return self._find(AdminLevel.CENTRAL, None, on)

    def local(
        self, area: str, on: _dt.date, level: AdminLevel = AdminLevel.PROVINCE
    ) -> ReferenceList:
        """The list of *area* (a province's name or code) for *level* that applies on *on*."""
        if not isinstance(area, str):
            raise expected_type(fragment("a-string"), area, "area")
        return self._find(level, area, on)

    def _find(self, level: AdminLevel, area: str | None, on: _dt.date) -> ReferenceList:
        _check_date(on)
        wanted = None if area is None else _area_key(area)
        candidates = [
            x
            for x in self.lists
            if x.level is level
            and (
                (wanted is None and x.area is None)
                or (x.area is not None and wanted in {_area_key(x.area), x.area_code})
            )
        ]
        for x in candidates:
            if x.in_force(on):
                return x
        what = (
            fragment("central-list")
            if area is None
            else fragment("local-list", level=Localized(level.label_vi, level.label_en), area=area)
        )
        if not candidates:
            raise NotFoundError(error_text("no-reference-list", what=what))
        first = min(candidates, key=lambda x: x.valid_from)
        if on < first.valid_from:
            raise NotFoundError(
                error_text(
                    "no-reference-list-yet",
                    what=what,
                    on=on,
                    first=first.valid_from,
                    source=first.legal_source,
                )
            )
        raise NotFoundError(error_text("no-reference-list-on", what=what, on=on))

    def match_central_kind(self, name: str, on: _dt.date) -> ReferenceEntry | None:
        """The entry of the central list in force on *on* that the local association *name* is a
        counterpart of; ``None`` when unsure (see :meth:`ReferenceList.match`)."""
        return self.central(on).match(name)


def _area_key(area: str) -> str:
    return " ".join(unaccented_key(w) for w in _words(area))


def _same_slot(a: ReferenceList, b: ReferenceList) -> bool:
    if a.level is not b.level:
        return False
    if a.area is None or b.area is None:
        return a.area is None and b.area is None
    return _area_key(a.area) == _area_key(b.area)


def _overlap(a: ReferenceList, b: ReferenceList) -> bool:
    a_end = a.valid_to or _dt.date.max
    b_end = b.valid_to or _dt.date.max
    return a.valid_from <= b_end and b.valid_from <= a_end


@functools.cache
def default_reference_lists() -> ReferenceLists:
    """The lists shipped with the package (loaded once): every JSON file of
    ``hoiquanchung/model/data/lists``, found by listing the folder."""
    return ReferenceLists(_data_files.packaged("lists", ReferenceList))


def central_list(on: _dt.date) -> ReferenceList:
    """The central list of associations assigned tasks by Party and State in force on *on*.

    118-QĐ/TW from 22/8/2023, 230-KL/TW from 05/01/2026; before 22/8/2023 none is known
    (:class:`~hoiquanchung.errors.NotFoundError`).

    >>> listed = central_list(_dt.date(2024, 3, 1))
    >>> listed.expected_count, listed.complete  # all 30, read in an English translation
    (30, True)
    """
    return default_reference_lists().central(on)


def match_central_kind(name: str, on: _dt.date) -> ReferenceEntry | None:
    """The central association that the local association *name* is a counterpart of, in the
    central list in force on *on*; ``None`` when no entry matches safely.

    >>> match_central_kind("Hội Chữ thập đỏ tỉnh", _dt.date(2024, 3, 1)).name
    'Hội Chữ thập đỏ Việt Nam'
    """
    return default_reference_lists().match_central_kind(name, on)
