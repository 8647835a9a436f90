"""Markup: the readable text of an HTML or Markdown page, without its site furniture.

HTML: text of block elements, one per line, and a table's row as one line, its cells
joined by `` | `` (as Markdown writes them: the table readers need the row); scripts, styles, forms and
elements that are navigation, menus, breadcrumbs, headers, footers or
sidebars (by tag, or by a class or id that says so) are left out. The
``<title>`` and the ``<meta>`` fields Chinese government sites fill
(ArticleTitle, PubDate, ContentSource, ...) are returned apart.

>>> page = html_text("<nav>首页</nav><p>杭州<b>市</b></p><div class='footer'>备案号</div>")
>>> page.text
'杭州市'
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

_SKIP_TAGS = frozenset({"script", "style", "noscript", "nav", "header", "footer", "aside",
                        "form", "select", "button", "iframe", "svg", "template", "head"})
_VOID = frozenset({"br", "img", "hr", "meta", "link", "input", "wbr", "area", "base", "col",
                   "embed", "source", "track", "param"})
_BLOCKS = frozenset({"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table",
                     "section", "article", "dd", "dt", "blockquote", "pre", "hr"})
_CELLS = frozenset({"td", "th"})
# Class or id words of site furniture; matched as whole words of the attribute, so that a
# utility class such as "position-relative" does not hide an article.
_FURNITURE = re.compile(
    r"(?<![\w-])(nav|navbar|menu|breadcrumbs?|crumbs?|footer|header|sidebar|side-bar|banner|copyright|"
    r"share|toolbar|topbar|top-bar|links|friendlinks?|search|login|position|location|weizhi|dqwz)"
    r"(?![\w-])",
    re.IGNORECASE,
)
_CHARSET = re.compile(rb"""charset\s*=\s*["']?\s*([A-Za-z0-9_-]+)""", re.IGNORECASE)


@dataclass(frozen=True)
class Page:
    text: str
    title: str = ""
    meta: dict[str, str] = field(default_factory=dict)


def declared_charset(data: bytes) -> str:
    """The charset an HTML page declares in its first 4 KB, or ''."""
    match = _CHARSET.search(data[:4096])
    return match.group(1).decode("ascii") if match else ""


def html_text(source: str) -> Page:
    parser = _TextParser()
    parser.feed(source)
    parser.close()
    lines = (re.sub(r"[ \t\r\f\v\u00a0]+", " ", line).strip() for line in "".join(parser.out).split("\n"))
    text = "\n".join(line for line in lines if line)
    return Page(text, parser.title.strip(), parser.meta)


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.title = ""
        self.meta: dict[str, str] = {}
        self._stack: list[tuple[str, bool]] = []
        self._in_title = False
        self._cells: list[int] = []  # cells begun in each open row

    def _skipping(self) -> bool:
        return bool(self._stack) and self._stack[-1][1]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if tag == "meta" and values.get("name") and values.get("content"):
            self.meta[values["name"]] = values["content"].strip()
        if tag == "title":
            self._in_title = True
        if tag in _BLOCKS:
            self.out.append("\n")
        if tag == "tr":
            self._cells.append(0)
        elif tag in _CELLS:
            if self._cells and self._cells[-1]:
                self.out.append(" | ")  # the row's next cell
            elif not self._cells:
                self.out.append("\n")  # a cell outside any row
            if self._cells:
                self._cells[-1] += 1
        if tag in _VOID:
            return
        furniture = tag in _SKIP_TAGS or bool(
            _FURNITURE.search(values.get("class", "") + " " + values.get("id", ""))
        )
        self._stack.append((tag, self._skipping() or furniture))

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        for depth in range(len(self._stack) - 1, -1, -1):
            if self._stack[depth][0] == tag:
                del self._stack[depth:]
                break
        if tag in _BLOCKS:
            self.out.append("\n")
        if tag == "tr" and self._cells:
            self._cells.pop()

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
        elif not self._skipping():
            self.out.append(data)


_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_LINE = re.compile(r"^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+(?=\S)|\d+\.\s+(?=\S))")
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|`)")


def markdown_text(source: str) -> Page:
    """Plain text of a Markdown page: headings, quotes, list markers, links and emphasis unwrapped.

    >>> markdown_text("# 标题\\n- **人工智能**见[链接](http://x)").text
    '标题\\n人工智能见链接'
    """
    lines = []
    title = ""
    for line in source.splitlines():
        if re.fullmatch(r"\s*(?:-{3,}|\*{3,}|_{3,}|\|?[\s:|-]+\|[\s:|-]*)\s*", line):
            continue  # rules and table separators
        heading = line.lstrip().startswith("#")
        line = _MD_EMPHASIS.sub("", _MD_LINK.sub(r"\1", _MD_LINE.sub("", line)))
        line = line.strip().strip("|").replace("|", " ").strip()
        if heading and not title:
            title = line
        lines.append(line)
    return Page("\n".join(lines).strip(), title)
