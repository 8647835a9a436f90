"""Units: an indicator's value in base units, where its unit allows.

>>> to_base("2038.5", "亿元")
(Decimal('203850000000.0'), 'CNY')
>>> to_base("18", "%")
(Decimal('0.18'), 'ratio')
>>> to_base("6100", "家")
(Decimal('6100'), '家')
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

# unit -> (factor, base unit)
_UNITS: dict[str, tuple[Decimal, str]] = {
    "亿元": (Decimal(10) ** 8, "CNY"), "万元": (Decimal(10) ** 4, "CNY"), "元": (Decimal(1), "CNY"),
    "亿美元": (Decimal(10) ** 8, "USD"), "万美元": (Decimal(10) ** 4, "USD"),
    "%": (Decimal("0.01"), "ratio"), "亿": (Decimal(10) ** 8, "1"), "万": (Decimal(10) ** 4, "1"),
    "万人": (Decimal(10) ** 4, "人"), "万户": (Decimal(10) ** 4, "户"), "万家": (Decimal(10) ** 4, "家"),
    "万个": (Decimal(10) ** 4, "个"), "万平方米": (Decimal(10) ** 4, "m2"), "平方米": (Decimal(1), "m2"),
    "万亩": (Decimal(10) ** 4, "亩"), "PFLOPS": (Decimal(10) ** 15, "FLOPS"),
    "EFLOPS": (Decimal(10) ** 18, "FLOPS"), "P": (Decimal(10) ** 15, "FLOPS"),
    "PFlops": (Decimal(10) ** 15, "FLOPS"), "EFlops": (Decimal(10) ** 18, "FLOPS"),
    "TFLOPS": (Decimal(10) ** 12, "FLOPS"), "万亿元": (Decimal(10) ** 12, "CNY"),
    "万人次": (Decimal(10) ** 4, "人次"), "万台": (Decimal(10) ** 4, "台"), "万条": (Decimal(10) ** 4, "条"),
    "亿条": (Decimal(10) ** 8, "条"), "万件": (Decimal(10) ** 4, "件"), "万套": (Decimal(10) ** 4, "套"),
    "万辆": (Decimal(10) ** 4, "辆"), "万架": (Decimal(10) ** 4, "架"), "平方公里": (Decimal(10) ** 6, "m2"),
}


def to_base(value: str, unit: str) -> tuple[Decimal, str] | None:
    """``value`` (a decimal string) in the base unit of ``unit``; counts stay as they are."""
    try:
        number = Decimal(value)
    except InvalidOperation:
        return None
    if not number.is_finite():
        return None
    factor, base = _UNITS.get(unit, (Decimal(1), unit))
    return number * factor, base
