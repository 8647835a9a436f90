"""Query: SPARQL over the built store -> a table, CSV, TSV or SPARQL JSON results.

Queries see the union of all graphs as their default graph, so a plain
``SELECT`` finds entities, document facts and the ontology alike; ``GRAPH``
still reaches one document's graph. Values are passed as bindings, never
pasted into the query text. Saved queries live in ``kg/queries/*.rq``.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Mapping
from pathlib import Path

import pyoxigraph as ox

from kg.store import PREFIXES

SAVED = Path(__file__).parent / "queries"
FORMATS = ("table", "csv", "tsv", "json")


class QueryError(ValueError):
    """The query could not be parsed or run."""


def load_query(text_or_path: str) -> str:
    """A query given inline, as a path to a ``.rq`` file, or as the name of a saved query."""
    if text_or_path.endswith(".rq"):
        path = Path(text_or_path)
        if not path.exists() and (SAVED / path.name).exists():
            path = SAVED / path.name
        if not path.exists():
            raise QueryError(f"{text_or_path}: no such query file")
        return path.read_text(encoding="utf-8")
    return text_or_path


def run(store: ox.Store, query: str, bindings: Mapping[str, str] | None = None) -> tuple[list[str], list[list[str]]]:
    """(variable names, rows of plain strings) of a SELECT; ASK gives one row of 'true'/'false'.

    A query takes a binding for a variable it projects (SEP-0007, as Oxigraph does);
    the bound columns are left out of the result.
    """
    substitutions: dict[ox.Variable, ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple] = {
        ox.Variable(name): _term(value) for name, value in (bindings or {}).items()}
    try:
        result = store.query(query, prefixes=PREFIXES, use_default_graph_as_union=True,
                             substitutions=substitutions or None)
    except SyntaxError as error:
        raise QueryError(f"SPARQL syntax error: {error}") from error
    if isinstance(result, ox.QueryBoolean):
        return ["ask"], [["true" if bool(result) else "false"]]
    if isinstance(result, ox.QuerySolutions):
        names = [v.value for v in result.variables if v.value not in (bindings or {})]
        return names, [[_plain(solution[name]) for name in names] for solution in result]
    return ["subject", "predicate", "object"], [
        [_plain(t.subject), _plain(t.predicate), _plain(t.object)] for t in result]


def _term(value: str) -> ox.NamedNode | ox.Literal:
    if value.startswith(("http://", "https://", "urn:")):
        return ox.NamedNode(value)
    return ox.Literal(value)


def _plain(term: object) -> str:
    if term is None:
        return ""
    return str(getattr(term, "value", term))


def render(names: list[str], rows: list[list[str]], fmt: str) -> str:
    if fmt == "json":
        bindings = [{n: {"type": "literal", "value": v} for n, v in zip(names, row, strict=True) if v}
                    for row in rows]
        return json.dumps({"head": {"vars": names}, "results": {"bindings": bindings}},
                          ensure_ascii=False, indent=2)
    if fmt in {"csv", "tsv"}:
        out = io.StringIO()
        writer = csv.writer(out, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        writer.writerow(names)
        writer.writerows([[safe_cell(v) for v in row] for row in rows])
        return out.getvalue().rstrip("\n")
    return table(names, [[_compact(v) for v in row] for row in rows])


def _compact(value: str) -> str:
    """kg:Company for the ontology's IRI, and so on for the known prefixes (tables only)."""
    for prefix, namespace in PREFIXES.items():
        if value.startswith(namespace) and len(value) > len(namespace):
            return f"{prefix}:{value[len(namespace):]}"
    return value


def safe_cell(value: str) -> str:
    """A spreadsheet cell that cannot run as a formula (=, +, -, @ at the start are quoted)."""
    return "'" + value if value[:1] in {"=", "+", "-", "@", "\t", "\r"} else value


def table(names: list[str], rows: list[list[str]]) -> str:
    """Aligned columns, counting a wide (CJK) character as two."""
    widths = [max([_width(n)] + [_width(r[i]) for r in rows]) for i, n in enumerate(names)]
    lines = [_line(names, widths), "  ".join("-" * w for w in widths)]
    lines += [_line(row, widths) for row in rows]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines)


def _line(cells: list[str], widths: list[int]) -> str:
    return "  ".join(c.replace("\n", " ") + " " * (w - _width(c)) for c, w in zip(cells, widths, strict=True)).rstrip()


def _width(text: str) -> int:
    return sum(2 if ch >= "\u1100" and (ch <= "\u115f" or "\u2e80" <= ch <= "\ua4cf" or "\uac00" <= ch <= "\ud7a3"
                                         or "\uf900" <= ch <= "\ufaff" or "\uff00" <= ch <= "\uff60"
                                         or ch >= "\U00020000") else 1 for ch in text.replace("\n", " "))
