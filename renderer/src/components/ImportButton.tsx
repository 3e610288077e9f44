import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { IMPORT_EXTENSIONS } from '../import/drop.ts';
import { useImporter, type Progress } from '../import/ImportContext.tsx';
import { ImportResults } from './ImportResults.tsx';

/**
 * Picks report files and imports them, showing the core's progress and a per-file result list.
 * The browser shell cannot see paths, so files travel as bytes (in Electron too: the page's file
 * input works there and keeps one code path).
 */
export function ImportButton() {
  const { t } = useTranslation();
  const { state, importFiles, cancel, dismiss } = useImporter();
  const input = useRef<HTMLInputElement>(null);
  const panelId = useId();

  const running = state.phase === 'running' || state.phase === 'reading';
  const root = useRef<HTMLDivElement>(null);
  // Finished results close when the user works elsewhere (they cover part of the toolbar).
  const finished = state.phase === 'done' || state.phase === 'failed';
  useEffect(() => {
    if (!finished) return;
    const onDown = (e: MouseEvent) => {
      if (!root.current?.contains(e.target as Node)) dismiss();
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [finished, dismiss]);

  return (
    <div className="import" ref={root}>
      <input
        ref={input}
        type="file"
        multiple
        accept={IMPORT_EXTENSIONS.join(',')}
        hidden
        data-testid="import-input"
        onChange={(e) => {
          const files = Array.from(e.currentTarget.files ?? []);
          e.currentTarget.value = '';
          void importFiles(files);
        }}
      />
      <button
        type="button"
        className="button button-primary"
        disabled={running}
        title={t('import.hint')}
        aria-controls={state.phase === 'idle' ? undefined : panelId}
        onClick={() => input.current?.click()}
      >
        {running ? t('import.running') : t('import.button')}
      </button>
      {state.phase !== 'idle' && (
        <div
          id={panelId}
          className="import-panel"
          role="status"
          aria-live="polite"
          data-testid="import-panel"
          onKeyDown={(e) => {
            if (e.key === 'Escape' && !running) dismiss();
          }}
        >
          {state.phase === 'reading' && <ImportProgress progress={null} />}
          {state.phase === 'running' && <ImportProgress progress={state.progress} />}
          {state.phase === 'done' && <ImportResults report={state.report} />}
          {state.phase === 'failed' && <p className="import-error">{state.error}</p>}
          {running ? (
            <button type="button" className="button button-quiet import-close" onClick={cancel}>
              {t('import.cancel')}
            </button>
          ) : (
            <button type="button" className="button button-quiet import-close" onClick={dismiss}>
              {t('app.close')}
            </button>
          )}
        </div>
      )}
    </div>
  );
}

function ImportProgress({ progress }: { progress: Progress | null }) {
  const { t } = useTranslation();
  return (
    <div className="import-progress" data-testid="import-progress">
      <progress
        max={progress?.total || 1}
        value={progress ? progress.done : undefined}
        aria-label={t('import.running')}
      />
      <div className="import-progress-text">
        <span>
          {progress
            ? t('import.progress', { done: progress.done, total: progress.total })
            : t('import.reading')}
        </span>
        {progress?.current && (
          <span className="muted">{t('import.current', { name: progress.current })}</span>
        )}
        {progress && progress.facts > 0 && (
          <span className="muted">{t('import.facts', { count: progress.facts })}</span>
        )}
      </div>
    </div>
  );
}
