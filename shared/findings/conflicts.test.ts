import { describe, expect, it } from 'vitest';
import { findConflicts } from './conflicts.ts';
import { syntheticInput } from './synthetic.ts';

const FULL = '2023年郑州市政府工作报告\n2023年主要预期目标是：';
const DIGEST = '郑州市2023年政府工作报告摘编\n2023年主要预期目标是：';

describe('conflicting figures', () => {
  it('a digest and the full report stating different values for one target conflict, with both spans', () => {
    const input = syntheticInput([
      { text: `${FULL}地区生产总值增长7%，固定资产投资增长15%。` },
      { text: `${DIGEST}地区生产总值增长7.5%，固定资产投资增长15%。` },
    ]);
    const found = findConflicts(input);
    expect(found).toHaveLength(1);
    const [c] = found;
    expect(c).toMatchObject({ type: 'conflict', severity: 'high', entities: ['郑州市'] });
    expect(c!.evidence.map((e) => e.quote)).toEqual(['7%', '7.5%']);
    expect(c!.evidence.map((e) => e.documentId)).toEqual([1, 2]);
    expect(c!.title).toContain('7% / 7.5%');
    expect(c!.cells).toEqual([
      { entity: '郑州市', indicator: 'gdp_growth', metric: null, period: '2023', kind: 'target' },
    ]);
  });

  it('15% and 百分之十五 are the same figure: no finding', () => {
    const input = syntheticInput([
      { text: `${FULL}固定资产投资增长15%。` },
      { text: `${DIGEST}固定资产投资增长百分之十五。` },
    ]);
    expect(findConflicts(input)).toEqual([]);
  });

  it('2.75万人 and 27500人 are the same figure: no finding', () => {
    const input = syntheticInput([
      { text: `${FULL}新增技能人才2.75万人。` },
      { text: `${DIGEST}新增技能人才27500人。` },
    ]);
    expect(findConflicts(input)).toEqual([]);
  });

  it('the same value with a different qualifier (8%以上 vs 8%) is a conflict of medium severity', () => {
    const input = syntheticInput([
      { text: `${FULL}规模以上工业增加值增长8%以上。` },
      { text: `${DIGEST}规模以上工业增加值增长8%。` },
    ]);
    const [c] = findConflicts(input);
    expect(c).toMatchObject({ severity: 'medium', outcome: 'conflict' });
  });

  it('figures of one document, or of different periods, never conflict', () => {
    const input = syntheticInput([
      { text: `${FULL}地区生产总值增长7%。2022年，地区生产总值增长1%。` },
      { text: `${DIGEST}地区生产总值增长7%。` },
    ]);
    expect(findConflicts(input)).toEqual([]);
  });

  it('the key is made of what the finding is about, not of row ids', () => {
    const a = syntheticInput([
      { text: `${FULL}地区生产总值增长7%。` },
      { text: `${DIGEST}地区生产总值增长7.5%。` },
    ]);
    const b = syntheticInput([
      { text: `${DIGEST}地区生产总值增长7.5%。` },
      { text: `${FULL}地区生产总值增长7%。` },
    ]);
    expect(findConflicts(a)[0]!.key).toBe(findConflicts(b)[0]!.key);
    expect(findConflicts(a)[0]!.key).toBe('conflict|郑州市|gdp_growth|2023|target|=7%,=7.5%');
  });
});
