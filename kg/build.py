"""Build: corpus folder -> published store, exports, resolution file and views.

Per-document stages (ingest -> normalize -> layout -> segment -> extract)
run in a process pool, each worker with its own lexicon and tokenizer; only
``resolve`` sees the whole corpus. Files that cannot be read are skipped with
their reason (an error under ``strict``); the previous build stays published
until the new one is complete.
"""

from __future__ import annotations

import itertools
import json
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path

from kg import store, triples, views
from kg.conflicts import conflicts
from kg.extract import extract
from kg.ingest import IngestError, discover, ingest
from kg.layout import layout
from kg.lexicon import LEXICONS, Lexicon, load_lexicon
from kg.model import Document
from kg.normalize import normalize
from kg.resolve import Resolution, resolve
from kg.segment import Segmenter, make_segmenter, segment
from kg.settings import Settings

_SERIAL_BELOW = 8  # a pool costs more than it saves on a handful of documents


class BuildError(RuntimeError):
    """The build cannot go on; nothing was published."""


@dataclass
class Summary:
    documents: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)
    duplicates: list[tuple[str, str]] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)
    quads: int = 0
    entities: dict[str, int] = field(default_factory=dict)
    relations: int = 0
    indicators: int = 0
    seconds: float = 0.0
    stamp: str = ""


def build(settings: Settings) -> Summary:
    paths = discover(settings.corpus)
    with store.locked(settings.out):
        return _build(settings, paths)


def _build(settings: Settings, paths: list[Path]) -> Summary:
    started = time.perf_counter()
    summary = Summary(stamp=settings.stamp)
    docs = _documents(paths, settings, summary)
    if settings.strict and summary.skipped:
        raise BuildError("strict: " + "; ".join(f"{p}: {r}" for p, r in summary.skipped))
    if not docs:
        raise BuildError(f"no readable documents in {settings.corpus}")
    lexicon = load_lexicon()
    _progress(settings, "resolve", len(docs), len(docs))
    resolution = resolve(docs, lexicon)
    _count(summary, docs, resolution)
    summary.conflicts = conflicts(docs, resolution)
    with store.publish(settings.out) as staging:
        summary.quads = store.write(_quads(settings, lexicon, docs, resolution), staging)
        _progress(settings, "store", 1, 1)
        views.write(staging / "views", docs, resolution)
        _progress(settings, "views", 1, 1)
        _write_resolution(staging / "resolution.tsv", resolution)
        summary.seconds = round(time.perf_counter() - started, 2)
        (staging / "summary.json").write_text(
            json.dumps(asdict(summary), ensure_ascii=False, indent=2, sort_keys=True) + "\n",
            encoding="utf-8")
    return summary


def _documents(paths: list[Path], settings: Settings, summary: Summary) -> list[Document]:
    docs: dict[str, Document] = {}
    for done, result in enumerate(_process(paths, settings), start=1):
        _progress(settings, "extract", done, len(paths))
        if isinstance(result, tuple):
            summary.skipped.append(result)
            continue
        summary.warnings.extend((result.source, w) for w in result.warnings)
        if result.id in docs:
            summary.duplicates.append((result.source, docs[result.id].source))
            continue
        docs[result.id] = result
    return sorted(docs.values(), key=lambda d: d.source)


def _process(paths: list[Path], settings: Settings):  # noqa: ANN202
    workers = settings.workers or min(2, len(paths))
    if workers <= 1 or len(paths) < _SERIAL_BELOW:
        _start_worker(settings.corpus, settings.max_bytes, settings.cache)
        yield from map(_one, paths)
        return
    with ProcessPoolExecutor(workers, initializer=_start_worker,
                             initargs=(settings.corpus, settings.max_bytes, settings.cache)) as pool:
        yield from pool.map(_one, paths, chunksize=max(1, min(32, len(paths) // (workers * 8))))


# One worker's tools, made once per process by _start_worker (a pool's initializer).
_WORKER: dict[str, object] = {}


def _start_worker(corpus: Path, max_bytes: int, cache: Path) -> None:
    lexicon = load_lexicon(LEXICONS)
    _WORKER.update(corpus=corpus, max_bytes=max_bytes, lexicon=lexicon,
                   segmenter=make_segmenter(lexicon, cache))


def _one(path: Path) -> Document | tuple[str, str]:
    corpus, max_bytes = _WORKER["corpus"], _WORKER["max_bytes"]
    lexicon, segmenter = _WORKER["lexicon"], _WORKER["segmenter"]
    assert isinstance(corpus, Path) and isinstance(max_bytes, int)
    assert isinstance(lexicon, Lexicon) and isinstance(segmenter, Segmenter)
    try:
        doc = ingest(path, corpus, max_bytes)
    except IngestError as error:
        return str(path), error.reason
    doc = segment(layout(normalize(doc, lexicon.kept_by_t2s)), segmenter)
    return extract(doc, lexicon, segmenter).slim()


def _quads(settings: Settings, lexicon: Lexicon, docs: list[Document], resolution: Resolution):  # noqa: ANN202
    return itertools.chain(
        triples.ontology_quads(settings.ontology),
        triples.taxonomy_quads(lexicon, LEXICONS / "technologies.ttl"),
        triples.entity_quads(resolution),
        itertools.chain.from_iterable(triples.document_quads(d, resolution) for d in docs),
        triples.build_quads(settings.stamp, len(docs)),
    )


def _count(summary: Summary, docs: list[Document], resolution: Resolution) -> None:
    summary.documents = len(docs)
    mentioned = [e for e in resolution.entities.values() if e.documents]
    for entity in mentioned:
        summary.entities[entity.kind.value] = summary.entities.get(entity.kind.value, 0) + 1
    summary.relations = sum(len(d.relations) for d in docs)
    summary.indicators = sum(len(d.indicators) for d in docs)


def _write_resolution(path: Path, resolution: Resolution) -> None:
    lines = ["alias\tcanonical\tkind\treason"]
    lines += ["\t".join(row) for row in resolution.decisions]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _progress(settings: Settings, stage: str, done: int, total: int) -> None:
    if not settings.progress:
        return
    if sys.stderr.isatty():
        print(f"\r{stage:>8} {done}/{total}", end="" if done < total else "\n", file=sys.stderr)
    elif done in {0, total} or done % max(1, total // 10) == 0:
        print(f"{stage:>8} {done}/{total}", file=sys.stderr)
