/**
 * Alignment: a district's target below its parent's for the same indicator (by the indicator's
 * direction and both comparators), and the parent's headline targets a district sets none for.
 */
import { HEADLINE_IDS, indicatorById } from '../catalog/indicators.ts';
import { alignTarget, isAlignable } from '../compare/alignment.ts';
import { formatFigure } from '../format/fact-text.ts';
import { factEvidence, figureKey, finding, groupBy, toFigure, uniqueCells } from './common.ts';
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
  const targets = input.facts.filter(
    (f) => f.kind === 'target' && f.entity && f.period && f.indicator,
  );
  const byEntityPeriod = groupBy(targets, (f) => `${f.entity}\u0000${f.period}`);
  const out: Finding[] = [];
  for (const [key, childFacts] of byEntityPeriod) {
    const [child, period] = key.split('\u0000') as [string, string];
    const parent = input.parents.get(child);
    if (!parent) continue;
    const parentFacts = byEntityPeriod.get(`${parent}\u0000${period}`);
    if (!parentFacts) continue;
    const mine = groupBy(childFacts, (f) => f.indicator);
    for (const [indicator, theirs] of groupBy(parentFacts, (f) => f.indicator)) {
      const p = primaryFigure(theirs)!;
      const direction = indicatorById(indicator)?.direction ?? 'neutral';
      const own = mine.get(indicator);
      if (!own) {
        if (HEADLINE.has(indicator)) out.push(missing(child, parent, p, input));
        continue;
      }
      const c = primaryFigure(own)!;
      if (!isAlignable(indicatorById(indicator)) || c.unit !== p.unit) continue;
      if (alignTarget(c, p, direction) === 'below')
        out.push(below(child, parent, c, p, direction, input));
    }
  }
  return out;
}

function below(
  child: string,
  parent: string,
  c: FindingsFact,
  p: FindingsFact,
  direction: string,
  input: FindingsInput,
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
      factEvidence(c, input.text(c.documentId), 'child'),
      factEvidence(p, input.text(p.documentId), 'parent'),
    ],
    cells: uniqueCells([c, p]),
  });
}

function missing(child: string, parent: string, p: FindingsFact, input: FindingsInput): Finding {
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
    evidence: [factEvidence(p, input.text(p.documentId), 'parent')],
    cells: [
      ...uniqueCells([p]),
      { entity: child, indicator: p.indicator, metric: null, period: p.period, kind: 'target' },
    ],
  });
}
