import { describe, expect, it } from 'vitest';
import { extract } from './index.ts';
import { toFactJson } from './fact-json.ts';

describe('jsonl mapping of a fact', () => {
  it('uses the referee’s field names', () => {
    const f = extract('2023年是开局之年。新增技能人才2.75万人。').facts[0]!;
    expect(toFactJson('a.txt', f)).toMatchObject({
      doc: 'a.txt',
      value: 2.75,
      value_max: null,
      unit: '万人',
      norm_value: 27500,
      norm_unit: '人',
      comparator: '=',
      kind: 'target',
      period: '2023',
      quote: '2.75万人',
    });
  });
});
