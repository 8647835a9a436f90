"""The overview page in a real browser (headless Chromium), offline: it draws, and document
text that looks like markup never runs. Skipped where Chromium is not installed
(`make test` installs it when it can)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import networkx as nx
import pytest

from kg.views import page

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--virtual-time-budget=8000"]


def _dom(path: Path, profile: Path) -> str:
    result = subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={profile}", "--dump-dom", path.as_uri()],
                            capture_output=True, text=True, timeout=120, check=True)
    return result.stdout


def test_the_built_page_draws_offline(built: Path, tmp_path: Path) -> None:
    dom = _dom(built / "views" / "index.html", tmp_path / "profile")
    assert "<canvas" in dom  # vis-network drew the graph without fetching anything


def test_markup_in_names_does_not_run(tmp_path: Path) -> None:
    hostile = '<img src=x onerror="document.title=\'PWNED\'">'
    graph = nx.MultiDiGraph()
    graph.add_node("a", label=hostile, title=hostile, group="Company")
    graph.add_node("b", label="杭州市", title="href " + hostile, group="Place")
    graph.add_edge("a", "b", label="locatedIn")
    path = tmp_path / "page.html"
    path.write_text(page(graph, hostile), encoding="utf-8")
    dom = _dom(path, tmp_path / "profile")
    assert "<canvas" in dom
    assert "<title>PWNED</title>" not in dom  # the onerror handler never ran
