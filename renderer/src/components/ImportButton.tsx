import { useId, useRef, useState } from 'react';
import type { CoreEvent, ImportReport } from '../../../shared/api.ts';
import { useClient } from '../api/context.ts';
import { useCoreEvent } from '../hooks/useCoreEvents.ts';
import { filesToSources } from '../import/read-files.ts';
import { zh } from '../i18n/zh.ts';
import { ImportResults } from './ImportResults.tsx';

type Progress = Extract<CoreEvent, { type: 'import-progress' }>;

type ImportState =
  | { phase: 'idle' }
  | { phase: 'running'; progress: Progress | null }
  | { phase: 'done'; report: ImportReport }
  | { phase: 'failed'; error: string };

const ACCEPT = '.txt,.text,.md,.markdown,.docx,.pdf,.html,.htm';

/**
 * Picks report files and imports them, showing the core's progress and a per-file result list.
 * The browser shell cannot see paths, so files travel as bytes; the Electron shell can later swap
 * the file input for a native dialog returning `path` sources (issue 6).
 */
export function ImportButton() {
  const { api } = useClient();
  const input = useRef<HTMLInputElement>(null);
  const panelId = useId();
  const [state, setState] = useState<ImportState>({ phase: 'idle' });

  useCoreEvent((event) => {
    if (event.type === 'import-progress') {
      setState((s) => (s.phase === 'running' ? { phase: 'running', progress: event } : s));
    }
  });

  async function onFiles(files: FileList | null) {
    if (!files?.length) return;
    setState({ phase: 'running', progress: null });
    try {
      const sources = await filesToSources(Array.from(files));
      const report = await api.importFiles({ sources });
      setState({ phase: 'done', report });
    } catch (error) {
      setState({ phase: 'failed', error: error instanceof Error ? error.message : String(error) });
    } finally {
      if (input.current) input.current.value = '';
    }
  }

  const running = state.phase === 'running';
  return (
    <div className="import">
      <input
        ref={input}
        type="file"
        multiple
        accept={ACCEPT}
        hidden
        data-testid="import-input"
        onChange={(e) => void onFiles(e.currentTarget.files)}
      />
      <button
        type="button"
        className="button button-primary"
        disabled={running}
        title={zh.importHint}
        aria-controls={state.phase === 'idle' ? undefined : panelId}
        onClick={() => input.current?.click()}
      >
        {running ? zh.importing : zh.import}
      </button>
      {state.phase !== 'idle' && (
        <div
          id={panelId}
          className="import-panel"
          role="status"
          aria-live="polite"
          onKeyDown={(e) => {
            if (e.key === 'Escape' && !running) setState({ phase: 'idle' });
          }}
        >
          {state.phase === 'running' && <ImportProgress progress={state.progress} />}
          {state.phase === 'done' && <ImportResults report={state.report} />}
          {state.phase === 'failed' && <p className="import-error">{state.error}</p>}
          {!running && (
            <button
              type="button"
              className="button button-quiet import-close"
              onClick={() => setState({ phase: 'idle' })}
            >
              {zh.close}
            </button>
          )}
        </div>
      )}
    </div>
  );
}

function ImportProgress({ progress }: { progress: Progress | null }) {
  return (
    <div className="import-progress">
      <progress
        max={progress?.total || 1}
        value={progress ? progress.done : undefined}
        aria-label={zh.importing}
      />
      <div className="import-progress-text">
        <span>{progress ? zh.importProgress(progress.done, progress.total) : zh.importing}</span>
        {progress?.current && <span className="muted">{zh.importCurrent(progress.current)}</span>}
        {progress && progress.facts > 0 && (
          <span className="muted">{zh.importFacts(progress.facts)}</span>
        )}
      </div>
    </div>
  );
}
