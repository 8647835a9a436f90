"""Products: what lists of products name, with the company that makes each.

Two list shapes, closed by 等…产品/平台/系统: ``甲的乙、丙的丁`` and
``甲“乙”、丙“丁”``. Each item gives a company and its product. And what an
organisation builds in its clause: 甲将搭建XR云渲染平台, 支持甲建设面向…的边缘云平台.

>>> [c.name for c in find_products("网易的瑶台系统、灵伴科技的AR眼镜等一批产品")]
['网易', '瑶台系统', '灵伴科技', 'AR眼镜']
"""

from __future__ import annotations

import re

from kg.extract.text import HANZI, Candidate, Text
from kg.lexicon import Lexicon
from kg.model import Kind

_CLOSE = re.compile(r"等[^,。;:!?]{0,16}?(?:产品|平台|系统|应用|解决方案|装备|终端|设备|大模型|模型|服务)")
_OF = re.compile(rf"^(?P<maker>[{HANZI}A-Za-z0-9]{{2,14}}?)(?:研发|研制|推出|开发|打造|发布)?的(?P<product>[^、的“”]{{2,24}})$")
_QUOTED = re.compile(rf"^(?P<maker>[{HANZI}A-Za-z0-9]{{2,14}})“(?P<product>[^“”]{{2,20}})”$")
# A maker is a name, not a clause: no verbs of policy, no particles.
_NOT_MAKER = re.compile(r"加快|推动|推进|支持|鼓励|依托|引导|积极|大力|自主|深耕|专注|聚焦|致力|位于|总部|[了在将把被\d]|[余多]年")
_INTRO = re.compile(r"^(?:[,;:]|其中|包括|如|例如|以及|和|与|及)+")


def find_products(norm: str, lexicon: Lexicon | None = None) -> list[Candidate]:
    found: list[Candidate] = []
    for close in _CLOSE.finditer(norm):
        head = max(norm.rfind(mark, 0, close.start()) for mark in ",;:。!?\n")
        at = head + 1
        for item in norm[at:close.start()].split("、"):
            found.extend(_item(item, at))
            at += len(item) + 1
    if lexicon is not None:  # 增强现实技术的沉浸式演艺: a technology makes nothing
        found = [c for c in found if c.kind is not Kind.COMPANY or not (
            lexicon.concept_by_label(c.name) or lexicon.concept_by_label(c.name.removesuffix("技术")))]
    return found


def _trim(product: str) -> str:
    """A product's name ends at its last product word, before 等/已/在 and what follows."""
    product = re.split("等|已|在|将|正", product)[0]
    ends = [m.end() for m in re.finditer("|".join(_HEAD), product)]
    return product[: ends[-1]] if ends else product


def _item(item: str, at: int) -> list[Candidate]:
    intro = _INTRO.match(item)
    skip = intro.end() if intro else 0
    for pattern in (_OF, _QUOTED):
        match = pattern.match(item[skip:])
        if match and not _NOT_MAKER.search(match.group("maker")):
            base = at + skip
            product = _trim(match.group("product"))
            if len(product) < 2 or re.search("发布|推出|研发|了", product):
                return []
            return [
                Candidate(Kind.COMPANY, base + match.start("maker"), base + match.end("maker"),
                          match.group("maker"), rule="company-product-list"),
                Candidate(Kind.PRODUCT, base + match.start("product"),
                          base + match.start("product") + len(product), product, rule="product-list"),
            ]
    return []


_HEAD = ("灵巧手", "机械臂", "系统", "平台", "设备", "显示屏", "传感器", "光机", "投影", "一体机", "眼镜", "芯片", "软件",
         "大模型", "机器人", "终端", "助手", "引擎", "解决方案", "装备", "显微镜", "计算机", "服务器",
         "模组", "头显", "应用", "数字人", "示范线", "处理器", "编辑器", "镜片", "镜头", "卫星", "底座", "体验舱",
         "导游", "剧场")
_MADE = re.compile(r"(?:自主)?(?:研发|研制|推出|开发|打造|发布|生产)?的|(?:已)?(?:量产|推出|研制|研发|发布)了?“?")
_NOTE = re.compile(r"\((?:以下)?(?:简称)?[^()]{1,14}\)")
_QUOTED_PRODUCT = re.compile(r"[^,。;“”]{0,12}“([^“”]{2,12})”")  # 研制的超导量子计算机“本源悟源”
_PRODUCT = re.compile(rf"[{HANZI}A-Za-z0-9 .\-]{{1,18}}?(?:{'|'.join(_HEAD)})")
# What names the kind after a quoted name, to its last product word: “川韵”数字人生成平台, “北辰一号”北斗高精度定位模组.
# 与 may join two words of the kind (“云裁”智能排版与裁剪系统); a version may follow (“灵犀”数字人平台3.0).
# After a quoted name, words that name no product alone name its kind too: “津门故里”XR沉浸式夜游产品,
# “宋词笺”AIGC互动小程序, “汴京夜宴”裸眼3D光影秀.
_QUOTED_HEAD = (*_HEAD, "产品", "体验项目", "展项", "小程序", "光影秀", "体验剧", "显示器", "讲解员", "导览员", "主播",
                "游戏", "博物馆", "导览服务")
_TAIL = re.compile(rf"(?:(?![和及的等已将在并为]|用于|研发|落地|实现|采用|支持|提供|覆盖)[{HANZI}A-Za-z0-9.\-]){{0,14}}"
                   rf"(?:{'|'.join(_QUOTED_HEAD)})"
                   r"(?:(?:\d+(?:\.\d+)+|[Vv]\d+(?:\.\d+)*)(?!版))?")  # not 2.0版本, the version's own words


def products_of(text: Text, makers: list[Candidate]) -> list[Candidate]:
    """Products named right after an organisation: 川大智胜研制的飞行模拟视景系统,
    极米科技的智能投影, 京东方已量产柔性AMOLED显示屏; each ends with a product word."""
    norm = text.norm
    found = []
    for maker in makers:
        note = _NOTE.match(norm, maker.end)  # 甲(以下简称乙)研发的丙
        made = _MADE.match(norm, note.end() if note else maker.end)
        if not made:
            continue
        quoted = _QUOTED_PRODUCT.match(norm, made.end())
        tail = quoted and _TAIL.match(norm, quoted.end())
        if quoted and tail and quoted.start(1) == made.end() + 1:  # 打造的“智联云”工业互联网平台
            found.append(Candidate(Kind.PRODUCT, made.end(), tail.end(), norm[made.end():tail.end()],
                                   rule="product-made", alias=quoted.group(1), priority=2))
            continue  # over a short form the quote repeats
        if quoted:
            found.append(Candidate(Kind.PRODUCT, quoted.start(1), quoted.end(1), quoted.group(1),
                                   rule="product-made", alias=_described(text, made.end(), quoted.start(1))))
            continue
        product = _PRODUCT.match(norm, made.end())
        if product and not re.search(r"[的了在将和与及、等]", product.group()):
            name = product.group().strip()
            found.append(Candidate(Kind.PRODUCT, product.start(), product.start() + len(name), name,
                                   rule="product-made"))
    return found


_MAKER = re.compile(rf"(?<=[,。;:、\n])([{HANZI}A-Za-z0-9]{{2,6}}?)(?=(?:自主)?(?:研发|研制|推出|开发|打造)?的)")
_BRAND_WORDS = frozenset({"科技", "智能", "数字", "技术", "传媒", "网络", "信息", "软件", "电子", "通信", "光电"})


def _proper_name(text: Text, start: int, end: int) -> bool:
    """No verb, adverb or preposition of two characters, and no common word but a brand word."""
    for token in text.doc.tokens[text.token_at(start):text.token_at(end - 1) + 1]:
        if len(token.text) < 2 or token.text in _BRAND_WORDS:
            continue
        if token.pos[:1] in {"v", "d", "p", "c", "r"} or text.segmenter.frequency(token.text) > 5000:
            return False
    return True


_NOT_NAME = re.compile(r"[我本该全各其此这那们的]|^(目前|今年|去年|同时|其中|此外|近年|已经|我们)|^[对在为向从以把被将给]")


def makers_of(text: Text, taken: list[Candidate]) -> list[Candidate]:
    """Unlisted makers: a short name, after a clause break, right before 研制的/的 and a product
    (川大智胜研制的飞行模拟视景系统, 奥比中光的3D视觉传感器)."""
    norm = text.norm
    spans = [(c.start, c.end) for c in taken]
    found = []
    for match in _MAKER.finditer(norm):
        name = match.group(1)
        if _NOT_NAME.search(name) or any(a < match.end() and match.start() < b for a, b in spans):
            continue
        if not _proper_name(text, match.start(), match.end()):
            continue
        made = _MADE.match(norm, match.end())
        product = made and _PRODUCT.match(norm, made.end())
        if product and not re.search(r"[的了在将和与及、]", product.group()):
            found.append(Candidate(Kind.COMPANY, match.start(), match.end(), name, rule="company-product-list"))
    return found


# 将搭建, 自主开发的, 持续迭代其自主研发的: a verb of making, and what may follow it before the product.
BUILD = re.compile(r"(?:自主|联合|共同|合作|持续|加快|正在|将|已)?(?:研发|研制|推出|开发|打造|发布|生产|建设|搭建|建成|"
                   r"升级|迭代|做强|展示|量产|上线|发展|开展)(?:了|出)?(?:其)?(?:自主研发|自研|运营|研发)?的?")
_CLAUSE_END = re.compile(r"[,;:。!?\n]")
_PRODUCT_STOP = re.compile(r"[已将在并为等]|用于|研发|研制|量产|应用于|落地")
_MODIFIER = re.compile(r"^(?:一批|一套|一个|一款|多款|新一代|首个|首款|全新)")
_MAKER_GAP = 20
_STUDIED = re.compile(r"(?:研究|攻关)$")
_UNIT_NAME = re.compile(r"(中心|实验室|研究院|研究所|联盟|协会|基地|园区|产业园)$")
# What a sentence says next of a product it has named: 平台正式上线, 系统投入使用.
_PRODUCT_NEWS = re.compile(r"(正式|上线|投入|启用|建成|开通|亮相|面世|问世)")
_COMMON_VERB = 2000  # a verb rarer than this in jieba's dictionary is a technical word (衍射)


def products_built(text: Text, makers: list[Candidate]) -> list[Candidate]:
    """What an organisation makes in its own clause: 甲将搭建XR云渲染平台 -> XR云渲染平台,
    支持甲升级其运营的“一部手机游云南”平台 -> “一部手机游云南”平台 (also 一部手机游云南); each ends with a product word."""
    norm = text.norm
    found: list[Candidate] = []
    for maker in makers:
        if not acts(norm, maker):
            continue
        close = _CLAUSE_END.search(norm, maker.end)
        end = close.start() if close else len(norm)
        made: list[Candidate] = []
        for verb in BUILD.finditer(norm, maker.end, end):
            if verb.start() - maker.end > _MAKER_GAP:
                break
            made = _built(text, verb.end(), end)
            if made:
                break
        if not made:
            made = _going_on(text, end, [m.start for m in makers if m.start > maker.end])
        found.extend(made)
    return found


# A clause with no subject of its own goes on with the last one's: 甲将依托…资源,搭建乙平台;
# 甲专注…,其自主研发的乙; 甲…,在…建设…基地,主要生产乙; 甲专注…,其“乙”全息演艺系统.
_GOING_ON = re.compile(r"(?:主要|重点|并|同时|还|也)*(?:其(?=“)|其?(?=" + BUILD.pattern + ")"
                       rf"|其(?=[{HANZI}A-Za-z0-9]{{0,10}}?(?:{'|'.join(_QUOTED_HEAD)})“))")  # 其数字人讲解员“油小庆”
_CLAUSES_ON = 3
_OWN_SUBJECT = re.compile(r"(?:该|这家|这个)?(?:研究院|研究所|实验室|中心|公司|企业|联盟|协会|学院|大学|基地|园区)")


def going_on(norm: str, comma: int) -> re.Match[str] | None:
    """The verb of making (or 其 before a quoted name) opening the subjectless clause after ``comma``."""
    opening = _GOING_ON.match(norm, comma + 1)
    if not opening:
        return None
    return BUILD.match(norm, opening.end()) or opening


def _going_on(text: Text, end: int, others: list[int]) -> list[Candidate]:
    """Products of the next clauses of the sentence that go on without a subject, up to the next maker
    (甲专注…,推出的乙已上线,累计服务…;其数字人讲解员“丙”…)."""
    norm = text.norm
    found: list[Candidate] = []
    for _ in range(_CLAUSES_ON):
        if end >= len(norm) or not (norm[end] == "," or norm.startswith(";其", end)):
            break  # ;其: a clause after a semicolon that points back to the subject
        following = _CLAUSE_END.search(norm, end + 1)
        stop = following.start() if following else len(norm)
        if any(end < start < stop for start in others) or _OWN_SUBJECT.match(norm, end + 1):
            break  # 甲与乙共建丙研究院,研究院位于…,已建成丁: a subject of the clause's own
        verb = going_on(norm, end)
        if verb:
            found += _built(text, verb.end(), stop)
        end = stop
    return found


_DESCRIBER = re.compile(rf"[{HANZI}A-Za-z0-9]{{2,12}}")


def _described(text: Text, start: int, name: int) -> str:
    """The product's name with the words of its kind before it, where there are some (推出数字人导游“小秦”:
    数字人导游小秦); else ""."""
    modifier = _MODIFIER.match(text.norm[start:name])  # 新一代, 首款: no words of a kind
    start += modifier.end() if modifier else 0
    words = text.norm[start:name - 1]
    if not _DESCRIBER.fullmatch(words) or not words.endswith(_QUOTED_HEAD) and any(
            token.pos[:1] in {"v", "p", "d", "c", "r", "u", "m"} and len(token.text) < 3
            for token in text.tokens_in(start, name - 1)):
        return ""
    return words + text.norm[name:text.norm.index("”", name)]


_PARTNER_MAKING = re.compile(r"(?:\([^()]{1,20}\))?(?:合作|联合|共同|携手)(?:研发|开发|研制|打造|推出)")
_NOT_ACTING = re.compile(r"(以|依托|借助|通过|与|和|同|对|向|为)$")


# 支持甲、乙等企业打造丙: a list that closes right before the making verb makes it.
# Not 等头部企业自主开发的…平台: that describes the list's products.
_LIST_MAKING = re.compile(rf"等(?:\d+家)?(?:[{HANZI}]{{0,4}}?(?:企业|单位|机构))?(?:将|已|正在|联合|共同)?"
                          r"(?=研发|研制|开发|打造|建设|搭建|推出|生产)(?!..的)")


def acts(norm: str, maker: Candidate) -> bool:
    """Is the organisation the one who acts, not a means (以甲为依托) or one of a list (甲、乙等企业),
    unless that list is what makes (甲、乙等企业打造), or a partner who makes (与甲合作开发)?"""
    partner = re.search("(与|同|和)$", norm[max(0, maker.start - 1):maker.start]) and (
        _PARTNER_MAKING.match(norm, maker.end))
    return (not means(norm, maker.start) or bool(partner)) and (
        not norm.startswith(("等", "、"), maker.end) or list_making(norm, maker))


def means(norm: str, start: int) -> bool:
    """以甲为依托, 依托甲、乙: what begins at ``start`` is a means, or a partner (与甲)."""
    return bool(_NOT_ACTING.search(norm[max(0, start - 2):start]))


def list_making(norm: str, maker: Candidate) -> bool:
    """甲、乙等企业打造: the list closing at the maker is the subject of the making verb."""
    return bool(_LIST_MAKING.match(norm, maker.end))


def _built(text: Text, start: int, end: int) -> list[Candidate]:
    norm = text.norm
    quoted = re.match(r"[^“”,;。]{0,12}?“([^“”]{2,16})”", norm[start:end])
    if quoted and _UNIT_NAME.search(quoted.group(1)):
        return []  # “光电感知与智能驾驶联合创新中心”: an institution, not a product
    if quoted:
        after = norm[start + quoted.end():end]
        if not after or _PRODUCT_STOP.match(after):
            return [Candidate(Kind.PRODUCT, start + quoted.start(1), start + quoted.end(1), quoted.group(1),
                              rule="product-built", alias=_described(text, start, start + quoted.start(1)))]
        tail = _TAIL.match(after)
        if tail:
            low, stop = start + quoted.start(1) - 1, start + quoted.end() + tail.end()  # not 首批12个 before
            return [Candidate(Kind.PRODUCT, low, stop, norm[low:stop],
                              rule="product-built", alias=quoted.group(1))]  # “织景”三维内容生成大模型, “智港孪生”平台
        return []
    halt = _PRODUCT_STOP.search(norm, start, end)
    phrase_end = halt.start() if halt else end
    if _STUDIED.search(norm, start, phrase_end):
        return []  # 重点开展医药大模型和隐私计算研究: topics of research, not products
    start += norm[start:phrase_end].rfind("的") + 1  # 建设面向…的边缘云平台
    found = []
    at = start
    for part in re.split(r"(和|及|与|、)", norm[start:phrase_end]):
        low, high = at, at + len(part)
        at = high
        if part in {"和", "及", "与", "、"}:
            continue
        modifier = _MODIFIER.match(norm[low:high])  # ^ anchors at the slice, not at a pos argument
        low += modifier.end() if modifier else 0
        for token in text.tokens_in(low, high):
            if token.pos[:1] not in {"v", "p", "d", "c"} or token.end >= high or text.norm.startswith("式", token.end) or (
                    token.pos[:1] == "v" and text.segmenter.frequency(token.text) < _COMMON_VERB):
                break  # 沉浸式车载XR系统, 衍射光波导模组: words of the name
            low = token.end  # 面向数字人: the verb is not the name
        heads = [m.end() for m in re.finditer("|".join(_HEAD), norm[low:high])]
        if heads and _PRODUCT_NEWS.match(norm, low + heads[-1], high):
            high = low + heads[-1]  # 两江AIGC内容生产公共服务平台 + 正式上线
        name = norm[low:high]
        if not name.endswith(_HEAD) or not 3 <= len(name) <= 20 or not text.ends_word(high):
            continue
        if re.search(r"[^" + HANZI + r"A-Za-z0-9+.\-]", name) or text.lexicon.concept_by_label(name):
            continue
        found.append(Candidate(Kind.PRODUCT, low, high, name, rule="product-built"))
    return found
