import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FindingRecord } from '../../shared/api.ts';
import { paths } from '../paths.ts';
import { openCore } from '../service/open-core.ts';
import { useTempDir } from '../testing/temp-dir.ts';

const tempDir = useTempDir();

const bytes = (name: string, text: string) => ({
  kind: 'bytes' as const,
  name,
  base64: Buffer.from(text, 'utf8').toString('base64'),
});

async function seededCore() {
  const core = await openCore({ dbPath: join(tempDir(), 'findings.sqlite'), seedDir: null });
  await core.api.importFiles({ sources: [{ kind: 'path', path: paths.seeds }] });
  const docs = await core.api.listDocuments({});
  const id = (prefix: string) => docs.find((d) => d.name.startsWith(prefix))!.id;
  return { core, id };
}

const REPORT_2024 = `郑州市2024年政府工作报告
过去一年，全市地区生产总值增长7.4%，规模以上工业增加值增长10.2%，固定资产投资增长6.8%，社会消费品零售总额增长9.4%，一般公共预算收入增长3.5%，居民消费价格上涨0.2%。
2024年主要预期目标是：地区生产总值增长6%。
`;

describe('findings over the seed corpus', () => {
  it('meets the acceptance of issue 7 on the seeds', async () => {
    const { core, id } = await seededCore();
    const t0 = performance.now();
    const list = await core.api.listFindings({});
    const ms = performance.now() - t0;
    console.log(
      `findings on the seeds: ${list.findings.length} in ${ms.toFixed(0)} ms (compute ${list.computeMs} ms)`,
    );
    const of = (type: string) => list.findings.filter((f) => f.type === type);

    // Digest 003 against full report 004: every difference with both quotes.
    const versions = of('version');
    expect(versions).toHaveLength(15);
    for (const v of versions) {
      expect(v.evidence.map((e) => e.documentId)).toEqual([id('003'), id('004')]);
      expect(v.diff!.left.text.length).toBeGreaterThan(0);
      expect(v.diff!.right.text.length).toBeGreaterThan(0);
    }

    // 经开区: 393 = 187 + 142 + 64, verified.
    const sum = of('arithmetic').find((f) => f.figures[0]!.value === 393)!;
    expect(sum).toMatchObject({ outcome: 'holds', entities: ['郑州经济技术开发区'] });
    expect(sum.figures.slice(1).map((f) => f.value)).toEqual([187, 142, 64]);

    // 管城: 2.62%, "高于全市0.17个百分点", checked against the city's own 2.45%.
    const xref = of('cross-reference').find((f) => f.entities[0] === '管城回族区')!;
    expect(xref).toMatchObject({ outcome: 'holds', entities: ['管城回族区', '郑州市'] });
    expect(xref.evidence.map((e) => [e.documentId, e.quote])).toEqual([
      [id('001'), '2.62%'],
      [id('001'), '0.17个百分点'],
      [id('004'), '2.45%'],
    ]);
    expect(xref.explanation).toContain(
      '郑州市自身文件中的研发投入强度为2.45%，实际差0.17个百分点，相符',
    );

    // 经开区's 固定资产投资 target below the city's.
    const below = of('alignment').filter((f) => f.outcome === 'below');
    expect(below.map((f) => f.title)).toContain(
      '郑州经济技术开发区固定资产投资增长目标12%低于郑州市的15%',
    );

    // City headline targets a district does not set, per district.
    const missing = of('alignment').filter((f) => f.outcome === 'missing');
    for (const district of ['二七区', '管城回族区', '郑州经济技术开发区']) {
      expect(
        missing.filter((f) => f.entities[0] === district).map((f) => f.figures[0]!.indicator),
      ).toContain('rd_intensity');
    }

    // Nothing conflicts between the digest and the full report: their figures agree.
    expect(of('conflict')).toEqual([]);
    // Every evidence span is its document's text.
    for (const f of list.findings)
      for (const e of f.evidence) {
        const doc = await core.api.getDocument({ id: e.documentId });
        expect(doc.text.slice(e.start, e.end)).toBe(e.quote);
      }
    core.close();
  });

  it('computes once per index state, and again after an import, reusing per-document results', async () => {
    const { core } = await seededCore();
    const first = await core.api.listFindings({});
    const again = await core.api.listFindings({ type: 'version' });
    expect(again.computedAt).toBe(first.computedAt);
    await core.api.importFiles({ sources: [bytes('zz-2024.txt', REPORT_2024)] });
    const t0 = performance.now();
    const after = await core.api.listFindings({});
    console.log(
      `recompute after one import: ${(performance.now() - t0).toFixed(0)} ms (first computation ${first.computeMs} ms)`,
    );
    expect(after.computedAt >= first.computedAt).toBe(true);
    expect(after.findings.some((f) => f.type === 'attainment')).toBe(true);
    core.close();
  });

  it('a correction is reflected at once: the corrected target is no longer below the city’s', async () => {
    const { core, id } = await seededCore();
    const before = await core.api.listFindings({ type: 'alignment' });
    expect(before.findings.some((f) => f.outcome === 'below')).toBe(true);
    const doc = await core.api.getDocument({ id: id('002') });
    const fai = doc.facts.find((f) => f.indicator === 'fai_growth' && f.kind === 'target')!;
    await core.api.correctFact({ factId: fai.id, changes: { value: 16 } });
    const after = await core.api.listFindings({ type: 'alignment' });
    expect(after.findings.some((f) => f.outcome === 'below')).toBe(false);
    core.close();
  });

  it('a synthetic 2024 report of 郑州市 shows which 2023 targets were met', async () => {
    const { core } = await seededCore();
    await core.api.importFiles({ sources: [bytes('zz-2024.txt', REPORT_2024)] });
    const { findings } = await core.api.listFindings({ type: 'attainment' });
    const verdict = (indicator: string) =>
      findings.find((f) => f.entities[0] === '郑州市' && f.figures[0]!.indicator === indicator)
        ?.outcome;
    expect(verdict('gdp_growth')).toBe('met'); // 7% → 7.4%
    expect(verdict('industry_va_growth')).toBe('met'); // ≥8% → 10.2%
    expect(verdict('fai_growth')).toBe('missed'); // 15% → 6.8%
    expect(verdict('retail_growth')).toBe('missed'); // 12% → 9.4%
    expect(verdict('budget_revenue_growth')).toBe('met'); // ≥3% → 3.5%
    expect(verdict('cpi_growth')).toBe('met'); // ≤3% → 0.2%
    const gdp = findings.find((f) => f.figures[0]!.indicator === 'gdp_growth')!;
    expect(gdp.evidence.map((e) => e.role)).toEqual(['target', 'actual']);
    core.close();
  });
});

describe('judgments', () => {
  const keyOf = (list: FindingRecord[]) =>
    list.find((f) => f.type === 'alignment' && f.outcome === 'below')!.key;

  it('a judgment with its comment survives a full re-index', async () => {
    const { core } = await seededCore();
    const { findings } = await core.api.listFindings({});
    const key = keyOf(findings);
    const saved = await core.api.reviewFinding({
      key,
      status: 'not-an-issue',
      comment: '开发区以工业投资为主，已说明',
    });
    expect(saved).toMatchObject({ key, status: 'not-an-issue' });
    const report = await core.api.reindex({ all: true });
    expect(report.documents).toBe(5);
    const after = await core.api.listFindings({ status: 'not-an-issue' });
    expect(after.findings.map((f) => [f.key, f.review.comment])).toEqual([
      [key, '开发区以工业投资为主，已说明'],
    ]);
    expect(after.counts.status['not-an-issue']).toBe(1);
    core.close();
  });

  it('marks reviewed, reopens, and filters by status, type, severity and entity', async () => {
    const { core } = await seededCore();
    const all = await core.api.listFindings({});
    const key = keyOf(all.findings);
    await core.api.reviewFinding({ key, status: 'reviewed' });
    expect((await core.api.listFindings({ status: 'reviewed' })).findings).toHaveLength(1);
    await core.api.reviewFinding({ key, status: 'open' });
    expect((await core.api.listFindings({ status: 'reviewed' })).findings).toHaveLength(0);
    const guan = await core.api.listFindings({ entity: '管城回族区' });
    expect(guan.findings.every((f) => f.entities.includes('管城回族区'))).toBe(true);
    const high = await core.api.listFindings({ severity: 'high' });
    expect(high.findings.every((f) => f.severity === 'high')).toBe(true);
    expect(all.counts.type.version).toBe(15);
    const few = await core.api.listFindings({ limit: 3 });
    expect(few.findings).toHaveLength(3);
    expect(few.total).toBe(all.total);
    core.close();
  });

  it('exports the listed findings as CSV and XLSX', async () => {
    const { core } = await seededCore();
    const csv = await core.api.exportFindings({ format: 'csv', type: 'arithmetic' });
    const text = Buffer.from(csv.base64, 'base64').toString('utf8');
    expect(text.startsWith('\ufeff类型,')).toBe(true);
    expect(text).toContain('393');
    expect(csv.name.endsWith('.csv')).toBe(true);
    const xlsx = await core.api.exportFindings({ format: 'xlsx' });
    expect(Buffer.from(xlsx.base64, 'base64').subarray(0, 2).toString()).toBe('PK');
    core.close();
  });
});
