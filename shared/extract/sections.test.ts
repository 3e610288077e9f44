import { describe, expect, it } from 'vitest';
import { splitParagraphs } from './sections.ts';

describe('document structure', () => {
  it('builds heading paths from markers of different ranks', () => {
    const s =
      '# 政府工作报告\n## 一、2022年工作回顾\n(一)产业转型。新增企业5家。\n正文。\n二、2023年工作安排\n【强化投资】抓好项目。';
    const ps = splitParagraphs(s);
    expect(ps.map((p) => p.heading?.text ?? null)).toEqual([
      '政府工作报告',
      '一、2022年工作回顾',
      '(一)产业转型',
      null,
      '二、2023年工作安排',
      '强化投资',
    ]);
    expect(ps[3]?.path).toEqual(['政府工作报告', '一、2022年工作回顾', '(一)产业转型']);
    expect(ps[5]?.path).toEqual(['政府工作报告', '二、2023年工作安排', '强化投资']);
  });

  it('takes a short unmarked line for a heading, and a sentence for a paragraph', () => {
    const ps = splitParagraphs('2023年 主要预期经济指标\n今年,经开区确定了目标。');
    expect(ps[0]?.heading?.text).toBe('2023年 主要预期经济指标');
    expect(ps[1]?.heading).toBeNull();
  });

  it('takes no labelled line of a news item for a heading', () => {
    const ps = splitParagraphs(
      '临川市一季度县域经济运行简况\n发布日期:2024-04-22来源:临川市统计局\n一季度,全市增长5%。',
    );
    expect(ps.map((p) => p.heading?.text ?? null)).toEqual([
      '临川市一季度县域经济运行简况',
      null,
      null,
    ]);
    expect(ps[2]?.path).toEqual(['临川市一季度县域经济运行简况']);
  });
});
