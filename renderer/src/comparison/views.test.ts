import { describe, expect, it } from 'vitest';
import type { EntityInfo } from '../../../shared/domain/index.ts';
import { chosenColumns, orderEntities, viewsForYear } from './views.ts';

const e = (name: string, parent: string | null = null): EntityInfo => ({
  name,
  parent,
  level: null,
  documentCount: 1,
});

describe('comparison views and columns', () => {
  it('orders each parent before its children, parents with children first', () => {
    expect(
      orderEntities([e('金水区', '郑州市'), e('洛阳市'), e('郑州市'), e('二七区', '郑州市')]),
    ).toEqual(['郑州市', '金水区', '二七区', '洛阳市']);
  });

  it('shows every entity but the hidden ones, in picker order, and never none', () => {
    const all = ['郑州市', '二七区', '管城回族区'];
    expect(chosenColumns(all, ['二七区'])).toEqual(['郑州市', '管城回族区']);
    expect(chosenColumns(all, ['洛阳市'])).toEqual(all);
    expect(chosenColumns(all, all)).toEqual(all);
  });

  it('offers a report year’s targets, last year’s achievements and spans covering it', () => {
    const views = [
      { period: '2023', kind: 'target' as const, factCount: 9 },
      { period: '2022', kind: 'actual' as const, factCount: 8 },
      { period: '2024', kind: 'target' as const, factCount: 7 },
      { period: '2023-2027', kind: 'target' as const, factCount: 3 },
    ];
    expect(viewsForYear(views, 2023).map((v) => v.period)).toEqual(['2023', '2022', '2023-2027']);
    expect(viewsForYear(views, 2024).map((v) => v.period)).toEqual(['2024', '2023-2027']);
    expect(viewsForYear(views, null)).toHaveLength(4);
  });
});
