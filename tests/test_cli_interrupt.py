"""Ctrl-C: ``python -m hoiquanchung`` ends like the ``hoiquanchung`` command (status 130, one line
on standard error, no traceback), while it imports the package and while it runs.

The child runs with ``-X importtime``: Python writes a line to standard error as each import ends,
so the test knows where the child is.  The pipe is shrunk to one page and read one byte at a time,
so the child cannot run more than a page of import lines ahead of what the test has read: the
Ctrl-C sent after the line of ``_hoiquanchung_entry`` (the first thing the package's ``__init__``
imports) lands while the package is still being imported.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from hoiquanchung.cli import interrupted, main
from hoiquanchung.messages import fragment

pytestmark = pytest.mark.skipif(
    sys.platform != "linux", reason="sends SIGINT and sizes a pipe (Linux)"
)

_PAGE = 4096


def _start(*args: str, cwd: Path) -> subprocess.Popen[bytes]:
    child = subprocess.Popen(
        [sys.executable, "-X", "importtime", "-m", "hoiquanchung", *args],
        stdin=subprocess.PIPE,  # kept open: `check -` waits for standard input
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        bufsize=0,
        cwd=cwd,
        env={**os.environ, "PYTHONWARNINGS": "ignore"},
    )
    import fcntl

    assert child.stderr is not None
    fcntl.fcntl(child.stderr.fileno(), fcntl.F_SETPIPE_SZ, _PAGE)
    return child


def _read_until(child: subprocess.Popen[bytes], module: str) -> list[str]:
    """Standard error's lines up to the import line of *module* (which must come)."""
    assert child.stderr is not None
    lines: list[str] = []
    while True:
        raw = child.stderr.readline()  # unbuffered: one byte at a time, nothing read ahead
        assert raw, f"the child ended before importing {module}: {lines[-5:]}"
        line = raw.decode("utf-8", "replace").rstrip("\n")
        lines.append(line)
        if line.startswith("import time:") and line.rsplit("|", 1)[-1].strip() == module:
            return lines


def _next_import(child: subprocess.Popen[bytes]) -> str:
    assert child.stderr is not None
    while (line := child.stderr.readline().decode("utf-8", "replace")).strip():
        if line.startswith("import time:"):
            return line.rstrip("\n")
    raise AssertionError("the child ended while importing")


def _interrupt(child: subprocess.Popen[bytes]) -> tuple[int, list[str], list[str]]:
    """Send Ctrl-C; the status, the import lines and the other lines of standard error."""
    child.send_signal(signal.SIGINT)
    _, rest = child.communicate(timeout=120)
    lines = rest.decode("utf-8", "replace").splitlines()
    imports = [line for line in lines if line.startswith("import time:")]
    said = [line for line in lines if not line.startswith("import time:")]
    return child.returncode, imports, said


def _module(line: str) -> str:
    return line.rsplit("|", 1)[-1].strip()


def test_ctrl_c_while_the_package_is_imported(tmp_path: Path) -> None:
    child = _start("check", "--lang", "en", "-", cwd=tmp_path)
    try:
        before = _read_until(child, "_hoiquanchung_entry")
        before.append(_next_import(child))  # begun after guard_startup() has run
        status, imports, said = _interrupt(child)
    finally:
        child.kill() if child.poll() is None else None
    assert (status, said) == (130, ["", "hoiquanchung: đã dừng / interrupted (Ctrl-C)"])
    modules = [_module(line) for line in before + imports]
    assert "hoiquanchung.cli" not in modules  # interrupted before the command was imported


def test_ctrl_c_while_the_command_runs(tmp_path: Path) -> None:
    for lang, words in (("en", "interrupted"), ("vi", "đã dừng")):
        child = _start("check", "--lang", lang, "-", cwd=tmp_path)
        try:
            _read_until(child, "hoiquanchung._cli_tally")  # imported by main() itself
            status, _, said = _interrupt(child)
        finally:
            child.kill() if child.poll() is None else None
        assert (status, said) == (130, ["", f"hoiquanchung: {words} (Ctrl-C)"])


def test_the_line_before_the_language_is_known_says_what_the_catalogue_says() -> None:
    from _hoiquanchung_entry import MESSAGE  # here: pytest also collects it from src/

    words = fragment("cli-interrupted")
    assert f"\nhoiquanchung: {words.vi} / {words.en} (Ctrl-C)\n" == MESSAGE
    assert interrupted("vi") == f"\nhoiquanchung: {words.vi} (Ctrl-C)\n"
    assert interrupted("en") == f"\nhoiquanchung: {words.en} (Ctrl-C)\n"


@pytest.mark.parametrize(
    ("argv", "ours"),
    [
        (["python3", "-m", "hoiquanchung", "check"], True),
        (["python3", "-X", "importtime", "-W", "ignore", "-mhoiquanchung"], True),
        (["python3", "-m", "hoiquanchung.__main__"], True),
        (["python3", "-m", "pytest", "-m", "hoiquanchung"], False),
        (["python3", "-c", "import hoiquanchung", "-m", "hoiquanchung"], False),
        (["python3", "script.py", "-m", "hoiquanchung"], False),
        (["python3"], False),
    ],
)
def test_the_guard_is_only_for_python_m_hoiquanchung(argv: list[str], ours: bool) -> None:
    from _hoiquanchung_entry import _runs_as_main_module

    assert _runs_as_main_module(argv) is ours


def test_a_ctrl_c_while_the_arguments_are_read_answers_in_their_language(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import hoiquanchung.cli as cli

    def interrupted_parser() -> object:
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "build_parser", interrupted_parser)
    assert main(["check", "--lang=en", "a.txt"]) == 130
    assert capsys.readouterr().err == "\nhoiquanchung: interrupted (Ctrl-C)\n"
    assert main(["check", "a.txt"]) == 130
    assert capsys.readouterr().err == "\nhoiquanchung: đã dừng (Ctrl-C)\n"
