/** Unit lexicon of policy reports, and normalisation of a value to its base unit. */
import { charSet, firstChars, inSet } from '../text/char-set.ts';

/** Magnitude words that may stand between a number and its unit (2.75万人, 544.2亿元). */
const MAGNITUDES: readonly [string, number][] = [
  ['万亿', 1e12],
  ['千万', 1e7],
  ['百万', 1e6],
  ['亿', 1e8],
  ['万', 1e4],
  ['千', 1e3],
  ['百', 1e2],
];

/** Base units, as written after a number. Longest match wins, so order does not matter. */
const BASE_UNITS = [
  '%',
  '‰',
  '个百分点',
  '百分点',
  '倍',
  '元',
  '美元',
  '欧元',
  '元/人',
  '元/平方米',
  '个',
  '家',
  '项',
  '件',
  '所',
  '座',
  '条',
  '处',
  '块',
  '部',
  '台',
  '套',
  '张',
  '辆',
  '列',
  '班',
  '架',
  '艘',
  '栋',
  '间',
  '户',
  '人',
  '名',
  '位',
  '人次',
  '次',
  '起',
  '轮',
  '批',
  '场',
  '期',
  '支',
  '种',
  '类',
  '大类',
  '棵',
  '株',
  '头',
  '只',
  '口',
  '眼',
  '宗',
  '笔',
  '篇',
  '床',
  '公里',
  '千米',
  '米',
  '平方公里',
  '平方千米',
  '平方米',
  '立方米',
  '微克/立方米',
  '毫克/立方米',
  '毫克/升',
  '吨标准煤',
  '公顷',
  '亩',
  '吨',
  '公斤',
  '千克',
  '斤',
  '标箱',
  '标准箱',
  '千瓦',
  '兆瓦',
  '千瓦时',
  '千伏',
  '天',
  '个工作日',
  '工作日',
  '小时',
  '分钟',
  '个月',
  '岁',
  '大',
];

const BASE_SET = new Set(BASE_UNITS);
/** Base units by their first character, longest first. */
const BASE_BY_FIRST = new Map<number, string[]>();
for (const u of [...BASE_UNITS].sort((a, b) => b.length - a.length)) {
  const list = BASE_BY_FIRST.get(u.charCodeAt(0));
  if (list) list.push(u);
  else BASE_BY_FIRST.set(u.charCodeAt(0), [u]);
}

const BASE_FIRST = firstChars(BASE_UNITS);

/** Longest base unit at `i`, or ''. */
export function baseUnitAt(s: string, i: number): string {
  const code = s.charCodeAt(i);
  if (!inSet(BASE_FIRST, code)) return '';
  for (const u of BASE_BY_FIRST.get(code) ?? []) if (s.startsWith(u, i)) return u;
  return '';
}

const MAGNITUDE_FIRST = firstChars(MAGNITUDES.map(([m]) => m));

export function magnitudeAt(s: string, i: number): string {
  if (!inSet(MAGNITUDE_FIRST, s.charCodeAt(i))) return '';
  for (const [m] of MAGNITUDES) if (s.startsWith(m, i)) return m;
  return '';
}

/**
 * Every magnitude before every base unit (亿元, 万人), built once: a figure's unit is one of these
 * strings, not a new one per figure, and what it normalises to is looked up, not worked out.
 */
const COMPOUNDS = new Map(
  MAGNITUDES.map(([m]) => [m, new Map(BASE_UNITS.map((b) => [b, m + b]))] as const),
);
const compound = (mag: string, base: string): string => COMPOUNDS.get(mag)?.get(base) ?? mag + base;

export interface UnitMatch {
  /** Unit exactly as written, magnitude included, without 多/余 (300多亿元 → 亿元). */
  unit: string;
  end: number;
  /** 多 or 余 between number and unit: the figure is a lower bound. */
  more: boolean;
}

const MORE = charSet('多余');

/**
 * Reads `[多|余]? magnitude? [多|余]? baseUnit?` at `i`. Returns unit '' when nothing unit-like
 * follows. A bare magnitude (9.6万贫困人口) gives the magnitude as unit.
 */
export function unitAt(s: string, i: number): UnitMatch {
  let unit = '';
  let end = i;
  let more = false;
  let j = i;
  if (inSet(MORE, s.charCodeAt(j))) {
    more = true;
    j++;
  }
  // A base unit that starts with a magnitude character (千瓦, 百分点) beats the magnitude reading.
  const direct = baseUnitAt(s, j);
  const mag = magnitudeAt(s, j);
  let base = '';
  let k = j;
  let moreAfter = false;
  if (mag) {
    k = j + mag.length;
    if (inSet(MORE, s.charCodeAt(k))) {
      moreAfter = true;
      k++;
    }
    base = baseUnitAt(s, k);
  }
  if (base && mag.length + base.length > direct.length) {
    unit = compound(mag, base);
    end = k + base.length;
    more ||= moreAfter;
  } else if (direct) {
    unit = direct;
    end = j + direct.length;
  } else if (mag === '万' || mag === '亿' || mag === '万亿') {
    // Bare magnitude: only 万/亿/万亿 read as units of their own.
    unit = mag;
    end = k;
    more ||= moreAfter;
  }
  return { unit, end, more: unit !== '' && more };
}

/** The unit a text is and nothing else (亿元, %, full-width ％ read as %), or null. */
export function unitOfText(text: string): string | null {
  const t = text.replace(/％/g, '%');
  if (t === '%') return '%';
  const u = unitAt(t, 0);
  return u.unit !== '' && u.end === t.length ? u.unit : null;
}

/** What a unit normalises to: its base unit, and the factor a value in it is multiplied by. */
interface UnitNorm {
  factor: number;
  base: string;
}

function unitNormOf(unit: string): UnitNorm {
  // A unit that opens with no magnitude is its own base (百分点 opens with 百: read below).
  if (!inSet(MAGNITUDE_FIRST, unit.charCodeAt(0))) return { factor: 1, base: unit };
  for (const [m, factor] of MAGNITUDES) {
    if (unit.startsWith(m) && unit.length > m.length && !BASE_SET.has(unit))
      return { factor, base: unit.slice(m.length) };
    if (unit === m) return { factor, base: '' };
  }
  if (unit === '百分点') return { factor: 1, base: '个百分点' };
  return { factor: 1, base: unit };
}

/** The lexicon's units, each with its UnitNorm: looked up once per figure. */
const UNIT_NORMS = new Map<string, UnitNorm>(
  [
    ...BASE_UNITS,
    ...MAGNITUDES.map(([m]) => m),
    ...[...COMPOUNDS.values()].flatMap((c) => [...c.values()]),
  ].map((u) => [u, unitNormOf(u)]),
);

/** The UnitNorm of `unit`: a shared record for a unit of the lexicon, a new one for another. */
export const unitNorm = (unit: string): UnitNorm => UNIT_NORMS.get(unit) ?? unitNormOf(unit);

/** `value` in its unit's base (see normalizeUnit). */
export const normValueIn = (value: number, norm: UnitNorm): number =>
  norm.factor === 1 ? value : round(value * norm.factor);

/** Value in the unit's base: 2.75 万人 → 27500 人; 544.2 亿元 → 5.442e10 元. */
export function normalizeUnit(
  value: number | null,
  unit: string | null,
): { normValue: number | null; normUnit: string | null } {
  if (value === null || unit === null) return { normValue: value, normUnit: unit };
  const norm = unitNorm(unit);
  return { normValue: normValueIn(value, norm), normUnit: norm.base };
}

/** Drops the float noise of a magnitude product (544.2 × 1e8); whole numbers need no string round trip. */
const round = (x: number): number => {
  const r = Math.round(x);
  return Math.abs(x - r) <= 1e-9 * Math.max(1, Math.abs(x)) ? r : Number(x.toPrecision(12));
};
