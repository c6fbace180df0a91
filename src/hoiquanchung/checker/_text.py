"""Lines of a document into paragraphs: NFC text with a map back to the original positions.

A report exported from Word is a sequence of lines.  Each line is NFC-normalised on its own (a
newline is a starter, so the NFC of the whole text is the NFC of its lines joined), while a map
keeps, for every character of the normalised text, the column of the original line it came from:
the reference document mixes composed and decomposed Vietnamese, and a column must point into the
text the user has, not into its normalised copy.

Word-export artefacts are blanked with as many :data:`BLANK` characters (so that offsets into the
NFC text stay true and two numbers around a marker are never glued together): footnote references
``[[footnoteRef:1]]``, bookmarks ``[bookmark: _Hlk147495068]``.  A footnote body ``[1: [] ...]``
becomes a paragraph of its own, which may run over several lines, up to its closing bracket.

A line longer than :data:`MAX_LINE` characters (a file with no line breaks, a runaway Word
paragraph) is not held whole: the readers (and :func:`split_lines`) cut it into pieces of at most
that length, at the end of a sentence when there is one, else at a space, never inside a
combining sequence (:func:`cut_point`), and pass each piece but the last with the separator
:data:`CONTINUED`.  Each
piece is checked as a paragraph of its own; its positions stay those of the original line.  Every
character is still checked; only a figure whose parts fall on both sides of a cut is not compared
(a miss, never a false alarm from half a sentence: the cut prefers the end of a sentence).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from itertools import accumulate, compress, count
from operator import ne
from typing import Final, overload

import attrs

from hoiquanchung.numbers._quantity import open_twin

_combining = unicodedata.combining

__all__ = [
    "BLANK",
    "CONTINUED",
    "Columns",
    "MAX_LINE",
    "Paragraph",
    "Splitter",
    "cut_point",
    "nfc_with_columns",
    "paragraphs",
    "split_lines",
]

#: What a Word artefact is replaced with, one for each of its characters: U+2060 WORD JOINER,
#: neither a space nor a letter nor a digit, so that a quantity never runs across an artefact
#: ("12[[footnoteRef:3]]34 hội" is 12 and 34 hội; "0[[footnoteRef:1]] người" has no unit).
BLANK = "\u2060"
_EMPTY = " \t\u00a0\u2060\ufeff"

#: The longest line checked as one paragraph, in characters (the reference report's longest line
#: has 2,586).  A longer line is cut into pieces (see the module's description): reading stays
#: linear in time and bounded in memory whatever the file.
MAX_LINE = 20_000

#: The separator a reader gives a piece of a line cut at :data:`MAX_LINE` when more of the same
#: line follows.  It is never a line ending: a NUL is refused in a report (``'nul'``).
CONTINUED = "\x00"


_SENTENCE_END = re.compile(r"[.;:!?…][\"'”’)\]]*\s+")
# _SENTENCE_END written backwards, for a text turned round (see cut_point).
_SENTENCE_END_BACKWARDS = re.compile(r"\s+[\"'”’)\]]*[.;:!?…]")
_SPACE = re.compile(r"\s+")

_ARTEFACT = re.compile(
    r"\[\[(?:footnote|endnote)Ref:\d+\]\]"  # footnote reference in the text
    r"|\[bookmark: [^\]\n]*\]"  # Word bookmark
    r"|\[(?:footnote|endnote)Ref:\d+\]"
)
_FOOTNOTE_START = re.compile(r"\[\d{1,4}: ?\[\] ?")
_NEWLINE = re.compile(r"\r\n|\r|\n")
_SQUARE = re.compile(r"[\[\]]")


@attrs.frozen
class Paragraph:
    """A paragraph of a document, ready for the rules.

    ``text`` is NFC-normalised, with Word artefacts blanked; ``line`` is the 1-based line of the
    original text where it is; ``columns[i]`` is the 0-based column in that original line of
    ``text[i]`` (with one more entry for the end); ``offset`` is where ``text`` starts in the NFC
    text of the whole document; ``footnote`` tells a footnote body from the running text.
    """

    text: str
    line: int
    columns: Sequence[int]
    offset: int
    footnote: bool = False

    def position(self, index: int) -> tuple[int, int]:
        """1-based ``(line, column)`` in the original text of ``text[index]``."""
        index = min(max(index, 0), len(self.columns) - 1)
        return self.line, self.columns[index] + 1


_OpenParagraph: Final = open_twin(Paragraph)


def _clusters(text: str) -> list[tuple[int, str]]:
    """*text* cut into clusters ``(start, cluster)``: a character and the combining marks
    (canonical combining class > 0, in the Basic Multilingual Plane) after it; marks at the
    start make a cluster of their own.

    Marks outside the Basic Multilingual Plane start a cluster of their own; the merging step
    of :func:`nfc_with_columns` puts them back with their base when NFC needs it.  (A loop over
    the characters of a word: a regular expression with the class of every mark tests each
    character against hundreds of ranges; speed.)

    >>> [(start, len(cluster)) for start, cluster in _clusters("a\\u0302\\u0301b")]
    [(0, 3), (3, 1)]
    """
    pieces: list[tuple[int, str]] = []
    start = 0
    for i, ch in enumerate(text):
        if i and ch < "\U00010000" and _combining(ch):
            continue  # a mark: the cluster goes on
        if i:
            pieces.append((start, text[start:i]))
        start = i
    if text:
        pieces.append((start, text[start:]))
    return pieces


class Columns(Sequence[int]):
    """The original columns of an NFC text (:func:`nfc_with_columns`), held by stretches: where
    NFC left the line as it was, a column is the index plus a shift; only the characters of the
    words NFC changed have columns of their own.  A long line with one word not in NFC (a whole
    file on one line, cut into pieces of :data:`MAX_LINE`) keeps a few numbers, not one a
    character, and its pieces and paragraphs are cut from it without a copy of them (speed).

    ``bounds[k]`` is the index where stretch *k* starts (``bounds[0] == 0``, increasing);
    ``parts[k]`` its shift (an ``int``: column = index + shift) or the columns of its characters
    (a tuple); *length* the number of columns.

    >>> cols = Columns([0, 2, 4], [0, (3, 3), 1], 7)
    >>> list(cols), cols[-1], list(cols[1:5]), cols[4:6]
    ([0, 1, 3, 3, 5, 6, 7], 7, [1, 3, 3, 5], range(5, 7))
    """

    __slots__ = ("_bounds", "_length", "_parts")

    def __init__(self, bounds: list[int], parts: list[int | tuple[int, ...]], length: int) -> None:
        self._bounds = bounds
        self._parts = parts
        self._length = length

    def __len__(self) -> int:
        return self._length

    @overload
    def __getitem__(self, index: int) -> int: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[int]: ...

    def __getitem__(self, index: int | slice) -> int | Sequence[int]:
        if isinstance(index, slice):
            start, stop, step = index.indices(self._length)
            if step != 1:
                return list(self)[index]
            return self._between(start, max(start, stop))
        if not 0 <= index < self._length:  # the figures' columns are never negative (speed)
            if index < 0:
                index += self._length
            if not 0 <= index < self._length:
                raise IndexError(index)  # the sequence protocol: past the end
        bounds = self._bounds
        k = bisect_right(bounds, index) - 1
        part = self._parts[k]
        if type(part) is int:
            return index + part
        assert isinstance(part, tuple)
        return part[index - bounds[k]]

    def __iter__(self) -> Iterator[int]:
        bounds, parts = self._bounds, self._parts
        ends = [*bounds[1:], self._length]
        for begin, end, part in zip(bounds, ends, parts, strict=True):
            if isinstance(part, int):
                yield from range(begin + part, end + part)
            else:
                yield from part

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence):
            return NotImplemented
        return len(other) == self._length and list(self) == list(other)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Columns({self._bounds!r}, {self._parts!r}, {self._length!r})"

    def _between(self, start: int, stop: int) -> Sequence[int]:
        """``self[start:stop]`` (``start <= stop``): a range when it lies in one shifted
        stretch (most paragraphs of a line), a tuple inside one word, else columns."""
        if start == stop:
            return range(0)
        bounds, parts = self._bounds, self._parts
        first = bisect_right(bounds, start) - 1
        last = bisect_right(bounds, stop - 1) - 1
        if first == last:
            part = parts[first]
            if isinstance(part, int):
                return range(start + part, stop + part)
            return part[start - bounds[first] : stop - bounds[first]]
        new_bounds = [0]
        new_parts: list[int | tuple[int, ...]] = []
        for k in range(first, last + 1):
            part = parts[k]
            begin = max(bounds[k], start)
            if k > first:
                new_bounds.append(begin - start)
            if isinstance(part, int):
                new_parts.append(part + start)
            else:
                end = bounds[k + 1] if k < last else stop
                new_parts.append(part[begin - bounds[k] : end - bounds[k]])
        return Columns(new_bounds, new_parts, stop - start)

    def shifted(self, shift: int) -> Columns:
        """Every column plus *shift* (the next piece of a line cut at :data:`MAX_LINE`)."""
        parts = [
            part + shift if isinstance(part, int) else tuple(map(shift.__add__, part))
            for part in self._parts
        ]
        return Columns(self._bounds, parts, self._length)


def nfc_with_columns(line: str) -> tuple[str, Sequence[int]]:
    """NFC-normalise *line*; return it with the original column of each character (and the end).

    >>> text, cols = nfc_with_columns("Tỉnh ủy")          # already NFC: the identity
    >>> text == "Tỉnh ủy", list(cols) == list(range(8))
    (True, True)
    >>> nfd = unicodedata.normalize("NFD", "tỷ lệ 5%")
    >>> text, cols = nfc_with_columns(nfd)
    >>> text, len(nfd), text.index("5"), cols[text.index("5")]
    ('tỷ lệ 5%', 11, 6, 9)
    """
    length = len(line)
    first = after = 0  # the same text before and after the changed words
    if length > _LONG:
        # A long line is normalised piece by piece (see _nfc_pieces), which tells where NFC
        # changed it: only there is it read word by word.
        target, first, after = _nfc_pieces(line)
        if target is line:
            return line, range(length + 1)
    else:
        # normalize() answers an NFC line with the line itself after a quick check; a line the
        # quick check is unsure of is normalised once, not tested and then normalised (speed).
        target = unicodedata.normalize("NFC", line)
        if target == line:
            return line, range(length + 1)
    # A space never composes with what is around it: the words of the NFC line are the NFC
    # forms of the words of the line, one for one.  Words equal in both keep their columns,
    # shifted (most of a line, usually).  Only the stretch of words between the first and the
    # last character NFC changed is read word by word (found by comparisons in C: a line may
    # have thousands of words, one of them not in NFC); there the words that differ are found,
    # and the offsets of the words counted, by loops in C, and only the words that differ take
    # the slow way, each of which must give the word of the NFC line (speed).
    nfc_length = len(target)
    words = line[first : length - after].split(" ")
    composed = target[first : nfc_length - after].split(" ")
    if len(words) != len(composed):  # pragma: no cover - a space that composed after all
        return _nfc_word(line)
    # The offset of word i, in the line and in its NFC: *first*, the lengths of the words
    # before it, and a space after each.
    begins = list(accumulate(map(len, words), initial=first))
    changed = list(compress(count(), map(ne, words, composed)))
    if len(changed) * _DENSE > length:
        # Many words changed (a text written decomposed): a column a character, made by loops
        # in C, is cheaper than a stretch a word.
        columns = list(range(first))
        run = first  # where the current stretch of unchanged text starts
        for i in changed:
            word = words[i]
            text, cols = _nfc_word_remembered(word)
            if text != composed[i]:  # pragma: no cover - a space that composed after all
                return _nfc_word(line)
            begin = begins[i] + i
            columns.extend(range(run, begin))
            columns.extend(map(begin.__add__, cols[:-1]))
            run = begin + len(word)
        columns.extend(range(run, length + 1))
        return target, columns
    nfc_begins = list(accumulate(map(len, composed), initial=first))
    bounds = [0]
    parts: list[int | tuple[int, ...]] = [0]
    for i in changed:
        word = words[i]
        text, cols = _nfc_word_remembered(word)
        nfc_word = composed[i]
        if text != nfc_word:  # pragma: no cover - a space that composed after all
            return _nfc_word(line)
        begin, at = begins[i] + i, nfc_begins[i] + i
        explicit = tuple(map(begin.__add__, cols[:-1]))
        if at == bounds[-1]:  # the word opens the line
            parts[-1] = explicit
        else:
            bounds.append(at)
            parts.append(explicit)
        bounds.append(at + len(nfc_word))
        parts.append(begin + len(word) - at - len(nfc_word))
    return target, Columns(bounds, parts, len(target) + 1)


#: Characters of a line for each word NFC changed, below which :func:`nfc_with_columns` gives
#: a list (a column a character) rather than :class:`Columns` (a stretch a word): each stretch
#: costs about as much as a hundred columns made in C, and is read more slowly; but a column
#: made is also freed, and most columns of a line are never read (speed, round 21: the
#: reference's line with 17 words decomposed in 1,594 characters, a list at 100, costs 0.2 %
#: of the whole checker less as stretches; callgrind).
_DENSE = 50
#: The length of a line above which :func:`nfc_with_columns` normalises it piece by piece
#: (:func:`_nfc_pieces`), which tells the stretch of the words NFC changed, before reading words
#: (below it the whole line is normalised at once and split into words).
_LONG = 1000
#: The length of a piece of a long line normalised on its own (:func:`_nfc_pieces`), up to the
#: next space.  (speed, round 21: the reference report's one line not in NFC, 1,594 characters
#: with 17 words decomposed between its characters 171 and 477, is normalised in two pieces of
#: about 256 characters, not whole: normalize() composes a text it is unsure of at several
#: hundred instructions a character, and only checks one that is in NFC, at about twenty; each
#: piece costs a few bytecodes more, about as much as checking a hundred characters.)
_PIECE = 256


def _nfc_pieces(line: str) -> tuple[str, int, int]:
    """The NFC of a long *line*, normalised in pieces of about :data:`_PIECE` characters cut
    before a space; with it ``first``, where the first piece NFC changed begins (after a space,
    or 0), and ``after``, the number of characters after the last piece NFC changed (from a
    space, or 0).  The NFC of a line in NFC is the line itself (the same object).

    Exact: a space is a starter that composes with nothing, before or after it (a character of
    NFC quick check Yes, canonical combining class 0, which begins no canonical decomposition:
    tested on every character), so the NFC of a text cut before a space is the NFC of its
    pieces joined; a piece in NFC is given back by normalize() itself, after its quick check.

    >>> nfd = unicodedata.normalize("NFD", "tháng")
    >>> text, first, after = _nfc_pieces("a " * 200 + nfd + " b" * 300)
    >>> text == "a " * 200 + "tháng" + " b" * 300, first, after
    (True, 258, 492)
    >>> line = "a " * 600
    >>> _nfc_pieces(line) == (line, 0, 0) and _nfc_pieces(line)[0] is line
    True
    """
    normalize = unicodedata.normalize
    length = len(line)
    parts: list[str] = []
    first = last = -1  # the first piece NFC changed, and where the last one ends
    pos = 0
    while pos < length:
        cut = line.find(" ", pos + _PIECE)
        if cut < 0:
            cut = length
        piece = line[pos:cut]
        nfc_piece = normalize("NFC", piece)
        if nfc_piece is not piece and nfc_piece != piece:
            if first < 0:
                first = pos
            last = cut
        parts.append(nfc_piece)
        pos = cut
    if first < 0:
        return line, 0, 0
    # A piece but the first begins with its space: the changed words begin after it.
    return "".join(parts), first + 1 if first else 0, length - last


def _nfc_word_remembered(word: str) -> tuple[str, Sequence[int]]:
    """:func:`_nfc_word` of a word, made once for each word among the last :data:`_WORDS_KEPT`
    (a text not in NFC has the same few words again and again: "ngày", "tháng", "của"; a long
    one is not kept, a bound on the memory; speed).  What it gives is shared: not modified.

    >>> nfd = unicodedata.normalize("NFD", "tháng")
    >>> _nfc_word_remembered(nfd) == _nfc_word(nfd), _nfc_word_remembered(nfd)[0] == "tháng"
    (True, True)
    """
    found = _NFC_WORDS.get(word)
    if found is None:
        found = _nfc_word(word)
        if len(word) <= _MAX_KEPT_WORD:
            if len(_NFC_WORDS) >= _WORDS_KEPT:
                _NFC_WORDS.clear()
            _NFC_WORDS[word] = found
    return found


_NFC_WORDS: dict[str, tuple[str, Sequence[int]]] = {}
_WORDS_KEPT = 2048
_MAX_KEPT_WORD = 40


def _nfc_word(line: str) -> tuple[str, Sequence[int]]:
    """The cluster-by-cluster way of :func:`nfc_with_columns`."""
    # Split into clusters: a starter and the combining marks after it; normalise each.
    pieces = _clusters(line)
    target = unicodedata.normalize("NFC", line)
    parts = [unicodedata.normalize("NFC", chunk) for _, chunk in pieces]
    if "".join(parts) != target:
        # Scripts whose composition crosses starters (Hangul jamo, some others): merge
        # neighbouring clusters until each merged chunk normalises on its own.
        merged: list[tuple[int, str]] = []
        for begin, chunk in pieces:
            if merged:
                prev_begin, prev = merged[-1]
                joined = prev + chunk
                norm = unicodedata.normalize("NFC", joined)
                # A cluster opened by a mark (one outside the Basic Multilingual Plane) belongs
                # with its base: canonical reordering may move it across the boundary.
                if unicodedata.combining(chunk[0]) or norm != (
                    unicodedata.normalize("NFC", prev) + unicodedata.normalize("NFC", chunk)
                ):
                    merged[-1] = (prev_begin, joined)
                    continue
            merged.append((begin, chunk))
        pieces = merged
        parts = [unicodedata.normalize("NFC", chunk) for _, chunk in pieces]
        if "".join(parts) != target:  # pragma: no cover - last resort: whole line, column 0
            return target, [0] * len(target) + [len(line)]
    columns: list[int] = []
    for (begin, _chunk), part in zip(pieces, parts, strict=True):
        columns.extend([begin] * len(part))
    columns.append(len(line))
    return target, columns


def split_lines(text: str) -> Iterator[tuple[str, str]]:
    """Yield ``(line, separator)`` for each line of *text*; newlines ``\\n``, ``\\r\\n``, ``\\r``.

    A line longer than :data:`MAX_LINE` comes in pieces, as from the file readers, so that
    :func:`~hoiquanchung.checker.check_text` and a file give the same findings.

    >>> list(split_lines("a\\r\\nb\\nc"))
    [('a', '\\r\\n'), ('b', '\\n'), ('c', '')]
    """
    pos = 0
    if "\r" not in text:  # the common case: str.find is faster than the search
        end = text.find("\n")
        while end >= 0:
            if end - pos <= MAX_LINE:  # the common case: one piece, yielded here (speed)
                yield text[pos:end], "\n"
            else:
                yield from _pieces(text, pos, end, "\n")
            pos = end + 1
            end = text.find("\n", pos)
    else:
        for m in _NEWLINE.finditer(text):
            yield from _pieces(text, pos, m.start(), m.group())
            pos = m.end()
    if pos < len(text):
        yield from _pieces(text, pos, len(text), "")


def _pieces(text: str, start: int, stop: int, separator: str) -> Iterator[tuple[str, str]]:
    """``text[start:stop]`` as one line, or in pieces of at most :data:`MAX_LINE` characters."""
    while stop - start > MAX_LINE:
        cut = start + cut_point(text[start : start + MAX_LINE + 1], MAX_LINE)
        yield text[start:cut], CONTINUED
        start = cut
    yield text[start:stop], separator


def cut_point(text: str, limit: int = MAX_LINE) -> int:
    """Where to cut *text* (longer than *limit*) so that the first piece has at most *limit* chars.

    After the last end of a sentence in the second half of ``text[:limit]``; else after its last
    space; else at *limit*, moved back over combining marks and low surrogates so that a letter is
    never parted from its accents.

    >>> cut_point("Có 5 hội. Có 6 hội viên và 7 chi hội", 16)
    10
    >>> cut_point("một hai ba bốn năm sáu", 12)
    11
    >>> cut_point("a" * 9 + "\u0301" * 3 + "b", 10)
    8
    """
    if len(text) <= limit:
        return len(text)
    window_start = limit // 2
    # The last end of a sentence of the window: the first match of the pattern written
    # backwards in the window turned round (a match starts at its mark, and no mark is inside
    # another match, so the last of those found forwards is the one that ends last; speed: the
    # forward search tries every character of the window, the backward one stops at the end).
    backwards = _SENTENCE_END_BACKWARDS.search(text[window_start:limit][::-1])
    if backwards is not None:
        return limit - backwards.start()
    ends = [m.end() for m in _SPACE.finditer(text, window_start, limit)]
    if ends:
        return ends[-1]
    cut = limit
    while cut > window_start and (
        unicodedata.combining(text[cut]) or "\udc00" <= text[cut] <= "\udfff"
    ):
        cut -= 1
    return cut


def _blank(m: re.Match[str]) -> str:
    return BLANK * (m.end() - m.start())


class Splitter:
    """Turn original lines into :class:`Paragraph` objects, one line at a time.

    It keeps only the state of an open footnote body between lines, so memory does not grow
    with the document.  A piece fed with the separator :data:`CONTINUED` is followed by more of
    the same line: the next piece keeps its line number and counts its columns on.

    >>> s = Splitter()
    >>> paras = list(s.feed("Có 40 hội[[footnoteRef:1]] 12 người. [1: [] Cấp tỉnh: 13 hội.]"))
    >>> [(" ".join(p.text.replace(BLANK, "").split()), p.footnote) for p in paras]
    [('Có 40 hội 12 người.', False), ('Cấp tỉnh: 13 hội.', True)]
    >>> paras[1].position(0)  # "Cấp" is on line 1, column 45 of the original
    (1, 45)
    """

    def __init__(self) -> None:
        self._line = 0
        self._offset = 0
        self._depth = 0  # > 0 while inside a footnote body: open brackets to close
        self._column = 0  # original columns of the line before this piece (after CONTINUED)

    def feed(self, line: str, separator: str = "\n") -> Iterator[Paragraph]:
        """Paragraphs of the next original *line* (without its line separator)."""
        text, columns = nfc_with_columns(line)
        if self._column:
            shift = self._column
            # The columns counted on from the pieces before (a range stays a range; speed).
            if isinstance(columns, range):
                columns = range(columns.start + shift, columns.stop + shift)
            elif isinstance(columns, Columns):
                columns = columns.shifted(shift)
            else:
                columns = list(map(shift.__add__, columns))
        else:
            self._line += 1
        if separator == CONTINUED:
            self._column += len(line)
            separator = ""
        else:
            self._column = 0
        if "[" in text:
            text = _ARTEFACT.sub(_blank, text)
        base = self._offset
        self._offset += len(text) + len(separator)
        pos = 0
        n = len(text)
        while pos < n:
            if self._depth:
                end = self._footnote_end(text, pos)
                stop = n if end is None else end
                para = self._emit(text, columns, base, pos, stop, footnote=True)
                if para is not None:
                    yield para
                if end is None:
                    return
                pos = end + 1  # the closing "]" is in no paragraph (the line is not rebuilt)
                continue
            m = _FOOTNOTE_START.search(text, pos) if "[" in text else None
            stop = n if m is None else m.start()
            para = self._emit(text, columns, base, pos, stop, footnote=False)
            if para is not None:
                yield para
            if m is None:
                return
            self._depth = 1  # "[1: [] " is in no paragraph either
            pos = m.end()

    def _plain(self, line: str, separator: str) -> Paragraph | None:
        """The paragraph :meth:`feed` makes of a whole *line* without a ``[`` when no footnote
        body is open and no piece of the line came before (``None`` when it is blank)."""
        text, columns = nfc_with_columns(line)
        self._line += 1
        base = self._offset
        self._offset += len(text) + len(separator)
        if not text:
            return None
        return self._emit(text, columns, base, 0, len(text), footnote=False)

    def _footnote_end(self, text: str, pos: int) -> int | None:
        for m in _SQUARE.finditer(text, pos):  # the brackets only, not every character
            if m.group() == "[":
                self._depth += 1
            else:
                self._depth -= 1
                if self._depth == 0:
                    return m.start()
        return None

    def _emit(
        self, text: str, columns: Sequence[int], base: int, start: int, stop: int, *, footnote: bool
    ) -> Paragraph | None:
        """The paragraph ``text[start:stop]``, ``None`` when it is blank."""
        piece = text[start:stop]
        if not piece.strip(_EMPTY):
            return None
        # Made without the constructor, which checks nothing, as its open twin (one a
        # paragraph; speed).
        building = _OpenParagraph()
        building.text = piece
        building.line = self._line
        building.columns = columns[start : stop + 1]
        building.offset = base + start
        building.footnote = footnote
        building.__class__ = Paragraph
        para: Paragraph = building
        return para


def paragraphs(lines: Iterable[tuple[str, str]]) -> Iterator[Paragraph]:
    """Paragraphs of a document given as ``(line, separator)`` pairs."""
    splitter = Splitter()
    feed, plain = splitter.feed, splitter._plain
    for line, sep in lines:
        if "[" in line or sep == CONTINUED or splitter._depth or splitter._column:
            yield from feed(line, sep)
        else:
            # The commonest line: no artefact or footnote, a whole line, none open before it
            # (the NFC of a line has a "[" where the line has one): its one paragraph, without
            # a generator (speed).
            para = plain(line, sep)
            if para is not None:
                yield para
