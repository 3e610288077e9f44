/** The findings engine: every check over the facts and texts it is given. Pure: runs anywhere. */
import { checkArithmetic } from './arithmetic.ts';
import { findAlignment } from './alignment.ts';
import { findAttainment } from './attainment.ts';
import { findConflicts } from './conflicts.ts';
import { checkCrossReferences, type FactLookup } from './cross-references.ts';
import { normaliseMetric, subjectKey } from './common.ts';
import { findVersionDifferences, type PairCache } from './versions.ts';
import type { Finding, FindingsFact, FindingsInput } from './types.ts';

export * from './types.ts';
export { MESSAGES, renderMessage, WORDS, type Lang, type MessageId } from './strings.ts';

/**
 * Caches a caller may keep between runs, so a recomputation after one import redoes only what
 * changed: per-document checks keyed by the document and a signature of its facts, and version
 * comparisons keyed by the pair.
 */
export interface FindingsCache {
  documents: Map<number, { signature: string; findings: Finding[] }>;
  pairs: PairCache;
}

export function emptyCache(): FindingsCache {
  return { documents: new Map(), pairs: new Map() };
}

/** What a document's own checks depend on: its facts as they stand, and the facts it refers to. */
function signature(facts: FindingsFact[], referenced: string): string {
  let s = referenced;
  for (const f of facts)
    s += `|${f.id}:${f.value}:${f.valueMax}:${f.unit}:${f.comparator}:${f.kind}:${f.period}:${f.entity}:${f.indicator}`;
  return s;
}

export function computeFindings(
  input: FindingsInput,
  cache: FindingsCache = emptyCache(),
): Finding[] {
  const byEntity = new Map<string, FindingsFact[]>();
  const byDocument = new Map<number, FindingsFact[]>();
  for (const f of input.facts) {
    push(byDocument, f.documentId, f);
    if (f.entity) push(byEntity, f.entity, f);
  }
  // Another entity's facts about one thing, looked up (and remembered) only when a statement
  // refers to them: by indicator (or metric phrase), else by the metric phrase.
  const looked = new Map<string, FindingsFact[]>();
  const lookup: FactLookup = (entity, subject, period, kind) => {
    const key = `${entity}\u0000${subjectKey(subject)}\u0000${subject.metric}\u0000${period}\u0000${kind}`;
    let found = looked.get(key);
    if (!found) {
      const all = (byEntity.get(entity) ?? []).filter(
        (f) => f.period === period && f.kind === kind,
      );
      const same = all.filter((f) => subjectKey(f) === subjectKey(subject));
      const metric = normaliseMetric(subject.metric);
      found = same.length ? same : all.filter((f) => normaliseMetric(f.metric) === metric);
      looked.set(key, found);
    }
    return found;
  };
  const ctx = { parents: input.parents, lookup, text: input.text };
  // Cross-references read other entities' facts: a document's signature includes a digest of
  // its entity's ancestors' facts, so an import of the city's report re-checks its districts.
  const digests = new Map<string, string>();
  const digest = (entity: string) => {
    let d = digests.get(entity);
    if (d === undefined) {
      const facts = byEntity.get(entity) ?? [];
      d = `${facts.length}:${facts.reduce((n, f) => n + f.id + (f.value ?? 0), 0)}`;
      digests.set(entity, d);
    }
    return d;
  };
  const ancestors = (entity: string | null) => {
    const list: string[] = [];
    for (let cur = entity ? input.parents.get(entity) : null, g = 0; cur && g < 10; g++) {
      list.push(`${cur}=${digest(cur)}`);
      cur = input.parents.get(cur);
    }
    return list.join(',');
  };

  const out: Finding[] = [];
  const live = new Set<number>();
  for (const doc of input.documents) {
    live.add(doc.id);
    const facts = byDocument.get(doc.id) ?? [];
    const sig = signature(facts, `${doc.entity}:${ancestors(doc.entity)}`);
    const hit = cache.documents.get(doc.id);
    if (hit && hit.signature === sig) {
      out.push(...hit.findings);
      continue;
    }
    const text = input.text(doc.id);
    const found = [...checkArithmetic(facts, text), ...checkCrossReferences(facts, text, ctx)];
    cache.documents.set(doc.id, { signature: sig, findings: found });
    out.push(...found);
  }
  for (const id of cache.documents.keys()) if (!live.has(id)) cache.documents.delete(id);
  for (const key of cache.pairs.keys()) {
    const [a, b] = key.split(':').map(Number);
    if (!live.has(a!) || !live.has(b!)) cache.pairs.delete(key);
  }

  out.push(
    ...findConflicts(input),
    ...findVersionDifferences(input, cache.pairs),
    ...findAlignment(input),
    ...findAttainment(input),
  );
  return dedupe(out);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** One finding per key (the same statement may be found from two sides). */
function dedupe(findings: Finding[]): Finding[] {
  const seen = new Map<string, Finding>();
  for (const f of findings) if (!seen.has(f.key)) seen.set(f.key, f);
  return [...seen.values()];
}
