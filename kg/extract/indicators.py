"""Indicators: numbers with a unit, a year and a subject (``2021年全市人工智能产业营收2038.5亿元``).

Values are kept as written (2038.5 with 亿元); bounds the text puts on them
(近, 超, 余, 以上) go to ``qualifier``; ranges keep their upper end.
Numbers inside names, article and document numbers, dates and cruft are not
indicators. Rankings (位居全国第二) are indicators with the unit 位.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from kg.extract.clauses import (
    HOME,
    PAYOUT_VERBS,
    SUBJECT_KINDS,
    clauses,
    document_year,
    norm_offset,
)
from kg.extract.tables import table_indicators
from kg.model import Document, Indicator, Kind
from kg.units import QUALIFIERS, UNIT_PATTERN

_NUMBER = re.compile(
    r"(?P<pre>不低于|不少于|超过|突破|达到|近|超|约|逾|达)?\s*"
    r"(?P<value>\d+(?:\.\d+)?)(?:\s*(?:-|—|~|～|至|到)\s*(?P<upper>\d+(?:\.\d+)?))?"
    r"(?P<post>余|多)?\s*(?P<unit>" + UNIT_PATTERN + r")(?P<after>以上|左右)?"
)
# 居全省第1位, and with a scope of its own: 居全市各区第5位, 居全省县(市、区)第1位, 居广西第1位.
_RANK = re.compile(r"(?:位居|位列|居|排名|排在)(?:(?:全国|全省|全市|全球|世界|全区)?第(?P<value>[一二三四五六七八九十\d]+)(?:位|名)?"
                   r"|[^,;。第\d]{1,14}?第(?P<scoped>[一二三四五六七八九十\d]+)(?:位|名))(?!梯队|方阵|批|阵营|档)")
_GRANT = re.compile(r"(最高|给予|奖励|补贴|补助|资助|扶持|不超过|每家|每个|每项|按)[^,;。]*$")
# Money paid out is a fact, not an offer: 安排扶持资金2360万元, 兑现补贴1.2亿元 (not 最高…, 每家…).
_PAID = re.compile(rf"(?:{PAYOUT_VERBS}|落实)[^,;。最每按]*$")
_GRANT_AFTER = re.compile(r"[^,;。]{0,4}(给予|资助|奖励|补贴|补助|支持)")
_THRESHOLD = re.compile(r"(?:\s*、\s*\d+(?:\.\d+)?\s*[\u4e00-\u9fff%]{0,3})*\s*(?:以上|以下)?的")
# 在2021年产业规模约230亿元的基础上: a figure reached, which the plan builds on.
_BASE = re.compile(r"的基础上")
# What a bare 万 or 亿 at a clause's end counts: 注册用户达到156万, 播放量超过15亿.
_COUNTED = re.compile(r"用户|人数|游客|粉丝|会员|访问量|播放量|浏览量|下载量|观看量")
# A clause that ends in 的 after the figure sets a condition: 营业收入超过1亿元的,(给予…).
_CONDITION = re.compile(r".*的$")
_NOT_BEFORE = re.compile(r"(第|No\.|[\d.A-Za-z])$")  # 11510107MB0P52361K: part of a code
_NOT_AFTER = re.compile(r"^(年|月|日|号|届|期|批次|版|代|号线|级|G)")
_FILLER = re.compile(r"^(?:实现|达到|达|突破|超过|共有|拥有|有|为|是|约|近|超|已|累计|新增|共)+|"
                     r"(?:实现|达到|达|突破|超过|共有|拥有|为|约|近|超|已|累计|同比)+$")
# What makes a figure a goal: 到2026年, 力争, 预计, 目标; not 截至2024年底, not 争取 (争取…支持).
_GOAL = re.compile(r"(?<![截])(?:到|至)\s*\d{4}\s*年|力争|预计|目标|将(?:达到|突破|超过|实现)")
# 甲、乙等42家单位共同发起成立丙联盟, 由甲、乙等27家单位共同发起的丙联盟: the count is the new
# association's, not 甲's; so is 丙联盟由甲、乙等58家单位组成.
_FOUNDING = re.compile(r"(?:会员|成员)?(单位|企业|机构)?(共同)?(发起成立|发起组建|发起|成立|组建|组成)了?的?")
# A count of an association's members: 首批成员单位32家, 会员企业达120家; 甲、乙等68家单位成为首批成员,
# 等116家单位已加入联盟, 等11家企业新加入丙联盟.
_MEMBERS_BEFORE = re.compile(r"(?:首批|现有|目前)?(?:成员|会员)(?:单位|企业)?(?:共|达|达到|已达|超过)?$")
_JOINS = re.compile(r"(?:单位|企业|机构)?(?:已|新|先后|陆续)?(?:成为|加入)了?(?:首批)?")
_MEMBERS_AFTER = re.compile(r"(?:联盟|协会|商会|学会)?(?:成员|会员)|(?:联盟|协会|商会|学会)(?![\u4e00-\u9fff])")


def _association_before(doc: Document, at: int) -> int | None:
    """The last association named in the sentence before ``at`` (a normalized offset)."""
    sentence = doc.sentences[doc.sentence_at(at)]
    found = [index for index, m in enumerate(doc.mentions) if m.kind is Kind.ASSOCIATION
             and sentence.start <= norm_offset(doc, m.start) and norm_offset(doc, m.end) <= at]
    return found[-1] if found else None


_CHINESE_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
                   "十": 10}


_DEFINED = re.compile(r"\((?:以下)?简称[^()]{1,24}\)")


def find_indicators(doc: Document, home: int) -> list[Indicator]:
    taken = [(m.start, m.end) for m in doc.mentions]
    taken += [m.span() for m in _DEFINED.finditer(doc.norm)]  # (以下简称“中国电科49所”) counts nothing
    rows: list[tuple[int, int]] = []
    now = document_year(doc)
    table = list(table_indicators(doc, now, rows, home))
    taken += rows
    found: list[Indicator] = []
    for clause in clauses(doc, home):
        piece = doc.norm[clause.start:clause.end]
        figures = [indicator for match in _NUMBER.finditer(piece)
                   if (indicator := _indicator(doc, clause, match, taken, now)) is not None]
        listed = _listed(doc, clause.subject, clause.end) if "分别" in piece else []
        if len(figures) == len(listed) > 1:  # 甲、乙分别达到312.4亿元和408.7亿元
            name = figures[0].name.rpartition(doc.mentions[listed[-1]].name)[2].replace("分别", "")
            name = re.sub(r"^[^()]*\)", "", name)  # the end of a short form's note: …简称乙′)营业收入
            found.extend(replace(figure, subject=subject, name=name or figure.unit)
                         for figure, subject in zip(figures, listed, strict=True))
            continue
        for indicator in figures:
            others = _sharing(doc, clause, indicator.subject, norm_offset(doc, indicator.start))
            if others:  # 甲、乙均超过…: what is measured follows the list
                name = indicator.name.rpartition(doc.mentions[others[-1]].name)[2].replace("均", "")
                indicator = replace(indicator, name=name or indicator.unit)
            found.append(indicator)
            found.extend(replace(indicator, subject=other, share=k) for k, other in enumerate(others, 1))
        for match in _RANK.finditer(piece):
            value = match.group("value") or match.group("scoped")
            number = int(value) if value.isdigit() else _chinese(value)
            if number:
                found.append(_make(doc, clause, match.start(), match.end(), str(number), "位", "",
                                   _name(piece[: match.start()]) + "排名", ""))
    home_key = doc.mentions[home].key if home >= 0 else None

    def whose(indicator: Indicator) -> str | None:
        if indicator.subject in {-1, home}:
            return home_key
        return doc.mentions[indicator.subject].key or doc.mentions[indicator.subject].name

    told = {(whose(i), i.value, i.unit, i.year) for i in found}
    # A table repeats what the text says (全年…企业达到1986家, of the year the table gives; a park's
    # row and the park's paragraph): one figure, from the sentence.
    return [*(i for i in table if not {(whose(i), i.value, i.unit, i.year), (whose(i), i.value, i.unit, None)} & told),
            *_once(doc, found)]


def _once(doc: Document, found: list[Indicator]) -> list[Indicator]:
    """A figure the text states twice (a news page's lead, then its body: 签约项目21个) is one
    fact, kept where first stated: same subject, value, unit, year and measured noun."""
    seen: set[tuple[object, ...]] = set()
    kept = []
    for indicator in found:
        subject = doc.mentions[indicator.subject] if indicator.subject >= 0 else None
        key = (subject.key or subject.name if subject else "", indicator.value, indicator.unit, indicator.year,
               indicator.target, indicator.name[-2:])
        if key not in seen:
            seen.add(key)
            kept.append(indicator)
    return kept


def _indicator(doc: Document, clause, match: re.Match[str], taken, now: int | None) -> Indicator | None:  # noqa: ANN001
    piece = doc.norm[clause.start:clause.end]
    start = clause.start + match.start("value")
    end = clause.start + match.end()
    before, after = piece[: match.start("value")], piece[match.end():]
    if _NOT_BEFORE.search(before.rstrip()) or _NOT_AFTER.match(after):
        return None
    grant = _GRANT.search(before[-12:])
    offered = grant and not _PAID.search(before[-12:]) and (  # not 单日最高接待游客2.1万人次
        grant.group(1) != "最高" or "元" in match.group("unit") or match.group("unit") == "%")
    if offered or _GRANT_AFTER.match(after):
        return None  # 最高给予500万元资助: what a policy offers, not a fact about a place
    if (_THRESHOLD.match(after) or _CONDITION.match(after)) and not _BASE.match(after):
        return None  # 年营业收入超10亿元的企业, 营业收入超过1亿元的,给予…: a threshold, not a figure
    if match.group("unit") in {"亿", "万"} and re.match(r"[\u4e00-\u9fff]", after[:1] or " ") is None and (
            not _COUNTED.search(before[-12:])):
        return None  # a bare 亿 or 万 must count something that follows, or be a count of users (用户超过85万)
    original = doc.original_span(start, end)
    if any(low < original[1] and original[0] < high for low, high in taken):
        return None
    qualifier = QUALIFIERS.get(match.group("pre") or "", "") or QUALIFIERS.get(
        match.group("post") or "", "") or QUALIFIERS.get(match.group("after") or "", "")
    name = _name(before[: match.start("pre") if match.group("pre") else len(before)]) or _name(
        after[:16])
    year = clause.year
    trailing = re.match(r"\s*(\d{4})\s*年度", after)
    if trailing:
        year = int(trailing.group(1))
    made = _make(doc, clause, start, end, match.group("value"), match.group("unit"), qualifier,
                 name, match.group("upper") or "", year)
    sentence = doc.sentences[doc.sentence_at(start)]
    if _GOAL.search(doc.norm, sentence.start, start) or made.year and now and made.year > now:
        made = replace(made, target=True)  # 到2026年…突破500亿元, 力争…: a figure to reach
    funder = _funder(doc, clause, start)
    if funder is not None:
        made = replace(made, subject=funder)
    if match.group("unit") != "家":
        return made
    joins = _JOINS.match(after)
    joined = _association_at(doc, end + joins.end()) if joins else None  # 等11家企业新加入丙联盟
    if joined is None and (joins and _MEMBERS_AFTER.match(after, joins.end()) or _MEMBERS_BEFORE.search(before)):
        joined = made.subject if made.subject >= 0 and doc.mentions[made.subject].kind is Kind.ASSOCIATION else (
            _association_before(doc, start))  # 联盟…,首批成员单位32家 / 甲、乙等68家单位成为首批成员
    if joined is not None:
        return replace(made, subject=joined, name="成员单位数")
    founding = _FOUNDING.match(after)
    if founding and re.search(r"等(?:首批)?$", before.rstrip()):
        founded = _association_at(doc, end + founding.end())
        if founded is None and "由" in before:  # 丙联盟由甲、乙等58家单位组成
            founded = _association_before(doc, clause.start + before.rindex("由"))
        if founded is not None:
            made = replace(made, subject=founded, name="成员单位数")
    return made


_FUNDS = re.compile(r"(?:共同|联合)?(?:投资|出资)(?:建设|打造)?(?:总额|金额)?(?:约|近|超|达)?$")


def _funder(doc: Document, clause, at: int) -> int | None:  # noqa: ANN001
    """由甲(以下简称乙)投资8600万元: the organisation 由 names pays the figure at ``at``."""
    for index in range(bisect_left(doc.mentions, doc.original_span(at, at)[0], key=lambda m: m.start) - 1, -1, -1):
        mention = doc.mentions[index]
        start, end = norm_offset(doc, mention.start), norm_offset(doc, mention.end)
        if start < clause.start:
            return None
        if mention.kind in SUBJECT_KINDS and doc.norm[start - 1:start] == "由" and _FUNDS.match(
                _DEFINED.sub("", doc.norm[end:at])):
            return index
    return None


def _association_at(doc: Document, at: int) -> int | None:
    """The association named from ``at`` (a normalized offset) on, if one is."""
    start = doc.original_span(at, at + 1)[0]
    return next((index for index, m in enumerate(doc.mentions) if m.kind is Kind.ASSOCIATION and m.start == start),
                None)


def _sharing(doc: Document, clause, subject: int, at: int) -> list[int]:  # noqa: ANN001
    """湖塘镇、牛塘镇、洛阳镇规上工业总产值均超过300亿元: the others of the list the clause opens
    with, when 均 says the figure is each one's."""
    if subject < 0 or not re.search("(?<![平人户])均", doc.norm[clause.start:at]):
        return []
    return _listed(doc, subject, at)[1:]


def _listed(doc: Document, subject: int, at: int) -> list[int]:
    """The subject and the mentions of its kind listed right after it (甲、乙和丙) before ``at``."""
    if subject < 0:
        return []
    others: list[int] = [subject]
    end = norm_offset(doc, doc.mentions[subject].end)
    for index in range(subject + 1, len(doc.mentions)):
        mention = doc.mentions[index]
        start = norm_offset(doc, mention.start)
        between = _DEFINED.sub("", doc.norm[end:start])  # 甲(以下简称甲′)、乙
        if between.startswith("(") and _DEFINED.match(doc.norm, end):
            continue  # the short form inside the brackets
        if start >= at or mention.kind is not doc.mentions[subject].kind or between not in {"、", "和", "及", "与"}:
            break
        others.append(index)
        end = norm_offset(doc, mention.end)
    return others


def _make(doc: Document, clause, start: int, end: int, value: str, unit: str,  # noqa: ANN001, PLR0913
          qualifier: str, name: str, upper: str, year: int | None = -1) -> Indicator:
    low, high = doc.original_span(start, end)
    return Indicator(subject=clause.subject if clause.subject != HOME else -1, name=name or unit,
                     value=value, unit=unit, year=clause.year if year == -1 else year,
                     sentence=doc.sentence_at(start), start=low, end=high, qualifier=qualifier,
                     upper=upper)


def _name(text: str) -> str:
    """What a number measures: the words before it, without subject, time and filler verbs."""
    text = re.sub(r"^.*?(全市|全区|全省|全县|我市|我区|本市|本区)", "", text)
    text = re.sub(r"\d{4}\s*年(度)?|今年|去年|\d{1,2}月", "", text)
    text = _FILLER.sub("", text.strip(" ,的"))
    return _FILLER.sub("", text).strip(" ,的")[-24:]


def _chinese(value: str) -> int:
    if value == "十":
        return 10
    if value.startswith("十"):
        return 10 + _CHINESE_DIGITS.get(value[1:], 0)
    if "十" in value:
        tens, _, ones = value.partition("十")
        return _CHINESE_DIGITS.get(tens, 0) * 10 + _CHINESE_DIGITS.get(ones, 0)
    return _CHINESE_DIGITS.get(value, 0)
