/**
 * Figures that are not facts: dates, ordinals and ranks, codes and slogans with digits
 * (5G, 4+1, 7·20, 3个100%), policy names (12条政策措施), digits inside short quoted names.
 */
import { charSet, firstChars, inSet, lastChars } from '../text/char-set.ts';
import { isDigitCode } from './numerals.ts';
import { startsWithAny } from '../text/words-at.ts';

const LETTER = charSet('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz');
/** Characters that glue a number into a code or slogan: 4+1, 7×24, 7·20, 1/3, 6+N. */
const GLUE = charSet(['+', '×', '*', '·', '•', '/', '＋', '#', '@', '_', '=', '&']);
const POLICY_AFTER = [
  '政策',
  '措施',
  '举措',
  '意见',
  '规定',
  '条例',
  '细则',
  '办法',
  '硬措施',
  '新政',
];
const RANK_UNITS = new Set(['名', '位', '强']);
const code = (c: string): number => c.charCodeAt(0);
const ORDINAL = code('第');
const FRONT = code('前');
const BACK = code('后');
const DOT = code('.');
const MINUS = code('-');
const PLUS = code('+');
const FULL_PLUS = code('＋');
const GE = code('个');

export function isNotAFact(
  s: string,
  numStart: number,
  numEnd: number,
  unit: string,
  figEnd: number,
): boolean {
  const before = s.charCodeAt(numStart - 1);
  const after = s.charCodeAt(numEnd);
  const next = s.charCodeAt(figEnd);
  if (inSet(LETTER, before) || inSet(LETTER, after)) return true;
  if (inSet(GLUE, before) || inSet(GLUE, after)) return true;
  if (inSet(GLUE, next) && isDigitCode(s.charCodeAt(figEnd + 1))) return true;
  if (next === PLUS || next === FULL_PLUS) return true;
  if (before === ORDINAL) return true;
  // 前20名 is a rank; 前11个月, a time.
  if ((before === FRONT || before === BACK) && (RANK_UNITS.has(unit) || unit === '个月'))
    return true;
  if (isStructureCount(s, figEnd)) return true;
  if (isAttributiveStandard(s, numStart, unit, figEnd)) return true;
  if (before === DOT || before === MINUS) return true;
  // 3个100%: a count glued to another number is a slogan.
  if (unit === '个' && isDigitCode(next)) return true;
  if (before === GE && isDigitCode(s.charCodeAt(numStart - 2))) return true;
  if (unit === '条' && startsWithAny(s, figEnd, POLICY_AFTER)) return true;
  if (insideShortQuote(s, numStart, figEnd)) return true;
  return false;
}

const STRUCTURE_AFTER = /^(个?方面|(重点|主要)?(工作|任务|举措)[:：])/;
const STRUCTURE_FIRST = firstChars(['个', '方面', '重点', '主要', '工作', '任务', '举措']);

/** 重点抓好3项工作：一是… — a count of the document's own structure. */
function isStructureCount(s: string, figEnd: number): boolean {
  return (
    inSet(STRUCTURE_FIRST, s.charCodeAt(figEnd)) &&
    STRUCTURE_AFTER.test(s.slice(figEnd, figEnd + 8))
  );
}

/** What may follow a figure without gluing a noun to it (以内, 左右 …). */
const NOT_GLUED = /^(以内|之内|内|以上|以下|左右|多|余|的)/;
const TIME_STANDARD = new Set(['小时', '分钟', '米', '千伏']);
const CAPACITY_WORDS = ['年产', '年加工', '年处理', '日处理', '年产能', '年吞吐', '日产'];
const CAPACITY_BEFORE = new RegExp(`(${CAPACITY_WORDS.join('|')})$`);
const CAPACITY_LAST = lastChars(CAPACITY_WORDS);
const isHan = (c: number): boolean => c >= 0x4e00 && c <= 0x9fff;

/**
 * A figure glued to the noun it qualifies names a standard or a project, not an amount:
 * 144小时免签政策, 15分钟生活圈, 年加工5000吨糕点生产中心.
 */
function isAttributiveStandard(s: string, numStart: number, unit: string, figEnd: number): boolean {
  if (!isHan(s.charCodeAt(figEnd))) return false;
  const standard =
    TIME_STANDARD.has(unit) ||
    (inSet(CAPACITY_LAST, s.charCodeAt(numStart - 1)) &&
      CAPACITY_BEFORE.test(s.slice(Math.max(0, numStart - 4), numStart)));
  // Glued: the noun follows at once (not 以内, 左右, 多 …).
  return standard && !NOT_GLUED.test(s.slice(figEnd, figEnd + 2));
}

const QUOTE_OPEN = charSet('“"‘');
const QUOTE_OUT = charSet('”’。\n');
const QUOTE_CLOSE = charSet('”"’');
const QUOTE_BROKEN = charSet('“。\n');

/** “3个工作日办结”, “1566”: a number inside a quoted name of at most 12 characters. */
function insideShortQuote(s: string, start: number, end: number): boolean {
  let open = -1;
  for (let k = start - 1; k >= 0 && k >= start - 12; k--) {
    const c = s.charCodeAt(k);
    if (inSet(QUOTE_OPEN, c)) {
      open = k;
      break;
    }
    if (inSet(QUOTE_OUT, c)) return false;
  }
  if (open < 0) return false;
  for (let k = end; k < s.length && k <= open + 14; k++) {
    const c = s.charCodeAt(k);
    if (inSet(QUOTE_CLOSE, c)) return true;
    if (inSet(QUOTE_BROKEN, c)) return false;
  }
  return false;
}

const POLICY_VERB = /^(认真|全面|深入|持续)?(落实|出台|制定|印发|贯彻|兑现|推出|发布|实施)/;
const PHYSICAL = /路|线|河道|河流|街|渠|管网|廊道|隧道|桥/;

const POLICY_END = /(政策|措施|意见|举措|办法)$/;

/** 落实…向好90条: a count of articles naming a policy, not an amount. */
export function isPolicyName(clause: string, unit: string): boolean {
  if (unit !== '条' || PHYSICAL.test(clause.slice(-6))) return false;
  return POLICY_VERB.test(clause) || POLICY_END.test(clause);
}
