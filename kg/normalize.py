"""Normalize: Document -> Document with ``norm`` (clean, Simplified) and its offset map.

Three folds, each keeping a map from every normalized character back to the
original one, so that spans found in ``norm`` give exact spans of ``text``:

1. invisible and control characters (zero-width, bidi, BOM, U+FFFD) dropped;
   ``\\r\\n`` becomes ``\\n``;
2. NFKC per character (full-width Latin, digits and punctuation to ASCII,
   compatibility ideographs to unified ones);
3. Traditional to Simplified with OpenCC ``t2s`` (not ``tw2sp``, which
   rewrites mainland vocabulary), line by line; the place names the caller
   passes in ``kept`` (乾县, which t2s makes 干县) stay as written.

>>> from kg.model import Document
>>> doc = normalize(Document("d", "d.txt", "txt", "utf-8", "", "科大\\u200b訊飛，ＡＩ"))
>>> doc.norm, doc.script
('科大讯飞,AI', 'Hant')
>>> doc.text[slice(*doc.original_span(2, 4))]
'訊飛'
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Mapping

import opencc

from kg.model import Document

_INVISIBLE = frozenset(
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b\u200c\u200d\u200e\u200f"
    "\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069"
    "\u206a\u206b\u206c\u206d\u206e\u206f\ufeff\ufffc\ufffd\ufff9\ufffa\ufffb"
)
# NFKC would turn these into sequences that change meaning or confuse patterns.
_KEEP = frozenset("\u2026\u2014\u2015\u3002\u3001")
_SIMPLIFIED_SHARE = 0.02


def normalize(doc: Document, kept: Mapping[str, str] | None = None) -> Document:
    """``kept`` maps the ``t2s`` form of names that are already Simplified to the names
    (干县 -> 乾县): where the text writes the name, it stays as written."""
    folded, offsets = fold(doc.text)
    simplified = _keep(folded, to_simplified(folded), kept or {})
    changed = sum(a != b for a, b in zip(folded, simplified, strict=True))
    hanzi = sum("\u4e00" <= char <= "\u9fff" for char in folded) or 1
    script = "Hant" if changed / hanzi > _SIMPLIFIED_SHARE else "Hans"
    return doc.replace(norm=simplified, offsets=offsets, script=script)


def _keep(folded: str, simplified: str, kept: Mapping[str, str]) -> str:
    """``simplified`` with each name of ``kept`` back where ``folded`` writes it (乾县 and 乾縣
    are 乾县, not t2s's 干县).

    >>> _keep("乾縣人民政府,乾燥", "干县人民政府,干燥", {"干县": "乾县"})
    '乾县人民政府,干燥'
    """
    chars: list[str] = []
    for converted, name in kept.items():
        at = simplified.find(converted)
        while at >= 0:
            if all(folded[at + k] == name[k] for k in range(len(name)) if name[k] != converted[k]):
                chars = chars or list(simplified)
                chars[at:at + len(name)] = name
            at = simplified.find(converted, at + 1)
    return "".join(chars) if chars else simplified


def clean(text: str) -> str:
    r"""The text without invisible, control and format characters; line ends as ``\n``.

    Applied when a document is read, so that its text, every label and every
    literal are free of them (科大\u200b讯飞 is 科大讯飞), and offsets count the
    characters a reader sees.

    >>> clean("科大\u200b讯飞\r\n\ufeff第二行\x00")
    '科大讯飞\n第二行'
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return "".join(char for char in text if char not in _INVISIBLE and not _control(char))


def fold(text: str) -> tuple[str, tuple[int, ...]]:
    """Drop invisible characters and apply NFKC; return the text and its offset map.

    The map has one entry per output character plus one for the end.
    """
    out: list[str] = []
    offsets: list[int] = []
    for index, char in enumerate(text):
        if char in _INVISIBLE or char == "\r" or _control(char):
            continue
        if char == "\u3000" or char == "\xa0":
            piece = " "
        elif char in _KEEP:
            piece = char
        else:
            piece = unicodedata.normalize("NFKC", char)
        out.append(piece)
        offsets.extend([index] * len(piece))
    offsets.append(len(text))
    return "".join(out), tuple(offsets)


def _control(char: str) -> bool:
    """Control, format and private-use characters; unassigned ones stay (new CJK extensions)."""
    category = unicodedata.category(char)
    return (category == "Cc" and char not in "\n\t") or category in {"Cf", "Co", "Cs"}


def to_simplified(text: str) -> str:
    """OpenCC t2s, keeping length: a line whose conversion changes length is converted per character.

    Applied until nothing changes, since t2s chains for a few characters (薴 -> 苧 -> 苎),
    so that normalizing twice changes nothing.

    >>> to_simplified("薴")
    '苎'
    """
    lines = []
    for line in text.split("\n"):
        converted = _simplify_line(line)
        for _ in range(3):
            again = _simplify_line(converted)
            if again == converted:
                break
            converted = again
        lines.append(converted)
    return "\n".join(lines)


def changed_by_t2s(words: list[str]) -> list[str]:
    """The words (of no line break) that OpenCC t2s changes, found in one call (t2s keeps
    line breaks, so the lines of its output are the words')."""
    converted = _converter().convert("\n".join(words)).split("\n")
    return [word for word, once in zip(words, converted, strict=True) if once != word]


def _simplify_line(line: str) -> str:
    converter = _converter()
    converted = converter.convert(line)
    if len(converted) != len(line):
        converted = "".join(piece if len(piece := converter.convert(char)) == 1 else char for char in line)
    return converted


@functools.cache
def _converter(config: str = "t2s") -> opencc.OpenCC:
    return opencc.OpenCC(config)
