"""Benchmark: the store we chose (pyoxigraph) against rdflib's memory store, in one run.

Scales the built dataset (build/dataset.nq) by copying every quad N times under renamed
IRIs, then times, for both stores: loading the N-Quads, a count by class, and a 2-hop
neighbourhood of one entity. Prints the figures and the ratio rdflib / pyoxigraph.

    .venv/bin/python scripts/bench_store.py [--copies 40] [--dataset build/dataset.nq]
"""

from __future__ import annotations

import argparse
import re
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset

BY_CLASS = "SELECT ?c (COUNT(?s) AS ?n) WHERE { GRAPH ?g { ?s a ?c } } GROUP BY ?c"
TWO_HOPS = """
SELECT DISTINCT ?x WHERE {
  { GRAPH ?g1 { <%s> ?p1 ?y } } UNION { GRAPH ?g1 { ?y ?p1 <%s> } }
  { GRAPH ?g2 { ?y ?p2 ?x } } UNION { GRAPH ?g2 { ?x ?p2 ?y } }
}"""


def scaled(dataset: Path, copies: int, out: Path) -> int:
    lines = dataset.read_text(encoding="utf-8").splitlines()
    count = 0
    with out.open("w", encoding="utf-8") as handle:
        for copy in range(copies):
            for line in lines:
                handle.write(re.sub(r"<https://w3id\.org/cn-metaverse-kg/id/", f"<https://w3id.org/cn-metaverse-kg/id/c{copy}/", line) + "\n")
                count += 1
    return count


def timed(action) -> tuple[float, object]:  # noqa: ANN001
    started = time.perf_counter()
    result = action()
    return time.perf_counter() - started, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=40)
    parser.add_argument("--dataset", type=Path, default=Path("build/dataset.nq"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "scaled.nq"
        quads = scaled(args.dataset, args.copies, path)
        entity = "https://w3id.org/cn-metaverse-kg/id/c0/place/330100"
        store = ox.Store()
        ox_load, _ = timed(lambda: store.load(path=str(path), format=ox.RdfFormat.N_QUADS))
        ox_count, _ = timed(lambda: list(store.query(BY_CLASS)))
        ox_hops, ox_rows = timed(lambda: list(store.query(TWO_HOPS % (entity, entity))))
        dataset = Dataset()
        rd_load, _ = timed(lambda: dataset.parse(str(path), format="nquads"))
        rd_count, _ = timed(lambda: list(dataset.query(BY_CLASS)))
        rd_hops, rd_rows = timed(lambda: list(dataset.query(TWO_HOPS % (entity, entity))))
    print(f"{quads:,} quads ({args.copies} copies of {args.dataset})")
    print(f"{'operation':<22}{'rdflib':>10}{'pyoxigraph':>12}{'ratio':>8}")
    for name, slow, fast in (("load N-Quads", rd_load, ox_load), ("count by class", rd_count, ox_count),
                             ("2-hop neighbourhood", rd_hops, ox_hops)):
        print(f"{name:<22}{slow:>9.3f}s{fast:>11.3f}s{slow / fast:>7.1f}x")
    print(f"2-hop rows: rdflib {len(rd_rows)}, pyoxigraph {len(ox_rows)}")  # type: ignore[arg-type]


if __name__ == "__main__":
    main()
