#include "io/DemoNames.h"

namespace sd::io::demo {

namespace {

template <typename T> const T& pick(DemoRandom& rng, const std::vector<T>& v)
{
    return v[static_cast<size_t>(rng.below(static_cast<std::int64_t>(v.size())))];
}

const std::vector<std::string_view> kSurnames
    = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马",   "朱",   "胡",
       "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯",   "邓",   "曹",
       "彭", "曾", "肖", "田", "董", "袁", "潘", "于", "蒋", "蔡", "余", "杜", "叶",   "程",   "苏",
       "魏", "吕", "丁", "任", "沈", "姚", "卢", "姜", "崔", "钟", "谭", "陆", "汪",   "范",   "金",
       "石", "廖", "贾", "夏", "韦", "方", "白", "邹", "孟", "熊", "秦", "邱", "欧阳", "司马", "上官"};

const std::vector<std::string_view> kGivenChars
    = {"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明",
       "超", "秀", "霞", "平", "刚", "桂", "英", "华", "文", "辉", "鑫", "婷", "宇", "浩", "凯", "欣",
       "怡", "晨", "阳", "佳", "琳", "雪", "梅", "斌", "鹏", "飞", "宁", "博", "瑞", "晓", "俊", "峰",
       "倩", "颖", "婧", "思", "雨", "子", "嘉", "一", "诗", "梓", "铭", "昊", "然", "泽", "轩", "萱",
       "涵", "彤", "悦", "航", "健", "亮", "志", "国", "建", "春", "海", "红", "玉", "兰", "云", "新"};

const std::vector<std::string_view> kEnglishFirst
    = {"David", "Emily",  "Michael", "Grace",  "Kevin",  "Linda",  "Jason",   "Amy",    "Eric",  "Cindy",
       "Tony",  "Vivian", "Frank",   "Helen",  "Peter",  "Sophia", "Leo",     "Iris",   "Alex",  "Cathy",
       "Jack",  "Nancy",  "Ryan",    "Tina",   "Steven", "Joyce",  "Vincent", "Cherry", "Allen", "Wendy",
       "Bruce", "Stella", "Daniel",  "Monica", "Henry",  "Olivia", "Sam",     "Rachel", "Ivan",  "Fiona"};

const std::vector<std::string_view> kPinyinSurnames
    = {"Wang", "Li",  "Zhang", "Liu", "Chen", "Yang",  "Huang", "Zhao", "Wu",   "Zhou", "Xu",   "Sun",  "Ma",  "Zhu",
       "Hu",   "Guo", "He",    "Lin", "Luo",  "Zheng", "Liang", "Xie",  "Tang", "Han",  "Feng", "Deng", "Cao", "Peng"};

// Two-character trade names (字号) of Chinese customers.
const std::vector<std::string_view> kBrands
    = {"华联", "鼎新", "恒通",   "宏达", "金桥", "永盛", "瑞丰", "东方",   "新世纪", "博远", "天成", "海纳", "中盛",
       "嘉和", "信达", "远航",   "汇通", "长江", "泰山", "鸿运", "万隆",   "凯旋",   "明辉", "启明", "德胜", "华美",
       "富源", "丰泰", "盛世",   "同仁", "正大", "联创", "兴业", "腾飞",   "安泰",   "百川", "卓越", "君诚", "星河",
       "银河", "宝丰", "国泰",   "利华", "康达", "伟业", "中天", "大地",   "青松",   "润泽", "聚源", "光明", "华夏",
       "和信", "诚泰", "立达",   "恒瑞", "久安", "华远", "三和", "四方",   "五洲",   "六合", "七星", "八方", "九州",
       "千禧", "万家", "创新",   "精诚", "宏图", "锦程", "祥瑞", "通达",   "新华",   "金鼎", "银泰", "昌盛", "兆丰",
       "福田", "隆基", "亿达",   "华信", "晨光", "曙光", "朝阳", "东升",   "西部",   "南方", "北辰", "中联", "海天",
       "云峰", "山河", "江南",   "蓝天", "绿源", "金穗", "华通", "龙腾",   "凤祥",   "麒麟", "鲲鹏", "瀚海", "致远",
       "志成", "弘毅", "明德",   "厚德", "载物", "卓信", "博雅", "睿智",   "众诚",   "合力", "共赢", "普惠", "益民",
       "惠民", "仁和", "佳美",   "美达", "美华", "雅居", "乐家", "好运",   "万福",   "永辉", "永安", "安达", "安捷",
       "捷达", "迅达", "飞达",   "奥克", "力拓", "恒信", "恒力", "恒丰",   "恒大",   "恒昌", "中远", "中原", "中兴",
       "中鼎", "华宇", "华通达", "金海", "金阳", "金石", "金源", "金谷",   "银丰",   "银座", "玉龙", "天宇", "天润",
       "天合", "天正", "天元",   "天华", "星辰", "新锐", "新源", "新纪元", "前程",   "鹏程", "远大", "宏远"};

struct IndustryDef
{
    std::string_view word; // in the Chinese name
    std::string_view industry; // the industry column
    std::string_view english; // in the English name
};

const std::vector<IndustryDef> kIndustries = {{"贸易", "批发零售", "Trading"},
                                              {"商贸", "批发零售", "Commerce"},
                                              {"物流", "物流运输", "Logistics"},
                                              {"供应链", "物流运输", "Supply Chain"},
                                              {"制药", "医药健康", "Pharmaceutical"},
                                              {"医疗器械", "医药健康", "Medical Devices"},
                                              {"电子", "电子制造", "Electronics"},
                                              {"精密机械", "装备制造", "Precision Machinery"},
                                              {"机电", "装备制造", "Mechatronics"},
                                              {"食品", "食品饮料", "Foods"},
                                              {"饮料", "食品饮料", "Beverages"},
                                              {"服饰", "纺织服装", "Apparel"},
                                              {"纺织", "纺织服装", "Textiles"},
                                              {"汽车零部件", "汽车", "Auto Parts"},
                                              {"新材料", "新材料", "Advanced Materials"},
                                              {"化工", "化工", "Chemicals"},
                                              {"包装", "包装印刷", "Packaging"},
                                              {"家居", "家居建材", "Home Furnishing"},
                                              {"建材", "家居建材", "Building Materials"},
                                              {"新能源", "能源", "New Energy"},
                                              {"信息技术", "信息技术", "Information Technology"},
                                              {"连锁超市", "批发零售", "Retail"}};

const std::vector<std::string_view> kChineseSuffix
    = {"有限公司", "有限公司", "有限公司", "股份有限公司", "集团有限公司"};

const std::vector<std::string_view> kEnglishBrands
    = {"Pacific Rim", "Sunrise",    "Blue Ocean", "Golden Gate", "Evergreen", "Northstar", "Silverline", "Red Maple",
       "Orient",      "Summit",     "Harbor",     "Jade River",  "Lotus",     "Phoenix",   "Crescent",   "Meridian",
       "Apex",        "Unity",      "Horizon",    "Pioneer",     "Crystal",   "Falcon",    "Granite",    "Ivory",
       "Keystone",    "Lighthouse", "Nova",       "Oakwood",     "Pinnacle",  "Riverside", "Sterling",   "Triton",
       "Vanguard",    "Westbridge", "Zenith",     "Atlas",       "Beacon",    "Cobalt",    "Delta",      "Eastwind",
       "Fortune",     "Greenfield", "Highland",   "Imperial",    "Juniper",   "Kingsway"};

const std::vector<std::string_view> kEnglishSuffix
    = {"Co., Ltd.", "Ltd.", "Limited", "Inc.", "Group", "Pte. Ltd.", "GmbH", "Holdings"};

const std::vector<std::string_view> kEnglishMiddle
    = {"Asia",    "Pacific", "Global", "International", "China",  "Eastern", "United",  "Advanced",
       "Smart",   "Prime",   "First",  "Royal",         "Modern", "Allied",  "General", "Continental",
       "Premier", "Coastal", "Metro",  "Star",          "Orient", "Trans",   "Union",   "Digital"};

const std::vector<std::vector<std::string_view>> kNotes = {
    // visit
    {"上门拜访，了解客户年度采购计划", "拜访采购部经理，确认需求范围", "现场调研仓库作业流程",
     "陪同区域经理拜访客户高层", "拜访客户，递交方案初稿", "例行客情维护拜访", "节日走访，送上公司礼品",
     "回访已上线项目，收集使用反馈", "拜访财务部，沟通回款安排", "客户提出\"交期太长\",需内部协调",
     "Visited the plant, met the IT director", "实地考察客户新厂区，评估扩产需求"},
    // call
    {"电话跟进报价反馈", "电话确认演示时间", "电话催收到期款项", "致电客户确认合同条款", "电话回访满意度",
     "电话沟通，客户预算本季度冻结", "跟进上次拜访遗留问题", "电话联系新对接人，重新建立关系",
     "Follow-up call on the quotation", "客户表示价格偏高，需再申请折扣"},
    // meeting
    {"与客户项目组召开需求评审会", "商务谈判会议，讨论付款方式", "季度业务回顾会（QBR）", "方案汇报会，客户高层出席",
     "三方会议：客户、实施方、我司", "合同条款逐条确认", "Kick-off meeting with the customer's project team",
     "讨论二期项目范围与预算"},
    // demo
    {"产品演示：WMS 核心功能", "线上演示 CRM 移动端", "现场 POC 测试", "演示 AGV 调度系统，客户反馈良好",
     "为客户 IT 部门做技术交流与演示", "Online demo for the regional team", "演示报表与看板功能"},
    // email
    {"发送报价单及产品资料", "邮件发送会议纪要", "发送合同草稿供法务审阅", "邮件提醒发票已开具", "发送节日问候",
     "Sent the revised proposal", "邮件确认交付计划", "发送对账单，请客户核对"}};

const std::vector<DemoRegionDef> kRegions
    = {{"EAST", "华东大区", {"上海", "杭州", "南京", "苏州", "宁波", "合肥", "无锡", "福州"}},
       {"SOUTH", "华南大区", {"广州", "深圳", "东莞", "佛山", "厦门", "南宁", "海口", "珠海"}},
       {"NORTH", "华北大区", {"北京", "天津", "济南", "青岛", "石家庄", "太原", "呼和浩特", "唐山"}},
       {"SW", "西南大区", {"成都", "重庆", "昆明", "贵阳", "绵阳", "宜宾", "遵义", "拉萨"}},
       {"CENTRAL", "华中大区", {"武汉", "长沙", "郑州", "南昌", "宜昌", "洛阳", "株洲", "襄阳"}},
       {"NW", "西北大区", {"西安", "兰州", "乌鲁木齐", "银川", "西宁", "宝鸡", "咸阳", "榆林"}},
       {"NE", "东北大区", {"沈阳", "大连", "长春", "哈尔滨", "鞍山", "吉林", "大庆", "营口"}},
       {"KA", "大客户部", {"北京", "上海", "深圳", "广州", "杭州", "成都", "武汉", "南京"}},
       {"INTL", "海外事业部", {"香港", "新加坡", "吉隆坡", "曼谷", "雅加达", "胡志明市", "迪拜", "悉尼"}, true},
       {"EAST2", "华东二区", {"温州", "常州", "南通", "嘉兴", "绍兴", "台州", "徐州", "扬州"}}};

const std::vector<DemoProductDef> kProducts = {{"智能仓储管理系统 WMS 标准版", "standard", 80000, 300000, 450, 600},
                                               {"运输管理系统 TMS 标准版", "standard", 60000, 250000, 450, 600},
                                               {"条码采集终端 PDA-X5", "standard", 20000, 180000, 250, 350},
                                               {"工业扫码枪 S200", "standard", 5000, 60000, 250, 350},
                                               {"电子标签打印机 L300", "standard", 8000, 80000, 220, 320},
                                               {"云ERP 进销存版（年度订阅）", "standard", 30000, 150000, 600, 750},
                                               {"客户关系管理 CRM 专业版", "standard", 40000, 200000, 550, 700},
                                               {"门店收银系统 POS", "standard", 15000, 120000, 300, 400},
                                               {"无线 AP 企业版", "standard", 10000, 90000, 200, 300},
                                               {"智能货架传感器套件", "standard", 30000, 200000, 300, 420},
                                               {"耗材包（标签、色带）", "standard", 2000, 30000, 150, 250},
                                               {"移动办公套件（年度订阅）", "standard", 10000, 80000, 650, 800},
                                               {"智能工厂 MES 整体解决方案", "strategic", 500000, 3000000, 350, 500},
                                               {"自动化立体仓库 AS/RS", "strategic", 1000000, 6000000, 250, 380},
                                               {"集团 ERP 企业版", "strategic", 600000, 4000000, 450, 600},
                                               {"数字孪生平台", "strategic", 400000, 2500000, 400, 550},
                                               {"AGV 搬运机器人系统", "strategic", 300000, 2000000, 280, 400},
                                               {"供应链控制塔", "strategic", 350000, 1800000, 450, 600},
                                               {"实施服务（人天）", "service", 20000, 300000, 350, 500},
                                               {"年度运维服务", "service", 15000, 200000, 550, 700},
                                               {"定制开发服务", "service", 50000, 500000, 300, 450},
                                               {"培训与认证服务", "service", 5000, 60000, 600, 750},
                                               {"数据迁移服务", "service", 10000, 120000, 400, 550},
                                               {"驻场技术支持", "service", 30000, 240000, 300, 420}};

const std::vector<std::string_view> kNumbers = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

} // namespace

const std::vector<DemoRegionDef>& demoRegions()
{
    return kRegions;
}
const std::vector<DemoProductDef>& demoProducts()
{
    return kProducts;
}

std::string_view teamNumber(int n)
{
    return kNumbers[static_cast<size_t>(n) % kNumbers.size()];
}

std::string personName(DemoRandom& rng)
{
    if (rng.chance(150))
        return std::string(pick(rng, kEnglishFirst)) + " " + std::string(pick(rng, kPinyinSurnames));
    std::string name(pick(rng, kSurnames));
    name += pick(rng, kGivenChars);
    if (rng.chance(700))
        name += pick(rng, kGivenChars);
    return name;
}

CompanyName companyName(DemoRandom& rng, std::string_view city, bool english)
{
    const IndustryDef& ind = pick(rng, kIndustries);
    CompanyName c;
    c.industry = ind.industry;
    if (english) {
        c.shortName = std::string(pick(rng, kEnglishBrands)) + " ";
        if (rng.chance(700))
            c.shortName += std::string(pick(rng, kEnglishMiddle)) + " ";
        c.shortName += ind.english;
        c.full = c.shortName + " " + std::string(pick(rng, kEnglishSuffix));
    } else {
        c.shortName = std::string(pick(rng, kBrands)) + std::string(ind.word);
        c.full = std::string(city) + c.shortName + std::string(pick(rng, kChineseSuffix));
    }
    return c;
}

std::string_view activityNote(DemoRandom& rng, int kind)
{
    return pick(rng, kNotes[static_cast<size_t>(kind)]);
}

} // namespace sd::io::demo
