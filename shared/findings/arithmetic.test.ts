import { describe, expect, it } from 'vitest';
import { checkArithmetic } from './arithmetic.ts';
import { syntheticInput } from './synthetic.ts';

const check = (body: string) => {
  const input = syntheticInput([{ text: `郑州经济技术开发区2023年政府工作报告\n${body}` }]);
  return checkArithmetic(input.facts, input.text(1));
};

describe('arithmetic', () => {
  it('a total with its parts later in the sentence holds, even with other figures in between', () => {
    const [f, ...rest] = check(
      '2023年，全区共实施项目393个，总投资2940.1亿元，计划新开工项目187个，续建项目142个，前期项目64个，竣工投产项目125个。',
    );
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ type: 'arithmetic', outcome: 'holds', severity: 'info' });
    expect(f!.evidence.map((e) => e.quote)).toEqual(['393个', '187个', '142个', '64个']);
    expect(f!.evidence.map((e) => e.role)).toEqual(['total', 'part', 'part', 'part']);
    expect(f!.explanation).toContain('相加为393个');
  });

  it('an enumeration that does not add up to its total fails', () => {
    const [f] = check(
      '2023年，全区共实施项目400个，其中新开工项目187个、续建项目142个、前期项目64个。',
    );
    expect(f).toMatchObject({ outcome: 'fails', severity: 'high' });
    expect(f!.params.sum).toBe('393个');
    expect(f!.title).toContain('不符');
  });

  it('parts in other units are not summed, and a lone figure is no total', () => {
    expect(check('2023年，全区共实施项目393个，总投资2940.1亿元，年度计划投资502.8亿元。')).toEqual(
      [],
    );
  });

  it('a share stated with its amount and its base is checked by division', () => {
    const holds = check(
      '2022年，全区生产总值完成800亿元，数字经济增加值200亿元，占生产总值的25%。',
    );
    expect(holds.map((f) => f.outcome)).toEqual(['holds']);
    const fails = check(
      '2022年，全区生产总值完成800亿元，数字经济增加值200亿元，占生产总值的35%。',
    );
    expect(fails.map((f) => f.outcome)).toEqual(['fails']);
    expect(fails[0]!.explanation).toContain('=25%');
  });

  it('a share without its base amount is not checked', () => {
    expect(check('2022年，数字经济增加值200亿元，占生产总值的25%。')).toEqual([]);
  });
});
