import { describe, expect, it } from 'vitest';
import { headingCue, leadCue } from './period.ts';

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
  ])('%s → %s %s', (h, kind, period) => {
    expect(headingCue(h, 2023)).toEqual({ kind, period });
  });

  it('says nothing for a heading without time words', () => {
    expect(headingCue('（二）高端引领助转型', 2023)).toBeNull();
    expect(headingCue('规划纲要（2021—2035年）', 2023)).toBeNull();
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
  ])('%s → %s %s', (s, kind, period) => {
    expect(leadCue(s, 2023)).toEqual({ kind, period });
  });

  it('ignores dates and ordinary sentences', () => {
    expect(leadCue('2022年12月28日，会议召开', 2023)).toBeNull();
    expect(leadCue('加快提振市场信心', 2023)).toBeNull();
  });
});
