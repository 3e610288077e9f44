import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extract, ENGINE_VERSION } from './index.ts';

const facts = (text: string) =>
  extract(text).facts.map((f) => [
    f.quote,
    f.value,
    f.unit,
    f.comparator,
    f.kind,
    f.period,
    f.indicator,
  ]);

describe('extract on report-like text', () => {
  const report = [
    '各位代表：',
    '一、2022年工作回顾',
    '过去一年，全市地区生产总值达到735.8亿元，增长4.5%。',
    '二、2023年工作安排',
    '2023年主要预期目标是：地区生产总值增长7%左右，居民人均可支配收入增长与经济增长同步，进出口总额保持正增长。',
    '（一）扩大有效投资。力争新签约项目不少于30个，新建20—30个精品村。',
  ].join('\n');

  it('reads actuals of the review and targets of the plan with their periods', () => {
    expect(facts(report)).toEqual([
      ['735.8亿元', 735.8, '亿元', '=', 'actual', '2022', 'gdp'],
      ['4.5%', 4.5, '%', '=', 'actual', '2022', 'gdp_growth'],
      ['7%左右', 7, '%', '~', 'target', '2023', 'gdp_growth'],
      [
        '居民人均可支配收入增长与经济增长同步',
        null,
        null,
        'text',
        'target',
        '2023',
        'income_growth',
      ],
      ['进出口总额保持正增长', 0, '%', '>', 'target', '2023', 'trade_growth'],
      ['不少于30个', 30, '个', '>=', 'target', '2023', null],
      ['20—30个', 20, '个', 'range', 'target', '2023', null],
    ]);
  });

  it('keeps the hedge word apart from the comparator', () => {
    const f = extract(report).facts.find((x) => x.value === 30);
    expect(f).toMatchObject({ hedge: '力争', comparator: '>=' });
  });

  it('shares the subject across a 、-list', () => {
    const f = extract('2023年是开局之年。力争培育市级“专精特新”企业15家、省级5家。').facts;
    expect(f[0]?.metric).toContain('市级“专精特新”企业');
    expect(f[1]?.metric).toBe('省级“专精特新”企业');
  });

  it('spreads 分别 over a list of indicators', () => {
    const f = extract(
      '2023年是开局之年。规模以上工业增加值、固定资产投资分别增长8%、10%左右。',
    ).facts;
    expect(f.map((x) => [x.indicator, x.value, x.comparator])).toEqual([
      ['industry_va_growth', 8, '='],
      ['fai_growth', 10, '~'],
    ]);
  });

  it('spreads 分别 after 三县 over the counties the paragraph gave figures of', () => {
    const f = extract(
      '临川市一季度经济运行情况\n安丰县生产总值86.3亿元；长宁县72.5亿元；西平县65.8亿元。三县规模以上工业增加值分别增长7.2%、6.5%和5.8%。',
    ).facts.slice(3);
    expect(f.map((x) => [x.entity, x.indicator, x.value])).toEqual([
      ['安丰县', 'industry_va_growth', 7.2],
      ['长宁县', 'industry_va_growth', 6.5],
      ['西平县', 'industry_va_growth', 5.8],
    ]);
    // A new paragraph counts afresh: its 三县 names none of them.
    const g = extract(
      '临川市一季度经济运行情况\n安丰县生产总值86.3亿元；长宁县72.5亿元；西平县65.8亿元。\n三县规模以上工业增加值分别增长7.2%、6.5%和5.8%。',
    ).facts.slice(3);
    expect(g.map((x) => x.entity)).toEqual(['临川市', '临川市', '临川市']);
  });

  it('spreads a second 分别 of a sentence over the places of the first', () => {
    const f = extract(
      '南昌、赣州两市生产总值分别增长5.9%和5.1%，一般公共预算收入分别增长3.2%和2.8%；全省社会消费品零售总额增长4.6%。',
    ).facts;
    expect(f.map((x) => [x.entity, x.indicator, x.value])).toEqual([
      ['南昌市', 'gdp_growth', 5.9],
      ['赣州市', 'gdp_growth', 5.1],
      ['南昌市', 'budget_revenue_growth', 3.2],
      ['赣州市', 'budget_revenue_growth', 2.8],
      ['江西省', 'retail_growth', 4.6],
    ]);
    // Only over places: 城镇 and 农村 are none.
    const g = extract(
      '临川市一季度经济运行情况\n城镇、农村居民人均可支配收入分别增长5.1%和6.3%，消费支出分别增长4.2%和3.8%。',
    ).facts;
    expect(g.slice(2).map((x) => [x.entity, x.metric])).toEqual([
      ['临川市', '消费支出增长'],
      ['临川市', '消费支出增长'],
    ]);
  });

  it('reads a 分别 list of places outside the gazetteer, and spreads a second 分别 over them', () => {
    const f = extract(
      '临川市一季度经济运行情况\n\n全市经济开局良好。桐溪县、柳岸县地区生产总值分别增长6.2%和5.8%，城镇居民人均可支配收入分别增长4.1%和4.5%。',
    ).facts;
    expect(f.map((x) => [x.entity, x.indicator, x.metric])).toEqual([
      ['桐溪县', 'gdp_growth', '地区生产总值增长'],
      ['柳岸县', 'gdp_growth', '地区生产总值增长'],
      ['桐溪县', 'income_growth', '城镇居民人均可支配收入增长'],
      ['柳岸县', 'income_growth', '城镇居民人均可支配收入增长'],
    ]);
  });

  it('reads places outside the gazetteer listed before any noun', () => {
    const f = extract(
      '临川市2024年经济运行情况\n\n全年经济平稳。桐溪县、柳岸县城镇居民人均可支配收入分别达到41280元和39870元；桐溪县、柳岸县粮食总产量分别为8.2亿斤和7.6亿斤。',
    ).facts;
    expect(f.map((x) => [x.entity, x.metric])).toEqual([
      ['桐溪县', '城镇居民人均可支配收入'],
      ['柳岸县', '城镇居民人均可支配收入'],
      ['桐溪县', '粮食总产量'],
      ['柳岸县', '粮食总产量'],
    ]);
    // A kind of zone (示范区) is no place.
    const g = extract(
      '临川市2024年经济运行情况\n\n桐溪县、柳岸示范区粮食总产量分别为8.2亿斤和7.6亿斤。',
    ).facts;
    expect(g.map((x) => x.entity)).toEqual(['临川市', '临川市']);
  });

  it("reads a bulletin's results as its year's, under the date it was issued on", () => {
    const f = extract(
      '安丰县2023年国民经济和社会发展统计公报\n\n安丰县统计局\n2024年3月20日\n\n一、综合\n\n全年全县地区生产总值比上年增长5.8%。',
    ).facts;
    expect(f.map((x) => [x.kind, x.period])).toEqual([['actual', '2023']]);
  });

  it("reads a year-end meeting's goals for next year (明年) as the planned year's targets", () => {
    const f = extract(
      '12月26日，中共安丰区委经济工作会议召开，安排部署2025年经济工作。\n会议指出，2024年，全区地区生产总值增长5.6%。\n会议强调，明年全区经济社会发展的主要预期目标是：地区生产总值增长6%左右。',
    ).facts;
    expect(f.map((x) => `${x.kind} ${x.period}`)).toEqual(['actual 2024', 'target 2025']);
  });

  it('dates a figure averaged over years to the years it spans', () => {
    const f = extract(
      '安丰县2024年政府工作报告\n2023年，全县地区生产总值增长5.2%，两年平均增长4.6%。',
    ).facts;
    expect(f.map((x) => x.period)).toEqual(['2023', '2022-2023']);
  });

  it('reads a goal set in a news item by its own words, after the results it opens with', () => {
    const f = extract(
      '来源：临川市统计局  发布时间：2024-10-28\n前三季度，全市生产总值增长5.2%。全年，全市将力争生产总值增长5.5%左右。',
    ).facts;
    expect(f.map((x) => [x.value, x.kind, x.period])).toEqual([
      [5.2, 'actual', '2024'],
      [5.5, 'target', '2024'],
    ]);
  });

  it('reads a period from a lead-in for its sentence only', () => {
    const f = extract('2023年是开局之年。三年来，疫苗接种覆盖1217.1万人。新增就业13万人。').facts;
    expect(f.map((x) => [x.kind, x.period])).toEqual([
      ['actual', '2020-2022'],
      ['target', '2023'],
    ]);
  });

  it('reads plan periods and horizons written in the text', () => {
    const text = [
      '一、“十三五”时期和2020年工作回顾',
      '“十三五”时期，全市地区生产总值年均增长7.2%。',
      '二、“十四五”时期主要目标',
      '“十四五”时期，地区生产总值年均增长6.5%左右，到2025年研发经费投入强度达到3%。',
      '三、2021年工作安排',
      '——城镇新增就业7万人；',
    ].join('\n');
    expect(extract(text).facts.map((x) => [x.value, x.kind, x.period, x.metric])).toEqual([
      [7.2, 'actual', '2016-2020', '地区生产总值年均增长'],
      [6.5, 'target', '2021-2025', '地区生产总值年均增长'],
      [3, 'target', '2025', '研发经费投入强度'],
      [7, 'target', '2021', '城镇新增就业'],
    ]);
  });

  it('gives offsets into the original text, through full-width and Markdown', () => {
    const text = '2023年是开局之年。地区生产总值**增长８％**，';
    const f = extract(text).facts[0]!;
    expect(f.quote).toBe('８％');
    expect(text.slice(f.start, f.end)).toBe(f.quote);
  });

  it('reads every sentence of a long paragraph, each figure in its own sentence', () => {
    const sentences = Array.from({ length: 70 }, (_, k) => `新建${k + 1}号厂房${k + 2}座。`);
    const text = `2023年是开局之年。\n${sentences.join('')}`;
    const facts = extract(text).facts;
    expect(facts.map((f) => f.value)).toEqual(sentences.map((_, k) => k + 2));
    for (const [k, f] of facts.entries())
      expect(text.slice(f.sentenceStart, f.sentenceEnd)).toBe(sentences[k]);
  });

  it("gives a new area's figures in its city's report the area, the next figure's too", () => {
    const text =
      '福州市2026年政府工作报告\n2025年，福州新区地区生产总值增长8.2%，规模以上工业增加值增长9.6%；全市地区生产总值增长5.8%。';
    expect(extract(text).facts.map((f) => f.entity)).toEqual(['福州新区', '福州新区', '福州市']);
  });

  it('returns the section path of every fact', () => {
    const f = extract(report).facts.at(-1)!;
    expect(f.section).toEqual(['二、2023年工作安排', '(一)扩大有效投资']);
  });

  it('leaves out counts of articles that name a policy, but not roads', () => {
    const f = extract(
      '2023年是开局之年。落实稳经济一揽子政策33条，出台支持民营经济政策措施20条，打通“断头路”50条。',
    ).facts;
    expect(f.map((x) => x.quote)).toEqual(['50条']);
  });

  it('exports a version string', () => {
    expect(ENGINE_VERSION).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe('properties', () => {
  const texty = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 200 }),
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc
      .array(
        fc.constantFrom(
          '1',
          '2',
          '0',
          '.',
          '万',
          '亿',
          '元',
          '%',
          '％',
          '、',
          '，',
          '。',
          '以上',
          '增长',
          '—',
          '-',
          '第',
          '年',
          '\n',
          '**',
          ' ',
          '（',
          '）',
          '“',
          '”',
          '百分之',
          '两',
          '个百分点',
          '2023年',
          '目标',
        ),
        { maxLength: 120 },
      )
      .map((a) => a.join('')),
  );

  it('never throws, keeps offsets in bounds and quote === slice', () => {
    fc.assert(
      fc.property(texty, (text) => {
        const ex = extract(text);
        for (const f of ex.facts) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeLessThanOrEqual(text.length);
          expect(f.start).toBeLessThanOrEqual(f.end);
          expect(f.quote).toBe(text.slice(f.start, f.end));
        }
      }),
      { numRuns: 400 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(texty, (text) => {
        expect(extract(text)).toEqual(extract(text));
      }),
      { numRuns: 100 },
    );
  });
});
