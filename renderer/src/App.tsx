import { useClient } from './api/context.ts';
import { EmptyState } from './components/EmptyState.tsx';
import { ImportButton } from './components/ImportButton.tsx';
import { useIndexVersion } from './hooks/useCoreEvents.ts';
import { useQuery } from './hooks/useQuery.ts';
import { zh } from './i18n/zh.ts';
import { ComparisonView } from './views/ComparisonView.tsx';
import { DocumentsPanel } from './views/DocumentsPanel.tsx';

/**
 * The first screen: the indexed reports beside their comparison. Both refresh when the index
 * changes. Issue 6 adds the source panel, document and search views next to these.
 */
export function App() {
  const { api } = useClient();
  const indexVersion = useIndexVersion();
  const documents = useQuery(`documents:${indexVersion}`, () => api.listDocuments({}));

  return (
    <div className="app">
      <header className="app-header">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">
            对
          </span>
          <h1>
            <span className="brand-latin">{zh.appNameLatin}</span> {zh.appName}
          </h1>
          <span className="brand-tagline muted">{zh.tagline}</span>
        </div>
        <ImportButton />
      </header>
      <main className="app-main">
        {documents.error && !documents.data ? (
          <div className="error-box" role="alert">
            <p>
              {zh.loadFailed}：{documents.error.message}
            </p>
            <button type="button" className="button" onClick={documents.retry}>
              {zh.retry}
            </button>
          </div>
        ) : documents.data?.length === 0 ? (
          <EmptyState title={zh.emptyTitle}>
            <p>{zh.emptyBody}</p>
          </EmptyState>
        ) : (
          // The comparison loads alongside the documents, not after them.
          <div className="workspace">
            <DocumentsPanel documents={documents.data} />
            <ComparisonView indexVersion={indexVersion} />
          </div>
        )}
      </main>
    </div>
  );
}
