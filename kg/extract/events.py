"""Events: conferences, forums, summits, salons and contests, named before their suffix.

Found so that the places and technologies inside an event's name (上海人工智能大会)
are not taken for mentions of their own.

"""

from __future__ import annotations

import re

from kg.extract.text import Candidate, Text
from kg.model import Kind

SUFFIXES = ("博览会", "展览会", "发布会", "研讨会", "交流会", "对接会", "推介会", "大会", "论坛", "峰会",
            "沙龙", "大赛", "年会", "嘉年华")
_SUFFIX = re.compile("|".join(SUFFIXES))
_GENERIC = frozenset(["两场", "系列", "各类", "相关", "专题", "行业", "技术", "国际", "高峰", "主题", "交流", "活动", "一系列"])


def find_events(text: Text) -> list[Candidate]:
    found = []
    for match in _SUFFIX.finditer(text.norm):
        if not text.ends_word(match.end()):
            continue
        named = text.name_start(match.start(), limit=20)
        start = _after_place(text, named, match.start())
        head = text.norm[start:match.start()]
        if len(head) >= 2 and head not in _GENERIC:
            found.append(Candidate(Kind.EVENT, start, match.end(), text.norm[named:match.end()],
                                   rule="event-suffix"))
    return found


def _after_place(text: Text, start: int, end: int) -> int:
    """上海 + 人工智能大会: the place an event's name begins with is a place the document names,
    so the event's span begins after it; its name (上海人工智能大会) stays whole."""
    return next((high for high, _ in text.places_at(start) if high < end and text.aligned(start, high)), start)
