"""The ``hoiquanchung`` command's entry point: Ctrl-C is caught before anything heavy is imported.

A console script imports its function's module before calling it, so an entry point inside the
package would import the package (numbers, vocabulary, babel) before any ``try`` could catch a
Ctrl-C, which would then print a ``KeyboardInterrupt`` traceback.  This module, outside the
package, imports nothing but :mod:`sys`, :mod:`signal` and :mod:`contextlib`; :func:`run` imports
:func:`hoiquanchung.cli.main` inside its ``try``, so the command exits with status 130 and one
line on standard error whenever it is interrupted.

``python -m hoiquanchung`` imports the package itself before its ``__main__`` runs.  So the
package's ``__init__`` calls :func:`guard_startup` first thing when it is being imported for
``-m``: until :func:`run` takes over, a Ctrl-C ends the process the same way (status 130, the
same line, no traceback).  Only a Ctrl-C during the interpreter's own start-up, before the first
line of the package runs, still ends with Python's traceback.

:data:`MESSAGE` is written in both languages because, at that moment, the ``--lang`` of the
command may not have been read; once it has, :func:`hoiquanchung.cli.main` writes the same
words in that language alone (the catalogue's fragment ``cli-interrupted``; a test checks that
the two agree).
"""

from __future__ import annotations

import contextlib
import signal
import sys
from types import FrameType

__all__ = ["MESSAGE", "guard_startup", "run"]

_INTERRUPTED = 130
#: What is written on standard error when the command is interrupted before its language is known.
MESSAGE = "\nhoiquanchung: đã dừng / interrupted (Ctrl-C)\n"


def _say_interrupted() -> None:
    with contextlib.suppress(ValueError, OSError):  # a second Ctrl-C now changes nothing
        signal.signal(signal.SIGINT, signal.SIG_IGN)
    with contextlib.suppress(ValueError, OSError):  # stderr closed
        sys.stderr.write(MESSAGE)
        sys.stderr.flush()


def _on_startup_interrupt(signum: int, frame: FrameType | None) -> None:
    _say_interrupted()
    raise SystemExit(_INTERRUPTED)


_OPTIONS_WITH_VALUE = ("-X", "-W", "--check-hash-based-pycs")
_OURS = ("hoiquanchung", "hoiquanchung.__main__")


def _runs_as_main_module(argv: list[str]) -> bool:
    """Whether the interpreter was started as ``python [options] -m hoiquanchung ...``.

    >>> _runs_as_main_module(["python3", "-X", "importtime", "-m", "hoiquanchung", "check"])
    True
    >>> _runs_as_main_module(["python3", "-mhoiquanchung"]), _runs_as_main_module(["python3"])
    (True, False)
    >>> _runs_as_main_module(["python3", "-m", "pytest", "-m", "hoiquanchung"])
    False
    """
    args = iter(argv[1:])
    for arg in args:
        if arg in _OPTIONS_WITH_VALUE:
            next(args, None)
        elif arg == "-m":
            return next(args, None) in _OURS
        elif arg.startswith("-m"):
            return arg[2:] in _OURS
        elif arg in ("-c", "-") or not arg.startswith("-"):
            return False  # a command, standard input or a script comes first: not our -m
    return False


def guard_startup() -> None:
    """While ``python -m hoiquanchung`` imports the package, make Ctrl-C exit as :func:`run` does.

    Does nothing unless the interpreter was started with ``-m hoiquanchung`` and Ctrl-C still
    has Python's usual handler (a program that imports the package is left alone).
    """
    if not _runs_as_main_module(list(getattr(sys, "orig_argv", []))):
        return
    with contextlib.suppress(ValueError, OSError):  # not the main thread: leave it
        if signal.getsignal(signal.SIGINT) is signal.default_int_handler:
            signal.signal(signal.SIGINT, _on_startup_interrupt)


def run() -> None:
    """Run the ``hoiquanchung`` command and exit with its status."""
    try:
        if signal.getsignal(signal.SIGINT) is _on_startup_interrupt:
            # From here a Ctrl-C is a KeyboardInterrupt: main() answers it in the command's
            # --lang, and this ``try`` before main() has started.
            signal.signal(signal.SIGINT, signal.default_int_handler)
        from hoiquanchung.cli import main

        status = main()
    except KeyboardInterrupt:
        _say_interrupted()
        status = _INTERRUPTED
    sys.exit(status)


if __name__ == "__main__":
    run()
