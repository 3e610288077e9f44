import { describe, expect, it } from 'vitest';
import type { CompareCellFact } from '../../../shared/api.ts';
import type { EntityInfo } from '../../../shared/domain/index.ts';
import { isMisaligned, rowAlignment, shownParents } from './alignment.ts';
import type { GridRow } from './rows.ts';

const fact = (p: Partial<CompareCellFact>): CompareCellFact => ({
  factId: 1,
  documentId: 1,
  value: 15,
  valueMax: null,
  unit: '%',
  comparator: '=',
  hedge: null,
  quote: '',
  ...p,
});

const entity = (name: string, parent: string | null): EntityInfo => ({
  name,
  parent,
  level: null,
  documentCount: 1,
});

const info = [
  entity('郑州市', null),
  entity('二七区', '郑州市'),
  entity('管城回族区', '郑州市'),
  entity('郑州经济技术开发区', '郑州市'),
];
const shown = ['郑州市', '二七区', '管城回族区', '郑州经济技术开发区'];

describe('alignment marks per row', () => {
  it('marks only entities whose parent is shown', () => {
    expect([...shownParents(shown, info)]).toHaveLength(3);
    expect([...shownParents(['二七区', '管城回族区'], info)]).toEqual([]);
  });

  it('marks fixed-asset investment: ≥15% and ≈15% equal, 12% below the city’s 15%', () => {
    const row: GridRow = {
      id: 'fai_growth',
      indicator: 'fai_growth',
      label: '固定资产投资增长',
      category: '投资与项目',
      cells: {
        郑州市: [fact({})],
        二七区: [fact({ comparator: '>=' })],
        管城回族区: [fact({ comparator: '~' })],
        郑州经济技术开发区: [fact({ value: 12 })],
      },
    };
    const marks = rowAlignment(row, shownParents(shown, info));
    expect(marks).toEqual({
      二七区: 'equal',
      管城回族区: 'equal',
      郑州经济技术开发区: 'below',
    });
    expect(isMisaligned(marks)).toBe(true);
  });

  it('reads a CPI cap the other way and marks a district without a target as missing', () => {
    const row: GridRow = {
      id: 'cpi_growth',
      indicator: 'cpi_growth',
      label: '居民消费价格涨幅',
      category: '经济运行',
      cells: {
        郑州市: [fact({ value: 3, comparator: '<=' })],
        二七区: [fact({ value: 3.5, comparator: '<=' })],
        管城回族区: [fact({ value: 2.5, comparator: '<=' })],
      },
    };
    expect(rowAlignment(row, shownParents(shown, info))).toEqual({
      二七区: 'below',
      管城回族区: 'above',
      郑州经济技术开发区: 'missing',
    });
  });

  it('leaves unmapped metrics and rows the parent does not state unmarked', () => {
    const parents = shownParents(shown, info);
    const unmapped: GridRow = {
      id: 'm:x',
      indicator: null,
      label: 'x',
      category: null,
      cells: { 郑州市: [fact({})] },
    };
    expect(rowAlignment(unmapped, parents)).toEqual({});
    const noParent: GridRow = { ...unmapped, id: 'gdp_growth', indicator: 'gdp_growth', cells: {} };
    expect(rowAlignment(noParent, parents)).toEqual({});
    expect(isMisaligned({ 二七区: 'equal', 管城回族区: 'above' })).toBe(false);
  });
});
