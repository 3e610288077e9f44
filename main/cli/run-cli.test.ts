import ExcelJS from 'exceljs';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { paths } from '../paths.ts';
import { cli } from '../testing/capture-cli.ts';
import { useTempDir } from '../testing/temp-dir.ts';

const tempDir = useTempDir();
const ENTITIES = ['郑州市', '二七区', '管城回族区', '郑州经济技术开发区'];

describe('duibiao CLI', () => {
  it('indexes the seeds, then compares 2023 targets with the four entities as columns', async () => {
    const db = join(tempDir(), 'cli.sqlite');
    const indexed = await cli('index', paths.seeds, '--db', db);
    expect(indexed.code).toBe(0);
    expect(indexed.out.at(-1)).toBe('5 imported, 0 already present, 0 failed');

    const { code, out } = await cli(
      'compare',
      '--db',
      db,
      '--period',
      '2023',
      '--kind',
      'target',
      '--format',
      'csv',
    );
    expect(code).toBe(0);
    expect(out[0]).toBe(['indicator', 'label', ...ENTITIES].join(','));
    const gdp = out.find((l) => l.startsWith('gdp_growth,'))!.split(',');
    expect(gdp.slice(2).map((c) => c.replace(/ \(\+\d+\)$/, ''))).toEqual(['7%', '7%', '7%', '8%']);
    const indicators = out
      .slice(1)
      .map((l) => l.split(',')[0])
      .filter(Boolean);
    expect(new Set(indicators).size).toBe(indicators.length); // one row per indicator
  });

  it('reports an already indexed file as present, not twice', async () => {
    const db = join(tempDir(), 'cli.sqlite');
    const file = join(paths.seeds, '000_c33ed8784dcc7e2f.txt');
    await cli('index', file, '--db', db);
    const again = await cli('index', file, '--db', db);
    expect(again.code).toBe(0);
    expect(again.out.at(-1)).toBe('0 imported, 1 already present, 0 failed');
    const docs = await cli('documents', '--db', db, '--json');
    expect(JSON.parse(docs.out.join('\n'))).toHaveLength(1);
  });

  it('exits 1 when some input failed, naming each failed file and still importing the rest', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(
      join(dir, 'image.txt'),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]),
    );
    const db = join(dir, 'cli.sqlite');
    const run = await cli(
      'index',
      join(dir, 'empty.txt'),
      join(dir, 'image.txt'),
      join(paths.seeds, '000_c33ed8784dcc7e2f.txt'),
      join(dir, 'nowhere.txt'),
      '--db',
      db,
    );
    expect(run.code).toBe(1);
    expect(run.err).toEqual([
      'error     empty.txt: the file is empty',
      'error     image.txt: binary content (zero bytes), not a text document',
      `error     ${join(dir, 'nowhere.txt')}: no such file or folder`,
    ]);
    expect(run.out.at(-1)).toBe('1 imported, 0 already present, 3 failed');
  });

  it('prints facts as JSON lines in the scorer format', async () => {
    const { code, out } = await cli(
      'facts',
      join(paths.seeds, '002_15e6c51f3b3473d4.txt'),
      '--format',
      'jsonl',
    );
    expect(code).toBe(0);
    const facts = out.filter(Boolean).map((l) => JSON.parse(l));
    const gdp = facts.find(
      (f) => f.indicator === 'gdp_growth' && f.kind === 'target' && f.period === '2023',
    );
    expect(gdp).toMatchObject({
      doc: '002_15e6c51f3b3473d4.txt',
      entity: '郑州经济技术开发区',
      value: 8,
      unit: '%',
      comparator: '=',
    });
    for (const key of ['metric', 'value_max', 'start', 'end', 'quote', 'section'])
      expect(gdp).toHaveProperty(key);
  });

  it('exits 2 with the command help on a usage error', async () => {
    const bad = await cli('compare', '--format', 'xml');
    expect(bad.code).toBe(2);
    expect(bad.err[0]).toBe(
      'duibiao compare: --format must be one of table, csv, json (got "xml")',
    );
    expect((await cli('facts')).code).toBe(2);
    expect((await cli('frobnicate')).code).toBe(2);
    expect((await cli('compare', '--bogus')).code).toBe(2);
  });

  it('has --help on every command', async () => {
    for (const name of ['facts', 'index', 'compare', 'search', 'documents', 'reindex', 'export']) {
      const run = await cli(name, '--help');
      expect(run.code, name).toBe(0);
      expect(run.out[0], name).toMatch(new RegExp(`^Usage: duibiao ${name}`));
    }
  });

  it('finds a phrase of any length in indexed text', async () => {
    const db = join(tempDir(), 'cli.sqlite');
    await cli('index', paths.seeds, '--db', db);
    const long = await cli('search', '地区生产总值', '--db', db, '--json');
    const short = await cli('search', '投资', '--db', db, '--json');
    const longHits = JSON.parse(long.out.join('\n'));
    const shortHits = JSON.parse(short.out.join('\n'));
    expect(longHits.length).toBeGreaterThan(3);
    expect(shortHits.length).toBeGreaterThan(3);
    for (const h of [...longHits, ...shortHits]) {
      expect(['地区生产总值', '投资']).toContain(h.snippet.slice(h.hitStart, h.hitEnd));
    }
    const quoted = await cli('search', '"OR 1=1 --', '--db', db);
    expect(quoted.code).toBe(0);
  });
});

describe('duibiao export and reindex', () => {
  it('exports the comparison as a CSV that Excel reads as UTF-8, and as a workbook with every source', async () => {
    const dir = tempDir();
    const db = join(dir, 'cli.sqlite');
    await cli('index', paths.seeds, '--db', db);
    const csv = await cli(
      'export',
      '--db',
      db,
      '--period',
      '2023',
      '--kind',
      'target',
      '--out',
      join(dir, 'c.csv'),
    );
    expect(csv.code).toBe(0);
    const text = readFileSync(join(dir, 'c.csv'), 'utf8');
    expect(
      text.startsWith(
        '\ufeffindicator,label,category,郑州市,二七区,管城回族区,郑州经济技术开发区\r\n',
      ),
    ).toBe(true);
    expect(text).toMatch(/\r\ngdp_growth,[^,]+,经济运行,7%,7%,7%,8%\r\n/);

    const out = join(dir, 'c.xlsx');
    expect(
      (await cli('export', '--db', db, '--period', '2023', '--kind', 'target', '--out', out)).code,
    ).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const sheet = book.getWorksheet('对比')!;
    expect(sheet.getRow(1).values).toEqual([undefined, '指标代码', '指标', '类别', ...ENTITIES]);
    const gdpRow = sheet.getColumn(1).values.indexOf('gdp_growth');
    expect((sheet.getRow(gdpRow).values as unknown[]).slice(4)).toEqual(['7%', '7%', '7%', '8%']);
    const detail = book.getWorksheet('明细')!;
    const sources = detail.getColumn(13).values.slice(2);
    expect(new Set(sources)).toEqual(
      new Set([
        '000_c33ed8784dcc7e2f.txt',
        '001_42bb7ca977db209d.txt',
        '002_15e6c51f3b3473d4.txt',
        '003_7e8be75c3b448164.txt',
        '004_f0c91d072d13cb6f.txt',
      ]),
    );
  });

  it('re-indexes nothing when every document is current, everything with --all', async () => {
    const db = join(tempDir(), 'cli.sqlite');
    await cli('index', paths.seeds, '--db', db);
    expect((await cli('reindex', '--db', db)).out[0]).toMatch(/^0 documents re-indexed/);
    expect((await cli('reindex', '--db', db, '--all')).out[0]).toMatch(
      /^5 documents re-indexed, \d+ figures, 0 corrections re-applied$/,
    );
  });
});
