import { writeFile } from 'node:fs/promises';
import { expect, test } from './fixtures/web-shell.ts';

const REPORT = `金水区2023年政府工作报告

2023年经济社会发展的主要预期目标是：地区生产总值增长6.5%左右，一般公共预算收入增长5%，
规模以上工业增加值增长7%，固定资产投资增长10%以上，社会消费品零售总额增长8%。
`;

test('importing a report through the page adds it to the documents and the grid', async ({
  page,
  shell,
}, testInfo) => {
  const file = testInfo.outputPath('金水区2023年政府工作报告.txt');
  await writeFile(file, REPORT, 'utf8');

  await page.goto(shell.url);
  await expect(page.getByTestId('document')).toHaveCount(5);

  await page.getByTestId('import-input').setInputFiles(file);
  const outcome = page.locator('.outcome');
  await expect(outcome).toHaveCount(1);
  await expect(outcome).toHaveAttribute('data-status', 'imported');
  await expect(outcome).toContainText('金水区');
  await expect(page.locator('.import-summary')).toHaveText('导入 1 份，已存在 0 份，失败 0 份');

  // index-changed refreshes the documents and the comparison.
  await expect(page.getByTestId('document')).toHaveCount(6);
  await expect(
    page.locator('.ag-row[row-id="gdp_growth"] .ag-cell[col-id="金水区"] .figure-value'),
  ).toHaveText('≈6.5%');

  // The same file again is recognised as already present.
  await page.getByRole('button', { name: '关闭' }).click();
  await page.getByTestId('import-input').setInputFiles(file);
  await expect(page.locator('.outcome')).toHaveAttribute('data-status', 'duplicate');
  await expect(page.getByTestId('document')).toHaveCount(6);
});
