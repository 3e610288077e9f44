import type { EChartsCoreOption } from 'echarts/core';
import { formatFigure } from '../../../shared/format/fact-text.ts';
import { CJK_FONT_STACK } from '../grid/theme.ts';
import { primaryFact, type GridRow } from '../grid/rows.ts';

/**
 * Bars per selected indicator across the shown entities (the primary figure's value), with the
 * parent's target drawn as a dashed reference line per indicator.
 */
export function chartOption(
  rows: readonly GridRow[],
  entities: readonly string[],
  parent: string | null,
  parentLabel: (name: string) => string,
  dark: boolean,
): EChartsCoreOption {
  const text = dark ? '#e6e8eb' : '#1f2329';
  return {
    aria: { enabled: true },
    textStyle: { fontFamily: CJK_FONT_STACK.join(', '), color: text },
    tooltip: { trigger: 'item' },
    legend: { top: 0, textStyle: { color: text } },
    grid: { left: 48, right: 24, top: 36, bottom: 32 },
    xAxis: { type: 'category', data: [...entities], axisLabel: { color: text } },
    yAxis: { type: 'value', axisLabel: { color: text } },
    series: rows.map((row) => {
      const target = parent ? primaryFact(row, parent) : undefined;
      return {
        type: 'bar',
        name: row.label,
        data: entities.map((e) => {
          const f = primaryFact(row, e);
          return { value: f?.value ?? null, name: f ? formatFigure(f) : '' };
        }),
        label: { show: true, position: 'top', formatter: '{b}', color: text },
        markLine:
          target?.value != null && parent
            ? {
                symbol: 'none',
                lineStyle: { type: 'dashed' },
                label: { formatter: `${parentLabel(parent)} ${formatFigure(target)}`, color: text },
                data: [{ yAxis: target.value }],
              }
            : undefined,
      };
    }),
  };
}

/** One comparison per period, for the trend: period → rows keyed by indicator id. */
export interface PeriodRows {
  period: string;
  rows: readonly GridRow[];
}

/**
 * When reports of several years exist: a line per entity across the periods, for the first
 * selected indicator (values are the primary figures; a period without one leaves a gap).
 */
export function trendOption(
  indicator: string,
  label: string,
  periods: readonly PeriodRows[],
  entities: readonly string[],
  dark: boolean,
): EChartsCoreOption {
  const text = dark ? '#e6e8eb' : '#1f2329';
  return {
    aria: { enabled: true },
    textStyle: { fontFamily: CJK_FONT_STACK.join(', '), color: text },
    tooltip: { trigger: 'axis' },
    legend: { top: 0, type: 'scroll', textStyle: { color: text } },
    grid: { left: 48, right: 24, top: 36, bottom: 32 },
    xAxis: { type: 'category', name: label, data: periods.map((p) => p.period) },
    yAxis: { type: 'value' },
    series: entities.map((entity) => ({
      type: 'line',
      name: entity,
      connectNulls: false,
      data: periods.map((p) => {
        const row = p.rows.find((r) => r.indicator === indicator);
        return primaryFact(row, entity)?.value ?? null;
      }),
    })),
  };
}
