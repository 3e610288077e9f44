import { expect, test } from './fixtures/web-shell.ts';
import { cell, figure, screenshot } from './helpers/workspace.ts';

const JK = '郑州经济技术开发区';

test('a cell’s source: the sentence with the figure highlighted, then the document at it', async ({
  page,
  shell,
}, testInfo) => {
  await page.goto(shell.url);
  await cell(page, 'fai_growth', JK).click();

  const panel = page.getByTestId('source-panel');
  const primary = panel.getByTestId('source-primary');
  await expect(panel.locator('h2')).toContainText(`${JK} · 固定资产投资增长`);
  await expect(primary.getByTestId('source-figure')).toHaveText('12%');
  const sentence = primary.getByTestId('source-sentence');
  await expect(sentence).toContainText('固定资产投资');
  await expect(sentence.locator('mark')).toContainText('12%');
  await expect(primary.getByTestId('source-document')).toContainText('002_15e6c51f3b3473d4.txt');
  await screenshot(page, testInfo, 'source-panel');

  // The city's cell has two facts: the full report first, the digest among the others.
  await cell(page, 'fai_growth', '郑州市').click();
  await expect(panel.getByTestId('source-primary')).toHaveCount(1);
  await expect(panel.getByTestId('source-other')).toHaveCount(1);
  await expect(panel.getByText('同一单元格的其他出处（1）')).toBeVisible();

  await cell(page, 'fai_growth', JK).click();
  await expect(primary.getByTestId('source-figure')).toHaveText('12%');
  await primary.getByTestId('open-in-document').click();
  const view = page.getByTestId('document-view');
  await expect(view).toBeVisible();
  const active = view.locator('[data-active="true"]');
  await expect(active).toContainText('12%');
  await expect(active).toHaveClass(/fact-target/);
  await expect(active).toBeInViewport();
  // Every figure is highlighted; targets and achieved figures are styled apart.
  expect(await view.locator('mark.fact-mark[data-fact-id]').count()).toBeGreaterThan(5);
  await expect(view.getByTestId('document-fact-list').locator('li')).not.toHaveCount(0);
  await screenshot(page, testInfo, 'document');

  // Picking a fact in the list scrolls to it.
  const last = view.getByTestId('document-fact-list').locator('button').last();
  await last.click();
  await expect(last).toHaveAttribute('aria-current', 'true');
  await expect(view.locator('[data-active="true"]')).toBeInViewport();

  await view.getByTestId('document-back').click();
  await expect(figure(page, 'fai_growth', JK)).toHaveText('12%');
});

test('a correction changes the grid, survives a reload and is undone', async ({ page, shell }) => {
  await page.goto(shell.url);
  await expect(figure(page, 'gdp_growth', '二七区')).toHaveText('7%');
  await cell(page, 'gdp_growth', '二七区').click();

  const primary = page.getByTestId('source-panel').getByTestId('source-primary');
  await primary.getByTestId('correction').locator('summary').click();
  await primary.locator('[data-field="value"]').fill('7.5');
  await primary.locator('[data-field="comparator"]').selectOption('>=');
  await primary.getByTestId('correction-save').click();
  await expect(figure(page, 'gdp_growth', '二七区')).toHaveText('≥7.5%');
  await expect(primary.getByTestId('corrected-badge')).toBeVisible();
  // Against the city's 7%, ≥7.5% is now above.
  await expect(cell(page, 'gdp_growth', '二七区').locator('.align-mark')).toHaveAttribute(
    'data-mark',
    'above',
  );

  await page.reload();
  await expect(figure(page, 'gdp_growth', '二七区')).toHaveText('≥7.5%');
  await cell(page, 'gdp_growth', '二七区').click();
  await expect(primary.getByTestId('corrected-badge')).toBeVisible();

  await primary.getByTestId('correction').locator('summary').click();
  await primary.getByTestId('correction-undo').click();
  await expect(figure(page, 'gdp_growth', '二七区')).toHaveText('7%');
  await expect(primary.getByTestId('corrected-badge')).toHaveCount(0);

  // "Not a fact" takes the figure out of the comparison; undo brings it back.
  await primary.getByTestId('not-a-fact').click();
  await expect(cell(page, 'gdp_growth', '二七区').locator('.figure-value')).toHaveCount(0);
  await primary.getByTestId('correction-undo').click();
  await expect(figure(page, 'gdp_growth', '二七区')).toHaveText('7%');
});

test('an unmapped metric is mapped to an indicator for every document', async ({ page, shell }) => {
  await page.goto(shell.url);
  await page.getByPlaceholder('筛选指标…').fill('年度投资');
  await cell(page, 'm:重大项目年度投资', '二七区').click();
  const primary = page.getByTestId('source-panel').getByTestId('source-primary');
  await primary.getByTestId('correction').locator('summary').click();
  await primary.getByTestId('synonym-select').selectOption('fai_growth');
  await primary.getByRole('button', { name: '映射' }).click();
  await expect(page.locator('.ag-row[row-id="m:重大项目年度投资"]')).toHaveCount(0);
  await page.getByPlaceholder('筛选指标…').fill('');
  // 二七区's fixed-asset cell now also holds the 年度投资 figure.
  await expect(cell(page, 'fai_growth', '二七区').locator('.figure-badge')).toBeVisible();
});
