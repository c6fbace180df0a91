"""The measuring instrument of the checker: real paragraphs, their relations, and mutations.

``tests/corpus/p*.toml`` hold real report paragraphs with figures, copied verbatim from public web
pages (each with its address), with what a careful reader knows about them, by hand:

* ``relations``: figure relations that hold in the text, written with the figures as they appear
  (``NUMBER[@k][ SCALE]``, the *k*-th whole-number occurrence of ``NUMBER`` in the text; ``SCALE``
  one of ``nghìn``, ``triệu``, ``tỷ``, ``%``):

  - ``sum T = P1 + P2 + ...``: a total and its parts; a part may be a product ``N * A`` (``15 *
    25 triệu``: 15 houses at 25 triệu each) or carry a constant count ``3× A`` (three provinces
    named, not counted, each given ``A``);
  - ``rate R% = P / Q``: a rate and its fraction (written or not: the base may be named elsewhere);
  - ``shares S1% + S2% + ... = 100``: the shares of a complete breakdown;
  - ``span N = Y1 - Y2``: a count of years and the two years of the span it counts, which holds
    when N is their difference or one more (years counted inclusively); no mutation is drawn
    from it (only a real slip is annotated with it today);
  - ``date D/M[/Y]``: a date as the text writes it (slashes, dashes or dots), which holds when
    the day exists in that month (and year); only real slips are annotated with it (*ngày
    15/20/2010*): every date of every paragraph is mutated anyway;

* ``inconsistent``: the real inconsistencies of the paragraph (usually none), each a relation that
  does *not* hold (or ``malformed NUMBER``) with its family and a short explanation;
* ``known_false_alarms``: findings the checker makes although the text holds, with the reason it
  is left (none today: the test asserts the count does not grow).

Every relation is checked here (:func:`relation_holds`), so the hand annotation is verified
arithmetic, not trust.  From each relation that holds, :func:`mutations` derives variants that
change exactly one figure, deterministically (seeded by the paragraph, the relation and the
figure), each with the family of finding it must produce; dates and grouped numbers are found in
every paragraph.  :func:`measure` runs the checker on the real paragraphs and on every variant and
counts, per family, false alarms and recall.

>>> parse_number("1.100.000"), parse_number("45,3"), parse_number("07")
(Decimal('1100000'), Decimal('45.3'), Decimal('7'))
>>> t = "Có 880 hộ (trong đó: 523 hộ nghèo, 357 hộ cận nghèo)."
>>> relation_holds(t, "sum 880 = 523 + 357")
True
>>> [(m.family, m.new) for m in mutations_of_relation("x", t, 0, "sum 880 = 523 + 357")][:1]
[('totals', '890')]
"""

from __future__ import annotations

import calendar
import json
import random
import re
import tomllib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from corpus_files import (
    Entry,
    MutationScore,
    digest,
    mutate_digit,
    read_jsonl,
    toml_entries,
    write_jsonl,
)

from hoiquanchung.checker import check_text
from hoiquanchung.findings import Finding, Severity

HERE = Path(__file__).resolve().parent
MUTATIONS_FILE = HERE / "mutations.jsonl"
FLOORS_FILE = HERE / "floors.toml"

# The finding codes of each rule family.  "shares" has no rule yet (issue 9, item 4): the code
# below is the one the new rule is expected to use; recall is 0 until it exists.
FAMILIES: dict[str, frozenset[str]] = {
    # "parts-exceed-total" is the name the rule catalogue gives "part-exceeds-total" (issue 11).
    # Word tables (table-*) have no paragraphs in the corpus; their codes belong to the same
    # families as their prose twins.
    "totals": frozenset(
        {"total-mismatch", "part-exceeds-total", "parts-exceed-total", "table-total-mismatch"}
    ),
    "shares": frozenset({"share-sum-mismatch"}),
    "rates": frozenset({"rate-mismatch", "rate-rounding", "bound-violated", "table-rate-mismatch"}),
    "dates": frozenset({"impossible-date", "year-span-mismatch"}),
    "malformed": frozenset({"malformed-number"}),
    "amounts": frozenset({"amount-words-mismatch"}),
}
FAMILY_OF = {code: family for family, codes in FAMILIES.items() for code in codes}

_SCALES = {
    "nghìn": Decimal(1000),
    "ngàn": Decimal(1000),
    "triệu": Decimal(10) ** 6,
    "tỷ": Decimal(10) ** 9,
    "tỉ": Decimal(10) ** 9,
    "%": Decimal(1),
}
_TOKEN = r"\d+(?:[.,]\d+)*"
_REF = re.compile(rf"(?P<tok>{_TOKEN})(?:@(?P<k>\d+))?(?:\s*(?P<scale>nghìn|ngàn|triệu|tỷ|tỉ|%))?")


@dataclass(frozen=True)
class Ref:
    """One figure of a relation: a number as written, its occurrence, its scale."""

    token: str
    occurrence: int
    scale: Decimal

    @property
    def value(self) -> Decimal:
        return parse_number(self.token) * self.scale


@dataclass(frozen=True)
class Paragraph(Entry):
    """One corpus entry."""

    text: str
    relations: tuple[str, ...] = ()
    inconsistent: tuple[dict[str, str], ...] = ()
    known_false_alarms: tuple[dict[str, str], ...] = ()
    note: str = ""
    file: str = ""


@dataclass(frozen=True)
class Mutation:
    """A variant of a paragraph that changes exactly one figure, and the family it must raise."""

    paragraph: str
    family: str
    kind: str
    start: int
    end: int
    old: str
    new: str
    relation: str = ""

    def apply(self, text: str) -> str:
        assert text[self.start : self.end] == self.old, (self.paragraph, self.old)
        return text[: self.start] + self.new + text[self.end :]

    def as_json(self) -> str:
        return json.dumps(self.__dict__, ensure_ascii=False, sort_keys=True)


def parse_number(token: str) -> Decimal:
    """A number written the Vietnamese way: ``.`` groups thousands, ``,`` marks decimals."""
    if "," in token:
        whole, _, frac = token.rpartition(",")
        return Decimal(whole.replace(".", "") + "." + frac)
    return Decimal(token.replace(".", ""))


def load(directory: Path = HERE) -> list[Paragraph]:
    """Every corpus paragraph, in file then entry order."""
    return [
        Paragraph(
            id=entry["id"],
            url=entry["url"],
            province=entry["province"],
            text=entry["text"],
            relations=tuple(entry.get("relations", ())),
            inconsistent=tuple(entry.get("inconsistent", ())),
            known_false_alarms=tuple(entry.get("known_false_alarms", ())),
            note=entry.get("note", ""),
            file=path.name,
        )
        for path, entry in toml_entries(directory.glob("p*.toml"), "paragraph")
    ]


def provinces_named(paragraphs: Iterable[Paragraph]) -> set[str]:
    """The provinces (and centrally-run cities) named in the paragraphs' ``province`` fields,
    by the names of ``[provinces]`` in ``breakdown_kinds.toml``: "Phú Thọ (xã Dân Chủ)" is Phú
    Thọ, "Lai Châu, Hà Giang" two, "Thừa Thiên Huế" and "Huế" one; a national body names none.
    """
    from hoiquanchung.checker._kinds import province_names

    pattern = re.compile(rf"(?<!\w)(?:{province_names()})(?!\w)", re.IGNORECASE)
    named: set[str] = set()
    for p in paragraphs:
        if p.province.startswith("Trung ương"):
            continue
        for found in pattern.finditer(p.province):
            name = " ".join(found.group().casefold().replace("-", " ").split())
            named.add("huế" if name == "thừa thiên huế" else name)
    return named


def every_paragraph() -> dict[str, Paragraph]:
    """Every real paragraph by its id, measured or waiting in ``pending/`` (a paragraph moves
    from one to the other once its misses are found, so a test names it by id only)."""
    return {p.id: p for directory in (HERE, HERE / "pending") for p in load(directory)}


def every_text() -> list[str]:
    """The text of every real paragraph: the measured ones, then the waiting ones, files in
    name order (what the speed tests read every fast path against)."""
    return [p.text for p in every_paragraph().values()]


def text_of(pid: str) -> str:
    """The verbatim text of the real paragraph *pid*, measured or waiting."""
    return every_paragraph()[pid].text


def occurrences(text: str, token: str) -> list[tuple[int, int]]:
    """Spans of *token* as a whole number in *text* (not part of a longer number)."""
    pattern = rf"(?<!\d)(?<!\d[.,]){re.escape(token)}(?!\d)(?![.,]\d)"
    return [(m.start(), m.end()) for m in re.finditer(pattern, text)]


def parse_ref(spec: str) -> Ref:
    m = _REF.fullmatch(spec.strip())
    if m is None:
        raise ValueError(f"not a figure reference: {spec!r}")
    scale = _SCALES[m.group("scale")] if m.group("scale") else Decimal(1)
    return Ref(m.group("tok"), int(m.group("k") or 1), scale)


# What makes a number in the text a label rather than a quantity a relation can name: a date
# (see _DATE_PATTERNS), a year ("năm 2024", "2025-2029"), an ordinal or a number of a name
# ("lần thứ 5", "khóa 15", "Quyết định số 12"), a phone number ("0912.345.678").
_YEAR_AROUND = re.compile(r"(?:\b[Nn]ăm|[Gg]iai đoạn|[Nn]hiệm kỳ|\d{4}\s?[-–])\s*\Z")
_YEAR_AFTER = re.compile(r"\s?[-–]\s?(?:19|20)\d\d\b")
_ORDINAL_BEFORE = re.compile(
    r"(?:\b(?:[Tt]hứ|[Kk]hóa|[Kk]hoá|[Pp]hiên|[Qq]uý|[Tt]háng|[Ll]ớp|[Đđ]iều|[Kk]hoản)"
    r"|(?:[Bb]ão|[Qq]uyết định|[Nn]ghị quyết|[Cc]hỉ thị|[Tt]hông tư|[Kk]ế hoạch|[Cc]ông văn)"
    r"\s+số)\s+\Z"
)
_PHONE = re.compile(r"0\d{2,3}(?:[.\s]?\d{3}){2}\d?")


def is_label(text: str, start: int, end: int) -> bool:
    """Whether the number at ``text[start:end]`` is a label (date, year, ordinal, phone number),
    not a quantity: the harness never names nor mutates it as a part or a total.

    >>> t = "Ngày 14/10, tiếp nhận 360 triệu đồng, trong đó 10 triệu đồng; lần thứ 2; năm 2024."
    >>> [is_label(t, a, b) for a, b in occurrences(t, "10")]
    [True, False]
    >>> [is_label(t, t.index(n), t.index(n) + len(n)) for n in ("2", "2024")]
    [True, True]
    """
    for pattern in _DATE_PATTERNS:
        for m in pattern.finditer(text, max(0, start - 40), min(len(text), end + 40)):
            if m.start() <= start and end <= m.end() and _reads_as_date(text, m):
                return True
    token = text[start:end]
    before = text[max(0, start - 20) : start]
    if re.fullmatch(r"(?:19|20)\d\d", token) and (
        _YEAR_AROUND.search(before) or _YEAR_AFTER.match(text, end)
    ):
        return True
    if _ORDINAL_BEFORE.search(before):
        return True
    for m in _PHONE.finditer(text, max(0, start - 14), min(len(text), end + 14)):
        if m.start() <= start and end <= m.end() and token != m.group():
            return True
    return bool(_PHONE.fullmatch(token.replace(" ", "")))


_SCALE_WORDS = {
    Decimal(1000): r"nghìn|ngàn",
    Decimal(10) ** 6: r"triệu",
    Decimal(10) ** 9: r"tỷ|tỉ",
}


def _written_with_scale(text: str, end: int, ref: Ref) -> bool:
    """A figure named with a scale (``10 triệu``, ``2,5 tỷ``) is written with it (``%`` scales
    by one: a share or rate is found by its token alone)."""
    if ref.scale == 1:
        return True
    words = _SCALE_WORDS[ref.scale]
    return bool(re.match(rf"\s*(?:{words})", text[end : end + 12]))


def locate(text: str, ref: Ref, *, year: bool = False) -> tuple[int, int]:
    """The span of the *k*-th whole-number occurrence of the figure *ref* names; an error when
    that occurrence is a label (a date, a year, an ordinal, a phone number: :func:`is_label`) or,
    the figure carrying a scale (``10 triệu``), is not written with it: a relation names
    quantities, and its mutations must be errors a reader can find.  *year*: the figure is a
    year a ``span`` relation names (a label is what it must be)."""
    spans = occurrences(text, ref.token)
    if len(spans) < ref.occurrence:
        raise ValueError(f"{ref.token}@{ref.occurrence}: only {len(spans)} in the text")
    start, end = spans[ref.occurrence - 1]
    if not year and is_label(text, start, end):
        raise ValueError(f"{ref.token}@{ref.occurrence} is a label (date, year, ordinal, phone)")
    if not _written_with_scale(text, end, ref):
        raise ValueError(f"{ref.token}@{ref.occurrence} is not written with its scale")
    return start, end


@dataclass(frozen=True)
class Term:
    const: int
    refs: tuple[Ref, ...]

    @property
    def value(self) -> Decimal:
        v = Decimal(self.const)
        for r in self.refs:
            v *= r.value
        return v


def parse_term(spec: str) -> Term:
    const, _, rest = spec.strip().partition("×") if "×" in spec else ("1", "", spec)
    return Term(int(const), tuple(parse_ref(part) for part in rest.split("*")))


@dataclass(frozen=True)
class Relation:
    kind: str  # sum, rate, shares, span, date, malformed
    refs: tuple[Ref, ...]  # every figure the relation names, total/rate first
    terms: tuple[Term, ...] = ()
    literal: str = ""  # a date as written (kind "date"): day, month and year are its refs

    def holds(self) -> bool:
        if self.kind == "sum":
            return self.refs[0].value == sum((t.value for t in self.terms), Decimal(0))
        if self.kind == "rate":
            rate, part, whole = self.refs
            exp = -decimals(rate.token)
            computed = (part.value / whole.value * 100).quantize(
                Decimal(1).scaleb(exp), rounding=ROUND_HALF_UP
            )
            return computed == rate.value
        if self.kind == "shares":
            d = max(decimals(r.token) for r in self.refs)
            slack = Decimal(len(self.refs)) * Decimal("0.5") * Decimal(1).scaleb(-d)
            return abs(sum((r.value for r in self.refs), Decimal(0)) - 100) <= slack
        if self.kind == "span":
            count, first, last = (r.value for r in self.refs)
            return count - (last - first) in (0, 1)
        if self.kind == "date":
            day, month, *year = (int(r.value) for r in self.refs)
            if not 1 <= month <= 12:
                return False
            # With no year, 29/2 is a day of a leap year: it exists.
            last = calendar.monthrange(year[0] if year else 2024, month)[1]
            return 1 <= day <= last
        return False  # a malformed number never "holds"


def decimals(token: str) -> int:
    return len(token.rpartition(",")[2]) if "," in token else 0


def parse_relation(spec: str) -> Relation:
    kind, _, body = spec.strip().partition(" ")
    if kind == "sum":
        left, _, right = body.partition("=")
        total = parse_ref(left)
        terms = tuple(parse_term(t) for t in right.split("+"))
        refs = (total, *(r for t in terms for r in t.refs))
        return Relation("sum", refs, terms)
    if kind == "rate":
        left, _, right = body.partition("=")
        num, _, den = right.partition("/")
        return Relation("rate", (parse_ref(left), parse_ref(num), parse_ref(den)))
    if kind == "shares":
        left, _, right = body.partition("=")
        if right.strip() != "100":
            raise ValueError(f"shares must add up to 100: {spec!r}")
        return Relation("shares", tuple(parse_ref(s) for s in left.split("+")))
    if kind == "span":
        left, _, right = body.partition("=")
        first, _, last = right.partition(" - ")
        return Relation("span", (parse_ref(left), parse_ref(first), parse_ref(last)))
    if kind == "date":
        literal = body.strip()
        parts = _DATE_LITERAL.fullmatch(literal)
        if parts is None:
            raise ValueError(f"not a date written D/M[/Y] (or with - or .): {spec!r}")
        tokens = [t for t in parts.group(1, 3, 4) if t is not None]
        return Relation("date", tuple(Ref(t, 1, Decimal(1)) for t in tokens), literal=literal)
    if kind == "malformed":
        return Relation("malformed", (parse_ref(body),))
    raise ValueError(f"unknown relation kind: {spec!r}")


# A date of a ``date`` relation: day, separator, month, and the year after the same separator.
_DATE_LITERAL = re.compile(r"(\d{1,2})([/.-])(\d{1,2})(?:\2(\d{4}))?")


def with_mutation(text: str, relation: Relation, mutation: Mutation) -> Relation:
    """*relation* with the figure at the mutation's place written as the mutation writes it."""

    def swap(ref: Ref) -> Ref:
        if locate(text, ref) == (mutation.start, mutation.end):
            return Ref(mutation.new, ref.occurrence, ref.scale)
        return ref

    terms = tuple(Term(t.const, tuple(swap(r) for r in t.refs)) for t in relation.terms)
    return Relation(relation.kind, tuple(swap(r) for r in relation.refs), terms)


def relation_holds(text: str, spec: str) -> bool:
    """Whether the relation *spec* holds; every figure it names must be in *text*."""
    relation = parse_relation(spec)
    if relation.kind == "date":
        if not occurrences(text, relation.literal):
            raise ValueError(f"{relation.literal}: no such date in the text")
        return relation.holds()
    for i, ref in enumerate(relation.refs):
        locate(text, ref, year=relation.kind == "span" and i > 0)
    return relation.holds()


# --- mutations --------------------------------------------------------------------------------

_RELATION_FAMILY = {"sum": "totals", "rate": "rates", "shares": "shares"}
_MAX_PER_RELATION = 6
_MAX_DATES = 2


def mutations_of_relation(pid: str, text: str, index: int, spec: str) -> list[Mutation]:
    """One variant per figure of the relation (the total and rate always; parts and shares up
    to a few, chosen by seed), each changing one digit of that figure."""
    relation = parse_relation(spec)
    if relation.kind not in _RELATION_FAMILY:
        return []  # a span or a date is annotated, not mutated (dates are mutated everywhere)
    family = _RELATION_FAMILY[relation.kind]
    seen: list[Ref] = []
    for ref in relation.refs:
        if ref not in seen:
            seen.append(ref)
    if relation.kind == "rate":
        seen = seen[:1]  # the rate itself
    rng = random.Random(f"{pid}|{index}|choose")
    if len(seen) > _MAX_PER_RELATION:
        seen = [seen[0], *rng.sample(seen[1:], _MAX_PER_RELATION - 1)]
    out = []
    for j, ref in enumerate(seen):
        start, end = locate(text, ref)
        rng = random.Random(f"{pid}|{index}|{j}")
        for _draw in range(_MAX_DRAWS):
            new = mutate_digit(ref.token, rng, far=relation.kind != "sum")
            m = Mutation(pid, family, relation.kind, start, end, ref.token, new, spec)
            if relation.kind == "sum":
                found = not can_hold(text, relation, m)
            elif relation.kind == "shares":
                # A share moved within the breakdown's own rounding (34,36 → 34,38 in shares
                # making 99,99) still makes 100 %: no error a reader could find; drawn again.
                found = not with_mutation(text, relation, m).holds()
            else:
                found = True
            if found:
                out.append(m)
                break
    return out


# A figure written after one of these words is a bound, not an exact value: "trên 12,8 tỷ" is
# at least 12,8 tỷ, "gần 500" at most 500, "khoảng 500" anything near.  A sum naming a bound can
# only be contradicted in the bound's direction ("hơn 806,407 tỷ" against parts that add up to
# less); a mutation that a bound absorbs is no error a reader could find, and is drawn again.
_LOWER_BOUND = re.compile(r"\b(?:[Hh]ơn|[Tt]rên|[Íí]t nhất|[Tt]ối thiểu)\s+\Z")
_UPPER_BOUND = re.compile(
    r"\b(?:[Gg]ần|[Dd]ưới|[Cc]hưa đến|[Cc]hưa tới|[Tt]ối đa|[Kk]hông quá)\s+\Z"
)
_ABOUT = re.compile(r"\b(?:[Kk]hoảng|[Xx]ấp xỉ|[Ưư]ớc|[Cc]hừng|[Hh]àng)\s+\Z")
_MAX_DRAWS = 20
_INF = Decimal("Infinity")


def bounds(text: str, start: int, value: Decimal) -> tuple[Decimal, Decimal]:
    """The values a figure written at *start* as *value* allows: ``(value, value)`` when exact.

    >>> t = "thu được trên 12,8 tỷ đồng, gần 5 tỷ, khoảng 3 tỷ và 2 tỷ"
    >>> [bounds(t, t.index(n), Decimal(1))[1] for n in ("12,8", "5 ", "3 ", "2 ")]
    [Decimal('Infinity'), Decimal('1'), Decimal('Infinity'), Decimal('1')]
    """
    before = text[max(0, start - 14) : start]
    if _LOWER_BOUND.search(before):
        return value, _INF
    if _UPPER_BOUND.search(before):
        return Decimal(0), value
    if _ABOUT.search(before):
        return Decimal(0), _INF
    return value, value


def can_hold(text: str, relation: Relation, mutation: Mutation | None = None) -> bool:
    """Whether the sum *relation* (with *mutation* applied) can hold for some values its figures
    allow (:func:`bounds`; every value is non-negative, so a term's bounds are the products of
    its figures').

    >>> t = "thu được trên 12,8 tỷ đồng, trong đó 4,2 tỷ đồng và trên 8,6 tỷ đồng"
    >>> r = parse_relation("sum 12,8 tỷ = 4,2 tỷ + 8,6 tỷ")
    >>> can_hold(t, r, Mutation("x", "totals", "sum", 36, 39, "4,2", "3,2"))
    True
    """
    assert relation.kind == "sum"

    def span(ref: Ref) -> tuple[Decimal, Decimal]:
        start, end = locate(text, ref)
        if mutation is not None and (start, end) == (mutation.start, mutation.end):
            ref = Ref(mutation.new, ref.occurrence, ref.scale)
        return bounds(text, start, ref.value)

    total_lo, total_hi = span(relation.refs[0])
    lo = hi = Decimal(0)
    for term in relation.terms:
        t_lo = t_hi = Decimal(term.const)
        for ref in term.refs:
            r_lo, r_hi = span(ref)
            t_lo *= r_lo
            t_hi = Decimal(0) if 0 in (t_hi, r_hi) else t_hi * r_hi
        lo, hi = lo + t_lo, hi + t_hi
    return lo <= total_hi and total_lo <= hi


_DATE_PATTERNS = (
    # d/m/yyyy, d-m-yyyy, d.m.yyyy, d - m - yyyy
    re.compile(
        r"(?<![\d/.,-])(?P<d>\d{1,2})(?P<s>/|\.|\s?-\s?)(?P<m>\d{1,2})(?P=s)(?P<y>(?:19|20)\d\d)"
        r"(?![\d/])"
    ),
    # ngày d/m, ngày d-m, sáng d.m, hôm d/m (the year left out); see _reads_as_date
    re.compile(
        r"\b(?:[Nn]gày|[Hh]ôm|[Ss]áng|[Cc]hiều|[Tt]ối)\s+(?P<d>\d{1,2})(?P<s>[/.-])(?P<m>\d{1,2})"
        r"(?![\d/.-]|,\d)"
    ),
    # ngày d tháng m năm yyyy
    re.compile(r"\b[Nn]gày\s+(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})\s+năm\s+(?P<y>\d{4})\b"),
)


# After a day and month without a year, what makes them a date to a careful reader (and not
# "ngày 2-3 lần", a range of counts): punctuation, the end, a name, or a word that goes on
# after a date.
_AFTER_YEARLESS = re.compile(
    r"\s*(?:[,;:)]|\.(?!\d)|$)|\s+(?:vừa|tại|hàng|hằng|đến|và)\b|\s+[A-ZĐ]"
)


# "Chiều 14.13" may be a time (14:13): a dotted day and month after a time of day get the day
# past the month's end, never month 13.
_TIME_BEFORE = re.compile(r"\b(?:[Ss]áng|[Cc]hiều|[Tt]ối)\s+\Z")


def _reads_as_date(text: str, m: re.Match[str]) -> bool:
    return bool(m.groupdict().get("y")) or bool(_AFTER_YEARLESS.match(text, m.end()))


def date_mutations(pid: str, text: str) -> list[Mutation]:
    """Up to two dates of the paragraph made impossible: month 13, or a day past the month's
    end (31 in a 30-day month, 30 in February, 32 otherwise).  A day and month without a year
    written with a dash gets the day past the month's end when month 13 would follow a day not
    larger: "ngày 6-13" (or "13-13") may be read as the days 6 to 13, "ngày 32-12" cannot; one
    written with a dot after a time of day gets it always: "Chiều 14.13" may be read as the
    time 14:13."""
    found: list[re.Match[str]] = []
    taken: list[tuple[int, int]] = []
    for pattern in _DATE_PATTERNS:
        for m in pattern.finditer(text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            day, month = int(m.group("d")), int(m.group("m"))
            year = int(m.group("y")) if m.groupdict().get("y") else 2024
            if not (1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]):
                continue
            if not _reads_as_date(text, m):
                continue
            found.append(m)
            taken.append((m.start(), m.end()))
    found.sort(key=lambda m: m.start())
    rng = random.Random(f"{pid}|dates")
    if len(found) > _MAX_DATES:
        found = sorted(rng.sample(found, _MAX_DATES), key=lambda m: m.start())
    out = []
    for k, m in enumerate(found):
        rng = random.Random(f"{pid}|date|{k}")
        day, month = int(m.group("d")), int(m.group("m"))
        sep, yearless = m.groupdict().get("s") or "", not m.groupdict().get("y")
        a_range = "-" in sep and yearless and day <= 13
        a_time = sep == "." and yearless and _TIME_BEFORE.search(text, 0, m.start("d"))
        if rng.random() < 0.5 and not a_range and not a_time:
            start, end, new = m.start("m"), m.end("m"), "13"
        else:
            if month in (4, 6, 9, 11):
                new_day = 31
            elif month == 2:
                new_day = 30
            else:
                new_day = 32
            start, end, new = m.start("d"), m.end("d"), str(new_day)
        out.append(Mutation(pid, "dates", "date", start, end, text[start:end], new))
    return out


_GROUPED = re.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3})+(?![\d]|[.,]\d)")
_DECIMAL = re.compile(r"(?<![\d.,])\d+,\d{1,2}(?![\d]|[.,]\d)(?=\s*(?:%|triệu|tỷ|tỉ|nghìn|ngàn))")


def malformed_mutations(pid: str, text: str) -> list[Mutation]:
    """One number of the paragraph written wrong: a thousands group of 4 or 2 digits
    (``12.3450``, ``12.34``), or a decimal comma turned into a dot (``1.3 triệu``)."""
    candidates: list[tuple[str, re.Match[str]]] = [("grouped", m) for m in _GROUPED.finditer(text)]
    candidates += [("decimal", m) for m in _DECIMAL.finditer(text)]
    if not candidates:
        return []
    candidates.sort(key=lambda c: c[1].start())
    rng = random.Random(f"{pid}|malformed")
    kind, m = rng.choice(candidates)
    old = m.group()
    if kind == "decimal":
        new = old.replace(",", ".")
    elif rng.random() < 0.5:
        new = old + str(rng.randrange(10))
    else:
        new = old[:-1]
    return [Mutation(pid, "malformed", kind, m.start(), m.end(), old, new)]


def mutations(paragraphs: Iterable[Paragraph]) -> list[Mutation]:
    """Every variant of every paragraph, in a stable order."""
    out: list[Mutation] = []
    for p in paragraphs:
        seen: set[tuple[int, int]] = set()
        for i, spec in enumerate(p.relations):
            for m in mutations_of_relation(p.id, p.text, i, spec):
                if (m.start, m.end) not in seen:  # a figure of two relations: once
                    seen.add((m.start, m.end))
                    out.append(m)
        out += date_mutations(p.id, p.text)
        out += malformed_mutations(p.id, p.text)
    return out


# --- measuring --------------------------------------------------------------------------------


def alarms(findings: Iterable[Finding]) -> list[Finding]:
    """The findings that assert an error (warning or error; information is no alarm)."""
    return [f for f in findings if f.severity >= Severity.WARNING]


def family_count(findings: Sequence[Finding], family: str) -> int:
    return sum(1 for f in findings if f.code in FAMILIES[family])


@dataclass
class Score(MutationScore[Mutation]):
    """Counts of one family."""

    false_alarms: list[str] = field(default_factory=list)
    known_false_alarms: list[str] = field(default_factory=list)
    real_total: int = 0
    real_found: int = 0
    by_shape: dict[str, list[int]] = field(default_factory=dict)  # shape -> [found, total]


def _explains(finding: Finding, family: str, inconsistency: tuple[str, str]) -> bool:
    """Whether a real inconsistency (its family, its first figure) explains *finding*: same
    family, and the finding quotes that figure (the rate, the total, the malformed number)."""
    expected_family, token = inconsistency
    if family != expected_family:
        return False
    quoted = (finding.stated or "") + " " + (finding.computed or "")
    return bool(occurrences(quoted, token)) if quoted.strip() else True


def measure(paragraphs: Sequence[Paragraph], variants: Sequence[Mutation]) -> dict[str, Score]:
    """False alarms on the real paragraphs, recall on their real inconsistencies and on
    *variants*, per family."""
    scores = {family: Score() for family in FAMILIES}
    by_id = {p.id: p for p in paragraphs}
    base: dict[str, list[Finding]] = {}
    for p in paragraphs:
        found = alarms(check_text(p.text))
        base[p.id] = found
        expected = [
            (e["family"], parse_relation(e["relation"]).refs[0].token) for e in p.inconsistent
        ]
        known = {k["code"] for k in p.known_false_alarms}
        for e, key in zip(p.inconsistent, expected, strict=True):
            scores[e["family"]].real_total += 1
            if any(_explains(f, FAMILY_OF.get(f.code, "other"), key) for f in found):
                scores[e["family"]].real_found += 1
        for f in found:
            family = FAMILY_OF.get(f.code, "other")
            if family not in scores:
                scores[family] = Score()
            label = f"{p.id}: {f.code} {f.message_en}"
            if f.code in known:
                scores[family].known_false_alarms.append(label)
            elif not any(_explains(f, family, e) for e in expected):
                scores[family].false_alarms.append(label)
    for m in variants:
        original = by_id[m.paragraph].text
        text = m.apply(original)
        score = scores[m.family]
        score.mutations_total += 1
        tally = score.by_shape.setdefault(shape(original, m), [0, 0])
        tally[1] += 1
        after = alarms(check_text(text))
        if family_count(after, m.family) > family_count(base[m.paragraph], m.family):
            score.mutations_found += 1
            tally[0] += 1
        else:
            score.missed.append(m)
    return scores


_SENTENCE_END = re.compile(r"[.!?…](?=\s+[^\s\w]*[A-ZĐÀ-Ỹ0-9])")


def _sentence_of(text: str, at: int) -> tuple[int, int]:
    """(line, sentence) index of the offset *at*: a rough split, only to describe shapes."""
    line = text.count("\n", 0, at)
    start = text.rfind("\n", 0, at) + 1
    return line, len(_SENTENCE_END.findall(text, start, at))


def shape(text: str, mutation: Mutation) -> str:
    """The structure a mutation tests, derived from the text (for the next rules' work):
    where a relation's figures lie, whether a fraction is written, the date's form..."""
    if mutation.family == "dates":
        span = text[max(0, mutation.start - 6) : mutation.end + 8]
        year = re.search(r"\d\s?[-/.]\s?\d{1,2}\s?[-/.]\s?\d{4}|năm\s+\d{4}", span)
        if "tháng" in span:
            return "date in words"
        sep = "slash" if "/" in span else "dash or dot"
        return f"{sep} date, {'with' if year else 'no'} year"
    if mutation.family == "malformed":
        return f"malformed: {mutation.kind} number"
    relation = parse_relation(mutation.relation)
    places = [locate(text, ref) for ref in relation.refs]
    if relation.kind == "rate":
        _rate, part, whole = relation.refs
        written = re.search(
            rf"{re.escape(part.token)}\s*(?:\S+\s*)?/\s*{re.escape(whole.token)}", text
        )
        return "rate, fraction written" if written else "rate, base named elsewhere"
    if relation.kind == "shares":
        return "shares"
    where = {_sentence_of(text, a) for a, _ in places}
    if any(t.const != 1 or len(t.refs) > 1 for t in relation.terms):
        return "sum, per-unit amounts (× count)"
    if len({line for line, _ in where}) > 1:
        return "sum, total in another paragraph"
    if len(where) > 1:
        return "sum, total in another sentence"
    total_at = places[0][0]
    if any(text.count("(", 0, a) > text.count(")", 0, a) for a, _ in places[1:]) and not (
        text.count("(", 0, total_at) > text.count(")", 0, total_at)
    ):
        return "sum, parts in brackets"
    if any(text[b : b + 1] == "/" for _, b in places[1:]):
        return "sum, parts are fractions' numerators"
    return "sum, one sentence"


FIGURES_FILE = HERE / "figures.toml"


@dataclass
class Reading:
    """How `extract` reads the annotated paragraphs: expected figures, misreadings."""

    paragraphs: int = 0
    expected: int = 0
    spurious: list[str] = field(default_factory=list)  # read, but not a figure (or wrongly cut)
    missing: list[str] = field(default_factory=list)  # a figure not read as written

    @property
    def misreadings(self) -> int:
        return len(self.spurious) + len(self.missing)


def measure_figures(paragraphs: Sequence[Paragraph]) -> Reading:
    """Compare ``extract`` with the figures annotated in ``figures.toml``."""
    from collections import Counter

    from hoiquanchung.checker import extract

    with FIGURES_FILE.open("rb") as f:
        annotated: dict[str, list[str]] = tomllib.load(f)["figures"]
    by_id = {p.id: p for p in paragraphs}
    reading = Reading()
    for pid, figures in annotated.items():
        expected = Counter(figures)
        got = Counter(f"{m.text}|{m.unit or '-'}" for m in extract(by_id[pid].text))
        reading.paragraphs += 1
        reading.expected += sum(expected.values())
        reading.spurious += [f"{pid}: {k}" for k in (got - expected).elements()]
        reading.missing += [f"{pid}: {k}" for k in (expected - got).elements()]
    return reading


def read_committed() -> list[Mutation]:
    return read_jsonl(MUTATIONS_FILE, Mutation)


def write_committed(items: Iterable[Mutation]) -> None:
    write_jsonl(MUTATIONS_FILE, items)


def iter_summary(scores: dict[str, Score]) -> Iterator[str]:
    """Lines of a table: one per family."""
    yield (
        f"{'family':<10} {'false alarms':>12} {'known':>6} {'real found':>11} "
        f"{'mutations found':>16} {'recall %':>9}"
    )
    for family, s in scores.items():
        recall = "-" if s.recall is None else f"{s.recall}"
        real = f"{s.real_found}/{s.real_total}"
        muts = f"{s.mutations_found}/{s.mutations_total}"
        yield (
            f"{family:<10} {len(s.false_alarms):>12} {len(s.known_false_alarms):>6} "
            f"{real:>11} {muts:>16} {recall:>9}"
        )


# Regenerate the committed mutations:  python tests/corpus/corpus_harness.py
if __name__ == "__main__":
    write_committed(mutations(load()))
    print(MUTATIONS_FILE, digest(read_committed()))
