import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { droppedFiles } from '../import/drop.ts';
import { useImporter } from '../import/ImportContext.tsx';

const hasFiles = (e: React.DragEvent) => Array.from(e.dataTransfer.types).includes('Files');

/** The whole window accepts dropped report files and folders. */
export function DropZone({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { importFiles, state } = useImporter();
  const [over, setOver] = useState(false);
  const busy = state.phase === 'running' || state.phase === 'reading';

  return (
    <div
      className="drop-zone"
      onDragOver={(e) => {
        if (!hasFiles(e) || busy) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
        setOver(true);
      }}
      onDragLeave={(e) => {
        if (e.currentTarget === e.target || !e.currentTarget.contains(e.relatedTarget as Node)) {
          setOver(false);
        }
      }}
      onDrop={(e) => {
        if (!hasFiles(e) || busy) return;
        e.preventDefault();
        setOver(false);
        void importFiles(droppedFiles(e.dataTransfer));
      }}
    >
      {children}
      {over && (
        <div className="drop-overlay" aria-hidden="true">
          <p>{t('import.dropHere')}</p>
        </div>
      )}
    </div>
  );
}
