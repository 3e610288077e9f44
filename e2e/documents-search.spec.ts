import { writeFile } from 'node:fs/promises';
import { expect, test } from './fixtures/web-shell.ts';
import { callApi, cell, figure } from './helpers/workspace.ts';

test('documents view: details, edit the year and parent, remove with confirmation', async ({
  page,
  shell,
}) => {
  await page.goto(shell.url);
  await page.getByTestId('tab-documents').click();
  const rows = page.getByTestId('document-row');
  await expect(rows).toHaveCount(5);
  const erqi = rows.filter({ hasText: '000_c33ed8784dcc7e2f.txt' });
  await expect(erqi).toContainText('二七区');
  await expect(erqi).toContainText('郑州市'); // its parent
  await expect(erqi).toContainText('utf-8');
  await expect(erqi).toContainText('政府工作报告');

  await erqi.getByTestId('document-edit').click();
  const edit = page.getByTestId('document-edit-row');
  await edit.getByLabel('年份').fill('2024');
  await edit.getByLabel('上级主体').selectOption('');
  await edit.getByRole('button', { name: '保存' }).click();
  await expect(erqi).toContainText('2024');
  await expect(erqi).toContainText('（无）');

  // Removing asks first; cancelling keeps it.
  await erqi.getByTestId('document-remove').click();
  const dialog = page.getByTestId('remove-dialog');
  await expect(dialog).toContainText('000_c33ed8784dcc7e2f.txt');
  await dialog.getByRole('button', { name: '取消' }).click();
  await expect(rows).toHaveCount(5);
  await erqi.getByTestId('document-remove').click();
  await dialog.getByTestId('remove-confirm').click();
  await expect(rows).toHaveCount(4);
  await page.getByTestId('tab-comparison').click();
  await expect(figure(page, 'gdp_growth', '郑州市')).toHaveText('7%');
  await expect(page.locator('.ag-header-cell[col-id="二七区"]')).toHaveCount(0);
});

test('with reports of several years: a year selector, and the chart’s trend by year', async ({
  page,
  shell,
}, testInfo) => {
  await page.goto(shell.url);
  await expect(figure(page, 'gdp_growth', '郑州市')).toHaveText('7%');
  await expect(page.getByTestId('year-selector')).toHaveCount(0);
  const file = testInfo.outputPath('郑州市2024年政府工作报告.txt');
  await writeFile(
    file,
    '郑州市2024年政府工作报告\n\n2024年主要预期目标是：地区生产总值增长6%，固定资产投资增长8%。\n',
  );
  await page.getByTestId('import-input').setInputFiles(file);
  await expect(page.locator('.outcome')).toHaveAttribute('data-status', 'imported');

  const years = page.getByTestId('year-selector');
  await expect(years).toBeVisible();
  await years.selectOption('2024');
  await expect(page.getByTestId('view-selector').locator('option:checked')).toHaveText(
    /^2024年 目标/,
  );
  await expect(figure(page, 'fai_growth', '郑州市')).toHaveText('8%');
  await years.selectOption('2023');
  await expect(figure(page, 'fai_growth', '郑州市')).toHaveText('15%');

  await cell(page, 'fai_growth', '郑州市').click();
  await page.getByRole('button', { name: '图表' }).click();
  const chart = page.getByTestId('chart-panel');
  await chart.getByTestId('chart-mode').selectOption('trend');
  await expect(chart.locator('svg')).toContainText('2024');
  await expect(chart.locator('svg')).toContainText('郑州经济技术开发区');
});

test('search: highlighted snippets, a hit opens the document at that place', async ({
  page,
  shell,
}) => {
  await page.goto(shell.url);
  await page.getByTestId('tab-search').click();
  await page.getByTestId('search-input').fill('中欧班列');
  await page.getByTestId('search-view').getByRole('button', { name: '搜索' }).click();
  const hits = page.getByTestId('search-hit');
  await expect(hits.first()).toBeVisible();
  await expect(hits.first().locator('mark')).toHaveText('中欧班列');
  await hits.first().click();
  const active = page.getByTestId('document-view').locator('[data-active="true"]');
  await expect(active).toContainText('中欧班列');
  await expect(active).toBeInViewport();
});

test('with no reports, the empty state says what to do', async ({ page, shell }) => {
  await page.goto(shell.url);
  await expect(page.getByTestId('document')).toHaveCount(5);
  const docs = await callApi<{ id: number }[]>(page, 'listDocuments', {});
  for (const doc of docs) await callApi(page, 'removeDocument', { id: doc.id });
  await expect(page.getByTestId('empty-state')).toContainText('还没有报告');
  await expect(page.getByTestId('empty-state')).toContainText('导入报告');
});
