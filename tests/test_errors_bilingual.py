"""Every error the library raises is worded from the message catalogue (issue 11).

An error raised with a message written in place (``raise ValidationError("must be ...")`` or an
f-string) reads in English only; one raised with :func:`hoiquanchung.messages.error_text` carries
a code and reads in Vietnamese and English.  This scan reads every module of the package and
fails on any raise whose message is a literal, an f-string or a concatenation of them.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from _helpers import raises_worded_in_place

SRC = Path(__file__).resolve().parent.parent / "src" / "hoiquanchung"

#: Raises whose text is already rendered in the user's language (file, exception class).
_RENDERED = {
    # the CLI's usage errors carry a catalogue message rendered in --lang, behind an option name
    ("_cli_tally.py", "_UsageError"),
}


def _worded_in_place(path: Path) -> list[str]:
    return sorted(
        f"{path.relative_to(SRC)}:{line} raise {name}(...)"
        for line, name in raises_worded_in_place(path)
        if (path.name, name) not in _RENDERED
    )


@pytest.mark.parametrize("path", sorted(SRC.rglob("*.py")), ids=lambda p: str(p.relative_to(SRC)))
def test_no_error_is_worded_in_place(path: Path) -> None:
    assert _worded_in_place(path) == []


def test_the_scan_finds_a_message_written_in_place(tmp_path: Path) -> None:
    # The scan itself can fail: a raise with an English literal or an f-string is found.
    sample = tmp_path / "sample.py"
    sample.write_text(
        'def f(x):\n    if x:\n        raise ValueError("bad")\n    raise KeyError(f"no {x}")\n',
        encoding="utf-8",
    )
    global SRC
    saved, SRC = SRC, tmp_path
    try:
        assert _worded_in_place(sample) == [
            "sample.py:3 raise ValueError(...)",
            "sample.py:4 raise KeyError(...)",
        ]
    finally:
        SRC = saved
