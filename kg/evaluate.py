"""Evaluate: the built graph against hand annotations (gold files) -> precision, recall, F1.

Matching follows ``shared/gold/README.md``: an entity matches a gold entity
of the same class when one of its labels equals one of the gold forms after
NFKC with spaces, quotes, brackets and punctuation removed and dashes
unified; gold is pooled over the files and each gold entity is matched at
most once. Relations match by predicate and both ends' labels; indicators by
subject, value and unit. Only the documents the gold files name are scored,
and only facts with their evidence in them (entities with ``kg:mentionedIn``).
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

import pyoxigraph as ox

from kg.normalize import to_simplified
from kg.query import SAVED, run

CLASSES = ("Company", "ResearchInstitution", "GovernmentBody", "Association", "Policy", "Place",
           "Technology")
RELATIONS = ("locatedIn", "partOf", "issuedBy", "appliesTo", "focusesOn", "supports", "memberOf",
             "collaboratesWith", "develops")
_DROP = re.compile(r"[\s\"'“”‘’「」『』《》〈〉()（）\[\]【】{}<>,，.。、;；:：!！?？·•]")
_DASHES = re.compile(r"[‐‑‒–—―－~～-]+")


def key(form: str) -> str:
    """A name as matching compares it.

    >>> key("《上海市培育“元宇宙”新赛道行动方案（2022—2025）》") == key("上海市培育元宇宙新赛道行动方案(2022-2025)")
    True
    """
    return _DASHES.sub("-", _DROP.sub("", unicodedata.normalize("NFKC", form)))


@dataclass
class Score:
    true_positives: int = 0
    predicted: int = 0
    gold: int = 0
    misses: list[str] = field(default_factory=list)
    false_positives: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.true_positives / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Gold:
    documents: set[str] = field(default_factory=set)
    entities: dict[str, list[tuple[str, set[str]]]] = field(default_factory=dict)
    relations: list[tuple[str, str, str]] = field(default_factory=list)
    indicators: list[tuple[str, Decimal, str]] = field(default_factory=list)


def load_gold(folder: Path) -> Gold:
    gold = Gold()
    files = sorted(folder.glob("*.gold.json"))
    if not files:
        raise FileNotFoundError(f"no *.gold.json files in {folder}")
    for path in files:
        data = json.loads(path.read_text(encoding="utf-8"))
        gold.documents.add(data["doc"])
        for cls, groups in data["entities"].items():
            pooled = gold.entities.setdefault(cls, [])
            for group in groups:
                forms = {key(f) for f in group}
                same = next((other for canonical, other in pooled if key(group[0]) == canonical), None)
                if same is None:
                    pooled.append((key(group[0]), forms))
                else:
                    same |= forms  # the same entity annotated in two documents
        gold.relations.extend((key(s), p, key(o)) for s, p, o in data["relations"])
        gold.indicators.extend((key(i["subject"]), _decimal(i["value"]), i["unit"])
                               for i in data["indicators"])
    gold.relations = sorted(set(gold.relations))
    gold.indicators = sorted(set(gold.indicators))
    return gold


def evaluate(store: ox.Store, gold: Gold) -> dict[str, Score]:
    sources = sorted(gold.documents)
    labels = _labels(store)
    scores: dict[str, Score] = {}
    entities = _rows(store, "eval-entities.rq", sources)
    for cls in CLASSES:
        predicted = {iri: labels.get(iri, set()) for c, iri in entities if c == cls}
        scores[cls] = _match_entities(predicted, gold.entities.get(cls, []))
    facts = [(s, p, o) for s, p, o in _rows(store, "eval-relations.rq", sources) if p in RELATIONS]
    scores["relations"] = _match_tuples(
        [(labels.get(s, set()), p, labels.get(o, set())) for s, p, o in facts], gold.relations,
        lambda g, pr: g[1] == pr[1] and g[0] in pr[0] and g[2] in pr[2])
    indicators = _rows(store, "eval-indicators.rq", sources)
    scores["indicators"] = _match_tuples(
        [(labels.get(s, set()), _decimal(v), u) for _, s, v, u in indicators], gold.indicators,
        lambda g, pr: g[0] in pr[0] and g[1] == pr[1] and g[2] == pr[2])
    return scores


def _rows(store: ox.Store, name: str, sources: list[str]) -> list[tuple[str, ...]]:
    query = (SAVED / name).read_text(encoding="utf-8")
    found: list[tuple[str, ...]] = []
    for source in sources:
        _, rows = run(store, query, {"source": source})
        found.extend(tuple(row) for row in rows)
    return sorted(set(found))


def _labels(store: ox.Store) -> dict[str, set[str]]:
    _, rows = run(store, (SAVED / "eval-labels.rq").read_text(encoding="utf-8"))
    labels: dict[str, set[str]] = {}
    for iri, label in rows:
        labels.setdefault(iri, set()).add(key(label))
    return labels


def _match_entities(predicted: dict[str, set[str]], gold: list[tuple[str, set[str]]]) -> Score:
    """Each gold entity to one graph entity: first where the canonical names agree, then
    where any forms do (so a short form shared by two cities' bodies does not steal a match)."""
    score = Score(predicted=len(predicted), gold=len(gold))
    free = dict(sorted(predicted.items()))
    unmatched = []
    for canonical, forms in gold:
        hit = next((iri for iri, labels in free.items() if canonical in labels), None)
        if hit is None:
            unmatched.append((canonical, forms))
        else:
            del free[hit]
            score.true_positives += 1
    for canonical, forms in unmatched:
        hit = next((iri for iri, labels in free.items() if labels & forms), None)
        if hit is None:
            score.misses.append(canonical)
        else:
            del free[hit]
            score.true_positives += 1
    score.false_positives = sorted(_shown(labels, iri) for iri, labels in free.items())
    return score


def _match_tuples(predicted: list, gold: list, same) -> Score:  # noqa: ANN001
    score = Score(predicted=len(predicted), gold=len(gold))
    free = list(predicted)
    for item in gold:
        hit = next((p for p in free if same(item, p)), None)
        if hit is None:
            score.misses.append(" ".join(str(x) for x in item))
        else:
            free.remove(hit)
            score.true_positives += 1
    score.false_positives = sorted(" ".join(_shown(x, "?") if isinstance(x, set) else str(x) for x in p)
                                   for p in free)
    return score


def _shown(labels: set[str], fallback: str) -> str:
    """A Chinese label if there is one: the shortest, for a readable report."""
    simplified = {label for label in labels if to_simplified(label) == label}
    chinese = sorted((label for label in simplified or labels if not label.isascii()),
                     key=lambda x: (len(x), x))
    return chinese[0] if chinese else min(labels, default=fallback)


def _decimal(value: object) -> Decimal:
    try:
        return Decimal(str(value)).normalize()
    except InvalidOperation:
        return Decimal(-1)


def report(scores: dict[str, Score], details: bool = True) -> str:
    lines = [f"{'':22}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'pred':>6}{'gold':>6}"]
    for name, score in scores.items():
        lines.append(f"{name:22}{score.precision:7.3f}{score.recall:7.3f}{score.f1:7.3f}"
                     f"{score.true_positives:6}{score.predicted:6}{score.gold:6}")
    micro = Score(sum(scores[c].true_positives for c in CLASSES),
                  sum(scores[c].predicted for c in CLASSES), sum(scores[c].gold for c in CLASSES))
    lines.append(f"{'entities (micro)':22}{micro.precision:7.3f}{micro.recall:7.3f}{micro.f1:7.3f}"
                 f"{micro.true_positives:6}{micro.predicted:6}{micro.gold:6}")
    if details:
        for name, score in scores.items():
            if score.misses:
                lines.append(f"\n{name} missed: " + "; ".join(score.misses))
            if score.false_positives:
                lines.append(f"{name} false positives: " + "; ".join(score.false_positives))
    return "\n".join(lines)
