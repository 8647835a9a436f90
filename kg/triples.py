"""Triples: entities and documents -> quads. The one module that decides classes and predicates.

Graphs:
- the default graph describes entities (class, labels, codes, the place each
  place is part of): what resolution decided over the whole corpus;
- one named graph per document holds what that document states: the
  document itself, its sentences, the mentions (``kg:mentionedIn``), the
  relations with a reified statement carrying the evidence sentence and
  trigger, and the indicators; every node with offsets into the original text;
- the ontology and the technology taxonomy have a graph each.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

from rdflib import Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS, SKOS, XSD

from kg import turtle
from kg.iri import mint
from kg.lexicon import Lexicon
from kg.model import ORGANIZATIONS, Document, Entity, Indicator, Kind, Relation
from kg.resolve import Resolution
from kg.units import to_base
from kg.vocab import KG, ONTOLOGY_IRI
from kg.vocab import SCHEMA as SDO

Quad = tuple[URIRef, URIRef, URIRef | Literal, URIRef | None]
TAXONOMY_GRAPH = URIRef(mint("graph", "taxonomy"))
_PLACE_CLASSES = {"province": KG.Province, "city": KG.City, "district": KG.District,
                  "zone": KG.Zone, "region": KG.Region, "town": KG.Town}


def entity_quads(resolution: Resolution) -> Iterator[Quad]:
    for entity in sorted(resolution.entities.values(), key=lambda e: e.iri):
        iri = URIRef(entity.iri)
        yield iri, RDF.type, class_of(entity), None
        yield iri, RDFS.label, Literal(entity.label, lang="zh-Hans"), None
        for form, lang in sorted(entity.aliases):
            yield iri, SKOS.altLabel, Literal(form, lang=lang), None
        if entity.code:
            prop = KG.statisticalCode if entity.level == "zone" else KG.adminCode
            yield iri, prop, Literal(entity.code), None
        if entity.parent:
            yield iri, KG.partOf, URIRef(entity.parent), None


def class_of(entity: Entity) -> URIRef:
    if entity.kind is Kind.PLACE:
        if entity.level == "town" and not entity.code:
            return KG.Place  # a township the text leaves unplaced (泰山街道 of which district?)
        return _PLACE_CLASSES.get(entity.level, KG.Place)
    return URIRef(KG._NS[entity.kind.value])


def document_quads(doc: Document, resolution: Resolution) -> Iterator[Quad]:
    graph = URIRef(mint("graph", doc.id))
    node = URIRef(mint("document", doc.id))
    for s, p, o in _document(doc, node, resolution):
        yield s, p, o, graph
    used = {m.sentence for m in doc.mentions} | {r.sentence for r in doc.relations} | {
        i.sentence for i in doc.indicators}
    for index in sorted(used):
        for s, p, o in _sentence(doc, node, index):
            yield s, p, o, graph
    for index, mention in enumerate(doc.mentions):
        entity = URIRef(resolution.mentions[(doc.id, index)])
        here = URIRef(mint("mention", f"{doc.id}-{mention.start}-{mention.end}"))
        yield entity, KG.mentionedIn, node, graph
        for s, p, o in _span(here, KG.Mention, doc, node, mention.start, mention.end):
            yield s, p, o, graph
        yield here, KG.mentionOf, entity, graph
        yield here, KG.inSentence, _sentence_iri(doc, mention.sentence), graph
    for relation in doc.relations:
        for s, p, o in _relation(doc, node, relation, resolution):
            yield s, p, o, graph
    for indicator in doc.indicators:
        if indicator.subject < 0 and doc.id not in resolution.homes:
            continue  # about the document's own place, which nothing names
        for s, p, o in _indicator(doc, node, indicator, resolution):
            yield s, p, o, graph


def _document(doc: Document, node: URIRef, resolution: Resolution) -> Iterator[tuple]:
    meta = doc.meta
    yield node, RDF.type, KG.Document
    yield node, RDFS.label, Literal(meta.title or doc.source, lang="zh-Hans")
    yield node, KG.sourcePath, Literal(doc.source)
    yield node, KG.sourceFormat, Literal(doc.format)
    yield node, KG.encoding, Literal(doc.encoding)
    yield node, KG.script, Literal(doc.script)
    yield node, KG.sha256, Literal(doc.sha256)
    yield node, KG.text, Literal(doc.text)
    for prop, value in ((SDO.datePublished, meta.published or meta.signature_date),
                        (SDO.dateCreated, meta.generated)):
        if value[:10].count("-") == 2:
            yield node, prop, Literal(value[:10], datatype=XSD.date)
    for prop, value in ((KG.indexNumber, meta.index_number), (KG.documentNumber, meta.document_number),
                        (KG.signer, meta.signer), (KG.addressee, meta.addressee)):
        if value:
            yield node, prop, Literal(value)
    for name in (meta.publisher, meta.signature):
        publisher = _named(resolution, doc, name)
        if publisher:
            yield node, KG.issuedBy, URIRef(publisher)
            break
    if doc.id in resolution.homes:
        yield node, SDO.spatialCoverage, URIRef(resolution.homes[doc.id])


def _named(resolution: Resolution, doc: Document, name: str) -> str:
    """The IRI of the organisation this document mentions under ``name``, if any: a page whose
    来源 is a place (来源:两江新区) names no issuer, since kg:issuedBy ranges over agents."""
    for index, mention in enumerate(doc.mentions):
        if name and mention.name == name and mention.kind in ORGANIZATIONS:
            return resolution.mentions[(doc.id, index)]
    return ""


def _sentence_iri(doc: Document, index: int) -> URIRef:
    span = doc.evidence[index]
    return URIRef(mint("sentence", f"{doc.id}-{span.start}-{span.end}"))


def _sentence(doc: Document, node: URIRef, index: int) -> Iterator[tuple]:
    span = doc.evidence[index]
    yield from _span(_sentence_iri(doc, index), KG.Sentence, doc, node, span.start, span.end)


def _span(iri: URIRef, cls: URIRef, doc: Document, node: URIRef, start: int, end: int) -> Iterator[tuple]:
    yield iri, RDF.type, cls
    yield iri, KG.inDocument, node
    yield iri, KG.text, Literal(doc.text[start:end])
    yield iri, KG.startOffset, Literal(start, datatype=XSD.integer)
    yield iri, KG.endOffset, Literal(end, datatype=XSD.integer)


def _relation(doc: Document, node: URIRef, relation: Relation, resolution: Resolution) -> Iterator[tuple]:
    subject = URIRef(resolution.mentions[(doc.id, relation.subject)])
    obj = URIRef(resolution.mentions[(doc.id, relation.object)])
    predicate = URIRef(KG._NS[relation.predicate])
    digest = hashlib.sha256(f"{doc.id}|{subject}|{predicate}|{obj}|{relation.sentence}".encode()).hexdigest()
    statement = URIRef(mint("statement", digest[:24]))
    yield subject, predicate, obj
    yield statement, RDF.type, RDF.Statement
    yield statement, RDF.subject, subject
    yield statement, RDF.predicate, predicate
    yield statement, RDF.object, obj
    yield statement, KG.evidence, _sentence_iri(doc, relation.sentence)
    yield statement, KG.inDocument, node
    yield statement, KG.trigger, Literal(relation.trigger)


def _indicator(doc: Document, node: URIRef, indicator: Indicator, resolution: Resolution) -> Iterator[tuple]:
    shared = f"-{indicator.share}" if indicator.share else ""
    iri = URIRef(mint("indicator", f"{doc.id}-{indicator.start}-{indicator.end}{shared}"))
    yield from _span(iri, KG.Indicator, doc, node, indicator.start, indicator.end)
    yield iri, SDO.observationAbout, URIRef(resolution.entity_of(doc, indicator.subject).iri)
    yield iri, SDO.value, Literal(indicator.value, datatype=XSD.decimal)
    yield iri, SDO.unitText, Literal(indicator.unit)
    yield iri, SDO.variableMeasured, Literal(indicator.name, lang="zh-Hans")
    yield iri, RDFS.label, Literal(f"{indicator.name} {indicator.value}{indicator.unit}", lang="zh-Hans")
    yield iri, KG.evidence, _sentence_iri(doc, indicator.sentence)
    if indicator.year:
        yield iri, KG.year, Literal(str(indicator.year), datatype=XSD.gYear)
    if indicator.qualifier:
        yield iri, KG.qualifier, Literal(indicator.qualifier)
    if indicator.target:
        yield iri, KG.target, Literal(True)
    if indicator.upper:
        yield iri, KG.upperValue, Literal(indicator.upper, datatype=XSD.decimal)
    base = to_base(indicator.value, indicator.unit)
    if base:
        yield iri, KG.normalizedValue, Literal(base[0], datatype=XSD.decimal)
        yield iri, KG.baseUnit, Literal(base[1])


def taxonomy_quads(lexicon: Lexicon, path: Path) -> Iterator[Quad]:
    """The SKOS taxonomy as it is, and each of its technology concepts typed and labelled."""
    graph = turtle.load(path)
    for s, p, o in sorted(graph):
        yield s, p, o, TAXONOMY_GRAPH  # type: ignore[misc]
    for concept in sorted(lexicon.concepts.values(), key=lambda c: c.iri):
        yield URIRef(concept.iri), RDF.type, KG.Technology, TAXONOMY_GRAPH
        yield URIRef(concept.iri), RDFS.label, Literal(concept.label, lang="zh-Hans"), TAXONOMY_GRAPH


def ontology_quads(path: Path) -> Iterator[Quad]:
    graph = URIRef(ONTOLOGY_IRI)
    for s, p, o in sorted(turtle.load(path)):
        yield s, p, o, graph  # type: ignore[misc]


def build_quads(stamp: str, documents: int) -> Iterator[Quad]:
    """PROV-O for the build itself: when, by what, from how many documents."""
    activity = URIRef(mint("extraction", stamp))
    yield activity, RDF.type, KG.Extraction, None
    yield activity, PROV.endedAtTime, Literal(stamp, datatype=XSD.dateTime), None
    yield activity, RDFS.comment, Literal(f"cn-metaverse-kg build of {documents} documents"), None
