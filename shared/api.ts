/**
 * The one contract between the renderer (or any shell) and the core.
 *
 * Every method takes one plain object, validated against its schema at each shell's boundary,
 * and resolves to a JSON-serialisable result. Adding a capability = one entry here + one method
 * in main/service; the Electron, HTTP and CLI shells loop over `contract` and never change.
 */
import { z } from 'zod';
import type {
  Comparator,
  DocumentSummary,
  EntityInfo,
  ExtractedFact,
  FactKind,
  Section,
} from './domain/index.ts';
import { COMPARATORS, FACT_KINDS } from './domain/index.ts';
import { REVIEW_STATUSES, type ReviewStatus } from './findings/types.ts';
import type { Finding } from './findings/types.ts';
import { FINDING_TYPES, SEVERITIES } from './findings/types.ts';

const id = z.number().int().positive();
const text = (max: number) => z.string().trim().min(1).max(max);

/** Overrides encoding detection for a text file (gbk, big5, utf-16le …). */
const encodingLabel = z
  .string()
  .regex(/^[A-Za-z0-9_-]{2,40}$/)
  .optional();

const importSource = z.discriminatedUnion('kind', [
  /** A file or folder on this machine (Electron dialog, CLI, drag-and-drop with paths). */
  z.object({ kind: z.literal('path'), path: text(4096), encoding: encodingLabel }).strict(),
  /** File content sent by a page that cannot see paths (the browser shell's file input). */
  z
    .object({
      kind: z.literal('bytes'),
      name: text(255),
      base64: z.string().max(70_000_000),
      encoding: encodingLabel,
    })
    .strict(),
]);
export type ImportSource = z.infer<typeof importSource>;

const period = z.string().regex(/^\d{4}(-\d{4})?$/, 'a year (2023) or a span (2023-2027)');

/** What a user may correct on a fact; notAFact hides it everywhere. */
const factChanges = z
  .object({
    value: z.number().finite().nullable().optional(),
    valueMax: z.number().finite().nullable().optional(),
    unit: z.string().max(20).nullable().optional(),
    comparator: z.enum(COMPARATORS).optional(),
    indicator: text(100).nullable().optional(),
    kind: z.enum(FACT_KINDS).optional(),
    period: period.nullable().optional(),
    notAFact: z.boolean().optional(),
  })
  .strict()
  .refine((changes) => Object.keys(changes).length > 0, 'no change given');
export type FactChanges = z.infer<typeof factChanges>;

/** An auditor's judgment of a finding; 'open' until judged. */
export { REVIEW_STATUSES, type ReviewStatus } from './findings/types.ts';

/** Which findings to list (or export); every filter is optional. */
const findingFilter = z
  .object({
    type: z.enum(FINDING_TYPES).optional(),
    entity: text(100).optional(),
    severity: z.enum(SEVERITIES).optional(),
    status: z.enum(REVIEW_STATUSES).optional(),
    /** At most this many (most severe first); `total` says how many matched. */
    limit: z.number().int().min(1).max(1_000_000).optional(),
  })
  .strict();

export const schemas = {
  listDocuments: z.object({}).strict(),
  listEntities: z.object({}).strict(),
  getDocument: z.object({ id }).strict(),
  importFiles: z.object({ sources: z.array(importSource).min(1).max(10_000) }).strict(),
  cancelImport: z.object({}).strict(),
  compareOptions: z.object({}).strict(),
  compare: z
    .object({
      entities: z.array(text(100)).max(500).optional(),
      period: text(20).optional(),
      kind: z.enum(FACT_KINDS).optional(),
      indicators: z.array(text(100)).max(1000).optional(),
    })
    .strict(),
  search: z
    .object({ query: text(200), limit: z.number().int().min(1).max(500).optional() })
    .strict(),
  cellFacts: z
    .object({
      entity: text(100),
      indicator: text(100).optional(),
      metric: text(200).optional(),
      period: period.optional(),
      kind: z.enum(FACT_KINDS).optional(),
    })
    .strict()
    .refine(
      (q) => (q.indicator === undefined) !== (q.metric === undefined),
      'give an indicator or a metric',
    ),
  correctFact: z.object({ factId: id, changes: factChanges }).strict(),
  undoCorrection: z.object({ factId: id }).strict(),
  listSynonyms: z.object({}).strict(),
  setSynonym: z.object({ phrase: text(200), indicator: text(100) }).strict(),
  removeSynonym: z.object({ phrase: text(200) }).strict(),
  updateDocument: z
    .object({
      id,
      entity: text(100).nullable().optional(),
      year: z.number().int().min(1949).max(2100).nullable().optional(),
      type: text(50).nullable().optional(),
    })
    .strict(),
  setEntityParent: z.object({ name: text(100), parent: text(100).nullable() }).strict(),
  removeDocument: z.object({ id }).strict(),
  reindex: z.object({ all: z.boolean().optional() }).strict(),
  listFindings: findingFilter,
  reviewFinding: z
    .object({
      key: text(2000),
      status: z.enum(REVIEW_STATUSES),
      comment: z.string().trim().max(2000).optional(),
    })
    .strict(),
  exportFindings: findingFilter.extend({ format: z.enum(['csv', 'xlsx']) }).strict(),
} as const;

export type MethodName = keyof typeof schemas;
export type Args<M extends MethodName> = z.input<(typeof schemas)[M]>;

export interface FactRecord extends ExtractedFact {
  id: number;
  documentId: number;
  /** The engine's values of the fields a user corrected (empty when uncorrected). */
  extracted: Partial<Pick<ExtractedFact, CorrectableField>>;
  /** Marked "not a fact" by a user: kept for undo, left out of comparisons. */
  hidden: boolean;
}

export type CorrectableField =
  'value' | 'valueMax' | 'unit' | 'comparator' | 'indicator' | 'kind' | 'period';

export interface CellFact extends FactRecord {
  documentName: string;
  documentType: string | null;
}

export interface ReindexReport {
  documents: number;
  facts: number;
  /** User corrections re-applied to the new extraction, and those whose figure is gone. */
  corrections: number;
  unattached: number;
}

export interface DocumentDetail extends DocumentSummary {
  text: string;
  sections: Section[];
  facts: FactRecord[];
}

export type ImportOutcome =
  | {
      name: string;
      status: 'imported';
      documentId: number;
      entity: string | null;
      year: number | null;
      factCount: number;
    }
  | { name: string; status: 'duplicate'; documentId: number }
  | { name: string; status: 'error'; error: string };

export interface ImportReport {
  outcomes: ImportOutcome[];
  imported: number;
  duplicates: number;
  errors: number;
  /** True when the user stopped the import; files completed before that stay imported. */
  cancelled: boolean;
}

export interface CompareCellFact {
  factId: number;
  documentId: number;
  value: number | null;
  valueMax: number | null;
  unit: string | null;
  comparator: Comparator;
  hedge: string | null;
  quote: string;
}

export interface CompareRow {
  /** Catalog id, or null for a metric phrase not mapped to the catalog. */
  indicator: string | null;
  label: string;
  category: string | null;
  /** Entity name → the facts stating it (first is the primary one). */
  cells: Record<string, CompareCellFact[]>;
}

export interface Comparison {
  entities: string[];
  period: string | null;
  kind: FactKind | null;
  rows: CompareRow[];
}

export interface CompareOptions {
  /** Period/kind pairs present in the index, most facts first. */
  views: { period: string; kind: FactKind; factCount: number }[];
  entities: EntityInfo[];
}

export interface SearchHit {
  documentId: number;
  documentName: string;
  entity: string | null;
  section: string[];
  start: number;
  end: number;
  /** The sentence with the hit; [hitStart, hitEnd) marks the match inside it. */
  snippet: string;
  hitStart: number;
  hitEnd: number;
}

export interface FindingReview {
  key: string;
  status: ReviewStatus;
  comment: string | null;
  /** ISO time of the judgment; null while open. */
  updatedAt: string | null;
}

/**
 * A finding (shared/findings/types.ts: key, type, severity, outcome, entities, title and
 * explanation with their message ids, figures, evidence spans, grid cells, diff) with its review.
 */
export interface FindingRecord extends Finding {
  review: FindingReview;
}

export interface FindingsList {
  /** Matching findings, most severe first (at most `limit`). */
  findings: FindingRecord[];
  /** How many findings matched the filters. */
  total: number;
  /** Counts over all findings (before filtering), for the filter menus. */
  counts: {
    type: Record<string, number>;
    severity: Record<string, number>;
    status: Record<string, number>;
    entity: Record<string, number>;
  };
  /** Names of the documents the evidence points into. */
  documents: Record<number, string>;
  /** When the findings were last computed, and how long it took. */
  computedAt: string;
  computeMs: number;
}

/** An export of the (filtered) findings, for the page to save. */
export interface FindingsExport {
  name: string;
  mime: string;
  base64: string;
  count: number;
}

export interface Results {
  listDocuments: DocumentSummary[];
  listEntities: EntityInfo[];
  getDocument: DocumentDetail;
  importFiles: ImportReport;
  cancelImport: { cancelled: boolean };
  compareOptions: CompareOptions;
  compare: Comparison;
  search: SearchHit[];
  cellFacts: CellFact[];
  correctFact: FactRecord;
  undoCorrection: FactRecord;
  listSynonyms: { phrase: string; indicator: string }[];
  setSynonym: { facts: number };
  removeSynonym: { facts: number };
  updateDocument: DocumentSummary;
  setEntityParent: EntityInfo;
  removeDocument: { removed: boolean };
  reindex: ReindexReport;
  listFindings: FindingsList;
  reviewFinding: FindingReview;
  exportFindings: FindingsExport;
}

export type DuibiaoApi = { [M in MethodName]: (args: Args<M>) => Promise<Results[M]> };

/** Pushed from the core to every connected shell while it works. */
export type CoreEvent =
  | { type: 'import-progress'; done: number; total: number; current: string | null; facts: number }
  | { type: 'index-changed' };

export const methodNames = Object.keys(schemas) as MethodName[];

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.hasOwn(schemas, name);
}

/** Thrown for a call the contract refuses; its message is safe to show the caller. */
export class ContractError extends Error {
  override name = 'ContractError';
}

/** Validates a call's method and arguments; used by every shell before the service sees them. */
export function parseCall<M extends MethodName>(
  method: M,
  args: unknown,
): z.output<(typeof schemas)[M]>;
export function parseCall(method: unknown, args: unknown): unknown;
export function parseCall(method: unknown, args: unknown): unknown {
  if (!isMethodName(method)) throw new ContractError(`Unknown method: ${String(method)}`);
  const parsed = schemas[method].safeParse(args ?? {});
  if (!parsed.success) {
    const issues = parsed.error.issues
      .map((i) => `${i.path.length ? i.path.join('.') : '(arguments)'}: ${i.message}`)
      .join('; ');
    throw new ContractError(`Invalid arguments for ${method}: ${issues}`);
  }
  return parsed.data;
}
