"""Decode: bytes of a Chinese document -> text, choosing the encoding deliberately.

Order: a byte-order mark; strict UTF-8; a declared charset (mapped as WHATWG
does, so ``gb2312`` and ``gbk`` mean GB18030); then GB18030 against
Big5-HKSCS, both strict, scored by how many of the characters are common ones.
Scoring matters because Big5 bytes decode *without error* as GB18030, into
nonsense. When no encoding decodes cleanly, the best one is used with the
damage reported.

>>> decode("元宇宙".encode("big5")).encoding
'big5hkscs'
>>> decode("元宇宙".encode("gb18030")).encoding
'gb18030'
"""

from __future__ import annotations

import codecs
import functools
from dataclasses import dataclass

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# WHATWG Encoding Standard labels for the encodings of Chinese pages.
_LABELS = {
    "gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "gb18030": "gb18030",
    "chinese": "gb18030", "csgb2312": "gb18030", "iso-ir-58": "gb18030",
    "big5": "big5hkscs", "big5-hkscs": "big5hkscs", "cn-big5": "big5hkscs", "x-x-big5": "big5hkscs",
    "cp950": "big5hkscs", "utf-8": "utf-8", "utf8": "utf-8", "unicode-1-1-utf-8": "utf-8",
    "utf-16": "utf-16", "utf-16le": "utf-16-le", "utf-16be": "utf-16-be",
}
_CANDIDATES = ("gb18030", "big5hkscs")
PLAUSIBLE = 0.9


class DecodeError(ValueError):
    """The bytes are not text in any encoding we read."""


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    warnings: tuple[str, ...] = ()


def decode(data: bytes, declared: str = "") -> Decoded:
    """Decode ``data``; ``declared`` is a charset the file names for itself, if any."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _strict_or_damaged(data, encoding)
    if b"\x00" in data:
        return _utf16_or_binary(data)
    utf8 = _try(data, "utf-8")
    if utf8 is not None and not _mistaken_utf8(utf8):
        return Decoded(utf8, "utf-8")
    label = _LABELS.get(declared.strip().lower(), "")
    text = _try(data, label) if label and label != "utf-8" else None
    if text is not None and (plausibility(text) >= PLAUSIBLE or label not in _CANDIDATES):
        return Decoded(text, label)
    return _guess(data, declared)


def _guess(data: bytes, declared: str) -> Decoded:
    scored = []
    for encoding in _CANDIDATES:
        text = _try(data, encoding)
        if text is not None:
            scored.append((plausibility(text), encoding, text))
    if not scored:
        return _damaged(data)
    scored.sort(key=lambda item: -item[0])
    score, encoding, text = scored[0]
    warnings: list[str] = []
    if len(scored) > 1 and scored[1][0] >= score - 0.05 and score >= PLAUSIBLE:
        warnings.append(f"encoding uncertain: {encoding} and {scored[1][1]} both read "
                        f"{len(text)} characters plausibly; read as {encoding}")
    if declared and _LABELS.get(declared.lower()) != encoding:
        warnings.append(f"declared charset {declared!r} does not fit; read as {encoding}")
    elif score < PLAUSIBLE:
        warnings.append(f"encoding uncertain: read as {encoding} ({score:.0%} common characters)")
    return Decoded(text, encoding, tuple(warnings))


def _damaged(data: bytes) -> Decoded:
    """No encoding decodes cleanly: take the one with the fewest bad bytes."""
    best = min(("utf-8", *_CANDIDATES), key=lambda enc: _errors(data, enc))
    text = data.decode(best, errors="replace")
    bad = text.count("\ufffd")
    line = text[: text.find("\ufffd")].count("\n") + 1
    if bad * 20 > max(len(text), 1):
        raise DecodeError(f"not text in UTF-8, GB18030 or Big5 ({bad} undecodable sequences)")
    clean = text.replace("\ufffd", "")
    return Decoded(clean, best, (f"{bad} undecodable byte sequence(s) dropped, first on line {line}",))


def _strict_or_damaged(data: bytes, encoding: str) -> Decoded:
    text = _try(data, encoding)
    if text is not None:
        return Decoded(text.lstrip("\ufeff"), encoding)
    text = data.decode(encoding, errors="replace").lstrip("\ufeff")
    bad = text.count("\ufffd")
    return Decoded(text.replace("\ufffd", ""), encoding,
                   (f"{bad} undecodable byte sequence(s) dropped",))


def _try(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _errors(data: bytes, encoding: str) -> int:
    return data.decode(encoding, errors="replace").count("\ufffd")


def _mistaken_utf8(text: str) -> bool:
    """Short GB18030 text can be valid UTF-8 (通知 = CD A8 D6 AA): UTF-8 holding no Chinese
    character but several other non-ASCII ones is read as GB18030 instead, when that is
    plausible Chinese."""
    wide = [char for char in text if ord(char) > 0x7F]
    if len(wide) < 2 or any("\u4e00" <= char <= "\u9fff" for char in wide):
        return False
    other = _try(text.encode("utf-8"), "gb18030")
    return other is not None and plausibility(other) >= PLAUSIBLE


def _utf16_or_binary(data: bytes) -> Decoded:
    """NUL bytes: UTF-16 without a BOM if it decodes into plausible text; text with a few
    stray NULs (kept, dropped, with a warning); else binary."""
    for encoding in ("utf-16-le", "utf-16-be"):
        text = _try(data, encoding)
        if text is not None and plausibility(text) >= PLAUSIBLE and not _controls(text):
            return Decoded(text, encoding)
    nuls = data.count(0)
    if nuls * 100 <= len(data):
        try:
            decoded = decode(data.replace(b"\x00", b""))
        except DecodeError:
            decoded = None
        if decoded is not None and not decoded.warnings and not _controls(decoded.text):
            return Decoded(decoded.text, decoded.encoding, (f"{nuls} NUL byte(s) dropped",))
    raise DecodeError("binary content (NUL bytes)")


def _controls(text: str) -> bool:
    return any(ord(char) < 0x20 and char not in "\t\n\r\f" for char in text)


def plausibility(text: str) -> float:
    """Share of the non-ASCII characters of ``text`` that are common Chinese ones.

    Common means: in GB2312's first level (the 3,755 most used Simplified
    characters), in Big5's common level (5,401 Traditional characters), or
    CJK punctuation. Real text scores near 1; text decoded with the wrong
    codec lands on rare characters, kana, Greek and Cyrillic.
    """
    wide = [char for char in text if ord(char) > 0x7F]
    if not wide:
        return 1.0
    common = _common()
    return sum(char in common for char in wide) / len(wide)


@functools.cache
def _common() -> frozenset[str]:
    """Common characters: Chinese ideographs of the two common tables, CJK punctuation."""
    chars: set[str] = set()
    for lead in range(0xB0, 0xD8):
        for trail in range(0xA1, 0xFF):
            chars.update(_char(bytes((lead, trail)), "gb2312"))
    for lead in range(0xA4, 0xC7):
        for trail in (*range(0x40, 0x7F), *range(0xA1, 0xFF)):
            chars.update(_char(bytes((lead, trail)), "big5"))
    for lead in (0xA1, 0xA3):  # GB2312 punctuation and full-width forms
        for trail in range(0xA1, 0xFF):
            chars.update(_char(bytes((lead, trail)), "gb2312"))
    ideographs = {char for char in chars if "\u4e00" <= char <= "\u9fff"}
    punctuation = {char for char in chars if "\u3000" <= char <= "\u303f" or "\uff00" <= char <= "\uffef"}
    return frozenset(ideographs | punctuation | set(
        "\u3000\u3001\u3002\u300a\u300b\u201c\u201d\u2018\u2019\u2014\u2026\u00b7"))


def _char(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return ""
