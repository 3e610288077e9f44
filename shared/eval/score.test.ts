import { describe, expect, it } from 'vitest';
import { scoreFacts, type GoldDoc, type PredFact } from './score.ts';

const text = '地区生产总值增长7%，新建20—30个精品村，10亿元以上项目不少于4个。';
const gold: GoldDoc[] = [
  {
    doc: 'a.txt',
    entity: '某市',
    facts: [
      {
        indicator: 'gdp_growth',
        value: 7,
        value_max: null,
        unit: '%',
        comparator: '=',
        kind: 'target',
        period: '2023',
        quote: '地区生产总值增长7%',
      },
      {
        indicator: null,
        value: 20,
        value_max: 30,
        unit: '个',
        comparator: 'range',
        kind: 'target',
        period: '2023',
        quote: '新建20—30个精品村',
      },
      {
        indicator: null,
        value: 10,
        value_max: null,
        unit: '亿元',
        comparator: '>=',
        kind: 'target',
        period: '2023',
        quote: '10亿元以上项目',
        optional: true,
      },
      {
        indicator: null,
        value: 4,
        value_max: null,
        unit: '个',
        comparator: '>=',
        kind: 'actual',
        period: '2022',
        quote: '项目不少于4个',
      },
    ],
  },
];
const at = (quote: string): [number, number] => [
  text.indexOf(quote),
  text.indexOf(quote) + quote.length,
];
const pred = (quote: string, p: Partial<PredFact>): PredFact => {
  const [start, end] = at(quote);
  return {
    doc: 'a.txt',
    entity: '某市',
    indicator: null,
    value: null,
    value_max: null,
    unit: null,
    comparator: '=',
    kind: 'target',
    period: '2023',
    start,
    end,
    ...p,
  };
};

describe('scoring with the referee’s rules', () => {
  const preds = [
    pred('7%', { value: 7, unit: '%', indicator: 'gdp_growth' }),
    pred('7%', { value: 7, unit: '%' }), // duplicate: one-to-one leaves it unmatched
    pred('20—30个', { value: 20, value_max: 30, unit: '个', comparator: 'range' }),
    pred('10亿元以上', { value: 10, unit: '亿元', comparator: '>=' }), // on an optional figure: neutral
    pred('不少于4个', { value: 4, unit: '个', comparator: '>=', kind: 'actual', period: '2023' }),
  ];

  it('matches on value, range, unit and overlapping spans, one to one', () => {
    const r = scoreFacts(gold, { 'a.txt': text }, preds, 'all');
    expect(r).toMatchObject({ gold: 3, optional: 1, predicted: 5, matched: 3, neutral: 1 });
    expect(r.precision).toBeCloseTo(3 / 4);
    expect(r.recall).toBe(1);
    expect(r.attributes.period).toEqual({ ok: 2, of: 3, rate: 2 / 3 });
    expect(r.attributes.indicator).toEqual({ ok: 1, of: 1, rate: 1 });
    expect(r.headline).toEqual({ ok: 1, of: 1, rate: 1 });
  });

  it('counts only the scope’s kinds', () => {
    const r = scoreFacts(gold, { 'a.txt': text }, preds, 'targets');
    expect(r).toMatchObject({ gold: 2, predicted: 4, matched: 2 });
  });

  it('misses a figure whose unit differs', () => {
    const r = scoreFacts(
      gold,
      { 'a.txt': text },
      [pred('7%', { value: 7, unit: '个百分点' })],
      'targets',
    );
    expect(r.missed.map((g) => g.quote)).toContain('地区生产总值增长7%');
  });

  it('reports how many matched metric phrases equal the gold’s, over pairs where both have one', () => {
    const withMetrics = structuredClone(gold);
    const facts = withMetrics[0]!.facts;
    facts[0]!.metric = '地区生产总值增长';
    facts[1]!.metric = '新建精品村';
    const r = scoreFacts(
      withMetrics,
      { 'a.txt': text },
      [
        pred('7%', { value: 7, unit: '%', metric: '地区生产总值增长' }),
        pred('20—30个', { value: 20, value_max: 30, unit: '个', metric: '新建' }),
        pred('不少于4个', { value: 4, unit: '个', kind: 'actual', metric: '项目' }),
      ],
      'all',
    );
    expect(r.metric).toEqual({ ok: 1, of: 2, rate: 1 / 2 });
    expect(r.metricDiffs.map((d) => [d.gold.metric, d.pred.metric])).toEqual([
      ['新建精品村', '新建'],
    ]);
  });

  it('reports a headline indicator given where the gold names none, which it does not score', () => {
    const r = scoreFacts(
      gold,
      { 'a.txt': text },
      [
        pred('7%', { value: 7, unit: '%', indicator: 'gdp_growth' }),
        pred('20—30个', { value: 20, value_max: 30, unit: '个', indicator: 'gdp_growth' }),
      ],
      'all',
    );
    expect(r.attributes.indicator).toEqual({ ok: 1, of: 1, rate: 1 });
    expect(r.headlineOnNone.map((d) => d.gold.quote)).toEqual(['新建20—30个精品村']);
  });

  it('refuses a gold quote that is not in the text', () => {
    expect(() => scoreFacts(gold, { 'a.txt': '别的文字' }, [], 'all')).toThrow(/not found/);
  });
});
