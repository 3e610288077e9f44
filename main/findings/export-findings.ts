import type { FindingsExport, FindingsList } from '../../shared/api.ts';
import { findingsCsv, findingsWorkbook } from '../export/findings.ts';

/** The listed findings as a CSV or XLSX file, base64-encoded for the page to save. */
export async function exportFindings(
  list: FindingsList,
  format: 'csv' | 'xlsx',
): Promise<FindingsExport> {
  const name = (id: number) => list.documents[id] ?? `#${id}`;
  const stamp = list.computedAt.slice(0, 10);
  if (format === 'xlsx') {
    const bytes = await findingsWorkbook(list.findings, name);
    return {
      name: `审计发现-${stamp}.xlsx`,
      mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      base64: bytes.toString('base64'),
      count: list.findings.length,
    };
  }
  return {
    name: `审计发现-${stamp}.csv`,
    mime: 'text/csv;charset=utf-8',
    base64: Buffer.from(findingsCsv(list.findings, name), 'utf8').toString('base64'),
    count: list.findings.length,
  };
}
