import { describe, expect, it } from 'vitest';
import { findAlignment } from './alignment.ts';
import { computeFindings } from './index.ts';
import { syntheticInput } from './synthetic.ts';

const CITY =
  '郑州市2023年政府工作报告\n2023年主要预期目标是：地区生产总值增长7%，固定资产投资增长15%，研究与试验发展经费投入强度突破2.6%，居民消费价格涨幅控制在3%以内。';
const district = (name: string, targets: string) => ({
  text: `${name}2023年政府工作报告\n2023年主要预期目标是：${targets}。`,
});

describe('alignment', () => {
  it('a district target below the city’s is listed with both spans', () => {
    const found = findAlignment(
      syntheticInput([
        { text: CITY },
        district(
          '郑州经济技术开发区',
          '地区生产总值增长8%，固定资产投资增长12%，研发投入强度达到3%，居民消费价格涨幅控制在3%以内',
        ),
      ]),
    );
    const below = found.filter((f) => f.outcome === 'below');
    expect(below).toHaveLength(1);
    expect(below[0]).toMatchObject({
      severity: 'medium',
      entities: ['郑州经济技术开发区', '郑州市'],
    });
    expect(below[0]!.title).toBe('郑州经济技术开发区固定资产投资增长目标12%低于郑州市的15%');
    expect(below[0]!.evidence.map((e) => [e.documentId, e.quote])).toEqual([
      [2, '12%'],
      [1, '15%'],
    ]);
  });

  it('a district target above its parent’s, or equal, or a stricter cap, is not a finding', () => {
    const found = findAlignment(
      syntheticInput([
        { text: CITY },
        district(
          '二七区',
          '地区生产总值增长7.5%，固定资产投资增长15%以上，研发投入强度突破2.8%，居民消费价格涨幅控制在2.5%以内',
        ),
      ]),
    );
    expect(found).toEqual([]);
  });

  it('a looser cap (CPI ≤3.5% against ≤3%) is below', () => {
    const found = findAlignment(
      syntheticInput([
        { text: CITY },
        district(
          '二七区',
          '地区生产总值增长7%，固定资产投资增长15%，研发投入强度突破2.6%，居民消费价格涨幅控制在3.5%以内',
        ),
      ]),
    );
    expect(found.map((f) => [f.outcome, f.params.metric])).toEqual([['below', '居民消费价格涨幅']]);
  });

  it('the city’s headline targets a district sets none for are listed, per district', () => {
    const found = findAlignment(
      syntheticInput([
        { text: CITY },
        district('二七区', '地区生产总值增长7%，固定资产投资增长15%'),
        district('管城回族区', '地区生产总值增长7%，研发投入强度达到2.7%'),
      ]),
    );
    const missing = found
      .filter((f) => f.outcome === 'missing')
      .map((f) => `${f.entities[0]}:${f.params.metric}`)
      .sort();
    expect(missing).toEqual(
      [
        '二七区:研发投入强度',
        '二七区:居民消费价格涨幅',
        '管城回族区:固定资产投资增长',
        '管城回族区:居民消费价格涨幅',
      ].sort(),
    );
    const rd = found.find((f) => f.key.includes('二七区') && f.params.metric === '研发投入强度')!;
    expect(rd.key).toBe('alignment|missing|二七区|郑州市|rd_intensity|2023');
    expect(rd.cells).toContainEqual({
      entity: '二七区',
      indicator: 'rd_intensity',
      metric: null,
      period: '2023',
      kind: 'target',
    });
  });

  it('a district’s amounts and counts are not held against the city’s', () => {
    const found = findAlignment(
      syntheticInput([
        { text: '郑州市2023年政府工作报告\n2023年，力争新增高新技术企业1000家。' },
        { text: '管城回族区2023年政府工作报告\n2023年，力争新增高新技术企业50家。' },
      ]),
    );
    expect(found).toEqual([]);
  });

  it('every entity is held against its parent, whatever order the entities come in, cycles too', () => {
    const input = syntheticInput([
      { text: CITY },
      district('二七区', '地区生产总值增长8%，固定资产投资增长12%'),
      district('管城回族区', '地区生产总值增长6%，研发投入强度达到2.7%'),
    ]);
    const keys = (findings: { key: string; type: string }[]) =>
      findings
        .filter((f) => f.type === 'alignment')
        .map((f) => f.key)
        .sort();
    const alone = keys(findAlignment(input));
    expect(alone.length).toBeGreaterThan(4);
    expect(keys(computeFindings(input))).toEqual(alone);
    // 郑州市 made a district's child: a cycle of parents.
    const cycle = { ...input, parents: new Map([...input.parents, ['郑州市', '二七区']]) };
    expect(keys(computeFindings(cycle))).toEqual(keys(findAlignment(cycle)));
    expect(
      keys(findAlignment(cycle)).some((k) =>
        k.startsWith('alignment|below|郑州市|二七区|gdp_growth'),
      ),
    ).toBe(true);
  });
});
