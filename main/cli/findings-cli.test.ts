import ExcelJS from 'exceljs';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { paths } from '../paths.ts';
import { cli } from '../testing/capture-cli.ts';
import { useTempDir } from '../testing/temp-dir.ts';

const tempDir = useTempDir();

async function seededDb(): Promise<string> {
  const db = join(tempDir(), 'cli.sqlite');
  expect((await cli('index', paths.seeds, '--db', db)).code).toBe(0);
  return db;
}

describe('duibiao findings', () => {
  it('prints the findings as a table, most severe first', async () => {
    const db = await seededDb();
    const run = await cli('findings', '--db', db);
    expect(run.code).toBe(0);
    expect(run.out[0]).toMatch(/^type\s+severity\s+outcome\s+status\s+entities\s+finding$/);
    expect(run.out.some((l) => l.includes('省委十一届四次'))).toBe(true);
    expect(run.out.at(-1)).toMatch(/^\d+ findings \(computed in \d+ ms\)$/);
    const severities = run.out.slice(2, -1).map((l) => l.split(/\s+/)[1]);
    const rank = ['high', 'medium', 'low', 'info'];
    expect(severities.map((s) => rank.indexOf(s!))).toEqual(
      [...severities.map((s) => rank.indexOf(s!))].sort((a, b) => a - b),
    );
  });

  it('filters by type and prints JSON with evidence spans', async () => {
    const db = await seededDb();
    const run = await cli('findings', '--db', db, '--type', 'arithmetic', '--format', 'json');
    expect(run.code).toBe(0);
    const list = JSON.parse(run.out.join('\n')) as {
      type: string;
      outcome: string;
      evidence: { quote: string }[];
    }[];
    expect(list.every((f) => f.type === 'arithmetic')).toBe(true);
    expect(list[0]!.outcome).toBe('holds');
    expect(list[0]!.evidence.map((e) => e.quote)).toEqual(['393个', '187个', '142个', '64个']);
  });

  it('prints CSV, and writes CSV or XLSX with --out', async () => {
    const db = await seededDb();
    const csv = await cli('findings', '--db', db, '--type', 'cross-reference', '--format', 'csv');
    expect(csv.out[0]!.startsWith('类型,严重程度,结论')).toBe(true);
    expect(csv.out.join('\n')).toContain('0.17个百分点');

    const xlsx = join(tempDir(), 'findings.xlsx');
    const wrote = await cli('findings', '--db', db, '--out', xlsx);
    expect(wrote.out[0]).toMatch(/^\d+ findings → /);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(xlsx);
    expect(book.worksheets.map((s) => s.name)).toEqual(['审计发现', '原文依据']);
    expect(book.getWorksheet('审计发现')!.rowCount).toBeGreaterThan(10);

    const out = join(tempDir(), 'findings.csv');
    await cli('findings', '--db', db, '--type', 'version', '--out', out);
    expect(existsSync(out)).toBe(true);
    expect(readFileSync(out, 'utf8').split('\r\n').filter(Boolean)).toHaveLength(16);
  });

  it('refuses an unknown type with exit code 2 and the help', async () => {
    const run = await cli('findings', '--type', 'typo', '--db', join(tempDir(), 'x.sqlite'));
    expect(run.code).toBe(2);
    expect(run.err.join('\n')).toContain('--type must be one of conflict, version');
    expect((await cli('findings', '--help')).out[0]).toMatch(/^Usage: duibiao findings/);
  });
});
