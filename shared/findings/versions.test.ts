import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FindingsDocument } from './types.ts';
import {
  compareVersions,
  findVersionDifferences,
  MAX_PER_GROUP,
  prepare,
  sharePassage,
} from './versions.ts';

const doc = (id: number, text: string, type = '政府工作报告'): FindingsDocument => ({
  id,
  name: `doc${id}.txt`,
  entity: '郑州市',
  year: 2023,
  type,
  length: text.length,
});

/** A report of a few sentences, with one of them replaced. */
const REPORT = [
  '2023年是全面贯彻落实党的二十大精神的开局之年。',
  '今后五年是国家中心城市现代化建设提质进位的关键时期，我们要牢牢把握职责使命。',
  '2023年主要预期目标是：地区生产总值增长7%，规模以上工业增加值增长8%以上，固定资产投资增长15%。',
  '抓好1000个省市重点项目，年度完成投资5000亿元以上，产业项目投资占比提高到48%以上。',
  '新建改扩建中小学15所、投用16所，持续推进高中段学校建设。',
];
const versions = (left: string[], right: string[], leftType = '政府工作报告摘编') => {
  const a = left.join('\n');
  const b = right.join('\n');
  return compareVersions(doc(1, a, leftType), doc(2, b), a, b);
};

describe('version differences', () => {
  it('a changed figure is listed with both quotes and the differing characters marked', () => {
    const changed = [...REPORT];
    changed[2] = changed[2]!.replace('增长7%', '增长7.5%');
    const [f, ...rest] = versions(changed, REPORT);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ type: 'version', severity: 'high', outcome: 'differs' });
    expect(f!.diff!.kind).toBe('number');
    const { left, right } = f!.diff!;
    expect(left.text).toBe(changed[2]);
    expect(right.text).toBe(REPORT[2]);
    const marked = (s: typeof left) => s.marks.map(([a, b]) => s.text.slice(a, b)).join('');
    expect(marked(left)).toBe('.5');
    expect(marked(right)).toBe('');
    expect(f!.evidence.map((e) => e.role)).toEqual(['left', 'right']);
    expect(f!.evidence[0]!.sentence).toBe(changed[2]);
  });

  it('a changed word is a wording difference of low severity', () => {
    const changed = [...REPORT];
    changed[1] = changed[1]!.replace('牢牢把握', '牢记');
    const found = versions(changed, REPORT);
    expect(found).toHaveLength(1);
    expect(found[0]!.diff).toMatchObject({ kind: 'wording' });
    expect(found[0]!.diff!.left.changed).toContain('牢记');
    expect(found[0]!.diff!.right.changed).toContain('牢牢把握');
  });

  it('punctuation width (，vs ,) and whitespace are not differences', () => {
    const changed = REPORT.map((s) => s.replaceAll('，', ',').replaceAll('：', ': ')).map(
      (s) => ` ${s}\n`,
    );
    expect(versions(changed, REPORT)).toEqual([]);
  });

  it('a digest that only shortens a sentence, without changing a figure, is not listed', () => {
    const digest = [...REPORT];
    digest[2] = digest[2]!.replace('地区生产总值', '生产总值');
    digest[3] = digest[3]!.replace('，年度完成投资5000亿元以上', '');
    digest.splice(4, 1); // and leaves a passage out
    const found = versions(digest, REPORT);
    expect(found.map((f) => f.diff!.kind)).toEqual(['number']); // dropping 5000亿元 drops a figure
    expect(found[0]!.diff!.right.changed).toContain('5000');
  });

  it('documents that are not largely the same text are not compared', () => {
    const other = ['今年着力抓好十项重点工作。', '城市品质显著提升，生态环境质量显著改善。'];
    expect(versions(other, REPORT)).toEqual([]);
  });
});

const SEEDS = join(import.meta.dirname, '../../seeds');
const read = (n: string) => readFileSync(join(SEEDS, n), 'utf8');

describe('the seed digest (003) against the full report (004) of 郑州市', () => {
  const digest = read('003_7e8be75c3b448164.txt');
  const full = read('004_f0c91d072d13cb6f.txt');
  const found = compareVersions(
    { ...doc(4, digest, '政府工作报告摘编') },
    { ...doc(5, full) },
    digest,
    full,
  );

  /**
   * Built by reading both texts side by side (digest → full report), passage by passage over
   * what they share: the 今后五年 goals, the 2023 requirements and targets, and the first two
   * work items. Left out as not findings: 生产总值 vs 地区生产总值 (the digest shortens), 【…】
   * headings and list numbering, 、 vs ， and every ，vs , and line break.
   */
  const EXPECTED: [string, string][] = [
    ['牢记', '牢牢把握'],
    ['重要战略机遇期', '重要机遇期'],
    ['把各项事业推向', '推动各项事业迈上'],
    ['城市的区域', '城市区域'],
    ['发展模式', '发展方式'],
    ['持续扩大', '扩大'],
    ['创新中心', '创新城市'],
    ['均等普及', '均等可及'],
    ['教育强市', '建设强市'],
    ['贯彻落实党的', '贯彻党的'],
    ['十一届', '十二届'],
    ['价格涨幅', '价格指数'],
    ['储备省重点项', '储备重点项'],
    ['团购在售商品住房', '团购房在售商品房'],
    ['团购并案', '团购并举'],
  ];

  it('lists exactly the differences found by reading the two texts', () => {
    expect(found.map((f) => [f.diff!.left.changed, f.diff!.right.changed])).toHaveLength(
      EXPECTED.length,
    );
    EXPECTED.forEach(([l, r], i) => {
      const f = found[i]!;
      expect(f.diff!.left.changed, `difference ${i + 1}`).toContain(l);
      expect(f.diff!.right.changed, `difference ${i + 1}`).toContain(r);
    });
  });

  it('gives each difference both quotes, pointing into each document', () => {
    for (const f of found) {
      const [l, r] = f.evidence;
      expect(l!.documentId).toBe(4);
      expect(r!.documentId).toBe(5);
      expect(digest.slice(l!.start, l!.end)).toBe(l!.quote);
      expect(full.slice(r!.start, r!.end)).toBe(r!.quote);
      expect(digest.slice(l!.sentenceStart, l!.sentenceEnd)).toBe(l!.sentence);
      expect(full.slice(r!.sentenceStart, r!.sentenceEnd)).toBe(r!.sentence);
      expect(l!.quote.length + r!.quote.length).toBeGreaterThan(0);
    }
  });

  it('marks the session number 十一届 / 十二届 as a number difference, the rest as wording', () => {
    expect(found.filter((f) => f.diff!.kind === 'number').map((f) => f.diff!.left.changed)).toEqual(
      ['省委十一届四次'],
    );
  });

  it('gives every difference its own stable key', () => {
    expect(new Set(found.map((f) => f.key)).size).toBe(found.length);
    expect(found[10]!.key).toBe('version|郑州市|2023|省委十一届四次|省委十二届四次');
  });
});

describe('versions in a group of documents of one entity and year', () => {
  const group = (texts: string[]) =>
    texts.map((text, i) => ({ ...doc(i + 1, text), name: `doc${i + 1}.txt` }));
  const input = (texts: string[]) => ({
    documents: group(texts),
    text: (id: number) => texts[id - 1]!,
  });
  /** A long report; version `k` states every other sentence's growth figure k points higher. */
  const report = (k: number, sentences = 150) =>
    Array.from(
      { length: sentences },
      (_, i) => `第${i + 1}项工作：完成投资${100 + i}亿元，增长${(i % 9) + 1 + (i % 2 ? k : 0)}%。`,
    ).join('\n');

  it('two texts sharing no passage word for word are not versions, and are not aligned', () => {
    const a = REPORT.join('\n');
    const b = REPORT.map((s) => `另外，${s}`).join('\n');
    expect(sharePassage(prepare(a), prepare(b))).toBe(false);
    expect(compareVersions(doc(1, a), doc(2, b), a, b)).toEqual([]);
    const cache = new Map();
    expect(findVersionDifferences(input([a, b]), cache)).toEqual([]);
    expect([...cache.values()]).toEqual([[]]);
  });

  it('a pair lists all its differences, however many the group already has', () => {
    const [a, b] = [report(0, 600), report(1, 600)];
    const found = findVersionDifferences(input([a, b]));
    expect(found.length).toBeGreaterThanOrEqual(MAX_PER_GROUP);
    expect(found).toEqual(compareVersions(doc(1, a), doc(2, b), a, b));
  });

  it('many near-copies: once the group has listed MAX_PER_GROUP differences, its other pairs are not compared', () => {
    const texts = Array.from({ length: 12 }, (_, k) => report(k));
    const cache = new Map();
    const found = findVersionDifferences(input(texts), cache);
    const perPair = 75; // every other sentence of 150
    const compared = Math.ceil(MAX_PER_GROUP / perPair);
    expect(cache.size).toBe(compared); // of 66 pairs
    expect(found).toHaveLength(compared * perPair);
    const [first, second] = [texts[0]!, texts[1]!];
    expect(found.slice(0, perPair)).toEqual(
      compareVersions(doc(1, first), doc(2, second), first, second),
    );
  });
});
