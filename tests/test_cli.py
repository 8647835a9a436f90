"""End to end through ``kg.cli.main``, in process: build, validate, query, eval, view."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.cli import main
from kg.query import run
from kg.store import open_store

ROOT = Path(__file__).resolve().parent.parent
CLASSES = ("Company", "ResearchInstitution", "GovernmentBody", "Association", "Policy", "Place",
           "Province", "City", "District", "Zone", "Technology", "Product", "Indicator", "Document")


def test_help_names_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    for command in ("build", "query", "validate", "eval", "view"):
        assert command in out


def test_build_validate_query(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    assert main(["build", "--corpus", str(ROOT / "data" / "corpus"), "--out", str(out), "--quiet"]) == 0
    assert "built 2 documents" in capsys.readouterr().out
    assert main(["validate", "--store", str(out / "store")]) == 0
    assert "conforms" in capsys.readouterr().out
    query = "SELECT ?label WHERE { ?p a kg:City ; rdfs:label ?label ; kg:adminCode \"330100\" }"
    assert main(["query", "--store", str(out / "store"), query]) == 0
    table = capsys.readouterr().out
    assert "杭州市" in table and "(1 row)" in table
    assert main(["query", "--store", str(out / "store"), "--format", "json", "places.rq"]) == 0
    places = json.loads(capsys.readouterr().out)["results"]["bindings"]
    assert {"杭州市", "长宁区", "上海市"} <= {b["place"]["value"] for b in places}


@pytest.mark.parametrize("cls", CLASSES)
def test_every_class_has_instances(built: Path, cls: str) -> None:
    _, rows = run(open_store(built / "store"),
                  "SELECT ?c (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a/rdfs:subClassOf* ?c } GROUP BY ?c",
                  {"c": f"https://w3id.org/cn-metaverse-kg/ontology#{cls}"})
    assert int(rows[0][0]) > 0, cls


def test_query_syntax_error_is_reported(built: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["query", "--store", str(built / "store"), "SELEC nothing"]) == 1
    assert "syntax" in capsys.readouterr().err.lower()


def test_query_without_store_says_build_first(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["query", "--store", str(tmp_path / "none"), "ASK {}"]) == 2
    assert "kg build" in capsys.readouterr().err


def test_view_prints_the_page(built: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["view", "--out", str(built)]) == 0
    assert capsys.readouterr().out.strip().endswith("index.html")


def test_eval_scores_the_bundled_gold(built: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gold = ROOT / "tests" / "data" / "gold"
    assert main(["eval", "--gold", str(gold), "--store", str(built / "store"), "--brief"]) == 0
    out = capsys.readouterr().out
    assert "entities (micro)" in out and "relations" in out and "indicators" in out


def test_validate_reports_a_graph_that_does_not_conform(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from rdflib import Literal, URIRef
    from rdflib.namespace import RDF, RDFS

    from kg import store
    from kg.settings import ONTOLOGY
    from kg.triples import ontology_quads
    from kg.vocab import KG

    company = URIRef("https://w3id.org/cn-metaverse-kg/id/company/无名")
    city = URIRef("https://w3id.org/cn-metaverse-kg/id/place/330100")
    quads = [*ontology_quads(ONTOLOGY), (company, RDF.type, KG.Company, None),
             (city, RDF.type, KG.City, None), (city, RDFS.label, Literal("杭州市", lang="zh-Hans"), None),
             (city, KG.adminCode, Literal("33010"), None)]
    store.write(iter(quads), tmp_path)
    assert main(["validate", "--store", str(tmp_path / "store")]) == 1
    report = capsys.readouterr().out
    assert "exactly one rdfs:label" in report and "330100" in report and "Conforms: False" in report


def test_graph_conforms_with_a_place_as_source_and_townships_of_unsaid_districts(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """来源:两江新区 names no issuer (kg:issuedBy ranges over agents); 泰山街道, in three districts,
    is a kg:Place with no code and no parent rather than a kg:Town without its code."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "news.txt").write_text(
        "两江新区举办XR产业大会\n发布时间:2024-09-12 10:36  来源:两江新区  字号:【大】【中】【小】\n"
        "南京市在泰山街道、顶山街道等区域建设数字孪生园区。\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["build", "--corpus", str(corpus), "--out", str(out), "--quiet"]) == 0
    assert main(["validate", "--store", str(out / "store")]) == 0, capsys.readouterr().out
    _, rows = run(open_store(out / "store"), "SELECT ?c ?parent WHERE { ?p rdfs:label \"泰山街道\"@zh-hans ; a ?c "
                  "OPTIONAL { ?p kg:partOf ?parent } }")
    assert [str(c) for c, _ in rows] == ["https://w3id.org/cn-metaverse-kg/ontology#Place"]
    assert not rows[0][1]
