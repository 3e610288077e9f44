import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CoreEvent } from '../../shared/api.ts';
import { paths } from '../paths.ts';
import { useTempDir } from '../testing/temp-dir.ts';
import { openCore } from './open-core.ts';

const tempDir = useTempDir();

describe('openCore', () => {
  it('indexes the seed reports on the first run, so the first screen already compares', async () => {
    const dbPath = join(tempDir(), 'first.sqlite');
    const core = await openCore({ dbPath, seedDir: paths.seeds });
    const docs = await core.api.listDocuments({});
    expect(docs.map((d) => [d.entity, d.year]).sort()).toEqual(
      [
        ['二七区', 2023],
        ['管城回族区', 2023],
        ['郑州市', 2023],
        ['郑州市', 2023],
        ['郑州经济技术开发区', 2023],
      ].sort(),
    );
    expect(docs.every((d) => d.factCount > 0)).toBe(true);
    const options = await core.api.compareOptions({});
    expect(options.views.some((v) => v.period === '2023' && v.kind === 'target')).toBe(true);
    expect(options.entities.slice(0, 4).map((e) => e.name)).toContain('郑州市');
    core.close();
  });

  it('does not index the seeds again on later runs', async () => {
    const dbPath = join(tempDir(), 'again.sqlite');
    (await openCore({ dbPath, seedDir: paths.seeds })).close();
    const core = await openCore({ dbPath, seedDir: paths.seeds });
    expect(await core.api.listDocuments({})).toHaveLength(5);
    core.close();
  });

  it('reports import progress file by file, then that the index changed', async () => {
    const core = await openCore({ dbPath: join(tempDir(), 'events.sqlite'), seedDir: null });
    const events: CoreEvent[] = [];
    core.onEvent((e) => events.push(e));
    await core.api.importFiles({ sources: [{ kind: 'path', path: paths.seeds }] });
    const progress = events.flatMap((e) => (e.type === 'import-progress' ? [e] : []));
    const done = progress.map((e) => e.done);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(new Set(done)).toEqual(new Set([0, 1, 2, 3, 4, 5]));
    expect(progress.every((e) => e.total === 5)).toBe(true);
    expect(progress.filter((e) => e.current).map((e) => e.current)).toContain(
      '004_f0c91d072d13cb6f.txt',
    );
    expect(progress.at(-1)!.facts).toBeGreaterThan(400);
    expect(events.at(-1)).toEqual({ type: 'index-changed' });
    core.close();
  });

  it('returns a document with its text and facts whose quotes are its own text', async () => {
    const core = await openCore({ dbPath: join(tempDir(), 'doc.sqlite'), seedDir: paths.seeds });
    const [summary] = await core.api.listDocuments({});
    const doc = await core.api.getDocument({ id: summary!.id });
    expect(doc.facts.length).toBe(summary!.factCount);
    for (const f of doc.facts) expect(doc.text.slice(f.start, f.end)).toBe(f.quote);
    await expect(core.api.getDocument({ id: 99999 })).rejects.toThrow('No document with id 99999');
    core.close();
  });

  it('imports file contents sent by a page, and recognises them when sent again', async () => {
    const core = await openCore({ dbPath: join(tempDir(), 'bytes.sqlite'), seedDir: null });
    const base64 = Buffer.from('2023年主要预期目标：地区生产总值增长6%左右。').toString('base64');
    const first = await core.api.importFiles({
      sources: [{ kind: 'bytes', name: 'report.txt', base64 }],
    });
    expect(first.outcomes[0]).toMatchObject({ name: 'report.txt', status: 'imported' });
    const second = await core.api.importFiles({
      sources: [{ kind: 'bytes', name: 'copy.txt', base64 }],
    });
    expect(second.outcomes[0]).toMatchObject({ name: 'copy.txt', status: 'duplicate' });
    core.close();
  });
});
