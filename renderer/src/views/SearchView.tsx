import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../../shared/api.ts';
import { useClient } from '../api/context.ts';

interface Props {
  onOpenDocument: (documentId: number, start: number, end: number) => void;
}

/** Full-text search over every report; a hit opens its document at that place. */
export function SearchView({ onOpenDocument }: Props) {
  const { t } = useTranslation();
  const { api } = useClient();
  const [query, setQuery] = useState('');
  const [state, setState] = useState<
    | { phase: 'idle' }
    | { phase: 'busy' }
    | { phase: 'done'; hits: SearchHit[] }
    | { phase: 'error'; message: string }
  >({ phase: 'idle' });

  async function search(text: string) {
    if (!text.trim()) return;
    setState({ phase: 'busy' });
    try {
      setState({ phase: 'done', hits: await api.search({ query: text.trim(), limit: 200 }) });
    } catch (error) {
      setState({ phase: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  }

  return (
    <section className="panel search-view" aria-labelledby="search-title" data-testid="search-view">
      <header className="panel-header">
        <h2 id="search-title">{t('search.title')}</h2>
      </header>
      <form
        className="search-form"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          void search(query);
        }}
      >
        <label className="field field-search">
          <span className="visually-hidden">{t('search.label')}</span>
          <input
            type="search"
            data-testid="search-input"
            placeholder={t('search.placeholder')}
            value={query}
            onChange={(e) => setQuery(e.currentTarget.value)}
          />
        </label>
        <button type="submit" className="button button-primary">
          {t('search.submit')}
        </button>
      </form>
      <div className="search-results" aria-live="polite">
        {state.phase === 'idle' && <p className="muted">{t('search.hint')}</p>}
        {state.phase === 'busy' && <p className="muted">{t('search.searching')}</p>}
        {state.phase === 'error' && <p role="alert">{state.message}</p>}
        {state.phase === 'done' && (
          <>
            <p className="muted" data-testid="search-count">
              {state.hits.length
                ? t('search.results', { count: state.hits.length })
                : t('search.none')}
            </p>
            <ol className="hit-list">
              {state.hits.map((hit, i) => (
                <li key={`${hit.documentId}:${hit.start}:${i}`}>
                  <button
                    type="button"
                    className="hit"
                    data-testid="search-hit"
                    onClick={() => onOpenDocument(hit.documentId, hit.start, hit.end)}
                  >
                    <span className="hit-source">
                      <strong>{hit.entity ?? t('documents.unknownEntity')}</strong>
                      <span className="muted"> · {hit.documentName}</span>
                      {hit.section.length > 0 && (
                        <span className="muted"> · {hit.section.join(' › ')}</span>
                      )}
                    </span>
                    <span className="hit-snippet">
                      {hit.snippet.slice(0, hit.hitStart)}
                      <mark>{hit.snippet.slice(hit.hitStart, hit.hitEnd)}</mark>
                      {hit.snippet.slice(hit.hitEnd)}
                    </span>
                  </button>
                </li>
              ))}
            </ol>
          </>
        )}
      </div>
    </section>
  );
}
