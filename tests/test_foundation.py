"""The package itself, the exception tree, rounding and the finding type."""

from __future__ import annotations

import decimal
import re
import subprocess
import sys
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest
from _helpers import finding
from hypothesis import given
from hypothesis import strategies as st

import hoiquanchung
from hoiquanchung import (
    Finding,
    HoiQuanChungError,
    NumberFormatError,
    Rounding,
    Severity,
    ValidationError,
    quantize,
    quantize_fraction,
)
from hoiquanchung.rounding import exact_decimal
from tests._helpers import assert_all_sorted_and_documented

ROOT = Path(__file__).resolve().parent.parent


def test_version_comes_from_metadata() -> None:
    assert hoiquanchung.__version__ != "0+unknown"


def test_all_is_sorted_and_resolvable() -> None:
    assert hoiquanchung.__all__ == sorted(hoiquanchung.__all__)
    for name in hoiquanchung.__all__:
        assert hasattr(hoiquanchung, name), name


def test_py_typed_ships() -> None:
    assert (ROOT / "src" / "hoiquanchung" / "py.typed").is_file()


def test_error_tree() -> None:
    err = NumberFormatError("bad", text="1.40", offset=1)
    assert isinstance(err, ValidationError)
    assert isinstance(err, ValueError)
    assert isinstance(err, HoiQuanChungError)
    assert err.offset == 1
    assert "offset 1" in str(err)


# --- rounding --------------------------------------------------------------------------------

_ROUNDINGS = list(Rounding)


@given(
    st.integers(min_value=-(10**30), max_value=10**30),
    st.integers(min_value=1, max_value=10**30),
    st.integers(min_value=0, max_value=8),
    st.sampled_from(_ROUNDINGS),
)
def test_quantize_fraction_matches_decimal_oracle(
    num: int, den: int, digits: int, r: Rounding
) -> None:
    # Oracle: Decimal in a huge private context, which is exact for these sizes.
    ctx = decimal.Context(prec=200, rounding=r.value)
    exact = ctx.divide(Decimal(num), Decimal(den))
    expected = exact.quantize(Decimal(1).scaleb(-digits), context=ctx)
    got = quantize_fraction(num, den, digits, r)
    assert got == expected
    assert got.as_tuple().exponent == -digits


@given(
    st.integers(min_value=-(10**12), max_value=10**12),
    st.integers(min_value=1, max_value=10**12),
    st.integers(min_value=0, max_value=6),
)
def test_half_up_is_within_half_a_unit(num: int, den: int, digits: int) -> None:
    got = quantize_fraction(num, den, digits)
    unit = Fraction(1, 10**digits)
    assert abs(Fraction(got) - Fraction(num, den)) <= unit / 2


@given(st.decimals(allow_nan=False, allow_infinity=False, places=6), st.integers(0, 4))
def test_quantize_ignores_caller_context(value: Decimal, digits: int) -> None:
    expected = quantize(value, digits)
    with decimal.localcontext() as ctx:
        ctx.prec = 3
        ctx.rounding = decimal.ROUND_FLOOR
        assert quantize(value, digits) == expected


def test_quantize_half_up_at_ties() -> None:
    assert quantize(Decimal("0.125"), 2) == Decimal("0.13")
    assert quantize(Decimal("-0.125"), 2) == Decimal("-0.13")
    assert quantize(Decimal("0.125"), 2, Rounding.HALF_EVEN) == Decimal("0.12")
    assert quantize(Decimal("0.129"), 2, Rounding.DOWN) == Decimal("0.12")


def test_reference_rates_from_section_4_3() -> None:
    # "113.453/151.530, đạt tỷ lệ 74,87%" and "515/565, đạt tỷ lệ 91,53%" (the latter is wrong).
    assert quantize_fraction(113453 * 100, 151530, 2) == Decimal("74.87")
    assert quantize_fraction(375 * 100, 648, 2) == Decimal("57.87")
    assert quantize_fraction(515 * 100, 565, 2) == Decimal("91.15")


@pytest.mark.parametrize("bad", [0.5, True, "1", None, Decimal("NaN"), Decimal("Infinity")])
def test_exact_decimal_refuses(bad: object) -> None:
    with pytest.raises(ValidationError):
        exact_decimal(bad)


def test_quantize_fraction_refuses_zero_denominator() -> None:
    with pytest.raises(ValidationError, match="denominator"):
        quantize_fraction(1, 0, 2)


# --- findings --------------------------------------------------------------------------------


def test_finding_validates_code_and_positions() -> None:
    with pytest.raises(ValidationError, match="code"):
        Finding(code="Rate Mismatch", severity=Severity.ERROR, message_vi="", message_en="")
    with pytest.raises(ValidationError, match="line"):
        Finding(code="x", severity=Severity.ERROR, message_vi="", message_en="", line=0)


def test_finding_normalises_vietnamese() -> None:
    decomposed = "Ho\u0302\u0323i"  # "Hội" with combining marks
    f = Finding(
        code="x", severity=Severity.INFO, message_vi=decomposed, message_en="", path=decomposed
    )
    assert f.message_vi == "Hội"
    assert f.path == "Hội"


def test_severity_order() -> None:
    assert Severity.INFO < Severity.WARNING < Severity.ERROR
    assert max([Severity.WARNING, Severity.ERROR, Severity.INFO]) is Severity.ERROR


def test_readme_commands_are_the_ci_commands() -> None:
    """The README's two set-up commands are exactly the ones .ci/run executes."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    commands = re.findall(r"^(python3\.12 -m venv .*)$", readme, flags=re.MULTILINE)
    assert len(commands) == 2, commands
    assert "readme_command main" in ci
    assert "readme_command test" in ci


def test_python_m_runs() -> None:
    proc = subprocess.run(
        [sys.executable, "-c", "import hoiquanchung; print(hoiquanchung.__version__)"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert proc.stdout.strip()


def test_readme_examples_run() -> None:
    """Every ``python`` block of the README is a doctest that passes."""
    import doctest

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", readme, flags=re.DOTALL)
    assert len(blocks) >= 4
    parser = doctest.DocTestParser()
    runner = doctest.DocTestRunner(
        optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE, verbose=False
    )
    # The blocks share one namespace, in order, as a reader would type them.
    test = parser.get_doctest("\n".join(blocks), {}, "README", "README.md", 0)
    runner.run(test)
    result = runner.summarize(verbose=False)
    assert result.attempted > 20
    assert result.failed == 0


def test_finding_difference_ignores_caller_context() -> None:
    f = finding(
        stated_value=Decimal("123456789012345678901234567890.55"), computed_value=Decimal("0.5")
    )
    with decimal.localcontext() as ctx:
        ctx.prec = 3
        assert f.difference == Decimal("123456789012345678901234567890.05")


def test_finding_normalises_every_text_field_and_refuses_non_text() -> None:
    decomposed = "Ho\u0302\u0323i"
    f = Finding(
        code="x",
        severity=Severity.INFO,
        message_vi="",
        message_en=decomposed,
        file=decomposed,
        field=decomposed,
    )
    assert (f.message_en, f.file, f.field) == ("Hội", "Hội", "Hội")
    with pytest.raises(ValidationError):
        Finding(code="x", severity=Severity.INFO, message_vi=5, message_en="")  # type: ignore[arg-type]


def _public_modules() -> list[str]:
    """Every public module of the package, found by walking it (no hand-kept list)."""
    import pkgutil

    import hoiquanchung

    found = ["hoiquanchung"]
    for info in pkgutil.walk_packages(hoiquanchung.__path__, "hoiquanchung."):
        if not any(part.startswith("_") for part in info.name.split(".")[1:]):
            found.append(info.name)
    return found


_PUBLIC_PACKAGES = _public_modules()


@pytest.mark.parametrize("name", _PUBLIC_PACKAGES)
def test_every_public_package_has_a_sorted_documented_all(name: str) -> None:
    import importlib

    assert_all_sorted_and_documented(importlib.import_module(name))


def test_model_helpers_refuse_junk_with_the_library_error() -> None:
    from hoiquanchung.model import age_on, tally_associations

    with pytest.raises(ValidationError, match="birth_date"):
        age_on(None, None)  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="associations"):
        tally_associations(5)  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="by"):
        tally_associations([], by="level")
