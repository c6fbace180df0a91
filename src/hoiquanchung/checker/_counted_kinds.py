"""Các loại được đếm (the kinds a total falls into, counted): how many parts make the whole.

A report often says how many kinds its total falls into before it lists them: "Ban Tổ chức đã
nhận được 128 giải pháp tham gia thuộc 5 lĩnh vực. Trong đó, lĩnh vực Nông lâm ngư nghiệp ...
có 23 giải pháp; ...; giáo dục đào tạo có 60 giải pháp." (bdvtu.binhthuan.gov.vn, 2017), or
in the sentence that lists them, naming the total's noun again: "... đã nhận được 536 giải pháp
... Các giải pháp này thuộc về 6 lĩnh vực, trong đó công nghệ thông tin ... có 94 giải pháp;
..." (sokhoahoccongnghe.phutho.gov.vn, 2018), "Các đề tài được chia thành hai nhóm lĩnh vực: 15
đề tài thuộc khối ...; 20 đề tài thuộc lĩnh vực ..." (baodanang.vn, 2025).  A careful reader
counts the items: as many as the kinds said, one figure each, they are the whole (*Trong đó*
then names every kind, not a few).  Rule 2d (:mod:`~hoiquanchung.checker._continued_totals`)
reads the count with :func:`kinds_counted` (in the total's sentence, after the total) and the
opener with :data:`KINDS_OPENER`, the same count pattern for both.

Where it stays quiet: a count of something else (*trong 2 năm*, *tại 3 xã*: places are read by
``_counted_places``), a count that is not the number of items listed ("36 đề tài ... thuộc 7
lĩnh vực ... có tới 22 đề tài trong lĩnh vực kinh tế": one item of seven), two counts of kinds
in the region (which one the list follows is not guessed).

>>> kinds_counted("128 giải pháp tham gia thuộc 5 lĩnh vực.", 13, 40)
5
>>> kinds_counted("35 đề tài được chia thành hai nhóm lĩnh vực", 9, 43)
2
>>> kinds_counted("trong 2 năm, tại 3 xã", 0, 21) is None
True
>>> kinds_counted("thuộc 5 lĩnh vực, gồm 3 nhóm", 0, 28) is None  # two counts: no guess
True
"""

from __future__ import annotations

import re
from typing import Final

from hoiquanchung.checker._counted_places import COUNT_WORDS, count_of

__all__ = ["KINDS_OPENER", "kinds_counted"]

# The nouns of the kinds a total falls into (fields, groups, types, blocks, branches).
_KIND_NOUNS: Final = (
    r"lĩnh\s+vực|nhóm(?:\s+ngành)?|loại(?:\s+hình)?|khối|ngành|chuyên\s+ngành|hình\s+thức"
    r"|khu\s+vực|vùng|miền"
)
# A count of kinds after the verb or preposition that files the total under them: "thuộc (về)
# 5 lĩnh vực", "chia thành hai nhóm", "phân theo 3 loại", "gồm 4 khối", "trong 5 lĩnh vực".
_COUNTED_KINDS: Final = (
    r"(?<!\w)(?:thuộc(?:\s+về)?|chia\s+(?:thành|làm)|phân\s+(?:thành|làm|theo)|gồm|trong|ở|"
    r"với|của)\s+(?:các\s+)?(?P<k>\d{1,2}|" + "|".join(COUNT_WORDS) + r")\s+"
    r"(?:nhóm\s+)?(?P<kind>" + _KIND_NOUNS + r")(?!\w)"
)
_KINDS: Final = re.compile(_COUNTED_KINDS, re.IGNORECASE)

# A sentence that opens by naming the total's noun again and counting its kinds, then lists
# them: "Các giải pháp này thuộc về 6 lĩnh vực, trong đó ...", "Các đề tài được chia thành hai
# nhóm lĩnh vực: ...".  Group ``noun`` holds the words named again (the total's noun must be
# among them), group ``k`` the count.  (A pattern source, to be compiled within rule 2d's
# opener.)
KINDS_OPENER: Final = (
    r"(?P<restated>(?:các|những|số)\s+(?P<noun>[^\W\d_]+(?:\s+[^\W\d_]+){0,3}?)"
    r"(?:\s+(?:này|trên|nói\s+trên))?(?:\s+(?:được|đều))?\s+"
    + _COUNTED_KINDS
    + r"[^\d.;:()]{0,60}?)(?:\s*,\s*(?:trong\s+đó|cụ\s+thể)\s*[:,]?|\s*:)"
)


def kinds_counted(text: str, start: int, stop: int) -> int | None:
    """The count of kinds ``text[start:stop]`` says (at least two), ``None`` when it says none
    or two counts."""
    found = list(_KINDS.finditer(text, start, stop))
    if len(found) != 1:
        return None
    count = count_of(found[0].group("k"))
    return count if count is not None and count >= 2 else None
