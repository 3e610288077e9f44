import type { FindingReview, ReviewStatus } from '../../shared/api.ts';
import type { Db } from '../db/open-database.ts';
import { write } from '../db/write.ts';

interface ReviewRow {
  key: string;
  status: Exclude<ReviewStatus, 'open'>;
  comment: string | null;
  updated_at: string;
}

const OPEN: Omit<FindingReview, 'key'> = { status: 'open', comment: null, updatedAt: null };

/** Every judgment, by finding key. Kept apart from the engine's output: re-index never touches it. */
export function loadReviews(db: Db): Map<string, FindingReview> {
  const rows = db.prepare('SELECT * FROM finding_reviews').all() as ReviewRow[];
  return new Map(
    rows.map((r) => [
      r.key,
      { key: r.key, status: r.status, comment: r.comment, updatedAt: r.updated_at },
    ]),
  );
}

export function reviewOf(reviews: Map<string, FindingReview>, key: string): FindingReview {
  return reviews.get(key) ?? { key, ...OPEN };
}

/** Records (or, with status 'open', withdraws) a judgment of a finding. */
export function saveReview(
  db: Db,
  key: string,
  status: ReviewStatus,
  comment: string | null,
): FindingReview {
  return write(db, () => {
    if (status === 'open') {
      db.prepare('DELETE FROM finding_reviews WHERE key = ?').run(key);
      return { key, ...OPEN, comment };
    }
    const updatedAt = new Date().toISOString();
    db.prepare(
      `INSERT INTO finding_reviews (key, status, comment, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT(key) DO UPDATE SET status = excluded.status, comment = excluded.comment,
         updated_at = excluded.updated_at`,
    ).run(key, status, comment, updatedAt);
    return { key, status, comment, updatedAt };
  });
}
