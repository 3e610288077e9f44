/**
 * The numeral layer on its own (`duibiao numbers`): every number, percentage, ordinal and range in
 * a line, values in full magnitude (2.75万 → 27500; 百分之五 → 5 percent; 三四十万 → 300000–400000).
 */
import { parseMixed } from './mixed-numerals.ts';
export type { FoundNumber, NumberKind } from './numeral-runs.ts';
import type { FoundNumber, NumberKind } from './numeral-runs.ts';
import { NUMERAL, fold, isArabic, isCjk, readRun, scanRun } from './numeral-runs.ts';
import { SEP, adjacentRange, pairRanges, readRangeEnd, type Found } from './number-ranges.ts';

/** Financial forms that are ordinary characters inside words (队伍, 陆地, 拾起, 放肆). */
const FINANCIAL = new Set([...'壹贰貳叁參肆伍陆陸柒捌玖拾佰仟']);
/**
 * Digits glued to a capital letter name a thing, not a quantity: 5G, 4K, 3D, PM2.5, B12, G20,
 * H7N9 (lower-case unit abbreviations stay quantities: 5km, 10kg).
 */
function isCode(f: string, n: Found): boolean {
  if (!isArabic(f[n.start])) return false;
  if (/[A-Z]/.test(f[n.start - 1] ?? '')) return true;
  return /[A-Z]/.test(f[n.end] ?? '') && !/[A-Za-z]/.test(f[n.end + 1] ?? '');
}

/** Words whose numeral characters are not numbers. */
const NOT_NUMBERS =
  '一切 一些 一起 一般 一定 一直 一旦 一致 一样 一下 统一 唯一 一看 万一 千万别 千万不 十分 四川 两岸 两两 一带一路 万万不 一共 之一 一体 一方面 一流 一同 一律 一再 一向 十足 九九是 萬萬 零售 零部件 零配件 零件 零工 零星 零散 零食 零钱 两院 两会 两委 两新'.split(
    ' ',
  );
export function findNumbers(line: string): FoundNumber[] {
  const f = fold(line);
  const out: Found[] = [];
  const push = (
    start: number,
    end: number,
    value: number,
    max: number | null,
    kind: NumberKind,
  ): void => {
    out.push({
      text: line.slice(start, end),
      value: round(value),
      value_max: max === null ? null : round(max),
      kind,
      start,
      end,
    });
  };
  let i = 0;
  while (i < f.length) {
    const r = readAt(f, i, push);
    i = r > i ? r : i + 1;
  }
  return pairRanges(
    f,
    line,
    out.filter((n) => !isCode(f, n)),
  ).map(({ text, value, value_max, kind }) => ({
    text,
    value,
    value_max,
    kind,
  }));
}

type Push = (
  start: number,
  end: number,
  value: number,
  max: number | null,
  kind: NumberKind,
) => void;

const HALF: readonly [RegExp, number, NumberKind][] = [
  [/^百分百/, 100, 'percent'],
  [/^半百/, 50, 'number'],
  [/^一半/, 0.5, 'number'],
  [/^半[个個](?![月])/, 0.5, 'number'],
  [/^半(?=斤|公升|升|加侖|加仑|吨|米|杯|瓶|打)/, 0.5, 'number'],
  [/^半成/, 5, 'percent'],
  [/^半折/, 50, 'percent'],
  [/^[对對]折/, 50, 'percent'],
];

/** First characters of the HALF forms: only these need the HALF patterns tried. */
const HALF_START = new Set([...'百半一对對']);
/** For each character, the NOT_NUMBERS words holding it and where (a scan tries only those). */
const NOT_NUMBER_AT = new Map<string, [string, number][]>();
for (const w of NOT_NUMBERS) {
  for (const c of new Set(w)) {
    const list = NOT_NUMBER_AT.get(c) ?? [];
    list.push([w, w.indexOf(c)]);
    NOT_NUMBER_AT.set(c, list);
  }
}

/** Reads whatever figure starts at `i`; returns where to continue. */
function readAt(f: string, i: number, push: Push): number {
  const c = f[i] as string;
  if (HALF_START.has(c)) {
    for (const [re, v, kind] of HALF) {
      const m = re.exec(f.slice(i, i + 4));
      if (m) {
        push(i, i + m[0].length, v, null, kind);
        return i + m[0].length;
      }
    }
  }
  if (!NUMERAL.has(c) && !/[负負\-零第]/.test(c)) return i + 1;
  for (const [w, o] of NOT_NUMBER_AT.get(c) ?? []) {
    if (f.startsWith(w, i - o) && !/^\s*分\s*之/.test(f.slice(i + 1, i + 8)))
      return i - o + w.length;
  }
  let k = i;
  let sign = 1;
  if (f.startsWith('零下', k)) {
    sign = -1;
    k += 2;
  } else if (c === '负' || c === '負' || (c === '-' && !isArabic(f[i - 1]))) {
    sign = -1;
    k++;
    if (f[k] === '的') k++;
    while (f[k] === ' ') k++;
  }
  const ordinal = f[k] === '第';
  if (ordinal) k++;
  // Fractions and percentages written X分之Y (百分之五, 千分之一, 三分之一, 一百分之五十七).
  const frac = readFraction(f, k);
  if (frac) {
    const sep = frac.percent ? SEP.exec(f.slice(frac.end, frac.end + 4)) : null;
    if (sep) {
      let at = frac.end + sep[0].length;
      const again = f.startsWith('百分之', at) || f.startsWith('百分百', at);
      if (again) at += f.startsWith('百分百', at) ? 0 : 3;
      const second = f.startsWith('百分百', at) ? { value: 100, end: at + 3 } : readRun(f, at);
      if (second && second.value > frac.value) {
        push(i, second.end, sign * frac.value, second.value, 'range');
        return second.end;
      }
    }
    push(i, frac.end, sign * frac.value, null, frac.percent ? 'percent' : 'number');
    return frac.end;
  }
  // 八九亿, 三五百, 七八公斤, 三四十万: two neighbouring digits are a range.
  const two = ordinal ? null : adjacentRange(f, k);
  if (two) {
    push(i, two.end, sign * two.value, sign * two.max, 'range');
    return two.end;
  }
  const scanned = scanRun(f, k);
  const run = scanned.run;
  if (!run) return Math.max(scanned.end, k > i ? k : i + 1);
  const single = run.end - run.start === 1;
  if (
    single &&
    FINANCIAL.has(f[run.start] as string) &&
    (isCjk(f[run.start - 1]) || isCjk(f[run.end])) &&
    sign === 1
  ) {
    return run.end;
  }
  if (f[run.start] === '百' && f[run.start + 1] === '分') {
    const pct = readRun(f, run.start + 2);
    if (pct && pct.start === run.start + 2) {
      push(i, pct.end, sign * pct.value, null, 'percent');
      return pct.end;
    }
    return run.end + 1;
  }
  let end = run.end;
  let value = sign * run.value;
  let kind: NumberKind = ordinal ? 'ordinal' : 'number';
  let max: number | null = null;
  const tail = f.slice(end, end + 16);
  let m: RegExpExecArray | null;
  if (
    (m =
      /^[元圆块]\s*([一二两三四五六七八九壹贰叁肆伍陆柒捌玖])\s*[角毛](?:\s*([一二三四五六七八九壹贰叁肆伍陆柒捌玖])\s*分)?/.exec(
        tail,
      ))
  ) {
    value =
      sign *
      (run.value +
        (parseMixed(m[1] as string) ?? 0) / 10 +
        (m[2] ? (parseMixed(m[2]) ?? 0) / 100 : 0));
    push(i, end + m[0].length, value, null, 'number');
    return end + m[0].length;
  }
  if ((m = /^又([0-9]+)\/([0-9]+)(?![0-9])/.exec(tail)) && Number(m[2])) {
    push(i, end + m[0].length, sign * (run.value + Number(m[1]) / Number(m[2])), null, 'number');
    return end + m[0].length;
  }
  if ((m = /^\s*又\s*/.exec(tail))) {
    const fr = readFraction(f, end + m[0].length);
    if (fr) {
      value = sign * (run.value + fr.value);
      push(i, fr.end, value, null, 'number');
      return fr.end;
    }
  }
  if (
    (m = /^\/([0-9]+)(?![0-9/])/.exec(tail)) &&
    /^[0-9]+$/.test(f.slice(run.start, run.end)) &&
    !ordinal
  ) {
    const d = Number(m[1]);
    if (d) {
      push(i, end + m[0].length, value / d, null, 'number');
      return end + m[0].length;
    }
  }
  if ((m = /^\s*(%|％|[个個]\s*百\s*分\s*[点點]|百\s*分\s*[点點])/.exec(tail))) {
    kind = 'percent';
    end += m[0].length;
  } else if ((m = /^\s*折/.exec(tail)) && !ordinal) {
    kind = 'percent';
    value = Math.abs(value) < 10 ? value * 10 : value;
    end += m[0].length;
  } else if (
    (m = /^\s*成(?![为功立本员果绩长就])/.exec(tail)) &&
    Math.abs(value) <= 10 &&
    !ordinal
  ) {
    kind = 'percent';
    value *= 10;
    end += m[0].length;
    const more = /^\s*([一二三四五六七八九])(?![十百千万])|^\s*半/.exec(f.slice(end, end + 4));
    if (more) {
      value += more[1] ? (parseMixed(more[1]) ?? 0) : 5;
      end += more[0].length;
    }
  } else if ((m = /^\s*打(?![开算工击造破败球电卡车的])/.exec(tail)) && !ordinal) {
    value *= 12;
    end += m[0].length;
  } else if ((m = /^([个個吨斤米块元岁])半/.exec(tail)) && !ordinal) {
    value += sign * 0.5;
    end += m[0].length;
  } else if ((m = /^米([一二三四五六七八九])(?![十百千万米])/.exec(tail)) && !ordinal) {
    value += sign * ((parseMixed(m[1] as string) ?? 0) / 10);
    end += m[0].length;
  } else if (!ordinal) {
    const range = readRangeEnd(f, run, end);
    if (range) {
      value = sign * range.value;
      max = range.max;
      kind = range.percent ? 'range' : 'range';
      end = range.end;
    }
  }
  push(i, end, value, max, kind);
  return end;
}

interface Fraction {
  value: number;
  end: number;
  percent: boolean;
}

const PERCENT_DENOMINATOR = /^[百佰千仟万萬]/;

function readFraction(f: string, k: number): Fraction | null {
  const head =
    /^((?:[零〇一二两兩三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟萬億0-9.]|\s){1,16}?)\s*分\s*之\s*/.exec(
      f.slice(k, k + 30),
    );
  if (!head) return null;
  const denomText = (head[1] ?? '').replace(/\s/g, '');
  let at = k + head[0].length;
  let numSign = 1;
  if (f[at] === '负' || f[at] === '負') {
    numSign = -1;
    at++;
  }
  const num = readRun(f, at);
  if (!num || !denomText) return null;
  const percent = PERCENT_DENOMINATOR.test(denomText);
  const denom = percent ? parseMixed(`一${denomText}`) : parseMixed(denomText);
  if (!denom) return null;
  const value = (numSign * num.value) / denom;
  return { value: percent ? value * 100 : value, end: num.end, percent };
}

const round = (x: number): number => Number(x.toPrecision(15));
