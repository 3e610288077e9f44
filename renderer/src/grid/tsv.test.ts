import { describe, expect, it } from 'vitest';
import { bounds, inRange, moveRange, rangeTable } from './range.ts';
import { toTsv } from './tsv.ts';

describe('TSV copy', () => {
  it('joins cells with tabs and rows with CRLF, empty cells left empty', () => {
    expect(
      toTsv([
        ['指标', '郑州市', '二七区'],
        ['固定资产投资增长', '15%', null],
      ]),
    ).toBe('指标\t郑州市\t二七区\r\n固定资产投资增长\t15%\t');
  });

  it('quotes cells holding tabs, line breaks or quotes, as Excel and WPS read them', () => {
    expect(toTsv([['a\tb', 'line\nbreak', 'say "同步"', '≥15%']])).toBe(
      '"a\tb"\t"line\nbreak"\t"say ""同步"""\t≥15%',
    );
  });
});

describe('keyboard cell range', () => {
  it('extends from the anchor with shift and collapses without', () => {
    const start = moveRange(null, { row: 2, col: 3 }, true);
    expect(start).toEqual({ anchor: { row: 2, col: 3 }, focus: { row: 2, col: 3 } });
    const grown = moveRange(moveRange(start, { row: 3, col: 3 }, true), { row: 3, col: 1 }, true);
    expect(bounds(grown)).toEqual({ top: 2, bottom: 3, left: 1, right: 3 });
    expect(inRange(grown, 2, 2)).toBe(true);
    expect(inRange(grown, 4, 2)).toBe(false);
    expect(moveRange(grown, { row: 5, col: 5 }, false)).toEqual({
      anchor: { row: 5, col: 5 },
      focus: { row: 5, col: 5 },
    });
  });

  it('builds the selected rectangle with its column headers, whichever way it was drawn', () => {
    const table = rangeTable(
      { anchor: { row: 1, col: 2 }, focus: { row: 0, col: 1 } },
      (c) => `H${c}`,
      (r, c) => (r === 1 && c === 2 ? null : `${r}${c}`),
    );
    expect(table).toEqual([
      ['H1', 'H2'],
      ['01', '02'],
      ['11', ''],
    ]);
  });
});
