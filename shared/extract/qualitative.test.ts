import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { QUALITATIVE_ENDS, qualitativeIn } from './qualitative.ts';
import { inSet } from '../text/char-set.ts';

describe('qualitative targets', () => {
  it.each([
    ['居民人均可支配收入与经济增长同步', 'income_growth', 'text', null],
    ['城乡居民收入增长与经济增长基本同步', 'income_growth', 'text', null],
    ['节能减排、环境保护等指标完成国家、省、市下达任务', 'energy_emission', 'text', null],
    ['节能减排、降碳指标完成国家及省定目标', 'energy_emission', 'text', null],
    // Energy use written in full: 能源消耗 as well as 能耗.
    ['单位地区生产总值能源消耗降低完成国家下达目标', 'energy_emission', 'text', null],
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

  it.each([
    ['5.居民人均可支配收入增长与经济增长同步', 'income_growth', '居民人均可支配收入增长'],
    ['7.单位地区生产总值能耗完成市下达任务', 'energy_emission', '单位地区生产总值能耗'],
    ['（三）进出口总额保持正增长', 'trade_growth', '进出口总额增长'],
  ])('reads a target in a numbered list without its numbering: %s', (clause, indicator, metric) => {
    const numbering = clause.indexOf(metric.slice(0, 2));
    expect(qualitativeIn(clause, 10)).toMatchObject({
      indicator,
      metric,
      start: 10 + numbering,
      end: 10 + clause.length,
    });
  });

  it('ignores ordinary clauses', () => {
    expect(qualitativeIn('加快建设现代化产业体系', 0)).toBeNull();
    expect(qualitativeIn('单位生产总值能耗下降3%', 0)).toBeNull();
  });

  it('reads only clauses that end with a character of QUALITATIVE_ENDS (the sentence loop skips the rest)', () => {
    const targets = [
      '居民人均可支配收入与经济增长同步',
      '节能减排、环境保护等指标完成国家、省、市下达任务',
      '节能减排、降碳指标完成国家及省定目标',
      '能耗强度降低完成省下达要求',
      '进出口总额保持正增长',
    ];
    for (const clause of targets) {
      expect(qualitativeIn(clause, 0)).not.toBeNull();
      expect(inSet(QUALITATIVE_ENDS, clause.charCodeAt(clause.length - 1))).toBe(true);
    }
    const words = ['居民收入', '增长', '与', '经济增长', '同步', '节能', '完成', '下达', '任务'];
    const more = ['目标', '要求', '保持', '正增长', '实现', '基本', '、', '的', '指标', '市'];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...words, ...more), { maxLength: 6 }),
        fc.constantFrom(...targets, ''),
        fc.array(fc.constantFrom(...words, ...more), { maxLength: 2 }),
        (before, target, after) => {
          const clause = before.join('') + target + after.join('');
          if (qualitativeIn(clause, 0))
            expect(inSet(QUALITATIVE_ENDS, clause.charCodeAt(clause.length - 1))).toBe(true);
        },
      ),
    );
  });
});
