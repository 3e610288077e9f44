import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cli } from '../testing/capture-cli.ts';
import { useTempDir } from '../testing/temp-dir.ts';

const tempDir = useTempDir();

const file = (content: string): string => {
  const path = join(tempDir(), 'lines.txt');
  writeFileSync(path, content, 'utf8');
  return path;
};

describe('duibiao numbers', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('prints one JSON line per input line, values in full magnitude', async () => {
    const { code, out } = await cli(
      'numbers',
      file('新增技能人才2.75万人\n增长百分之五\n\n新建20—30个精品村，排名第三\r\n'),
    );
    expect(code).toBe(0);
    expect(out.map((l) => JSON.parse(l) as unknown)).toEqual([
      { found: [{ text: '2.75万', value: 27500, value_max: null, kind: 'number' }] },
      { found: [{ text: '百分之五', value: 5, value_max: null, kind: 'percent' }] },
      { found: [] },
      {
        found: [
          { text: '20—30', value: 20, value_max: 30, kind: 'range' },
          { text: '第三', value: 3, value_max: null, kind: 'ordinal' },
        ],
      },
    ]);
  });

  it('finds no quantity in names and slogans', async () => {
    const { out } = await cli('numbers', file('一切顺利\n四川盆地\n'));
    expect(out).toEqual(['{"found":[]}', '{"found":[]}']);
  });

  it('reads cases.jsonl input fields with --jsonl and echoes their ids', async () => {
    const path = file(
      `${JSON.stringify({ id: 'n1', input: '一百二十' })}\n${JSON.stringify({ input: '12％' })}\n`,
    );
    const { code, out } = await cli('numbers', path, '--jsonl');
    expect(code).toBe(0);
    expect(out.map((l) => JSON.parse(l) as unknown)).toEqual([
      { id: 'n1', found: [{ text: '一百二十', value: 120, value_max: null, kind: 'number' }] },
      { found: [{ text: '12％', value: 12, value_max: null, kind: 'percent' }] },
    ]);
  });

  it('flags --jsonl lines that are not cases, still printing a line for each', async () => {
    const { code, out, err } = await cli('numbers', file('不是JSON\n'), '--jsonl');
    expect(code).toBe(1);
    expect(out).toEqual(['{"found":[]}']);
    expect(err.join('\n')).toContain('line 1');
  });

  it('reads standard input for -', async () => {
    vi.spyOn(process, 'stdin', 'get').mockReturnValue(
      Readable.from([Buffer.from('两千户\n')]) as unknown as typeof process.stdin,
    );
    const { code, out } = await cli('numbers', '-');
    expect(code).toBe(0);
    expect(out).toEqual([
      JSON.stringify({ found: [{ text: '两千', value: 2000, value_max: null, kind: 'number' }] }),
    ]);
  });

  it('refuses more than one FILE', async () => {
    const { code, err } = await cli('numbers', 'a.txt', 'b.txt');
    expect(code).toBe(2);
    expect(err.join('\n')).toContain('at most one FILE');
  });
});
