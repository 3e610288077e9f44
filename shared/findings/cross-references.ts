/**
 * Cross-references: a document's statement about another entity's figure — a difference to it
 * (高于全市0.17个百分点) or a share of it (占全省的48%) — checked against that entity's own
 * documents: holds, fails, or cannot be checked (saying which figure is missing).
 */
import { formatFigure } from '../format/fact-text.ts';
import {
  comparable,
  decimals,
  factEvidence,
  finding,
  normaliseMetric,
  num,
  round,
  subjectKey,
  toFigure,
  uniqueCells,
} from './common.ts';
import type { Finding, FindingsFact } from './types.ts';

const DIFFERENCE =
  /(高于|高出|快于|超过|超出|多于|低于|低出|慢于|少于)(全[市省国区县])(?:平均水平|平均|水平)?$/;
const SHARE = /占(全[市省国区县])(?:的)?(?:比重|比例)?(?:为|达到|达)?$/;
const LOWER = /低|慢|少/;
const PERCENT = new Set(['%', '个百分点']);

/** Finds another entity's facts about the same thing: its own documents' figures. */
export type FactLookup = (
  entity: string,
  subject: { indicator: string | null; metric: string },
  period: string | null,
  kind: FindingsFact['kind'],
) => FindingsFact[];

export interface ReferentContext {
  /** Entity → parent, to resolve 全市 / 全省 from the document's entity. */
  parents: ReadonlyMap<string, string | null>;
  lookup: FactLookup;
  text: (documentId: number) => string;
}

/** The entity 全市 / 全省 / 全国 / 全区 names, seen from `entity`. */
export function referentOf(
  word: string,
  entity: string,
  parents: ReadonlyMap<string, string | null>,
): string | null {
  if (word === '全国') return '全国';
  const suffix = word.slice(1);
  let cur: string | null = parents.get(entity) ?? null;
  for (let guard = 0; cur && guard < 10; guard++) {
    if (cur.endsWith(suffix) || (suffix === '区' && /区$/.test(cur))) return cur;
    cur = parents.get(cur) ?? null;
  }
  return null;
}

export function checkCrossReferences(
  facts: FindingsFact[],
  text: string,
  ctx: ReferentContext,
): Finding[] {
  const sorted = [...facts].sort((a, b) => a.start - b.start);
  const out: Finding[] = [];
  sorted.forEach((f, i) => {
    if (!f.entity || f.value === null) return;
    const before = text.slice(Math.max(f.sentenceStart, f.start - 16), f.start);
    const diff = PERCENT.has(f.unit ?? '') ? DIFFERENCE.exec(before) : null;
    if (diff) {
      const own = [...sorted.slice(0, i)]
        .reverse()
        .find((o) => o.start >= f.sentenceStart && o.unit === '%' && o.value !== null);
      if (own) out.push(difference(f, own, diff[1]!, diff[2]!, text, ctx));
      return;
    }
    const share = f.unit === '%' ? shareWord(sorted, i, text) : null;
    if (share) {
      const parts = sharedParts(sorted, i, text, share.index);
      if (parts) out.push(shareFinding(f, parts, share.word, text, ctx));
    }
  });
  return out.filter((x): x is Finding => x !== null);
}

/** The 占全X(的) before a share, or before the first of a list of shares (分别占全省的48%、37%). */
function shareWord(
  sorted: FindingsFact[],
  i: number,
  text: string,
): { word: string; index: number } | null {
  let k = i;
  while (k > 0) {
    const prev = sorted[k - 1]!;
    const gap = text.slice(prev.end, sorted[k]!.start);
    if (prev.unit === '%' && /^[、,，和及]$/.test(gap)) k--;
    else break;
  }
  const f = sorted[k]!;
  const m = SHARE.exec(text.slice(Math.max(f.sentenceStart, f.start - 12), f.start));
  return m ? { word: m[1]!, index: i - k } : null;
}

/** The amount a share is of: the one before 占, or with 分别 the matching one of a list. */
function sharedParts(
  sorted: FindingsFact[],
  i: number,
  text: string,
  index: number,
): FindingsFact | null {
  const first = sorted[i - index]!;
  const amounts = sorted
    .slice(0, i - index)
    .filter(
      (o) => o.start >= first.sentenceStart && !PERCENT.has(o.unit ?? '') && o.value !== null,
    );
  const listed = /分别占/.test(
    text.slice(Math.max(first.sentenceStart, first.start - 12), first.start),
  );
  if (!listed) return index === 0 ? (amounts[amounts.length - 1] ?? null) : null;
  let count = index + 1;
  for (let k = i + 1; k < sorted.length; k++) {
    const gap = text.slice(sorted[k - 1]!.end, sorted[k]!.start);
    if (sorted[k]!.unit === '%' && /^[、,，和及]$/.test(gap)) count++;
    else break;
  }
  return amounts[amounts.length - count + index] ?? null;
}

/** The referent's figures for the same thing, one distinct value, or null. */
function referentFigure(
  own: FindingsFact,
  referent: string,
  ctx: ReferentContext,
  unit: (f: FindingsFact) => boolean,
): FindingsFact | null {
  const found = ctx
    .lookup(referent, own, own.period, own.kind)
    .filter((o) => o.value !== null && unit(o));
  if (!found.length) return null;
  const values = new Set(found.map((o) => num(comparable(o).value)));
  return values.size === 1 ? found[0]! : null;
}

function difference(
  stated: FindingsFact,
  own: FindingsFact,
  relation: string,
  word: string,
  text: string,
  ctx: ReferentContext,
): Finding {
  const entity = own.entity ?? stated.entity!;
  const referent = referentOf(word, entity, ctx.parents) ?? word;
  const other = referentFigure(own, referent, ctx, (o) => o.unit === '%');
  const sign = LOWER.test(relation) ? -1 : 1;
  const tol = 0.5 * 10 ** -decimals(stated.value!) + 1e-9;
  const computed = other ? (own.value! - other.value!) * sign : null;
  const outcome =
    computed === null ? 'unchecked' : Math.abs(computed - stated.value!) <= tol ? 'holds' : 'fails';
  const metric = own.metric;
  const evidence = [factEvidence(own, text, 'own'), factEvidence(stated, text, 'statement')];
  if (other) evidence.push(factEvidence(other, ctx.text(other.documentId), 'referent'));
  return finding({
    keyParts: [
      'difference',
      entity,
      referent,
      subjectKey(own),
      own.period,
      own.kind,
      num(own.value),
      relation,
      num(stated.value),
    ],
    type: 'cross-reference',
    severity: outcome === 'fails' ? 'high' : outcome === 'unchecked' ? 'low' : 'info',
    outcome,
    entities: [entity, referent],
    titleId: `xref.${outcome}.title`,
    explanationId:
      outcome === 'unchecked' ? 'xref.missing.explanation' : 'xref.difference.explanation',
    params: {
      entity,
      referent,
      metric,
      own: formatFigure(own),
      relation,
      stated: formatFigure(stated),
      other: other ? formatFigure(other) : '',
      computed:
        computed === null ? '' : `${round(computed, decimals(stated.value!))}${stated.unit}`,
      verdict: outcome === 'holds' ? '@holds' : '@fails',
      missing: `${referent}${own.period ?? ''}年${metric}`,
    },
    figures: [own, stated, ...(other ? [other] : [])].map((f, n) =>
      toFigure(f, ['own', 'statement', 'referent'][n]!),
    ),
    evidence,
    cells: uniqueCells([own, ...(other ? [other] : [])]),
  });
}

function shareFinding(
  share: FindingsFact,
  part: FindingsFact,
  word: string,
  text: string,
  ctx: ReferentContext,
): Finding {
  const entity = part.entity ?? share.entity!;
  const referent = referentOf(word, entity, ctx.parents) ?? word;
  const unit = comparable(part).unit;
  const other = referentFigure(part, referent, ctx, (o) => comparable(o).unit === unit);
  const computed = other ? (comparable(part).value! / comparable(other).value!) * 100 : null;
  const approx = part.comparator !== '=' || (other !== null && other.comparator !== '=');
  const tol = approx
    ? Math.max(1, share.value! * 0.05)
    : 0.5 * 10 ** -decimals(share.value!) + 0.05;
  const outcome =
    computed === null ? 'unchecked' : Math.abs(computed - share.value!) <= tol ? 'holds' : 'fails';
  const evidence = [factEvidence(part, text, 'own'), factEvidence(share, text, 'statement')];
  if (other) evidence.push(factEvidence(other, ctx.text(other.documentId), 'referent'));
  return finding({
    keyParts: [
      'share',
      entity,
      referent,
      subjectKey(part),
      part.period,
      part.kind,
      num(comparable(part).value),
      num(share.value),
    ],
    type: 'cross-reference',
    severity: outcome === 'fails' ? 'high' : outcome === 'unchecked' ? 'low' : 'info',
    outcome,
    entities: [entity, referent],
    titleId: `xref.${outcome}.title`,
    explanationId: outcome === 'unchecked' ? 'xref.missing.explanation' : 'xref.share.explanation',
    params: {
      entity,
      referent,
      metric: part.metric,
      own: formatFigure(part),
      relation: '占',
      stated: formatFigure(share),
      other: other ? formatFigure(other) : '',
      computed: computed === null ? '' : `${round(computed, decimals(share.value!) + 1)}%`,
      verdict: outcome === 'holds' ? '@holds' : '@fails',
      missing: `${referent}${part.period ?? ''}年${normaliseMetric(part.metric)}`,
    },
    figures: [part, share, ...(other ? [other] : [])].map((f, n) =>
      toFigure(f, ['own', 'statement', 'referent'][n]!),
    ),
    evidence,
    cells: uniqueCells([part, ...(other ? [other] : [])]),
  });
}
