"""Places: administrative divisions, regions and named zones, each with its code where known.

A name from the divisions table is kept when it stands as a word of its own
(token-aligned). Short names are ambiguous (长宁 is a district of Shanghai
and a county of Sichuan; 朝阳 a district of Beijing and a city of Liaoning):
the document's other places, and the place of its publisher, decide; a short
district name with nothing in the document to support it is dropped.
Zones are a place, a proper name or a quoted name followed by a zone suffix;
sites are also named where the text places something in them (位于七贤岭的) or
counts their visitors (尼山圣境接待游客…), whatever their names end with.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import replace

from kg.extract.text import (
    HANZI,
    LEVEL_RANKS,
    PLACE_PREFIXES,
    STOP_WORDS,
    Candidate,
    Text,
    enumeration_before,
)
from kg.lexicon import Division, Entry, Lexicon, short_name
from kg.model import Kind, Metadata, Token

ZONE_SUFFIXES = (
    "经济技术开发区", "高新技术产业开发区", "高新技术开发区", "经济开发区", "开发区", "高新区",
    "自由贸易试验区", "自贸区", "综合保税区", "保税区", "新区", "科技城", "科学城", "产业园区",
    "产业园", "科技园区", "工业园区", "工业园", "工业区", "投资区", "软件园区", "科技园", "科学园", "软件园", "创新园", "科创园", "园区", "小镇", "科创街区", "街区",
    "科创走廊", "商务区", "新城", "智慧城", "科教城", "总部基地", "中心区", "片区", "商圈", "网谷",
    "声谷", "车谷", "光谷", "智园", "经开区", "风景名胜区", "风景区", "金融区", "科教创新区", "协同创新区",
    "创新区", "软件城", "不夜城", "遗址公园", "智慧公园", "智慧岛", "金融岛", "科学岛",
    "科创城", "大学城", "步行街", "创业谷", "产业基地", "景区", "广场", "起步区", "集聚区", "港区",
    "产业走廊", "示范区", "风貌区", "试验区", "功能区", "实验区", "艺术区", "会展城", "古城",
    "知识城", "生态城", "生物岛", "创意港", "数字港", "信息港", "科创港", "数据中心集群",
    "智谷", "创谷", "云谷", "数谷", "软件谷", "城市副中心", "旅游度假区", "度假区", "森林公园",
    "古镇", "影视城", "商贸城", "公园", "旅游区", "会址", "旧址", "金融城", "会展中心", "博览中心", "体育中心",
    "博物馆", "博览园", "石窟", "窟", "信息园", "科创中心", "智创城", "海洋城", "滑雪场", "老街",
)
_ZONE = re.compile("|".join(ZONE_SUFFIXES))
_COMPANY_END = re.compile("有限公司|有限责任公司|集团|公司")
# 798艺术区: a number that names a zone, not a count (新增120园区, 达到300产业园).
_NUMBERED = re.compile(r"(?<![\dA-Za-z.%增建有达超近约共计余第])\d{3,4}$")
_PHASE = re.compile("[一二三四五六七八九十]期(?!工程|项目)")
# Suffixes that also make descriptions (量子产业集聚区): a name needs a place or a proper noun first.
_DESCRIBED = frozenset({"集聚区", "起步区", "示范区", "产业走廊", "试验区", "功能区", "实验区", "艺术区", "会展城",
                        "古城", "数据中心集群", "城市副中心", "古镇", "公园", "会展中心", "博览中心", "体育中心",
                        "博物馆", "滑雪场", "老街"})
# Suffixes of parks that also name brands and programmes: quoted, they are no place.
_BRANDED = frozenset({"智谷", "创谷", "云谷", "数谷"})
# 中关村 + 朝阳园, 中关村 + 海淀园.
_SUB_PARK = re.compile(rf"([{HANZI}]{{2,3}}?)园")
# 位于七贤岭的, 落户于七贤岭, 在北京坊举行, 入驻袍江的: a site's own name, ending in a landform (岭, 山,
# 湾, 湖, 岛, 谷, 江) or an old quarter's or temple's word (坊, 祠, 庙).
_QUARTERS = "坊祠庙"
_SITE = re.compile(rf"(?:位于|坐落于|落户于?|入驻|地处|在)([{HANZI}]{{1,4}}[岭山湾湖岛谷洲江{_QUARTERS}])(?=的|建设|打造|举行|举办|上线|,)")
# A bay's, lake's or island's own name at the head of a zone's: 大零号湾, 西太湖, 金鸡湖.
_GEOGRAPHIC_HEAD = re.compile(rf"[{''.join(sorted(PLACE_PREFIXES))}]?[{HANZI}]{{1,3}}?[湾湖岛洲]")
_BRACKETED_PLACE = re.compile(rf"\(([{HANZI}]{{2,4}})\)([{HANZI}]{{0,10}}?(?:{'|'.join(ZONE_SUFFIXES)}))")
# A zone's area named by its city: 中国(广西)自由贸易试验区 + 南宁片区.
_BEFORE_BRACKETS = ("中国", "西部", "东部", "南部", "北部", "中部")
_AREA = re.compile(rf"([{HANZI}]{{2,5}}?)片区")
_QUOTED_ZONE = re.compile(rf"“([^“”\n]{{2,12}})”({'|'.join(ZONE_SUFFIXES)})")
# 甲、乙等景区: the items before are places.
_PLACE_LIST = re.compile(r"等(?:[^,。;:!?、]{0,4}?)(?:景区|景点|园区|街区|区域|片区|商圈|公园|街道|乡镇|镇街)")
_SCENIC = re.compile(r"(山|湖|岛|洲|巷|峰)$")
_LANDMARK = re.compile(r".{2,}(公园|广场|新城|古镇|景区|湿地|港区)$|.{2,}(山|湖|岛|洲|巷|窑|峰|寺|塔|港|亭|祠|庙|阁|楼)$")
# A landform after a place's name that jieba cut off (长洲 + 岛, 北辰 + 三角洲): an island, port,
# bay or delta of its own; alone, a common word.
_LANDFORM = frozenset({"岛", "港", "湾", "三角洲", "半岛"})
# Division names that are also everyday words.
_COMMON = frozenset({"东区", "南区", "北区", "西区", "中区", "城区", "老城区", "郊区", "矿区", "新区", "市中区",
                     "城中区", "城关区", "开发区", "高新区", "中国", "全国", "江南", "江北", "河西",
                     "河东", "城北", "城南", "城东", "城西", "新城"})
# What may follow a township's short name (上地、西北旺等区域) so that it is a place, not the
# head of another name (“虹桥智谷”).
_LOCATIVE = re.compile(rf"(?![{HANZI}])|等|地区|片区|区域|一带|周边|街道|镇|和|与|及|、")
_ZONE_HEAD_WORDS = frozenset(["老城", "老城区", "老街", "主城区", "中心城区", "城区", "历史", "传统", "重要", "大型", "特色", "景区", "重点", "主题", "专业", "特色产业", "商业", "产业", "科技", "创新", "数字", "智慧", "现代", "新型", "各类", "一批", "优质", "高端", "示范", "标杆", "相关", "这些", "该", "文旅", "文化", "旅游", "核心", "功能", "综合", "若干", "多个", "更多", "其他", "周边", "美食", "休闲", "步行", "夜间", "消费", "餐饮", "购物", *LEVEL_RANKS])
_HOW_MANY = re.compile(r"(?:两|[两二三四五六七八九十\d]+[大个家批类座]|多|若干|几)")
_COMMON_WORD = 1500
_EVERYDAY = 5000  # a word this common (中央, 国际) begins no zone's own name
_RARE_NOUN = 2000  # a noun this rare that heads a zone's name is a name (天府软件园), not a word (产业园)  # jieba frequency above which a short place name is an everyday word
_LEVEL_RANK = {"province": 0, "region": 0, "city": 1, "district": 2, "zone": 3, "town": 4}


_TOWN_NAME = re.compile(rf"[{HANZI}]{{2,}}(?:街道|镇|乡)")
# Words that stand before verbs, so that what follows them is no county's short name (将会同).
_BEFORE_VERB = re.compile(r"[将并要须应可再又还也均已]$")


# The level a body's short name gives its place: 市科技局 is a city's, 区工信局 a district's.
LEVEL_PREFIX = {"市": "city", "区": "district", "县": "district", "省": "province"}
_ROAD = re.compile(r"[东西南北中]?(?:路|大道|大街)")


def find_places(text: Text, home: set[str]) -> list[Candidate]:
    """Places of the text; ``home`` holds the codes of the document's own place (its issuer's)."""
    lexicon = text.lexicon
    hits, short_towns, common = [], [], []
    for start, end, name in text.matches():
        entries = _places(lexicon, name)
        if not entries or not (
                text.aligned(start, end) or all(e.level == "town" for e in entries) and text.starts_word(start)
                and text.ends_word(end)):
            continue
        if name in _COMMON:
            if len(name) >= 3:  # 市中区, 城关区; not 城区 or 新区
                common.append((start, end, name, entries))
            continue
        if _ROAD.match(text.norm, end):
            continue  # 南京西路, 北京东路: a street, named after the place
        if len(name) == 2 and name[0] in "和与及或并" and start and re.match(f"[{HANZI}]", text.norm[start - 1]) and (
                re.match(f"[{HANZI}]", text.norm[end:end + 1])):
            continue  # 交通枢纽和县乡: 和 joins, not 和县
        if any(e.level != "town" for e in entries) or name == entries[0].canonical or (
                _LOCATIVE.match(text.norm, end) and text.segmenter.frequency(name) < _COMMON_WORD):  # not 建设。
            hits.append((start, end, name, entries))
        elif text.aligned(start, end) and text.segmenter.frequency(name) < _COMMON_WORD and (
                not _opens_name(text, end)):
            short_towns.append((start, end, name, entries))
    context = _context(lexicon, [(name, entries) for _, _, name, entries in hits],
                       home)
    # 乌镇 of 乌镇镇, a word of its own: a township's short name where its district is the document's.
    hits += [hit for hit in short_towns if any(e.parent in context for e in hit[3] if e.level == "town")]
    # 市中区 of 乐山市, a district's name that is also a phrase: where the text names its city.
    hits += [hit for hit in common if any(lexicon.divisions[e.keys[0]].parent in context
                                          for e in hit[3] if e.keys and e.keys[0] in lexicon.divisions)]
    found = []
    for start, end, name, entries in hits:
        if name != entries[0].canonical and entries[0].level == "district" and (
                text.segmenter.frequency(name) > _COMMON_WORD) and (
                not any(e.canonical in text.norm for e in entries)):
            continue  # a short form that is also a common word (合作, 资源) needs its full name nearby
        if name != entries[0].canonical and _BEFORE_VERB.search(text.norm, max(0, start - 1), start):
            continue  # 将会同科技城新区: a verb, not 会同县
        entry = _choose(lexicon, name, entries, context)
        if entry is None and name == entries[0].canonical and all(e.level == "town" for e in entries) and (
                _TOWN_NAME.fullmatch(name)):
            entry = Entry(Kind.PLACE, name, (), "town", "")  # 泰山街道 of a district the text leaves unsaid
        if entry is not None:
            code = entry.keys[0] if entry.keys else ""
            found.append(Candidate(Kind.PLACE, start, end, name, key=code or entry.canonical,
                                   level=entry.level, rule="place-lexicon"))
    found = [_same_as_division(text, c, found) if c.level == "zone" else c for c in found]
    zones = [_same_as_division(text, zone, found) for zone in _zones(text, found)]
    return found + zones + _sub_parks(text, [*found, *zones]) + _landmarks(text) + _listed(text) + _sited(text) + (
        _visited(text, found)) + _staged(text, found)


def _opens_name(text: Text, end: int) -> bool:
    """Does a noun follow, so that the word before opens a longer name (虹桥 + 智谷, 云埔 + 工业区,
    金鸡湖 + 创业大赛)?"""
    if end >= len(text.norm):
        return False
    following = text.doc.tokens[text.token_at(end)]
    return (following.pos.startswith("n") or following.pos == "vn") and following.text not in STOP_WORDS


def _same_as_division(text: Text, zone: Candidate, places: list[Candidate]) -> Candidate:
    """青岛西海岸新区(黄岛区): a zone its district's name follows in brackets is that district."""
    if not text.norm.startswith("(", zone.end):
        return zone
    division = next((p for p in places if p.start == zone.end + 1 and p.key.isdigit() and p.level == "district"
                     and text.norm.startswith(")", p.end)), None)
    return replace(zone, key=division.key) if division else zone


def home_codes(lexicon: Lexicon, name: str) -> set[str]:
    """Codes of the places a name (a publisher's, say) begins with, and their ancestors:
    深圳市南山区工业和信息化局 -> {440305, 440300, 440000}."""
    codes: set[str] = set()
    at, parent = 0, ""
    while True:
        step = _place_at(lexicon, name, at, parent)
        if step is None:
            return codes
        code, at = step
        codes.add(code)
        codes.update(d.code for d in lexicon.divisions[code].ancestors(lexicon.divisions))
        parent = code


def chained(chosen: list[Candidate], lexicon: Lexicon) -> list[Candidate]:
    """A division written after its city or province (广州市黄埔区, 广东省广州市) has that
    chain as another form of its name."""
    ends = {c.end: c for c in chosen if c.kind is Kind.PLACE and c.key.isdigit()}
    result = []
    for candidate in chosen:
        parent = ends.get(candidate.start)
        if (parent is not None and candidate.kind is Kind.PLACE and candidate.key.isdigit() and not candidate.alias
                and lexicon.within(candidate.key, parent.key)):
            candidate = replace(candidate, alias=parent.name + candidate.name)
        result.append(candidate)
    return result


def deepest(codes: Iterable[str]) -> str:
    """The deepest of some division codes, whatever their order: a town (9 digits) before
    its district, a district before its city and province; "" when there are none.

    >>> deepest(["440402", "440402104", "440400"]), deepest(["440402104", "440402"])
    ('440402104', '440402104')
    """
    return max(codes, key=lambda code: (*depth(code), len(code), code), default="")


def depth(code: str) -> tuple[bool, bool]:
    """How deep a division lies, to compare: (below a city, below a province)."""
    return code[4:] != "00", code[2:] != "0000"


def issuer_codes(lexicon: Lexicon, meta: Metadata) -> set[str]:
    """The document's own place: of its publisher, else its signature, else its title."""
    for name in (meta.publisher, meta.signature, meta.title):
        codes = home_codes(lexicon, name)
        if codes:
            return codes
    return set()


def _place_at(lexicon: Lexicon, name: str, at: int, parent: str) -> tuple[str, int] | None:
    """The longest place name at ``at`` (under ``parent`` if given): (code, end)."""
    found = sorted(((end, hit) for start, end, hit in lexicon.match(name[at:]) if start == 0),
                   reverse=True)
    for end, hit in found:
        # A township by its full name only: 第二届… begins with no 第二街道.
        entries = tuple(e for e in _places(lexicon, hit) if e.level != "town" or e.canonical == hit)
        coded = {e.keys[0] for e in entries if e.keys} or {e.parent for e in entries if e.parent}  # 重庆两江新区: in 重庆市
        if len(coded) > 1:
            coded = {e.keys[0] for e in entries if e.keys and e.level != "town"} or coded  # 重庆市, not 重庆街道
        if parent:
            coded = {c for c in coded if parent in {d.code for d in
                                                    lexicon.divisions[c].ancestors(lexicon.divisions)}}
        if len(coded) == 1:
            return coded.pop(), at + end
    return None


def _places(lexicon: Lexicon, name: str) -> tuple[Entry, ...]:
    return tuple(e for e in lexicon.names.get(name, ()) if e.kind is Kind.PLACE)


def _context(lexicon: Lexicon, hits: list[tuple[str, tuple[Entry, ...]]], home: set[str]) -> set[str]:
    """Codes the document vouches for: its own place, places named in full or of
    city level and above that are unambiguous, and their ancestors."""
    codes = set(home)
    for name, entries in hits:
        coded = {e.keys[0] for e in entries if e.keys}
        vouching = (name == entries[0].canonical and (
            entries[0].level != "town" or _names_its_city(lexicon, entries[0]))) or (
            entries[0].level in {"province", "city"})
        if len(coded) == 1 and vouching:
            code = coded.pop()
            codes.add(code)
            codes.update(d.code for d in lexicon.divisions[code].ancestors(lexicon.divisions))
    return codes


def _names_its_city(lexicon: Lexicon, town: Entry) -> bool:
    """A township vouches for its district only when its name holds its city's or province's
    (中新天津生态城 yes; 特色产业园区, a township of 阿克苏市, no)."""
    ancestors = lexicon.divisions[town.parent].ancestors(lexicon.divisions) if town.parent in (
        lexicon.divisions) else []
    return any(short_name(a.name) in town.canonical for a in ancestors if a.level in {"city", "province"})


def _choose(lexicon: Lexicon, name: str, entries: tuple[Entry, ...], context: set[str]) -> Entry | None:
    divisions = lexicon.divisions
    if any(e.level == "town" for e in entries):
        towns = [e for e in entries if e.level == "town" and e.parent in context]
        others = [e for e in entries if e.level != "town"]
        if len(towns) == 1 and not others:
            return towns[0]  # a township only where its district is the document's
        entries = tuple(others)
        if not entries:
            return None
    if len(entries) == 1:
        entry = entries[0]
        if entry.keys and entry.level == "district" and name != entry.canonical:
            return entry if _supported(divisions[entry.keys[0]], divisions, context) else None
        return entry
    supported = [e for e in entries if e.keys and _supported(divisions[e.keys[0]], divisions, context)]
    if len(supported) == 1:
        return supported[0]
    nearest = _nearest(supported, divisions, context)  # 鼓楼区 with 徐州市 named: 徐州's, not 南京's (both 江苏)
    if nearest is not None:
        return nearest
    top = sorted(entries, key=lambda e: _LEVEL_RANK.get(e.level, 9))
    if _LEVEL_RANK.get(top[0].level, 9) < min(_LEVEL_RANK.get(e.level, 9) for e in top[1:]):
        return top[0] if top[0].level in {"province", "city", "region"} else None
    return None


def _nearest(entries: list[Entry], divisions: dict[str, Division], context: set[str]) -> Entry | None:
    """The one entry whose closest vouched-for ancestor is closer than every other entry's."""
    def distance(entry: Entry) -> int:
        division = divisions[entry.keys[0]]
        chain = [division, *division.ancestors(divisions)]
        return next(i for i, d in enumerate(chain) if d.code in context)
    ranked = sorted(entries, key=distance)
    return ranked[0] if len(ranked) > 1 and distance(ranked[0]) < distance(ranked[1]) else None


def _supported(division: Division, divisions: dict[str, Division], context: set[str]) -> bool:
    return any(ancestor.code in context for ancestor in division.ancestors(divisions)) or (
        division.code in context)


def _zones(text: Text, places: list[Candidate]) -> list[Candidate]:
    norm = text.norm
    place_starts = {c.start: c for c in places}
    place_ends = {c.end: c for c in places if c.level in {"zone", "district", "city"}}
    towns = {c.end: c for c in places if c.level == "town"}
    found = []
    for match in _ZONE.finditer(norm):
        phase = _PHASE.match(norm, match.end())  # 厦门软件园 + 三期, written so again: a park of its own
        end = phase.end() if phase and norm.count(norm[match.start():phase.end()]) > 1 else match.end()
        if not text.ends_word(end) and re.match(f"[{HANZI}]", norm[end:end + 1]):
            continue  # the suffix runs on into a longer word
        start = _joined_fields(text, text.name_start(match.start(), limit=14), place_starts)
        start = _after_body(text, start, match.start(), place_starts)
        start = _direction_back(text, start, end)
        company = list(_COMPANY_END.finditer(norm, start, match.start()))
        start = company[-1].end() if company else start  # 上海幻维数字科技有限公司 + 七宝老街: the company's project
        located = start
        stripped = _without_locative(text, start, match.start(), place_starts)
        while stripped != start:  # 深圳市 + 龙华区 + 深圳北站国际商务区: each division before the name
            start, stripped = stripped, _without_locative(text, stripped, match.start(), place_starts)
        if match.group() in _DESCRIBED and start != located and not _named_by_place(text, start, place_starts, places):
            start = located  # 北京市 + 高级别自动驾驶示范区: the place is what makes it a name
        town = towns.get(start)
        if town is not None and len(text.doc.tokens[text.token_at(start)].text) == 1:
            start = town.start  # 元和 + 塘数字产业园: a name jieba broke, not a township and a zone
        before = place_ends.get(start)
        if before is not None and text.segmenter.frequency(norm[start:match.start()]) > _EVERYDAY:
            start = before.start  # 江北新区 + 中央商务区: an everyday head makes no name of its own
        numbered = _NUMBERED.search(norm, max(0, match.start() - 5), match.start())
        if start >= match.start() and numbered and len(match.group()) >= 3:
            start = numbered.start()  # 798艺术区: a number for a name
        elif start >= match.start() or not _proper(text, start, match.start(), place_starts):
            continue
        elif match.group() in _DESCRIBED and not _named_by_place(text, start, place_starts, places):
            continue  # 量子产业集聚区 is what a plan wants, 三龙湾高端创新集聚区 a place
        name = norm[start:end]
        if norm[start - 1:start] == "“" and (norm[end:end + 1] != "”" or match.group() in _BRANDED):
            continue  # part of a quoted slogan (“智算园区·模创未来”), or a brand (以“虹桥智谷”品牌为依托)
        found.append(Candidate(Kind.PLACE, start, end, name, level="zone", rule="zone-suffix"))
    for match in _BRACKETED_PLACE.finditer(norm):  # 中国(绵阳)科技城, 深圳(哈尔滨)产业园区
        before = place_ends.get(match.start())
        opening = match.start() - 2 if norm.startswith(_BEFORE_BRACKETS, match.start() - 2) else (
            before.start if before else None)  # 中国(绵阳)科技城, 西部(重庆)科学城
        if opening is not None and text.ends_word(match.end()) and text.lexicon.is_place(match.group(1)):
            area = _AREA.match(norm, match.end())  # 中国(新疆)自由贸易试验区 + 乌鲁木齐片区
            end = area.end() if area and text.lexicon.is_place(area.group(1)) else match.end()
            found.append(Candidate(Kind.PLACE, opening, end, norm[opening:end], level="zone",
                                   rule="zone-bracketed", priority=1))
    for match in _QUOTED_ZONE.finditer(norm):
        name = match.group(1) + match.group(2)
        found.append(Candidate(Kind.PLACE, match.start(), match.end(), name, level="zone",
                               rule="zone-quoted", alias=match.group(1)))
    return found


def _sub_parks(text: Text, places: list[Candidate]) -> list[Candidate]:
    """中关村 + 朝阳园: a zone's park in a district, named by the district."""
    found = []
    for place in places:
        if place.level != "zone":
            continue
        park = _SUB_PARK.match(text.norm, place.end)
        if park and text.lexicon.is_place(park.group(1)) and text.ends_word(park.end()):
            found.append(Candidate(Kind.PLACE, place.start, park.end(), text.norm[place.start:park.end()],
                                   level="zone", rule="zone-park"))
    return found


def _sited(text: Text) -> list[Candidate]:
    """位于七贤岭的…, 在七贤岭建设…: a name no dictionary holds, where the text says something is."""
    found = []
    for match in _SITE.finditer(text.norm):
        start, end = match.span(1)
        name = match.group(1)
        known = [e for e in text.lexicon.names.get(name, ()) if e.kind is Kind.PLACE and e.keys]
        if name in text.lexicon.names and not known:
            continue  # a company's or a technology's name
        if text.starts_word(start) and text.ends_word(end) and (
                text.segmenter.frequency(name) < _COMMON_WORD) and not _ZONE_HEAD_WORDS & {name} and all(
                t.pos[:1] not in {"v", "d", "p", "c", "r", "q", "a"} for t in text.tokens_in(start, end)):
            town = known[0] if len(known) == 1 else None  # 七贤岭 of 七贤岭街道
            found.append(Candidate(Kind.PLACE, start, end, name, key=town.keys[0] if town else "",
                                   level=town.level if town else "zone", rule="place-site",
                                   priority=int(name[-1] in _QUARTERS)))  # 北京坊 is more than 北京
    return found


def _direction_back(text: Text, start: int, end: int) -> int:
    """以南/f + 太湖新区: jieba joined the direction that begins the name to the word before it;
    the name with it is the one the text writes again (南太湖新区)."""
    before = text.doc.tokens[text.token_at(start - 1)] if start else None
    if before is None or before.end != start or len(before.text) < 2 or before.text[-1] not in PLACE_PREFIXES:
        return start
    return start - 1 if text.norm.count(text.norm[start - 1:end]) > 1 else start


def _after_body(text: Text, start: int, end: int, place_starts: dict[int, Candidate]) -> int:
    """市文旅广体局 + 指导 + 岳阳楼景区: a body's short name, cut by jieba into characters, ends at
    局 or 厅; the zone's name begins at the first place after it, or nowhere."""
    bodies = [t.end for t in text.tokens_in(start, end) if t.text in {"局", "厅"}]
    if not bodies:
        return start
    return next((t.start for t in text.tokens_in(bodies[-1], end)
                 if t.start in place_starts or t.pos == "ns" or text.lexicon.is_place(t.text)), end)


def _joined_fields(text: Text, start: int, place_starts: dict[int, Candidate]) -> int:
    """威海光电 + 与 + 虚拟现实产业园: two fields joined by 与 in a zone's name that a place
    begins (not 深圳与东莞…, two places)."""
    if start < 3 or text.norm[start - 1] != "与" or start in place_starts:
        return start  # 福州分公司与 + 福州软件园: a name of its own after 与
    head = text.name_start(start - 1, limit=8)
    place = place_starts.get(head)
    field = text.norm[place.end:start - 1] if place is not None else ""
    return head if 2 <= len(field) <= 4 and not re.search("[公司院校局委厅办会]", field) else start


def _named_by_place(text: Text, start: int, place_starts: dict[int, Candidate], places: list[Candidate]) -> bool:
    """Does the name begin with a place: a place found, a word tagged as one, a division's
    name (马桥 of 马桥镇), a bay's or lake's (大零号湾), or the head of a place the document
    names (贵安 of 贵安新区, before 贵安数据中心集聚区)?"""
    head = text.norm[start:start + 2]
    return start in place_starts or text.doc.tokens[text.token_at(start)].pos in {"ns", "nr", "nrt"} or any(
        text.segmenter.frequency(name) < _COMMON_WORD for _, name in text.places_at(start)) or (
        _GEOGRAPHIC_HEAD.match(text.norm, start) is not None) or (
        text.segmenter.frequency(head) < _COMMON_WORD and any(p.name.startswith(head) for p in places))


def _without_locative(text: Text, start: int, end: int, place_starts: dict[int, Candidate]) -> int:
    """天河区天河智慧城, 南山区蛇口网谷: a district named in full before a zone's own name says where
    the zone is; the zone's name begins after it."""
    place = place_starts.get(start)
    if place is None or end - place.end < 2:
        return start
    full = place.key in text.lexicon.divisions and text.lexicon.divisions[place.key].name == place.name and (
        place.level in {"town", "district", "city", "province"})
    following = text.doc.tokens[text.token_at(place.end)]
    unknown = following.start == place.end and following.text not in text.lexicon.names and (
        len(following.text) == 1 or text.segmenter.frequency(following.text) < _RARE_NOUN)
    if following.text.isascii() or text.lexicon.concept_by_label(following.text):
        return start  # 滨海新区XR产业基地: the field after the district is the zone's own name
    return place.end if full or (place.level == "zone" and unknown) else start


def _proper(text: Text, start: int, end: int, place_starts: dict[int, Candidate]) -> bool:
    """Does a zone's name begin with a place or a proper noun, not with a common word?"""
    if start in place_starts or _GEOGRAPHIC_HEAD.match(text.norm, start, end):
        return True
    token = text.doc.tokens[text.token_at(start)]
    if token.text == "未来" and token.end == end and text.norm.startswith(("科学城", "科技城"), end):
        return True  # 未来/t 科学城: the science cities named for the future, though jieba tags 未来 a time
    if _SCENIC.search(token.text) and len(token.text) >= 2 and token.end <= end and (
            text.segmenter.frequency(token.text) < _COMMON_WORD):
        return True  # 琅琊山/vn + 风景名胜区: a mountain's name, whatever jieba tags it
    if _says_kind(token) or token.text.endswith("式"):
        return False  # 更/d 多 景区, 两大主要港区, 开放式街区: how many or what kind, not which (五一商圈 is a name)
    if token.end > end and text.norm[start:end] in _ZONE_HEAD_WORDS:
        return False  # 美食街/ns + 区: a kind of street, which jieba tags a place
    if token.end > end and token.pos == "n" and text.segmenter.frequency(token.text) > 0:
        return False  # 工业园区, 物流园区: a word of the dictionary that holds the head is a kind of zone
    if text.lexicon.is_place(token.text):
        return True  # a place's name, even one the document does not otherwise vouch for (余杭)
    if token.pos in {"ns", "nr", "nz", "nrt", "j", "nt"} and token.text not in text.lexicon.names:
        return True
    following = text.doc.tokens[min(text.token_at(start) + 1, len(text.doc.tokens) - 1)]
    if token.text in PLACE_PREFIXES and start < following.start < end:
        return _proper(text, following.start, end, place_starts)  # 西 + 太湖科技产业园
    if len(token.text) == 1 and len(following.text) == 1 and following.start < end:
        return True  # a name jieba cut into single characters (礼/嘉, 沣/西)
    if len(token.text) == 1 and token.pos.endswith("g") and following.start < end:
        return True  # 御/zg 窑厂: a bound morpheme begins a word jieba does not know
    return token.pos == "n" and len(token.text) >= 2 and text.segmenter.frequency(token.text) < _RARE_NOUN


def _listed(text: Text) -> list[Candidate]:
    """Items of a list that says they are places: 鼋头渚、灵山胜境等景区, 首钢园、模式口历史文化街区等区域."""
    found = []
    for match in _PLACE_LIST.finditer(text.norm):
        for start, end in enumeration_before(text, match.start()):
            item = text.norm[start:end]
            if len(item) <= 10 and re.fullmatch(f"[{HANZI}]+", item) and item not in _ZONE_HEAD_WORDS and (
                    not text.lexicon.concept_by_label(item)) and text.segmenter.frequency(item) < _COMMON_WORD:
                found.append(Candidate(Kind.PLACE, start, end, item, level="zone", rule="place-list", priority=0))
    return found


# 尼山圣境接待游客328万人次, 甲、乙和丙分别接待游客…: what receives visitors is a site to visit.
_VISITED = re.compile(r"(?:全年|年|累计|共)?(分别)?接待(?:中外)?(?:游客|游人|观众|旅客|登山|参观者|访客)")
_NOT_SITE = re.compile(r"^[全各该本我其每]|(?:公司|中心|项目|平台|基地|展馆|企业|机构|场馆|活动|期间|旅游|研学)$")


def _after_divisions(text: Text, divisions: list[Candidate]) -> dict[int, int]:
    """Where each division named in full ends, by where it starts: 南靖县 + 田螺坑土楼群, the
    county before a site says where the site is."""
    return {c.start: c.end for c in divisions if c.key in text.lexicon.divisions and (
        text.lexicon.divisions[c.key].name == c.name)}


def _visited(text: Text, divisions: list[Candidate]) -> list[Candidate]:
    norm = text.norm
    after_division = _after_divisions(text, divisions)
    found = []
    for match in _VISITED.finditer(norm):
        if match.group(1):
            items = enumeration_before(text, match.start())
            if items:
                start, end = items[-1]
                joined = re.search("和|与|及", norm[start:end])
                items[-1:] = [(start, start + joined.start()), (start + joined.end(), end)] if joined else [(start, end)]
        else:
            items = [(text.name_start(match.start(), limit=10), match.start())]
        for start, end in items:
            start = after_division.get(start, start)
            name = norm[start:end]
            if 2 <= len(name) <= 10 and re.fullmatch(f"[{HANZI}]+", name) and not _NOT_SITE.search(name) and (
                    name not in ZONE_SUFFIXES and not text.lexicon.concept_by_label(name)) and (
                    not re.search(f"(?:{_ZONE.pattern}).", name)) and (  # 乐山大佛景区 + 夜游: the zone is named
                    text.segmenter.frequency(name) < _COMMON_WORD) and _opens_site(text, start) and not any(
                    e.kind is not Kind.PLACE for e in text.lexicon.names.get(name, ())):
                found.append(Candidate(Kind.PLACE, start, end, name, level="zone", rule="place-visited"))
    return found


# 已在伪满皇宫博物院上线, 在清明上河园首演, 在长虹生态园建成: where something opens or is staged,
# 在 bounds the site's own name on the left, whatever jieba makes of its words.
_STAGED = re.compile(rf"在([{HANZI}]{{2,8}}?(?:园|院|馆|宫|城|寺|祠|庙|楼|阁|塔|亭|殿|府|村|街|巷|峰|湖|山))"
                     r"(?=上线|首演|建成|开展|举行|举办|落地|亮相|开放|投用|运营|启用|上演|落成|揭牌|展出|演出)")


def _staged(text: Text, divisions: list[Candidate]) -> list[Candidate]:
    norm, tokens = text.norm, text.doc.tokens
    after_division = _after_divisions(text, divisions)
    found = []
    for match in _STAGED.finditer(norm):
        if tokens[text.token_at(match.start())].text != "在":
            continue  # 存在, 正在
        start, end = match.span(1)
        start = after_division.get(start, start)  # 天河区 + 天河智慧城
        last = tokens[text.token_at(end - 1)]
        name, head = norm[start:end], norm[start:last.start]
        if last.end == end and head and _opens_site(text, start) and all(
                text.segmenter.frequency(words) < _COMMON_WORD for words in (name, head)) and not any(
                e.kind is not Kind.PLACE for e in text.lexicon.names.get(name, ())):  # not 遗址 + 博物馆, a kind
            found.append(Candidate(Kind.PLACE, start, end, name, level="zone", rule="place-staged", priority=2))
    return found


def _opens_site(text: Text, start: int) -> bool:
    """Does a site's own name begin here (二/m 宜楼), not which kind (主要/b 景区, 重点景区) or when?"""
    token = text.doc.tokens[text.token_at(start)]
    return not _says_kind(token) and token.pos[:1] != "t"


def _says_kind(token: Token) -> bool:
    """Does the word say how many or what kind, not which: an adverb, a preposition, a conjunction
    or a pronoun (更/d), a distinguishing word (主要/b), a count (两大) or a zone's head word (重点)?"""
    return token.pos[:1] in {"d", "p", "c", "r", "b"} or token.text in _ZONE_HEAD_WORDS or (
        _HOW_MANY.fullmatch(token.text) is not None)


def _landmarks(text: Text) -> list[Candidate]:
    """Parks, squares, mountains, lakes and old streets jieba's dictionary knows (中山公园, 橘子洲,
    岳麓山, which it may tag as a person's name)."""
    tokens = text.doc.tokens
    found = [Candidate(Kind.PLACE, token.start, token.end, token.text, level="zone", rule="landmark")
             for token in tokens
             if _LANDMARK.fullmatch(token.text) and token.text not in text.lexicon.names
             and token.text not in _LANDFORM
             and (token.pos == "ns" or token.pos == "nr" and _SCENIC.search(token.text))]
    for token, landform in itertools.pairwise(tokens):
        if landform.text in _LANDFORM and landform.start == token.end and token.pos == "ns" and (
                len(token.text) >= 2) and not _opens_name(text, landform.end):
            name = token.text + landform.text  # 长洲 + 岛; not 太湖 + 湾 + 科创带, a longer name
            found.append(Candidate(Kind.PLACE, token.start, landform.end, name, level="zone", rule="landmark"))
    return found
