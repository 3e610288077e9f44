/** Indicator catalog: canonical ids with names, category, unit kind, direction and aliases. */
import type { Direction, Indicator, UnitKind } from '../domain/indicator.ts';

/**
 * How a figure relates to the alias: `growth` needs a growth word after the alias and a
 * percentage (地区生产总值增长7%); `rate` is a ratio named by the alias itself (研发投入强度2.6%);
 * `level` is an amount (进出口总额5911亿元); `any` takes whatever figure follows (节能减排).
 */
export type Measure = 'growth' | 'rate' | 'level' | 'any';

export interface CatalogIndicator extends Indicator {
  measure: Measure;
}

/** The ten headline ids of the gold convention, in its order. */
export const HEADLINE_IDS = [
  'gdp_growth',
  'industry_va_growth',
  'fai_growth',
  'retail_growth',
  'budget_revenue_growth',
  'income_growth',
  'rd_intensity',
  'trade_growth',
  'cpi_growth',
  'energy_emission',
] as const;

// id | zh | en | category | unitKind | direction | measure | aliases (space separated)
const TABLE = `
gdp_growth | 地区生产总值增长 | GDP growth | 经济运行 | percent | higher | growth | 地区生产总值 生产总值 GDP 经济总量
industry_va_growth | 规模以上工业增加值增长 | Industrial value added growth (above designated size) | 经济运行 | percent | higher | growth | 规模以上工业增加值 规上工业增加值 规模以上工业 规上工业
fai_growth | 固定资产投资增长 | Fixed-asset investment growth | 投资与项目 | percent | higher | growth | 固定资产投资 全社会固定资产投资 固投
retail_growth | 社会消费品零售总额增长 | Retail sales growth | 经济运行 | percent | higher | growth | 社会消费品零售总额 社消零 社零额 社会消费品零售额
budget_revenue_growth | 一般公共预算收入增长 | General public budget revenue growth | 财政 | percent | higher | growth | 一般公共预算收入 地方一般公共预算收入 地方财政一般公共预算收入 财政一般公共预算收入 地方财政收入 一般预算收入
income_growth | 居民人均可支配收入增长 | Per-capita disposable income growth | 民生 | percent | higher | growth | 居民人均可支配收入 城乡居民人均可支配收入 城镇居民人均可支配收入 农村居民人均可支配收入 人均可支配收入 城乡居民收入 居民收入
rd_intensity | 研发投入强度 | R&D intensity | 创新 | percent | higher | rate | 研究与试验发展经费投入强度 研究与试验发展经费支出占生产总值比重 研发投入强度 研发经费投入强度 R&D经费投入强度 全社会研发投入强度 研发强度 研发投入占GDP比重 研发投入占地区生产总值比重 研发投入占生产总值比重 研发经费投入占GDP比重 研发经费投入占地区生产总值比重 研发经费支出占GDP比重 研发经费支出占地区生产总值比重
trade_growth | 进出口总额增长 | Foreign trade growth | 经济运行 | percent | higher | growth | 进出口总额 外贸进出口总额 外贸进出口 进出口总值 货物进出口总额 进出口
cpi_growth | 居民消费价格涨幅 | CPI increase | 经济运行 | percent | lower | rate | 居民消费价格涨幅 居民消费价格指数 居民消费价格总水平 居民消费价格上涨 居民消费价格 CPI涨幅 物价涨幅 CPI
energy_emission | 节能减排降碳 | Energy saving and emission reduction | 生态 | text | lower | any | 节能减排 降碳 {单位,万元}{生产总值,地区生产总值,国内生产总值,GDP}{能耗,能源消耗,二氧化碳排放} 能耗强度 碳排放强度 主要污染物排放总量
gdp | 地区生产总值 | GDP | 经济运行 | money | higher | level | 地区生产总值 生产总值 GDP 经济总量
gdp_per_capita | 人均地区生产总值 | GDP per capita | 经济运行 | money | higher | level | 人均地区生产总值 人均生产总值 人均GDP
budget_revenue | 一般公共预算收入 | General public budget revenue | 财政 | money | higher | level | 一般公共预算收入 地方一般公共预算收入 地方财政一般公共预算收入
tax_revenue_share | 税收收入占比 | Tax share of budget revenue | 财政 | percent | higher | rate | 税收收入占一般公共预算收入比重 税收占比
livelihood_spending_share | 民生支出占比 | Livelihood share of spending | 财政 | percent | higher | rate | 民生支出占一般公共预算支出比重 民生支出占比
trade_total | 进出口总额 | Foreign trade | 经济运行 | money | higher | level | 进出口总额 外贸进出口总额 进出口总值
retail_total | 社会消费品零售总额 | Retail sales | 经济运行 | money | higher | level | 社会消费品零售总额 社消零
fdi | 实际利用外资 | Actually utilised foreign capital | 经济运行 | money | higher | level | 实际利用外资 实际使用外资 实际吸收外资 利用外资
industry_investment_growth | 工业投资增长 | Industrial investment growth | 投资与项目 | percent | higher | growth | 工业投资
tech_renovation_investment_growth | 技改投资增长 | Technical renovation investment growth | 投资与项目 | percent | higher | growth | 技改投资 工业技改投资 技术改造投资
key_projects_investment | 重点项目年度投资 | Key projects annual investment | 投资与项目 | money | higher | level | 重点项目年度完成投资 重点项目完成投资 重点项目投资
signed_investment | 招商引资签约额 | Signed investment | 投资与项目 | money | higher | level | 招商引资签约总额 签约总额 新签约项目投资总额
rd_spending | 研发投入 | R&D spending | 创新 | money | higher | level | 全社会研发投入 研发投入 研究与试验发展经费
high_tech_enterprises | 高新技术企业 | High-tech enterprises | 创新 | count | higher | level | 高新技术企业 高企
tech_smes | 科技型中小企业 | Tech-based SMEs | 创新 | count | higher | level | 科技型中小企业 科技型企业
specialised_smes | 专精特新企业 | Specialised and innovative SMEs | 产业 | count | higher | level | 专精特新企业 专精特新中小企业 专精特新小巨人企业
invention_patents | 万人发明专利拥有量 | Invention patents per 10k people | 创新 | count | higher | level | 万人高价值发明专利拥有量 万人发明专利拥有量 每万人口发明专利拥有量 每万人口高价值发明专利拥有量
rd_platforms | 研发平台 | R&D platforms | 创新 | count | higher | level | 研发平台 创新平台 创新引领型平台
high_level_talent | 高层次人才 | High-level talent | 人才 | count | higher | level | 高层次人才 高端人才 顶尖人才
skilled_talent | 技能人才 | Skilled workers | 人才 | count | higher | level | 技能人才 高技能人才
young_talent | 青年人才 | Young talent | 人才 | count | higher | level | 青年人才 大学生
market_entities | 市场主体 | Market entities | 经济运行 | count | higher | level | 市场主体
listed_companies | 上市公司 | Listed companies | 产业 | count | higher | level | 上市公司 上市挂牌公司 上市企业
four_above_enterprises | "四上"企业 | Enterprises above designated size | 产业 | count | higher | level | 四上企业 “四上”企业 入规工业企业
strategic_emerging_share | 战略性新兴产业占比 | Strategic emerging industries share | 产业 | percent | higher | rate | 战略性新兴产业占比 战略性新兴产业增加值占比
digital_economy_share | 数字经济占比 | Digital economy share of GDP | 产业 | percent | higher | rate | 数字经济增加值占生产总值 数字经济占比
urban_jobs | 城镇新增就业 | New urban jobs | 民生 | count | higher | level | 城镇新增就业 新增城镇就业
surveyed_unemployment | 城镇调查失业率 | Surveyed urban unemployment rate | 民生 | percent | lower | rate | 城镇调查失业率 调查失业率
registered_unemployment | 城镇登记失业率 | Registered urban unemployment rate | 民生 | percent | lower | rate | 城镇登记失业率 登记失业率
rural_labour_transfer | 农村劳动力转移就业 | Rural labour transfer | 民生 | count | higher | level | 农村劳动力转移就业
elderly_beds | 养老床位 | Elderly care beds | 民生 | count | higher | level | 养老床位 家庭养老床位
childcare_places | 托位 | Childcare places | 民生 | count | higher | level | 托位 托育位 托幼床位 每千人口拥有3岁以下婴幼儿托位数
new_schools | 新建改扩建学校 | New and expanded schools | 民生 | count | higher | level | 新建改扩建中小学 新建中小学 新建改扩建学校 新建幼儿园 公办幼儿园
hospital_beds_per_1000 | 每千人口床位数 | Hospital beds per 1000 people | 民生 | count | higher | level | 每千人拥有卫生机构床位数 每千人口医疗卫生机构床位数
affordable_housing | 保障性住房 | Affordable housing | 民生 | count | higher | level | 保障性租赁住房 公租房 棚户区改造 安置房 人才公寓
old_community_renovation | 老旧小区改造 | Old residential community renovation | 城市建设 | count | higher | level | 老旧小区改造
urbanization_rate | 城镇化率 | Urbanisation rate | 城市建设 | percent | higher | rate | 常住人口城镇化率 城镇化率
resident_population | 常住人口 | Resident population | 城市建设 | count | higher | level | 常住人口
built_up_area | 建成区面积 | Built-up area | 城市建设 | area | higher | level | 建成区面积
rail_transit | 轨道交通运营里程 | Rail transit length | 城市建设 | length | higher | level | 轨道交通运营里程 地铁运营里程 轨道交通
cargo_throughput | 货邮吞吐量 | Air cargo throughput | 城市建设 | mass | higher | level | 国际货邮吞吐量 货邮吞吐量 航空货邮吞吐量
china_europe_trains | 中欧班列开行 | China–Europe freight trains | 经济运行 | count | higher | level | 中欧班列
cross_border_ecommerce | 跨境电商交易额 | Cross-border e-commerce | 经济运行 | money | higher | level | 跨境电商交易额 跨境电商进出口
air_good_days | 空气优良天数 | Days of good air quality | 生态 | days | higher | level | 空气优良天数 优良天数 空气质量优良天数
good_air_ratio | 空气优良天数比例 | Share of good air days | 生态 | percent | higher | rate | 空气优良天数比例 优良天数比例 空气质量优良天数比例 优良天数比率
pm25 | PM2.5平均浓度 | PM2.5 concentration | 生态 | other | lower | level | PM2.5平均浓度 PM2.5浓度 细颗粒物平均浓度 细颗粒物浓度
forest_coverage | 森林覆盖率 | Forest coverage | 生态 | percent | higher | rate | 森林覆盖率
green_coverage | 建成区绿化覆盖率 | Built-up green coverage | 生态 | percent | higher | rate | 建成区绿化覆盖率 绿化覆盖率
park_green_per_capita | 人均公园绿地面积 | Park green space per capita | 生态 | area | higher | level | 人均公园绿地面积
new_green_space | 新增绿地 | New green space | 生态 | area | higher | level | 新增绿地 新建绿地
garbage_sorting | 生活垃圾分类覆盖率 | Waste sorting coverage | 生态 | percent | higher | rate | 生活垃圾分类覆盖率 垃圾分类覆盖率
sewage_treatment | 污水处理率 | Sewage treatment rate | 生态 | percent | higher | rate | 城市污水处理率 污水处理率 农村生活污水处理率 农村生活污水治理率
water_quality | 地表水达标率 | Surface water quality | 生态 | percent | higher | rate | 地表水达标率 国省控断面达标率 水质达标率 优良水体比例
pv_capacity | 光伏装机 | Solar PV capacity | 生态 | energy | higher | level | 光伏发电新增并网装机规模 光伏装机 光伏发电装机
hydrogen_stations | 加氢站 | Hydrogen refuelling stations | 生态 | count | higher | level | 加氢站
fuel_cell_vehicles | 氢燃料电池汽车 | Fuel-cell vehicles | 生态 | count | higher | level | 氢燃料电池汽车 燃料电池汽车
grain_output | 粮食产量 | Grain output | 产业 | mass | higher | level | 粮食总产量 粮食产量
grain_area | 粮食播种面积 | Grain sown area | 产业 | area | higher | level | 粮食播种面积 粮食种植面积
high_standard_farmland | 高标准农田 | High-standard farmland | 产业 | area | higher | level | 高标准农田
rural_collective_income | 村集体经济收入 | Village collective income | 民生 | money | higher | level | 村集体经营性收入 村集体经济收入 集体经营性收入
business_setup_time | 企业开办时间 | Business set-up time | 营商环境 | days | lower | level | 企业开办时间
`;

const UNIT_KINDS = new Set<UnitKind>([
  'percent',
  'points',
  'money',
  'count',
  'area',
  'length',
  'mass',
  'energy',
  'days',
  'text',
  'other',
]);
const DIRECTIONS = new Set<Direction>(['higher', 'lower', 'neutral']);
const MEASURES = new Set<Measure>(['growth', 'rate', 'level', 'any']);

function parseTable(table: string): CatalogIndicator[] {
  const out: CatalogIndicator[] = [];
  for (const line of table.split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    if (cells.length === 1 && !cells[0]) continue;
    if (cells.length !== 8) throw new Error(`indicator table: bad row ${line}`);
    const [id, zh, en, category, unitKind, direction, measure, aliases] = cells as [
      string,
      string,
      string,
      string,
      UnitKind,
      Direction,
      Measure,
      string,
    ];
    if (!UNIT_KINDS.has(unitKind) || !DIRECTIONS.has(direction) || !MEASURES.has(measure)) {
      throw new Error(`indicator table: bad kind, direction or measure in ${id}`);
    }
    out.push({
      id,
      zh,
      en,
      category,
      unitKind,
      direction,
      measure,
      aliases: aliases.split(' ').filter(Boolean).flatMap(expand),
    });
  }
  return out;
}

/**
 * An alias written with choices, {单位,万元}{生产总值,GDP}能耗, stands for every combination of them
 * (单位生产总值能耗, 单位GDP能耗, 万元生产总值能耗, 万元GDP能耗): an intensity is named per any unit of output.
 */
function expand(alias: string): string[] {
  const open = alias.indexOf('{');
  if (open < 0) return [alias];
  const close = alias.indexOf('}', open);
  const rest = expand(alias.slice(close + 1));
  return alias
    .slice(open + 1, close)
    .split(',')
    .flatMap((choice) => rest.map((r) => alias.slice(0, open) + choice + r));
}

export const INDICATORS: CatalogIndicator[] = parseTable(TABLE);

const BY_ID = new Map(INDICATORS.map((i) => [i.id, i]));

export function indicatorById(id: string): CatalogIndicator | undefined {
  return BY_ID.get(id);
}
