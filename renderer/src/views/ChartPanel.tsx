import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from '../api/context.ts';
import { chartOption, trendOption } from '../chart/options.ts';
import { echarts } from '../chart/echarts.ts';
import { download } from '../export/download.ts';
import { toGridRows, type GridRow } from '../grid/rows.ts';
import { useQuery } from '../hooks/useQuery.ts';

interface Props {
  rows: GridRow[];
  entities: string[];
  parent: string | null;
  /** Target periods (one per report year) when several years exist: offers a trend. */
  trendPeriods: string[];
}

/** SVG → PNG through an <img> and a canvas (an SVG data URL does not taint the canvas). */
async function svgToPng(svg: string, width: number, height: number): Promise<Blob> {
  const img = new Image();
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await img.decode();
  const scale = 2;
  const canvas = document.createElement('canvas');
  canvas.width = width * scale;
  canvas.height = height * scale;
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = getComputedStyle(document.body).backgroundColor || '#fff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG'))), 'image/png'),
  );
}

/** The selected indicators across the shown entities, exportable as PNG or SVG. */
export function ChartPanel({ rows, entities, parent, trendPeriods }: Props) {
  const { t } = useTranslation();
  const { api } = useClient();
  const host = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<typeof echarts.init> | null>(null);
  const [mode, setMode] = useState<'entities' | 'trend'>('entities');
  const trend = mode === 'trend' && trendPeriods.length > 1 && rows[0]?.indicator ? rows[0] : null;
  const trendData = useQuery(`trend:${trend?.indicator}:${trendPeriods.join(',')}`, async () =>
    trend?.indicator
      ? Promise.all(
          trendPeriods.map(async (period) => ({
            period,
            rows: toGridRows(
              await api.compare({ period, kind: 'target', indicators: [trend.indicator!] }),
            ),
          })),
        )
      : [],
  );

  useEffect(() => {
    const instance = echarts.init(host.current!, null, { renderer: 'svg' });
    chart.current = instance;
    const resize = new ResizeObserver(() => instance.resize());
    resize.observe(host.current!);
    return () => {
      resize.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    const dark = document.documentElement.dataset.theme === 'dark';
    const option =
      trend?.indicator && trendData.data
        ? trendOption(trend.indicator, trend.label, trendData.data, entities, dark)
        : chartOption(rows, entities, parent, (name) => t('chart.parentTarget', { name }), dark);
    chart.current?.setOption(option, { notMerge: true });
  }, [rows, entities, parent, t, trend, trendData.data]);

  function svg(): string {
    return chart.current?.renderToSVGString() ?? '';
  }

  return (
    <section className="chart-panel" aria-labelledby="chart-title" data-testid="chart-panel">
      <header className="chart-header">
        <h3 id="chart-title">{t('chart.title')}</h3>
        {rows.length === 0 && <span className="muted small">{t('chart.hint')}</span>}
        <span className="toolbar-spacer" />
        {trendPeriods.length > 1 && (
          <label className="field">
            <span className="visually-hidden">{t('chart.mode')}</span>
            <select
              data-testid="chart-mode"
              value={mode}
              onChange={(e) => setMode(e.currentTarget.value as 'entities' | 'trend')}
            >
              <option value="entities">{t('chart.byEntity')}</option>
              <option value="trend">{t('chart.trend')}</option>
            </select>
          </label>
        )}
        <button
          type="button"
          className="button"
          data-testid="export-svg"
          onClick={() =>
            download(new Blob([svg()], { type: 'image/svg+xml' }), 'duibiao-chart.svg')
          }
        >
          {t('chart.exportSvg')}
        </button>
        <button
          type="button"
          className="button"
          data-testid="export-png"
          onClick={() => {
            const el = host.current!;
            void svgToPng(svg(), el.clientWidth, el.clientHeight).then((png) =>
              download(png, 'duibiao-chart.png'),
            );
          }}
        >
          {t('chart.exportPng')}
        </button>
      </header>
      <div ref={host} className="chart-host" role="img" aria-label={t('chart.label')} />
    </section>
  );
}
