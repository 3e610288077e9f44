import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/web-shell.ts';
import { cell, figure, screenshot } from './helpers/workspace.ts';

async function seriousViolations(page: Page, include: string) {
  const result = await new AxeBuilder({ page }).include(include).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

for (const language of ['zh-CN', 'en'] as const) {
  test(`no serious accessibility violation on the grid, document and search views (${language})`, async ({
    page,
    shell,
  }) => {
    await page.goto(shell.url);
    await expect(figure(page, 'gdp_growth', '郑州市')).toHaveText('7%');
    if (language === 'en') {
      await page.getByTestId('language').selectOption('en');
      await expect(page.getByTestId('tab-comparison')).toHaveText('Compare');
    }
    await cell(page, 'fai_growth', '郑州经济技术开发区').click();
    await expect(page.getByTestId('source-primary')).toBeVisible();
    expect(await seriousViolations(page, '.app')).toEqual([]);

    await page.getByTestId('open-in-document').first().click();
    await expect(page.getByTestId('document-view')).toBeVisible();
    expect(await seriousViolations(page, '[data-testid="document-view"]')).toEqual([]);

    await page.getByTestId('tab-search').click();
    await page.getByTestId('search-input').fill('固定资产投资');
    await page.getByTestId('search-input').press('Enter');
    await expect(page.getByTestId('search-hit').first()).toBeVisible();
    expect(await seriousViolations(page, '[data-testid="search-view"]')).toEqual([]);
  });
}

test('switching to English changes the interface and the grid’s own strings, and is remembered', async ({
  page,
  shell,
}, testInfo) => {
  await page.goto(shell.url);
  await expect(figure(page, 'gdp_growth', '郑州市')).toHaveText('7%');
  await expect(page.getByRole('heading', { name: '目标对比' })).toBeVisible();
  await expect(page.getByTestId('view-selector').locator('option:checked')).toHaveText(
    /^2023年 目标/,
  );

  await page.getByTestId('language').selectOption('en');
  await expect(page.getByRole('heading', { name: 'Target comparison' })).toBeVisible();
  await expect(page.getByTestId('tab-documents')).toHaveText('Documents');
  await expect(page.getByRole('button', { name: 'Import reports' })).toBeVisible();
  await expect(page.getByTestId('view-selector').locator('option:checked')).toHaveText(
    /^2023 targets/,
  );
  await expect(page.locator('.ag-header-cell[col-id="indicator"]')).toContainText('Indicator');
  await expect(page.getByTestId('alignment-legend')).toContainText('Below parent');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await screenshot(page, testInfo, 'comparison-en');

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Target comparison' })).toBeVisible();
  await page.getByTestId('language').selectOption('zh-CN');
  await expect(page.getByRole('heading', { name: '目标对比' })).toBeVisible();
});

test('the workspace fits 1280×800 and follows a dark system theme', async ({ page, shell }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(shell.url);
  await expect(figure(page, 'gdp_growth', '郑州经济技术开发区')).toBeInViewport();
  await expect(page.getByTestId('source-panel')).toBeInViewport();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('body')).toHaveAttribute('data-ag-theme-mode', 'dark');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth > innerWidth);
  expect(overflow).toBe(false);
});
