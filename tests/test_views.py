"""Views: the overview page works offline and shows document text as text."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import networkx as nx

from kg.views import page

HOSTILE = '<img src=x onerror=alert(1)></script><script>alert(2)</script> href="javascript:x"'


def test_built_page_has_no_remote_resources(built: Path) -> None:
    html = (built / "views" / "index.html").read_text(encoding="utf-8")
    assert not re.search(r"""(src|href)=["']https?://""", html)
    assert "vis-network" in html or "vis.Network" in html
    assert "杭州市" in html or json.dumps("杭州市")[1:-1] in html  # pyvis writes \\u escapes


def test_hostile_labels_stay_text() -> None:
    graph = nx.MultiDiGraph()
    graph.add_node("a", label=HOSTILE, title=HOSTILE, group="Company")
    graph.add_node("b", label="杭州市", title="杭州市", group="Place")
    graph.add_edge("a", "b", label="locatedIn")
    html = page(graph, HOSTILE)
    benign = nx.relabel_nodes(graph, {"a": "c"})
    benign.nodes["c"].update(label="甲", title="甲")
    assert _tags(html) == _tags(page(benign, "图"))
    assert "<img src=x" not in html
    assert 'href="javascript' not in html


def _tags(html: str) -> dict[str, int]:
    """How many elements of each kind the page has, and how many attributes in all."""
    counts: dict[str, int] = {}

    class Counter(HTMLParser):
        def handle_starttag(self, tag: str, attrs: list) -> None:  # noqa: ANN001
            counts[tag] = counts.get(tag, 0) + 1
            counts["@attributes"] = counts.get("@attributes", 0) + len(attrs)

    Counter().feed(html)
    return counts
