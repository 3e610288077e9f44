/**
 * The general rules added after the held-out reports (shared/eval/heldout), each on a made-up
 * sentence of its own: places carried across clauses, lists joined by 和, topics (从…看), news
 * datelines, titles of places outside the gazetteer, lines wrapped by display width.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './index.ts';
import { detectEntity, detectYear } from './meta.ts';
import { normalize } from './normalize.ts';

const rows = (text: string) =>
  extract(text).facts.map((f) => [f.quote, f.entity, f.indicator, f.kind, f.period]);
/** Each fact's quote, metric and indicator. */
const metrics = (text: string) => extract(text).facts.map((f) => [f.quote, f.metric, f.indicator]);

describe('the place and subject of figures in a list of places', () => {
  it('carries a place to the clauses after it, up to a ；', () => {
    expect(
      rows(
        '2023年是开局之年。2022年，甲乙市实现生产总值100亿元，增长3%；丙丁市生产总值200亿元，增长4%。',
      ),
    ).toEqual([
      ['100亿元', '甲乙市', 'gdp', 'actual', '2022'],
      ['3%', '甲乙市', 'gdp_growth', 'actual', '2022'],
      ['200亿元', '丙丁市', 'gdp', 'actual', '2022'],
      ['4%', '丙丁市', 'gdp_growth', 'actual', '2022'],
    ]);
  });

  it('gives a place the subject a figure inherited, without the place that subject came with', () => {
    const f = extract(
      '2023年是开局之年。2022年，甲乙市实现生产总值100亿元，增长3%；丙丁市增长4%。',
    ).facts;
    expect(f.map((x) => [x.entity, x.metric])).toEqual([
      ['甲乙市', '生产总值'],
      ['甲乙市', '生产总值增长'],
      ['丙丁市', '生产总值增长'],
    ]);
  });

  it('gives a clause that names only a place the subject of the figure before it', () => {
    expect(
      rows(
        '前三季度各市经济运行情况\n2024-10-30 10:00 来源：某日报\n前三季度，开封市生产总值500亿元，增长5%；洛阳市600亿元，增长4%；南阳市增长3%。',
      ).map(([quote, entity, indicator]) => [quote, entity, indicator]),
    ).toEqual([
      ['500亿元', '开封市', 'gdp'],
      ['5%', '开封市', 'gdp_growth'],
      ['600亿元', '洛阳市', 'gdp'],
      ['4%', '洛阳市', 'gdp_growth'],
      ['3%', '南阳市', 'gdp_growth'],
    ]);
  });

  it('does the same for places outside the gazetteer, named right before their figure', () => {
    expect(
      rows(
        '前三季度各县经济运行情况\n2024-10-30 10:00 来源：某日报\n前三季度，甲乙县生产总值120.5亿元，增长5.1%；丙丁县98.2亿元，增长4.6%。',
      ).map(([quote, entity, indicator]) => [quote, entity, indicator]),
    ).toEqual([
      ['120.5亿元', '甲乙县', 'gdp'],
      ['5.1%', '甲乙县', 'gdp_growth'],
      ['98.2亿元', '丙丁县', 'gdp'],
      ['4.6%', '丙丁县', 'gdp_growth'],
    ]);
  });

  it('takes no place from words before a figure that end in a level word', () => {
    const text =
      '2023年是开局之年。2022年，全区新增试点县3个，覆盖全县12个乡镇，建成省级示范区3个，增速高于全省1.8个百分点，培育特色县5个。';
    expect(rows(text).map(([quote, entity]) => [quote, entity])).toEqual([
      ['3个', null],
      ['12个', null],
      ['3个', null],
      ['1.8个百分点', null],
      ['5个', null],
    ]);
  });

  it('gives a place with only a predicate the subject of the figure before it', () => {
    const f = extract('2023年是开局之年。2022年，甲乙市生产总值增长5%，丙丁市增长3.5%。').facts;
    expect(f.map((x) => [x.entity, x.indicator])).toEqual([
      ['甲乙市', 'gdp_growth'],
      ['丙丁市', 'gdp_growth'],
    ]);
  });

  it('reads the subject from a topic the sentence opens with', () => {
    const f = extract('2024年是关键之年。从地区生产总值增速目标看，甲乙省提出增长5%左右。').facts;
    expect(f.map((x) => [x.entity, x.indicator, x.comparator])).toEqual([
      ['甲乙省', 'gdp_growth', '~'],
    ]);
  });

  it('does not take a claim of being first for a subject', () => {
    expect(rows('2023年是开局之年。全省首创新模式，落实资金30亿元。')[0]?.[1]).toBeNull();
  });
});

describe('an average change after a figure (两年平均增长…)', () => {
  it('is a change of the subject before it, as one on a comparable basis is (同口径增长)', () => {
    expect(
      metrics('2024年是关键之年。2023年，一般公共预算收入完成23.5亿元，同口径增长8.2%。'),
    ).toEqual([
      ['23.5亿元', '一般公共预算收入', 'budget_revenue'],
      ['8.2%', '一般公共预算收入增长', 'budget_revenue_growth'],
    ]);
  });

  it('is a change of the subject before it', () => {
    expect(
      metrics('2024年是关键之年。2023年，全市地区生产总值增长5.3%，两年平均增长4.8%。'),
    ).toEqual([
      ['5.3%', '地区生产总值增长', 'gdp_growth'],
      ['4.8%', '地区生产总值平均增长', 'gdp_growth'],
    ]);
  });
});

describe('a figure that is a ratio to a base (为预算的…%)', () => {
  it('is the subject’s ratio, and the change after it is the subject’s own', () => {
    expect(
      metrics(
        '2024年是关键之年。2023年，一般公共预算收入完成86.4亿元，为预算的102.3%，增长7.2%；税收收入42亿元，为上年同期的98%。',
      ),
    ).toEqual([
      ['86.4亿元', '一般公共预算收入', 'budget_revenue'],
      ['102.3%', '一般公共预算收入为预算的比例', null],
      ['7.2%', '一般公共预算收入增长', 'budget_revenue_growth'],
      ['42亿元', '税收收入', null],
      ['98%', '税收收入为上年同期的比例', null],
    ]);
  });

  it('reads a ratio to a target reached the same way (完成年度目标的…%)', () => {
    expect(
      metrics(
        '2024年是关键之年。2023年，固定资产投资完成86亿元，完成年度目标的105%，同比增长12.3%。',
      ),
    ).toEqual([
      ['86亿元', '固定资产投资', null],
      ['105%', '固定资产投资完成年度目标的比例', null],
      ['12.3%', '固定资产投资增长', 'fai_growth'],
    ]);
  });
});

describe('figures joined by 和', () => {
  it('share the subject of the first', () => {
    const f = extract('2023年是开局之年。城乡居民人均可支配收入分别增长6%和7%。').facts;
    expect(f.map((x) => x.indicator)).toEqual(['income_growth', 'income_growth']);
  });
});

describe('a 分别 list carried to the next clause', () => {
  const metrics = (text: string): string[] => extract(text).facts.map((x) => x.metric);

  it('gives a second 分别 without subjects the subjects of the first, in order', () => {
    expect(
      metrics('2024年是关键之年。存贷款余额分别达到3200亿元和2700亿元，分别增长9.1%和7.4%。'),
    ).toEqual(['存款余额', '贷款余额', '存款余额增长', '贷款余额增长']);
  });

  it('keeps a 分别 that names its own subjects to them', () => {
    expect(
      metrics(
        '2024年是关键之年。粮食产量、油料产量分别为52万吨和3万吨，蔬菜产量、水果产量分别增长2%和5%。',
      ),
    ).toEqual(['粮食产量', '油料产量', '蔬菜产量增长', '水果产量增长']);
  });
});

describe('bare modifiers listed before the last subject of a 分别', () => {
  const rows = (text: string) => extract(text).facts.map((x) => [x.metric, x.indicator]);

  it("share the last subject's noun, carried to a second 分别", () => {
    expect(
      rows(
        '2024年是关键之年。城镇、农村居民人均可支配收入分别达到45000元和21000元，分别增长4.8%和6.9%。',
      ),
    ).toEqual([
      ['城镇居民人均可支配收入', null],
      ['农村居民人均可支配收入', null],
      ['城镇居民人均可支配收入增长', 'income_growth'],
      ['农村居民人均可支配收入增长', 'income_growth'],
    ]);
  });

  it('share it across more than two modifiers, and outside the catalog', () => {
    const metrics = (text: string) => extract(text).facts.map((x) => x.metric);
    expect(
      metrics('2024年是关键之年。国家级、省级、市级专精特新企业分别新增3家、12家和40家。'),
    ).toEqual(['国家级专精特新企业新增', '省级专精特新企业新增', '市级专精特新企业新增']);
    expect(metrics('2024年是关键之年。城镇、农村公厕分别新建30座和120座。')).toEqual([
      '城镇公厕新建',
      '农村公厕新建',
    ]);
    expect(metrics('2024年是关键之年。城镇居民、农村居民人均可支配收入分别增长5%和7%。')).toEqual([
      '城镇居民人均可支配收入增长',
      '农村居民人均可支配收入增长',
    ]);
  });

  it('do not when the items are not scope modifiers', () => {
    const metrics = (text: string) => extract(text).facts.map((x) => x.metric);
    expect(metrics('2024年是关键之年。出口、实际利用外资分别增长8%和5%。')).toEqual([
      '出口增长',
      '实际利用外资增长',
    ]);
    expect(metrics('2024年是关键之年。工业、服务业增加值分别增长6%和5%。')).toEqual([
      '工业增长',
      '服务业增加值增长',
    ]);
    expect(metrics('2024年是关键之年。工业投资、城镇固定资产投资分别增长6%和5%。')).toEqual([
      '工业投资增长',
      '城镇固定资产投资增长',
    ]);
  });
});

describe('a clause that names another scope of the subject before it (，省级5家)', () => {
  const rows = (text: string) => extract(text).facts.map((x) => [x.quote, x.metric, x.indicator]);

  it('takes the rest of that subject, the part it leaves out filled in', () => {
    expect(rows('2024年是关键之年。新培育市级专精特新企业20家，省级8家。')).toEqual([
      ['20家', '新培育市级专精特新企业', 'specialised_smes'],
      ['8家', '省级专精特新企业', 'specialised_smes'],
    ]);
    expect(rows('2024年是关键之年。城镇居民人均可支配收入增长4.5%，农村居民增长6.5%。')[1]).toEqual(
      ['6.5%', '农村居民人均可支配收入增长', 'income_growth'],
    );
  });

  it('fills in a scope of another kind too (城市…，县级)', () => {
    expect(rows('2024年是关键之年。城市生活垃圾无害化处理率达到100%，县级98%。')[1]?.[1]).toBe(
      '县级生活垃圾无害化处理率',
    );
  });

  it('keeps a clause that names a thing of its own', () => {
    const metrics = (text: string) => extract(text).facts.map((x) => x.metric);
    expect(metrics('2024年是关键之年。城镇新增就业5万人，农村劳动力转移就业3万人。')).toEqual([
      '城镇新增就业',
      '农村劳动力转移就业',
    ]);
    expect(metrics('2024年是关键之年。实施市级重点项目10个，城镇老旧小区改造30个。')[1]).toBe(
      '城镇老旧小区改造',
    );
    expect(metrics('2024年是关键之年。实施市级重点项目10个，省级重点项目3个。')[1]).toBe(
      '省级重点项目',
    );
    expect(metrics('2024年是关键之年。城镇新增就业岗位5万个，农村新增培训3万人。')[1]).toBe(
      '农村新增培训',
    );
  });
});

describe('places named short and counted (开封、洛阳两市…分别突破…和…)', () => {
  it('are the places by their full names, and the prefix of the first figure holds for both', () => {
    const f = extract(
      '2024年是关键之年。去年，开封、洛阳两市生产总值分别突破3000亿元和5000亿元。',
    ).facts;
    expect(f.map((x) => [x.quote, x.entity, x.indicator, x.comparator])).toEqual([
      ['突破3000亿元', '开封市', 'gdp', '>'],
      ['5000亿元', '洛阳市', 'gdp', '>'],
    ]);
  });

  it('keeps a suffix with its own figure', () => {
    const f = extract('2024年是关键之年。城镇、农村覆盖率分别达到80%以上和60%。').facts;
    expect(f.map((x) => x.comparator)).toEqual(['>=', '=']);
  });
});

describe('a clause that is only a duration (连续五年稳定在…)', () => {
  it('measures the subject of the clause before it', () => {
    expect(
      metrics('2023年是开局之年。去年粮食总产量达到9.1亿斤，连续三年稳定在9亿斤以上。'),
    ).toEqual([
      ['9.1亿斤', '粮食总产量', 'grain_output'],
      ['9亿斤以上', '粮食总产量', 'grain_output'],
    ]);
  });
});

describe('a clause that is only the base of a change (由2017年的…)', () => {
  it('measures the subject of the clause before it', () => {
    expect(
      metrics(
        '2023年是开局之年。五年来，全市一般公共预算收入年均增长6%，由2017年的180亿元增加到2022年的240亿元。',
      ),
    ).toEqual([
      ['6%', '一般公共预算收入年均增长', 'budget_revenue_growth'],
      ['180亿元', '一般公共预算收入', 'budget_revenue'],
      ['240亿元', '一般公共预算收入', 'budget_revenue'],
    ]);
  });
});

describe('a count right after a threshold (10亿元以上项目不少于4个)', () => {
  const rows = (text: string) => extract(text).facts.map((x) => [x.quote, x.metric]);

  it("counts the threshold's class, of what the threshold's clause names", () => {
    expect(rows('2024年是关键之年。新引进5亿元以上项目8个，其中20亿元以上项目2个。')).toEqual([
      ['5亿元以上', '新引进'],
      ['8个', '新引进5亿元以上项目'],
      ['20亿元以上', '其中'],
      ['2个', '20亿元以上项目'],
    ]);
    expect(rows('2024年是关键之年。新开工项目中50亿元以上项目不少于3个。')[1]).toEqual([
      '不少于3个',
      '新开工50亿元以上项目',
    ]);
  });

  it('leaves a count after an amount that bounds nothing as it was', () => {
    expect(rows('2024年是关键之年。完成投资5亿元，项目8个。')[1]).toEqual(['8个', '项目']);
  });
});

describe('约 inside a word (签约, 节约)', () => {
  it('is no "about" before the figure nor the end of the metric', () => {
    const f = extract('2024年是关键之年。全年签约30亿元，节约12%。').facts;
    expect(f.map((x) => [x.quote, x.comparator, x.metric])).toEqual([
      ['30亿元', '=', '签约'],
      ['12%', '=', '节约'],
    ]);
    expect(extract('2024年是关键之年。总投资约30亿元。').facts[0]?.comparator).toBe('~');
  });
});

describe('a verb of change that leads to the new level', () => {
  it.each([
    ['细颗粒物年均浓度降至29微克/立方米', '细颗粒物年均浓度'],
    ['单位工业增加值用水量下降到18立方米', '单位工业增加值用水量'],
    ['审批时限压缩至3个工作日', '审批时限'],
    ['森林覆盖率上升到41.5%', '森林覆盖率'],
  ])('is no part of the metric: %s', (clause, metric) => {
    expect(extract(`2024年是关键之年。${clause}。`).facts[0]?.metric).toBe(metric);
  });
});

describe('document meta from datelines and titles', () => {
  it('reads no zone name across a date (2023年经开区 is 经开区, of no city it names)', () => {
    const text =
      '2023年经开区政府工作报告摘编\n【经济运行】2022年，经开区完成地区生产总值1020亿元，增长5.5%。';
    expect(detectEntity(text)).toBeNull();
  });

  it('reads the place of a party committee that holds the meeting (安丰区委经济工作会议)', () => {
    const text =
      '中共安丰区委经济工作会议召开\n12月20日，中共安丰区委经济工作会议召开。会议指出，全区地区生产总值增长6%。';
    expect(detectEntity(text)).toBe('安丰区');
  });

  it('reads the year of a news item from its dateline', () => {
    expect(detectYear('各地数据出炉\n2023-02-01 08:30 来源:某报\n2022年,全省增长3%。2022年…')).toBe(
      2023,
    );
  });

  it('reads the year of a report from its congress dateline', () => {
    expect(
      detectYear(
        '工作报告\n——2023年1月10日在某县第十八届人民代表大会第二次会议上\n一、2022年工作回顾\n2022年,…',
      ),
    ).toBe(2023);
  });

  it('reads a county outside the gazetteer from a dated report title', () => {
    expect(detectEntity('甲乙县2023年政府工作报告\n各位代表:\n全县增长5%。')).toBe('甲乙县');
  });

  it('gives a news item on many provinces their parent', () => {
    expect(detectEntity('河北省增长5%,山西省增长5%,辽宁省增长5%。')).toBe('全国');
  });
});

describe('lines wrapped by display width', () => {
  it('joins a PDF line whose digits are half a character wide', () => {
    const line = (s: string) => s;
    const text = [
      line(
        '二、工作回顾与今后一年的安排，全县地区生产总值增长4.6%，一般公共预算收入完成68.5亿元，同比',
      ),
      line('下降1.2%，主要受留抵退税政策影响，规模以上工业增加值增长7.3%，高新技术产业增加'),
      line('值占规上工业增加值比重提高2.4个百分点，全年新增城镇就业8600人，新建基站426个，'),
      line('今年全县发展的主要预期目标是：地区生产总值增长7.5%左右，一般公共预算收'),
      line('入增长5%，社会消费品零售总额增长8%。'),
    ].join('\n');
    expect(normalize(text).text).toContain('一般公共预算收入增长5%');
  });
});

describe('a news item listing places under one 分别', () => {
  it('gives each place its own figure, with the noun named after the last place', () => {
    const f = extract(
      '前三季度各市经济运行情况\n2024-10-30 10:00 来源：某日报\n前三季度，开封市、洛阳市、南阳市生产总值分别增长5.9%、5.2%和4.8%。',
    ).facts;
    expect(f.map((x) => [x.entity, x.metric, x.indicator, x.value])).toEqual([
      ['开封市', '生产总值增长', 'gdp_growth', 5.9],
      ['洛阳市', '生产总值增长', 'gdp_growth', 5.2],
      ['南阳市', '生产总值增长', 'gdp_growth', 4.8],
    ]);
  });
});

describe("a news item's lead-in before its time", () => {
  it.each([
    '记者从市统计局获悉，上半年，全市地区生产总值增长5.4%。',
    '据市统计局消息，上半年，全市地区生产总值增长5.4%。',
    '本报讯（记者 周平）上半年，全市地区生产总值增长5.4%。',
  ])('lets the time lead the paragraph: %s', (lead) => {
    const f = extract(
      `全市经济运行情况\n2024-07-28 10:00 来源：某日报\n${lead}全市固定资产投资增长6.2%。`,
    ).facts;
    expect(f.map((x) => [x.kind, x.period])).toEqual([
      ['actual', '2024'],
      ['actual', '2024'],
    ]);
  });
});

describe('a budget’s figures (预计完成, 预期增长, 安排)', () => {
  it('are named by the budget line, not by the estimate or the allotment', () => {
    expect(
      metrics(
        '2026年是开局之年。2025年，全区一般公共预算收入预计完成36.8亿元，增长4.2%。2026年，一般公共预算收入预期增长4%，安排38.3亿元；一般公共预算支出安排54亿元，增长2.7%。',
      ),
    ).toEqual([
      ['36.8亿元', '一般公共预算收入', 'budget_revenue'],
      ['4.2%', '一般公共预算收入增长', 'budget_revenue_growth'],
      ['4%', '一般公共预算收入增长', 'budget_revenue_growth'],
      ['38.3亿元', '一般公共预算收入', 'budget_revenue'],
      ['54亿元', '一般公共预算支出', null],
      ['2.7%', '一般公共预算支出增长', null],
    ]);
  });
});

describe('a township’s report (镇, 乡, 街道)', () => {
  it('is the township’s, which speaks of itself as 全镇', () => {
    const ex = extract(
      '柳泉镇2026年政府工作报告\n——2026年1月5日在柳泉镇第十八届人民代表大会第六次会议上\n各位代表：\n一、2025年工作回顾\n过去一年，在区委、区政府的坚强领导下，全镇完成一般公共预算收入2.36亿元，增长5.1%。',
    );
    expect(ex.meta.entity).toBe('柳泉镇');
    expect(ex.facts.map((f) => [f.quote, f.entity, f.metric])).toEqual([
      ['2.36亿元', '柳泉镇', '一般公共预算收入'],
      ['5.1%', '柳泉镇', '一般公共预算收入增长'],
    ]);
  });
});

describe('a count’s noun opening the clause of the figure after it', () => {
  it('is what that figure measures when the rest of the clause names nothing (全部)', () => {
    expect(
      metrics('2026年是开局之年。2025年，全镇12个行政村集体经济收入全部超过50万元。')[1],
    ).toEqual(['超过50万元', '行政村集体经济收入', 'rural_collective_income']);
  });
});

describe('townships named in a county’s text (柳泉镇, 大王庄乡, 城关街道)', () => {
  const entities = (text: string) => extract(text).facts.map((f) => [f.quote, f.entity]);

  it('are the places of the figures their names open, carried along the sentence', () => {
    expect(
      entities(
        '青溪县前三季度各乡镇经济运行情况\n来源：青溪县统计局  发布时间：2025-10-28\n前三季度，柳泉镇、城关街道地区生产总值分别增长6.8%和4.9%。大王庄乡规上工业总产值12.3亿元，下降2.4%。',
      ),
    ).toEqual([
      ['6.8%', '柳泉镇'],
      ['4.9%', '城关街道'],
      ['12.3亿元', '大王庄乡'],
      ['2.4%', '大王庄乡'],
    ]);
  });

  it('are not read in the common words their level words close (城镇, 城乡, 特色小镇)', () => {
    const ex = extract(
      '青溪县2025年政府工作报告\n各位代表：\n一、2024年工作回顾\n新型城镇增长3%，城乡居民人均可支配收入增长5.1%，特色小镇实现营业收入8亿元。',
    );
    expect(ex.facts.map((f) => [f.entity, f.metric])).toEqual([
      ['青溪县', '新型城镇增长'],
      ['青溪县', '城乡居民人均可支配收入增长'],
      ['青溪县', '特色小镇实现营业收入'],
    ]);
  });
});

describe('a news item on a league’s banners (盟, 旗)', () => {
  it('reads its months so far as its year, and gives each banner of a 分别 list its figure', () => {
    const ex = extract(
      '锡林郭勒盟前11个月经济运行稳中向好\n来源：锡林郭勒盟统计局  发布时间：2025-12-16\n前11个月，全盟规模以上工业增加值同比增长8.3%。\n分旗县看，西乌珠穆沁旗、正蓝旗规模以上工业增加值分别增长12.6%和9.4%。',
    );
    expect(ex.meta.entity).toBe('锡林郭勒盟');
    expect(ex.facts.map((f) => [f.quote, f.entity, f.indicator, f.period])).toEqual([
      ['8.3%', '锡林郭勒盟', 'industry_va_growth', '2025'],
      ['12.6%', '西乌珠穆沁旗', 'industry_va_growth', '2025'],
      ['9.4%', '正蓝旗', 'industry_va_growth', '2025'],
    ]);
  });

  it('reads the months so far inside a sentence, and a long banner’s name opening a subject', () => {
    const ex = extract(
      '锡林郭勒盟经济运行情况\n来源：锡林郭勒盟统计局  发布时间：2025-12-16\n据统计，全盟前11个月规模以上工业增加值同比增长8.3%，西乌珠穆沁旗规模以上工业增加值增长12.6%；科尔沁右翼前旗增长9%。',
    );
    expect(ex.facts.map((f) => [f.quote, f.entity, f.period])).toEqual([
      ['8.3%', '锡林郭勒盟', '2025'],
      ['12.6%', '西乌珠穆沁旗', '2025'],
      ['9%', '科尔沁右翼前旗', '2025'],
    ]);
  });
});
