import { expect, test } from './fixtures/web-shell.ts';

test('findings: the auditor filters, reads the evidence, and a review survives a reload', async ({
  page,
  shell,
}) => {
  await page.goto(shell.url);
  await page.getByTestId('tab-findings').click();
  const view = page.getByTestId('findings-view');
  await expect(view.getByTestId('findings-list')).toBeVisible();

  // The 经开区 project total is verified against its parts.
  await view.getByLabel('类型').selectOption('arithmetic');
  const total = view.locator('.findings-item', { hasText: '393' }).first();
  await expect(total).toContainText('相符');
  await total.locator('summary').click();
  await expect(total.locator('.findings-evidence')).toContainText('187');
  await expect(total.locator('.findings-evidence')).toContainText('142');

  // Version differences between the city's digest and full report show both sides.
  await view.getByLabel('类型').selectOption('version');
  const session = view.locator('.findings-item', { hasText: '十一届' }).first();
  await session.locator('summary').click();
  await expect(session.locator('.findings-diff')).toContainText('十一届');
  await expect(session.locator('.findings-diff')).toContainText('十二届');

  // A judgment with a comment persists.
  await view.getByLabel('类型').selectOption('arithmetic');
  await total.locator('summary').click();
  await expect(total.locator('.findings-body')).toBeVisible();
  await total.getByLabel('审核意见').fill('与项目台账一致');
  await total.getByRole('button', { name: '标记为已审核' }).click();
  await expect(total.locator('.findings-review')).toContainText('已保存');
  await page.reload();
  await page.getByTestId('tab-findings').click();
  await page.getByTestId('findings-view').getByLabel('审核状态').selectOption('reviewed');
  const reviewed = page.getByTestId('findings-view').locator('.findings-item', { hasText: '393' });
  await expect(reviewed).toHaveCount(1);
  await expect(reviewed).toContainText('已审核');
});
