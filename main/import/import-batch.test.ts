import iconv from 'iconv-lite';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CoreEvent } from '../../shared/api.ts';
import { paths } from '../paths.ts';
import { openCore } from '../service/open-core.ts';
import { useTempDir } from '../testing/temp-dir.ts';

const tempDir = useTempDir();
const seed = (n: number) => join(paths.seeds, readSeedNames()[n]!);
const readSeedNames = () => [
  '000_c33ed8784dcc7e2f.txt',
  '001_42bb7ca977db209d.txt',
  '002_15e6c51f3b3473d4.txt',
  '003_7e8be75c3b448164.txt',
  '004_f0c91d072d13cb6f.txt',
];

describe('importing a batch', () => {
  it('imports the good files of a batch and names each bad one with its reason', async () => {
    const dir = tempDir();
    const pdf = readFileSync(join(import.meta.dirname, 'fixtures', 'report.pdf'));
    writeFileSync(join(dir, 'corrupt.pdf'), pdf.subarray(0, pdf.length / 3));
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(
      join(dir, 'photo.txt'),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
    );
    copyFileSync(seed(0), join(dir, 'a.txt'));
    copyFileSync(join(import.meta.dirname, 'fixtures', 'report.pdf'), join(dir, 'b.pdf'));
    const core = await openCore({ dbPath: join(dir, 'db.sqlite'), seedDir: null });
    const report = await core.api.importFiles({ sources: [{ kind: 'path', path: dir }] });
    expect(report).toMatchObject({ imported: 2, duplicates: 0, errors: 3, cancelled: false });
    const errors = Object.fromEntries(
      report.outcomes.flatMap((o) => (o.status === 'error' ? [[o.name, o.error]] : [])),
    );
    expect(errors['corrupt.pdf']).toMatch(/^the PDF is damaged or truncated/);
    expect(errors['empty.txt']).toBe('the file is empty');
    expect(errors['photo.txt']).toBe('binary content (zero bytes), not a text document');
    expect((await core.api.listDocuments({})).map((d) => d.name).sort()).toEqual([
      'a.txt',
      'b.pdf',
    ]);
    core.close();
  });

  it('decodes a file with the encoding the user chose, and names an unknown one', async () => {
    const dir = tempDir();
    const text = '2023年主要預期目標：地區生產總值增長6%左右。';
    writeFileSync(join(dir, 'big5.txt'), iconv.encode(text, 'big5'));
    const core = await openCore({ dbPath: join(dir, 'db.sqlite'), seedDir: null });
    const bad = await core.api.importFiles({
      sources: [{ kind: 'path', path: join(dir, 'big5.txt'), encoding: 'klingon' }],
    });
    expect(bad.outcomes[0]).toMatchObject({ status: 'error', error: 'unknown encoding "klingon"' });
    const good = await core.api.importFiles({
      sources: [{ kind: 'path', path: join(dir, 'big5.txt'), encoding: 'big5' }],
    });
    const doc = await core.api.getDocument({
      id: (good.outcomes[0] as { documentId: number }).documentId,
    });
    expect(doc).toMatchObject({ text, encoding: 'big5' });
    core.close();
  });

  it('refuses a file over the size limit without reading it', async () => {
    const dir = tempDir();
    const core = await openCore({
      dbPath: join(dir, 'db.sqlite'),
      seedDir: null,
      maxBytes: 10_000,
    });
    const report = await core.api.importFiles({
      sources: [
        { kind: 'path', path: seed(4) },
        { kind: 'path', path: seed(0) },
      ],
    });
    expect(report.outcomes[0]).toEqual({
      name: '004_f0c91d072d13cb6f.txt',
      status: 'error',
      error: 'the file is too large (29 KB; the limit is 10 KB)',
    });
    expect(report.outcomes[1]).toMatchObject({ status: 'imported' });
    core.close();
  });

  it('stops a file that takes longer than the time guard and goes on with the rest', async () => {
    const dir = tempDir();
    const big = readFileSync(seed(4), 'utf8').repeat(300); // ~9 MB of report text
    writeFileSync(join(dir, 'b-huge.txt'), big);
    copyFileSync(seed(0), join(dir, 'a.txt'));
    copyFileSync(seed(1), join(dir, 'c.txt'));
    const core = await openCore({
      dbPath: join(dir, 'db.sqlite'),
      seedDir: null,
      fileTimeoutMs: 400,
    });
    const report = await core.api.importFiles({ sources: [{ kind: 'path', path: dir }] });
    expect(report.outcomes.map((o) => [o.name, o.status])).toEqual([
      ['a.txt', 'imported'],
      ['b-huge.txt', 'error'],
      ['c.txt', 'imported'],
    ]);
    expect(report.outcomes[1]).toMatchObject({
      error: 'reading it took longer than 0.4 s; stopped',
    });
    expect((await core.api.listDocuments({})).map((d) => d.name).sort()).toEqual([
      'a.txt',
      'c.txt',
    ]);
    core.close();
  });

  it('stops on cancel, keeping every file completed before it', async () => {
    const dir = tempDir();
    const core = await openCore({ dbPath: join(dir, 'db.sqlite'), seedDir: null });
    const sources = Array.from({ length: 40 }, (_, i) => {
      const text = readFileSync(seed(i % 5), 'utf8') + `\n附记${i}。`;
      return {
        kind: 'bytes' as const,
        name: `r${i}.txt`,
        base64: Buffer.from(text).toString('base64'),
      };
    });
    let asked = false;
    core.onEvent((e: CoreEvent) => {
      if (e.type === 'import-progress' && e.done >= 2 && !asked) {
        asked = true;
        void core.api.cancelImport({});
      }
    });
    const report = await core.api.importFiles({ sources });
    expect(report.cancelled).toBe(true);
    expect(report.imported).toBeGreaterThanOrEqual(2);
    expect(report.imported).toBeLessThan(40);
    expect(await core.api.listDocuments({})).toHaveLength(report.imported);
    expect(await core.api.cancelImport({})).toEqual({ cancelled: false });
    core.close();
  });

  it('runs a second batch after the first, not interleaved with it', async () => {
    const dir = tempDir();
    const core = await openCore({ dbPath: join(dir, 'db.sqlite'), seedDir: null });
    const order: string[] = [];
    core.onEvent((e) => {
      if (e.type === 'import-progress' && e.current) order.push(e.current);
    });
    const [a, b] = await Promise.all([
      core.api.importFiles({
        sources: [
          { kind: 'path', path: seed(0) },
          { kind: 'path', path: seed(1) },
        ],
      }),
      core.api.importFiles({ sources: [{ kind: 'path', path: seed(2) }] }),
    ]);
    expect(a.imported + b.imported).toBe(3);
    expect(order.indexOf(readSeedNames()[2]!)).toBeGreaterThan(
      order.lastIndexOf(readSeedNames()[1]!),
    );
    core.close();
  });
});
