"""Sphinx configuration for hoiquanchung."""

from __future__ import annotations

from importlib.metadata import version as _version

project = "hoiquanchung"
author = "The hoiquanchung developers"
copyright = "2026, The hoiquanchung developers"
release = _version("hoiquanchung")
version = release

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.doctest",
    "sphinx.ext.napoleon",
]
source_suffix = {".rst": "restructuredtext", ".md": "markdown"}
root_doc = "index"
language = "en"
exclude_patterns = ["_build"]
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_typehints_format = "short"
autodoc_preserve_defaults = True
napoleon_google_docstring = True
napoleon_numpy_docstring = False

# Docstring examples run under pytest --doctest-modules (with their module globals); the
# doctest builder runs the explicit doctest directives of the documentation pages.
doctest_test_doctest_blocks = ""
doctest_global_setup = """
from decimal import Decimal
import hoiquanchung
"""

html_theme = "furo"
html_title = "hoiquanchung"
