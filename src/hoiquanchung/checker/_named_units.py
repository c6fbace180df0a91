"""Các phần mang tên riêng (parts each labelled by a proper name and nothing else).

"Toàn tỉnh ghi nhận 2.554 căn nhà bị sập hoàn toàn. Trong đó, Vạn Ninh 644 nhà, Ninh Hòa 874
nhà, Nha Trang 449 nhà, ...", "toàn tỉnh có 27.761 hộ nghèo. Cụ thể, Chư Jút: 2.958 hộ; Krông
Nô: 3.169 hộ; ...; thị xã Gia Nghĩa: 417 hộ": each item is a proper name (its words
capitalised, perhaps after the noun of its tier, *huyện*, *thị xã*, *quận* ...), a colon or
*có* perhaps, the figure and its noun, nothing more.  Places (or units) of one list, each named
once, do not overlap: a household of one district is no household of another.  Some of them
may be left out ("Trong đó" names a few): the sum may fall short, not exceed.

A name that opens with the word of a body (*Hội*, *Đoàn*, *Sở*, *Quỹ*, *Ban*, *Công ty* ...)
names an organisation, whose counts may overlap (a household helped by two bodies): no
evidence.  An item that says more than its noun after the figure ("Huế 2 người chết, Đà Nẵng 1
người mất tích") counts other things: no evidence either.

>>> bare_names(["Trong đó, Vạn Ninh ", " nhà, Ninh Hòa ", " nhà, Nha Trang "],
...            [" nhà, ", " nhà, ", " nhà."])
True
>>> bare_names(["Cụ thể, Chư Jút: ", " hộ; thị xã Gia Nghĩa: "], [" hộ; ", " hộ."])
True
>>> bare_names(["Trong đó, Hội Nông dân ", " hộ, Hội Phụ nữ "], [" hộ, ", " hộ."])
False
>>> bare_names(["Trong đó, Huế ", " người chết, Đà Nẵng "], [" người chết, ", " người mất tích."])
False
>>> bare_names(["Trong đó, Vạn Ninh ", " nhà, Vạn Ninh "], [" nhà, ", " nhà."])
False
>>> bare_names(["Trong đó, Huế ", " người, Đà Nẵng "], [" người, ", " người chết."])
False
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["bare_names"]

# Where an item's name starts, looking back from its figure: the previous item's end, or the
# opener of the list.
_ITEM_START = re.compile(
    r"(?<!\d)[,.](?!\d)|[,.](?=\s)|[;:()\n]|(?<!\w)và(?!\w)"
    r"|(?<!\w)(?:trong\s+đó|cụ\s+thể|theo\s+đó)(?!\w)",
    re.IGNORECASE,
)
_ITEM_END = re.compile(r"(?<!\d)[,.](?!\d)|[,.](?=\s)|[;:()\n]|\s+(?:và|với)\s+", re.IGNORECASE)
# The nouns of a place's tier a name may follow (lower case), and what may stand between the
# name and its figure.
_TIER = re.compile(
    r"(?:tỉnh|thành\s+phố|tp\.?|huyện|quận|thị\s+xã|thị\s+trấn|xã|phường|đặc\s+khu)\s+",
    re.IGNORECASE,
)
_GLUE = re.compile(r"\s*(?::|\bcó\b|\blà\b)?\s*\Z", re.IGNORECASE)
_NAME = re.compile(r"[A-ZÀ-Ỹ][\w’'\-]*(?:\s+[A-ZÀ-Ỹ0-9][\w’'\-]*){0,3}")
# The first words of a body's name: an organisation, not a place.
_BODY = frozenset(
    {
        "hội", "đoàn", "ban", "sở", "bộ", "ủy", "uỷ", "ubnd", "công", "trường", "bệnh", "quỹ",
        "ngân", "cục", "chi", "tổ", "đảng", "liên", "trung", "mặt", "tòa", "toà", "viện",
        "phòng", "nhà", "hợp", "tập", "tổng", "khối", "lực", "quân", "cơ", "văn", "báo",
        "đài", "chương", "dự", "mttq", "hđnd", "ldld", "lđlđ",
    }
)  # fmt: skip
_MAX_AFTER = 2  # words an item may say after its figure: its noun ("nhà", "căn nhà", "hộ")


def _name(before: str) -> str | None:
    glue = _GLUE.search(before)
    before = before[: glue.start()] if glue is not None else before
    starts = list(_ITEM_START.finditer(before))
    piece = before[starts[-1].end() :].strip() if starts else before.strip()
    if not piece:
        return None
    tier = _TIER.match(piece)
    if tier is not None:
        piece = piece[tier.end() :]
    if not _NAME.fullmatch(piece) or piece.split()[0].casefold() in _BODY:
        return None
    return " ".join(piece.casefold().split())


def bare_names(befores: Sequence[str], labels: Sequence[str]) -> bool:
    """Whether each part's item is a proper name (its *befores*, the words before each figure)
    and the part's noun (its *labels*, the words after), each name a different one; no item
    says more after its figure than the first."""
    if len(befores) < 2 or len(labels) != len(befores):
        return False
    names: list[str] = []
    first: set[str] | None = None
    for before, label in zip(befores, labels, strict=True):
        cut = _ITEM_END.search(label)
        after = (label[: cut.start()] if cut else label).casefold().split()
        if len(after) > _MAX_AFTER:
            return False
        if first is None:
            first = set(after)
        elif not set(after) <= first:
            return False  # "Huế 2 người, Đà Nẵng 1 người chết": says more than the first
        name = _name(before)
        if name is None:
            return False
        names.append(name)
    return len(set(names)) == len(names)
