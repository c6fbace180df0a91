"""The domain model: administrative levels and units in both eras, associations, their rules.

Public names are re-exported here; the implementation lives in private modules.
"""

from __future__ import annotations

from hoiquanchung.model._levels import (
    LAST_DAY_OF_THREE_TIERS,
    TWO_TIERS_FROM,
    AdminLevel,
    Era,
    UnitType,
    levels_in_force,
)

__all__ = [
    "LAST_DAY_OF_THREE_TIERS",
    "TWO_TIERS_FROM",
    "AdminLevel",
    "Era",
    "UnitType",
    "levels_in_force",
]
