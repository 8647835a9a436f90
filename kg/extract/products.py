"""Products: what lists of products name, with the company that makes each.

Two list shapes, closed by 等…产品/平台/系统: ``甲的乙、丙的丁`` and
``甲“乙”、丙“丁”``. Each item gives a company and its product.

>>> [c.name for c in find_products("网易的瑶台系统、灵伴科技的AR眼镜等一批产品")]
['网易', '瑶台系统', '灵伴科技', 'AR眼镜']
"""

from __future__ import annotations

import re

from kg.extract.text import HANZI, Candidate
from kg.model import Kind

_CLOSE = re.compile(r"等[^,。;:!?]{0,16}?(?:产品|平台|系统|应用|解决方案|装备|终端|设备|大模型|模型|服务)")
_OF = re.compile(rf"^(?P<maker>[{HANZI}A-Za-z0-9]{{2,14}}?)(?:研发|研制|推出|开发|打造|发布)?的(?P<product>[^、的“”]{{2,24}})$")
_QUOTED = re.compile(rf"^(?P<maker>[{HANZI}A-Za-z0-9]{{2,14}})“(?P<product>[^“”]{{2,20}})”$")
# A maker is a name, not a clause: no verbs of policy, no particles.
_NOT_MAKER = re.compile(r"加快|推动|推进|支持|鼓励|依托|引导|积极|大力|自主|[了在将把被]")
_INTRO = re.compile(r"^(?:[,;:]|其中|包括|如|例如|以及|和|与|及)+")


def find_products(norm: str) -> list[Candidate]:
    found: list[Candidate] = []
    for close in _CLOSE.finditer(norm):
        head = max(norm.rfind(mark, 0, close.start()) for mark in ",;:。!?\n")
        at = head + 1
        for item in norm[at:close.start()].split("、"):
            found.extend(_item(item, at))
            at += len(item) + 1
    return found


def _item(item: str, at: int) -> list[Candidate]:
    intro = _INTRO.match(item)
    skip = intro.end() if intro else 0
    for pattern in (_OF, _QUOTED):
        match = pattern.match(item[skip:])
        if match and not _NOT_MAKER.search(match.group("maker")):
            base = at + skip
            return [
                Candidate(Kind.COMPANY, base + match.start("maker"), base + match.end("maker"),
                          match.group("maker"), rule="company-product-list"),
                Candidate(Kind.PRODUCT, base + match.start("product"), base + match.end("product"),
                          match.group("product"), rule="product-list"),
            ]
    return []
