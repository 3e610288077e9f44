/** Ranges of the numeral layer: 两到三万, 三四十万, 大于100并且小于300, 20和30之间, 1000以上，1500以下. */
import { parseMixed } from './mixed-numerals.ts';
import { CN_DIGIT, NUMERAL, readRun, type FoundNumber, type Run } from './numeral-runs.ts';

export interface Found extends FoundNumber {
  start: number;
  end: number;
}

export const SEP = /^\s*(--|——|-|—|–|~|～|至|到)\s*/;

/** 两到三万, 1万元--5万元, 20 - 100个, 百分之三十到四十一. */
export function readRangeEnd(
  f: string,
  run: Run,
  end: number,
): { value: number; max: number; end: number; percent: boolean } | null {
  const unit = /^([\u4e00-\u9fff]{0,2}?)(\([^)]{0,3}\))?(?=\s*(--|——|-|—|–|~|～|至|到))/.exec(
    f.slice(end, end + 8),
  );
  const unitText = unit?.[1] ?? '';
  if (unitText && NUMERAL.has(unitText[0] as string)) return null;
  const afterUnit = end + (unit ? unit[0].length : 0);
  const sep = SEP.exec(f.slice(afterUnit, afterUnit + 6));
  if (!sep) return null;
  let at = afterUnit + sep[0].length;
  if (f.startsWith('百分之', at)) at += 3;
  const second = readRun(f, at);
  if (!second) return null;
  if (unitText && !f.startsWith(unitText, second.end) && !/^[万萬亿億千仟]/.test(unitText))
    return null;
  let first = run.value;
  if (second.trailing > 1 && run.trailing === 1 && first * second.trailing <= second.value)
    first *= second.trailing;
  if (!(second.value > first)) return null;
  let stop = second.end;
  if (unitText && f.startsWith(unitText, stop)) stop += unitText.length;
  return { value: first, max: second.value, end: stop, percent: false };
}

export function adjacentRange(
  f: string,
  k: number,
): { value: number; max: number; end: number } | null {
  const a = f[k] as string;
  const b = f[k + 1] as string;
  if (!CN_DIGIT.has(a) || !CN_DIGIT.has(b) || NUMERAL.has(f[k - 1] ?? '')) return null;
  const da = parseMixed(a) ?? 0;
  const db = parseMixed(b) ?? 0;
  if (!(db > da && db - da <= 2)) return null;
  const m = /^[十百千万萬亿億仟佰拾]*/.exec(f.slice(k + 2, k + 6));
  const units = m ? m[0] : '';
  const end = k + 2 + units.length;
  if (NUMERAL.has(f[end] ?? '') || f[end] === '点' || f[end] === '折' || f[end] === '成')
    return null;
  const mult = units ? (parseMixed(`一${units}`) ?? 1) : 1;
  return { value: da * mult, max: db * mult, end };
}

const LOWER = '(大于等于|大于|高于|多于|超过|不小于|不少于|至少|最少)';
const UPPER = '(小于等于|小于|低于|少于|不超过|不大于|至多|最多)';
const LOWER_END = new RegExp(`${LOWER}\\s*$`);
const UPPER_END = new RegExp(`${UPPER}\\s*$`);
const LOWER_BETWEEN = new RegExp(`^(有|的同时|并且|并|而且|且|,|，|\\s)*${LOWER}\\s*$`);
const UPPER_BETWEEN = new RegExp(`^(有|的同时|并且|并|而且|且|,|，|\\s)*${UPPER}\\s*$`);

/** Bounds that make one range: 大于100并且小于300, 最多100最少20, 20和30之间, 1000以上，1500以下. */
export function pairRanges(f: string, line: string, found: Found[]): Found[] {
  const out: Found[] = [];
  for (let k = 0; k < found.length; k++) {
    const a = found[k] as Found;
    const b = found[k + 1];
    if (!b || a.value_max !== null || b.value_max !== null) {
      out.push(a);
      continue;
    }
    const before = f.slice(Math.max(0, a.start - 6), a.start);
    const between = f.slice(a.end, b.start);
    const after = f.slice(b.end, b.end + 3);
    let range: [number, number, number, number] | null = null;
    let m: RegExpExecArray | null;
    if ((m = LOWER_END.exec(before)) && UPPER_BETWEEN.test(between)) {
      range = [a.start - m[0].length, b.end, a.value, b.value];
    } else if ((m = UPPER_END.exec(before)) && LOWER_BETWEEN.test(between)) {
      range = [a.start - m[0].length, b.end, b.value, a.value];
    } else if (/^\s*(与|和|到|至)\s*$/.test(between) && /^(之间|间)/.test(after)) {
      const pre = /(位于|在|介于)$/.exec(before);
      range = [
        a.start - (pre ? pre[0].length : 0),
        b.end + (after.startsWith('之间') ? 2 : 1),
        a.value,
        b.value,
      ];
    } else if (/^以上[,，]\s*$/.test(between) && after.startsWith('以下')) {
      range = [a.start, b.end + 2, a.value, b.value];
    }
    if (range && range[3] >= range[2]) {
      const [s, e, lo, hi] = range;
      out.push({
        text: line.slice(s, e),
        value: lo,
        value_max: hi,
        kind: 'range',
        start: s,
        end: e,
      });
      k++;
    } else out.push(a);
  }
  return out;
}
