"""Ingest: a file -> Document with its original text and declared metadata.

Reads ``.txt``, ``.html``/``.htm`` and ``.md`` in any of the encodings
``kg.decode`` knows. The document's text is the decoded text (for HTML and
Markdown, the text of the page) without invisible and control characters:
the "original text" that offsets count in. The document's id is a hash of its text, so the same
content under another name or in another encoding is the same document.
A file that cannot be read raises ``IngestError`` naming the file and why.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from kg.decode import DecodeError, decode
from kg.markup import declared_charset, html_text, markdown_text
from kg.model import Document, Metadata
from kg.normalize import clean

FORMATS = {".txt": "txt", ".text": "txt", ".html": "html", ".htm": "html", ".md": "md",
           ".markdown": "md"}
SIDECAR = "metadata.json"
# <meta name=...> fields of Chinese government sites -> Metadata fields.
_HTML_META = {"ArticleTitle": "title", "ContentSource": "publisher", "PubDate": "published",
              "firstpublishedtime": "published", "author": "publisher"}


class IngestError(Exception):
    """A file that cannot be a document; the message names the file and the reason."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


def discover(corpus: Path) -> list[Path]:
    """The document files below ``corpus``, in a stable order."""
    if not corpus.is_dir():
        raise IngestError(corpus, "corpus folder not found")
    return sorted(path for path in corpus.rglob("*")
                  if path.suffix.lower() in FORMATS and path.is_file()
                  and not any(part.startswith(".") for part in path.relative_to(corpus).parts))


def ingest(path: Path, corpus: Path, max_bytes: int) -> Document:
    """Read one file of the corpus into a Document."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise IngestError(path, f"larger than the limit ({size:,} > {max_bytes:,} bytes)")
        data = path.read_bytes()
    except OSError as error:
        raise IngestError(path, f"cannot read: {error.strerror or error}") from error
    if not data.strip():
        raise IngestError(path, "empty file")
    fmt = FORMATS[path.suffix.lower()]
    try:
        decoded = decode(data, declared_charset(data) if fmt == "html" else "")
    except DecodeError as error:
        raise IngestError(path, str(error)) from error
    page = {"html": html_text, "md": markdown_text}.get(fmt)
    text, title, meta = clean(decoded.text), "", {}
    if page is not None:
        parsed = page(text)
        text, title, meta = clean(parsed.text), clean(parsed.title), parsed.meta
    if not text.strip():
        raise IngestError(path, "no text in the document")
    digest = hashlib.sha256(text.encode("utf-8", errors="surrogatepass")).hexdigest()
    source = path.relative_to(corpus).as_posix() if path.is_relative_to(corpus) else path.name
    return Document(
        id=digest[:16], source=source, format=fmt, encoding=decoded.encoding, sha256=digest,
        text=text, meta=_metadata(title, meta, _sidecar(corpus).get(source, {})),
        warnings=decoded.warnings,
    )


def _metadata(title: str, html_meta: dict[str, str], declared: dict[str, str]) -> Metadata:
    fields: dict[str, str] = {"title": title}
    for name, field_name in _HTML_META.items():
        if html_meta.get(name):
            fields[field_name] = html_meta[name]
    for field_name in ("title", "publisher", "published"):
        if declared.get(field_name):
            fields[field_name] = declared[field_name]
    return Metadata(**fields)


def _sidecar(corpus: Path) -> dict[str, dict[str, str]]:
    """The corpus's ``metadata.json`` (file name -> title, publisher, published, source)."""
    path = corpus / SIDECAR
    if not path.is_file():
        return {}
    try:
        loaded = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise IngestError(path, f"unreadable metadata file: {error}") from error
    if not isinstance(loaded, dict):
        raise IngestError(path, "metadata file must map file names to objects")
    return {name: {key: str(value) for key, value in entry.items()}
            for name, entry in loaded.items() if isinstance(entry, dict)}
