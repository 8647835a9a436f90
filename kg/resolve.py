"""Resolve: the mentions of the whole corpus -> entities, each decision written down.

The one stage that sees every document. A mention becomes an entity by a key:
- places by their administrative code (长宁 in a Shanghai document and 长宁区
  are 310105; 长宁县 in Sichuan is 511524), else by name;
- technologies by their taxonomy concept, else by name;
- organisations by their canonical name: the lexicon's, or the full name a
  short form stands for in its document (市科技局 in a Hangzhou document is
  杭州市科学技术局), or the longer name of the same document that a short one
  begins or ends (海康 -> 海康威视; 达摩院 -> 阿里达摩院), unless what is left
  over names a field (新华三 and 新华三人工智能 stay two);
- policies by their full title (《实施意见》 -> the title it points back to).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from kg.extract.organizations import TRADE_WORDS, registered_core
from kg.extract.places import LEVEL_PREFIX, ZONE_SUFFIXES, deepest, issuer_codes
from kg.iri import mint
from kg.lexicon import Lexicon, short_name
from kg.model import ORGANIZATIONS, Document, Entity, Kind, Mention, Metadata

_SLUG = {Kind.COMPANY: "company", Kind.RESEARCH: "institution", Kind.GOVERNMENT: "government",
         Kind.ASSOCIATION: "association", Kind.POLICY: "policy", Kind.PLACE: "place",
         Kind.TECHNOLOGY: "technology", Kind.PRODUCT: "product", Kind.PROJECT: "project",
         Kind.EVENT: "event", Kind.PERSON: "person"}
# Left over when a short name is cut from a longer one: the same company (商汤/商汤科技).
_SAME_COMPANY = re.compile(r"^(科技|技术|股份|集团|公司|有限公司|股份有限公司|控股|网络|信息|数字|智能)$")
# Rules by trust, for the kind of a name that rules disagree on.
_TRUST = ("org-lexicon", "company-brand-lexicon", "body-", "research-", "association-",
          "company-suffix", "company-product-list", "company-brand", "org-list")


@dataclass
class Resolution:
    entities: dict[str, Entity] = field(default_factory=dict)
    mentions: dict[tuple[str, int], str] = field(default_factory=dict)
    homes: dict[str, str] = field(default_factory=dict)
    decisions: list[tuple[str, str, str, str]] = field(default_factory=list)

    def entity_of(self, doc: Document, index: int) -> Entity:
        if index < 0:
            return self.entities[self.homes[doc.id]]
        return self.entities[self.mentions[(doc.id, index)]]


def resolve(docs: list[Document], lexicon: Lexicon) -> Resolution:
    result = Resolution()
    kinds = _org_kinds(docs, lexicon)
    for doc in docs:
        home = issuer_codes(lexicon, doc.meta) or _named_home(doc, lexicon)
        longer = _longer_names(doc, lexicon)
        for index, mention in enumerate(doc.mentions):
            kind, key, label, reason = _key(mention, doc, lexicon, home, longer, kinds)
            entity = _entity(result, lexicon, kind, key, label)
            entity.documents.add(doc.id)
            for form, lang in _forms(mention, doc):
                if form != entity.label:
                    entity.aliases.add((form, lang))
            if kind is Kind.GOVERNMENT and (district := _without_city(entity.label, lexicon, home)):
                entity.aliases.add((district, "zh-Hans"))  # 长乐区工业和信息化局, as the district writes it
            if mention.name != entity.label:
                result.decisions.append((mention.name, entity.label, kind.value, reason))
            result.mentions[(doc.id, index)] = entity.iri
        _administered_zones(result, doc, lexicon, home)
        own = deepest(home)
        if own:
            result.homes[doc.id] = _place(result, lexicon, own).iri
    _add_ancestors(result, lexicon)
    result.decisions = sorted(set(result.decisions))
    return result


_ADMINISTRATION = re.compile(r"(?:管理委员会|管委会)$")
_ZONE_NAME = re.compile(f"(?:{'|'.join(ZONE_SUFFIXES)})$")


def _administered_zones(result: Resolution, doc: Document, lexicon: Lexicon, home: set[str]) -> None:
    """A zone the document names by a short form (松山湖高新区) is also named by its
    administration's full name (东莞松山湖高新技术产业开发区管理委员会), with or without the city."""
    cities = [name for code in sorted(home) if lexicon.divisions[code].level in {"province", "city"}
              for name in (lexicon.divisions[code].name, short_name(lexicon.divisions[code].name))]
    for mention in doc.mentions:
        zone = _ADMINISTRATION.sub("", mention.name)
        if mention.kind is not Kind.GOVERNMENT or zone == mention.name or not _ZONE_NAME.search(zone):
            continue
        for name in [zone, *(zone[len(city):] for city in cities if zone.startswith(city))]:
            key, _, _ = _zone_key(lexicon, name, _full_zone(name), home)
            entity = result.entities.get(mint("place", key))
            if entity is not None and doc.id in entity.documents:
                if zone != entity.label:
                    entity.aliases.add((zone, "zh-Hans"))
                break


def _named_home(doc: Document, lexicon: Lexicon) -> set[str]:
    """A document with no publisher or signature that names a place is about the division it
    names most (a news page of 两江新区 and 重庆): its code and its ancestors' codes."""
    codes = [m.key if m.key in lexicon.divisions else _zone_division(lexicon, m.key)
             for m in doc.mentions if m.kind is Kind.PLACE]
    codes = [code for code in codes if code]
    if not codes:
        return set()
    most = max(sorted(set(codes)), key=codes.count)
    return {most, *(d.code for d in lexicon.divisions[most].ancestors(lexicon.divisions))}


def _zone_division(lexicon: Lexicon, name: str) -> str:
    """The division a zone of the lexicon lies in (重庆两江新区 -> 500000), or ""."""
    parents = {e.parent for e in lexicon.names.get(name, ()) if e.kind is Kind.PLACE and e.level == "zone"}
    return parents.pop() if len(parents) == 1 and next(iter(parents)) in lexicon.divisions else ""


# The short forms of national zones' official names.
_ZONE_FULL = (("高新区", "高新技术产业开发区"), ("经开区", "经济技术开发区"))


# The suffixes of an ordinary division's name; a town-level unit named without one is a zone's
# administration (东莞 松山湖, 441900401).
_DIVISION_SUFFIX = re.compile(r"(?:省|市|区|县|旗|镇|乡|街道|苏木|办事处)$")


def _named_unit(lexicon: Lexicon, full: str, home: set[str]) -> list[str]:
    """The code of the town-level unit of the document's city that a zone's full name begins
    with (松山湖高新技术产业开发区 -> 松山湖, 441900401 in 东莞), where that unit's name has no
    ordinary division's suffix."""
    stem = next((full[:-len(long)] for _, long in _ZONE_FULL if full.endswith(long)), "")
    return [code for e in lexicon.names.get(stem, ()) if e.kind is Kind.PLACE and e.canonical == stem
            and e.level in {"town", "zone"} and e.parent in home and not _DIVISION_SUFFIX.search(stem)
            for code in e.keys[:1] if code in lexicon.divisions]


def _full_zone(name: str) -> str:
    """保定高新区 -> 保定高新技术产业开发区, the identity of a zone named by its short form."""
    for short, full in _ZONE_FULL:
        if name.endswith(short) and len(name) > len(short) + 1:
            return name[:-len(short)] + full
    return name


def _zone_key(lexicon: Lexicon, name: str, full: str, home: set[str]) -> tuple[str, str, str]:
    """(identity key, canonical label, reason) of a place the lexicon has no code for by its
    name, whose full name is ``full``: the lexicon's coded zone or unit of that full name if any."""
    reason = "place name" if full == name else "a zone's short form of its full name"
    codes = [e.keys[0] for e in lexicon.names.get(full, ()) if full != name and e.kind is Kind.PLACE
             and e.keys and e.keys[0] in lexicon.divisions] or _named_unit(lexicon, full, home)
    if codes:
        return codes[0], lexicon.divisions[codes[0]].name, reason
    return full, name, reason


def _key(mention: Mention, doc: Document, lexicon: Lexicon, home: set[str],
         longer: dict[str, str], kinds: dict[str, Kind]) -> tuple[Kind, str, str, str]:
    """(kind, identity key, canonical label, reason) for one mention."""
    if mention.kind is Kind.PLACE:
        if mention.key.isdigit():
            return Kind.PLACE, mention.key, lexicon.divisions[mention.key].name, "administrative code"
        name = mention.key or mention.name
        return (Kind.PLACE, *_zone_key(lexicon, name, name if mention.key else _full_zone(name), home))
    if mention.kind is Kind.TECHNOLOGY and mention.key:
        return Kind.TECHNOLOGY, mention.key, lexicon.concepts[mention.key].label, "taxonomy concept"
    if mention.kind is Kind.POLICY:
        return Kind.POLICY, mention.key or mention.name, mention.key or mention.name, "back-reference"
    if mention.kind in ORGANIZATIONS:
        name, reason = _organization(mention, lexicon, home, longer, doc.meta)
        kind = kinds.get(name, mention.kind)
        return kind, name, name, reason
    return mention.kind, mention.name, mention.name, "name"


def _organization(mention: Mention, lexicon: Lexicon, home: set[str],
                  longer: dict[str, str], meta: Metadata) -> tuple[str, str]:
    if mention.key and mention.kind is not Kind.GOVERNMENT:
        return mention.key, "lexicon"
    name, reason = (mention.key, "lexicon") if mention.key else (mention.name, "name")
    if name in longer:
        name, reason = longer[name], "short form of a longer name in the same document"
    if mention.kind is Kind.RESEARCH and name.startswith("中科院"):
        name, reason = "中国科学院" + name[3:], "中科院 is 中国科学院"
    if mention.kind is Kind.GOVERNMENT and not name.endswith(("区委", "市委", "县委", "省委")):
        expanded = _expand_body(_with_zone(name, meta), lexicon, home)  # 区工信局 -> 区工业和信息化局 -> …
        if expanded != name:
            name, reason = expanded, "short form expanded with the document's place"
    return name, reason


def _expand_body(name: str, lexicon: Lexicon, home: set[str]) -> str:
    """市科技局 -> 杭州市科学技术局 in a document whose publisher is in Hangzhou;
    区工信局 -> 深圳市南山区工业和信息化局 in one from Nanshan."""
    level = LEVEL_PREFIX.get(name[0], "")
    places = {lexicon.divisions[code].level: lexicon.divisions[code].name for code in home}
    if "city" not in places and places.get("province", "").endswith("市"):
        places["city"] = places["province"]  # 重庆市: a municipality is its own city (市经信委)
    if level and level in places and not name.startswith(places[level]):
        name = places[level] + name[1:]
    for short, full in sorted(lexicon.abbreviations.items(), key=lambda item: -len(item[0])):
        if name.endswith(short) and not name.endswith(full):
            name = name[: -len(short)] + full
            break
    return _with_city(name, lexicon, home)


def _with_zone(name: str, meta: Metadata) -> str:
    """新区管委会 -> 郑州市郑东新区管委会 in a document the zone's administration publishes or signs."""
    short = re.match(r"新区|高新区|经开区|开发区|合作区|自贸区", name)
    if short is None:
        return name
    for issuer in (meta.publisher, *meta.signature.split()):
        zone = re.match(rf"[\u4e00-\u9fff]+?{short.group()}", issuer)
        if zone:
            return zone.group() + name[short.end():]
    return name


def _with_city(name: str, lexicon: Lexicon, home: set[str]) -> str:
    """A district's body is named with its city first: 南山区… -> 深圳市南山区…, choosing
    among districts of one name (南山区 of Shenzhen, of Hegang) the document's own."""
    for code in sorted(home):
        district = lexicon.divisions[code]
        if district.level == "district" and name.startswith(district.name):
            parent = lexicon.divisions[district.parent].name
            return name if name.startswith(parent) else parent + name
    return name


def _without_city(name: str, lexicon: Lexicon, home: set[str]) -> str:
    """福州市长乐区工业和信息化局 -> 长乐区工业和信息化局 for a body of the document's district, else ""."""
    for code in sorted(home):
        district = lexicon.divisions[code]
        parent = lexicon.divisions.get(district.parent)
        if district.level == "district" and parent and name.startswith(parent.name + district.name):
            return name[len(parent.name):]
    return ""


def _longer_names(doc: Document, lexicon: Lexicon) -> dict[str, str]:
    """Short organisation names of a document -> the longer name they begin or end; and a
    registered company name -> the short name of the same document it is the full form of
    (泰豪科技股份有限公司 -> 泰豪科技, 宁波视研光电科技有限公司 -> 视研光电), keyed by the
    short one's lexicon name when it has one; a zone's body in short forms (汕头高新区管委会) -> the
    body the document names in full; and a body named by its level (区经信局) -> the one
    body of that level and kind the document names in full (杭州高新区(滨江)经济和信息化局)."""
    names = {m.name for m in doc.mentions if m.kind in ORGANIZATIONS}
    keys = {m.name: m.key for m in doc.mentions if m.kind in ORGANIZATIONS and m.key}
    found = {}
    for long in names:
        core = registered_core(long, lexicon)
        if not core:
            continue
        shorts = [short for short in names if short != long and _same_company(short, core, lexicon)]
        if shorts:
            short = max(shorts, key=len)
            found[long] = keys.get(short, short)
    by_length = sorted(names, key=lambda n: (len(n), n))  # by length, then by name: the same choice each run
    for short in names:
        if short in found:
            continue
        for long in by_length:
            if long == short or len(short) < 2 or len(long) <= len(short) or found.get(long) == short:
                continue
            if long.endswith(short) and len(short) >= 3:
                if not any(other != long and len(other) == len(long) and other.endswith(short) for other in names):
                    found[short] = long  # 区人民政府 of 青山区人民政府 and 石拐区人民政府: neither
                break
            rest = long[len(short):]
            if long.startswith(short) and not _SAME_COMPANY.match(rest) and len(rest) <= 2 and (
                    not re.search(r"[局委办厅部司院所校]$", long)):
                found[short] = long
                break
    bodies = {m.name for m in doc.mentions if m.kind is Kind.GOVERNMENT}
    for short in sorted(bodies - found.keys()):
        spelled = [full for full in _spelled_out(short) if full in bodies]
        if spelled:  # 汕头高新区管委会 -> 汕头高新技术产业开发区管理委员会
            found[short] = spelled[0]
            continue
        level, rest = short[:1], short[1:]
        if level not in LEVEL_PREFIX:
            continue
        full = lexicon.abbreviations.get(rest, rest)
        owners = [long for long in bodies if long != short and long.endswith(full)
                  and re.sub(r"\([^()]*\)$", "", long[:-len(full)]).endswith(level)]
        if len(owners) == 1:  # 区经信局 -> 杭州高新区(滨江)经济和信息化局, the one such body of its level
            found[short] = owners[0]
    return found


def _spelled_out(name: str) -> list[str]:
    """A zone's body named with short forms, spelled out: 甲高新区管委会 -> 甲高新技术产业开发区管理委员会
    (or 甲高新技术开发区管理委员会, as some zones are named)."""
    core = name.removesuffix("管委会")
    if core == name:
        return []
    full = _full_zone(core)
    return [full + "管理委员会", full.replace("高新技术产业开发区", "高新技术开发区") + "管理委员会"]


def _same_company(short: str, core: str, lexicon: Lexicon) -> bool:
    """泰豪科技 or 泰豪 for the brand 泰豪; 浪潮 for 浪潮(集团); 数维科技 for 西湖数维 (常州西湖数维
    科技有限公司), where what comes before the brand is a place's name."""
    brand = TRADE_WORDS.sub("", short) or short
    if len(brand) >= 2 and core.endswith(brand) and lexicon.is_place(core[:-len(brand)]):
        return True
    if len(core) < 2 or not short.startswith(core):
        return False
    rest = short[len(core):]
    return not rest or bool(TRADE_WORDS.fullmatch(rest))


def _org_kinds(docs: list[Document], lexicon: Lexicon) -> dict[str, Kind]:
    """The kind of each organisation name, by the most trusted rule that found it."""
    best: dict[str, tuple[int, Kind]] = {}
    for doc in docs:
        for mention in doc.mentions:
            if mention.kind in ORGANIZATIONS:
                name = mention.key or mention.name
                rank = next((i for i, rule in enumerate(_TRUST) if mention.rule.startswith(rule)),
                            len(_TRUST))
                if name not in best or rank < best[name][0]:
                    best[name] = (rank, mention.kind)
    return {name: kind for name, (_, kind) in best.items()}


def _entity(result: Resolution, lexicon: Lexicon, kind: Kind, key: str, label: str) -> Entity:
    if kind is Kind.PLACE and key.isdigit():
        return _place(result, lexicon, key)
    iri = key if kind is Kind.TECHNOLOGY and key.startswith("https://") else mint(_SLUG[kind], key)
    if iri not in result.entities:
        level = _zone_level(lexicon, label) if kind is Kind.PLACE else ""
        result.entities[iri] = Entity(iri, kind, label, level=level)
    return result.entities[iri]


def _zone_level(lexicon: Lexicon, name: str) -> str:
    for entry in lexicon.names.get(name, ()):
        if entry.kind is Kind.PLACE:
            return entry.level
    return "zone"


def _place(result: Resolution, lexicon: Lexicon, code: str) -> Entity:
    iri = mint("place", code)
    if iri not in result.entities:
        division = lexicon.divisions[code]
        parent = mint("place", division.parent) if division.parent else ""
        result.entities[iri] = Entity(iri, Kind.PLACE, division.name, level=division.level,
                                      code=code, parent=parent)
    return result.entities[iri]


def _add_ancestors(result: Resolution, lexicon: Lexicon) -> None:
    """Every place's parents up to its province, and zones' parents from the lexicon."""
    done: set[str] = set()
    while pending := [e for iri, e in result.entities.items() if iri not in done and e.kind is Kind.PLACE]:
        for entity in pending:
            done.add(entity.iri)
            if not entity.code:
                entity.parent = _zone_parent(result, lexicon, entity.label)
            code = entity.code or ""
            while code and lexicon.divisions[code].parent:
                code = lexicon.divisions[code].parent
                _place(result, lexicon, code)


def _zone_parent(result: Resolution, lexicon: Lexicon, name: str) -> str:
    """The parent the lexicon gives a zone or uncoded place of this name: the one parent of all
    its entries, or of those the graph already holds (泰山街道 is in three districts)."""
    parents = {e.parent for e in lexicon.names.get(name, ()) if e.kind is Kind.PLACE and e.parent}
    if parents:
        known = [p for p in parents if mint("place", p) in result.entities]
        chosen = parents if len(parents) == 1 else known
        return _place(result, lexicon, next(iter(chosen))).iri if len(chosen) == 1 else ""
    for start, _, found in sorted(lexicon.match(name)):
        if start == 0 and found != name:
            coded = {e.keys[0] for e in lexicon.names[found] if e.kind is Kind.PLACE and e.keys
                     and e.level != "town"}
            known = [mint("place", c) for c in coded if mint("place", c) in result.entities]
            if len(known) == 1 or len(coded) == 1:
                return known[0] if known else _place(result, lexicon, coded.pop()).iri
    return ""


def _forms(mention: Mention, doc: Document) -> list[tuple[str, str]]:
    forms = [(mention.name, "zh-Hans")]
    if mention.alias:
        forms.append((mention.alias, "zh-Hans"))
    surface = unicodedata.normalize("NFKC", mention.text).strip()
    if doc.script == "Hant" and surface != mention.name and surface:
        forms.append((surface, "zh-Hant"))
    return forms
