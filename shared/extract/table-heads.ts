/**
 * What a table's column header says about the figures below it: their year or span, whether they
 * are targets or results, a growth rate, a unit, and what is measured (地区生产总值, 增速,
 * 2023年实际, 2024年目标, 比上年增长(%), “十四五”年均增长).
 */
import type { FactKind } from '../domain/fact.ts';
import { FIVE_YEAR_PLANS, type Context } from './period.ts';
import { unitOfText } from './units.ts';

export interface ColumnHead {
  /** The year or span the column is about, when its header names one: '2024', '2021-2025'. */
  period: string | null;
  /** Targets or results, when the header's words say so. */
  kind: FactKind | null;
  /** A rate of change (增长, 增速, 比上年, 年均增长): its metric ends in 增长. */
  growth: boolean;
  /** A mean rate over years (年均增长). */
  average: boolean;
  /** A share or a rate of completion the header names (完成预算, 占比, 比重), or ''. */
  ratio: string;
  /** The unit the header gives its figures ((亿元), %, 单位：万人), or null. */
  unit: string | null;
  /** What the header names as measured, without its time, kind, growth and unit words. */
  metric: string;
}

/** Words of a target that no result word outweighs (2024年预期目标). */
const TARGET_WORDS = /目标值?|预期值?|指导值|力争|规划/;
/**
 * Words of a plan that a result word does outweigh (计划 alone is a target, 完成计划 a result; 预算
 * names a kind only on its own: 2024年预算, not 一般公共预算收入).
 */
const PLAN_WORDS = /计划|预算(?!收入|支出)/;
/** 预计 of an earlier year is an estimate of a result (2023年预计 in a 2024 plan). */
const RESULT_WORDS = /实际值?|完成值?|实绩|执行数?|实现|预计|基期|现状|基数|决算数?/;
const GROWTH_WORDS = /年均增长|年均增速|比上年增长|比上年|同比增长|同比|增长率|增长|增速|增幅|增减/;
/** A share or a rate of completion: its figures are the row's share, not the row's amount. */
const RATIO = /(?:为|占|完成)(?:年度)?(?:预算|计划|上年)|占比|比重|完成率|执行率/;
/** A unit written after 单位, inside brackets or not: 单位：万人, （单位：万元）. */
const UNIT_NOTE = /单位[:：]\s*([^\s,，;；)）]{1,6})/;
/** A unit in brackets: (亿元), （%）. */
const BRACKETED = /[(（]([^()（）]{1,8})[)）]/;
const YEAR = /(?<![0-9])((?:19|20)[0-9]{2})(?:年度?|(?![0-9]))/;
const YEAR_SPAN = /((?:19|20)[0-9]{2})\s*(?:年)?\s*[-—–~～至到]\s*((?:19|20)[0-9]{2})年?/;
const PLAN = /“?(十[二三四五]五)”?/;
/** Words of a header that name no measure: what remains after them is the column's metric. */
const NOT_MEASURE = new RegExp(
  [
    YEAR_SPAN.source,
    YEAR.source,
    PLAN.source,
    UNIT_NOTE.source,
    BRACKETED.source,
    GROWTH_WORDS.source,
    TARGET_WORDS.source,
    PLAN_WORDS.source,
    RESULT_WORDS.source,
    '[%％]',
    '时期|期间|期末|年末|年底|全年|情况|[:：/、]',
  ].join('|'),
  'g',
);

/**
 * The unit a header or a table's caption gives, when what it brackets (or names after 单位) is a
 * unit, or when it ends with %.
 */
export function unitOf(header: string): string | null {
  const m = UNIT_NOTE.exec(header) ?? BRACKETED.exec(header);
  const unit = m ? unitOfText(m[1] as string) : null;
  return unit ?? (/[%％]$/.test(header) ? '%' : null);
}

/**
 * Reads a column header. `year` is the document's; the kind of a dated column that says neither
 * target nor result follows its year: this year and later are targets, earlier ones results.
 */
export function readHead(header: string, year: number | null): ColumnHead {
  const h = header.replace(/\s+/g, '');
  const growth = GROWTH_WORDS.test(h);
  let kind: FactKind | null = TARGET_WORDS.test(h)
    ? 'target'
    : RESULT_WORDS.test(h)
      ? 'actual'
      : PLAN_WORDS.test(h)
        ? 'target'
        : null;
  let period: string | null = null;
  const span = YEAR_SPAN.exec(h);
  const plan = PLAN.exec(h);
  const single = YEAR.exec(h);
  if (span) period = `${span[1]}-${span[2]}`;
  else if (plan) {
    const from = FIVE_YEAR_PLANS[plan[1] as string] as number;
    // A plan's figure at its end (“十四五”目标, 期末) is of its last year; a rate over it (年均
    // 增长), of its span.
    period = growth ? `${from}-${from + 4}` : String(from + 4);
  } else if (single) period = single[1] as string;
  if (kind === null && period && year !== null) {
    const last = Number(period.slice(-4));
    kind = last >= year ? 'target' : 'actual';
  }
  return {
    period,
    kind,
    growth,
    average: h.includes('年均'),
    ratio: RATIO.exec(h)?.[0] ?? '',
    unit: unitOf(h),
    metric: h.replace(NOT_MEASURE, '').replace(/^[的和与]|[的和与]$/g, ''),
  };
}

/**
 * The context of a column's figures: what its header says, else what the value columns to its left
 * say (`left`, in order: 比上年增长 beside 2023年完成 is of 2023; 年均增长 after 2020年 and 2025年
 * is of 2021-2025), else the context the table stands in. A header
 * that names a kind and no year takes the document's year for targets and the year before for
 * results.
 */
export function columnContext(
  head: ColumnHead,
  left: readonly Context[],
  around: Context,
  year: number | null,
): Context {
  if (head.period) return { kind: head.kind ?? around.kind, period: head.period };
  const last = left[left.length - 1];
  if (last && head.growth && head.average) {
    // A mean rate beside its base and its end (2020年 | 2025年 | 年均增长): over the years between.
    const base = left.find((c) => /^[0-9]{4}$/.test(c.period) && c.period < last.period);
    if (base && /^[0-9]{4}$/.test(last.period))
      return { kind: last.kind, period: `${Number(base.period) + 1}-${last.period}` };
  }
  if (last && (head.kind === null || head.kind === last.kind)) return last;
  if (head.kind && head.kind !== around.kind && year !== null)
    return { kind: head.kind, period: String(head.kind === 'target' ? year : year - 1) };
  return around;
}
