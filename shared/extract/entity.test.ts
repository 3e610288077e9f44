import { describe, expect, it } from 'vitest';
import { factEntity } from './entity.ts';

describe('the place a figure is about', () => {
  it('is the document’s entity by default', () => {
    expect(factEntity('新增高新技术企业', '郑州市')).toBe('郑州市');
    expect(factEntity('占全省的', '郑州市')).toBe('郑州市');
  });

  it('follows a place named as the subject', () => {
    expect(factEntity('洛阳市提出增长', '郑州市')).toBe('洛阳市');
    expect(factEntity('全省地区生产总值', '郑州市')).toBe('河南省');
    expect(factEntity('全国', '郑州市')).toBe('全国');
    expect(factEntity('长安区增长', null)).toBe('长安区');
  });

  it('does not take a proper name that starts with a place for a subject', () => {
    expect(factEntity('郑州智能创新产业园', '管城回族区')).toBe('管城回族区');
    expect(factEntity('金水河', '郑州市')).toBe('郑州市');
    expect(factEntity('预计地区生产总值增长', null)).toBeNull();
  });
});
