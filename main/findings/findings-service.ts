import type { Args, FindingRecord, FindingReview, FindingsList } from '../../shared/api.ts';
import {
  emptyCache,
  runFindings,
  SEVERITIES,
  type Finding,
  type FindingsCache,
} from '../../shared/findings/index.ts';
import type { Db } from '../db/open-database.ts';
import { databaseSource } from './database-source.ts';
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
    // One read transaction: every group is read from the same state of the index.
    const { findings, documents } = db.transaction(() => {
      const source = databaseSource(db);
      return { findings: runFindings(source, cache), documents: source.documents };
    })();
    // As localeCompare orders them, with one collator instead of one per comparison.
    const { compare } = new Intl.Collator();
    findings.sort(
      (a, b) =>
        RANK[a.severity]! - RANK[b.severity]! || compare(a.type, b.type) || compare(a.key, b.key),
    );
    computations++;
    computed = {
      version: v,
      findings,
      documents: Object.fromEntries(documents.map((d) => [d.id, d.name])),
      computedAt: new Date().toISOString(),
      computeMs: Math.round(performance.now() - t0),
    };
    return computed;
  }

  return {
    list(filter) {
      const c = current();
      const reviews = loadReviews(db);
      const counts: FindingsList['counts'] = { type: {}, severity: {}, status: {}, entity: {} };
      const bump = (m: Record<string, number>, k: string) => (m[k] = (m[k] ?? 0) + 1);
      const limit = filter.limit ?? Infinity;
      const findings: FindingRecord[] = [];
      let total = 0;
      for (const f of c.findings) {
        const status = reviews.get(f.key)?.status ?? 'open';
        bump(counts.type, f.type);
        bump(counts.severity, f.severity);
        bump(counts.status, status);
        f.entities.forEach((e) => bump(counts.entity, e));
        if (
          (!filter.type || f.type === filter.type) &&
          (!filter.severity || f.severity === filter.severity) &&
          (!filter.status || status === filter.status) &&
          (!filter.entity || f.entities.includes(filter.entity))
        ) {
          // Only the findings returned are copied with their review; the rest are only counted.
          if (total++ < limit) findings.push({ ...f, review: reviewOf(reviews, f.key) });
        }
      }
      return {
        findings,
        total,
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
