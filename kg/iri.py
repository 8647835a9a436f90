"""IRI: every IRI the project makes comes from ``mint``; deterministic, valid for any key.

Characters that an IRI path may hold as they are (unreserved ASCII and the
RFC 3987 ``ucschar`` ranges, which cover Chinese) are kept, so IRIs stay
readable; everything else, ``%`` included, is percent-encoded as UTF-8, which
makes the mapping injective: two keys never share an IRI.

>>> mint("company", "华为 技术")
'https://w3id.org/cn-metaverse-kg/id/company/华为%20技术'
>>> mint("place", "310105")
'https://w3id.org/cn-metaverse-kg/id/place/310105'
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

from kg.vocab import DATA

_UNRESERVED = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_~")
_UCSCHAR = (
    (0xA0, 0xD7FF), (0xF900, 0xFDCF), (0xFDF0, 0xFFEF),
    (0x10000, 0x1FFFD), (0x20000, 0x2FFFD), (0x30000, 0x3FFFD),
    (0x40000, 0x4FFFD), (0x50000, 0x5FFFD), (0x60000, 0x6FFFD),
    (0x70000, 0x7FFFD), (0x80000, 0x8FFFD), (0x90000, 0x9FFFD),
    (0xA0000, 0xAFFFD), (0xB0000, 0xBFFFD), (0xC0000, 0xCFFFD),
    (0xD0000, 0xDFFFD), (0xE1000, 0xEFFFD),
)
_KIND = re.compile(r"[a-z][a-z0-9-]*")


def mint(kind: str, key: str) -> str:
    """The IRI of the thing of ``kind`` (a lowercase slug) identified by ``key``."""
    if not _KIND.fullmatch(kind):
        raise ValueError(f"not a kind slug: {kind!r}")
    if not key:
        raise ValueError(f"empty key for kind {kind!r}")
    return f"{DATA}{kind}/{encode(key)}"


def encode(key: str) -> str:
    """Percent-encode what an IRI path segment may not hold as it is.

    ``.`` is encoded too, so that ``.`` and ``..`` never become path steps.
    """
    return "".join(char if _keep(char) else _percent(char) for char in key)


def _keep(char: str) -> bool:
    if char in _UNRESERVED:
        return True
    point = ord(char)
    if unicodedata.category(char) in {"Zs", "Zl", "Zp", "Cf", "Cc", "Co", "Cn"}:
        return False  # spaces end an IRI for some parsers; RFC 3987 bars bidi formatting
    return any(low <= point <= high for low, high in _UCSCHAR) and not 0xFFF0 <= point <= 0xFFFF


def _percent(char: str) -> str:
    data = char.encode("utf-8", errors="surrogatepass")
    return "".join(f"%{byte:02X}" for byte in data)


def filename(key: str, suffix: str = "") -> str:
    """A safe, deterministic file name for ``key``: readable stem plus a short hash.

    >>> filename("../上海/长宁", ".html")
    '上海_长宁-f512238d.html'
    """
    stem = re.sub(r"[^\w\u4e00-\u9fff-]+", "_", key).strip("_")[:60] or "x"
    digest = hashlib.sha256(key.encode("utf-8", errors="surrogatepass")).hexdigest()[:8]
    return f"{stem}-{digest}{suffix}"
