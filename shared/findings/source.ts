/**
 * Where the checks read the index from, in the groupings they work on: each document's facts
 * (arithmetic, cross-references), each entity's facts by period (conflicts, attainment,
 * alignment), and one entity's facts for a period on demand (what a cross-reference refers to).
 * An in-memory index (FindingsInput) is one source; a database that hands out one group at a
 * time is another, so a national index never has to be in memory at once.
 */
import type { FactKind } from '../domain/fact.ts';
import type { FindingsDocument, FindingsFact, FindingsInput } from './types.ts';

export interface FindingsSource {
  /** In id order. */
  documents: readonly FindingsDocument[];
  /** Entity → its parent (郑州经济技术开发区 → 郑州市). */
  parents: ReadonlyMap<string, string | null>;
  text: (documentId: number) => string;
  /** Every entity some visible fact is about. */
  entities(): string[];
  /**
   * One entity's visible facts that have a period, one group per period, each in document order
   * (document id, start, id); and the visible facts of the documents that are the entity's own
   * (whose entity it is), each in text order (start, then id).
   */
  entityFacts(entity: string): EntityFacts;
  /** One document's visible facts in text order (start, then id). */
  documentFacts(documentId: number): FindingsFact[];
  /**
   * One entity's visible facts for a period (or none) and kind, in document order: what a
   * statement about another entity's figure refers to.
   */
  periodFacts(entity: string, period: string | null, kind: FactKind): FindingsFact[];
  /** Changes whenever any of an entity's visible facts does. */
  entityDigest(entity: string): string;
}

export interface EntityFacts {
  periods: FindingsFact[][];
  /** Every document whose entity this is, with its facts (of any entity). */
  documents: Map<number, FindingsFact[]>;
}

/**
 * Entities with every parent before its children and each parent's subtree together (a city,
 * then its districts), so what a child is checked against is at hand when the child is.
 */
export function parentsFirst(
  entities: readonly string[],
  parents: ReadonlyMap<string, string | null>,
): string[] {
  const known = new Set(entities);
  const children = new Map<string, string[]>();
  const roots: string[] = [];
  for (const e of [...entities].sort()) {
    const parent = parents.get(e);
    if (parent && known.has(parent) && parent !== e) push(children, parent, e);
    else roots.push(e);
  }
  const out: string[] = [];
  const seen = new Set<string>();
  const visit = (e: string) => {
    if (seen.has(e)) return;
    seen.add(e);
    out.push(e);
    for (const child of children.get(e) ?? []) visit(child);
  };
  for (const e of roots) visit(e);
  for (const e of [...entities].sort()) visit(e); // parents in a cycle
  return out;
}

/** Orders facts as a database lists them: document, then offset, then id. */
export function documentOrder(a: FindingsFact, b: FindingsFact): number {
  return a.documentId - b.documentId || a.start - b.start || a.id - b.id;
}

/** Documents by id (names and years, as the checks across documents show them). */
export function documentsById(
  documents: readonly FindingsDocument[],
): ReadonlyMap<number, FindingsDocument> {
  return new Map(documents.map((d) => [d.id, d]));
}

/** An entity's facts as a digest: their count and a sum of their ids and values. */
export function factsDigest(facts: readonly Pick<FindingsFact, 'id' | 'value'>[]): string {
  return `${facts.length}:${facts.reduce((n, f) => n + f.id + (f.value ?? 0), 0)}`;
}

/** A source over facts in memory (tests, small indexes). */
export function inputSource(input: FindingsInput): FindingsSource {
  const facts = [...input.facts].sort(documentOrder);
  const byDocument = new Map<number, FindingsFact[]>();
  const byEntity = new Map<string, FindingsFact[]>();
  for (const f of facts) {
    push(byDocument, f.documentId, f);
    if (f.entity) push(byEntity, f.entity, f);
  }
  const documentFacts = (documentId: number) =>
    [...(byDocument.get(documentId) ?? [])].sort((a, b) => a.start - b.start || a.id - b.id);
  const own = new Map<string, number[]>();
  for (const d of input.documents) if (d.entity) push(own, d.entity, d.id);
  return {
    documents: [...input.documents].sort((a, b) => a.id - b.id),
    parents: input.parents,
    text: input.text,
    entities: () => [...byEntity.keys()],
    entityFacts(entity) {
      const periods = new Map<string, FindingsFact[]>();
      for (const f of byEntity.get(entity) ?? []) if (f.period !== null) push(periods, f.period, f);
      const documents = new Map<number, FindingsFact[]>();
      for (const id of own.get(entity) ?? []) documents.set(id, documentFacts(id));
      return { periods: [...periods.values()], documents };
    },
    documentFacts,
    periodFacts(entity, period, kind) {
      return (byEntity.get(entity) ?? []).filter((f) => f.period === period && f.kind === kind);
    },
    entityDigest(entity) {
      return factsDigest(byEntity.get(entity) ?? []);
    },
  };
}

export function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
