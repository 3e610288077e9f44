import { describe, expect, it } from 'vitest';
import { qualitativeIn } from './qualitative.ts';

describe('qualitative targets', () => {
  it.each([
    ['居民人均可支配收入与经济增长同步', 'income_growth', 'text', null],
    ['城乡居民收入增长与经济增长基本同步', 'income_growth', 'text', null],
    ['节能减排、环境保护等指标完成国家、省、市下达任务', 'energy_emission', 'text', null],
    ['节能减排、降碳指标完成国家及省定目标', 'energy_emission', 'text', null],
    ['进出口总额保持正增长', 'trade_growth', '>', 0],
  ])('%s', (clause, indicator, comparator, value) => {
    expect(qualitativeIn(clause, 10)).toMatchObject({
      indicator,
      comparator,
      value,
      start: 10,
      end: 10 + clause.length,
    });
  });

  it.each([
    ['居民人均可支配收入增长与经济增长同步', '居民人均可支配收入增长'],
    // A table's row label and its cell: the rate word is not doubled (…增速增长).
    ['居民人均可支配收入增速与经济增长同步', '居民人均可支配收入增长'],
    ['节能减排、环境保护等指标完成国家、省、市下达任务', '节能减排、环境保护等指标'],
    ['完成省下达的能耗双控目标', '能耗双控'],
    ['全年完成市下达的节能减排目标任务', '节能减排'],
  ])('names the metric of %s', (clause, metric) => {
    expect(qualitativeIn(clause, 0)?.metric).toBe(metric);
  });

  it('ignores ordinary clauses', () => {
    expect(qualitativeIn('加快建设现代化产业体系', 0)).toBeNull();
    expect(qualitativeIn('单位生产总值能耗下降3%', 0)).toBeNull();
  });
});
