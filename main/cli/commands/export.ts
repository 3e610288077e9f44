import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { wideTable } from '../../export/comparison-table.ts';
import { comparisonWorkbook } from '../../export/xlsx.ts';
import { COMPARE_OPTIONS, compareQuery } from '../compare-args.ts';
import { withCore } from '../open-cli-core.ts';
import { csvLine } from '../table.ts';
import { oneOf, UsageError, type Command } from '../usage.ts';

const FORMATS = ['csv', 'xlsx'] as const;

export const exportCommand: Command = {
  name: 'export',
  summary: 'write the comparison to a CSV or Excel file',
  help: `Usage: duibiao export --out FILE [--format csv|xlsx] [--db FILE] [--entities A,B]
                      [--period 2023] [--kind target|actual]

csv: the comparison as shown (UTF-8 with BOM, so Excel and WPS read the Chinese right).
xlsx: a sheet "对比" with the comparison and a sheet "明细" with every fact behind each cell:
value, unit, comparator, hedge, the quote and its document. The format defaults to the
extension of --out.`,
  async run(argv, ctx) {
    const { values } = parseArgs({
      args: argv,
      options: { ...COMPARE_OPTIONS, out: { type: 'string' } },
    });
    if (!values.out) throw new UsageError('--out FILE is required');
    const byExtension = values.out.toLowerCase().endsWith('.xlsx') ? 'xlsx' : 'csv';
    const format = oneOf(values.format, FORMATS, '--format', byExtension);
    const query = compareQuery(values);
    return withCore(values.db, ctx.env, async (core) => {
      const cmp = await core.api.compare(query);
      const names = new Map((await core.api.listDocuments({})).map((d) => [d.id, d.name]));
      const name = (id: number) => names.get(id) ?? `#${id}`;
      if (format === 'xlsx') await writeFile(values.out!, await comparisonWorkbook(cmp, name));
      else {
        const { header, rows } = wideTable(cmp, { moreMarks: false });
        await writeFile(
          values.out!,
          '\ufeff' + [header, ...rows].map((r) => csvLine(r)).join('\r\n') + '\r\n',
        );
      }
      ctx.out(`${cmp.rows.length} indicators × ${cmp.entities.length} entities → ${values.out}`);
      return 0;
    });
  },
};
