import { describe, expect, it } from 'vitest';
import { findAttainment, judge } from './attainment.ts';
import { syntheticInput } from './synthetic.ts';
import type { FindingsFact } from './types.ts';

const fig = (comparator: FindingsFact['comparator'], value: number, unit = '%'): FindingsFact =>
  ({ comparator, value, valueMax: null, unit, normValue: value, normUnit: unit }) as FindingsFact;

describe('judging a target against its actual', () => {
  it.each([
    ['≥15% met by 15.2%', fig('>=', 15), fig('=', 15.2), 'higher', 'met'],
    ['≥15% missed by 14.9%', fig('>=', 15), fig('=', 14.9), 'higher', 'missed'],
    ['a plain 7% met by 7%', fig('=', 7), fig('=', 7), 'higher', 'met'],
    ['a plain 7% missed by 6.8%', fig('=', 7), fig('=', 6.8), 'higher', 'missed'],
    ['≈12% met by 11.6% (within 0.5 point)', fig('~', 12), fig('=', 11.6), 'higher', 'met'],
    ['≈12% missed by 11.4%', fig('~', 12), fig('=', 11.4), 'higher', 'missed'],
    ['a cap ≤3% met by 2.1%', fig('<=', 3), fig('=', 2.1), 'lower', 'met'],
    ['a cap ≤3% missed by 3.2%', fig('<=', 3), fig('=', 3.2), 'lower', 'missed'],
    ['突破2.6% missed by exactly 2.6%', fig('>', 2.6), fig('=', 2.6), 'higher', 'missed'],
    ['a CPI plain 3% met by 2%', fig('=', 3), fig('=', 2), 'lower', 'met'],
    ['different units cannot be judged', fig('=', 3), fig('=', 3, '亿元'), 'higher', 'unknown'],
  ] as const)('%s', (_, target, actual, direction, verdict) => {
    expect(judge(target, actual, direction).verdict).toBe(verdict);
  });
});

describe('attainment across reports', () => {
  it('a later report’s actuals are set against the earlier report’s targets for that year', () => {
    const found = findAttainment(
      syntheticInput([
        {
          text: '郑州市2023年政府工作报告\n2023年主要预期目标是：地区生产总值增长7%，固定资产投资增长15%，居民消费价格涨幅控制在3%以内。',
        },
        {
          text: '郑州市2024年政府工作报告\n2023年，地区生产总值增长7.4%，固定资产投资增长10.2%，居民消费价格上涨0.2%。2024年主要预期目标是：地区生产总值增长6%。',
        },
      ]),
    );
    const verdicts = Object.fromEntries(found.map((f) => [f.figures[0]!.indicator, f.outcome]));
    expect(verdicts).toEqual({ gdp_growth: 'met', fai_growth: 'missed', cpi_growth: 'met' });
    const gdp = found.find((f) => f.figures[0]!.indicator === 'gdp_growth')!;
    expect(gdp.evidence.map((e) => [e.documentId, e.quote, e.role])).toEqual([
      [1, '7%', 'target'],
      [2, '7.4%', 'actual'],
    ]);
    expect(gdp.title).toBe('郑州市2023年地区生产总值增长目标7%已完成：实际7.4%');
  });
});
