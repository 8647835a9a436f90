"""Relations: what a sentence states between two mentions, from its trigger words.

- issuedBy: 甲印发/发布/出台《乙》; appliesTo: a place that 制定/出台 a policy;
- supports: a policy, then 提出/支持/聚焦… and technologies; a government
  body 围绕/聚焦 technologies, or whose officer says it will 支持 them; focusesOn: an
  organisation 围绕/聚焦/专注/主攻 technologies, or 甲、乙等区块链企业;
- develops: 甲的乙、丙的丁等…产品 and 甲“乙”、丙“丁”等…平台, and 甲研发/推出乙;
- memberOf: 甲是乙的会员/成员, 甲加入乙, 乙由甲…发起, 乙发起单位包括甲, 甲为/担任(乙)理事长
  单位, where a bare 联盟/协会 opening a clause stands for the association named last (or,
  however far back, the only one the text names);
  collaboratesWith: 甲与乙…合作, 甲联合乙;
- locatedIn: 甲位于/落户/坐落于乙.
Only mentions of one sentence are related, and each relation keeps its trigger.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extract.policy_relations import (
    NOTE,
    POLICY_RULES,
    after_notes,
    between,
    clause_opening,
    listed_from,
    own_policies,
)
from kg.extract.products import BUILD, acts, going_on, list_making, means
from kg.extract.text import Candidate, Text
from kg.model import ORGANIZATIONS, Kind, Relation

# Who makes products: not government bodies (区工信局打造“元宇宙+文旅”品牌 builds no product).
_MAKERS = ORGANIZATIONS - {Kind.GOVERNMENT}
_FOCUS = re.compile(r"(围绕|聚焦|专注于?|主攻|深耕|致力于|面向|瞄准)")
_MADE_BY = re.compile(r"(已|已经)?(量产|推出|研制|研发|发布)(了)?“?")
_DEVELOP = re.compile(r"(自主)?(研发|推出|打造|发布|开发|研制|生产|量产)(了|的)?")
_MEMBER = re.compile(r"(加入|成为|是|为|作为)")
_MEMBER_TAIL = re.compile(r"(会员|成员)(单位)?")
_COLLABORATE = re.compile(r"(合作|联合|共建|携手|签约|签署)")
_LOCATE = re.compile(r"(秘书处|总部|运营中心)?(位于|落户|坐落于|入驻|落地|设在|设于)")
# 该实验室, and a bare 实验室 opening a clause after the one that named it (共建“甲实验室”,实验室落户乙).
_ANAPHOR = re.compile(r"(?:该|这一|此)(实验室|研究院|中心|企业|公司)|(实验室|研究院)(?![等和与、])")
_ANAPHOR_KINDS = {"实验室": Kind.RESEARCH, "研究院": Kind.RESEARCH, "中心": Kind.RESEARCH,
                  "企业": Kind.COMPANY, "公司": Kind.COMPANY}
# 甲相关负责人在致辞中表示,将支持乙区在丙、丁等方向先行先试: the body speaks its support, for its clause.
_SPOKEN_FOR = re.compile(r"(?:相关|有关)?负责(?:人|同志)[^,;。]{0,10}表示,[^,;。]{0,4}")
_BODY_SUPPORT = re.compile(r"(?:将|继续|重点|大力|积极)*(支持|扶持|列为|纳入)")
_CLAUSE_BREAK = re.compile(r"[;。]")
_CLAUSE_END = re.compile(r"[,;。]")
_NEAR_FOCUS = re.compile(r"(在|布局|开展|从事|发力|运用|采用|利用|基于|依托|(?:重点|主要)研究|主要提供)")
_USES = frozenset({"运用", "采用", "利用", "基于", "依托"})  # 甲运用A、B等技术: 甲's, not a body's support
_LIST_TAIL = re.compile(r"^等?[^,;。]{0,4}?(领域|方向|赛道|技术|产业|应用|方面|环节|研究|研发|攻关)")
# What a list ends in after 重点研究 (its clause's end: 重点研究甲、乙和丙。) and after 主要提供 (甲和乙服务).
_TRIGGER_TAILS = {"研究": re.compile(rf"{_LIST_TAIL.pattern}|^等?(?=[,;。]|$)"),
                  "提供": re.compile(r"^等?[^,;。]{0,4}?(技术|服务|解决方案)")}
_HOSTS = re.compile(r"(吸引|入驻|落户|引进)了?(?:[^,;。、]{0,8}?等|一批)?")
_MEMBERS_ARE = re.compile(r"(首批)?(成员|会员|发起)(单位)?(?:(?:共|达|达到)?\d+家,)?(包括|有|为|涵盖)[:：]?|成员单位")
_FOUNDED_BEFORE = re.compile(r"(\((?:以下)?简称[^)]*\))?等?(?:首批|第一批)?\d*家?(单位|企业|成员|机构)?(共同)?"
                             r"(发起(,?成立|,?组建|,?组成)?|成立|组建|组成)(了|的)?")  # 发起,成立乙联盟
_FOUNDED_BY = re.compile(r"(?:(?:正式)?(?:揭牌)?成立,)?由")  # 乙联盟成立,由甲、丙等33家单位共同发起
_LEAD = re.compile(r"(?:牵头|领衔)[,、]?(?:联合|会同|携手)?")
_BY_FOUNDERS = re.compile(r"由(?:[^,;。]{1,40}?(?:牵头|领衔),)?$")
_FOUNDING = re.compile(r"[^,;。]{0,20}?(?:共同|联合)?(?:发起|组建|组成|共建|建设)")
_FOUNDED = re.compile(r"^(等)?(首批|第一批)?(\d+家)?(?:(?:单位|企业|会员|成员|机构|高校|院校|科研院所|院所|(?:科研|研究)机构)[、和及与]?){0,4}"
                      r"(?:于\d{4}年(?:\d{1,2}月)?)?(共同)?(发起|组成|成立|组建)")  # …等单位于2024年发起成立
_WINDOW = 60
# 甲、乙等单位为/担任(联盟)副理事长单位, 甲任理事长单位, 组织甲、乙等成员单位: the role makes each a member.
_ROLE = re.compile(r"(?:(?:等(?:\d+家)?(?:单位|企业|机构|高校)?)?(?:分别|共同|均|同时)?(?:担任|成为|为|任|当选为?|作为)"
                   r"(?:该|本)?(?:联盟|协会|学会|商会|联席会)?的?(?:首批|首届|第一届)?(?:常务)?(?:副)?"
                   r"(?:(?:理事长|理事|会长|秘书长|监事长|监事|成员|会员|发起)单位|成员|会员)"
                   r"|等(?:\d+家)?(?:联盟|协会)?(?:成员|会员)单位)")
# A bare word that points back to the association named last: 联盟由甲、乙共同发起.
_ASSOCIATION_WORD = re.compile(r"(?:该|本|这一|此)?(?:联盟|协会|学会|商会|联席会|联合体)")
_ANTECEDENT_SENTENCES = 4
_JOINED = re.compile(r"(?P<list>(?:等(?:首批)?\d*家?(?:单位|企业|机构|高校)?)?(?:已|均|先后|陆续|相继)?)加入了?")
# The titles of a person who speaks for an organisation (甲教授乙, 甲相关负责人).
_TITLES = (r"副?教授|(?:副|特聘)?研究员|专家|院士|博士|首席科学家|副?院长|副?所长|副?主任|副?校长|"
           r"(?:副|常务副)?总经理|董事长|副?总裁|总工程师|负责人")
_PERSON_AFTER = re.compile(rf"(主要|相关)?(负责同志|局长|处长|书记|领导|同志|代表|委员|{_TITLES})")
# 在区委、区政府的坚强领导下 / 在区科委指导下: the bodies named guide; someone else acts.
_GUIDED = re.compile(r"(?:[、和与及][^,;。]{2,12}?)*的?(?:坚强|正确|大力|悉心)?(?:领导|指导|支持|关心|帮助|推动|统筹)下")
_PARTS = re.compile(r"(?:所辖|下辖|下设|设有|辖)(?:的)?|\((?:含|包括)")
_SET_UP = re.compile(r"(?:建设|打造|布局|设立|建立|成立|落地|组建)(?:了)?")
_CO_SET_UP = re.compile(r"(?:共同|联合)(?:建设|设立|建立|成立|组建)(?:了)?“?")  # 在乙共同组建“甲实验室”
_OBJECT_MARK = re.compile(r"(与|同|和|跟|向|对|联合|携手)$")
# 与入驻丙的乙, 与总部位于丙的乙: a partner named with where it is.
_SITING = ("入驻", "位于", "落户", "坐落于")
_SITED = rf"(?:总部)?(?:{'|'.join(_SITING)})[^,;。、与和]{{1,20}}?的"
_PARTNER_SITED = re.compile(rf"与{_SITED}")
_PARTNER = re.compile(rf"与(?:{_SITED})?")  # 与乙, 与入驻丙的乙
# 甲与乙合作开发面向…的丙: a making done together.
_CO_DEVELOP = re.compile(r"(?:合作|联合|共同|携手)(?:研发|开发|研制|打造|推出)(?:了|出)?")
_MAKING_BEFORE = re.compile(r"(?:研发|开发|研制|打造|推出|建设|搭建|构建)$")
_CLAUSES_BACK = 3
_MADE_FOR = re.compile(r"(?:(?:面向|基于|服务)[^,;。]{0,20}?的)?")


def find_relations(text: Text, chosen: list[Candidate], home: int = -1,
                   codes: frozenset[str] = frozenset()) -> list[Relation]:
    by_sentence: dict[int, list[int]] = {}
    for index, candidate in enumerate(chosen):
        by_sentence.setdefault(text.doc.sentence_at(candidate.start), []).append(index)
    found: list[Relation] = list(own_policies(text, chosen, home, set(codes)))
    for sentence, indexes in by_sentence.items():
        found.extend(_sentence(text, chosen, sentence, indexes))
    unique = {(r.subject, r.predicate, r.object): r for r in found if r.subject != r.object}
    return list(unique.values())


def _sentence(text: Text, chosen: list[Candidate], sentence: int, indexes: list[int]) -> Iterator[Relation]:
    for rule in (*POLICY_RULES, _org_focus, _body_supports, _near_focus, _continued_focus, _speaker_focus, _gloss_focus, _list_focus, _fronted_focus, _develops, _co_develops, _builds, _members,
                 _founders, _founders_before, _roles, _listed_members, _hosted, _parts, _collaborations, _partner_clause, _locations, _referred_located, _projects_located,
                 _located_before, _built_then_settled):
        yield from rule(text, chosen, sentence, indexes)



def _org_focus(text, chosen, sentence, indexes):  # noqa: ANN001, ANN202
    for trigger in _FOCUS.finditer(text.norm, text.doc.sentences[sentence].start,
                                   text.doc.sentences[sentence].end):
        orgs = [i for i in indexes if chosen[i].kind in ORGANIZATIONS and chosen[i].end <= trigger.start()]
        techs = [j for j in indexes if chosen[j].kind is Kind.TECHNOLOGY and chosen[j].start >= trigger.end()]
        if not techs or (trigger.group(1) == "面向" and _MAKING_BEFORE.search(text.norm, max(0, trigger.start() - 2), trigger.start())):
            continue  # 合作开发面向装备制造行业的工业大模型: what is made, not a focus
        clause = _CLAUSE_END.search(text.norm, trigger.end())
        high = min(trigger.end() + _WINDOW, clause.start() if clause else len(text.norm))
        techs = [j for j in techs if chosen[j].end <= high  # 面向中小企业…,降低…大模型…: not the focus
                 and "“" not in text.norm[trigger.end():chosen[j].start]]  # nor a title's words: 围绕“…”作演讲
        referred = _referred(text, chosen, sentence, orgs, trigger.start())
        if referred is not None:
            yield from (Relation(referred, "focusesOn", j, sentence, trigger.group(1)) for j in techs)
            continue
        if not orgs:
            continue
        opening = clause_opening(text, text.doc.sentences[sentence].start, trigger.start())
        if opening > chosen[orgs[-1]].end and _own_subject(text, opening, trigger.start()):
            continue  # 甲专注…,乙深耕…,丙主攻…: 丙's focus, though no rule knew 丙
        policies = [k for k in indexes if chosen[k].kind is Kind.POLICY and chosen[k].end <= trigger.start()]
        for i in _subjects(text, chosen, orgs, trigger.start()):
            if chosen[i].kind is Kind.GOVERNMENT and trigger.group(1) in {"面向", "瞄准"}:
                continue  # 由市发展改革委牵头,面向智能制造…发布场景清单: whom it serves, not what it supports
            if chosen[i].kind is Kind.GOVERNMENT and any(chosen[k].start > chosen[i].end for k in policies):
                continue  # 区政府印发了《乙》,明确聚焦…: the plan's focus, which the plan's rules find
            predicate = "supports" if chosen[i].kind is Kind.GOVERNMENT else "focusesOn"
            for j in techs:
                yield Relation(i, predicate, j, sentence, trigger.group(1))


def _own_subject(text: Text, start: int, end: int) -> bool:
    """Does a name of its own open the clause (听澜文化 + 主攻), not a time or a connective
    (2024年, 同时, 并)?"""
    token = text.doc.tokens[text.token_at(start)]
    return 2 <= end - start <= 8 and text.name_start(end, limit=8) == start and (
        token.pos[:1] not in {"t", "d", "r", "c", "p", "m", "f"})


def _referred(text: Text, chosen: list[Candidate], sentence: int, orgs: list[int], before: int) -> int | None:
    """该实验室/该企业 opening the trigger's clause, or the clause before it (实验室落户乙,重点开展…),
    with no organisation after it: the organisation of that kind named last, at most two
    sentences before."""
    begin = text.doc.sentences[sentence].start
    for _ in range(2):
        opening = clause_opening(text, begin, before)
        if any(chosen[i].start >= opening for i in orgs):
            return None
        word = _ANAPHOR.match(text.norm, opening)
        if word is not None:
            return _antecedent(text, chosen, word.start(), sentence, _anaphor_kind(word), 2)
        if opening == begin:
            return None
        before = opening - 1
    return None


def _anaphor_kind(word: re.Match[str]) -> Kind:
    """The kind of organisation an _ANAPHOR match points back to (该实验室, 实验室: a lab)."""
    return _ANAPHOR_KINDS[word.group(1) or word.group(2)]


def _body_supports(text, chosen, sentence, indexes):  # noqa: ANN001, ANN202
    """市科技局重点支持甲、乙: a government body supports what it funds;
    区工信局将联合区科技局…; 市科技局将甲、乙等列为重点支持方向."""
    bounds = text.doc.sentences[sentence]
    for trigger in _BODY_SUPPORT.finditer(text.norm, bounds.start, bounds.end):
        bodies = [i for i in indexes if chosen[i].kind is Kind.GOVERNMENT and chosen[i].end <= trigger.start()]
        if not bodies:
            continue
        gap = NOTE.sub("", text.norm[chosen[bodies[-1]].end:trigger.start()])
        listing = trigger.group(1) in {"列为", "纳入"}  # 将甲、乙等列为重点支持方向: the gap holds them
        spoken = _SPOKEN_FOR.fullmatch(gap) is not None
        if not (gap in {"", ","} or spoken or (listing or len(gap) <= 8) and not re.search(r"[,;:。]", gap)):
            continue  # …人民政府审议后发布,重点支持: the body is not who supports
        if re.search(r"(争取|报请|提请|请)$", text.norm[max(0, chosen[bodies[0]].start - 2):chosen[bodies[0]].start]):
            continue  # 争取市工信局支持: the body is asked for support
        subjects = [bodies[-1]] if spoken else _subjects(text, chosen, bodies, trigger.start())
        if not subjects:
            continue
        if listing:
            low, high = chosen[bodies[-1]].end, trigger.start()
        else:
            low, high = trigger.end(), min(bounds.end, trigger.end() + _WINDOW)
        clause = (_CLAUSE_END if spoken else _CLAUSE_BREAK).search(text.norm, low, high)
        high = clause.start() if clause else high
        techs = [j for j in indexes if chosen[j].kind is Kind.TECHNOLOGY and low <= chosen[j].start
                 and chosen[j].end <= high]
        for i in subjects:
            for j in techs:
                yield Relation(i, "supports", j, sentence, trigger.group(1))


def _founded(text: Text, chosen: list[Candidate], by: int) -> int | None:
    """The association named, or pointed back to, right before the 由 of its founders."""
    named = [i for i, c in enumerate(chosen) if c.kind in {Kind.ASSOCIATION, Kind.RESEARCH} and c.end == by]
    if named:
        return named[0]
    word = _ASSOCIATION_WORD.search(text.norm, max(0, by - 5), by)
    if word is None or word.end() != by:
        return None
    return _antecedent(text, chosen, word.start(), text.doc.sentence_at(by))


_ISSUED_THE = re.compile(r"(?:印发|发布|出台|制定|颁布)的")


def _subjects(text: Text, chosen: list[Candidate], orgs: list[int], before: int) -> list[int]:
    """The organisations the trigger is about: the last list of them before it, in one clause,
    not those of an adverbial 在甲、乙的领导下 (the subject is before 在)."""
    orgs = [i for i in orgs if not _GUIDED.match(text.norm, after_notes(text, chosen[i].end))
            and not _ISSUED_THE.match(text.norm, chosen[i].end)]  # 实施市政府印发的《…》: who wrote the plan
    if not orgs:
        return []
    group = [orgs[-1]]
    for i in reversed(orgs[:-1]):
        gap = NOTE.sub("", text.norm[chosen[i].end:chosen[group[-1]].start])
        if re.fullmatch(r"[、和及与]|将?(?:联合|会同)", gap) or _PARTNER_SITED.fullmatch(gap):
            group.append(i)
        else:
            break
    if re.search(r"[;。]", text.norm[chosen[group[0]].end:before]):
        return []
    head = chosen[group[-1]].start
    by = _BY_FOUNDERS.search(text.norm, max(0, head - 45), head)
    if by and _FOUNDING.match(text.norm, chosen[group[0]].end):  # 联合体由甲牵头,乙、丙共同组建,将围绕…
        founded = _founded(text, chosen, by.start())
        return [founded] if founded is not None else []
    if _OBJECT_MARK.search(text.norm[max(0, head - 2):head]):
        return []  # 与甲、乙开展合作: they are partners, not who acts
    if _PERSON_AFTER.match(text.norm, after_notes(text, chosen[group[0]].end)):
        return []  # 甲主要负责同志表示: a person of the organisation speaks, about something else
    return group


def _near_focus(text, chosen, sentence, indexes):  # noqa: ANN001, ANN202
    """甲、乙在/布局/开展 丙、丁等领域: a list of organisations right before the trigger."""
    bounds = text.doc.sentences[sentence]
    for trigger in _NEAR_FOCUS.finditer(text.norm, bounds.start, bounds.end):
        orgs = [i for i in indexes if chosen[i].kind in ORGANIZATIONS and chosen[i].end <= trigger.start()]
        referred = _referred(text, chosen, sentence, orgs, trigger.start())
        tail = _TRIGGER_TAILS.get(trigger.group(1)[-2:], _LIST_TAIL)
        if referred is not None:  # 该实验室重点开展甲、乙等技术攻关
            techs = _listed_run(text, chosen, [j for j in indexes if chosen[j].kind is Kind.TECHNOLOGY
                                               and chosen[j].start >= trigger.end()], trigger.end(), tail)
            yield from (Relation(referred, "focusesOn", j, sentence, trigger.group(1)) for j in techs)
            continue
        if not orgs:
            continue
        gap = NOTE.sub("", text.norm[chosen[orgs[-1]].end:trigger.start()])
        if (len(gap) > 8 and not _LIST_KIND.fullmatch(gap)) or re.search(r"[,;:。、()“”]", gap):
            continue
        techs = [j for j in indexes if chosen[j].kind is Kind.TECHNOLOGY and chosen[j].start >= trigger.end()]
        techs = _listed_run(text, chosen, techs, trigger.end(), tail)
        if trigger.group(1) in _USES and techs and (chosen[techs[0]].start != trigger.end() or any(
                t.pos[:1] == "v" for t in text.tokens_in(chosen[orgs[-1]].end, trigger.start()))):
            continue  # 基于昇腾芯片; 发布了基于5G的场景: not a field the organisation works in
        for i in _subjects(text, chosen, orgs, trigger.start()):
            if chosen[i].kind is Kind.GOVERNMENT and trigger.group(1) in _USES:
                continue  # 区科技局将依托人工智能技术提升服务: a means, not a support
            predicate = "supports" if chosen[i].kind is Kind.GOVERNMENT else "focusesOn"
            for j in techs:
                yield Relation(i, predicate, j, sentence, trigger.group(1))


# 甲、乙等一批专精特新企业 + 在: what kind of organisations the list closes with.
_LIST_KIND = re.compile(r"等(?:\d+家|一批|多家)?[^,;。、]{0,8}?(?:企业|高校院所|高校|院所|单位|机构)")
_LAST_ITEM = re.compile(r"、[^,;。、等]{1,10}(?=等)")
# An item that is no known technology, after the last one that is: 光波导、折叠光路和光学仿真研究.
_UNKNOWN_ITEM = re.compile(r"[、和及与][^,;。、和及与等()“”]{1,10}?"
                           r"(?=[、和及与等]|(?:研究|研发|攻关|技术)(?:[,;。]|$)|领域|方向)")
_ITEM_KIND = re.compile(r"(?:终端|设备|产品|模组|芯片|装备|器件|面板|硬件|内容)?")


def _listed_run(text: Text, chosen: list[Candidate], techs: list[int], start: int,
                tail: re.Pattern[str] = _LIST_TAIL, lead: int = 6) -> list[int]:
    """The technologies of the list that starts right after ``start`` and ends in 等…领域
    (an item that is no known technology may stand between two that are)."""
    run: list[int] = []
    at = start
    for j in techs:
        gap = text.norm[at:chosen[j].start]
        if (run and not re.fullmatch(r"[、和及与]|、[^,;。、]{1,10}[、和及与]", gap)) or (not run and (
                len(gap) > lead or "“" in gap)):  # not the words of a title: 围绕“情感计算让数字人更懂人”
            break
        run.append(j)
        kind = _ITEM_KIND.match(text.norm, chosen[j].end)  # 虚拟数字人、XR终端和工业元宇宙领域
        at = kind.end() if kind else chosen[j].end
    if not run:
        return []
    for _ in range(3):  # …、折叠光路和光学仿真研究: items no taxonomy knows close the list
        unknown = None if tail.match(text.norm[at:]) else _UNKNOWN_ITEM.match(text.norm, at)
        if unknown is None:
            break
        at = unknown.end()
    last = _LAST_ITEM.match(text.norm, at)  # 电子皮肤、六维力传感器等方向
    at = last.end() if last else at
    broader = [j for j in techs if chosen[j].start == at + 1 and text.norm[at] == "等"]
    if broader:  # 硅基OLED、光波导等近眼显示器件研发: the field the items belong to, too
        kind = _ITEM_KIND.match(text.norm, chosen[broader[0]].end)
        if tail.match(text.norm[kind.end() if kind else chosen[broader[0]].end:]):
            return [*run, broader[0]]
    return run if tail.match(text.norm[at:]) else []


# ,重点攻关甲、乙等技术 after a clause whose subject is an organisation: its focus.
_CONTINUES = re.compile(r",((?:重点|主要|着力|将|并|同时|还|联合|共同)*"
                        r"(?:攻关|开展|围绕|聚焦|突破|专注于?|致力于|深耕|运用|采用|利用|依托|基于))")
_UNIT_END = re.compile(r"(?:实验室|研究院|研究所|中心|工作站)$")
_BUILT_JUST = re.compile(r"(?:共建|建设|组建|成立|设立|建立|打造)(?:了|的)?$")


def _just_built(norm: str, start: int) -> bool:
    """Does a verb of building (共建, 成立的) stand right before ``start``?"""
    return _BUILT_JUST.search(norm, max(0, start - 3), start) is not None


# 甲推出了…,并与乙签署协议,围绕…开展联合研发: 甲 and its partner 乙.
_WITH_PARTNER = re.compile(r"(?:并|同时|还|也)?(?:与|同)")


def _with_partner(text: Text, chosen: list[Candidate], indexes: list[int], partners: list[int],
                  opening: int) -> list[int]:
    """The subject of the clauses before ``opening`` and the partners its clause names after 与."""
    before = [i for i in indexes if chosen[i].kind in ORGANIZATIONS and chosen[i].end <= opening]
    if not before or re.search(r"[;。]", text.norm[chosen[before[0]].end:opening]):
        return []
    first = _subjects(text, chosen, before[:1], chosen[before[0]].end)
    return [*first, *partners] if first and chosen[first[0]].kind is not Kind.GOVERNMENT else []


def _continued_focus(text, chosen, sentence, indexes):  # noqa: ANN001, ANN202
    """支持甲联合乙、丙研发…大模型,重点攻关A、B等技术: 甲, 乙 and 丙 focus on A and B;
    支持甲与乙共建丙实验室,重点开展A研究: the laboratory 丙 does."""
    bounds = text.doc.sentences[sentence]
    norm = text.norm
    for verb in _CONTINUES.finditer(norm, bounds.start, bounds.end):
        comma = verb.start()
        opening = max(norm.rfind(mark, bounds.start, comma) for mark in ",;:")
        orgs = [i for i in indexes if chosen[i].kind in ORGANIZATIONS and opening < chosen[i].start
                and chosen[i].end <= comma]
        if not orgs:
            continue
        techs, at = [], verb.end()
        for j in (j for j in indexes if chosen[j].kind is Kind.TECHNOLOGY and chosen[j].start >= verb.end()):
            gap = norm[at:chosen[j].start]
            if (techs and not re.fullmatch(r"[、和及与]", gap)) or (not techs and (len(gap) > 6 or re.search(r"[,;。“]", gap))):
                break
            techs.append(j)
            at = chosen[j].end
        last = orgs[-1]
        if _UNIT_END.search(norm, max(0, comma - 3), comma) and chosen[last].end != comma:
            continue  # 共建…联合实验室, a unit this extractor did not name: its focus, not 甲's
        built = _just_built(norm, chosen[last].start)
        subjects = [last] if built and chosen[last].kind is Kind.RESEARCH else (
            [] if built else _subjects(text, chosen, orgs, comma))
        partnered = not subjects and not built and _WITH_PARTNER.match(norm, opening + 1) is not None
        if partnered:
            subjects = _with_partner(text, chosen, indexes, orgs, opening)
        elif subjects and means(norm, chosen[subjects[-1]].start):
            continue  # 实验室依托甲在…的积累,重点开展…: 甲 is a means
        uses = any(verb.group(1).endswith(word) for word in _USES)
        if uses and techs and chosen[techs[0]].start != verb.end():
            continue  # ,并基于昇腾芯片提供算力: a named product's technology
        for i in subjects:
            if chosen[i].kind is Kind.GOVERNMENT and uses:
                continue
            predicate = "supports" if chosen[i].kind is Kind.GOVERNMENT else "focusesOn"
            yield from (Relation(i, predicate, j, sentence, verb.group(1)) for j in techs)


# 甲教授乙介绍了团队在A、B方向的研究成果: a speaker's organisation works in the fields named.
_SPEAKER = re.compile(rf"(?:相关)?(?:{_TITLES})"
                      r"(?:[\u4e00-\u9fff]{0,3}?|[\u4e00-\u9fff]{2,3}以“[^”]{1,30}”为题作(?:主题)?报告,)"
                      r"(?:(介绍|分享|展示|阐述)了?(?:其|该院|该所|该校|学校|团队|企业|公司|该公司|本院|自身)*"
                      r"(?:团队)?(?:近年来)?(?:在|运用|围绕)|(围绕))")


# What a speaker's list of fields ends in: 等方向的研究进展, 技术开展…的实践, 在Micro-LED显示中的应用.
_SPOKEN_TAIL = re.compile(r"^(?:等?[^,;。]{0,4}?(?:领域|方向|技术|方面|研究)|在|的|开展)")


def _speaker_focus(text, chosen, sentence, indexes):  # noqa: ANN001, ANN202
    """武汉大学教授刘某介绍了团队在实景三维、空间智能方向的最新研究成果."""
    techs = [j for j in indexes if chosen[j].kind is Kind.TECHNOLOGY]
    for i in indexes:
        if chosen[i].kind not in ORGANIZATIONS or chosen[i].kind is Kind.GOVERNMENT:
            continue
        speaker = _SPEAKER.match(text.norm, after_notes(text, chosen[i].end))
        if speaker is None:
            continue
        run = _listed_run(text, chosen, [j for j in techs if chosen[j].start >= speaker.end()], speaker.end(),
                          _SPOKEN_TAIL, lead=0)
        yield from (Relation(i, "focusesOn", j, sentence, speaker.group(1) or speaker.group(2)) for j in run)


def _gloss_focus(text, chosen, sentence, indexes):  # noqa: ANN001, ANN202
    """森思泰克(毫米波雷达)、伯特利(线控制动): a company glossed with its field."""
    starts = {chosen[j].start: j for j in indexes if chosen[j].kind is Kind.TECHNOLOGY}
    for i in indexes:
        if chosen[i].kind not in {Kind.COMPANY, Kind.RESEARCH} or not text.norm.startswith("(", chosen[i].end):
            continue
        j = starts.get(chosen[i].end + 1)
        if j is not None and text.norm.startswith(")", chosen[j].end):
            yield Relation(i, "focusesOn", j, sentence, "()")


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


# 聚焦A、B等关键技术,支持甲、乙…组建创新联合体: the fields come first, the organisations that
# work on them in the next clause, with a verb of research.
_FRONTED = re.compile(r"(?:重点|着力|主要)?(?:聚焦|围绕|瞄准)")
_FRONTED_ORGS = re.compile(r",(?:支持|鼓励|引导|推动|组织)")
_RESEARCH_VERB = re.compile(r"攻关|创新联合体|联合研发|技术研究")


def _fronted_focus(text, chosen, sentence, indexes):  # noqa: ANN001, ANN202
    bounds = text.doc.sentences[sentence]
    norm = text.norm
    for trigger in _FRONTED.finditer(norm, bounds.start, bounds.end):
        if trigger.start() > bounds.start and norm[trigger.start() - 1] not in "。;:":
            continue  # the sentence's or clause's first words: nobody named before does it
        techs = _listed_run(text, chosen, [j for j in indexes if chosen[j].kind is Kind.TECHNOLOGY
                                           and chosen[j].start >= trigger.end()], trigger.end())
        clause = _CLAUSE_END.search(norm, trigger.end(), bounds.end)
        if not techs or clause is None or chosen[techs[-1]].end > clause.start():
            continue
        orgs_at = _FRONTED_ORGS.match(norm, clause.start())
        end = _CLAUSE_END.search(norm, orgs_at.end(), bounds.end) if orgs_at else None
        if orgs_at is None or end is None or not _RESEARCH_VERB.search(norm, orgs_at.end(), end.start()):
            continue
        orgs = [i for i in indexes if chosen[i].kind in _MAKERS and orgs_at.end() <= chosen[i].start
                and chosen[i].end <= end.start()]
        for i in orgs:
            yield from (Relation(i, "focusesOn", j, sentence, trigger.group()) for j in techs)


# 研制的超导量子计算 + 机: the technology names a kind of device, and the device is what is made.
_DEVICE_AFTER = re.compile(r"[机器仪]|设备|系统|终端|产品|模组")


def _develops(text, chosen, sentence, indexes):  # noqa: ANN001, ANN202
    for i, j in zip(indexes, indexes[1:], strict=False):
        a, b = chosen[i], chosen[j]
        if a.kind in _MAKERS and b.kind is Kind.PRODUCT:
            gap = between(text, a, b)
            if gap in {"的", "“", ""} or _DEVELOP.fullmatch(gap) or _MADE_BY.fullmatch(gap):
                yield Relation(i, "develops", j, sentence, gap or "“”")
        elif a.kind in _MAKERS and b.kind in {Kind.TECHNOLOGY, Kind.PRODUCT}:
            gap = between(text, a, b)
            if _DEVELOP.fullmatch(gap) and not _DEVICE_AFTER.match(text.norm, b.end):
                yield Relation(i, "develops", j, sentence, gap)


def _co_develops(text, chosen, sentence, indexes):  # noqa: ANN001, ANN202
    """甲与乙合作开发面向…的丙, 甲联合乙共同研发丙: each partner develops what follows the verb."""
    bounds = text.doc.sentences[sentence]
    for verb in _CO_DEVELOP.finditer(text.norm, bounds.start, bounds.end):
        makers = [i for i in indexes if chosen[i].kind in _MAKERS and chosen[i].end <= verb.start()
                  and not _just_built(text.norm, chosen[i].start)]  # 共建丙实验室,共同打造: not 丙
        if not makers or len(NOTE.sub("", text.norm[chosen[makers[-1]].end:verb.start()])) > 4:
            continue
        lead = _MADE_FOR.match(text.norm, verb.end()).end()
        made = [j for j in indexes if chosen[j].start == lead
                and chosen[j].kind in {Kind.PRODUCT, Kind.TECHNOLOGY}]
        subjects = _subjects(text, chosen, makers, verb.start())
        if not subjects and (partner := _partner_of(text, chosen, sentence, indexes, makers[-1])) is not None:
            # 甲专注…,与乙合作开发了丙: 甲 and 乙
            subjects = [partner, makers[-1]]
            yield Relation(partner, "collaboratesWith", makers[-1], sentence, verb.group())
        for i in subjects:
            yield from (Relation(i, "develops", j, sentence, verb.group()) for j in made)


def _partner_of(text: Text, chosen: list[Candidate], sentence: int, indexes: list[int], j: int) -> int | None:
    """Who works with the partner ``j`` after 与: the organisation right before 与, or the
    sentence's opening organisation when 与 opens a clause (甲专注…,与乙合作开发…)."""
    norm, bounds = text.norm, text.doc.sentences[sentence]
    mark = norm.rfind("与", bounds.start, chosen[j].start)
    if mark < 0 or not _PARTNER.fullmatch(norm, mark, chosen[j].start):
        return None
    orgs = [i for i in indexes if chosen[i].kind in ORGANIZATIONS and chosen[i].end <= mark]
    if orgs and after_notes(text, chosen[orgs[-1]].end) == mark:
        return orgs[-1]
    comma = norm.rfind(",", bounds.start, mark)
    if not orgs or comma < chosen[orgs[0]].end or not _PARTNER_OPENING.fullmatch(norm, comma + 1, mark + 1) or (
            _SENTENCE_OPENING.fullmatch(norm, bounds.start, chosen[orgs[0]].start) is None) or (
            ";" in norm[chosen[orgs[0]].end:comma]):
        return None
    return orgs[0]


def _builds(text, chosen, sentence, indexes):  # noqa: ANN001, ANN202
    """甲将搭建乙平台, 支持甲运用…技术建设乙: the organisation before the verb of making
    in the product's clause develops it."""
    for j in indexes:
        if chosen[j].kind is not Kind.PRODUCT:
            continue
        begin = text.doc.sentences[sentence].start
        opening = max(text.norm.rfind(mark, begin, chosen[j].start) for mark in ",;:。")
        verb = going_on(text.norm, opening) if opening >= 0 and (
            text.norm[opening] == "," or text.norm.startswith(";其", opening)) else None
        makers_in = [i for i in indexes if chosen[i].kind in _MAKERS and chosen[i].end <= chosen[j].start]
        for _ in range(_CLAUSES_BACK if verb else 0):  # 甲…,在…建设…基地,主要生产乙: back to 甲's clause
            opening = max(text.norm.rfind(mark, begin, opening) for mark in ",;:。")
            if opening < 0 or text.norm[opening] != "," or any(opening < chosen[i].start for i in makers_in):
                break
        orgs = [i for i in makers_in if opening < chosen[i].start]
        if verb is not None:  # 甲与乙共建丙实验室,共同打造丁: 甲 and 乙 make it
            orgs = [i for i in orgs if not _just_built(text.norm, chosen[i].start)] or orgs
        if not orgs:
            continue
        maker = orgs[-1]
        if verb is None:
            verb = BUILD.search(text.norm, chosen[maker].end, chosen[j].start)
            if not verb or verb.start() - chosen[maker].end > 20:
                continue
        if _PERSON_AFTER.match(text.norm, chosen[maker].end):
            continue
        joined = _subjects(text, chosen, orgs, verb.start())  # 甲联合乙建设的丙, 甲与乙建设丙: both make it
        if list_making(text.norm, chosen[maker]):  # 支持甲、乙等企业打造丙, not 依托甲、乙等企业
            makers = joined if maker in joined and not means(text.norm, chosen[joined[-1]].start) else []
        elif maker in joined and acts(text.norm, chosen[joined[-1]]) and not text.norm.startswith(
                ("等", "、"), chosen[maker].end):
            makers = joined
        else:
            makers = [maker] if acts(text.norm, chosen[maker]) else []
        yield from (Relation(i, "develops", j, sentence, verb.group()) for i in makers)


def _members(text, chosen, sentence, indexes):  # noqa: ANN001, ANN202
    for i in indexes:
        for j in indexes:
            a, b = chosen[i], chosen[j]
            if a.kind not in ORGANIZATIONS or b.kind is not Kind.ASSOCIATION or i == j:
                continue
            gap = between(text, a, b)
            tail = text.norm[b.end:b.end + 6]
            if gap and len(gap) <= 6 and (gap.startswith("加入") or (
                    _MEMBER.fullmatch(gap) and _MEMBER_TAIL.match(tail.lstrip("的")))):
                yield Relation(i, "memberOf", j, sentence, gap)


def _associations(text: Text, chosen: list[Candidate], sentence: int,
                  indexes: list[int]) -> Iterator[tuple[int, int]]:
    """(end, association) for each association named in the sentence, and for each bare
    联盟/该协会 that opens one of its clauses and points back to the association named last."""
    for j in indexes:
        if chosen[j].kind is Kind.ASSOCIATION:
            yield chosen[j].end, j
    bounds = text.doc.sentences[sentence]
    for word in _ASSOCIATION_WORD.finditer(text.norm, bounds.start, bounds.end):
        opens = word.start() == bounds.start or text.norm[word.start() - 1] in ",;:。 \n"
        inside = any(chosen[i].start <= word.start() < chosen[i].end for i in indexes)
        if opens and not inside:
            antecedent = _antecedent(text, chosen, word.start(), sentence)
            if antecedent is None:
                antecedent = _only_association(chosen, word.start())
            if antecedent is not None:
                yield word.end(), antecedent


def _only_association(chosen: list[Candidate], position: int) -> int | None:
    """The association named before ``position``, however far back, where the text names one only
    (a paragraph that opens 联盟发起单位包括…)."""
    named = [i for i, c in enumerate(chosen) if c.kind is Kind.ASSOCIATION and c.end <= position]
    return named[-1] if named and len({chosen[i].key or chosen[i].name for i in named}) == 1 else None


def _antecedent(text: Text, chosen: list[Candidate], position: int, sentence: int,
                kind: Kind = Kind.ASSOCIATION, sentences: int = _ANTECEDENT_SENTENCES) -> int | None:
    """The organisation of ``kind`` named last before ``position``, at most ``sentences`` back."""
    for index in range(len(chosen) - 1, -1, -1):
        candidate = chosen[index]
        if candidate.end > position or candidate.kind is not kind:
            continue
        if sentence - text.doc.sentence_at(candidate.start) <= sentences:
            return index
        return None
    return None


def _roles(text, chosen, sentence, indexes):  # noqa: ANN001, ANN202
    """甲、乙等单位为(联盟)副理事长单位 and 甲担任联盟理事长单位: members of the association
    the sentence names or points back to before the role."""
    bounds = text.doc.sentences[sentence]
    for role in _ROLE.finditer(text.norm, bounds.start, bounds.end):
        orgs = [i for i in indexes if chosen[i].kind in ORGANIZATIONS - {Kind.ASSOCIATION}
                and chosen[i].end <= role.start()]
        if not orgs or chosen[orgs[-1]].end != role.start():
            continue
        named = [j for end, j in _associations(text, chosen, sentence, indexes) if end <= role.end()]
        association = named[-1] if named else _antecedent(text, chosen, role.start(), sentence)
        if association is None:
            continue
        for i in _subjects(text, chosen, orgs, role.start()):
            yield Relation(i, "memberOf", association, sentence, role.group())


def _founders(text, chosen, sentence, indexes):  # noqa: ANN001, ANN202
    """乙联盟由甲、丙等N家单位共同发起, and 由甲、丙等单位共同发起成立了乙联盟: each founder is a member."""
    for end, j in _associations(text, chosen, sentence, indexes):
        by = _FOUNDED_BY.match(text.norm, end)
        if by:
            group, at = listed_from(text, chosen, indexes, by.end())
            lead = _LEAD.match(text.norm, at) if group else None
            if lead:  # 由甲牵头,乙、丙…共同组建: the lead and the rest
                rest, at = listed_from(text, chosen, indexes, lead.end())
                group = group + rest if rest else []
            if group and _FOUNDED.match(text.norm[at:]):
                yield from (Relation(i, "memberOf", j, sentence, "由…发起") for i in group)
    for j in indexes:
        if chosen[j].kind is not Kind.ASSOCIATION:
            continue
        opener = text.norm.rfind("由", text.doc.sentences[sentence].start, chosen[j].start)
        if opener >= 0:
            group, at = listed_from(text, chosen, indexes, opener + 1)
            tail = text.norm[at:chosen[j].start]
            if group and _FOUNDED_BEFORE.fullmatch(tail):
                yield from (Relation(i, "memberOf", j, sentence, "由…发起成立") for i in group)


def _founders_before(text, chosen, sentence, indexes):  # noqa: ANN001, ANN202
    """甲、乙等28家单位共同发起成立丙联盟 and 甲、乙等116家单位已加入(丙)联盟: the listed are members."""
    bounds = text.doc.sentences[sentence]
    orgs = [i for i in indexes if chosen[i].kind in ORGANIZATIONS - {Kind.ASSOCIATION}]
    for j in indexes:
        if chosen[j].kind is not Kind.ASSOCIATION:
            continue
        last = [i for i in orgs if chosen[i].end <= chosen[j].start
                and _FOUNDED_BEFORE.fullmatch(NOTE.sub("", text.norm[chosen[i].end:chosen[j].start]))]
        if last:
            yield from (Relation(i, "memberOf", j, sentence, "发起成立")
                        for i in _subjects(text, chosen, orgs[:orgs.index(last[-1]) + 1], chosen[j].start))
    for join in _JOINED.finditer(text.norm, bounds.start, bounds.end):
        named = [j for end, j in _associations(text, chosen, sentence, indexes) if end > join.end()]
        association = named[0] if named and chosen[named[0]].start - join.end() <= 2 else None
        if association is None and _ASSOCIATION_WORD.match(text.norm, join.end()):
            association = _antecedent(text, chosen, join.start(), sentence)
        last = [i for i in orgs if chosen[i].end <= join.start()]
        if association is None or not last or NOTE.sub("", text.norm[chosen[last[-1]].end:join.start()]):
            continue
        yield from (Relation(i, "memberOf", association, sentence, "加入")
                    for i in _subjects(text, chosen, last, join.start()))


def _listed_members(text, chosen, sentence, indexes):  # noqa: ANN001, ANN202
    """乙联盟…成员单位包括甲、丙 and 联盟成员单位甲、丙: each listed organisation is a member."""
    bounds = text.doc.sentences[sentence]
    for end, j in _associations(text, chosen, sentence, indexes):
        for intro in _MEMBERS_ARE.finditer(text.norm, end, bounds.end):
            group, _ = listed_from(text, chosen, indexes, intro.end())
            yield from (Relation(i, "memberOf", j, sentence, intro.group()) for i in group)


def _hosted(text, chosen, sentence, indexes):  # noqa: ANN001, ANN202
    """甲园区…集聚了乙、丙、丁: the listed organisations are in the place."""
    bounds = text.doc.sentences[sentence]
    for j in indexes:
        if chosen[j].kind is not Kind.PLACE:
            continue
        for verb in _HOSTS.finditer(text.norm, chosen[j].end, min(bounds.end, chosen[j].end + 60)):
            if re.search(r"[;。]", text.norm[chosen[j].end:verb.start()]):
                break
            if re.search(r"、|[两三四五六七八九十\d]+(?:个|大)", text.norm[chosen[j].end:verb.start()]):
                break  # 甲、乙、丙三个载体集聚了…: which place hosts whom is not said
            group, _ = listed_from(text, chosen, indexes, verb.end())
            yield from (Relation(i, "locatedIn", j, sentence, verb.group(1)) for i in group)


def _parts(text, chosen, sentence, indexes):  # noqa: ANN001, ANN202
    """综改区所辖甲、乙, 联盟下设甲和乙 and 新区(含甲、乙): each is part of the place or
    organisation before (or the association a bare 联盟 points back to)."""
    bounds = text.doc.sentences[sentence]
    owners = {end: j for end, j in _associations(text, chosen, sentence, indexes)}
    for i in indexes:
        if chosen[i].kind in {*ORGANIZATIONS, Kind.PLACE}:  # 新区(含甲、乙): the bracket is no note
            owners.update({after_notes(text, chosen[i].end): i, chosen[i].end: i})
    for verb in _PARTS.finditer(text.norm, bounds.start, bounds.end):
        owner = owners.get(verb.start())
        if owner is None:
            continue
        kinds = frozenset({Kind.PLACE}) if chosen[owner].kind is Kind.PLACE else ORGANIZATIONS
        parts, _ = listed_from(text, chosen, indexes, verb.end(), kinds)
        yield from (Relation(i, "partOf", owner, sentence, verb.group()) for i in parts)


def _collaborations(text, chosen, sentence, indexes):  # noqa: ANN001, ANN202
    orgs = [i for i in indexes if chosen[i].kind in ORGANIZATIONS]
    for i, j in zip(orgs, orgs[1:], strict=False):
        a, b = chosen[i], chosen[j]
        gap = between(text, a, b)
        gap = "与" if _PARTNER_SITED.fullmatch(gap) else gap  # 甲与入驻丙的乙合作
        tail = text.norm[b.end:b.end + 20]
        if gap in {"与", "和", "同", "联合", "携手"} and (gap in {"联合", "携手"} or _COLLABORATE.search(
                re.split(r"[,;。]", tail)[0])):
            yield Relation(i, "collaboratesWith", j, sentence, gap)


# 甲(…)在…方面具有优势,2023年与乙共建…: a later clause of the sentence 甲 opens, with its partner.
_DATED = r"(?:\d{4}年(?:\d{1,2}月)?(?:份)?,?)?"  # 2023年, 2024年5月份,
_PARTNER_OPENING = re.compile(rf"{_DATED}(?:还|并|同时|也|已|先后)?(?:与|同)")
_SENTENCE_OPENING = re.compile(rf"\s*{_DATED}(?:{_SITED})?")  # 入驻丙的甲…


def _partner_clause(text, chosen, sentence, indexes):  # noqa: ANN001, ANN202
    bounds = text.doc.sentences[sentence]
    norm = text.norm
    orgs = [i for i in indexes if chosen[i].kind in ORGANIZATIONS]
    if not orgs or _SENTENCE_OPENING.fullmatch(norm, bounds.start, chosen[orgs[0]].start) is None:
        return  # the sentence does not open with an organisation
    opener = orgs[0]
    for j in orgs[1:]:
        opening = max(norm.rfind(mark, bounds.start, chosen[j].start) for mark in ",;")
        if opening <= chosen[opener].end or ";" in norm[chosen[opener].end:opening]:
            continue
        if _PARTNER_OPENING.fullmatch(norm, opening + 1, chosen[j].start) is None:
            continue
        if _COLLABORATE.search(re.split(r"[,;。]", norm[chosen[j].end:chosen[j].end + 30])[0]):
            yield Relation(opener, "collaboratesWith", j, sentence, "与")


# 甲、乙等企业已入驻丙; 甲总部及生产基地项目落户丙.
_LISTED_LOCATE = re.compile(r"等(?:\d+家)?(?:企业|单位|机构|高校)?(?:已|均|先后|陆续|相继|将)?")
_PROJECT_LOCATE = re.compile(r"[^,;。、]{0,20}?(?:项目|总部|基地)(?:已|将|正式)?(落户|落地|入驻|位于|坐落于|设在)(?:在|于)?")


_REFERRED_LOCATE = re.compile(rf"(?:{_ANAPHOR.pattern})(?:将|已|正式)?{_LOCATE.pattern}(?:在|于)?")


def _referred_located(text, chosen, sentence, indexes):  # noqa: ANN001, ANN202
    """共建“甲实验室”,实验室落户乙 / 该中心位于乙: the lab named last is in 乙."""
    begin = text.doc.sentences[sentence].start
    for j in (j for j in indexes if chosen[j].kind is Kind.PLACE):
        opening = clause_opening(text, begin, chosen[j].start)
        word = _REFERRED_LOCATE.fullmatch(text.norm, opening, chosen[j].start)
        if word is not None:
            lab = _antecedent(text, chosen, opening, sentence, _anaphor_kind(word), 2)
            if lab is not None:
                yield Relation(lab, "locatedIn", j, sentence, word.group())


def _projects_located(text, chosen, sentence, indexes):  # noqa: ANN001, ANN202
    """甲(以下简称乙)总部及VR一体机生产基地项目落户丙: 甲 is in 丙."""
    for n, i in enumerate(indexes):
        if chosen[i].kind not in {Kind.COMPANY, Kind.RESEARCH}:
            continue
        place = next((j for j in indexes[n + 1:] if chosen[j].kind is Kind.PLACE), None)
        if place is None:
            continue
        gap = between(text, chosen[i], chosen[place])
        project = _PROJECT_LOCATE.fullmatch(gap)
        if project and not any(chosen[k].kind in ORGANIZATIONS for k in indexes[n + 1:]
                               if chosen[k].end <= chosen[place].start):
            yield Relation(i, "locatedIn", place, sentence, project.group(1))


# “甲实验室”于2024年6月落户乙: the quote closing the name, and when.
_QUOTE_DATED = re.compile(r"”?(?:于|在)?(?:今年|去年|当年|同年|当天|当日|同日|近日|日前)?(?:\d{4}年)?(?:\d{1,2}月)?(?:份)?"
                          r"(?:\d{1,2}日)?(?:已|正式)?")
# “甲实验室”2024年6月在乙揭牌.
_OPENED = re.compile(r"(?:正式)?(?:揭牌|挂牌|成立|启用)")


def _locations(text, chosen, sentence, indexes):  # noqa: ANN001, ANN202
    for i, j in zip(indexes, indexes[1:], strict=False):
        a, b = chosen[i], chosen[j]
        if a.kind in {*ORGANIZATIONS, Kind.PLACE} and b.kind is Kind.PLACE:
            gap = between(text, a, b)
            dated = gap[_QUOTE_DATED.match(gap).end():] if text.norm[a.end:a.end + 1] == "”" else gap  # type: ignore[union-attr]
            opened = a.kind is Kind.RESEARCH and gap.endswith("在") and dated in {"", "在"} and (
                _OPENED.match(text.norm, b.end))  # ”在乙揭牌, ”2024年6月在乙揭牌
            if _LOCATE.fullmatch(gap.strip("在于")) or _LOCATE.fullmatch(gap) or _LOCATE.fullmatch(dated) or opened:
                yield Relation(i, "locatedIn", j, sentence, gap)
            elif a.kind in ORGANIZATIONS and a.kind is not Kind.GOVERNMENT:
                listed = _LISTED_LOCATE.match(gap)
                verb = _LOCATE.fullmatch(gap, listed.end()) if listed and listed.end() else None
                if verb:
                    orgs = [k for k in indexes if chosen[k].kind in ORGANIZATIONS and chosen[k].end <= a.end]
                    yield from (Relation(k, "locatedIn", j, sentence, verb.group())
                                for k in _subjects(text, chosen, orgs, b.start))


# “甲实验室”由乙与丙共建,落户丁: the lab the sentence opens with, built by others, settles there.
_BUILT_BY = re.compile(r"”?由[^,;。]{2,60}?(?:共建|共同组建|联合组建|组建|共同建设|联合建设|建设)")
_SETTLES = re.compile(r",(?:并|已|正式|将)?(?:落户|入驻|位于)")


def _built_then_settled(text, chosen, sentence, indexes):  # noqa: ANN001, ANN202
    opening = next((i for i in indexes if chosen[i].kind in ORGANIZATIONS), None)
    if opening is None or chosen[opening].kind is not Kind.RESEARCH:
        return
    built = _BUILT_BY.match(text.norm, after_notes(text, chosen[opening].end))
    if built is None:
        return
    for j in indexes:
        settles = _SETTLES.search(text.norm, built.end(), chosen[j].start)
        if chosen[j].kind is Kind.PLACE and settles and settles.end() == chosen[j].start and (
                not re.search(r"[;。]", text.norm[built.end():settles.start()])):
            yield Relation(opening, "locatedIn", j, sentence, settles.group().lstrip(","))
            return


def _located_before(text, chosen, sentence, indexes):  # noqa: ANN001, ANN202
    """位于/入驻乙的甲, 甲、丙均位于乙, and 在乙建设甲 (a zone or an organisation set up there)."""
    for i, j in zip(indexes, indexes[1:], strict=False):
        a, b = chosen[i], chosen[j]
        if a.kind is not Kind.PLACE or b.kind not in {*ORGANIZATIONS, Kind.PLACE}:
            continue
        gap = between(text, a, b)
        if text.norm[max(0, a.start - 3):a.start].endswith(_SITING) and gap == "的":
            yield Relation(j, "locatedIn", i, sentence, "位于…的")
        elif gap == "内的" and b.kind in {Kind.COMPANY, Kind.RESEARCH}:
            yield Relation(j, "locatedIn", i, sentence, "…内的")  # 宋庄艺术区内的甲
        elif (b.kind in ORGANIZATIONS or b.level == "zone") and text.norm[max(0, a.start - 1):a.start] == "在" and (
                _SET_UP.fullmatch(gap) or b.kind is Kind.RESEARCH and _CO_SET_UP.fullmatch(gap)) and (
                text.norm[b.end:b.end + 2].removeprefix("”")[:1] in {",", ";", "。", "、", ""}):
            yield Relation(j, "locatedIn", i, sentence, "在…" + gap)  # not 在乙建设甲济南研发中心
    for j in indexes:
        if chosen[j].kind is not Kind.PLACE:
            continue
        head = text.norm[max(0, chosen[j].start - 5):chosen[j].start]
        if not re.search(r"(均|都|皆)(位于|落户|坐落于)$", head):
            continue
        group = [i for i in indexes if chosen[i].end <= chosen[j].start - 3 and chosen[i].kind in ORGANIZATIONS]
        for i in _subjects(text, chosen, group, chosen[j].start) if group else []:
            yield Relation(i, "locatedIn", j, sentence, "均位于")
