import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { FindingRecord } from '../../../shared/api.ts';
import type { Client } from '../api/client.ts';
import { ClientContext } from '../api/context.ts';
import { FindingItem } from './FindingItem.tsx';

const client = { api: {}, onEvent: () => () => undefined, shell: 'web' } as unknown as Client;

const version: FindingRecord = {
  key: 'version|郑州市|2023|省委十一届四次|省委十二届四次',
  type: 'version',
  severity: 'high',
  outcome: 'differs',
  entities: ['郑州市'],
  titleId: 'version.title',
  explanationId: 'version.explanation',
  params: { entity: '郑州市', year: 2023, what: '@number', left: '十一届', right: '十二届' },
  title: '郑州市2023年两个版本数字不同：「十一届」与「十二届」',
  explanation: '……',
  figures: [],
  evidence: [],
  cells: [],
  diff: {
    kind: 'number',
    left: {
      documentId: 4,
      start: 0,
      end: 9,
      text: '落实省委十一届四次全会',
      marks: [[5, 6]],
      changed: '十一届',
    },
    right: {
      documentId: 5,
      start: 0,
      end: 9,
      text: '落实省委十二届四次全会',
      marks: [[5, 6]],
      changed: '十二届',
    },
  },
  review: { key: 'k', status: 'reviewed', comment: '已核实', updatedAt: '2026-01-01' },
};

/** The markup with plain spans unwrapped, so a sentence reads as text with its marks. */
const render = (f: FindingRecord) => renderMarkup(f).replace(/<\/?span>/g, '');
const renderMarkup = (f: FindingRecord) =>
  renderToStaticMarkup(
    <ClientContext.Provider value={client}>
      <FindingItem
        finding={f}
        documentName={(id) => `doc${id}.txt`}
        onOpenDocument={() => undefined}
        onReviewed={() => undefined}
      />
    </ClientContext.Provider>,
  );

describe('a finding in the list', () => {
  it('shows a version difference side by side with the differing characters marked', () => {
    const html = render(version);
    expect(html).toContain('郑州市2023年两个版本数字不同');
    expect(html).toContain('落实省委十<mark>一</mark>届四次全会');
    expect(html).toContain('落实省委十<mark>二</mark>届四次全会');
    expect(html).toContain('doc4.txt');
    expect(html).toContain('已审核');
    expect(html).toContain('已核实');
  });

  it('highlights each evidence span inside its sentence', () => {
    const html = render({
      ...version,
      diff: undefined,
      type: 'arithmetic',
      evidence: [
        {
          documentId: 3,
          start: 12,
          end: 16,
          quote: '393个',
          sentenceStart: 5,
          sentenceEnd: 20,
          sentence: '全区共实施项目393个，总投资',
          role: 'total',
        },
      ],
    });
    expect(html).toContain('全区共实施项目<mark>393个</mark>，总投资');
    expect(html).toContain('总数');
  });
});
