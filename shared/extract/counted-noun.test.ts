import { describe, expect, it } from 'vitest';
import { countsThings, nounAfter } from './counted-noun.ts';

const after = (s: string, figure: string): string => {
  const at = s.indexOf(figure);
  return nounAfter(s, at + figure.length, s.length);
};

describe('the noun a count is written before', () => {
  it('counts things with measure words, not amounts', () => {
    expect(['个', '家', '所', '万户', '万人', '条'].every(countsThings)).toBe(true);
    expect(['亿元', '公里', '%', '万亩', '个百分点'].some(countsThings)).toBe(false);
  });

  it.each([
    ['抓好260个市级重点项目，年度完成投资800亿元。', '260个', '市级重点项目'],
    ['智能装备产业园等35个项目开工建设。', '35个', '项目开工建设'],
    ['为12万户居民家庭更换燃气报警器。', '12万户', '居民家庭更换燃气报警器'],
    ['9个安置房项目全部实现交付。', '9个', '安置房项目'],
    ['18个产业项目要完成投资20亿元。', '18个', '产业项目'],
    ['完成60个乡镇卫生院的标准化改造。', '60个', '乡镇卫生院'],
    ['全县3.2万人全部纳入家庭医生签约服务。', '3.2万人', '纳入家庭医生签约服务'],
    ['落实10件重点改革任务，推进…', '10件', '重点改革'],
  ])('%s', (s, figure, noun) => {
    expect(after(s, figure)).toBe(noun);
  });

  it('reads a 、 inside the noun, but stops where the list goes on with figures or verbs', () => {
    expect(after('加快12个城区、园区道路提升项目，推进…', '12个')).toBe('城区、园区道路提升项目');
    expect(after('新建15个美丽乡村、10个示范村。', '15个')).toBe('美丽乡村');
    expect(after('建成3个口袋公园、提升道路品质。', '3个')).toBe('口袋公园');
  });

  it('leaves the verb before the next figure to that figure, and a second thing after 和', () => {
    expect(after('120个防汛修复和排涝提升项目开工96个。', '120个')).toBe('防汛修复和排涝提升项目');
    expect(after('推动东湖、西山等5家省实验室和高校研究院建设。', '5家')).toBe('省实验室');
  });

  it('finds nothing where no noun follows', () => {
    expect(after('新增市场主体3万户，总量突破40万户。', '3万户')).toBe('');
    expect(after('新建精品村20个以上。', '20个')).toBe('');
    expect(after('投用16所，', '16所')).toBe('');
  });
});
