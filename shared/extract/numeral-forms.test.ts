/**
 * Every numeral form issue 4 lists, at the three levels that read them: the parsers
 * (parseArabicAt, parseChineseNumber), the numeral layer of `duibiao numbers` (findNumbers, full
 * magnitude) and the facts (extract: value as written, unit with its magnitude, norm_value), and
 * the names that look like numerals but are not quantities.
 */
import { describe, expect, it } from 'vitest';
import { parseArabicAt, parseChineseNumber } from './numerals.ts';
import { findNumbers } from './numbers.ts';
import { extract } from './index.ts';

const found = (line: string) => findNumbers(line).map((n) => [n.value, n.value_max, n.kind]);
/** Facts of one target sentence, as [value, value_max, unit, comparator, normValue]. */
const facts = (sentence: string) =>
  extract(`2023年是开局之年。${sentence}。`).facts.map((f) => [
    f.value,
    f.valueMax,
    f.unit,
    f.comparator,
    f.normValue,
  ]);

describe('Arabic numerals', () => {
  it.each([
    ['7', 7],
    ['735.8', 735.8],
    ['1,274.2', 1274.2],
    ['12,345,678', 12345678],
    ['0.17', 0.17],
  ])('parseArabicAt reads %s as %s', (text, value) => {
    expect(parseArabicAt(text, 0)).toEqual({ value, end: text.length });
  });

  it.each([
    ['735.8亿元', [[73580000000, null, 'number']]],
    ['1,274.2万人', [[12742000, null, 'number']]],
    ['１２％', [[12, null, 'percent']]],
    ['增长１２.５％', [[12.5, null, 'percent']]],
    ['１，２３４家', [[1234, null, 'number']]],
  ])('findNumbers reads %s', (line, expected) => {
    expect(found(line)).toEqual(expected);
  });
});

describe('Chinese numerals', () => {
  it.each([
    ['一', 1],
    ['二', 2],
    ['两', 2],
    ['三', 3],
    ['十', 10],
    ['一百二十', 120],
    ['三千六百', 3600],
    ['两千', 2000],
    ['一万五', 15000],
    ['一亿两千万', 120000000],
    ['一百零五', 105],
    ['二〇二三', 2023],
    ['二零二三', 2023],
    ['十二点五', 12.5],
    ['叁仟陆佰', 3600],
    ['壹佰贰拾', 120],
  ])('parseChineseNumber reads %s as %s', (text, value) => {
    expect(parseChineseNumber(text)).toBe(value);
  });

  it.each([
    ['新增岗位一百二十个', [[120, null, 'number']]],
    ['投资三千六百万元', [[36000000, null, 'number']]],
    ['二〇二三年', [[2023, null, 'number']]],
    ['增长十二点五个百分点', [[12.5, null, 'percent']]],
    ['叁仟陆佰元', [[3600, null, 'number']]],
    ['零下四度', [[-4, null, 'number']]],
    ['两亿', [[200000000, null, 'number']]],
  ])('findNumbers reads %s', (line, expected) => {
    expect(found(line)).toEqual(expected);
  });
});

describe('magnitudes, ranges, percentages and changes', () => {
  it.each([
    ['新增技能人才2.75万人', [[27500, null, 'number']]],
    ['新增企业1-2家', [[1, 2, 'range']]],
    ['新增企业1—2家', [[1, 2, 'range']]],
    ['建设20～30个', [[20, 30, 'range']]],
    ['新建3至5所', [[3, 5, 'range']]],
    ['新建20—30个精品村', [[20, 30, 'range']]],
    ['两到三万元', [[20000, 30000, 'range']]],
    ['增长百分之五', [[5, null, 'percent']]],
    ['增长百分之十二点五', [[12.5, null, 'percent']]],
    ['提高0.17个百分点', [[0.17, null, 'percent']]],
    ['下降了-3.8%', [[-3.8, null, 'percent']]],
  ])('findNumbers reads %s', (line, expected) => {
    expect(found(line)).toEqual(expected);
  });

  it.each([
    ['新增技能人才2.75万人', [[2.75, null, '万人', '=', 27500]]],
    ['地区生产总值544.2亿元', [[544.2, null, '亿元', '=', 54420000000]]],
    ['新增企业1-2家', [[1, 2, '家', 'range', 1]]],
    ['新增企业1—2家', [[1, 2, '家', 'range', 1]]],
    ['增长20～30%', [[20, 30, '%', 'range', 20]]],
    ['新建3至5所', [[3, 5, '所', 'range', 3]]],
    ['新建20—30个精品村', [[20, 30, '个', 'range', 20]]],
    ['增长百分之五', [[5, null, '%', '=', 5]]],
    ['高于全省0.17个百分点', [[0.17, null, '个百分点', '=', 0.17]]],
    ['能耗下降0.6%', [[-0.6, null, '%', '=', -0.6]]],
    ['实际使用外资减少2.5%', [[-2.5, null, '%', '=', -2.5]]],
    ['增长１２％', [[12, null, '%', '=', 12]]],
    ['新增装机800万千瓦以上', [[800, null, '万千瓦', '>=', 8000000]]],
    ['新建高标准农田200万亩', [[200, null, '万亩', '=', 2000000]]],
    ['实际使用外资15亿美元', [[15, null, '亿美元', '=', 1500000000]]],
  ])('extract reads %s', (sentence, expected) => {
    expect(facts(sentence)).toEqual(expected);
  });
});

describe('numerals that are not quantities', () => {
  it.each([
    '“十四五”规划',
    '十四五时期',
    '推进二七万达广场建设',
    '汽车零部件产业',
    '社会消费品零售总额',
    '两院院士',
    '5G基站建设',
    '4K超高清',
    'PM2.5',
    '一切顺利',
  ])('findNumbers finds nothing in %s', (line) => {
    expect(findNumbers(line)).toEqual([]);
  });

  it.each([
    '“十四五”规划',
    '推进二七万达广场建设',
    '汽车零部件产业',
    '两院院士工作站',
    '5G基站建设',
    '实施十大战略',
    '“1566”现代产业体系',
    '“4+1”模式',
    '“7·20”特大暴雨',
    '实现3个100%',
    '一是加快建设',
  ])('extract finds no fact in %s', (sentence) => {
    expect(facts(sentence)).toEqual([]);
  });
});
