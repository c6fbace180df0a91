"""The numbers' vocabulary: data files with their sources, patterns built once from them, and
no module that spells the word lists again."""

from __future__ import annotations

import ast
import importlib.resources
import re
import tomllib
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hoiquanchung.numbers import Bound, find_quantities, parse_quantity
from hoiquanchung.numbers._vocabulary import (
    bound_words,
    dimension_labels,
    scale_pattern,
    scale_words,
    single_nouns,
    stop_words,
    unit_nouns,
    written_bound,
    written_scales,
)

SRC = Path(__file__).resolve().parent.parent / "src" / "hoiquanchung"
DATA = importlib.resources.files("hoiquanchung.numbers") / "data"
FILES = (
    "scale_words.toml",
    "bound_words.toml",
    "stop_words.toml",
    "unit_nouns.toml",
    "dimension_labels.toml",
    "label_nouns.toml",
)


@pytest.mark.parametrize("name", FILES)
def test_every_data_file_names_its_source_and_date(name: str) -> None:
    data = tomllib.loads((DATA / name).read_text(encoding="utf-8"))
    assert data["source"].strip()
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", data["compiled"])
    assert data["completeness"].strip()
    for entry in data.get("words", []):
        if isinstance(entry, dict):
            assert entry["source"].strip(), entry
    for table in data.values():
        if isinstance(table, dict) and "values" in table:
            assert table["source"].strip(), table


def test_words_are_nfc_lower_case_and_single_spaced() -> None:
    every = [
        *scale_words(),
        *bound_words("before"),
        *bound_words("after"),
        *stop_words(),
        *unit_nouns(),
        *(w for d in ("level", "sex", "area", "rest") for w in dimension_labels(d)),
    ]
    for word in every:
        assert word == unicodedata.normalize("NFC", word).lower() == " ".join(word.split())


def test_scale_words_and_their_values() -> None:
    assert scale_words() == {
        "nghìn": 1000,
        "ngàn": 1000,
        "triệu": 10**6,
        "tỷ": 10**9,
        "tỉ": 10**9,
        "vạn": 10**4,
    }
    assert written_scales() == ((10**9, "tỷ"), (10**6, "triệu"), (1000, "nghìn"))


def test_every_bound_word_is_read_as_its_bound() -> None:
    for word, name in bound_words("before").items():
        if name is None:  # "từ": only with "trở lên" / "trở xuống"
            assert parse_quantity(f"{word} 5 hội trở lên").bound is Bound.AT_LEAST
            continue
        assert parse_quantity(f"{word} 5 hội").bound is Bound[name], word
        assert word in Bound[name].words
    for word, name in bound_words("after").items():
        assert name is not None
        assert parse_quantity(f"5 hội {word}").bound is Bound[name], word


def test_written_bounds_in_both_languages() -> None:
    assert written_bound("MORE_THAN", "vi") == "hơn"
    assert written_bound("MORE_THAN", "en") == "more than"
    assert written_bound("EXACT", "vi") == ""
    for bound in Bound:
        if bound is not Bound.EXACT:
            assert written_bound(bound.name, "vi")
            assert written_bound(bound.name, "en")


def test_a_scale_word_starting_a_noun_is_no_scale() -> None:
    assert scale_pattern().match(" triệu đồng") is not None
    for noun in ("tỷ lệ", "tỉ lệ", "tỷ số", "tỷ trọng"):
        assert scale_pattern().match(f" {noun}") is None, noun


@given(st.sampled_from(sorted(scale_words())), st.integers(1, 999))
def test_every_scale_word_multiplies(word: str, n: int) -> None:
    assert parse_quantity(f"{n} {word} đồng").value == n * scale_words()[word]
    [match] = find_quantities(f"trị giá {n} {word.upper()} đồng")
    assert match.quantity.value == n * scale_words()[word]


@given(st.sampled_from(sorted(stop_words())))
def test_a_stop_word_is_never_a_unit(word: str) -> None:
    matches = find_quantities(f"có 25 {word} nhiều")
    assert matches[0].quantity.unit is None


# --- no module spells the lists again ----------------------------------------------------------

# How many distinct words of one list a single statement may spell before it is a copy.
LISTS = {
    "scale": (frozenset(scale_words()), 3),
    "bound": (frozenset(bound_words("before")) | frozenset(bound_words("after")), 3),
    "stop": (stop_words(), 12),
}


def _constants(node: ast.AST) -> Iterator[str]:
    """The string constants of *node* that may be a word list: a regular expression with an
    alternation, a short item, or a run of lower-case words (prose messages are not)."""
    for sub in ast.walk(node):
        if isinstance(sub, ast.Constant) and isinstance(sub.value, str):
            value = sub.value
            if (
                "|" in value
                or len(value.split()) <= 3
                or (value.islower() and not any(c in value for c in ".,;:!?"))
            ):
                yield value


def _statements(tree: ast.AST) -> Iterator[ast.AST]:
    """Assignments, returns, and collection literals: the places a word list is spelled."""
    for node in ast.walk(tree):
        if isinstance(
            node, (ast.Assign, ast.AnnAssign, ast.Return, ast.Dict, ast.Set, ast.List, ast.Tuple)
        ):
            yield node


def _spelled(text: str, words: frozenset[str]) -> set[str]:
    """The words of *words* in *text* (a string constant, possibly a regular expression)."""
    plain = re.sub(r"\\s[+*]?|\\b|[()?:+*\\]", " ", unicodedata.normalize("NFC", text).lower())
    # Alternatives stay apart: "(trên|dưới)" spells "trên" and "dưới", not the phrase "trên dưới".
    plain = " ".join(plain.replace("|", " | ").split())
    return {w for w in words if re.search(rf"(?<!\w){re.escape(w)}(?!\w)", plain)}


def test_no_module_spells_the_word_lists_again() -> None:
    copies = []
    for path in sorted(SRC.rglob("*.py")):
        if path.name == "_vocabulary.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in _statements(tree):
            text = " | ".join(_constants(node))
            for name, (words, limit) in LISTS.items():
                found = _spelled(text, words)
                if len(found) >= limit:
                    line = getattr(node, "lineno", 0)
                    copies.append(f"{path.relative_to(SRC)}:{line}: {name} {sorted(found)}")
    assert not copies, "\n".join(sorted(set(copies)))


def test_the_copy_detector_finds_a_copy() -> None:
    tree = ast.parse('X = re.compile(r"\\s+(?:tỷ|tỉ|triệu|nghìn|ngàn|vạn)(?!\\w)")')
    [text] = [" ".join(_constants(n)) for n in _statements(tree)]
    assert _spelled(text, LISTS["scale"][0]) == set(scale_words())
    tree = ast.parse('B = {"MORE_THAN": "hơn", "NEARLY": "gần", "ABOUT": "khoảng"}')
    text = " ".join(_constants(next(iter(_statements(tree)))))
    assert _spelled(text, LISTS["bound"][0]) == {"hơn", "gần", "khoảng"}
    tree = ast.parse('S = frozenset("""là và của cho với trong trên dưới đến tới từ có""".split())')
    text = " ".join(_constants(next(iter(_statements(tree)))))
    assert len(_spelled(text, LISTS["stop"][0])) == 12


def test_the_noun_lists_and_the_function_words_do_not_overlap() -> None:
    assert not single_nouns() & stop_words()
    assert not single_nouns() & frozenset(scale_words())
    # A counted noun may begin with a function word ("chỉ tiêu": "chỉ" is "only"); it is then
    # looked up before the word is set aside, and read whole.
    for noun in (n for n in unit_nouns() if n.split()[0] in stop_words()):
        [m] = find_quantities(f"có 9 {noun}, 3 người")[:1]
        assert m.quantity.unit == noun
