import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FindingRecord } from '../../shared/api.ts';
import { useClient } from './api/context.ts';
import { DropZone } from './components/DropZone.tsx';
import { EmptyState } from './components/EmptyState.tsx';
import { ImportButton } from './components/ImportButton.tsx';
import { LanguageSwitch } from './components/LanguageSwitch.tsx';
import { useColorScheme } from './hooks/useColorScheme.ts';
import { useIndexVersion } from './hooks/useCoreEvents.ts';
import { useQuery } from './hooks/useQuery.ts';
import { ImportProvider } from './import/ImportContext.tsx';
import { ComparisonView } from './views/ComparisonView.tsx';
import { DocumentsView } from './views/DocumentsView.tsx';
import { DocumentView, type DocumentTarget } from './views/DocumentView.tsx';
import type { FindingFocus } from './views/FindingsView.tsx';
import { SearchView } from './views/SearchView.tsx';

type Tab = 'comparison' | 'documents' | 'search' | 'findings';

// Loaded when first opened: it is large, and it reaches zod (through shared/api.ts), which the
// rest of the renderer keeps out of its bundle (zod's eval probe trips the CSP).
const FindingsView = lazy(() =>
  import('./views/FindingsView.tsx').then((m) => ({ default: m.FindingsView })),
);

type OpenDocument = (documentId: number, start: number, end: number) => void;

/**
 * The workspace: tabs for the comparison, the documents, search and the auditor's findings,
 * a report opened at a place over any of them, import by button or drop anywhere.
 */
export function App() {
  useColorScheme();
  return (
    <ImportProvider>
      <DropZone>
        <Workspace />
      </DropZone>
    </ImportProvider>
  );
}

function Workspace() {
  const { t } = useTranslation();
  const { api } = useClient();
  const indexVersion = useIndexVersion();
  const documents = useQuery(`documents:${indexVersion}`, () => api.listDocuments({}));
  const [tab, setTab] = useState<Tab>('comparison');
  const [opened, setOpened] = useState<DocumentTarget | null>(null);
  // The finding the Findings tab opens at (followed from a grid cell), and a count of reviews
  // so the grid's marks follow "not an issue" judgments.
  const [findingFocus, setFindingFocus] = useState<FindingFocus | null>(null);
  const [reviewVersion, setReviewVersion] = useState(0);
  const openDocument: OpenDocument = (documentId, start, end) =>
    setOpened({ documentId, start, end });
  const showFinding = ({ key, type }: FindingRecord) => {
    setOpened(null);
    setFindingFocus({ key, type });
    setTab('findings');
  };

  const tabs: [Tab, string][] = [
    ['comparison', t('app.tabComparison')],
    ['documents', t('app.tabDocuments')],
    ['search', t('app.tabSearch')],
    ['findings', t('app.tabFindings')],
  ];

  return (
    <div className="app">
      <header className="app-header">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">
            对
          </span>
          <h1>
            <span className="brand-latin">{t('app.nameLatin')}</span>{' '}
            {t('app.name') === t('app.nameLatin') ? '' : t('app.name')}
          </h1>
          <span className="brand-tagline muted">{t('app.tagline')}</span>
        </div>
        <nav className="tabs" aria-label={t('app.nav')}>
          {tabs.map(([id, label]) => (
            <button
              key={id}
              type="button"
              className="tab"
              data-testid={`tab-${id}`}
              aria-current={tab === id && !opened ? 'page' : undefined}
              onClick={() => {
                setOpened(null);
                setFindingFocus(null);
                setTab(id);
              }}
            >
              {label}
            </button>
          ))}
        </nav>
        <span className="toolbar-spacer" />
        <LanguageSwitch />
        <ImportButton />
      </header>
      <main className="app-main">
        {documents.error && !documents.data ? (
          <div className="error-box" role="alert">
            <p>{t('app.loadFailedWith', { error: documents.error.message })}</p>
            <button type="button" className="button" onClick={documents.retry}>
              {t('app.retry')}
            </button>
          </div>
        ) : documents.data?.length === 0 ? (
          <EmptyState title={t('app.emptyTitle')}>
            <p>{t('app.emptyBody')}</p>
          </EmptyState>
        ) : (
          <>
            {opened && (
              <DocumentView
                key={`${opened.documentId}:${opened.start}`}
                target={opened}
                indexVersion={indexVersion}
                onBack={() => setOpened(null)}
              />
            )}
            {/* The comparison stays mounted under an opened document, keeping its state. */}
            <div className="view" hidden={Boolean(opened) || tab !== 'comparison'}>
              <ComparisonView
                indexVersion={indexVersion}
                reviewVersion={reviewVersion}
                documents={documents.data}
                onOpenDocument={openDocument}
                onShowFinding={showFinding}
              />
            </div>
            {!opened && tab === 'documents' && (
              <DocumentsView
                documents={documents.data}
                indexVersion={indexVersion}
                onOpenDocument={openDocument}
              />
            )}
            <div className="view" hidden={Boolean(opened) || tab !== 'search'}>
              <SearchView onOpenDocument={openDocument} />
            </div>
            {!opened && tab === 'findings' && (
              <Suspense fallback={<p className="muted">{t('app.loading')}</p>}>
                <FindingsView
                  key={findingFocus?.key ?? ''}
                  focus={findingFocus}
                  onOpenDocument={openDocument}
                  onReviewed={() => setReviewVersion((n) => n + 1)}
                />
              </Suspense>
            )}
          </>
        )}
      </main>
    </div>
  );
}
