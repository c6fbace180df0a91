"""Các phần cùng khuôn, khác nhau một con số (parts written in one frame, one number apart).

"71 đảng viên được trao huy hiệu Đảng. Trong đó có 5 đảng viên được trao huy hiệu 60 năm tuổi
đảng, 26 đảng viên được trao huy hiệu 55 năm tuổi đảng và 40 đảng viên được trao huy hiệu 50
năm tuổi đảng."  Each part's item says the same words around one number of its own (*huy hiệu
60 năm*, *55 năm*, *50 năm*; *đạt chuẩn 4 sao*, *3 sao*; *đợt 1 chuyển*, *đợt 2 chuyển*;
*đơn vị máu 350 ml*, *250 ml*): the parts are the values of one measured attribute of the thing
counted, and a thing has one value of it (a member receives one badge in a round, a product
one rating, a unit of blood one volume).  The parts cannot overlap.

The frame of an item is read on one side of its figure: the words after it up to the item's
end (a comma, a semicolon, a full stop, a bracket, *và*, *với*), or the words before it back
to the previous item's end.  Every frame must hold exactly one number, at the same place, the
rest of the words the same, and the numbers all different.  A number that bounds a range
(*từ*, *trên*, *dưới*, *hơn*, *trở lên*, *đến*, *ngoài* ...), a year, a share (*%*), or a frame
that is the number alone does not make values of one attribute: "10 xã đạt từ 15 tiêu chí, 12
xã đạt từ 10 tiêu chí" overlap.  Nor does a number that counts a second measure of the item:
an amount of money, or a figure in a unit the total's own sentence (*said*) states too ("231
vụ TNGT làm chết 105 người. Trong đó, đường thủy xảy ra 3 vụ làm chết 2 người; đường bộ 228
vụ làm chết 103 người": the deaths are the second measure's parts, not values of an
attribute of the accidents).

>>> numbered_values([" đảng viên được trao huy hiệu 60 năm tuổi đảng, ",
...                  " đảng viên được trao huy hiệu 55 năm tuổi đảng và ",
...                  " đảng viên được trao huy hiệu 50 năm tuổi đảng."], ["", "", ""])
True
>>> numbered_values([" sản phẩm đạt chuẩn 4 sao và ", " sản phẩm đạt chuẩn 3 sao."], ["", ""])
True
>>> numbered_values([" xã đạt từ 15 tiêu chí, ", " xã đạt từ 10 tiêu chí."], ["", ""])
False
>>> numbered_values([" hộ năm 2023, ", " hộ năm 2024."], ["", ""])
False
>>> numbered_values([" tỷ đồng, ", " tỷ đồng."], ["Trong đó, đợt 1 chuyển ", ", đợt 2 chuyển "])
True
>>> numbered_values([" người nữ, ", " người dân tộc thiểu số."], ["", ""])
False
>>> said = "toàn tỉnh xảy ra 231 vụ TNGT làm chết 105 người"
>>> numbered_values([" vụ làm chết 2 người; ", " vụ làm chết 103 người."], ["", ""], said)
False
>>> said = "64 sản phẩm được công nhận đạt chuẩn OCOP từ 3 sao trở lên"  # a bound: no figure
>>> numbered_values([" sản phẩm đạt chuẩn 4 sao và ", " sản phẩm đạt chuẩn 3 sao."], ["", ""], said)
True
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from hoiquanchung.numbers._vocabulary import bound_words, range_words, scale_words

__all__ = ["classified_values", "numbered_values"]

# The end of an item's frame after its figure (a decimal comma or a grouping dot is no end).
_AFTER_END = re.compile(r"(?<!\d)[,.](?!\d)|[,.](?=\s)|[;:()\n]|\s+(?:và|với)\s+", re.IGNORECASE)
# The start of an item's frame before its figure: the previous item's end, or the opener.
_BEFORE_START = re.compile(
    r"(?<!\d)[,.](?!\d)|[,.](?=\s)|[;:()\n]|(?<!\w)và(?!\w)"
    r"|(?<!\w)(?:trong\s+đó|cụ\s+thể|theo\s+đó|gồm|bao\s+gồm)(?!\w)",
    re.IGNORECASE,
)
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_WORDS = re.compile(r"\d+(?:[.,]\d+)*|%|[^\W\d_]+")
# Words that make a number the bound of a range, a running total or a point in time: no value
# of an attribute of one thing (the bounds and range words of the number vocabulary, and these).
_RANGE = frozenset(
    w
    for phrase in (*bound_words("before"), *bound_words("after"), *range_words())
    for w in phrase.casefold().split()
) | frozenset(
    {
        "ngoài", "kế", "dồn", "sau", "trước", "trong", "vòng", "mỗi", "bình", "quân", "cùng",
        "kỳ", "so", "tăng", "giảm", "lần", "gấp", "ngày", "tháng",
    }
)  # fmt: skip
_YEAR = re.compile(r"(?:19|20)\d{2}")
# Words after a number that make it an amount of money (a second measure of the item).
_MONEY = frozenset(scale_words()) | frozenset({"đồng", "usd", "trăm", "vnđ", "vnd"})


def _stated(said: str, unit: str) -> bool:
    """Whether *said* states a figure in *unit* that bounds no range ("105 người"; not "từ 3
    sao trở lên")."""
    for m in re.finditer(rf"(\d[\d.,]*)\s+{re.escape(unit)}(?!\w)", said, re.IGNORECASE):
        before = said[max(0, m.start() - 12) : m.start()].casefold().split()[-1:]
        after = said[m.end() : m.end() + 12].casefold().split()[:2]
        if not _RANGE.intersection(before) and not {"trở", "lên", "xuống"} & set(after):
            return True
    return False


def _frame(text: str, after: bool) -> tuple[tuple[str, ...], str] | None:
    """The words of one item's frame with its one number replaced by ``#``, and that number;
    ``None`` when the frame holds no number, more than one, or a word that bounds a range."""
    words = _words(text, after)
    numbers = [i for i, w in enumerate(words) if _NUMBER.fullmatch(w)]
    if len(numbers) != 1 or len(words) < 2 or "%" in words:
        return None
    value = words[numbers[0]]
    if _YEAR.fullmatch(value) or _RANGE.intersection(words):
        return None
    words[numbers[0]] = "#"
    return tuple(words), value


def numbered_values(labels: Sequence[str], befores: Sequence[str], said: str = "") -> bool:
    """Whether the parts' items (*labels*, the words after each figure; *befores*, those
    before) are one frame with a different number in each: values of one attribute, parts
    that cannot overlap."""
    if len(labels) < 2 or len(befores) != len(labels):
        return False
    for texts, after in ((labels, True), (befores, False)):
        frames = [_frame(t, after) for t in texts]
        if any(f is None for f in frames):
            continue
        shapes = {f[0] for f in frames if f is not None}
        values = [f[1] for f in frames if f is not None]
        if len(shapes) != 1 or len(set(values)) != len(values):
            continue
        words = shapes.pop()
        at = words.index("#")
        unit = words[at + 1] if at + 1 < len(words) else ""
        if unit in _MONEY or (unit and _stated(said, unit)):
            continue
        return True
    return False


# The nouns that name a dimension a thing is classified by (*lĩnh vực y tế*, *miền Bắc*, *khu
# vực nông thôn*, *phạm vi cấp xã*, *hình thức khiển trách*, *diện hộ nghèo*): the words right
# after one name its value, and a thing has one value of it.  Their last word, with the word
# before it when the noun has two.
_CLASSIFIERS = frozenset(
    {
        "lĩnh vực", "khu vực", "miền", "vùng", "ngành", "loại", "hình thức", "nhóm", "khối",
        "phạm vi", "diện", "hạng", "mức", "cấp", "độ tuổi", "lứa tuổi", "thành phần", "dạng",
    }
)  # fmt: skip
_MAX_VALUE = 4  # words of one value


def _words(text: str, after: bool) -> list[str]:
    """The words of one item, lower case: after its figure up to the item's end (*after*), or
    before it from the item's start."""
    if after:
        cut = _AFTER_END.search(text)
        piece = text[: cut.start()] if cut else text
    else:
        starts = list(_BEFORE_START.finditer(text))
        piece = text[starts[-1].end() :] if starts else text
    return [w.casefold() for w in _WORDS.findall(piece)]


def _common(lists: Sequence[list[str]], reverse: bool) -> int:
    """How many words all *lists* share at their start (at their end when *reverse*)."""
    n = 0
    shortest = min(len(words) for words in lists)
    while n < shortest:
        at = -1 - n if reverse else n
        if len({words[at] for words in lists}) != 1:
            break
        n += 1
    return n


def _nested(values: Sequence[str]) -> bool:
    """Whether a value holds another and says more than its negation ("nông nghiệp công nghệ
    cao" holds "nông nghiệp": a part of it; "ngoài nhà nước" is the rest of "nhà nước")."""
    for a in values:
        for b in values:
            if a != b and re.search(rf"(?<!\w){re.escape(a)}(?!\w)", b):
                extra = set(re.sub(rf"(?<!\w){re.escape(a)}(?!\w)", " ", b).split())
                if not extra <= {"ngoài", "không", "phi", "chưa"}:
                    return True
    return False


def classified_values(labels: Sequence[str], befores: Sequence[str]) -> bool:
    """Whether the parts' items are one frame whose only difference is the words right after a
    noun that names a dimension (:data:`_CLASSIFIERS`): "24 hội hoạt động trong lĩnh vực y
    tế, 15 hội hoạt động trong lĩnh vực nông, ...", "miền Bắc đạt 6,86 triệu tấn, ...; miền
    Nam đạt 13,46 triệu tấn": values of one dimension, parts that cannot overlap.

    >>> classified_values([" hội hoạt động trong lĩnh vực y tế, ",
    ...                    " hội hoạt động trong lĩnh vực nông, lâm, ngư nghiệp"], ["", ""])
    True
    >>> classified_values([" triệu tấn, tăng", " triệu tấn, tăng"],
    ...                   ["Trong đó, miền Bắc đạt ", "; miền Nam đạt "])
    True
    >>> classified_values([" đảng viên nữ, ", " đảng viên trẻ."], ["", ""])  # no dimension named
    False
    >>> classified_values([" hội lĩnh vực y tế, ", " hội lĩnh vực y tế."], ["", ""])
    False
    >>> classified_values([" ha lĩnh vực nông nghiệp, ", " ha lĩnh vực nông nghiệp sạch."],
    ...                   ["", ""])  # one value holds the other
    False
    """
    if len(labels) < 2 or len(befores) != len(labels):
        return False
    for texts, after in ((labels, True), (befores, False)):
        lists = [_words(t, after) for t in texts]
        if any(not words or any(_NUMBER.fullmatch(w) for w in words) for words in lists):
            continue
        head = _common(lists, reverse=False)
        tail = _common([words[head:] for words in lists], reverse=True)
        values = [" ".join(words[head : len(words) - tail]) for words in lists]
        if not all(values) or len(set(values)) != len(values):
            continue
        if any(len(v.split()) > _MAX_VALUE for v in values) or _nested(values):
            continue
        prefix = lists[0][:head]
        named = " ".join(prefix[-2:]) in _CLASSIFIERS or " ".join(prefix[-1:]) in _CLASSIFIERS
        if named:
            return True
    return False
