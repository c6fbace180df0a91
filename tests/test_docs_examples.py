"""The ``>>>`` examples in plain code blocks of the documentation pages run and hold.

Sphinx's doctest builder runs the pages' ``{doctest}`` directives only; an example written in a
plain fenced block (```` ```python ````) would drift unseen, as one on the messages page did.
"""

from __future__ import annotations

import doctest
import re
from pathlib import Path

import pytest

DOCS = Path(__file__).resolve().parent.parent / "docs"
_FENCE = re.compile(r"^```(?:python|pycon|py)?[ \t]*\n(.*?)^```", re.S | re.M)
_PAGES = sorted(p for p in DOCS.rglob("*.md") if "_build" not in p.parts)


def _examples(page: Path) -> str:
    return "\n".join(b for b in _FENCE.findall(page.read_text(encoding="utf-8")) if ">>>" in b)


@pytest.mark.parametrize("page", _PAGES, ids=lambda p: str(p.relative_to(DOCS)))
def test_plain_examples_of_the_page_hold(page: Path) -> None:
    source = _examples(page)
    if not source:
        return
    test = doctest.DocTestParser().get_doctest(source, {}, page.name, str(page), 0)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    failures: list[str] = []
    runner.run(test, out=failures.append)
    assert runner.failures == 0, "".join(failures)


def test_the_pages_have_plain_examples_to_run() -> None:
    assert any(_examples(page) for page in _PAGES)
