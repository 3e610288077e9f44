/**
 * Alignment: a district's target below its parent's for the same indicator (by the indicator's
 * direction and both comparators), and the parent's headline targets a district sets none for.
 */
import { HEADLINE_IDS, indicatorById } from '../catalog/indicators.ts';
import { alignTarget, isAlignable } from '../compare/alignment.ts';
import { formatFigure } from '../format/fact-text.ts';
import { factEvidence, figureKey, finding, groupBy, toFigure, uniqueCells } from './common.ts';
import { inputSource } from './source.ts';
import type { Finding, FindingsFact, FindingsInput } from './types.ts';

const HEADLINE = new Set<string>(HEADLINE_IDS);

/** The figure an entity states for an indicator: its most stated one (first on a tie). */
export function primaryFigure(facts: FindingsFact[]): FindingsFact | null {
  const groups = groupBy(facts, figureKey);
  let best: FindingsFact[] | null = null;
  for (const g of groups.values()) if (!best || g.length > best.length) best = g;
  return best?.[0] ?? null;
}

export function findAlignment(input: FindingsInput): Finding[] {
  const targets = new AlignmentTargets(input.parents);
  const source = inputSource(input);
  for (const entity of source.entities())
    for (const facts of source.entityFacts(entity).periods) targets.add(facts);
  return targets.findings(input.text);
}

/**
 * What alignment needs of the index, gathered while the entities' facts go by one period at a
 * time: the figure each entity states for each indicator it targets, for the entities that have
 * a parent or are one.
 */
export class AlignmentTargets {
  /** entity → period → indicator → its primary figure. */
  private readonly primaries = new Map<string, Map<string, Map<string, FindingsFact>>>();
  private readonly isParent: Set<string>;
  private readonly parents: ReadonlyMap<string, string | null>;

  constructor(parents: ReadonlyMap<string, string | null>) {
    this.parents = parents;
    this.isParent = new Set([...parents.values()].filter((p): p is string => !!p));
  }

  /** One entity's facts for one period, in document order. */
  add(facts: readonly FindingsFact[]): void {
    const targets = facts.filter((f) => f.kind === 'target' && f.entity && f.period && f.indicator);
    if (!targets.length) return;
    const { entity, period } = targets[0]! as { entity: string; period: string };
    if (!this.parents.get(entity) && !this.isParent.has(entity)) return;
    const figures = new Map<string, FindingsFact>();
    for (const [indicator, list] of groupBy(targets, (f) => f.indicator))
      figures.set(indicator, primaryFigure(list)!);
    let periods = this.primaries.get(entity);
    if (!periods) this.primaries.set(entity, (periods = new Map()));
    periods.set(period, figures);
  }

  /** Every child's findings, once every entity's facts have been added. */
  findings(text: (documentId: number) => string): Finding[] {
    const out: Finding[] = [];
    for (const child of this.primaries.keys()) out.push(...this.findingsOf(child, text));
    return out;
  }

  /** One entity's findings against its parent, once both have been added. */
  findingsOf(child: string, text: (documentId: number) => string): Finding[] {
    const out: Finding[] = [];
    const periods = this.primaries.get(child);
    const parent = this.parents.get(child);
    const parentPeriods = parent ? this.primaries.get(parent) : undefined;
    if (!periods || !parent || !parentPeriods) return out;
    for (const [period, mine] of periods) {
      const theirs = parentPeriods.get(period);
      if (!theirs) continue;
      for (const [indicator, p] of theirs) {
        const direction = indicatorById(indicator)?.direction ?? 'neutral';
        const c = mine.get(indicator);
        if (!c) {
          if (HEADLINE.has(indicator)) out.push(missing(child, parent, p, text));
          continue;
        }
        if (!isAlignable(indicatorById(indicator)) || c.unit !== p.unit) continue;
        if (alignTarget(c, p, direction) === 'below')
          out.push(below(child, parent, c, p, direction, text));
      }
    }
    return out;
  }
}

function below(
  child: string,
  parent: string,
  c: FindingsFact,
  p: FindingsFact,
  direction: string,
  text: (documentId: number) => string,
): Finding {
  const label = indicatorById(c.indicator!)?.zh ?? c.metric;
  return finding({
    keyParts: ['below', child, parent, c.indicator, c.period, figureKey(c), figureKey(p)],
    type: 'alignment',
    severity: 'medium',
    outcome: 'below',
    entities: [child, parent],
    titleId: 'alignment.below.title',
    explanationId: 'alignment.below.explanation',
    params: {
      entity: child,
      parent,
      metric: label,
      period: c.period ?? '',
      child: formatFigure(c),
      parentFigure: formatFigure(p),
      direction: `@${direction === 'lower' ? 'lower' : 'higher'}`,
    },
    figures: [toFigure(c, 'child'), toFigure(p, 'parent')],
    evidence: [
      factEvidence(c, text(c.documentId), 'child'),
      factEvidence(p, text(p.documentId), 'parent'),
    ],
    cells: uniqueCells([c, p]),
  });
}

function missing(
  child: string,
  parent: string,
  p: FindingsFact,
  text: (documentId: number) => string,
): Finding {
  const label = indicatorById(p.indicator!)?.zh ?? p.metric;
  return finding({
    keyParts: ['missing', child, parent, p.indicator, p.period],
    type: 'alignment',
    severity: 'low',
    outcome: 'missing',
    entities: [child, parent],
    titleId: 'alignment.missing.title',
    explanationId: 'alignment.missing.explanation',
    params: {
      entity: child,
      parent,
      metric: label,
      period: p.period ?? '',
      parentFigure: formatFigure(p),
    },
    figures: [toFigure(p, 'parent')],
    evidence: [factEvidence(p, text(p.documentId), 'parent')],
    cells: [
      ...uniqueCells([p]),
      { entity: child, indicator: p.indicator, metric: null, period: p.period, kind: 'target' },
    ],
  });
}
