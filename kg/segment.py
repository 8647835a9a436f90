"""Segment: Document -> Document with jieba tokens and part-of-speech tags of ``norm``.

An explicit ``jieba.Tokenizer`` (never jieba's module-level one) holds the
lexicon's names as user words, so a listed place, organisation or technology
comes back as one token. Its dictionary cache lives in the build's cache
folder. HMM is off: it is 4x slower, and with it off an unknown name comes
out as a run of single characters, which the extractors read as a signal.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

import jieba
import jieba.posseg

from kg.lexicon import Lexicon
from kg.model import Document, Kind, Token

_TAGS = {Kind.PLACE: "ns", Kind.TECHNOLOGY: "nz"}
jieba.setLogLevel(logging.WARNING)


@dataclass(frozen=True)
class Segmenter:
    tokenizer: jieba.Tokenizer
    tagger: jieba.posseg.POSTokenizer

    def frequency(self, word: str) -> int:
        return int(self.tokenizer.FREQ.get(word, 0) or 0)


def make_segmenter(lexicon: Lexicon, cache: Path | None = None) -> Segmenter:
    tokenizer = jieba.Tokenizer()
    if cache is not None:
        cache.mkdir(parents=True, exist_ok=True)
        tokenizer.tmp_dir = str(cache)
    tokenizer.initialize()
    for name, entries in sorted(lexicon.names.items()):
        if len(name) >= 2 and any(e.level != "town" for e in entries):  # townships: too many, too common
            tokenizer.add_word(name, max(tokenizer.FREQ.get(name, 0) or 0, 1000),
                               _TAGS.get(entries[0].kind, "nt"))
    for word in _division_chains(tokenizer, lexicon):
        tokenizer.del_word(word)  # 上海市浦东新区 -> 上海市 + 浦东新区, so each place is a word
    for short in lexicon.abbreviations:
        if tokenizer.FREQ.get(short + "会"):
            tokenizer.del_word(short + "会")  # 区经委会同区财政局: 经委 + 会同, not 经委会 + 同
    return Segmenter(tokenizer, jieba.posseg.POSTokenizer(tokenizer))


def _division_chains(tokenizer: jieba.Tokenizer, lexicon: Lexicon) -> list[str]:
    """Words of jieba's dictionary that join a province or city to a division of it
    (上海市浦东新区, 北京市东城区, 湖南长沙市), or a division to its government (北京市人民政府)."""
    def codes(name: str, levels: set[str]) -> list[str]:
        return [key for entry in lexicon.names.get(name, ()) if entry.kind is Kind.PLACE and entry.level in levels
                for key in entry.keys if key.isdigit()]

    chains = []
    for word in [w for w in tokenizer.FREQ if 4 <= len(w) <= 14 and w[-1] in "区县市旗州盟"]:
        for cut in range(2, len(word) - 1):
            lows = codes(word[cut:], {"city", "district"})
            if lows and any(lexicon.within(low, high) for high in codes(word[:cut], {"province", "city"})
                            for low in lows):
                chains.append(word)
                break
    for word in [w for w in tokenizer.FREQ if 4 <= len(w) <= 14 and w.endswith("政府")]:
        stem = word.removesuffix("政府").removesuffix("人民")
        if codes(stem, {"province", "city", "district"}):
            chains.append(word)  # 湖南省人民政府 -> 湖南省 + 人民政府, so the place is a word
    return chains


def segment(doc: Document, segmenter: Segmenter) -> Document:
    tokens = []
    at = 0
    for pair in segmenter.tagger.cut(doc.norm, HMM=False):
        word, flag = pair.word, pair.flag
        tokens.append(Token(word, flag, at, at + len(word)))
        at += len(word)
    return doc.replace(tokens=tuple(tokens))
