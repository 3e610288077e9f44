import { describe, expect, it } from 'vitest';
import { parentOf, resolvePlace } from './places.ts';

describe('gazetteer', () => {
  it('puts the seeds’ districts and zone under 郑州市, and 郑州市 under 河南省', () => {
    for (const d of ['二七区', '管城回族区', '郑州经济技术开发区'])
      expect(parentOf(d)).toBe('郑州市');
    expect(parentOf('郑州市')).toBe('河南省');
  });

  it.each([
    ['二七', '二七区'],
    ['管城区', '管城回族区'],
    ['郑州经开区', '郑州经济技术开发区'],
    ['郑州', '郑州市'],
    ['河南', '河南省'],
    ['广西', '广西壮族自治区'],
  ])('resolves %s to %s', (alias, name) => {
    expect(resolvePlace(alias)?.name).toBe(name);
  });

  it('expands zone abbreviations with general patterns', () => {
    expect(resolvePlace('经开区', '郑州市')?.name).toBe('郑州经济技术开发区');
    expect(resolvePlace('洛阳高新区')?.name).toBe('洛阳高新技术产业开发区');
    expect(resolvePlace('长垣市')).toMatchObject({ name: '长垣市', level: '市' });
    expect(resolvePlace('高质量')).toBeNull();
  });
});
