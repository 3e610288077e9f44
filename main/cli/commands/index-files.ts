import { parseArgs } from 'node:util';
import { withCore } from '../open-cli-core.ts';
import { UsageError, type Command } from '../usage.ts';

export const indexCommand: Command = {
  name: 'index',
  summary: 'import report files or folders into the database',
  help: `Usage: duibiao index PATH... [--db FILE]

Imports every .txt/.md report in the given files and folders. A file already indexed (same
content) is reported as already present. Exit code 1 when any file failed; the rest are imported.`,
  async run(argv, ctx) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { db: { type: 'string' } },
    });
    if (!positionals.length) throw new UsageError('no PATH given');
    return withCore(values.db, ctx.env, async (core) => {
      const stop = core.onEvent((e) => {
        if (e.type === 'import-progress' && ctx.isTTY) {
          process.stderr.write(
            `\r\x1b[K[${e.done}/${e.total}] ${e.facts} figures${e.current ? ` · ${e.current}` : ''}`,
          );
        }
      });
      const report = await core.api.importFiles({
        sources: positionals.map((path) => ({ kind: 'path' as const, path })),
      });
      stop();
      if (ctx.isTTY) process.stderr.write('\r\x1b[K');
      for (const o of report.outcomes) {
        if (o.status === 'imported')
          ctx.out(
            `imported  ${o.name}  ${o.entity ?? '?'} ${o.year ?? ''}  ${o.factCount} figures`,
          );
        else if (o.status === 'duplicate') ctx.out(`present   ${o.name}  (already indexed)`);
        else ctx.err(`error     ${o.name}: ${o.error}`);
      }
      ctx.out(
        `${report.imported} imported, ${report.duplicates} already present, ${report.errors} failed`,
      );
      return report.errors ? 1 : 0;
    });
  },
};
