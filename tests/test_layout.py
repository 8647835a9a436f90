"""Layout: header fields become metadata, furniture becomes cruft, text becomes sentences."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.layout import layout, sentences
from kg.model import Document, Metadata
from kg.normalize import normalize


def laid_out(text: str, meta: Metadata | None = None) -> Document:
    doc = Document(id="d", source="d.txt", format="txt", encoding="utf-8", sha256="", text=text)
    return layout(normalize(doc.replace(meta=meta or Metadata())))


def cruft_lines(doc: Document) -> list[str]:
    return [doc.norm[span.start : span.end] for span in doc.cruft]


def sentence_texts(doc: Document) -> list[str]:
    return [doc.norm[span.start : span.end] for span in doc.sentences]


HEADER = (
    "索引号：000014349/2022-00123\n"
    "发布机构：杭州市科学技术局\n"
    "生成日期：2022年08月05日\n"
    "文件编号：杭科高〔2022〕12号\n"
    "签发人：张三\n"
    "为加快元宇宙产业发展，现将有关事项通知如下。\n"
)

FIELDS = [
    ("index_number", "000014349/2022-00123"),
    ("publisher", "杭州市科学技术局"),
    ("generated", "2022-08-05"),
    ("document_number", "杭科高〔2022〕12号"),
    ("signer", "张三"),
]


@pytest.mark.parametrize(("field", "value"), FIELDS, ids=[field for field, _ in FIELDS])
def test_header_field_becomes_metadata(field: str, value: str) -> None:
    assert getattr(laid_out(HEADER).meta, field) == value


@pytest.mark.parametrize("line", ["> 首页 > 政务公开 > 政策解读", "| 首页 | 新闻中心 |", "| | |"])
def test_a_bar_of_links_or_separators_is_cruft(line: str) -> None:
    doc = laid_out(f"{line}\n{BODY}")
    assert cruft_lines(doc) == [line]


def test_header_lines_are_cruft_and_body_is_not() -> None:
    doc = laid_out(HEADER)
    assert cruft_lines(doc) == doc.norm.split("\n")[:5]


def test_fields_in_a_piped_table_row() -> None:
    doc = laid_out("发布机构: | 杭州市科学技术局 | 生成日期: | 2022-08-05 |\n正文。")
    assert (doc.meta.publisher, doc.meta.generated) == ("杭州市科学技术局", "2022-08-05")
    assert len(doc.cruft) == 1


def test_a_bulletin_names_who_printed_it() -> None:
    doc = laid_out("数字经济运行简报\n\n2025年第2期\n编印:贵安新区数字经济发展领导小组办公室\n\n正文。")
    assert doc.meta.publisher == "贵安新区数字经济发展领导小组办公室"


def test_fields_parted_from_their_values_by_spaces_alone() -> None:
    doc = laid_out("首页 > 政务公开\n索引号  SY-320115-2025-00021\n文件编号  江宁府办规〔2025〕3号\n"
                   "发布机构  区政府办公室\n公开类别  主动公开\n\n"
                   "江宁区人民政府办公室关于印发《江宁区促进数字文创产业发展的若干措施》的通知\n\n正文。")
    assert (doc.meta.index_number, doc.meta.publisher) == ("SY-320115-2025-00021", "区政府办公室")
    assert doc.meta.title == "江宁区人民政府办公室关于印发《江宁区促进数字文创产业发展的若干措施》的通知"


def test_fields_with_their_values_on_the_next_line() -> None:
    doc = laid_out("索引号:\n11440112MB2D81736K/2025-00418\n分类:\n科技、教育\n发布机构:\n广州市黄埔区人民政府办公室\n"
                   "成文日期:\n2025-03-21\n正文第一句。\n")
    assert (doc.meta.index_number, doc.meta.publisher, doc.meta.generated) == (
        "11440112MB2D81736K/2025-00418", "广州市黄埔区人民政府办公室", "2025-03-21")
    assert cruft_lines(doc) == doc.norm.split("\n")[:8]


def test_a_joint_signature_one_body_a_line() -> None:
    doc = laid_out("正文。\n\n广州市黄埔区人民政府办公室\n广州开发区管委会办公室\n2025年3月21日\n")
    assert doc.meta.signature == "广州市黄埔区人民政府办公室 广州开发区管委会办公室"


def test_metadata_already_known_is_kept() -> None:
    doc = laid_out(HEADER, Metadata(publisher="杭州市人民政府"))
    assert doc.meta.publisher == "杭州市人民政府"


BODY = "为加快元宇宙产业发展，现将有关事项通知如下。"

CONTACTS = [
    pytest.param("联系人：李四", id="contact-person"),
    pytest.param("联系电话：0571-85255627", id="contact-phone"),
    pytest.param("通讯地址：杭州市解放东路18号", id="postal-address"),
    pytest.param("邮政编码：310026", id="postcode"),
    pytest.param("咨询电话 0571-85255627", id="phone-without-field"),
    pytest.param("联系人：王五 13812345678", id="mobile"),
]


@pytest.mark.parametrize("line", CONTACTS)
def test_contact_line_is_cruft(line: str) -> None:
    doc = laid_out(f"{BODY}\n{line}")
    assert cruft_lines(doc) == [doc.norm.split("\n")[1]]


NOT_CRUFT = [
    pytest.param("市民可拨打12345政务服务热线咨询。", id="short-hotline"),
    pytest.param("| 电子信息制造业营业收入 | 亿元 | 96.3 | 9.5% |", id="table-row-in-pipes"),
    pytest.param("企业可致电咨询" + "有关政策" * 20 + "，电话0571-85255627。", id="long-sentence"),
]


@pytest.mark.parametrize("line", NOT_CRUFT)
def test_body_line_with_a_number_is_not_cruft(line: str) -> None:
    assert laid_out(f"{BODY}\n{line}").cruft == ()


SIGNATURES = [
    pytest.param(f"{BODY}\n杭州市科学技术局\n2022年7月14日", "杭州市科学技术局", "2022-07-14",
                 id="body-and-date"),
    pytest.param(f"{BODY}\n杭州市科学技术局\n２０２２年７月１４日", "杭州市科学技术局",
                 "2022-07-14", id="full-width-date"),
    pytest.param(f"{BODY}\n杭州市科学技术局\n2022 年 7 月 14 日", "杭州市科学技术局", "2022-07-14",
                 id="spaced-date"),
    pytest.param(f"{BODY}\n特此通知。\n2022年7月14日", "", "2022-07-14", id="sentence-before-date"),
    pytest.param(f"{BODY}\n杭州市科学技术局", "", "", id="no-date"),
]


@pytest.mark.parametrize(("text", "signature", "date"), SIGNATURES)
def test_signature(text: str, signature: str, date: str) -> None:
    meta = laid_out(text).meta
    assert (meta.signature, meta.signature_date) == (signature, date)


ADDRESSEES = [
    pytest.param("钟跃崎委员：", "钟跃崎委员", "钟跃崎", id="cppcc-member"),
    pytest.param("钟跃崎委员:", "钟跃崎委员", "钟跃崎", id="ascii-colon"),
    pytest.param("张伟代表：", "张伟代表", "张伟", id="deputy"),
    pytest.param("钟跃崎委员等：", "钟跃崎委员等", "钟跃崎", id="and-others"),
    pytest.param("各区县（市）科技局：", "各区县(市)科技局", "", id="bodies"),
]


@pytest.mark.parametrize(("line", "addressee", "proposer"), ADDRESSEES)
def test_addressee_and_proposer(line: str, addressee: str, proposer: str) -> None:
    doc = laid_out(f"{line}\n您提出的关于加快元宇宙产业发展的提案收悉。现答复如下：\n{BODY}")
    assert (doc.meta.addressee, doc.meta.proposer) == (addressee, proposer)
    assert cruft_lines(doc) == [doc.norm.split("\n")[0]]


def test_addressee_after_the_header() -> None:
    doc = laid_out(f"索引号：123\n发布机构：杭州市科学技术局\n钟跃崎委员：\n{BODY}")
    assert doc.meta.proposer == "钟跃崎"


def test_no_addressee_once_the_body_has_begun() -> None:
    doc = laid_out(f"{BODY}\n钟跃崎委员：")
    assert (doc.meta.addressee, doc.meta.proposer) == ("", "")


SENTENCES = [
    pytest.param("第一句。第二句!第三句?", ["第一句。", "第二句!", "第三句?"], id="ascii-marks"),
    pytest.param("好！好？好。", ["好！", "好？", "好。"], id="full-width-marks"),
    pytest.param("他说:“好。”再见", ["他说:“好。”", "再见"], id="closing-quote"),
    pytest.param("真的吗?!是的", ["真的吗?!", "是的"], id="mark-run"),
    pytest.param("标题\n正文没有句号\n\n", ["标题", "正文没有句号"], id="line-breaks"),
    pytest.param("  前后空格。  ", ["前后空格。"], id="stripped"),
    pytest.param("", [""], id="empty"),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCES)
def test_sentences(text: str, expected: list[str]) -> None:
    assert [text[span.start : span.end] for span in sentences(text)] == expected


def test_layout_sentences_follow_lines() -> None:
    doc = laid_out("一、总体要求\n到2025年，产业规模突破300亿元！建设5个园区。\n二、保障措施")
    assert sentence_texts(doc) == [
        "一、总体要求", "到2025年,产业规模突破300亿元!", "建设5个园区。", "二、保障措施",
    ]


TEXT = st.text(st.sampled_from(list("元宇宙产业发展,。!?！？”’\"\n \tA1")), max_size=60)


@settings(max_examples=200, deadline=None)
@given(TEXT.filter(str.strip))
def test_sentences_stay_on_one_line_and_cover_the_text(text: str) -> None:
    spans = sentences(text)
    covered: set[int] = set()
    end = 0
    for span in spans:
        piece = text[span.start : span.end]
        assert piece and piece == piece.strip() and "\n" not in piece
        assert span.start >= end
        end = span.end
        covered.update(range(span.start, span.end))
    assert {at for at, char in enumerate(text) if not char.isspace()} <= covered


def test_a_title_below_a_sites_name_and_a_bar_of_links_is_found() -> None:
    doc = laid_out("无障碍 | 长者模式 | English\n威海市工业和信息化局\n\n"
                   "《威海市加快虚拟现实产业发展实施方案》政策解读\n\n近日,市政府办公室印发了《实施方案》。\n")
    assert doc.meta.title == "《威海市加快虚拟现实产业发展实施方案》政策解读"


def test_no_title_is_taken_from_below_the_body() -> None:
    doc = laid_out("近日,市政府办公室印发了实施方案,现解读如下。\n一、关于印发方案的背景\n")
    assert doc.meta.title == ""
