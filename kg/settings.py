"""Settings: one frozen object made by the CLI and passed down; nothing below reads the environment.

``SOURCE_DATE_EPOCH`` is the one exception, read here, so that builds are reproducible.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT / "data" / "corpus"
DEFAULT_OUT = ROOT / "build"
ONTOLOGY = ROOT / "ontology" / "kg.ttl"
SHAPES = ROOT / "ontology" / "shapes.ttl"
MAX_BYTES = 20 * 1024 * 1024


def build_time() -> str:
    """The build's timestamp: SOURCE_DATE_EPOCH when set, else now (UTC, ISO 8601)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "")
    moment = datetime.fromtimestamp(int(epoch), UTC) if epoch.isdigit() else datetime.now(UTC)
    return moment.replace(microsecond=0).isoformat().replace("+00:00", "Z")


@dataclass(frozen=True)
class Settings:
    corpus: Path = DEFAULT_CORPUS
    out: Path = DEFAULT_OUT
    ontology: Path = ONTOLOGY
    shapes: Path = SHAPES
    max_bytes: int = MAX_BYTES
    workers: int = 0
    strict: bool = False
    progress: bool = True
    stamp: str = field(default_factory=build_time)

    @property
    def cache(self) -> Path:
        return self.out / "cache"
