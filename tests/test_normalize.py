"""Normalize: clean Simplified text, and an offset map that leads back to the original."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.model import Document
from kg.normalize import fold, normalize


def document(text: str) -> Document:
    return Document(id="d", source="d.txt", format="txt", encoding="utf-8", sha256="", text=text)


FOLDS = [
    pytest.param("元\u200b宇宙", "元宇宙", id="zero-width-space"),
    pytest.param("元\u200c宇宙", "元宇宙", id="zero-width-non-joiner"),
    pytest.param("元\u200d宇宙", "元宇宙", id="zero-width-joiner"),
    pytest.param("元\u2060宇宙", "元宇宙", id="word-joiner"),
    pytest.param("\ufeff元宇宙\ufeff", "元宇宙", id="bom"),
    pytest.param("元\u202e宇宙\u202c", "元宇宙", id="bidi-override"),
    pytest.param("元\ufffd宇宙", "元宇宙", id="replacement-character"),
    pytest.param("元\x00宇\x07宙\x1b\x7f", "元宇宙", id="c0-controls-and-del"),
    pytest.param("元\x85宇\x9f宙", "元宇宙", id="c1-controls"),
    pytest.param("元\ue000宇宙", "元宇宙", id="private-use"),
    pytest.param("第一行\r\n第二行", "第一行\n第二行", id="crlf"),
    pytest.param("甲\t乙\n丙", "甲\t乙\n丙", id="tab-and-newline-kept"),
    pytest.param("ＡＢＣ ｘｙｚ", "ABC xyz", id="full-width-latin"),
    pytest.param("２０２２年", "2022年", id="full-width-digits"),
    pytest.param("（一）：！？，；％", "(一):!?,;%", id="full-width-punctuation"),
    pytest.param("\u3000\u3000杭州", "  杭州", id="ideographic-space"),
    pytest.param("杭州\xa0市", "杭州 市", id="no-break-space"),
    pytest.param("…—―。、", "…—―。、", id="kept-punctuation"),
    pytest.param("“通知”《方案》", "“通知”《方案》", id="cjk-quotes-and-brackets"),
    pytest.param("\uf967\u2f08\u2f00", "不人一", id="compatibility-ideographs"),
    pytest.param("①㎡", "1m2", id="compatibility-symbols"),
]


@pytest.mark.parametrize(("text", "expected"), FOLDS)
def test_fold(text: str, expected: str) -> None:
    assert normalize(document(text)).norm == expected


def test_expanding_character_maps_every_piece_back() -> None:
    assert fold("甲㈱乙") == ("甲(株)乙", (0, 1, 1, 1, 2, 3))


SCRIPTS = [
    pytest.param("杭州市科學技術局", "杭州市科学技术局", "Hant", id="traditional"),
    pytest.param("杭州市科学技术局", "杭州市科学技术局", "Hans", id="simplified"),
    pytest.param("科大訊飛，ＡＩ", "科大讯飞,AI", "Hant", id="traditional-full-width"),
    pytest.param("Metaverse 2025", "Metaverse 2025", "Hans", id="no-hanzi"),
    pytest.param("", "", "Hans", id="empty"),
]


@pytest.mark.parametrize(("text", "norm", "script"), SCRIPTS)
def test_simplified_and_script(text: str, norm: str, script: str) -> None:
    doc = normalize(document(text))
    assert (doc.norm, doc.script) == (norm, script)


def test_original_span() -> None:
    doc = normalize(document("科大\u200b訊飛，ＡＩ"))
    assert doc.norm[2:4] == "讯飞"
    assert doc.text[slice(*doc.original_span(2, 4))] == "訊飛"
    assert doc.original_span(2, 2) == (3, 3)


def test_conversion_depends_on_the_phrase() -> None:
    # OpenCC converts by phrase: 乾 alone is 干, in 乾隆 it stays. So a span of
    # ``norm`` maps back exactly, but its original, normalized on its own, may differ.
    doc = normalize(document("乾隆"))
    assert doc.norm == "乾隆"
    assert doc.text[slice(*doc.original_span(0, 1))] == "乾"
    assert normalize(document("乾")).norm == "干"


FEW = settings(max_examples=200, deadline=None)
CJK = st.text(st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF), min_size=1, max_size=40)


@FEW
@given(st.text(max_size=200))
def test_offsets_map_every_character_into_the_original(text: str) -> None:
    doc = normalize(document(text))
    assert len(doc.offsets) == len(doc.norm) + 1
    assert list(doc.offsets) == sorted(doc.offsets)
    assert all(0 <= at < len(text) for at in doc.offsets[:-1])
    assert doc.offsets[-1] == len(text)


@FEW
@given(st.text(max_size=200))
def test_normalizing_twice_changes_nothing(text: str) -> None:
    once = normalize(document(text)).norm
    assert normalize(document(once)).norm == once


@FEW
@given(CJK, st.data())
def test_span_of_cjk_text_maps_back(text: str, data: st.DataObject) -> None:
    doc = normalize(document(text))
    start = data.draw(st.integers(0, len(doc.norm)))
    end = data.draw(st.integers(start, len(doc.norm)))
    original = doc.text[slice(*doc.original_span(start, end))]
    assert len(original) == end - start
    assert normalize(document(original)).norm == doc.norm[start:end]


@pytest.mark.parametrize(("text", "expected"), [
    ("乾县人民政府", "乾县人民政府"),  # a Simplified name t2s would make 干县
    ("乾縣人民政府", "乾县人民政府"),  # its Traditional spelling
    ("於潜镇的乾燥天气", "於潜镇的干燥天气"),  # the name only, not the word
])
def test_a_place_name_t2s_would_change_stays_as_written(lexicon, text: str, expected: str) -> None:  # noqa: ANN001
    assert normalize(document(text), lexicon.kept_by_t2s).norm == expected
