"""Organizations: companies, research institutions, government bodies and associations.

Four sources, from surest to weakest:
1. the lexicons of well-known organisations (with their short forms);
2. suffix rules: …大学/研究院/实验室, …协会/联盟/联席会, …有限公司/集团,
   a brand before 科技/智能/数字/…, and government bodies: a level
   (省/市/区/国家/中央) or a place, a department, and 局/委员会/办/厅/部;
3. lists that say what their items are: 甲、乙、丙等区块链企业, and an unknown item among
   known organisations (中科曙光、紫光云、麒麟软件: 紫光云 is one too);
4. nothing else: jieba's ``nt`` tag is not trusted (see MEASURED.md).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from kg.extract.text import (
    HANZI,
    LEVEL_RANKS,
    STOP_CHARS,
    STOP_WORDS,
    Candidate,
    Text,
    after_introducers,
    elsewhere,
    enumeration_before,
    short_form_of,
)
from kg.lexicon import Lexicon
from kg.model import ORGANIZATIONS, Kind

RESEARCH_SUFFIXES = ("联合实验室", "研究院", "研究所", "实验室", "研究中心", "科学院", "工程院", "大学", "学院", "专科学校")
# A university's or institute's centre or branch elsewhere: 北京理工大学重庆创新中心,
# 中国信息通信研究院西部分院.
_BRANCH = re.compile(rf"([{HANZI}]{{2,4}}?)(创新中心|科创中心|创新研究院|研究生院|分院|分中心)")
# An institute of a research academy or of a group: 计算机应用研究所, 第四十九研究所.
_UNIT = re.compile(rf"((?:第[一二三四五六七八九十〇零百\d]{{1,5}}|(?:(?![与和及等的在])(?!共建|联合|合作)[{HANZI}]){{2,10}}?))"
                   rf"(研究所|研究院|研究中心|研究室|实验室)")
# A university's key lab, whose field may join two with 与: 浙江大学 + 计算机辅助设计与图形学国家重点实验室.
_KEY_LAB = re.compile(rf"((?:(?![和及等的在])(?!共建|联合|合作|建设|依托)[{HANZI}]){{2,20}}?)"
                      rf"((?:全国|国家|省|部)?重点实验室|国家工程研究中心|国家工程实验室|工程研究中心)")
# A university's campus or college in a city: 中山大学珠海校区, 中国科学院大学广州学院.
_CAMPUS = re.compile(rf"([{HANZI}]{{2,4}}?)(校区|分校|学院)")
ASSOCIATION_SUFFIXES = ("创新联合体", "产业联盟", "创新联盟", "协会", "学会", "联盟", "联席会", "商会", "促进会",
                        "研究会", "联合会", "基金会")
# An association's committees, named after their field: 数字人专业委员会.
COMMITTEE_SUFFIXES = ("专业委员会", "专委会")
COMPANY_SUFFIXES = ("股份有限公司", "有限责任公司", "有限公司", "集团公司", "集团", "公司")
BRAND_SUFFIXES = ("科技", "智能", "数字", "技术", "传媒", "证券", "网络", "信息", "软件", "电子",
                  "通信", "微电子", "光电", "互娱", "游戏", "影业", "银行", "资本", "创投", "全息",
                  "数据", "视觉", "半导体", "机器人", "娱乐", "音乐", "动画", "影视")
_COMMITTEES = "人代|选联|财经|法制|法工|教科文卫|城建环保|农业农村|社会建设|预算"  # 人大常委会人代工委: its working committees
_BODY_SUFFIX = (f"人大常委会(?:{_COMMITTEES})工委|委教育工委|"
                "人大常委会办公室|人大常委会|委宣传部|委组织部|委统战部|委政法委|委网信办|委办公室|委办公厅|领导小组办公室|领导小组|"
                "人民政府办公厅|人民政府办公室|政府办公厅|政府办公室|人民政府督查室|政府督查室|人民政府|执行委员会|执委会|管理委员会|管委会|委员会|"
                "办公厅|办公室|党委|政府|局|委|厅|办|署|司|部")
# Suffixes that make a body with nothing but a level before them: 区委, 市人民政府办公厅.
_BARE_SUFFIXES = frozenset({"管委会", "管理委员会", "人大常委会办公室", "人大常委会", "委", "政府", "人民政府", "党委", "人民政府办公厅", "人民政府办公室", "政府办公厅",
                            "政府办公室", "委宣传部", "委组织部", "委统战部", "委政法委", "委网信办", "委办公室",
                            "委办公厅", "委教育工委", "人民政府督查室", "政府督查室",
                            *(f"人大常委会{w}工委" for w in _COMMITTEES.split("|"))})
# A zone's short form stands where a level would: 合作区经济发展局, 高新区财政局.
_BODY = re.compile(rf"(省|市|合作区|高新区|经开区|开发区|新区|自治区|区|县|自治州|州|国家|中央|国务院)([{HANZI}]{{0,14}}?)({_BODY_SUFFIX})")
_LEVELS = frozenset({"省", "市", "区", "县", "州"})
# Rooms whose name ends as a department's does (厅).
_ROOMS = ("展厅", "大厅", "餐厅", "客厅", "门厅", "影厅", "宴会厅", "会议厅", "演播厅", "体验厅")
# Divisions that begin registered names: 上海澜序…有限公司 (a town's short form may be a word: 发展).
_NAME_LEVELS = frozenset({"province", "city", "district"})
_BRACKETED = re.compile(rf"\(([{HANZI}]{{2,4}})\)")
_BODY_AFTER = re.compile(rf"([{HANZI}A-Za-z]{{0,14}}?)({_BODY_SUFFIX})")
# 区人大常委会 + 代表工作委员会/代表工作室/办公室.
_NPC_UNIT = re.compile(rf"[{HANZI}]{{0,8}}?(委员会|工作室|办公室)")
_OFFICE = re.compile("办公室|办公厅")
_SUB_UNIT = re.compile(rf"((?!会同|联合|与|和|及)[{HANZI}]{{2,10}}?)(司|局|处|室|办公室|中心|办)")  # not 区科委 + 会同区财政局
# 国仪量子(合肥)技术有限公司: a brand, the city in brackets, then the rest of the name.
_PLACED_COMPANY = re.compile(
    rf"((?:[{HANZI}A-Za-z0-9]){{2,12}}?)(\([{HANZI}]{{2,4}}\))([{HANZI}]{{0,10}}?)(股份有限公司|有限责任公司|有限公司)"
)
# 中国联合网络通信有限公司山东省分公司: a branch is part of the registered name.
_LEGAL = re.compile(rf"(?:股份有限公司|有限责任公司|有限公司)(?:[{HANZI}]{{2,6}}?分公司)?")
_PLACED_UNIT = re.compile(rf"^\([{HANZI}]{{2,4}}\)")
_QUOTED_RESEARCH = re.compile(rf"“([{HANZI}A-Za-z0-9与—–\-()]{{2,24}}?(?:联合实验室|实验室|研究院|联合创新中心))”")
# A head that opens with a rank or a number names a kind (省级…工程研究中心, 更多联合实验室).
_RANKS = (*LEVEL_RANKS, "更多", "一批", "多个", "若干", "首批")
# A lab that partners build is named, whatever its head: 甲与乙共建数字人与智能交互联合实验室,
# 共建的5G+XR文旅联合创新实验室 (a head of field words alone names no lab elsewhere).
_BUILT_LAB = re.compile(
    rf"(?:共建|共同建设|联合建设|合作建设|牵头建设|共同组建|联合组建|组建|揭牌成立|联合成立|共同成立)(?:了|的)?"
    rf"(?P<name>(?P<partner>[{HANZI}A-Za-z0-9()]{{2,10}}[—–\-])?"  # 南科大—镜界…联合创新中心
    rf"(?!{'|'.join(_RANKS)}|一个|联合|重点)[{HANZI}A-Za-z0-9+]"
    rf"[{HANZI}A-Za-z0-9+与和]{{1,19}}?(?:联合创新实验室|联合实验室|重点实验室|实验室|联合创新中心))")
# The partners of a joint lab before a dash: 交大—澜序多模态生成联合实验室, 港中大(深圳)—幻维….
_PARTNER_DASH = re.compile(r"[—–\-]$")
_LEGAL_RESEARCH = re.compile(r"(研究院|研究所|实验室)(有限责任公司|有限公司)$")
_CAS = re.compile(rf"(中科院|中国科学院)([{HANZI}]{{1,12}}?)(研究所|研究院|所)")
_GENERIC = frozenset(["工程技术", "制造业", "企业技术", "技术创新", "产业创新"] +
    ["重点", "国家重点", "省重点", "省级重点", "新型", "相关", "各类", "一批", "联合", "企业", "高水平", "高校", "科研", "专业", "行业", "产业", "创新", "技术", "工程", "研究", "开放", "共性技术", "公共", "国家", "省级", "市级", "区级", "全国", "各级", "该", "本", "我", "其", "头部", "龙头", "标杆", "骨干", "知名", "优质", "领军", "国际", "国内", "新", "大", "小", "多家", "有关", "职能", "业务", "主管", "行业主管", "所属", "下属", "直属"]
)
# Verbs and the like that department names do hold (发展和改革委员会, 市场监督管理局).
_DEPARTMENT_WORDS = frozenset(["发展", "改革", "管理", "监督", "监督管理", "规划", "建设", "促进", "服务", "保障", "招商", "投资", "审批", "执法", "统计", "引进", "应急", "保护", "审计", "开发", "办公", "领导", "协调", "推进", "信访", "监管", "创新", "与", "和"])
_BAD_CORE = re.compile(r"[的了在是为将对把被从等及或并也都要有已向于到]|提出|印发|发布|支持|推进|落实|贯彻|按照|依据|^会同")  # 大冶市 + 会同 + 市文旅局
_FOLLOW_BRAND = re.compile(rf"(?:[^{HANZI}A-Za-z0-9]|的|等|在|和|与|及|是|为|已|于|将|作为|公司|有限|股份|集团|旗下|推出|发布|研发|打造|建设|搭建|开发|联合|牵头|共建|合作|签约|签署)")
# 甲、乙等…企业; not 高等院校, not 等领域头部企业 (the items are fields then), and not
# 等驻区高校与企业 (the items are universities); 甲、乙等高校院所和企业 says nothing of each item.
_LIST_KINDS = (
    (re.compile(r"(?<![高中初同平相对均])等(?!领域|方向|景区|景点|园区|街区|区域|片区|商圈|公园|(?:行业|产业)(?:企业|公司))(?:一批|多家)?(?:(?!高校|院校|院所|大学|科研)[^,。;:!?、]){0,16}?(?:企业|公司|厂商)"), Kind.COMPANY),
    (re.compile(r"(?<![高中初同平相对均])等(?!领域|方向)[^,。;:!?、]{0,8}?"
                r"(?:高校|院校|科研院所|科研机构|研究机构|创新机构|院所)(?![^,。;:!?、]{0,4}?[和与及、]企业)"), Kind.RESEARCH),
)
# A run of 、-separated items, as many as a sentence lists.
_RUN = re.compile(r"[^、,;:。!?()“”《》\s]{2,16}(?:、[^、,;:。!?()“”《》\s]{2,16})+")
_LEGAL_TAIL = re.compile(r"(集团)?(股份有限公司|有限责任公司|有限公司|股份公司|公司)$")
_TRADE = "(?:科技|技术|信息|网络|数字|智能|电子|软件|文化|传媒|光电|通信|互动娱乐|娱乐|集团|股份|控股)"
TRADE_WORDS = re.compile(f"{_TRADE}+$")
_FIELD_ITEM = re.compile(r"(终端|模组|工具|器件|设备|制造|研发|生产|应用|服务|技术|领域|产业)$")


def find_organizations(text: Text, places: list[Candidate]) -> list[Candidate]:
    known = _lexicon(text)
    zones = {p.end: p for p in places if p.level == "zone"}
    return [*known, *_research(text, known), *(_zoned(text, c, zones) for c in _associations(text)),
            *_companies(text), *_brands(text), *_bodies(text, places, known), *_lists(text)]


def _zoned(text: Text, candidate: Candidate, zones: dict[int, Candidate]) -> Candidate:
    """中关村丰台园 + 轨道交通数字孪生产业创新联盟: the zone the name begins with is part of it."""
    zone = zones.get(candidate.start)
    if zone is None or not text.starts_word(zone.start):
        return candidate
    return replace(candidate, start=zone.start, name=text.norm[zone.start:candidate.end])


def _lexicon(text: Text) -> list[Candidate]:
    found = []
    for start, end, name in text.matches():
        for entry in text.lexicon.names[name]:
            if entry.kind in {Kind.COMPANY, Kind.RESEARCH, Kind.GOVERNMENT} and (
                    len(name) > 2 and text.starts_word(start) or text.aligned(start, end)) and _ascii_bounded(
                    text.norm, start, end):  # not 匹克体育 of 奥林匹克体育中心
                office = _OFFICE.match(text.norm, end) if entry.kind is Kind.GOVERNMENT else None
                if office is not None and (
                        text.norm[start:office.end()] not in text.lexicon.names):  # 工业和信息化部 + 办公厅: the ministry's general office, a body of its own
                    found.append(Candidate(entry.kind, start, office.end(), text.norm[start:office.end()],
                                           rule="org-lexicon-office"))
                    break
                found.append(Candidate(entry.kind, start, end, name, key=entry.canonical,
                                       rule="org-lexicon"))
                break
    return found


def _ascii_bounded(norm: str, start: int, end: int) -> bool:
    """An ASCII name (Pico, BOE) is not part of a longer ASCII word."""
    before = norm[start - 1] if start else " "
    after = norm[end] if end < len(norm) else " "
    return not (norm[start].isascii() and before.isascii() and before.isalnum()) and not (
        norm[end - 1].isascii() and after.isascii() and after.isalnum())


def _suffixed(text: Text, suffixes: tuple[str, ...], kind: Kind, rule: str,
              fields: bool = False) -> list[Candidate]:
    """Names that end in one of ``suffixes``; ``fields``: the head may be a field alone
    (数字人专业委员会), where 重点实验室 or 产业联盟 alone names no one."""
    found = []
    for match in re.finditer("|".join(suffixes), text.norm):
        end = match.end()
        if not text.ends_word(end):
            continue  # the suffix runs on into a longer word (大学生, 联盟链)
        start = _after_common_word(text, text.name_start(match.start(), limit=20), match.start())
        joined = list(re.finditer(f"(?:{'|'.join(suffixes)})[和与及]", text.norm[start:match.start()]))
        if joined:
            start += joined[-1].end()  # 甲专业委员会和乙专业委员会: two names
        head = text.norm[start:match.start()]
        if len(head) < 2 or head in _GENERIC or head.startswith(_RANKS) or not fields and _generic_head(
                text, start, match.start()):
            continue
        found.append(Candidate(kind, start, end, text.norm[start:end], rule=rule))
    return found


def _after_common_word(text: Text, start: int, end: int) -> int:
    """指导 + 佛山市数字经济协会: a common word before a place's name is not part of the name."""
    tokens = text.tokens_in(start, end)
    if len(tokens) >= 2 and tokens[0].pos in {"n", "v", "vn"} and text.segmenter.frequency(tokens[0].text) > 5000 and (
            text.lexicon.is_place(tokens[1].text)):
        return tokens[1].start
    return _after_kind_word(text, start, end)


def _generic_head(text: Text, start: int, end: int) -> bool:
    """A head made only of common nouns and technology words names no one (重点实验室)."""
    tokens = text.tokens_in(start, end)
    return all(t.text in _GENERIC or (t.pos in {"n", "vn", "nz", "v"} and (
        text.segmenter.frequency(t.text) > 3000 or t.text in text.lexicon.names
        and text.lexicon.concept_by_label(t.text))) for t in tokens)


def _research(text: Text, known: list[Candidate]) -> list[Candidate]:
    found = [c for c in _suffixed(text, RESEARCH_SUFFIXES, Kind.RESEARCH, "research-suffix")
             if not (c.name.endswith("联合实验室") and c.name[:-5] in text.lexicon.names)]  # 甲与清华大学联合实验室
    for parent in [*found, *(c for c in known if c.kind is Kind.RESEARCH)]:
        branch = _BRANCH.match(text.norm, parent.end)
        if branch and text.ends_word(branch.end()):
            found.append(Candidate(Kind.RESEARCH, parent.start, branch.end(),
                                   text.norm[parent.start:branch.end()], rule="research-suffix"))
        campus = _CAMPUS.match(text.norm, parent.end)
        if campus and text.ends_word(campus.end()) and text.lexicon.is_place(campus.group(1)):
            found.append(Candidate(Kind.RESEARCH, parent.start, campus.end(),
                                   text.norm[parent.start:campus.end()], rule="research-suffix"))
    for parent in [*found, *known]:  # 中国工程物理研究院 + 计算机应用研究所, 中国电子科技集团公司 + 第四十九研究所
        unit = _UNIT.match(text.norm, parent.end)
        if unit is None and parent.kind is Kind.RESEARCH:
            unit = _KEY_LAB.match(text.norm, parent.end)
            unit = unit if unit and unit.group(1).count("与") <= 1 else None
        if unit and text.ends_word(unit.end()) and (parent.kind is Kind.RESEARCH or unit.group(1).startswith("第")):
            found.append(Candidate(Kind.RESEARCH, parent.start, unit.end(), text.norm[parent.start:unit.end()],
                                   rule="research-unit"))
    found += [_placed(text, c) for c in [*found, *known] if c.kind is Kind.RESEARCH
              and _PLACED_UNIT.match(text.norm[c.end:])]
    for match in _QUOTED_RESEARCH.finditer(text.norm):  # “多模态大模型联合实验室”: quotes make it a name
        found.append(Candidate(Kind.RESEARCH, match.start(1), match.end(1), match.group(1), rule="research-quoted",
                               priority=2))
    for match in _BUILT_LAB.finditer(text.norm):
        start, end = match.span("name")
        own = match.end("partner") if match.group("partner") else start  # the partner before the dash is named
        inside = text.lexicon.names.keys() & {text.norm[own:own + n] for n in range(2, end - own)}
        if text.ends_word(end) and not re.search(r"[与和](?:[^与和]*(?:大学|学院|公司|集团|研究院|研究所))", match.group("name")) \
                and not any(text.lexicon.names[n][0].kind in {Kind.COMPANY, Kind.RESEARCH} for n in inside):
            found.append(Candidate(Kind.RESEARCH, start, end, match.group("name"), rule="research-built"))
    found = [_with_partner(text, c) for c in found]
    for match in _CAS.finditer(text.norm):
        found.append(Candidate(Kind.RESEARCH, match.start(), match.end(), match.group(),
                               rule="research-cas"))
    return found


def _with_partner(text: Text, candidate: Candidate) -> Candidate:
    """A joint lab's name begins with its first partner: 交大—澜序…联合实验室, 港中大(深圳)—幻维…."""
    dash = candidate.start - 1
    if "联合" not in candidate.name or dash < 2 or not _PARTNER_DASH.search(text.norm[:candidate.start]):
        return candidate
    end = dash
    if text.norm[end - 1] == ")":  # the partner's own bracketed city
        opened = text.norm.rfind("(", max(0, end - 6), end)
        end = opened if opened > 0 else end
    start = text.name_start(end, limit=8)
    if end - start < 2:
        return candidate
    return replace(candidate, start=start, name=text.norm[start:candidate.end])


_CELL_GAP = re.compile(r" {2,}")


def _legal_start(text: Text, end: int) -> int:
    """Where a registered name (…有限公司) begins: after the clause break or joining word before
    it, less the verbs that introduce it (支持, 引进). Registered names hold any words."""
    norm = text.norm
    low = max(0, end - 30)
    start = max([low, *(norm.rfind(mark, low, end) + 1 for mark in ",。;:、()“”《》|\n\t"),
                 *(gap.end() for gap in _CELL_GAP.finditer(norm, low, end))])  # cells laid out: 1   项目   北京…, or by tabs
    start += len(norm[start:end]) - len(norm[start:end].lstrip())  # a table's cell: | 北京…有限公司
    joins = _joins(text, start, end, "与|和|及|由|的|等|对|向|为|是|在")
    if joins:
        start = joins[-1]
    tokens = text.doc.tokens
    start = after_introducers(text, start, end)  # 首批成员单位包括甲: the name begins after 包括
    index = text.token_at(start)
    while index < len(tokens) and tokens[index].end < end:
        token = tokens[index]
        aspect = index + 1 < len(tokens) and tokens[index + 1].text in {"了", "着"}
        if not (token.pos[:1] in {"p", "d", "c"} and (len(token.text) > 1 or token.text in STOP_CHARS)
                or token.text in STOP_WORDS
                or token.pos[:1] == "v" and (aspect or text.segmenter.frequency(token.text) > 5000)):
            break
        index += 2 if aspect else 1
        start = tokens[index - 1].end  # 支持, 引进, 汇聚了; not the 联创 of 联创电子科技股份有限公司
    for token, following in itertools.pairwise(text.tokens_in(start, end)):
        if token.pos[:1] in {"p", "c"} and len(token.text) > 1 and following.start == token.end and (
                following.pos == "ns" or text.lexicon.is_place(following.text)):
            start = following.start  # 渔民可以通过 + 上海金禾链数字农业有限公司: a place opens the name
    return _after_kind_word(text, start, end)


def _joins(text: Text, start: int, end: int, words: str) -> list[int]:
    """Where the joining ``words`` that stand as tokens of their own end in ``norm[start:end]``
    (not the 和 of 呼和浩特)."""
    return [start + m.end() for m in re.finditer(words, text.norm[start:end])
            if text.aligned(start + m.start(), start + m.end())]


def _after_kind_word(text: Text, start: int, end: int) -> int:
    """区内企业 + 上海澜序智能科技有限公司, 大连理工大学联合 + 大连海创元境科技有限公司: a word
    that says what the name is, or a verb of working together, before a place that begins
    the name is not part of it (中国联合网络通信有限公司 stays whole: 网络 is no place)."""
    for word in re.finditer("企业|单位|厂商|公司|联合|携手|会同|牵头", text.norm[start:end]):
        at = start + word.end()
        if any(e.kind is Kind.PLACE and e.level in _NAME_LEVELS
               for _, name in text.places_at(at) for e in text.lexicon.names[name]):
            return at
    return start


def _placed(text: Text, candidate: Candidate) -> Candidate:
    """哈尔滨工业大学 + (深圳): the campus is an institution of its own."""
    end = candidate.end + _PLACED_UNIT.match(text.norm[candidate.end:]).end()  # type: ignore[union-attr]
    return Candidate(Kind.RESEARCH, candidate.start, end, text.norm[candidate.start:end],
                     rule="research-suffix")


def _associations(text: Text) -> list[Candidate]:
    return [*_suffixed(text, ASSOCIATION_SUFFIXES, Kind.ASSOCIATION, "association-suffix"),
            *_suffixed(text, COMMITTEE_SUFFIXES, Kind.ASSOCIATION, "association-suffix", fields=True)]


def _companies(text: Text) -> list[Candidate]:
    found = _suffixed(text, COMPANY_SUFFIXES, Kind.COMPANY, "company-suffix")
    legal = []
    for match in _LEGAL.finditer(text.norm):
        start = _legal_start(text, match.start())
        core = TRADE_WORDS.sub("", text.norm[start:match.start()])
        if match.end() - start >= 6 and len(core) >= 2:
            legal.append(Candidate(Kind.COMPANY, start, match.end(), text.norm[start:match.end()],
                                   rule="company-suffix"))
    starts = {c.end: c.start for c in legal}
    # 栖云数字人与乌镇旅游股份有限公司: the registered name begins after the joining word.
    found = [c for c in found if not (c.end in starts and starts[c.end] > c.start and _joins(
        text, c.start, starts[c.end], "与|和|及"))] + legal
    for match in _PLACED_COMPANY.finditer(text.norm):
        start = text.name_start(match.start(2), limit=12) if match.start(1) == match.start(2) else (
            match.start(1))
        start = max(min(start, match.start(1)), _legal_start(text, match.start(2)))
        if "公司" in match.group(1) or re.search("[和与及]", match.group(3)):
            continue  # 甲有限公司(甲)和乙有限公司: two names
        if text.starts_word(start) and match.group(1) not in _GENERIC:
            found.append(Candidate(Kind.COMPANY, start, match.end(), text.norm[start:match.end()],
                                   rule="company-suffix"))
    return [replace(c, kind=Kind.RESEARCH) if _LEGAL_RESEARCH.search(c.name) else c
            for c in found]  # 中电科大数据研究院有限公司 is an institute


# The rest of a list of fields after an item: 、设计创意、城市治理等领域.
_FIELD_LIST = re.compile(rf"(?:、[{HANZI}A-Za-z0-9]{{1,8}})*等(?:重点|新兴|前沿)?(?:领域|行业|方向|产业|场景|赛道|业态)")


def _beside_field(text: Text, start: int, end: int) -> bool:
    """Whether an item of the 、 list around ``start:end`` is made of everyday words
    (设计创意、演艺娱乐: fields; 腾讯、爱奇艺: names)."""
    norm = text.norm
    spans = []
    after = re.match(rf"、([{HANZI}]{{2,6}})(?=[、,。;等和与及])", norm[end:end + 8])
    if after:
        spans.append((end + after.start(1), end + after.end(1)))
    before = re.search(rf"(?<=[、,。;:与和及])([{HANZI}]{{2,6}})、$", norm[max(0, start - 8):start])
    if before:
        spans.append((max(0, start - 8) + before.start(1), max(0, start - 8) + before.end(1)))
    return any(norm[low:high] not in text.lexicon.names and all(
        len(token.text) >= 2 and text.segmenter.frequency(token.text) > 1000 for token in text.tokens_in(low, high))
        for low, high in spans)


def _brands(text: Text) -> list[Candidate]:
    """A brand of two to four characters before 科技/智能/…: 思看科技, 飞像科技."""
    found = []
    norm = text.norm
    for match in re.finditer("|".join(BRAND_SUFFIXES), norm):
        if not _FOLLOW_BRAND.match(norm, match.end()) and match.end() < len(norm):
            continue
        if not text.starts_word(match.start()):
            continue  # the suffix is the tail of another word (大数据)
        start = _brand_start(text, match.start())
        if _FIELD_LIST.match(norm, match.end()) or _beside_field(text, start, match.end()):
            continue  # 文化旅游、演艺娱乐、设计创意等领域: a field of a list of fields
        brand = norm[start:match.start()]
        if re.search(r"[A-Za-z0-9] ?$", norm[max(0, start - 2):start]):
            continue  # Mini LED + 背光技术: the tail of a term the Latin letters begin
        known = _known_company(text, brand)
        if known:  # a listed brand with its suffix: 大华 + 技术
            found.append(Candidate(Kind.COMPANY, start, match.end(), norm[start:match.end()],
                                   key=known, rule="company-brand-lexicon"))
        elif 2 <= len(brand) <= 4 and _proper_brand(text, brand) and not any(
                len(t.text) >= 2 and t.pos[:1] in {"v", "d", "p"} or t.pos in {"f", "m", "q"}
                for t in text.tokens_in(start, match.start())):  # not 规上 + 软件
            found.append(Candidate(Kind.COMPANY, start, match.end(), norm[start:match.end()],
                                   rule="company-brand", priority=_over_place(text, start, match.start())))
    return found


def _over_place(text: Text, start: int, end: int) -> int:
    """A brand that begins with a place's name and goes on (白山 + 云 + 科技) outranks the place."""
    return int(any(high < end for high, _ in text.places_at(start)))


def _known_company(text: Text, brand: str) -> str:
    for entry in text.lexicon.names.get(brand, ()):
        if entry.kind is Kind.COMPANY:
            return entry.canonical
    return ""


def _brand_start(text: Text, end: int) -> int:
    """Where a brand before 科技/软件/… begins: at most four characters back, never across a
    function word (由福昕软件, 与万兴科技) or a verb of two characters (发挥大华技术)."""
    start = end
    while start > 0 and end - start < 4 and re.match(rf"[{HANZI}A-Za-z0-9]", text.norm[start - 1]) and (
            text.norm[start - 1] not in STOP_CHARS):
        start -= 1
    tokens = text.doc.tokens
    index = text.token_at(start)
    if index < len(tokens) and tokens[index].start != start:
        start = tokens[index].end  # never begin inside a word
        index += 1
    while index < len(tokens) and tokens[index].end <= end and (
            len(tokens[index].text) >= 2 and tokens[index].pos[:1] in {"v", "p", "c", "d", "r"}):
        start = tokens[index].end
        index += 1
    return start


def _proper_brand(text: Text, brand: str) -> bool:
    """Not a common word, a place or a technology: 商汤 yes, 金融, 信息 and 量子保密 no."""
    if brand in text.lexicon.names or brand in _GENERIC or brand.isascii() or re.search("[的和与及或等之在]", brand):
        return False
    if brand[:2] in text.lexicon.technology_heads:
        return False
    if text.segmenter.frequency(brand) > 100:
        return False  # 动漫 (139), 家居: words, however rare in jieba's dictionary
    return not any(text.segmenter.frequency(part) > 3000 and len(part) >= 2
                   for part in (brand[:2], brand[-2:]))


def _bodies(text: Text, places: list[Candidate], known: list[Candidate]) -> list[Candidate]:
    norm = text.norm
    found = []
    at = 0
    while match := _BODY.search(norm, at):
        first = text.doc.tokens[text.token_at(match.start())]
        whole_prefix = not match.start(2) < first.end < match.end(2)  # not 区 of 区域总部
        generic = not match.group(2) and re.search(r"(?:各|相关|有关)[省市区县旗、]*$", norm[max(0, match.start() - 9):match.start()])  # 各区、县人民政府, 各旗、县、区人民政府, 相关县人民政府
        if text.starts_word(match.start()) and whole_prefix and not generic and _body_ok(
                text, match.start(2), match.end(2), match.group(3), match.end()):
            found.append(_extend(text, match.start(), match.end(), "body-level"))
            at = match.end()
        else:
            at = match.start() + 1  # 大冶市 + 会同 + 市文旅局: a body may begin inside what failed
    for place in places:
        at = place.end
        district = _BRACKETED.match(norm, at)
        if district and text.lexicon.is_place(district.group(1)):
            at = district.end()  # 杭州高新区(滨江) + 经济和信息化局: the zone's district in brackets
        if place.level == "town" and norm.startswith("办事处", at) and text.ends_word(at + 3):
            found.append(_extend(text, place.start, at + 3, "body-place"))  # 德胜街道 + 办事处
            continue
        after = _BODY_AFTER.match(norm, at)
        if after and after.group(1) in _LEVELS and after.group(2) in _BARE_SUFFIXES and (
                text.ends_word(after.end()) or norm.startswith("书记", after.end())):
            found.append(_extend(text, place.start, after.end(), "body-place"))  # 南宁 + 市委
            continue
        zone_office = place.level == "zone" and after is not None and not after.group(1) and (
            after.group(2) in {"管理委员会", "管委会", "执行委员会", "执委会"})
        if after and (zone_office or _body_ok(text, after.start(1), after.end(1), after.group(2), after.end())):
            found.append(_extend(text, place.start, after.end(), "body-place"))
    found.extend(_extend(text, c.start, c.end, "body-lexicon") for c in known
                 if c.kind is Kind.GOVERNMENT)
    return found


def _body_ok(text: Text, start: int, end: int, suffix: str, stop: int) -> bool:
    core = text.norm[start:end]
    holder = text.doc.tokens[text.token_at(end)] if text.doc.tokens else None
    if core and holder is not None and start < holder.start < end and text.segmenter.frequency(holder.text) > 1000:
        return False  # the suffix is the tail of a common word: 协同布局, 新格局
    if not core and suffix not in _BARE_SUFFIXES:
        return False
    if (core + suffix).endswith(_ROOMS):
        return False  # 蚌埠古民居博览园数字展厅: a hall, not a provincial department
    if core + suffix in text.lexicon.abbreviations:
        return _body_ends(text, stop)  # 住建局, 发改局: whatever jieba tags 住建
    if core and (len(core) < 2 or _BAD_CORE.search(core) or core in _GENERIC):
        return False
    return _body_ends(text, stop) and not any(
        t.pos[:1] in {"v", "d", "p", "u", "r", "i", "z"} and t.pos != "vn" and t.text not in _DEPARTMENT_WORDS
        for t in text.tokens_in(start, end))


def _body_ends(text: Text, end: int) -> bool:
    """No word runs on past the body's name, or the words of a reply's handling follow it
    (区发展改革委会办: jieba reads 委会)."""
    return text.ends_word(end) or text.norm.startswith(("会办", "主办", "协办"), end)


def _extend(text: Text, start: int, end: int, rule: str) -> Candidate:
    """A ministry or department followed by one of its units is that unit: 教育部 + 科技与信息化司,
    区人大常委会 + 代表工作委员会, 市人民政府 + 新闻办公室."""
    committee = _NPC_UNIT.match(text.norm, end)
    if committee and text.norm[start:end].endswith("人大常委会") and text.ends_word(committee.end()):
        return Candidate(Kind.GOVERNMENT, start, committee.end(), text.norm[start:committee.end()], rule=rule)
    office = _OFFICE.match(text.norm, end)  # 南京江北新区管理委员会 + 办公室, 眉山市经济和信息化局 + 办公室
    if office and re.search("(管理委员会|管委会|执行委员会|执委会|局)$", text.norm[start:end]) and text.ends_word(office.end()):
        end = office.end()
    match = _SUB_UNIT.match(text.norm, end)
    if match and re.search("(部|厅|委|署|总局|人民政府)$", text.norm[start:end]) and _body_ok(
            text, match.start(1), match.end(1), match.group(2), match.end()):
        end = match.end()
    return Candidate(Kind.GOVERNMENT, start, end, text.norm[start:end], rule=rule)


_COUNTED = re.compile(r"[一二三四五六七八九十两\d]+[大家个]|[一二三四五六七八九十两]+所")  # 三大运营商; not 电科49所
_SHORT_INSTITUTE = re.compile(r"(?:所|研究院|大学|学院|实验室)$")  # 中物院计算机所


def _lists(text: Text) -> list[Candidate]:
    """Items of a list whose tail names their kind: 甲、乙、丙等区块链企业."""
    found = []
    known: dict[int, list[int]] = {}  # where each organisation the lexicon knows ends: its starts
    for low, high, name in text.matches():
        if any(e.kind in ORGANIZATIONS for e in text.lexicon.names.get(name, ())):
            known.setdefault(high, []).append(low)
    for pattern, kind in _LIST_KINDS:
        for match in pattern.finditer(text.norm):
            items = enumeration_before(text, match.start())
            if any(text.lexicon.concept_by_label(text.norm[start:end]) for start, end in items):
                continue  # 泡菜、锂电、光伏等企业: industries, which a field among them shows
            for start, end in items:
                item = text.norm[start:end]
                if "的" in item or "“" in item or len(item) > 12 or item in _GENERIC or _FIELD_ITEM.search(item) or (
                        _COUNTED.search(item)):  # 中国联通三大运营商
                    continue
                start = _known_after_verb(text, start, end, known.get(end, []))  # 普陀依托 + 华东师范大学、…等高校
                item = text.norm[start:end]
                kind_of = Kind.RESEARCH if kind is Kind.COMPANY and _SHORT_INSTITUTE.search(item) else kind
                found.append(Candidate(kind_of, start, end, item, rule="org-list"))
    return found


def _known_after_verb(text: Text, start: int, end: int, known: list[int]) -> int:
    """Where a list's item begins: at an organisation the lexicon knows that ends it (``known``
    holds where those begin), where a verb or a preposition stands before that one
    (深化与 + 兰州大学, 企业联合 + 澳门大学)."""
    for low in known:
        if start < low and any(t.pos[:1] in {"v", "p", "c"} for t in text.tokens_in(start, low)):
            return low
    return start


def list_neighbours(text: Text, chosen: list[Candidate]) -> list[Candidate]:
    """Unknown items of a list whose other items are known companies or institutions
    (南开大学、中科曙光、紫光云、麒麟软件等单位): companies, unless their suffix says otherwise."""
    orgs = {(c.start, c.end): c for c in chosen if c.kind in {Kind.COMPANY, Kind.RESEARCH}}
    spans = [(c.start, c.end) for c in chosen]
    fields = {(c.start, c.end) for c in chosen if c.kind is Kind.TECHNOLOGY}
    found = []
    for run in _RUN.finditer(text.norm):
        items, at = [], run.start()
        for part in run.group().split("、"):
            items.append((at, at + len(part)))
            at += len(part) + 1
        closed = next((k for k, (low, high) in enumerate(items[:-1]) if "等" in text.norm[low:high]), None)
        items = items if closed is None else items[:closed + 1]  # 甲、乙等企业应用A、B: two lists
        if len(items) < 2:
            continue
        first_start, first_end = items[0]
        opening = [span for span in orgs if span[1] == first_end and span[0] >= first_start]
        items[0] = opening[0] if opening else (_after_intro_org(text, first_start, first_end), first_end)
        items[-1] = (items[-1][0], _before_outro(text, *items[-1]))
        known = [item for item in items if item in orgs]
        if len(known) < 2 or 2 * len(known) < len(items) and (len(known) < 3 or 3 * len(known) < len(items)):
            continue  # half the items known, or three and a third
        for start, end in items:
            if (start, end) in orgs or any(a < end and start < b and not (
                    (a, b) in fields and start < a and b <= end) for a, b in spans):
                continue  # 灵犀数字人 holds a technology and is more
            if _neighbour_name(text, start, end):
                kind = Kind.RESEARCH if text.norm[start:end].endswith(RESEARCH_SUFFIXES) else Kind.COMPANY
                holds_field = any(start < a and b <= end for a, b in fields)
                found.append(Candidate(kind, start, end, text.norm[start:end], rule="org-neighbour",
                                       priority=1 if holds_field else 0))
    return found


def _after_intro_org(text: Text, start: int, end: int) -> int:
    """The first item of a list begins after a known organisation's span or at a word of a name."""
    tokens = text.tokens_in(start, end)
    for token in tokens:
        if token.text in {"由", "与", "和", "同", "如", "包括", "其中", "联合", "携手", "集聚", "引进", "吸引"} or (
                token.pos[:1] in {"p", "v", "c"} and token.end < end):
            start = token.end
        else:
            break
    return after_introducers(text, start, end)


def _before_outro(text: Text, start: int, end: int) -> int:
    """The last item of a list ends before the words that close the list (等单位, 为理事单位)."""
    for token in text.tokens_in(start, end):
        if token.start > start and (token.text in STOP_CHARS or token.pos[:1] in {"p", "v", "d", "c", "u"}):
            return token.start
    return end


def _neighbour_name(text: Text, start: int, end: int) -> bool:
    name = text.norm[start:end]
    if not 2 <= len(name) <= 8 or name in _GENERIC or re.search(rf"[^{HANZI}A-Za-z0-9]|[的了在将和与及等]", name):
        return False
    if name in text.lexicon.names or text.lexicon.concept_by_label(name) or _FIELD_ITEM.search(name):
        return False
    return text.segmenter.frequency(name) <= 300


def registered_core(name: str, lexicon: Lexicon) -> str:
    """The brand inside a registered company name: 宁波视研光电科技有限公司 -> 视研光电,
    齐鲁数智孪生(济南)科技有限公司 -> 齐鲁数智孪生; empty for any other name."""
    if not _LEGAL_TAIL.search(name) or "分公司" in name:
        return ""
    core = re.sub(r"\([^)]*\)", "", _LEGAL_TAIL.sub("", name))
    core = TRADE_WORDS.sub("", core) or core
    for size in (3, 2):  # 暗物智能科技广州有限公司: the city after the trade words
        if len(core) - size >= 2 and lexicon.is_place(core[-size:]):
            core = TRADE_WORDS.sub("", core[:-size]) or core[:-size]
            break
    for size in (4, 3, 2):
        if len(core) - size >= 2 and lexicon.is_place(core[:size]):
            return core[size:]
    return core


def brand_forms(text: Text, chosen: list[Candidate]) -> list[Candidate]:
    """The brand of a registered name where the document writes it alone: after
    宁波视研光电科技有限公司, each 视研光电 or 视研光电科技 is the company."""
    spans = [(c.start, c.end) for c in chosen]
    companies = [c for c in chosen if c.kind is Kind.COMPANY]
    shorts: dict[str, set[str]] = {}
    for candidate in companies:  # the name a definition gives, wherever else the document repeats the name
        shorts.setdefault(candidate.name, set()).add(short_form_of(text, candidate) or "")
    found: list[Candidate] = []
    for candidate in companies:
        core = registered_core(candidate.name, text.lexicon)
        if len(core) < 2 or core in _GENERIC or text.lexicon.concept_by_label(core):
            continue
        if shorts[candidate.name] - {"", core}:
            continue  # (以下简称“寒域工软”): the document names it so, not 寒域 of 寒域CAE结构仿真软件
        found.extend(Candidate(Kind.COMPANY, match.start(), match.end(), match.group(), key=candidate.key,
                               rule="same-name", priority=0)
                     for match in elsewhere(text, f"{re.escape(core)}(?:{_TRADE}+)?", spans))
    return found
