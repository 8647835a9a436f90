"""Extraction, sentence by sentence: tables of text -> the mentions, relations and indicators found."""

from __future__ import annotations

from pathlib import Path

import opencc
import pytest

from kg.extract import _home, extract
from kg.extract.places import home_codes
from kg.extract.text import Candidate
from kg.ingest import ingest
from kg.layout import layout
from kg.model import Document, Kind, Metadata
from kg.normalize import normalize
from kg.segment import segment

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def run(lexicon, segmenter):  # noqa: ANN001, ANN201
    def pipeline(text: str) -> Document:
        doc = Document("d", "d.txt", "txt", "utf-8", "", text)
        return extract(segment(layout(normalize(doc, lexicon.kept_by_t2s)), segmenter), lexicon, segmenter)
    return pipeline


MENTIONS = [
    ("舟山市经济和信息化局办公室 2025年8月20日印发", {("GovernmentBody", "舟山市经济和信息化局办公室")}),  # a bureau's office
    ("2024年11月,泰州市元宇宙与高端制造产业联盟正式成立。", {("Association", "泰州市元宇宙与高端制造产业联盟")}),
    ("共同发起的大理州数字文旅与数字乡村产业联盟揭牌成立。",  # jieba cuts 文旅 in two
     {("Association", "大理州数字文旅与数字乡村产业联盟")}),
    ("礼泉县人民政府、乾县人民政府按职责分工负责。乾縣隶属咸阳市。",  # not t2s's 干县
     {("GovernmentBody", "乾县人民政府"), ("Place", "乾县")}),
    # places: full and short names, zones, nothing inside other names
    ("杭州具备良好的研发资源优势。", {("Place", "杭州")}),
    ("今年3月,余杭未来科技城提出了XR产业发展计划。", {("Place", "余杭未来科技城"), ("Technology", "XR")}),
    ("深化“上海硅巷”科创街区建设。", {("Place", "上海硅巷科创街区")}),
    ("积极与各方开展合作,整合资源。", set()),
    ("推动建筑信息模型(BIM)与数字孪生融合。", {("Technology", "建筑信息模型"), ("Technology", "BIM")}),  # no scene
    ("抄送:区人大常委会人代工委,市委教育工委。",  # working committees
     {("GovernmentBody", "区人大常委会人代工委"), ("GovernmentBody", "市委教育工委")}),
    ("抄送:区人大常委会选联工委,区政府督查室。",
     {("GovernmentBody", "区人大常委会选联工委"), ("GovernmentBody", "区政府督查室")}),
    ("我区认真贯彻工业和信息化部印发的《元宇宙产业创新发展三年行动计划》。",  # an idiom is no body's name
     {("GovernmentBody", "工业和信息化部"), ("Policy", "元宇宙产业创新发展三年行动计划")}),
    ("与企业共建更多联合实验室,建设省级数字创意领域工程研究中心,新增市级园区2个。", set()),  # ranks name kinds
    ("仲恺高新区XR显示产业基地正式开园。", {("Place", "仲恺高新区XR显示产业基地")}),  # 显示 names, not shows
    ("在惠山古镇、东陵公园、义乌国际商贸城和涿州影视城建设场景,建设一批特色古镇。",
     {("Place", "惠山古镇"), ("Place", "东陵公园"), ("Place", "义乌国际商贸城"), ("Place", "涿州影视城")}),
    # organisations
    ("之江实验室、阿里达摩院、西湖大学等创新机构持续开展技术攻关。",
     {("ResearchInstitution", "之江实验室"), ("ResearchInstitution", "阿里达摩院"),
      ("ResearchInstitution", "西湖大学")}),
    ("支持中科院微系统所、东华大学开展前沿技术攻关。",
     {("ResearchInstitution", "中科院微系统所"), ("ResearchInstitution", "东华大学")}),
    ("依托高校院所、重点实验室和企业技术中心开展研究。", set()),
    # a word that says what the name is, before the place that begins it
    ("区内企业杭州灵犀智能科技有限公司与浙江大学合作。", {("Company", "杭州灵犀智能科技有限公司")}),
    ("上海企业发展有限公司参与建设。", {("Company", "上海企业发展有限公司")}),  # 发展 is a town's short name
    ("大连理工大学联合大连海创元境科技有限公司研发平台。", {("Company", "大连海创元境科技有限公司")}),
    ("我区支持中国传媒大学、北京工业大学等驻区高校与企业开展联合攻关。",
     {("ResearchInstitution", "中国传媒大学"), ("ResearchInstitution", "北京工业大学")}),
    ("中国信息通信研究院西部分院发布白皮书。", {("ResearchInstitution", "中国信息通信研究院西部分院")}),
    ("推动长春光机所与中国一汽合作建设“光电感知与智能驾驶联合创新中心”。",
     {("ResearchInstitution", "光电感知与智能驾驶联合创新中心")}),
    # bodies of people's congresses, and bodies that handle a reply (…会办)
    ("抄送:区人大常委会人事代表工作委员会,区人大常委会办公室。",
     {("GovernmentBody", "区人大常委会人事代表工作委员会"), ("GovernmentBody", "区人大常委会办公室")}),
    ("本建议由区科委主办,区经委、区发展改革委会办。",
     {("GovernmentBody", "区经委"), ("GovernmentBody", "区发展改革委")}),
    # an association's committees; 产业发展 inside a name
    ("联盟下设数字人专业委员会和工业XR专业委员会。",
     {("Association", "数字人专业委员会"), ("Association", "工业XR专业委员会")}),
    ("推动成立中卫市算力产业发展联盟。", {("Association", "中卫市算力产业发展联盟")}),
    # a direction or size before a lake's or bay's name; zones that need a place first
    ("西太湖科技产业园实现营收64.3亿元。", {("Place", "西太湖科技产业园")}),
    ("闵行以大零号湾科技创新策源功能区建设为牵引。", {("Place", "大零号湾科技创新策源功能区")}),
    ("建设马桥人工智能创新试验区。", {("Place", "马桥人工智能创新试验区")}),
    ("建设公园城市示范区,推进大数据产业园建设。", set()),
    ("我区还支持星枢动力、岚峰感知等具身智能企业开展研发。", {("Company", "星枢动力"), ("Company", "岚峰感知")}),
    # a zone's park in a district; sites named where something is
    ("陪同您赴中关村朝阳园实地调研。", {("Place", "中关村朝阳园")}),
    ("南阳医学高等专科学校与镇江市高等专科学校合作办学。",
     {("ResearchInstitution", "南阳医学高等专科学校"), ("ResearchInstitution", "镇江市高等专科学校")}),
    # a zone ending in 科技园区, and its park in a district; a zone whose place a direction opens
    ("实验室落户中关村科技园区东城园,企业落户中关村科技园区。", {("Place", "中关村科技园区东城园"), ("Place", "中关村科技园区")}),
    ("沙坪坝区正依托西部(重庆)科学城建设软件产业园。", {("Place", "西部(重庆)科学城")}),
    ("支持正定古城开展虚实融合。大会在悦来会展城举行。", {("Place", "正定古城"), ("Place", "悦来会展城")}),
    # a place an event's name begins with is a place of the document
    ("2024苏州工业园区生成式人工智能产业发展大会在园区开幕。", {("Place", "苏州工业园区")}),
    # a joint lab's name begins with its partners
    ("双方共建“浙大—灵犀多模态联合实验室”。", {("ResearchInstitution", "浙大—灵犀多模态联合实验室")}),
    ("南京大学(苏州)—云帆数字人联合实验室揭牌。", {("ResearchInstitution", "南京大学(苏州)—云帆数字人联合实验室")}),
    ("蚂蚁链、趣链、数秦等区块链企业参与试点。",
     {("Company", "蚂蚁链"), ("Company", "趣链"), ("Company", "数秦"), ("Technology", "区块链")}),
    ("市经信局、市科技局等部门积极鼓励企业。",
     {("GovernmentBody", "市经信局"), ("GovernmentBody", "市科技局")}),
    ("在区委区政府的高度重视下,产业强劲发展。",
     {("GovernmentBody", "区委"), ("GovernmentBody", "区政府")}),
    ("优化产业布局,形成新格局,建设公共场所。", set()),
    ("获教育部科技与信息化司领导高度认可。", {("GovernmentBody", "教育部科技与信息化司")}),
    ("以上海市多媒体行业协会为依托,牵头成立长三角XR行业组织联席会。",
     {("Association", "上海市多媒体行业协会"), ("Association", "长三角XR行业组织联席会")}),
    ("签约企业包括华为、星空云图、科大讯飞等单位。", {("Company", "星空云图"), ("Company", "华为")}),
    ("北京灵犀数人科技有限公司(以下简称灵犀数人)专注数字人。北京帧语智能科技有限公司(以下简称帧语智能)主攻AIGC。"
     "北京叠影空间科技有限公司(以下简称叠影空间)专注XR。首批入驻企业包括灵犀数人、帧语智能、叠影空间、声纹万象、元舞科技、"
     "镜界文化、七九八幻视等。",  # three short forms known, four brands beside them
     {("Company", "声纹万象"), ("Company", "元舞科技"), ("Company", "镜界文化"), ("Company", "七九八幻视")}),
    ("依托华为、腾讯、高新技术、人工智能等资源。", {("Company", "华为"), ("Company", "腾讯")}),
    ("国仪量子(合肥)技术有限公司(以下简称“国仪量子”)成立于2016年。国仪量子推出新品。",
     {("Company", "国仪量子(合肥)技术有限公司"), ("Company", "国仪量子")}),
    ("横琴粤澳深度合作区执行委员会印发通知,合作区经济发展局、市住建局、区发改局负责。",
     {("GovernmentBody", "横琴粤澳深度合作区执行委员会"), ("GovernmentBody", "合作区经济发展局"),
      ("GovernmentBody", "市住建局"), ("GovernmentBody", "区发改局")}),
    ("市数字经济发展领导小组统筹推进。", {("GovernmentBody", "市数字经济发展领导小组")}),
    ("推动天津经济技术开发区协同布局,形成发展新格局。", {("Place", "天津经济技术开发区")}),
    ("南昌VR科创城、滕王阁景区、花溪大学城、中山路步行街和滨海新区XR产业基地。",
     {("Place", "南昌VR科创城"), ("Place", "滕王阁景区"), ("Place", "花溪大学城"), ("Place", "中山路步行街"),
      ("Place", "滨海新区XR产业基地")}),
    ("建设特色产业园区,改造老城区商圈和老城历史街区。", set()),
    ("支持联创电子科技股份有限公司和中国联合网络通信有限公司山东省分公司。",
     {("Company", "联创电子科技股份有限公司"), ("Company", "中国联合网络通信有限公司山东省分公司")}),
    ("共建先进光学与近眼显示联合实验室。", {("ResearchInstitution", "先进光学与近眼显示联合实验室")}),
    ("鼓励中山大学深圳校区、中国科学院大学杭州学院与企业共建联合实验室。",
     {("ResearchInstitution", "中山大学深圳校区"), ("ResearchInstitution", "中国科学院大学杭州学院")}),
    ("海洋科学与工程广东省实验室(湛江)、协同创新研究院和沉浸式影像联合实验室揭牌。",
     {("ResearchInstitution", "海洋科学与工程广东省实验室(湛江)"),
      ("ResearchInstitution", "沉浸式影像联合实验室")}),
    ("指导厦门市数字经济协会与中国—东盟数字文旅产业联盟、长沙数字创意产业协会开展合作。",
     {("Association", "厦门市数字经济协会"), ("Association", "中国—东盟数字文旅产业联盟"),
      ("Association", "长沙数字创意产业协会")}),
    # 与 joins two fields of a name, also after an abbreviation (光电/j)
    ("会上,由潞芯光电等36家单位共同发起的长治市光电与元宇宙产业联盟揭牌成立。",
     {("Association", "长治市光电与元宇宙产业联盟")}),
    ("自治区人民政府副主席出席。柳州市委书记致辞。责任单位:市科技创新局、市委宣传部。",
     {("GovernmentBody", "自治区人民政府"), ("GovernmentBody", "柳州市委"),
      ("GovernmentBody", "市科技创新局"), ("GovernmentBody", "市委宣传部")}),
    ("推动鼋头渚、蠡园等景区与企业对接,涉及首钢园、模式口历史文化街区等区域。",
     {("Place", "鼋头渚"), ("Place", "蠡园"), ("Place", "首钢园"), ("Place", "模式口历史文化街区")}),
    ("碳擎智能总部位于金山工业区,算帧科技位于京滨工业园,炉衡智能入驻漳州台商投资区,织语智能入驻袍江的产业园。",
     {("Place", "金山工业区"), ("Place", "京滨工业园"), ("Place", "漳州台商投资区"), ("Place", "袍江")}),
    ("在金山嘴渔村,渔民可以通过上海金禾链数字农业有限公司(以下简称金禾链)的溯源平台为海鲜上户口。",
     {("Company", "上海金禾链数字农业有限公司")}),  # a place opens a registered name after 可以通过
    # what receives visitors is a site to visit, whatever its name ends with; not which kind
    ("2024年,尼山圣境接待游客328万人次,帽儿山接待登山游客87万人次。", {("Place", "尼山圣境"), ("Place", "帽儿山")}),
    ("南靖县田螺坑土楼群、云水谣古镇和华安县二宜楼分别接待游客186万人次、142万人次和58万人次。",
     {("Place", "南靖县"), ("Place", "田螺坑土楼群"), ("Place", "云水谣古镇"), ("Place", "华安县"), ("Place", "二宜楼")}),
    ("维境、拓视、云阙等一批深耕虚拟拍摄领域的创新企业亮相。",
     {("Company", "维境"), ("Company", "拓视"), ("Company", "云阙")}),
    ("南湖湾起步区引进项目,建设量子产业集聚区,支持企业在盐田港区开展应用。",
     {("Place", "南湖湾起步区"), ("Place", "盐田港区")}),
    ("首批成员单位包括北京字节跳动科技有限公司(字节)和暗影智能科技深圳有限公司(暗影智能)。",
     {("Company", "北京字节跳动科技有限公司"), ("Company", "暗影智能科技深圳有限公司")}),
    ("太原高新技术产业开发区(以下简称太原高新区)是主阵地,太原高新区集聚企业。综改区所辖潇河产业园区已成集群。",
     {("Place", "太原高新技术产业开发区"), ("Place", "潇河产业园区")}),
    ("中电科大数据研究院有限公司牵头,南昌虚拟现实研究院股份有限公司参与。",
     {("ResearchInstitution", "中电科大数据研究院有限公司"), ("Company", "南昌虚拟现实研究院股份有限公司")}),
    ("星河互动与江南大学共建虚拟制作与智能渲染联合实验室,共建的8K+VR直播联合创新实验室同期揭牌。",
     {("ResearchInstitution", "虚拟制作与智能渲染联合实验室"), ("ResearchInstitution", "8K+VR直播联合创新实验室")}),
    ("由贵州大学牵头,中国电子科技集团公司第五十八研究所、中国工程物理研究院流体物理研究所参与。",
     {("ResearchInstitution", "中国电子科技集团公司第五十八研究所"),
      ("ResearchInstitution", "中国工程物理研究院流体物理研究所")}),
    ("集聚了贵阳筑云数字科技有限公司等企业,筑云科技、黔数所、星河数智等企业参加。",
     {("Company", "贵阳筑云数字科技有限公司"), ("ResearchInstitution", "黔数所")}),
    ("合肥滨湖新区管理委员会办公室印发通知,经新区管委会审议通过。",
     {("GovernmentBody", "合肥滨湖新区管理委员会办公室"), ("GovernmentBody", "新区管委会")}),
    ("在合肥滨湖新区中央商务区和中国(合肥)科技城、义井街道等区域开放场景。",
     {("Place", "合肥滨湖新区中央商务区"), ("Place", "中国(合肥)科技城"), ("Place", "义井街道")}),
    ("活动中,江城算力产业创新联合体揭牌成立。", {("Association", "江城算力产业创新联合体")}),
    ("由区科委和长风新村街道办事处承办。", {("GovernmentBody", "长风新村街道办事处")}),  # a township's office
    ("大冶市会同市文旅局建成沉浸式展厅。", {("GovernmentBody", "市文旅局")}),  # 会同, a verb, then the body
    ("浙江大学计算机辅助设计与图形学国家重点实验室教授介绍,该实验室长期聚焦三维重建。",
     {("ResearchInstitution", "浙江大学计算机辅助设计与图形学国家重点实验室")}),
    ("栖云数字人与乌镇旅游股份有限公司签约;呼和浩特云垣数据服务有限公司上线平台。",
     {("Company", "乌镇旅游股份有限公司"), ("Company", "呼和浩特云垣数据服务有限公司")}),
    ("打造长阳创谷AIGC特色楼宇,在新区(含沣东新城、沣西新城)。",
     {("Place", "长阳创谷"), ("Place", "沣东新城"), ("Place", "沣西新城")}),
    ("包括浙江大学、之江实验室、科大讯飞、澄镜数字等高校院所和企业。", {("Company", "澄镜数字")}),  # a mixed list
    ("在中新广州知识城、黄埔港布局,在长洲岛建设基地,和林格尔数据中心集群承接算力,建设鱼珠数字创意港。",
     {("Place", "中新广州知识城"), ("Place", "黄埔港"), ("Place", "长洲岛"), ("Place", "和林格尔数据中心集群"),
      ("Place", "鱼珠数字创意港")}),
    # well-known companies named without a suffix: banks, state groups, listed brands
    ("与中国银行、建设银行签署协议,安踏、361度、鸿星尔克等企业和国家电网参与。",
     {("Company", "中国银行"), ("Company", "建设银行"), ("Company", "安踏"), ("Company", "361度"),
      ("Company", "鸿星尔克"), ("Company", "国家电网")}),
    # a province's government jieba reads as one word; a park after 全力支持; a phase written twice
    ("落实山东省人民政府办公厅印发的通知,山东省人民政府提出目标。",
     {("GovernmentBody", "山东省人民政府办公厅"), ("GovernmentBody", "山东省人民政府")}),
    ("全力支持天心数字产业园加快建设。", {("Place", "天心数字产业园")}),
    ("伊泰集团、鄂尔多斯应用技术学院等35家单位参与。", {("ResearchInstitution", "鄂尔多斯应用技术学院")}),  # 应用 in a name
    ("在北辰三角洲布局一批总部项目。", {("Place", "北辰三角洲")}),
    ("福州软件园二期(以下简称软件园二期)入驻企业300家,一批企业在软件园二期设立中心。",
     {("Place", "福州软件园二期"), ("Place", "软件园二期")}),
    # policies: brackets, quotes, back-references
    ("印发了《关于浙江省未来产业先导区建设的指导意见》。",
     {("Policy", "关于浙江省未来产业先导区建设的指导意见")}),
    ("研究起草了“海淀区加快打造人工智能大模型产业高地若干措施”。",
     {("Policy", "海淀区加快打造人工智能大模型产业高地若干措施")}),
    ("发布《哪吒日报》和《杭州市实施意见》,《实施意见》提出目标。",
     {("Policy", "杭州市实施意见"), ("Policy", "实施意见")}),
    ("运用全息投影再现《岳阳楼记》意境,落实《中国制造2025》。",  # an essay is no policy; a year makes one
     {("Technology", "全息投影"), ("Policy", "中国制造2025")}),
    ("遵照《遵义市元宇宙红色展馆建设导则》建设展馆。", {("Policy", "遵义市元宇宙红色展馆建设导则")}),
    # organisations: a government's office; two kinds of organisation joined by 和
    ("景德镇市人民政府新闻办公室举行新闻发布会。",
     {("GovernmentBody", "景德镇市人民政府新闻办公室")}),
    ("支持联合实验室、产业学院和产业联盟开展技术攻关。", set()),
]


def test_a_bare_alliance_points_back_to_the_only_one_however_far(run) -> None:  # noqa: ANN001
    doc = run("由东华大学等28家单位共同发起的金山区元宇宙与新材料产业联盟同时揭牌。会上签约项目12个。"
              "去年全区实现营收86亿元。今年将举办活动6场。园区入驻企业42家。新增场景9个。\n\n联盟发起单位包括东华大学、上海工程技术大学等。")
    assert {(doc.mentions[r.subject].name, doc.mentions[r.object].name) for r in doc.relations
            if r.predicate == "memberOf"} == {("东华大学", "金山区元宇宙与新材料产业联盟"),
                                              ("上海工程技术大学", "金山区元宇宙与新材料产业联盟")}


def test_a_listed_organisation_begins_after_the_verb_before_it(run) -> None:  # noqa: ANN001
    doc = run("普陀依托华东师范大学等高校科教资源发展产业。深化与兰州大学、兰州理工大学等高校合作。"
              "支持企业联合澳门大学、澳门科技大学等高校开展攻关。")
    assert {m.name for m in doc.mentions if m.kind is Kind.RESEARCH} == {
        "华东师范大学", "兰州大学", "兰州理工大学", "澳门大学", "澳门科技大学"}


def test_a_spoken_support_holds_for_its_own_clause(run) -> None:  # noqa: ANN001
    doc = run("天津市工业和信息化局相关负责人在致辞中表示,将支持武清在空间计算、云渲染等方向先行先试,推动元宇宙与文旅深度融合。")
    assert {doc.mentions[r.object].name for r in doc.relations if r.predicate == "supports"} == {"空间计算", "云渲染"}


def test_a_clause_with_a_subject_no_rule_knew_is_not_the_first_subjects(run) -> None:  # noqa: ANN001
    doc = run("湖南湘声智能科技有限公司(以下简称湘声智能)成立。湘声智能专注三维声技术,像素方舟深耕实时渲染,"
              "听澜文化主攻数字人直播。睿孪电力科技有限公司专注数字孪生,主攻边缘计算。")
    assert {(doc.mentions[r.subject].name, doc.mentions[r.object].name) for r in doc.relations
            if r.predicate == "focusesOn"} == {("湘声智能", "三维声"), ("睿孪电力科技有限公司", "数字孪生"),
                                               ("睿孪电力科技有限公司", "边缘计算")}


@pytest.mark.parametrize(("text", "name"), [
    ("三峡大坝旅游区2024年接待游客386万人次。", "三峡大坝旅游区"),  # a scenic area by its other suffix
    ("2024年,遵义会议会址接待游客612万人次。", "遵义会议会址"),  # a historic site
    ("2024年苟坝会议会址线上访问量达到420万人次。", "苟坝会议会址"),  # the year before is no part of it
    ("广州国际金融城集聚金融科技企业。", "广州国际金融城"),
    ("大会在北京亦创国际会展中心开幕。", "北京亦创国际会展中心"),  # a venue named by its place
    ("依托沈阳奥林匹克体育中心打造沉浸式场景。", "沈阳奥林匹克体育中心"),
    ("建设蚌埠古民居博览园数字展厅。", "蚌埠古民居博览园"),
    ("敦煌研究院对莫高窟、榆林窟开展数字化采集。", "榆林窟"),  # a grotto, not the city of 榆林
    ("市文旅广体局指导岳阳楼景区打造沉浸式夜游项目。", "岳阳楼景区"),  # not the body before it
    ("从各区县看,市中区、五通桥区、峨眉山市数字经济核心产业增加值位居前三。", "市中区"),  # 乐山市中区
    ("大兴区瀛海镇集聚机器人相关企业86家。", "瀛海镇"),  # 瀛海地区 of the tables, as a town is named
    ("南太湖新区建设CIM平台。以南太湖新区为试点。", "南太湖新区"),  # 以南/f + 太湖新区, as jieba cuts it
    ("陶溪川、御窑厂国家考古遗址公园接待游客。", "御窑厂国家考古遗址公园"),  # 御/zg, a bound morpheme
    ("徐泾镇、市西软件信息园和西岑科创中心分别集聚62家、55家和38家。", "市西软件信息园"),
    ("徐泾镇、市西软件信息园和西岑科创中心分别集聚62家、55家和38家。", "西岑科创中心"),
    ("北京念衡脑机科技有限公司位于中关村生命科学园。", "中关村生命科学园"),  # not 中关村 + 生命科学
    ("北京未来孪能科技有限公司落户未来科学城。", "未来科学城"),  # 未来/t: a time word that names science cities
    ("北京市高级别自动驾驶示范区已部署智能网联路口720个。", "北京市高级别自动驾驶示范区"),  # the city names it
    ("琅琊山风景名胜区依托文化资源推出沉浸式演艺。", "琅琊山风景名胜区"),  # 琅琊山/vn: a mountain, however tagged
    ("形成以长风生态商务区、桃浦智创城为核心的布局。", "桃浦智创城"),
    ("日照国际海洋城集聚海洋信息企业。", "日照国际海洋城"),
    ("梅花山国际滑雪场上线XR滑雪教学。", "梅花山国际滑雪场"),  # not 梅花山 alone
    ("指导海城区在北海老街打造数字光影夜游街区。", "北海老街"),
    ("2025金融街数字金融峰会在北京坊举行。", "北京坊"),  # an old quarter's name, not 北京
    ("推出的数字人“小苏”已在三苏祠上线。", "三苏祠"),  # a shrine
    ("推动城隍庙打造沉浸式夜游。", "城隍庙"),  # a temple jieba knows as a place
    ("“铭史”展项已在伪满皇宫博物院上线。", "伪满皇宫博物院"),  # 伪满/v: 在 bounds the name, not the tagger
    ("演艺系统今年6月在清明上河园首演。", "清明上河园"),  # 清明/a 上/f 河 园
    ("天津移动已在长虹生态园建成算力服务平台。", "长虹生态园"),
    ("创新发展大会在天河区天河智慧城举行。", "天河智慧城"),  # the district before it says where
    ("铁人王进喜纪念馆接待参观者126万人次。", "铁人王进喜纪念馆"),
    ("798艺术区接待游客926万人次。", "798艺术区"),  # a number for a name
    ("上海幻维数字科技有限公司七宝老街沉浸式文旅体验项目,总投资1.3亿元。", "七宝老街"),  # not the company with it
])
def test_a_site_is_a_place(run, text: str, name: str) -> None:  # noqa: ANN001
    assert name in {m.name for m in run(text).mentions if m.kind is Kind.PLACE}


def test_what_receives_visitors_is_a_site_only_by_its_own_name(run) -> None:  # noqa: ANN001
    doc = run("全市主要景区接待游客2860万人次,其中红色旅游接待游客410万人次,乐山大佛景区夜游接待游客52万人次,"
              "多个景区接待游客超百万人次。")
    assert {m.name for m in doc.mentions if m.kind is Kind.PLACE} == {"乐山大佛景区"}


@pytest.mark.parametrize("text", [
    "运用全息投影再现《岳阳楼记》意境。",  # an essay
    "以数字人演绎《琵琶行》,打造沉浸式演艺。",  # a poem
])
def test_a_title_that_names_no_kind_of_policy_is_no_policy(run, text: str) -> None:  # noqa: ANN001
    assert not [m for m in run(text).mentions if m.kind is Kind.POLICY]


@pytest.mark.parametrize(("text", "name"), [
    ("大冶市会同市文旅局建成沉浸式展厅。", "大冶市会同市文旅局"),
    ("配合单位:市科技局、各区市县政府。", "县政府"),  # every county's, no one body
    ("各旗、县、区人民政府,稀土高新区管委会:", "区人民政府"),  # 旗, Inner Mongolia's counties
    ("责任单位:市经济和信息化局,相关县人民政府。", "县人民政府"),
    ("支持泡菜、锂电、光伏等企业运用数字孪生。", "泡菜"),  # industries, as 光伏 among them shows
    ("珠显光电专注光场显示和Mini LED背光技术。", "背光技术"),  # the tail of a Latin-lettered term
    ("入驻平原示范区的河南药境数字科技有限公司(以下简称药境数字)专注人工智能药物设计,推出“药境”GMP虚拟仿真实训系统。\n"
     "4\t医药虚拟仿真实训中心项目\t河南药境数字科技有限公司\t1.8\t平原示范区", "药境"),  # a product's, not the company's
])
def test_no_organisation_of_that_name(run, text: str, name: str) -> None:  # noqa: ANN001
    assert name not in {m.name for m in run(text).mentions if m.kind.value != "Product"}


@pytest.mark.parametrize("text", [
    "全区新增120园区。",  # a count, not a name
    "市文旅局在遗址博物馆建成数字展厅。",  # 遗址 + 博物馆: a kind of museum
    "机场集团在航站楼开放数字人服务。",  # a word of the dictionary
    "该平台已在全市重点景区上线。",
])
def test_where_something_is_staged_is_no_site_by_a_common_word(run, text: str) -> None:  # noqa: ANN001
    assert not [m for m in run(text).mentions if m.kind is Kind.PLACE]


def test_a_kind_of_street_jieba_tags_a_place_is_no_zone(run) -> None:  # noqa: ANN001
    assert not [m for m in run("数字人已在全市12家景区和美食街区上线。").mentions if m.kind is Kind.PLACE]


def test_a_verb_before_a_ministry_makes_no_body_of_the_district(run) -> None:  # noqa: ANN001
    names = {m.name for m in run("广州市白云区工业和信息化局发布。区工信局负责人表示,"
                                  "这是白云区落实工业和信息化部等五部门要求的举措。").mentions}
    assert "工业和信息化部" in names and "白云区落实工业和信息化部" not in names


def test_a_ministrys_general_office_is_a_body_of_its_own(run) -> None:  # noqa: ANN001
    doc = run("工业和信息化部办公厅等五部门联合印发《元宇宙产业创新发展三年行动计划(2023—2025年)》。国务院办公厅印发《意见》。")
    bodies = {m.name for m in doc.mentions if m.kind is Kind.GOVERNMENT}
    assert bodies == {"工业和信息化部办公厅", "国务院办公厅"}
    assert {(doc.mentions[r.subject].name, r.predicate, doc.mentions[r.object].name) for r in doc.relations} >= {
        ("元宇宙产业创新发展三年行动计划(2023—2025年)", "issuedBy", "工业和信息化部办公厅")}


@pytest.mark.parametrize(("text", "kind"), [
    ("实现重点工业园区5G网络全覆盖,在曹妃甸综合保税区等重点物流园区推广。", "工业园区"),  # a word of the dictionary
    ("在曹妃甸综合保税区等重点物流园区推广。", "物流园区"),
    ("京唐港区、曹妃甸港区是唐山港的两大主要港区。", "两大主要港区"),  # how many
    ("阳朔西街为开放式街区,不统计营业收入。", "开放式街区"),  # what kind
    ("推动数字技术在更多景区和博物馆应用。", "更多景区"),
    ("推动数字技术在更多景区和博物馆应用。", "博物馆"),  # no place names it
    ("市文旅广体局指导岳阳楼景区打造沉浸式夜游项目。", "市文旅广体局指导岳阳楼景区"),
    ("敦煌研究院对莫高窟、榆林窟开展数字化采集。", "榆林"),
    ("推动城市中区更新。", "市中区"),  # a phrase where no city of a 市中区 is named
    ("在中关村朝阳园数字人产业基地开展试点。", "中关村朝阳园数字人产业基地"),  # 园/zg ends the park's name
    ("推动百年老街焕新,打造特色老街。", "特色老街"),  # a kind of old street, which no place names
    ("会议在行政楼举行。", "行政楼"),  # a building, not a site's name
])
def test_a_kind_of_zone_is_no_zone(run, text: str, kind: str) -> None:  # noqa: ANN001
    assert kind not in {m.name for m in run(text).mentions}


def test_an_everyday_word_is_no_township_before_a_stop(run) -> None:  # noqa: ANN001
    doc = run("鄂尔多斯市东胜区加强创新平台建设。")  # 东胜区 has a 建设街道
    assert "建设" not in {m.name for m in doc.mentions if m.kind is Kind.PLACE}


def test_a_zone_named_by_a_number_word_is_a_zone(run) -> None:  # noqa: ANN001
    found = {m.name for m in run("打造五一商圈和八一广场,建设八大关风景区。").mentions if m.kind is Kind.PLACE}
    assert {"五一商圈", "八一广场", "八大关风景区"} <= found


@pytest.mark.parametrize(("text", "expected"), MENTIONS, ids=[t[:12] for t, _ in MENTIONS])
def test_mentions(run, text: str, expected: set[tuple[str, str]]) -> None:  # noqa: ANN001
    kinds = {"Place", "Company", "ResearchInstitution", "GovernmentBody", "Association", "Policy",
             "Technology"}
    found = {(m.kind.value, m.name) for m in run(text).mentions if m.kind.value in kinds}
    assert expected <= found
    if not expected:
        assert not {m for m in found if m[0] != "Technology"}


INDICATORS = [
    ("2021年全市人工智能产业营收2038.5亿元。", [("2038.5", "亿元", 2021, "")]),
    ("2023年,6100余家数字经济企业实现综合税收近310亿元,同比增长约18%。",
     [("6100", "家", 2023, "余"), ("310", "亿元", 2023, "近"), ("18", "%", 2023, "约")]),
    ("基础算力能力位居全国第二,人工智能产业位居全国第一梯队。", [("2", "位", None, "")]),
    ("对认定的企业给予最高500万元资助。", []),
    ("全市数字经济核心产业增加值占比提高1.2个百分点。", [("1.2", "个百分点", None, "")]),
    ("培育年营业收入超10亿元的龙头企业10家。", [("10", "家", None, "")]),
    ("贵单位在第502号提案中提出建议,联系电话:85255627", []),
    ("到2025年,产业规模突破500亿元,培育50-80家骨干企业。",
     [("500", "亿元", 2025, "超"), ("50", "家", 2025, "")]),
    ("2023年出货量超过120万片。", [("120", "万片", 2023, "超")]),
    ("2023年9月,全区新增企业36家。", [("36", "家", 2023, "")]),  # the year of a month
    ("截至2024年底,算力总规模达9.3万P。", [("9.3", "万P", 2024, "")]),
    ("对实缴注册资本达到5000万元以上且营业收入超过1亿元的,给予奖励。", []),  # thresholds
    # a unit is the longest the text writes: 人次 not 人, 家次 not 家, a magnitude before any measure
    ("2024年累计培训1500余人次,走访企业4200余家次,接待游客1.58亿人次。",
     [("1500", "人次", 2024, "余"), ("4200", "家次", 2024, "余"), ("1.58", "亿人次", 2024, "")]),
    ("测试里程超过350万公里,生成直播时长60万小时,提供24小时服务。",
     [("350", "万公里", None, "超"), ("60", "万小时", None, "")]),
    # ranks however written; a figure a plan builds on; money paid out (兑付) after an offer
    ("2024年全市产业规模居全省第4位,数量居全市第二,指数位列全国第5位。",
     [("4", "位", 2024, ""), ("2", "位", 2024, ""), ("5", "位", 2024, "")]),
    # a rank within a scope of its own: 各区, 县(市、区), 各街镇、园区
    ("2024年营业收入增速居全市各区第5位,游客接待量居全省县(市、区)第1位,集聚企业78家,居全区各街镇、园区第2位。",
     [("5", "位", 2024, ""), ("1", "位", 2024, ""), ("78", "家", 2024, ""), ("2", "位", 2024, "")]),
    ("在2021年全市相关产业规模约230亿元的基础上,力争到2025年产业规模突破500亿元。",
     [("230", "亿元", 2021, "约"), ("500", "亿元", 2025, "超")]),
    ("给予最高100万元奖励。2024年,全区共兑付数字化转型补助资金3860万元。", [("3860", "万元", 2024, "")]),
    # a bare 万 at a clause's end that counts users
    ("2024年累计注册用户达到156万,付费用户12.8万。", [("156", "万", 2024, ""), ("12.8", "万", 2024, "")]),
    ("全市粗钢产量1.18亿吨,集装箱吞吐量突破400万标准箱。",
     [("1.18", "亿吨", None, ""), ("400", "万标准箱", None, "超")]),
    ("发放测试牌照132张,建成VR教室160间,发射卫星2颗,分3批认定。",
     [("132", "张", None, ""), ("160", "间", None, ""), ("2", "颗", None, ""), ("3", "批", None, "")]),
]


@pytest.mark.parametrize(("text", "expected"), INDICATORS, ids=[t[:12] for t, _ in INDICATORS])
def test_indicators(run, text: str, expected: list[tuple]) -> None:  # noqa: ANN001
    found = [(i.value, i.unit, i.year, i.qualifier) for i in run(text).indicators]
    assert found == expected


def test_range_keeps_its_upper_end(run) -> None:  # noqa: ANN001
    indicator = run("培育50-80家骨干企业。").indicators[0]
    assert (indicator.value, indicator.upper) == ("50", "80")


def test_a_count_of_founders_belongs_to_the_association_they_found(run) -> None:  # noqa: ANN001
    doc = run("在区科委指导下,商汤科技、科大讯飞等42家单位共同发起成立龙华区元宇宙产业联盟。")
    assert [(i.subject >= 0 and doc.mentions[i.subject].name, i.value) for i in doc.indicators] == [
        ("龙华区元宇宙产业联盟", "42")]


def test_joining_something_else_is_no_association_count(run) -> None:  # noqa: ANN001
    doc = run("长春市人工智能产业联盟揭牌,全区120家企业加入平台。")
    assert [(i.subject, i.value) for i in doc.indicators] == [(-1, "120")]


@pytest.mark.parametrize(("text", "subjects"), [
    # a numbered item opens with the zone it is about
    ("专栏3 重点载体建设\n1.大连元宇宙创新产业园:建筑面积8.6万平方米,重点引进企业。", ["大连元宇宙创新产业园"]),
    # 该产业园, 集聚区内: the head of the zone's name points back to it
    ("海口数字文旅元宇宙产业园正式揭牌。该产业园位于复兴城,规划建筑面积6.8万平方米,已入驻企业36家。",
     ["海口数字文旅元宇宙产业园", "海口数字文旅元宇宙产业园"]),
    ("贵安数据中心集聚区位于贵安新区。集聚区内已投运数据中心,2024年新增投运标准机架4.2万架。", ["贵安数据中心集聚区"]),
    # what a park hosts, after the sentence built it
    ("高标准规划建设青岛虚拟现实产业园,目前已入驻企业46家。", ["青岛虚拟现实产业园"]),
    # the zone a zone is in hosts nothing here; a district that builds a zone keeps its figure
    ("中国声谷位于合肥高新区,已集聚企业超过1500家。", ["中国声谷"]),
    ("平房区加快建设卫星产业集聚区,已入驻配套企业17家。", ["平房区"]),
    # 新区 is not the 新区 of 滨海高新区
    ("滨海新区、滨海高新区共建基地。新区数字经济核心产业规模达到3200亿元。", ["滨海新区"]),
    # a park's area; its first tenants, in the sentence after it opened
    ("在扬州智谷内建设扬州数字文旅创新产业园(以下简称创新产业园),规划建筑面积8.5万平方米。", ["扬州数字文旅创新产业园"]),
    ("宜宾三江新区XR产业园同步开园。首批入驻企业包括视境光学、瞳芯微电子等23家企业。", ["宜宾三江新区XR产业园"]),
    # a company settled in a zone is the subject, not the zone
    ("入驻曹妃甸综合保税区的唐山渤通物流科技有限公司开发的平台,2024年累计登记钢材仓单42万吨。",
     ["唐山渤通物流科技有限公司"]),
    # …, also when the zone's short form is defined on the way: 位于甲(以下简称乙)的丙
    ("总部位于日照经济技术开发区(以下简称日照经开区)的山东港瞳数字科技有限公司自主研发了“港瞳”平台,"
     "目前已接入全市12个港口作业区。", ["山东港瞳数字科技有限公司"]),
])
def test_a_zone_a_clause_points_back_to_is_its_subject(run, text: str, subjects: list[str]) -> None:  # noqa: ANN001
    doc = run(text)
    assert [doc.mentions[i.subject].name if i.subject >= 0 else "" for i in doc.indicators] == subjects


@pytest.mark.parametrize(("text", "figures"), [
    ("广陵区、邗江区、江都区营业收入分别达到312.4亿元、408.7亿元和186.2亿元,同比分别增长12.1%、10.3%和8.7%。",
     [("广陵区", "312.4"), ("邗江区", "408.7"), ("江都区", "186.2"), ("广陵区", "12.1"), ("邗江区", "10.3"),
      ("江都区", "8.7")]),
    # a short form's note between the listed ones
    ("湘潭高新技术产业开发区(以下简称湘潭高新区)、湘潭经济技术开发区(以下简称湘潭经开区)营业收入分别达到186.3亿元和142.8亿元。",
     [("湘潭高新技术产业开发区", "186.3"), ("湘潭经济技术开发区", "142.8")]),
    # two measures of one subject stay its own
    ("广陵区营业收入和企业数分别为312.4亿元和120家。", [("广陵区", "312.4"), ("广陵区", "120")]),
])
def test_figures_given_respectively_go_to_the_listed_in_order(run, text: str, figures: list) -> None:  # noqa: ANN001
    doc = run(text)
    assert [(doc.mentions[i.subject].name, i.value) for i in doc.indicators] == figures


def test_a_company_a_clause_points_back_to_is_the_one_just_told_of(run) -> None:  # noqa: ANN001
    doc = run("四川蜀幻互动科技有限公司(以下简称“蜀幻互动”)投资建设基地。宜宾拓维智造科技有限公司参展。"
              "蜀幻互动发布了VR内容;该公司2024年营业收入1.4亿元。")
    assert [(doc.mentions[i.subject].name, i.value) for i in doc.indicators] == [("蜀幻互动", "1.4")]


def test_who_a_figure_is_paid_by_is_its_subject(run) -> None:  # noqa: ANN001
    doc = run("遇龙河项目:由阳朔画境互动科技有限公司(以下简称“画境互动”)投资8600万元建设,由区财政投资3000万元。")
    assert [(doc.mentions[i.subject].name if i.subject >= 0 else "", i.value) for i in doc.indicators] == [
        ("阳朔画境互动科技有限公司", "8600"), ("", "3000")]


def test_a_record_day_is_no_grant(run) -> None:  # noqa: ANN001
    doc = run("芦笛景区今年“五一”假期单日最高接待游客2.1万人次,对项目最高给予500万元奖励。")
    assert [(i.value, i.unit) for i in doc.indicators] == [("2.1", "万人次")]


def test_a_tables_caption_gives_the_unit_of_every_cell(run) -> None:  # noqa: ANN001
    doc = run("表1 2022—2024年各旗区数字经济核心产业营业收入(单位:亿元)\n\n"
              "旗区   2022年   2023年   2024年\n东胜区   72.3   84.1   96.5\n康巴什区   38.6   49.2   63.8\n")
    assert [(doc.mentions[i.subject].name, i.value, i.unit, i.year) for i in doc.indicators] == [
        ("东胜区", "72.3", "亿元", 2022), ("东胜区", "84.1", "亿元", 2023), ("东胜区", "96.5", "亿元", 2024),
        ("康巴什区", "38.6", "亿元", 2022), ("康巴什区", "49.2", "亿元", 2023), ("康巴什区", "63.8", "亿元", 2024)]


def test_a_column_without_year_or_unit_gives_the_cells_that_write_theirs(run) -> None:  # noqa: ANN001
    doc = run("表2 2024年重点项目进展\n\n建设单位   项目名称   总投资   2024年完成投资\n"
              "鄂尔多斯云泽算力科技有限公司   智算中心一期   45亿元   18.6亿元\n"
              "内蒙古伊泰集团有限公司   数字孪生工厂   待定   3.1亿元\n")
    assert [(doc.mentions[i.subject].name, i.value, i.year) for i in doc.indicators] == [
        ("鄂尔多斯云泽算力科技有限公司", "45", None), ("鄂尔多斯云泽算力科技有限公司", "18.6", 2024),
        ("内蒙古伊泰集团有限公司", "3.1", 2024)]


def test_a_table_of_one_column_of_figures_gives_the_rows_that_name_their_subject(run) -> None:  # noqa: ANN001
    doc = run("表1 集中签约项目\n\n序号 | 企业 | 项目 | 投资额(亿元) | 领域\n"
              "1 | 东莞灵境空间科技有限公司 | 终端研发及生产基地 | 22.5 | 空间计算终端\n"
              "2 | 硅基微显示模组项目 | 东莞视芯微显示技术有限公司 | 18.6 | 微显示\n"
              "3 | 城市级数字孪生底座项目 | 待定 | 9.2 | 数字孪生\n\n"  # no builder named: no one's
              "支持事项 | 支持方式 | 最高金额(万元)\n东莞灵境空间科技有限公司 | 一次性奖励 | 500\n")
    assert [(doc.mentions[i.subject].name, i.value) for i in doc.indicators] == [
        ("东莞灵境空间科技有限公司", "22.5"), ("东莞视芯微显示技术有限公司", "18.6")]  # a project's: its builder's


def test_a_laid_out_table_cell_bounds_a_registered_name(tmp_path: Path, lexicon, segmenter) -> None:  # noqa: ANN001
    path = tmp_path / "projects.md"
    path.write_text("# 签约项目\n\n| 序号 | 项目名称 | 建设单位 | 总投资(亿元) |\n|---|---|---|---|\n"
                    "| 1 | 整车制造数字孪生工厂升级项目 | 上汽通用五菱汽车股份有限公司 | 12.6 |\n", encoding="utf-8")
    doc = extract(segment(layout(normalize(ingest(path, path.parent, 10**8))), segmenter), lexicon, segmenter)
    assert all(not m.name.startswith("1 ") for m in doc.mentions)  # not 1   整车制造…项目   上汽通用五菱…公司
    assert "上汽通用五菱汽车股份有限公司" in {m.name for m in doc.mentions if m.kind is Kind.COMPANY}


def test_a_headers_unit_in_brackets_before_its_year(run) -> None:  # noqa: ANN001
    doc = run("区域   企业数(家)2023年   企业数(家)2024年   养殖面积(万亩)2024年\n"
              "霞山区   41   58   1.3\n坡头区   13   19   5.1\n")
    assert [(doc.mentions[i.subject].name, i.value, i.unit, i.year) for i in doc.indicators] == [
        ("霞山区", "41", "家", 2023), ("霞山区", "58", "家", 2024), ("霞山区", "1.3", "万亩", 2024),
        ("坡头区", "13", "家", 2023), ("坡头区", "19", "家", 2024), ("坡头区", "5.1", "万亩", 2024)]


def test_a_parks_row_repeating_its_paragraph_is_one_figure(run) -> None:  # noqa: ANN001
    doc = run("三亚市数字经济加快发展。三亚崖州湾科技城集聚数字经济企业1127家。\n\n"
              "园区   2023年营业收入(亿元)   2024年营业收入(亿元)   2024年企业数(家)\n"
              "三亚崖州湾科技城   84.6   104.3   1127\n\n三亚市工业和信息化局\n2025年1月10日\n")
    assert sorted((doc.mentions[i.subject].name, i.value) for i in doc.indicators) == [
        ("三亚崖州湾科技城", "104.3"), ("三亚崖州湾科技城", "1127"), ("三亚崖州湾科技城", "84.6")]


@pytest.mark.parametrize(("text", "targets"), [
    ("到2025年,产业规模突破500亿元,培育50-80家骨干企业。", [True, True]),
    ("力争全年新增企业100家。", [True]),
    ("2023年产业规模达500亿元。", [False]),
    ("截至2024年底,算力总规模达9.3万P。", [False]),
])
def test_a_target_is_marked_apart_from_a_figure_reached(run, text: str, targets: list[bool]) -> None:  # noqa: ANN001
    assert [i.target for i in run(text).indicators] == targets


def test_a_figure_the_listed_share_is_each_ones(run) -> None:  # noqa: ANN001
    doc = run("湖塘镇、牛塘镇、洛阳镇规上工业总产值均超过300亿元。\n\n常州市武进区工业和信息化局\n2025年1月10日\n")
    assert [(doc.mentions[i.subject].name, i.name, i.value) for i in doc.indicators] == [
        ("湖塘镇", "规上工业总产值", "300"), ("牛塘镇", "规上工业总产值", "300"), ("洛阳镇", "规上工业总产值", "300")]


def test_an_average_of_any_one_is_no_listed_organisations(run) -> None:  # noqa: ANN001
    doc = run("引导永通、天圣、乐达等企业应用机器视觉验布技术,单个企业平均改造投入控制在80万元以内。")
    assert [(i.subject, i.value) for i in doc.indicators] == [(-1, "80")]  # 平均 is no 均 of each one's


@pytest.mark.parametrize(("text", "subject"), [
    ("区工信局牵头设立元宇宙产业专项扶持资金,对企业研发投入给予奖励,2024年共兑现奖励资金4860万元。", "区工信局"),
    ("区科技局将元宇宙纳入项目指南,2023年全区立项支持项目9项,下达支持资金860万元。", ""),  # 全区's, after it
    ("2024年,区科委会同区经委共兑现《融合十条》扶持资金8650万元,支持项目47个。", "区科委"),  # with a partner
])
def test_what_a_body_pays_out_in_a_later_clause_is_its_own(run, text: str, subject: str) -> None:  # noqa: ANN001
    doc = run(text)
    assert (doc.mentions[doc.indicators[-1].subject].name if doc.indicators[-1].subject >= 0 else "") == subject


def test_a_company_settled_somewhere_opens_its_clause(run) -> None:  # noqa: ANN001
    doc = run("落户大零号湾的上海衡渊智能科技有限公司自主研发的机器人已开展验证,2024年完成A轮融资3.2亿元。")
    assert [doc.mentions[i.subject].name for i in doc.indicators] == ["上海衡渊智能科技有限公司"]


def test_this_year_comes_from_the_document_date(run) -> None:  # noqa: ANN001
    doc = run("今年全市新增企业120家。\n杭州市科学技术局\n2022年7月14日")
    assert [(i.value, i.year) for i in doc.indicators] == [("120", 2022)]


RELATIONS = [
    # a partner named with its site, and a partner after 与 opening a clause: both make it
    ("安徽扬子空调股份有限公司(以下简称扬子空调)与入驻滁州经开区的滁州家智科技有限公司(以下简称家智科技)"
     "合作开发了“扬智”空调柔性总装数字孪生系统。",
     {("安徽扬子空调股份有限公司", "collaboratesWith", "滁州家智科技有限公司"),
      ("安徽扬子空调股份有限公司", "develops", "“扬智”空调柔性总装数字孪生系统"),
      ("滁州家智科技有限公司", "develops", "“扬智”空调柔性总装数字孪生系统")}),
    ("入驻桃浦智创城的上海桃擎机器人科技有限公司专注具身智能和灵巧操作,与华东师范大学合作开发了“擎手”具身智能操作平台。",
     {("上海桃擎机器人科技有限公司", "collaboratesWith", "华东师范大学"),
      ("上海桃擎机器人科技有限公司", "develops", "“擎手”具身智能操作平台"),
      ("华东师范大学", "develops", "“擎手”具身智能操作平台")}),
    # a lab settled on a date, opened somewhere, or set up there together
    ("滁州学院与晶衡数字共建的“光伏智能运维联合实验室”于2024年6月落户南谯区,重点开展边缘计算研究。",
     {("光伏智能运维联合实验室", "locatedIn", "南谯区")}),
    ("桂林电子科技大学与珠显光电共建的“光场显示与近眼光学联合实验室”2024年6月在银海区揭牌。",
     {("光场显示与近眼光学联合实验室", "locatedIn", "银海区")}),
    ("“金融数字人联合实验室”在德胜街道揭牌。", {("金融数字人联合实验室", "locatedIn", "德胜街道")}),
    ("2024年7月,河南师范大学与擎锂数字在新乡高新区共同组建“电池材料计算与数字孪生联合实验室”,聚焦电池大模型。",
     {("电池材料计算与数字孪生联合实验室", "locatedIn", "新乡高新区")}),
    # a quoted name's kind may run to fourteen characters, not past a verb (实现)
    ("上海淞孪智能科技有限公司开发了“孪动”机器人产线数字孪生调试平台,调试周期缩短约40%。",
     {("上海淞孪智能科技有限公司", "develops", "“孪动”机器人产线数字孪生调试平台")}),
    ("常州腾跃智能装备有限公司自主研发的“跃擎”数字孪生产线管控平台实现设备实时映射。",
     {("常州腾跃智能装备有限公司", "develops", "“跃擎”数字孪生产线管控平台")}),
    ("今年初省数字经济发展领导小组办公室印发了《关于浙江省未来产业先导区建设的指导意见》,"
     "提出要发展以人工智能、区块链等领域为重点的未来产业。",
     {("关于浙江省未来产业先导区建设的指导意见", "issuedBy", "省数字经济发展领导小组办公室"),
      ("关于浙江省未来产业先导区建设的指导意见", "supports", "人工智能"),
      ("关于浙江省未来产业先导区建设的指导意见", "supports", "区块链")}),
    ("支持中科院微系统所、东华大学开展攻关,重点围绕计算机视觉、分布式存储等领域开展基础研究。",
     {("中科院微系统所", "focusesOn", "计算机视觉"), ("东华大学", "focusesOn", "分布式存储")}),
    ("网易的瑶台系统、灵伴科技的AR眼镜等一批产品入选名单。",
     {("网易", "develops", "瑶台系统"), ("灵伴科技", "develops", "AR眼镜")}),
    ("蚂蚁链、趣链等区块链企业参与试点。", {("蚂蚁链", "focusesOn", "区块链"), ("趣链", "focusesOn", "区块链")}),
    ("清华大学、北京大学在自然语言处理、具身智能等方向持续开展基础研究。",
     {("清华大学", "focusesOn", "自然语言处理"), ("北京大学", "focusesOn", "具身智能")}),
    ("天河区XR与数字人产业联盟由佳都科技、华南理工大学等56家单位共同发起。",
     {("佳都科技", "memberOf", "天河区XR与数字人产业联盟"), ("华南理工大学", "memberOf", "天河区XR与数字人产业联盟")}),
    ("2025年1月,宁德市元宇宙产业发展联盟成立,由宁德时代、福州大学等33家单位共同发起。",
     {("宁德时代", "memberOf", "宁德市元宇宙产业发展联盟"), ("福州大学", "memberOf", "宁德市元宇宙产业发展联盟")}),
    ("镜界数字与天津卫影数字文化有限公司(以下简称卫影文化)合作开发了XR夜游产品。古文化街、鼓楼等街区焕发活力。"
     "鼓楼接待游客620万人次。卫影文化专注神经辐射场和数字人,推出的数字人讲解员“沽小津”已在鼓楼上线。",
     {("卫影文化", "develops", "沽小津")}),  # a place said again in the next clause is no maker there
    ("银川幻影工场数字科技有限公司推出的“星火”XR沉浸式夜游产品已上线。",
     {("银川幻影工场数字科技有限公司", "develops", "“星火”XR沉浸式夜游产品")}),  # a kind of its own after a quote
    ("开封元梦文旅科技有限公司打造的“汴京夜宴”裸眼3D光影秀今年首演。",
     {("开封元梦文旅科技有限公司", "develops", "“汴京夜宴”裸眼3D光影秀")}),
    ("大庆雪境数字文化有限公司专注体积视频和数字人,推出的“百湖冰嬉”XR冰雪互动体验项目已在7处冰雪场地上线,"
     "累计服务游客近38万人次;其数字人讲解员“油小庆”已在5处场馆上线。",
     {("大庆雪境数字文化有限公司", "develops", "“百湖冰嬉”XR冰雪互动体验项目"),
      ("大庆雪境数字文化有限公司", "develops", "油小庆")}),  # ;其 goes on with the subject
    ("会上成立了东湖XR产业联盟。联盟由武汉大学、华工科技等单位共同发起,小米、科大讯飞、星空云图为副理事长单位。",
     {("武汉大学", "memberOf", "东湖XR产业联盟"), ("小米", "memberOf", "东湖XR产业联盟"),
      ("星空云图", "memberOf", "东湖XR产业联盟")}),
    ("由浙江大学、海康威视等单位共同发起的杭州元宇宙产业联盟当天揭牌,浙江大学担任联盟理事长单位。",
     {("海康威视", "memberOf", "杭州元宇宙产业联盟"), ("浙江大学", "memberOf", "杭州元宇宙产业联盟")}),
    ("会上成立了江城数字人产业联盟。联盟首批成员单位共32家,包括武汉大学、科大讯飞等高校院所和企业。",
     {("武汉大学", "memberOf", "江城数字人产业联盟"), ("科大讯飞", "memberOf", "江城数字人产业联盟")}),
    ("江城数字人产业联盟成员单位达到86家,海康威视、武汉大学等单位均为联盟成员。",
     {("海康威视", "memberOf", "江城数字人产业联盟"), ("武汉大学", "memberOf", "江城数字人产业联盟")}),
    ("本措施适用于注册在西咸新区(含沣东新城、沣西新城)的企业。",
     {("沣东新城", "partOf", "西咸新区"), ("沣西新城", "partOf", "西咸新区")}),
    ("支持武汉大学、苏州大学开展多模态交互、空间定位等前沿研究。",
     {("武汉大学", "focusesOn", "多模态交互"), ("苏州大学", "focusesOn", "空间定位")}),
    ("支持白山云科技建设面向三维内容分发的边缘云平台。", {("白山云科技", "develops", "边缘云平台")}),
    ("签约企业包括华为、星空云图、科大讯飞等单位。其中,星空云图将依托本地算力资源,搭建XR云渲染平台。",
     {("星空云图", "develops", "XR云渲染平台")}),
    ("支持芒果超媒持续迭代其自主研发的元宇宙内容平台“芒果幻城”。", {("芒果超媒", "develops", "芒果幻城")}),
    ("本源量子、国盾量子均位于合肥高新区。", {("本源量子", "locatedIn", "合肥高新区")}),
    ("国盾量子与中国电信安徽公司合作推出量子加密通话业务。",
     {("国盾量子", "collaboratesWith", "中国电信安徽公司")}),
    ("2021年以来,与易立德、海通证券等企业开展合作,围绕工业互联网、机器人等领域开展沙龙。", set()),
    ("会上,西部数字人产业联盟(以下简称“联盟”)成立。联盟由重庆数联科技股份有限公司、重庆大学、"
     "科大讯飞股份有限公司(以下简称“科大讯飞”)共同发起,首批成员单位包括北京百度网讯科技有限公司(百度)、"
     "渝灵数字科技有限公司(渝灵)等40家单位。",
     {("重庆数联科技股份有限公司", "memberOf", "西部数字人产业联盟"), ("重庆大学", "memberOf", "西部数字人产业联盟"),
      ("科大讯飞股份有限公司", "memberOf", "西部数字人产业联盟"),
      ("北京百度网讯科技有限公司", "memberOf", "西部数字人产业联盟"),
      ("渝灵数字科技有限公司", "memberOf", "西部数字人产业联盟")}),
    ("江北元宇宙产业联盟成立,首批成员单位包括镜界未来、云岚引擎、星禾数字等30家企业。",
     {("镜界未来", "memberOf", "江北元宇宙产业联盟"), ("云岚引擎", "memberOf", "江北元宇宙产业联盟")}),
    ("在区经信局指导下,镜界数字、云衍影视、江南大学等28家单位共同发起成立滨江区元宇宙产业联盟。",
     {("镜界数字", "memberOf", "滨江区元宇宙产业联盟"), ("江南大学", "memberOf", "滨江区元宇宙产业联盟")}),
    ("2024年11月,由孪智数字、镜衡智能和常州大学等37家单位共同发起,成立常州市工业元宇宙产业联盟。",  # 发起,成立
     {("孪智数字", "memberOf", "常州市工业元宇宙产业联盟"), ("常州大学", "memberOf", "常州市工业元宇宙产业联盟")}),
    ("入驻天宁区的常州镜衡智能科技有限公司(以下简称镜衡智能)主要提供工艺仿真和机器视觉缺陷检测服务。",
     {("常州镜衡智能科技有限公司", "locatedIn", "天宁区")}),
    ("指导成立沈阳市人工智能产业联盟,东北大学、云图数字、星链智能等96家单位已加入联盟。",
     {("东北大学", "memberOf", "沈阳市人工智能产业联盟"), ("星链智能", "memberOf", "沈阳市人工智能产业联盟")}),
    ("支持东北大学与星链智能共建“具身智能联合实验室”,该实验室重点开展具身智能、模型压缩等技术攻关。",
     {("具身智能联合实验室", "focusesOn", "具身智能"), ("具身智能联合实验室", "focusesOn", "模型压缩")}),
    ("中国科学院沈阳自动化研究所(以下简称“沈阳自动化所”)在机器人、智能制造等领域具有优势。",
     {("中国科学院沈阳自动化研究所", "focusesOn", "机器人")}),
    ("区工业和信息化局将联合区科技局,重点支持空间计算、光场显示等前沿技术攻关。",
     {("区工业和信息化局", "supports", "空间计算"), ("区科技局", "supports", "光场显示")}),
    ("市科技局将大模型、数字人等列为市科技发展计划重点支持方向。",
     {("市科技局", "supports", "大模型"), ("市科技局", "supports", "数字人")}),
    ("中国信息通信研究院(以下简称“中国信通院”)在会上发布了《虚拟现实产业白皮书(2024年)》。",
     {("虚拟现实产业白皮书(2024年)", "issuedBy", "中国信息通信研究院")}),
    ("重庆星核魔方数字科技有限公司(星核魔方)推出面向家居行业的虚拟主播解决方案。",
     {("重庆星核魔方数字科技有限公司", "develops", "虚拟主播解决方案")}),
    # a short form with its own brackets, and another name of the same kind in brackets
    ("香港中文大学(深圳)(以下简称“港中大(深圳)”)与深圳云帆互动科技有限公司共建联合实验室。",
     {("香港中文大学(深圳)", "collaboratesWith", "深圳云帆互动科技有限公司")}),
    ("支持上海人工智能实验室(浦江实验室)、华东理工大学等围绕多模态大模型、三维重建等方向开展攻关。",
     {("上海人工智能实验室", "focusesOn", "三维重建"), ("华东理工大学", "focusesOn", "多模态大模型")}),
    # a policy that speaks (提出…) over its sentence; 该计划 points back to the policy
    ("市政府办公室印发《太原市元宇宙产业三年行动计划》,提出以工业领域元宇宙应用为重点,突破虚拟现实、数字孪生等关键技术。",
     {("太原市元宇宙产业三年行动计划", "supports", "虚拟现实"), ("太原市元宇宙产业三年行动计划", "supports", "数字孪生")}),
    ("市经信局发布了《温州市XR产业发展行动计划》。该计划明确将扩展现实、数字孪生作为重点发展方向。",
     {("温州市XR产业发展行动计划", "supports", "数字孪生")}),
    # parts: 所辖, 下设 (联盟 points back to the association)
    ("山西转型综改示范区(以下简称综改区)2023年营业收入同比增长21.5%,综改区所辖潇河产业园区、学府产业园区已形成集群。",
     {("潇河产业园区", "partOf", "山西转型综改示范区"), ("学府产业园区", "partOf", "山西转型综改示范区")}),
    ("会上,两江XR产业创新联盟揭牌成立。联盟下设数字人专业委员会和工业XR专业委员会。",
     {("数字人专业委员会", "partOf", "两江XR产业创新联盟"), ("工业XR专业委员会", "partOf", "两江XR产业创新联盟")}),
    ("入驻芗城区的漳州芗链科技有限公司(以下简称芗链科技)主攻区块链和隐私计算,其平台已覆盖企业186家。",
     {("漳州芗链科技有限公司", "focusesOn", "区块链"), ("漳州芗链科技有限公司", "focusesOn", "隐私计算"),
      ("漳州芗链科技有限公司", "locatedIn", "芗城区")}),
    # a short form the text defines after the title is no clause between the title and its support
    ("区政府出台《顺义区促进元宇宙产业融合发展若干措施》,简称“顺智元十条”,提出重点支持数字孪生、虚拟调试等技术的研发与应用。",
     {("顺义区促进元宇宙产业融合发展若干措施", "supports", "数字孪生"),
      ("顺义区促进元宇宙产业融合发展若干措施", "supports", "虚拟调试")}),
    # a list of organisations closed by its kind (等一批专精特新企业) before 在…领域
    ("东莞市镜界光电科技有限公司、东莞市幻维智能科技有限公司等一批专精特新企业在Pancake折叠光路、硅基OLED等领域快速成长。",
     {("东莞市镜界光电科技有限公司", "focusesOn", "硅基OLED"), ("东莞市幻维智能科技有限公司", "focusesOn", "硅基OLED")}),
    # a body's officer speaks its support, for the clause that names it
    ("广州市工业和信息化局相关负责人在致辞中表示,将支持白云区在时尚大模型、数字人等方向先行先试,推动元宇宙在服装展示中的应用。",
     {("广州市工业和信息化局", "supports", "时尚大模型"), ("广州市工业和信息化局", "supports", "数字人")}),
    # members listed after a count; makers joined by 联合 or 与
    ("两江XR产业创新联盟揭牌成立,首批成员单位56家,包括长安汽车、赛力斯、重庆大学等。",
     {("长安汽车", "memberOf", "两江XR产业创新联盟"), ("重庆大学", "memberOf", "两江XR产业创新联盟")}),
    ("华为联合重庆大学建设的两江AIGC内容生产公共服务平台正式上线。",
     {("华为", "develops", "两江AIGC内容生产公共服务平台"), ("重庆大学", "develops", "两江AIGC内容生产公共服务平台")}),
    ("重庆星曜光学科技有限公司发布了衍射光波导AR眼镜模组;长安汽车发布了面向汽车座舱的沉浸式车载XR系统。",
     {("重庆星曜光学科技有限公司", "develops", "衍射光波导AR眼镜模组"), ("长安汽车", "develops", "沉浸式车载XR系统")}),
    ("2024年5月,武进区工业元宇宙产业联盟正式成立,数维科技、腾跃智能、常州大学等首批52家单位加入联盟。",
     {("常州大学", "memberOf", "武进区工业元宇宙产业联盟")}),
    ("常州光曜显示科技有限公司(光曜显示)专注光场显示技术,其自主研发的光场显示模组已应用于车载抬头显示。",
     {("常州光曜显示科技有限公司", "develops", "光场显示模组")}),
    ("上海零湾灵巧科技有限公司(零湾灵巧)研发的五指灵巧手实现小批量交付。",
     {("上海零湾灵巧科技有限公司", "develops", "五指灵巧手")}),
    # where something is set up; a town's name where the text says something is
    ("以大连高新区为核心,在七贤岭建设大连元宇宙创新产业园。", {("大连元宇宙创新产业园", "locatedIn", "七贤岭")}),
    # who acts is not the body of 在…领导下
    ("2024年,区工信局在区委、区政府的坚强领导下,坚持把智能化改造作为主抓手,聚焦智能制造、工业互联网等重点方向。",
     {("区工信局", "supports", "智能制造"), ("区工信局", "supports", "工业互联网")}),
    # 我委会同乙…出台《丙》: 乙 issued it too
    ("区级层面,我委会同区商务委,于2023年11月制定出台《闵行区支持大模型发展若干措施》。",
     {("闵行区支持大模型发展若干措施", "issuedBy", "区商务委")}),
    # a making done together; a list that makes; a quoted name and its kind
    ("苏州云帆数字科技有限公司与华为技术有限公司合作开发面向装备制造行业的工业大模型。",
     {("苏州云帆数字科技有限公司", "develops", "工业大模型"), ("华为技术有限公司", "develops", "工业大模型")}),
    ("支持华为、腾讯等企业建设元宇宙开放平台。",
     {("华为", "develops", "元宇宙开放平台"), ("腾讯", "develops", "元宇宙开放平台")}),
    ("南通智云工业科技有限公司(智云)打造的“智云”工业互联网平台入选省级名单。",
     {("南通智云工业科技有限公司", "develops", "“智云”工业互联网平台")}),
    # a clause with no subject goes on with the last one's
    ("支持佛山光屿科技有限公司(以下简称“光屿科技”)扩大产能,其自主研发的Pancake光学模组已批量供货。",
     {("佛山光屿科技有限公司", "develops", "Pancake光学模组")}),
    ("位于高新区的苏州蠡光全息科技有限公司专注全息投影技术,其“湖光秀”全息演艺系统已在景区应用。",
     {("苏州蠡光全息科技有限公司", "develops", "“湖光秀”全息演艺系统")}),
    ("东南大学联合南京海创元境科技有限公司(以下简称海创元境),共同研发面向数控机床、船舶装备的数字孪生建模平台。",
     {("东南大学", "develops", "数字孪生建模平台"), ("南京海创元境科技有限公司", "develops", "数字孪生建模平台")}),
    ("其中,浙江瓯镜科技有限公司计划投资15亿元,在温州湾新区建设生产基地,主要生产Pancake光学模组和光波导镜片。",
     {("浙江瓯镜科技有限公司", "develops", "Pancake光学模组"), ("浙江瓯镜科技有限公司", "develops", "光波导镜片")}),
    ("成都蓉光互动科技有限公司(以下简称“蓉光互动”)自主研发的“川韵”数字人生成平台已生成形象3.2万个。",
     {("成都蓉光互动科技有限公司", "develops", "“川韵”数字人生成平台")}),
    ("黑龙江寒域工业软件有限公司(以下简称“寒域工软”)专注工业软件,其自主研发的寒域CAE结构仿真软件已推广应用。",
     {("黑龙江寒域工业软件有限公司", "develops", "寒域CAE结构仿真软件")}),
    ("会上,江城数字孪生产业联盟成立。联盟由武汉大学、华中科技大学、武汉光谷云景科技有限公司等首批36家单位共同发起。",
     {("武汉大学", "memberOf", "江城数字孪生产业联盟"), ("武汉光谷云景科技有限公司", "memberOf", "江城数字孪生产业联盟")}),
    ("云景科技、星图互娱、极光数字等企业在虚拟数字人、XR终端和工业元宇宙领域加快布局。",
     {("极光数字", "focusesOn", "XR"), ("云景科技", "focusesOn", "工业元宇宙")}),
    ("支持武汉光谷云景科技有限公司在电子皮肤、六维力传感器等方向开展攻关。",
     {("武汉光谷云景科技有限公司", "focusesOn", "电子皮肤")}),
    ("活动中,江城算力产业创新联合体揭牌成立。联合体由武汉光谷云景科技有限公司(以下简称“云景科技”)牵头,"
     "华中科技大学、武汉大学等27家企业、高校和科研院所共同组建,将围绕数字孪生、三维重建等方向开展联合攻关。",
     {("武汉光谷云景科技有限公司", "memberOf", "江城算力产业创新联合体"), ("武汉大学", "memberOf", "江城算力产业创新联合体"),
      ("江城算力产业创新联合体", "focusesOn", "三维重建")}),
    # members: after 联盟由, of 科研机构 too; who 任 a role; listed as 成员单位 with no verb or before it
    ("同日,江城数字人产业联盟揭牌成立。联盟由武汉大学、华中科技大学等35家企业、高校和科研机构组成,将开展合作。",
     {("武汉大学", "memberOf", "江城数字人产业联盟"), ("华中科技大学", "memberOf", "江城数字人产业联盟")}),
    ("江城虚拟现实产业联盟持续发挥作用,武汉光谷云景科技有限公司任理事长单位,武汉大学任副理事长单位。",
     {("武汉光谷云景科技有限公司", "memberOf", "江城虚拟现实产业联盟"), ("武汉大学", "memberOf", "江城虚拟现实产业联盟")}),
    ("支持江城虚拟现实产业联盟发挥桥梁作用,组织武汉大学、华中科技大学等成员单位共建公共技术服务平台。",
     {("武汉大学", "memberOf", "江城虚拟现实产业联盟"), ("华中科技大学", "memberOf", "江城虚拟现实产业联盟")}),
    ("江城工业互联网产业联盟新增成员单位19家,联盟成员单位武汉大学、华中科技大学等积极参与供需对接。",
     {("武汉大学", "memberOf", "江城工业互联网产业联盟"), ("华中科技大学", "memberOf", "江城工业互联网产业联盟")}),
    # a company a list named is the company where its name holds a technology's (动捕 of 云帆动捕)
    ("区内已形成云帆动捕、光澜互动等企业协同发展的格局。2023年,云帆动捕、光澜互动等42家单位共同发起成立江城元宇宙产业联盟。",
     {("云帆动捕", "memberOf", "江城元宇宙产业联盟"), ("光澜互动", "memberOf", "江城元宇宙产业联盟")}),
    # a lab named in quotes, then 实验室 opening the next clause: where it is and what it works on
    ("武汉大学与武汉光谷云景科技有限公司签约共建“光谷空间智能联合实验室”,实验室落户武汉未来科技城,"
     "重点开展眼动追踪、手势识别等技术研究。",
     {("光谷空间智能联合实验室", "locatedIn", "武汉未来科技城"), ("光谷空间智能联合实验室", "focusesOn", "眼动追踪"),
      ("光谷空间智能联合实验室", "focusesOn", "手势识别")}),
    # a list whose last items no taxonomy knows still closes (…、折叠光路和光学仿真研究)
    ("武汉大学与武汉光谷云景科技有限公司签约共建“光谷空间智能联合实验室”,实验室落户武汉未来科技城,"
     "重点开展眼动追踪、折叠光路和光学仿真研究。",
     {("光谷空间智能联合实验室", "focusesOn", "眼动追踪")}),
    # founders with the year they founded it (由甲、乙等单位于2024年发起成立)
    ("发挥江城工业数字孪生产业联盟作用,该联盟由武汉大学、华中科技大学等单位于2024年发起成立。",
     {("武汉大学", "memberOf", "江城工业数字孪生产业联盟"), ("华中科技大学", "memberOf", "江城工业数字孪生产业联盟")}),
    # members who 组成 an association as 会员单位; products made together or put on (剧场)
    ("江城元宇宙产业协会由武汉大学、华中科技大学等52家会员单位组成。",
     {("武汉大学", "memberOf", "江城元宇宙产业协会"), ("华中科技大学", "memberOf", "江城元宇宙产业协会")}),
    ("武汉光谷云景科技有限公司(以下简称云景科技)成立。云景科技与武汉大学合作开发了“楚绣”AIGC纹样设计平台。",
     {("云景科技", "develops", "“楚绣”AIGC纹样设计平台"), ("武汉大学", "develops", "“楚绣”AIGC纹样设计平台")}),
    ("武汉光谷云景科技有限公司(以下简称云景科技)成立。云景科技推出“江城1861”XR沉浸式剧场,运用动作捕捉技术。",
     {("云景科技", "develops", "“江城1861”XR沉浸式剧场")}),
    # a policy that funds what it lists; a clause that goes on with the subject before it
    ("2023年,我区出台《武侯区促进数字文创产业高质量发展若干政策》(以下简称《若干政策》),"
     "对虚拟现实、数字人等领域的原创内容给予支持,单个项目最高支持200万元。",
     {("武侯区促进数字文创产业高质量发展若干政策", "supports", "虚拟现实"),
      ("武侯区促进数字文创产业高质量发展若干政策", "supports", "数字人")}),
    ("支持北京灵枢机器人科技有限公司(以下简称“灵枢机器人”)联合清华大学研发具身智能基座大模型,"
     "重点攻关强化学习、多模态大模型等技术,提升任务理解能力。",
     {("北京灵枢机器人科技有限公司", "focusesOn", "强化学习"), ("清华大学", "focusesOn", "多模态大模型")}),
    # the field a list belongs to; what an organisation uses; partners that go on to research
    ("支持苏州视界光电科技有限公司等企业开展硅基OLED、光波导等近眼显示器件研发。",
     {("苏州视界光电科技有限公司", "focusesOn", "硅基OLED"), ("苏州视界光电科技有限公司", "focusesOn", "光波导"),
      ("苏州视界光电科技有限公司", "focusesOn", "近眼显示")}),
    ("广州澜屿影业科技有限公司运用虚拟制片、动作捕捉等技术打造沉浸式演艺项目。",
     {("广州澜屿影业科技有限公司", "focusesOn", "虚拟制片"), ("广州澜屿影业科技有限公司", "focusesOn", "动作捕捉")}),
    ("河北雄安镜城数字科技有限公司与北京交通大学签署合作协议,联合开展城市轨道交通数字孪生技术研究。",
     {("河北雄安镜城数字科技有限公司", "focusesOn", "数字孪生"), ("北京交通大学", "focusesOn", "数字孪生")}),
    # a speaker's organisation works in the fields the speaker presents
    ("武汉大学教授刘文博介绍了团队在实景三维、空间计算方向的最新研究成果。",
     {("武汉大学", "focusesOn", "实景三维"), ("武汉大学", "focusesOn", "空间计算")}),
    ("江西理工大学副校长周立新以“光学与材料的融合创新”为题作报告,介绍了学校在光波导、虚拟现实等方向的研究进展。",
     {("江西理工大学", "focusesOn", "光波导"), ("江西理工大学", "focusesOn", "虚拟现实")}),
    ("赣南师范大学相关负责人分享了运用三维重建和数字孪生技术开展红色文化遗存数字化保护的实践。",
     {("赣南师范大学", "focusesOn", "三维重建"), ("赣南师范大学", "focusesOn", "数字孪生")}),
    # a company glossed with its field; a joint centre named with its partner before the dash
    ("集聚了森思泰克(毫米波雷达)、伯特利(线控制动)等一批关键零部件企业。",
     {("森思泰克", "focusesOn", "毫米波雷达"), ("伯特利", "focusesOn", "线控制动")}),
    ("双方将共建南科大—镜界XR光学联合创新中心,围绕近眼显示和空间计算开展联合攻关。",
     {("南科大—镜界XR光学联合创新中心", "focusesOn", "近眼显示"),
      ("南科大—镜界XR光学联合创新中心", "focusesOn", "空间计算")}),
    # where a list of companies, a company's project and a company inside a zone are
    ("光域全息、数生万象等企业已入驻张家湾设计小镇。",
     {("光域全息", "locatedIn", "张家湾设计小镇"), ("数生万象", "locatedIn", "张家湾设计小镇")}),
    ("赣州虚境科技有限公司总部及VR一体机生产基地项目落户赣州经开区。",
     {("赣州虚境科技有限公司", "locatedIn", "赣州经开区")}),
    ("支持张家湾设计小镇内的北京墨境数字艺术有限公司打造平台。",
     {("北京墨境数字艺术有限公司", "locatedIn", "张家湾设计小镇")}),
    ("张江科学城引进了华为、腾讯等企业。", {("华为", "locatedIn", "张江科学城"), ("腾讯", "locatedIn", "张江科学城")}),
    ("我局将深入实施市政府印发的《乌鲁木齐市数字经济三年行动方案》(以下简称《三年行动方案》),"
     "聚焦《三年行动方案》确定的人工智能、区块链等重点发展领域。",
     {("三年行动方案", "supports", "人工智能"), ("三年行动方案", "supports", "区块链")}),  # what the plan lays down
    ("我区于2024年出台《丰台区促进数字经济高质量发展若干措施》,对从事虚拟数字人、超高清视频的企业,在研发投入等方面给予支持。",
     {("丰台区促进数字经济高质量发展若干措施", "supports", "虚拟数字人"),
      ("丰台区促进数字经济高质量发展若干措施", "supports", "超高清视频")}),  # funded in the clause after
    ("中国矿业大学在矿山物联网、智能感知等领域具有领先优势,2023年与徐州矿视智能科技有限公司共建联合实验室。",
     {("中国矿业大学", "collaboratesWith", "徐州矿视智能科技有限公司")}),  # the partner of the sentence's subject
    ("加强技术攻关。聚焦全息通信、光场采集等关键技术,支持中国科学院自动化研究所、北京邮电大学等高校院所组建创新联合体。",
     {("中国科学院自动化研究所", "focusesOn", "全息通信"), ("北京邮电大学", "focusesOn", "光场采集")}),  # the fields first
    # a bare 政策 going on to what it supports is the policy named before; a list runs on past (XR)、
    ("深圳市南山区人民政府制定了《南山区加快大模型与具身智能产业发展若干措施》(以下简称“南山智能十条”)。政策重点支持"
     "多模态大模型、智能体、具身智能、世界模型、人工智能生成内容(AIGC)、扩展现实(XR)、空间计算和脑机接口等方向。",
     {("南山区加快大模型与具身智能产业发展若干措施", "supports", name) for name in ("多模态大模型", "空间计算", "脑机接口")}),
    # a lab's research in a later clause, up to the clause's end
    ("广东海洋大学与海孪数字共建“智慧海洋数字孪生联合实验室”,实验室落户赤坎区,重点研究海洋环境三维建模、水下声学感知和海洋大数据。",
     {("智慧海洋数字孪生联合实验室", "focusesOn", "三维建模"), ("智慧海洋数字孪生联合实验室", "focusesOn", "海洋大数据")}),
    ("入驻经开区的北京驭途智联科技有限公司(以下简称驭途智联)主要提供车路云一体化和高精度地图服务。",
     {("北京驭途智联科技有限公司", "focusesOn", "车路云一体化"), ("北京驭途智联科技有限公司", "focusesOn", "高精度地图")}),
    ("2024年,同济大学在自动驾驶、车路协同和汽车风洞仿真方向具有深厚积累。",  # an unknown item before 方向
     {("同济大学", "focusesOn", "自动驾驶"), ("同济大学", "focusesOn", "车路协同")}),
    ("合肥市人民政府每年修订出台的《合肥市促进经济发展若干政策》对量子信息、元宇宙等未来产业给予重点支持。",
     {("合肥市促进经济发展若干政策", "supports", "量子信息"), ("合肥市促进经济发展若干政策", "supports", "元宇宙")}),
    # a lab the sentence opens with, built by others, settles where a later clause says
    ("同日揭牌的广州白云时尚产业数字化研究院由广东白云学院与匠皮数字共同组建,落户白云湖街道,重点开展三维重建研究。",
     {("广州白云时尚产业数字化研究院", "locatedIn", "白云湖街道")}),
    ("重庆交通大学与驰元智联共建的“智能网联汽车虚实融合测试联合实验室”今年5月落户九龙工业园区。",  # a relative date
     {("智能网联汽车虚实融合测试联合实验室", "locatedIn", "九龙工业园区")}),
    ("同时,将虚拟试衣、数字样衣等方向列入《泉州市重点产业关键核心技术攻关指南(2025年版)》,引导企业开展攻关。",
     {("泉州市重点产业关键核心技术攻关指南(2025年版)", "supports", "虚拟试衣"),
      ("泉州市重点产业关键核心技术攻关指南(2025年版)", "supports", "数字样衣")}),
]


@pytest.mark.parametrize(("text", "expected"), RELATIONS, ids=[t[:12] for t, _ in RELATIONS])
def test_relations(run, text: str, expected: set[tuple[str, str, str]]) -> None:  # noqa: ANN001
    doc = run(text)
    found = {(doc.mentions[r.subject].name, r.predicate, name) for r in doc.relations
             for name in (doc.mentions[r.object].name, doc.mentions[r.object].key)}  # 联盟 names its antecedent
    assert expected <= found
    if not expected:
        assert not {r for r in found if r[1] in {"focusesOn", "collaboratesWith"}}


def test_each_policy_a_body_carries_out_supports_nothing_it_goes_on_to(run) -> None:  # noqa: ANN001
    doc = run("我局深入贯彻落实《山东省推动虚拟现实产业高质量发展三年行动计划(2022—2024年)》"
              "《潍坊市打造元宇宙技术创新与产业之都行动计划(2022—2026年)》,推动全市虚拟现实(VR)产业规模持续壮大。")
    assert not [r for r in doc.relations if r.predicate == "supports"]


def test_each_policy_carried_out_with_its_issuer_supports_nothing_it_goes_on_to(run) -> None:  # noqa: ANN001
    doc = run("为抢抓元宇宙产业发展机遇,深入贯彻工业和信息化部办公厅等五部门联合印发的《元宇宙产业创新发展三年行动计划"
              "(2023—2025年)》和福建省工业和信息化厅印发的《福建省数字孪生与元宇宙应用场景拓展行动方案(2024—2026年)》,"
              "推动扩展现实(XR)、数字孪生、人工智能生成内容(AIGC)和空间计算等技术与新能源、新材料和文化旅游产业深度融合,"
              "结合我市实际,制定本措施。")
    assert not [r for r in doc.relations if r.predicate == "supports"]


def test_a_policy_supports_no_later_clause_about_something_else(run) -> None:  # noqa: ANN001
    doc = run("《延安市元宇宙+产业融合发展三年行动方案(2024—2026年)》提出重点支持数字孪生、区块链和具身智能等技术的"
              "研发和推广应用;对企业新建的“元宇宙+”示范场景,按设备和软件投资的15%给予补助。")
    assert {doc.mentions[r.object].name for r in doc.relations if r.predicate == "supports"} == {
        "数字孪生", "区块链", "具身智能"}


def test_a_product_named_after_its_kind_keeps_the_kind_in_its_other_name(run) -> None:  # noqa: ANN001
    doc = run("河南宋韵数字文化有限公司专注数字人和语音合成,其数字人导览员“汴小宋”已在开封府等12个景区上线。")
    assert [(m.name, m.alias) for m in doc.mentions if m.kind is Kind.PRODUCT] == [("汴小宋", "数字人导览员汴小宋")]


def test_a_clause_with_a_subject_of_its_own_ends_what_the_maker_goes_on_to(run) -> None:  # noqa: ANN001
    doc = run("天津大学与西青开发区管委会共建天津智能网联汽车产业研究院,研究院位于西青开发区,"
              "重点开展车路协同等技术研究,已建成V2X仿真测试平台。")
    assert not [r for r in doc.relations if r.predicate == "develops" and doc.mentions[r.subject].name == "天津大学"]


@pytest.mark.parametrize("text", [
    "元坊文化在什刹海推出“数字什刹海”夜游项目。",  # a project, not a product
    "五粮液集团与蜀幻互动合作打造的“五粮液数字酒窖”XR体验馆开馆。",  # a hall
])
def test_a_quoted_project_or_hall_is_no_product(run, text: str) -> None:  # noqa: ANN001
    assert not [m for m in run(text).mentions if m.kind is Kind.PRODUCT]


def test_a_bare_lab_listed_with_others_points_back_to_none(run) -> None:  # noqa: ANN001
    doc = run("武汉大学与企业共建“光谷空间智能联合实验室”。实验室和企业在武汉未来科技城开展眼动追踪研究。")
    assert not {r.predicate for r in doc.relations} & {"locatedIn", "focusesOn"}


def test_the_founders_of_an_association_do_not_take_its_focus(run) -> None:  # noqa: ANN001
    doc = run("江城算力产业创新联合体揭牌。联合体由华中科技大学、武汉大学等单位共同组建,将围绕数字孪生等方向开展攻关。")
    assert {doc.mentions[r.subject].name for r in doc.relations if r.predicate == "focusesOn"} == {
        "江城算力产业创新联合体"}


def test_a_measure_supports_what_it_funds_and_what_its_annex_lists(run) -> None:  # noqa: ANN001
    doc = run("合肥高新区管委会关于印发《合肥高新区支持元宇宙产业发展的若干政策措施》的通知\n\n"
              "为加快发展,制定本政策措施(以下简称《若干政策措施》)。\n"
              "第七条 对企业租用算力开展多模态大模型训练和云渲染服务的,按照实际费用的30%给予补贴。\n"
              "第十五条 设立产业子基金,重点投向空间计算等领域的早中期项目。\n"
              "附件:重点支持技术方向\n1.显示与光学:光场显示、近眼显示。\n2.人工智能:具身智能、神经辐射场。\n")
    title = "合肥高新区支持元宇宙产业发展的若干政策措施"
    policies = {m.key or m.name for m in doc.mentions if m.kind.value == "Policy"}
    supported = {doc.mentions[r.object].name for r in doc.relations
                 if r.predicate == "supports" and (doc.mentions[r.subject].key or doc.mentions[r.subject].name) == title}
    assert policies == {title}
    assert {"云渲染", "光场显示", "近眼显示", "具身智能", "神经辐射场", "空间计算"} <= supported
    assert all(r.trigger for r in doc.relations)  # each relation keeps the words that state it


def test_a_county_short_name_after_an_adverb_is_a_verb(run) -> None:  # noqa: ANN001
    doc = run("长沙市岳麓区工业和信息化局\n\n下一步,市经信局将会同科技城新区持续发布应用场景清单,将会同区科技局推进。")
    assert not [m.name for m in doc.mentions if "会同" in m.name]


TABLE = ("芜湖市经济和信息化局\n\n表1 主要指标\n\n"
         "指标名称            单位    2024年    2023年    同比增长\n"
         "------------------------------------------------------\n"
         "数字经济营业收入    亿元    826.4     742.5     11.3%\n"
         "规模以上企业数      家      97        88        10.2%\n\n"
         "指标名称   2024年完成值   2025年目标\n"
         "5G基站(累计)   3.1万个   3.6万个\n\n芜湖市经济和信息化局\n2025年1月20日\n")


def test_a_table_gives_a_figure_for_each_year_and_its_growth(run) -> None:  # noqa: ANN001
    doc = run(TABLE)
    assert {(i.name, i.value, i.unit, i.year, i.target) for i in doc.indicators} == {
        ("数字经济营业收入", "826.4", "亿元", 2024, False), ("数字经济营业收入", "742.5", "亿元", 2023, False),
        ("数字经济营业收入同比增长", "11.3", "%", 2024, False), ("规模以上企业数", "97", "家", 2024, False),
        ("规模以上企业数", "88", "家", 2023, False), ("规模以上企业数同比增长", "10.2", "%", 2024, False),
        ("5G基站(累计)", "3.1", "万个", 2024, False), ("5G基站(累计)", "3.6", "万个", 2025, True)}


# A zone's own bulletin: two tables one after the other, the second with no year but its caption's.
ZONE_TABLES = ("# 两江新区数字经济运行简报\n\n两江新区数字经济快速增长。\n\n**表1 2024年重点园区主要指标**\n\n"
               "| 园区 | 2024年营业收入(亿元) | 2024年规上企业数(家) |\n|---|---:|---:|\n"
               "| 两江数据中心集聚区 | 215.7 | 41 |\n| 全区合计 | 486.2 | 312 |\n"
               "| 企业 | 所在园区 | 投运机架(万架) | 营业收入同比增长(%) |\n|---|---|---:|---:|\n"
               "| 重庆数联科技股份有限公司 | 两江数据中心集聚区 | 3.6 | 12.8 |\n\n两江新区管理委员会\n2025年2月24日\n")


def test_tables_of_a_zone_one_after_another(run) -> None:  # noqa: ANN001
    doc = run(ZONE_TABLES.replace("| 企业 |", "\n**表2 2024年重点企业主要指标**\n\n| 企业 |"))
    found = {(doc.mentions[i.subject].name, i.name, i.value, i.unit, i.year) for i in doc.indicators}
    assert {("两江数据中心集聚区", "营业收入", "215.7", "亿元", 2024), ("两江新区", "全区合计", "486.2", "亿元", 2024),
            ("重庆数联科技股份有限公司", "投运机架", "3.6", "万架", 2024),
            ("重庆数联科技股份有限公司", "营业收入同比增长", "12.8", "%", 2024)} <= found
    doc = run(ZONE_TABLES)  # the next table's header is no row of the one before
    assert "41" in {i.value for i in doc.indicators} and "3.6" not in {i.value for i in doc.indicators
                                                                       if i.unit in {"家", "亿元"}}


def test_all_the_city_after_the_city_a_district_names(run) -> None:  # noqa: ANN001
    doc = run("青岛是全国虚拟现实产业重要集聚地,2024年全市虚拟现实产业规模达到612亿元。市南区集聚企业52家。\n"
              "青岛市市南区工业和信息化局\n2025年3月1日")
    subjects = {i.value: doc.mentions[i.subject].name for i in doc.indicators}
    assert subjects == {"612": "青岛", "52": "市南区"}


def test_a_body_defined_by_its_short_form_pays_out(run) -> None:  # noqa: ANN001
    doc = run("2024年,区经济和信息化局(以下简称区经信局)共兑现资金1.26亿元,支持项目73个。\n"
              "杭州市余杭区经济和信息化局\n2025年3月1日")
    assert {doc.mentions[i.subject].name for i in doc.indicators} == {"区经济和信息化局"}


def test_a_zone_and_the_district_in_brackets_after_it_are_one_place(run) -> None:  # noqa: ANN001
    doc = run("青岛西海岸新区(黄岛区)数字经济规模突破300亿元,位于哈尔滨新区的深圳(哈尔滨)产业园区集聚企业。")
    places = {m.name: m.key for m in doc.mentions if m.kind.value == "Place"}
    assert places["青岛西海岸新区"] == places["黄岛区"] == "370211"
    assert "深圳(哈尔滨)产业园区" in places
    places = {m.name: m.key for m in run("杭州高新区(滨江)是数字经济核心区,滨江区人民政府出台政策。").mentions}
    assert places["杭州高新区"] == places["滨江"] == "330108"  # a zone of the lexicon too


def test_a_body_named_after_a_zone_and_its_district_in_brackets(run) -> None:  # noqa: ANN001
    doc = run("我局会同杭州高新区(滨江)科学技术局共同办理。杭州高新区(滨江)管委会出台政策。")
    assert {m.name for m in doc.mentions if m.kind is Kind.GOVERNMENT} == {
        "杭州高新区(滨江)科学技术局", "杭州高新区(滨江)管委会"}


def test_a_defined_short_form_counts_nothing(run) -> None:  # noqa: ANN001
    doc = run("中国电子科技集团公司第五十八研究所(以下简称“中国电科58所”)深耕芯片设计,2024年营收12亿元。")
    assert [(i.value, i.unit) for i in doc.indicators] == [("12", "亿元")]


@pytest.mark.parametrize("text", [
    "以上海市多媒体行业协会为依托,打造专业的元宇宙创新服务平台。",  # the association is a means
    "发挥华为、腾讯等头部企业自主开发的元宇宙底层平台作用。",  # who of the list made it is not said
    "依托华为、腾讯等企业建设元宇宙开放平台。",  # the list is a means
])
def test_no_maker_unless_the_organisation_acts(run, text: str) -> None:  # noqa: ANN001
    assert not [r for r in run(text).relations if r.predicate == "develops"]


def test_the_guides_of_a_clause_do_not_act(run) -> None:  # noqa: ANN001
    doc = run("2024年,区工信局在区委、区政府的坚强领导下,聚焦智能制造、工业互联网等重点方向。")
    assert {doc.mentions[r.subject].name for r in doc.relations} == {"区工信局"}


def test_what_is_made_for_a_market_is_no_focus(run) -> None:  # noqa: ANN001
    doc = run("苏州云帆数字科技有限公司与华为技术有限公司合作开发面向装备制造行业的工业大模型。")
    assert not [r for r in doc.relations if r.predicate == "focusesOn"]


def test_partners_not_the_lab_they_build_make_what_follows(run) -> None:  # noqa: ANN001
    doc = run("武汉光谷云景科技有限公司与华中科技大学签约共建数字人联合实验室,共同打造虚拟主播内容生产平台。")
    makers = {doc.mentions[r.subject].name for r in doc.relations if r.predicate == "develops"}
    assert makers == {"武汉光谷云景科技有限公司", "华中科技大学"}


def test_a_government_body_develops_no_product(run) -> None:  # noqa: ANN001
    doc = run("区工信局联合区文体旅游局打造“元宇宙+文旅”服务平台。")
    assert not [r for r in doc.relations if r.predicate == "develops"]


def test_a_focus_holds_for_its_own_clause(run) -> None:  # noqa: ANN001
    doc = run("支持电子科技大学围绕新型显示开展基础研究,支持四川大学围绕计算机视觉开展攻关。")
    found = {(doc.mentions[r.subject].name, doc.mentions[r.object].name) for r in doc.relations}
    assert ("四川大学", "计算机视觉") in found
    assert ("电子科技大学", "计算机视觉") not in found


def test_the_writer_issued_what_it_drew_up_not_what_it_implements(run) -> None:  # noqa: ANN001
    doc = run("关于第12号提案的答复\n\n发布机构:沈阳市浑南区工业和信息化局\n\n"
              "我局认真落实工业和信息化部等五部门印发的《元宇宙产业创新发展三年行动计划》,"
              "结合我区实际,牵头编制了《浑南区元宇宙产业发展行动计划》。\n\n沈阳市浑南区工业和信息化局\n2024年6月21日\n")
    issued = {(doc.mentions[r.subject].name, doc.mentions[r.object].name) for r in doc.relations
              if r.predicate == "issuedBy"}
    assert issued == {("元宇宙产业创新发展三年行动计划", "工业和信息化部"),
                      ("浑南区元宇宙产业发展行动计划", "沈阳市浑南区工业和信息化局")}


def test_a_quoted_product_name_is_an_alias_of_the_product(run) -> None:  # noqa: ANN001
    doc = run("上海衡象数字科技有限公司研发的“衡象分身”虚拟主播平台服务客户超过1200家。")
    assert [(m.name, m.alias) for m in doc.mentions if m.kind.value == "Product"] == [
        ("“衡象分身”虚拟主播平台", "衡象分身")]


def test_what_an_organisation_builds_is_named_without_its_count(run) -> None:  # noqa: ANN001
    doc = run("北京光域全息科技有限公司将建设一批XR云渲染平台。")
    assert [m.name for m in doc.mentions if m.kind is Kind.PRODUCT] == ["XR云渲染平台"]  # not 一批XR云渲染平台


@pytest.mark.parametrize(("text", "named"), [
    # the words of its kind before a quoted name make a second form of it
    ("泸州酒境元宇宙文化科技有限公司专注数字人,推出数字人品酒师“小醅”,相关短视频累计播放1亿次。",
     ("小醅", "数字人品酒师小醅")),
    ("合肥本源量子计算科技有限责任公司研制的超导量子计算机“本源悟源”已上线运行。", ("本源悟源", "超导量子计算机本源悟源")),
    # not the words of an order or a count
    ("深圳擎湾科技有限公司推出新一代“擎湾W2”,已服务企业120家。", ("擎湾W2", "")),
    ("深圳擎湾科技有限公司推出了面向中小企业的“云帆”,已服务企业200家。", ("云帆", "")),
])
def test_the_kind_before_a_quoted_name_is_a_second_form_of_it(run, text: str, named: tuple[str, str]) -> None:  # noqa: ANN001
    assert [(m.name, m.alias) for m in run(text).mentions if m.kind is Kind.PRODUCT] == [named]


def test_the_measures_a_document_issues_support_the_directions_it_lists(run) -> None:  # noqa: ANN001
    doc = run("浦东新区人民政府办公室关于印发《浦东新区促进空间计算产业发展的若干措施》的通知\n\n"
              "第二条 本措施重点支持以下技术方向:近眼显示、光波导、眼动追踪。\n")
    supported = {doc.mentions[r.object].name for r in doc.relations if r.predicate == "supports"}
    assert {"近眼显示", "光波导", "眼动追踪"} <= supported


@pytest.mark.parametrize("text", [
    "实验室依托福州大学在人工智能领域的学科积累,重点开展文档智能、多模态大模型等方向研究。",  # a means
    "支持北京理工大学与灵枢机器人共建感知控制联合实验室,重点开展强化学习、三维重建研究。",  # the laboratory's
])
def test_a_clause_goes_on_only_with_its_subject(run, text: str) -> None:  # noqa: ANN001
    doc = run(text)
    assert not [r for r in doc.relations if doc.mentions[r.subject].name in {"福州大学", "北京理工大学"}
                and doc.mentions[r.object].name in {"文档智能", "多模态大模型", "强化学习", "三维重建"}]


@pytest.mark.parametrize(("text", "names"), [
    ("中国电信、中国联通三大运营商以及华为云、腾讯等企业已在贵安布局数据中心。", {"中国电信", "中国联通", "华为云", "腾讯"}),
    ("海信、歌尔股份以及潮汐互动、深蓝方舟等企业集中展示了轻量化头显。", {"海信", "歌尔股份", "潮汐互动", "深蓝方舟"}),
])
def test_a_list_of_companies_goes_on_after_yiji(run, text: str, names: set[str]) -> None:  # noqa: ANN001
    doc = run(text)
    assert {m.name for m in doc.mentions if m.kind.value == "Company"} == names
    assert not [r for r in doc.relations if r.predicate == "develops"]  # who of the list made what is not said


def test_a_body_asked_for_support_supports_nothing(run) -> None:  # noqa: ANN001
    doc = run("积极争取市工业和信息化局支持,推动大模型应用。")
    assert not [r for r in doc.relations if r.predicate == "supports"]


@pytest.mark.parametrize(("text", "technologies"), [
    ("全年新认定省级数字化车间26个、省级智能制造标杆企业9家。", set()),  # a kind of workshop, an honour
    ("大力发展智能制造,推进新型工业化。", set()),  # an industry on its own
    ("聚焦文化旅游、智能制造、教育培训等领域开放应用场景。", set()),  # a field among fields
    ("加强数据安全监管,推动智能计算中心扩容。", set()),  # governance; a computing centre
    ("盐城是重要的新能源产业基地,海上风电、光伏和储能产业集聚度较高。", set()),  # energy industries
    ("平台已接入分布式光伏、储能和充电设施1.2万个。", set()),
    ("湘潭移动与湘钢合作建成覆盖全厂区的5G专网。", set()),  # a facility
    ("平台可在数分钟内完成高精度数字人建模、驱动和直播。", set()),  # a step of making one
    ("重点围绕人工智能、区块链、先进装备制造等领域开展研究。", {"人工智能", "区块链", "先进装备制造"}),
    ("支持企业在数字孪生和智能制造领域开展攻关。", {"数字孪生", "智能制造"}),  # joined to a technology
    ("打造10个以上文旅元宇宙标杆场景。", set()),  # a field of application
    ("碳纤维车间里的“数字分身”上线运行。", set()),
    ("推动数字孪生与文旅元宇宙融合发展。", {"数字孪生", "文旅元宇宙"}),
])
def test_an_industry_is_a_technology_only_in_a_list_of_technologies(run, text: str,  # noqa: ANN001
                                                                     technologies: set[str]) -> None:
    assert {m.name for m in run(text).mentions if m.kind is Kind.TECHNOLOGY} == technologies


@pytest.mark.parametrize(("text", "name"), [
    ("从事虚拟现实、动漫游戏、数字影视等领域的企业。", "动漫游戏"),  # an industry before 游戏
    ("街道新增规上软件和信息服务企业9家。", "规上软件"),  # 规上 is no brand
    ("支持企业开发基于虚拟现实、增强现实技术的沉浸式演艺、数字文博等新型内容产品。", "增强现实技术"),
    ("支持陶瓷、家居、家电等行业企业应用大模型。", "家居"),  # the items are trades
    ("推动元宇宙与文化旅游、设计创意、演艺娱乐、城市治理、商贸消费深度融合。", "演艺娱乐"),  # a field among fields
    ("引导永通、天圣、乐达、盛发等企业应用机器视觉验布、智能配色、数码印花等技术。", "数码印花"),  # a second list
    ("依托沈阳奥林匹克体育中心建设数字孪生场馆。", "匹克体育"),  # a listed brand inside a word
    ("重点开展工业仿真和三维可视化技术研发。", "可视化技术"),  # a technology's words
])
def test_not_a_company(run, text: str, name: str) -> None:  # noqa: ANN001
    assert name not in {m.name for m in run(text).mentions if m.kind.value == "Company"}


@pytest.mark.parametrize(("text", "kind", "name"), [
    ("我区认真落实工业和信息化部等五部门印发的通知。", "GovernmentBody", "区认真落实工业和信息化部"),  # 认真落实/z
    ("南沙国际数字内容产业园二期建设加快推进。", "Place", "南沙国际数字内容产业园二期"),  # a phase written once
    ("在三角洲布局一批总部项目。", "Place", "三角洲"),  # a landform alone is a common word
])
def test_not_a_name(run, text: str, kind: str, name: str) -> None:  # noqa: ANN001
    assert name not in {m.name for m in run(text).mentions if m.kind.value == kind}


@pytest.mark.parametrize("text", [
    "序号 | 项目名称 | 建设单位\n1 | 全息通信实验室建设项目 | 北京光域全息科技有限公司\n",
    "序号\t项目名称\t建设单位\t总投资(亿元)\n1\t全息通信实验室建设项目\t北京光域全息科技有限公司\t12.6\n",  # cells by tabs
])
def test_a_registered_name_in_a_table_cell_begins_at_the_cell(run, text: str) -> None:  # noqa: ANN001
    doc = run(text)
    assert "北京光域全息科技有限公司" in {m.name for m in doc.mentions if m.kind is Kind.COMPANY}


def test_a_landform_that_opens_a_longer_name_is_no_place_of_its_own(run) -> None:  # noqa: ANN001
    places = {m.name for m in run("建设太湖湾科创带,打造灵山湾影视文化产业区。").mentions if m.kind is Kind.PLACE}
    assert not {"太湖湾", "灵山湾"} & places


def test_a_short_form_names_the_organisation_before_its_definition_too(run) -> None:  # noqa: ANN001
    doc = run("区内瞳境光学、幻维互动等企业协同发展。深圳市瞳境光学科技有限公司(以下简称“瞳境光学”)发布模组。")
    keys = [m.key for m in doc.mentions if m.name == "瞳境光学"]
    assert keys and set(keys) == {"深圳市瞳境光学科技有限公司"}
    assert "深圳市瞳境光学科技有限公司" in {m.name for m in doc.mentions}


def test_a_short_form_in_brackets_names_the_organisation(run) -> None:  # noqa: ANN001
    doc = run("中国科学院大学杭州学院(国科大杭州学院)完成招生。国科大杭州学院还与《杭州数字经济总体方案》"
              "(以下简称《总体方案》)对接,《总体方案》提出目标。")
    keys = {m.name: m.key for m in doc.mentions}
    assert keys["国科大杭州学院"] == "中国科学院大学杭州学院"
    assert keys["总体方案"] == "杭州数字经济总体方案"


def test_no_entity_from_contact_lines(lexicon, segmenter) -> None:  # noqa: ANN001
    names = set()
    for path in sorted((ROOT / "data" / "corpus").glob("*.txt")):
        doc = extract(segment(layout(normalize(ingest(path, path.parent, 10**7))), segmenter), lexicon, segmenter)
        names |= {m.name for m in doc.mentions}
    for noise in ("王建涛", "应从周", "安西路", "52388272", "85255627", "200050", "002489460", "首页", "民建市委会"):
        assert not any(noise in name for name in names), noise


@pytest.mark.parametrize("name", ["hangzhou-kjj-2022-reply-502.txt", "changning-kw-2024-reply-aigc.txt"])
def test_traditional_and_simplified_twins_give_the_same_entities(tmp_path: Path, name: str, lexicon,  # noqa: ANN001
                                                                 segmenter) -> None:  # noqa: ANN001
    original = (ROOT / "data" / "corpus" / name).read_text(encoding="utf-8")
    twins = {"hans": opencc.OpenCC("t2s").convert(original), "hant": opencc.OpenCC("s2t").convert(original)}
    found = {}
    for script, text in twins.items():
        path = tmp_path / f"{script}.txt"
        path.write_text(text, encoding="utf-8")
        doc = extract(segment(layout(normalize(ingest(path, tmp_path, 10**7))), segmenter), lexicon, segmenter)
        found[script] = {(m.kind.value, m.name) for m in doc.mentions}
    assert found["hans"] == found["hant"]



def test_a_document_without_an_issuer_is_about_the_deepest_place_it_names_most() -> None:
    places = [Candidate(Kind.PLACE, 0, 2, "山东", key="370000"), Candidate(Kind.PLACE, 5, 8, "黄岛区", key="370211")]
    assert places[_home(set(), places)].name == "黄岛区"  # a page's footer names the province as often


def test_a_title_opening_with_an_ordinal_names_no_township(lexicon) -> None:  # noqa: ANN001
    assert home_codes(lexicon, "第二届数字人创新大会开幕") == set()  # 第二 is the short name of 第二街道
    assert "310105004" in home_codes(lexicon, "上海市长宁区新华路街道办事处")


def test_a_township_by_its_short_name_in_the_documents_district(run) -> None:  # noqa: ANN001
    doc = run("桐乡市大力发展数字经济,乌镇已集聚企业近1200家,把乌镇打造成为集聚地。乌镇数字人大会举行。")
    places = [(m.name, m.key) for m in doc.mentions if m.kind is Kind.PLACE]
    assert places.count(("乌镇", "330483100")) == 2  # not 乌镇 + 数字人大会, a longer name


def test_a_table_row_may_name_its_unit_and_repeats_no_figure_of_the_text(run) -> None:  # noqa: ANN001
    doc = run("全年全市规模以上工业企业达到1986家。\n\n指标   2023年   2024年\n"
              "规模以上工业企业数(家)   1907   1986\n省级数字化车间(个,累计)   71   97\n")
    assert sorted((i.value, i.unit, i.year) for i in doc.indicators) == [
        ("1907", "家", 2023), ("1986", "家", None), ("71", "个", 2023), ("97", "个", 2024)]


def test_a_heading_gives_its_year_to_the_figures_of_its_section(run) -> None:  # noqa: ANN001
    doc = run("一、2024年工作完成情况\n全年新增上云企业1260家。\n二、存在的问题\n人才缺口约3000人。")
    assert [(i.value, i.year) for i in doc.indicators] == [("1260", 2024), ("3000", None)]


def _subjects(doc) -> dict[str, str]:  # noqa: ANN001
    return {i.value: doc.mentions[i.subject].name if i.subject >= 0 else "" for i in doc.indicators}


def test_a_site_found_once_is_the_same_site_wherever_it_is_written(run) -> None:  # noqa: ANN001
    doc = run("长春市推动文旅场景建设。“铭史”展项已在伪满皇宫博物院上线。2024年,伪满皇宫博物院接待观众318万人次。")
    assert {m.name for m in doc.mentions if m.kind is Kind.PLACE} == {"长春市", "伪满皇宫博物院"}
    assert _subjects(doc) == {"318": "伪满皇宫博物院"}


def test_a_body_opening_a_clause_is_the_subject_of_what_it_does(run) -> None:  # noqa: ANN001
    doc = run("2024年,区科委共支持相关项目18个,安排扶持资金2360万元。区经信局会同区文旅局发布场景清单,共26个场景。"
              "区人力社保局开展职业技能培训,全年培训4600人次。")
    assert _subjects(doc) == {"18": "区科委", "2360": "区科委", "26": "区经信局", "4600": "区人力社保局"}


def test_a_body_is_not_the_subject_of_an_event_it_hosts_nor_of_the_targets_of_its_plan(run) -> None:  # noqa: ANN001
    doc = run("本次活动由龙华区人民政府主办,龙华区科技创新局、龙华区工业和信息化局承办,嘉宾300余人到场参会。"
              "南宁市人民政府发布《南宁市数字人产业三年行动计划》,提出到2026年全市数字人产业规模突破200亿元。")
    assert set(_subjects(doc).values()) == {""}


def test_the_writer_that_calls_itself_我局_is_the_subject_of_what_it_does(run) -> None:  # noqa: ANN001
    doc = run("2024年,我局会同市财政局兑现奖补资金6270万元,支持项目48个。我局建成智慧服务平台,累计注册用户173万。"
              "\n\n常州市工业和信息化局\n2025年1月10日\n")
    assert set(_subjects(doc).values()) == {"常州市工业和信息化局"}


def test_全年全区_after_a_body_is_the_documents_place_again(run) -> None:  # noqa: ANN001
    doc = run("区科委开展企业上云专项行动,全年全区新增上云企业1260家。")
    assert _subjects(doc) == {"1260": ""}


def test_a_zone_administration_named_with_its_province_makes_the_zone_the_documents_place(run) -> None:  # noqa: ANN001
    doc = run("陕西省西咸新区开发建设管理委员会关于印发《若干措施》的通知\n\n陕西省西咸新区开发建设管理委员会\n"
              "2025年3月18日\n\n西咸新区元宇宙企业发展迅速。全区集聚相关企业217家。")
    assert [doc.mentions[i.subject].name for i in doc.indicators] == ["西咸新区"]


def test_a_quoted_valley_is_a_brand_not_a_place(run) -> None:  # noqa: ANN001
    places = {m.name for m in run("以“虹桥智谷”品牌为依托,建设长阳创谷。").mentions if m.kind is Kind.PLACE}
    assert "虹桥智谷" not in places and "长阳创谷" in places


def test_what_a_zone_contains_is_named_without_the_verb(run) -> None:  # noqa: ANN001
    places = {m.name for m in run("在新区(含沣东新城、沣西新城)的企业。").mentions if m.kind is Kind.PLACE}
    assert "含沣东新城" not in places and "沣东新城" in places


def test_a_zone_administration_named_after_its_provinces_short_name_is_the_zones(lexicon, segmenter) -> None:  # noqa: ANN001
    doc = layout(normalize(Document("d", "d.txt", "txt", "utf-8", "", "雄安新区数字经济加快发展。新区累计建成5G基站6418个。")))
    doc = doc.replace(meta=Metadata(publisher="河北雄安新区管理委员会改革发展局"))
    doc = extract(segment(doc, segmenter), lexicon, segmenter)
    assert [doc.mentions[i.subject].name for i in doc.indicators] == ["雄安新区"]


@pytest.mark.parametrize(("text", "relation"), [
    ("区科技局将依托人工智能技术提升服务。", ("区科技局", "supports", "人工智能")),  # a means, not a support
    ("四川长虹电器股份有限公司发布了基于数字孪生技术的智慧工厂场景。",
     ("四川长虹电器股份有限公司", "focusesOn", "数字孪生")),  # what the scene it released is based on
    ("深圳大学教授林晓彤围绕“情感计算让数字人更懂人”作主题演讲。", ("深圳大学", "focusesOn", "数字人")),  # a title's words
    ("由市发展改革委牵头,每年面向智能制造、文化旅游等领域发布场景清单。", ("市发展改革委", "supports", "智能制造")),
    ("本源量子计算科技(合肥)股份有限公司研制的超导量子计算机已上线运行。",
     ("本源量子计算科技(合肥)股份有限公司", "develops", "超导量子计算")),  # a computer is made, not a technology
    ("厦门软件园二期、观音山国际商务营运中心、沙坡尾艺术西区三个载体集聚了吉比特、美图公司等一批骨干企业。",
     ("吉比特", "locatedIn", "厦门软件园")),  # which of three places hosts whom is not said
    ("我局将实施市政府印发的《乌鲁木齐市数字经济三年行动方案》,聚焦人工智能等重点发展领域。",
     ("市政府", "supports", "人工智能")),  # who wrote the plan does not focus here
    ("2024年,区政府印发了《长乐区加快元宇宙产业发展行动方案》,明确聚焦虚拟现实、数字孪生两大方向。",
     ("区政府", "supports", "虚拟现实")),  # the plan's focus, not its issuer's
    ("聚焦光波导、眼动追踪等方向,支持联创电子科技股份有限公司建设XR光学模组研发中心。",
     ("联创电子科技股份有限公司", "focusesOn", "光波导")),  # a centre it builds, no research it does
    ("推动成果在徐汇转化,适时将空间计算、光场显示等方向纳入《若干措施》支持范围。",
     ("若干措施", "supports", "空间计算")),  # to be put in later
    ("市人力资源社会保障局将元宇宙领域紧缺人才纳入“绿扬金凤计划”重点支持范围。",
     ("绿扬金凤计划", "supports", "元宇宙")),  # talent of a field is put in, not the field
])
def test_no_relation_where_the_words_say_otherwise(run, text: str, relation: tuple[str, str, str]) -> None:  # noqa: ANN001
    doc = run(text)
    found = {(doc.mentions[r.subject].name, r.predicate, doc.mentions[r.object].name) for r in doc.relations}
    assert relation not in found


@pytest.mark.parametrize(("text", "present", "absent"), [
    ("张江科学城集聚了华为、腾讯等企业。", "华为", "张江科学城集聚了华为"),  # a list begins after 了
    ("支持企业与西安交通大学、西北工业大学等高校院所共建联合实验室。", "西安交通大学", "企业与西安交通大学"),
    ("位于威海高区的威海光电与虚拟现实产业园已入驻企业41家。", "威海光电与虚拟现实产业园", "虚拟现实产业园"),
    ("中国电信福州分公司与福州软件园管委会签署协议。", "福州软件园管委会", "福州分公司与福州软件园"),
    ("南京软件谷集聚了华为、中兴通讯等一批企业。", "南京软件谷", "南京"),
    ("丰台园管委会指导成立中关村丰台园轨道交通数字孪生产业创新联盟。",  # the zone begins the alliance's name
     "中关村丰台园轨道交通数字孪生产业创新联盟", "轨道交通数字孪生产业创新联盟"),
])
def test_names_of_lists_and_zones(run, text: str, present: str, absent: str) -> None:  # noqa: ANN001
    names = {m.name for m in run(text).mentions}
    assert present in names and absent not in names


def test_a_short_named_issuer_gives_the_level_of_the_documents_place(lexicon, segmenter) -> None:  # noqa: ANN001
    text = "威海市虚拟现实产业加快发展。全市集聚企业112家。威海火炬高技术产业开发区加快建设,威海火炬高技术产业开发区是重点。"
    doc = layout(normalize(Document("d", "d.txt", "txt", "utf-8", "", text)))
    doc = doc.replace(meta=Metadata(publisher="市工业和信息化局"))  # a city's bureau: the city's figures
    doc = extract(segment(doc, segmenter), lexicon, segmenter)
    assert [doc.mentions[i.subject].name for i in doc.indicators] == ["威海市"]  # the zone is named more often


@pytest.mark.parametrize(("text", "places"), [
    ("发布会在深圳市龙华区深圳北站国际商务区举行。上海市浦东新区张江科学城。",  # each division before a zone
     {"深圳市", "龙华区", "深圳北站国际商务区", "上海市", "浦东新区", "张江科学城"}),
    ("关于以AIGC赋能南京西路商圈发展的提案。", set()),  # a street named after a city
    ("推进5G网络向重点园区、交通枢纽和县乡延伸。", set()),  # 和 joins, it is no 和县
    ("依托中国(新疆)自由贸易试验区乌鲁木齐片区制度创新优势。", {"中国(新疆)自由贸易试验区乌鲁木齐片区"}),  # a zone's area
    ("目前,镜衣科技已在天一广场、南塘老街等商圈布设体验终端60余台。", {"天一广场", "南塘老街"}),  # a list after 在
])
def test_places_of_chains_streets_and_joins(run, text: str, places: set[str]) -> None:  # noqa: ANN001
    assert {m.name for m in run(text).mentions if m.kind is Kind.PLACE} == places


def test_a_contact_address_names_no_place(run) -> None:  # noqa: ANN001
    doc = run("答复如下。\n\n联系人:王敏  联系电话:021-12345678\n联系地址:上海市静安区共和新路912号  邮政编码:200070\n")
    assert not doc.mentions


@pytest.mark.parametrize(("text", "expected"), [
    ("2022年10月,工业和信息化部、教育部、国家体育总局三部门联合印发《虚拟现实与行业应用融合发展行动计划(2022—2026年)》。",
     {("工业和信息化部", "虚拟现实与行业应用融合发展行动计划(2022—2026年)"),
      ("教育部", "虚拟现实与行业应用融合发展行动计划(2022—2026年)"),
      ("国家体育总局", "虚拟现实与行业应用融合发展行动计划(2022—2026年)")}),
    ("省工业和信息化厅等部门先后印发《山东省推动虚拟现实产业高质量发展三年行动计划》和《山东省元宇宙产业创新发展三年行动计划》。",
     {("省工业和信息化厅", "山东省推动虚拟现实产业高质量发展三年行动计划"),
      ("省工业和信息化厅", "山东省元宇宙产业创新发展三年行动计划")}),
    ("我局认真落实工业和信息化部等五部门印发的《元宇宙产业创新发展三年行动计划》和《沈阳市推进制造业数字化转型实施方案》。",
     {("工业和信息化部", "元宇宙产业创新发展三年行动计划")}),  # what a body implements is not also the ministry's
])
def test_every_listed_body_issues_every_listed_policy(run, text: str, expected: set[tuple[str, str]]) -> None:  # noqa: ANN001
    doc = run(text)
    assert {(doc.mentions[r.object].name, doc.mentions[r.subject].name) for r in doc.relations
            if r.predicate == "issuedBy"} == expected


def test_a_figure_stated_twice_is_one_fact(run) -> None:  # noqa: ANN001
    doc = run("赣州市现场签约项目21个,总投资86.7亿元。\n\n本次推介会上,赣州市共签约领域项目21个,总投资86.7亿元。"
              "赣州市新增企业21个。")
    assert sorted((i.value, i.unit) for i in doc.indicators) == [("21", "个"), ("21", "个"), ("86.7", "亿元")]


def test_a_division_after_its_city_is_also_named_by_the_chain(run) -> None:  # noqa: ANN001
    doc = run("广州市黄埔区集聚企业320家。黄埔区加快发展。上海市与广州市合作。")
    assert [(m.name, m.alias) for m in doc.mentions if m.kind is Kind.PLACE] == [
        ("广州市", ""), ("黄埔区", "广州市黄埔区"), ("黄埔区", ""), ("上海市", ""), ("广州市", "")]


def test_no_figure_inside_a_code(run) -> None:  # noqa: ANN001
    assert [(i.value, i.unit) for i in run("统一社会信用代码11510107MB0P52361K的企业新增算力50P。").indicators] == [
        ("50", "P")]


def test_a_lab_built_by_partners_takes_the_focus_that_follows(run) -> None:  # noqa: ANN001
    doc = run("其中,东盟多语种数字人联合实验室由广西大学与科大讯飞共建,重点开展语音识别和机器翻译技术研究。")
    focus = {(doc.mentions[r.subject].name, doc.mentions[r.object].name) for r in doc.relations
             if r.predicate == "focusesOn"}
    assert focus == {("东盟多语种数字人联合实验室", "语音识别"), ("东盟多语种数字人联合实验室", "机器翻译")}


@pytest.mark.parametrize(("text", "expected"), [
    ("2024年,歌尔股份有限公司推出了轻量化MR整机参考设计,并与山东大学签署战略合作协议,围绕眼动追踪、手势识别等技术开展联合研发。",
     {("歌尔股份有限公司", "眼动追踪"), ("歌尔股份有限公司", "手势识别"), ("山东大学", "眼动追踪"), ("山东大学", "手势识别")}),
    ("区工信局推出了政策,并与华为签署协议,围绕人工智能开展合作。", set()),  # a body's partner: no one's focus
])
def test_a_clause_with_a_partner_goes_on_with_the_subject_before_it(run, text: str, expected: set) -> None:  # noqa: ANN001
    doc = run(text)
    assert {(doc.mentions[r.subject].name, doc.mentions[r.object].name) for r in doc.relations
            if r.predicate == "focusesOn"} == expected


def test_a_division_lies_within_its_ancestors_only(lexicon) -> None:  # noqa: ANN001
    assert lexicon.within("440112", "440100") and lexicon.within("440112", "440000")
    assert lexicon.within("310105004", "310105") and lexicon.within("310105004", "310000")  # a township
    assert not lexicon.within("510100", "500000") and not lexicon.within("440100", "440100")  # 成都 is not 重庆's


@pytest.mark.parametrize(("text", "place"), [
    ("加快把北京城市副中心建设成为元宇宙创新高地。", "北京城市副中心"),  # a city's sub-centre, named by the city
    ("推动北京环球度假区打造沉浸式场景。", "北京环球度假区"),
    ("在城市绿心森林公园建设数字文旅场景。", "城市绿心森林公园"),
])
def test_sub_centres_resorts_and_forest_parks_are_places(run, text: str, place: str) -> None:  # noqa: ANN001
    assert place in {m.name for m in run(text).mentions if m.kind is Kind.PLACE}


def test_a_notice_printing_a_plan_named_by_a_zone_is_about_the_zone(run) -> None:  # noqa: ANN001
    doc = run("北京市通州区人民政府关于印发《北京城市副中心元宇宙创新发展行动方案(2025—2027年)》的通知\n\n"
              "北京市通州区人民政府\n2025年3月18日\n\n"
              "截至2024年底,通州区集聚元宇宙相关企业187家;2024年全区数字经济核心产业增加值达到386.4亿元。\n\n"
              "到2027年,北京城市副中心元宇宙创新发展取得显著成效,培育元宇宙领域企业300家。")
    subjects = {i.value: doc.mentions[i.subject].name for i in doc.indicators}
    # 全区 is the district the sentence names, the plan's targets are the sub-centre's
    assert subjects == {"187": "通州区", "386.4": "通州区", "300": "北京城市副中心"}


def test_a_zone_named_after_a_township_keeps_its_whole_name(run) -> None:  # noqa: ANN001
    doc = run("苏州市相城区工业和信息化局\n\n区工信局将于4月在元和塘数字产业园举办政策宣讲会。")
    places = {m.name for m in doc.mentions if m.kind is Kind.PLACE}
    assert "元和塘数字产业园" in places and "元和" not in places  # jieba cuts 元/和/塘


def test_a_table_laid_out_with_spaces_whose_header_cells_are_one_space_apart(run) -> None:  # noqa: ANN001
    doc = run("附件:2024年蚌埠市元宇宙和数字创意产业分区域情况\n\n"
              "区域    相关企业(家) 营业收入(亿元)\n"
              "蚌山区   24       13.6\n"
              "蚌埠高新区 71       49.5\n"  # the name and its figure one space apart
              "县域合计  12        5.3\n"  # the counties' total: no one place's figure
              "全市    167       98.7\n")
    found = {(doc.mentions[i.subject].name if i.subject >= 0 else "", i.value, i.unit) for i in doc.indicators}
    assert found == {("蚌山区", "24", "家"), ("蚌山区", "13.6", "亿元"), ("蚌埠高新区", "71", "家"),
                     ("蚌埠高新区", "49.5", "亿元"), ("", "167", "家"), ("", "98.7", "亿元")}


def test_the_total_of_a_table_of_parks_is_no_ones_figure(run) -> None:  # noqa: ANN001
    doc = run("宝山区重点园区情况\n\n| 园区 | 营业收入(亿元) | 入驻企业(家) |\n|---|---|---|\n"
              "| 上海机器人产业园 | 186.2 | 612 |\n| 吴淞创新城 | 113.7 | 835 |\n| 合计 | 299.9 | 1447 |\n")
    found = {(doc.mentions[i.subject].name if i.subject >= 0 else "", i.value) for i in doc.indicators}
    assert found == {("上海机器人产业园", "186.2"), ("上海机器人产业园", "612"), ("吴淞创新城", "113.7"),
                     ("吴淞创新城", "835")}  # some parks' total is not the district's figure


def test_a_division_of_several_cities_is_the_one_of_the_nearest_city_named(run) -> None:  # noqa: ANN001
    doc = run("徐州市鼓楼区、云龙区发展较快。")  # 南京 and 徐州 both have a 鼓楼区, both in 江苏
    assert {m.name: m.key for m in doc.mentions if m.kind is Kind.PLACE}["鼓楼区"] == "320302"


def test_a_table_of_places_gives_each_row_its_place_and_each_header_its_unit(run) -> None:  # noqa: ANN001
    doc = run("徐州市元宇宙产业规模\n\n| 区域 | 2023年(亿元) | 2024年(亿元) | 2024年企业数(家) |\n|---|---|---|---|\n"
              "| 鼓楼区 | 38.5 | 47.9 | 86 |\n| 其他县(市、区) | 45.9 | 51.4 | 80 |\n| 全市合计 | 235.3 | 286.4 | 412 |\n")
    found = {(doc.mentions[i.subject].name if i.subject >= 0 else "", i.value, i.unit, i.year) for i in doc.indicators}
    assert found == {("鼓楼区", "38.5", "亿元", 2023), ("鼓楼区", "47.9", "亿元", 2024), ("鼓楼区", "86", "家", 2024),
                     ("", "235.3", "亿元", 2023), ("", "286.4", "亿元", 2024), ("", "412", "家", 2024)}


def test_a_report_published_jointly_is_issued_by_each_and_supports_nothing(lexicon, segmenter) -> None:  # noqa: ANN001
    text = ("《徐州市元宇宙产业发展报告(2025)》摘要\n\n全市推动虚拟现实、数字孪生等技术在矿山应用。"
            "徐州市工业和信息化局、江苏淮海数字经济研究院将持续跟踪产业发展。")
    doc = layout(normalize(Document("d", "d.txt", "txt", "utf-8", "", text)))
    doc = doc.replace(meta=Metadata(title="《徐州市元宇宙产业发展报告(2025)》摘要",
                                    publisher="徐州市工业和信息化局、江苏淮海数字经济研究院"))
    doc = extract(segment(doc, segmenter), lexicon, segmenter)
    found = {(doc.mentions[r.subject].name, r.predicate, doc.mentions[r.object].name) for r in doc.relations}
    report = "徐州市元宇宙产业发展报告(2025)"
    assert {(report, "issuedBy", "徐州市工业和信息化局"), (report, "issuedBy", "江苏淮海数字经济研究院")} <= found
    assert not {r for r in found if r[1] == "supports"}  # it describes the industry, it funds nothing


@pytest.mark.parametrize(("text", "product"), [
    ("宁波衣联云裁智能科技有限公司自主研发的“云裁”智能排版与裁剪系统,已在区内推广。", "“云裁”智能排版与裁剪系统"),
    ("广州灵犀数智科技有限公司发布了“灵犀”数字人平台3.0。", "“灵犀”数字人平台3.0"),  # its version
    ("重庆幻境数科科技有限公司发布了自主研发的“巴渝”多模态大模型2.0版本。", "“巴渝”多模态大模型"),
])
def test_a_quoted_products_kind_runs_to_its_last_product_word(run, text: str, product: str) -> None:  # noqa: ANN001
    assert product in {m.name for m in run(text).mentions if m.kind is Kind.PRODUCT}


@pytest.mark.parametrize(("text", "subject"), [
    ("中国矿业大学2023年与矿视智能共建“矿山元宇宙联合实验室”,该实验室累计承担省部级以上科研项目17项。",
     "矿山元宇宙联合实验室"),
    ("长乐区数字经济加快发展。长乐区的中国东南大数据产业园已建成数据中心,园区累计入驻企业430家。",
     "中国东南大数据产业园"),  # a zone's, though the district is named more often
])
def test_a_word_that_points_back_names_the_last_one_of_its_kind(run, text: str, subject: str) -> None:  # noqa: ANN001
    doc = run(text)
    assert [doc.mentions[i.subject].name for i in doc.indicators][-1] == subject


@pytest.mark.parametrize(("text", "subject"), [
    ("区经信局指导太平鸟、宁波大学等单位共同发起成立海曙区时尚产业数字化联盟,首批成员单位32家。", "海曙区时尚产业数字化联盟"),
    ("2024年6月,徐州市元宇宙产业创新联盟成立,徐工汉云、中国矿业大学等68家单位成为首批成员。", "徐州市元宇宙产业创新联盟"),
    ("大连市元宇宙产业联盟成立。联盟由大连软件行业协会牵头组建,现有成员单位85家。", "大连市元宇宙产业联盟"),  # not the lead's
    ("由哈工大、寒星航天、北辰星链等41家单位组成的哈尔滨市北斗与卫星互联网产业联盟于2024年5月成立。",
     "哈尔滨市北斗与卫星互联网产业联盟"),
    ("同日揭牌的惠州市XR显示产业联盟由TCL华星、德赛西威、中山大学等58家单位组成。", "惠州市XR显示产业联盟"),
    ("指导成立长春市人工智能产业联盟,吉林大学、长光卫星、星图智能等116家单位已加入联盟。", "长春市人工智能产业联盟"),
    ("活动现场,沙云数智、星渲科技等11家企业新加入中卫市算力产业发展联盟。", "中卫市算力产业发展联盟"),
])
def test_a_count_of_members_is_the_associations(run, text: str, subject: str) -> None:  # noqa: ANN001
    doc = run(text)
    assert [(doc.mentions[i.subject].name, i.name) for i in doc.indicators] == [(subject, "成员单位数")]


def test_a_call_for_applications_is_the_policy_that_funds_its_directions(run) -> None:  # noqa: ANN001
    doc = run("关于组织申报2025年度高新区元宇宙产业发展专项资金项目的通知\n\n"
              "一、支持方向\n\n(一)虚拟数字人。支持企业突破动作捕捉、语音合成等关键环节。\n\n"
              "相关链接:关于组织申报2024年度示范应用场景的通知\n")
    policies = {m.name for m in doc.mentions if m.kind is Kind.POLICY}
    supported = {doc.mentions[r.object].name for r in doc.relations if r.predicate == "supports"}
    assert policies == {"关于组织申报2025年度高新区元宇宙产业发展专项资金项目的通知"}  # not the linked one
    assert {"动作捕捉", "语音合成"} <= supported


@pytest.mark.parametrize(("text", "policies"), [
    # a page that is the policy itself, titled without 关于
    ("泸州市促进数字经济和元宇宙赋能白酒产业高质量发展若干政策措施\n\n"
     "第二条 支持关键技术攻关。聚焦数字孪生、区块链等方向开展技术攻关。\n",
     {"泸州市促进数字经济和元宇宙赋能白酒产业高质量发展若干政策措施"}),
    # not a headline that tells of one
    ("长治市召开数字经济与元宇宙产业发展推进会 发布三年行动计划\n\n"
     "会上,长治市人民政府发布了行动计划,提出支持数字孪生发展。\n", set()),
])
def test_a_page_titled_with_a_policy_is_that_policy(run, text: str, policies: set[str]) -> None:  # noqa: ANN001
    doc = run(text)
    assert {m.name for m in doc.mentions if m.kind is Kind.POLICY} == policies


def test_all_the_district_in_a_document_of_a_zone_that_is_no_district(run) -> None:  # noqa: ANN001
    doc = run("中关村科学城位于海淀区。2024年,全区人工智能核心产业规模达到2860亿元。\n中关村科学城管理委员会\n2025年5月6日")
    assert [doc.mentions[i.subject].name for i in doc.indicators] == ["海淀区"]
    doc = run("南京江北新区位于浦口区。2024年,全区数字经济核心产业增加值达到320亿元。\n南京江北新区管理委员会\n2025年5月6日")
    assert [doc.mentions[i.subject].name for i in doc.indicators] == ["南京江北新区"]  # a 区 of its own


@pytest.mark.parametrize("text", [
    "我委将研究制定《海淀区空间计算场景开放三年行动计划(2026—2028年)》,每年发布场景清单。\n"
    "中关村科学城管理委员会\n2025年5月6日",
    "区经委将会同区科委研究制定《松江区数字孪生工厂建设三年行动计划(2026—2028年)》。",
    "配合市政府研究出台《九江市元宇宙景区建设三年行动计划(2025—2027年)》。",
])
def test_a_policy_still_being_drafted_has_no_issuer(run, text: str) -> None:  # noqa: ANN001
    assert not [r for r in run(text).relations if r.predicate == "issuedBy"]


def test_a_policy_drafted_or_to_be_issued_by_a_named_body_has_its_issuer(run) -> None:  # noqa: ANN001
    doc = run("我局联合市科技局研究制定了《佛山市加快人工智能与数字人产业发展行动方案(2024—2026年)》。"
              "桐乡市人民政府近期将印发《桐乡市促进数字人和空间计算产业发展的若干政策》。")
    found = {(doc.mentions[r.subject].name[:4], doc.mentions[r.object].name) for r in doc.relations
             if r.predicate == "issuedBy"}
    assert {("佛山市加", "市科技局"), ("桐乡市促", "桐乡市人民政府")} <= found


def test_a_short_form_defined_after_the_documents_number(run) -> None:  # noqa: ANN001
    doc = run("临沂市人民政府办公室印发《临沂市数字商贸与元宇宙直播电商融合发展行动方案(2025—2027年)》"
              "(临政办字〔2025〕17号,以下简称《融合方案》)。《融合方案》提出发展数字人技术。")
    short = [m for m in doc.mentions if m.name == "融合方案"]
    assert short and all(m.key.startswith("临沂市数字商贸") for m in short)


def test_a_policy_interpretation_is_not_issued_by_its_publisher(lexicon, segmenter) -> None:  # noqa: ANN001
    title = "《临沂市数字商贸与元宇宙直播电商融合发展行动方案(2025—2027年)》政策解读"
    text = title + ("\n\n近日,临沂市人民政府办公室印发《临沂市数字商贸与元宇宙直播电商融合发展行动方案(2025—2027年)》。"
                    "\n临沂市商务局\n2025年5月29日")
    doc = layout(normalize(Document("d", "d.txt", "txt", "utf-8", "", text)))
    doc = doc.replace(meta=Metadata(title=title, publisher="临沂市商务局"))
    doc = extract(segment(doc, segmenter), lexicon, segmenter)
    issuers = {doc.mentions[r.object].name for r in doc.relations if r.predicate == "issuedBy"}
    assert issuers == {"临沂市人民政府办公室"}


def test_a_policy_carried_out_supports_nothing_the_sentence_goes_on_to(run) -> None:  # noqa: ANN001
    doc = run("为深入贯彻工业和信息化部等五部门印发的《元宇宙产业创新发展三年行动计划(2023—2025年)》,"
              "落实安徽省人民政府办公厅印发的《安徽省元宇宙与智能制造融合发展行动方案(2025—2027年)》,"
              "推动元宇宙、数字孪生、工业互联网等新技术与钢铁产业深度融合,结合我市实际,制定本方案。")
    assert not [r for r in doc.relations if r.predicate == "supports"]


@pytest.mark.parametrize(("title", "supported"), [
    ("闵行区促进人工智能大模型和具身智能产业高质量发展的若干措施", {"大模型", "具身智能"}),  # 人工智能 qualifies 大模型
    ("宝安区加快人工智能生成内容与数字人产业发展若干措施", {"人工智能生成内容", "数字人"}),  # not 人工智能 inside it
    ("马鞍山市元宇宙赋能智能制造三年行动方案", {"元宇宙"}),  # an industry
])
def test_a_title_supports_the_technologies_it_names_as_its_own(lexicon, segmenter, title: str,  # noqa: ANN001
                                                                supported: set[str]) -> None:
    place = title[:3]
    text = f"关于印发《{title}》的通知\n\n{place}发展人工智能、元宇宙、智能制造、大模型、数字人和具身智能,人工智能生成内容产业加快集聚。"
    doc = layout(normalize(Document("d", "d.txt", "txt", "utf-8", "", text)))
    doc = doc.replace(meta=Metadata(title=title))
    doc = extract(segment(doc, segmenter), lexicon, segmenter)
    found = {doc.mentions[r.object].name for r in doc.relations if r.predicate == "supports" and r.trigger == "标题"}
    assert found == supported


@pytest.mark.parametrize(("sentence", "supported"), [
    ("支持西安交通大学、西北工业大学围绕近眼显示、实时渲染等方向开展联合攻关。", set()),  # the universities' research
    ("支持企业联合高校院所围绕光波导、实时渲染等技术开展联合攻关。", {"光波导", "实时渲染"}),  # no institution named
    ("支持瞳衍光电等企业开展光波导、实时渲染技术研发。", {"光波导", "实时渲染"}),  # a company's work the policy funds
])
def test_a_plan_does_not_support_the_research_of_an_institution_it_names(lexicon, segmenter, sentence: str,  # noqa: ANN001
                                                                          supported: set[str]) -> None:
    title = "西安市元宇宙产业创新发展行动计划"
    doc = layout(normalize(Document("d", "d.txt", "txt", "utf-8", "", f"关于印发《{title}》的通知\n\n{sentence}")))
    doc = doc.replace(meta=Metadata(title=title, publisher="西安市人民政府办公厅"))
    doc = extract(segment(doc, segmenter), lexicon, segmenter)
    found = {doc.mentions[r.object].name for r in doc.relations if r.predicate == "supports" and r.trigger != "标题"}
    assert found == supported


def test_a_place_that_carries_out_a_policy_issued_by_another(run) -> None:  # noqa: ANN001
    doc = run("近年来,秦皇岛深入落实文化和旅游部印发的《“十四五”文化和旅游发展规划》,推动元宇宙、虚拟现实等技术与长城文化深度融合。")
    assert not [r for r in doc.relations if r.predicate == "supports"]


def test_a_place_that_gathers_organisations_says_nothing_of_where_they_are(run) -> None:  # noqa: ANN001
    doc = run("张江科学城集聚了华为、腾讯等企业。")  # as the annotators since heldout24 read it
    assert not [r for r in doc.relations if r.predicate == "locatedIn"]


def test_a_body_that_acts_with_another_is_two_bodies(run) -> None:  # noqa: ANN001
    names = [m.name for m in run("2024年,区经委会同区财政局兑现专项资金3260万元。区科委会同区财政局开展评估。").mentions
             if m.kind is Kind.GOVERNMENT]
    assert names == ["区经委", "区财政局", "区科委", "区财政局"]


def test_what_a_clause_says_of_the_lab_two_partners_built_is_the_labs(run) -> None:  # noqa: ANN001
    doc = run("上饶师范学院与饶芯光电共建的“近眼显示光学联合实验室”于2024年落户上饶经开区,重点开展光波导设计研究,"
              "目前已获授权发明专利14项。")
    assert _subjects(doc) == {"14": "近眼显示光学联合实验室"}


def test_a_document_titled_as_its_governments_opinions_is_that_policy_and_supports_its_tasks(run) -> None:  # noqa: ANN001
    doc = run("包头市人民政府关于加快元宇宙与数字经济发展的实施意见\n\n包府发〔2025〕9号\n\n"
              "二、重点任务\n\n(一)壮大数字孪生产业。支持企业发展数字孪生和工业互联网。\n\n包头市人民政府\n2025年5月20日\n")
    policies = {m.name for m in doc.mentions if m.kind is Kind.POLICY}
    supported = {doc.mentions[r.object].name for r in doc.relations if r.predicate == "supports"}
    assert policies == {"包头市人民政府关于加快元宇宙与数字经济发展的实施意见"}
    assert {"数字孪生", "工业互联网"} <= supported


def test_a_notice_that_prints_measures_is_not_itself_a_policy(run) -> None:  # noqa: ANN001
    doc = run("宜昌市人民政府办公室关于印发宜昌市加快元宇宙产业发展的若干措施的通知\n\n各县市区人民政府:\n"
              "现将《宜昌市加快元宇宙产业发展的若干措施》印发给你们,请认真贯彻落实。\n")
    assert {m.name for m in doc.mentions if m.kind is Kind.POLICY} == {"宜昌市加快元宇宙产业发展的若干措施"}


def test_speech_driven_animation_and_beidou_navigation_are_named_whole(run) -> None:  # noqa: ANN001
    doc = run("重点开展语音驱动表情生成研究。运用5G、北斗卫星导航、激光雷达等技术。专注语音驱动口型和数字人。")
    assert {m.name for m in doc.mentions if m.kind is Kind.TECHNOLOGY} == {
        "语音驱动表情生成", "5G", "北斗卫星导航", "激光雷达", "语音驱动口型", "数字人"}


def test_a_point_cloud_and_beidou_positioning_are_named_as_texts_name_them(run) -> None:  # noqa: ANN001
    doc = run("专注数字孪生和点云建模,推动区块链和北斗高精度定位在港口应用。")
    assert {m.name for m in doc.mentions if m.kind is Kind.TECHNOLOGY} == {"数字孪生", "点云", "区块链", "北斗高精度定位"}


@pytest.mark.parametrize(("text", "technologies"), [
    ("重点开展文物三维重建和文旅大模型研究。", {"三维重建", "文旅大模型"}),  # jieba cuts 和文 + 旅
    ("北京未来孪能科技有限公司专注电力大模型。", {"电力大模型"}),
    ("推出“云图”文旅大模型。", {"大模型"}),  # the kind of a named product
    ("推动大模型在装备制造领域应用。", {"大模型"}),
    ("驰元智联专注车载大模型和端到端自动驾驶。", {"车载大模型", "端到端自动驾驶"}),  # any field, where one works on it
    ("实验室重点开展油藏大模型和知识图谱研究。", {"油藏大模型", "知识图谱"}),
    ("实验室聚焦分子动力学模拟和电池大模型开展联合攻关。", {"分子动力学模拟", "电池大模型"}),
    ("支持企业研发车载大模型。", {"大模型"}),  # no focus: the field's model is not named as one
])
def test_a_large_model_named_by_its_field_is_a_technology_of_its_own(run, text: str,  # noqa: ANN001
                                                                      technologies: set[str]) -> None:
    assert {m.name for m in run(text).mentions if m.kind is Kind.TECHNOLOGY} == technologies


@pytest.mark.parametrize(("text", "technologies"), [
    ("擎锂数字专注电池数字孪生和电化学仿真,已服务23家企业。", {"数字孪生", "电化学仿真"}),  # a known one beside
    ("实验室重点开展唇形同步和多模态大模型研究。", {"唇形同步", "多模态大模型"}),
    ("实验室重点开展数字线程和多物理场仿真研究。", {"数字线程", "多物理场仿真"}),  # each ends as a technology does
    ("公司专注品牌运营和渠道拓展。", set()),  # neither is known nor ends as a technology does
    ("围绕影视分镜自动生成、角色一致性控制等开展攻关。", set()),  # 围绕 a topic, no focus of one's own
])
def test_what_an_organisation_works_on_beside_a_technology_is_one(run, text: str,  # noqa: ANN001
                                                                  technologies: set[str]) -> None:
    assert {m.name for m in run(text).mentions if m.kind is Kind.TECHNOLOGY} == technologies


def test_research_topics_are_no_products(run) -> None:  # noqa: ANN001
    doc = run("泰州星药智算研究院重点开展医药大模型和隐私计算研究,已申请发明专利12项。")
    assert not [m for m in doc.mentions if m.kind is Kind.PRODUCT]
    assert {(doc.mentions[r.subject].name, r.predicate, doc.mentions[r.object].name) for r in doc.relations} >= {
        ("泰州星药智算研究院", "focusesOn", "医药大模型")}


def test_a_technology_that_names_a_filing_is_no_mention_of_it(run) -> None:  # noqa: ANN001
    doc = run("对首次通过国家生成式人工智能服务备案的企业给予奖励,支持企业研发生成式人工智能应用。")
    assert [m.start for m in doc.mentions if m.kind is Kind.TECHNOLOGY] == [doc.text.rindex("生成式人工智能")]


@pytest.mark.parametrize(("text", "technologies"), [
    ("其微显示模组出货3万片,工程师佩戴AR眼镜巡检。", set()),  # named only as a device's kind
    ("公司推出硅基OLED微显示屏。", set()),  # nor the OLED it holds
    ("对研发VR头显的企业给予奖励,支持虚拟现实(VR)内容开发。", {"VR", "虚拟现实"}),  # named for itself elsewhere
    ("开展硅基OLED、光波导等近眼显示器件研发。", {"硅基OLED", "光波导", "近眼显示"}),  # after 等, a list's kind
])
def test_a_technology_named_only_as_a_devices_kind_is_none(run, text: str,  # noqa: ANN001
                                                           technologies: set[str]) -> None:
    assert {m.name for m in run(text).mentions if m.kind is Kind.TECHNOLOGY} == technologies


def test_我局_is_the_writer_whatever_follows_the_writers_name_elsewhere(run) -> None:  # noqa: ANN001
    doc = run("常州市工业和信息化局承办了产业大会,嘉宾300余人参会。2024年,我局兑现奖补资金6270万元。"
              "\n\n常州市工业和信息化局\n2025年1月10日\n")
    assert _subjects(doc) == {"300": "", "6270": "常州市工业和信息化局"}
