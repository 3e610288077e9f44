/** The metric phrase: what a figure measures, read from the clause before it. */
import { WHITESPACE, charSet, firstChars, inSet, lastChars, union } from '../text/char-set.ts';
import { closesWordInYue } from './qualifiers.ts';
import { wordAt } from '../text/words-at.ts';
import { ratioSubject } from './metric-chain.ts';
import { parseChineseNumber } from './numerals.ts';

const BOUNDARY = charSet('，,。；;：:！？!?\n、【】');
const MAX_CLAUSE = 40;

export interface Clause {
  start: number;
  end: number;
  /**
   * Code of the character just before the clause (that of '、' for a list item), 0 at a paragraph
   * start: a code, as a character of CJK would be a new string for every clause.
   */
  boundary: number;
}

/** Clause ending at `end`, not reaching before `floor` (the previous figure's end). */
export function clauseBefore(
  s: string,
  end: number,
  floor: number,
  maxLength = MAX_CLAUSE,
): Clause {
  let depth = 0;
  let k = end - 1;
  const limit = Math.max(floor, end - maxLength);
  for (; k >= limit; k--) {
    const c = s.charCodeAt(k);
    if (c === 0x29 || c === 0xff09) depth++;
    else if (c === 0x28 || c === 0xff08) {
      if (depth === 0) break;
      depth--;
    } else if (inSet(BOUNDARY, c)) break;
  }
  const start = k + 1;
  return { start, end, boundary: k >= 0 && k >= limit ? s.charCodeAt(k) : 0 };
}

const LEADING_WORDS = [
  '并且?',
  '和',
  '与',
  '及',
  '以及',
  '其中',
  '同时',
  '力争',
  '确保',
  '争取',
  '努力',
  '全年',
  '年内',
  '计划',
  '预计',
  '共计',
  '共(?![享建同创用])',
  '要',
  '将',
  '实现',
  '完成',
  '推动',
  '加快',
  '持续',
];
/** Verbs of change that lead to the new level (提高到, 降至): the level is the figure, not the metric. */
export const CHANGE_TO_LEVEL = '增长 增加 增 提高 提升 上升 扩大 下降 降低 降 减少 缩短 缩小 压缩'
  .split(' ')
  .flatMap((w) => [`${w}到`, `${w}至`]);
const TRAILING_WORDS = [
  '达到',
  '达',
  '为',
  '至',
  '到',
  ...CHANGE_TO_LEVEL,
  '稳定在',
  '控制在',
  '保持在',
  '超过',
  '突破',
  '约',
  '近',
  '共',
  '累计',
  '分别',
  // 平均为5.1%, 全部超过50万元: how the figure is taken (an average, each one), not part of what
  // is measured.
  '平均',
  '均',
  '全部',
  // 支出安排54亿元, 收入完成36.8亿元: what is allotted or done is the figure itself.
  '安排',
  '完成',
  // 收入预计完成36.8亿元: an estimate of the figure, not part of what is measured.
  '预计',
  '预期',
];
/** The first months of a year, counted (前11个月, 前三个月). */
export const FIRST_MONTHS = '前[0-9一二三四五六七八九十]{1,2}个月';
/**
 * Time expressions a clause may open with before its subject (2018年, 去年, 上半年, 1-10月,
 * 2018年以来, 三年来, 到2025年): the figure's period, not part of what is measured.
 */
export const LEADING_TIME =
  '(?:到|至)?(?:[0-9]{4}年度?(?:全年|上半年|下半年|前三季度|[一二三四]季度|底|末|初)?' +
  '|[0-9]{1,2}[-—–~～至][0-9]{1,2}月份?|[0-9]{1,2}月份?(?:底|末|中旬|上旬|下旬)?' +
  '|今年|去年|明年|本年度?|上半年|下半年|前三季度|第?[一二三四]季度|' +
  FIRST_MONTHS +
  '|过去[一两三五十]年|近[一两三五十]年|连续[0-9一两三四五六七八九十]{1,2}年|[一两三四五六七八九十]年)(?:以来|来|前|后)?(?:的)?';
/** The document speaking of itself (全县, 本市, 我区): its entity, not part of the metric. */
export const SELF_REFERENCE =
  '(?:全|本|我)(?:省|市|区|县|州|旗|盟|镇|乡(?!村))(?![域场级内外属直])';
/** Characters LEADING_TIME can start with. */
export const TIME_FIRST = charSet('0123456789到至今去明本上下前第过近连一两二三四五六七八九十');
/** Characters LEADING_TIME and SELF_REFERENCE can start with. */
export const TIME_OR_SELF_FIRST = union(TIME_FIRST, charSet('全本我'));
const LEADING = new RegExp(`^(?:${LEADING_WORDS.join('|')}|${LEADING_TIME}|${SELF_REFERENCE})+`);
const LEADING_WORDS_ONLY = new RegExp(`^(?:${LEADING_WORDS.join('|')})+`);
const TRAILING = new RegExp(`(${TRAILING_WORDS.join('|')})+$`);
const NUMBERING =
  /^([0-9]{1,2}[.、]|[(（][0-9一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、是])/;
// Characters each pattern needs at the start (or end) of the phrase: the cheap test before it.
const LEADING_FIRST = union(firstChars(LEADING_WORDS), TIME_OR_SELF_FIRST);
const TRAILING_LAST = lastChars(TRAILING_WORDS);
const DASH_FIRST = charSet('—-–·•');

const LEADING_DASHES = /^[—\-–·•]+/;
/** The phrase without the dashes and bullets it opens with (——, ·). */
export const withoutLeadingDashes = (m: string): string =>
  inSet(DASH_FIRST, m.charCodeAt(0)) ? m.replace(LEADING_DASHES, '') : m;
const NUMBERING_FIRST = charSet('0123456789(（一二三四五六七八九十');

/** How long the list numbering a phrase opens with is (1. or (二) or 三是), 0 when it has none. */
export function numberingLength(phrase: string): number {
  if (!inSet(NUMBERING_FIRST, phrase.charCodeAt(0))) return 0;
  return NUMBERING.exec(phrase)?.[0].length ?? 0;
}
const SPACE_OR_BASE = union(WHITESPACE, charSet('由从'));

export function cleanMetric(raw: string): string {
  return clean(raw, true) || raw;
}

/** The metric of a clause, or '' when the clause holds only what surrounds one (2024年9月底前完成). */
export function cleanedOrEmpty(raw: string): string {
  return clean(raw, false);
}

/** `keepSelf`: a phrase that is only a self-reference and verbs keeps the self-reference (将全市 → 全市). */
function clean(raw: string, keepSelf: boolean): string {
  // One look at the phrase tells whether it holds spaces or a 由/从 at all.
  let spaced = false;
  let based = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (!inSet(SPACE_OR_BASE, c)) continue;
    if (inSet(WHITESPACE, c)) spaced = true;
    else based = true;
  }
  let m = spaced ? raw.replace(/\s+/g, '') : raw;
  // 由2019年的2400亿元: the base of a change; the subject is what precedes 由/从.
  if (based) m = m.replace(/(由|从)[^由从]*的?$/, '');
  m = withoutLeadingDashes(m);
  m = m.slice(numberingLength(m));
  if (inSet(LEADING_FIRST, m.charCodeAt(0))) {
    const bare = m.replace(LEADING, '');
    // 将全市: a phrase that is only a self-reference keeps it (全市), without the verb.
    m = bare || (keepSelf ? m.replace(LEADING_WORDS_ONLY, '') : '');
  }
  // (A phrase ending in 签约 or 节约 ends in no "about": TRAILING's 约 does not apply.)
  if (inSet(TRAILING_LAST, m.charCodeAt(m.length - 1)) && !closesWordInYue(m, m.length - 1))
    m = m.replace(TRAILING, '');
  return m;
}

/** Levels that narrow what a noun counts (省级企业): written once, read by both sharing rules below. */
const LEVELS = ['国家级', '省级', '市级', '区级', '县级'];
const LEVEL_WORDS = [...LEVELS, '国际', '全国', '全省', '全市'];
const LEVEL_WORD = new RegExp(`^(${LEVEL_WORDS.join('|')})(以上)?`);
const LEVEL_WORD_FIRST = firstChars(LEVEL_WORDS);
const LEVEL_IN = new RegExp(`^.*?(${LEVELS.join('|')})(以上)?`);

/** 、-list sharing a subject: "市级专精特新企业15家、省级5家" → 省级专精特新企业. */
export function shareSubject(item: string, previous: string): string {
  if (!item) return previous;
  if (
    inSet(LEVEL_WORD_FIRST, item.charCodeAt(0)) &&
    LEVEL_WORD.test(item) &&
    LEVEL_IN.test(previous)
  )
    return item + previous.replace(LEVEL_IN, '');
  return item;
}

/** Words that narrow what a noun counts to a level or to town or country (省级企业, 农村居民). */
const SCOPE_MODIFIERS: readonly string[] = [...LEVELS, '城镇', '农村', '城市', '乡村'];
const SCOPE_FIRST = firstChars(SCOPE_MODIFIERS);
/** The scope modifier written at `at`, if any. */
export const scopeAt = (s: string, at: number): string | undefined =>
  inSet(SCOPE_FIRST, s.charCodeAt(at)) ? wordAt(s, at, SCOPE_MODIFIERS) : undefined;

/**
 * A clause that names a scope and leaves out the middle of the subject before it, which holds a
 * scope too: 市级专精特新企业15家，省级5家 (省级 → 省级专精特新企业); 城镇居民人均可支配收入增长
 * 5%，农村居民增长7% (农村居民增长 → 农村居民人均可支配收入增长). What the clause holds after
 * its scope must be the start and the end of what the subject holds after its own. Null when the
 * clause is not such.
 */
export function scopeShared(item: string, previous: string): string | null {
  const own = scopeAt(item, 0);
  if (!own) return null;
  let q = '';
  for (let at = 0; at < previous.length && !q; at++) {
    const theirs = scopeAt(previous, at);
    if (theirs) q = previous.slice(at + theirs.length);
  }
  const r = item.slice(own.length);
  if (q.length <= r.length) return null;
  // A clause that holds all of the subject's start is its own subject: 城镇居民人均可支配收入增长
  // 4.9%；农村居民人均可支配收入20150元 names no 增长 of the rest.
  for (let k = r.length > 0 ? r.length - 1 : 0; k >= 0; k--) {
    if (q.startsWith(r.slice(0, k)) && q.endsWith(r.slice(k)))
      return own + q.slice(0, q.length - (r.length - k)) + r.slice(k);
  }
  return null;
}

/**
 * What a change is measured against when no year is named: the year before (同比, 比上年同期 …) or
 * a comparable basis (同口径). tidyMetric drops them (同比增长 = 增长).
 */
export const CHANGE_BASES_OF_YEAR = [
  ...['同比', '同口径', '比上年同期', '比上年', '较上年', '比去年同期', '比去年', '较去年'],
  // A balance's change over the year (存款余额比年初增长).
  ...['比年初', '较年初'],
  '与上年相比',
];
const CHANGE_BASES = [...CHANGE_BASES_OF_YEAR, '年均', '平均', '分别'];
const CHANGES = ['增长', '下降', '增加', '减少', '提高', '回落', '上涨'];
const PREDICATE_ONLY = new RegExp(
  `^(${CHANGE_BASES.join('|')})?(${CHANGES.join('|')})((到|至)([0-9]{4}年(底|末)?的?)?)?$`,
);
/** The characters PREDICATE_ONLY opens with. */
const PREDICATE_FIRST = firstChars([...CHANGE_BASES, ...CHANGES]);
const SUBJECT_TAIL =
  /(完成|达到|达|实现|为|突破|超过|总计|共计|累计|约|(增加|提高|增长)(到|至)([0-9]{4}年(底|末)?的?)?)+$/;

const CHANGE_END = /(增长|下降|增加|提高)$/;
const ACHIEVED_START = /^(实现|完成)/;
const YEAR_END_TIME = /[0-9]{4}年(底|末)?的?$/;

/**
 * "地区生产总值达到735.8亿元，增长7%": a clause that is only a predicate takes the subject of the
 * previous figure in the sentence.
 */
export function inheritSubject(
  clause: string,
  previous: string,
  place = '',
  previousPlace = '',
): string | null {
  // 潍坊市增长3.5% after 烟台市生产总值…增长5.0%: the place changes, the subject carries over.
  const own =
    place && clause.startsWith(place)
      ? clause.slice(place.length).replace(SPEECH_VERB, '')
      : clause;
  if (!inSet(PREDICATE_FIRST, own.charCodeAt(0)) || !PREDICATE_ONLY.test(own)) return null;
  // After a ratio to a base (…为预算的比例), the predicate is the subject's own.
  let subject =
    ratioSubject(previous) || previous.replace(SUBJECT_TAIL, '').replace(CHANGE_END, '');
  if (own !== clause) {
    if (previousPlace && subject.startsWith(previousPlace))
      subject = subject.slice(previousPlace.length);
    subject = subject.replace(ACHIEVED_START, '');
    if (!subject) return null;
    subject = place + subject;
  }
  return subject ? subject + own.replace(YEAR_END_TIME, '') : null;
}

const SPEECH_VERB = /^(提出|明确|确定|预期|预计|计划|力争|目标(为|是)?)/;
const TOPIC = /^(?:从|就|分)([^，,。；;]{2,16}?)(?:增速|增幅|增长)?(?:目标)?(?:看|来看|而言)[，,]/;

/**
 * The topic a sentence opens with (从地区生产总值增速目标看，…): the subject of its figures whose
 * clause names only a place and a predicate (广东省提出增长5%左右).
 */
export function topicOf(sentence: string): string | null {
  const m = TOPIC.exec(sentence);
  return m ? (m[1] as string) : null;
}

/** A 分别 spreading one predicate over a 、-list: 固定资产投资、社会消费品零售总额分别增长10%、8%. */
export interface Distribution {
  subjects: string[];
  predicate: string;
  /** Index of the subject the next figure takes. */
  next: number;
  /** The places the subjects open with, one each, when every subject opens with one; else []. */
  places: string[];
}

/** Words naming two things at once, in the order reports give their figures. */
const PAIRS: readonly [string, string, string][] = [
  ['城乡', '城镇', '农村'],
  ['存贷款', '存款', '贷款'],
];

/** 城乡居民人均可支配收入分别增长5.2%和6.8%: 城镇居民…, 农村居民…. */
function splitPair(subject: string): string[] {
  for (const [both, first, second] of PAIRS) {
    if (subject.includes(both))
      return [subject.replace(both, first), subject.replace(both, second)];
  }
  return [subject];
}

const WIDE_BOUNDARY = charSet('，,。；;：:！？!?\n');

/**
 * A distribution, at its first figure. 分别达到80587元: a verb that only leads to the figures is no
 * part of what is measured.
 */
const spread = (subjects: string[], predicate: string, places: string[]): Distribution => ({
  subjects,
  predicate: cleanedOrEmpty(predicate) ? predicate : '',
  next: 1,
  places,
});

/** 两市, 三县: a count of places of one level, opening a list's subject or closing its places. */
export const PLACE_COUNT = /^([两二三四五六七八九十]{1,2})个?([省市区县])/;

/**
 * 三县规模以上工业增加值, after figures of 安丰县, 长宁县 and 西平县: a count of places opening a
 * subject counts the places of its level the paragraph spoke of before, each with the rest of the
 * subject (安丰县规模以上工业增加值, …); [] unless it spoke of exactly that many.
 */
function countedBefore(subject: string, named: readonly string[]): string[] {
  const m = named.length >= 2 ? PLACE_COUNT.exec(subject) : null;
  if (!m) return [];
  const level = m[2] as string;
  const places = named.filter((p) => p.endsWith(level));
  const noun = subject.slice(m[0].length);
  return noun && places.length === parseChineseNumber(m[1] as string)
    ? places.map((p) => p + noun)
    : [];
}

/**
 * `carried`: the 分别 earlier in the sentence, for a clause with a 分别 of its own that names no
 * subject (城乡居民人均可支配收入分别达到…元和…元，分别增长4.6%和6.3%: its subjects and places),
 * or one subject of no place after a 分别 over places (两区规模以上工业增加值分别增长…，固定资产
 * 投资分别增长…: the subject at each of its places, which are then its places). The places of a
 * new list are the caller's to find (see Distribution.places): they are [].
 */
export function distribution(
  s: string,
  figureStart: number,
  floor: number,
  carried?: Distribution,
  /** The places the paragraph's figures spoke of before, in order (see countedBefore). */
  named: readonly string[] = [],
): Distribution | null {
  let k = figureStart - 1;
  const limit = Math.max(floor, figureStart - 60);
  while (k >= limit && !inSet(WIDE_BOUNDARY, s.charCodeAt(k))) k--;
  const wide = s.slice(k + 1, figureStart);
  const at = wide.lastIndexOf('分别');
  if (at < 0) return null;
  const head = wide.slice(0, at);
  if (carried && !cleanedOrEmpty(head))
    return spread([...carried.subjects], wide.slice(at + 2), carried.places);
  let subjects = head.split('、').map((x) => cleanMetric(x));
  if (subjects.length === 1) {
    const one = subjects[0] as string;
    const before = countedBefore(one, named);
    subjects = before.length ? before : splitPair(one);
    const places = carried?.places ?? [];
    if (subjects.length === 1 && places.length >= 2 && !places.some((p) => one.includes(p)))
      return spread(
        places.map((p) => p + one),
        wide.slice(at + 2),
        places,
      );
  }
  if (subjects.length < 2 || subjects.some((x) => !x)) return null;
  return spread(subjects, wide.slice(at + 2), []);
}
