"""The ``hoiquanchung`` command's entry point: Ctrl-C is caught before anything heavy is imported.

A console script imports its function's module before calling it, so an entry point inside the
package would import the package (numbers, vocabulary, babel) before any ``try`` could catch a
Ctrl-C, which would then print a ``KeyboardInterrupt`` traceback.  This module, outside the
package, imports nothing but :mod:`sys` and :mod:`signal`; :func:`run` imports
:func:`hoiquanchung.cli.main` inside its ``try``, so the command exits with status 130 and one
line on standard error whenever it is interrupted.
"""

from __future__ import annotations

import contextlib
import signal
import sys

__all__ = ["run"]

_INTERRUPTED = 130
_MESSAGE = "\nhoiquanchung: đã dừng / interrupted (Ctrl-C)\n"


def run() -> None:
    """Run the ``hoiquanchung`` command and exit with its status."""
    try:
        from hoiquanchung.cli import main

        status = main()
    except KeyboardInterrupt:
        with contextlib.suppress(ValueError, OSError):  # a second Ctrl-C now changes nothing
            signal.signal(signal.SIGINT, signal.SIG_IGN)
        with contextlib.suppress(ValueError, OSError):  # stderr closed
            sys.stderr.write(_MESSAGE)
            sys.stderr.flush()
        status = _INTERRUPTED
    sys.exit(status)


if __name__ == "__main__":
    run()
