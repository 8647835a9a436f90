"""Golden folders: ``tests/golden/<case>/input/`` -> ``expected.nt`` (the facts the graph states, sorted).

Run ``pytest tests/test_golden.py --update-golden`` to rewrite the expected files after an
intended change, and review their diff before committing.
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from kg.build import build
from kg.query import SAVED
from kg.settings import Settings
from kg.store import PREFIXES, open_store

GOLDEN = Path(__file__).parent / "golden"
CASES = sorted(path for path in GOLDEN.iterdir() if path.is_dir())


def facts(store_path: Path) -> Graph:
    triples = open_store(store_path).query((SAVED / "facts.rq").read_text(encoding="utf-8"),
                                           use_default_graph_as_union=True)
    graph = Graph()
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace)
    graph.parse(data=triples.serialize(format=ox.RdfFormat.N_TRIPLES).decode(), format="nt")
    return graph


@pytest.mark.parametrize("case", CASES, ids=lambda path: path.name)
def test_golden(case: Path, tmp_path: Path, request: pytest.FixtureRequest) -> None:
    build(Settings(corpus=case / "input", out=tmp_path, progress=False, stamp="2026-01-01T00:00:00Z"))
    got = facts(tmp_path / "store")
    expected_path = case / "expected.nt"
    if request.config.getoption("--update-golden") or not expected_path.exists():
        lines = sorted(set(got.serialize(format="nt").splitlines()) - {""})
        expected_path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        pytest.skip("golden file written")
    expected = Graph().parse(expected_path, format="nt")
    if not isomorphic(got, expected):
        _, only_got, only_expected = graph_diff(to_isomorphic(got), to_isomorphic(expected))
        pytest.fail("graph differs from expected.nt\n"
                    f"--- missing ({len(only_expected)}):\n{_lines(only_expected)}\n"
                    f"+++ unexpected ({len(only_got)}):\n{_lines(only_got)}")


def _lines(graph: Graph) -> str:
    return "\n".join(sorted(f"  {s.n3()} {p.n3()} {o.n3()}" for s, p, o in graph))
