"""``python -m hoiquanchung``: the same as the ``hoiquanchung`` command."""

from __future__ import annotations

from _hoiquanchung_entry import run

if __name__ == "__main__":
    run()
