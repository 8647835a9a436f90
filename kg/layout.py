"""Layout: Document -> Document with page metadata, cruft spans and sentences.

Government pages wrap the text in furniture: a breadcrumb, a header block of
fields (索引号, 发布机构, 生成日期, 文件编号 ...), an addressee line, a
signature with its date, a contact line with a phone number and an address.
Fields become ``Metadata``; furniture lines become cruft spans, where no
extractor looks; the signature stays text (it names the issuing body).

>>> from kg.normalize import normalize
>>> from kg.model import Document
>>> text = "发布机构: | 杭州市科学技术局 | 生成日期: | 2022-08-05 |\\n正文。\\n联系电话:85255627"
>>> doc = layout(normalize(Document("d", "d.txt", "txt", "utf-8", "", text)))
>>> doc.meta.publisher, doc.meta.generated, len(doc.cruft), len(doc.sentences)
('杭州市科学技术局', '2022-08-05', 2, 3)
"""

from __future__ import annotations

import dataclasses
import re

from kg.model import Document, Span

_FIELDS = {
    "索引号": "index_number", "文件编号": "document_number", "发文字号": "document_number",
    "文号": "document_number", "发布机构": "publisher", "发文机关": "publisher",
    "发文单位": "publisher", "生成日期": "generated", "发布日期": "published",
    "成文日期": "generated", "发布时间": "published", "签发人": "signer", "标题": "title",
    "名称": "title", "来源": "publisher", "信息来源": "publisher", "发布单位": "publisher",
    "编印": "publisher", "编发": "publisher",
}
_NOISE_FIELDS = (
    "办理结果", "主题分类", "有效性", "公开方式", "公开范围", "体裁分类", "公开类别", "公开形式", "公开时限",
    "信息分类", "信息类别", "内容分类", "组配分类", "所属主题", "主题词", "服务对象", "是否有效", "有效期",
    "分类", "公文种类", "文种", "类别",
    "联系人姓名", "联系人", "联系电话", "联系方式", "电话", "传真", "邮政编码", "邮编",
    "承办单位通讯地址", "通讯地址", "通信地址", "联系地址", "办公地址", "单位地址", "地址", "电子邮箱", "邮箱", "E-mail", "Email",
    "浏览次数", "访问量", "字号", "作者", "责任编辑", "网站标识码", "备案号", "分享到",
)
# Field names may be spaced out to align columns (索 引 号, 名　　称); a table copied from a page
# parts name and value by a colon or by spaces alone (索引号  SY-310115-2025-00418).
_FIELD = re.compile(
    "(" + "|".join(r"\s*".join(name) for name in sorted([*_FIELDS, *_NOISE_FIELDS], key=len, reverse=True))
    + r")(?:\s*[:：]\s*\|?|[ \t\u3000]+(?=\S))\s*"
)
_NAVIGATION = re.compile(
    r"^[\s|:>/›»]*(当前位置|您的位置|您现在的位置|首页|返回顶部|打印本页|关闭窗口|【?打印】?|【?关闭】?|"
    r"字号|扫一扫|分享|上一篇|下一篇|相关链接|主办单位|承办单位|版权所有|"
    r"[(（]?此件(公开发布|主动公开|依申请公开)[)）]?)\s*([:>|/›»].*)?$|^[\s|:>/›»]*$"
)
_PHONE = re.compile(r"(?<!\d)(?:\d{3,4}-)?\d{7,8}(?!\d)|(?<!\d)1[3-9]\d{9}(?!\d)")
_DATE = re.compile(r"^\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*$")
_ISO_DATE = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")
_ADDRESSEE = re.compile(r"^\s*([^\s:,。]{2,30}?)\s*[:：]\s*$")
_PROPOSER = re.compile(r"^(.{2,4}?)(委员|代表)(等|同志)?$")
_SIGNER = re.compile(r"(局|委|委员会|管委会|办公室|办公厅|政府|厅|部|院|中心)$")
_SENTENCE_END = re.compile(r"[。!?！？]+[”’\"]?|\n+")


def layout(doc: Document) -> Document:
    fields: dict[str, str] = {}
    cruft: list[Span] = []
    lines = list(_lines(doc.norm))
    waiting = ""  # a field whose value is on the next line (索引号: / 11440112MB2D81736K/2025-00418)
    for start, end in lines:
        line = doc.norm[start:end]
        found = _fields(line)
        if waiting and not found and len(line.strip()) <= 120:
            if waiting != "noise":
                fields.setdefault(waiting, line.strip())
            cruft.append(Span(start, end))
            waiting = ""
            continue
        waiting = ""
        if found or _NAVIGATION.match(line) or _contact(line):
            cruft.append(Span(start, end))
            for name, value in found.items():
                if name != "noise" and value:
                    fields.setdefault(name, value)
                elif not value and len(found) == 1:
                    waiting = name
    fields.update(_signature(doc.norm, lines))
    addressee = _addressee(doc.norm, lines, cruft)
    if addressee:
        cruft.append(addressee.pop("line"))  # a salutation, not a sentence about anyone
        fields.update(addressee)
    if "title" not in fields:
        fields["title"] = _first_title(doc.norm, lines, cruft)
    for name in ("generated", "published", "signature_date"):
        if name in fields:
            fields[name] = _iso(fields[name])
    kept = {name: value for name, value in fields.items() if value and not getattr(doc.meta, name)}
    meta = dataclasses.replace(doc.meta, **kept) if kept else doc.meta
    return doc.replace(meta=meta, cruft=tuple(cruft), sentences=sentences(doc.norm))


def sentences(text: str) -> tuple[Span, ...]:
    """Sentence spans: split after 。!? (and a closing quote) and at line breaks."""
    spans = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        end = match.end() if match.group().strip() else match.start()
        if text[start:end].strip():
            spans.append(_strip(text, start, end))
        start = match.end()
    if text[start:].strip():
        spans.append(_strip(text, start, len(text)))
    return tuple(spans) or (Span(0, len(text)),)


def _strip(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)


def _lines(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for line in text.split("\n"):
        if line.strip():
            spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


def _fields(line: str) -> dict[str, str]:
    """The ``name: value`` fields of a header line; {} when the line is not only fields."""
    matches = list(_FIELD.finditer(line))
    if not matches or line[: matches[0].start()].strip(" |"):
        return {}
    found = {}
    for match, following in zip(matches, [*matches[1:], None], strict=True):
        value = line[match.end(): following.start() if following else len(line)]
        name = _FIELDS.get(re.sub(r"\s", "", match.group(1)), "")
        if name:
            found[name] = value.strip(" |")
    if not found and len(matches) == 1 and not line[matches[0].end():].strip(" |"):
        return {"noise": ""}  # 分类: with its value on the next line
    return found or {"noise": "-"}


def _contact(line: str) -> bool:
    return bool(_PHONE.search(line)) and len(line) < 80 and bool(
        re.search(r"联系|电话|咨询|传真|热线", line))


def _signature(text: str, lines: list[tuple[int, int]]) -> dict[str, str]:
    """The closing ``body`` and ``date`` lines: the issuer's signature."""
    for index in range(len(lines) - 1, 0, -1):
        match = _DATE.match(text[slice(*lines[index])])
        if match:
            body = text[slice(*lines[index - 1])].strip()
            if 2 < len(body) <= 40 and not re.search(r"[,。:!?]", body):
                bodies = [body]
                for before in range(index - 2, max(0, index - 4), -1):  # a joint signature, a body a line
                    other = text[slice(*lines[before])].strip()
                    if not (len(other) <= 40 and _SIGNER.search(other) and not re.search(r"[,。:!?\s]", other)):
                        break
                    bodies.insert(0, other)
                return {"signature": " ".join(bodies), "signature_date": match.group(0).strip()}
            return {"signature_date": match.group(0).strip()}
    return {}


def _addressee(text: str, lines: list[tuple[int, int]], cruft: list[Span]) -> dict:
    """The first short ``name:`` line outside the header: whom a reply answers."""
    skipped = {(span.start, span.end) for span in cruft}
    for start, end in lines[:12]:
        if (start, end) in skipped:
            continue
        match = _ADDRESSEE.match(text[start:end])
        if match:
            name = match.group(1)
            proposer = _PROPOSER.match(name)
            return {"addressee": name, "proposer": proposer.group(1) if proposer else "",
                    "line": Span(start, end)}
        break
    return {}


_TITLE_WORDS = re.compile(r"关于|通知|方案|措施|意见|办法|规划|计划|答复|公告|决定|细则|政策|大会|举办|成立|发布|解读")


def _first_title(text: str, lines: list[tuple[int, int]], cruft: list[Span]) -> str:
    """A page without a title field: its first short line that reads like a title."""
    skipped = {(span.start, span.end) for span in cruft}
    for start, end in lines[:16]:
        line = text[start:end].strip()
        if (start, end) in skipped or not line:
            continue
        if len(line) <= 80 and not re.search(r"[。:;]$", line) and _TITLE_WORDS.search(line):
            return line
        if "。" in line or len(line) > 40:
            break  # the body begins: no title above it
    return ""  # the lines passed over: a site's name, a bar of links (无障碍 | 长者模式 | English)


def _iso(value: str) -> str:
    match = _ISO_DATE.search(value)
    if not match:
        return value
    year, month, day = match.groups()
    return f"{year}-{int(month):02d}-{int(day):02d}"

