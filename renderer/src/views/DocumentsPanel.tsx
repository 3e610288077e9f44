import { useTranslation } from 'react-i18next';
import type { DocumentSummary } from '../../../shared/domain/index.ts';

interface Props {
  /** Undefined while loading. */
  documents: DocumentSummary[] | undefined;
}

/** The indexed reports at a glance, beside the comparison (the Documents tab edits them). */
export function DocumentsPanel({ documents }: Props) {
  const { t } = useTranslation();
  return (
    <section className="panel documents" aria-labelledby="documents-title">
      <header className="panel-header">
        <h2 id="documents-title">{t('documents.title')}</h2>
        <span className="muted">
          {documents ? t('documents.count', { count: documents.length }) : t('app.loading')}
        </span>
      </header>
      <ul className="document-list" data-testid="documents">
        {documents?.map((doc) => (
          <li key={doc.id} className="document" data-testid="document" data-document-id={doc.id}>
            <div className="document-main">
              <span
                className={doc.entity ? 'document-entity' : 'document-entity muted'}
                data-testid="document-entity"
              >
                {doc.entity ?? t('documents.unknownEntity')}
              </span>
              <span className="document-year" data-testid="document-year">
                {doc.year !== null
                  ? t('documents.year', { year: doc.year })
                  : t('documents.unknownYear')}
              </span>
            </div>
            <div className="document-meta">
              {doc.type && <span className="chip">{doc.type}</span>}
              <span className="document-facts" data-testid="document-facts">
                {t('documents.figures', { count: doc.factCount })}
              </span>
            </div>
            <div className="document-name" title={doc.path ?? doc.name} data-testid="document-name">
              {doc.name}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
