"""Technologies: names of the SKOS taxonomy, and new ones that lists of technologies reveal.

A taxonomy name counts when it stands as a word (token-aligned; ASCII names
not inside a longer ASCII word). In a list most of whose items are known
technologies (人工智能、区块链、量子信息等领域), an unknown item that ends
like a technology (…芯片, …材料, …一体化) and holds no verb is one too; so is
one that an organisation works on beside a known one (专注电池数字孪生和电化学仿真).
"""

from __future__ import annotations

import re

from kg.extract.text import HANZI, Candidate, Text, enumeration_before
from kg.model import Kind

_TECH_HEAD = re.compile(
    r"(技术|智能|计算|网络|芯片|材料|能源|电子|信息|制造|工程|半导体|存储|加密|处理|视觉|现实|孪生|"
    r"通信|传感|识别|算法|模型|机器人|终端|显示|交互|引擎|一体化|区块链|互联网|物联网|大数据|云|"
    r"学习|生成|解译|渲染|建模|仿真|感知|捕捉|重建|定位|成像|波导|光电子|安全|"
    r"3D|AI|VR|AR|XR|MR)$"
)
# A head word alone names no technology (…(XR)技术以及…).
_BARE = frozenset({"技术", "智能", "计算", "网络", "信息", "制造", "工程", "材料", "能源", "电子", "云", "通信", "安全"})
_LIST_END = re.compile(r"等(?:[^,。;:!?、]{0,6}?)(?:领域|技术|产业|方向|赛道|前沿|行业|方面|环节)")
_KNOWN_SHARE = 0.5
_FIELD_TAIL = re.compile("技术|产业|领域|应用|产品|企业|平台")
# 通过生成式人工智能服务备案: the name of a filing, not the technology.
_FILING = re.compile(r"(?:服务)?备案")
# 微显示模组, AR眼镜, 量子密钥分发设备: the kind of a device, not the technology named for itself.
_DEVICE = re.compile("模组|模块|器件|设备|屏|镜片|面板|整机|头显|眼镜|一体机|样机|产线")
_NARROWER = re.compile(r"处理|技术|芯片|算法|智能解译|解译|识别|交互|生成|计算|感知")  # 智能语音 + 处理: a narrower technology


def find_technologies(text: Text) -> list[Candidate]:
    found = []
    for start, end, name in text.matches():
        concept = text.lexicon.concept_by_label(name)
        if concept is None or not _standalone(text, start, end) or _FILING.match(text.norm, end):
            continue
        found.append(Candidate(Kind.TECHNOLOGY, start, end, name, key=concept.iri,
                               rule="technology-taxonomy"))
    found = [_of_domain(text, c) for c in _device_kinds(text, found)]
    known = {(c.start, c.end) for c in found}
    return _listed_fields(text, found + _from_lists(text, known) + _from_focus(text, known))


def _device_kinds(text: Text, found: list[Candidate]) -> list[Candidate]:
    """Drop a technology named only as the kind of a device (微显示模组, AR眼镜, 量子密钥分发设备),
    and what it holds (the OLED of 硅基OLED微显示屏), where the document never names it for itself.
    After 等 it names a list's kind (硅基OLED、光波导等近眼显示器件) and stays."""
    devices = [c for c in found if _DEVICE.match(text.norm, c.end) and not text.norm.endswith("等", 0, c.start)]
    spans = [(d.start, d.end) for d in devices]
    named = {c.key for c in found if not any(a <= c.start and c.end <= b for a, b in spans)}
    dropped = [(d.start, d.end) for d in devices if d.key not in named]
    return [c for c in found if not any(a <= c.start and c.end <= b for a, b in dropped)]


# Fields a large model is trained for: 文旅大模型, 金融大模型, 遥感大模型 are technologies of their own.
_DOMAINS = frozenset({"文旅", "旅游", "文博", "影视", "传媒", "金融", "能源", "电力", "遥感", "医疗", "医药", "教育",
                      "政务", "交通", "农业", "法律", "气象", "海洋", "城市", "电商", "汽车", "化工", "钢铁", "矿山",
                      "水利"})
_MODELS = frozenset({"大模型", "大语言模型"})


def _of_domain(text: Text, candidate: Candidate) -> Candidate:
    """A large model named by its field (文旅大模型), unless a product's name precedes it
    (“豫见”文旅大模型 is that product's kind)."""
    start = candidate.start - 2
    if candidate.name not in _MODELS or start < 0 or text.norm[start:candidate.start] not in _DOMAINS or (
            start and text.norm[start - 1] in "”\"」"):  # jieba may cut 和文 + 旅: no word boundary to ask for
        return candidate
    return Candidate(Kind.TECHNOLOGY, start, candidate.end, text.norm[start:candidate.end],
                     rule="technology-domain")


_LIST_JOIN = frozenset({"、", "和", "及", "与", "以及", "或"})


def _listed_fields(text: Text, found: list[Candidate]) -> list[Candidate]:
    """Drop the industries and fields (智能制造, 数据安全) that stand outside a list of technologies:
    人工智能、智能制造 names one; 省级智能制造标杆企业, 大力发展智能制造 and 文化旅游、智能制造等领域
    do not."""
    def field(candidate: Candidate) -> bool:
        concept = text.lexicon.concepts.get(candidate.key)
        return concept is not None and concept.field

    if not any(map(field, found)):
        return found
    ordered = sorted(found, key=lambda c: (c.start, c.end))
    dropped: set[int] = set()
    run = [ordered[0]]
    for candidate in ordered[1:] + [None]:
        if candidate is not None and text.norm[run[-1].end:candidate.start] in _LIST_JOIN:
            run.append(candidate)
            continue
        if all(map(field, run)):
            dropped.update(map(id, run))
        if candidate is not None:
            run = [candidate]
    spans = [(c.start, c.end) for c in found if id(c) in dropped]  # and the 5G of 5G专网 with it
    return [c for c in found if id(c) not in dropped and not any(
        start <= c.start and c.end <= end and (start, end) != (c.start, c.end) for start, end in spans)]


def _standalone(text: Text, start: int, end: int) -> bool:
    norm = text.norm
    if norm[start:end].isascii():
        before = norm[start - 1] if start else " "
        after = norm[end] if end < len(norm) else " "
        return not (before.isascii() and before.isalnum()) and not (after.isascii() and after.isalnum())
    if text.aligned(start, end):
        return True
    token = text.doc.tokens[text.token_at(end - 1)]  # 智能语音技术: the field, then its suffix
    return text.starts_word(start) and token.end > end and _FIELD_TAIL.fullmatch(text.norm[end:token.end]) is not None


def _from_lists(text: Text, known: set[tuple[int, int]]) -> list[Candidate]:
    found = []
    for match in _LIST_END.finditer(text.norm):
        items = enumeration_before(text, match.start())
        if len(items) < 2:
            continue
        items[0] = (_after_last_verb(text, *items[0]), items[0][1])
        share = sum(any(s <= a and b <= e for a, b in known) for s, e in items) / len(items)
        if share < _KNOWN_SHARE:
            continue
        for start, end in items:
            item = text.norm[start:end]
            inner = [(a, b) for a, b in known if start <= a and b <= end]
            if inner and _NARROWER.fullmatch(text.norm[inner[-1][1]:end]) and len(inner) == 1:
                found.append(Candidate(Kind.TECHNOLOGY, start, end, item, rule="technology-narrower"))
            model = _model_of(text, start, end, known) if len(inner) == 1 else None
            if model is not None:  # 在时尚大模型、数字人等方向
                found.append(model)
            if inner:
                continue  # holds a known technology: a phrase about it, not a new one
            if _TECH_HEAD.search(item) and item not in _BARE and len(item) <= 10 and not _has_verb(
                    text, start, end):  # not a bare 技术 (…(XR)技术以及…)
                found.append(Candidate(Kind.TECHNOLOGY, start, end, item, rule="technology-list",
                                       priority=0))
    return found


# 专注电池数字孪生和电化学仿真, 重点开展唇形同步和多模态大模型研究: what a lab or a company works
# on, a short list that ends before 研究/技术/a clause's end. An unknown item is a technology where
# the list holds a known one or every item ends as one does.
_FOCUS = re.compile(r"(?:专注于?|聚焦于?|主攻|重点开展|重点攻关|重点突破|致力于|深耕|从事)"
                    r"((?:[^,;。、和及与()“”]{2,12}(?:、|和|及|与|以及)){1,5}[^,;。、和及与()“”]{2,12}?)"
                    r"(?=研究|技术|等|研发|攻关|开展|,|;|。|方向|领域)")
_FOCUS_JOIN = re.compile("、|以及|和|及|与")
_FOCUS_HEAD = re.compile(rf"(?:{_TECH_HEAD.pattern[1:-2]}|同步|线程|追踪|模拟|光学|设计|融合|反馈|扫描|测绘|编码|压缩|"
                         r"加速|推理|检测|控制)$")


def _from_focus(text: Text, known: set[tuple[int, int]]) -> list[Candidate]:
    found: list[Candidate] = []
    for match in _FOCUS.finditer(text.norm):
        items, at = [], match.start(1)
        for part in _FOCUS_JOIN.split(match.group(1)):
            at = text.norm.index(part, at)
            items.append((at, at + len(part)))
            at += len(part)
        holds = [any(start <= a and b <= end for a, b in known) for start, end in items]
        if not any(holds) and not all(_FOCUS_HEAD.search(text.norm[start:end]) for start, end in items):
            continue
        found.extend(Candidate(Kind.TECHNOLOGY, start, end, text.norm[start:end], rule="technology-list", priority=0)
                     for (start, end), held in zip(items, holds, strict=True)
                     if not held and _FOCUS_HEAD.search(text.norm[start:end])
                     and text.norm[start:end] not in _BARE and not _has_verb(text, start, end))
        found.extend(filter(None, (_model_of(text, start, end, known) for start, end in items)))
    return found


_MODEL_FIELD = re.compile(rf"[{HANZI}]{{2,4}}")


def _model_of(text: Text, start: int, end: int, known: set[tuple[int, int]]) -> Candidate | None:
    """A large model named by its field where an organisation works on it or a list of
    technologies holds it (专注时尚大模型和多模态大模型, 重点开展油藏大模型和知识图谱研究,
    在材料大模型、具身智能等方向): any field's model is a technology of its own there."""
    model = next(((a, b) for a, b in known if b == end and start < a and text.norm[a:b] in _MODELS), None)
    if model is None or not _MODEL_FIELD.fullmatch(text.norm[start:model[0]]) or not text.starts_word(start) or (
            _has_verb(text, start, model[0])):
        return None
    return Candidate(Kind.TECHNOLOGY, start, end, text.norm[start:end], rule="technology-domain")


_INTRODUCING = frozenset(["面向", "围绕", "聚焦", "开展", "发展", "推进", "支持", "布局", "从事", "专注", "致力于", "加快", "推动", "突破", "攻关", "研发", "培育", "打造", "重点", "包括", "涵盖", "覆盖"])


def _after_last_verb(text: Text, start: int, end: int) -> int:
    """The first item of a list begins after the verb that introduces the list
    (支持国防科技大学面向虚拟仿真 -> 虚拟仿真; 重点开展文档智能 -> 文档智能)."""
    for token in reversed(text.tokens_in(start, end)):
        if token.end < end and (token.pos == "p" or token.text in _INTRODUCING):
            return token.end
    return start


def _has_verb(text: Text, start: int, end: int) -> bool:
    """Does the item hold an action (算法平台搭建), not only a field (虚拟仿真, whose 虚拟 jieba tags a verb)?"""
    return any(t.text in _ACTIONS for t in text.tokens_in(start, end))


_ACTIONS = frozenset(["搭建", "建设", "推进", "开展", "应用", "落地", "转化", "培育", "打造", "发展", "提升", "实现", "服务", "消费", "创意", "治理", "引导"])
