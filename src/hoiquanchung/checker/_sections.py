"""Where a finding is in the report's outline: ``Phần thứ nhất > II.4.3 Tham gia ...``.

Reports number their sections ``I.``, ``II.`` (Roman), then ``1.``, ``1.1.``, ``4.3.``, and group
them in parts (*Phần thứ nhất*, *Phần thứ hai*).  A paragraph is taken for a heading when it
starts with such a number, is short (at most 200 characters) and does not end like a sentence
(``.`` or ``;``): the numbered paragraphs of a list of tasks are not headings.  The path is
informative only (it goes into :attr:`~hoiquanchung.findings.Finding.path`); lines and columns
stay the way to find a figure.
"""

from __future__ import annotations

import re

from hoiquanchung.checker._text import BLANK, Paragraph

__all__ = ["Outline"]

_HEADING = re.compile(
    r"\s*(?P<num>[IVXL]{1,6}|\d{1,2}(?:\.\d{1,2}){0,3})\.\s+(?P<title>\S.*)", re.S
)
_PART = re.compile(r"\s*(?P<part>Phần\s+thứ\s+\S+)\s*\Z", re.IGNORECASE)
_ROMAN = re.compile(r"[IVXL]+\Z")
_MAX_HEADING = 200
# What a heading or a part opens with, after white space and blanked artefacts: a digit, a
# Roman numeral's letter or the P of "Phần" (one test at the start of every paragraph, before
# its text is copied without them; speed).
_OPENING = re.compile(rf"[\s{BLANK}]*[\dIVXLPp]")


class Outline:
    """The current part and section while a report is read paragraph by paragraph.

    >>> from hoiquanchung.checker._text import Splitter
    >>> outline, s = Outline(), Splitter()
    >>> lines = ["Phần thứ nhất", "II. KẾT QUẢ", "4.3. Tham gia các chương trình:", "Có 5 hội."]
    >>> for line in lines:
    ...     for para in s.feed(line):
    ...         outline.feed(para)
    >>> outline.path
    'Phần thứ nhất > II.4.3 Tham gia các chương trình'
    """

    def __init__(self) -> None:
        self._part: str | None = None
        self._roman: str | None = None
        self._number: str | None = None
        self._title: str | None = None
        # The path, written when a heading changes it (read for every paragraph; speed).
        self._path: str | None = None

    def feed(self, paragraph: Paragraph) -> None:
        """Take note of *paragraph* if it is a heading."""
        if paragraph.footnote or _OPENING.match(paragraph.text) is None:
            return
        text = paragraph.text.replace(BLANK, "").strip()
        if len(text) > _MAX_HEADING or not text:
            return
        part = _PART.match(text)
        if part is not None:
            self._part = " ".join(part.group("part").split())
            self._roman = self._number = self._title = None
            self._path = self._written()
            return
        # A heading never ends a sentence: that cheap test before the pattern (speed).
        if text.endswith((".", ";", "…")):
            return
        m = _HEADING.match(text)
        if m is None:
            return
        num, title = m.group("num"), " ".join(m.group("title").split()).rstrip(":").strip()
        if _ROMAN.match(num):
            self._roman, self._number = num, None
        else:
            self._number = num
        self._title = title
        self._path = self._written()

    @property
    def path(self) -> str | None:
        """``Phần thứ nhất > II.4.3 Title``; ``None`` before any heading."""
        return self._path

    def _written(self) -> str | None:
        if self._roman and self._number:
            section = f"{self._roman}.{self._number}"
        else:
            section = self._roman or self._number or ""
        if self._title:
            section = f"{section} {self._title}".strip()
        parts = [p for p in (self._part, section) if p]
        return " > ".join(parts) if parts else None
