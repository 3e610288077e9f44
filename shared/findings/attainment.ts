/**
 * Attainment: a later report's actual for a period an earlier report targeted, target against
 * actual, respecting comparators: ≥15% is met by 15.2%, ≈12% within a stated tolerance, a cap
 * when not exceeded, a plain figure (7%) by reaching it in the indicator's direction.
 */
import { indicatorById } from '../catalog/indicators.ts';
import type { Direction } from '../domain/indicator.ts';
import { formatFigure } from '../format/fact-text.ts';
import {
  acrossDocuments,
  comparable,
  factEvidence,
  figureKey,
  finding,
  groupBy,
  MultiMap,
  normaliseMetric,
  num,
  round,
  subjectKey,
  subjectKeys,
  toFigure,
  uniqueCells,
} from './common.ts';
import type { Word } from './strings.ts';
import { documentsById, inputSource } from './source.ts';
import type { Finding, FindingsDocument, FindingsFact, FindingsInput } from './types.ts';

/** How far from an approximate target (≈12%) still counts as met: 0.5 point, else 5%. */
export function approxTolerance(unit: string, value: number): number {
  return unit === '%' || unit === '个百分点' ? 0.5 : Math.abs(value) * 0.05;
}

export type Attainment = 'met' | 'missed' | 'unknown';

export function judge(
  target: FindingsFact,
  actual: FindingsFact,
  direction: Direction,
): { verdict: Attainment; rule: Word; tolerance: number } {
  const t = comparable(target);
  const a = comparable(actual);
  const tolerance = t.value === null ? 0 : approxTolerance(t.unit, t.value);
  if (target.comparator === 'text' || t.value === null || a.value === null || t.unit !== a.unit)
    return { verdict: 'unknown', rule: 'ruleText', tolerance };
  const eps = 1e-9;
  const v = a.value;
  const floor = (ok: boolean, rule: Word = 'ruleFloor') => ({
    verdict: ok ? ('met' as const) : ('missed' as const),
    rule,
    tolerance,
  });
  switch (target.comparator) {
    case '>=':
      return floor(v >= t.value - eps);
    case '>':
      return floor(
        v > t.value + eps || (actual.comparator === '>' && v >= t.value - eps),
        'ruleStrict',
      );
    case '<=':
      return floor(v <= t.value + eps, 'ruleCap');
    case 'range':
      return direction === 'lower'
        ? floor(v <= (t.valueMax ?? t.value) + eps, 'ruleCap')
        : floor(v >= t.value - eps, 'ruleRange');
    case '~': {
      const near = Math.abs(v - t.value) <= tolerance + eps;
      if (direction === 'lower') return floor(near || v <= t.value, 'ruleApprox');
      if (direction === 'higher') return floor(near || v >= t.value, 'ruleApprox');
      return floor(near, 'ruleApprox');
    }
    default:
      if (direction === 'lower') return floor(v <= t.value + eps, 'ruleCap');
      if (direction === 'higher') return floor(v >= t.value - eps);
      return floor(Math.abs(v - t.value) <= tolerance + eps, 'ruleApprox');
  }
}

export function findAttainment(input: FindingsInput): Finding[] {
  const docs = documentsById(input.documents);
  const out: Finding[] = [];
  const source = inputSource(input);
  for (const entity of source.entities())
    for (const facts of source.entityFacts(entity).periods)
      out.push(...attainmentOf(facts, docs, input.text));
  return out;
}

/**
 * Targets and actuals among one entity's facts for one period (the only facts attainment can
 * pair), given in document order: every fact has that entity and that period.
 */
export function attainmentOf(
  facts: FindingsFact[],
  docs: ReadonlyMap<number, FindingsDocument>,
  text: (documentId: number) => string,
): Finding[] {
  if (!acrossDocuments(facts)) return [];
  // One entity and one period: a single year, or nothing to judge.
  const { entity, period } = facts[0]!;
  if (!entity || !period || !/^\d{4}$/.test(period)) return [];
  const year = Number(period);
  const docYear = (f: FindingsFact) => docs.get(f.documentId)?.year ?? 0;
  // A target is stated in a report of that year or before; an actual in a later one.
  const byTarget = new MultiMap<FindingsFact>();
  for (const f of facts)
    if (f.kind === 'target' && docYear(f) <= year) byTarget.add(subjectKeys(f), f);
  if (!byTarget.groups().length) return [];
  const actualBy = new MultiMap<FindingsFact>();
  const actualByMetric = new MultiMap<FindingsFact>();
  for (const f of facts) {
    if (f.kind !== 'actual' || docYear(f) <= year) continue;
    actualBy.add(subjectKeys(f), f);
    actualByMetric.add([normaliseMetric(f.metric)], f);
  }
  const out: Finding[] = [];
  const seen = new Set<string>();
  // Each fact's figure key, worked out once however many groupings it is in.
  const keys = new Map<FindingsFact, string>();
  const keyOf = (f: FindingsFact) => {
    let k = keys.get(f);
    if (k === undefined) keys.set(f, (k = figureKey(f)));
    return k;
  };
  for (const group of byTarget.groups()) {
    const first = group[0]!;
    const distinct = groupBy(group, keyOf);
    const pairs: [FindingsFact, FindingsFact[] | undefined][] =
      distinct.size === 1
        ? [[first, actualBy.get(subjectKeys(first))]]
        : [...distinct.values()].map((g) => [
            g[0]!,
            actualByMetric.get([normaliseMetric(g[0]!.metric)]),
          ]);
    for (const [target, found] of pairs) {
      if (!found?.length) continue;
      const byValue = groupBy(found, keyOf);
      if (byValue.size !== 1) continue; // the later reports disagree: a conflict, not a verdict
      const actual = found[0]!;
      const k = `${target.id}:${actual.id}`;
      if (seen.has(k)) continue;
      seen.add(k);
      out.push(attainment(target, actual, docs, text));
    }
  }
  return out;
}

function attainment(
  target: FindingsFact,
  actual: FindingsFact,
  docs: ReadonlyMap<number, FindingsDocument>,
  text: (documentId: number) => string,
): Finding {
  const direction: Direction = target.indicator
    ? (indicatorById(target.indicator)?.direction ?? 'neutral')
    : target.comparator === '<='
      ? 'lower'
      : 'higher';
  const { verdict, rule, tolerance } = judge(target, actual, direction);
  const unit = comparable(target).unit;
  return finding({
    keyParts: [
      target.entity,
      target.period,
      subjectKey(target),
      figureKey(target),
      figureKey(actual),
    ],
    type: 'attainment',
    severity: verdict === 'missed' ? 'medium' : verdict === 'met' ? 'info' : 'low',
    outcome: verdict,
    entities: [target.entity],
    titleId: `attainment.${verdict}.title`,
    explanationId: 'attainment.explanation',
    params: {
      entity: target.entity ?? '',
      period: target.period ?? '',
      metric: target.indicator
        ? (indicatorById(target.indicator)?.zh ?? target.metric)
        : target.metric,
      target: formatFigure(target),
      actual: formatFigure(actual),
      targetDoc: docs.get(target.documentId)?.name ?? '',
      actualDoc: docs.get(actual.documentId)?.name ?? '',
      rule: `@${rule}`,
      tolerance: `${round(tolerance, 2)}${unit === '%' ? '个百分点' : unit}`,
      verdict: `@${verdict}`,
      toleranceValue: num(tolerance),
    },
    figures: [toFigure(target, 'target'), toFigure(actual, 'actual')],
    evidence: [
      factEvidence(target, text(target.documentId), 'target'),
      factEvidence(actual, text(actual.documentId), 'actual'),
    ],
    cells: uniqueCells([target, actual]),
  });
}
