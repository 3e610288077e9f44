import { describe, expect, it } from 'vitest';
import { HEADLINE_IDS, INDICATORS, indicatorById } from './indicators.ts';

describe('indicator catalog', () => {
  it('holds the ten headline ids of the gold convention', () => {
    for (const id of HEADLINE_IDS) expect(indicatorById(id)?.id).toBe(id);
  });

  it('gives every indicator a unique id, both names, a category and aliases', () => {
    expect(new Set(INDICATORS.map((i) => i.id)).size).toBe(INDICATORS.length);
    for (const i of INDICATORS) {
      expect(i.zh && i.en && i.category && i.unitKind && i.direction).toBeTruthy();
      expect(i.aliases.length).toBeGreaterThan(0);
    }
  });

  it('marks caps such as CPI as lower-is-better', () => {
    expect(indicatorById('cpi_growth')?.direction).toBe('lower');
    expect(indicatorById('gdp_growth')?.direction).toBe('higher');
  });
});
