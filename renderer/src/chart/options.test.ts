import { describe, expect, it } from 'vitest';
import type { CompareCellFact } from '../../../shared/api.ts';
import type { GridRow } from '../grid/rows.ts';
import { chartOption, trendOption } from './options.ts';

const fact = (value: number): CompareCellFact => ({
  factId: 1,
  documentId: 1,
  value,
  valueMax: null,
  unit: '%',
  comparator: value === 15 ? '>=' : '=',
  hedge: null,
  quote: '',
});

const row = (cells: Record<string, number>): GridRow => ({
  id: 'fai_growth',
  indicator: 'fai_growth',
  label: '固定资产投资增长',
  category: '投资与项目',
  cells: Object.fromEntries(Object.entries(cells).map(([e, v]) => [e, [fact(v)]])),
});

describe('chart options', () => {
  it('bars each entity’s figure and draws the parent’s target as a reference line', () => {
    const option = chartOption(
      [row({ 郑州市: 15, 经开区: 12 })],
      ['郑州市', '经开区', '二七区'],
      '郑州市',
      (name) => `${name} 目标`,
      false,
    ) as { series: { data: { value: number | null; name: string }[]; markLine?: unknown }[] };
    expect(option.series[0]!.data).toEqual([
      { value: 15, name: '≥15%' },
      { value: 12, name: '12%' },
      { value: null, name: '' },
    ]);
    expect(option.series[0]!.markLine).toMatchObject({
      data: [{ yAxis: 15 }],
      label: { formatter: '郑州市 目标 ≥15%' },
    });
  });

  it('draws a line per entity across periods, with gaps where a year has no figure', () => {
    const option = trendOption(
      'fai_growth',
      '固定资产投资增长',
      [
        { period: '2023', rows: [row({ 郑州市: 15, 经开区: 12 })] },
        { period: '2024', rows: [row({ 郑州市: 10 })] },
      ],
      ['郑州市', '经开区'],
      false,
    ) as { series: { name: string; data: (number | null)[] }[] };
    expect(option.series).toMatchObject([
      { name: '郑州市', data: [15, 10] },
      { name: '经开区', data: [12, null] },
    ]);
  });
});
