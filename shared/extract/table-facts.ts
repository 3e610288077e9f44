/**
 * Facts of a table: a figure per cell, its metric from its row (指标 | 单位 | 2023年实际 | 2024年目标)
 * or, in a table of places (地区 | 生产总值(亿元) | 增速(%)), from its column; its unit, year and kind
 * from the unit column and the column's header.
 */
import type { ExtractedFact } from '../domain/fact.ts';
import { matchIndicator } from '../catalog/match-indicator.ts';
import type { Context } from './period.ts';
import type { TextTable } from './tables.ts';
import { cellAt, layoutOf, tidy, yearCell } from './table-layout.ts';
import { readCell, type CellFigure } from './table-cell.ts';
import { columnContext, readHead, unitOf, type ColumnHead } from './table-heads.ts';
import { qualitativeFact, qualitativeIn, type FactSite } from './qualitative.ts';
import { placeNamed } from './entity.ts';
import { tidyMetric } from './metric-tidy.ts';
import { normalizeUnit, unitOfText } from './units.ts';

/** Where the table stands: the document's year and entity, the context and the section there. */
export interface TableSetting {
  year: number | null;
  entity: string | null;
  context: Context;
  section: string[];
}

const GROWTH_IN_METRIC = /增长|增速|增幅|下降|提高|降低|减少|率|比重|占比|强度|指数/;
/** What opens a row's label that is no part of its metric: numbering, 其中, 其中：. */
const LABEL_LEAD = /^(?:[(（]?[0-9一二三四五六七八九十]{1,3}[)）.、．]\s*|其中[:：]?\s*|#\s*)+/;
/** A unit in brackets closing a label: 地区生产总值（亿元）. */
const LABEL_UNIT = /[(（]([^()（）]{1,8})[)）]$/;

/** A label's metric and the unit it brackets: 地区生产总值（亿元） → 地区生产总值, 亿元. */
function readLabel(text: string): { metric: string; unit: string | null } {
  let metric = tidy(text).replace(LABEL_LEAD, '');
  let unit: string | null = null;
  const m = LABEL_UNIT.exec(metric);
  if (m) unit = unitOfText(m[1] as string);
  if (m && unit) metric = metric.slice(0, m.index);
  return { metric, unit };
}

export function tableFacts(table: TextTable, setting: TableSetting): ExtractedFact[] {
  const layout = layoutOf(table);
  if (!layout) return [];
  const { width, body, headers, unitColumn, isValueColumn, firstValue, labelColumn } = layout;
  const labels = body.map((r) => tidy(cellAt(r, labelColumn).text));
  const named = labels.filter(Boolean);
  const places = labels.map((l) => (l ? placeNamed(l, setting.entity) : null));
  const mostly = (found: unknown[]): boolean =>
    named.length >= 2 && 3 * found.filter(Boolean).length >= 2 * named.length;
  const byPlace = mostly(places);
  // A table of years (年份 | 生产总值 | 增速): each row a year, each column a metric.
  const years = labels.map(yearCell);
  const byYear = !byPlace && mostly(years);
  const byColumn = byPlace || byYear;
  const captionUnit = unitOf(table.caption);

  const heads = headers.map((h) => readHead(h, setting.year));
  const contexts: Context[] = [];
  const left: Context[] = [];
  for (let c = 0; c < width; c++) {
    const ctx = columnContext(heads[c] as ColumnHead, left, setting.context, setting.year);
    contexts.push(ctx);
    if (isValueColumn[c]) left.push(ctx);
  }
  // In a table of places or years, a header naming only a rate (增速) measures the column before.
  const columnMetric: string[] = [];
  for (let c = 0; c < width; c++) {
    const head = heads[c] as ColumnHead;
    const stem = head.metric || (c > 0 ? (columnMetric[c - 1] ?? '').replace(/增长$/, '') : '');
    columnMetric.push(head.growth && stem && !GROWTH_IN_METRIC.test(stem) ? `${stem}增长` : stem);
  }

  const out: ExtractedFact[] = [];
  let lastLabel = '';
  body.forEach((row, r) => {
    // An empty label is that of the row above (a cell spanning rows).
    const label = labels[r] || lastLabel;
    lastLabel = label;
    const { metric: rowMetric, unit: labelUnit } = readLabel(label);
    const rowUnit = unitColumn >= 0 ? cellAt(row, unitColumn).text.replace('％', '%') : '';
    const entity = byPlace ? (places[r] ?? setting.entity) : setting.entity;
    for (let c = firstValue; c < width; c++) {
      const cell = cellAt(row, c);
      if (!isValueColumn[c] || !cell.text) continue;
      const head = heads[c] as ColumnHead;
      const growth = head.growth && !GROWTH_IN_METRIC.test(rowMetric);
      const metric = byColumn
        ? (columnMetric[c] as string)
        : growth
          ? `${rowMetric}增长`
          : rowMetric + head.ratio;
      if (!metric) continue;
      const year = byYear ? years[r] : null;
      const context = year
        ? { kind: head.kind ?? yearKind(year, setting), period: year }
        : (contexts[c] as Context);
      const site: FactSite = {
        entity,
        kind: context.kind,
        period: context.period || null,
        start: cell.start,
        end: cell.end,
        section: setting.section,
        sentenceStart: row.start,
        sentenceEnd: row.end,
      };
      const f = readCell(cell.text);
      if (f) {
        const unit =
          f.unit ??
          (head.growth ? (head.unit ?? '%') : null) ??
          labelUnit ??
          (rowUnit || head.unit) ??
          captionUnit;
        if (unit) out.push(figureFact(site, metric, unit, f));
      } else if (context.kind === 'target' && !byColumn) {
        // A target written in words: 与经济增长同步, 完成省下达任务, 保持正增长.
        const q = qualitativeIn(metric + cell.text, 0);
        if (q) out.push(qualitativeFact(q, site));
      }
    }
  });
  return out;
}

/** A year's figures are targets from the document's year on, results before it. */
function yearKind(year: string, setting: TableSetting): Context['kind'] {
  return setting.year === null
    ? setting.context.kind
    : Number(year) >= setting.year
      ? 'target'
      : 'actual';
}

/** The fact of a cell's figure, `cell` the cell's site (its span narrowed to the figure's). */
function figureFact(cell: FactSite, metric: string, unit: string, f: CellFigure): ExtractedFact {
  const norm = normalizeUnit(f.value, unit);
  // One literal in the order every fact is written in (see qualitativeFact).
  return {
    entity: cell.entity,
    indicator: matchIndicator(metric, { unit }),
    // Tidied as a sentence's metric is: a row's 地区生产总值增速 and a sentence's 地区生产总值增长
    // land on one row of a comparison.
    metric: tidyMetric(metric, f.value, unit),
    value: f.value,
    valueMax: f.valueMax,
    unit,
    normValue: norm.normValue,
    normUnit: norm.normUnit,
    comparator: f.comparator,
    hedge: f.hedge,
    kind: cell.kind,
    period: cell.period,
    start: cell.start + f.start,
    end: cell.start + f.end,
    quote: '',
    section: cell.section,
    sentenceStart: cell.sentenceStart,
    sentenceEnd: cell.sentenceEnd,
  };
}
