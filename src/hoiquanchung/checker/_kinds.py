"""Kinds and dimensions that make a whole, read from ``hoiquanchung/data/breakdown_kinds.toml``.

The rules ``totals`` and ``breakdowns`` read a list of parts as a whole when its items name
every kind of one set (*hộ nghèo*, *hộ cận nghèo* of a total of poor households) or every value
of one dimension (a congress's delegates: *đương nhiên*, *bầu*, *chỉ định*).

>>> [name for name, *_ in label_dimensions()]  # doctest: +NORMALIZE_WHITESPACE
['delegate', 'body', 'membership', 'education', 'form', 'renewal', 'works', 'veteran', 'awardee',
 'group-grade', 'gift-form', 'carry', 'vote', 'timeliness', 'visitor-origin', 'capital-origin',
 'ownership', 'treatment', 'discipline', 'petition', 'party-member', 'alternate', 'party-badge',
 'species', 'residence', 'forest-origin', 'forest-purpose', 'conscript-service', 'call-up']
>>> ("nghèo", frozenset({"nghèo", "cận nghèo"})) in kinds_of_wholes()
True
>>> sorted(nested_values("body")), sorted(nested_values("delegate"))
(['tự ứng cử'], [])
"""

from __future__ import annotations

import dataclasses
import functools
import importlib.resources
import re
import tomllib
from collections.abc import Sequence
from typing import Any

from hoiquanchung._nfc import nfc_text
from hoiquanchung.checker._mentions import Mention
from hoiquanchung.checker._patterns import led_by
from hoiquanchung.numbers._vocabulary import dimension_alternation, level_alternation

__all__ = [
    "age_group_words",
    "bare_amount",
    "canonical_value",
    "classifier_words",
    "cross_traits",
    "distinct_kinds",
    "exhaustive",
    "kind_patterns",
    "kinds_of_wholes",
    "label_dimensions",
    "label_pattern",
    "lead_before",
    "legal_forms",
    "level_pattern",
    "measure_units",
    "named_places",
    "named_values",
    "names_group",
    "names_recipient",
    "nested_values",
    "nomination_pattern",
    "partial_after",
    "party_base",
    "person_nouns",
    "place_tiers",
    "portion_nouns",
    "recipient_nouns",
    "sexed_nouns",
]


def _norm(text: str) -> str:
    return " ".join(text.casefold().split())


@functools.cache
def _data() -> dict[str, Any]:
    resource = importlib.resources.files("hoiquanchung") / "data" / "breakdown_kinds.toml"
    return tomllib.loads(resource.read_text(encoding="utf-8"))


@functools.cache
def kinds_of_wholes() -> tuple[tuple[str, frozenset[str]], ...]:
    """``(qualifier, kinds)``: parts naming every kind are the whole of a total qualified so."""
    return tuple(
        (_norm(entry["qualifier"]), frozenset(_norm(v) for v in entry["values"]))
        for entry in _data()["kinds"]
        if "qualifier" in entry
    )


@functools.cache
def label_dimensions(
    bracketed: bool = False,
) -> tuple[tuple[str, frozenset[str], re.Pattern[str], frozenset[str]], ...]:
    """``(name, nouns, pattern, complete)``: a dimension for totals of one of *nouns* (of any
    noun when empty), the pattern finding its values in an item's label, and the values that
    together are the whole.  A dimension marked ``bracket = true`` in the data file is whole
    only in a bracket right after its total, which rule 2 alone reads (it checks what stands
    between them): it is among these only when *bracketed*.

    >>> label_dimensions(bracketed=True)[: len(label_dimensions())] == label_dimensions()
    True
    """
    out = []
    for entry in _data()["dimensions"]:
        if entry.get("bracket", False) and not bracketed:
            continue
        values = sorted((_norm(v) for v in entry["values"]), key=len, reverse=True)
        words = "|".join(r"\s+".join(re.escape(w) for w in v.split()) for v in values)
        # "đại học trở lên" is cumulative (it holds "trên đại học"): no value of its own.
        pattern = re.compile(rf"(?<!\w)({words})(?!\w)(?!\s+trở\s+(?:lên|xuống))", re.IGNORECASE)
        out.append(
            (
                str(entry["name"]),
                frozenset(_norm(n) for n in entry["nouns"]),
                pattern,
                frozenset(_norm(v) for v in entry["complete"]),
            )
        )
    return tuple(out)


@functools.cache
def nomination_pattern() -> re.Pattern[str]:
    """Who nominated a delegate or a candidate: the values of the dimension "body" (*trung
    ương*, *địa phương*, *tự ứng cử*), one captured group; never after *thuộc* ("các Đại hội
    trực thuộc Trung ương" says where a body stands, not who nominated).

    >>> [m.group(1) for m in nomination_pattern().finditer(
    ...     "do Trung ương giới thiệu, tự ứng cử; Đại hội trực thuộc Trung ương")]
    ['Trung ương', 'tự ứng cử']
    """
    (entry,) = (e for e in _data()["dimensions"] if e["name"] == "body")
    values = sorted((_norm(v) for v in entry["values"]), key=len, reverse=True)
    words = "|".join(r"\s+".join(re.escape(w) for w in v.split()) for v in values)
    first = "".join(sorted({c for v in values for c in (v[0], v[0].upper())}))
    return led_by(first, re.compile(rf"(?<!\w)(?<!thuộc\s)({words})(?!\w)", re.IGNORECASE))


@functools.cache
def level_pattern(cumulative: bool = True) -> re.Pattern[str]:
    """An administrative level in a label, captured: the prefix and the levels of ``[level]``
    in ``numbers/data/dimension_labels.toml`` (*cấp tỉnh*, *cấp huyện, xã*).  With
    *cumulative*, a level followed by *trở lên* or *trở xuống* (*cấp huyện trở lên*: huyện,
    tỉnh and above) is none: it names several levels at once.

    >>> [m.group(1) for m in level_pattern().finditer("cấp tỉnh 3, cấp huyện, xã 9")]
    ['tỉnh', 'huyện, xã']
    >>> text = "cấp huyện trở lên"
    >>> level_pattern().findall(text), level_pattern(cumulative=False).findall(text)
    ([], ['huyện'])
    """
    guard = r"(?!\w)(?!\s+trở\s+(?:lên|xuống))" if cumulative else ""
    prefix, values = level_alternation()
    scopes = "|".join(
        r"\s+".join(re.escape(w) for w in p.split())
        for p in sorted((_norm(p) for p in _data()["scope"]["prefixes"]), key=len, reverse=True)
    )
    # A scope word before a level names the level unless a proper name follows (a place).
    named = rf"(?!\s+(?:{values})\s*(?-i:[{_UPPER}]))"
    return re.compile(rf"\b(?:{prefix}|(?:{scopes}){named})\s+({values})" + guard, re.IGNORECASE)


#: Capital letters from A to Ỹ (Latin with the Vietnamese ones, and the other capitals of that
#: range of code points): a proper name begins with one.
_UPPER = "".join(c for c in map(chr, range(0x41, 0x1EFA)) if c.isupper())


@functools.cache
def label_pattern(
    name: str, not_after: tuple[str, ...] = (), ignore_case: bool = True
) -> re.Pattern[str]:
    """A value of the dimension *name* of ``numbers/data/dimension_labels.toml`` (*sex*: *nam*,
    *nữ*; *area*: *thành thị*, *nông thôn*; *rest*: *khác*, *còn lại*) in a label, captured,
    as a whole word, never right after a word of *not_after* (*Việt Nam* names no sex).

    >>> label_pattern("sex", ("việt",)).findall("hội viên nam, nữ; người Việt Nam")
    ['nam', 'nữ']
    >>> label_pattern("area").findall("khu vực thành thị và nông thôn")
    ['thành thị', 'nông thôn']
    """
    blocked = "".join(f"(?<!{re.escape(w)} )" for w in not_after)
    flags = re.IGNORECASE if ignore_case else re.NOFLAG
    return re.compile(rf"{blocked}\b({dimension_alternation(name)})\b", flags)


@functools.cache
def legal_forms() -> tuple[frozenset[str], dict[str, str]]:
    """``(totals, forms)`` of ``[legal_forms]`` in ``breakdown_kinds.toml``: the nouns of a count
    of economic units whatever their form, and each part's noun with the legal form it names.

    >>> totals, forms = legal_forms()
    >>> "đơn vị" in totals, forms["htx"], forms["công ty"]
    (True, 'hợp tác xã', 'doanh nghiệp')
    """
    entry = _data()["legal_forms"]
    return (
        frozenset(_norm(n) for n in entry["totals"]),
        {_norm(k): _norm(v) for k, v in entry["forms"].items()},
    )


@functools.cache
def nested_values(name: str) -> frozenset[str]:
    """The values of dimension *name* that a report may count inside another of its values
    (*tự ứng cử* inside *địa phương*): parts that add up to the total without them agree."""
    for entry in _data()["dimensions"]:
        if entry["name"] == name:
            return frozenset(_norm(v) for v in entry.get("may_nest", ()))
    return frozenset()


@functools.cache
def exhaustive(name: str) -> bool:
    """Whether the ``complete`` values of dimension *name* exhaust its nouns by definition
    (``exhaustive = true`` in ``breakdown_kinds.toml``: a visitor is foreign or domestic), so
    that a list naming each of them once is the whole of its total whatever else its items say.

    >>> exhaustive("visitor-origin"), exhaustive("works")
    (True, False)
    """
    return any(e["name"] == name and e.get("exhaustive", False) for e in _data()["dimensions"])


@functools.cache
def partial_after(name: str) -> re.Pattern[str] | None:
    """Words that, in a total's own clause before it, make the values of dimension *name* some
    of the total only (``partial_after`` in ``breakdown_kinds.toml``): files received (*tiếp
    nhận*) hold files still in process beside those settled on time or late.

    >>> bool(partial_after("timeliness").search("đã tiếp nhận")), partial_after("delegate")
    (True, None)
    """
    for entry in _data()["dimensions"]:
        if entry["name"] == name and entry.get("partial_after"):
            return re.compile(rf"(?<!\w)(?:{_alternation(entry['partial_after'])})(?!\w)", re.I)
    return None


@functools.cache
def _same(name: str) -> dict[str, str]:
    for entry in _data()["dimensions"]:
        if entry["name"] == name:
            return {_norm(k): _norm(v) for k, v in entry.get("same", {}).items()}
    return {}


def canonical_value(name: str, value: str) -> str:
    """The value of dimension *name* that *value* (as found in a label) names: a label may name
    a value in other words (``same`` in ``breakdown_kinds.toml``: *tiền quà*, the money's worth
    of the goods of a gift, is *hiện vật*).

    >>> canonical_value("form", "Tiền  quà"), canonical_value("form", "tiền mặt")
    ('hiện vật', 'tiền mặt')
    """
    key = _norm(value)
    return _same(name).get(key, key)


@functools.cache
def _group_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    table = _data()["groups"]
    words = {*(_norm(w) for w in table["words"]), *recipient_nouns()}
    return (
        re.compile(rf"\b(?:{_alternation(sorted(words))})\b", re.IGNORECASE),
        re.compile(rf"\b(?:{_alternation(table['phrases'])})\b", re.IGNORECASE),
    )


def names_group(label: str) -> bool:
    """Whether *label* names a group of people (``[groups]`` of the data file, and the
    recipients of ``[portions]``), groups that may overlap (*label* is NFC-normalised).

    >>> names_group("dư nợ hộ nghèo"), names_group(" phụ nữ"), names_group("ngân sách TP")
    (True, True, False)
    >>> names_group("Ủy ban MTTQ Việt Nam ủng hộ")
    False
    """
    words, phrases = _group_words()
    return words.search(phrases.sub(" ", _norm(nfc_text(label, "label")))) is not None


@dataclasses.dataclass(frozen=True)
class CrossTraits:
    """The words of ``[cross_traits]`` in ``breakdown_kinds.toml``, lower case: *words* (one
    to three words, joined by a space) that name a trait cutting across kinds, *openers* that
    make a kind a possession, a standing, a range or a place, and *negations*."""

    words: frozenset[str]
    openers: frozenset[str]
    negations: frozenset[str]


@functools.cache
def cross_traits() -> CrossTraits:
    """The vocabulary of ``[cross_traits]`` (:mod:`hoiquanchung.checker._parallel`).

    >>> traits = cross_traits()
    >>> "dân tộc" in traits.words, "có" in traits.openers, sorted(traits.negations)
    (True, True, ['chưa', 'không'])
    """
    table = _data()["cross_traits"]
    return CrossTraits(
        frozenset(_norm(w) for w in table["words"]),
        frozenset(_norm(w) for w in table["openers"]),
        frozenset(_norm(w) for w in table["negations"]),
    )


@functools.cache
def portion_nouns() -> frozenset[str]:
    """Nouns of a share given to one recipient (*suất*): ``[portions]`` of the data file."""
    return frozenset(_norm(n) for n in _data()["portions"]["nouns"])


@functools.cache
def recipient_nouns() -> tuple[str, ...]:
    """Nouns of recipients counted one by one (*hộ*, *người*, *học sinh*), longest first."""
    nouns = (_norm(n) for n in _data()["portions"]["recipients"])
    return tuple(sorted(nouns, key=len, reverse=True))


def names_recipient(unit: str) -> bool:
    """Whether the unit *unit* (lower case, single spaces) opens with a noun of recipients
    counted one by one: ``[portions]`` ``recipients`` of the data file.

    >>> names_recipient("người khuyết tật"), names_recipient("hộ"), names_recipient("hội")
    (True, True, False)
    """
    return any(unit == noun or unit.startswith(noun + " ") for noun in recipient_nouns())


def _alternation(values: list[str]) -> str:
    """A regex alternation of *values*, longest first, spaces matching any white space."""
    ordered = sorted((_norm(v) for v in values), key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(w) for w in v.split()) for v in ordered)


@functools.cache
def kind_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """``(name, pattern)`` for each set of kinds read inside a label: the pattern finds one of
    its kinds in a label, the longest first (*cận nghèo* before *nghèo*), none after a word of
    ``not_after``.  Sets matched on the whole label (``whole = true``) are not among them: see
    :func:`distinct_kinds`.

    >>> (name, pattern), = kind_patterns()
    >>> name, pattern.findall("50 suất cho hộ cận nghèo"), pattern.findall("hộ thoát nghèo")
    ('poverty', ['cận nghèo'], [])
    """
    out = []
    for entry in _data()["kinds"]:
        if entry.get("whole", False):
            continue
        not_after = entry.get("not_after", [])
        blocked = "".join(rf"(?<!{re.escape(_norm(w))} )" for w in not_after)
        pattern = re.compile(
            rf"(?<!\w){blocked}({_alternation(entry['values'])})(?!\w)", re.IGNORECASE
        )
        out.append((str(entry["name"]), pattern))
    return tuple(out)


_TOKEN = re.compile(r"\w+")
_MAX_LABEL_WORDS = 40  # a label longer than this names no one programme
# Where the sentence that holds the list begins: after the last full stop, "!", "?" or line
# break before it.
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")


def _tokens(text: str) -> tuple[str, ...]:
    """The words of *text*, lower case, punctuation left out ("học sinh, sinh viên")."""
    return tuple(_TOKEN.findall(text.casefold()))


@dataclasses.dataclass(frozen=True)
class _WholeKinds:
    """A set of kinds matched on the whole label (``whole = true`` in the data file)."""

    name: str
    nouns: frozenset[str]
    context: re.Pattern[str] | None
    names: dict[tuple[str, ...], str]  # the words of a name -> the kind it names
    fillers: tuple[tuple[str, ...], ...]  # longest first

    def kind(self, label: str) -> str | None:
        """The kind *label* names whole, once fillers are taken off its two ends."""
        words = _tokens(label)
        if len(words) > _MAX_LABEL_WORDS:
            return None
        # Where a name may begin (after fillers only) and end (before fillers only): every
        # way of cutting the ends into fillers ("cho vay vốn" is "cho" + "vay vốn").
        starts, at = {0}, [0]
        while at:
            i = at.pop()
            for f in self.fillers:
                if words[i : i + len(f)] == f and i + len(f) not in starts:
                    starts.add(i + len(f))
                    at.append(i + len(f))
        ends, at = {len(words)}, [len(words)]
        while at:
            j = at.pop()
            for f in self.fillers:
                if j >= len(f) and words[j - len(f) : j] == f and j - len(f) not in ends:
                    ends.add(j - len(f))
                    at.append(j - len(f))
        found = {
            kind
            for i in starts
            for j in ends
            if i < j and (kind := self.names.get(words[i:j])) is not None
        }
        return found.pop() if len(found) == 1 else None


@functools.cache
def _whole_kinds() -> tuple[tuple[str, _WholeKinds | re.Pattern[str], frozenset[str]], ...]:
    """Every set of kinds in the data file's order: ``(name, matcher, nouns)``, the matcher a
    pattern for the sets read inside a label, a :class:`_WholeKinds` for the others."""
    patterns = dict(kind_patterns())
    out: list[tuple[str, _WholeKinds | re.Pattern[str], frozenset[str]]] = []
    for entry in _data()["kinds"]:
        name = str(entry["name"])
        nouns = frozenset(_norm(n) for n in entry.get("nouns", ()))
        if not entry.get("whole", False):
            out.append((name, patterns[name], nouns))
            continue
        names = {_tokens(v): _norm(v) for v in entry["values"]}
        for alias, value in entry.get("same", {}).items():
            names[_tokens(alias)] = _norm(value)
        context = entry.get("context")
        fillers = sorted({_tokens(f) for f in entry.get("fillers", ())}, key=len, reverse=True)
        matcher = _WholeKinds(
            name,
            nouns,
            re.compile(rf"(?<!\w)(?:{_alternation(context)})(?!\w)", re.IGNORECASE)
            if context
            else None,
            names,
            tuple(fillers),
        )
        out.append((name, matcher, nouns))
    return tuple(out)


_LEAD_REACH = 400  # characters before a list where its sentence may speak of lending


def lead_before(text: str, start: int) -> str:
    """The text before a list beginning at *start*, as :func:`distinct_kinds` reads it: at
    most a few hundred characters (a sentence's head), so that a long paragraph is not copied.

    >>> lead_before("Dư nợ đạt 10 tỷ đồng, trong đó: hộ nghèo 5 tỷ", 31)
    'Dư nợ đạt 10 tỷ đồng, trong đó:'
    """
    return text[max(0, start - _LEAD_REACH) : start]


def _last_sentence(text: str) -> str:
    """The end of *text* from the start of its last sentence."""
    start = 0
    for m in _SENTENCE_END.finditer(text):
        start = m.end()
    return text[start:]


def distinct_kinds(
    labels: Sequence[str], unit: str | None = None, lead: str = ""
) -> tuple[str, frozenset[str]] | None:
    """``(set, kinds)`` when each of *labels* names one kind of one set of ``[[kinds]]`` and
    no two the same: parts that cannot overlap (they need not be the whole).

    A set with ``nouns`` is read only for a total in one of them (*unit*, the total's unit);
    a set with ``context`` only when a label or the last sentence of *lead* (the text before
    the list) holds one of its words; a set with ``whole = true`` only when every label is one
    of its names and nothing else but its ``fillers``.

    >>> name, kinds = distinct_kinds([" cho hộ nghèo", " cho hộ cận nghèo"])
    >>> name, sorted(kinds)
    ('poverty', ['cận nghèo', 'nghèo'])
    >>> name, kinds = distinct_kinds(
    ...     [" hộ nghèo", " học sinh, sinh viên vay", " bà con dân tộc nghèo"],
    ...     "đồng", "Số vốn vay đã giải ngân được 124,756 tỷ đồng, trong đó:")
    >>> name, sorted(kinds)
    ('policy-credit', ['học sinh sinh viên', 'hộ dân tộc thiểu số nghèo', 'hộ nghèo'])

    Not for counts of borrowers, not without a word of lending, not for people named beside
    a programme:

    >>> labels = [" hộ nghèo", " học sinh, sinh viên", " vùng khó khăn"]
    >>> distinct_kinds(labels, "hộ", "cho vay 500 hộ"), distinct_kinds(labels, "đồng", "chi")
    (None, None)
    >>> distinct_kinds([" hộ nghèo", " cho đồng bào dân tộc thiểu số"], "đồng", "dư nợ")
    """
    noun = _norm(unit or "")
    for name, matcher, nouns in _whole_kinds():
        if nouns and not any(noun == n or noun.startswith(n + " ") for n in nouns):
            continue
        keys: list[str] = []
        for label in labels:
            if isinstance(matcher, _WholeKinds):
                kind = matcher.kind(label)
                found = {kind} if kind is not None else set()
            else:
                found = {" ".join(k.casefold().split()) for k in matcher.findall(label)}
            if len(found) != 1:
                break
            keys.append(found.pop())
        else:
            if len(set(keys)) != len(keys):
                continue
            context = matcher.context if isinstance(matcher, _WholeKinds) else None
            if context is not None and not any(
                context.search(text) for text in (*labels, _last_sentence(lead))
            ):
                continue
            return name, frozenset(keys)
    return None


@functools.cache
def place_tiers() -> dict[str, str]:
    """The tier of each word naming an administrative unit or a named body (``[places]`` and
    ``[bodies]`` of the data file).

    >>> place_tiers()["thị trấn"], place_tiers()["quận"]
    ('commune', 'district')
    """
    return {
        _norm(w): tier
        for table in ("places", "bodies")
        for tier, words in _data()[table]["tiers"].items()
        for w in words
    }


@functools.cache
def _place_words() -> re.Pattern[str]:
    words = [*place_tiers(), *_data()["places"]["ambiguous"]]
    # "thị xã" before "xã" (longest first); "các xã", "mỗi xã" name no one unit.
    return re.compile(
        rf"(?<![\w.])(?<!thị )(?<!các )(?<!mỗi )(?<!những )(?<!nhiều )(?<!từng )"
        rf"(?P<unit>{_alternation(words)})(?!\w)",
        re.IGNORECASE,
    )


_NAME_WORD = re.compile(r"[ \t\u00a0]*([^\W\d_]+)")


def named_places(label: str) -> list[tuple[str | None, str | None]]:
    """``(tier, name)`` of each administrative unit word in *label*: the tier of the word
    (``None`` for a word of no one tier: *thành phố*) and the proper name after it, its
    capitalised words (``None`` when none: *xã nghèo*, *các xã*).

    >>> named_places("60 suất tại xã Tân Phú huyện Châu Thành A và các xã khác")
    [('commune', 'Tân Phú'), ('district', 'Châu Thành A')]
    >>> named_places("TP. Vị Thanh, xã nghèo")
    [(None, 'Vị Thanh'), ('commune', None)]
    >>> named_places("cho Trường THCS Phú Thọ"), named_places("tại huyện Trường Sa")
    ([('school', 'THCS Phú Thọ')], [('district', 'Trường Sa')])
    """
    tiers = place_tiers()
    out: list[tuple[str | None, str | None]] = []
    at = 0
    for m in _place_words().finditer(label):
        if m.start() < at:
            continue  # inside the last unit's name ("huyện Trường Sa")
        words: list[str] = []
        at = m.end()
        if label.startswith(".", at):
            at += 1
        while (w := _NAME_WORD.match(label, at)) is not None and w.group(1)[0].isupper():
            words.append(w.group(1))
            at = w.end()
        out.append((tiers.get(_norm(m.group("unit"))), " ".join(words) or None))
    return out


@functools.cache
def classifier_words() -> frozenset[str]:
    """Classifiers counted alone or with their noun (*căn*, *căn nhà*): ``[classifiers]``."""
    return frozenset(_norm(w) for w in _data()["classifiers"]["words"])


@functools.cache
def person_nouns() -> frozenset[str]:
    """Nouns that count persons, whose parts a total in *người* may list: ``[persons]``.

    >>> "đại biểu" in person_nouns(), "hộ" in person_nouns()
    (True, False)
    """
    return frozenset(_norm(w) for w in _data()["persons"]["nouns"])


@functools.cache
def sexed_nouns() -> frozenset[str]:
    """Nouns of persons whose total a bracket of the two sexes alone may break down (*25 VĐV (15
    nam, 10 nữ)*), besides those of ``[persons]``: ``[sexed]``.

    >>> "vđv" in sexed_nouns(), "hộ" in sexed_nouns()
    (True, False)
    """
    return frozenset(_norm(w) for w in _data()["sexed"]["nouns"])


@dataclasses.dataclass(frozen=True)
class PartyBase:
    """The words of ``[party_base]``: a total's noun, the part's kinds by the words that open
    their noun, the nouns that are none, the generic kind and the words of a trait."""

    totals: re.Pattern[str]
    kinds: tuple[tuple[str, str], ...]
    not_kinds: tuple[str, ...]
    generic: frozenset[str]
    traits: re.Pattern[str]


@functools.cache
def party_base() -> PartyBase:
    """The base organisations of the Party by kind (``[party_base]``).

    >>> pb = party_base()
    >>> bool(pb.totals.match("TCCSĐ")), dict(pb.kinds)["chi bộ cơ sở"]
    (True, 'chi bộ cơ sở')
    >>> bool(pb.traits.search(" đạt trong sạch")), bool(pb.traits.search(" xã, thị trấn"))
    (True, False)
    """
    entry = _data()["party_base"]
    words = "|".join(r"\s+".join(map(re.escape, _norm(v).split())) for v in entry["totals"])
    kinds = sorted(
        ((_norm(k), _norm(v)) for k, v in entry["kinds"].items()), key=lambda kv: -len(kv[0])
    )
    return PartyBase(
        totals=re.compile(rf"(?:{words})(?!\w)", re.IGNORECASE),
        kinds=tuple(kinds),
        not_kinds=tuple(_norm(v) for v in entry["not_kinds"]),
        generic=frozenset(_norm(v) for v in entry["generic"]),
        traits=re.compile(rf"(?<!\w)(?:{_alternation(entry['traits'])})(?!\w)", re.IGNORECASE),
    )


_SLASH_REACH = 3  # characters after a figure where "/" makes it an amount each


@functools.cache
def _amounts() -> tuple[frozenset[str], frozenset[str]]:
    table = _data()["amounts"]
    return (
        frozenset(_norm(n) for n in table["nouns"]),
        frozenset(_norm(w) for w in table["scales"]),
    )


def bare_amount(total_noun: str, figure: Mention, text: str = "", end: int = 0) -> str | None:
    """The total's noun when *figure*, of no unit, ends in a scale word and the total is an
    amount of money (*49,746 tỷ* of *124,756 tỷ đồng*: ``[amounts]``), else ``None``; never
    when *text* has ``/`` right after the figure's *end* (*5 triệu/hộ* is an amount each).

    >>> from hoiquanchung.checker import extract
    >>> tỷ, count, each = extract("49,746 tỷ; 14.367; 5 triệu/hộ")
    >>> bare_amount("đồng", tỷ), bare_amount("đồng", count), bare_amount("hộ", tỷ)
    ('đồng', None, None)
    >>> bare_amount("đồng", each, "5 triệu/hộ", 7), bare_amount("đồng", each, "5 triệu / hộ", 7)
    (None, None)
    """
    nouns, scales = _amounts()
    if figure.unit is not None or total_noun not in nouns:
        return None
    if text[end : end + _SLASH_REACH].lstrip().startswith("/"):
        return None
    words = figure.text.split()
    return total_noun if len(words) > 1 and _norm(words[-1]) in scales else None


@functools.cache
def age_group_words() -> dict[str, str]:
    """The words of an age group (``[age_groups]`` of the data file): its ``unit`` (*tuổi*), the
    word that may open a group from an age up (``from``: *từ*), the words that close it
    (``up``: *trở lên*), and the words of the groups below and above an age (``below``,
    ``above``).

    >>> age_group_words()["unit"], age_group_words()["up"]
    ('tuổi', 'trở lên')
    """
    table = _data()["age_groups"]
    return {key: _norm(str(table[key])) for key in ("unit", "from", "up", "below", "above")}


@functools.cache
def measure_units() -> frozenset[str]:
    """Units of measure of goods given in kind (``[measures]`` of the data file): *m*, *kg*...

    >>> sorted(measure_units())[:3]
    ['kg', 'lít', 'm']
    """
    return frozenset(_norm(u) for u in _data()["measures"]["units"])


@functools.cache
def province_names() -> str:
    """A regex alternation of the proper names of provinces and centrally-run cities
    (``[provinces]`` of the data file), longest first, lower case (match it ignoring case).

    >>> import re
    >>> [bool(re.fullmatch(province_names(), w, re.I)) for w in ("Quảng Trị", "Ba Vì")]
    [True, False]
    """
    return _alternation(_data()["provinces"]["names"])


@functools.cache
def named_values(name: str) -> dict[str, str]:
    """Each value of the ``[[named_values]]`` entry *name* of the data file and the value it
    counts as (``same``; itself when it has no other), lower case; empty when there is none.

    >>> named_values("casualty")["tử vong"], named_values("casualty")["mất tích"]
    ('chết', 'mất tích')
    >>> named_values("none")
    {}
    """
    for entry in _data().get("named_values", ()):
        if entry["name"] == name:
            same = {_norm(k): _norm(v) for k, v in entry.get("same", {}).items()}
            return {_norm(v): same.get(_norm(v), _norm(v)) for v in entry["values"]}
    return {}
