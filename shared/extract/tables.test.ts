import { describe, expect, it } from 'vitest';
import { findTables } from './tables.ts';

const texts = (text: string) =>
  findTables(text).map((t) => ({
    header: t.markedHeader,
    rows: t.rows.map((r) => r.cells.map((c) => c.text)),
  }));

describe('findTables', () => {
  it('reads a Markdown table: the rows above its rule are the header, outer pipes and ** dropped', () => {
    const text = '前言。\n| 指标 | 2024年 |\n|:-|--:|\n| **地区生产总值** | 6%左右 |\n正文。';
    expect(texts(text)).toEqual([
      {
        header: 1,
        rows: [
          ['指标', '2024年'],
          ['地区生产总值', '6%左右'],
        ],
      },
    ]);
  });

  it('reads a grid of tabs, keeping the empty cells that hold a column (a cell spanning rows)', () => {
    const text = '类别\t指标\t单位\n经济\t生产总值\t亿元\n\t投资\t亿元\t\n';
    expect(texts(text)).toEqual([
      {
        header: 0,
        rows: [
          ['类别', '指标', '单位'],
          ['经济', '生产总值', '亿元'],
          ['', '投资', '亿元', ''],
        ],
      },
    ]);
  });

  it('gives each cell its offsets in the original text', () => {
    const text = '标题\r\n指标\t 数值 \r\n产值\t１２\r\n';
    const [table] = findTables(text);
    for (const row of table!.rows)
      for (const cell of row.cells) expect(text.slice(cell.start, cell.end)).toBe(cell.text);
    expect(table!.rows[1]!.cells.map((c) => c.text)).toEqual(['产值', '１２']);
    expect(text.slice(table!.start, table!.end)).toBe('指标\t 数值 \r\n产值\t１２');
  });

  it('needs two rows: a single line with a tab or pipes is no table', () => {
    expect(findTables('地区生产总值\t增长7%\n下一段。')).toEqual([]);
    expect(findTables('| 一行 | 而已 |\n\n| 另一行 | 隔开 |')).toEqual([]);
  });

  it('keeps tables of different kinds apart, and a rule alone makes none', () => {
    expect(texts('a\tb\nc\td\n| e | f |\n| g | h |\n---|---\n')).toEqual([
      {
        header: 0,
        rows: [
          ['a', 'b'],
          ['c', 'd'],
        ],
      },
      {
        header: 0,
        rows: [
          ['e', 'f'],
          ['g', 'h'],
        ],
      },
    ]);
  });

  it('does not take an indent of tabs for cells', () => {
    expect(findTables('\t第一段。\n\t第二段。\n')).toEqual([]);
  });
});
