"""The domain model: administrative levels and units in both eras, associations, their rules.

Public names are re-exported here; the implementation lives in private modules.
"""

from __future__ import annotations

from hoiquanchung._catalogue import error_text
from hoiquanchung.model._aggregates import (
    AssociationTally,
    GroupBy,
    UnitGrouping,
    tally_associations,
)
from hoiquanchung.model._associations import Association, Leader, LeaderRole, UnitRef, age_on
from hoiquanchung.model._categories import (
    SPECIAL_NATURE_ABOLISHED_FROM,
    ActivityScope,
    AssociationCategory,
    LegalType,
    special_nature_in_force,
)
from hoiquanchung.model._eras import EraMapping, Unplaced, apportion, map_to_two_tiers
from hoiquanchung.model._levels import (
    LAST_DAY_OF_THREE_TIERS,
    TWO_TIERS_FROM,
    AdminLevel,
    Era,
    UnitType,
    levels_in_force,
)
from hoiquanchung.model._policy import (
    AssignedRules,
    FoundingMinimum,
    check_association,
    check_associations,
)
from hoiquanchung.model._reference_lists import (
    Certainty,
    EntryKind,
    ReferenceEntry,
    ReferenceList,
    ReferenceLists,
    association_key,
    central_list,
    default_reference_lists,
    load_reference_list,
    match_central_kind,
    name_key,
)
from hoiquanchung.model._registry import UnitCorrection, UnitRegistry, default_registry
from hoiquanchung.model._thresholds import (
    LeadershipLimit,
    LimitKey,
    RuleCertainty,
    assigned_rules_of_118,
    founding_minimum,
    founding_minimums,
    leadership_limit,
    leadership_limits,
)
from hoiquanchung.model._units import AdminUnit

__all__ = [
    "ASSIGNED_RULES",
    "ActivityScope",
    "AdminLevel",
    "AdminUnit",
    "AssignedRules",
    "Association",
    "AssociationCategory",
    "AssociationTally",
    "Certainty",
    "EntryKind",
    "Era",
    "EraMapping",
    "FOUNDING_MINIMUMS",
    "FoundingMinimum",
    "GroupBy",
    "LAST_DAY_OF_THREE_TIERS",
    "Leader",
    "LeaderRole",
    "LeadershipLimit",
    "LegalType",
    "LimitKey",
    "ReferenceEntry",
    "ReferenceList",
    "ReferenceLists",
    "RuleCertainty",
    "SPECIAL_NATURE_ABOLISHED_FROM",
    "TWO_TIERS_FROM",
    "UnitCorrection",
    "UnitGrouping",
    "UnitRef",
    "UnitRegistry",
    "UnitType",
    "Unplaced",
    "age_on",
    "apportion",
    "association_key",
    "central_list",
    "check_association",
    "check_associations",
    "default_reference_lists",
    "default_registry",
    "founding_minimum",
    "founding_minimums",
    "leadership_limit",
    "leadership_limits",
    "levels_in_force",
    "load_reference_list",
    "map_to_two_tiers",
    "match_central_kind",
    "name_key",
    "special_nature_in_force",
    "tally_associations",
]

#: Every founding minimum of the shipped decrees (see :func:`founding_minimums`).
FOUNDING_MINIMUMS: tuple[FoundingMinimum, ...]
#: The limits of Quyết định 118-QĐ/TW in one object (see :func:`leadership_limit`).
ASSIGNED_RULES: AssignedRules


def __getattr__(name: str) -> object:
    """``FOUNDING_MINIMUMS`` and ``ASSIGNED_RULES``: read from the data files on first use."""
    if name == "FOUNDING_MINIMUMS":
        return founding_minimums()
    if name == "ASSIGNED_RULES":
        return assigned_rules_of_118()
    raise AttributeError(error_text("module-no-attribute", module=__name__, name=name))
