"""Turtle: read an RDF file (an ontology, shapes, a taxonomy) without executing anything.

Only Turtle and N-Triples are read: formats with XML (RDF/XML, TriX) can carry
DOCTYPE entity declarations that expand into gigabytes (billion laughs) or read
``file:`` paths, so a file that holds ``<!DOCTYPE`` or ``<!ENTITY`` is refused before
parsing. Nothing is fetched: rdflib's Turtle parser does not follow ``owl:imports`` or
dereference IRIs, and the file is handed over as text.
"""

from __future__ import annotations

from pathlib import Path

from rdflib import Graph

FORMATS = {".ttl": "turtle", ".nt": "nt", ".n3": "turtle"}
MAX_BYTES = 50 * 1024 * 1024


class UnsafeRDFError(ValueError):
    """A file that is not read: wrong format, too large, or holding XML declarations."""


def load(path: Path) -> Graph:
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise UnsafeRDFError(f"{path}: only Turtle (.ttl) and N-Triples (.nt) are read")
    if path.stat().st_size > MAX_BYTES:
        raise UnsafeRDFError(f"{path}: larger than {MAX_BYTES} bytes")
    text = path.read_text(encoding="utf-8")
    if "<!DOCTYPE" in text.upper() or "<!ENTITY" in text.upper():
        raise UnsafeRDFError(f"{path}: holds XML DOCTYPE or ENTITY declarations")
    return Graph().parse(data=text, format=fmt, publicID=path.resolve().as_uri())
