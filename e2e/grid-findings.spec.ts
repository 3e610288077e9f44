import { expect, test } from './fixtures/web-shell.ts';
import { cell, figure } from './helpers/workspace.ts';

const JK = '郑州经济技术开发区';
const BELOW = '郑州经济技术开发区固定资产投资增长目标12%低于郑州市的15%';

test('the grid flags cells with findings, and the source panel leads to each finding', async ({
  page,
  shell,
}) => {
  await page.goto(shell.url);
  await expect(figure(page, 'fai_growth', JK)).toHaveText('12%');

  // 经开区's 12% is below the city's 15%: still marked ▼, and now flagged for the auditor.
  const jk = cell(page, 'fai_growth', JK);
  await expect(jk.locator('.align-mark')).toHaveAttribute('data-mark', 'below');
  const mark = jk.locator('.finding-mark');
  await expect(mark).toHaveAttribute('data-severity', 'medium');
  await expect(mark).toHaveAttribute('title', '1 项审计发现，最高严重程度：中');
  await expect(mark.locator('.visually-hidden')).toHaveText('1 项审计发现，最高严重程度：中');
  // The finding names the city's cell too; a cell no finding names has no flag.
  await expect(cell(page, 'fai_growth', '郑州市').locator('.finding-mark')).toHaveCount(1);
  await expect(cell(page, 'gdp_growth', JK).locator('.finding-mark')).toHaveCount(0);
  await expect(page.getByTestId('finding-legend')).toContainText('审计发现');

  // A check that holds (the 393 projects add up) is not a reason to look.
  await page.getByPlaceholder('筛选指标…').fill('实施项目');
  await expect(figure(page, 'm:实施项目', JK)).toHaveText('393个');
  await expect(cell(page, 'm:实施项目', JK).locator('.finding-mark')).toHaveCount(0);
  await page.getByPlaceholder('筛选指标…').fill('');

  // The source panel lists the cell's findings; one click opens it in the Findings tab.
  await jk.click();
  const onCell = page.getByTestId('source-panel').getByTestId('cell-findings');
  await expect(onCell).toContainText('本单元格的审计发现（1）');
  await expect(onCell).toContainText(BELOW);
  await onCell.getByRole('button', { name: `在审计发现中查看：${BELOW}` }).click();

  await expect(page.getByTestId('tab-findings')).toHaveAttribute('aria-current', 'page');
  const view = page.getByTestId('findings-view');
  await expect(view.getByLabel('类型')).toHaveValue('alignment');
  const focused = view.locator('.findings-item-focused');
  await expect(focused).toHaveCount(1);
  await expect(focused.locator('summary')).toContainText(BELOW);
  await expect(focused.locator('summary')).toBeFocused();
  await expect(focused.locator('.findings-evidence')).toContainText('12%');
  await expect(focused).toBeInViewport();

  // Judged not an issue, the finding no longer flags its cells.
  await focused.getByRole('button', { name: '标记为非问题' }).click();
  await expect(focused.locator('.findings-review')).toContainText('已保存');
  await page.getByTestId('tab-comparison').click();
  await expect(figure(page, 'fai_growth', JK)).toHaveText('12%');
  await expect(jk.locator('.finding-mark')).toHaveCount(0);
  await expect(jk.locator('.align-mark')).toHaveAttribute('data-mark', 'below');
});

test('the flag’s label follows the interface language', async ({ page, shell }) => {
  await page.goto(shell.url);
  await page.getByTestId('language').selectOption('en');
  const mark = cell(page, 'fai_growth', JK).locator('.finding-mark');
  await expect(mark).toHaveAttribute('title', 'Findings: 1, most severe: Medium');
  await cell(page, 'fai_growth', JK).click();
  await expect(page.getByTestId('cell-findings')).toContainText('Findings on this cell (1)');
  // The title is rendered in English from its message id.
  await expect(page.getByTestId('cell-findings')).toContainText('target 12% is below 郑州市');
});
