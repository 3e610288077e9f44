import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import type { Download } from '@playwright/test';
import { expect, test } from './fixtures/web-shell.ts';
import { figure } from './helpers/workspace.ts';

async function bytes(download: Download): Promise<Buffer> {
  return Buffer.concat(await (await download.createReadStream()).toArray());
}

/** RFC 4180, as a spreadsheet reads it: quoted fields may hold commas, quotes and line breaks. */
function parseCsv(text: string): string[][] {
  return parse(text, { relax_column_count: true });
}

test('CSV and XLSX exports hold the grid’s values, comparators, units, marks and sources', async ({
  page,
  shell,
}) => {
  await page.goto(shell.url);
  await expect(figure(page, 'fai_growth', '郑州经济技术开发区')).toHaveText('12%');

  const csvDownload = page.waitForEvent('download');
  await page.getByTestId('export-csv').click();
  const csvFile = await csvDownload;
  expect(csvFile.suggestedFilename()).toBe('duibiao-target-2023.csv');
  const csvText = (await bytes(csvFile)).toString('utf8');
  expect(csvText.charCodeAt(0)).toBe(0xfeff);
  const csv = parseCsv(csvText.slice(1));
  const header = csv[0]!;
  const col = (name: string) => header.indexOf(name);
  const fai = csv.find((r) => r[1] === '固定资产投资增长')!;
  expect(['郑州市', '二七区', '管城回族区', '郑州经济技术开发区'].map((e) => fai[col(e)])).toEqual([
    '15%',
    '≥15%',
    '≈15%',
    '12%',
  ]);
  expect(fai[col('二七区 比较符')]).toBe('>=');
  expect(fai[col('郑州经济技术开发区 单位')]).toBe('%');
  expect(fai[col('郑州经济技术开发区 对齐标记（相对上级目标）')]).toBe('低于上级');
  expect(fai[col('郑州经济技术开发区 文档')]).toBe('002_15e6c51f3b3473d4.txt');
  const gdp = csv.find((r) => r[1] === '地区生产总值增长')!;
  expect(gdp[col('郑州经济技术开发区')]).toBe('8%');

  const xlsxDownload = page.waitForEvent('download');
  await page.getByTestId('export-xlsx').click();
  const xlsxFile = await xlsxDownload;
  expect(xlsxFile.suggestedFilename()).toBe('duibiao-target-2023.xlsx');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await bytes(xlsxFile)) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const values = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1).map(String);
  expect(values(1)).toEqual(header);
  const rows = Array.from({ length: sheet.rowCount - 1 }, (_, i) => values(i + 2));
  expect(rows.length).toBe(csv.length - 1);
  const xFai = rows.find((r) => r[1] === '固定资产投资增长')!;
  expect(xFai[col('郑州经济技术开发区')]).toBe('12%');
  expect(xFai[col('郑州经济技术开发区 对齐标记（相对上级目标）')]).toBe('低于上级');
  expect(xFai[col('管城回族区')]).toBe('≈15%');
});
