import { describe, expect, it } from 'vitest';
import { averagedPeriod, goalsCue, headingCue, leadCue } from './period.ts';
import { extract } from './index.ts';

describe('kind and period from headings', () => {
  it.each([
    ['三、2023年工作安排', 'target', '2023'],
    ['2023年 主要预期经济指标', 'target', '2023'],
    ['今后五年这样干', 'target', '2023-2027'],
    ['二、今后五年及2023年工作总体要求', 'target', '2023'],
    ['一、2022年工作回顾', 'actual', '2022'],
    ['过去五年工作回顾', 'actual', '2018-2022'],
    ['2022年 实现了经济发展稳中有进', 'actual', '2022'],
    ['今年着力抓好十项重点工作', 'target', '2023'],
    ['一、工作回顾', 'actual', '2022'],
    ['（三）主要任务', 'target', '2023'],
  ])('%s → %s %s', (h, kind, period) => {
    expect(headingCue(h, 2023)).toEqual({ kind, period });
  });

  it('says nothing for a heading without time words', () => {
    expect(headingCue('（二）高端引领助转型', 2023)).toBeNull();
    expect(headingCue('规划纲要（2021—2035年）', 2023)).toBeNull();
  });

  it("says nothing for a day's date standing as a line of its own (a bulletin's, under its issuer)", () => {
    expect(headingCue('2024年3月20日', 2024)).toBeNull();
    expect(headingCue('2024年3月工作安排', 2024)).toEqual({ kind: 'target', period: '2024' });
  });
});

describe('kind and period from lead-ins', () => {
  it.each([
    ['2018年以来，我们既经历了', 'actual', '2018-2022'],
    ['各位代表！2018年以来', 'actual', '2018-2022'],
    ['三年来，我们优化医疗资源布局', 'actual', '2020-2022'],
    ['一年来，全市经济运行稳中向好', 'actual', '2022'],
    ['“十三五”以来，民营经济贡献了', 'actual', '2016-2022'],
    ['过去一年，全省地区生产总值', 'actual', '2022'],
    ['会议指出，2022年，面对复杂严峻的宏观环境', 'actual', '2022'],
    ['2023年是全面贯彻落实党的二十大精神的开局之年', 'target', '2023'],
    ['会议明确，2023年全区主要预期目标为', 'target', '2023'],
    ['今后五年是国家中心城市现代化建设的关键时期', 'target', '2023-2027'],
    ['到2025年，数字经济核心产业增加值', 'target', '2025'],
    ['今年，经开区确定了地区生产总值增长8%', 'target', '2023'],
    // A meeting at the year's end before the year it plans: its 明年 is the document's year.
    ['会议强调，明年全区地区生产总值增长6%左右', 'target', '2023'],
    // Each kind of lead-in, by the character it opens with.
    ['党的十八大以来，全县城镇化率稳步提高', 'actual', '2013-2022'],
    ['近五年来，城市面貌持续改善', 'actual', '2018-2022'],
    ['10年来，全县粮食生产连年丰收', 'actual', '2013-2022'],
    ['过去五年，我们砥砺前行', 'actual', '2018-2022'],
    ['去年，全县新增市场主体', 'actual', '2022'],
    ['上一年，全区财政收入稳中有升', 'actual', '2022'],
    ['未来五年，全县将着力建设', 'target', '2023-2027'],
    ['自十四五以来，全区累计建成', 'actual', '2021-2022'],
    // A plan's whole period: its targets while it runs, its results once it is over.
    ['“十四五”期间，全县新增高新技术企业', 'target', '2021-2025'],
    ['“十三五”期间，全市生产总值', 'actual', '2016-2020'],
    ['今年以来，工业生产稳步回升', 'actual', '2023'],
    ['前三季度，全市规上工业增加值', 'actual', '2023'],
    ['上半年，全区进出口总额', 'actual', '2023'],
    ['目前，全县已建成5G基站', 'actual', '2022'],
    ['现有省级以上开发区6个', 'actual', '2022'],
    ['截至目前，全区累计培育', 'actual', '2022'],
    ['截至2022年底，全区累计建成', 'actual', '2022'],
  ])('%s → %s %s', (s, kind, period) => {
    expect(leadCue(s, 2023)).toEqual({ kind, period });
  });

  it.each(['前11个月，全盟规模以上', '1-11月，全市固定资产投资', '截至11月末，全盟金融机构'])(
    'reads the months so far (%s) as a news item’s year, and leaves a report’s to its section',
    (s) => {
      expect(leadCue(s, 2025, true)).toEqual({ kind: 'actual', period: '2025' });
      expect(leadCue(s, 2025)).toBeNull();
    },
  );

  it('ignores dates and ordinary sentences', () => {
    expect(leadCue('2022年12月28日，会议召开', 2023)).toBeNull();
    expect(leadCue('加快提振市场信心', 2023)).toBeNull();
  });

  it("reads a paragraph that opens by setting the goals as the year's targets", () => {
    expect(goalsCue('全区经济社会发展的主要预期目标是：地区生产总值增长6%', 2023)).toEqual({
      kind: 'target',
      period: '2023',
    });
    // Goals met, not set: no colon introduces them.
    expect(goalsCue('主要预期目标全面完成，地区生产总值增长5%', 2023)).toBeNull();
  });
});

describe('kind and period from a time written inside a sentence', () => {
  const facts = (text: string) =>
    extract(text).facts.map((f) => `${f.quote} ${f.kind} ${f.period}`);

  it('dates the figures after a past year to that year, in a target section too', () => {
    const text =
      '一、2023年主要预期目标\n地区生产总值增长7%以上。全市2022年地区生产总值增长4.1%，规上工业增长5%。';
    expect(facts(text)).toEqual(['7%以上 target 2023', '4.1% actual 2022', '5% actual 2022']);
  });

  it('reads 去年 as last year, and a year stops the reach of an earlier one', () => {
    const text = '二、2024年工作安排\n全市去年粮食产量达到12亿斤，2024年力争达到13亿斤。';
    expect(facts(text)).toEqual(['12亿斤 actual 2023', '13亿斤 target 2024']);
  });

  it('does not read a base of comparison or a horizon as the time of a figure', () => {
    const text =
      '一、2023年主要预期目标\n单位生产总值能耗比2020年下降13.5%，与2022年相比新增就业5万人，到2025年研发投入强度达到3%。';
    expect(facts(text)).toEqual(['13.5% target 2023', '5万人 target 2023', '3% target 2025']);
  });

  it('does not read the base of a change (由2017年的…, 从…) as the time of its figures', () => {
    const text =
      '2023年政府工作报告\n一、过去五年工作回顾\n五年来，地区生产总值由2017年的2755亿元增加到3109亿元，税收收入从2017年的120亿元增长到150亿元。';
    expect(facts(text)).toEqual([
      '2755亿元 actual 2018-2022',
      '3109亿元 actual 2018-2022',
      '120亿元 actual 2018-2022',
      '150亿元 actual 2018-2022',
    ]);
  });

  it('dates a news item’s figures for part of the year to the item’s year', () => {
    const text =
      '2023-04-21 10:30 来源：大河报\n记者从市统计局获悉，一季度，全市地区生产总值增长5.1%。全市1-3月社会消费品零售总额增长4.3%。去年全市生产总值增长4.1%。';
    expect(facts(text)).toEqual(['5.1% actual 2023', '4.3% actual 2023', '4.1% actual 2022']);
  });
});

describe('a figure averaged over years', () => {
  const at = (s: string, figure: string, period: string): string =>
    averagedPeriod(s, s.lastIndexOf('，') + 1, s.indexOf(figure), period);

  it("spans the years averaged up to the figure's own", () => {
    expect(at('2023年，生产总值增长5.2%，两年平均增长4.6%', '4.6', '2023')).toBe('2022-2023');
    expect(at('去年，税收收入增长3.1%，三年平均增速为5.1%', '5.1', '2023')).toBe('2021-2023');
  });

  it('leaves a yearly average of a span, a span and a clause without an average as they are', () => {
    expect(at('过去五年，生产总值年均增长6.2%', '6.2', '2022')).toBe('2022');
    expect(at('生产总值两年平均增长4.6%', '4.6', '2018-2022')).toBe('2018-2022');
    expect(at('2023年，人均生产总值达到4.3万元', '4.3', '2023')).toBe('2023');
  });
});
