import { useTranslation } from 'react-i18next';
import type { DiffSide, Evidence } from '../../../shared/findings/types.ts';
import { gapAt, pieces } from './highlight.ts';
import { NS } from './strings.ts';

type Open = (documentId: number, start: number, end: number) => void;

function Marked({ text, ranges }: { text: string; ranges: [number, number][] }) {
  const gap = gapAt(ranges);
  const parts = pieces(text, ranges);
  if (gap !== null && parts.every((p) => !p.marked)) {
    return (
      <>
        {text.slice(0, gap)}
        <mark className="findings-gap" aria-label="∅">
          ∅
        </mark>
        {text.slice(gap)}
      </>
    );
  }
  return (
    <>
      {parts.map((p, i) =>
        p.marked ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>,
      )}
    </>
  );
}

/** Each source span in its sentence, highlighted, one click from its document. */
export function EvidenceList({
  evidence,
  documentName,
  onOpen,
}: {
  evidence: Evidence[];
  documentName: (id: number) => string;
  onOpen: Open;
}) {
  const { t } = useTranslation(NS);
  return (
    <ul className="findings-evidence">
      {evidence.map((e, i) => (
        <li key={i}>
          <div className="findings-evidence-head">
            <span className="findings-role">{t(`role.${e.role}`, { defaultValue: e.role })}</span>
            <span className="muted">《{documentName(e.documentId)}》</span>
            <button
              type="button"
              className="button button-quiet"
              onClick={() => onOpen(e.documentId, e.start, e.end)}
            >
              {t('openSource')}
            </button>
          </div>
          <blockquote>
            <Marked
              text={e.sentence}
              ranges={[[e.start - e.sentenceStart, e.end - e.sentenceStart]]}
            />
          </blockquote>
        </li>
      ))}
    </ul>
  );
}

/** A version difference side by side, the differing characters marked on both sides. */
export function DiffSides({
  left,
  right,
  documentName,
  onOpen,
}: {
  left: DiffSide;
  right: DiffSide;
  documentName: (id: number) => string;
  onOpen: Open;
}) {
  const { t } = useTranslation(NS);
  const side = (s: DiffSide, label: string) => (
    <div className="findings-diff-side">
      <div className="findings-evidence-head">
        <span className="findings-role">{label}</span>
        <button
          type="button"
          className="button button-quiet"
          onClick={() => {
            const [ms, me] = s.marks[0] ?? [0, s.text.length];
            onOpen(s.documentId, s.start + ms, s.start + Math.max(me, ms + 1));
          }}
        >
          {t('openSource')}
        </button>
      </div>
      <blockquote>
        <Marked text={s.text} ranges={s.marks} />
      </blockquote>
    </div>
  );
  return (
    <div className="findings-diff">
      {side(left, t('diffLeft', { name: documentName(left.documentId) }))}
      {side(right, t('diffRight', { name: documentName(right.documentId) }))}
    </div>
  );
}
