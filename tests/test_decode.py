"""Decode: the same Chinese text comes back from every encoding a government site uses."""

from __future__ import annotations

import random

import pytest

from kg.decode import PLAUSIBLE, DecodeError, decode, plausibility

SIMPLIFIED = (
    "为贯彻落实党中央、国务院关于发展数字经济的决策部署，加快推动元宇宙产业高质量发展，"
    "结合本市实际，制定本行动方案。\n"
    "到2025年，全市元宇宙核心产业规模突破300亿元，带动相关产业规模超过1000亿元，"
    "培育10家以上具有核心竞争力的龙头企业，建设5个以上特色产业园区。\n"
    "一、夯实技术基础。支持高校、科研院所与企业联合攻关虚拟现实、增强现实、数字孪生、"
    "人工智能和区块链等关键技术，建设元宇宙创新中心和公共服务平台。\n"
    "二、丰富应用场景。在智能制造、文化旅游、医疗健康、教育培训和城市治理等领域开展示范应用，"
    "打造一批标杆项目。\n"
    "三、优化产业生态。完善人才引进、金融支持和知识产权保护等政策，营造良好发展环境。\n"
)
TRADITIONAL = (
    "為貫徹落實黨中央、國務院關於發展數字經濟的決策部署，加快推動元宇宙產業高質量發展，"
    "結合本市實際，制定本行動方案。\n"
    "到2025年，全市元宇宙核心產業規模突破300億元，帶動相關產業規模超過1000億元，"
    "培育10家以上具有核心競爭力的龍頭企業，建設5個以上特色產業園區。\n"
    "一、夯實技術基礎。支持高校、科研院所與企業聯合攻關虛擬現實、增強現實、數字孿生、"
    "人工智能和區塊鏈等關鍵技術，建設元宇宙創新中心和公共服務平臺。\n"
    "二、豐富應用場景。在智能製造、文化旅遊、醫療健康、教育培訓和城市治理等領域開展示範應用，"
    "打造一批標杆項目。\n"
    "三、優化產業生態。完善人才引進、金融支持和知識產權保護等政策，營造良好發展環境。\n"
)
# 啱 is in Big5-HKSCS (and GBK) but not in plain Big5.
HKSCS = TRADITIONAL + "香港業界話呢個方案啱啱好。\n"
# 𠮷 (U+20BB7) is astral; € is in GB18030 but in neither GBK nor Big5 as Python reads them.
ASTRAL = "在元宇宙展会上，日本企业展示了“𠮷野家”数字门店，门票价格为€5，吸引了大批市民前来体验。\n"


def test_fixtures_are_what_they_claim() -> None:
    assert 290 <= len(SIMPLIFIED) <= 310
    assert "啱" in HKSCS and "𠮷" in ASTRAL and "€" in ASTRAL
    with pytest.raises(UnicodeEncodeError):
        HKSCS.encode("big5")
    with pytest.raises(UnicodeEncodeError):
        ASTRAL.encode("gbk")


ROUND_TRIPS = [
    # (text, codec used to write the bytes, encoding decode() should report)
    pytest.param(SIMPLIFIED, "utf-8", "utf-8", id="simplified-utf8"),
    pytest.param(SIMPLIFIED, "utf-8-sig", "utf-8-sig", id="simplified-utf8-bom"),
    pytest.param(SIMPLIFIED, "gbk", "gb18030", id="simplified-gbk"),
    pytest.param(SIMPLIFIED, "gb18030", "gb18030", id="simplified-gb18030"),
    pytest.param(SIMPLIFIED, "utf-16", "utf-16", id="simplified-utf16-bom"),
    pytest.param(SIMPLIFIED, "utf-16-le", "utf-16-le", id="simplified-utf16le"),
    pytest.param(TRADITIONAL, "utf-8", "utf-8", id="traditional-utf8"),
    pytest.param(TRADITIONAL, "utf-8-sig", "utf-8-sig", id="traditional-utf8-bom"),
    pytest.param(TRADITIONAL, "gbk", "gb18030", id="traditional-gbk"),
    pytest.param(TRADITIONAL, "gb18030", "gb18030", id="traditional-gb18030"),
    pytest.param(TRADITIONAL, "big5", "big5hkscs", id="traditional-big5"),
    pytest.param(TRADITIONAL, "big5hkscs", "big5hkscs", id="traditional-big5hkscs"),
    pytest.param(TRADITIONAL, "utf-16", "utf-16", id="traditional-utf16-bom"),
    pytest.param(TRADITIONAL, "utf-16-le", "utf-16-le", id="traditional-utf16le"),
    pytest.param(HKSCS, "big5hkscs", "big5hkscs", id="hkscs-big5hkscs"),
    pytest.param(HKSCS, "gb18030", "gb18030", id="hkscs-gb18030"),
    pytest.param(HKSCS, "utf-8", "utf-8", id="hkscs-utf8"),
    pytest.param(ASTRAL, "utf-8", "utf-8", id="astral-utf8"),
    pytest.param(ASTRAL, "utf-8-sig", "utf-8-sig", id="astral-utf8-bom"),
    pytest.param(ASTRAL, "gb18030", "gb18030", id="astral-gb18030"),
    pytest.param(ASTRAL, "utf-16", "utf-16", id="astral-utf16-bom"),
    pytest.param(ASTRAL, "utf-16-le", "utf-16-le", id="astral-utf16le"),
]


@pytest.mark.parametrize(("text", "codec", "encoding"), ROUND_TRIPS)
def test_round_trip(text: str, codec: str, encoding: str) -> None:
    decoded = decode(text.encode(codec))
    assert decoded.text == text
    assert decoded.encoding == encoding
    assert decoded.warnings == ()
    assert "\ufeff" not in decoded.text
    assert "\ufffd" not in decoded.text


SHORT = [
    # Two to five characters give the scorer little to go on: the module must
    # either get them right or say that it is unsure.
    pytest.param("元宇宙", "gb18030", id="gb-metaverse"),
    pytest.param("人工智能", "gb18030", id="gb-ai"),
    pytest.param("科学技术局", "gb18030", id="gb-science-bureau"),
    pytest.param("数字", "gb18030", id="gb-digital"),
    pytest.param("元宇宙", "big5", id="big5-metaverse"),
    pytest.param("臺北市", "big5", id="big5-taipei"),
    pytest.param("人工智慧", "big5", id="big5-ai"),
    pytest.param("科學技術局", "big5", id="big5-science-bureau"),
    pytest.param("通知", "gb18030", id="gb-notice"),
    pytest.param("平台", "gb18030", id="gb-platform"),
    pytest.param("組織", "big5", id="big5-organization"),
    pytest.param("中文", "big5", id="big5-chinese"),
    pytest.param("中央商務區", "big5", id="big5-business-district"),
]


@pytest.mark.parametrize(("text", "codec"), SHORT)
def test_short_input_is_right_or_warned(text: str, codec: str) -> None:
    decoded = decode(text.encode(codec))
    assert decoded.text == text or decoded.warnings


BIG5_INPUTS = [
    pytest.param(TRADITIONAL, "big5", id="traditional-big5"),
    pytest.param(HKSCS, "big5hkscs", id="hkscs"),
    pytest.param("元宇宙", "big5", id="short-metaverse"),
    pytest.param("臺北市", "big5", id="short-taipei"),
    pytest.param("關閉", "big5", id="short-close"),
]


@pytest.mark.parametrize(("text", "codec"), BIG5_INPUTS)
def test_big5_is_never_silently_read_as_gb18030(text: str, codec: str) -> None:
    # Two Big5 characters can also be two common GB18030 ones (關閉 / 闽超): then the
    # module may pick either, but must say it is unsure.
    decoded = decode(text.encode(codec))
    assert decoded.encoding != "gb18030" or (decoded.warnings and len(text) <= 4)


def test_declared_gb2312_on_gbk_bytes_reads_gb18030() -> None:
    # Sites that say gb2312 serve GBK; 镕 is in GBK but not in GB2312.
    text = "<p>朱镕基同志视察了本市元宇宙产业园区，听取了有关部门的工作汇报。</p>"
    data = text.encode("gbk")
    with pytest.raises(UnicodeDecodeError):
        data.decode("gb2312")
    decoded = decode(data, declared="gb2312")
    assert (decoded.text, decoded.encoding, decoded.warnings) == (text, "gb18030", ())


def test_wrong_declared_charset_is_overruled_with_a_warning() -> None:
    decoded = decode(SIMPLIFIED.encode("gbk"), declared="big5")
    assert (decoded.text, decoded.encoding) == (SIMPLIFIED, "gb18030")
    assert any("declared charset" in warning for warning in decoded.warnings)


def _overwrite(data: bytes, text: str, chars: str) -> bytes:
    """``data`` (GBK of ``text``) with the bytes of each of ``chars`` replaced by FF FF."""
    out = bytearray(data)
    for char in chars:
        at = len(text[: text.index(char)].encode("gbk"))
        out[at : at + 2] = b"\xff\xff"
    return bytes(out)


def test_corrupted_gbk_keeps_the_rest_and_warns() -> None:
    data = _overwrite(SIMPLIFIED.encode("gbk"), SIMPLIFIED, "夯孪")
    decoded = decode(data)
    assert decoded.text == SIMPLIFIED.replace("夯", "").replace("孪", "")
    assert decoded.encoding == "gb18030"
    assert decoded.warnings == ("4 undecodable byte sequence(s) dropped, first on line 3",)


def test_gbk_cut_inside_a_character_keeps_the_rest_and_warns() -> None:
    text = SIMPLIFIED.rstrip("\n")
    decoded = decode(text.encode("gbk")[:-1])
    assert decoded.text == text[:-1]
    assert decoded.encoding == "gb18030"
    assert len(decoded.warnings) == 1


@pytest.mark.parametrize("seed", range(4))
def test_png_with_nul_bytes_is_binary(seed: int) -> None:
    data = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + random.Random(seed).randbytes(4000)
    with pytest.raises(DecodeError):
        decode(data)


@pytest.mark.parametrize("seed", range(4))
def test_random_bytes_without_nul_are_binary(seed: int) -> None:
    data = random.Random(seed).randbytes(4000).replace(b"\x00", b"\x01")
    with pytest.raises(DecodeError):
        decode(data)


PLAUSIBILITY = [
    pytest.param("", 1.0, id="empty"),
    pytest.param("Metaverse 2025", 1.0, id="ascii"),
    pytest.param("元宇宙产业", 1.0, id="simplified"),
    pytest.param("數位經濟", 1.0, id="traditional"),
    pytest.param("，。、“”《》", 1.0, id="cjk-punctuation"),
    pytest.param("αβγδ", 0.0, id="greek"),
    pytest.param("абвг", 0.0, id="cyrillic"),
    pytest.param("元宇宙αβ", 0.6, id="mixed"),
    pytest.param("ぁあいゅ", 0.0, id="kana"),
]


@pytest.mark.parametrize(("text", "score"), PLAUSIBILITY)
def test_plausibility(text: str, score: float) -> None:
    assert plausibility(text) == pytest.approx(score)


@pytest.mark.parametrize("text", [SIMPLIFIED, TRADITIONAL, HKSCS, ASTRAL])
def test_real_text_is_plausible(text: str) -> None:
    assert plausibility(text) >= PLAUSIBLE


def test_big5_misread_as_gb18030_is_implausible() -> None:
    assert plausibility(TRADITIONAL.encode("big5").decode("gb18030")) < PLAUSIBLE
