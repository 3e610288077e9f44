import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { CoreEvent, ImportReport } from '../../../shared/api.ts';
import { useClient } from '../api/context.ts';
import { useCoreEvent } from '../hooks/useCoreEvents.ts';
import { filesToSources } from './read-files.ts';

export type Progress = Extract<CoreEvent, { type: 'import-progress' }>;

export type ImportState =
  | { phase: 'idle' }
  | { phase: 'reading' }
  | { phase: 'running'; progress: Progress | null }
  | { phase: 'done'; report: ImportReport }
  | { phase: 'failed'; error: string };

interface Importer {
  state: ImportState;
  importFiles: (files: File[] | Promise<File[]>) => Promise<void>;
  cancel: () => void;
  dismiss: () => void;
}

const ImportContext = createContext<Importer | null>(null);

/** One import at a time, whether started by the button or by a drop. */
export function ImportProvider({ children }: { children: ReactNode }) {
  const { api } = useClient();
  const [state, setState] = useState<ImportState>({ phase: 'idle' });

  useCoreEvent((event) => {
    if (event.type === 'import-progress') {
      setState((s) =>
        s.phase === 'running' || s.phase === 'reading' ? { phase: 'running', progress: event } : s,
      );
    }
  });

  const importFiles = useCallback(
    async (files: File[] | Promise<File[]>) => {
      setState({ phase: 'reading' });
      try {
        const list = await files;
        if (list.length === 0) {
          setState({ phase: 'idle' });
          return;
        }
        const sources = await filesToSources(list);
        setState({ phase: 'running', progress: null });
        const report = await api.importFiles({ sources });
        setState({ phase: 'done', report });
      } catch (error) {
        setState({
          phase: 'failed',
          error: error instanceof Error ? error.message : String(error),
        });
      }
    },
    [api],
  );
  const cancel = useCallback(() => void api.cancelImport({}), [api]);
  const dismiss = useCallback(() => setState({ phase: 'idle' }), []);
  const value = useMemo(
    () => ({ state, importFiles, cancel, dismiss }),
    [state, importFiles, cancel, dismiss],
  );
  return <ImportContext.Provider value={value}>{children}</ImportContext.Provider>;
}

export function useImporter(): Importer {
  const importer = useContext(ImportContext);
  if (!importer) throw new Error('useImporter outside <ImportProvider>');
  return importer;
}
