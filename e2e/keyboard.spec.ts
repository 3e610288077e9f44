import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/web-shell.ts';
import { figure } from './helpers/workspace.ts';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const inGrid = (page: Page) =>
  page.evaluate(() => Boolean(document.activeElement?.closest('.ag-cell, .ag-header-cell')));
const focusedCell = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement?.closest('.ag-cell');
    return el
      ? `${el.closest('.ag-row')?.getAttribute('row-id')}|${el.getAttribute('col-id')}`
      : null;
  });

test('keyboard only: into the grid, select a block, copy it, open a source and its document', async ({
  page,
  shell,
}) => {
  await page.goto(shell.url);
  await expect(figure(page, 'gdp_growth', '郑州市')).toHaveText('7%');

  // Tab from the top of the page until the grid has focus (a header cell first).
  for (let i = 0; i < 40 && !(await inGrid(page)); i++) await page.keyboard.press('Tab');
  expect(await inGrid(page)).toBe(true);
  if (!(await focusedCell(page))) await page.keyboard.press('ArrowDown');
  // The category column spans rows, so its cell has no row of its own: check its column only.
  await expect.poll(() => focusedCell(page)).toMatch(/\|category$/);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => focusedCell(page)).toBe('gdp_growth|郑州市');
  // The source panel follows the focused cell.
  await expect(page.getByTestId('source-panel').locator('h2')).toContainText('郑州市');

  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+ArrowRight');
  for (let i = 0; i < 2; i++) await page.keyboard.press('Shift+ArrowDown');
  await expect(page.locator('.cell-in-range')).toHaveCount(12);
  await page.keyboard.press('Control+c');
  await expect(page.getByTestId('grid-status')).toHaveText('已复制 3 行 × 4 列');

  const clipboard = await page.evaluate(() => navigator.clipboard.readText());
  const table = clipboard.split('\r\n').map((line) => line.split('\t'));
  expect(table).toEqual([
    ['指标', '郑州市', '二七区', '管城回族区', '郑州经济技术开发区'],
    ['地区生产总值增长', '7%', '7%', '7%', '8%'],
    ['规模以上工业增加值增长', '≥8%', '8%', '≈8%', '10%'],
    ['社会消费品零售总额增长', '12%', '≈12%', '≈12%', '13%'],
  ]);

  // Enter on a cell moves to its source; Tab reaches "open in document"; Enter opens it.
  await expect.poll(() => focusedCell(page)).toBe('retail_growth|郑州经济技术开发区');
  await page.keyboard.press('Enter');
  const panel = page.getByTestId('source-panel');
  await expect(panel.locator('h2')).toBeFocused();
  await expect(panel.getByTestId('source-primary').getByTestId('source-figure')).toHaveText('13%');
  await page.keyboard.press('Tab');
  await expect(panel.getByTestId('source-primary').getByTestId('open-in-document')).toBeFocused();
  await page.keyboard.press('Enter');
  const view = page.getByTestId('document-view');
  await expect(view.locator('[data-active="true"]')).toContainText('13%');
  await expect(view.locator('[data-active="true"]')).toBeInViewport();
});
