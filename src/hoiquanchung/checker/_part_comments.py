"""The comments a list of parts carries beside its figures, for rule 2d (continued totals).

A report that breaks a total down in the next sentence often follows each part with its share
of the total or its change in per cent:

    "Thu ngân sách nhà nước trên địa bàn đạt 44.067 tỷ đồng, ... Trong đó, thu nội địa 28.661 tỷ
    đồng, bằng 104,3% dự toán và tăng 9%; thu xuất nhập khẩu 15.406 tỷ đồng, bằng 85,6% dự toán."
    (vneconomy.vn, 2025)

    "... đạt 1.229.163 lượt khách, ... Trong đó, lượng khách đến bằng phương tiện đường không đạt
    1.063.229 lượt khách, chiếm 86,5%, tăng 36,5% so với tháng 8/2016; khách đến bằng phương
    tiện đường biển đạt 1.818 lượt khách, chiếm 0,2%, ..." (tapchidulich.net.vn, 2017)

A careful reader reads such a list as a sentence of nothing but the parts: the comments are
figures of another measure (per cent) about one part each, not parts, and the words in them
(*tăng*, *bằng*, *chiếm*, *so với cùng kỳ*) say nothing of whether the parts overlap.  A comment
is a segment of the sentence, between commas, semicolons or brackets, that holds a figure in per
cent and no part; :func:`without_comments` blanks such segments (same length, so that offsets
still hold) and the reading goes on with what is left.

Where the reading must stay quiet:

* a segment that holds a part and a per cent ("đạt 39% kế hoạch với 470 tỷ đồng") is no comment:
  the words of the part's own item are still read;
* a change written in the measure itself ("tăng 1.044 tỷ đồng so với 31.12.2017") has no per
  cent: it stays, and a figure of the measure that is no part keeps the sentence unread.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

# A figure in per cent or a ratio: "86,5%", "9 %", "tăng 7 lần".
_PERCENT = re.compile(r"\d(?:[\d.,]*\d)?\s?(?:%|lần(?!\w))")
# Where a comment segment ends: a comma or a full stop that is no decimal mark, a semicolon, a
# bracket.
_CUT = re.compile(r"[,.](?!\d)|(?<!\d)[,.]|[;()]")
# Brackets left around a blanked comment: "(tỷ lệ 84%)" → "(         )".
_EMPTY_BRACKETS = re.compile(r"\(\s*\)")


def without_comments(sentence: str, parts: Sequence[tuple[int, int]]) -> str:
    """*sentence* with every comment segment blanked: a segment between two cuts (a comma that
    is no decimal mark, a semicolon, a bracket) that holds a figure in per cent and no part
    (*parts*: spans in *sentence*); brackets left empty are blanked too.

    >>> s = "Trong đó, thu A 28.661 tỷ đồng, bằng 104,3% dự toán; thu B 15.406 tỷ đồng."
    >>> without_comments(s, [(16, 22), (57, 63)]).split()
    ['Trong', 'đó,', 'thu', 'A', '28.661', 'tỷ', 'đồng,', ';', 'thu', 'B', '15.406', 'tỷ', 'đồng.']
    >>> s = "khối tỉnh 470 tỷ đồng; khối xã đạt 39% kế hoạch với 1.783 tỷ đồng"
    >>> without_comments(s, [(10, 13), (45, 50)]) == s  # a part's own item: no comment
    True
    """
    if "%" not in sentence and "lần" not in sentence:
        return sentence
    cuts = [0, *(m.start() for m in _CUT.finditer(sentence)), len(sentence)]
    chars = list(sentence)
    blanked = False
    for a, b in itertools.pairwise(cuts):
        segment = sentence[a:b]
        if not _PERCENT.search(segment):
            continue
        if any(a <= start < b for start, _end in parts):
            continue
        lead = 1 if a > 0 else 0  # keep the cut that opens the segment
        chars[a + lead : b] = " " * (b - a - lead)
        blanked = True
    if not blanked:
        return sentence
    bare = "".join(chars)
    return _EMPTY_BRACKETS.sub(lambda m: " " * len(m.group()), bare)


_WORDS = re.compile(r"[^\W\d_]+")


def nested_items(befores: Sequence[str]) -> bool:
    """Whether the words that open one part's item open another's too, and more follow there:
    "Thu nội địa 20.107 tỷ đồng, ...; thu nội địa không kể tiền sử dụng đất, ... 19.836 tỷ đồng"
    (thuanthanh.bacninh.gov.vn, 2023): the second is a part of the first, not another part.

    >>> nested_items(["Trong đó: Thu nội địa ", "; thu nội địa không kể tiền sử dụng đất "])
    True
    >>> nested_items([" thu nội địa ", "; thu xuất nhập khẩu "])
    False
    """
    heads = [tuple(_WORDS.findall(before.casefold())) for before in befores]
    heads = [h[2:] if h[:2] in (("trong", "đó"), ("cụ", "thể")) else h for h in heads]
    for i, head in enumerate(heads):
        if len(head) < 2:
            continue
        for j, other in enumerate(heads):
            if i != j and len(other) > len(head) and other[: len(head)] == head:
                return True
    return False


# Where one part's item ends and the next one's begins: a comma or a full stop that is no
# decimal mark, a semicolon, "và".
_ITEM_CUT = re.compile(r"[,.](?!\d)|(?<!\d)[,.]|;|(?<!\w)và(?!\w)", re.IGNORECASE)


def items_of(sentence: str, parts: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The item of each part in *sentence*: from the last cut (a comma that is no decimal mark,
    a semicolon, *và*) between the part before and this one, to the same cut before the next.

    >>> s = "Trong đó, vốn do Trung ương quản lý 33 tỷ và vốn do địa phương quản lý 188 tỷ"
    >>> [s[a:b] for a, b in items_of(s, [(36, 38), (72, 75)])]
    ['Trong đó, vốn do Trung ương quản lý 33 tỷ ', 'và vốn do địa phương quản lý 188 tỷ']
    """
    cuts = [0]
    for (_a, end), (start, _b) in itertools.pairwise(parts):
        found = [m.start() for m in _ITEM_CUT.finditer(sentence, end, start)]
        cuts.append(found[-1] if found else end)
    cuts.append(len(sentence))
    return list(itertools.pairwise(cuts))


def outside_frame(
    pattern: re.Pattern[str], sentence: str, parts: Sequence[tuple[int, int]]
) -> re.Match[str] | None:
    """The first match of *pattern* in *sentence* that is not in the frame every part's item
    shares: a word every item writes says nothing of how the items differ.  "khách đến bằng
    phương tiện đường không ...; khách đến bằng phương tiện đường biển ...; khách đến bằng
    phương tiện đường bộ ..." (*bằng*, by means of, in each), "có 1 đảng viên 65 năm tuổi đảng,
    2 đảng viên 60 năm và 41 đảng viên ..." (the noun of every part): nothing; "300 hội viên nữ,
    250 hội viên là đảng viên": *nữ*.

    >>> import re
    >>> p = re.compile(r"(?<!\\w)(?:nữ|đảng viên|bằng)(?!\\w)")
    >>> s = "khách bằng đường không 9 lượt; khách bằng đường biển 2 lượt"
    >>> outside_frame(p, s, [(23, 24), (53, 54)]) is None
    True
    >>> outside_frame(p, "300 hội viên nữ, 250 hội viên là đảng viên", [(0, 3), (17, 20)]).group()
    'nữ'
    """
    found = list(pattern.finditer(sentence))
    if not found:
        return None
    items = [" ".join(sentence[a:b].casefold().split()) for a, b in items_of(sentence, parts)]
    for m in found:
        word = " ".join(m.group().casefold().split())
        shared = re.compile(rf"(?<!\w){re.escape(word)}(?!\w)")
        if not all(shared.search(item) for item in items):
            return m
    return None
