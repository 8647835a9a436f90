"""Model: the records that flow through the pipeline, all frozen.

A ``Document`` carries its original text, the normalized text with a map back
to the original, and what each stage found: sentences, tokens, mentions,
relations and indicators. Per-document stages are ``Document -> Document``;
``resolve`` turns mentions of the whole corpus into ``Entity`` records.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from enum import StrEnum


class Kind(StrEnum):
    """Entity kinds; the value is the ontology class's local name."""

    COMPANY = "Company"
    RESEARCH = "ResearchInstitution"
    GOVERNMENT = "GovernmentBody"
    ASSOCIATION = "Association"
    POLICY = "Policy"
    PLACE = "Place"
    TECHNOLOGY = "Technology"
    PRODUCT = "Product"
    PROJECT = "Project"
    EVENT = "Event"
    PERSON = "Person"


ORGANIZATIONS = frozenset({Kind.COMPANY, Kind.RESEARCH, Kind.GOVERNMENT, Kind.ASSOCIATION})


@dataclass(frozen=True)
class Span:
    """A stretch of normalized text: ``norm[start:end]``."""

    start: int
    end: int


@dataclass(frozen=True)
class Token:
    text: str
    pos: str
    start: int
    end: int


@dataclass(frozen=True)
class Mention:
    """A name found in a document.

    ``start``/``end`` index the original text (``doc.text[start:end] == text``);
    ``name`` is the normalized (Simplified) surface; ``key`` identifies the
    lexicon entry it matched, if any (an administrative code for places);
    ``alias`` is another form of the name that the span gives (the quoted
    brand of “上海硅巷”科创街区).
    """

    kind: Kind
    text: str
    start: int
    end: int
    name: str
    sentence: int
    key: str = ""
    level: str = ""
    rule: str = ""
    alias: str = ""


@dataclass(frozen=True)
class Relation:
    """A relation a sentence states between two mentions (indexes into ``mentions``)."""

    subject: int
    predicate: str
    object: int
    sentence: int
    trigger: str


@dataclass(frozen=True)
class Indicator:
    """A number with its unit, year and subject, as one sentence states it.

    ``value`` is the number as written (a decimal string); ``subject`` indexes
    ``mentions``. ``start``/``end`` index the original text of the number.
    """

    subject: int
    name: str
    value: str
    unit: str
    year: int | None
    sentence: int
    start: int
    end: int
    qualifier: str = ""
    upper: str = ""
    share: int = 0  # the k-th other subject of a figure several share (甲、乙均超过…): 0 for the first
    target: bool = False  # a figure to reach (到2026年…突破500亿元), not one reached


@dataclass(frozen=True)
class Metadata:
    """What the page says about itself (header block, signature, addressee)."""

    title: str = ""
    publisher: str = ""
    published: str = ""
    generated: str = ""
    index_number: str = ""
    document_number: str = ""
    signer: str = ""
    addressee: str = ""
    proposer: str = ""
    signature: str = ""
    signature_date: str = ""


@dataclass(frozen=True)
class Document:
    """One source document and everything the per-document stages found in it."""

    id: str
    source: str
    format: str
    encoding: str
    sha256: str
    text: str
    norm: str = ""
    offsets: tuple[int, ...] = ()
    script: str = "Hans"
    meta: Metadata = field(default_factory=Metadata)
    cruft: tuple[Span, ...] = ()
    sentences: tuple[Span, ...] = ()
    tokens: tuple[Token, ...] = ()
    mentions: tuple[Mention, ...] = ()
    relations: tuple[Relation, ...] = ()
    indicators: tuple[Indicator, ...] = ()
    warnings: tuple[str, ...] = ()
    evidence: tuple[Span, ...] = ()

    def replace(self, **changes: object) -> Document:
        return dataclasses.replace(self, **changes)  # type: ignore[arg-type]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of ``norm`` to the span of ``text`` it came from."""
        if start >= end:
            at = self.offsets[start]
            return at, at
        return self.offsets[start], self.offsets[end - 1] + 1

    def slim(self) -> Document:
        """What later stages need: tokens, normalized text and offset map dropped, and
        sentences kept as spans of the original text in ``evidence``."""
        evidence = tuple(Span(*self.original_span(s.start, s.end)) for s in self.sentences)
        return self.replace(tokens=(), norm="", offsets=(), evidence=evidence)

    def sentence_at(self, start: int) -> int:
        """Index of the sentence holding normalized position ``start``."""
        low, high = 0, len(self.sentences) - 1
        while low < high:
            middle = (low + high + 1) // 2
            if self.sentences[middle].start <= start:
                low = middle
            else:
                high = middle - 1
        return low


@dataclass
class Entity:
    """A thing of the world that mentions name, after resolution; ``iri`` is its identity.

    ``aliases`` holds (form, language tag) pairs for every other name seen;
    ``parent`` is the IRI of the place it is part of, if any.
    """

    iri: str
    kind: Kind
    label: str
    aliases: set[tuple[str, str]] = field(default_factory=set)
    level: str = ""
    code: str = ""
    parent: str = ""
    documents: set[str] = field(default_factory=set)
