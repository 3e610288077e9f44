import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../../shared/extract/index.ts';
import { openDatabase } from '../db/open-database.ts';
import { openSearchDb, searchPathFor } from '../db/search-db.ts';
import { paths } from '../paths.ts';
import { openCore } from '../service/open-core.ts';
import { useTempDir } from '../testing/temp-dir.ts';

const tempDir = useTempDir();
const KILLS = Number(process.env.DUIBIAO_CRASH_KILLS ?? 50);
const CHILD = join(import.meta.dirname, '..', 'testing', 'crash-child.ts');

/** Starts the importing child and SIGKILLs it after `ms`, or lets it finish. */
function importThenKill(dbPath: string, ms: number): Promise<'killed' | 'finished'> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CHILD, dbPath, '40'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('ready')) setTimeout(() => child.kill('SIGKILL'), ms).unref();
    });
    child.on('error', reject);
    child.on('exit', () => resolve(out.includes('finished') ? 'finished' : 'killed'));
  });
}

describe('crash safety', () => {
  it(`a kill at any moment of an import (${KILLS} times) leaves a consistent database with only complete documents and every user correction`, async () => {
    const dbPath = join(tempDir(), 'crash.sqlite');
    const setup = await openCore({ dbPath, seedDir: null });
    await setup.api.importFiles({
      sources: [{ kind: 'path', path: join(paths.seeds, '000_c33ed8784dcc7e2f.txt') }],
    });
    const [first] = await setup.api.listDocuments({});
    const gdp = (await setup.api.getDocument({ id: first!.id })).facts.find(
      (f) => f.indicator === 'gdp_growth',
    )!;
    await setup.api.correctFact({ factId: gdp.id, changes: { value: 7.5 } });
    setup.close();

    const verified = new Set<number>();
    let killed = 0;
    for (let i = 0; i < KILLS; i++) {
      if ((await importThenKill(dbPath, Math.floor(Math.random() * 700))) === 'killed') killed++;
      const db = await openDatabase(dbPath);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.pragma('foreign_key_check')).toEqual([]);
      const docs = db.prepare('SELECT id, text FROM documents').all() as {
        id: number;
        text: string;
      }[];
      for (const doc of docs.filter((d) => !verified.has(d.id))) {
        const count = (table: string) =>
          (
            db.prepare(`SELECT count(*) AS n FROM ${table} WHERE document_id = ?`).get(doc.id) as {
              n: number;
            }
          ).n;
        expect(count('facts'), `facts of document ${doc.id}`).toBe(extract(doc.text).facts.length);
        verified.add(doc.id);
      }
      // The search index, in its own file: consistent, and holding only documents that exist.
      const search = openSearchDb(searchPathFor(dbPath));
      expect(search.pragma('integrity_check', { simple: true })).toBe('ok');
      for (const table of ['text_trigram', 'text_chars'])
        search.prepare(`INSERT INTO ${table}(${table}) VALUES ('integrity-check')`).run(); // throws if not
      const hashes = new Map(
        (db.prepare('SELECT id, hash FROM documents').all() as { id: number; hash: string }[]).map(
          (d) => [d.id, d.hash],
        ),
      );
      for (const row of search.prepare('SELECT document_id AS id, hash FROM indexed').all() as {
        id: number;
        hash: string;
      }[])
        expect(hashes.get(row.id), `search row of document ${row.id}`).toBe(row.hash);
      search.close();
      const corrected = db.prepare('SELECT value FROM facts WHERE id = ?').get(gdp.id) as {
        value: number;
      };
      expect(corrected.value).toBe(7.5);
      db.close();
    }
    expect(killed).toBeGreaterThan(KILLS / 2);
    expect(verified.size).toBeGreaterThan(1);
  }, 600_000);
});
