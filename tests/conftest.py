"""Shared fixtures and hypothesis profiles.

Profiles: ``ci`` (thorough, used when ``CI=true``), ``dev`` (fast, the default elsewhere).
Choose one explicitly with ``HYPOTHESIS_PROFILE=ci pytest``.
"""

from __future__ import annotations

import os
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci",
    max_examples=300,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("dev", max_examples=60, deadline=None)
settings.load_profile(
    os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") == "true" else "dev")
)

ROOT = Path(__file__).resolve().parent.parent
#: The reference document stays outside the project (../shared/source/ beside the checkout).
REFERENCE_NAME = "000_bb730d81e38469fa.txt"


def reference_path() -> Path:
    """Where the reference document is: ``$HOIQUANCHUNG_REFERENCE`` or ``../shared/source/``."""
    override = os.environ.get("HOIQUANCHUNG_REFERENCE")
    if override:
        return Path(override)
    return ROOT.parent / "shared" / "source" / REFERENCE_NAME


@pytest.fixture(scope="session")
def reference_raw() -> str:
    """The reference document's text exactly as stored (not normalised).

    Skips when the document is missing, except under ``CI=true``, where it fails.
    """
    path = reference_path()
    if not path.is_file():
        message = f"reference document not found at {path}"
        if os.environ.get("CI") == "true":
            pytest.fail(message + " (CI=true: the reference document is required)")
        pytest.skip(message)
    return path.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def reference_text(reference_raw: str) -> str:
    """The reference document, NFC-normalised."""
    return unicodedata.normalize("NFC", reference_raw)
