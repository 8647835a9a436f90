"""Text: a document's normalized text with its tokens indexed, and candidate spans.

Shared by the extractors: token lookups by character position, the walk that
finds where a name begins before its suffix, enumeration splitting, and the
``choose`` step that keeps the best non-overlapping candidates.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from kg.lexicon import Lexicon
from kg.model import ORGANIZATIONS, Document, Kind, Mention, Token
from kg.segment import Segmenter

HANZI = "\u4e00-\u9fff"
# Parts of speech that end a name when walking left from its suffix.
_STOP_POS = frozenset({"p", "c", "u", "uj", "ul", "uz", "ud", "ug", "uv", "r", "d", "f", "y",
                       "e", "o", "w", "q", "m", "a", "ad", "an", "z", "zg"})
STOP_WORDS = frozenset(
    ["和", "与", "及", "等", "的", "在", "由", "对", "向", "以", "为", "是", "将", "把", "被", "从", "经", "如", "包括", "其中", "联合", "携手", "依托", "支持", "推动", "鼓励", "引导", "发挥", "会同", "成立", "设立", "牵头", "加入", "参与", "承办", "举办", "开展", "推进", "建设", "打造", "培育", "引进", "落户", "位于", "全市", "全区", "全省", "全国", "我市", "我区", "我省", "本市", "本区", "各类", "各", "一批", "多家", "相关", "有关", "重点", "多个", "一些", "部分", "以及", "或", "并", "同时", "其", "该", "此", "这", "那", "共", "已", "还", "也", "都", "均", "积极", "主动", "大力", "全力", "全力支持", "着力", "布局", "持续", "深入", "加快", "加强", "推出", "发布", "印发", "研发", "开发", "组建", "新建", "筹建", "认定", "评为", "获批", "入选", "列入", "纳入", "依靠", "通过", "围绕", "聚焦", "面向", "针对", "按照", "根据", "结合", "发展", "优化", "提升", "实现", "促进", "所辖", "下辖", "今年", "去年", "明年", "近年", "近年来", "目前", "当前", "此外", "以来", "今后", "当下", "如今", "现在", "年初", "年底", "年内", "期间"]
)
# Direction words that names of zones and organisations hold (成都东部新区, 南方报业).
_DIRECTIONS = frozenset(["东部", "西部", "南部", "北部", "中部", "南方", "北方", "东方", "西方", "东北", "西北", "西南", "东南", "中西部"])
STOP_CHARS = frozenset("和与及的在是为等将对把被从由向并或也都已于到了着过各其该此这那我你他之以而且再又所辖含")
# Words that end an organisation's name: one before 和/与 ends a name of its own.
_ORGANIZATION_WORDS = frozenset({"学院", "大学", "实验室", "研究院", "研究所", "公司", "企业", "集团", "联盟", "协会",
                                 "学会", "商会", "中心", "基地", "平台", "园区"})
# Single characters that end a place's own name (明珠湾, 金鸡湖) whatever jieba tags them.
_GEOGRAPHIC = frozenset("湾湖岛港江河洲峰谷")
# Words after which 发展 belongs to a name: 产业发展联盟, 数字经济发展研究院.
_GROWING = frozenset({"产业", "经济", "行业", "事业", "融合", "协同", "高质量"})
# Single characters that begin a place's name before its body (西太湖, 大零号湾, 南太湖).
PLACE_PREFIXES = frozenset("东西南北中大小新老")
# The ranks that make a name a kind (省级工程研究中心, 市级园区), not one institution or zone.
LEVEL_RANKS = ("国家级", "省级", "市级", "区级", "县级")
# Words that introduce the names after them: 成员单位包括甲, 如甲.
_INTRODUCERS = frozenset({"包括", "包含", "涵盖", "例如", "比如", "如", "即", "有", "含", "其中"})
_MEASURE = re.compile(r"[余多]?[场次届个家项批名位款件台座套所]")
_VERB_OK = frozenset(["管理", "监督", "监督管理", "规划", "建设", "改革", "发展", "促进", "服务", "保障", "招商", "投资", "审批", "执法", "统计", "引进", "研究", "创新", "孵化", "检测", "认证", "交易", "设计", "计算", "组织", "合作", "协作", "融合", "协同", "创意", "沉浸", "显示", "制作", "应用", "制造"])


_DATE_UNITS = frozenset({"年", "月", "日", "号"})


@dataclass(frozen=True)
class Candidate:
    """A span of ``norm`` that may name an entity, before overlaps are settled."""

    kind: Kind
    start: int
    end: int
    name: str
    key: str = ""
    level: str = ""
    rule: str = ""
    priority: int = 1
    alias: str = ""


@dataclass
class Text:
    doc: Document
    lexicon: Lexicon
    segmenter: Segmenter
    _starts: list[int] = field(default_factory=list)
    _cruft: list[tuple[int, int]] = field(default_factory=list)
    _matches: list[tuple[int, int, str]] | None = None
    _places: dict[int, list[tuple[int, str]]] | None = None

    def __post_init__(self) -> None:
        self._starts = [token.start for token in self.doc.tokens]
        self._cruft = [(span.start, span.end) for span in self.doc.cruft]

    def matches(self) -> list[tuple[int, int, str]]:
        """Every lexicon name in the text (one pass of the automaton, shared by the finders)."""
        if self._matches is None:
            self._matches = self.lexicon.match(self.norm)
        return self._matches

    def places_at(self, start: int) -> list[tuple[int, str]]:
        """The lexicon's place names that begin at ``start``, as (end, name), in the order of
        ``matches``; indexed once per document."""
        if self._places is None:
            self._places = {}
            for low, high, name in self.matches():
                if self.lexicon.is_place(name):
                    self._places.setdefault(low, []).append((high, name))
        return self._places.get(start, [])

    @property
    def norm(self) -> str:
        return self.doc.norm

    def token_at(self, position: int) -> int:
        """Index of the token that holds character ``position``."""
        return max(bisect.bisect_right(self._starts, position) - 1, 0)

    def aligned(self, start: int, end: int) -> bool:
        """Does ``[start, end)`` begin at a token start and end at a token end?"""
        tokens = self.doc.tokens
        if not tokens or end > len(self.norm):
            return False
        return tokens[self.token_at(start)].start == start and (
            end == len(self.norm) or tokens[self.token_at(end)].start == end)

    def tokens_in(self, start: int, end: int) -> list[Token]:
        """The tokens that begin in ``[start, end)``."""
        low = bisect.bisect_left(self._starts, start)
        high = bisect.bisect_left(self._starts, end)
        return list(self.doc.tokens[low:high])

    def starts_word(self, start: int) -> bool:
        """Does a token begin at ``start``?"""
        return bool(self.doc.tokens) and self.doc.tokens[self.token_at(start)].start == start

    def ends_word(self, end: int) -> bool:
        """Does a token end at ``end`` (no word runs on past it)?"""
        if end >= len(self.norm):
            return True
        return self.doc.tokens[self.token_at(end)].start == end

    def in_cruft(self, start: int, end: int) -> bool:
        return any(low < end and start < high for low, high in self._cruft)

    def name_start(self, end: int, limit: int = 16) -> int:
        """Where the name ending at ``end`` begins, walking tokens left; ``end`` if nowhere.

        The walk takes noun-like tokens and stops at punctuation, function
        words, verbs and the words of ``STOP_WORDS``.
        """
        tokens = self.doc.tokens
        index = self.token_at(end - 1) if end > 0 else -1
        start = end
        if index >= 0 and tokens[index].start < end < tokens[index].end:
            start = tokens[index].start  # a suffix inside a token: the token's head is name
        elif index >= 0 and tokens[index].end == end:
            start = end
            index += 1
        while index > 0:
            token = tokens[index - 1]
            if token.end > start or end - token.start > limit:
                break
            if token.text in _DATE_UNITS and index > 1 and tokens[index - 2].text.isdigit():
                break  # 2024年 + 苟坝会议会址: a date, not the name's head
            if not (self._nameish(token.text, token.pos) or self._joins(index - 1) or self._unknown(index - 1)
                    or self._place_prefix(index - 1) or self._field_growth(index - 1)):
                break
            start = token.start
            index -= 1
        if start < end and index + 1 < len(tokens) and self._takes(tokens[index], tokens[index + 1]):
            start = tokens[index].end  # 组织/v 武汉大学: a verb before a proper name is not part of it
        return start

    def _takes(self, verb: Token, name: Token) -> bool:
        """Whether ``verb`` is a verb of two characters or more whose object is the proper name
        ``name`` (组织/v 武汉大学/nt), not the first word of a name (沉浸/v 式/k)."""
        return verb.pos[:1] == "v" and verb.pos != "vn" and len(verb.text) > 1 and (
            verb.text not in self.lexicon.names) and (name.pos in _PROPER or name.text in self.lexicon.names)

    def _unknown(self, index: int) -> bool:
        """A character of a name jieba does not know, which it cuts into single characters
        of any tag (沣/zg 西/f 新城, 独/v 墅/x 湖): one of a run of such characters."""
        tokens = self.doc.tokens
        token = tokens[index]
        if len(token.text) != 1 or not re.match(f"[{HANZI}]", token.text) or token.text in STOP_CHARS:
            return False
        if token.text in _GEOGRAPHIC and index > 0 and tokens[index - 1].pos in {"nr", "ns", "nz", "n"}:
            return True  # 明珠/nr 湾/zg 起步区
        if token.pos.endswith("g") and index + 1 < len(tokens) and tokens[index + 1].pos[:1] == "n" and (
                index == 0 or not re.match(f"[{HANZI}]", tokens[index - 1].text)):
            return True  # 、御/zg 窑厂: a bound morpheme, which stands in no text alone, begins the name
        neighbours = [tokens[i] for i in (index - 1, index + 1) if 0 <= i < len(tokens)]
        return any(len(t.text) == 1 and re.match(f"[{HANZI}]", t.text) and t.text not in STOP_CHARS
                   for t in neighbours)

    def _field_growth(self, index: int) -> bool:
        """产业 + 发展 + 联盟: 发展 after a field is part of a name (算力产业发展联盟)."""
        tokens = self.doc.tokens
        return tokens[index].text == "发展" and index > 0 and tokens[index - 1].text in _GROWING

    def _place_prefix(self, index: int) -> bool:
        """西/f + 太湖, 大/a + 零号湾: a direction or size before a place's name is part of it."""
        tokens = self.doc.tokens
        if tokens[index].text not in PLACE_PREFIXES or index + 1 >= len(tokens):
            return False
        following = tokens[index + 1]
        after = tokens[index + 2].text if index + 2 < len(tokens) else ""
        return self._place(following) or (following.text + after[:1])[-1:] in _GEOGRAPHIC or (
            following.text[-1:] in _GEOGRAPHIC)

    def _joins(self, index: int) -> bool:
        """与/和 between two fields inside a name: XR与数字人产业联盟, 人工智能与机器人研究院."""
        tokens = self.doc.tokens
        if index == 0 or index + 1 >= len(tokens):
            return False
        if tokens[index].text in {"—", "-", "–"}:  # 中国—东盟数字人产业联盟: two places joined
            return all(self._place(tokens[i]) for i in (index - 1, index + 1))
        if tokens[index].text not in {"与", "和"}:
            return False
        left = tokens[index - 1].text
        if left in _ORGANIZATION_WORDS:
            return False  # 产业学院和产业联盟: two kinds of organisation listed, not one name
        if left.isascii() and left.isalnum() or self.lexicon.concept_by_label(left) is not None:
            return True
        if len(left) == 1 and index >= 2 and len(tokens[index - 2].text) == 1:
            left = tokens[index - 2].text + left  # 数字/n 文/n 旅/n 与 数字乡村: jieba cuts 文旅
        right = tokens[index + 1]
        return tokens[index - 1].pos in {"n", "nz", "vn", "j"} and len(left) >= 2 and (  # 光电/j 与 元宇宙
            self.lexicon.concept_by_label(right.text) is not None  # 先进光学与近眼显示联合实验室
            or right.pos in {"n", "nz", "vn"} and len(right.text) >= 2)  # 海洋科学与工程实验室

    def _place(self, token: Token) -> bool:
        return token.pos in {"ns", "j"} or self.lexicon.is_place(token.text)

    def _nameish(self, word: str, pos: str) -> bool:
        if word in STOP_WORDS or not re.fullmatch(rf"[{HANZI}A-Za-z0-9·\-]+", word) or word.isdigit():
            return False
        if _MEASURE.fullmatch(word):
            return False  # 20余场: the tail of a number, not a name
        if pos.startswith("v") and pos != "vn" and word not in _VERB_OK:
            return word in self.lexicon.names
        return pos not in _STOP_POS or word in self.lexicon.names or word in _DIRECTIONS


# Rules that yield to any other over the same span (a list says 企业 of 达摩院 too).
_WEAK = frozenset({"org-list", "company-brand", "company-product-list"})


def choose(text: Text, candidates: list[Candidate]) -> list[Candidate]:
    """The candidates to keep: by priority, then length; none overlapping, none in cruft."""
    kept: list[Candidate] = []
    taken: list[tuple[int, int]] = []
    ordered = sorted(candidates, key=lambda c: (-c.priority, -(c.end - c.start), c.rule in _WEAK,
                                                c.rule != "short-form", c.start, c.kind))
    for candidate in ordered:
        if candidate.end <= candidate.start or text.in_cruft(candidate.start, candidate.end):
            continue
        if any(low < candidate.end and candidate.start < high for low, high in taken):
            continue
        kept.append(candidate)
        taken.append((candidate.start, candidate.end))
    return sorted(kept, key=lambda c: (c.start, c.end))


def to_mention(doc: Document, candidate: Candidate) -> Mention:
    start, end = doc.original_span(candidate.start, candidate.end)
    return Mention(
        kind=candidate.kind, text=doc.text[start:end], start=start, end=end,
        name=candidate.name, sentence=doc.sentence_at(candidate.start), key=candidate.key,
        level=candidate.level, rule=candidate.rule, alias=candidate.alias,
    )


_GLOSS = re.compile(r"(?<=[^、,;:。(])\([^()、,;。]{1,12}\)(?=、|以及|$)")


def enumeration_before(text: Text, end: int, limit: int = 120) -> list[tuple[int, int]]:
    """The 、-separated items of the list that ends at ``end`` (before 等 or 为代表的).

    The list begins after the nearest clause break or introducing word.
    """
    low = max(0, end - limit)
    # 森思泰克(毫米波雷达)、伯特利(线控制动)等: a bracketed gloss is no break and no part of its item
    norm = text.norm[:low] + _GLOSS.sub(lambda m: "\0" * len(m.group()), text.norm[low:end])
    head = max(norm.rfind(mark, low, end) for mark in ",;:。!?()“”《》\n")
    start = max(head + 1, low)
    items = []
    at = start
    for part in re.split(r"(、|以及)", norm[start:end]):  # 甲、乙以及丙、丁等
        if part not in {"、", "以及"}:
            items.append((at, at + len(part.rstrip("\0"))))
        at += len(part)
    for index in range(len(items) - 1, -1, -1):  # 园区、科技城集聚了甲、乙等: the list begins after 了
        cut = norm.rfind("了", *items[index])
        if cut >= 0:
            items = [(cut + 1, items[index][1]), *items[index + 1:]]
            break
    if items:
        first_start, first_end = items[0]
        first_start = _after_intro(text, first_start, first_end)
        places = [t.end for t in text.tokens_in(first_start, first_end)
                  if t.text in _AT and t.pos[:1] == "p" and t.end < first_end]
        items[0] = (places[-1] if places else first_start, first_end)  # 镜衣科技已在 + 天一广场、南塘老街等商圈
    return [(s, e) for s, e in items if e - s >= 2]


_AT = frozenset({"在", "于", "到", "向", "从", "由"})


def _after_intro(text: Text, start: int, end: int) -> int:
    """Skip the verbs and prepositions that introduce the first item of a list."""
    tokens = text.doc.tokens
    index = text.token_at(start)
    cut = start
    while index < len(tokens) and tokens[index].start < end:
        token = tokens[index]
        if token.end >= end:
            break
        ours = token.text in _LEVEL_CHARS and index > 0 and tokens[index - 1].text in {"我", "本", "全", "该"}
        if token.text in _COLLECTIVE and index + 1 < len(tokens) and tokens[index + 1].text in {"与", "和", "同"} and (
                tokens[index + 1].end < end):  # 支持企业与甲、乙等高校: the list begins after 与
            cut = tokens[index + 1].end
            index += 2
            continue
        if not (_intro(token.text, token.pos) or ours) or not ours and _self_named(text, index, end):
            break  # 我/r 区/n 支持/v 甲: 我区 introduces 甲 too
        cut = token.end
        index += 1
    return after_introducers(text, cut, end)


_LEVEL_CHARS = frozenset("省市区县")
_PROPER = frozenset({"ns", "nt", "nr", "nrt", "nz"})
_COLLECTIVE = frozenset({"企业", "高校", "单位", "机构", "院所", "园区", "各方", "本地"})


def after_introducers(text: Text, start: int, end: int) -> int:
    """Where a name in ``[start, end)`` begins: after the last word that introduces it
    (首批成员单位包括甲 -> 甲), else at ``start``."""
    ends = [t.end for t in text.tokens_in(start, end) if t.text in _INTRODUCERS and t.end < end]
    return ends[-1] if ends else start


def _self_named(text: Text, index: int, end: int) -> bool:
    """A single character that begins a run of them, an unknown name jieba cut up (维/v 境/s)."""
    tokens = text.doc.tokens
    return len(tokens[index].text) == 1 and index + 1 < len(tokens) and tokens[index + 1].end <= end and (
        len(tokens[index + 1].text) == 1) and tokens[index].text not in STOP_CHARS and (
        tokens[index + 1].text not in STOP_CHARS)


def _intro(word: str, pos: str) -> bool:
    return pos in {"p", "c", "v", "d", "r", "s", "ad", "vd", "f", "t", "m", "q", "u", "uj", "ul", "uz", "ug", "uv"} or word in (
        STOP_WORDS)


_SHORT_FORM = re.compile(r"[》”]?\s*[(（]\s*(?:[^()（）,;。]{2,20}[,，]\s*)?(?:以下)?简称\s*(?:[“\"《]([^”\"》]{2,12})[”\"》]|([^()（）“”《》,、;:。\s]{2,12}))\s*[)）]")
# (以下简称“乙”), also after the document's number: (临政办字〔2025〕17号,以下简称《融合方案》).
# 北京百度网讯科技有限公司(百度): a bracketed short form with no 简称, taken when it is made of
# the name's own characters in order, or ends as the name does (上海人工智能实验室(浦江实验室)).
_BARE_SHORT_FORM = re.compile(r"[(（]([^()（）“”《》,、;:。\s]{2,12})[)）]")


def short_form_of(text: Text, candidate: Candidate) -> str | None:
    """The short form the document defines for ``candidate`` right after it, if any."""
    match = _short_form(text, candidate)
    return (match.group(1) or match.group(2)) if match else None


def _short_form(text: Text, candidate: Candidate) -> re.Match[str] | None:
    match = _SHORT_FORM.match(text.norm, candidate.end)
    if match or candidate.kind not in ORGANIZATIONS:
        return match
    match = _BARE_SHORT_FORM.match(text.norm, candidate.end)
    if match and len(match.group(1)) < len(candidate.name) and _within(match.group(1), candidate.name):
        return match
    if match and len(match.group(1)) >= 4 and match.group(1)[-2:] == candidate.name[-2:]:
        return match  # 上海人工智能实验室(浦江实验室): another name of the same kind
    return None


def _within(short: str, name: str) -> bool:
    """Are the characters of ``short`` those of ``name``, in order (国科大广州学院)?"""
    rest = iter(name)
    return all(char in rest for char in short)


def definitions(text: Text, chosen: list[Candidate]) -> list[tuple[int, int]]:
    """The spans of ``(以下简称“乙”)`` after a name: no mention of their own."""
    spans = []
    for candidate in chosen:
        match = _short_form(text, candidate)
        if match:
            spans.append((match.start(), match.end()))
    return spans


def short_forms(text: Text, chosen: list[Candidate]) -> list[Candidate]:
    """``甲(以下简称“乙”)``: every later 乙 of the document names 甲 too, and so does an
    organisation's 乙 written before (a brand in a list, then its registered name)."""
    found = []
    longer = [(c.start, c.end) for c in chosen if c.rule not in _WEAK]
    for candidate in chosen:
        match = _short_form(text, candidate)
        if not match:
            continue
        short, key = match.group(1) or match.group(2), candidate.key or candidate.name
        at = text.norm.find(short, 0 if candidate.kind in ORGANIZATIONS else match.end())
        while at >= 0:
            if candidate.start <= at < match.end():  # the name itself and its definition
                at = text.norm.find(short, match.end())
                continue
            if any(low <= at and at + len(short) <= high and high - low > len(short) for low, high in longer):
                at = text.norm.find(short, at + len(short))
                continue  # inside another name (联盟 of 元宇宙产业联盟)
            found.append(Candidate(candidate.kind, at, at + len(short), short, key=key,
                                   level=candidate.level, rule="short-form", priority=2))
            at = text.norm.find(short, at + len(short))
    return found


_REPEATED = frozenset({"org-neighbour", "org-list", "company-brand", "company-product-list", "place-list", "place-staged",
                       "place-visited"})


def repeats(text: Text, chosen: list[Candidate]) -> list[Candidate]:
    """A name a list or a suffix rule found once names the same organisation wherever else
    the document writes it as a whole word (紫光云 in a list, then 紫光云将搭建…), and there it
    outranks a shorter mention inside it (动捕 of 星翼动捕)."""
    spans = [(c.start, c.end) for c in chosen]
    return [Candidate(candidate.kind, match.start(), match.end(), candidate.name, key=candidate.key,
                      rule="same-name", priority=int(any(_inside(low, high, *match.span()) for low, high in spans)))
            for candidate in chosen if candidate.rule in _REPEATED and len(candidate.name) >= 2
            for match in elsewhere(text, re.escape(candidate.name), spans, within=True)]


def _inside(low: int, high: int, start: int, end: int) -> bool:
    """Whether low..high lies inside start..end and is shorter."""
    return start <= low and high <= end and high - low < end - start


def elsewhere(text: Text, pattern: str, spans: list[tuple[int, int]],
              within: bool = False) -> Iterator[re.Match[str]]:
    """Where ``pattern`` matches a whole word of the text outside ``spans`` (``within``: or
    around them)."""
    for match in re.finditer(pattern, text.norm):
        start, end = match.span()
        if text.starts_word(start) and text.ends_word(end) and not any(
                low < end and start < high and not (within and _inside(low, high, start, end))
                for low, high in spans):
            yield match
