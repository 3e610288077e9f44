import { describe, expect, it } from 'vitest';
import type { FactRecord } from '../../../shared/api.ts';
import { changesOf, draftOf } from './changes.ts';

const fact = {
  id: 1,
  documentId: 1,
  entity: '二七区',
  indicator: 'gdp_growth',
  metric: '地区生产总值增长',
  value: 7,
  valueMax: null,
  unit: '%',
  normValue: 7,
  normUnit: '%',
  comparator: '=',
  hedge: null,
  kind: 'target',
  period: '2023',
  start: 0,
  end: 2,
  quote: '7%',
  section: [],
  sentenceStart: 0,
  sentenceEnd: 2,
  extracted: {},
  hidden: false,
} satisfies FactRecord;

describe('correction changes', () => {
  it('sends nothing when nothing was changed', () => {
    expect(changesOf(fact, draftOf(fact))).toBeNull();
  });

  it('sends only the changed fields, empty text as null', () => {
    const draft = {
      ...draftOf(fact),
      value: '7.5',
      comparator: '>=' as const,
      unit: ' ',
      indicator: '',
    };
    expect(changesOf(fact, draft)).toEqual({
      value: 7.5,
      comparator: '>=',
      unit: null,
      indicator: null,
    });
  });

  it('changes the period and kind', () => {
    expect(changesOf(fact, { ...draftOf(fact), period: '2022', kind: 'actual' })).toEqual({
      period: '2022',
      kind: 'actual',
    });
  });
});
