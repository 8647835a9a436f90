"""Lexicon: the general gazetteers that extraction matches, loaded once per process.

- ``divisions.csv``: every administrative division of China with its code,
  level and parent (NBS 2023), plus the short forms texts use (杭州, 长宁);
- ``towns.csv``: townships (街道, 镇, 乡) with their 9-digit codes and district,
  matched only where the document names their district's area;
- ``regions.tsv``: regions (长三角) and flagship zones that the NBS tables lack;
- ``technologies.ttl``: a SKOS taxonomy of digital-economy technologies;
- ``institutions.tsv`` and ``companies.tsv``: well-known organisations with
  their short forms;
- ``bodies.tsv``: central government bodies, and the standard short forms of
  local departments (科技局 -> 科学技术局).

Nothing here lists the entities of the sample documents.
"""

from __future__ import annotations

import csv
import functools
import re
from dataclasses import dataclass, field
from pathlib import Path

import ahocorasick
from rdflib.namespace import SKOS

from kg import turtle
from kg.model import Kind
from kg.normalize import changed_by_t2s, to_simplified

LEXICONS = Path(__file__).parent / "lexicons"
# Suffixes stripped to get the short form of a division's name, longest first.
_DIVISION_SUFFIXES = (
    "特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州", "自治县",
    "自治旗", "林区", "地区", "新区", "省", "市", "区", "县", "盟", "旗",
)
_ETHNIC = re.compile(r"(.{2,}?)(?:[\u4e00-\u9fff]{1,5}族)+$")
# Technology concepts that name industries or application fields rather than technologies.
_NOT_TECHNOLOGY = re.compile(
    r"(经济|产业|业|消费|服务|场景|业态|智慧[\u4e00-\u9fff]+|文旅|政务|电商|电子商务|金融科技|在线新经济|"
    r"数字创意|创意设计|时尚创意|基础设施|中心|算力|智算|眼镜|传感器|终端|头显|一体机|显示屏|"
    r"城市|工厂|客服|座舱|平台)$|^(垂直|行业)(?!大模型)"
)

# Branches of the taxonomy that hold business models and application fields, not technologies.
_NOT_TECHNOLOGY_TOPS = frozenset({"数字经济新业态", "数字化应用场景"})
# Names of the taxonomy's groups, which texts do not use as technologies.
_GROUPINGS = frozenset({"元宇宙与扩展现实", "未来产业", "战略性新兴产业", "未来信息", "未来制造",
                        "未来材料", "未来能源", "未来空间", "未来健康"})


@dataclass(frozen=True)
class Division:
    code: str
    name: str
    level: str
    parent: str

    def ancestors(self, divisions: dict[str, Division]) -> list[Division]:
        chain, code = [], self.parent
        while code:
            chain.append(divisions[code])
            code = divisions[code].parent
        return chain


@dataclass(frozen=True)
class Concept:
    iri: str
    label: str
    english: str
    aliases: frozenset[str]
    broader: frozenset[str]
    field: bool = False  # an industry or field: a technology only in a list of technologies


@dataclass(frozen=True)
class Entry:
    """One name in the gazetteer: what it may refer to."""

    kind: Kind
    canonical: str
    keys: tuple[str, ...] = ()
    level: str = ""
    parent: str = ""


@dataclass(frozen=True)
class Lexicon:
    divisions: dict[str, Division]
    concepts: dict[str, Concept]
    names: dict[str, tuple[Entry, ...]]
    abbreviations: dict[str, str]
    automaton: ahocorasick.Automaton = field(repr=False, compare=False)

    def match(self, text: str) -> list[tuple[int, int, str]]:
        """All lexicon names in ``text`` as (start, end, name), overlapping ones included."""
        return [(end - len(name) + 1, end + 1, name) for end, name in self.automaton.iter(text)]

    @functools.cached_property
    def technology_heads(self) -> frozenset[str]:
        """The first two characters of every technology name of three or more (量子, 人工, 虚拟)."""
        return frozenset(label[:2] for concept in self.concepts.values()
                         for label in (concept.label, *concept.aliases) if len(label) >= 3)

    @functools.cached_property
    def kept_by_t2s(self) -> dict[str, str]:
        """Place names that OpenCC t2s would change though they are Simplified, by their t2s
        form (干县: 乾县, 于潜镇: 於潜镇); a township's short form is left out (藉口 of 藉口镇
        is a Traditional spelling of 借口)."""
        return {converted: name for name in changed_by_t2s(list(self.names))
                if len(converted := to_simplified(name)) == len(name)
                and (any(entry.level != "town" for entry in self.names[name]) or name.endswith(("镇", "乡", "街道")))}

    def within(self, code: str, ancestor: str) -> bool:
        """Does the division ``code`` lie inside ``ancestor`` (a township's 9-digit code inside
        its district's and above)?"""
        if len(code) == 9:  # a township: its district's code is its own first six digits
            code = code[:6]
            if code == ancestor:
                return True
        division = self.divisions.get(code)
        return division is not None and any(d.code == ancestor for d in division.ancestors(self.divisions))

    def is_place(self, name: str) -> bool:
        """Is ``name`` the name of a place (a division, region or zone) of the lexicon?"""
        return any(entry.kind is Kind.PLACE for entry in self.names.get(name, ()))

    def concept_by_label(self, label: str) -> Concept | None:
        for entry in self.names.get(label, ()):
            if entry.kind is Kind.TECHNOLOGY:
                return self.concepts[entry.keys[0]]
        return None


@functools.cache
def load_lexicon(folder: Path = LEXICONS) -> Lexicon:
    names: dict[str, list[Entry]] = {}
    divisions = _divisions(folder / "divisions.csv")
    for entry_name, entry in _division_names(divisions):
        names.setdefault(entry_name, []).append(entry)
    for entry_name, entry in _towns(folder / "towns.csv", divisions):
        names.setdefault(entry_name, []).append(entry)
    _check_hierarchy(divisions, folder)
    for entry_name, entry in _regions(folder / "regions.tsv"):
        names.setdefault(entry_name, []).append(entry)
    concepts = _concepts(folder / "technologies.ttl")
    for concept in concepts.values():
        for label in {concept.label, *concept.aliases}:
            names.setdefault(label, []).append(Entry(Kind.TECHNOLOGY, concept.label, (concept.iri,)))
    for kind, path in ((Kind.RESEARCH, "institutions.tsv"), (Kind.COMPANY, "companies.tsv"),
                       (Kind.GOVERNMENT, "bodies.tsv")):
        for name, canonical, place in _organizations(folder / path):
            names.setdefault(name, []).append(Entry(kind, canonical, (place,) if place else ()))
    automaton = ahocorasick.Automaton()
    for name in names:
        if len(name) >= 2:
            automaton.add_word(name, name)
    automaton.make_automaton()
    frozen = {name: tuple(entries) for name, entries in names.items()}
    return Lexicon(divisions, concepts, frozen, _abbreviations(folder / "abbreviations.tsv"),
                   automaton)


def _divisions(path: Path) -> dict[str, Division]:
    with path.open(encoding="utf-8") as lines:
        return {row["code"]: Division(row["code"], row["name"], row["level"], row["parent"])
                for row in csv.DictReader(lines)}


def _check_hierarchy(divisions: dict[str, Division], folder: Path) -> None:
    """Every division's parents lead to a province: no unknown parent, no loop (a city listed
    as its own county once made ``ancestors`` run until memory ran out)."""
    for division in divisions.values():
        seen, code = {division.code}, division.parent
        while code:
            if code not in divisions or code in seen:
                problem = "a loop" if code in seen else "an unknown parent"
                raise ValueError(f"{folder / 'divisions.csv'}: division {division.code} {division.name} "
                                 f"has {problem} ({code}) in its chain of parents")
            seen.add(code)
            code = divisions[code].parent


def _division_names(divisions: dict[str, Division]) -> list[tuple[str, Entry]]:
    """Full and short names of the divisions; a short name may stand for several."""
    found = []
    for division in divisions.values():
        entry = Entry(Kind.PLACE, division.name, (division.code,), division.level)
        found.append((division.name, entry))
        short = short_name(division.name)
        if short != division.name and len(short) >= 2:
            found.append((short, entry))
    return found


_TOWN_SUFFIX = re.compile(r"(街道办事处|地区办事处|街道|地区|民族乡|镇|乡|苏木)$")


def _towns(path: Path, divisions: dict[str, Division]) -> list[tuple[str, Entry]]:
    """Townships (街道, 镇, 乡), added to ``divisions`` as level "town", with their short names."""
    found: list[tuple[str, Entry]] = []
    if not path.exists():
        return found
    with path.open(encoding="utf-8") as lines:
        for row in csv.DictReader(lines):
            if row["parent"] not in divisions:
                continue
            divisions[row["code"]] = Division(row["code"], row["name"], "town", row["parent"])
            entry = Entry(Kind.PLACE, row["name"], (row["code"],), "town", row["parent"])
            found.append((row["name"], entry))
            short = _TOWN_SUFFIX.sub("", row["name"])
            if short != row["name"] and len(short) >= 2:
                found.append((short, entry))
            if row["name"].endswith("地区"):  # 瀛海地区 is also 瀛海镇: one office, two names
                found.extend((short + level, entry) for level in ("镇", "乡"))
    return found


def _regions(path: Path) -> list[tuple[str, Entry]]:
    """Regions (长三角) and national new areas or flagship zones not in the NBS tables."""
    found = []
    with path.open(encoding="utf-8") as lines:
        for row in csv.DictReader(lines, delimiter="\t"):
            entry = Entry(Kind.PLACE, row["name"], (), row["level"], row["parent"])
            for name in {row["name"], *filter(None, row["aliases"].split("|"))}:
                found.append((name, entry))
    return found


def short_name(name: str) -> str:
    """杭州市 -> 杭州, 广西壮族自治区 -> 广西, 浦东新区 -> 浦东, 长宁区 -> 长宁.

    >>> short_name("延边朝鲜族自治州"), short_name("新区"), short_name("宁夏回族自治区")
    ('延边', '新区', '宁夏')
    """
    for suffix in _DIVISION_SUFFIXES:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            stem = name[: -len(suffix)]
            ethnic = _ETHNIC.fullmatch(stem)
            return ethnic.group(1) if ethnic and len(ethnic.group(1)) >= 2 else stem
    return name


def _concepts(path: Path) -> dict[str, Concept]:
    if not path.exists():
        return {}
    graph = turtle.load(path)
    concepts = {}
    fields = {str(member) for member in graph.objects(None, SKOS.member)}
    for iri in graph.subjects(SKOS.inScheme, None):
        labels = {getattr(lit, "language", None): str(lit) for lit in graph.objects(iri, SKOS.prefLabel)}
        label = labels.get("zh-Hans", "")
        lineage = {str(graph.value(up, SKOS.prefLabel)) for up in graph.transitive_objects(iri, SKOS.broader)}
        if not label or label in _GROUPINGS or _NOT_TECHNOLOGY.search(label) or lineage & _NOT_TECHNOLOGY_TOPS:
            continue  # grouping names, industries, infrastructure: not technologies
        aliases = frozenset(str(lit) for lit in graph.objects(iri, SKOS.altLabel)
                            if getattr(lit, "language", None) in {"zh-Hans", "zh", None}
                            and not _NOT_TECHNOLOGY.search(str(lit)))
        broader = frozenset(str(b) for b in graph.objects(iri, SKOS.broader))
        concepts[str(iri)] = Concept(str(iri), label, labels.get("en", ""), aliases, broader,
                                     field=str(iri) in fields)
    return concepts


def _organizations(path: Path) -> list[tuple[str, str, str]]:
    """(name, canonical, place code) for every name and alias of a TSV lexicon."""
    if not path.exists():
        return []
    found = []
    with path.open(encoding="utf-8") as lines:
        for row in csv.DictReader(lines, delimiter="\t"):
            canonical = row["name"].strip()
            place = (row.get("place") or "").strip()
            for name in {canonical, *filter(None, (row.get("aliases") or "").split("|"))}:
                found.append((name.strip(), canonical, place))
    return found


def _abbreviations(path: Path) -> dict[str, str]:
    """Short department names -> full ones (科技局 -> 科学技术局)."""
    if not path.exists():
        return {}
    with path.open(encoding="utf-8") as lines:
        return {row["short"]: row["full"] for row in csv.DictReader(lines, delimiter="\t")}
