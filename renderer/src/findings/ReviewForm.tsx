import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FindingReview, ReviewStatus } from '../../../shared/api.ts';
import { useClient } from '../api/context.ts';
import { NS } from './strings.ts';

/** Marks a finding reviewed or not an issue, with a comment; kept across re-index by its key. */
export function ReviewForm({
  review,
  onSaved,
}: {
  review: FindingReview;
  onSaved: (review: FindingReview) => void;
}) {
  const { t } = useTranslation(NS);
  const { api } = useClient();
  const [comment, setComment] = useState(review.comment ?? '');
  const [state, setState] = useState<{ busy: boolean; message: string }>({
    busy: false,
    message: '',
  });

  async function save(status: ReviewStatus) {
    setState({ busy: true, message: '' });
    try {
      const saved = await api.reviewFinding({
        key: review.key,
        status,
        ...(comment.trim() ? { comment: comment.trim() } : {}),
      });
      setState({ busy: false, message: t('saved') });
      onSaved(saved);
    } catch (error) {
      setState({ busy: false, message: error instanceof Error ? error.message : String(error) });
    }
  }

  return (
    <div className="findings-review">
      <label className="field">
        <span className="field-label">{t('comment')}</span>
        <textarea
          rows={2}
          value={comment}
          placeholder={t('commentPlaceholder')}
          maxLength={2000}
          onChange={(e) => setComment(e.currentTarget.value)}
        />
      </label>
      <div className="findings-review-actions">
        <button
          type="button"
          className="button"
          disabled={state.busy}
          aria-pressed={review.status === 'reviewed'}
          onClick={() => void save('reviewed')}
        >
          {t('markReviewed')}
        </button>
        <button
          type="button"
          className="button"
          disabled={state.busy}
          aria-pressed={review.status === 'not-an-issue'}
          onClick={() => void save('not-an-issue')}
        >
          {t('markNotIssue')}
        </button>
        {review.status !== 'open' && (
          <button
            type="button"
            className="button button-quiet"
            disabled={state.busy}
            onClick={() => void save('open')}
          >
            {t('reopen')}
          </button>
        )}
        <span className="muted" aria-live="polite">
          {state.message}
        </span>
      </div>
    </div>
  );
}
