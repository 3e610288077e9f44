import { WHITESPACE, inSet } from '../text/char-set.ts';

/**
 * Tables written in a report's text: a grid of lines, cells separated by tabs (how the importers
 * write a Word or web page's table) or by `|` (Markdown). Read on the original text, before
 * normalisation turns tabs into spaces and drops the spaces between Chinese characters.
 */

/** A cell: its text (trimmed) and where it stands in the original, [start, end). */
export interface Cell {
  text: string;
  start: number;
  end: number;
}

export interface Row {
  /** The line, [start, end) without its newline. */
  start: number;
  end: number;
  cells: Cell[];
}

export interface TextTable {
  /** From the first row's start to the last row's end. */
  start: number;
  end: number;
  rows: Row[];
  /** Rows written as a header by the text itself (the one above a Markdown rule), else 0. */
  markedHeader: number;
  /** The line above the table (its title, or a note such as 单位：亿元), trimmed, or ''. */
  caption: string;
}

const TAB = '\t';
const PIPE = '|';

type LineKind = 'tab' | 'pipe' | 'rule' | null;

/** A Markdown rule under a table's header: |---|:-:| (the outer pipes optional, one dash enough). */
const RULE = /^\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?$/;

/** Whether a line is a row of cells (and of which kind), the rule of a Markdown table, or neither. */
function kindOf(line: string): LineKind {
  const t = line.trim();
  if (t.includes(TAB)) return 'tab';
  if (t.includes('-') && t.includes(PIPE) && RULE.test(t)) return 'rule';
  if (t.startsWith(PIPE) && t.indexOf(PIPE, 1) > 0) return 'pipe';
  return null;
}

/** The cells of a row: split at its separators, each trimmed (spaces and Markdown `**`). */
function cellsOf(text: string, start: number, end: number, kind: 'tab' | 'pipe'): Cell[] {
  const cells: Cell[] = [];
  let from = start;
  let to = end;
  if (kind === 'pipe') {
    // Outer pipes open and close the row; what lies outside them is no cell.
    from = text.indexOf(PIPE, start) + 1;
    const last = text.lastIndexOf(PIPE, end - 1);
    if (last >= from && isBlank(text, last + 1, end)) to = last;
  } else {
    // A row of a grid keeps its leading empty cells (a cell spanning rows above), not its indent.
    while (from < to && text.charCodeAt(from) !== 9 && isSpace(text.charCodeAt(from))) from++;
  }
  const sep = kind === 'tab' ? TAB : PIPE;
  for (let a = from; a <= to;) {
    let b = text.indexOf(sep, a);
    if (b < 0 || b > to) b = to;
    cells.push(trimmed(text, a, b));
    a = b + 1;
  }
  return cells;
}

const isSpace = (c: number): boolean => inSet(WHITESPACE, c);

function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}

function trimmed(text: string, from: number, to: number): Cell {
  let a = from;
  let b = to;
  for (;;) {
    if (a < b && isSpace(text.charCodeAt(a))) a++;
    else if (b > a && isSpace(text.charCodeAt(b - 1))) b--;
    else if (b - a >= 4 && text.startsWith('**', a) && text.startsWith('**', b - 2)) {
      a += 2;
      b -= 2;
    } else break;
  }
  return { text: text.slice(a, b), start: a, end: b };
}

/**
 * The tables of `text`: runs of at least two consecutive rows of one kind (a Markdown table's rule
 * not counted as a row), in text order.
 */
export function findTables(text: string): TextTable[] {
  if (!text.includes(TAB) && !text.includes(PIPE)) return [];
  const out: TextTable[] = [];
  let run: Row[] = [];
  let runKind: 'tab' | 'pipe' | null = null;
  let markedHeader = 0;
  let caption = ''; // the last line of text before the run
  let lastText = '';
  const close = (): void => {
    if (run.length >= 2) {
      const first = run[0] as Row;
      const last = run[run.length - 1] as Row;
      out.push({ start: first.start, end: last.end, rows: run, markedHeader, caption });
    }
    run = [];
    runKind = null;
    markedHeader = 0;
  };
  for (let start = 0; start <= text.length;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    const lineEnd = end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    const line = text.slice(start, lineEnd);
    const kind = kindOf(line);
    if (kind && run.length === 0) caption = lastText;
    if (kind === 'rule') {
      // A rule under a Markdown table's first row marks it as the header; anywhere else it ends
      // the table.
      if (runKind === 'pipe' && run.length === 1 && markedHeader === 0) markedHeader = 1;
      else close();
    } else if (kind) {
      if (kind !== runKind) close();
      runKind = kind;
      run.push({ start, end: lineEnd, cells: cellsOf(text, start, lineEnd, kind) });
    } else {
      close();
      if (line.trim()) lastText = line.trim();
    }
    start = end + 1;
  }
  close();
  return out;
}
