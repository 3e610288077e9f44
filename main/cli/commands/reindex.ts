import { parseArgs } from 'node:util';
import { withCore } from '../open-cli-core.ts';
import type { Command } from '../usage.ts';

export const reindexCommand: Command = {
  name: 'reindex',
  summary: 're-extract documents indexed by an older engine',
  help: `Usage: duibiao reindex [--db FILE] [--all]

Re-extracts every document whose engine version differs from this one (--all: every document),
re-applying each user correction, synonym and entity/year override.`,
  async run(argv, ctx) {
    const { values } = parseArgs({
      args: argv,
      options: { db: { type: 'string' }, all: { type: 'boolean', default: false } },
    });
    return withCore(values.db, ctx.env, async (core) => {
      const r = await core.api.reindex({ all: values.all });
      ctx.out(
        `${r.documents} documents re-indexed, ${r.facts} figures, ${r.corrections} corrections re-applied` +
          (r.unattached
            ? `, ${r.unattached} corrections whose figure is no longer found (kept)`
            : ''),
      );
      return 0;
    });
  },
};
