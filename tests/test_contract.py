"""Contracts: the code's vocabulary, the ontology, the shapes and the saved queries agree."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, SH

from kg.query import SAVED
from kg.settings import ONTOLOGY, SHAPES
from kg.vocab import KG

NS = str(KG._NS)


def _ontology_terms() -> set[str]:
    graph = Graph().parse(ONTOLOGY)
    return {str(s)[len(NS):] for s in graph.subjects(RDF.type, None)
            if isinstance(s, URIRef) and str(s).startswith(NS)}


def test_vocabulary_matches_ontology() -> None:
    code = {name for name in KG.__annotations__}
    assert code == _ontology_terms()


def test_unknown_term_raises() -> None:
    with pytest.raises(AttributeError):
        KG.Compnay  # noqa: B018


@pytest.mark.parametrize("name", ["Company", "ResearchInstitution", "GovernmentBody", "Association",
                                  "Policy", "Place", "Province", "City", "District", "Zone",
                                  "Technology", "Product", "Indicator", "Document"])
def test_contract_classes_are_owl_classes(name: str) -> None:
    assert (URIRef(NS + name), RDF.type, OWL.Class) in Graph().parse(ONTOLOGY)


def test_every_class_and_property_has_both_labels() -> None:
    graph = Graph().parse(ONTOLOGY)
    for term in _ontology_terms():
        languages = {label.language for label in graph.objects(URIRef(NS + term),
                                                               URIRef("http://www.w3.org/2000/01/rdf-schema#label"))}
        assert {"zh-Hans", "en"} <= languages, term


def test_shapes_use_only_ontology_terms() -> None:
    shapes = Graph().parse(SHAPES)
    used = {str(o)[len(NS):] for o in shapes.all_nodes() if str(o).startswith(NS)}
    assert used <= _ontology_terms()
    assert len(set(shapes.subjects(RDF.type, SH.NodeShape))) >= 8


@pytest.mark.parametrize("path", sorted(SAVED.glob("*.rq")), ids=lambda p: p.name)
def test_saved_query_parses_and_documents_its_question(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.startswith("#"), "a saved query starts with the question it answers"
    ox.Store().query(text, substitutions=None)
