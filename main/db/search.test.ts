import Database from 'better-sqlite3';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore } from '../service/open-core.ts';
import { charTokens } from '../../shared/text/char-tokens.ts';
import { useTempDir } from '../testing/temp-dir.ts';
import { MIGRATIONS } from './migrations.ts';
import { searchPathFor } from './search-db.ts';

const tempDir = useTempDir();

async function coreWith(texts: Record<string, string>) {
  const core = await openCore({ dbPath: join(tempDir(), 'search.sqlite'), seedDir: null });
  await core.api.importFiles({
    sources: Object.entries(texts).map(([name, text]) => ({
      kind: 'bytes' as const,
      name,
      base64: Buffer.from(text).toString('base64'),
    })),
  });
  return core;
}

describe('search', () => {
  it('finds phrases of one, two and three or more characters, marking the hit', async () => {
    const core = await coreWith({
      'a.txt':
        '一、工作回顾\n固定资产投资增长15%以上。引进高层次人才200名。\n二、今年安排\n人才是第一资源。',
      'b.txt': '社会消费品零售总额增长12%左右。',
    });
    for (const [query, count] of [
      ['投资', 1],
      ['人才', 2],
      ['才', 2],
      ['零售总额', 1],
      ['15%', 1],
      ['%', 2],
    ] as const) {
      const hits = await core.api.search({ query });
      expect(hits.length, query).toBe(count);
      for (const h of hits) expect(h.snippet.slice(h.hitStart, h.hitEnd), query).toBe(query);
    }
    core.close();
  });

  it('treats FTS syntax in the query as plain text', async () => {
    const core = await coreWith({ 'a.txt': '投资 OR 人才 NEAR 消费 "引号" *星号*。' });
    for (const query of ['OR', 'NEAR(', '"引号"', '*星号*', 'a OR b', '"']) {
      await expect(core.api.search({ query }), query).resolves.toBeInstanceOf(Array);
    }
    expect(await core.api.search({ query: '"引号"' })).toHaveLength(1);
    expect(await core.api.search({ query: 'a OR b' })).toHaveLength(0);
    core.close();
  });

  it('finds a phrase only where it is written whole, once per sentence, in document order', async () => {
    const core = await coreWith({
      'a.txt': '固定资产。产投资增长。',
      'b.txt': '固定资产投资增长，固定资产投资占比提高。\n固定资产投资\n',
    });
    const hits = await core.api.search({ query: '固定资产投资' });
    expect(hits.map((h) => [h.documentName, h.snippet])).toEqual([
      ['b.txt', '固定资产投资增长，固定资产投资占比提高。'],
      ['b.txt', '固定资产投资'],
    ]);
    expect(await core.api.search({ query: '固定资产投资', limit: 1 })).toHaveLength(1);
    core.close();
  });

  it('gives each hit its document, entity and section', async () => {
    const core = await coreWith({ 'a.txt': '一、工作回顾\n固定资产投资增长15%以上。' });
    const [hit] = await core.api.search({ query: '固定资产' });
    expect(hit).toMatchObject({
      documentName: 'a.txt',
      snippet: '固定资产投资增长15%以上。',
      hitStart: 0,
      hitEnd: 4,
    });
    core.close();
  });

  it('forgets the sentences of a removed document', async () => {
    const core = await coreWith({ 'a.txt': '人才是第一资源。' });
    const [doc] = await core.api.listDocuments({});
    await core.api.removeDocument({ id: doc!.id });
    expect(await core.api.search({ query: '人才' })).toEqual([]);
    expect(await core.api.search({ query: '第一资源' })).toEqual([]);
    core.close();
  });
});

describe('the search index file', () => {
  it('is rebuilt from the documents when it is missing, once the index opens', async () => {
    const dir = tempDir();
    const file = join(dir, 'index.sqlite');
    const first = await openCore({ dbPath: file, seedDir: null });
    await first.api.importFiles({
      sources: [
        {
          kind: 'bytes',
          name: 'a.txt',
          base64: Buffer.from('固定资产投资增长15%以上。').toString('base64'),
        },
      ],
    });
    first.close();
    for (const suffix of ['', '-wal', '-shm'])
      rmSync(searchPathFor(file) + suffix, { force: true });
    const reopened = await openCore({ dbPath: file, seedDir: null });
    await expect
      .poll(async () => (await reopened.api.search({ query: '固定资产' })).length)
      .toBe(1);
    expect(await reopened.api.search({ query: '投资' })).toHaveLength(1);
    reopened.close();
  });

  it('follows a database of the previous schema, whose documents become searchable', async () => {
    const file = join(tempDir(), 'v6.sqlite');
    const old = new Database(file);
    old.function('duibiao_char_tokens', (text: unknown) => charTokens(String(text)));
    for (const [i, migration] of MIGRATIONS.slice(0, 6).entries()) {
      old.exec(migration);
      old.pragma(`user_version = ${i + 1}`);
    }
    old
      .prepare(
        `INSERT INTO documents (hash, name, format, encoding, size, text, imported_at, engine_version)
         VALUES ('h1', 'old.txt', 'txt', 'utf-8', 10, '城镇新增就业1.2万人。', '2025-01-01', '0.0.1')`,
      )
      .run();
    old.close();
    const core = await openCore({ dbPath: file, seedDir: null });
    await expect.poll(async () => (await core.api.search({ query: '新增就业' })).length).toBe(1);
    const [hit] = await core.api.search({ query: '就业' });
    expect(hit).toMatchObject({
      documentName: 'old.txt',
      snippet: '城镇新增就业1.2万人。',
      hitStart: 4,
    });
    core.close();
    expect(existsSync(`${file}.v6.bak`)).toBe(true);
  });
});
