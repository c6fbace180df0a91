"""The library's text normalisations (``hoiquanchung._nfc``): each one's laws, and that each
still gives what the inline code it replaced gave."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hoiquanchung._nfc import (
    collapsed_if_text,
    collapsed_text,
    match_key,
    nfc_if_text,
    nfc_text,
    stripped_if_text,
    stripped_text,
    unaccented_key,
)
from hoiquanchung.errors import NumberFormatError, ValidationError

_VI = "aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
_SPACES = " \t\n\u00a0\u2009\u3000"

#: Any text at all (the laws hold for every script).
any_text = st.text()
#: Vietnamese-looking text, upper and lower case, odd spacing, dots, dashes and digits, written
#: composed or decomposed.
vi_text = st.builds(
    lambda text, form: unicodedata.normalize(form, text),
    st.text(_VI + _VI.upper() + _SPACES + ".-/,0123456789", max_size=40),
    st.sampled_from(["NFC", "NFD"]),
)
texts = st.one_of(any_text, vi_text)

NORMALISERS = [nfc_text, stripped_text, collapsed_text, match_key, unaccented_key]


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


# --- laws -----------------------------------------------------------------------------------


@pytest.mark.parametrize("normalise", NORMALISERS, ids=lambda f: f.__name__)
@given(text=texts)
def test_idempotent(normalise, text):
    once = normalise(text)
    assert normalise(once) == once


@pytest.mark.parametrize("normalise", NORMALISERS, ids=lambda f: f.__name__)
@given(text=texts)
def test_composed_and_decomposed_inputs_give_the_same_result(normalise, text):
    result = normalise(unicodedata.normalize("NFC", text))
    assert normalise(unicodedata.normalize("NFD", text)) == result
    assert unicodedata.is_normalized("NFC", result)


@given(text=texts)
def test_each_builds_on_the_one_before(text):
    assert stripped_text(text) == nfc_text(text).strip()
    assert collapsed_text(text) == " ".join(nfc_text(text).split())
    assert collapsed_text(stripped_text(text)) == collapsed_text(text)
    assert stripped_text(collapsed_text(text)) == collapsed_text(text)
    assert match_key(text) == match_key(collapsed_text(text))
    assert match_key(text) == collapsed_text(nfc(text).casefold())
    assert unaccented_key(text) == unaccented_key(match_key(text))


@given(text=vi_text)
def test_vietnamese_keys(text):
    key = match_key(text)
    assert key == " ".join(nfc(text).casefold().split())
    assert unaccented_key(text).isascii()
    assert unaccented_key(text) == unaccented_key(nfc(text).upper())
    # What the accents carry is all that is lost: same length as the key, letter by letter.
    assert len(unaccented_key(text)) == len(key)


@given(text=st.text(st.characters(codec="ascii")))
def test_ascii_keys_need_no_unaccenting(text):
    assert unaccented_key(text) == match_key(text) == " ".join(text.casefold().split())


def test_examples():
    assert stripped_text("\u00a0 Hội  Nông dân \t") == "Hội  Nông dân"
    assert collapsed_text("Hô\u0323i\u3000 Nông\n dân ") == "Hội Nông dân"
    assert match_key("  HỘI   NÔNG DÂN ") == "hội nông dân"
    assert unaccented_key("ĐỒNG THÁP  ") == "dong thap"
    assert unaccented_key("Hòa") == unaccented_key("hoà") == "hoa"
    # Case folding decomposes 'ǰ' (U+01F0) to 'j' + caron: the key is NFC again.
    assert match_key("\u01f0") == "\u01f0"
    assert unaccented_key("\u01f0") == "j"
    # A mark written alone between spaces leaves no double space behind.
    assert unaccented_key("a \u0301 b") == "a b"


def test_nfc_text_refuses_what_is_not_a_text():
    with pytest.raises(ValidationError) as caught:
        nfc_text(5, "name")
    assert caught.value.field == "name"
    with pytest.raises(NumberFormatError):
        nfc_text(b"5", "text", error=NumberFormatError)


@pytest.mark.parametrize(
    ("convert", "normalise"),
    [
        (nfc_if_text, nfc_text),
        (stripped_if_text, stripped_text),
        (collapsed_if_text, collapsed_text),
    ],
    ids=lambda f: getattr(f, "__name__", ""),
)
@given(value=st.one_of(texts, st.none(), st.integers(), st.binary(max_size=3)))
def test_converters_normalise_texts_and_leave_the_rest(convert, normalise, value):
    if isinstance(value, str):
        assert convert(value) == normalise(value)
    else:
        assert convert(value) is value


# --- the inline code they replaced (as it was) gives the same -------------------------------

_DASHES = re.compile(r"[\s\-\u2010-\u2015]+")
_STRIP_MARKS = {**dict.fromkeys(range(0x300, 0x370)), 0x111: "d", 0x110: "d"}


def _old_registry_loose_key(text: str) -> str:  # model/_registry.loose_key
    stripped = unicodedata.normalize("NFD", text).casefold().translate(_STRIP_MARKS)
    return " ".join(_DASHES.sub(" ", stripped).split())


def _old_word_key(text: str) -> str:  # model/_levels.word_key
    folded = unicodedata.normalize("NFC", text).casefold()
    return " ".join(folded.replace(".", " ").replace(",", " ").split()).replace(" / ", "/")


def _old_levels_loose(key: str) -> str:  # model/_levels._loose
    return nfc(unicodedata.normalize("NFD", key).translate(_STRIP_MARKS))


def _old_strip_accents(word: str) -> str:  # model/_reference_lists._strip_accents
    decomposed = unicodedata.normalize("NFD", word.replace("đ", "d"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@given(text=any_text)
def test_same_as_before_for_every_text(text):
    # model/_checks.collapsed_text, _units, _registry.split_type_prefix: NFC + collapse.
    assert collapsed_text(text) == " ".join(nfc(text).split())
    # checker/_tables._norm: re "\s+" and str.split agree on what white space is.
    assert collapsed_text(text).lower() == re.sub(r"\s+", " ", nfc(text)).strip().lower()
    # model/_associations, _vietnam_provinces, checker/_tables._cell: NFC + strip.
    assert stripped_text(text) == nfc(text).strip()


@given(text=vi_text)
def test_same_as_before_for_vietnamese(text):
    """The keys changed only outside Vietnamese: the final NFC of :func:`match_key`, and which
    marks :func:`unaccented_key` drops (U+0300-U+036F, not every combining character)."""
    from hoiquanchung.model._levels import word_key
    from hoiquanchung.model._registry import loose_key
    from hoiquanchung.tables._columns import header_key

    assert match_key(text) == " ".join(nfc(text).casefold().split())  # tables header_key
    assert header_key(text) == header_key(nfc(text))
    assert loose_key(text) == _old_registry_loose_key(text)
    assert word_key(text) == _old_word_key(text)
    assert unaccented_key(word_key(text)) == _old_levels_loose(_old_word_key(text))
    for word in re.findall(r"\w+", match_key(text)):
        assert unaccented_key(word) == _old_strip_accents(word)
