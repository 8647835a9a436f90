"""Provenance: every sentence, mention and indicator points at the exact characters of its document."""

from __future__ import annotations

from pathlib import Path

from kg.query import run
from kg.store import open_store

SPANS = """
SELECT ?node ?text ?start ?end ?document WHERE {
  ?node kg:inDocument ?doc ; kg:text ?text ; kg:startOffset ?start ; kg:endOffset ?end .
  ?doc kg:text ?document .
}"""


def test_offsets_round_trip_exactly(built: Path) -> None:
    _, rows = run(open_store(built / "store"), SPANS)
    assert len(rows) > 100
    for node, text, start, end, document in rows:
        assert document[int(start):int(end)] == text, node


def test_every_relation_has_its_sentence(built: Path) -> None:
    _, rows = run(open_store(built / "store"), """
        SELECT ?s ?p ?o (COUNT(?sentence) AS ?n) WHERE {
          ?st a rdf:Statement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
          OPTIONAL { ?st kg:evidence ?sentence . ?sentence a kg:Sentence }
        } GROUP BY ?s ?p ?o""")
    assert rows and all(int(n) >= 1 for *_, n in rows)


def test_each_document_has_its_named_graph(built: Path) -> None:
    _, rows = run(open_store(built / "store"), """
        SELECT ?doc ?g WHERE { GRAPH ?g { ?doc a kg:Document } }""")
    assert len(rows) == 2
    assert len({g for _, g in rows}) == 2


def test_traditional_forms_are_zh_hant_alt_labels(built: Path) -> None:
    _, rows = run(open_store(built / "store"), """
        SELECT ?alt WHERE { ?e rdfs:label "杭州市科学技术局"@zh-Hans ; skos:altLabel ?alt .
                            FILTER(LANGMATCHES(LANG(?alt), "zh-Hant")) }""")
    assert ["杭州市科學技術局"] in rows
