import { describe, expect, it } from 'vitest';
import { matchIndicator } from './match-indicator.ts';

describe('matching a metric to an indicator', () => {
  it.each([
    ['地区生产总值增长', '%', 'gdp_growth'],
    ['生产总值年均增长', '%', 'gdp_growth'],
    ['GDP增长', '%', 'gdp_growth'],
    ['规模以上工业增加值增长', '%', 'industry_va_growth'],
    ['规上工业增加值增长', '%', 'industry_va_growth'],
    ['规上工业增长', '%', 'industry_va_growth'],
    ['固定资产投资下降', '%', 'fai_growth'],
    ['社会消费品零售总额增长', '%', 'retail_growth'],
    ['地方财政一般公共预算收入增长', '%', 'budget_revenue_growth'],
    ['研究与试验发展经费投入强度', '%', 'rd_intensity'],
    ['研发投入强度达到', '%', 'rd_intensity'],
    ['居民消费价格涨幅控制在', '%', 'cpi_growth'],
    ['单位生产总值能耗下降', '%', 'energy_emission'],
    ['万元地区生产总值能耗下降', '%', 'energy_emission'],
    // Energy use written in full (能源消耗), and a national report's 国内生产总值.
    ['单位地区生产总值能源消耗降低', '%', 'energy_emission'],
    ['单位国内生产总值能耗降低', '%', 'energy_emission'],
    ['单位国内生产总值二氧化碳排放降低', '%', 'energy_emission'],
    // Every combination of an intensity's parts the catalog writes with choices.
    ['万元国内生产总值能耗降低', '%', 'energy_emission'],
    ['单位GDP能源消耗下降', '%', 'energy_emission'],
    ['城镇调查失业率控制在', '%', 'surveyed_unemployment'],
  ])('%s (%s) → %s', (metric, unit, id) => {
    expect(matchIndicator(metric, { unit })).toBe(id);
  });

  it.each([
    ['数字经济增加值占生产总值的', '%'],
    ['主导产业占规模以上工业增加值比重提高到', '%'],
    ['规模以上工业企业研发活动覆盖率', '%'],
    ['全社会研发投入增长', '%'],
    ['高于全市', '个百分点'],
    ['地区生产总值二氧化碳排放下降', '%'],
    ['每亿元地区生产总值用水量下降', '%'],
    ['生产总值能源消耗下降', '%'],
    ['万元地区生产总值水耗下降', '%'],
    // Another quantity of the industry named after it: output, revenue, profit.
    ['规上工业总产值增长', '%'],
    ['规上工业产值增长', '%'],
    ['规模以上工业企业营业收入增长', '%'],
    ['规模以上工业利润增长', '%'],
  ])('does not take a share or a neighbour for a headline: %s', (metric, unit) => {
    expect(['gdp_growth', 'industry_va_growth', 'rd_intensity']).not.toContain(
      matchIndicator(metric, { unit }),
    );
  });

  it('reads a level differently from its growth, its change and its amount per head', () => {
    expect(matchIndicator('地区生产总值达到', { unit: '亿元' })).toBe('gdp');
    expect(matchIndicator('地区生产总值增加到', { unit: '亿元' })).toBe('gdp');
    expect(matchIndicator('地区生产总值比上年增加', { unit: '亿元' })).toBeNull();
    expect(matchIndicator('高新技术企业净增', { unit: '家' })).toBeNull();
    expect(matchIndicator('人均地区生产总值达到', { unit: '万元' })).toBe('gdp_per_capita');
    expect(matchIndicator('人均地区生产总值增长', { unit: '%' })).not.toBe('gdp_growth');
    expect(matchIndicator('进出口总额完成', { unit: '亿元' })).toBe('trade_total');
  });

  it('reads a level only in a unit of its kind: money in 元, a count in anything else', () => {
    expect(matchIndicator('村集体经济收入', { unit: '万元' })).toBe('rural_collective_income');
    expect(matchIndicator('行政村集体经济收入', { unit: '个' })).toBeNull();
    expect(matchIndicator('高新技术企业', { unit: '家' })).toBe('high_tech_enterprises');
    expect(matchIndicator('高新技术企业', { unit: '亿元' })).toBeNull();
  });

  it('reads an alias only where every one of its characters is written', () => {
    // 蔟 is 生 plus 4096: 蔟产 falls in the bucket of 生产, where 生产总值 is looked for.
    expect(matchIndicator('地区生产总值增长', { unit: '%' })).toBe('gdp_growth');
    expect(matchIndicator('蔟产总值增长', { unit: '%' })).toBeNull();
  });

  it('takes synonyms added by the user', () => {
    expect(matchIndicator('经济总盘子增长', { unit: '%' })).toBeNull();
    expect(
      matchIndicator('经济总盘子增长', {
        unit: '%',
        extraSynonyms: { gdp_growth: ['经济总盘子'] },
      }),
    ).toBe('gdp_growth');
  });
});
