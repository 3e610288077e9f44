import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { extract } from '../../../shared/extract/index.ts';
import { toFactJson } from '../../../shared/extract/fact-json.ts';
import type { Comparator } from '../../../shared/domain/index.ts';
import { formatFigure } from '../../../shared/format/fact-text.ts';
import { readDocument } from '../../import/read-document.ts';
import { renderTable } from '../table.ts';
import { oneOf, UsageError, type Command } from '../usage.ts';

const FORMATS = ['jsonl', 'json', 'table'] as const;

export const factsCommand: Command = {
  name: 'facts',
  summary: 'extract the figures of report files (no database)',
  help: `Usage: duibiao facts FILE... [--format jsonl|json|table]

Prints every figure the extraction engine finds in each file. jsonl (default) prints one JSON
object per fact: doc, entity, indicator, metric, value, value_max, unit, comparator, kind,
period, start, end, quote, section.`,
  async run(argv, ctx) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { format: { type: 'string' } },
    });
    if (!positionals.length) throw new UsageError('no FILE given');
    const format = oneOf(values.format, FORMATS, '--format', 'jsonl');
    let failed = 0;
    const all: ReturnType<typeof toFactJson>[] = [];
    for (const file of positionals) {
      const doc = basename(file);
      try {
        const { text } = await readDocument(doc, await readFile(file));
        const facts = extract(text).facts.map((f) => toFactJson(doc, f));
        if (format === 'jsonl') facts.forEach((f) => ctx.out(JSON.stringify(f)));
        else all.push(...facts);
      } catch (error) {
        failed++;
        ctx.err(`${file}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    if (format === 'json') ctx.out(JSON.stringify(all, null, 2));
    if (format === 'table') {
      const rows = all.map((f) => [
        f.doc,
        f.entity ?? '',
        f.kind,
        f.period ?? '',
        f.indicator ?? '',
        f.metric,
        formatFigure({
          value: f.value,
          valueMax: f.value_max,
          unit: f.unit,
          comparator: f.comparator as Comparator,
        }),
      ]);
      renderTable(
        ['doc', 'entity', 'kind', 'period', 'indicator', 'metric', 'figure'],
        rows,
      ).forEach(ctx.out);
    }
    return failed ? 1 : 0;
  },
};
