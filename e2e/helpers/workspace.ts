import { join } from 'node:path';
import type { Page, TestInfo } from '@playwright/test';

export const ENTITIES = ['郑州市', '二七区', '管城回族区', '郑州经济技术开发区'];

export function cell(page: Page, row: string, entity: string) {
  return page.locator(`.ag-row[row-id="${row}"] .ag-cell[col-id="${entity}"]`);
}

/** One element per displayed row: its indicator cell (pinned left, so present once). */
export function rowLabels(page: Page) {
  return page.locator('.ag-row .ag-cell[col-id="indicator"]');
}

export function row(page: Page, id: string) {
  return page.locator(`.ag-row[row-id="${id}"]:has(.ag-cell[col-id="indicator"])`);
}

export function figure(page: Page, row: string, entity: string) {
  return cell(page, row, entity).locator('.figure-value');
}

/**
 * Keeps a screenshot beside the test results; with DUIBIAO_UPDATE_SCREENSHOT=1 (npm run
 * screenshot) writes e2e/screenshots/<name>.png instead, so a test run leaves the tree clean.
 */
export async function screenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(200);
  await page.screenshot({
    path: process.env.DUIBIAO_UPDATE_SCREENSHOT
      ? join(import.meta.dirname, '..', 'screenshots', `${name}.png`)
      : testInfo.outputPath(`${name}.png`),
  });
}

/** Calls the core through the page's own HTTP bridge (set-up steps, not what a test checks). */
export async function callApi<T>(page: Page, method: string, args: object): Promise<T> {
  return page.evaluate(
    async ([m, a]) => {
      const token = sessionStorage.getItem('duibiao.token') ?? '';
      const r = await fetch(`/api/call/${m}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Duibiao-Token': token },
        body: JSON.stringify(a),
      });
      return ((await r.json()) as { result: unknown }).result;
    },
    [method, args] as const,
  ) as Promise<T>;
}
