"""IRI: ``mint`` is deterministic, injective and valid for any key; ``filename`` is safe."""

from __future__ import annotations

import pyoxigraph
import pytest
import rdflib
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.iri import filename, mint

BASE = "https://w3id.org/cn-metaverse-kg/id/"
PREDICATE = "https://example.org/p"
FEW = settings(max_examples=200, deadline=None)

# Pieces that break naive IRI building, mixed with any character (lone surrogates too).
NASTY = [" ", "#", "?", "/", "..", ".", "%", "%20", "%2F", "'", '"', "<", ">", "\\", "{", "}",
         "|", "^", "`", "\x00", "\x1f", "\x7f", "\n", "\t", "华为", "杭州市科学技术局", "𠮷",
         "\u200b", "\ufeff", "\ufffd"]
PIECES = st.one_of(st.sampled_from(NASTY), st.characters(codec=None))
KEYS = st.lists(PIECES, min_size=1, max_size=400).map(lambda pieces: "".join(pieces)[:1000])


def unicode_space(char: str) -> bool:
    return char.isspace() and ord(char) >= 0xA0


# rdflib cannot parse N-Triples IRIs holding Unicode spaces; mint percent-encodes them.
RDFLIB_KEYS = KEYS.map(lambda key: "".join(c for c in key if not unicode_space(c))).filter(bool)


MINTED = [
    pytest.param("company", "华为 技术", "company/华为%20技术", id="space"),
    pytest.param("place", "310105", "place/310105", id="code"),
    pytest.param("policy", "a/b?c#d", "policy/a%2Fb%3Fc%23d", id="delimiters"),
    pytest.param("policy", "..", "policy/%2E%2E", id="dot-dot"),
    pytest.param("policy", "100%", "policy/100%25", id="percent"),
    pytest.param("person", "𠮷", "person/𠮷", id="astral"),
    pytest.param("company", "（株）", "company/（株）", id="full-width"),
]


@pytest.mark.parametrize(("kind", "key", "path"), MINTED)
def test_mint(kind: str, key: str, path: str) -> None:
    assert mint(kind, key) == BASE + path


@pytest.mark.parametrize("pair", [
    ("%", "%25"), (".", "%2E"), ("a b", "a%20b"), ("a/b", "a%2Fb"), ("𠮷", "%F0%A0%AE%B7"),
], ids=["percent", "dot", "space", "slash", "astral"])
def test_mint_keeps_look_alike_keys_apart(pair: tuple[str, str]) -> None:
    assert mint("company", pair[0]) != mint("company", pair[1])


@pytest.mark.parametrize("kind", ["", "Company", "1st", "-company", "research_institution",
                                  "gov body", "a/b", "公司", "company\n"],
                         ids=["empty", "capital", "digit-first", "dash-first", "underscore",
                              "space", "slash", "chinese", "trailing-newline"])
def test_mint_rejects_bad_kind(kind: str) -> None:
    with pytest.raises(ValueError, match="kind"):
        mint(kind, "华为")


def test_mint_rejects_empty_key() -> None:
    with pytest.raises(ValueError, match="empty key"):
        mint("company", "")


@FEW
@given(KEYS)
def test_mint_is_deterministic(key: str) -> None:
    assert mint("company", key) == mint("company", key)


@FEW
@given(st.lists(KEYS, min_size=2, max_size=6, unique=True))
def test_mint_is_injective(keys: list[str]) -> None:
    assert len({mint("company", key) for key in keys}) == len(keys)


@FEW
@given(KEYS)
def test_iri_round_trips_through_pyoxigraph(key: str) -> None:
    iri = mint("company", key)
    triple = pyoxigraph.Triple(
        pyoxigraph.NamedNode(iri), pyoxigraph.NamedNode(PREDICATE), pyoxigraph.Literal("x")
    )
    data = pyoxigraph.serialize([triple], format=pyoxigraph.RdfFormat.N_TRIPLES)
    (back,) = pyoxigraph.parse(data, format=pyoxigraph.RdfFormat.N_TRIPLES)
    assert back.subject == pyoxigraph.NamedNode(iri)


def rdflib_round_trip(iri: str) -> str:
    graph = rdflib.Graph()
    graph.add((rdflib.URIRef(iri), rdflib.URIRef(PREDICATE), rdflib.Literal("x")))
    back = rdflib.Graph().parse(data=graph.serialize(format="nt"), format="nt")
    ((subject, _, _),) = back
    return str(subject)


@FEW
@given(RDFLIB_KEYS)
def test_iri_round_trips_through_rdflib(key: str) -> None:
    iri = mint("company", key)
    assert rdflib_round_trip(iri) == iri


@pytest.mark.parametrize("space", ["\xa0", "\u1680", "\u2028", "\u3000"],
                         ids=["no-break", "ogham", "line-separator", "ideographic"])
def test_iri_with_unicode_space_round_trips_through_rdflib(space: str) -> None:
    iri = mint("company", f"华为{space}技术")
    assert rdflib_round_trip(iri) == iri


@pytest.mark.parametrize("mark", ["\u200e", "\u200f", "\u202a", "\u202b", "\u202c", "\u202d",
                                  "\u202e"], ids=["lrm", "rlm", "lre", "rle", "pdf", "lro", "rlo"])
def test_iri_has_no_bidi_formatting(mark: str) -> None:
    assert mark not in mint("company", f"华为{mark}技术")


@pytest.mark.parametrize(("key", "name"), [
    ("../上海/长宁", "上海_长宁-f512238d.html"),
])
def test_filename(key: str, name: str) -> None:
    assert filename(key, ".html") == name


@FEW
@given(KEYS)
def test_filename_is_safe_and_deterministic(key: str) -> None:
    name = filename(key, ".html")
    assert name == filename(key, ".html")
    assert "/" not in name and "\\" not in name and "\x00" not in name
    assert not name.startswith(".")
    assert name.endswith(".html")
    assert len(name.encode("utf-8")) <= 255


@FEW
@given(st.lists(KEYS, min_size=2, max_size=6, unique=True))
def test_filename_is_distinct_for_distinct_keys(keys: list[str]) -> None:
    assert len({filename(key) for key in keys}) == len(keys)
