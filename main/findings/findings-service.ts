import type { Args, FindingRecord, FindingReview, FindingsList } from '../../shared/api.ts';
import {
  computeFindings,
  emptyCache,
  SEVERITIES,
  type Finding,
  type FindingsCache,
} from '../../shared/findings/index.ts';
import type { Db } from '../db/open-database.ts';
import { loadFindingsInput } from './load-input.ts';
import { loadReviews, reviewOf, saveReview } from './reviews.ts';

export type FindingFilter = Args<'listFindings'>;

export interface FindingsService {
  list(filter: FindingFilter): FindingsList;
  review(key: string, status: FindingReview['status'], comment: string | null): FindingReview;
  /** Marks the cached findings stale: called after every change this connection makes. */
  invalidate(): void;
  /** How many times the findings were computed (for tests and benchmarks). */
  readonly computations: number;
}

interface Computed {
  version: string;
  findings: Finding[];
  documents: Record<number, string>;
  computedAt: string;
  computeMs: number;
}

const RANK: Record<string, number> = Object.fromEntries(SEVERITIES.map((s, i) => [s, i]));

/**
 * Findings over the index, computed on demand and cached until the index changes: a change by
 * this connection calls invalidate(); a commit by another (the indexing workers) shows in
 * PRAGMA data_version. Per-document checks and version pairs are cached across recomputations,
 * so after one import only the new document's checks (and its pairs) run again.
 */
export function createFindingsService(db: Db): FindingsService {
  let local = 0;
  let computed: Computed | null = null;
  let computations = 0;
  const cache: FindingsCache = emptyCache();

  const version = () => `${db.pragma('data_version', { simple: true })}:${local}`;

  function current(): Computed {
    const v = version();
    if (computed && computed.version === v) return computed;
    const t0 = performance.now();
    const input = loadFindingsInput(db);
    const findings = computeFindings(input, cache).sort(
      (a, b) =>
        RANK[a.severity]! - RANK[b.severity]! ||
        a.type.localeCompare(b.type) ||
        a.key.localeCompare(b.key),
    );
    computations++;
    computed = {
      version: v,
      findings,
      documents: Object.fromEntries(input.documents.map((d) => [d.id, d.name])),
      computedAt: new Date().toISOString(),
      computeMs: Math.round(performance.now() - t0),
    };
    return computed;
  }

  return {
    list(filter) {
      const c = current();
      const reviews = loadReviews(db);
      const records: FindingRecord[] = c.findings.map((f) => ({
        ...f,
        review: reviewOf(reviews, f.key),
      }));
      const counts: FindingsList['counts'] = { type: {}, severity: {}, status: {}, entity: {} };
      const bump = (m: Record<string, number>, k: string) => (m[k] = (m[k] ?? 0) + 1);
      for (const r of records) {
        bump(counts.type, r.type);
        bump(counts.severity, r.severity);
        bump(counts.status, r.review.status);
        r.entities.forEach((e) => bump(counts.entity, e));
      }
      const findings = records.filter(
        (r) =>
          (!filter.type || r.type === filter.type) &&
          (!filter.severity || r.severity === filter.severity) &&
          (!filter.status || r.review.status === filter.status) &&
          (!filter.entity || r.entities.includes(filter.entity)),
      );
      return {
        findings: filter.limit === undefined ? findings : findings.slice(0, filter.limit),
        total: findings.length,
        counts,
        documents: c.documents,
        computedAt: c.computedAt,
        computeMs: c.computeMs,
      };
    },
    review(key, status, comment) {
      return saveReview(db, key, status, comment);
    },
    invalidate() {
      local++;
    },
    get computations() {
      return computations;
    },
  };
}
