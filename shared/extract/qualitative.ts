/**
 * Qualitative targets that carry no figure of their own: 居民收入增长与经济增长同步 (text),
 * 节能减排…完成…下达任务 (text), 进出口总额保持正增长 (> 0 %).
 */
import type { Comparator, ExtractedFact } from '../domain/fact.ts';
import { matchIndicator } from '../catalog/match-indicator.ts';
import { WHITESPACE, charSet, lastChars, union, inSet } from '../text/char-set.ts';
import { cleanedOrEmpty, numberingLength } from './metric.ts';
import { tidyMetric } from './metric-tidy.ts';

export interface QualitativeTarget {
  start: number;
  end: number;
  metric: string;
  indicator: string | null;
  value: number | null;
  unit: string | null;
  comparator: Comparator;
}

/** 居民收入增长与经济增长同步; a rate word written as 增速 or 增幅 (a table's row label) reads as 增长. */
const SYNC = /^(.{2,24}?)(增长|增速|增幅)?(与|和|同)(经济增长|经济发展)(基本)?(保持)?同步$/;
const ENERGY_WORDS = /节能|降碳|减排|能耗|降耗|能源消耗|碳排放|能源消费|污染物排放|排放总量/;
const ENERGY_TASK = /(完成|达到|实现|落实)[^，,]{0,16}(任务|目标|要求)$/;
const POSITIVE_GROWTH = /^(.{2,20}?)(保持|实现)正增长$/;
/** The energy task named inside the clause: 完成省下达的能耗双控目标 → 能耗双控. */
const ENERGY_TASK_NAMED = /下达的?([^，,的]{2,12}?)(?:目标任务|目标|任务|要求)$/;
/** ENERGY_TASK's closing words, and their last characters. */
const TASK_WORDS = ['任务', '目标', '要求'];
const TASK_END = lastChars(TASK_WORDS);

/** The last characters of the clauses qualitativeIn reads: 同步, 正增长, 任务, 目标, 要求. */
export const QUALITATIVE_ENDS = lastChars(['同步', '正增长', ...TASK_WORDS]);

/** What a clause may open with that is not part of it: 、 and spaces. */
const LEADING_GAP = union(charSet('、'), WHITESPACE);

const LEADING_GAPS = /^[、\s]+/;
const A_DIGIT = /[0-9]/;
const TASK_VERB_ON = /(完成|达到|实现|落实).*$/;

/** Reads one clause (no internal ，。；：) in a target context. */
export function qualitativeIn(clause: string, at: number): QualitativeTarget | null {
  const opened = inSet(LEADING_GAP, clause.charCodeAt(0))
    ? clause.replace(LEADING_GAPS, '')
    : clause;
  // A list's numbering (5.居民收入增长与经济增长同步) is not part of the target.
  const trimmed = opened.slice(numberingLength(opened));
  const start = at + (clause.length - trimmed.length);
  const end = start + trimmed.length;
  let m = trimmed.endsWith('同步') ? SYNC.exec(trimmed) : null;
  if (m) {
    const metric = `${m[1]}增长`;
    return {
      start,
      end,
      metric,
      indicator: matchIndicator(metric, { unit: null }),
      value: null,
      unit: null,
      comparator: 'text',
    };
  }
  if (
    inSet(TASK_END, trimmed.charCodeAt(trimmed.length - 1)) &&
    ENERGY_WORDS.test(trimmed) &&
    ENERGY_TASK.test(trimmed) &&
    !A_DIGIT.test(trimmed)
  ) {
    // 完成省下达的能耗双控目标: the task names what is measured when nothing stands before it.
    const metric =
      cleanedOrEmpty(trimmed.replace(TASK_VERB_ON, '')) ||
      (ENERGY_TASK_NAMED.exec(trimmed)?.[1] ?? '');
    return {
      start,
      end,
      metric,
      indicator: 'energy_emission',
      value: null,
      unit: null,
      comparator: 'text',
    };
  }
  m = trimmed.endsWith('正增长') ? POSITIVE_GROWTH.exec(trimmed) : null;
  if (m) {
    const metric = `${m[1]}增长`;
    return {
      start,
      end,
      metric,
      indicator: matchIndicator(metric, { unit: '%' }),
      value: 0,
      unit: '%',
      comparator: '>',
    };
  }
  return null;
}

/** Where a fact stands: everything of it but what its figure (or its words) says. */
export type FactSite = Pick<
  ExtractedFact,
  'entity' | 'kind' | 'period' | 'start' | 'end' | 'section' | 'sentenceStart' | 'sentenceEnd'
>;

/**
 * The fact of a qualitative target standing at `at`: one literal, its fields in the order every
 * fact is written in (objects built alike share one shape; a spread would give them another).
 */
export function qualitativeFact(q: QualitativeTarget, at: FactSite): ExtractedFact {
  return {
    entity: at.entity,
    indicator: q.indicator,
    metric: tidyMetric(q.metric, null, q.unit),
    value: q.value,
    valueMax: null,
    unit: q.unit,
    normValue: q.value,
    normUnit: q.unit,
    comparator: q.comparator,
    hedge: null,
    kind: at.kind,
    period: at.period,
    start: at.start,
    end: at.end,
    quote: '',
    section: at.section,
    sentenceStart: at.sentenceStart,
    sentenceEnd: at.sentenceEnd,
  };
}
