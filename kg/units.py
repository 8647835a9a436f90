"""Units: an indicator's value in base units, where its unit allows.

>>> to_base("2038.5", "亿元")
(Decimal('203850000000.0'), 'CNY')
>>> to_base("18", "%")
(Decimal('0.18'), 'ratio')
>>> to_base("6100", "家")
(Decimal('6100'), '家')
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

# The units an indicator may be written in, in the order a pattern tries them.
WRITTEN_UNITS = ("个百分点", "百分点", "万亿元", "万人次", "平方公里", "万台", "万条", "亿条", "万件", "万套", "万辆", "万架", "亿美元", "万美元", "亿元", "万元", "元", "万平方米", "平方米", "万亩", "亩", "万人", "万户", "万片", "户次", "万P",
                 "万家", "万个", "家", "个", "项", "%", "倍", "核", "位", "场", "人", "名", "件", "台", "座", "所",
                 "款", "条", "套", "片", "次", "户", "篇", "辆", "架", "公里", "万亿元", "万人次", "人次", "亿", "万", "PFLOPS", "PFlops",
                 "EFLOPS", "EFlops", "TFLOPS", "PB", "P")
UNIT_PATTERN = "|".join(re.escape(unit) for unit in WRITTEN_UNITS)
# Bounds the text puts on a value (近310亿元, 6100余家, 9%以上), as the indicator records them.
QUALIFIERS = {"近": "近", "超": "超", "超过": "超", "突破": "超", "逾": "超", "约": "约", "余": "余",
              "多": "余", "以上": "以上", "左右": "约", "不低于": "以上", "不少于": "以上"}


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
