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

/** Text of a saved web page: blocks on their own lines, table cells joined by tabs, chrome dropped. */
export function htmlToText(html: string): string {
  const root = parse(html, {
    comment: false,
    blockTextElements: { script: false, style: false, noscript: false, pre: true },
  });
  const body = root.querySelector('body') ?? root;
  const out: string[] = [];
  walk(body, out);
  return out
    .join('')
    .replace(/\u00a0/g, ' ')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
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
  const block = BLOCK.has(tag);
  if (block) out.push('\n');
  let cells = 0;
  for (const child of el.childNodes) {
    const childTag = (child as HTMLElement).rawTagName?.toLowerCase();
    if (tag === 'tr' && (childTag === 'td' || childTag === 'th') && cells++ > 0) out.push('\t');
    walk(child, out);
  }
  if (block) out.push('\n');
}
