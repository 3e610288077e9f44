import { describe, expect, it } from 'vitest';
import { formatFigure, formatNumber } from './fact-text.ts';

describe('formatFigure', () => {
  it('writes a plain target as value and unit', () => {
    expect(formatFigure({ value: 7, valueMax: null, unit: '%', comparator: '=' })).toBe('7%');
  });
  it('marks lower bounds, caps and approximations with their symbol', () => {
    expect(formatFigure({ value: 15, valueMax: null, unit: '%', comparator: '>=' })).toBe('≥15%');
    expect(formatFigure({ value: 3, valueMax: null, unit: '%', comparator: '<=' })).toBe('≤3%');
    expect(formatFigure({ value: 12, valueMax: null, unit: '%', comparator: '~' })).toBe('≈12%');
  });
  it('writes a range with an en dash', () => {
    expect(formatFigure({ value: 1, valueMax: 2, unit: '家', comparator: 'range' })).toBe('1–2家');
  });
  it('writes a qualitative target as 同步', () => {
    expect(formatFigure({ value: null, valueMax: null, unit: null, comparator: 'text' })).toBe(
      '同步',
    );
  });
  it('hides floating point noise', () => {
    expect(formatNumber(0.1 + 0.2)).toBe('0.3');
    expect(formatNumber(2133.2)).toBe('2133.2');
  });
});
