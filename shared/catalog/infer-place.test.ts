import { describe, expect, it } from 'vitest';
import { inferParent } from './infer-place.ts';
import { levelFromName } from './places.ts';

describe('inferParent', () => {
  it('takes the known place written right before an unknown one', () => {
    const text =
      '石家庄市长安区第十六届人民代表大会。长安区地区生产总值增长6.5%。石家庄市长安区坚持稳中求进。';
    expect(inferParent(text, '长安区')).toBe('石家庄市');
  });

  it('keeps the gazetteer parent of a known place', () => {
    expect(inferParent('', '二七区')).toBe('郑州市');
  });

  it('says nothing when the text never qualifies the place', () => {
    expect(inferParent('长安区地区生产总值增长6.5%。', '长安区')).toBeNull();
  });

  it('never makes a place the parent of one above or beside it', () => {
    expect(inferParent('金水区新城区合作。', '新城区')).toBeNull();
  });
});

describe('levelFromName', () => {
  it('reads the level from the suffix', () => {
    expect(levelFromName('长安区')).toBe('区县');
    expect(levelFromName('正定县')).toBe('区县');
    expect(levelFromName('石家庄高新技术产业开发区')).toBe('开发区');
    expect(levelFromName('河北省')).toBe('省');
    expect(levelFromName('延边朝鲜族自治州')).toBe('市');
    expect(levelFromName('柳泉镇')).toBe('乡镇');
  });
});
