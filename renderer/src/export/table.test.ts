import { describe, expect, it } from 'vitest';
import type { CompareCellFact } from '../../../shared/api.ts';
import type { GridRow } from '../grid/rows.ts';
import { buildExportTable, toCsv, type ExportLabels } from './table.ts';

const labels: ExportLabels = {
  category: '类别',
  indicator: '指标',
  otherFigures: '其他数字',
  comparator: '比较符',
  unit: '单位',
  alignment: '对齐',
  source: '来源',
  marks: {
    below: '低于上级',
    equal: '持平',
    above: '高于上级',
    missing: '未设目标',
    unknown: '无法比较',
  },
};

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

const rows: GridRow[] = [
  {
    id: 'fai_growth',
    indicator: 'fai_growth',
    label: '固定资产投资增长',
    category: '投资与项目',
    cells: { 郑州市: [fact({})], 二七区: [fact({ comparator: '>=', documentId: 2 })] },
  },
  { id: 'm:重大项目', indicator: null, label: '重大项目, "新"', category: null, cells: {} },
];

describe('export table', () => {
  const table = buildExportTable(
    rows,
    ['郑州市', '二七区'],
    (row) => (row.indicator ? { 二七区: 'equal' } : {}),
    (id) => (id === 1 ? 'city.txt' : 'erqi.txt'),
    labels,
  );

  it('has per entity the figure, comparator, unit, alignment mark and source document', () => {
    expect(table.header).toEqual([
      '类别',
      '指标',
      '郑州市',
      '郑州市 比较符',
      '郑州市 单位',
      '郑州市 对齐',
      '郑州市 来源',
      '二七区',
      '二七区 比较符',
      '二七区 单位',
      '二七区 对齐',
      '二七区 来源',
    ]);
    expect(table.rows[0]).toEqual([
      '投资与项目',
      '固定资产投资增长',
      '15%',
      '=',
      '%',
      '',
      'city.txt',
      '≥15%',
      '>=',
      '%',
      '持平',
      'erqi.txt',
    ]);
    expect(table.rows[1]!.slice(0, 3)).toEqual(['其他数字', '重大项目, "新"', '']);
  });

  it('writes CSV with a BOM and quotes what needs quoting', () => {
    const csv = toCsv(table);
    expect(csv.startsWith('\uFEFF类别,指标,郑州市,')).toBe(true);
    expect(csv).toContain('\r\n其他数字,"重大项目, ""新""",');
  });
});
