import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { REVIEW_STATUSES } from '../../../shared/api.ts';
import { FINDING_TYPES, SEVERITIES } from '../../../shared/findings/types.ts';
import { findingsCsv, findingsWorkbook } from '../../export/findings.ts';
import { withCore } from '../open-cli-core.ts';
import { renderTable } from '../table.ts';
import { oneOf, UsageError, type Command } from '../usage.ts';

const FORMATS = ['table', 'json', 'csv'] as const;

export const findingsCommand: Command = {
  name: 'findings',
  summary: 'list auditor findings: conflicts, versions, arithmetic, cross-references …',
  help: `Usage: duibiao findings [--db FILE] [--type T] [--entity NAME] [--severity S]
                        [--status S] [--format table|json|csv] [--out FILE]

Lists the findings over the index, most severe first: figures that conflict between
documents, differences between two versions of one report, totals and shares checked
against their parts, statements about another entity's figures checked against its own,
district targets below their parent's (and parent headline targets a district does not set),
and targets against the actuals a later report gives. Checks that hold are listed too.

  --type      ${FINDING_TYPES.join(' | ')}
  --severity  ${SEVERITIES.join(' | ')}
  --status    ${REVIEW_STATUSES.join(' | ')}
  --out FILE  write the list to FILE instead: .xlsx (a sheet per finding and per source span)
              or .csv (UTF-8 with BOM)`,
  async run(argv, ctx) {
    const { values } = parseArgs({
      args: argv,
      options: {
        db: { type: 'string' },
        type: { type: 'string' },
        entity: { type: 'string' },
        severity: { type: 'string' },
        status: { type: 'string' },
        format: { type: 'string' },
        out: { type: 'string' },
      },
    });
    const filter = {
      type:
        values.type === undefined
          ? undefined
          : oneOf(values.type, FINDING_TYPES, '--type', 'conflict'),
      severity:
        values.severity === undefined
          ? undefined
          : oneOf(values.severity, SEVERITIES, '--severity', 'high'),
      status:
        values.status === undefined
          ? undefined
          : oneOf(values.status, REVIEW_STATUSES, '--status', 'open'),
      entity: values.entity,
    };
    const format = oneOf(values.format, FORMATS, '--format', 'table');
    if (values.out !== undefined && values.format !== undefined)
      throw new UsageError(
        '--out writes by the file extension (.csv or .xlsx); leave out --format',
      );
    return withCore(values.db, ctx.env, async (core) => {
      const list = await core.api.listFindings(filter);
      const name = (id: number) => list.documents[id] ?? `#${id}`;
      if (values.out) {
        const xlsx = values.out.toLowerCase().endsWith('.xlsx');
        await writeFile(
          values.out,
          xlsx ? await findingsWorkbook(list.findings, name) : findingsCsv(list.findings, name),
        );
        ctx.out(`${list.findings.length} findings → ${values.out}`);
        return 0;
      }
      if (format === 'json') ctx.out(JSON.stringify(list.findings, null, 2));
      else if (format === 'csv')
        ctx.out(
          findingsCsv(list.findings, name)
            .replace(/^\ufeff/, '')
            .trimEnd(),
        );
      else {
        const rows = list.findings.map((f) => [
          f.type,
          f.severity,
          f.outcome,
          f.review.status,
          f.entities.join('、'),
          f.title.length > 80 ? `${f.title.slice(0, 79)}…` : f.title,
        ]);
        renderTable(['type', 'severity', 'outcome', 'status', 'entities', 'finding'], rows).forEach(
          ctx.out,
        );
        ctx.out(`${list.findings.length} findings (computed in ${list.computeMs} ms)`);
      }
      return 0;
    });
  },
};
