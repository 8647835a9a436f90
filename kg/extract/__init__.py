"""Extract: Document -> Document with mentions, relations and indicators.

The finders propose candidate spans of the normalized text (policies,
places, organisations, products, technologies); ``choose`` keeps the best
non-overlapping ones outside the page's cruft; then relations and indicators
are read from the sentences that hold them.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kg.extract.clauses import HOME
from kg.extract.events import find_events
from kg.extract.indicators import find_indicators
from kg.extract.organizations import brand_forms, find_organizations, list_neighbours
from kg.extract.places import LEVEL_PREFIX, chained, deepest, depth, find_places, issuer_codes
from kg.extract.policies import find_policies
from kg.extract.products import find_products, makers_of, products_built, products_of
from kg.extract.relations import find_relations
from kg.extract.technologies import find_technologies
from kg.extract.text import Candidate, Text, choose, definitions, repeats, short_forms, to_mention
from kg.lexicon import Lexicon
from kg.model import ORGANIZATIONS, Document, Kind, Metadata
from kg.segment import Segmenter


def extract(doc: Document, lexicon: Lexicon, segmenter: Segmenter) -> Document:
    text = Text(doc, lexicon, segmenter)
    codes = issuer_codes(lexicon, doc.meta)
    places = find_places(text, codes)
    candidates = [
        *find_policies(doc.norm, doc.meta.title), *places, *find_organizations(text, places),
        *find_products(doc.norm, lexicon), *find_technologies(text), *find_events(text),
    ]
    chosen = choose(text, candidates)
    short = short_forms(text, chosen)
    unlisted = [*makers_of(text, chosen), *list_neighbours(text, [*chosen, *short])]  # 灵犀数人、声纹万象等
    unlisted += [*repeats(text, [*chosen, *unlisted]), *brand_forms(text, chosen)]
    makers = [c for c in [*chosen, *short, *unlisted] if c.kind in ORGANIZATIONS]  # not a place said again
    later = [*short, *unlisted, *products_of(text, makers), *products_built(text, makers)]
    blocked = definitions(text, chosen)
    if later or blocked:
        chosen = choose(text, [c for c in [*candidates, *later]
                               if not any(low <= c.start and c.end <= high for low, high in blocked)])
    chosen = chained(chosen, lexicon)
    doc = doc.replace(mentions=tuple(to_mention(doc, c) for c in chosen))
    home = _zone_home(doc, chosen, lexicon)
    if home == HOME:
        home = _home(codes, chosen, _issuer_level(doc.meta))
    return doc.replace(relations=tuple(find_relations(text, chosen, home, frozenset(codes))),
                       indicators=tuple(find_indicators(doc, home)))


# The plan a notice prints: 关于印发《…》的通知.
_PRINTED = re.compile(r"印发《([^》]+)》")
_PROVINCE_OR_CITY = re.compile(r"^(?:[\u4e00-\u9fff]{2,7}?(?:省|自治区|市)){1,2}")


def _zone_home(doc: Document, chosen: list[Candidate], lexicon: Lexicon) -> int:
    """A document issued by a zone's administration (两江新区管委会), or printing a plan named by
    the zone (关于印发《北京城市副中心…行动方案》的通知), is about the zone."""
    issuers = [name for name in (doc.meta.publisher, doc.meta.signature, doc.meta.title,
                                 *_PRINTED.findall(doc.meta.title)) if name]
    zones = [(index, c) for index, c in enumerate(chosen) if c.kind is Kind.PLACE and c.level == "zone"]
    for name in issuers:
        for index, zone in zones:
            if name.startswith(tuple(filter(None, (zone.name, zone.key)))):
                return index
            at = name.find(zone.name)  # 陕西省西咸新区开发建设管理委员会, 河北雄安新区…: the zone's
            if 0 < at <= 8 and (_PROVINCE_OR_CITY.fullmatch(name[:at]) or lexicon.is_place(name[:at])):
                return index
    return HOME


_MUNICIPALITIES = frozenset({"11", "12", "31", "50"})
# Which codes are of the level a short-named issuer gives (LEVEL_PREFIX): a municipality is a city.
_LEVELS: dict[str, Callable[[str], bool]] = {
    "province": lambda code: code[2:] == "0000" and code[:2] not in _MUNICIPALITIES,
    "city": lambda code: code[4:] == "00" and (code[2:] != "0000" or code[:2] in _MUNICIPALITIES),
    "district": lambda code: code[4:] != "00",
}


def _issuer_level(meta: Metadata) -> Callable[[str], bool] | None:
    """The level of the document's place that a short-named issuer gives (市…局, not 市场…)."""
    for name in (meta.publisher, meta.signature):
        if len(name) > 2 and name[0] in LEVEL_PREFIX and name[1] not in "场民级直属辖":
            return _LEVELS[LEVEL_PREFIX[name[0]]]
    return None


def _home(codes: set[str], chosen: list[Candidate], level: Callable[[str], bool] | None = None) -> int:
    """The mention of the document's own place: its issuer's, else the place it names most (of
    the level a short-named issuer gives: 市工信局's city); HOME when only the issuer's name gives it."""
    if not codes:
        places = [c.key for c in chosen if c.kind is Kind.PLACE and c.key.isdigit()]
        if level is not None and any(level(code) for code in places):
            places = [code for code in places if level(code)]
        if not places:
            return HOME  # the deeper on a tie: 黄岛区, not 山东 of a page's footer
        codes = {max(sorted(set(places)), key=lambda code: (places.count(code), *depth(code)))}
    for wanted in (deepest(codes), *sorted(codes)):
        for index, candidate in enumerate(chosen):
            if candidate.kind is Kind.PLACE and candidate.key == wanted:
                return index
    return HOME
