"""Units: an indicator's value in base units."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kg.units import to_base

CONVERSIONS = [
    pytest.param("2038.5", "亿元", Decimal("203850000000"), "CNY", id="yi-yuan"),
    pytest.param("350", "万元", Decimal("3500000"), "CNY", id="wan-yuan"),
    pytest.param("18", "%", Decimal("0.18"), "ratio", id="percent"),
    pytest.param("6100", "家", Decimal("6100"), "家", id="count-of-companies"),
    pytest.param("3", "亿", Decimal("300000000"), "1", id="yi"),
    pytest.param("12.5", "万人", Decimal("125000"), "人", id="wan-people"),
    pytest.param("7", "台", Decimal("7"), "台", id="unknown-unit"),
    pytest.param("5000", "P", Decimal("5E18"), "FLOPS", id="petaflops"),
    pytest.param("-5", "%", Decimal("-0.05"), "ratio", id="negative"),
]


@pytest.mark.parametrize(("value", "unit", "number", "base"), CONVERSIONS)
def test_to_base(value: str, unit: str, number: Decimal, base: str) -> None:
    assert to_base(value, unit) == (number, base)


BAD_VALUES = [
    pytest.param("abc", "亿元", id="letters"),
    pytest.param("", "万元", id="empty"),
    pytest.param("1,000", "元", id="thousands-separator"),
    pytest.param("三千", "家", id="chinese-numerals"),
    pytest.param("NaN", "%", id="nan"),
    pytest.param("Infinity", "亿元", id="infinity"),
    pytest.param("sNaN", "亿元", id="signaling-nan"),
]


@pytest.mark.parametrize(("value", "unit"), BAD_VALUES)
def test_bad_value_gives_none(value: str, unit: str) -> None:
    assert to_base(value, unit) is None
