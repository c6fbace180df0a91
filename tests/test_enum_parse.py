"""The ``.parse`` classmethods: the words people type for levels, scopes, categories, types."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hoiquanchung.errors import ValidationError
from hoiquanchung.model import ActivityScope, AdminLevel, AssociationCategory, UnitType

ENUMS = (AdminLevel, ActivityScope, AssociationCategory, UnitType)


@pytest.mark.parametrize(
    ("cls", "text", "expected"),
    [
        (AdminLevel, "tỉnh", AdminLevel.PROVINCE),
        (AdminLevel, "Cấp huyện", AdminLevel.DISTRICT),
        (AdminLevel, " cấp  xã ", AdminLevel.COMMUNE),
        (AdminLevel, "TW", AdminLevel.CENTRAL),
        (AdminLevel, "huyen", AdminLevel.DISTRICT),
        (ActivityScope, "trong xã", ActivityScope.COMMUNE),
        (ActivityScope, "cấp huyện", ActivityScope.DISTRICT),
        (ActivityScope, "Phạm vi tỉnh", ActivityScope.PROVINCE),
        (ActivityScope, "toàn quốc", ActivityScope.NATIONAL),
        (ActivityScope, "liên tỉnh", ActivityScope.NATIONAL),
        (ActivityScope, "huyện", ActivityScope.DISTRICT),
        (AssociationCategory, "giao nhiệm vụ", AssociationCategory.ASSIGNED),
        (AssociationCategory, "Được giao nhiệm vụ", AssociationCategory.ASSIGNED),
        (AssociationCategory, "do Đảng, chính quyền giao nhiệm vụ", AssociationCategory.ASSIGNED),
        (AssociationCategory, "khác", AssociationCategory.OTHER),
        (AssociationCategory, "Hội khác", AssociationCategory.OTHER),
        (UnitType, "TP", UnitType.CITY),
        (UnitType, "TP.", UnitType.CITY),
        (UnitType, "TX", UnitType.TOWN),
        (UnitType, "T.T.", UnitType.TOWNSHIP),
        (UnitType, "TP trực thuộc TW", UnitType.MUNICIPALITY),
        (UnitType, "Đặc khu", UnitType.SPECIAL_ZONE),
        (UnitType, "P.", UnitType.WARD),
        (UnitType, "phuong", UnitType.WARD),
    ],
)
def test_parse_words(cls: type, text: str, expected: object) -> None:
    assert cls.parse(text) is expected  # type: ignore[attr-defined]
    assert cls.parse(unicodedata.normalize("NFD", text)) is expected  # type: ignore[attr-defined]


@pytest.mark.parametrize("cls", ENUMS)
def test_every_value_parses_to_itself(cls: type) -> None:
    for member in cls:  # type: ignore[attr-defined]
        assert cls.parse(member.value) is member  # type: ignore[attr-defined]
        assert cls.parse(member.value.upper()) is member  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("cls", "text"),
    [
        (AdminLevel, "ấp"),
        (ActivityScope, "thôn"),
        (AssociationCategory, "đặc thù"),
        (UnitType, "thành"),
        (UnitType, ""),
    ],
)
def test_unknown_word_lists_accepted_words(cls: type, text: str) -> None:
    with pytest.raises(ValidationError) as info:
        cls.parse(text)  # type: ignore[attr-defined]
    err = info.value
    assert err.code == "word-unknown"
    assert f"{text!r}: not " in str(err)
    assert "; use one of: " in str(err)
    assert err.message_vi.startswith(f"{text!r}: không phải ")
    assert "; dùng một trong: " in err.message_vi
    for message in (str(err), err.message_vi):
        assert repr(next(iter(cls)).value) in message  # type: ignore[call-overload]


@pytest.mark.parametrize("cls", ENUMS)
def test_non_text_is_a_validation_error(cls: type) -> None:
    with pytest.raises(ValidationError):
        cls.parse(3)  # type: ignore[attr-defined]


@given(st.sampled_from(ENUMS), st.text(max_size=12))
def test_parse_returns_a_member_or_raises_validation_error(cls: type, text: str) -> None:
    try:
        result = cls.parse(text)  # type: ignore[attr-defined]
    except ValidationError:
        return
    assert isinstance(result, cls)
