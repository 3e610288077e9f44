import { describe, expect, it } from 'vitest';
import type { Comparator } from '../domain/fact.ts';
import { alignTarget, isAlignable, type TargetFigure } from './alignment.ts';

const f = (
  value: number | null,
  comparator: Comparator = '=',
  unit: string | null = '%',
  valueMax: number | null = null,
): TargetFigure => ({
  value,
  valueMax,
  unit,
  comparator,
});

describe('alignTarget', () => {
  it('reads a higher-is-better target by the level it commits to', () => {
    expect(alignTarget(f(7), f(7), 'higher')).toBe('equal');
    expect(alignTarget(f(6.5), f(7), 'higher')).toBe('below');
    expect(alignTarget(f(8), f(7), 'higher')).toBe('above');
    expect(alignTarget(f(12, '~'), f(15, '>='), 'higher')).toBe('below');
    expect(alignTarget(f(15, '>='), f(15), 'higher')).toBe('equal');
    expect(alignTarget(f(15, '>'), f(15, '>='), 'higher')).toBe('above');
    expect(alignTarget(f(1, 'range', '家', 2), f(2, '=', '家'), 'higher')).toBe('below');
  });

  it('reads a cap by its ceiling: a looser cap is below, a stricter one above', () => {
    expect(alignTarget(f(3, '<='), f(3, '<='), 'lower')).toBe('equal');
    expect(alignTarget(f(3.5, '<='), f(3, '<='), 'lower')).toBe('below');
    expect(alignTarget(f(2.5, '<='), f(3, '<='), 'lower')).toBe('above');
    expect(alignTarget(f(3, '~'), f(3, '<='), 'lower')).toBe('equal');
  });

  it('says missing when the parent sets a target the district does not', () => {
    expect(alignTarget(null, f(7), 'higher')).toBe('missing');
  });

  it('says unknown when the figures cannot be compared', () => {
    expect(alignTarget(f(null, 'text', null), f(7), 'higher')).toBe('unknown');
    expect(alignTarget(f(7), f(7, '=', '个百分点'), 'higher')).toBe('unknown');
    expect(alignTarget(f(7), null, 'higher')).toBe('unknown');
    expect(alignTarget(f(7), f(7), 'neutral')).toBe('unknown');
    expect(alignTarget(f(5, '<='), f(7), 'higher')).toBe('unknown');
  });

  it('compares figures written with different magnitudes through their base unit', () => {
    const child = { ...f(2.75, '=', '万人'), normValue: 27500, normUnit: '人' };
    const parent = { ...f(30000, '=', '人'), normValue: 30000, normUnit: '人' };
    expect(alignTarget(child, parent, 'higher')).toBe('below');
    expect(alignTarget({ ...child, value: 3, normValue: 30000 }, parent, 'higher')).toBe('equal');
  });
});

describe('isAlignable', () => {
  it('holds rates and growths against the parent, never amounts or counts', () => {
    expect(isAlignable({ unitKind: 'percent' })).toBe(true);
    expect(isAlignable({ unitKind: 'points' })).toBe(true);
    expect(isAlignable({ unitKind: 'money' })).toBe(false);
    expect(isAlignable({ unitKind: 'count' })).toBe(false);
    expect(isAlignable(undefined)).toBe(false);
  });
});
