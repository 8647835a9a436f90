"""Validate: the built graph against the SHACL shapes of ``ontology/shapes.ttl``.

The store's quads are read as one rdflib graph (the union of all graphs,
ontology included, so ``sh:class`` sees subclasses) and checked with pySHACL
without inference.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
from pyshacl import validate as shacl
from rdflib import Graph

from kg import turtle


@dataclass(frozen=True)
class Report:
    conforms: bool
    text: str
    triples: int


def validate(store: ox.Store, shapes: Path) -> Report:
    triples = store.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", use_default_graph_as_union=True)
    assert isinstance(triples, ox.QueryTriples)
    data = Graph().parse(data=(triples.serialize(format=ox.RdfFormat.N_TRIPLES) or b"").decode("utf-8"),
                         format="nt")
    conforms, _, text = shacl(data, shacl_graph=turtle.load(shapes),
                              inference="none", advanced=True)
    return Report(bool(conforms), str(text), len(data))
