"""Conflicts: where documents disagree, found after resolution and listed in the build summary.

Both statements stay in the graph, each in its document's graph with its evidence
(as Wikidata keeps every value with its reference); the summary names them, so that
a reader can judge. Two documents disagree when they give an indicator of the same
subject, measure, unit and year different values, or a relation that has one
answer (where a thing is, who issued a policy) different objects.
"""

from __future__ import annotations

from collections import defaultdict

from kg.model import Document
from kg.resolve import Resolution

FUNCTIONAL = frozenset({"locatedIn", "issuedBy"})


def conflicts(docs: list[Document], resolution: Resolution) -> list[str]:
    return sorted(_indicators(docs, resolution) + _relations(docs, resolution))


def _indicators(docs: list[Document], resolution: Resolution) -> list[str]:
    values: dict[tuple[str, str, str, int | None], dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for doc in docs:
        for indicator in doc.indicators:
            if indicator.subject < 0 and doc.id not in resolution.homes:
                continue
            subject = resolution.entity_of(doc, indicator.subject).label
            key = (subject, indicator.name, indicator.unit, indicator.year)
            values[key][indicator.value].add(doc.source)
    found = []
    for (subject, name, unit, year), by_value in values.items():
        sources = set().union(*by_value.values())
        if len(by_value) > 1 and len(sources) > 1:
            stated = "; ".join(f"{value} in {', '.join(sorted(docs_))}" for value, docs_ in sorted(by_value.items()))
            found.append(f"indicator {subject} {name} ({year or 'no year'}, {unit}): {stated}")
    return found


def _relations(docs: list[Document], resolution: Resolution) -> list[str]:
    objects: dict[tuple[str, str], dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for doc in docs:
        for relation in doc.relations:
            if relation.predicate in FUNCTIONAL:
                subject = resolution.entity_of(doc, relation.subject).label
                obj = resolution.entity_of(doc, relation.object).label
                objects[(subject, relation.predicate)][obj].add(doc.source)
    found = []
    for (subject, predicate), by_object in objects.items():
        sources = set().union(*by_object.values())
        if len(by_object) > 1 and len(sources) > 1:
            stated = "; ".join(f"{obj} in {', '.join(sorted(d))}" for obj, d in sorted(by_object.items()))
            found.append(f"{predicate} of {subject}: {stated}")
    return found
