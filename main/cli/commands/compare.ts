import { parseArgs } from 'node:util';
import { wideTable } from '../../export/comparison-table.ts';
import { COMPARE_OPTIONS, compareQuery } from '../compare-args.ts';
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
    const { values } = parseArgs({ args: argv, options: COMPARE_OPTIONS });
    const format = oneOf(values.format, FORMATS, '--format', 'table');
    const query = compareQuery(values);
    return withCore(values.db, ctx.env, async (core) => {
      const cmp = await core.api.compare(query);
      if (format === 'json') {
        ctx.out(JSON.stringify(cmp, null, 2));
        return 0;
      }
      const { header, rows } = wideTable(cmp);
      const shown = [header, ...rows].map((r) => [r[0]!, r[1]!, ...r.slice(3)]); // category is for files
      if (format === 'csv') shown.forEach((r) => ctx.out(csvLine(r)));
      else renderTable(shown[0]!, shown.slice(1)).forEach(ctx.out);
      return 0;
    });
  },
};
