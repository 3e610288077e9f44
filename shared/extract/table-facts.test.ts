/**
 * Facts of the tables a report holds (a plan's 主要指标, a news item's table of places), read
 * through extract on made-up reports: every figure a cell, its metric from its row or column, its
 * unit, kind and period from the unit column and the column's header.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extract } from './index.ts';

const rows = (text: string) =>
  extract(text).facts.map((f) => [
    f.quote,
    f.metric,
    f.value,
    f.unit,
    f.comparator,
    f.kind,
    f.period,
    f.entity,
    f.indicator,
  ]);

const PLAN = [
  '安丰市2024年国民经济和社会发展计划',
  '',
  '一、2024年主要目标',
  '',
  '| 指标 | 单位 | 2023年实际 | 2024年目标 |',
  '| --- | --- | --- | --- |',
  '| 1.地区生产总值增长 | ％ | 5.8 | 6左右 |',
  '| 2.规模以上工业增加值增长 | % | 7.1 | ≥7 |',
  '| 3.一般公共预算收入 | 亿元 | 120.5 | 126—130 |',
  '| 4.城镇新增就业 | 万人 | 1.2 | — |',
  '| 5.居民人均可支配收入增长 | % | -0.3 | 与经济增长同步 |',
  '',
  '全年经济运行总体平稳。',
].join('\n');

describe('a table of indicators by row', () => {
  it('reads each figure with its row’s metric and unit, and its column’s year and kind', () => {
    expect(rows(PLAN)).toEqual([
      ['5.8', '地区生产总值增长', 5.8, '%', '=', 'actual', '2023', '安丰市', 'gdp_growth'],
      ['6左右', '地区生产总值增长', 6, '%', '~', 'target', '2024', '安丰市', 'gdp_growth'],
      [
        '7.1',
        '规模以上工业增加值增长',
        7.1,
        '%',
        '=',
        'actual',
        '2023',
        '安丰市',
        'industry_va_growth',
      ],
      [
        '≥7',
        '规模以上工业增加值增长',
        7,
        '%',
        '>=',
        'target',
        '2024',
        '安丰市',
        'industry_va_growth',
      ],
      [
        '120.5',
        '一般公共预算收入',
        120.5,
        '亿元',
        '=',
        'actual',
        '2023',
        '安丰市',
        'budget_revenue',
      ],
      [
        '126—130',
        '一般公共预算收入',
        126,
        '亿元',
        'range',
        'target',
        '2024',
        '安丰市',
        'budget_revenue',
      ],
      ['1.2', '城镇新增就业', 1.2, '万人', '=', 'actual', '2023', '安丰市', 'urban_jobs'],
      [
        '-0.3',
        '居民人均可支配收入增长',
        -0.3,
        '%',
        '=',
        'actual',
        '2023',
        '安丰市',
        'income_growth',
      ],
      [
        '与经济增长同步',
        '居民人均可支配收入增长',
        null,
        null,
        'text',
        'target',
        '2024',
        '安丰市',
        'income_growth',
      ],
    ]);
    const range = extract(PLAN).facts.find((f) => f.quote === '126—130');
    expect(range?.valueMax).toBe(130);
  });

  it('traces each figure to its cell, its row and the section the table stands in', () => {
    const fact = extract(PLAN).facts[1]!;
    expect(PLAN.slice(fact.sentenceStart, fact.sentenceEnd)).toBe(
      '| 1.地区生产总值增长 | ％ | 5.8 | 6左右 |',
    );
    expect(fact.section).toEqual(['一、2024年主要目标']);
  });

  it('leaves the text around the table as it was: no row is a heading, none is joined to prose', () => {
    const facts = extract(`${PLAN}\n固定资产投资增长5%。`).facts;
    const last = facts[facts.length - 1]!;
    expect([last.quote, last.metric, last.section]).toEqual([
      '5%',
      '固定资产投资增长',
      ['一、2024年主要目标'],
    ]);
  });

  it('never joins a row to the line after it, even one that reads as the rest of a wrapped line', () => {
    const text = `${PLAN.split('\n').slice(0, 7).join('\n')}\n同时，进出口总额增长5%。`;
    const last = extract(text).facts.at(-1)!;
    expect([last.quote, last.metric, last.kind]).toEqual(['5%', '进出口总额增长', 'target']);
  });

  it('never joins a row to the line before it, even one that reads as wrapped', () => {
    const title =
      '安丰市人民政府关于二〇二四年国民经济和社会发展计划主要指标安排情况的说明与全市主要经济指标一览表';
    const text = `2024年是关键之年。\n${title}\n指标\t单位\t2024年目标\n地区生产总值增长\t%\t6\n工业投资增长\t%\t8`;
    expect(rows(text).map((r) => [r[0], r[1], r[6]])).toEqual([
      ['6', '地区生产总值增长', '2024'],
      ['8', '工业投资增长', '2024'],
    ]);
    // A table without a header: its first row, joined to the line, would be read twice.
    const bare = `2024年是关键之年。\n${title}\n地区生产总值增长\t6%\n工业投资增长\t8%`;
    expect(rows(bare).map((r) => r[0])).toEqual(['6%', '8%']);
  });

  it('reads a growth column beside a dated one as of that year, a unit bracketed in the label', () => {
    const text = [
      '安丰县2023年国民经济和社会发展统计公报',
      '指标\t2022年完成\t比上年增长（%）',
      '地区生产总值（亿元）\t356.2\t4.1',
      '其中：第二产业增加值（亿元）\t150\t-2.5',
      '社会消费品零售总额（亿元）\t1,204.5\t6.0',
    ].join('\n');
    expect(rows(text).map((r) => r.slice(0, 7))).toEqual([
      ['356.2', '地区生产总值', 356.2, '亿元', '=', 'actual', '2022'],
      ['4.1', '地区生产总值增长', 4.1, '%', '=', 'actual', '2022'],
      ['150', '第二产业增加值', 150, '亿元', '=', 'actual', '2022'],
      ['-2.5', '第二产业增加值增长', -2.5, '%', '=', 'actual', '2022'],
      ['1,204.5', '社会消费品零售总额', 1204.5, '亿元', '=', 'actual', '2022'],
      ['6.0', '社会消费品零售总额增长', 6, '%', '=', 'actual', '2022'],
    ]);
  });

  it('reads a plan’s table: a base year, its end and the mean rate over the years between', () => {
    const text = [
      '安丰市国民经济和社会发展第十四个五年规划纲要',
      '2021年是“十四五”开局之年。',
      '|指标|2020年|2025年|年均增长（%）|属性|',
      '|---|---|---|---|---|',
      '|地区生产总值（亿元）|1000|1400|7左右|预期性|',
      '|单位地区生产总值能耗降低（%）|—|—|完成省下达任务|约束性|',
    ].join('\n');
    expect(rows(text).map((r) => [r[0], r[1], r[5], r[6], r[8]])).toEqual([
      ['1000', '地区生产总值', 'actual', '2020', 'gdp'],
      ['1400', '地区生产总值', 'target', '2025', 'gdp'],
      ['7左右', '地区生产总值增长', 'target', '2021-2025', 'gdp_growth'],
      ['完成省下达任务', '单位地区生产总值能耗', 'target', '2021-2025', 'energy_emission'],
    ]);
  });

  it('reads a header over two rows top to bottom', () => {
    const text = [
      '2024年是关键之年。',
      '指标\t2023年\t2023年\t2024年目标',
      '\t绝对值\t增长（%）\t增长（%）',
      '进出口总额（亿元）\t560\t3.2\t5',
    ].join('\n');
    expect(rows(text).map((r) => [r[0], r[1], r[3], r[5], r[6], r[8]])).toEqual([
      ['560', '进出口总额', '亿元', 'actual', '2023', 'trade_total'],
      ['3.2', '进出口总额增长', '%', 'actual', '2023', 'trade_growth'],
      ['5', '进出口总额增长', '%', 'target', '2024', 'trade_growth'],
    ]);
  });
});

describe('a table of a budget, and one of years', () => {
  it('reads 预算数 as a target, 执行数 as a result and 完成预算% as a share of it, the unit from the caption above', () => {
    const text = [
      '2024年是关键之年。',
      '表1 一般公共预算收入执行情况（单位：万元）',
      '项目\t2023年预算数\t2023年执行数\t完成预算%\t2024年预算数',
      '税收收入\t52000\t53100\t102.1\t55000',
    ].join('\n');
    expect(rows(text).map((r) => [r[0], r[1], r[3], r[5], r[6]])).toEqual([
      ['52000', '税收收入', '万元', 'target', '2023'],
      ['53100', '税收收入', '万元', 'actual', '2023'],
      ['102.1', '税收收入完成预算', '%', 'actual', '2023'],
      ['55000', '税收收入', '万元', 'target', '2024'],
    ]);
  });

  it('gives each row of a table of years its year, and each column its metric', () => {
    const text = [
      '2024年是关键之年。',
      '| 年份 | 生产总值（亿元） | 增速（%） |',
      '| --- | --- | --- |',
      '| 2022年 | 980 | 4.5 |',
      '| 2023 | 1030 | 5.1 |',
      '| 2024 | 1090 | 6左右 |',
    ].join('\n');
    expect(rows(text).map((r) => [r[0], r[1], r[3], r[5], r[6], r[8]])).toEqual([
      ['980', '生产总值', '亿元', 'actual', '2022', 'gdp'],
      ['4.5', '生产总值增长', '%', 'actual', '2022', 'gdp_growth'],
      ['1030', '生产总值', '亿元', 'actual', '2023', 'gdp'],
      ['5.1', '生产总值增长', '%', 'actual', '2023', 'gdp_growth'],
      ['1090', '生产总值', '亿元', 'target', '2024', 'gdp'],
      ['6左右', '生产总值增长', '%', 'target', '2024', 'gdp_growth'],
    ]);
  });
});

describe('a statistical bulletin’s table', () => {
  it('gives the figures of its year as results, beside their growth over the year before', () => {
    const text = [
      '安丰县2023年国民经济和社会发展统计公报',
      '表1 2023年主要指标',
      '指标\t单位\t绝对数\t比上年增长（%）',
      '地区生产总值\t亿元\t356.2\t4.1',
    ].join('\n');
    expect(rows(text).map((r) => [r[0], r[1], r[3], r[5], r[6]])).toEqual([
      ['356.2', '地区生产总值', '亿元', 'actual', '2023'],
      ['4.1', '地区生产总值增长', '%', 'actual', '2023'],
    ]);
  });

  it('reads a Markdown rule of one or two dashes, and skips a column of row numbers', () => {
    const text = [
      '二七区2024年政府工作报告',
      '| 序号 | 指标名称 | 2024年目标 | 属性 |',
      '|:--:|:-|:--:|:--:|',
      '| 1 | 地区生产总值增速（%） | 6.5以上 | 预期性 |',
      '| 2 | 新增市场主体（户） | 5000 | 预期性 |',
    ].join('\n');
    expect(rows(text).map((r) => [r[0], r[1], r[3], r[4], r[5], r[6]])).toEqual([
      ['6.5以上', '地区生产总值增长', '%', '>=', 'target', '2024'],
      ['5000', '新增市场主体', '户', '=', 'target', '2024'],
    ]);
  });
});

describe('a table of places', () => {
  it('gives each row its place and each column its metric; a rate alone measures the column before', () => {
    const text = [
      '林荣市人民政府发布2023年各县区主要经济指标',
      '地区\t生产总值（亿元）\t增速（%）\t一般公共预算收入（亿元）',
      '全市\t7500.2\t5.8\t560',
      '安丰区\t1200.5\t6.1\t80.2',
      '长宁县\t350\t-1.2\t/',
    ].join('\n');
    expect(rows(text).map((r) => [r[0], r[7], r[1], r[3], r[8]])).toEqual([
      ['7500.2', '林荣市', '生产总值', '亿元', 'gdp'],
      ['5.8', '林荣市', '生产总值增长', '%', 'gdp_growth'],
      ['560', '林荣市', '一般公共预算收入', '亿元', 'budget_revenue'],
      ['1200.5', '安丰区', '生产总值', '亿元', 'gdp'],
      ['6.1', '安丰区', '生产总值增长', '%', 'gdp_growth'],
      ['80.2', '安丰区', '一般公共预算收入', '亿元', 'budget_revenue'],
      ['350', '长宁县', '生产总值', '亿元', 'gdp'],
      ['-1.2', '长宁县', '生产总值增长', '%', 'gdp_growth'],
    ]);
  });
});

describe('what a table gives no fact for', () => {
  it('skips cells without a figure or a unit, and a table without a column of figures', () => {
    expect(rows('指标\t说明\n企业\t很多\n项目\t较多\n')).toEqual([]);
    expect(rows('指标\t2023年\n企业数\t15\n')).toEqual([]);
    expect(rows('指标\t单位\t2023年\n企业数\t家\t15\n序号\t\t—\n').map((r) => r[0])).toEqual([
      '15',
    ]);
  });

  it('does not read a numbered label as a figure, nor a year heading a column', () => {
    const text =
      '| 指标 | 2023 | 2024 |\n| 1.粮食产量（万吨） | 50 | 52 |\n| 2.造林面积（万亩） | 3 | 3.5 |';
    expect(rows(text).map((r) => [r[0], r[1], r[3], r[5], r[6]])).toEqual([
      ['50', '粮食产量', '万吨', 'actual', '2023'],
      ['52', '粮食产量', '万吨', 'actual', '2024'],
      ['3', '造林面积', '万亩', 'actual', '2023'],
      ['3.5', '造林面积', '万亩', 'actual', '2024'],
    ]);
  });
});

/** Cells a table of a report may hold, and some it should not. */
const CELL = fc.constantFrom(
  '',
  '—',
  '/',
  '指标',
  '单位',
  '亿元',
  '%',
  '2023年',
  '2024年目标',
  '增长（%）',
  '地区生产总值',
  '安丰区',
  '6左右',
  '≥7',
  '-2.3',
  '1,204.5',
  '5-6',
  '与经济增长同步',
  '|',
  '**',
  '１２％',
  '1.',
  '（',
);

describe('tables of any cells', () => {
  it('never throw, and give facts within the text, their quotes the slices they name', () => {
    const table = fc.record({
      sep: fc.constantFrom('\t', ' | '),
      rows: fc.array(fc.array(CELL, { minLength: 1, maxLength: 6 }), {
        minLength: 2,
        maxLength: 6,
      }),
      rule: fc.boolean(),
    });
    fc.assert(
      fc.property(table, ({ sep, rows: grid, rule }) => {
        const lines = grid.map((cells) =>
          sep === '\t' ? cells.join('\t') : `| ${cells.join(' | ')} |`,
        );
        if (rule && sep !== '\t') lines.splice(1, 0, '|---|---|');
        const text = `2024年是关键之年。\n${lines.join('\n')}\n全年增长5%。`;
        for (const f of extract(text).facts) {
          expect(0 <= f.start && f.start <= f.end && f.end <= text.length).toBe(true);
          expect(f.quote).toBe(text.slice(f.start, f.end));
          expect(f.sentenceStart <= f.start && f.end <= f.sentenceEnd).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
