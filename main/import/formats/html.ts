import { parse, type HTMLElement, type Node } from 'node-html-parser';

const DROP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'nav',
  'header',
  'footer',
  'aside',
  'svg',
  'iframe',
  'form',
  'button',
  'select',
]);
const BLOCK = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'table',
  'tr',
  'br',
  'blockquote',
  'pre',
  'dd',
  'dt',
  'dl',
  'figure',
  'figcaption',
  'hr',
  'caption',
]);

/**
 * Text of a saved web page (and of a Word document, through mammoth's HTML): blocks on their own
 * lines, chrome dropped, and each table as a grid, a line per row with its cells joined by tabs
 * (see tableLines).
 */
export function htmlToText(html: string): string {
  const root = parse(html, {
    comment: false,
    blockTextElements: { script: false, style: false, noscript: false, pre: true },
  });
  const body = root.querySelector('body') ?? root;
  const out: string[] = [];
  walk(body, out);
  return (
    out
      .join('')
      .replace(/\u00a0/g, ' ')
      // Spaces only: a table row's trailing tabs are its empty last cells.
      .replace(/ +\n/g, '\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim()
  );
}

function walk(node: Node, out: string[]): void {
  if (node.nodeType === 3) {
    out.push(node.text.replace(/\s+/g, (s) => (s.includes('\n') ? ' ' : s)));
    return;
  }
  if (node.nodeType !== 1) return;
  const el = node as HTMLElement;
  const tag = el.rawTagName?.toLowerCase() ?? '';
  if (DROP.has(tag)) return;
  if (tag === 'br') return void out.push('\n');
  if (tag === 'table') return void out.push('\n\n', tableLines(el).join('\n'), '\n\n');
  const block = BLOCK.has(tag);
  if (block) out.push('\n');
  for (const child of el.childNodes) walk(child, out);
  if (block) out.push('\n');
}

const childElements = (el: HTMLElement, tags: ReadonlySet<string>): HTMLElement[] =>
  el.childNodes.filter(
    (c): c is HTMLElement =>
      c.nodeType === 1 && tags.has((c as HTMLElement).rawTagName?.toLowerCase() ?? ''),
  );
const ROW_PARTS = new Set(['thead', 'tbody', 'tfoot', 'tr']);
const ROW = new Set(['tr']);
const CELL = new Set(['td', 'th']);
/** Spans are read up to this: a malformed colspan="100000" must not make a row of 100000 cells. */
const MAX_SPAN = 50;

/**
 * A table as a grid of lines: a row per line, its cells (blocks inside a cell joined by a space)
 * separated by tabs, so that the engine reads columns. A cell spanning columns stands in each (a
 * header over two columns heads both); one spanning rows stands in its first row, the rows below
 * holding an empty cell in its place, so that every column keeps its position.
 */
function tableLines(table: HTMLElement): string[] {
  const rows = childElements(table, ROW_PARTS).flatMap((el) =>
    el.rawTagName.toLowerCase() === 'tr' ? [el] : childElements(el, ROW),
  );
  /** By column: how many rows below are still covered by a cell above. */
  const covered: number[] = [];
  const grid = rows.map((tr) => {
    const cells: string[] = [];
    const passCovered = (): void => {
      for (let n = covered[cells.length] ?? 0; n > 0; n = covered[cells.length] ?? 0) {
        covered[cells.length] = n - 1;
        cells.push('');
      }
    };
    for (const td of childElements(tr, CELL)) {
      passCovered();
      const parts: string[] = [];
      for (const child of td.childNodes) walk(child, parts);
      const text = parts.join('').replace(/\s+/g, ' ').trim();
      const down = span(td.getAttribute('rowspan'));
      for (let k = span(td.getAttribute('colspan')); k > 0; k--) {
        covered[cells.length] = down - 1;
        cells.push(text);
      }
    }
    passCovered();
    return cells;
  });
  const width = grid.reduce((w, cells) => Math.max(w, cells.length), 0);
  return grid.map((cells) =>
    [...cells, ...Array<string>(width - cells.length).fill('')].join('\t'),
  );
}

function span(attr: string | undefined): number {
  const n = Number.parseInt(attr ?? '', 10);
  return Number.isFinite(n) && n > 1 ? Math.min(n, MAX_SPAN) : 1;
}
