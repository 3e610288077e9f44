/**
 * Tab-separated text that pastes into Excel or WPS as the same table: a cell holding a tab,
 * a line break or a double quote is quoted (quotes doubled), as both spreadsheets read it.
 */
export function toTsv(rows: readonly (readonly (string | null | undefined)[])[]): string {
  return rows.map((row) => row.map(tsvCell).join('\t')).join('\r\n');
}

function tsvCell(value: string | null | undefined): string {
  const text = value ?? '';
  return /[\t\r\n"]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
