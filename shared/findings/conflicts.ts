/**
 * Conflicting figures: the same entity, indicator (or metric phrase), period and kind stated with
 * different values, units (after normalisation) or comparators in different documents.
 */
import { formatFigure } from '../format/fact-text.ts';
import {
  acrossDocuments,
  comparable,
  factEvidence,
  figureKey,
  finding,
  MultiMap,
  normaliseMetric,
  num,
  toFigure,
  uniqueCells,
} from './common.ts';
import { documentsById, inputSource } from './source.ts';
import type { Finding, FindingsDocument, FindingsFact, FindingsInput } from './types.ts';

export function findConflicts(input: FindingsInput): Finding[] {
  const docs = documentsById(input.documents);
  const out: Finding[] = [];
  const source = inputSource(input);
  for (const entity of source.entities())
    for (const facts of source.entityFacts(entity).periods)
      out.push(...conflictsOf(facts, docs, input.text));
  return out;
}

/**
 * The conflicts among one entity's facts for one period (the only facts a conflict can pair),
 * given in document order: every fact has that entity and that period.
 */
export function conflictsOf(
  facts: FindingsFact[],
  docs: ReadonlyMap<number, FindingsDocument>,
  text: (documentId: number) => string,
): Finding[] {
  if (!acrossDocuments(facts)) return [];
  // One entity and one period: facts are grouped by what they are about and their kind.
  const out: Finding[] = [];
  // Each fact's figure key, worked out once however many groupings it is in.
  const keys = new Map<FindingsFact, string>();
  const keyOf = (f: FindingsFact) => {
    let k = keys.get(f);
    if (k === undefined) keys.set(f, (k = figureKey(f)));
    return k;
  };
  const byIndicator = new MultiMap<FindingsFact>();
  const byMetric = new MultiMap<FindingsFact>();
  for (const f of facts) {
    if (!f.entity || !f.period || f.comparator === 'text' || f.value === null) continue;
    if (f.indicator) byIndicator.add([f.indicator, f.kind], f);
    else byMetric.add([normaliseMetric(f.metric), f.kind], f);
  }
  for (const group of byIndicator.groups()) {
    const verdict = compareGroup(group, keyOf);
    if (verdict === 'ambiguous')
      for (const f of group) byMetric.add([normaliseMetric(f.metric), f.kind], f);
    else if (verdict === 'conflict')
      out.push(conflict(group, group[0]!.indicator!, docs, text, keyOf));
  }
  for (const group of byMetric.groups()) {
    if (compareGroup(group, keyOf) === 'conflict') {
      out.push(conflict(group, `m:${normaliseMetric(group[0]!.metric)}`, docs, text, keyOf));
    }
  }
  return out;
}

/**
 * A conflict needs two documents that each state the figure once (or several times alike) and
 * disagree. A document stating several different figures for one indicator (引进高端人才50名,
 * 引进高层次人才100名) is about several things: 'ambiguous', to be compared by metric phrase.
 */
function compareGroup(
  group: FindingsFact[],
  keyOf: (f: FindingsFact) => string,
): 'same' | 'conflict' | 'ambiguous' {
  const perDoc = byDocument(group);
  if (perDoc.size < 2) return 'same';
  const keys = new Set<string>();
  for (const facts of perDoc.values()) {
    const own = new Set(facts.map(keyOf));
    if (own.size > 1) return 'ambiguous';
    keys.add([...own][0]!);
  }
  return keys.size > 1 ? 'conflict' : 'same';
}

/** Facts by document, in order of first appearance. */
function byDocument(facts: FindingsFact[]): Map<number, FindingsFact[]> {
  const map = new Map<number, FindingsFact[]>();
  for (const f of facts) {
    const list = map.get(f.documentId);
    if (list) list.push(f);
    else map.set(f.documentId, [f]);
  }
  return map;
}

function conflict(
  group: FindingsFact[],
  subject: string,
  docs: ReadonlyMap<number, FindingsDocument>,
  text: (documentId: number) => string,
  keyOf: (f: FindingsFact) => string,
): Finding {
  const first = group[0]!;
  const keys = [...new Set(group.map(keyOf))].sort();
  const perDoc = byDocument(group);
  const shown = new Map(group.map((f) => [f, formatFigure(f)]));
  const detail = [...perDoc.values()]
    .map((facts) => `${docs.get(facts[0]!.documentId)?.name ?? ''}：${shown.get(facts[0]!)!}`)
    .join('；');
  const amount = (f: FindingsFact) => {
    const c = comparable(f);
    return `${num(c.value)}-${num(c.valueMax)}${c.unit}`;
  };
  const valuesDiffer = new Set(group.map(amount)).size > 1;
  return finding({
    keyParts: [first.entity, subject, first.period, first.kind, keys.join(',')],
    type: 'conflict',
    severity: valuesDiffer ? 'high' : 'medium',
    outcome: 'conflict',
    entities: [first.entity],
    titleId: 'conflict.title',
    explanationId: 'conflict.explanation',
    params: {
      entity: first.entity ?? '',
      metric: first.metric,
      period: first.period ?? '',
      kind: `@${first.kind}`,
      figures: [...new Set(shown.values())].join(' / '),
      count: perDoc.size,
      detail,
    },
    figures: group.map((f) => toFigure(f, docs.get(f.documentId)?.name ?? '', shown.get(f))),
    evidence: group.map((f) => factEvidence(f, text(f.documentId), 'figure')),
    cells: uniqueCells(group),
  });
}
