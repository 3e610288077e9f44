/**
 * `npm run bench:ui` — a benchmark, not a test. Builds a synthetic index of 300 indicators × 20
 * entities through the real importer (generated report texts imported over the browser shell's
 * API, the seeds removed), then measures in Chromium:
 *   - first render: from the compare answer arriving to the first frame with the grid's rows;
 *   - scrolling: frame times while the grid scrolls through every row.
 * Baselines in the same run: the 4-entity seed grid (same measure), and a plain HTML <table>
 * of the same 300 × 20 data built in the same page.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { startShell, type RunningShell } from '../fixtures/spawn-shell.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const GOAL_MS = 300;
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-sync'];

const ENTITIES = [
  '郑州市',
  '中原区',
  '二七区',
  '管城回族区',
  '金水区',
  '惠济区',
  '上街区',
  '中牟县',
  '巩义市',
  '荥阳市',
  '新密市',
  '新郑市',
  '登封市',
  '郑东新区',
  '郑州经济技术开发区',
  '郑州高新技术产业开发区',
  '洛阳市',
  '开封市',
  '新乡市',
  '许昌市',
];
const VERBS = ['培育', '新建', '引进', '建设', '改造', '新增'];
const DOMAINS = [
  '智能装备',
  '新能源汽车',
  '生物医药',
  '数字经济',
  '文化旅游',
  '现代物流',
  '新材料',
  '绿色食品',
  '跨境电商',
  '节能环保',
];
const NOUNS: [string, string][] = [
  ['企业', '家'],
  ['项目', '个'],
  ['园区', '个'],
  ['基地', '个'],
  ['示范工程', '项'],
];

/** 300 metric phrases (6 × 10 × 5), none of them a catalog alias. */
const METRICS = VERBS.flatMap((v) =>
  DOMAINS.flatMap((d) => NOUNS.map(([n, unit]) => ({ phrase: `${v}${d}${n}`, unit }))),
);

function report(entity: string, seed: number): string {
  const lines = METRICS.map((m, i) => `${m.phrase}${((seed * 7 + i * 13) % 50) + 1}${m.unit}。`);
  const paragraphs: string[] = [];
  for (let i = 0; i < lines.length; i += 10) paragraphs.push(lines.slice(i, i + 10).join(''));
  // One achieved figure, so the index has a second (tiny) view to switch away to and back from.
  return `${entity}2023年政府工作报告\n\n一、2022年工作回顾\n2022年，地区生产总值增长${(seed % 5) + 3}%。\n\n三、2023年工作安排\n2023年主要预期目标是：\n${paragraphs.join('\n')}\n`;
}

async function call<T>(shell: RunningShell, method: string, args: object): Promise<T> {
  const r = await fetch(`${shell.origin}/api/call/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Duibiao-Token': shell.token },
    body: JSON.stringify(args),
  });
  if (!r.ok) throw new Error(`${method}: HTTP ${r.status} ${await r.text()}`);
  return ((await r.json()) as { result: T }).result;
}

async function buildSyntheticIndex(shell: RunningShell): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'duibiao-bench-ui-'));
  try {
    const seeds = await call<{ id: number }[]>(shell, 'listDocuments', {});
    const sources = [];
    for (const [i, entity] of ENTITIES.entries()) {
      const path = join(dir, `${entity}2023年政府工作报告.txt`);
      await writeFile(path, report(entity, i));
      sources.push({ kind: 'path', path });
    }
    const result = await call<{ imported: number; errors: number }>(shell, 'importFiles', {
      sources,
    });
    if (result.imported !== ENTITIES.length) throw new Error(`imported ${JSON.stringify(result)}`);
    for (const doc of seeds) await call(shell, 'removeDocument', { id: doc.id });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Records the first frame after the first grid row with a figure appears. */
const RECORD_FIRST_ROWS = () => {
  const w = window as { __firstRows?: number };
  new MutationObserver((_, observer) => {
    if (document.querySelector('.ag-row .figure-value')) {
      observer.disconnect();
      requestAnimationFrame(() => setTimeout(() => (w.__firstRows = performance.now()), 0));
    }
  }).observe(document, { childList: true, subtree: true });
};

interface Render {
  firstRender: number;
  rows: number;
  columns: number;
}

async function measureGrid(
  browser: Browser,
  shell: RunningShell,
): Promise<Render & { page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  if (process.env.BENCH_DEBUG) page.on('console', (m) => console.log(m.text()));
  await page.addInitScript(RECORD_FIRST_ROWS);
  await page.goto(shell.url);
  await page.waitForFunction(() => (window as { __firstRows?: number }).__firstRows, null, {
    timeout: 60_000,
  });
  const result = await page.evaluate(() => {
    const compare = performance
      .getEntriesByType('resource')
      .filter((e) => e.name.includes('/api/call/compare'))
      .at(-1) as PerformanceResourceTiming;
    const mark = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
    console.log(
      JSON.stringify({
        compareStart: compare.startTime,
        compareEnd: compare.responseEnd,
        gridReady: mark('duibiao:grid-ready'),
        firstData: mark('duibiao:grid-first-data'),
        firstRows: (window as { __firstRows?: number }).__firstRows,
      }),
    );
    return {
      firstRender: (window as { __firstRows?: number }).__firstRows! - compare.responseEnd,
      rows: Number(
        /\d+/.exec(document.querySelector('[data-testid="row-count"]')!.textContent!)?.[0],
      ),
      // "显示主体（20/20）": the grid virtualises columns, so count the picker's, not the DOM's.
      columns: Number(
        /\/(\d+)/.exec(
          document.querySelector('[data-testid="column-picker"] summary')!.textContent!,
        )?.[1],
      ),
    };
  });
  return { ...result, page };
}

/**
 * On the loaded page: switch to the small 2022 view, then back to 2023 targets, and time from
 * the 2023 compare answer to the first frame showing its rows (app boot excluded).
 */
async function measureSwitch(page: Page): Promise<number> {
  const selector = page.getByTestId('view-selector');
  const other = await selector
    .locator('option')
    .evaluateAll((options) =>
      (options as HTMLOptionElement[]).map((o) => o.value).find((v) => !v.endsWith(':2023')),
    );
  if (!other) throw new Error('no second view in the synthetic index');
  await selector.selectOption(other);
  await page.waitForFunction(() => !document.querySelector('.ag-row[row-id^="m:培育"]'));
  await page.evaluate(() => {
    const w = window as { __switched?: number };
    w.__switched = 0;
    new MutationObserver((_, observer) => {
      if (document.querySelector('.ag-row[row-id^="m:培育"] .figure-value')) {
        observer.disconnect();
        requestAnimationFrame(() => setTimeout(() => (w.__switched = performance.now()), 0));
      }
    }).observe(document.body, { childList: true, subtree: true });
    performance.clearResourceTimings();
  });
  await selector.selectOption('target:2023');
  await page.waitForFunction(() => (window as { __switched?: number }).__switched);
  return page.evaluate(() => {
    const compare = performance
      .getEntriesByType('resource')
      .filter((e) => e.name.includes('/api/call/compare'))
      .at(-1) as PerformanceResourceTiming;
    return (window as { __switched?: number }).__switched! - compare.responseEnd;
  });
}

interface Frames {
  p50: number;
  p95: number;
  max: number;
  slow: number;
  frames: number;
}

/** Scrolls an element to its end, a fixed step per frame, and records each frame's duration. */
async function scrollFrames(page: Page, selector: string): Promise<Frames> {
  return page.evaluate(async (sel) => {
    // The element that scrolls vertically: the given one, or the nearest scrolling ancestor of it.
    let el = document.querySelector(sel) as HTMLElement;
    while (
      el.parentElement &&
      !(
        el.scrollHeight > el.clientHeight + 10 && /auto|scroll/.test(getComputedStyle(el).overflowY)
      )
    ) {
      el = el.parentElement;
    }
    const deltas: number[] = [];
    let last = performance.now();
    el.scrollTop = 0;
    await new Promise<void>((done) => {
      const step = (now: number) => {
        deltas.push(now - last);
        last = now;
        if (el.scrollTop + el.clientHeight >= el.scrollHeight - 1 || deltas.length > 600) done();
        else {
          el.scrollTop += 120;
          requestAnimationFrame(step);
        }
      };
      requestAnimationFrame(step);
    });
    const s = deltas.slice(1).sort((a, b) => a - b);
    const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? 0;
    return {
      p50: q(0.5),
      p95: q(0.95),
      max: s.at(-1) ?? 0,
      slow: s.filter((d) => d > 34).length,
      frames: s.length,
    };
  }, selector);
}

/** Baseline: the same compare result as a plain <table>, built and painted in the page. */
async function plainTable(page: Page): Promise<{ render: number; scroll: Frames }> {
  const render = await page.evaluate(async () => {
    const token = sessionStorage.getItem('duibiao.token') ?? '';
    const r = await fetch('/api/call/compare', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Duibiao-Token': token },
      body: JSON.stringify({ period: '2023', kind: 'target' }),
    });
    const { result } = (await r.json()) as {
      result: {
        entities: string[];
        rows: { label: string; cells: Record<string, { quote: string }[]> }[];
      };
    };
    const t0 = performance.now();
    const host = document.createElement('div');
    host.id = 'bench-table';
    host.style.cssText = 'position:fixed;inset:0;overflow:auto;background:#fff;z-index:999';
    const table = document.createElement('table');
    const head = table.createTHead().insertRow();
    for (const h of ['指标', ...result.entities]) head.insertCell().textContent = h;
    const body = table.createTBody();
    for (const row of result.rows) {
      const tr = body.insertRow();
      tr.insertCell().textContent = row.label;
      for (const e of result.entities)
        tr.insertCell().textContent = row.cells[e]?.[0]?.quote ?? '—';
    }
    host.append(table);
    document.body.append(host);
    await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
    return performance.now() - t0;
  });
  const scroll = await scrollFrames(page, '#bench-table');
  return { render, scroll };
}

const median = (xs: number[]) => {
  const s = xs.toSorted((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const ms = (n: number) => `${n.toFixed(1).padStart(7)} ms`;
const frames = (f: Frames) =>
  `p50 ${ms(f.p50)}  p95 ${ms(f.p95)}  max ${ms(f.max)}  slow(>34ms) ${f.slow}/${f.frames}`;

async function main() {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  const seedShell = await startShell();
  const synthShell = await startShell();
  try {
    const t0 = performance.now();
    await buildSyntheticIndex(synthShell);
    console.log(
      `synthetic index built through the importer in ${Math.round(performance.now() - t0)} ms`,
    );

    const seed: number[] = [];
    const synth: number[] = [];
    const switched: number[] = [];
    let shape = { rows: 0, columns: 0 };
    let gridScroll: Frames | null = null;
    let table: { render: number; scroll: Frames } | null = null;
    for (let run = 0; run < RUNS; run++) {
      const s = await measureGrid(browser, seedShell);
      seed.push(s.firstRender);
      await s.page.context().close();
      const g = await measureGrid(browser, synthShell);
      synth.push(g.firstRender);
      shape = { rows: g.rows, columns: g.columns };
      switched.push(await measureSwitch(g.page));
      if (run === RUNS - 1) {
        gridScroll = await scrollFrames(g.page, '.ag-row');
        table = await plainTable(g.page);
      }
      await g.page.context().close();
    }

    console.log(`\nGrid render, median of ${RUNS} (compare answer → first frame showing rows):`);
    console.log(
      `  synthetic ${shape.rows} rows × ${shape.columns} entities, warm page  ${ms(median(switched))}   goal < ${GOAL_MS} ms  ${median(switched) < GOAL_MS ? 'OK' : 'OVER'}`,
    );
    console.log(`  same, on page load (app boot included)         ${ms(median(synth))}`);
    console.log(`  baseline: seed grid (4 entities), page load    ${ms(median(seed))}`);
    console.log(
      `  baseline: plain <table>, same 300 × 20 data    ${ms(table!.render)}  (every cell in the DOM)`,
    );
    console.log(`\nScrolling top to bottom, 120 px per frame (frame times):`);
    console.log(`  ag-grid, synthetic index   ${frames(gridScroll!)}`);
    console.log(`  baseline: plain <table>    ${frames(table!.scroll)}`);
  } finally {
    await synthShell.stop();
    await seedShell.stop();
    await browser.close();
  }
}

await main();
