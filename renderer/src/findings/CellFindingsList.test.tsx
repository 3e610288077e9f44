import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import type { FindingRecord } from '../../../shared/api.ts';
import { i18n } from '../i18n/index.ts';
import { CellFindingsList } from './CellFindingsList.tsx';

const below: FindingRecord = {
  key: 'alignment|below|郑州经济技术开发区|郑州市|fai_growth|2023|=12%|=15%',
  type: 'alignment',
  severity: 'medium',
  outcome: 'below',
  entities: ['郑州经济技术开发区', '郑州市'],
  titleId: 'alignment.below.title',
  explanationId: 'alignment.below.explanation',
  params: {
    entity: '郑州经济技术开发区',
    metric: '固定资产投资增长',
    child: '12%',
    parent: '郑州市',
    parentFigure: '15%',
  },
  title: '郑州经济技术开发区固定资产投资增长目标12%低于郑州市的15%',
  explanation: '',
  figures: [],
  evidence: [],
  cells: [],
  review: { key: 'k', status: 'open', comment: null, updatedAt: null },
};

const render = (findings: FindingRecord[]) =>
  renderToStaticMarkup(<CellFindingsList findings={findings} onShow={() => undefined} />);

afterEach(() => i18n.changeLanguage('zh-CN'));

describe('the findings on a selected cell', () => {
  it('lists each with its severity, type and title, and a button naming the finding it opens', () => {
    const html = render([below]);
    expect(html).toContain('本单元格的审计发现（1）');
    expect(html).toContain('findings-badge severity-medium');
    expect(html).toContain('目标对齐');
    expect(html).toContain(below.title);
    expect(html).toContain(`aria-label="在审计发现中查看：${below.title}"`);
    expect(html).not.toContain('待审');
  });

  it('says when a finding has been reviewed', () => {
    const html = render([{ ...below, review: { ...below.review, status: 'reviewed' } }]);
    expect(html).toContain('已审核');
  });

  it('renders the title in English from its message id', async () => {
    await i18n.changeLanguage('en');
    const html = render([below]);
    expect(html).toContain('Findings on this cell (1)');
    expect(html).toContain('target 12% is below 郑州市');
  });

  it('renders nothing for a cell without findings', () => {
    expect(render([])).toBe('');
  });
});
