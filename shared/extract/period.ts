/**
 * Kind (target/actual) and period from the document's structure and wording: headings
 * (2023年工作安排, 今后五年, 工作回顾) and lead-ins (2018年以来, 三年来, “十三五”以来, 过去一年).
 */
import type { FactKind } from '../domain/fact.ts';
import { fourDigitsAt, isDigitCode, parseChineseNumber } from './numerals.ts';
import { charSet, firstChars, inSet, union } from '../text/char-set.ts';
import { FIRST_MONTHS } from './metric.ts';

export interface Context {
  kind: FactKind;
  period: string;
}

const span = (a: number, b: number): string => (a === b ? String(a) : `${a}-${b}`);
/** The first year of each five-year plan. */
export const FIVE_YEAR_PLANS: Record<string, number> = {
  十二五: 2011,
  十三五: 2016,
  十四五: 2021,
  十五五: 2026,
};

/** Opening words that carry no period: salutations, 会议指出, 同时. */
const SALUTATIONS = ['各位代表', '同志们', '各位委员'];
const SPEAKERS = ['会议', '报告', '全会'];
const LINKERS = [
  '同时',
  '另外',
  '此外',
  '其中',
  '据了解',
  '据悉',
  '据统计',
  '统计显示',
  '数据显示',
  '记者了解到',
];
/** A news item's lead-ins, before what it reports: 本报讯（记者 …）, 记者从…获悉, 据…消息. */
const NEWS_LEADS = [
  '本报讯(?:[(（][^)）]{0,20}[)）])?',
  '(?:记者|通讯员)?从[^，,。]{1,20}?获悉[,，]?',
  '据[^，,。]{1,20}?(?:消息|数据|报道|介绍)(?:显示)?[,，]?',
];
const NEWS_LEAD_FIRST = '本记通从据';
const OPENERS = new RegExp(
  `^(${SALUTATIONS.join('|')})[!！,，]?` +
    `|^(${SPEAKERS.join('|')})(指出|强调|认为|要求|提出|明确|部署|号召|决定|总结了?|回顾了?|通报了?)[,，:：]?` +
    `|^(${LINKERS.join('|')})[,，]?` +
    `|^(?:${NEWS_LEADS.join('|')})`,
);
const OPENER_FIRST = union(
  firstChars([...SALUTATIONS, ...SPEAKERS, ...LINKERS]),
  charSet(NEWS_LEAD_FIRST),
);

export function stripOpeners(text: string): string {
  let t = text;
  for (let k = 0; k < 3 && inSet(OPENER_FIRST, t.charCodeAt(0)); k++) {
    const m = OPENERS.exec(t);
    if (!m || !m[0]) break;
    t = t.slice(m[0].length);
  }
  return t;
}

/**
 * Time words of headingCue. The regexes of a function are built once, here: a regex literal in a
 * function is a new object at every call.
 */
const NEXT_FIVE_YEARS = /今后五年|未来五年/;
const REVIEW = /回顾|过去一年|去年/;
const PLAN_SECTION = /重点工作|工作安排|主要任务|目标任务|工作部署|预期目标|主要目标/;

/** Cue of a heading line, or null when the heading says nothing about time. */
export function headingCue(h: string, year: number): Context | null {
  // Every time word below but 回顾 holds a 年: a heading without one (most) is spared their tests.
  const dated = h.includes('年');
  const y = dated ? firstYear(h) : null;
  if (dated && NEXT_FIVE_YEARS.test(h) && y !== year)
    return { kind: 'target', period: span(year, year + 4) };
  if (dated && h.includes('过去五年')) return { kind: 'actual', period: span(year - 5, year - 1) };
  if (REVIEW.test(h)) return { kind: 'actual', period: String(y ?? year - 1) };
  if (y !== null) {
    if (y < year) return { kind: 'actual', period: String(y) };
    if (y === year) return { kind: 'target', period: String(year) };
  }
  if (dated && h.includes('今年')) return { kind: 'target', period: String(year) };
  if (PLAN_SECTION.test(h)) {
    return { kind: 'target', period: String(year) };
  }
  return null;
}

/** First characters of every lead cue of leadCue (kept in step with its patterns). */
const LEAD_START =
  /^(?:[0-9]|自|十|党|近|过|去|上|今|明|未|到|前|一季|目|截|现|[一二三四五六七八九十两][年])/;
/**
 * The characters each lead cue of leadCue can open with: a cue is tried only on a sentence opening
 * with one of them (its regex would fail on the first character, but a call costs as much as a
 * short match). LEAD_FIRST, the gate before them all, is their union.
 */
const PLAN_FIRST = charSet('自十');
const YEARS_SINCE_FIRST = charSet('近过一二三四五六七八九十两0123456789');
const LAST_YEAR_FIRST = charSet('过去上');
const COMING_FIRST = charSet('今未');
const MING = '明'.charCodeAt(0);
const THIS_YEAR_SO_FAR_FIRST = charSet('今前上一');
const THIS_YEAR_SO_FAR = /^今年(以来|上半年|前|1[-—~～]|一季度)|^(前三季度|上半年|一季度)/;
/** The months so far of a year (前11个月, 1-11月, 截至11月末). */
const MONTHS_SO_FAR = new RegExp(
  `^(${FIRST_MONTHS}|1[-—~～至][0-9]{1,2}月|截[至止][0-9]{1,2}月(末|底))`,
);
const MONTHS_SO_FAR_FIRST = charSet('前1截');
const NOW_FIRST = charSet('目截现');
const DANG = '党'.charCodeAt(0);
const GUO = '过'.charCodeAt(0);
const DAO = '到'.charCodeAt(0);
const JIE = '截'.charCodeAt(0);
/** The characters LEAD_START can open with. */
const LEAD_FIRST = union(
  PLAN_FIRST,
  YEARS_SINCE_FIRST,
  LAST_YEAR_FIRST,
  COMING_FIRST,
  THIS_YEAR_SO_FAR_FIRST,
  NOW_FIRST,
  charSet('党到截明'),
);
/** The words that name a year's goals (主要预期目标, 奋斗目标 …). */
const GOALS = '预期目标|主要目标|奋斗目标';
const GOALS_SET = new RegExp(`^[^，,。；;]{0,16}?(?:${GOALS})(?:是|为)?[:：]`);
const GOALS_OF_YEAR = new RegExp(
  `^[^，,。]{0,12}?(\\d{4})年[^，,。]{0,16}(${GOALS}|目标任务|工作安排|重点工作)`,
);

/**
 * The cue of a paragraph that opens by setting the goals, no year named (全区经济社会发展的主要预期
 * 目标是：…): the document's own year's targets. Asked of a paragraph's lead, its openers stripped
 * (stripOpeners), after leadCue: a year named, 2023年主要预期目标, is its own.
 */
export function goalsCue(lead: string, year: number): Context | null {
  return lead.includes('目标') && GOALS_SET.test(lead)
    ? { kind: 'target', period: String(year) }
    : null;
}

const OPEN_QUOTE = charSet('“"‘');
const CLAUSE_END = charSet('，,。');
const NIAN = '年'.charCodeAt(0);

/** A year (NNNN年) within the first 13 characters, before any ，,。 (the regex ^[^，,。]{0,12}?[0-9]{4}年). */
function yearNearStart(t: string): boolean {
  // The first 年 with four digits before it, at most 16 characters in …
  let at = -1;
  for (let q = 4; q <= 16 && q < t.length; q++) {
    if (t.charCodeAt(q) === NIAN && fourDigitsAt(t, q - 4)) {
      at = q - 4;
      break;
    }
  }
  // … with no clause end before its digits.
  for (let k = 0; k < at; k++) if (inSet(CLAUSE_END, t.charCodeAt(k))) return false;
  return at >= 0;
}

/** A count of years written in digits or in Chinese numerals (3, 三, 两), or null. */
const yearsIn = (word: string): number | null =>
  isDigitCode(word.charCodeAt(0)) ? Number(word) : parseChineseNumber(word);

/** The lead cues of leadCue, in the order it tries them. */
const SINCE_YEAR = /^(\d{4})年(以来|来)/;
const FIVE_YEAR_PLAN = /^(?:自)?(十[二三四五])五”?(以来|期间|时期)/;
const SINCE_CONGRESS = /^党的十八大以来/;
const YEARS_SINCE = /^(?:近|过去)?([一二三四五六七八九十两]|\d{1,2})年(来|以来)/;
const LAST_YEAR = /^(过去的?一年|去年|上一年)/;
const PAST_FIVE_YEARS_LEAD = /^过去五年/;
const NEXT_FIVE_YEARS_LEAD = /^(今后|未来)五年/;
const BY_YEAR = /^到(\d{4})年/;
const YEAR_LEAD = /^(\d{4})年(?![0-9]*月)/;
const YEAR_SPAN_LEAD = /^(\d{4})年[—\-–~～至到]/;
const THIS_YEAR_LEAD = /^今年[,，要将全我]/;
const NEXT_YEAR_LEAD = /^明年/;
const NOW_LEAD = /^(目前|截至目前|截至目前为止|现已|现有)[,，]?/;
const AS_OF_YEAR = /^截[至止](\d{4})年/;
/** Cue written at the start of a sentence (after openers), or null. */
export function leadCue(sentence: string, year: number, news = false): Context | null {
  const opened = stripOpeners(sentence);
  const t = inSet(OPEN_QUOTE, opened.charCodeAt(0)) ? opened.slice(1) : opened;
  const c = t.charCodeAt(0);
  // Most sentences open with none of the cues below: rule them out with two cheap tests.
  if (!(inSet(LEAD_FIRST, c) && LEAD_START.test(t)) && !yearNearStart(t)) return null;
  const digit = isDigitCode(c);
  let m = digit ? SINCE_YEAR.exec(t) : null;
  if (m) return { kind: 'actual', period: span(Number(m[1]), year - 1) };
  m = inSet(PLAN_FIRST, c) ? FIVE_YEAR_PLAN.exec(t) : null;
  if (m) {
    const from = FIVE_YEAR_PLANS[`${m[1]}五`] ?? year - 5;
    // A plan that starts this year or later is a target for its five years; so is one still
    // running when the sentence speaks of its whole period (十四五期间 in 2024), not of its past
    // (十四五以来).
    if (from >= year || (m[2] !== '以来' && from + 4 >= year))
      return { kind: 'target', period: span(from, from + 4) };
    return {
      kind: 'actual',
      period: span(from, m[2] === '以来' ? year - 1 : Math.min(from + 4, year - 1)),
    };
  }
  if (c === DANG && SINCE_CONGRESS.test(t)) return { kind: 'actual', period: span(2013, year - 1) };
  m = inSet(YEARS_SINCE_FIRST, c) ? YEARS_SINCE.exec(t) : null;
  if (m) {
    const n = yearsIn(m[1] as string) ?? 0;
    if (n >= 1 && n <= 20) return { kind: 'actual', period: span(year - n, year - 1) };
  }
  if (inSet(LAST_YEAR_FIRST, c) && LAST_YEAR.test(t))
    return { kind: 'actual', period: String(year - 1) };
  if (c === GUO && PAST_FIVE_YEARS_LEAD.test(t))
    return { kind: 'actual', period: span(year - 5, year - 1) };
  if (inSet(COMING_FIRST, c) && NEXT_FIVE_YEARS_LEAD.test(t))
    return { kind: 'target', period: span(year, year + 4) };
  m = c === DAO ? BY_YEAR.exec(t) : null;
  if (m) return { kind: 'target', period: m[1] as string };
  m = digit ? YEAR_LEAD.exec(t) : null;
  if (m && !YEAR_SPAN_LEAD.test(t)) {
    const y = Number(m[1]);
    if (y < year) return { kind: 'actual', period: String(y) };
    return { kind: 'target', period: String(y) };
  }
  if (inSet(THIS_YEAR_SO_FAR_FIRST, c) && THIS_YEAR_SO_FAR.test(t))
    return { kind: 'actual', period: String(year) };
  // A news item's months so far are its year's; a report's, given early in the next year, are
  // the year it reviews (its section says so).
  if (news && inSet(MONTHS_SO_FAR_FIRST, c) && MONTHS_SO_FAR.test(t))
    return { kind: 'actual', period: String(year) };
  if (c === JIN && THIS_YEAR_LEAD.test(t)) return { kind: 'target', period: String(year) };
  // 明年 is said at a year's end of the year a document plans (an economic work meeting's).
  if (c === MING && NEXT_YEAR_LEAD.test(t)) return { kind: 'target', period: String(year) };
  if (inSet(NOW_FIRST, c) && NOW_LEAD.test(t)) return { kind: 'actual', period: String(year - 1) };
  m = c === JIE ? AS_OF_YEAR.exec(t) : null;
  if (m) return { kind: 'actual', period: m[1] as string };
  m = GOALS_OF_YEAR.exec(t);
  if (m && Number(m[1]) >= year) return { kind: 'target', period: m[1] as string };
  return null;
}

const YEAR_MENTION = /(\d{4})年/g;
const SPAN_MARK = /[—\-–~～至到]/;
const SINCE_OR_DAY = /^(以来|来)|^[0-9]{1,2}月[0-9]{1,2}日/;

function firstYear(text: string): number | null {
  YEAR_MENTION.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = YEAR_MENTION.exec(text))) {
    const after = text[m.index + m[0].length] ?? '';
    const before = text[m.index - 1] ?? '';
    if (SPAN_MARK.test(before) || SPAN_MARK.test(after)) continue;
    const rest = text.slice(m.index + m[0].length);
    // A day's date (2025年3月20日, a bulletin's under its issuer) dates the text, not a section.
    if (SINCE_OR_DAY.test(rest)) continue;
    return Number(m[1]);
  }
  return null;
}

const TARGET_WORDS = /力争|确保|争取|预期目标|主要目标|目标是|计划|将要|要确保/;
/** Whether a sentence holds a word that sets a goal (力争, 确保, 目标是 …). */
export const hasTargetWords = (sentence: string): boolean => TARGET_WORDS.test(sentence);

/** Kind of a sentence read by its own words, for text that gives no structural cue at all. */
export function wordingCue(sentence: string, year: number | null): Context {
  const y = (k: number): string => (year ? String(year + k) : '');
  return hasTargetWords(sentence)
    ? { kind: 'target', period: y(0) }
    : { kind: 'actual', period: y(-1) };
}

/** A time written inside a sentence, ahead of figures: where it ends and what it tells (or null). */
export interface TimeMention {
  end: number;
  cue: Context | null;
}

/**
 * Times written inside a sentence (not as its lead): a past year (全市2022年…, 去年…) makes the
 * figures after it actual figures of that year, whatever the section; a part of the year (一季度,
 * 1-3月, 上半年) dates a news item's figures to the item's year. A year the cue cannot place
 * (this year, a later one) stops the reach of an earlier one. A year written as a base of a
 * comparison or a change (比2022年, 与去年同期, 由2017年的…) or a horizon (到2025年, 2022年以来)
 * is none of these.
 */
const NOT_BEFORE_YEAR = charSet('比较与同由从到至截0123456789');
const NOT_AFTER_YEAR = /[0-9—\-–~～至到]|以来|来|同期|基础上|水平|的水平/y;
const PART_OF_YEAR = new RegExp(
  `(?<![0-9]{4}年|去年)(?:第?[一二三四]季度|上半年|前三季度|${FIRST_MONTHS}|[0-9]{1,2}[-—–~～至][0-9]{1,2}月份?|[0-9]{1,2}月份?)(?![0-9]|底|末|以来|中旬|上旬|下旬|起)`,
  'g',
);
const QU = '去'.charCodeAt(0);
const JIN = '今'.charCodeAt(0);

function cueOf(word: string, year: number): Context | null {
  if (word === '去年') return { kind: 'actual', period: String(year - 1) };
  const y = Number(word.slice(0, 4));
  return word !== '今年' && y < year ? { kind: 'actual', period: String(y) } : null;
}

/** The times written in s[start, end), ascending, with offsets in `s`. */
export function sentenceTimes(
  s: string,
  start: number,
  end: number,
  year: number,
  isNews: boolean,
): TimeMention[] {
  const out: TimeMention[] = [];
  // Years (NNNN年, 去年, 今年): each 年 is looked at (indexOf, not a regex over every character).
  for (let j = s.indexOf('年', start); j >= 0 && j < end; j = s.indexOf('年', j + 1)) {
    const c = s.charCodeAt(j - 1);
    let from = -1;
    if (c === QU || c === JIN) from = j - 1;
    else if (fourDigitsAt(s, j - 4)) from = j - 4;
    if (from < start) continue;
    if (from > start && inSet(NOT_BEFORE_YEAR, s.charCodeAt(from - 1))) continue;
    NOT_AFTER_YEAR.lastIndex = j + 1;
    if (j + 1 < end && NOT_AFTER_YEAR.test(s)) continue;
    out.push({ end: j + 1, cue: cueOf(s.slice(from, j + 1), year) });
  }
  if (!isNews) return out;
  // A news item's parts of the year; news items are few, so the regex runs on them only.
  const sentence = s.slice(start, end);
  const cue: Context = { kind: 'actual', period: String(year) };
  PART_OF_YEAR.lastIndex = 0;
  for (let m = PART_OF_YEAR.exec(sentence); m; m = PART_OF_YEAR.exec(sentence))
    out.push({ end: start + m.index + m[0].length, cue });
  return out.sort((x, y) => x.end - y.end);
}

/** The cue of the last time in `times` (ascending) ending at or before `at`, or null. */
export function timeBefore(times: readonly TimeMention[], at: number): Context | null {
  let cue: Context | null = null;
  for (const t of times) {
    if (t.end > at) break;
    cue = t.cue;
  }
  return cue;
}

const JUN = '均'.charCodeAt(0);
/** How far before a figure its 平均 may stand: 两年平均增速为5.1%. */
const AVERAGE_REACH = 8;
const YEARS_AVERAGED = /([两二三四五六七八九十]|[0-9]{1,2})年平均$/;

/**
 * The period of a figure averaged over the years up to its own (2023年…，两年平均增长4.6%:
 * 2022-2023): `period` when it is a span already or the clause before the figure, s[clauseStart,
 * figureStart), names no such average.
 */
export function averagedPeriod(
  s: string,
  clauseStart: number,
  figureStart: number,
  period: string,
): string {
  if (period.includes('-')) return period;
  let k = figureStart - 1;
  const floor = Math.max(clauseStart, figureStart - AVERAGE_REACH);
  while (k >= floor && s.charCodeAt(k) !== JUN) k--;
  if (k < floor) return period;
  const m = YEARS_AVERAGED.exec(s.slice(clauseStart, k + 1));
  const n = m ? yearsIn(m[1] as string) : null;
  const year = Number(period);
  return n && n >= 2 && n <= 20 && year ? `${year - n + 1}-${year}` : period;
}
