/**
 * The index as the findings engine reads it, straight from the database one group at a time:
 * an entity's facts (by the facts_entity_view index), a document's facts (facts_document), a
 * text when a check quotes it. Nothing is loaded whole, so a national index (millions of facts)
 * is checked in the memory of one entity's facts and the findings.
 */
import type { Comparator, FactKind } from '../../shared/domain/fact.ts';
import type {
  FindingsDocument,
  FindingsFact,
  FindingsSource,
} from '../../shared/findings/index.ts';
import { documentOrder } from '../../shared/findings/source.ts';
import type { Db } from '../db/open-database.ts';

/** Texts kept in memory at once (most recently used): an entity's reports, and then some. */
const TEXT_CACHE = 512;

/**
 * A fact's columns as few values as possible (each value read costs more than the work it
 * saves): a span's start and length in one integer (exact below 2^53 for texts of up to 2^27
 * characters and spans of up to 2^26), and the short, repetitive strings (comparator, kind,
 * units, period) in one, split once per distinct combination.
 */
const SEP = '\u0001';
const NULL = '\u0002';
const columns = (
  entity: string,
) => `id, document_id, ${entity}, indicator, metric, value, value_max, norm_value,
  start * ${2 ** 26} + (end - start), sentence_start * ${2 ** 26} + (sentence_end - sentence_start),
  comparator || char(1) || kind || char(1) || ifnull(unit, char(2)) || char(1) ||
    ifnull(norm_unit, char(2)) || char(1) || ifnull(period, char(2))`;
const COLUMNS = columns('entity');

type Row = [
  id: number,
  documentId: number,
  entity: string | null,
  indicator: string | null,
  metric: string,
  value: number | null,
  valueMax: number | null,
  normValue: number | null,
  span: number,
  sentence: number,
  codes: string,
];

interface Codes {
  comparator: Comparator;
  kind: FactKind;
  unit: string | null;
  normUnit: string | null;
  period: string | null;
}

export function databaseSource(db: Db): FindingsSource {
  const documents = db
    .prepare('SELECT id, name, entity, year, type FROM documents ORDER BY id')
    .all() as FindingsDocument[];
  const parents = new Map(
    (
      db.prepare('SELECT name, parent FROM entities').all() as {
        name: string;
        parent: string | null;
      }[]
    ).map((e) => [e.name, e.parent]),
  );

  // Strings repeat across millions of facts: one copy of each, for the facts findings keep. A
  // column often repeats the row before's value (facts come grouped), which is checked first.
  const pool = new Map<string, string>();
  const interner = () => {
    let last: string | null = null;
    return <T extends string | null>(s: T): T => {
      if (s === null || s === last) return (s === null ? s : last) as T;
      let hit = pool.get(s);
      if (hit === undefined) pool.set(s, (hit = s));
      return (last = hit) as T;
    };
  };
  const entityOf = interner();
  const indicatorOf = interner();
  const metricOf = interner();
  const codes = new Map<string, Codes>();
  const codesOf = (packed: string): Codes => {
    let c = codes.get(packed);
    if (!c) {
      const [comparator, kind, unit, normUnit, period] = packed
        .split(SEP)
        .map((p) => (p === NULL ? null : p));
      c = {
        comparator: comparator as Comparator,
        kind: kind as FactKind,
        unit: unit!,
        normUnit: normUnit!,
        period: period!,
      };
      codes.set(packed, c);
    }
    return c;
  };
  const SHIFT = 2 ** 26;
  const fact = (r: Row): FindingsFact => {
    const c = codesOf(r[10]);
    const start = Math.floor(r[8] / SHIFT);
    const sentenceStart = Math.floor(r[9] / SHIFT);
    return {
      id: r[0],
      documentId: r[1],
      entity: entityOf(r[2]),
      indicator: indicatorOf(r[3]),
      metric: metricOf(r[4]),
      value: r[5],
      valueMax: r[6],
      unit: c.unit,
      normValue: r[7],
      normUnit: c.normUnit,
      comparator: c.comparator,
      kind: c.kind,
      period: c.period,
      start,
      end: start + (r[8] - start * SHIFT),
      sentenceStart,
      sentenceEnd: sentenceStart + (r[9] - sentenceStart * SHIFT),
    };
  };
  const rows = (statement: string) => {
    const s = db.prepare(statement).raw();
    return (...params: unknown[]) => (s.all(...params) as Row[]).map(fact);
  };

  // By the facts_entity_view index, in its order (period, kind); the entity, known, not read.
  const ofEntity = rows(`SELECT ${columns('NULL')} FROM facts WHERE entity = ? AND hidden = 0`);
  // The entity's own documents' facts about other entities (or none): all else is in ofEntity.
  const othersInDocuments = rows(
    `SELECT ${COLUMNS} FROM facts
      WHERE document_id IN (SELECT id FROM documents WHERE entity = ?)
        AND (entity IS NULL OR entity <> ?) AND hidden = 0`,
  );
  const ofDocument = rows(
    `SELECT ${COLUMNS} FROM facts WHERE document_id = ? AND hidden = 0 ORDER BY start, id`,
  );
  const ofEntityPeriod = rows(
    `SELECT ${COLUMNS} FROM facts WHERE entity = ? AND period IS ? AND kind = ? AND hidden = 0
      ORDER BY document_id, start, id`,
  );
  const digest = db.prepare(
    `SELECT count(*) AS n, total(id + ifnull(value, 0)) AS sum FROM facts
      WHERE entity = ? AND hidden = 0`,
  );

  // Texts most recently used, without reordering a map on every hit: each entry remembers when
  // it was last read, and when the cache is full the older half goes.
  const readText = db.prepare('SELECT text FROM documents WHERE id = ?').pluck();
  const texts = new Map<number, { text: string; used: number }>();
  let clock = 0;
  const text = (id: number): string => {
    const hit = texts.get(id);
    if (hit) {
      hit.used = ++clock;
      return hit.text;
    }
    if (texts.size >= TEXT_CACHE) {
      const cut = [...texts.values()].map((t) => t.used).sort((a, b) => a - b)[TEXT_CACHE >> 1]!;
      for (const [key, t] of texts) if (t.used < cut) texts.delete(key);
    }
    const t = (readText.get(id) as string | undefined) ?? '';
    texts.set(id, { text: t, used: ++clock });
    return t;
  };

  // Each entity's own documents (whose entity it is).
  const own = new Map<string, number[]>();
  for (const d of documents)
    if (d.entity) {
      const list = own.get(d.entity);
      if (list) list.push(d.id);
      else own.set(d.entity, [d.id]);
    }

  return {
    documents,
    parents,
    text,
    entities: () =>
      db
        .prepare('SELECT DISTINCT entity FROM facts WHERE entity IS NOT NULL')
        .pluck()
        .all() as string[],
    entityFacts(entity) {
      const byPeriod = new Map<string, FindingsFact[]>();
      const byDocument = new Map<number, FindingsFact[]>();
      for (const id of own.get(entity) ?? []) byDocument.set(id, []);
      for (const f of ofEntity(entity)) {
        f.entity = entity;
        byDocument.get(f.documentId)?.push(f);
        if (f.period === null) continue;
        const list = byPeriod.get(f.period);
        if (list) list.push(f);
        else byPeriod.set(f.period, [f]);
      }
      const periods = [...byPeriod.values()];
      for (const list of periods) list.sort(documentOrder);
      if (byDocument.size) {
        for (const f of othersInDocuments(entity, entity)) byDocument.get(f.documentId)!.push(f);
        for (const list of byDocument.values())
          list.sort((a, b) => a.start - b.start || a.id - b.id);
      }
      return { periods, documents: byDocument };
    },
    documentFacts: (documentId) => ofDocument(documentId),
    periodFacts: (entity, period, kind) => ofEntityPeriod(entity, period, kind),
    entityDigest(entity) {
      const { n, sum } = digest.get(entity) as { n: number; sum: number };
      return `${n}:${sum}`;
    },
  };
}
