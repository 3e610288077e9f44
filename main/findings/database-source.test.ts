import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Comparator, FactKind } from '../../shared/domain/fact.ts';
import {
  computeFindings,
  runFindings,
  type Finding,
  type FindingsFact,
  type FindingsInput,
} from '../../shared/findings/index.ts';
import { openDatabase, type Db } from '../db/open-database.ts';
import { paths } from '../paths.ts';
import { openCore } from '../service/open-core.ts';
import { useTempDir } from '../testing/temp-dir.ts';
import { databaseSource } from './database-source.ts';

const tempDir = useTempDir();

const bytes = (name: string, text: string) => ({
  kind: 'bytes' as const,
  name,
  base64: Buffer.from(text, 'utf8').toString('base64'),
});

/** A 2024 report (actuals for 2023: attainment) and a digest of the 2023 report with a changed figure (a conflict). */
const EXTRA = [
  bytes(
    'zz-2024.txt',
    `郑州市2024年政府工作报告
过去一年，全市地区生产总值增长7.4%，规模以上工业增加值增长10.2%，固定资产投资增长6.8%。
2024年主要预期目标是：地区生产总值增长6%。
`,
  ),
  bytes(
    'zz-digest.txt',
    `郑州市2023年政府工作报告要点
2023年主要预期目标是：地区生产总值增长7.5%，固定资产投资增长15%。
`,
  ),
];

/** The whole index in memory, as the engine read it before it read the database group by group. */
function loadAll(db: Db): FindingsInput {
  const documents = db
    .prepare('SELECT id, name, entity, year, type FROM documents ORDER BY id')
    .all() as FindingsInput['documents'];
  const facts = db
    .prepare(
      `SELECT id, document_id AS documentId, entity, indicator, metric, value, value_max AS valueMax,
         unit, norm_value AS normValue, norm_unit AS normUnit, comparator, kind, period, start, end,
         sentence_start AS sentenceStart, sentence_end AS sentenceEnd
       FROM facts WHERE hidden = 0 ORDER BY document_id, start, id`,
    )
    .all() as (FindingsFact & { comparator: Comparator; kind: FactKind })[];
  const parents = new Map(
    (
      db.prepare('SELECT name, parent FROM entities').all() as { name: string; parent: string }[]
    ).map((e) => [e.name, e.parent]),
  );
  const text = db.prepare('SELECT text FROM documents WHERE id = ?').pluck();
  return { documents, facts, parents, text: (id) => text.get(id) as string };
}

const byKey = (findings: Finding[]) => [...findings].sort((a, b) => (a.key < b.key ? -1 : 1));

async function indexed(): Promise<{ db: Db; factId: number }> {
  const file = join(tempDir(), 'findings.sqlite');
  const core = await openCore({ dbPath: file, seedDir: null });
  await core.api.importFiles({ sources: [{ kind: 'path', path: paths.seeds }, ...EXTRA] });
  const docs = await core.api.listDocuments({});
  const doc = await core.api.getDocument({ id: docs.find((d) => d.name === 'zz-digest.txt')!.id });
  core.close();
  return { db: await openDatabase(file), factId: doc.facts[0]!.id };
}

describe('the findings read from the database one entity at a time', () => {
  it('are the findings of the same index read whole into memory, finding for finding', async () => {
    const { db } = await indexed();
    const fromDatabase = runFindings(databaseSource(db));
    const inMemory = computeFindings(loadAll(db));
    // Checks across documents and entities, each read from its own grouping, all found.
    const types = new Set(fromDatabase.map((f) => f.type));
    for (const type of ['conflict', 'version', 'cross-reference', 'alignment', 'attainment'])
      expect(types).toContain(type);
    expect(byKey(fromDatabase)).toEqual(byKey(inMemory));
    db.close();
  });

  it('give every fact its spans back exactly (quotes are the text at the offsets)', async () => {
    const { db } = await indexed();
    const source = databaseSource(db);
    for (const entity of source.entities())
      for (const facts of source.entityFacts(entity).periods)
        for (const f of facts) {
          const row = db
            .prepare(
              'SELECT start, end, sentence_start, sentence_end, quote FROM facts WHERE id = ?',
            )
            .get(f.id) as Record<string, number | string>;
          expect([f.start, f.end, f.sentenceStart, f.sentenceEnd]).toEqual([
            row.start,
            row.end,
            row.sentence_start,
            row.sentence_end,
          ]);
          expect(source.text(f.documentId).slice(f.start, f.end)).toBe(row.quote);
        }
    db.close();
  });

  it('leave out a fact marked not a fact, in every grouping', async () => {
    const { db, factId } = await indexed();
    db.prepare('UPDATE facts SET hidden = 1 WHERE id = ?').run(factId);
    const source = databaseSource(db);
    const seen: number[] = [];
    for (const entity of source.entities()) {
      const { periods, documents } = source.entityFacts(entity);
      for (const facts of periods) seen.push(...facts.map((f) => f.id));
      for (const facts of documents.values()) seen.push(...facts.map((f) => f.id));
    }
    expect(seen.length).toBeGreaterThan(100);
    expect(seen).not.toContain(factId);
    expect(byKey(runFindings(source))).toEqual(byKey(computeFindings(loadAll(db))));
    db.close();
  });

  it("give a document's checks its facts about other entities too", async () => {
    const { db } = await indexed();
    // A fact of the city's report said to be about a district: still one of the report's facts.
    const { id, document_id: documentId } = db
      .prepare(
        `SELECT f.id, f.document_id FROM facts f JOIN documents d ON d.id = f.document_id
          WHERE d.entity = '郑州市' AND f.hidden = 0 LIMIT 1`,
      )
      .get() as { id: number; document_id: number };
    db.prepare("UPDATE facts SET entity = '二七区' WHERE id = ?").run(id);
    const own = databaseSource(db).entityFacts('郑州市');
    expect(own.documents.get(documentId)!.map((f) => f.id)).toContain(id);
    expect(byKey(runFindings(databaseSource(db)))).toEqual(byKey(computeFindings(loadAll(db))));
    db.close();
  });
});
