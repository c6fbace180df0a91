"""The domain model: administrative levels and units in both eras, associations, their rules.

Public names are re-exported here; the implementation lives in private modules.
"""

from __future__ import annotations

from hoiquanchung.model._aggregates import AssociationTally, GroupBy, tally_associations
from hoiquanchung.model._associations import Association, Leader, LeaderRole, UnitRef, age_on
from hoiquanchung.model._categories import (
    SPECIAL_NATURE_ABOLISHED_FROM,
    ActivityScope,
    AssociationCategory,
    LegalType,
    special_nature_in_force,
)
from hoiquanchung.model._levels import (
    LAST_DAY_OF_THREE_TIERS,
    TWO_TIERS_FROM,
    AdminLevel,
    Era,
    UnitType,
    levels_in_force,
)
from hoiquanchung.model._policy import (
    ASSIGNED_RULES,
    FOUNDING_MINIMUMS,
    AssignedRules,
    FoundingMinimum,
    check_association,
    check_associations,
    founding_minimum,
)
from hoiquanchung.model._reference_lists import (
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
from hoiquanchung.model._registry import UnitRegistry, default_registry
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
    "EntryKind",
    "Era",
    "FOUNDING_MINIMUMS",
    "FoundingMinimum",
    "GroupBy",
    "LAST_DAY_OF_THREE_TIERS",
    "Leader",
    "LeaderRole",
    "LegalType",
    "ReferenceEntry",
    "ReferenceList",
    "ReferenceLists",
    "SPECIAL_NATURE_ABOLISHED_FROM",
    "TWO_TIERS_FROM",
    "UnitRef",
    "UnitRegistry",
    "UnitType",
    "age_on",
    "association_key",
    "central_list",
    "check_association",
    "check_associations",
    "default_reference_lists",
    "default_registry",
    "founding_minimum",
    "levels_in_force",
    "load_reference_list",
    "match_central_kind",
    "name_key",
    "special_nature_in_force",
    "tally_associations",
]
