"""Shared fixtures: one build of the bundled corpus per test session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

from kg.build import build
from kg.lexicon import load_lexicon
from kg.segment import make_segmenter
from kg.settings import DEFAULT_CORPUS, Settings

ROOT = Path(__file__).resolve().parent.parent

# CI runs the property tests with a fixed seed, so that a run is repeatable; on a developer's
# machine they explore (and keep what they find in .hypothesis/).
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true",
                     help="rewrite the expected files of tests/golden from the current output")


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The output folder of a build of the bundled corpus."""
    out = tmp_path_factory.mktemp("build")
    build(Settings(corpus=DEFAULT_CORPUS, out=out, progress=False, stamp="2026-01-01T00:00:00Z"))
    return out


@pytest.fixture(scope="session")
def lexicon():  # noqa: ANN201
    return load_lexicon()


@pytest.fixture(scope="session")
def segmenter(lexicon, tmp_path_factory):  # noqa: ANN001, ANN201
    return make_segmenter(lexicon, tmp_path_factory.mktemp("cache"))
