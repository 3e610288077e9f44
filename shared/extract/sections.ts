/**
 * Document structure over normalised text: paragraphs, headings (whole-line or inline at a
 * paragraph start such as `（二）高端引领助转型。…`), and heading paths.
 */

import { NO_SPANS, SpanCursor } from '../text/span-cursor.ts';

export interface Heading {
  text: string;
  /** Lower is outer: markdown/title 1–6, 一、 10, （一） 20, 1. 30, 【】 40. */
  rank: number;
  start: number;
  end: number;
}

export interface Paragraph {
  start: number;
  end: number;
  /** Heading that opens the paragraph (the whole paragraph when it is a heading line). */
  heading: Heading | null;
  /** The heading path in force for the paragraph's body, outermost first. */
  path: string[];
}

const CN_DIGITS = '一二三四五六七八九十';
const CN_NUM = `[${CN_DIGITS}]+`;
/** Heading markers with the characters each can open with, and the rank of their headings. */
const MARKERS: readonly (readonly [string, RegExp, number])[] = [
  [CN_DIGITS, new RegExp(`^${CN_NUM}[、.]`), 10],
  ['第', new RegExp(`^第${CN_NUM}(部分|章|节|篇)`), 10],
  ['(', new RegExp(`^\\(${CN_NUM}\\)`), 20],
  ['重', new RegExp(`^重点工作之${CN_NUM}`), 20],
  ['0123456789', /^[0-9]{1,2}[.、](?![0-9])/, 30],
  ['【', /^【[^】]{1,30}】/, 40],
];
const TERMINAL_END = /[。；;！!？?：:，,、]$/;
/** A line of a news item's particulars, by its label: 发布日期：…, 来源：…, 责任编辑：…. */
const LABELLED =
  /^(?:(?:发布|更新|发稿)?(?:时间|日期)|来源|作者|(?:责任)?编辑|记者|通讯员|供稿)[:：]/;
/** The markers a line may open with, by its first character, in MARKERS' order. */
const MARKERS_BY_FIRST = new Map<number, (readonly [RegExp, number])[]>();
for (const [chars, re, rank] of MARKERS)
  for (const ch of chars) {
    const code = ch.charCodeAt(0);
    const list = MARKERS_BY_FIRST.get(code) ?? [];
    list.push([re, rank]);
    MARKERS_BY_FIRST.set(code, list);
  }
const HASH = '#'.charCodeAt(0);

/** Whether a line opens with a heading's mark: #, 一、, 第一部分, (一), 重点工作之一, 1., 【…】. */
export function opensWithHeadingMark(line: string): boolean {
  const first = line.charCodeAt(0);
  return first === HASH || (MARKERS_BY_FIRST.get(first)?.some(([re]) => re.test(line)) ?? false);
}

/**
 * The paragraphs of `s`, a line each, with their headings. `tables`: [start, end) pairs of spans,
 * ascending, whose lines are rows of a table: never a heading (a short row would read as one).
 */
export function splitParagraphs(s: string, tables: ArrayLike<number> = NO_SPANS): Paragraph[] {
  const out: Paragraph[] = [];
  const stack: Heading[] = [];
  const inTables = new SpanCursor(tables);
  let start = 0;
  while (start <= s.length) {
    const nl = s.indexOf('\n', start);
    const i = nl < 0 ? s.length : nl;
    if (i > start) {
      const heading = inTables.covers(start) ? null : detectHeading(s, start, i);
      if (heading) {
        while (stack.length && (stack[stack.length - 1] as Heading).rank >= heading.rank)
          stack.pop();
        stack.push(heading);
      }
      out.push({ start, end: i, heading, path: stack.map((h) => h.text) });
    }
    start = i + 1;
  }
  return out;
}

const MARKDOWN_MARK = /^#{1,6}\s*/;
const FULL_STOP = /[。！？]/;
const FINAL_STOP = /[。]$/;

function detectHeading(s: string, start: number, end: number): Heading | null {
  let line = s.slice(start, end);
  let offset = 0;
  let rank = 0;
  const md = line.charCodeAt(0) === HASH ? MARKDOWN_MARK.exec(line) : null;
  if (md) {
    rank = md[0].trim().length;
    offset = md[0].length;
    line = line.slice(offset);
  }
  for (const [re, r] of MARKERS_BY_FIRST.get(line.charCodeAt(0)) ?? []) {
    const m = re.exec(line);
    if (!m) continue;
    if (r === 40) {
      return mk(m[0].slice(1, -1), r, start + offset, start + offset + m[0].length);
    }
    // Inline heading ends at the first full stop; a short line is a heading by itself.
    const stop = line.search(FULL_STOP);
    if (stop >= 0 && stop < line.length - 1) {
      return stop <= 40
        ? mk(line.slice(0, stop), r, start + offset, start + offset + stop + 1)
        : null;
    }
    if (line.length <= 50) return mk(line.replace(FINAL_STOP, ''), r, start + offset, end);
    return null;
  }
  if (md) return mk(line, rank, start + offset, end);
  // Unmarked short line without final punctuation: a plain heading (2023年 主要预期经济指标), but
  // for a news item's labelled line (发布日期：…  来源：…).
  if (line.length <= 30 && !TERMINAL_END.test(line) && !LABELLED.test(line))
    return mk(line, 10, start, end);
  return null;
}

function mk(text: string, rank: number, start: number, end: number): Heading {
  return { text: text.trim(), rank, start, end };
}
