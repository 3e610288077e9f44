/**
 * The noun a count is written before: 抓好260个市级重点项目, 等35个项目开工建设, 为12万户居民家庭…
 * Chinese puts the number and its measure word before the noun (numeral + classifier + noun), so
 * for these figures the thing counted follows the figure, not the clause before it.
 */
import { charSet, inSet } from '../text/char-set.ts';
import { isDigitCode } from './numerals.ts';
import { leadingVerbs, trailingVerb } from './metric-chain.ts';

/** Measure words that count things (not amounts such as 亿元, 公里, %). */
const MEASURE_WORDS =
  '个 家 项 件 所 座 条 处 块 部 台 套 张 辆 列 架 艘 栋 间 户 人 名 位 批 场 支 种 类 大类 棵 株 头 只 口 眼 宗 笔 篇 起'.split(
    ' ',
  );
/** With the magnitudes a count may carry (万户, 万人). */
const COUNTING = new Set(
  ['', '万亿', '千万', '百万', '亿', '万', '千', '百'].flatMap((m) =>
    MEASURE_WORDS.map((w) => m + w),
  ),
);

const COUNTING_LAST = charSet(MEASURE_WORDS.map((w) => w.slice(-1)).join(''));

export function countsThings(unit: string): boolean {
  return inSet(COUNTING_LAST, unit.charCodeAt(unit.length - 1)) && COUNTING.has(unit);
}

/** Where the counted noun phrase ends: a clause mark, a bracket opening a note, a quote's end. */
const STOP = charSet('，,。；;：:、！？!?\n【】（(0123456789');
const COMMA = charSet('、');
/** Characters a phrase after a figure cannot open with when it names the thing counted. */
const NOT_A_NOUN_START = charSet('以左多余的和与及或至到是为次等');
const QUOTE_OPEN = charSet('“‘"');
/** Words that end the noun and begin what is said about it (…个项目全部建成投用). */
const PREDICATE_START =
  /的|全部|全面|均|已|力争|争取|实现|进度|顺利|(?<![行作成认因])为|年度|完成|达到|(?<![重主需纲只提])要(?![素求点闻害道])/;
const MAX_NOUN = 24;
const ADVERB = /^(全部|全面|均|已)/;
const ADVERB_FIRST = charSet('全均已');
/** A second thing or a task closing the noun (…和, …任务). */
const JOINT_OR_TASK = /(任务|[和与及])$/;
const JOINT_OR_TASK_LAST = charSet('务和与及');

function startsAnotherItem(s: string, from: number, end: number): boolean {
  let k = from;
  while (k < end && !inSet(STOP, s.charCodeAt(k))) k++;
  return k === from || isDigitCode(s.charCodeAt(k)) || leadingVerbs(s.slice(from, k)) !== '';
}

/**
 * The phrase after a counted figure, up to the next clause mark or figure, without what is said
 * about it; '' when the figure is not followed by a noun.
 */
export function nounAfter(s: string, figureEnd: number, limit: number): string {
  const end = Math.min(limit, figureEnd + MAX_NOUN);
  const c = s.charCodeAt(figureEnd);
  if (figureEnd >= end || inSet(NOT_A_NOUN_START, c)) return '';
  if (!(c >= 0x4e00 && c <= 0x9fff) && !inSet(QUOTE_OPEN, c)) return '';
  let k = figureEnd;
  for (;;) {
    while (k < end && !inSet(STOP, s.charCodeAt(k))) k++;
    // 8个供水、供热管网项目: a 、 inside the noun, when no figure follows in the clause.
    if (k >= end || !inSet(COMMA, s.charCodeAt(k)) || startsAnotherItem(s, k + 1, end)) break;
    k++;
  }
  let noun = s.slice(figureEnd, k);
  // 3.2万人全部纳入…: an adverb first; what follows it says what was counted.
  const adverb = inSet(ADVERB_FIRST, noun.charCodeAt(0)) ? ADVERB.exec(noun) : null;
  if (adverb) noun = noun.slice(adverb[0].length);
  const cut = PREDICATE_START.exec(noun);
  if (cut) noun = noun.slice(0, cut.index);
  // …项目开工96个: the verb before the next figure is that figure's.
  if (isDigitCode(s.charCodeAt(k))) noun = noun.slice(0, noun.length - trailingVerb(noun).length);
  // 省实验室和高校研究院: a second thing, unless 和 joins two activities (防汛修复和排涝提升项目).
  const and = noun.indexOf('和');
  if (and > 0 && !trailingVerb(noun.slice(0, and))) noun = noun.slice(0, and);
  return inSet(JOINT_OR_TASK_LAST, noun.charCodeAt(noun.length - 1))
    ? noun.replace(JOINT_OR_TASK, '')
    : noun;
}
