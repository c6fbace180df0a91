"""``python -m hoiquanchung``: the same as the ``hoiquanchung`` command."""

from __future__ import annotations

import sys

from hoiquanchung.cli import main

if __name__ == "__main__":
    sys.exit(main())
