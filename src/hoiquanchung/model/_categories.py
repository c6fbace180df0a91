"""Loại hội (association categories), phạm vi hoạt động (scopes of activity) and loại hình pháp lý.

* :class:`AssociationCategory`: hội quần chúng do Đảng, Nhà nước giao nhiệm vụ (Quyết định
  118-QĐ/TW, 22/8/2023) or hội quần chúng khác.
* :class:`ActivityScope`: phạm vi hoạt động per Nghị định 126/2024/NĐ-CP (toàn quốc hoặc liên
  tỉnh, tỉnh, huyện, xã), each matching an administrative level.
* :class:`LegalType`: the legal type reports count by (tổ chức chính trị - xã hội, ...).
* The historical flag *hội có tính chất đặc thù* (QĐ 68/2010/QĐ-TTg, abolished by Nghị định
  126/2024/NĐ-CP from 26/11/2024): :func:`special_nature_in_force`.

>>> from datetime import date
>>> ActivityScope("tỉnh").level
<AdminLevel.PROVINCE: 'tỉnh'>
>>> ActivityScope.for_level(AdminLevel.CENTRAL)
<ActivityScope.NATIONAL: 'toàn quốc hoặc liên tỉnh'>
>>> ActivityScope.DISTRICT.in_force(date(2025, 7, 1))
False
>>> AssociationCategory.ASSIGNED.label_en
'assigned tasks by the Party and State'
>>> special_nature_in_force(date(2024, 6, 30)), special_nature_in_force(date(2024, 11, 26))
(True, False)
"""

from __future__ import annotations

import datetime as _dt
import enum
from typing import Final

from hoiquanchung._catalogue import error_text, fragment
from hoiquanchung._nfc import match_key
from hoiquanchung.errors import ValidationError
from hoiquanchung.model._checks import expected_type, instance_of
from hoiquanchung.model._levels import AdminLevel, Words, _check_date

__all__ = [
    "SPECIAL_NATURE_ABOLISHED_FROM",
    "ActivityScope",
    "AssociationCategory",
    "LegalType",
    "special_nature_in_force",
]

#: First day Nghị định 126/2024/NĐ-CP is in force; it abolishes QĐ 68/2010/QĐ-TTg (hội có tính chất
#: đặc thù).  The flag stays in the model for reports that still count with it.
SPECIAL_NATURE_ABOLISHED_FROM: Final = _dt.date(2024, 11, 26)


def special_nature_in_force(on: _dt.date) -> bool:
    """Whether *hội có tính chất đặc thù* (QĐ 68/2010/QĐ-TTg) is a legal category on *on*.

    True before 26/11/2024, when Nghị định 126/2024/NĐ-CP came into force and abolished it.
    """
    return _check_date(on) < SPECIAL_NATURE_ABOLISHED_FROM


class AssociationCategory(enum.Enum):
    """Loại hội: whether the Party and State assign the association tasks (Quyết định 118-QĐ/TW)."""

    ASSIGNED = "hội quần chúng do Đảng, Nhà nước giao nhiệm vụ"
    """Hội quần chúng do Đảng, Nhà nước giao nhiệm vụ (118-QĐ/TW; locally "do Đảng, chính quyền
    giao nhiệm vụ", e.g. Hướng dẫn 03-HD/TU of Hậu Giang)."""
    OTHER = "hội quần chúng khác"
    """Hội quần chúng khác: every other lawful association."""

    @classmethod
    def parse(cls, text: str) -> AssociationCategory:
        """Read a category as people type it: ``"giao nhiệm vụ"``, ``"được giao nhiệm vụ"``,
        ``"khác"``, ``"hội khác"``, the full value, or the local wording ``"do Đảng, chính quyền
        giao nhiệm vụ"`` (Hướng dẫn 03-HD/TU of Hậu Giang).

        >>> AssociationCategory.parse("giao nhiệm vụ").name, AssociationCategory.parse("Khác").name
        ('ASSIGNED', 'OTHER')
        """
        return _CATEGORY_WORDS.parse(text, field="category", what=fragment("what-category"))

    @property
    def label_en(self) -> str:
        """English gloss."""
        if self is AssociationCategory.ASSIGNED:
            return "assigned tasks by the Party and State"
        return "other mass associations"


class ActivityScope(enum.Enum):
    """Phạm vi hoạt động (scope of activity) of an association, per Nghị định 126/2024/NĐ-CP.

    Values are the Vietnamese names.  Each scope matches one administrative level: the national
    (or inter-provincial) scope matches :attr:`AdminLevel.CENTRAL`.
    """

    NATIONAL = "toàn quốc hoặc liên tỉnh"
    """Phạm vi toàn quốc hoặc liên tỉnh (national or inter-provincial)."""
    PROVINCE = "tỉnh"
    """Phạm vi tỉnh (province)."""
    DISTRICT = "huyện"
    """Phạm vi huyện (district): the district level ends on 30/6/2025."""
    COMMUNE = "xã"
    """Phạm vi xã (commune)."""

    @property
    def level(self) -> AdminLevel:
        """The administrative level whose unit an association of this scope belongs to."""
        return _SCOPE_LEVEL[self]

    @property
    def label_vi(self) -> str:
        """``'phạm vi tỉnh'`` and so on."""
        return f"phạm vi {self.value}"

    @property
    def label_en(self) -> str:
        """``'province scope'`` and so on."""
        return _SCOPE_EN[self]

    @classmethod
    def parse(cls, text: str) -> ActivityScope:
        """Read a scope as people type it: ``"tỉnh"``, ``"cấp huyện"``, ``"trong xã"``,
        ``"phạm vi tỉnh"``, ``"toàn quốc"``, ``"liên tỉnh"``, ``"trung ương"``.

        >>> ActivityScope.parse("trong xã"), ActivityScope.parse("Cấp huyện").name
        (<ActivityScope.COMMUNE: 'xã'>, 'DISTRICT')
        """
        return _SCOPE_WORDS.parse(text, field="scope", what=fragment("what-scope"))

    @classmethod
    def for_level(cls, level: AdminLevel) -> ActivityScope:
        """The scope that matches the administrative *level*."""
        if not isinstance(level, AdminLevel):
            raise expected_type(instance_of("AdminLevel"), level, "level")
        return _LEVEL_SCOPE[level]

    def in_force(self, on: _dt.date) -> bool:
        """Whether units of this scope's level exist on *on*.

        The district scope is not in force from 01/7/2025 because the district level ends.
        Whether Nghị định 126/2024/NĐ-CP itself was amended to drop it was not confirmed: the
        policy rule ``district-scope-after-reform`` reports it as a finding, not an error.
        """
        return self.level.in_force(on)


_SCOPE_LEVEL: Final = {
    ActivityScope.NATIONAL: AdminLevel.CENTRAL,
    ActivityScope.PROVINCE: AdminLevel.PROVINCE,
    ActivityScope.DISTRICT: AdminLevel.DISTRICT,
    ActivityScope.COMMUNE: AdminLevel.COMMUNE,
}
_LEVEL_SCOPE: Final = {level: scope for scope, level in _SCOPE_LEVEL.items()}
_SCOPE_WORDS: Final = Words(
    tuple(
        (scope, tuple(f"{prefix}{word}" for word in words for prefix in ("", *prefixes)))
        for scope, words, prefixes in (
            (
                ActivityScope.NATIONAL,
                (
                    "toàn quốc hoặc liên tỉnh",
                    "toàn quốc",
                    "liên tỉnh",
                    "toàn quốc, liên tỉnh",
                    "toàn quốc/liên tỉnh",
                    "trung ương",
                    "TW",
                ),
                ("phạm vi ", "cấp "),
            ),
            (ActivityScope.PROVINCE, ("tỉnh",), ("phạm vi ", "cấp ", "trong ")),
            (ActivityScope.DISTRICT, ("huyện",), ("phạm vi ", "cấp ", "trong ")),
            (ActivityScope.COMMUNE, ("xã",), ("phạm vi ", "cấp ", "trong ")),
        )
    )
)
_SCOPE_EN: Final = {
    ActivityScope.NATIONAL: "national or inter-provincial scope",
    ActivityScope.PROVINCE: "province scope",
    ActivityScope.DISTRICT: "district scope",
    ActivityScope.COMMUNE: "commune scope",
}


_CATEGORY_WORDS: Final = Words(
    (
        (
            AssociationCategory.ASSIGNED,
            (
                "hội quần chúng do Đảng, Nhà nước giao nhiệm vụ",
                "do Đảng, Nhà nước giao nhiệm vụ",
                "Đảng, Nhà nước giao nhiệm vụ",
                "hội quần chúng do Đảng, chính quyền giao nhiệm vụ",
                "do Đảng, chính quyền giao nhiệm vụ",
                "hội được giao nhiệm vụ",
                "được giao nhiệm vụ",
                "hội giao nhiệm vụ",
                "giao nhiệm vụ",
            ),
        ),
        (AssociationCategory.OTHER, ("hội quần chúng khác", "hội khác", "khác")),
    )
)


class LegalType(enum.Enum):
    """Loại hình tổ chức (legal type) that reports count associations by.

    >>> LegalType.parse("Chính trị - xã hội - nghề nghiệp")
    <LegalType.POLITICAL_SOCIAL_PROFESSIONAL: 'tổ chức chính trị - xã hội - nghề nghiệp'>
    >>> LegalType.parse("tổ chức xã hội-nghề nghiệp").name
    'SOCIAL_PROFESSIONAL'
    """

    POLITICAL_SOCIAL = "tổ chức chính trị - xã hội"
    """Tổ chức chính trị - xã hội (political-social organisation)."""
    POLITICAL_SOCIAL_PROFESSIONAL = "tổ chức chính trị - xã hội - nghề nghiệp"
    """Tổ chức chính trị - xã hội - nghề nghiệp (political-social-professional)."""
    SOCIAL_PROFESSIONAL = "tổ chức xã hội - nghề nghiệp"
    """Tổ chức xã hội - nghề nghiệp (social-professional)."""
    ECONOMIC = "tổ chức kinh tế"
    """Tổ chức kinh tế (economic)."""
    SOCIAL = "tổ chức xã hội"
    """Tổ chức xã hội (social)."""

    @classmethod
    def parse(cls, text: str) -> LegalType:
        """Read a legal type as reports write it: any case, with or without ``tổ chức``, any
        spacing around the hyphens, composed or decomposed Unicode."""
        if not isinstance(text, str):
            raise ValidationError(
                error_text("expected-type", expected=fragment("a-str"), type=type(text).__name__),
                field="legal_type",
            )
        key = _legal_key(text)
        for member in cls:
            if _legal_key(member.value) == key:
                return member
        raise ValidationError(error_text("legal-type-unknown", text=text), field="legal_type")


def _legal_key(text: str) -> str:
    words = match_key(text).replace("-", " - ").split()
    if words[:2] == ["tổ", "chức"]:
        words = words[2:]
    return " ".join(words)
