import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findNumbers } from './numbers.ts';

const values = (line: string) => findNumbers(line).map((n) => [n.value, n.value_max, n.kind]);

describe('the numeral layer', () => {
  it.each([
    ['新增技能人才2.75万人', [[27500, null, 'number']]],
    ['增长百分之五', [[5, null, 'percent']]],
    ['提高0.17个百分点', [[0.17, null, 'percent']]],
    ['新建20—30个精品村', [[20, 30, 'range']]],
    ['新增企业1-2家', [[1, 2, 'range']]],
    ['一百二十名', [[120, null, 'number']]],
    ['两千户', [[2000, null, 'number']]],
    ['叁仟陆佰元', [[3600, null, 'number']]],
    ['十二点五吨', [[12.5, null, 'number']]],
    ['一亿两千万', [[120000000, null, 'number']]],
    ['排名第三', [[3, null, 'ordinal']]],
    ['千分之五', [[0.5, null, 'percent']]],
    ['三四十万人', [[300000, 400000, 'range']]],
    ['两到三万元', [[20000, 30000, 'range']]],
    ['下降了负三点五', [[-3.5, null, 'number']]],
    ['打八折', [[80, null, 'percent']]],
    ['三成', [[30, null, 'percent']]],
    ['大于10并且小于20', [[10, 20, 'range']]],
  ])('%s', (line, expected) => {
    expect(values(line)).toEqual(expected);
  });

  it.each(['一切顺利', '四川盆地', '两岸交流', '队伍建设', '统一部署', '万一出错'])(
    'finds nothing in %s',
    (line) => expect(findNumbers(line)).toEqual([]),
  );

  it('reads fractions', () => {
    expect(findNumbers('三分之一的企业')[0]?.value).toBeCloseTo(1 / 3, 12);
  });

  it('keeps the text as written, full-width included', () => {
    expect(findNumbers('增长１２％')[0]).toEqual({
      text: '１２％',
      value: 12,
      value_max: null,
      kind: 'percent',
    });
  });

  it('never throws and returns texts found in the line', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'grapheme', maxLength: 80 }),
          fc
            .array(
              fc.constantFrom(
                '一',
                '十',
                '百',
                '万',
                '两',
                '点',
                '分之',
                '负',
                '第',
                '1',
                '0',
                '.',
                ',',
                '-',
                '至',
                '多',
                ' ',
                '成',
                '折',
                '%',
              ),
              { maxLength: 40 },
            )
            .map((a) => a.join('')),
        ),
        (line) => {
          for (const n of findNumbers(line)) {
            expect(line).toContain(n.text);
            expect(Number.isFinite(n.value)).toBe(true);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
