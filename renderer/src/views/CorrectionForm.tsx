import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CellFact } from '../../../shared/api.ts';
import { INDICATORS } from '../../../shared/catalog/indicators.ts';
import {
  COMPARATORS,
  FACT_KINDS,
  type Comparator,
  type FactKind,
} from '../../../shared/domain/index.ts';
import { useClient } from '../api/context.ts';
import type { GridRow } from '../grid/rows.ts';
import { kindLabel } from '../i18n/labels.ts';
import { changesOf, draftOf, type Draft } from '../correction/changes.ts';

/** Corrections of one fact: its fields, "not a fact", undo; a synonym for an unmapped metric. */
export function CorrectionForm({ fact, row }: { fact: CellFact; row: GridRow }) {
  const { t } = useTranslation();
  const { api } = useClient();
  const id = useId();
  const [draft, setDraft] = useState<Draft>(() => draftOf(fact));
  const [message, setMessage] = useState('');
  const [synonym, setSynonym] = useState('');
  const corrected = Object.keys(fact.extracted).length > 0 || fact.hidden;

  async function run(action: () => Promise<unknown>, done: string) {
    setMessage('');
    try {
      const result = await action();
      setMessage(typeof result === 'string' ? result : done);
    } catch (error) {
      setMessage(t('correct.failed', { error: error instanceof Error ? error.message : error }));
    }
  }

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    const changes = changesOf(fact, draft);
    if (changes) void run(() => api.correctFact({ factId: fact.id, changes }), t('correct.saved'));
  }

  const set = <K extends keyof Draft>(k: K, v: Draft[K]) => setDraft((d) => ({ ...d, [k]: v }));
  const field = (k: 'value' | 'valueMax' | 'unit' | 'period', label: string, type = 'text') => (
    <label className="form-field" htmlFor={`${id}-${k}`}>
      <span>{label}</span>
      <input
        id={`${id}-${k}`}
        type={type}
        step="any"
        data-field={k}
        value={draft[k]}
        onChange={(e) => set(k, e.currentTarget.value)}
      />
    </label>
  );

  return (
    <details className="correction" data-testid="correction">
      <summary>{t('correct.title')}</summary>
      <form onSubmit={onSubmit} className="correction-form">
        {field('value', t('correct.value'), 'number')}
        {field('valueMax', t('correct.valueMax'), 'number')}
        <label className="form-field" htmlFor={`${id}-comparator`}>
          <span>{t('correct.comparator')}</span>
          <select
            id={`${id}-comparator`}
            data-field="comparator"
            value={draft.comparator}
            onChange={(e) => set('comparator', e.currentTarget.value as Comparator)}
          >
            {COMPARATORS.map((c) => (
              <option key={c} value={c}>
                {t(`correct.comparators.${c}`)}
              </option>
            ))}
          </select>
        </label>
        {field('unit', t('correct.unit'))}
        <label className="form-field form-wide" htmlFor={`${id}-indicator`}>
          <span>{t('correct.indicator')}</span>
          <select
            id={`${id}-indicator`}
            data-field="indicator"
            value={draft.indicator}
            onChange={(e) => set('indicator', e.currentTarget.value)}
          >
            <option value="">{t('correct.noIndicator')}</option>
            {INDICATORS.map((i) => (
              <option key={i.id} value={i.id}>
                {i.zh}
              </option>
            ))}
          </select>
        </label>
        {field('period', t('correct.period'))}
        <label className="form-field" htmlFor={`${id}-kind`}>
          <span>{t('correct.kind')}</span>
          <select
            id={`${id}-kind`}
            data-field="kind"
            value={draft.kind}
            onChange={(e) => set('kind', e.currentTarget.value as FactKind)}
          >
            {FACT_KINDS.map((k) => (
              <option key={k} value={k}>
                {kindLabel(t, k)}
              </option>
            ))}
          </select>
        </label>
        <div className="form-actions">
          <button type="submit" className="button button-primary" data-testid="correction-save">
            {t('correct.save')}
          </button>
          {!fact.hidden && (
            <button
              type="button"
              className="button"
              data-testid="not-a-fact"
              onClick={() =>
                void run(
                  () => api.correctFact({ factId: fact.id, changes: { notAFact: true } }),
                  t('correct.saved'),
                )
              }
            >
              {t('correct.notAFact')}
            </button>
          )}
          {corrected && (
            <button
              type="button"
              className="button"
              data-testid="correction-undo"
              onClick={() =>
                void run(() => api.undoCorrection({ factId: fact.id }), t('correct.saved'))
              }
            >
              {t('correct.undo')}
            </button>
          )}
        </div>
      </form>
      {!row.indicator && (
        <form
          className="synonym-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (synonym) {
              void run(async () => {
                const r = await api.setSynonym({ phrase: fact.metric, indicator: synonym });
                return t('correct.synonymDone', { count: r.facts });
              }, '');
            }
          }}
        >
          <label className="form-field form-wide" htmlFor={`${id}-synonym`}>
            <span>{t('correct.synonym', { phrase: fact.metric })}</span>
            <select
              id={`${id}-synonym`}
              data-testid="synonym-select"
              value={synonym}
              onChange={(e) => setSynonym(e.currentTarget.value)}
            >
              <option value="">{t('correct.noIndicator')}</option>
              {INDICATORS.map((i) => (
                <option key={i.id} value={i.id}>
                  {i.zh}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="button" disabled={!synonym}>
            {t('correct.synonymSave')}
          </button>
        </form>
      )}
      {message && (
        <p className="muted small" role="status">
          {message}
        </p>
      )}
    </details>
  );
}
