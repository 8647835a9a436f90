"""Resolution across documents: the same thing under several names is one entity, and only then."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.layout import layout
from kg.model import Document, Kind
from kg.normalize import normalize
from kg.resolve import resolve
from kg.segment import segment


@pytest.fixture(scope="module")
def resolved(lexicon, segmenter):  # noqa: ANN001, ANN201
    def run(*texts: str):  # noqa: ANN202
        docs = []
        for number, text in enumerate(texts):
            doc = Document(f"d{number}", f"d{number}.txt", "txt", "utf-8", "", text)
            docs.append(extract(segment(layout(normalize(doc, lexicon.kept_by_t2s)), segmenter), lexicon, segmenter).slim())
        return docs, resolve(docs, lexicon)
    return run


def _entity(docs, resolution, name: str):  # noqa: ANN001, ANN202
    for doc in docs:
        for index, mention in enumerate(doc.mentions):
            if mention.name == name:
                return resolution.entity_of(doc, index)
    raise AssertionError(f"no mention {name}")


SHANGHAI = "上海市长宁区积极推动元宇宙发展,长宁数字经济强劲发展。\n长宁区科学技术委员会\n2024年4月30日"
SICHUAN = "四川省宜宾市长宁县加快发展数字经济,长宁县建设产业园。\n长宁县人民政府\n2023年5月6日"
HANGZHOU = "杭州具备良好的研发资源优势,阿里达摩院持续攻关。发挥达摩院、新华三、新华三人工智能等头部企业作用。"
HANGZHOU_REPLY = "市经信局、市科技局等部门积极鼓励企业。杭州市科技局推进建设。\n杭州市科学技术局\n2022年7月14日"


def test_short_and_full_place_names_are_one_place(resolved) -> None:  # noqa: ANN001
    docs, resolution = resolved(SHANGHAI, "杭州市数字经济发展迅速。", HANGZHOU)
    assert _entity(docs, resolution, "长宁") is _entity(docs, resolution, "长宁区")
    assert _entity(docs, resolution, "长宁").code == "310105"
    assert _entity(docs, resolution, "杭州") is _entity(docs, resolution, "杭州市")


def test_namesakes_in_other_provinces_stay_apart(resolved) -> None:  # noqa: ANN001
    docs, resolution = resolved(SHANGHAI, SICHUAN)
    changning = _entity(docs, resolution, "长宁区")
    county = _entity(docs, resolution, "长宁县")
    assert changning is not county
    assert (changning.code, county.code) == ("310105", "511524")
    assert resolution.entities[changning.parent].label == "上海市"


def test_short_forms_of_organisations(resolved) -> None:  # noqa: ANN001
    docs, resolution = resolved(HANGZHOU, HANGZHOU_REPLY)
    assert _entity(docs, resolution, "达摩院") is _entity(docs, resolution, "阿里达摩院")
    assert _entity(docs, resolution, "新华三") is not _entity(docs, resolution, "新华三人工智能")
    bureau = _entity(docs, resolution, "市科技局")
    assert bureau is _entity(docs, resolution, "杭州市科技局") is _entity(docs, resolution, "杭州市科学技术局")
    assert bureau.label == "杭州市科学技术局" and bureau.kind is Kind.GOVERNMENT
    assert _entity(docs, resolution, "市经信局").label == "杭州市经济和信息化局"


def test_every_decision_is_written_down(resolved) -> None:  # noqa: ANN001
    _, resolution = resolved(HANGZHOU_REPLY)
    assert ("市科技局", "杭州市科学技术局", "GovernmentBody", "short form expanded with the document's place") in (
        resolution.decisions)


def test_a_zone_is_part_of_the_district_its_name_begins_with(resolved) -> None:  # noqa: ANN001
    docs, resolution = resolved("今年3月,余杭未来科技城提出了XR产业发展计划。\n杭州市科学技术局\n2022年7月14日")
    zone = _entity(docs, resolution, "余杭未来科技城")
    assert resolution.entities[zone.parent].label == "余杭区"
    assert resolution.entities[resolution.entities[zone.parent].parent].label == "杭州市"


def test_a_registered_name_and_its_brand_are_one_company(resolved) -> None:  # noqa: ANN001
    docs, resolution = resolved(
        "引进宁波视研光电科技有限公司、泰豪科技股份有限公司和科大讯飞股份有限公司。"
        "视研光电年产模组50万片,泰豪科技建设实训基地,科大讯飞发布大模型。"
        "支持杭州视研智造科技有限公司发展。")
    assert _entity(docs, resolution, "视研光电") is _entity(docs, resolution, "宁波视研光电科技有限公司")
    assert _entity(docs, resolution, "泰豪科技") is _entity(docs, resolution, "泰豪科技股份有限公司")
    assert _entity(docs, resolution, "科大讯飞") is _entity(docs, resolution, "科大讯飞股份有限公司")
    # another registered name that shares the brand's first characters is another company
    assert _entity(docs, resolution, "杭州视研智造科技有限公司") is not _entity(docs, resolution, "视研光电")


def test_a_city_without_counties_holds_its_towns(resolved) -> None:  # noqa: ANN001
    """东莞市 has towns and no counties; the source once listed it as its own county too."""
    docs, resolution = resolved("东莞市长安镇加快发展虚拟现实产业。\n东莞市工业和信息化局\n2024年5月6日")
    town = _entity(docs, resolution, "长安镇")
    city = resolution.entities[town.parent]
    assert (city.label, city.code) == ("东莞市", "441900")
    assert resolution.entities[city.parent].label == "广东省"


def test_a_loop_in_the_divisions_is_refused_by_name(tmp_path) -> None:  # noqa: ANN001
    import shutil

    from kg.lexicon import LEXICONS, load_lexicon
    folder = tmp_path / "lexicons"
    shutil.copytree(LEXICONS, folder)
    with (folder / "divisions.csv").open("a", encoding="utf-8") as rows:
        rows.write("441900,东莞市,district,441900\n")
    with pytest.raises(ValueError, match=r"divisions\.csv: division 441900 东莞市 has a loop"):
        load_lexicon(folder)


def test_a_brand_after_a_place_in_the_registered_name_is_the_company(resolved) -> None:  # noqa: ANN001
    docs, resolution = resolved("常州西湖数维科技有限公司参与建设。数维科技开发的平台已上线。")
    assert _entity(docs, resolution, "数维科技") is _entity(docs, resolution, "常州西湖数维科技有限公司")


def test_a_municipality_is_the_city_of_its_short_forms(resolved) -> None:  # noqa: ANN001
    docs, resolution = resolved("市经信委支持两江新区建设XR产业创新高地。\n重庆两江新区管理委员会\n2024年6月1日")
    assert _entity(docs, resolution, "市经信委").label == "重庆市经济和信息化委员会"


def test_a_districts_body_is_named_with_and_without_its_city(resolved) -> None:  # noqa: ANN001
    docs, resolution = resolved("区工信局共兑现奖励资金4860万元。\n福州市长乐区工业和信息化局\n2025年4月8日")
    entity = _entity(docs, resolution, "区工信局")
    assert entity.label == "福州市长乐区工业和信息化局"  # 长乐区 of 福州, not another city's
    assert ("长乐区工业和信息化局", "zh-Hans") in entity.aliases  # as the district writes it


def test_a_defined_short_form_of_a_body_is_the_body_it_defines(resolved) -> None:  # noqa: ANN001
    docs, resolution = resolved("区工业和信息化局(以下简称区工信局)负责日常工作,区工信局牵头推进。\n"
                                "沈阳市浑南区人民政府办公室\n2025年3月1日")
    full, short = (_entity(docs, resolution, name) for name in ("区工业和信息化局", "区工信局"))
    assert full.iri == short.iri and full.label == "沈阳市浑南区工业和信息化局"


def test_a_zones_short_form_is_the_zone_of_its_administration(resolved) -> None:  # noqa: ANN001
    docs, resolution = resolved("本措施已经新区管委会主任办公会研究同意,请认真贯彻落实。\n"
                                "郑州市郑东新区管理委员会\n2025年3月1日")
    assert _entity(docs, resolution, "新区管委会").label == "郑州市郑东新区管理委员会"


def test_a_zones_short_form_is_the_zone_of_its_full_name(resolved) -> None:  # noqa: ANN001
    docs, resolution = resolved("保定高新技术产业开发区企业22家。", "保定高新区营业收入22.5亿元。",
                                "仲恺高新技术产业开发区获批。", "仲恺高新区集聚企业。")
    coded = _entity(docs, resolution, "保定高新区")
    assert coded is _entity(docs, resolution, "保定高新技术产业开发区") and coded.code  # the lexicon's zone
    assert _entity(docs, resolution, "仲恺高新区") is _entity(docs, resolution, "仲恺高新技术产业开发区")


def test_a_zone_is_the_unit_and_the_administration_named_after_it(resolved) -> None:  # noqa: ANN001
    docs, resolution = resolved("东莞松山湖高新技术产业开发区管理委员会主办大会。松山湖高新区集聚企业96家。\n"
                                "东莞市工业和信息化局\n2025年10月23日",
                                "城南高新区集聚企业。")  # a unit 城南 of 靖江 is no zone of a document elsewhere
    zone = _entity(docs, resolution, "松山湖高新区")
    assert zone.code == "441900401"  # 松山湖, the town-level unit of 东莞
    assert "东莞松山湖高新技术产业开发区" in {form for form, _ in zone.aliases}
    assert not _entity(docs, resolution, "城南高新区").code


def test_a_body_named_by_its_level_is_the_one_body_of_that_level_named_in_full(resolved) -> None:  # noqa: ANN001
    docs, resolution = resolved("区经信局会同区科技局兑现奖补资金1.86亿元。区经信局还发布了清单。\n"
                                "杭州高新区(滨江)经济和信息化局\n2025年7月10日")
    assert _entity(docs, resolution, "区经信局") is _entity(docs, resolution, "杭州高新区(滨江)经济和信息化局")
    docs, resolution = resolved("南山区经济和信息化局、福田区经济和信息化局和区经信局共同推进。")
    assert _entity(docs, resolution, "区经信局").label == "区经济和信息化局"  # two such bodies: neither


def test_a_short_form_that_ends_two_names_of_one_length_is_neither(resolved) -> None:  # noqa: ANN001
    docs, resolution = resolved("配合单位:青山区人民政府、石拐区人民政府。区人民政府负责落实。")
    assert _entity(docs, resolution, "区人民政府").label == "区人民政府"  # not whichever came first


def test_a_zones_body_named_with_short_forms_is_the_body_named_in_full(resolved) -> None:  # noqa: ANN001
    docs, resolution = resolved("各区县,汕头高新技术产业开发区管理委员会:现将方案印发给你们。"
                                "(牵头单位:市工业和信息化局;配合单位:汕头高新区管委会)")
    assert _entity(docs, resolution, "汕头高新区管委会") is _entity(
        docs, resolution, "汕头高新技术产业开发区管理委员会")


def test_chongqings_short_form_of_its_economy_and_information_commissions(resolved) -> None:  # noqa: ANN001
    docs, resolution = resolved("永川区经济和信息化委员会副主任李燕介绍情况。区经济信息委将加快推进。\n"
                                "重庆市永川区人民政府\n2025年10月15日")
    assert _entity(docs, resolution, "区经济信息委") is _entity(docs, resolution, "永川区经济和信息化委员会")


def test_beijings_economic_development_area_is_yizhuang_not_the_township(resolved) -> None:  # noqa: ANN001
    docs, resolution = resolved("北京经济技术开发区(北京亦庄)加快发展。目前,亦庄已建成机器人共性技术平台9个。")
    zone = _entity(docs, resolution, "亦庄")
    assert zone is _entity(docs, resolution, "北京经济技术开发区") is _entity(docs, resolution, "北京亦庄")
