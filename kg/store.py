"""Store: quads -> an on-disk Oxigraph store and its exports, published atomically.

A build writes a new snapshot folder beside the current one and, only when
everything in it is complete, swaps the ``current`` link to it (one
``rename``, atomic on POSIX). The names users open (``store``, ``views``,
``dataset.nq`` ...) are links through ``current``, so they always show one
whole build. A lock file keeps two builds from running at once.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import re
import shutil
from collections.abc import Iterable, Iterator
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef

from kg.triples import Quad

PUBLISHED = ("store", "views", "dataset.nq", "dataset.trig", "resolution.tsv", "summary.json")
PREFIXES = {
    "kg": "https://w3id.org/cn-metaverse-kg/ontology#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "id": "https://w3id.org/cn-metaverse-kg/id/",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "schema": "https://schema.org/",
    "prov": "http://www.w3.org/ns/prov#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}
_KEEP_SNAPSHOTS = 2


class LockedError(RuntimeError):
    """Another build holds the output folder."""


def to_oxigraph(quad: Quad) -> ox.Quad:
    s, p, o, g = quad
    graph = ox.NamedNode(str(g)) if g is not None else ox.DefaultGraph()
    return ox.Quad(ox.NamedNode(str(s)), ox.NamedNode(str(p)), _term(o), graph)


def _term(term: URIRef | Literal) -> ox.NamedNode | ox.Literal:
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        raise ValueError(f"blank node in output: {term}")
    if term.language:
        return ox.Literal(str(term), language=term.language)
    if term.datatype:
        return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
    return ox.Literal(str(term))


def write(quads: Iterable[Quad], folder: Path) -> int:
    """Load ``quads`` into a new store under ``folder`` and export it; return the quad count."""
    store = ox.Store(str(folder / "store"))
    store.bulk_extend(to_oxigraph(quad) for quad in quads)
    store.flush()
    store.optimize()
    _export(store, folder)
    count = len(store)
    del store
    return count


def _export(store: ox.Store, folder: Path) -> None:
    """N-Quads sorted line by line (byte-identical across builds) and TriG with prefixes."""
    raw = (store.dump(format=ox.RdfFormat.N_QUADS) or b"").decode("utf-8")
    lines = sorted(set(_script_tags(raw).splitlines()))
    (folder / "dataset.nq").write_text("\n".join(lines) + "\n", encoding="utf-8")
    trig = store.dump(format=ox.RdfFormat.TRIG, prefixes=PREFIXES) or b""
    (folder / "dataset.trig").write_text(_script_tags(trig.decode("utf-8")), encoding="utf-8")


_SCRIPT_TAG = re.compile(r'(?<!\\)"@zh-han([st])\b')


def _script_tags(text: str) -> str:
    """Oxigraph lower-cases language tags; the exports keep the BCP 47 case, @zh-Hans/@zh-Hant."""
    return _SCRIPT_TAG.sub(lambda m: f'"@zh-Han{m.group(1)}', text)


def open_store(path: Path) -> ox.Store:
    """Open a built store for reading; a clear error if there is none."""
    if not (path / "CURRENT").exists() and not path.resolve().joinpath("CURRENT").exists():
        raise FileNotFoundError(f"no store at {path}: run `kg build` first")
    return ox.Store.read_only(str(path.resolve()))


@contextlib.contextmanager
def publish(out: Path) -> Iterator[Path]:
    """A staging folder for one build; published as ``out/current`` when the block succeeds.

    Call it inside ``locked(out)``.
    """
    snapshots = out / "snapshots"
    snapshots.mkdir(parents=True, exist_ok=True)
    staging = snapshots / f".staging-{os.getpid()}"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir()
    try:
        yield staging
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    final = snapshots / _next_name(snapshots)
    staging.rename(final)
    _swap(out, final)
    _prune(snapshots, keep=final)


def _next_name(snapshots: Path) -> str:
    numbers = [int(p.name) for p in snapshots.iterdir() if p.name.isdigit()]
    return f"{max(numbers, default=0) + 1:06d}"


def _swap(out: Path, final: Path) -> None:
    link = out / ".current.new"
    with contextlib.suppress(FileNotFoundError):
        link.unlink()
    link.symlink_to(final.relative_to(out))
    os.replace(link, out / "current")
    for name in PUBLISHED:
        target = out / name
        if target.is_symlink() or not target.exists():
            temporary = out / f".{name}.new"
            with contextlib.suppress(FileNotFoundError):
                temporary.unlink()
            temporary.symlink_to(Path("current") / name)
            os.replace(temporary, target)


def _prune(snapshots: Path, keep: Path) -> None:
    """Remove old snapshots and leftovers of killed builds, keeping the newest few."""
    done = sorted(p for p in snapshots.iterdir() if p.name.isdigit())
    for path in done[:-_KEEP_SNAPSHOTS]:
        if path != keep:
            shutil.rmtree(path, ignore_errors=True)
    for path in snapshots.glob(".staging-*"):
        shutil.rmtree(path, ignore_errors=True)


@contextlib.contextmanager
def locked(out: Path) -> Iterator[None]:
    """Hold the output folder for one build; a second build fails at once with LockedError."""
    out.mkdir(parents=True, exist_ok=True)
    handle = (out / ".lock").open("w")
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError as error:
        handle.close()
        raise LockedError(f"{out} is locked: another build is running") from error
    try:
        yield
    finally:
        fcntl.flock(handle, fcntl.LOCK_UN)
        handle.close()
