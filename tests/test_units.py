"""Units: an indicator's value in base units."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kg.units import WRITTEN_UNITS, to_base

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
    pytest.param("1.58", "亿人次", Decimal("158000000"), "人次", id="magnitude-before-a-count"),
    pytest.param("9.3", "万P", Decimal("9.3E19"), "FLOPS", id="magnitude-before-a-conversion"),
    pytest.param("3", "平方公里", Decimal("3000000"), "m2", id="square-kilometres"),
    pytest.param("1.2", "万亿元", Decimal("1.2E12"), "CNY", id="wan-yi-yuan"),
    pytest.param("2.3", "亿澳门元", Decimal("2.3E8"), "MOP", id="macau-patacas"),
    pytest.param("15", "亿港元", Decimal("1.5E9"), "HKD", id="hong-kong-dollars"),
    pytest.param("1042", "万千瓦", Decimal("1.042E10"), "W", id="kilowatts"),
    pytest.param("28", "万立方米", Decimal("2.8E5"), "m3", id="cubic-metres"),
    pytest.param("1.8", "万台套", Decimal("1.8E4"), "台套", id="sets-of-equipment"),
    pytest.param("2.3", "亿帧", Decimal("2.3E8"), "帧", id="frames"),
    pytest.param("2.6", "万口", Decimal("2.6E4"), "口", id="wells"),
]


@pytest.mark.parametrize("unit", ["人次", "家次", "亿人次", "万小时", "万平方公里", "个百分点", "批", "宗", "万栋", "例", "亿副",
                                  "万台套", "亿帧", "万组", "万口"])
def test_written_units_include_compounds(unit: str) -> None:
    assert unit in WRITTEN_UNITS


def test_units_are_tried_longest_first() -> None:
    assert WRITTEN_UNITS.index("人次") < WRITTEN_UNITS.index("人")
    assert "小时" not in WRITTEN_UNITS  # 24小时 is a span of service, not a count
    assert "副" not in WRITTEN_UNITS  # 3副 would begin 副中心
    assert "帧" not in WRITTEN_UNITS  # 120帧 is a frame rate


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
