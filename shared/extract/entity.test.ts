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

  it('reads a new area named after a place as the area, not the place (福州新区)', () => {
    expect(factEntity('福州新区地区生产总值增长', '福州市')).toBe('福州新区');
    expect(factEntity('福州地区生产总值增长', '福州市')).toBe('福州市');
  });

  it('does not take a proper name that starts with a place for a subject', () => {
    expect(factEntity('郑州智能创新产业园', '管城回族区')).toBe('管城回族区');
    expect(factEntity('金水河', '郑州市')).toBe('郑州市');
    expect(factEntity('预计地区生产总值增长', null)).toBeNull();
  });

  it('reads the subject after a time expression the clause opens with', () => {
    expect(factEntity('2018年安丰县地区生产总值增长', '临江市')).toBe('安丰县');
    expect(factEntity('上半年长宁县增长', '临江市')).toBe('长宁县');
    expect(factEntity('1-10月乌拉特前旗地区生产总值增长', null)).toBe('乌拉特前旗');
  });

  it('does not take a time expression with a self-reference for a place', () => {
    expect(factEntity('上半年全区规模以上工业增加值增长', '双湖区')).toBe('双湖区');
    expect(factEntity('2023年一季度全县固定资产投资增长', '安丰县')).toBe('安丰县');
  });
});
