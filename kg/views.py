"""Views: the graph -> interactive HTML pages that work offline.

One overview page (``index.html``): the entities the documents mention, the
relations between them and the documents, coloured by class. Built with
networkx and pyvis; pyvis's page template links Bootstrap from a CDN, which
is removed, and vis-network is inlined, so the page needs no network. Every
text taken from documents is HTML-escaped and no tooltip may contain "href"
(which would switch pyvis to raw-HTML tooltips).
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import networkx as nx
from pyvis.network import Network

from kg.model import Document, Kind
from kg.resolve import Resolution

MAX_NODES = 300
COLOURS = {
    Kind.COMPANY.value: "#e15759", Kind.RESEARCH.value: "#76b7b2", Kind.GOVERNMENT.value: "#4e79a7",
    Kind.ASSOCIATION.value: "#b07aa1", Kind.POLICY.value: "#f28e2b", Kind.PLACE.value: "#59a14f",
    Kind.TECHNOLOGY.value: "#edc948", Kind.PRODUCT.value: "#ff9da7", Kind.EVENT.value: "#bab0ac",
    "Document": "#9c755f",
}
_REMOTE = re.compile(r"<(script|link)[^>]+(src|href)=\"https?://[^\"]*\"[^>]*>(\s*</script>)?")


def graph_of(docs: list[Document], resolution: Resolution) -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph()
    for doc in docs:
        doc_node = f"doc:{doc.id}"
        graph.add_node(doc_node, label=doc.meta.title or doc.source, group="Document",
                       title=f"文档 {doc.source}")
        for index in range(len(doc.mentions)):
            entity = resolution.entity_of(doc, index)
            graph.add_node(entity.iri, label=entity.label, group=entity.kind.value,
                           title=f"{entity.kind.value}: {entity.label}")
            if not graph.has_edge(entity.iri, doc_node):
                graph.add_edge(entity.iri, doc_node, label="mentionedIn")
        for relation in doc.relations:
            source = resolution.entity_of(doc, relation.subject).iri
            target = resolution.entity_of(doc, relation.object).iri
            graph.add_edge(source, target, label=relation.predicate)
    return graph


def write(folder: Path, docs: list[Document], resolution: Resolution) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    graph = graph_of(docs, resolution)
    if graph.number_of_nodes() > MAX_NODES:
        keep = sorted(graph.degree, key=lambda item: (-item[1], item[0]))[:MAX_NODES]
        graph = graph.subgraph(node for node, _ in keep).copy()
    path = folder / "index.html"
    path.write_text(page(graph, "中国区域元宇宙产业知识图谱"), encoding="utf-8")
    return path


def page(graph: nx.MultiDiGraph, heading: str) -> str:
    """A self-contained HTML page of ``graph`` (labels and tooltips escaped)."""
    net = Network(height="92vh", width="100%", directed=True, cdn_resources="in_line",
                  heading="")
    for node, data in sorted(graph.nodes(data=True)):
        kind = data.get("group", "")
        # A node's colour says its class (a pyvis group would replace it with its own palette).
        net.add_node(node, label=_text(data.get("label", node)), title=_text(data.get("title", "")),
                     color=COLOURS.get(kind, "#bab0ac"), shape="box" if kind == "Document" else "dot",
                     size=12)
    for source, target, data in graph.edges(data=True):
        relation = data.get("label", "")
        if relation == "mentionedIn":
            net.add_edge(source, target, title=_text(relation), color="#dddddd", width=0.5)
        else:
            net.add_edge(source, target, title=_text(relation), label=_text(relation), arrows="to",
                         font={"size": 10}, color="#555555", width=1.5)
    net.set_options('{"physics": {"stabilization": {"iterations": 150}}, '
                    '"interaction": {"hover": true, "navigationButtons": false}}')
    document = net.generate_html(notebook=False)
    document = _REMOTE.sub("", document)
    title = f"<title>{html.escape(heading)}</title>"
    legend = "".join(f'<span style="color:{c}">● {html.escape(k)}</span> ' for k, c in COLOURS.items())
    header = f'<h3 style="font-family:sans-serif">{html.escape(heading)}</h3><div>{legend}</div>'
    document = document.replace("<head>", f'<head><meta charset="utf-8">{title}', 1)
    return document.replace("<body>", f"<body>{header}", 1)


def _text(value: object) -> str:
    """Escaped plain text, never holding the word that turns pyvis tooltips into HTML."""
    return html.escape(str(value)).replace("href", "hr\u200bef")
