"""Units: an indicator's value in base units, where its unit allows.

A written unit is a measure (元, 家, 人次, 平方米, P…), with a magnitude before it or not
(亿元, 万人次, 1.58亿人次, 60万小时), or a bare magnitude (3亿), or a rate (个百分点).

>>> to_base("2038.5", "亿元")
(Decimal('203850000000.0'), 'CNY')
>>> to_base("18", "%")
(Decimal('0.18'), 'ratio')
>>> to_base("6100", "家")
(Decimal('6100'), '家')
>>> to_base("1.58", "亿人次")
(Decimal('158000000.00'), '人次')
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

# What a magnitude before a measure multiplies by: 3.6万架, 1.58亿人次, 1.2万亿元.
_MAGNITUDES = {"万亿": Decimal(10) ** 12, "亿": Decimal(10) ** 8, "万": Decimal(10) ** 4}
# Measures with a base unit of their own: measure -> (factor, base unit).
_CONVERTED: dict[str, tuple[Decimal, str]] = {
    "元": (Decimal(1), "CNY"), "美元": (Decimal(1), "USD"), "澳门元": (Decimal(1), "MOP"), "港元": (Decimal(1), "HKD"),
    "港币": (Decimal(1), "HKD"), "欧元": (Decimal(1), "EUR"),
    "平方米": (Decimal(1), "m2"), "平方公里": (Decimal(10) ** 6, "m2"), "立方米": (Decimal(1), "m3"),
    "千瓦": (Decimal(10) ** 3, "W"), "兆瓦": (Decimal(10) ** 6, "W"),
    "P": (Decimal(10) ** 15, "FLOPS"), "PFLOPS": (Decimal(10) ** 15, "FLOPS"), "PFlops": (Decimal(10) ** 15, "FLOPS"),
    "EFLOPS": (Decimal(10) ** 18, "FLOPS"), "EFlops": (Decimal(10) ** 18, "FLOPS"),
    "TFLOPS": (Decimal(10) ** 12, "FLOPS"),
}
# Measures that count things, each its own base: 家, 人次 (家次 and 场次 are not 家 and 场).
_COUNTS = ("家", "个", "项", "人", "名", "位", "户", "人次", "家次", "户次", "场", "场次", "次", "件", "台",
           "座", "所", "款", "条", "套", "片", "篇", "辆", "架", "部", "幅", "张", "间", "颗", "期", "批",
           "批次", "处", "亩", "公里", "吨", "标准箱", "PB", "栋", "宗", "例", "只", "台套")
# Measures written only after a magnitude: 60万小时 counts hours; 24小时 is a span of service.
# 2.3亿帧 counts frames, 120帧 is a rate; 1.2万组 counts sets.
_AFTER_MAGNITUDE = ("小时", "副", "口", "种", "组", "帧")  # 4.7亿副 (glasses), 2.6万口 (wells); 副 alone begins words (副中心)
# Units that take no magnitude: 12%, 4.1个百分点, 2倍, 128核.
_PLAIN = ("%", "个百分点", "百分点", "倍", "核")


def _written() -> tuple[str, ...]:
    measures = (*_CONVERTED, *_COUNTS)
    units = {*measures, *_PLAIN, *_MAGNITUDES}
    units |= {magnitude + measure for magnitude in _MAGNITUDES for measure in (*measures, *_AFTER_MAGNITUDE)}
    return tuple(sorted(units, key=lambda unit: (-len(unit), unit)))


# Every unit an indicator may be written in, longest first, as a pattern tries them (人次 before 人).
WRITTEN_UNITS = _written()
UNIT_PATTERN = "|".join(re.escape(unit) for unit in WRITTEN_UNITS)
# Bounds the text puts on a value (近310亿元, 6100余家, 9%以上), as the indicator records them.
QUALIFIERS = {"近": "近", "超": "超", "超过": "超", "突破": "超", "逾": "超", "约": "约", "余": "余",
              "多": "余", "以上": "以上", "左右": "约", "不低于": "以上", "不少于": "以上"}


def to_base(value: str, unit: str) -> tuple[Decimal, str] | None:
    """``value`` (a decimal string) in the base unit of ``unit``; counts stay as they are."""
    try:
        number = Decimal(value)
    except InvalidOperation:
        return None
    if not number.is_finite():
        return None
    if unit == "%":
        return number * Decimal("0.01"), "ratio"
    if unit in _MAGNITUDES:
        return number * _MAGNITUDES[unit], "1"
    factor, measure = Decimal(1), unit
    for magnitude, times in _MAGNITUDES.items():
        if unit.startswith(magnitude) and unit[len(magnitude):] in {*_CONVERTED, *_COUNTS, *_AFTER_MAGNITUDE}:
            factor, measure = times, unit[len(magnitude):]
            break
    scale, base = _CONVERTED.get(measure, (Decimal(1), measure))
    return number * factor * scale, base
