import { describe, expect, it } from 'vitest';
import type { CompareCellFact, Comparison } from '../../../shared/api.ts';
import {
  categoryRanks,
  cellText,
  cellTooltip,
  compareCells,
  keepCategoriesTogether,
  rowIdOf,
  toGridRows,
} from './rows.ts';

function fact(p: Partial<CompareCellFact>): CompareCellFact {
  return {
    factId: 1,
    documentId: 1,
    value: 7,
    valueMax: null,
    unit: '%',
    comparator: '=',
    hedge: null,
    quote: '地区生产总值增长7%',
    ...p,
  };
}

const comparison: Comparison = {
  entities: ['郑州市', '二七区'],
  period: '2023',
  kind: 'target',
  rows: [
    {
      indicator: 'gdp_growth',
      label: '地区生产总值增长',
      category: '经济运行',
      cells: {
        郑州市: [fact({}), fact({ factId: 2, documentId: 2 })],
        二七区: [fact({ comparator: '>=', value: 15, hedge: '力争', quote: '15%以上' })],
      },
    },
    {
      indicator: null,
      label: '重大项目',
      category: null,
      cells: { 二七区: [fact({ unit: '个' })] },
    },
    { indicator: null, label: '重大项目', category: null, cells: {} },
  ],
};

describe('grid rows', () => {
  it('groups rows by category in order of first appearance, uncategorised last', () => {
    const row = (indicator: string | null, label: string, category: string | null) => ({
      indicator,
      label,
      category,
      cells: {},
    });
    const rows = toGridRows({
      entities: [],
      period: null,
      kind: null,
      rows: [
        row('gdp', 'a', '经济运行'),
        row(null, 'x', null),
        row('fai', 'b', '投资与项目'),
        row('retail', 'c', '经济运行'),
        row('ind', 'd', '投资与项目'),
        row(null, 'y', null),
      ],
    });
    expect(rows.map((r) => r.id)).toEqual(['gdp', 'retail', 'fai', 'ind', 'm:x', 'm:y']);
  });

  it('ids rows by indicator, or m:<label> for unmapped metrics, unique', () => {
    expect(rowIdOf({ indicator: 'gdp_growth', label: 'x' })).toBe('gdp_growth');
    expect(rowIdOf({ indicator: null, label: '重大项目' })).toBe('m:重大项目');
    expect(toGridRows(comparison).map((r) => r.id)).toEqual([
      'gdp_growth',
      'm:重大项目',
      'm:重大项目#2',
    ]);
  });

  it("reads each cell with formatFigure on the entity's primary fact", () => {
    const [gdp, projects] = toGridRows(comparison);
    expect(cellText(gdp, '郑州市')).toBe('7%');
    expect(cellText(gdp, '二七区')).toBe('≥15%');
    expect(cellText(projects, '二七区')).toBe('7个');
    expect(cellText(projects, '郑州市')).toBeNull();
  });

  it('tooltips each fact as a phrase with its hedge, numbered when there are several', () => {
    const [gdp] = toGridRows(comparison);
    expect(cellTooltip(gdp, '二七区')).toBe('力争地区生产总值增长15%以上');
    expect(cellTooltip(gdp, '郑州市')).toBe('1. 地区生产总值增长7%\n2. 地区生产总值增长7%');
    expect(cellTooltip(gdp, '管城回族区')).toBeUndefined();
  });

  it('sorts by the primary value, empty cells last', () => {
    const a = fact({ value: 7 });
    const b = fact({ value: 8 });
    const none = fact({ value: null, comparator: 'text' });
    expect(compareCells(a, b)).toBeLessThan(0);
    expect(compareCells(b, a)).toBeGreaterThan(0);
    expect(compareCells(a, undefined)).toBeLessThan(0);
    expect(compareCells(none, a)).toBeGreaterThan(0);
    expect(compareCells(undefined, undefined)).toBe(0);
  });

  it('keeps categories together after a sort, the sort deciding order within each', () => {
    const rows = toGridRows(comparison);
    const ranks = categoryRanks(rows);
    expect([...ranks.keys()]).toEqual(['经济运行', null]);
    const sorted = [
      { c: null, n: 1 },
      { c: '经济运行', n: 2 },
      { c: null, n: 3 },
      { c: '经济运行', n: 4 },
    ];
    keepCategoriesTogether(sorted, (r) => r.c, ranks);
    expect(sorted.map((r) => r.n)).toEqual([2, 4, 1, 3]);
  });
});
