import type { DocumentSummary } from '../../../shared/domain/index.ts';
import { zh } from '../i18n/zh.ts';

interface Props {
  /** Undefined while loading. */
  documents: DocumentSummary[] | undefined;
}

/** The indexed reports: who each is about, which year, what kind, and how many figures it gave. */
export function DocumentsPanel({ documents }: Props) {
  return (
    <section className="panel documents" aria-labelledby="documents-title">
      <header className="panel-header">
        <h2 id="documents-title">{zh.documents}</h2>
        <span className="muted">
          {documents ? zh.documentsCount(documents.length) : zh.loading}
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
                {doc.entity ?? zh.unknownEntity}
              </span>
              <span className="document-year" data-testid="document-year">
                {doc.year !== null ? zh.year(doc.year) : zh.unknownYear}
              </span>
            </div>
            <div className="document-meta">
              {doc.type && <span className="chip">{doc.type}</span>}
              <span className="document-facts" data-testid="document-facts">
                {zh.figures(doc.factCount)}
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
