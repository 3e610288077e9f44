/** The findings engine: every check over the facts and texts it is given. Pure: runs anywhere. */
import { checkArithmetic } from './arithmetic.ts';
import { AlignmentTargets } from './alignment.ts';
import { attainmentOf } from './attainment.ts';
import { conflictsOf } from './conflicts.ts';
import { checkCrossReferences, type FactLookup } from './cross-references.ts';
import { documentsById, inputSource, parentsFirst, type FindingsSource } from './source.ts';
import { groupBy, normaliseMetric, subjectKey } from './common.ts';
import { groupVersions, versionGroups, type PairCache } from './versions.ts';
import type { Finding, FindingsDocument, FindingsFact, FindingsInput } from './types.ts';

export * from './types.ts';
export { MESSAGES, renderMessage, WORDS, type Lang, type MessageId } from './strings.ts';
export type { FindingsSource } from './source.ts';

/**
 * Caches a caller may keep between runs, so a recomputation after one import redoes only what
 * changed: per-document checks keyed by the document and a signature of its facts, and version
 * comparisons keyed by the pair.
 */
export interface FindingsCache {
  documents: Map<number, { signature: number; findings: Finding[] }>;
  pairs: PairCache;
}

export function emptyCache(): FindingsCache {
  return { documents: new Map(), pairs: new Map() };
}

/** Every check over facts in memory. */
export function computeFindings(
  input: FindingsInput,
  cache: FindingsCache = emptyCache(),
): Finding[] {
  return runFindings(inputSource(input), cache);
}

/**
 * Every check over a source that hands out one entity's, or one document's, facts at a time:
 * only what one check needs at once is in memory, besides the findings. Entity by entity — its
 * facts across documents, then its documents' own checks and its versions — so the texts an
 * entity's findings quote are read while they are still at hand.
 */
export function runFindings(
  source: FindingsSource,
  cache: FindingsCache = emptyCache(),
): Finding[] {
  const docs = documentsById(source.documents);
  const text = source.text;
  const conflicts: Finding[] = [];
  const attainment: Finding[] = [];
  const alignment = new AlignmentTargets(source.parents);

  // Another entity's facts about one thing, looked up (and remembered) only when a statement
  // refers to them: by indicator (or metric phrase), else by the metric phrase.
  const looked = new Map<string, FindingsFact[]>();
  const lookup: FactLookup = (entity, subject, period, kind) => {
    const key = `${entity}\u0000${subjectKey(subject)}\u0000${subject.metric}\u0000${period}\u0000${kind}`;
    let found = looked.get(key);
    if (!found) {
      const all = source.periodFacts(entity, period, kind);
      const same = all.filter((f) => subjectKey(f) === subjectKey(subject));
      const metric = normaliseMetric(subject.metric);
      found = same.length ? same : all.filter((f) => normaliseMetric(f.metric) === metric);
      looked.set(key, found);
    }
    return found;
  };
  const ctx = { parents: source.parents, lookup, text };
  // Cross-references read other entities' facts: a document's signature includes a digest of
  // its entity's ancestors' facts, so an import of the city's report re-checks its districts.
  const digests = new Map<string, string>();
  const ancestors = (entity: string | null) => {
    const list: string[] = [];
    for (let cur = entity ? source.parents.get(entity) : null, g = 0; cur && g < 10; g++) {
      let digest = digests.get(cur);
      if (digest === undefined) digests.set(cur, (digest = source.entityDigest(cur)));
      list.push(`${cur}=${digest}`);
      cur = source.parents.get(cur);
    }
    return list.join(',');
  };

  const own = new Map<number, Finding[]>();
  const checkDocuments = (
    list: readonly FindingsDocument[],
    factsOf: (id: number) => FindingsFact[],
  ) => {
    for (const doc of list) {
      const facts = factsOf(doc.id);
      if (!facts.length) continue;
      const sig = signature(facts, `${doc.entity}:${ancestors(doc.entity)}`);
      const hit = cache.documents.get(doc.id);
      if (hit && hit.signature === sig) {
        own.set(doc.id, hit.findings);
        continue;
      }
      const body = text(doc.id);
      const found = [...checkArithmetic(facts, body), ...checkCrossReferences(facts, body, ctx)];
      cache.documents.set(doc.id, { signature: sig, findings: found });
      own.set(doc.id, found);
    }
  };
  const groups = versionGroups(source.documents);
  const groupsOf = groupBy([...groups.keys()], (key) => key.slice(0, key.indexOf('\u0000')));
  const versions = new Map<string, Finding[]>();
  const compareGroups = (entity: string | null) => {
    for (const key of (entity !== null && groupsOf.get(entity)) || [])
      versions.set(key, groupVersions(groups.get(key)!, text, cache.pairs));
  };

  const byEntity = groupBy(source.documents, (d) => d.entity ?? '');
  const done = new Set<string>();
  const aligned: Finding[] = [];
  const later: string[] = [];
  const entities = source.entities();
  const known = new Set(entities);
  for (const entity of parentsFirst(entities, source.parents)) {
    const { periods, documents } = source.entityFacts(entity);
    for (const facts of periods) {
      append(conflicts, conflictsOf(facts, docs, text));
      append(attainment, attainmentOf(facts, docs, text));
      alignment.add(facts);
    }
    // Against its parent, added already (parents come first), unless parents form a cycle.
    const parent = source.parents.get(entity);
    if (parent && known.has(parent) && !done.has(parent)) later.push(entity);
    else append(aligned, alignment.findingsOf(entity, text));
    checkDocuments(byEntity.get(entity) ?? [], (id) => documents.get(id) ?? []);
    compareGroups(entity);
    done.add(entity);
  }
  for (const entity of later) append(aligned, alignment.findingsOf(entity, text));
  for (const [entity, list] of byEntity) {
    if (done.has(entity)) continue;
    checkDocuments(list, source.documentFacts);
    compareGroups(entity || null);
  }

  const live = new Set(source.documents.map((d) => d.id));
  for (const id of cache.documents.keys()) if (!own.has(id)) cache.documents.delete(id);
  for (const key of cache.pairs.keys()) {
    const [a, b] = key.split(':').map(Number);
    if (!live.has(a!) || !live.has(b!)) cache.pairs.delete(key);
  }

  // In the order the checks always listed them: the first statement of a finding wins.
  const out: Finding[] = [];
  for (const doc of source.documents) append(out, own.get(doc.id) ?? []);
  append(out, conflicts);
  for (const key of groups.keys()) append(out, versions.get(key) ?? []);
  append(out, aligned);
  append(out, attainment);
  return dedupe(out);
}

/** Appends without spreading (a spread of a long list overflows the call stack). */
function append<T>(to: T[], items: readonly T[]): void {
  for (const item of items) to.push(item);
}

/**
 * What a document's own checks depend on, hashed: its facts as they stand, and the facts it
 * refers to.
 */
function signature(facts: readonly FindingsFact[], referenced: string): number {
  const h = new Hash();
  h.text(referenced);
  for (const f of facts) {
    h.number(f.id);
    h.number(f.value);
    h.number(f.valueMax);
    h.text(f.unit);
    h.text(f.comparator);
    h.text(f.kind);
    h.text(f.period);
    h.text(f.entity);
    h.text(f.indicator);
  }
  return h.digest();
}

/** Two 32-bit FNV-style hashes over numbers and strings, as one number below 2^53. */
class Hash {
  private a = 0x811c9dc5;
  private b = 0x2545f491;
  private static readonly view = new DataView(new ArrayBuffer(8));

  private code(c: number): void {
    this.a = Math.imul(this.a ^ c, 0x01000193);
    this.b = Math.imul(this.b ^ c, 0x5bd1e995) ^ (this.b >>> 15);
  }

  number(n: number | null): void {
    if (n === null) return this.code(0x10001);
    Hash.view.setFloat64(0, n);
    for (let i = 0; i < 8; i += 2) this.code(Hash.view.getUint16(i));
  }

  text(s: string | null): void {
    if (s === null) return this.code(0x10002);
    // Fact strings repeat (units, kinds, periods, entities): each is hashed once.
    let h = Hash.texts.get(s);
    if (h === undefined) {
      h = 0x811c9dc5;
      for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
      if (Hash.texts.size > 100_000) Hash.texts.clear();
      Hash.texts.set(s, h);
    }
    this.code(h & 0xffff);
    this.code(h >>> 16);
    this.code(s.length);
  }

  private static readonly texts = new Map<string, number>();

  digest(): number {
    return (this.a >>> 0) * 0x200000 + ((this.b >>> 0) & 0x1fffff);
  }
}

/** One finding per key (the same statement may be found from two sides). */
function dedupe(findings: Finding[]): Finding[] {
  const seen = new Map<string, Finding>();
  for (const f of findings) if (!seen.has(f.key)) seen.set(f.key, f);
  return [...seen.values()];
}
