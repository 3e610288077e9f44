/**
 * Arithmetic: a total stated with its parts in the same sentence or paragraph, checked for sum;
 * a share stated with both its amount and its base in the same document, checked by division.
 * Checks that hold are findings too (severity info), so auditors see what was verified.
 */
import { formatFigure } from '../format/fact-text.ts';
import {
  comparable,
  decimals,
  factEvidence,
  finding,
  normaliseMetric,
  num,
  paragraphBounds,
  round,
  subjectKey,
  toFigure,
  uniqueCells,
} from './common.ts';
import type { Finding, FindingsFact } from './types.ts';

const TOTAL_WORD = /共|总|合计|累计|总计|总数|共计/;
const PERCENT = new Set(['%', '个百分点', '‰']);
/** What may stand between the parts of an enumeration (新开工187个、续建142个、前期64个). */
const LIST_GAP = /^[^0-9，,。；;]{0,12}$/;

const isAmount = (f: FindingsFact) =>
  f.value !== null &&
  f.comparator !== 'text' &&
  f.comparator !== 'range' &&
  !PERCENT.has(f.unit ?? '');

/** All arithmetic checks of one document: its facts (any order) over its text. */
export function checkArithmetic(facts: FindingsFact[], text: string): Finding[] {
  const sorted = [...facts].sort((a, b) => a.start - b.start);
  return [...checkSums(sorted, text), ...checkShares(sorted, text)];
}

function tolerance(...values: number[]): number {
  return 0.5 * 10 ** -Math.max(0, ...values.map(decimals)) + 1e-9;
}

/** The clause a figure ends (共 may sit before the metric: 全区共实施项目393个). */
function clauseBefore(text: string, start: number): string {
  let from = start;
  while (from > 0 && start - from < CLAUSE_MAX && !CLAUSE_END.has(text[from - 1]!)) from--;
  return text.slice(from, start);
}
const CLAUSE_MAX = 40;
const CLAUSE_END = new Set(['，', ',', '；', ';', '。', '\n', '：', ':']);

function checkSums(facts: FindingsFact[], text: string): Finding[] {
  const out: Finding[] = [];
  const used = new Set<number>();
  facts.forEach((total, i) => {
    if (!isAmount(total) || !total.value || used.has(total.id)) return;
    const after = text.slice(total.end, total.end + 6);
    const detail = /^[，,。；;]?其中/.test(after);
    if (
      !TOTAL_WORD.test(total.metric) &&
      !TOTAL_WORD.test(clauseBefore(text, total.start)) &&
      !detail
    )
      return;
    const para = paragraphBounds(text, total.start);
    const unit = comparable(total).unit;
    const parts = facts
      .slice(i + 1)
      .filter(
        (f) =>
          f.start < para.end &&
          isAmount(f) &&
          comparable(f).unit === unit &&
          f.period === total.period &&
          f.kind === total.kind,
      );
    if (parts.length < 2) return;
    const t = comparable(total).value!;
    let sum = 0;
    for (let k = 0; k < parts.length; k++) {
      sum += comparable(parts[k]!).value!;
      const used0 = parts.slice(0, k + 1);
      if (k >= 1 && Math.abs(sum - t) <= tolerance(total.value!, ...used0.map((p) => p.value!))) {
        used0.forEach((p) => used.add(p.id));
        out.push(sumFinding(total, used0, text, true));
        return;
      }
    }
    // No run of parts adds up: it fails only when the parts are plainly its breakdown — an
    // enumeration right after the total (or after 其中) — and they do not add up.
    const list = enumeration(total, parts, text);
    if (list.length >= 2) out.push(sumFinding(total, list, text, false));
  });
  return out;
}

function enumeration(total: FindingsFact, parts: FindingsFact[], text: string): FindingsFact[] {
  const list: FindingsFact[] = [];
  let end = total.end;
  for (const p of parts) {
    const gap = text.slice(end, p.start);
    const first = list.length === 0;
    if (
      first
        ? !/^[，,]?(其中)?[^0-9，,。；;]{0,12}$/.test(gap)
        : !(gap.includes('、') && LIST_GAP.test(gap.replace('、', '')))
    )
      break;
    list.push(p);
    end = p.end;
  }
  return list;
}

function sumFinding(
  total: FindingsFact,
  parts: FindingsFact[],
  text: string,
  holds: boolean,
): Finding {
  const sum = parts.reduce((s, p) => s + comparable(p).value!, 0);
  const scale = comparable(total).value! / total.value!;
  const shown = round(
    sum / scale,
    Math.max(...parts.map((p) => decimals(p.value!)), decimals(total.value!)),
  );
  const unit = total.unit ?? '';
  return finding({
    keyParts: [
      'sum',
      total.entity,
      total.period,
      total.kind,
      normaliseMetric(total.metric),
      num(comparable(total).value),
      parts.map((p) => num(comparable(p).value)).join('+'),
    ],
    type: 'arithmetic',
    severity: holds ? 'info' : 'high',
    outcome: holds ? 'holds' : 'fails',
    entities: [total.entity],
    titleId: holds ? 'arithmetic.sum.holds.title' : 'arithmetic.sum.fails.title',
    explanationId: 'arithmetic.sum.explanation',
    params: {
      entity: total.entity ?? '',
      metric: total.metric,
      total: formatFigure(total),
      sum: `${shown}${unit}`,
      parts: parts.map((p) => `${p.metric}${formatFigure(p)}`).join(' + '),
      verdict: holds ? '@holds' : '@fails',
    },
    figures: [toFigure(total, 'total'), ...parts.map((p) => toFigure(p, 'part'))],
    evidence: [
      factEvidence(total, text, 'total'),
      ...parts.map((p) => factEvidence(p, text, 'part')),
    ],
    cells: uniqueCells([total, ...parts]),
  });
}

/** 占<base>的Z% right before a percentage; a base of 全市/全省/全国 is a cross-reference. */
const SHARE_OF = /占([^，,。；;、0-9]{1,16}?)的?(?:比重|比例)?(?:为|达到|达|提高到)?$/;
const REFERENT = /^(全[市省国区县]|本[市省区县])/;

function checkShares(facts: FindingsFact[], text: string): Finding[] {
  const out: Finding[] = [];
  facts.forEach((share, i) => {
    if (share.unit !== '%' || share.value === null) return;
    const before = text.slice(Math.max(share.sentenceStart, share.start - 24), share.start);
    const m = SHARE_OF.exec(before);
    if (!m || REFERENT.test(m[1]!)) return;
    const baseName = normaliseMetric(m[1]!);
    const part = [...facts.slice(0, i)]
      .reverse()
      .find((f) => f.start >= share.sentenceStart && isAmount(f));
    if (!part) return;
    const unit = comparable(part).unit;
    const base = facts.find(
      (f) =>
        f !== part &&
        isAmount(f) &&
        comparable(f).unit === unit &&
        f.period === part.period &&
        f.kind === part.kind &&
        (normaliseMetric(f.metric).includes(baseName) || subjectKey(f) === baseName),
    );
    if (!base) return;
    const computed = (comparable(part).value! / comparable(base).value!) * 100;
    const approx = part.comparator !== '=' || base.comparator !== '=';
    const tol = approx ? Math.max(1, share.value * 0.05) : tolerance(share.value) + 0.05;
    const holds = Math.abs(computed - share.value) <= tol;
    out.push(
      finding({
        keyParts: [
          'share',
          share.entity,
          share.period,
          share.kind,
          normaliseMetric(part.metric),
          baseName,
          num(share.value),
          num(comparable(part).value),
          num(comparable(base).value),
        ],
        type: 'arithmetic',
        severity: holds ? 'info' : 'high',
        outcome: holds ? 'holds' : 'fails',
        entities: [share.entity],
        titleId: holds ? 'arithmetic.share.holds.title' : 'arithmetic.share.fails.title',
        explanationId: 'arithmetic.share.explanation',
        params: {
          entity: share.entity ?? '',
          metric: part.metric,
          base: m[1]!,
          share: formatFigure(share),
          part: `${part.metric}${formatFigure(part)}`,
          baseFigure: formatFigure(base),
          computed: `${round(computed, decimals(share.value) + 1)}%`,
          tolerance: `${round(tol, 2)}%`,
          verdict: holds ? '@holds' : '@fails',
        },
        figures: [toFigure(part, 'part'), toFigure(base, 'base'), toFigure(share, 'share')],
        evidence: [
          factEvidence(part, text, 'part'),
          factEvidence(base, text, 'base'),
          factEvidence(share, text, 'share'),
        ],
        cells: uniqueCells([part, base, share]),
      }),
    );
  });
  return out;
}
