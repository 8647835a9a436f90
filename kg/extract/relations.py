"""Relations: what a sentence states between two mentions, from its trigger words.

- issuedBy: 甲印发/发布/出台《乙》; appliesTo: a place that 制定/出台 a policy;
- supports: a policy, then 提出/支持/聚焦… and technologies; a government
  body 围绕/聚焦 technologies; focusesOn: an organisation 围绕/聚焦/专注
  technologies, or 甲、乙等区块链企业;
- develops: 甲的乙、丙的丁等…产品 and 甲“乙”、丙“丁”等…平台, and 甲研发/推出乙;
- memberOf: 甲是乙的会员/成员, 甲加入乙; collaboratesWith: 甲与乙…合作, 甲联合乙;
- locatedIn: 甲位于/落户/坐落于乙.
Only mentions of one sentence are related, and each relation keeps its trigger.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extract.text import Candidate, Text
from kg.model import ORGANIZATIONS, Kind, Relation

_ISSUE = re.compile(r"(印发|发布|出台|颁布|公布|制定|制订|编制|推出)了?")
_APPLY = re.compile(r"(制定|出台|制订|印发|发布|编制)")
_SUPPORT = re.compile(r"(提出|明确|支持|鼓励|重点|聚焦|布局|发展|列为|培育|探索|推动|围绕|把|将)")
_FOCUS = re.compile(r"(围绕|聚焦|专注于?|深耕|致力于|面向|瞄准)")
_DEVELOP = re.compile(r"(研发|推出|打造|发布|开发|研制)了?")
_MEMBER = re.compile(r"(加入|成为|是|为|作为)")
_MEMBER_TAIL = re.compile(r"(会员|成员)(单位)?")
_COLLABORATE = re.compile(r"(合作|联合|共建|携手|签约|签署)")
_LOCATE = re.compile(r"(位于|落户|坐落于|总部位于|入驻|落地)")
_WINDOW = 60
_IMPLEMENTED = re.compile(r"(根据|按照|依据|落实|贯彻|对照|参照)$")
_OBJECT_MARK = re.compile(r"(与|同|和|跟|向|对|联合|携手)$")


def find_relations(text: Text, chosen: list[Candidate]) -> list[Relation]:
    by_sentence: dict[int, list[int]] = {}
    for index, candidate in enumerate(chosen):
        by_sentence.setdefault(text.doc.sentence_at(candidate.start), []).append(index)
    found: list[Relation] = []
    for sentence, indexes in by_sentence.items():
        found.extend(_sentence(text, chosen, sentence, indexes))
    unique = {(r.subject, r.predicate, r.object): r for r in found if r.subject != r.object}
    return list(unique.values())


def _sentence(text: Text, chosen: list[Candidate], sentence: int, indexes: list[int]) -> Iterator[Relation]:
    for rule in (_issued, _applies, _policy_supports, _org_focus, _list_focus, _develops,
                 _members, _collaborations, _locations):
        yield from rule(text, chosen, sentence, indexes)


def _between(text: Text, a: Candidate, b: Candidate) -> str:
    return text.norm[a.end:b.start] if a.end <= b.start else ""


def _issued(text, chosen, sentence, indexes):  # noqa: ANN001, ANN202
    for i in indexes:
        if chosen[i].kind not in ORGANIZATIONS:
            continue
        for j in indexes:
            gap = _between(text, chosen[i], chosen[j])
            if chosen[j].kind is Kind.POLICY and gap and len(gap) <= 12 and _ISSUE.search(gap) and (
                    not re.search(r"[,;:。]", gap)):
                yield Relation(j, "issuedBy", i, sentence, _ISSUE.search(gap).group(1))


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
        if chosen[i].kind is not Kind.POLICY or _IMPLEMENTED.search(
                text.norm[max(0, chosen[i].start - 5):chosen[i].start].rstrip("《“\"")):
            continue  # 根据/落实 a policy: the sentence is about its implementer
        for j in _technologies_after(text, chosen, indexes, i, stop_kind=Kind.POLICY):
            gap = _between(text, chosen[i], chosen[j])
            trigger = _SUPPORT.search(gap)
            first = re.split(r"[,;:]", gap)
            if trigger and (len(first) <= 2 or _listed(text, chosen, indexes, j)):
                yield Relation(i, "supports", j, sentence, trigger.group(1))


def _listed(text: Text, chosen: list[Candidate], indexes: list[int], j: int) -> bool:
    """Is technology ``j`` a later item of a list that began within reach?"""
    previous = [k for k in indexes if k < j and chosen[k].kind is Kind.TECHNOLOGY]
    return bool(previous) and re.fullmatch(r"[、和及与]", text.norm[chosen[previous[-1]].end:chosen[j].start]) is not None


def _technologies_after(text: Text, chosen: list[Candidate], indexes: list[int], i: int,
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
        if chosen[j].start - chosen[i].end <= _WINDOW or (found and re.fullmatch(r"[、和及与]", gap)):
            found.append(j)
            last_end = chosen[j].end
        elif found:
            break
    return found


def _org_focus(text, chosen, sentence, indexes):  # noqa: ANN001, ANN202
    for trigger in _FOCUS.finditer(text.norm, text.doc.sentences[sentence].start,
                                   text.doc.sentences[sentence].end):
        orgs = [i for i in indexes if chosen[i].kind in ORGANIZATIONS and chosen[i].end <= trigger.start()]
        techs = [j for j in indexes if chosen[j].kind is Kind.TECHNOLOGY and chosen[j].start >= trigger.end()]
        if not orgs or not techs:
            continue
        techs = [j for j in techs if chosen[j].start - trigger.end() <= _WINDOW]
        for i in _subjects(text, chosen, orgs, trigger.start()):
            predicate = "supports" if chosen[i].kind is Kind.GOVERNMENT else "focusesOn"
            for j in techs:
                yield Relation(i, predicate, j, sentence, trigger.group(1))


def _subjects(text: Text, chosen: list[Candidate], orgs: list[int], before: int) -> list[int]:
    """The organisations the trigger is about: the last list of them before it, in one clause."""
    group = [orgs[-1]]
    for i in reversed(orgs[:-1]):
        gap = text.norm[chosen[i].end:chosen[group[-1]].start]
        if re.fullmatch(r"[、和及与]", gap):
            group.append(i)
        else:
            break
    if re.search(r"[;。]", text.norm[chosen[group[0]].end:before]):
        return []
    head = chosen[group[-1]].start
    if _OBJECT_MARK.search(text.norm[max(0, head - 2):head]):
        return []  # 与甲、乙开展合作: they are partners, not who acts
    return group


def _list_focus(text, chosen, sentence, indexes):  # noqa: ANN001, ANN202
    """甲、乙等区块链企业: each listed company focuses on the technology."""
    for j in indexes:
        if chosen[j].kind is not Kind.TECHNOLOGY:
            continue
        if not re.match(r"(企业|公司|厂商)", text.norm[chosen[j].end:chosen[j].end + 2]):
            continue
        if not text.norm[:chosen[j].start].endswith("等"):
            continue
        listed = [i for i in indexes if chosen[i].kind in {Kind.COMPANY, Kind.RESEARCH}
                  and chosen[i].end <= chosen[j].start - 1]
        if listed:
            for i in _subjects(text, chosen, listed, chosen[j].start):
                yield Relation(i, "focusesOn", j, sentence, "等…企业")


def _develops(text, chosen, sentence, indexes):  # noqa: ANN001, ANN202
    for i, j in zip(indexes, indexes[1:]):
        a, b = chosen[i], chosen[j]
        if a.kind in ORGANIZATIONS and b.kind is Kind.PRODUCT:
            gap = _between(text, a, b)
            if gap in {"的", "“", ""} or _DEVELOP.fullmatch(gap):
                yield Relation(i, "develops", j, sentence, gap or "“”")
        elif a.kind in ORGANIZATIONS and b.kind in {Kind.TECHNOLOGY, Kind.PRODUCT}:
            gap = _between(text, a, b)
            if _DEVELOP.fullmatch(gap):
                yield Relation(i, "develops", j, sentence, gap)


def _members(text, chosen, sentence, indexes):  # noqa: ANN001, ANN202
    for i in indexes:
        for j in indexes:
            a, b = chosen[i], chosen[j]
            if a.kind not in ORGANIZATIONS or b.kind is not Kind.ASSOCIATION or i == j:
                continue
            gap = _between(text, a, b)
            tail = text.norm[b.end:b.end + 6]
            if gap and len(gap) <= 6 and (gap.startswith("加入") or (
                    _MEMBER.fullmatch(gap) and _MEMBER_TAIL.match(tail.lstrip("的")))):
                yield Relation(i, "memberOf", j, sentence, gap)


def _collaborations(text, chosen, sentence, indexes):  # noqa: ANN001, ANN202
    for i, j in zip(indexes, indexes[1:]):
        a, b = chosen[i], chosen[j]
        if a.kind not in ORGANIZATIONS or b.kind not in ORGANIZATIONS:
            continue
        gap = _between(text, a, b)
        tail = text.norm[b.end:b.end + 20]
        if gap in {"与", "和", "同", "联合", "携手"} and (gap in {"联合", "携手"} or _COLLABORATE.search(
                re.split(r"[,;。]", tail)[0])):
            yield Relation(i, "collaboratesWith", j, sentence, gap)


def _locations(text, chosen, sentence, indexes):  # noqa: ANN001, ANN202
    for i, j in zip(indexes, indexes[1:]):
        a, b = chosen[i], chosen[j]
        if a.kind in {*ORGANIZATIONS, Kind.PLACE} and b.kind is Kind.PLACE:
            gap = _between(text, a, b)
            if _LOCATE.fullmatch(gap.strip("在于")) or _LOCATE.fullmatch(gap):
                yield Relation(i, "locatedIn", j, sentence, gap)
