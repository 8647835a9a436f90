"""Policies: named documents, in 《》, in quotes, or as bare 关于…的若干措施 titles.

Back-references (《实施意见》, 市行动方案) carry the full title of the policy
they point back to as their key, so resolution merges them.

>>> [(c.name, c.key) for c in find_policies("印发《杭州市促进产业发展的实施意见》。《实施意见》提出")]
[('杭州市促进产业发展的实施意见', ''), ('实施意见', '杭州市促进产业发展的实施意见')]
"""

from __future__ import annotations

import re

from kg.extract.text import Candidate
from kg.model import Kind

TYPES = (
    "三年行动计划", "行动计划", "行动方案", "实施方案", "推进方案", "工作方案", "实施意见", "指导意见",
    "若干措施", "若干意见", "若干政策", "若干规定", "管理办法", "实施细则", "发展规划", "专项规划",
    "白皮书", "蓝皮书", "规划", "意见", "方案", "办法", "措施", "通知", "计划", "条例", "决定", "纲要",
    "指南", "细则", "政策", "建议", "提案", "报告",
)
_TYPE = "|".join(TYPES)
_BRACKETED = re.compile(r"《([^《》\n]{2,150})》")
_QUOTED = re.compile(rf"[“\"]((?:关于)?[^“”\"\n]{{4,120}}?(?:{_TYPE})(?:\([^()\n]{{4,20}}\))?)[”\"]")
_BARE = re.compile(
    r"(?<![《“\"\w])((?:[\u4e00-\u9fff]{2,8}?(?:省|市|区|县)(?:人民政府(?:办公厅|办公室)?)?)?关于(?!印发|转发)[^。,;:!?、“”《》\n]{2,60}?"
    r"的(?:若干措施|若干政策|若干意见|实施意见|指导意见|实施方案|行动方案|工作方案|管理办法))"
)
# A call for applications sets out what it funds, so a document that is one is a policy
# (关于组织申报2025年度…专项资金项目的通知), though a link to one is not.
_CALL = re.compile(r"关于(?:组织)?(?:开展)?(?:申报|征集|遴选)[^。,;:!?、“”《》\n]{2,60}?的通知")
# A page that is the policy itself, titled with no 关于: 泸州市促进…若干政策措施, 湛江市…行动方案(2025—2027年).
# Not a headline that tells of one: 长治市召开…推进会 发布三年行动计划.
_OWN_TITLE = re.compile(r"(?!.*(?:召开|举行|发布|印发|出台|解读))[^。,;:!?、“”《》\s]{4,60}(?:若干政策措施|若干措施|若干政策|实施意见|指导意见|实施方案|行动方案|"
                        r"行动计划|工作方案|管理办法|实施细则)(?:\([^()\n]{4,20}\))?")
_SHORT_REF = re.compile(rf"^(?:省|市|区|县|本|该)?(?:若干)?(?:政策)?({_TYPE})$")
_BARE_REF = re.compile(r"(?<![城都超门全本我该各《])(?:省|市|区|县)(行动方案|实施方案|推进方案|实施意见|若干措施|若干政策|行动计划|发展规划)")
# 《》 also holds newspapers, books and programmes, which are not policies.
_NOT_POLICY = re.compile(r"(日报|晚报|时报|杂志|周刊|新闻|网|节目|电视剧|电影|游戏)$")
# What a policy's title calls it; a title in 《》 with none of these words and no year (《岳阳楼记》,
# 《琵琶行》) is a poem, an essay or a book, though 《中国制造2025》 is a policy.
_POLICY_WORD = re.compile(rf"{_TYPE}|导则|规定|条|法|目录|清单|标准|行动|指引|规范|准则|战略|工程|倡议|\d")


def find_policies(norm: str, title: str = "") -> list[Candidate]:
    """The policies of a text whose own title is ``title`` (a policy itself where it names one, or
    calls for applications)."""
    found: list[Candidate] = []
    titles: list[str] = []
    own = [] if not (_CALL.fullmatch(title) or _OWN_TITLE.fullmatch(title)) else [
        (m.start(), m.end(), title, "own") for m in re.finditer(re.escape(title), norm)]
    spans = sorted(
        [(m.start(1), m.end(1), m.group(1), "bracketed") for m in _BRACKETED.finditer(norm)]
        + [(m.start(1), m.end(1), m.group(1), "quoted") for m in _QUOTED.finditer(norm)]
        + [(m.start(1), m.end(1), m.group(1), "bare") for m in _BARE.finditer(norm)] + own
    )
    for start, end, title, rule in spans:
        if _NOT_POLICY.search(title) or title != title.strip() or not _POLICY_WORD.search(title):
            continue
        short = _SHORT_REF.match(title)
        if short:
            target = _referent(titles, short.group(1))
            if target:
                found.append(Candidate(Kind.POLICY, start, end, title, key=target,
                                       rule="policy-reference", priority=2))
            continue
        titles.append(title)
        found.append(Candidate(Kind.POLICY, start, end, title, rule=f"policy-{rule}", priority=2))
    for match in _BARE_REF.finditer(norm):
        target = _referent([t for t, s in _titles_before(found, match.start())], match.group(1))
        if target and not any(c.start <= match.start() < c.end for c in found):
            found.append(Candidate(Kind.POLICY, match.start(), match.end(), match.group(0),
                                   key=target, rule="policy-reference", priority=2))
    return found


def _referent(titles: list[str], kind: str) -> str:
    """The latest full title of that kind: what a short reference points back to."""
    for title in reversed(titles):
        if re.sub(r"\([^)]*\)$", "", title).endswith(kind):
            return title
    return ""


def _titles_before(found: list[Candidate], position: int) -> list[tuple[str, int]]:
    return [(c.name, c.start) for c in found if c.end <= position and not c.key]
