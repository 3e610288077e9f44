import { writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import iconv from 'iconv-lite';
import { expect, test } from './fixtures/web-shell.ts';
import { figure } from './helpers/workspace.ts';

const REPORT = `中原区2023年政府工作报告

2023年经济社会发展的主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长4%，
固定资产投资增长10%以上，社会消费品零售总额增长7%。
`;

/** Records whether the import progress bar was ever shown (it may be brief on a fast machine). */
async function watchProgress(page: Page) {
  await page.evaluate(() => {
    const w = window as { __progressSeen?: boolean };
    w.__progressSeen = false;
    new MutationObserver(() => {
      if (document.querySelector('[data-testid="import-progress"] progress'))
        w.__progressSeen = true;
    }).observe(document.body, { childList: true, subtree: true });
  });
  return () => page.evaluate(() => (window as { __progressSeen?: boolean }).__progressSeen);
}

test('a GBK report imported through the page adds its district to the columns and the grid', async ({
  page,
  shell,
}, testInfo) => {
  const file = testInfo.outputPath('中原区2023年政府工作报告.txt');
  await writeFile(file, iconv.encode(REPORT, 'gbk'));

  await page.goto(shell.url);
  await expect(figure(page, 'gdp_growth', '郑州市')).toHaveText('7%');
  const progressSeen = await watchProgress(page);

  await page.getByTestId('import-input').setInputFiles(file);
  const outcome = page.locator('.outcome');
  await expect(outcome).toHaveAttribute('data-status', 'imported');
  await expect(outcome).toContainText('中原区');
  expect(await progressSeen()).toBe(true);

  await expect(figure(page, 'gdp_growth', '中原区')).toHaveText('≈6%');
  const picker = page.getByTestId('column-picker');
  await picker.locator('summary').click();
  await expect(picker.locator('input[data-entity="中原区"]')).toBeChecked();

  // The Documents tab shows it with its detected encoding.
  await page.getByTestId('tab-documents').click();
  const row = page.getByTestId('document-row').filter({ hasText: '中原区2023年政府工作报告.txt' });
  await expect(row).toContainText(/gb(k|18030)/i);
});

test('dropping files onto the window imports them', async ({ page, shell }) => {
  await page.goto(shell.url);
  await expect(figure(page, 'gdp_growth', '郑州市')).toHaveText('7%');
  const text = REPORT.replaceAll('中原区', '惠济区').replace('6%左右', '5.5%');
  const dataTransfer = await page.evaluateHandle((content) => {
    const dt = new DataTransfer();
    dt.items.add(new File([content], '惠济区2023年政府工作报告.txt', { type: 'text/plain' }));
    return dt;
  }, text);
  const zone = page.locator('.drop-zone');
  await zone.dispatchEvent('dragenter', { dataTransfer });
  await zone.dispatchEvent('dragover', { dataTransfer });
  await expect(page.locator('.drop-overlay')).toBeVisible();
  await zone.dispatchEvent('drop', { dataTransfer });
  await expect(page.locator('.outcome')).toHaveAttribute('data-status', 'imported');
  await expect(figure(page, 'gdp_growth', '惠济区')).toHaveText('5.5%');
});
