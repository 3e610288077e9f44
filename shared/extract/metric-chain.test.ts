import { describe, expect, it } from 'vitest';
import { continueSubject, leadingVerbs, shareVerb, subjectOf, swapVerb } from './metric-chain.ts';

describe('a metric continuing the one before it', () => {
  it('carries an action verb across a list of things', () => {
    expect(leadingVerbs('新建改造雨水管网')).toBe('新建改造');
    expect(shareVerb('污水管网', '新建改造雨水管网')).toBe('新建改造污水管网');
    expect(shareVerb('乡村工匠', '新增技能人才')).toBe('新增乡村工匠');
  });

  it('does not carry a verb to a rate, a change, a verb phrase or a two-character activity', () => {
    expect(shareVerb('污水处理率', '新建污水管网')).toBeNull();
    expect(shareVerb('规上工业增加值增长', '新增市场主体')).toBeNull();
    expect(shareVerb('引进人才', '新增企业')).toBeNull();
    expect(shareVerb('股改', '新增上市挂牌公司')).toBeNull();
    expect(shareVerb('污水管网', '雨水管网')).toBeNull();
  });

  it('swaps the verb of a clause that is only a verb', () => {
    expect(swapVerb('建成', '城中村改造新开工')).toBe('城中村改造建成');
    expect(swapVerb('投用', '新建改扩建幼儿园')).toBe('投用幼儿园');
    expect(swapVerb('投用', '县城新建养老机构')).toBe('县城投用养老机构');
    expect(swapVerb('完工', '防汛修复和排涝提升项目开工')).toBe('防汛修复和排涝提升项目完工');
    expect(swapVerb('开工', '防汛修复和排涝提升项目')).toBe('防汛修复和排涝提升项目开工');
  });

  it('gives an aspect, a share or a comparison the previous subject', () => {
    expect(continueSubject('总数达到', '总数', '新增高新技术企业')).toBe('高新技术企业总数');
    expect(continueSubject('完成投资', '投资', '重点项目')).toBe('重点项目完成投资');
    expect(continueSubject('完成年度投资', '年度投资', '重大项目')).toBe('重大项目年度投资');
    expect(continueSubject('累计达到', '累计达到', '新增上市企业')).toBe('上市企业累计');
    expect(continueSubject('占固定资产投资的', '占固定资产投资的', '工业投资增长')).toBe(
      '工业投资占固定资产投资比重',
    );
    expect(continueSubject('高于全市', '高于全市', '研发投入强度达到')).toBe(
      '研发投入强度高于全市',
    );
    expect(continueSubject('新开工项目', '新开工项目', '实施项目')).toBeNull();
  });

  it('takes the subject without verbs, predicate or aspect, but keeps a verb a bare noun needs', () => {
    expect(subjectOf('市场主体逆势增长')).toBe('市场主体');
    expect(subjectOf('一般公共预算收入年均增长')).toBe('一般公共预算收入');
    expect(subjectOf('税收收入突破百亿元')).toBe('税收收入');
    expect(subjectOf('实施项目')).toBe('实施项目');
    expect(subjectOf('实施项目总投资')).toBe('实施项目');
  });
});
