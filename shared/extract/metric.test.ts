import { describe, expect, it } from 'vitest';
import {
  clauseBefore,
  cleanMetric,
  distribution,
  inheritSubject,
  numberingLength,
  scopeShared,
  shareSubject,
} from './metric.ts';

describe('metric phrases', () => {
  it('reads the clause before a figure, keeping brackets that close before it', () => {
    const s = '引进人才,创新创业高层次人才(团队)突破10个';
    const c = clauseBefore(s, s.indexOf('突破'), 0);
    expect(s.slice(c.start, c.end)).toBe('创新创业高层次人才(团队)');
    expect(c.boundary).toBe(','.charCodeAt(0));
  });

  it.each([
    ['5.居民收入增长', 2],
    ['（二）地区生产总值', 3],
    ['三是节能减排', 2],
    ['地区生产总值', 0],
    ['2024年', 0],
  ])('measures the list numbering %s opens with', (phrase, length) => {
    expect(numberingLength(phrase)).toBe(length);
  });

  it('drops hedges, verbs and list numbering around the metric', () => {
    expect(cleanMetric('力争新增高新技术企业')).toBe('新增高新技术企业');
    expect(cleanMetric('研发投入强度达到')).toBe('研发投入强度');
    expect(cleanMetric('城镇调查失业率平均为')).toBe('城镇调查失业率');
    expect(cleanMetric('1.地区生产总值增长')).toBe('地区生产总值增长');
    expect(cleanMetric('全市生产总值由2019年的')).toBe('生产总值');
  });

  it.each([
    ['2018年全县地区生产总值增长', '地区生产总值增长'],
    ['去年我区一般公共预算收入', '一般公共预算收入'],
    ['上半年全市规模以上工业增加值增长', '规模以上工业增加值增长'],
    ['1-10月全区固定资产投资增长', '固定资产投资增长'],
    ['前11个月全盟规模以上工业增加值增长', '规模以上工业增加值增长'],
    ['2018年以来生产总值年均增长', '生产总值年均增长'],
    ['今年本县社会消费品零售总额增长', '社会消费品零售总额增长'],
    ['全区共实施项目', '实施项目'],
    ['全镇完成一般公共预算收入', '一般公共预算收入'],
    ['本乡新建村内道路', '新建村内道路'],
  ])('drops the time and the self-reference before the metric: %s', (raw, metric) => {
    expect(cleanMetric(raw)).toBe(metric);
  });

  it('keeps words that only look like a self-reference, and a phrase that is nothing else', () => {
    expect(cleanMetric('全域旅游接待游客')).toBe('全域旅游接待游客');
    expect(cleanMetric('全市域公交线路')).toBe('全市域公交线路');
    expect(cleanMetric('将全市')).toBe('全市');
  });

  it('shares a subject across a list of levels', () => {
    expect(shareSubject('省级', '力争培育市级“专精特新”企业')).toBe('省级“专精特新”企业');
    expect(shareSubject('', '新增上市公司')).toBe('新增上市公司');
  });

  it('gives a bare predicate the subject of the figure before it', () => {
    expect(inheritSubject('增长', '地区生产总值达到')).toBe('地区生产总值增长');
    expect(inheritSubject('年均增长', '全市生产总值增加到')).toBe('全市生产总值年均增长');
    expect(inheritSubject('新增企业', '地区生产总值')).toBeNull();
  });

  it('spreads 分别 over a list of subjects', () => {
    const s = '目标是:固定资产投资、社会消费品零售总额分别增长10%';
    expect(distribution(s, s.indexOf('10'), 0)).toEqual({
      subjects: ['固定资产投资', '社会消费品零售总额'],
      predicate: '增长',
      next: 1,
      places: [],
    });
  });

  it('spreads 分别 after a count of places over the places of that level spoken of before', () => {
    const s = '三县规模以上工业增加值分别增长7.2%';
    const at = s.indexOf('7.2');
    expect(distribution(s, at, 0, undefined, ['安丰县', '临川市', '长宁县', '西平县'])).toEqual({
      subjects: [
        '安丰县规模以上工业增加值',
        '长宁县规模以上工业增加值',
        '西平县规模以上工业增加值',
      ],
      predicate: '增长',
      next: 1,
      places: [],
    });
    // Not when the paragraph spoke of another number of them: which three is not written.
    expect(distribution(s, at, 0, undefined, ['安丰县', '长宁县'])).toBeNull();
    expect(distribution(s, at, 0, undefined, ['甲县', '乙县', '丙县', '丁县'])).toBeNull();
    expect(
      distribution('两市生产总值分别增长5%', 10, 0, undefined, ['甲市', '乙市'])?.subjects,
    ).toEqual(['甲市生产总值', '乙市生产总值']);
  });

  it('spreads a subject of no place over the places of the 分别 before it in the sentence', () => {
    const s = '一般公共预算收入分别增长3.2%';
    const at = s.indexOf('3.2');
    const carried = {
      subjects: ['南昌市生产总值', '赣州市生产总值'],
      predicate: '增长',
      next: 2,
      places: ['南昌市', '赣州市'],
    };
    const spread = distribution(s, at, 0, carried);
    expect(spread?.subjects).toEqual(['南昌市一般公共预算收入', '赣州市一般公共预算收入']);
    // Its places are the first's: 青溪县城镇居民… opens with a place its words alone do not tell.
    expect(spread?.places).toEqual(['南昌市', '赣州市']);
    // Not after a 分别 over things other than places, nor for a subject that names one of them.
    expect(distribution(s, at, 0, { ...carried, places: [] })).toBeNull();
    const own = '南昌市一般公共预算收入分别增长3.2%';
    expect(distribution(own, own.indexOf('3.2'), 0, carried)).toBeNull();
  });

  it('gives a clause of a scope the rest of the subject before it, not its predicate', () => {
    expect(scopeShared('农村居民增长', '城镇居民人均可支配收入增长')).toBe(
      '农村居民人均可支配收入增长',
    );
    expect(scopeShared('省级', '市级专精特新企业')).toBe('省级专精特新企业');
    // A clause with all of the subject's start is its own: the figure is a level, not a growth.
    expect(scopeShared('农村居民人均可支配收入', '城镇居民人均可支配收入增长')).toBeNull();
  });
});
