"""Benchmark: build throughput on a synthetic corpus, one worker against two, in one run.

Makes N documents from the bundled and development documents (each copy gets its own
closing line, so that none is a duplicate), builds them with one worker (the baseline)
and with two, and prints documents per second and the ratio.

    .venv/bin/python scripts/bench_build.py [--documents 200]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from kg.build import build
from kg.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [*sorted((ROOT / "data" / "corpus").glob("*.txt")), *sorted((ROOT / "tests" / "dev" / "corpus").iterdir())]


def corpus(folder: Path, documents: int) -> int:
    size = 0
    sources = [p for p in SOURCES if p.suffix in {".txt", ".md", ".html"}]
    for number in range(documents):
        source = sources[number % len(sources)]
        data = source.read_bytes()
        tail = f"\n第{number}份\n".encode() if source.suffix != ".html" else b""
        if source.suffix == ".html":
            data = data.replace(b"</body>", f"<p>第{number}份</p></body>".encode())
        if b"\x00" not in data and source.name.startswith(("hefei", "guangzhou")):
            tail = tail.decode("utf-8").encode("gb18030" if "hefei" in source.name else "big5")
        path = folder / f"{number:05d}-{source.name}"
        path.write_bytes(data + tail)
        size += path.stat().st_size
    return size


def timed_build(folder: Path, out: Path, workers: int) -> tuple[float, int]:
    started = time.perf_counter()
    summary = build(Settings(corpus=folder, out=out, workers=workers, progress=False))
    return time.perf_counter() - started, summary.documents


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        folder.mkdir()
        size = corpus(folder, args.documents)
        one, built = timed_build(folder, Path(tmp) / "one", 1)
        two, _ = timed_build(folder, Path(tmp) / "two", 2)
    print(f"{built} documents, {size / 1e6:.2f} MB")
    print(f"1 worker : {one:7.2f}s  {built / one:7.1f} documents/s")
    print(f"2 workers: {two:7.2f}s  {built / two:7.1f} documents/s  ({one / two:.2f}x the baseline)")


if __name__ == "__main__":
    main()
