import { parseArgs } from 'node:util';
import { withCore } from '../open-cli-core.ts';
import { renderTable } from '../table.ts';
import type { Command } from '../usage.ts';

export const documentsCommand: Command = {
  name: 'documents',
  summary: 'list indexed documents',
  help: `Usage: duibiao documents [--db FILE] [--json]

Lists every indexed document with its detected entity, year, type and number of figures.`,
  async run(argv, ctx) {
    const { values } = parseArgs({
      args: argv,
      options: { db: { type: 'string' }, json: { type: 'boolean', default: false } },
    });
    return withCore(values.db, ctx.env, async (core) => {
      const docs = await core.api.listDocuments({});
      if (values.json) ctx.out(JSON.stringify(docs, null, 2));
      else {
        const rows = docs.map((d) => [
          String(d.id),
          d.name,
          d.entity ?? '?',
          String(d.year ?? ''),
          d.type ?? '',
          String(d.factCount),
          d.encoding,
        ]);
        renderTable(['id', 'name', 'entity', 'year', 'type', 'figures', 'encoding'], rows).forEach(
          ctx.out,
        );
      }
      return 0;
    });
  },
};
