import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentSummary, EntityInfo } from '../../../shared/domain/index.ts';
import { useClient } from '../api/context.ts';
import { useQuery } from '../hooks/useQuery.ts';

interface Props {
  documents: DocumentSummary[] | undefined;
  indexVersion: number;
  onOpenDocument: (documentId: number, start: number, end: number) => void;
}

/** Every indexed report, with its entity, year, type and parent editable, and removal. */
export function DocumentsView({ documents, indexVersion, onOpenDocument }: Props) {
  const { t, i18n } = useTranslation();
  const { api } = useClient();
  const entities = useQuery(`entities:${indexVersion}`, () => api.listEntities({}));
  const [editing, setEditing] = useState<number | null>(null);
  const [removing, setRemoving] = useState<DocumentSummary | null>(null);
  const [error, setError] = useState('');
  const parentOf = (name: string | null) =>
    entities.data?.find((e) => e.name === name)?.parent ?? null;
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'short', timeStyle: 'short' });

  return (
    <section className="panel documents-view" aria-labelledby="documents-view-title">
      <header className="panel-header">
        <h2 id="documents-view-title">{t('documents.title')}</h2>
        <span className="muted">
          {documents ? t('documents.count', { count: documents.length }) : t('app.loading')}
        </span>
        {error && (
          <span role="alert" className="error-text">
            {error}
          </span>
        )}
      </header>
      <div className="table-wrap">
        <table className="data-table" data-testid="documents-table">
          <thead>
            <tr>
              <th scope="col">{t('documents.name')}</th>
              <th scope="col">{t('documents.entity')}</th>
              <th scope="col">{t('documents.parent')}</th>
              <th scope="col">{t('documents.yearColumn')}</th>
              <th scope="col">{t('documents.type')}</th>
              <th scope="col">{t('documents.facts')}</th>
              <th scope="col">{t('documents.importedAt')}</th>
              <th scope="col">{t('documents.encoding')}</th>
              <th scope="col">{t('documents.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {documents?.map((doc) =>
              editing === doc.id ? (
                <EditRow
                  key={doc.id}
                  doc={doc}
                  parent={parentOf(doc.entity)}
                  entities={entities.data ?? []}
                  onDone={(message) => {
                    setEditing(null);
                    setError(message);
                  }}
                />
              ) : (
                <tr key={doc.id} data-testid="document-row" data-document-id={doc.id}>
                  <td className="cell-name" title={doc.path ?? doc.name}>
                    {doc.name}
                  </td>
                  <td>{doc.entity ?? t('documents.unknownEntity')}</td>
                  <td>{parentOf(doc.entity) ?? t('documents.noParent')}</td>
                  <td>{doc.year ?? t('documents.unknownYear')}</td>
                  <td>{doc.type ?? ''}</td>
                  <td className="num">{doc.factCount}</td>
                  <td>{date.format(new Date(doc.importedAt))}</td>
                  <td>{doc.encoding}</td>
                  <td className="actions">
                    <button
                      type="button"
                      className="button button-small"
                      onClick={() => onOpenDocument(doc.id, 0, 0)}
                    >
                      {t('documents.open')}
                    </button>
                    <button
                      type="button"
                      className="button button-small"
                      data-testid="document-edit"
                      onClick={() => setEditing(doc.id)}
                    >
                      {t('documents.edit')}
                    </button>
                    <button
                      type="button"
                      className="button button-small button-danger"
                      data-testid="document-remove"
                      onClick={() => setRemoving(doc)}
                    >
                      {t('documents.remove')}
                    </button>
                  </td>
                </tr>
              ),
            )}
          </tbody>
        </table>
      </div>
      {removing && (
        <ConfirmRemove
          doc={removing}
          onClose={async (confirmed) => {
            const doc = removing;
            setRemoving(null);
            if (!confirmed) return;
            try {
              await api.removeDocument({ id: doc.id });
            } catch (e) {
              setError(e instanceof Error ? e.message : String(e));
            }
          }}
        />
      )}
    </section>
  );
}

interface EditProps {
  doc: DocumentSummary;
  parent: string | null;
  entities: EntityInfo[];
  onDone: (error: string) => void;
}

function EditRow({ doc, parent, entities, onDone }: EditProps) {
  const { t } = useTranslation();
  const { api } = useClient();
  const [entity, setEntity] = useState(doc.entity ?? '');
  const [year, setYear] = useState(doc.year === null ? '' : String(doc.year));
  const [type, setType] = useState(doc.type ?? '');
  const [parentName, setParentName] = useState(parent ?? '');
  const formId = `edit-${doc.id}`;

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    try {
      await api.updateDocument({
        id: doc.id,
        entity: entity.trim() || null,
        year: year.trim() ? Number(year) : null,
        type: type.trim() || null,
      });
      const name = entity.trim();
      if (name && (parentName || null) !== parent) {
        await api.setEntityParent({ name, parent: parentName || null });
      }
      onDone('');
    } catch (error) {
      onDone(error instanceof Error ? error.message : String(error));
    }
  }

  return (
    <tr data-testid="document-edit-row">
      <td className="cell-name">
        <form
          id={formId}
          onSubmit={(e) => void onSubmit(e)}
          aria-label={t('documents.editTitle', { name: doc.name })}
        />
        {doc.name}
      </td>
      <td>
        <input
          form={formId}
          aria-label={t('documents.entity')}
          value={entity}
          list={`${formId}-entities`}
          onChange={(e) => setEntity(e.currentTarget.value)}
        />
        <datalist id={`${formId}-entities`}>
          {entities.map((e) => (
            <option key={e.name} value={e.name} />
          ))}
        </datalist>
      </td>
      <td>
        <select
          form={formId}
          aria-label={t('documents.parent')}
          value={parentName}
          onChange={(e) => setParentName(e.currentTarget.value)}
        >
          <option value="">{t('documents.noParent')}</option>
          {entities
            .filter((e) => e.name !== entity)
            .map((e) => (
              <option key={e.name} value={e.name}>
                {e.name}
              </option>
            ))}
        </select>
      </td>
      <td>
        <input
          form={formId}
          aria-label={t('documents.yearColumn')}
          type="number"
          min={1949}
          max={2100}
          value={year}
          onChange={(e) => setYear(e.currentTarget.value)}
        />
      </td>
      <td>
        <input
          form={formId}
          aria-label={t('documents.type')}
          value={type}
          onChange={(e) => setType(e.currentTarget.value)}
        />
      </td>
      <td className="num">{doc.factCount}</td>
      <td colSpan={2} />
      <td className="actions">
        <button type="submit" form={formId} className="button button-small button-primary">
          {t('app.save')}
        </button>
        <button type="button" className="button button-small" onClick={() => onDone('')}>
          {t('app.cancel')}
        </button>
      </td>
    </tr>
  );
}

function ConfirmRemove({
  doc,
  onClose,
}: {
  doc: DocumentSummary;
  onClose: (confirmed: boolean) => void | Promise<void>;
}) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    dialog.current?.showModal();
  }, []);
  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby="remove-title"
      data-testid="remove-dialog"
      onCancel={(e) => {
        e.preventDefault();
        void onClose(false);
      }}
    >
      <h2 id="remove-title">{t('documents.removeTitle')}</h2>
      <p>{t('documents.removeBody', { name: doc.name })}</p>
      <div className="form-actions">
        <button type="button" className="button" autoFocus onClick={() => void onClose(false)}>
          {t('app.cancel')}
        </button>
        <button
          type="button"
          className="button button-danger"
          data-testid="remove-confirm"
          onClick={() => void onClose(true)}
        >
          {t('documents.removeConfirm')}
        </button>
      </div>
    </dialog>
  );
}
