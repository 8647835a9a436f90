"""Markup: the article text of an HTML or Markdown page, without the site around it."""

from __future__ import annotations

import pytest

from kg.markup import declared_charset, html_text, markdown_text

PAGE = """<!DOCTYPE html>
<html><head><meta charset="gb2312">
<title>关于印发元宇宙行动方案的通知_杭州市人民政府</title>
<meta name="ArticleTitle" content="关于印发元宇宙行动方案的通知">
<meta name="PubDate" content=" 2022-08-05 10:00 ">
<meta name="ContentSource" content="杭州市科学技术局">
<style>p { color: red }</style>
<script>var tpl = "<p>脚本里的文字</p>";</script>
</head><body>
<header>杭州市人民政府门户网站</header>
<nav><a href="/">首页</a><a href="/zwgk">政务公开</a></nav>
<div class="breadcrumb">当前位置：首页 &gt; 政务公开</div>
<div id="main">
  <h1>关于印发元宇宙行动方案的通知</h1>
  <p>各区、县（市）人民政府：</p>
  <p>现将《元宇宙行动方案》印发给你们，请认真<b>贯彻</b>执行。</p>
  <ul><li>第一条</li><li>第二条</li></ul>
</div>
<div class="share">分享到：微信 微博</div>
<div id="sidebar">相关文章</div>
<footer>版权所有 备案号：浙ICP备12345678号</footer>
<div id="footer">网站标识码3301000001</div>
</body></html>"""

ARTICLE = [
    "关于印发元宇宙行动方案的通知",
    "各区、县（市）人民政府：",
    "现将《元宇宙行动方案》印发给你们，请认真贯彻执行。",
    "第一条",
    "第二条",
]


def test_html_keeps_only_the_article_one_block_per_line() -> None:
    assert html_text(PAGE).text.split("\n") == ARTICLE


@pytest.mark.parametrize("furniture", [
    pytest.param("杭州市人民政府门户网站", id="header"),
    pytest.param("政务公开", id="nav"),
    pytest.param("当前位置", id="breadcrumb-class"),
    pytest.param("分享到", id="share-class"),
    pytest.param("相关文章", id="sidebar-id"),
    pytest.param("备案号", id="footer"),
    pytest.param("网站标识码", id="footer-id"),
    pytest.param("脚本里的文字", id="script"),
    pytest.param("color", id="style"),
])
def test_html_drops_furniture(furniture: str) -> None:
    assert furniture not in html_text(PAGE).text


def test_html_title_and_meta() -> None:
    page = html_text(PAGE)
    assert page.title == "关于印发元宇宙行动方案的通知_杭州市人民政府"
    assert page.meta == {
        "ArticleTitle": "关于印发元宇宙行动方案的通知",
        "PubDate": "2022-08-05 10:00",
        "ContentSource": "杭州市科学技术局",
    }


HTML_CASES = [
    pytest.param("<p>代码：&lt;script&gt;alert(1)&lt;/script&gt; &amp; 其他</p>",
                 "代码：<script>alert(1)</script> & 其他", id="entities-are-text"),
    pytest.param("<p>&#20803;&#x5B87;宙&nbsp;&nbsp;产业</p>", "元宇宙 产业",
                 id="character-references"),
    pytest.param("<p>甲<br>乙<br/>丙</p>", "甲\n乙\n丙", id="line-breaks"),
    pytest.param("<table><tr><td>指标</td><td>目标</td></tr><tr><td>企业数</td><td>50家</td></tr></table>",
                 "指标 | 目标\n企业数 | 50家", id="table-rows"),
    pytest.param("<table><tr><td><p>正文甲</p><p>正文乙</p></td></tr></table>", "正文甲\n正文乙",
                 id="layout-table"),
    pytest.param("<p>杭州<span>市</span><a href='#'>科技局</a></p>", "杭州市科技局",
                 id="inline-elements"),
    pytest.param("<div class='content'><div class='menu'>菜单</div><p>正文</p></div>", "正文",
                 id="nested-furniture"),
    pytest.param("<p>正文</p><div id='weizhi'>您的位置</div>", "正文", id="pinyin-id"),
    pytest.param("<div class='position-relative'><p>正文</p></div>", "正文",
                 id="utility-class"),
]


@pytest.mark.parametrize(("source", "text"), HTML_CASES)
def test_html_text(source: str, text: str) -> None:
    assert html_text(source).text == text


CHARSETS = [
    pytest.param(b'<meta charset="gb2312">', "gb2312", id="meta-charset"),
    pytest.param(b"<meta charset=gbk>", "gbk", id="unquoted"),
    pytest.param(b'<meta http-equiv="Content-Type" content="text/html; charset=GB2312">', "GB2312",
                 id="http-equiv"),
    pytest.param(b"<p>no declaration</p>", "", id="none"),
    pytest.param(b" " * 5000 + b'<meta charset="big5">', "", id="beyond-4kb"),
]


@pytest.mark.parametrize(("data", "charset"), CHARSETS)
def test_declared_charset(data: bytes, charset: str) -> None:
    assert declared_charset(data) == charset


MARKDOWN = """# 武汉市促进生成式人工智能发展若干措施

## 一、总体要求

- **支持**企业建设[算力平台](http://example.com)。
* 推动*模型*应用
1. 第一项

> 引用内容

| 指标 | 目标 |
|---|---:|
| 算力规模 | 5000P |

---
![示意图](a.png)
行内`代码`测试
"""


@pytest.mark.parametrize("line", [
    "武汉市促进生成式人工智能发展若干措施",
    "一、总体要求",
    "支持企业建设算力平台。",
    "推动模型应用",
    "第一项",
    "引用内容",
    "示意图",
    "行内代码测试",
], ids=["heading-1", "heading-2", "bullet-bold-link", "star-bullet-italic", "ordered-item", "quote",
        "image", "inline-code"])
def test_markdown_unwraps_line(line: str) -> None:
    assert line in markdown_text(MARKDOWN).text.split("\n")


def test_markdown_table_rows_become_cells_and_separators_vanish() -> None:
    lines = markdown_text(MARKDOWN).text.split("\n")
    assert ["指标", "目标"] in [line.split() for line in lines]
    assert ["算力规模", "5000P"] in [line.split() for line in lines]
    assert not any(set(line) <= set("|-: ") and line for line in lines)


@pytest.mark.parametrize("residue", ["#", "**", "*", "`", "[", "](", "http://", "|", "> ", "---"])
def test_markdown_leaves_no_syntax(residue: str) -> None:
    assert residue not in markdown_text(MARKDOWN).text


def test_markdown_title_is_the_first_heading() -> None:
    assert markdown_text(MARKDOWN).title == "武汉市促进生成式人工智能发展若干措施"
