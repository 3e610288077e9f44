import type { ReactNode } from 'react';

/** A calm explanation of why there is nothing here and what to do next. */
export function EmptyState({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="empty-state" data-testid="empty-state">
      <svg className="empty-icon" viewBox="0 0 48 48" aria-hidden="true">
        <rect
          x="8"
          y="6"
          width="26"
          height="34"
          rx="3"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
        />
        <path
          d="M14 16h14M14 22h14M14 28h9"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
        />
        <circle cx="34" cy="34" r="7" fill="none" stroke="currentColor" strokeWidth="2" />
        <path d="M39 39l4 4" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      </svg>
      <h2>{title}</h2>
      <div className="empty-body">{children}</div>
    </div>
  );
}
