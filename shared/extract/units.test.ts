import { describe, expect, it } from 'vitest';
import { normalizeUnit, unitAt } from './units.ts';

describe('units written after a number', () => {
  it.each([
    ['亿元以上', '亿元'],
    ['万人次', '万人次'],
    ['万千瓦', '万千瓦'],
    ['千瓦', '千瓦'],
    ['个百分点', '个百分点'],
    ['平方公里', '平方公里'],
    ['万平方米', '万平方米'],
    ['亿立方米', '亿立方米'],
    ['个工作日', '个工作日'],
    ['万贫困人口', '万'],
    ['年', ''],
    ['月', ''],
  ])('reads %s as unit %s', (text, unit) => {
    expect(unitAt(text, 0).unit).toBe(unit);
  });

  it('reads 多 and 余 as a lower bound, not as part of the unit', () => {
    expect(unitAt('多亿元', 0)).toEqual({ unit: '亿元', end: 3, more: true });
    expect(unitAt('万多个', 0)).toEqual({ unit: '万个', end: 3, more: true });
    expect(unitAt('余家', 0)).toEqual({ unit: '家', end: 2, more: true });
  });
});

describe('normalised values', () => {
  it('multiplies the magnitude out of the unit', () => {
    expect(normalizeUnit(2.75, '万人')).toEqual({ normValue: 27500, normUnit: '人' });
    expect(normalizeUnit(544.2, '亿元')).toEqual({ normValue: 54420000000, normUnit: '元' });
    expect(normalizeUnit(2.1, '万亿元')).toEqual({ normValue: 2.1e12, normUnit: '元' });
  });

  it('leaves units without magnitude alone', () => {
    expect(normalizeUnit(7, '%')).toEqual({ normValue: 7, normUnit: '%' });
    expect(normalizeUnit(58, '千瓦')).toEqual({ normValue: 58, normUnit: '千瓦' });
    expect(normalizeUnit(null, null)).toEqual({ normValue: null, normUnit: null });
  });
});
