import { expect, test } from './fixtures/web-shell.ts';
import { cell, ENTITIES, figure, row, rowLabels } from './helpers/workspace.ts';

// Expected values checked against seeds/gold/seeds.gold.json (2023 targets, primary facts).
const ROWS: Record<string, string[]> = {
  gdp_growth: ['7%', '7%', '7%', '8%'],
  fai_growth: ['15%', '≥15%', '≈15%', '12%'],
  retail_growth: ['12%', '≈12%', '≈12%', '13%'],
};

test('2023 targets read as the reports write them, marked against the city', async ({
  page,
  shell,
}) => {
  await page.goto(shell.url);
  for (const [row, values] of Object.entries(ROWS)) {
    for (const [i, entity] of ENTITIES.entries()) {
      await expect(figure(page, row, entity)).toHaveText(values[i]!);
    }
  }

  // 经开区's 12% is below the city's 15%; ≥15% and ≈15% commit to the city's level.
  const jk = cell(page, 'fai_growth', '郑州经济技术开发区');
  await expect(jk.locator('.align-mark')).toHaveAttribute('data-mark', 'below');
  await expect(jk.locator('.align-mark')).toContainText('低于上级'); // text, not colour alone
  await expect(cell(page, 'fai_growth', '二七区').locator('.align-mark')).toHaveAttribute(
    'data-mark',
    'equal',
  );
  await expect(cell(page, 'fai_growth', '郑州市').locator('.align-mark')).toHaveCount(0);
  const legend = page.getByTestId('alignment-legend');
  await expect(legend).toContainText('低于上级');
  await expect(legend).toContainText('上级：郑州市');

  // The city's cell stated twice (digest and full report) shows a count badge.
  await expect(cell(page, 'gdp_growth', '郑州市').locator('.figure-badge')).toContainText('2');

  // Hover shows the full phrase, with its hedge (二七区's 重大项目年度投资 is 力争 350亿元以上).
  await cell(page, 'fai_growth', '二七区').hover();
  await expect(page.locator('.ag-tooltip')).toHaveText('固定资产投资增长15%以上');
  await page.mouse.move(0, 0);
  await expect(page.locator('.ag-tooltip')).toHaveCount(0);
  await page.getByPlaceholder('筛选指标…').fill('年度投资');
  await cell(page, 'm:重大项目年度投资', '二七区').hover();
  await expect(page.locator('.ag-tooltip')).toContainText('力争重大项目年度投资350亿元以上');
  await page.mouse.move(0, 0);
  await page.getByPlaceholder('筛选指标…').fill('');

  // Only misaligned rows: fixed-asset investment stays, GDP (8% above 7%) … stays only if some
  // district is below or missing; every remaining row has such a mark.
  const before = await rowLabels(page).count();
  await page.getByTestId('only-misaligned').check();
  await expect(cell(page, 'fai_growth', '郑州经济技术开发区')).toBeVisible();
  await expect(row(page, 'retail_growth')).toHaveCount(0);
  const rows = page.locator('.ag-center-cols-container .ag-row');
  expect(await rows.count()).toBeLessThanOrEqual(before);
  for (const row of await rows.all()) {
    await expect(
      row.locator('.align-mark[data-mark="below"], .align-mark[data-mark="missing"]').first(),
    ).toBeAttached();
  }
  await page.getByTestId('only-misaligned').uncheck();
  await expect(row(page, 'retail_growth')).toHaveCount(1);
});

test('rows are grouped by category, then other figures; sorting keeps the groups', async ({
  page,
  shell,
}) => {
  await page.goto(shell.url);
  await expect(figure(page, 'gdp_growth', '郑州市')).toBeVisible();
  const categoryOrder = async () =>
    rowLabels(page).evaluateAll((cells) =>
      cells
        .map((c) => c.closest('.ag-row')!)
        .map((r) => ({
          index: Number(r.getAttribute('row-index')),
          id: r.getAttribute('row-id') ?? '',
        }))
        .sort((a, b) => a.index - b.index)
        .map((r) => r.id),
    );
  const ids = await categoryOrder();
  expect(ids[0]).toBe('gdp_growth');
  // Unmapped metrics (m:…) come after every catalog indicator.
  const firstOther = ids.findIndex((id) => id.startsWith('m:'));
  if (firstOther >= 0) expect(ids.slice(firstOther).every((id) => id.startsWith('m:'))).toBe(true);

  // Sort by 经开区 descending: within 经济运行, 13% (retail) comes before 8% (gdp); categories
  // stay together, 经济运行 still first.
  const header = page.locator('.ag-header-cell[col-id="郑州经济技术开发区"] .ag-header-cell-label');
  await header.click();
  await header.click();
  await expect(page.locator('.ag-header-cell[col-id="郑州经济技术开发区"]')).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  const sorted = await categoryOrder();
  expect(sorted.indexOf('retail_growth')).toBeLessThan(sorted.indexOf('gdp_growth'));
  expect(sorted.indexOf('gdp_growth')).toBeLessThan(sorted.indexOf('fai_growth'));
});

test('quick filter, column picker (remembered) and pinning', async ({ page, shell }) => {
  await page.goto(shell.url);
  await expect(figure(page, 'gdp_growth', '郑州市')).toBeVisible();

  await page.getByPlaceholder('筛选指标…').fill('固定资产');
  await expect(rowLabels(page)).toHaveCount(1);
  await page.getByPlaceholder('筛选指标…').fill('');

  const picker = page.getByTestId('column-picker');
  await picker.locator('summary').click();
  await picker.locator('input[data-entity="管城回族区"]').uncheck();
  await expect(page.locator('.ag-header-cell[col-id="管城回族区"]')).toHaveCount(0);
  await picker.getByRole('checkbox', { name: '固定此列 郑州经济技术开发区' }).check();
  await expect(page.locator('.ag-header-cell[col-id="郑州经济技术开发区"]')).toHaveAttribute(
    'aria-colindex',
    '3',
  );

  await page.reload();
  await expect(figure(page, 'gdp_growth', '郑州市')).toBeVisible();
  await expect(page.locator('.ag-header-cell[col-id="管城回族区"]')).toHaveCount(0);
  await expect(page.locator('.ag-header-cell[col-id="郑州经济技术开发区"]')).toHaveAttribute(
    'aria-colindex',
    '3',
  );
  // The parent stays the first entity column.
  await expect(figure(page, 'gdp_growth', '二七区')).toHaveText('7%');
});

test('the chart shows the selected indicator across entities with the city’s target line', async ({
  page,
  shell,
}) => {
  await page.goto(shell.url);
  await cell(page, 'fai_growth', '二七区').click();
  await page.getByRole('button', { name: '图表' }).click();
  const chart = page.getByTestId('chart-panel');
  await expect(chart.locator('svg')).toBeVisible();
  await expect(chart.locator('svg')).toContainText('郑州市 目标 15%');
  await expect(chart.locator('svg')).toContainText('郑州经济技术开发区');

  const svg = page.waitForEvent('download');
  await chart.getByTestId('export-svg').click();
  const svgFile = await svg;
  expect(svgFile.suggestedFilename()).toBe('duibiao-chart.svg');
  const text = await (await svgFile.createReadStream()).toArray();
  expect(Buffer.concat(text).toString('utf8')).toContain('<svg');

  const png = page.waitForEvent('download');
  await chart.getByTestId('export-png').click();
  const pngFile = await png;
  const bytes = Buffer.concat(await (await pngFile.createReadStream()).toArray());
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
});
