import { describe, expect, it } from 'vitest';
import { computeFindings } from './index.ts';
import { syntheticInput, type SyntheticDoc } from './synthetic.ts';

const DISTRICT: SyntheticDoc = {
  text: '管城回族区2023年政府工作报告\n2022年，研发投入强度达到2.62%，高于全市0.17个百分点。',
};
const city = (value: string): SyntheticDoc => ({
  text: `郑州市2023年政府工作报告\n过去一年，全社会研发投入达310.4亿元，研发投入强度达到${value}。`,
});
const xrefs = (docs: SyntheticDoc[]) =>
  computeFindings(syntheticInput(docs)).filter((f) => f.type === 'cross-reference');

describe('cross-references', () => {
  it('a difference to the city holds when the city’s own report gives the matching figure', () => {
    const [f, ...rest] = xrefs([DISTRICT, city('2.45%')]);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      outcome: 'holds',
      severity: 'info',
      entities: ['管城回族区', '郑州市'],
    });
    expect(f!.evidence.map((e) => [e.documentId, e.quote, e.role])).toEqual([
      [1, '2.62%', 'own'],
      [1, '0.17个百分点', 'statement'],
      [2, '2.45%', 'referent'],
    ]);
    expect(f!.explanation).toContain(
      '郑州市自身文件中的研发投入强度为2.45%，实际差0.17个百分点，相符',
    );
  });

  it('fails when the city’s figure gives another difference', () => {
    const [f] = xrefs([DISTRICT, city('2.5%')]);
    expect(f).toMatchObject({ outcome: 'fails', severity: 'high' });
    expect(f!.explanation).toContain('实际差0.12个百分点');
  });

  it('cannot be checked without the city’s figure, and says which figure is missing', () => {
    const [f] = xrefs([DISTRICT]);
    expect(f).toMatchObject({ outcome: 'unchecked' });
    expect(f!.explanation).toContain('没有郑州市2022年研发投入强度');
  });

  it('shares of the province (分别占全省的48%、37%) are matched to their amounts in order', () => {
    const found = xrefs([
      {
        text: '2023年郑州市政府工作报告\n过去一年，新增高新技术企业1000家、科技型中小企业8000家，分别占全省的48%、37%。',
      },
    ]);
    expect(found.map((f) => [f.outcome, f.figures[0]!.figure, f.figures[1]!.figure])).toEqual([
      ['unchecked', '1000家', '48%'],
      ['unchecked', '8000家', '37%'],
    ]);
    expect(found[0]!.entities).toEqual(['郑州市', '河南省']);
  });
});
