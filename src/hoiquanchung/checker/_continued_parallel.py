"""Parallel items of a continued breakdown: parts named alike, one kind each.

"... tổng số vốn giải ngân của 12 dự án trọng điểm quốc gia ngành giao thông vận tải là 22.579,5
tỷ đồng, đạt tỷ lệ 23,5% kế hoạch được giao. Trong đó, vốn ngân sách trung ương là 20.057,3 tỷ
đồng, đạt 23,6%; vốn ngân sách địa phương là 2.522,2 tỷ đồng, đạt 22,3%."
(thoibaotaichinhvietnam.vn, 2025): rule 2 reads such a list in the sentence of its total by
the shape of its items
(:func:`~hoiquanchung.checker._parallel_heads.parallel_heads`: labels that share their first
words, *vốn ngân sách*, and differ in one short slot before the figures;
:func:`~hoiquanchung.checker._parallel.parallel_kinds`: one kind after the noun the parts
repeat).  The same items after *Trong đó*, *Cụ thể* or on the next line name kinds of one set
just as well: no thing is counted twice, so parts that exceed the total are an error.  Less
says nothing: *Trong đó* may name some kinds only.

Each part's item is read from the separator before it (a ``;`` when the items are cut by
semicolons, else a comma) to the first separator after its figure; what stands in brackets or
in a clause of change or share (", tăng 3,3%", ", chiếm 40%") says nothing of the kind.  The
guards are those of rule 2's readings, unchanged: labels that share no word (sources, bodies:
"cấp phường ..., các ban ..."), the same kind written twice ("100 triệu đồng từ Quỹ và 50
triệu đồng từ Quỹ"), a slot that names a trait cutting across kinds (*nữ*, *trẻ*, *dân tộc
thiểu số*), opens with a possession, a standing or a place, holds a range or another slot, or
runs longer than a short label (a clause) are no evidence.

Guards of its own, across sentences: the items must repeat a frame (a word in common: "1.100
triệu đồng tiền mặt; 900 triệu đồng hàng hóa đã nhận" is no one list); no two name one value of
a dimension of ``breakdown_kinds.toml`` ("30 nhà xây mới; 11 nhà xây dựng mới"); and a total
whose own sentence names one of the kinds is a total of that kind ("1 người chết" / "Trong đó, 1
người chết ...; 1 người mất tích ..."), or of their union when it names two, whose members may
be counted under both ("3.105.812 người tham gia BHXH,
BHYT" / "Trong đó, số người tham gia BHYT là 2.970.132 người, ...; Số người tham gia BHXH là
430.771 người", baonghean.vn: one person pays both; "925 vụ cháy, nổ" / "Trong đó, 6 vụ cháy gây
thiệt hại nghiêm trọng, 3 vụ cháy lớn, ..., 2 vụ nổ"): no evidence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from hoiquanchung.checker._kinds import canonical_value, label_dimensions
from hoiquanchung.checker._parallel import parallel_kinds
from hoiquanchung.checker._parallel_heads import parallel_heads

__all__ = ["parallel_items"]

# What stands beside a kind and says nothing of it: a bracket, a clause of change or share.
_ASIDE = re.compile(
    r"\([^()]*\)|,\s*(?:tăng|giảm|chiếm|đạt|bằng|tương\s+đương)\b[^,;()]*", re.IGNORECASE
)
# Where an item ends after its figure: a separator, or the "và" that joins the next item.
_WORD = re.compile(r"\w+")
_TAIL_END = re.compile(r"[,;.:()\n]|(?<!\w)và(?!\w)", re.IGNORECASE)


def _head(before: str, by_semicolon: bool) -> str:
    """The words of a part's item before its figure (see the module)."""
    cut = before.rfind(";")
    if cut < 0 or not by_semicolon:  # the first item of a ";" list opens after its marker's ","
        cut = max(before.rfind(","), cut)
    cut = max(cut, before.rfind("\n"), before.rfind(":"))
    return before[cut + 1 :]


def _tail(label: str) -> str:
    """The words of a part's item after its figure and noun (see the module)."""
    label = _ASIDE.sub(" ", label)
    end = _TAIL_END.search(label)
    return label[: end.start()] if end is not None else label


def _one_value_twice(items: Sequence[str]) -> bool:
    """Whether two items name the same value of a dimension of ``breakdown_kinds.toml`` (in
    the same words or others: *xây mới*, *xây dựng mới*)."""
    for name, _nouns, pattern, _complete in label_dimensions():
        seen: set[str] = set()
        for item in items:
            values = {canonical_value(name, k) for k in pattern.findall(item)}
            if values & seen:
                return True
            seen |= values
    return False


def _kinds_named(items: Sequence[Sequence[str]], common: set[str], said: str) -> int:
    """How many of the parts' kinds the total's sentence *said* names, each by the first word
    of its item (*items*: each item's words; *common*: the words all share) that sets it apart
    from the others."""
    firsts = {next((w for w in words if w not in common), "") for words in items}
    named = set(_WORD.findall(said.casefold()))
    return len((firsts - {""}) & named)


def parallel_items(befores: Sequence[str], labels: Sequence[str], said: str = "") -> bool:
    """Whether the parts of a continued breakdown, with the words *befores* and the words
    *labels* after each, name parallel kinds (see the module); *said* is the total's sentence.

    >>> parallel_items(["Trong đó, bố trí cho giáo dục là ", "; bố trí cho y tế là "],
    ...                ["; bố trí cho y tế là ", "."])
    True
    >>> parallel_items([", khối A có ", ", khối B có "], [", khối B có ", "."])
    True
    >>> parallel_items([" ", ", "], [" nhỏ, ", " vừa."])  # no frame in common across sentences
    False
    >>> parallel_items([" từ Quỹ ", " và "], [" từ Quỹ và ", " từ Quỹ."])  # the same kind twice
    False
    >>> parallel_items(["Trong đó, có ", ", "], [" nữ, ", " dân tộc thiểu số."])  # traits
    False
    >>> parallel_items(["Trong đó, cấp phường ", ", các ban "], [", các ban ", "."])  # no shared
    False
    >>> said = "có 3.105.812 người tham gia BHXH, BHYT."
    >>> parallel_items(["Trong đó, số người tham gia BHYT là ", "; Số người tham gia BHXH là "],
    ...                [", đạt ...; Số", ", đạt ..."], said)
    False
    """
    if len(befores) < 2 or len(befores) != len(labels):
        return False
    by_semicolon = all(";" in before for before in befores[1:])
    heads = [_head(before, by_semicolon) for before in befores]
    tails = [_tail(label) for label in labels]
    if any(c.isdigit() for text in (*heads, *tails) for c in text):
        return False  # a figure inside an item: a clause, not a label
    if not (parallel_heads(heads, tails) or parallel_kinds(heads, tails)):
        return False
    items = [
        _WORD.findall((head + " " + tail).casefold())
        for head, tail in zip(heads, tails, strict=True)
    ]
    common = set.intersection(*(set(words) for words in items))
    if not common:
        return False  # no frame in common ("... tiền mặt; ... hàng hóa đã nhận"): no one list
    if _one_value_twice([head + " " + tail for head, tail in zip(heads, tails, strict=True)]):
        return False  # "30 nhà xây mới; 11 nhà xây dựng mới": one kind in other words
    return _kinds_named(items, common, said) == 0  # a total of one kind, or of their union
