import { parseArgs } from 'node:util';
import { FACT_KINDS } from '../../../shared/domain/index.ts';
import { formatFigure } from '../../../shared/format/fact-text.ts';
import { withCore } from '../open-cli-core.ts';
import { csvLine, renderTable } from '../table.ts';
import { oneOf, type Command } from '../usage.ts';

const FORMATS = ['table', 'csv', 'json'] as const;

export const compareCommand: Command = {
  name: 'compare',
  summary: 'compare indicators across entities',
  help: `Usage: duibiao compare [--db FILE] [--entities A,B] [--period 2023] [--kind target|actual]
                       [--format table|csv|json]

One row per indicator (catalog indicators first, then unmapped metric phrases), one column per
entity (parents first). A cell shows the primary figure; "(+N)" says N more facts state it.`,
  async run(argv, ctx) {
    const { values } = parseArgs({
      args: argv,
      options: {
        db: { type: 'string' },
        entities: { type: 'string' },
        period: { type: 'string' },
        kind: { type: 'string' },
        format: { type: 'string' },
      },
    });
    const format = oneOf(values.format, FORMATS, '--format', 'table');
    const kind =
      values.kind === undefined ? undefined : oneOf(values.kind, FACT_KINDS, '--kind', 'target');
    const entities = values.entities
      ?.split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    return withCore(values.db, ctx.env, async (core) => {
      const cmp = await core.api.compare({ entities, period: values.period, kind });
      if (format === 'json') {
        ctx.out(JSON.stringify(cmp, null, 2));
        return 0;
      }
      const header = ['indicator', 'label', ...cmp.entities];
      const rows = cmp.rows.map((r) => [
        r.indicator ?? '',
        r.label,
        ...cmp.entities.map((e) => {
          const facts = r.cells[e] ?? [];
          return facts[0]
            ? formatFigure(facts[0]) + (facts.length > 1 ? ` (+${facts.length - 1})` : '')
            : '';
        }),
      ]);
      if (format === 'csv') [header, ...rows].forEach((r) => ctx.out(csvLine(r)));
      else renderTable(header, rows).forEach(ctx.out);
      return 0;
    });
  },
};
