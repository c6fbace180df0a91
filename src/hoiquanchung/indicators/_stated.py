"""Số liệu báo cáo (stated figures) and their comparison with computed values.

A :class:`StatedFigure` is a value as a report writes it: its precision (``"97,9%"`` is checked at
one decimal, ``"100%"`` at none, ``"14,6 tỷ đồng"`` to the nearest 100 million), its bound
(*hơn*, *trên*, *gần*, *khoảng*, *trở lên*) and where it was stated.  :func:`compare` checks it
against the exact computed value and returns a :class:`Comparison` with a :class:`Verdict`.

>>> from decimal import Decimal
>>> c = compare(StatedFigure(Decimal("91.53"), unit="%"), Rate(515, 565))
>>> c.verdict, c.expected
(<Verdict.INCONSISTENT: 'inconsistent'>, Decimal('91.15'))
>>> compare(StatedFigure(Decimal("74.87"), unit="%"), Rate(113453, 151530)).verdict
<Verdict.CONSISTENT: 'consistent'>
>>> c = compare(StatedFigure(Decimal("84.61"), unit="%"), Rate(66, 78))
>>> c.verdict.value, c.rule.name, c.expected
('consistent-under-other-rule', 'DOWN', Decimal('84.62'))

Bounds are checked as bounds, never as equalities:

>>> more_than_34_ty = StatedFigure(Decimal(34_000_000_000), bound=Bound.MORE_THAN, unit="đồng")
>>> compare(more_than_34_ty, 34_000_000_001).verdict.value
'consistent'
>>> compare(more_than_34_ty, 34_000_000_000).verdict.value
'inconsistent'
"""

from __future__ import annotations

import enum
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Any, Final

import attrs

from hoiquanchung._catalogue import a_type
from hoiquanchung._nfc import nfc_text, nfc_text_optional
from hoiquanchung.errors import ValidationError
from hoiquanchung.findings import Finding, Severity
from hoiquanchung.indicators._interval import Interval
from hoiquanchung.indicators._rate import Rate, as_fraction
from hoiquanchung.indicators._text import decimal_of, strip, subtract, write
from hoiquanchung.messages import FINDINGS, Fact, Localized, error_text, fragment
from hoiquanchung.numbers import DEFAULT_TOLERANCE, Bound
from hoiquanchung.numbers._vocabulary import written_bound
from hoiquanchung.rounding import (
    Rounding,
    checked_rounding,
    exact_decimal,
    quantize_fraction,
    rounded_units,
)

if TYPE_CHECKING:
    from hoiquanchung.numbers import Quantity

__all__ = [
    "APPROXIMATION",
    "OTHER_RULES",
    "Comparison",
    "StatedFigure",
    "Verdict",
    "compare",
    "exact_stated",
]

#: How far *gần* (nearly) and *khoảng* / *ước* (about) may be from the true value: the numbers
#: module's ``DEFAULT_TOLERANCE`` (10 %), so both modules read a bound the same way.
#: *gần X* admits ``[0,9·X, X]``; *khoảng X* admits ``[0,9·X, 1,1·X]``.
APPROXIMATION: Final = Fraction(DEFAULT_TOLERANCE)

#: Rules tried, in order, when a stated figure does not hold under the primary rule.  Rounding
#: up is not tried: it would excuse any figure up to one unit above the true value.
OTHER_RULES: Final = (Rounding.DOWN, Rounding.HALF_EVEN, Rounding.HALF_DOWN)

_RULE_VI: Final = {
    Rounding.HALF_UP: "làm tròn nửa lên",
    Rounding.HALF_EVEN: "làm tròn nửa về số chẵn",
    Rounding.HALF_DOWN: "làm tròn nửa xuống",
    Rounding.DOWN: "cắt bỏ phần lẻ (làm tròn xuống)",
    Rounding.UP: "làm tròn lên",
    Rounding.FLOOR: "làm tròn về âm vô cùng",
    Rounding.CEILING: "làm tròn về dương vô cùng",
}
_RULE_EN: Final = {
    Rounding.HALF_UP: "half-up rounding",
    Rounding.HALF_EVEN: "half-even rounding",
    Rounding.HALF_DOWN: "half-down rounding",
    Rounding.DOWN: "truncation",
    Rounding.UP: "rounding up",
    Rounding.FLOOR: "rounding towards minus infinity",
    Rounding.CEILING: "rounding towards plus infinity",
}


class Verdict(enum.Enum):
    """Kết luận so sánh: how a stated figure compares with the computed value."""

    CONSISTENT = "consistent"
    """Khớp: the figure holds under the primary rounding rule, or its bound holds."""
    CONSISTENT_UNDER_OTHER_RULE = "consistent-under-other-rule"
    """Khớp theo quy tắc khác: holds only under another rounding rule (usually truncation)."""
    INCONSISTENT = "inconsistent"
    """Không khớp: does not hold."""


def _unit(value: object) -> str | None:
    return nfc_text_optional(value, "unit")


def _text(value: object) -> str | None:
    return nfc_text_optional(value, "text")


def _path(value: object) -> str | None:
    return nfc_text_optional(value, "path")


def _quote(value: object) -> str | None:
    return nfc_text_optional(value, "quote")


def _tolerance(value: object) -> Fraction:
    if value is APPROXIMATION:  # the default: a fraction within range (its checks spared; speed)
        return APPROXIMATION
    t = as_fraction(value, field="tolerance")
    if not 0 <= t <= 1:
        raise ValidationError(error_text("tolerance-range", value=str(value)), field="tolerance")
    return t


def _to_decimal(value: object) -> Decimal:
    return exact_decimal(value, field="value")


def _quantity_fields(quantity: Quantity) -> dict[str, Any]:
    """The fields of a :class:`StatedFigure` that a parsed quantity gives: its value, resolution,
    bound and text, and its unit when it names one (a table's reader keeps its column's unit
    otherwise)."""
    fields: dict[str, Any] = {
        "value": quantity.value,
        "resolution": quantity.resolution,
        "bound": quantity.bound,
        "text": quantity.text,
    }
    if quantity.unit is not None:
        fields["unit"] = quantity.unit
    return fields


def _default_resolution(inst: StatedFigure) -> Decimal:
    exponent = inst.value.as_tuple().exponent
    assert isinstance(exponent, int)  # value is finite
    return Decimal(1).scaleb(min(exponent, 0))


def _check_resolution(_inst: object, _attr: object, value: Decimal) -> None:
    if not isinstance(value, Decimal) or not value.is_finite() or value <= 0:
        raise ValidationError(
            error_text("resolution-positive", value=repr(value)), field="resolution"
        )


def _check_bound(_inst: object, _attr: object, value: object) -> None:
    if not isinstance(value, Bound):
        raise ValidationError(
            error_text("must-be-got", name="bound", expected=a_type("Bound"), got=repr(value)),
            field="bound",
        )


@attrs.frozen(kw_only=True)
class StatedFigure:
    """Số liệu báo cáo: a value as the report states it.

    ``value`` is in base units (đồng, persons, percent points for ``%``); ``resolution`` is the
    value of one unit of the last written digit (``"14,6 tỷ"`` → 100 000 000; default: from the
    exponent of ``value``, so ``Decimal("97.9")`` → 0.1); ``bound`` the qualifier (*hơn* →
    ``MORE_THAN``); ``unit`` the counted noun or ``"%"``; ``text`` the figure as written;
    ``path`` where it was stated (``"II.4.3"``) and ``quote`` a short phrase around it.

    >>> f = StatedFigure(Decimal("97.9"), unit="%")
    >>> f.resolution, f.decimals, f.is_percent
    (Decimal('0.1'), 1, True)
    >>> StatedFigure(Decimal(100), unit="%").resolution
    Decimal('1')
    >>> StatedFigure(0.5)
    Traceback (most recent call last):
    ...
    hoiquanchung.errors.ValidationError: float is not accepted, use int or Decimal (got 0.5) ...
    """

    value: Decimal = attrs.field(converter=_to_decimal, kw_only=False)
    resolution: Decimal = attrs.field(
        default=attrs.Factory(_default_resolution, takes_self=True), validator=_check_resolution
    )
    bound: Bound = attrs.field(default=Bound.EXACT, validator=_check_bound)
    unit: str | None = attrs.field(default=None, converter=_unit)
    text: str | None = attrs.field(default=None, converter=_text)
    path: str | None = attrs.field(default=None, converter=_path)
    quote: str | None = attrs.field(default=None, converter=_quote)

    @property
    def decimals(self) -> int:
        """Digits after the decimal comma implied by ``resolution`` (0 for 1, 10, 10⁸...)."""
        exponent = strip(self.resolution).as_tuple().exponent
        assert isinstance(exponent, int)
        return max(0, -exponent)

    @property
    def is_percent(self) -> bool:
        """Whether the figure is a percentage (``unit == "%"``)."""
        return self.unit == "%"

    @classmethod
    def from_quantity(
        cls, quantity: Quantity, *, path: str | None = None, quote: str | None = None
    ) -> StatedFigure:
        """A stated figure from a parsed :class:`~hoiquanchung.numbers.Quantity`.

        >>> from hoiquanchung.numbers import parse_quantity
        >>> f = StatedFigure.from_quantity(parse_quantity("hơn 14,6 tỷ đồng"), path="II.4.3")
        >>> f.value == 14_600_000_000, f.resolution == 100_000_000, f.bound.name, f.unit
        (True, True, 'MORE_THAN', 'đồng')
        """
        return cls(**_quantity_fields(quantity), path=path, quote=quote)

    @classmethod
    def parse(cls, text: str, *, path: str | None = None, quote: str | None = None) -> StatedFigure:
        """Parse *text* (``"91,53%"``, ``"hơn 34 tỷ đồng"``) with the numbers module.

        >>> StatedFigure.parse("97,9%").resolution
        Decimal('0.1')
        """
        from hoiquanchung.numbers import parse_quantity

        return cls.from_quantity(parse_quantity(text), path=path, quote=quote)

    def admits(
        self, *, integral: bool = False, tolerance: Fraction | Decimal | int = APPROXIMATION
    ) -> Interval:
        """The exact values this statement admits, as an interval.

        An exact figure admits what rounds to it half up or half down (``value ± resolution/2``);
        ``integral=True`` keeps only whole numbers (counts, đồng), so ``"99"`` admits 99 alone.
        A bound admits what the bound says (``MORE_THAN``: strictly more).
        """
        v = Fraction(self.value)
        name = self.bound.name
        t = _tolerance(tolerance)
        if name == "EXACT":
            half = Fraction(self.resolution) / 2
            out = Interval(v - half, v + half)
        elif name == "MORE_THAN":
            out = Interval(v, None, lo_closed=False)
        elif name == "AT_LEAST":
            out = Interval(v, None)
        elif name == "LESS_THAN":
            out = Interval(None, v, hi_closed=False)
        elif name == "AT_MOST":
            out = Interval(None, v)
        elif name == "NEARLY":
            out = Interval(v * (1 - t), v)
        elif name == "ABOUT":
            out = Interval(v * (1 - t), v * (1 + t))
        else:  # pragma: no cover - a Bound this module does not know
            raise ValidationError(error_text("unknown-bound", bound=self.bound.name), field="bound")
        return out.integral() if integral else out

    def written(self, lang: str = "vi") -> str:
        """The figure as the report wrote it (``text``), or written from ``value`` and ``unit``."""
        if self.text is not None and lang == "vi":
            return self.text
        words = written_bound(self.bound.name, lang)
        body = write(decimal_of(self.value, self.decimals), lang, self.unit)
        return f"{words} {body}" if words else body


_new: Final = object.__new__


def exact_stated(quantity: Quantity, path: str | None, quote: str | None) -> StatedFigure:
    """:meth:`StatedFigure.from_quantity` without the constructor's conversions and checks: a
    parsed quantity's fields are exact and of the right types already (the checker's section
    tables make one a figure; speed).  The texts are NFC-normalised, as by the constructor.

    >>> from hoiquanchung.numbers import parse_quantity
    >>> q = parse_quantity("hơn 14,6 tỷ đồng")
    >>> f = exact_stated(q, "II.4.3", "hơn 14,6 tỷ đồng")
    >>> f == StatedFigure.from_quantity(q, path="II.4.3", quote="hơn 14,6 tỷ đồng")
    True
    """
    stated = _new(StatedFigure)
    set_field = object.__setattr__
    set_field(stated, "value", quantity.value)
    set_field(stated, "resolution", quantity.resolution)
    set_field(stated, "bound", quantity.bound)
    set_field(stated, "unit", None if quantity.unit is None else nfc_kept(quantity.unit, "unit"))
    set_field(stated, "text", None if quantity.text is None else nfc_kept(quantity.text, "text"))
    set_field(stated, "path", None if path is None else nfc_kept(path, "path"))
    set_field(stated, "quote", None if quote is None else nfc_kept(quote, "quote"))
    return stated


def nfc_kept(value: str, field: str) -> str:
    """``nfc_text(value, field)``, kept for the last texts asked for (a section's tables make
    a figure of the same few units, labels, paths and quotes again and again; at most
    :data:`_NFC_KEPT` kept, so memory stays flat; speed).

    >>> nfc_kept("cấp tỉnh", "at") == nfc_text("cấp tỉnh", "at")
    True
    """
    if type(value) is not str:  # a subclass, or no text: as the constructor (or its error)
        return nfc_text(value, field)
    found = _NFC.get(value)
    if found is None:
        if len(_NFC) >= _NFC_KEPT:
            _NFC.clear()
        found = _NFC[value] = nfc_text(value, field)
    return found


_NFC: dict[str, str] = {}
_NFC_KEPT: Final = 1024


def _round_to(value: Fraction, resolution: Decimal, rule: Rounding, decimals: int) -> Decimal:
    """*value* rounded by *rule* to a whole number of *resolution*, written with *decimals*
    decimals (half up: exact, the multiple has no more digits).

    In integers, without the fractions and checks of :func:`_round_to_slowly` (what it
    gives exactly: :func:`~hoiquanchung.rounding.rounded_units` is
    :func:`~hoiquanchung.rounding.quantize_fraction` for a positive denominator, which needs no
    fraction in lowest terms; speed: a comparison rounds up to four times).
    """
    rn, rd = resolution.as_integer_ratio()
    if rn <= 0:  # never for a stated figure (its resolution is positive): the checks' errors
        return _round_to_slowly(value, resolution, rule, decimals)
    n = rounded_units(value.numerator * rd, value.denominator * rn, 0, rule)
    return Decimal(f"{rounded_units(n * rn, rd, decimals, Rounding.HALF_UP)}E-{decimals}")


def _round_to_slowly(
    value: Fraction, resolution: Decimal, rule: Rounding, decimals: int
) -> Decimal:
    """What :func:`_round_to` gives, with fractions and checked roundings."""
    steps = value / Fraction(resolution)
    n = int(quantize_fraction(steps.numerator, steps.denominator, 0, rule))
    return decimal_of(n * Fraction(resolution), decimals)


@attrs.frozen(kw_only=True)
class Comparison:
    """The result of :func:`compare`.

    ``computed`` is the exact value; ``expected`` the computed value written at the stated
    precision under the primary rule; ``rule`` the rounding rule under which the stated figure
    holds (``None`` when it does not, or when it is a bound); ``rate`` the computed
    :class:`Rate` when one was given.
    """

    stated: StatedFigure
    computed: Fraction
    expected: Decimal
    verdict: Verdict
    rule: Rounding | None
    primary: Rounding = Rounding.HALF_UP
    rate: Rate | None = None

    @property
    def ok(self) -> bool:
        """``True`` unless the verdict is :attr:`Verdict.INCONSISTENT`."""
        return self.verdict is not Verdict.INCONSISTENT

    @property
    def difference(self) -> Decimal:
        """``stated.value - expected``, exact."""
        return subtract(self.stated.value, self.expected)

    def _computed_text(self, lang: str) -> str:
        body = write(self.expected, lang, self.stated.unit)
        if self.rate is None:
            return body
        num = write(Decimal(self.rate.numerator), lang)
        den = write(Decimal(self.rate.denominator), lang)
        return f"{num}/{den} = {body}"

    def to_finding(
        self, *, label: str | None = None, path: str | None = None, code: str | None = None
    ) -> Finding | None:
        """A :class:`~hoiquanchung.findings.Finding`, or ``None`` when consistent.

        Codes: ``rate-mismatch`` / ``figure-mismatch`` (error), ``bound-violated`` (error),
        ``rate-rounding`` / ``figure-rounding`` (warning: holds only under another rule).
        ``path`` defaults to the stated figure's ``path``; ``label`` names the figure.

        >>> f = compare(StatedFigure(Decimal("91.53"), unit="%"), Rate(515, 565)).to_finding(
        ...     label="Đơn vị học tập", path="II.4.3")
        >>> f.code, f.severity.value, f.stated, f.computed
        ('rate-mismatch', 'error', '91,53%', '515/565 = 91,15%')
        >>> f.message_en
        'Đơn vị học tập: 515/565 = 91.15%, the report states 91.53% (difference 0.38)'
        """
        if self.verdict is Verdict.CONSISTENT:
            return None
        kind = "rate" if self.rate is not None or self.stated.is_percent else "figure"
        # Each text written once, for the facts and the finding's own fields (speed).
        stated_vi, computed_vi = self.stated.written("vi"), self._computed_text("vi")
        facts: dict[str, Fact] = {
            "head": f"{label}: " if label else "",
            "stated": Localized(stated_vi, self.stated.written("en")),
            "computed": Localized(computed_vi, self._computed_text("en")),
        }
        variant: str | None = None
        if self.verdict is Verdict.CONSISTENT_UNDER_OTHER_RULE:
            assert self.rule is not None
            severity = Severity.WARNING
            default, variant = f"{kind}-rounding", "rounding"
            facts["rule"] = Localized(_RULE_VI[self.rule], _RULE_EN[self.rule])
            facts["primary"] = Localized(_RULE_VI[self.primary], _RULE_EN[self.primary])
        elif self.stated.bound.name != "EXACT":
            severity = Severity.ERROR
            default, variant = "bound-violated", "bound"
            exact = decimal_of(self.computed, self.stated.decimals)
            facts["exact"] = Localized(
                write(exact, "vi", self.stated.unit), write(exact, "en", self.stated.unit)
            )
        else:
            severity = Severity.ERROR
            default = f"{kind}-mismatch"
            difference = self.difference
            facts["difference"] = Localized(write(difference, "vi"), write(difference, "en"))
        # A caller's own code (structure-mismatch) is worded by its catalogue entry's variant
        # for this verdict when it has one, else as the default code.
        own = code is not None and code in FINDINGS
        if not own or (variant is not None and variant not in FINDINGS[code or default].variants):
            variant = None
        return Finding.create(
            code or default,
            facts,
            variant=variant,
            wording=default,
            severity=severity,
            path=path if path is not None else self.stated.path,
            stated=stated_vi,
            computed=computed_vi,
            stated_value=self.stated.value,
            computed_value=self.expected,
        )


def compare(
    stated: StatedFigure,
    computed: Rate | int | Decimal | Fraction,
    *,
    rounding: Rounding = Rounding.HALF_UP,
    other_rules: tuple[Rounding, ...] = OTHER_RULES,
    tolerance: Fraction | Decimal | int = APPROXIMATION,
) -> Comparison:
    """Compare a stated figure with the exact computed value.

    A :class:`Rate` is compared in percent when the stated figure is a percentage, else as a
    ratio.  An exact figure is recomputed at its stated precision (its ``resolution``) by
    *rounding*: equal → ``CONSISTENT``; else equal under one of *other_rules* (truncation first)
    → ``CONSISTENT_UNDER_OTHER_RULE`` with that ``rule``; else ``INCONSISTENT``.  A bounded
    figure (*hơn*, *gần*...) is ``CONSISTENT`` exactly when the computed value lies in what the
    bound admits (:meth:`StatedFigure.admits`); it is never compared as an equality.

    >>> compare(StatedFigure(Decimal(100), unit="%"), Rate(397, 397)).verdict.value
    'consistent'
    >>> compare(StatedFigure(Decimal("57.87"), unit="%"), Rate(375, 648)).expected
    Decimal('57.87')
    """
    if not isinstance(stated, StatedFigure):
        raise ValidationError(
            error_text("must-be", name="stated", expected=a_type("StatedFigure")), field="stated"
        )
    if rounding is not Rounding.HALF_UP:  # the default is a Rounding (its check spared; speed)
        checked_rounding(rounding)
    # The default rules are known good: their checks are spared (speed: many rules compare).
    if other_rules is not OTHER_RULES and (
        not isinstance(other_rules, tuple | list)
        or not all(isinstance(rule, Rounding) for rule in other_rules)
    ):
        raise ValidationError(
            error_text(
                "must-be", name="other_rules", expected=fragment("tuple-of", type="Rounding")
            ),
            field="other_rules",
        )
    tolerance = _tolerance(tolerance)
    rate: Rate | None = None
    if isinstance(computed, Rate):
        rate = computed
        exact = computed.percent_fraction() if stated.is_percent else computed.fraction
    else:
        exact = as_fraction(computed, field="computed")
    decimals = stated.decimals  # made once for the roundings below (speed)
    expected = _round_to(exact, stated.resolution, rounding, decimals)
    if stated.bound is not Bound.EXACT:  # (a member's name is a slow property; speed)
        holds = stated.admits(tolerance=tolerance).contains(exact)
        verdict = Verdict.CONSISTENT if holds else Verdict.INCONSISTENT
        return Comparison(
            stated=stated,
            computed=exact,
            expected=expected,
            verdict=verdict,
            rule=None,
            primary=rounding,
            rate=rate,
        )
    verdict = Verdict.INCONSISTENT
    rule: Rounding | None = None
    if expected == stated.value:
        verdict, rule = Verdict.CONSISTENT, rounding
    else:
        for other in other_rules:
            if other is not rounding and (
                _round_to(exact, stated.resolution, other, decimals) == stated.value
            ):
                verdict, rule = Verdict.CONSISTENT_UNDER_OTHER_RULE, other
                break
    return Comparison(
        stated=stated,
        computed=exact,
        expected=expected,
        verdict=verdict,
        rule=rule,
        primary=rounding,
        rate=rate,
    )
