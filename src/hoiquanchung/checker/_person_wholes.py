"""Persons of every kind: one whole for the rates that confirm it (rule rate-bases).

A report counts the persons of a whole by the whole's own noun and its parts by another noun
of persons: "Năm 2009, Đảng bộ quận Bình Thạnh ... kết nạp 152 đảng viên. ... Về cơ cấu đảng
viên mới kết nạp: nữ có 73 đồng chí (chiếm 48,02%); là cán bộ, công chức, viên chức có 91
đồng chí (chiếm 59,9%)" (xaydungdang.org.vn): the 73 and the 91 *đồng chí* are of the 152
*đảng viên*; "Trong số 1.482 tân cử nhân, chỉ 63 sinh viên xếp loại trung bình, chiếm tỷ lệ
4,25% ... 258 sinh viên đạt loại giỏi (tỷ lệ 17,41%)" counts graduates as students.  The
count's noun alone (:func:`hoiquanchung.checker._rate_bases._measure`) keeps such a whole from
its parts, and the rates stay unread.

Here a noun of persons (the ``persons`` of ``numbers/data/unit_nouns.toml``, which the rule
reads as one class, the members of a body, and the persons a report counts by their role:
students, pupils, candidates, staff) is *kin* to any other: the rule's confirmed reading may
take a whole of one for the parts of another.  Only that reading: a base is taken only when at
least two other attached rates hold against it and no other candidate does as well, so the
rates themselves show the whole (a lone rate of persons is still read only against the same
noun).  The whole and its parts must still be of the same kind: households (*hộ*), files,
cases, units are no persons, and "Trong số 105 hộ được hỗ trợ, có 46 nữ (43,84%)" is not
judged against the 105 households (round 20's withdrawn reading did).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from decimal import Decimal

from hoiquanchung.checker._mentions import Mention
from hoiquanchung.numbers._vocabulary import person_nouns

__all__ = ["PERSONS", "kin", "of_persons", "shares_of_own_sum"]

# The class the rule gives every noun of ``person_nouns()`` (a key no noun can equal).
PERSONS = "\x00persons"

# Nouns that count persons by what they are in a body or a school, besides ``person_nouns()``:
# the members of a body (the rule's ``_MEMBERS``), learners, graduates, staff.
_KINDS = frozenset(
    {
        "hội viên", "đoàn viên", "đảng viên", "thành viên", "cựu chiến binh", "ccb",
        "sinh viên", "học sinh", "học viên", "thí sinh", "cử nhân", "tân cử nhân",
        "cán bộ", "giáo viên", "nhà giáo", "bác sĩ", "y sĩ", "công nhân", "nông dân",
        "phụ nữ", "thanh niên", "cử tri",
    }
)  # fmt: skip


@functools.cache
def of_persons(noun: str) -> bool:
    """Whether the noun a count counts (as the rule reads it) names persons: the persons'
    class, a noun of persons, or one followed by words that qualify it ("thí sinh đỗ",
    "đảng viên mới").

    >>> of_persons("sinh viên"), of_persons("thí sinh đỗ"), of_persons("hộ"), of_persons("hồ sơ")
    (True, True, False, False)
    """
    if noun == PERSONS:
        return True
    known = _KINDS | person_nouns()
    words = noun.split()
    return any(" ".join(words[:n]) in known for n in range(1, len(words) + 1))


def _generic(noun: str) -> bool:
    """Whether *noun* counts persons as such (the persons' class, or a noun of
    ``person_nouns()`` followed by words that qualify it: "đb tái cử")."""
    if noun == PERSONS:
        return True
    words = noun.split()
    return any(" ".join(words[:n]) in person_nouns() for n in range(1, len(words) + 1))


def kin(whole: str, part: str) -> bool:
    """Whether a count of *part*'s noun may be a part of a whole of *whole*'s noun in the
    confirmed reading: the same noun, or persons both, unless the whole counts persons as such
    and the part members of a body or learners ("393 hội viên nữ" are no part of "868 người
    ứng cử" whatever the other rates say: a body's members are counted among its own).

    >>> kin("đảng viên", PERSONS), kin("tân cử nhân", "sinh viên"), kin(PERSONS, "đb tái cử")
    (True, True, True)
    >>> kin("hộ", PERSONS), kin(PERSONS, "hội viên")
    (False, False)
    """
    if whole == part:
        return True
    if not (of_persons(whole) and of_persons(part)):
        return False
    return _generic(part) or not _generic(whole)


def shares_of_own_sum(run: Sequence[tuple[Mention, Mention]], whole: int) -> bool:
    """Whether the ``(count, rate)`` pairs of one sentence make a whole breakdown of their own
    sum, which is not *whole*: their rates add up to 100 % (within half a unit of each one's
    last place) and their counts to another number.  "Đảng viên hoàn thành xuất sắc nhiệm vụ
    là 15 đảng viên, chiếm tỷ lệ 21%; đảng viên hoàn thành tốt nhiệm vụ là 55 đảng viên chiếm
    tỉ lệ 76,3 % ; 02 đảng viên hoàn thành nhiệm vụ chiếm tỷ lệ 2,7%" after "73 đồng chí"
    (lak-dangdoanthe-2019): 21 + 76,3 + 2,7 = 100 of 72 members assessed, so the rates are of
    the 72, and none is judged against the 73.
    """
    if len(run) < 2:
        return False
    written = sum((r.value for _, r in run), Decimal(0))
    slack = sum((r.quantity.resolution for _, r in run), Decimal(0)) / 2
    return abs(written - 100) <= slack and sum(int(c.value) for c, _ in run) != whole
