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
    ['抓好1000个省市重点项目，年度完成投资5000亿元。', '1000个', '省市重点项目'],
    ['上汽发动机二期等148个项目开工建设。', '148个', '项目开工建设'],
    ['为80万户居民家庭加装燃气安全装置。', '80万户', '居民家庭加装燃气安全装置'],
    ['15个保交楼项目全部实现复工复产。', '15个', '保交楼项目'],
    ['24个重点项目要完成投资35亿元。', '24个', '重点项目'],
    ['完成170个涉改事业单位的整合重组。', '170个', '涉改事业单位'],
    ['全市161.7万人全部入网智慧养老平台。', '161.7万人', '入网智慧养老平台'],
  ])('%s', (s, figure, noun) => {
    expect(after(s, figure)).toBe(noun);
  });

  it('reads a 、 inside the noun, but stops where the list goes on with figures or verbs', () => {
    expect(after('加快25个郑洛融城、郑开同城交通优化项目，推进…', '25个')).toBe(
      '郑洛融城、郑开同城交通优化项目',
    );
    expect(after('新建20个精品村、10个示范村。', '20个')).toBe('精品村');
    expect(after('建成3个口袋公园、提升道路品质。', '3个')).toBe('口袋公园');
  });

  it('leaves the verb before the next figure to that figure, and a second thing after 和', () => {
    expect(after('3499个灾后重建和能力提升项目开工3451个。', '3499个')).toBe(
      '灾后重建和能力提升项目',
    );
    expect(after('推动嵩山、黄河等7家省实验室和哈工大研究院建设。', '7家')).toBe('省实验室');
  });

  it('finds nothing where no noun follows', () => {
    expect(after('新增市场主体20万户，总量突破200万户。', '20万户')).toBe('');
    expect(after('新建精品村20个以上。', '20个')).toBe('');
    expect(after('投用16所，', '16所')).toBe('');
  });
});
