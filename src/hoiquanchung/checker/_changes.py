"""Rule changes: a count and its changes, and a fraction and its complement, that do not agree.

Two patterns of the totals family that no other rule reads:

* **Net changes of a count.**  A count stated beside its change and the count it is compared
  with: ``7.448 người (giảm 208 người so với ... (7.656 người))`` (|7.656 − 7.448| must be 208);
  ``giảm 75 người (315 người) so với ... (là 390 người)``, ``Có 92 người, tỉ lệ 13,49%; giảm 136
  người so với ... (là 228 người)``;
  ``từ 1.200 hội viên (năm 2019) lên 1.450 hội viên (năm 2024), tăng 250 hội viên``; and the
  flow of a membership: ``phát triển mới 4.640 hội viên, ... đưa ra khỏi tổ chức 1.477 hội
  viên ..., phát triển tăng 3.163 hội viên`` (new less removed is the net growth), or a count at
  the start of a period (``đầu nhiệm kỳ có A hội viên``), the members admitted and the members
  lost (``giảm Y``), and the count at its end (``nâng tổng số hội viên lên W``).
* **Complements.**  ``27/43 tỉnh đạt ...; 16 tỉnh chưa đạt`` (27 + 16 must be 43), ``45/50 chi
  hội ..., còn lại 5 chi hội ...``.

The rule reports ``total-mismatch`` (worded ``changes``).  It is strict, since a false alarm
costs more than a miss: every figure is a count of the same noun; a qualified figure (*hơn*,
*gần*, *khoảng*) is judged by :func:`~hoiquanchung.checker._rules.sum_contradicts` when it is
the figure worked out, else the rule stays quiet.  It stays quiet when a change is of something
else (``tăng 5%``, ``tăng 3 chi hội`` beside counts of members), when the compared count is not
the one stated (a year or another figure between *so với* and it), when a flow names only some
kinds of loss (``từ trần 5 hội viên``: other members may have left) or has a count of the same
noun that is none of its parts (*trong đó*, a second period), and, for a complement, when the
complement does not deny the fraction's own verb or another count of the noun stands between.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from decimal import Decimal

from hoiquanchung.checker._context import Check, ParagraphContext
from hoiquanchung.checker._counts import is_changed_count
from hoiquanchung.checker._mentions import Mention
from hoiquanchung.checker._patterns import lowered
from hoiquanchung.checker._rate_changes import rate_changes
from hoiquanchung.checker._rules import make_finding, sum_contradicts
from hoiquanchung.findings import Finding
from hoiquanchung.messages import Localized
from hoiquanchung.numbers import Bound
from hoiquanchung.numbers._format import write_figure as write_number

__all__ = ["CHECK", "check_changes"]

_I = re.IGNORECASE
# What ends a sentence (a dot that groups thousands is followed by a digit).
# ``[!?\n]|\.(?!\d)`` with the set of its four signs first: a search skips to the next of them
# in C (speed; the same matches: a dot passes only the look-ahead, the others the look-behind).
_SENTENCE_END = re.compile(r"[!?\n.](?:(?<!\.)|(?!\d))")
# Years and dates, which may stand between "so với" and the count compared with.
_YEARS = re.compile(
    r"\b\d{1,2}/\d{1,2}/(?:19|20)\d\d\b|\b\d{1,2}/(?:19|20)\d\d\b|\b(?:19|20)\d\d\b"
)
_CHANGE = re.compile(r"(?<!\w)(?P<word>tăng|giảm)(?:\s+thêm)?\s*\Z", _I)

# --- pattern 1: "B (tăng|giảm C so với ... (A))" ----------------------------------------------
# Between the count and its change: a bracket or a comma, and perhaps the count's rate ("Có 92
# người, tỉ lệ 13,49%; giảm 136 người so với ...").
_AFTER_TOTAL = re.compile(
    r"\s*[(,;]?\s*(?:(?:(?:tỉ|tỷ)\s+lệ|chiếm)\s+\d+(?:,\d+)?\s*%\s*[,;]?\s*)?"
    r"(?P<word>tăng|giảm)(?:\s+thêm)?\s*\Z",
    _I,
)
# The count in brackets after its change: "giảm 75 người (315 người) so với ... (là 390 người)".
_BRACKET_OPEN = re.compile(r"\s*\(\s*\Z")
_BRACKET_CLOSE = re.compile(r"\s*\)")
# No comma between "so với" and the count compared: "so với cùng kỳ, có 1.200 hội viên nữ" names
# another count.
_COMPARED = re.compile(r"\A\s*so\s+với\b[^\d.,;!?\n]{0,160}?(?:\(|\blà|\bcó)\s*\Z", _I)

# --- pattern 2: "từ A (...) lên B (...), tăng C" ------------------------------------------------
# "từ A", or the count a reorganisation starts from: "sắp xếp 209 xã xuống còn 69 xã, giảm
# 140 xã" (the reports of the 2025 reorganisation of administrative units).
_FROM = re.compile(r"\b(?:từ|sắp\s+xếp|sáp\s+nhập|hợp\s+nhất)\s*\Z", _I)
_REORGANISED = ("sắp xếp", "sáp nhập", "hợp nhất")  # the gate of the paragraph (speed)
# The change beside a from-to: just after its end ("lên B, tăng C", "lên B (tăng C)") or just
# before its start ("tăng C, từ A lên B").
_CHANGE_AFTER = re.compile(r"\s*(?:\([^()]*\)\s*)?[,;(]?\s*(?:tức\s+là\s+|hay\s+)?\Z", _I)
# "giảm 48 đơn vị hành chính; từ 460 đơn vị ... xuống còn 412 đơn vị" (nghean24h.vn): the
# words after the change's noun (*tail*) go on with it, the from-to's noun says them too.
_CHANGE_BEFORE = re.compile(
    r"(?P<tail>(?:\s+[^\W\d_]+){0,4}?)\s*[,;(]?\s*(?:tức\s+là\s+)?từ\s*\Z", _I
)
_WORDS = re.compile(r"[^\W\d_]+")
_CLAUSE_STOP = re.compile(r"[,;:()\[\]]")
_TAIL_WINDOW = 120  # characters after a noun read for the words that go on with it (a bound)
# "xuống còn", "lên đến": the count reached ("giảm được 08 huyện (từ 713 xuống còn 705)",
# vi.wikipedia.org).
_TO = re.compile(
    r"(?P<tail>(?:\s+[^\W\d_]+){0,4}?)"
    r"\s*(?:\([^()\d]*(?:(?:19|20)\d\d[^()\d]*)*\)\s*)?(?P<word>lên|xuống)"
    r"(?:\s+(?:còn|đến|tới))?\s*\Z",
    _I,
)
# A change beside a from-to: "giảm 8 huyện", "giảm được 8 huyện", "tăng thêm 20 hội viên".
_FROM_TO_CHANGE = re.compile(r"(?<!\w)(?P<word>tăng|giảm)(?:\s+(?:thêm|được))?\s*\Z", _I)
# The from-to in the bracket right after its change, its counts bare ("giảm được 08 huyện (từ
# 713 xuống còn 705)"): they count the change's noun.
_BARE_FROM = re.compile(r"\s*\(\s*từ\s*\Z", _I)

# --- pattern 3: the flow of a membership --------------------------------------------------------
_ROLE_WINDOW = 90
_ADD = re.compile(
    r"\b(?:kết\s+nạp|phát\s+triển)(?:\s+(?:mới|thêm|bổ\s+sung|được|hội\s+viên\s+mới))*\s*\Z", _I
)
# Every loss ("giảm Y", "đưa ra khỏi tổ chức Y"): the flow can be complete.
_LOSS_ALL = re.compile(
    r"(?<!\w)(?:giảm|(?:củng\s+cố\s+)?(?:đưa\s+)?ra\s+khỏi\s+tổ\s+chức)\s*\Z", _I
)
# One kind of loss: other kinds may have been left unsaid.
_LOSS_KIND = re.compile(
    r"\b(?:từ\s+trần|qua\s+đời|chuyển\s+đi|chuyển\s+sinh\s+hoạt|xin\s+ra(?:\s+khỏi\s+hội)?|"
    r"xóa\s+tên|xoá\s+tên|khai\s+trừ|giảm\s+do\s+[^\d,;]{0,30})\s*\Z",
    _I,
)
# The net growth of the flow, said as one ("phát triển tăng", "đồng nghĩa ... tăng"): a bare
# "tăng" may be the growth of a group ("số hội viên nữ tăng 300").
_NET = re.compile(
    r"(?:\bphát\s+triển\s+tăng|\bthực\s+tăng|\btăng\s+ròng|"
    r"\b(?:đồng\s+nghĩa|như\s+vậy|tức\s+là)\b[^\d,;]{0,40}\btăng)(?:\s+thêm)?\s*\Z",
    _I,
)
_START = re.compile(r"\bđầu\s+(?P<period>nhiệm\s+kỳ|năm|kỳ)\b[^\d;]{0,60}\bcó\s*\Z", _I)
_END = re.compile(
    r"(?:\bnâng\s+tổng\s+số\b[^\d;]{0,40}?\b(?:lên|là)|"
    r"\b(?:đến\s+nay|hiện\s+nay|hiện\s+tại)\b[^\d;,]{0,40}?\bcó|\bhiện\s+có|"
    r"\btổng\s+số\b[^\d;]{0,40}?\b(?:đến\s+nay|hiện\s+nay|đến\s+thời\s+điểm\s+này)\s+là)"
    r"\s*\Z",
    _I,
)
_SUBSET = re.compile(r"\b(?:trong\s+đó|bao\s+gồm|gồm\s+có|lũy\s+kế|luỹ\s+kế)\b", _I)
_OTHER_PERIOD = {
    "năm": re.compile(r"\bnhiệm\s+kỳ\b", _I),
    "nhiệm kỳ": re.compile(r"\btrong\s+năm\b", _I),
}

# --- pattern 4: complements ---------------------------------------------------------------------
_VERB = re.compile(r"\s*(?:(?:đã|được)\s+)*(?P<verb>\w+)", _I)
_DENIED = re.compile(r"\s*(?:vẫn\s+|còn\s+)?(?:chưa|không)\s+(?:được\s+)?(?P<verb>\w+)", _I)
# A complement begins its clause: "..., 16 tỉnh chưa đạt", "; còn lại 4 chi hội".
_CLAUSE_START = re.compile(
    r"[,;:]\s*(?:và\s+|có\s+|còn\s+|(?:số\s+)?còn\s+lại\s*(?::|là|có)?\s*)?\Z", _I
)
_REST = re.compile(r"(?:\bcòn\s+lại|\bsố\s+còn\s+lại)\s*(?::|là|có)?\s*\Z", _I)
# A shortfall: "bầu được 372/375 đại biểu được ấn định, thiếu 3 đại biểu" (daidoanket.vn,
# 2016); "đã bầu được 4.193/4.280 đại biểu ..., còn thiếu 87 đại biểu" (baogiaothong.vn, 2016):
# what the fraction lacks of its whole.
_SHORT = re.compile(r"[,;:]\s*(?:và\s+)?(?:(?:vẫn\s+)?còn\s+)?(?:thiếu|khuyết)\s*\Z", _I)
# A fraction's clause that grades (khá, tốt...): its complement may be another grade.
_GRADE = re.compile(r"\b(?:khá|tốt|xuất\s+sắc|trung\s+bình|yếu|kém|loại)\b", _I)


# A named figure, bound or not ("tăng hơn 1.200 hội viên"), no range's end, footnote or
# fraction's term (``is_count(m, exact=False, noun=True, alone=True, plain=True)``, without the
# call with keywords for each figure; speed).
_is_count = is_changed_count


def _sentence(text: str, at: int) -> tuple[int, int]:
    """The sentence around offset *at* of *text*."""
    starts = [m.end() for m in _SENTENCE_END.finditer(text, 0, at)]
    stop = _SENTENCE_END.search(text, at)
    return (starts[-1] if starts else 0), (stop.start() if stop else len(text))


def _finding(
    context: ParagraphContext,
    stated: Mention,
    computed: Decimal,
    formula: tuple[str, str],
) -> Finding | None:
    """``total-mismatch`` (changes) at *stated* when *computed* contradicts it, else ``None``."""
    if stated.bound is Bound.EXACT:
        if computed == stated.value:
            return None
    elif sum_contradicts(stated.quantity, computed) is None:
        return None
    unit = stated.unit
    written = Localized(write_number(computed, "vi", unit), write_number(computed, "en", unit))
    return make_finding(
        context.paragraph,
        stated.start - context.paragraph.offset,
        "total-mismatch",
        {"total": stated.text, "terms": Localized(*formula), "sum": written},
        variant="changes",
        file=context.file,
        stated=stated.text,
        computed=write_number(computed, "vi", unit),
        stated_value=stated.value,
        computed_value=computed,
    )


def _formula(first: Decimal, signed: Sequence[tuple[str, Decimal]]) -> tuple[str, str]:
    vi = write_number(first, "vi") + "".join(
        f" {sign} {write_number(v, 'vi')}" for sign, v in signed
    )
    en = write_number(first, "en") + "".join(
        f" {sign} {write_number(v, 'en')}" for sign, v in signed
    )
    return vi, en


def _exact(*mentions: Mention) -> bool:
    return all(m.bound is Bound.EXACT for m in mentions)


def _compared(context: ParagraphContext, ms: Sequence[Mention]) -> Iterator[Finding]:
    """Pattern 1: ``B (tăng|giảm C ... so với ... (A))`` or ``tăng|giảm C (B) so với ... (A)``:
    B is A plus or minus C."""
    text, base = context.text, context.paragraph.offset
    cs = [m for m in ms if m.unit != "%"]  # a rate between the count and its change is read apart
    for i in range(len(cs) - 2):
        first, second, a = cs[i], cs[i + 1], cs[i + 2]
        if not (_is_count(a) and _exact(a) and first.unit == second.unit == a.unit):
            continue
        change = _AFTER_TOTAL.match(text, first.end - base, second.start - base)
        if change is not None:
            b, c = first, second
            between = text[c.end - base : a.start - base]
        else:
            change = _CHANGE.search(text, max(0, first.start - base - 12), first.start - base)
            if change is None or not _BRACKET_OPEN.match(
                text, first.end - base, second.start - base
            ):
                continue
            b, c = second, first
            closed = _BRACKET_CLOSE.match(text, second.end - base, a.start - base)
            if closed is None:
                continue
            between = text[closed.end() : a.start - base]
        if not (_is_count(b) and c.fraction is None and _exact(c)):
            continue
        if not _COMPARED.match(_YEARS.sub("năm", between)):
            continue
        sign = "+" if change["word"].casefold() == "tăng" else "−"
        computed = a.value + c.value if sign == "+" else a.value - c.value
        if abs(b.value - a.value) == c.value:
            continue  # holds, whatever the direction
        found = _finding(context, b, computed, _formula(a.value, [(sign, c.value)]))
        if found is not None:
            yield found


_TO_WORDS = frozenset({"lên", "xuống"})


def _goes_on(text: str, tail: str, start: int, stop: int) -> bool:
    """Whether the words *tail* after a change's noun also follow the from-to's first count's
    noun (``text[start:stop]``): "giảm 48 đơn vị hành chính; từ 460 đơn vị hành chính cấp xã
    xuống ..." (the same units), not "tăng 5 hội viên nữ, từ 100 hội viên lên ..." (a subgroup).

    >>> t = "từ 460 đơn vị hành chính cấp xã xuống"
    >>> _goes_on(t, " hành chính", t.index("vị") + 2, t.index(" xuống"))
    True
    >>> _goes_on(t, " nữ", t.index("vị") + 2, t.index(" xuống")), _goes_on(t, "", 0, 0)
    (False, True)
    """
    said = [w.casefold() for w in _WORDS.findall(tail)]
    if not said:
        return True
    clause = _CLAUSE_STOP.split(text[start : min(stop, start + _TAIL_WINDOW)], maxsplit=1)[0]
    return [w.casefold() for w in _WORDS.findall(clause)][: len(said)] == said


_AFTER_CANDIDATES = 3  # mentions after a from-to searched for its change (a bracket may intervene)


def _from_to(context: ParagraphContext, ms: Sequence[Mention]) -> Iterator[Finding]:
    """Pattern 2: ``từ A lên B`` with ``tăng C`` beside it in the same sentence: |B − A| is C.
    A and B may be bare in the bracket right after C ("giảm được 08 huyện (từ 713 xuống còn
    705)"); another change of C's noun in the sentence leaves it unread.  The sentences and the
    changes of the paragraph are found once (linear however many from-tos it holds)."""
    text, base = context.text, context.paragraph.offset
    stops: list[int] = []  # where each sentence end mark starts, and where it ends
    after: list[int] = []
    said_of: dict[int, tuple[str, int]] = {}  # mention index -> (tăng|giảm, sentence)
    units: Counter[tuple[int, str | None]] = Counter()  # changes by (sentence, noun)
    read = False

    def sentence_of(at: int) -> int:
        return bisect.bisect_left(stops, at)

    def bounds(k: int) -> tuple[int, int]:
        return (after[k - 1] if k > 0 else 0), (stops[k] if k < len(stops) else len(text))

    for i in range(len(ms) - 1):
        a, b = ms[i], ms[i + 1]
        if a.fraction is not None or not _exact(a):
            continue
        a_end = a.end - base
        if a.unit is not None and a.unit.casefold() in _TO_WORDS:
            a_end -= len(a.unit)  # "từ 713 xuống còn 705": the verb read as the count's noun
            a_unit = None
        else:
            a_unit = a.unit
        bare = a_unit is None and b.unit is None and b.fraction is None and b.range_end is None
        if not (bare or (_is_count(b) and a_unit in (None, b.unit))):
            continue
        if not _FROM.search(text, max(0, a.start - base - 10), a.start - base):
            continue
        to = _TO.match(text, a_end, b.start - base)
        if to is None:
            continue
        if not read:  # once, at the first from-to: the sentences and the changes
            read = True
            for mark in _SENTENCE_END.finditer(text):
                stops.append(mark.start())
                after.append(mark.end())
            for k, m in enumerate(ms):
                at = m.start - base
                sent = sentence_of(at)
                said = _FROM_TO_CHANGE.search(text, max(bounds(sent)[0], at - 12), at)
                if said is not None:
                    said_of[k] = (said["word"].casefold(), sent)
                    units[sent, m.unit] += 1
        here = sentence_of(a.start - base)
        lo, hi = bounds(here)
        if not _goes_on(text, to["tail"], b.end - base, hi):
            continue  # "từ 460 đơn vị hành chính xuống 412 đơn vị hành chính": the same noun
        near: list[tuple[Mention, str]] = []
        candidates = [i - 1] if i > 0 else []
        candidates += range(i + 2, min(len(ms), i + 2 + _AFTER_CANDIDATES))
        for k in candidates:
            if k not in said_of or said_of[k][1] != here:
                continue
            c, word = ms[k], said_of[k][0]
            word_at = _FROM_TO_CHANGE.search(text, max(lo, c.start - base - 12), c.start - base)
            at = c.start - base - (len(word_at.group()) if word_at is not None else 0)
            if bare:  # only right before the bracket that holds the bare counts
                beside = k == i - 1 and bool(
                    _BARE_FROM.fullmatch(text, c.end - base, a.start - base)
                )
            elif k == i - 1:
                before = _CHANGE_BEFORE.match(text, c.end - base, a.start - base)
                beside = before is not None and _goes_on(text, before["tail"], a_end, hi)
            else:
                beside = bool(_CHANGE_AFTER.match(text, b.end - base, at))
            if beside:
                near.append((c, word))
        if len(near) != 1:
            continue  # no change beside the from-to
        c, word = near[0]
        own = sum(1 for k in (i, i + 1) if k in said_of and ms[k].unit == c.unit)
        if units[here, c.unit] - 1 - own > 0:
            continue  # another change of the noun in the sentence: which is the from-to's?
        rising = to["word"].casefold() == "lên"
        unit = c.unit if bare else b.unit
        if not _is_count(c) or c.unit != unit or not _exact(c) or (word == "tăng") != rising:
            continue
        if bare and (a.value < c.value or b.value < 0):
            continue
        computed = a.value + c.value if rising else a.value - c.value
        if abs(b.value - a.value) == c.value:
            continue
        found = _finding(
            context, b, computed, _formula(a.value, [("+" if rising else "−", c.value)])
        )
        if found is not None:
            yield found


def _role(text: str, start: int) -> tuple[str, str] | None:
    """The role of a count at *start* in a membership's flow, and its kind, from the words
    just before it (years read as words)."""
    window = text[max(0, start - _ROLE_WINDOW) : start]
    cut = max(window.rfind(";"), window.rfind("\n"))
    window = _YEARS.sub("năm", window[cut + 1 :])
    if _NET.search(window) and not _ADD.search(window):
        return "net", ""
    if _ADD.search(window):
        return "add", ""
    if _LOSS_KIND.search(window):
        return "loss", "kind"
    if _LOSS_ALL.search(window):
        return "loss", "all"
    if found := _START.search(window):
        return "start", " ".join(found["period"].casefold().split())
    if _END.search(window):
        return "end", ""
    return None


def _in_brackets(text: str, start: int, after: int) -> bool:
    """Whether *start* lies inside brackets opened after offset *after*."""
    between = text[after:start]
    return between.count("(") > between.count(")")


def _flow(context: ParagraphContext, ms: Sequence[Mention]) -> Iterator[Finding]:
    """Pattern 3: a membership's flow (start, admitted, lost, net growth, end)."""
    text, base = context.text, context.paragraph.offset
    by_unit: dict[str, list[Mention]] = {}
    for m in ms:
        if m.unit is not None and _is_count(m):
            by_unit.setdefault(m.unit, []).append(m)
    for unit in sorted(by_unit):
        counts = by_unit[unit]
        if len(counts) < 3:
            continue
        roles: list[tuple[Mention, str, str]] = []
        last_end = -1
        for m in counts:
            at = m.start - base
            if roles and _in_brackets(text, at, last_end):
                continue  # a breakdown of the change before it
            role = _role(text, at)
            if role is None:
                if roles:
                    roles.append((m, "other", ""))
                continue
            roles.append((m, *role))
            last_end = m.end - base
        yield from _judge_flow(context, roles)


def _judge_flow(
    context: ParagraphContext, roles: Sequence[tuple[Mention, str, str]]
) -> Iterator[Finding]:
    text, base = context.text, context.paragraph.offset
    # The flow runs from its first admitted/lost figure (or the start) to its end or net.
    kinds = [r for _, r, _ in roles]
    if "other" in kinds:
        # A count of the noun that is none of the flow's parts: keep only a flow before it.
        roles = roles[: kinds.index("other")]
        kinds = kinds[: len(roles)]
    if kinds.count("start") > 1 or kinds.count("end") > 1 or kinds.count("net") > 1:
        return
    adds = [m for m, r, _ in roles if r == "add"]
    losses = [(m, k) for m, r, k in roles if r == "loss"]
    if not adds or not losses or not _exact(*adds, *(m for m, _ in losses)):
        return
    first, last = roles[0][0], roles[-1][0]
    span = text[first.start - base : last.end - base]
    if _SUBSET.search(_without_brackets(span)):
        return
    start = next(((m, k) for m, r, k in roles if r == "start"), None)
    end = next((m for m, r, _ in roles if r == "end"), None)
    net = next((m for m, r, _ in roles if r == "net"), None)
    order = [r for _, r, _ in roles]
    added = sum((m.value for m in adds), Decimal(0))
    lost = sum((m.value for m, _ in losses), Decimal(0))
    signed = [("+", m.value) for m in adds[1:]] + [("−", m.value) for m, _ in losses]
    if net is not None and order.index("net") > max(
        i for i, r in enumerate(order) if r in ("add", "loss")
    ):
        found = _finding(context, net, added - lost, _formula(adds[0].value, signed))
        if found is not None:
            yield found
            return
    complete = all(k == "all" for _, k in losses)
    if start is None or end is None or not complete or net is not None:
        return
    if not (order.index("start") < order.index("end") == len(order) - 1):
        return
    start_m, period = start
    other = _OTHER_PERIOD.get(period)
    if other is not None and other.search(span):
        return  # a start of one period, changes of another
    if not _exact(start_m):
        return
    computed = start_m.value + added - lost
    steps = [("+", m.value) for m in adds] + [("−", m.value) for m, _ in losses]
    found = _finding(context, end, computed, _formula(start_m.value, steps))
    if found is not None:
        yield found


def _without_brackets(span: str) -> str:
    return re.sub(r"\([^()]*\)", " ", span)


def _complements(context: ParagraphContext, ms: Sequence[Mention]) -> Iterator[Finding]:
    """Pattern 4: ``x/n N V ...; r N chưa V`` or ``..., còn lại r N``: x + r is n."""
    text, base = context.text, context.paragraph.offset
    for i in range(len(ms) - 1):
        x, n = ms[i], ms[i + 1]
        if x.fraction != "numerator" or n.fraction != "denominator":
            continue
        if n.unit is None or n.unit == "%" or x.unit not in (None, n.unit) or not _exact(x, n):
            continue
        # A numerator above its denominator ("97/43 tỉnh đạt ...; 16 tỉnh chưa đạt") is read too:
        # the complement then contradicts the fraction all the more.
        lo, hi = _sentence(text, n.start - base)
        verb = _VERB.match(text, n.end - base, hi)
        clause_end = re.compile(r"[;,]").search(text, n.end - base, hi)
        clause = text[n.end - base : clause_end.start() if clause_end else hi]
        later = [m for m in ms[i + 2 :] if lo <= m.start - base < hi and _is_count(m)]
        same = [m for m in later if m.unit == n.unit]
        if not same:
            continue
        r = same[0]
        if not _exact(r) or r.value > n.value:
            continue
        short = _SHORT.search(text, max(0, r.start - base - 20), r.start - base)
        if short is None and not _CLAUSE_START.search(
            text, max(0, r.start - base - 20), r.start - base
        ):
            continue  # "...; huyện X có 5 xã chưa đạt": the rest of a part, not of the whole
        rest = short or _REST.search(text, max(0, r.start - base - 20), r.start - base)
        denied = _DENIED.match(text, r.end - base, hi)
        if rest is None:
            if denied is None or verb is None or _GRADE.search(clause):
                continue
            if denied["verb"].casefold() != verb["verb"].casefold():
                continue
        if len(same) > 1 and rest is None:
            continue  # another count of the noun after the complement: a third group?
        if x.value + r.value == n.value:
            continue
        found = _finding(context, n, x.value + r.value, _formula(x.value, [("+", r.value)]))
        if found is not None:
            yield found


def check_changes(context: ParagraphContext) -> Iterator[Finding]:
    """Findings of rule changes in one paragraph.

    >>> from hoiquanchung.checker._text import Splitter
    >>> def codes(text):
    ...     [para] = Splitter().feed(text)
    ...     return [f.code for f in check_changes(ParagraphContext.of(para))]
    >>> codes("Số hội viên tăng từ 1.200 hội viên lên 1.450 hội viên, tăng 260 hội viên.")
    ['total-mismatch']
    >>> codes("Số hội viên tăng từ 1.200 hội viên lên 1.450 hội viên, tăng 250 hội viên.")
    []
    >>> codes("Có 27/43 xã đạt chuẩn nông thôn mới, 15 xã chưa đạt.")
    ['total-mismatch']
    >>> codes("Đã bầu được 372/375 đại biểu được ấn định, thiếu 4 đại biểu.")
    ['total-mismatch']
    >>> codes("Đã bầu được 372/375 đại biểu được ấn định, còn thiếu 3 đại biểu.")
    []
    """
    ms = context.mentions
    if len(ms) < 3:
        return
    # What each pattern needs in the paragraph before it is read at all (speed: most
    # paragraphs have none of it; plain substrings of the lower-cased text, no regex).
    low = lowered(context.text)  # made once for the paragraph's rules
    patterns = []
    if "so với" in low:
        patterns.append(_compared)
    if "lên" in low or "xuống" in low:
        if "từ" in low or any(verb in low for verb in _REORGANISED):
            patterns.append(_from_to)
        if "từ" in low and "%" in low:
            patterns.append(_rates_from_to)
    if ("kết nạp" in low or "phát triển" in low) and ("giảm" in low or "ra khỏi" in low):
        patterns.append(_flow)
    if any(m.fraction == "numerator" for m in ms):
        patterns.append(_complements)
    seen: set[tuple[int | None, int | None]] = set()
    for pattern in patterns:
        for found in pattern(context, ms):
            key = (found.line, found.column)
            if key not in seen:
                seen.add(key)
                yield found


def _rates_from_to(context: ParagraphContext, ms: Sequence[Mention]) -> Iterator[Finding]:
    """A rate *from X % to Y %* and its change (:mod:`hoiquanchung.checker._rate_changes`)."""
    return rate_changes(context.paragraph, ms, context.file)


#: Rule changes: what :mod:`hoiquanchung.checker._registry` runs.
CHECK = Check(
    "changes",
    check_changes,
    ("total-mismatch",),
    wording="prose",
    needs_figures=True,
)
