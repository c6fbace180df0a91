"""Thời hạn hiệu lực (validity period): the one definition of "in force" for dated data.

Reference lists, founding minimums and leadership limits each hold the days they are in force,
``valid_from`` to ``valid_to`` (both included; ``None`` leaves an end open), and answer
``in_force(on)`` through :func:`in_period`.

>>> from datetime import date
>>> in_period(date(2026, 1, 4), date(2023, 8, 22), date(2026, 1, 4))
True
>>> in_period(date(2026, 1, 5), date(2023, 8, 22), date(2026, 1, 4))
False
>>> in_period(date(1990, 1, 1), None, None)
True
"""

from __future__ import annotations

import datetime as _dt

from hoiquanchung.model._levels import _check_date

__all__ = ["in_period"]


def in_period(on: _dt.date, valid_from: _dt.date | None, valid_to: _dt.date | None) -> bool:
    """Whether *on* falls in ``valid_from``..``valid_to`` (both included; ``None``: open)."""
    _check_date(on)
    return (valid_from is None or valid_from <= on) and (valid_to is None or on <= valid_to)
