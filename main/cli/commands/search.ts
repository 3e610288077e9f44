import { parseArgs } from 'node:util';
import { withCore } from '../open-cli-core.ts';
import { UsageError, type Command } from '../usage.ts';

export const searchCommand: Command = {
  name: 'search',
  summary: 'full-text search across indexed reports',
  help: `Usage: duibiao search QUERY [--db FILE] [--limit N] [--json]

Prints each sentence containing QUERY with its document, entity and section; the hit is marked
with 【】. Any characters may be searched (the query is matched as a phrase).`,
  async run(argv, ctx) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        db: { type: 'string' },
        limit: { type: 'string' },
        json: { type: 'boolean', default: false },
      },
    });
    const query = positionals.join(' ').trim();
    if (!query) throw new UsageError('no QUERY given');
    const limit = values.limit ? Number(values.limit) : 50;
    if (!Number.isInteger(limit) || limit < 1 || limit > 500)
      throw new UsageError('--limit must be 1…500');
    return withCore(values.db, ctx.env, async (core) => {
      const hits = await core.api.search({ query, limit });
      if (values.json) ctx.out(JSON.stringify(hits, null, 2));
      else {
        for (const h of hits) {
          const s = h.snippet;
          ctx.out(
            `${h.documentName} · ${h.entity ?? '?'}${h.section.length ? ` · ${h.section.join(' › ')}` : ''}`,
          );
          ctx.out(
            `  ${s.slice(0, h.hitStart)}【${s.slice(h.hitStart, h.hitEnd)}】${s.slice(h.hitEnd)}`,
          );
        }
        ctx.out(`${hits.length} hit${hits.length === 1 ? '' : 's'}`);
      }
      return 0;
    });
  },
};
