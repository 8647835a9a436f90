"""Policy relations: who issued a policy, where it applies, what it supports.

- issuedBy: 甲印发/发布/出台《乙》, and the document's own policy, by its publisher;
- appliesTo: a place that 制定/出台 a policy, and a policy of the document's own
  place named after it (长宁区关于…的推进方案 in a 长宁区 reply);
- supports: a policy, then 提出/支持/聚焦… and technologies within its clause or
  the next; and the technologies the title of the document's own place's policy names.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extract.clauses import SELF_NAMES
from kg.extract.places import home_codes
from kg.extract.text import Candidate, Text
from kg.model import ORGANIZATIONS, Kind, Relation

_ISSUE = re.compile(r"(印发|发布|出台|颁布|公布|制定|制订|编制|推出)了?")
# 将研究制定《甲》, 配合市政府研究出台《甲》: a policy still being drafted has no issuer yet (one
# that a body 将印发 has; 研究制定了 is done).
_PLANNED = re.compile(r"(?:研究|着手|启动)(?:制定|制订|出台|编制)(?!了)")
_APPLY = re.compile(r"(制定|出台|制订|印发|发布|编制)")
_SUPPORT = re.compile(r"(提出|明确|确定|支持|鼓励|重点|聚焦|布局|发展|列为|培育|探索|推动|围绕|把|将)")
_SUPPORT_ALL = re.compile(r"(支持|鼓励|重点发展|聚焦|围绕|培育|突破|攻关|布局|推动|发展|引进|建设)")
# A sentence of a document's own measures that funds what it names: 对…的,给予…补贴.
_FUNDS = re.compile(r"(给予|予以|重点投向)(?:(?<=投向)|(?=[^。;]{0,20}?(?:支持|补贴|奖励|资助|扶持)))")
_IMPLEMENTS = re.compile(r"(贯彻|落实|根据|按照|依据)[^,;。]*《")
_ITEM = re.compile(r"\s*(?:\d{1,2}[.、.]|\(\d{1,2}\)|[(（]?[一二三四五六七八九十]{1,2}[)）])")
_SUPPORT_HEADING = re.compile(r"(支持|鼓励|重点发展|培育)[^,;。]{0,10}(?:方向|领域|技术|目录|清单)\s*$")
_SPEAKS = re.compile(r"^[》”]?,(提出|明确|要求|强调|指出)")
# 该计划, and a bare 政策/措施 that goes on to what it supports (政策重点支持甲、乙等方向).
_POLICY_WORD = re.compile(r"(?:该|这一|此|本)(?:计划|方案|政策|措施|意见|规划|文件|办法)"
                          r"|(?:政策|措施|方案|意见|规划)(?=提出|明确|重点|聚焦|支持|围绕|鼓励)")
_IMPLEMENTED = re.compile(r"(根据|按照|依据|落实|贯彻|对照|参照)$")
# 落实安徽省人民政府办公厅印发的《甲》: carrying out a policy its issuer is named before.
_CARRIES_OUT = re.compile(r"(?:贯彻|落实|根据|按照|依据)[^,;:。《]*?的[《“]?$")
_WINDOW = 60
_LIST_GAP = re.compile(r"\)?[、和及与]|\(")  # between two items of a list: 扩展现实(XR)、空间计算


# A short form in brackets after a name: (以下简称“科大讯飞”), (百度).
# (以下简称“乙”), and a short form with its own brackets: (以下简称“港中大(深圳)”).
NOTE = re.compile(r"\((?:以下)?(?:简称)?(?:[^()]|\([^()]{1,6}\)){1,16}\)")


_NOTES = re.compile(rf"(?:{NOTE.pattern})*")


def after_notes(text: Text, end: int) -> int:
    """Where the short forms in brackets after a name end."""
    return _NOTES.match(text.norm, end).end()  # type: ignore[union-attr]


def listed_from(text: Text, chosen: list[Candidate], indexes: list[int], at: int,
                kinds: frozenset[Kind] = ORGANIZATIONS) -> tuple[list[int], int]:
    """The mentions of ``kinds`` listed from ``at`` on (甲、乙(以下简称“丙”)、丁), and where the
    list ends."""
    group: list[int] = []
    for i in (i for i in indexes if chosen[i].kind in kinds and chosen[i].start >= at):
        if NOTE.sub("", text.norm[at:chosen[i].start]) not in {"", "、", "和", "及", "与"}:
            break
        group.append(i)
        at = chosen[i].end
    return group, after_notes(text, at) if group else at


def between(text: Text, a: Candidate, b: Candidate) -> str:
    """The text from ``a`` to ``b``, less the short forms in brackets after ``a``."""
    return NOTE.sub("", text.norm[a.end:b.start]) if a.end <= b.start else ""


def _issued(text, chosen, sentence, indexes):  # noqa: ANN001, ANN202
    for i in indexes:
        if chosen[i].kind not in ORGANIZATIONS:
            continue
        for j in indexes:
            gap = between(text, chosen[i], chosen[j])
            if chosen[j].kind is not Kind.POLICY or chosen[j].start < chosen[i].end:
                continue
            if gap in {"《", "“"} and chosen[i].kind is Kind.GOVERNMENT:
                yield Relation(j, "issuedBy", i, sentence, "署名")  # 国务院《新一代人工智能发展规划》
            elif gap and len(gap) <= 12 and _ISSUE.search(gap) and not re.search(r"[,;:。]", gap) and (
                    not _PLANNED.search(gap)):
                verb = _ISSUE.search(gap).group(1)
                issuers = _joined(text, chosen, indexes, i, -1)  # 甲、乙、丙三部门联合印发
                policies = [j] if gap.rstrip("《“").endswith("的") else _joined(text, chosen, indexes, j, 1)
                for policy in policies:  # 印发《甲》和《乙》, not 落实…印发的《甲》和《乙》
                    yield from (Relation(policy, "issuedBy", k, sentence, verb) for k in issuers)


_JOIN = re.compile(r"[》”]?(?:、|和|及|与|以及)[《“]?")


def _joined(text: Text, chosen: list[Candidate], indexes: list[int], at: int, step: int) -> list[int]:
    """``at`` and the mentions of its kind joined to it by 、/和/及, before it (step -1) or after (1)."""
    run = [at]
    order = indexes if step > 0 else indexes[::-1]
    for k in order[order.index(at) + 1:]:
        a, b = (chosen[run[-1]], chosen[k]) if step > 0 else (chosen[k], chosen[run[-1]])
        if chosen[k].kind is not chosen[at].kind or not _JOIN.fullmatch(between(text, a, b)):
            break
        run.append(k)
    return run


def _applies(text, chosen, sentence, indexes):  # noqa: ANN001, ANN202
    """A place that opens the sentence and 制定 a policy: the policy applies to it."""
    first = indexes[0]
    head = text.norm[text.doc.sentences[sentence].start:chosen[first].start].strip()
    if chosen[first].kind is not Kind.PLACE or len(head) > 6:
        return
    for j in indexes:
        gap = text.norm[max(chosen[first].end, chosen[j].start - 16):chosen[j].start]
        if chosen[j].kind is Kind.POLICY and _APPLY.search(gap):
            yield Relation(j, "appliesTo", first, sentence, _APPLY.search(gap).group(1))


def _policy_supports(text, chosen, sentence, indexes):  # noqa: ANN001, ANN202
    """A policy, then within its own clause or the next a trigger and technologies."""
    for i in indexes:
        if chosen[i].kind is not Kind.POLICY or _carried_out(text, chosen[i].start):
            continue  # 根据/落实 a policy: the sentence is about its implementer
        yield from _supported_after(text, chosen, indexes, i, chosen[i].end, i, sentence)


# 落实《甲》《乙》, 贯彻《甲》和《乙》: the titles before the one a verb of carrying out governs too.
# 贯彻甲印发的《乙》和丙印发的《丁》: and with their issuers between.
_TITLES_BEFORE = re.compile(r"(?:《[^《》]{2,150}》(?:[、和及与][^,;:。《》]{0,30}?的|[、和及与])?)+《$")


def _carried_out(text: Text, start: int) -> bool:
    """Does the policy at ``start`` follow a verb of carrying it out (根据《甲》, 落实乙印发的《甲》,
    落实《丙》《甲》)?"""
    titles = _TITLES_BEFORE.search(text.norm, max(0, start - 400), start)
    start = titles.start() + 1 if titles else start
    return _IMPLEMENTED.search(text.norm[max(0, start - 5):start].rstrip("《“\"")) is not None or (
        _CARRIES_OUT.search(text.norm, max(0, start - 40), start) is not None)


def _supported_after(text: Text, chosen: list[Candidate], indexes: list[int], after: int,  # noqa: PLR0913
                     at: int, policy: int, sentence: int) -> Iterator[Relation]:
    """Technologies after mention ``after`` (or position ``at``) in a clause of support:
    the policy's own clause or the next, or any clause of a sentence where the policy
    speaks (《乙》,提出以…为重点,突破甲、丙等关键技术)."""
    own_clause = False  # has the policy's own clause named what it supports?
    for j in technologies_after(text, chosen, indexes, after, stop_kind=Kind.POLICY):
        gap = _CALLED.sub(r"\1", NOTE.sub("", text.norm[at:chosen[j].start]))
        granted = _granted(text, gap, chosen[j].end)
        trigger = _SUPPORT.search(gap) or granted
        first = re.split(r"[,;:]", gap)
        speaks = _SPEAKS.match(gap) and not re.search(r"[;。]", gap) and _SUPPORT_ALL.search(first[-1])
        listed = _listed(text, chosen, indexes, j)
        if len(first) == 2 and own_clause and not (granted or speaks or listed or _SUPPORT.search(first[-1])):
            continue  # 《乙》提出重点支持甲、丙;对企业新建的“丁+”场景…: the next clause is about something else
        if trigger and (len(first) <= 2 or speaks or listed):
            own_clause |= len(first) == 1
            yield Relation(policy, "supports", j, sentence, trigger.group(1))


_CALLED = re.compile(r"^([》”]?),(?:以下)?简称“[^“”]{1,16}”(?=,)")  # 《乙》,简称“丙”,提出…: the short form is no clause
_FOR = re.compile(r"(?:^[》”]?|[,;:])对[^,;:。]*$")  # 《乙》对甲…给予支持, 《乙》,对甲…给予支持
_GIVEN = re.compile(r"[^,;。]*?(?:,[^,;。]{0,24}?)?给予[^,;。]{0,12}?(支持|扶持|奖励|补贴|资助)")


def _granted(text: Text, gap: str, end: int) -> re.Match[str] | None:
    """《乙》,对甲、丙等领域的…给予支持: the clause that funds the technologies."""
    return _GIVEN.match(text.norm, end) if _FOR.search(gap) else None


def _referred_policy(text, chosen, sentence, indexes):  # noqa: ANN001, ANN202
    """该计划明确将甲、乙作为重点发展方向: the policy named last, a sentence or two before."""
    bounds = text.doc.sentences[sentence]
    word = _POLICY_WORD.match(text.norm, bounds.start)
    if word is None or any(chosen[i].kind is Kind.POLICY for i in indexes):
        return
    policy = next((i for i in range(len(chosen) - 1, -1, -1) if chosen[i].kind is Kind.POLICY
                   and chosen[i].end <= bounds.start), None)
    if policy is None or sentence - text.doc.sentence_at(chosen[policy].start) > 2:
        return
    first = next((k for k in indexes if chosen[k].start >= word.end()), None)
    if first is not None:
        yield from _supported_after(text, chosen, indexes, first - 1, word.end(), policy, sentence)


def _listed(text: Text, chosen: list[Candidate], indexes: list[int], j: int) -> bool:
    """Is technology ``j`` a later item of a list that began within reach?"""
    previous = [k for k in indexes if k < j and chosen[k].kind is Kind.TECHNOLOGY]
    return bool(previous) and _LIST_GAP.fullmatch(text.norm[chosen[previous[-1]].end:chosen[j].start]) is not None


def technologies_after(text: Text, chosen: list[Candidate], indexes: list[int], i: int,
                        stop_kind: Kind | None = None) -> list[int]:
    """Technologies after mention ``i`` within the window, with the rest of their list."""
    found: list[int] = []
    last_end = chosen[i].end
    for j in indexes:
        if j <= i:
            continue
        if stop_kind and chosen[j].kind is stop_kind:
            break
        if chosen[j].kind is not Kind.TECHNOLOGY:
            continue
        gap = text.norm[last_end:chosen[j].start]
        if chosen[j].start - chosen[i].end <= _WINDOW or (found and _LIST_GAP.fullmatch(gap)):
            found.append(j)
            last_end = chosen[j].end
        elif found:
            break
    return found




# 我委会同区商务委…制定出台《乙》: the writer of the document and the bodies it worked with.
_WE = re.compile(rf"(?:{SELF_NAMES}|我单位)(?:牵头)?")
_WITH = re.compile(r"会同|联合|与|和")


def _self_issued(text, chosen, sentence, indexes):  # noqa: ANN001, ANN202
    bounds = text.doc.sentences[sentence]
    for we in _WE.finditer(text.norm, bounds.start, bounds.end):
        joined = _WITH.match(text.norm, we.end())
        partners = listed_from(text, chosen, indexes, joined.end(), frozenset({Kind.GOVERNMENT}))[0] if joined else []
        since = we.end()
        for j in (j for j in indexes if chosen[j].kind is Kind.POLICY and chosen[j].start > we.end()):
            if re.search(r"[;。]", text.norm[we.end():chosen[j].start]):
                break
            verbs = list(_ISSUE.finditer(text.norm, max(since, chosen[j].start - 12), chosen[j].start))
            others = [i for i in indexes if chosen[i].kind in ORGANIZATIONS and i not in partners
                      and since <= chosen[i].start and verbs and chosen[i].end <= verbs[-1].start()]
            since = chosen[j].end
            planned = _PLANNED.search(text.norm, we.end(), chosen[j].start)
            if verbs and not others and not planned:  # not 我局落实工信部等五部门印发的《甲》: 工信部 issued it
                yield from (Relation(j, "issuedBy", i, sentence, we.group())
                            for i in [*_issuers(text, chosen), *partners])


# 将甲、乙等方向列入《丙》: the policy takes in what is put into it.
_PUT_INTO = re.compile(r"(?:列入|纳入|写入)[《“]$")
_PUT_TAIL = re.compile(r"等?(?:[^,;。]{0,6}?(?:方向|领域|技术|产业))?")  # not 将元宇宙领域紧缺人才纳入“乙”
_IN_TIME = re.compile(r"适时|拟|争取|逐步|计划|研究")


def _put_into(text, chosen, sentence, indexes):  # noqa: ANN001, ANN202
    for j in indexes:
        if chosen[j].kind is not Kind.POLICY or not _PUT_INTO.search(text.norm, max(0, chosen[j].start - 3),
                                                                    chosen[j].start):
            continue
        clause = clause_opening(text, text.doc.sentences[sentence].start, chosen[j].start)
        put = text.norm.rfind("将", clause, chosen[j].start)
        if put < 0 or _IN_TIME.search(text.norm, clause, put):
            continue  # 适时将甲纳入《乙》: not yet in it
        techs = [k for k in indexes if chosen[k].kind is Kind.TECHNOLOGY and put < chosen[k].start
                 and chosen[k].end < chosen[j].start]
        if techs and _PUT_TAIL.fullmatch(text.norm, chosen[techs[-1]].end, chosen[j].start - 3):
            yield from (Relation(j, "supports", k, sentence, "列入") for k in techs)


def clause_opening(text: Text, begin: int, position: int) -> int:
    """Where the clause holding ``position`` opens: after the last , or ; before it, at
    ``begin`` (its sentence's start) at the earliest."""
    return max(begin, *(text.norm.rfind(mark, 0, position) + 1 for mark in ",;"))


POLICY_RULES = (_issued, _applies, _policy_supports, _self_issued, _referred_policy, _put_into)


_INTERPRETS = re.compile("解读|问答")
# Documents that describe an industry (发展报告, 白皮书), not measures that support it.
_DESCRIBES = re.compile(r"(?:报告|白皮书|蓝皮书)(?:\(?\d{4}\)?年?)?$")


def own_policies(text: Text, chosen: list[Candidate], home: int, codes: set[str]) -> Iterator[Relation]:
    """What the document says of its own place's policies by naming them: where they apply,
    what their titles support, and, for the policy the document issues, who issued it."""
    issuers = _issuers(text, chosen)
    seen: set[str] = set()
    for i, candidate in enumerate(chosen):
        title = candidate.key or candidate.name
        if candidate.kind is not Kind.POLICY or title in seen:
            continue
        seen.add(title)
        sentence = text.doc.sentence_at(candidate.start)
        own = _compact(title) in _compact(text.doc.meta.title)
        describes = _DESCRIBES.search(title) is not None  # a report supports nothing it describes
        if own and not _INTERPRETS.search(text.doc.meta.title):  # a 政策解读 page's publisher explains it
            yield from (Relation(i, "issuedBy", k, sentence, "发布机构") for k in issuers)
        if own and not describes:
            yield from _supported_throughout(text, chosen, i)
        if home >= 0 and (chosen[home].key.isdigit() and _titled_by(text, title, chosen[home].key)
                          or _named_first(title, chosen[home])):  # the title begins with the home place
            yield Relation(i, "appliesTo", home, sentence, "标题")
            for j in [] if describes else _title_technologies(text, chosen, title):
                yield Relation(i, "supports", j, sentence, "标题")


def _supported_throughout(text: Text, chosen: list[Candidate], policy: int) -> Iterator[Relation]:
    """The policy a document is: it supports every technology its sentences of support name,
    those it funds (对…的,给予…补贴) and those listed under a heading of support (附件:重点支持技术方向)."""
    seen: set[str] = set()
    for j, candidate in enumerate(chosen):
        if candidate.kind is not Kind.TECHNOLOGY or (candidate.key or candidate.name) in seen:
            continue
        sentence = text.doc.sentence_at(candidate.start)
        begin, end = text.doc.sentences[sentence].start, text.doc.sentences[sentence].end
        clause = max(text.norm.rfind(mark, begin, candidate.start) for mark in ",;:")
        if clause >= 0 and text.norm[clause] == ":":  # 重点支持以下技术方向:甲、乙: the clause before the colon too
            clause = max(text.norm.rfind(mark, begin, clause) for mark in ",;")
        start = max(clause + 1, begin)
        trigger = (_SUPPORT_ALL.search(text.norm, start, candidate.start) or _FUNDS.search(text.norm, begin, end)
                   or _heading(text, sentence))
        if trigger and not _IMPLEMENTS.search(text.norm, begin, candidate.start) and not _on_behalf(
                chosen, trigger, j):
            seen.add(candidate.key or candidate.name)
            yield Relation(policy, "supports", j, sentence, trigger.group(1))


def _on_behalf(chosen: list[Candidate], trigger: re.Match[str], j: int) -> bool:
    """支持甲大学围绕乙开展攻关: the trigger names a research institution, whose research the
    technology is (the institution focusesOn it); the plan funds the institution."""
    k = j - 1
    while k >= 0 and chosen[k].start >= trigger.end():
        if chosen[k].kind is Kind.RESEARCH:
            return True
        k -= 1
    return False


def _heading(text: Text, sentence: int) -> re.Match[str] | None:
    """The heading of support over the numbered list a sentence is an item of
    (附件:重点支持技术方向 / 1.显示与光学:光场显示、近眼显示)."""
    sentences = text.doc.sentences
    index = sentence
    while index > 0 and _ITEM.match(text.norm, sentences[index].start):
        index -= 1
    if index == sentence:
        return None
    return _SUPPORT_HEADING.search(text.norm, sentences[index].start, sentences[index].end)


def _issuers(text: Text, chosen: list[Candidate]) -> list[int]:
    """The bodies that sign the document (all of a joint signature), else its publisher."""
    meta = text.doc.meta
    for names in (meta.signature.split(), re.split(r"[、,;]|\s+", meta.publisher)):  # 甲、乙 publish it jointly
        found = {name: i for i, candidate in enumerate(chosen) for name in names
                 if name and candidate.kind in ORGANIZATIONS and candidate.name == name}
        if found:
            return sorted(found.values())
    return []


def _named_first(title: str, home: Candidate) -> bool:
    """Does the title begin with the document's own zone (重庆两江新区支持…若干措施)?"""
    head = re.sub(r"^关于", "", title)
    return home.level == "zone" and head.startswith(tuple(filter(None, (home.name, home.key))))


def _titled_by(text: Text, title: str, code: str) -> bool:
    """Does the title begin with the place of ``code`` (full or short name)?"""
    head = re.sub(r"^关于", "", title)
    return code in home_codes(text.lexicon, head) and len(home_codes(text.lexicon, head)) > 0 and (
        head[:1] not in "《“")


def _title_technologies(text: Text, chosen: list[Candidate], title: str) -> list[int]:
    """The technologies a title names as its own: not one inside a longer one (人工智能 of
    人工智能生成内容), nor one that qualifies the next (人工智能 + 大模型), nor an industry."""
    spans = [(start, end, concept) for start, end, name in text.lexicon.match(title)
             if (concept := text.lexicon.concept_by_label(name)) is not None]
    keys = {concept.iri for start, end, concept in spans if not concept.field and not any(
        (a <= start and end <= b and b - a > end - start) or a == end for a, b, _ in spans)}
    first: dict[str, int] = {}
    for j, candidate in enumerate(chosen):
        if candidate.kind is Kind.TECHNOLOGY and candidate.key in keys:
            first.setdefault(candidate.key, j)
    return sorted(first.values())


def _compact(title: str) -> str:
    return re.sub(r"[\s《》“”\"()（）—\-]", "", title)
