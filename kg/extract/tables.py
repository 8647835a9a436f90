"""Indicators from tables: a header of years (2024年, 2025年目标) and a unit column, then rows.

A table reaches the text as lines whose cells two or more spaces or pipes part (Markdown and
HTML tables as ``markup`` writes them, and tables laid out in plain text):

    指标名称                单位      2024年      2023年      同比增长
    虚拟现实产业营业收入    亿元      1286.5      1144.6      12.4%

Each number of a row is a figure of the document's own place, or of the place or organisation
the row's first cell names (| 鼓楼区 | 38.5 | 47.9 |); the row (or the header) names what is
measured, the column its year, and the unit column, the cell, the row's name or the header in
brackets (企业数(家), 2024年(亿元)) its unit; a column of growth gives a percentage of the latest
year. A column of a year after the document's is a target; a row of the rest (其他县(市、区)) is no one's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from kg.extract.clauses import SUBJECT_KINDS
from kg.model import ORGANIZATIONS, Document, Indicator, Kind
from kg.units import QUALIFIERS, UNIT_PATTERN, WRITTEN_UNITS

# Cells: runs of text that two spaces, a tab or a pipe part from each other.
# A cell: words joined by single spaces, but not after a unit's bracket (相关企业(家) 营业收入(亿元): two)
# nor before a number (蚌埠高新区 71: a name and its figure, in a column one space apart).
_CELL = re.compile(r"[^\s|]+(?:(?<!\)) (?![\d.]+%?(?:\s|$))[^\s|]+)*")
_YEAR = re.compile(r"(\d{4})\s*年")
_GOAL = re.compile(r"目标|预计|计划|预期")
_GROWTH = re.compile(r"同比|增长|增速|增幅")
_UNIT_HEADER = re.compile(r"^(?:计量)?单位$")
_RULE = re.compile(r"^[\s\-—=|:+]+$")
# A unit the row's name gives in brackets: 规模以上工业企业数(家), 省级数字化车间(个,累计).
_NAMED_UNIT = re.compile(rf"\((?P<unit>{UNIT_PATTERN})(?:[,、][^()]*)?\)$")
_VALUE = re.compile(rf"^(?P<pre>约|近|超|超过)?(?P<value>\d+(?:\.\d+)?)(?P<unit>{UNIT_PATTERN})?(?P<after>左右|以上)?$")


@dataclass(frozen=True)
class _Column:
    index: int
    year: int | None
    growth: bool
    goal: bool
    unit: str = ""  # a unit the header gives in brackets: 2024年(亿元), 企业数(家)
    name: str = ""  # what the header says is measured, without year and unit: 企业数
    plain: bool = False  # no year, no unit (总投资): only cells that write their unit (45亿元) are figures
    named: bool = False  # a table's one column of figures: only for rows that name a place or organisation


def table_indicators(doc: Document, now: int | None, rows: list[tuple[int, int]] | None = None,
                     home: int = -1) -> Iterator[Indicator]:
    """The figures of every table of the document, with the subject of the document's own place
    (the zone ``home`` if the document is a zone's, else -1: the place of its issuer); the original
    spans of the rows read go to ``rows``."""
    lines = list(_lines(doc))
    index = 0
    while index < len(lines):
        header_start, cells = lines[index]
        columns, unit_column = _header(cells)
        index += 1
        if not columns:
            continue
        caption = _caption(doc, header_start)
        latest = max((c.year for c in columns if c.year and not c.growth and not c.goal),
                     default=max((c.year for c in columns if c.year), default=_caption_year(caption)))
        caption_unit, caption_name = _caption_measure(caption)
        previous = header_start
        row_subjects: list[int] = []  # the subjects the table's rows have named so far
        while index < len(lines) and (len(lines[index][1]) == len(cells) or _RULE.match(_text(lines[index][1]))) and (
                doc.norm.count("\n", previous, lines[index][0]) == 1):  # the next line, not the next table's
            row_start, row = lines[index]
            previous = row_start
            index += 1
            if len(row) != len(cells):
                continue  # a rule under the header
            if rows is not None:
                rows.append(doc.original_span(row_start + row[0][0], row_start + row[-1][0] + len(row[-1][1])))
            first = 1 if _SERIAL.fullmatch(row[0][1]) and len(row) > 2 else 0  # 1 | 东莞灵境空间科技有限公司 | …
            name = row[first][1]
            subject = _row_subject(doc, row_start + row[first][0], row_start + row[first][0] + len(name))
            if subject is None or subject < 0 and _TOTAL.fullmatch(name) and row_subjects and all(
                    doc.mentions[i].level == "zone" or doc.mentions[i].kind is not Kind.PLACE for i in row_subjects):
                continue  # 其他县(市、区): a remainder; the 合计 of some parks: not the district's figure
            if subject >= 0:
                row_subjects.append(subject)
            else:  # 1 | 整车制造数字孪生工厂升级项目 | 上汽通用五菱汽车股份有限公司 | 12.6: the builder's
                subject = _builder(doc, row_start, row[first + 1:], subject)
            measured_by_row = subject < 0  # 全区合计, 企业数(家): the row names what is measured
            if subject < 0 and home >= 0 and doc.mentions[home].level == "zone":
                subject = home  # a zone's own bulletin: its figures are the zone's
            named = _NAMED_UNIT.search(name)
            unit = row[unit_column][1] if unit_column is not None else named.group("unit") if named else caption_unit
            for column in columns:
                at, cell = row[column.index]
                match = _VALUE.match(cell)
                if match is None or column.plain and not match.group("unit") or column.named and measured_by_row:
                    continue
                cell_unit = match.group("unit") or column.unit or ("" if column.growth else unit)
                if column.growth and cell_unit != "%" or not cell_unit or cell_unit not in WRITTEN_UNITS:
                    continue
                year = None if column.plain else column.year or latest  # a growth's, or the caption's
                low, high = doc.original_span(row_start + at + match.start("value"), row_start + at + match.end())
                qualifier = QUALIFIERS.get(match.group("pre") or match.group("after") or "", "")
                measured = name if measured_by_row else column.name or caption_name
                yield Indicator(subject=subject, name=measured + ("同比增长" if column.growth else ""), value=match.group("value"),
                                unit=cell_unit, year=year, sentence=doc.sentence_at(row_start + at),
                                start=low, end=high, qualifier=qualifier,
                                target=column.goal or bool(year and now and year > now))


_OFFER = re.compile(r"最高|补贴|补助|奖励|资助")  # 最高金额(万元): what a policy offers, no fact
_SERIAL = re.compile(r"\d{1,3}\.?")  # a row's number, before the cell that names it
# The row of the rest (其他县(市、区)) or of a part's total (县域合计): no one's figure.
_REST = re.compile(r"^其他|^其余|^(?!全|总)[^\d\s]{1,4}(?:合计|小计)$")
_TOTAL = re.compile("合计|小计|总计")


def _row_subject(doc: Document, start: int, end: int) -> int | None:
    """The subject of a row: the place or organisation its first cell names (鼓楼区, 徐州经开区),
    else the document's own place (-1); None for the row of the rest."""
    name = doc.norm[start:end]
    if _REST.match(name):
        return None
    low, high = doc.original_span(start, end)
    for index, mention in enumerate(doc.mentions):
        if mention.kind in SUBJECT_KINDS and low <= mention.start and mention.end <= high and (
                mention.end - mention.start) * 2 >= high - low:
            return index
    return -1


def _builder(doc: Document, row_start: int, cells: list[tuple[int, str]], default: int) -> int:
    """The organisation that a cell of a project's row names, the whole cell, else ``default``."""
    spans = {doc.original_span(row_start + at, row_start + at + len(cell)) for at, cell in cells}
    return next((index for index, mention in enumerate(doc.mentions)
                 if mention.kind in ORGANIZATIONS and (mention.start, mention.end) in spans), default)


def _lines(doc: Document) -> Iterator[tuple[int, list[tuple[int, str]]]]:
    """(start, cells) of each line outside cruft that has at least three cells."""
    cruft = [(span.start, span.end) for span in doc.cruft]
    at = 0
    for line in doc.norm.split("\n"):
        start, at = at, at + len(line) + 1
        if any(low <= start < high for low, high in cruft):
            continue
        cells = [(m.start(), m.group()) for m in _CELL.finditer(line)]
        if len(cells) >= 3 and re.search(r"\s{2,}|\t|\|", line.strip()):
            yield start, cells
        elif _RULE.match(line) and line.strip():
            yield start, [(0, line.strip())]


def _header(cells: list[tuple[int, str]]) -> tuple[list[_Column], int | None]:
    """The columns of figures of a header row (years, growth) and its unit column, or none."""
    names = [text for _, text in cells]
    years = [_YEAR.search(name) for name in names]
    if any(re.fullmatch(r"[\d.%]+", name) for name in names):
        return [], None
    if not any(years):  # 企业 | 投运机架(万架) | 营业收入(亿元): a unit in brackets marks a column of figures
        columns = [_Column(i, None, bool(_GROWTH.search(name)), False, *_measured(name))
                   for i, name in enumerate(names) if i > 0 and _HEADER_UNIT.search(name) and not _OFFER.search(name)]
        if len(columns) == 1:  # 序号 | 企业 | 投资额(亿元): only the rows that name whose figure it is
            columns = [replace(columns[0], named=True)]
        return columns, None
    unit_column = next((i for i, name in enumerate(names) if _UNIT_HEADER.match(name)), None)
    columns = [_Column(i, int(year.group(1)) if year else None, bool(_GROWTH.search(name)), bool(_GOAL.search(name)),
                       *_measured(name), plain=not (year or _GROWTH.search(name)))
               for i, (name, year) in enumerate(zip(names, years, strict=True)) if i > 0 and i != unit_column]
    return columns, unit_column


def _caption(doc: Document, start: int) -> str:
    """The last line with text before a table's header at ``start`` (表2 2024年重点企业主要指标)."""
    end = start
    while end > 0 and doc.norm[end - 1].isspace():
        end -= 1
    return doc.norm[doc.norm.rfind("\n", 0, end) + 1:end]


def _caption_year(caption: str) -> int | None:
    """The one year a table's caption gives (表2 2024年重点企业主要指标), else None."""
    years = {int(year) for year in _YEAR.findall(caption)}
    return years.pop() if len(years) == 1 else None


_CAPTION_UNIT = re.compile(rf"[((]?单位[::]\s*(?P<unit>{UNIT_PATTERN})[))]?")
_CAPTION_NUMBER = re.compile(r"^表\s*\d+\s*|\d{4}\s*(?:[—–-]\s*\d{4}\s*)?年(?:度)?")


def _caption_measure(caption: str) -> tuple[str, str]:
    """The unit and the measure a caption gives for every cell (表1 各旗区营业收入(单位:亿元)), else ""."""
    unit = _CAPTION_UNIT.search(caption)
    if unit is None:
        return "", ""
    return unit.group("unit"), _CAPTION_NUMBER.sub("", caption[: unit.start()]).strip()


_HEADER_UNIT = re.compile(rf"[((](?P<unit>{UNIT_PATTERN}|%)[))](?=(?:\d{{4}}\s*年\S*)?$)")  # 企业数(家)2023年


def _measured(header: str) -> tuple[str, str]:
    """The unit a header gives in brackets and what it names: 2024年企业数(家) -> 家, 企业数."""
    unit = _HEADER_UNIT.search(header)
    name = _YEAR.sub("", header[: unit.start()] if unit else header)
    return (unit.group("unit") if unit else "", _GROWTH.sub("", name))


def _text(cells: list[tuple[int, str]]) -> str:
    return " ".join(text for _, text in cells)
