import { describe, expect, it } from 'vitest';
import type { FindingRecord } from '../../../shared/api.ts';
import type { FindingCell } from '../../../shared/findings/types.ts';
import { buildFindingLookup, findingsAt, marksCells } from './finding-marks.ts';
import { toGridRows } from './rows.ts';

const JK = '郑州经济技术开发区';
const TARGETS_2023 = { period: '2023', kind: 'target' } as const;

function cell(p: Partial<FindingCell>): FindingCell {
  return {
    entity: JK,
    indicator: 'fai_growth',
    metric: null,
    period: '2023',
    kind: 'target',
    ...p,
  };
}

function finding(p: Partial<FindingRecord>): FindingRecord {
  const key = p.key ?? 'alignment|below|fai_growth';
  return {
    key,
    type: 'alignment',
    severity: 'medium',
    outcome: 'below',
    entities: [JK],
    titleId: 'alignment.below.title',
    explanationId: 'alignment.below.explanation',
    params: {},
    title: '郑州经济技术开发区固定资产投资增长目标12%低于郑州市的15%',
    explanation: '',
    figures: [],
    evidence: [],
    cells: [cell({}), cell({ entity: '郑州市' })],
    review: { key, status: 'open', comment: null, updatedAt: null },
    ...p,
  };
}

const faiRow = { indicator: 'fai_growth', label: '固定资产投资增长' };

describe('the findings lookup for grid marks', () => {
  it('finds a finding on every cell it names, in the grid’s period and kind only', () => {
    const below = finding({});
    const lookup = buildFindingLookup([below]);
    expect(findingsAt(lookup, JK, faiRow, TARGETS_2023)).toEqual({
      worst: 'medium',
      findings: [below],
    });
    expect(findingsAt(lookup, '郑州市', faiRow, TARGETS_2023)?.findings).toEqual([below]);
    expect(findingsAt(lookup, '二七区', faiRow, TARGETS_2023)).toBeUndefined();
    expect(findingsAt(lookup, JK, faiRow, { period: '2022', kind: 'target' })).toBeUndefined();
    expect(findingsAt(lookup, JK, faiRow, { period: '2023', kind: 'actual' })).toBeUndefined();
    expect(
      findingsAt(lookup, JK, { indicator: 'gdp_growth', label: '地区生产总值增长' }, TARGETS_2023),
    ).toBeUndefined();
  });

  it('keys an unmapped metric’s cell by its phrase, as the grid keys the row', () => {
    const sum = finding({
      key: 'arithmetic|sum',
      type: 'arithmetic',
      severity: 'high',
      cells: [cell({ indicator: null, metric: '全区共实施项目' })],
    });
    const lookup = buildFindingLookup([sum]);
    const [row] = toGridRows({
      entities: [JK],
      period: '2023',
      kind: 'target',
      rows: [{ indicator: null, label: '全区共实施项目', category: null, cells: {} }],
    });
    expect(row!.id).toBe('m:全区共实施项目');
    expect(findingsAt(lookup, JK, row!, TARGETS_2023)?.findings).toEqual([sum]);
    // A catalog indicator whose name happens to be the phrase is another row.
    expect(
      findingsAt(lookup, JK, { indicator: 'projects', label: '全区共实施项目' }, TARGETS_2023),
    ).toBeUndefined();
  });

  it('counts each finding once per cell and puts the most severe first', () => {
    const low = finding({ key: 'low', severity: 'low', cells: [cell({}), cell({})] });
    const high = finding({ key: 'high', severity: 'high' });
    const medium = finding({ key: 'medium', severity: 'medium' });
    const entry = findingsAt(buildFindingLookup([low, high, medium]), JK, faiRow, TARGETS_2023);
    expect(entry?.worst).toBe('high');
    expect(entry?.findings.map((f) => f.key)).toEqual(['high', 'medium', 'low']);
  });

  it('leaves checks that hold and findings judged not an issue unmarked, but keeps reviewed ones', () => {
    const holds = finding({ key: 'holds', severity: 'info', outcome: 'holds' });
    const dismissed = finding({ key: 'dismissed' });
    dismissed.review = { ...dismissed.review, status: 'not-an-issue' };
    const reviewed = finding({ key: 'reviewed' });
    reviewed.review = { ...reviewed.review, status: 'reviewed' };
    expect([holds, dismissed, reviewed].map(marksCells)).toEqual([false, false, true]);
    const entry = findingsAt(
      buildFindingLookup([holds, dismissed, reviewed]),
      JK,
      faiRow,
      TARGETS_2023,
    );
    expect(entry?.findings.map((f) => f.key)).toEqual(['reviewed']);
  });

  it('ignores cells without a period or a row', () => {
    const loose = finding({
      cells: [cell({ period: null }), cell({ indicator: null, metric: null })],
    });
    expect(buildFindingLookup([loose]).size).toBe(0);
  });
});
