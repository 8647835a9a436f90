"""Clauses: who a clause is about, and when.

A sentence's clauses share a subject and a year until a clause names new
ones: "2023年,6100余家企业实现税收近310亿元,同比增长约18%" is about the
place the sentence began with, in 2023, throughout. A sentence without a year
is of the year its section's heading gives (一、2024年工作完成情况). The subject is a place
or organisation that opens a clause (after a time phrase); 全市/全区/我市
stand for the document's own place.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from kg.extract.places import LEVEL_PREFIX, ZONE_SUFFIXES
from kg.model import Document, Kind

SUBJECT_KINDS = frozenset({Kind.PLACE, Kind.COMPANY, Kind.RESEARCH, Kind.ASSOCIATION, Kind.GOVERNMENT})
HOME = -1  # the document's own place, when no mention names it
_CLAUSE_BREAK = re.compile(r"[,;:,;:]")
_TIME = re.compile(
    r"^(?:(?:截至|截止|到|至|在)?\s*\d{4}\s*年(?:度|底|末|初)?(?:\d{1,2}\s*月(?:份|底)?)?(?:以来|前|起)?|"
    r"今年(?:初|以来|\d{1,2}月)?|去年(?:\d{1,2}月)?|近年来|近年|目前|当前|同时|其中|此外|另外|并|且|"
    r"在此基础上|与此同时|共有|共|全年|力争|预计|计划|争取|新成立的|新组建的|已|"
    r"\d{1,2}[.、](?!\d)|[((]\d{1,2}[))]|[①-⑳]|[一二三四五六七八九十]是)\s*"  # 1.甲产业园:…, 一是…
)
# Verbs before an organisation that then acts: 支持中关村大数据产业联盟举办…, 已累计举办8场.
_PATRON = re.compile(r"^(支持|鼓励|推动|引导|指导|组织|推进)")
# A bare noun that points back to the last organisation of its kind: 联盟现有成员单位120家.
_ANAPHORA = {"联盟": Kind.ASSOCIATION, "协会": Kind.ASSOCIATION, "学会": Kind.ASSOCIATION,
             "商会": Kind.ASSOCIATION, "公司": Kind.COMPANY, "集团": Kind.COMPANY,
             "园区": Kind.PLACE, "基地": Kind.PLACE, "实验室": Kind.RESEARCH, "研究院": Kind.RESEARCH}
# The head of a zone's name, on its own, points back to the zone of that head: 该产业园位于…,
# 集聚区内已投运…, 大学城重点发展… (园区 and 基地 to any zone: _ANAPHORA).
_HEADS = "|".join(sorted(ZONE_SUFFIXES, key=len, reverse=True))
_ZONE_HEAD = re.compile(f"^该?({_HEADS})内?(?!{_HEADS})")  # not 科技城新区, a zone of its own
_HEAD_OF = re.compile(f"(?:{_HEADS})?$")  # the head a zone's name ends with: 新区, not the 新区 of 高新区
# A clause that opens with what a park hosts, or its area, is about the zone just named:
# 规划建设甲产业园,目前已入驻企业46家; 建设甲产业园,规划建筑面积8.5万平方米; 甲园开园。首批入驻企业23家.
_PARK_CLAUSE = re.compile(r"^(?:首批|新)?(?:入驻|入园|集聚|聚集|汇聚|吸引)|^(?:规划)?(?:建筑|用地|占地|总)?面积|^占地")
_SHORT_FORM = re.compile(r"(?:\((?:以下)?简称[^()]{1,20}\))?")  # 区经信局 defined after the body
_LOCATED = re.compile(rf"^(?:总部)?(?:位于|落户|坐落于|地处|入驻)[^,;。的()]{{2,15}}{_SHORT_FORM.pattern}的")  # 位于甲(以下简称乙)的丙
# Verbs of money a body pays out (安排资金3200万元): the body's own figure, and a fact, not an offer.
PAYOUT_VERBS = "安排|拨付|兑现|兑付|下达|发放"
_HOW_MUCH = "共|全年|累计|已|先后|年内"  # the adverbs before a verb of paying
_PAID_OUT = re.compile(rf"(?:{_HOW_MUCH})*(?:{PAYOUT_VERBS})")
# A body opening a clause is the subject of what it does (区科委共支持项目18个, 我局会同市财政局兑现资金
# 6270万元, 区人力社保局开展培训4600人次), not of an event it hosts (甲局、乙局承办,嘉宾300余人到场)
# nor of the targets of a policy it issues (市政府发布《甲》,提出到2026年全市…).
_NOT_ITS_OWN = re.compile(r"[^,;。]{0,16}?(?:主办|承办|协办|(?:制定|出台|印发|发布)了?《)")
# An organisation that made what the clause is about: 甲与乙共建的“丙联合实验室”于2024年落户…
_BUILT_THE = re.compile(r"[^,;。的]{0,20}?(?:共建|共同建设|联合建设|合作建设|联合成立|共同成立|组建|建设|打造|设立)的[“\"「]?")
# The writer of the document, by the name it gives itself: 我局兑现资金6850万元.
SELF_NAMES = "我局|我委|我办|我厅|本局|本委"
_WE = re.compile(SELF_NAMES)
_HOME_WORDS = re.compile(r"^(全市|全区|全省|全县|我市|我区|我省|我县|本市|本区|本省|本县)")
# A clause about any one of many (单个企业平均…, 每家企业…): not about the organisation named before.
_EACH = re.compile(r"^(?:单个|每个|每家|每户|户均|平均)")
_YEAR = re.compile(r"(\d{4})\s*年(?=\d{1,2}\s*月|\D|$)")
# A heading (一、2024年工作完成情况, (二)2025年工作思路, ## 2024年回顾): no closing stop, short.
_HEADING = re.compile(r"^(?:#+\s*|[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\))[^。;!?]{0,30}$")
_TOP_HEADING = re.compile(r"^(?:#{1,3}\s*|[一二三四五六七八九十]+、)")


@dataclass(frozen=True)
class Clause:
    start: int
    end: int
    subject: int
    year: int | None


def clauses(doc: Document, home: int) -> Iterator[Clause]:
    """The clauses of each sentence with the subject (mention index or HOME) and year in force."""
    year_now = document_year(doc)
    openers = {norm_offset(doc, m.start): index for index, m in enumerate(doc.mentions)
               if m.kind in SUBJECT_KINDS}
    writer = _writer(doc)
    selves: dict[int, int] = {}  # where each 我局 begins and ends
    if writer is not None:
        selves = {we.start(): we.end() for we in _WE.finditer(doc.norm)}
        openers.update(dict.fromkeys(selves, writer))
    section_year = None  # the year a heading gives its section: 一、2024年工作完成情况 / 全年…
    told = 0  # where the sentence before began: a zone it named is the one a sentence of hosting means
    for sentence in doc.sentences:
        line = doc.norm[sentence.start:sentence.end].strip()
        if _HEADING.match(line):
            years = {int(y) for y in _YEAR.findall(line)}
            if len(years) == 1:
                section_year = years.pop()
            elif _TOP_HEADING.match(line):
                section_year = None
        subject, year = home, section_year
        named = False  # whether a clause of the sentence opened with its subject
        body_before = None  # a body that opened an earlier clause: 区工信局牵头设立…,共兑现资金4860万元
        at = sentence.start
        for piece in _CLAUSE_BREAK.split(doc.norm[sentence.start:sentence.end]):
            start, end = at, at + len(piece)
            at = end + 1
            year = _year(piece, year_now) or year
            body = _strip_time(piece)
            opener = _opener(doc, openers, body, end - len(body), selves)
            first = openers.get(end - len(body))
            if first is not None and doc.mentions[first].kind is Kind.GOVERNMENT:
                body_before = first
            if opener is not None:
                subject, named = opener, True
            elif _PARK_CLAUSE.match(body) and not named and (zone := _zone_named(
                    doc, openers, told if start == sentence.start else sentence.start, start)) is not None:
                subject = zone  # not 中国声谷位于合肥高新区,已集聚企业1500家, nor 平房区建设甲集聚区,已入驻…
            elif body_before is not None and _PAID_OUT.match(body):
                subject = body_before  # what the body paid out, in a clause of its own
            elif _EACH.match(body):
                subject = home  # 单个企业平均投入80万元: no one organisation's figure
            elif (word := _HOME_WORDS.match(body)) and not _named_level(doc, subject, home, word.group()[-1]):
                subject, body_before = _home_of_level(doc, home, word.group()[-1]), None
            yield Clause(start, end, subject, year)
        told = sentence.start


def _opener(doc: Document, openers: dict[int, int], body: str, at: int, selves: dict[int, int]) -> int | None:
    """The mention a clause opens with, directly or after 支持/位于…的, or the one 联盟 points back to;
    ``selves`` holds where each 我局 the writer calls itself ends."""
    for pattern in (_PATRON, _LOCATED):
        match = pattern.match(body)
        if match and at + match.end() in openers:
            return openers[at + match.end()]
    if at in openers:
        index = openers[at]
        named_end = selves.get(at) or norm_offset(doc, doc.mentions[index].end)
        made = _BUILT_THE.match(doc.norm, named_end)
        if made and made.end() in openers:
            return openers[made.end()]  # 甲与乙共建的“丙实验室”…已获授权专利12项: 丙's
        if doc.mentions[index].kind is Kind.GOVERNMENT:
            after = _SHORT_FORM.match(doc.norm, named_end)
            if _NOT_ITS_OWN.match(doc.norm, after.end()):  # type: ignore[union-attr]
                return None
        if at in selves:
            return index
        following = index + 1
        if following < len(doc.mentions) and doc.mentions[following].start == doc.mentions[index].end and (
                doc.mentions[following].kind in SUBJECT_KINDS):
            return following  # 崂山区青岛虚拟现实产业园: the district says where; the zone is the subject
        return index
    head = _ZONE_HEAD.match(body)
    if head and head.group(1) not in _ANAPHORA:
        zones = [i for position, i in openers.items() if position < at and _is_zone(doc, i)
                 and _HEAD_OF.search(doc.mentions[i].name).group() == head.group(1)]  # type: ignore[union-attr]
        return _most_named(doc, zones) if zones else None
    for word, kind in _ANAPHORA.items():
        if body.startswith((word, "该" + word)):
            earlier = [i for position, i in openers.items() if position < at and doc.mentions[i].kind is kind]
            if kind is Kind.COMPANY:
                return earlier[-1] if earlier else None  # 公司, 该公司: the one just told of, by any name
            before = [i for i in earlier if doc.mentions[i].name.endswith(word)] or [
                i for i in earlier if kind is Kind.PLACE and doc.mentions[i].level == "zone"] or earlier
            if not before:
                return None
            if body.startswith("该"):
                return before[-1]  # 该实验室: the one just told of
            return _most_named(doc, before)  # 园区 is 苏州工业园区
    return None


def _writer(doc: Document) -> int | None:
    """The body that signs the document, else its publisher, where the text names it."""
    for name in (*doc.meta.signature.split(), doc.meta.publisher):
        for index, mention in enumerate(doc.mentions):
            if mention.kind is Kind.GOVERNMENT and name and mention.name == name:
                return index
    return None


def _most_named(doc: Document, indexes: list[int]) -> int:
    """Of the mentions ``indexes``, the one whose name the document names most, the latest of those."""
    names = [doc.mentions[i].name for i in indexes]
    return max(indexes, key=lambda i: (names.count(doc.mentions[i].name), i))


def _is_zone(doc: Document, index: int) -> bool:
    return index >= 0 and doc.mentions[index].kind is Kind.PLACE and doc.mentions[index].level == "zone"


def _zone_named(doc: Document, openers: dict[int, int], start: int, end: int) -> int | None:
    """The last zone named between ``start`` and ``end`` (normalized offsets)."""
    zones = [i for position, i in openers.items() if start <= position < end and _is_zone(doc, i)]
    return zones[-1] if zones else None


def _home_of_level(doc: Document, home: int, level: str) -> int:
    """What 全区 means in a document of a zone that is no 区 (中关村科学城): the district the
    document names most; else, and in any other document, its own place."""
    mention = doc.mentions[home] if home >= 0 else None
    if mention is None or mention.level != "zone" or mention.name.endswith(level):
        return home
    of_level = [i for i, m in enumerate(doc.mentions)
                if m.kind is Kind.PLACE and m.level == LEVEL_PREFIX.get(level) and m.key != mention.key]
    return _most_named(doc, of_level) if of_level else home


def _named_level(doc: Document, subject: int, home: int, level: str) -> bool:
    """Whether 全市/全区 points at the city or district the sentence has just named (青岛是…,全市…;
    通州区集聚企业187家;全区…), where the document's own place is not one of that level (市南区,
    北京城市副中心)."""
    def named(index: int) -> bool:
        mention = doc.mentions[index] if index >= 0 else None
        return mention is not None and mention.kind is Kind.PLACE and (
            mention.level == LEVEL_PREFIX[level] or mention.name.endswith(level))
    return named(subject) and home >= 0 and not named(home)


def _strip_time(piece: str) -> str:
    """The clause without its leading spaces and time phrases."""
    body = piece.lstrip()
    while (shorter := _TIME.sub("", body, count=1).lstrip()) != body:
        body = shorter
    return body


def norm_offset(doc: Document, original: int) -> int:
    """The normalized position of an original offset (offsets only grow)."""
    low, high = 0, len(doc.offsets) - 1
    while low < high:
        middle = (low + high) // 2
        if doc.offsets[middle] < original:
            low = middle + 1
        else:
            high = middle
    return low


def _year(piece: str, now: int | None) -> int | None:
    match = _YEAR.search(piece)
    if match and 1949 <= int(match.group(1)) <= 2100:
        return int(match.group(1))
    if now and "今年" in piece:
        return now
    if now and "去年" in piece:
        return now - 1
    return None


def document_year(doc: Document) -> int | None:
    for value in (doc.meta.signature_date, doc.meta.published, doc.meta.generated):
        if value[:4].isdigit():
            return int(value[:4])
    return None
