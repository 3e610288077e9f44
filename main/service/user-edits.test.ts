import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { paths } from '../paths.ts';
import { useTempDir } from '../testing/temp-dir.ts';
import { openCore } from './open-core.ts';

const tempDir = useTempDir();
const REPORT = join(paths.seeds, '000_c33ed8784dcc7e2f.txt'); // 二七区

async function coreWithReport() {
  const dbPath = join(tempDir(), 'edits.sqlite');
  const core = await openCore({ dbPath, seedDir: null });
  await core.api.importFiles({ sources: [{ kind: 'path', path: REPORT }] });
  const [doc] = await core.api.listDocuments({});
  const detail = await core.api.getDocument({ id: doc!.id });
  const gdp = detail.facts.find((f) => f.indicator === 'gdp_growth' && f.kind === 'target')!;
  return { core, dbPath, doc: detail, gdp };
}

/** Makes the stored extraction look as if an older engine, with narrower spans, had made it. */
function ageExtraction(dbPath: string) {
  const raw = new Database(dbPath);
  raw.prepare("UPDATE documents SET engine_version = 'older-engine'").run();
  raw.prepare('UPDATE corrections SET span_start = span_end - 2').run();
  raw.close();
}

describe('user edits', () => {
  it('a corrected value shows as corrected, with the engine value kept for undo', async () => {
    const { core, gdp } = await coreWithReport();
    const fixed = await core.api.correctFact({
      factId: gdp.id,
      changes: { value: 7.5, comparator: '>=' },
    });
    expect(fixed).toMatchObject({
      value: 7.5,
      comparator: '>=',
      extracted: { value: 7, comparator: '=' },
    });
    const cmp = await core.api.compare({ period: '2023', kind: 'target' });
    expect(cmp.rows.find((r) => r.indicator === 'gdp_growth')!.cells['二七区']![0]).toMatchObject({
      value: 7.5,
    });
    const undone = await core.api.undoCorrection({ factId: gdp.id });
    expect(undone).toMatchObject({ value: 7, comparator: '=', extracted: {} });
    core.close();
  });

  it('"not a fact" hides a figure from comparisons but keeps it for undo', async () => {
    const { core, gdp } = await coreWithReport();
    await core.api.correctFact({ factId: gdp.id, changes: { notAFact: true } });
    const cmp = await core.api.compare({ period: '2023', kind: 'target' });
    expect(cmp.rows.find((r) => r.indicator === 'gdp_growth')).toBeUndefined();
    const cell = await core.api.cellFacts({
      entity: '二七区',
      indicator: 'gdp_growth',
      period: '2023',
      kind: 'target',
    });
    expect(cell[0]).toMatchObject({ id: gdp.id, hidden: true });
    core.close();
  });

  it('re-indexing with a changed engine re-applies every correction, synonym and document override', async () => {
    const { core, dbPath, doc, gdp } = await coreWithReport();
    const unmapped = doc.facts.find((f) => f.indicator === null && f.kind === 'target')!;
    await core.api.correctFact({ factId: gdp.id, changes: { value: 7.2 } });
    const other = doc.facts.find(
      (f) => f.id !== gdp.id && f.kind === 'target' && f.indicator !== null,
    )!;
    await core.api.correctFact({ factId: other.id, changes: { notAFact: true } });
    const mapped = await core.api.setSynonym({ phrase: unmapped.metric, indicator: 'fai_growth' });
    expect(mapped.facts).toBeGreaterThanOrEqual(1);
    await core.api.updateDocument({ id: doc.id, year: 2024 });
    core.close();

    ageExtraction(dbPath);
    const again = await openCore({ dbPath, seedDir: null });
    const report = await again.api.reindex({});
    expect(report).toMatchObject({ documents: 1, corrections: 2, unattached: 0 });
    const after = await again.api.getDocument({ id: doc.id });
    expect(after.year).toBe(2024);
    const gdpAfter = after.facts.find((f) => f.indicator === 'gdp_growth' && f.kind === 'target')!;
    expect(gdpAfter).toMatchObject({ value: 7.2, extracted: { value: 7 } });
    expect(after.facts.find((f) => f.start === other.start)).toMatchObject({ hidden: true });
    expect(
      after.facts
        .filter((f) => f.metric === unmapped.metric)
        .every((f) => f.indicator === 'fai_growth'),
    ).toBe(true);
    expect(await again.api.listSynonyms({})).toEqual([
      { phrase: unmapped.metric, indicator: 'fai_growth' },
    ]);
    expect(await again.api.reindex({})).toMatchObject({ documents: 0 }); // nothing stale any more
    again.close();
  });

  it('corrections survive removing a document and importing it again', async () => {
    const { core, doc, gdp } = await coreWithReport();
    await core.api.correctFact({ factId: gdp.id, changes: { value: 6.9 } });
    expect(await core.api.removeDocument({ id: doc.id })).toEqual({ removed: true });
    expect(await core.api.listDocuments({})).toEqual([]);
    await core.api.importFiles({ sources: [{ kind: 'path', path: REPORT }] });
    const cmp = await core.api.compare({ period: '2023', kind: 'target' });
    expect(cmp.rows.find((r) => r.indicator === 'gdp_growth')!.cells['二七区']![0]).toMatchObject({
      value: 6.9,
    });
    core.close();
  });

  it('a synonym maps a metric phrase to an indicator in every document, and can be removed', async () => {
    const { core, doc } = await coreWithReport();
    const unmapped = doc.facts.find((f) => f.indicator === null)!;
    await core.api.setSynonym({ phrase: unmapped.metric, indicator: 'rd_intensity' });
    const withSynonym = await core.api.getDocument({ id: doc.id });
    expect(withSynonym.facts.find((f) => f.id === unmapped.id)!.indicator).toBe('rd_intensity');
    await core.api.removeSynonym({ phrase: unmapped.metric });
    const without = await core.api.getDocument({ id: doc.id });
    expect(without.facts.find((f) => f.id === unmapped.id)!.indicator).toBeNull();
    await expect(core.api.setSynonym({ phrase: 'x', indicator: 'no_such_id' })).rejects.toThrow(
      'No indicator with id no_such_id',
    );
    core.close();
  });

  it('a user-set entity moves the document and its own facts to it; parents can be edited without cycles', async () => {
    const { core, doc } = await coreWithReport();
    await core.api.updateDocument({ id: doc.id, entity: '金水区' });
    const cmp = await core.api.compare({ period: '2023', kind: 'target' });
    expect(cmp.entities).toContain('金水区');
    expect(cmp.entities).not.toContain('二七区');
    expect(await core.api.setEntityParent({ name: '金水区', parent: '郑州市' })).toMatchObject({
      name: '金水区',
      parent: '郑州市',
    });
    await expect(core.api.setEntityParent({ name: '郑州市', parent: '金水区' })).rejects.toThrow(
      /cannot be its parent/,
    );
    core.close();
  });
});

describe('entities', () => {
  it('a new place gets its level from its name and its parent from how its report writes it', async () => {
    const core = await openCore({ dbPath: join(tempDir(), 'places.sqlite'), seedDir: null });
    const text =
      '石家庄市长安区第十届人民代表大会第三次会议\n2024年是关键之年。\n2024年主要预期目标：长安区地区生产总值增长6%左右。';
    await core.api.importFiles({
      sources: [
        { kind: 'bytes', name: 'changan.txt', base64: Buffer.from(text).toString('base64') },
      ],
    });
    const [doc] = await core.api.listDocuments({});
    expect(doc!.entity).toBe('长安区');
    const entities = await core.api.listEntities({});
    expect(entities.find((e) => e.name === '长安区')).toMatchObject({
      level: '区县',
      parent: '石家庄市',
    });
    expect(entities.find((e) => e.name === '石家庄市')).toMatchObject({
      level: '市',
      parent: '河北省',
    });
    core.close();
  });
});
