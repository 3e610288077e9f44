import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  detectMeta,
  detectType,
  detectYear,
  selfLevels,
  yearMentions,
  zoneMentions,
} from './meta.ts';

describe('document entity from the text', () => {
  it('expands a district named by its short form (二七 → 二七区)', () => {
    const text =
      '奋力开启高质量建设现代化美好二七新征程，为郑州国家中心城市建设贡献力量。全区上下选择二七、投资二七、深耕二七。';
    expect(detectMeta(text).entity).toBe('二七区');
  });

  it('prefers the organiser of a meeting over its city (管城区 → 管城回族区)', () => {
    const text =
      '12月28日,中国共产党郑州市管城回族区第十二届委员会第四次全体会议召开。全市“四挂钩”综合考核中管城区跃居前列,郑州市、郑州都市圈。';
    expect(detectMeta(text).entity).toBe('管城回族区');
  });

  it('expands a development zone abbreviation against its city (经开区)', () => {
    const text = '1月9日,郑州经开区召开经济工作会议。经开区是郑州市经济增长重要承载区,全区上下。';
    expect(detectMeta(text).entity).toBe('郑州经济技术开发区');
  });

  it('keeps a city that names its districts only in passing', () => {
    const text = '郑州市第十六届人民代表大会。全市上下,郑州发展,二七广场改造,郑州都市圈,郑州。';
    expect(detectMeta(text).entity).toBe('郑州市');
  });

  it('reads a province from its congress', () => {
    expect(detectMeta('湖北省第十三届人民代表大会第五次会议。全省上下。').entity).toBe('湖北省');
  });

  it('reads a place outside the gazetteer from its congress', () => {
    const text = '长垣市第十五届人民代表大会第三次会议\n各位代表：全市上下，新乡市、河南省。';
    expect(detectMeta(text).entity).toBe('长垣市');
  });

  it.each([
    ['2019年安丰县政府工作报告\n2018年全县地区生产总值增长7%。', '安丰县'],
    ['安丰县2023年政府工作报告\n各位代表：全县上下。', '安丰县'],
    ['临江市双湖区人民政府2023年政府工作报告\n全区上下。', '双湖区'],
    ['关于长宁县2022年国民经济和社会发展计划执行情况与2023年计划草案的报告\n全县上下。', '长宁县'],
    ['乌拉特前旗2023年政府工作报告\n全旗上下。', '乌拉特前旗'],
    ['长阳土家族自治县人民政府2023年政府工作报告\n全县上下。', '长阳土家族自治县'],
    ['2021年林荣市政府工作报告\n在松原市委、市政府的坚强领导下，全市上下。', '林荣市'],
    ['临川市一季度县域经济运行简况\n分县看，安丰县增长6.1%，长宁县增长5.4%。', '临川市'],
    ['安丰县前11个月经济运行情况\n前11个月，全县规上工业增加值增长6%。', '安丰县'],
  ])('reads a place outside the gazetteer from a title without its date: %s', (text, entity) => {
    expect(detectMeta(text).entity).toBe(entity);
  });

  it('returns null when the text names no place', () => {
    expect(detectMeta('全市经济运行稳中向好。').entity).toBeNull();
  });

  it('reads a new area named after its city as the new area, not the city (兰州新区)', () => {
    const report = [
      '在兰州新区2026年经济工作会议上的报告',
      '在省委省政府和兰州市委市政府的坚强领导下，新区地区生产总值增长9.8%。',
      '兰州新区规模以上工业增加值增长14.2%。',
    ].join('\n');
    expect(detectMeta(report).entity).toBe('兰州新区');
    // Counted as the new area wherever the text names it, with no title to say so.
    const body = '兰州新区地区生产总值增长9.8%。兰州新区规模以上工业增加值增长14.2%。兰州市委提出…';
    expect(detectMeta(body).entity).toBe('兰州新区');
    // The city's own report that names its new area in passing is still the city's.
    const city =
      '兰州市2026年政府工作报告\n兰州市地区生产总值增长6%，兰州新区增长9.8%。全市…兰州市…';
    expect(detectMeta(city).entity).toBe('兰州市');
  });
});

describe('document year and type', () => {
  it('reads a report given at an economic work meeting by its opening, and only there', () => {
    expect(detectType('在兰州新区2026年经济工作会议上的报告\n——2026年1月12日\n同志们：')).toBe(
      '经济工作会议',
    );
    // A government work report that speaks of such a meeting past its opening stays one.
    const report = `青川县人民政府工作报告\n${'各位代表：'.padEnd(400, '。')}在县委经济工作会议上，县委提出…`;
    expect(detectType(report)).toBe('政府工作报告');
  });

  it.each([
    ['2023年是全面贯彻落实党的二十大精神的开局之年', 2023],
    ['会议安排部署2024年经济工作', 2024],
    ['认真谋划2024年经济工作', 2024],
    ['扎实做好2025年政府工作', 2025],
    ['2024年的重点工作任务', 2024],
    ['2023年的发展目标', 2023],
    ['——2023年1月9日在县第十五届人民代表大会第二次会议上', 2023],
    ['2022年主要预期目标是：地区生产总值增长7%', 2022],
    ['回顾2021年,2021年,展望', 2021],
    ['2019年安丰县政府工作报告\n2018年全县地区生产总值增长7%', 2019],
    ['市场监管局召开2024年全市经济工作会议', 2024],
    ['为2025年加快发展打下基础', 2025],
    // A year's statistical bulletin is issued the year after: its figures are that year's results.
    ['安丰县2023年国民经济和社会发展统计公报\n2023年全县地区生产总值增长5%', 2024],
    ['正文提到2023年统计公报显示，2023年全县增长5%', 2023],
    // A publication line starts a line; the same date inside a line is no dateline.
    ['农业新闻\n  2024-01-05 08:30\n2023年粮食产量增长3%', 2024],
    ['据报道    2024-01-05 08:30发布，2023年粮食产量增长3%', null],
    // …or after its label, on the line of the source.
    ['一季度经济运行情况\n来源：省统计局  发布时间：2024-04-18\n一季度全省增长5.8%', 2024],
    ['会议纪要\n日期：2024年1月5日\n全年增长5%', 2024],
    ['没有年份', null],
  ])('%s → %s', (text, year) => {
    expect(detectYear(text)).toBe(year);
  });

  it.each([
    ['政府工作报告摘编\n把各项事业推向更高台阶', '政府工作报告摘编'],
    ['各位代表：现在，我代表市人民政府，向大会报告工作', '政府工作报告'],
    ['政府工作的总体要求是:以习近平新时代中国特色社会主义思想为指导', '政府工作报告'],
    ['做好政府各项工作，要坚持稳中求进', '政府工作报告'],
    ['总体要求是稳字当头', null],
    ['12月28日，区委召开经济工作会议。会议听取了政府工作报告', '经济工作会议'],
    ['1月9日,郑州经开区召开经济工作会议,总结2022年经济工作', '经济工作会议'],
    ['本报讯（记者 张明）市统计局发布数据', '新闻'],
    // A budget's or a plan's report to the deputies is none of the types, as its title says.
    ['关于安丰区2025年预算执行情况和2026年预算草案的报告\n各位代表：', null],
    ['关于2022年国民经济和社会发展计划执行情况与2023年计划草案的报告（摘要）\n各位代表：', null],
    ['安丰县2024年政府工作报告\n各位代表：今年计划完成的工作，我向大会报告如下', '政府工作报告'],
  ])('%s → %s', (text, type) => {
    expect(detectType(text)).toBe(type);
  });
});

describe('the scans meta detection reads at offsets another pass found', () => {
  /** Strings over the characters the scans look at, and others. */
  const text = (chars: string) =>
    fc.array(fc.constantFrom(...chars), { maxLength: 60 }).map((a) => a.join(''));
  /** Every offset, some twice: the scans must pass over what they do not need. */
  const everyOffset = (s: string): number[] => [...s].flatMap((_, i) => (i % 3 ? [i] : [i, i]));

  const SELF_WORDS: Record<string, string> = {
    city: '全市 市委 市政府 我市 本市 市人大 市政协',
    district: '全区 区委 区政府 我区 本区 区人大 区政协 党工委 管委会',
    province: '全省 省委 省政府 我省 本省',
    county: '全县 县委 县政府 我县 本县',
  };
  const levelOf = new Map(
    Object.entries(SELF_WORDS).flatMap(([level, words]) => words.split(' ').map((w) => [w, level])),
  );
  const selfWordsRe = new RegExp([...levelOf.keys()].join('|'), 'g');
  /** What a left-to-right regex over the self-references counts. */
  function countedByRegex(s: string): Record<string, number> {
    const out: Record<string, number> = { city: 0, district: 0, province: 0, county: 0 };
    for (const m of s.matchAll(selfWordsRe)) out[levelOf.get(m[0]) as string]! += 1;
    return out;
  }

  it('counts self-references by level as a regex over the words would, overlaps included', () => {
    expect(
      selfLevels(
        '全市委员会，区人大和县政府，本省党工委管委会',
        everyOffset('全市委员会，区人大和县政府，本省党工委管委会'),
      ),
    ).toEqual({
      city: 1,
      district: 3,
      province: 1,
      county: 1,
    });
    fc.assert(
      fc.property(text('全我本市区省县委政府人大协党工管会乡x'), (s) => {
        expect(selfLevels(s, everyOffset(s))).toEqual(countedByRegex(s));
      }),
    );
  });

  it('finds the zone abbreviations 经开区 and 高新区 from the level words alone', () => {
    expect(
      zoneMentions('郑州经开区、高新区和经开区区', everyOffset('郑州经开区、高新区和经开区区')),
    ).toEqual([2, 6, 10]);
    fc.assert(
      fc.property(text('经开高新区市 '), (s) => {
        const bySearch = [...s.matchAll(/经开区|高新区/g)].map((m) => m.index);
        expect(zoneMentions(s, everyOffset(s))).toEqual(bySearch);
      }),
    );
  });

  it('finds the years written NNNN年 or NNNN- from the digits alone', () => {
    expect(
      yearMentions(
        '2023年、12024-1与2022年度，年2021',
        everyOffset('2023年、12024-1与2022年度，年2021'),
      ),
    ).toEqual([0, 7, 14]);
    fc.assert(
      fc.property(text('0129年-月 '), (s) => {
        const byRegex = [...s.matchAll(/(?=[0-9]{4}[年-])/g)].map((m) => m.index);
        expect(yearMentions(s, everyOffset(s))).toEqual(byRegex);
      }),
    );
  });
});
