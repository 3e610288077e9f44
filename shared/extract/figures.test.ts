import { describe, expect, it } from 'vitest';
import { FIGURE_FIRST, scanFigures } from './figures.ts';
import { charSet, positionsIn, union } from '../text/char-set.ts';

const one = (text: string) => {
  const figures = scanFigures(text);
  expect(figures).toHaveLength(1);
  const f = figures[0]!;
  return {
    quote: text.slice(f.start, f.end),
    value: f.value,
    max: f.valueMax,
    unit: f.unit,
    cmp: f.comparator,
  };
};
const none = (text: string) => expect(scanFigures(text)).toEqual([]);

describe('figures with their qualifiers', () => {
  it.each([
    ['固定资产投资增长15%以上', '15%以上', 15, null, '%', '>='],
    ['增长12%左右', '12%左右', 12, null, '%', '~'],
    ['控制在3%以内', '3%以内', 3, null, '%', '<='],
    ['占比不低于60%', '不低于60%', 60, null, '%', '>='],
    ['项目不少于4个', '不少于4个', 4, null, '个', '>='],
    ['强度突破2.6%', '突破2.6%', 2.6, null, '%', '>'],
    ['新增上云企业超1万家', '超1万家', 1, null, '万家', '>'],
    ['落实支持资金300多亿元', '300多亿元', 300, null, '亿元', '>'],
    ['新增公共停车位5万多个', '5万多个', 5, null, '万个', '>'],
    ['整治隐患近8000个', '近8000个', 8000, null, '个', '~'],
    ['总投资约210亿元', '约210亿元', 210, null, '亿元', '~'],
    ['新增超百亿工业企业1-2家', '1-2家', 1, 2, '家', 'range'],
    ['新建20—30个精品村', '20—30个', 20, 30, '个', 'range'],
    ['增长20～30%', '20～30%', 20, 30, '%', 'range'],
    ['新建3至5所', '3至5所', 3, 5, '所', 'range'],
    ['下降0.6%', '0.6%', -0.6, null, '%', '='],
    ['高于全市0.17个百分点', '0.17个百分点', 0.17, null, '个百分点', '='],
    ['增长百分之五', '百分之五', 5, null, '%', '='],
    ['提高两个百分点', '两个百分点', 2, null, '个百分点', '='],
    ['新增技能人才2.75万人', '2.75万人', 2.75, null, '万人', '='],
    ['资产总额达到2.1万亿元', '2.1万亿元', 2.1, null, '万亿元', '='],
    ['装机规模58万千瓦', '58万千瓦', 58, null, '万千瓦', '='],
    ['市级以上研发平台5家', '5家', 5, null, '家', '='],
  ])('%s → %s', (text, quote, value, max, unit, cmp) => {
    expect(one(text)).toEqual({ quote, value, max, unit, cmp });
  });
});

describe('numbers that are not facts', () => {
  it.each([
    '2023年1月4日',
    '6月底前',
    '第十六届',
    '位居六区第1',
    '居全国第7位',
    '进入前20强',
    '前11个月，全市',
    '退出全国后20位',
    '“十四五”规划',
    '“1566”现代产业体系',
    '“153N”战略性新兴产业体系',
    '“4+1”模式',
    '“6+N”救治体系',
    '1+1+6',
    '7×24小时',
    '“7·20”特大暴雨',
    '5G基站',
    'PM2.5',
    '清理P2P',
    '实现3个100%',
    '13710直办平台',
    '2021—2035年',
    '落实12条政策措施',
    '144小时免签政策',
    '年加工5000吨高端糕点面包生产中心',
    '重点抓好3项工作:一是',
    '“3个工作日办结”',
    '二七万达',
    '零部件',
    '两院院士',
  ])('%s', (text) => none(text));
});

describe('figures read from the offsets normalisation noted', () => {
  it('are the figures a scan of the text finds', () => {
    const text =
      '地区生产总值增长8%以上，郑州市新增3家、提高两个百分点，百分之五，2021—2035年，12.5万人，第1';
    // Offsets of more characters than FIGURE_FIRST holds (as the engine's watch list has) are passed over.
    const starts = positionsIn(text, union(FIGURE_FIRST, charSet('郑市，、')));
    expect(scanFigures(text, starts)).toEqual(scanFigures(text));
    expect(scanFigures(text).map((f) => f.value)).toEqual([8, 3, 2, 5, 12.5]);
  });
});
