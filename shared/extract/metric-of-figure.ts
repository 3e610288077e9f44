/**
 * The metric of one figure: read from the clause before it, or from the noun after a count, and
 * continued from the figure before it in the sentence (shared subjects, verbs, 分别 lists).
 */
import type { Figure } from './figures.ts';
import {
  PLACE_COUNT,
  clauseBefore,
  cleanMetric,
  cleanedOrEmpty,
  distribution,
  inheritSubject,
  scopeAt,
  scopeShared,
  shareSubject,
  topicOf,
  type Clause,
  type Distribution,
} from './metric.ts';
import { bareGenericPlace, genericPlaceOpening, leadingPlace } from './entity.ts';
import { placeTermAt, resolvePlace } from '../catalog/places.ts';
import { countsThings, nounAfter } from './counted-noun.ts';
import { continueSubject, isVerbOnly, shareVerb, subjectOf, swapVerb } from './metric-chain.ts';
import { charSet, inSet, lastChars } from '../text/char-set.ts';

export interface Previous {
  metric: string;
  dist: Distribution | null;
  unit: string;
  /** What the indicator was matched on. */
  forIndicator: string;
  /** The place the figure's subject starts with (乙市增长…, 甲市实现生产总值…), or ''. */
  place: string;
  /** The noun a count was written before (抓好260个市级重点项目 → 市级重点项目), or ''. */
  noun: string;
  /** The figure itself. */
  figure: Figure;
}

export interface FigureMetric {
  metric: string;
  /** The subject a 分别 list gives the figure (郑州市生产总值), or '': its place is the figure's. */
  listSubject: string;
  /** The place that subject opens with, when the list's subjects each open with one; or ''. */
  listPlace: string;
  /** What the indicator is matched on. */
  forIndicator: string;
  /** The place the figure's subject opens with, or '' (Previous.place). */
  place: string;
  noun: string;
  dist: Distribution | null;
  /** leadingPlace(metric). */
  metricPlace: string;
}

const DUN = '、'.charCodeAt(0);

/** A clause that only joins a figure to the one before it: 分别增长5.2%和6.8%. */
const CONNECTOR_ONLY = /^(和|与|及|以及|或)$/;

export function metricOf(
  s: string,
  f: Figure,
  sen: { start: number; end: number },
  clause: Clause,
  floor: number,
  prev: Previous | null,
  /** The places the paragraph's figures spoke of before this one, in order, each once. */
  named: readonly string[],
): FigureMetric {
  // 18个产业项目要完成投资20亿元: the previous count's noun opens this clause; the rest is its own.
  const owned =
    prev?.noun &&
    clause.start === floor &&
    clause.end - clause.start > prev.noun.length &&
    s.startsWith(prev.noun, clause.start)
      ? prev.noun.length
      : 0;
  const raw = s.slice(clause.start + owned, clause.end);
  // The figure follows the one before with nothing but a 、 between: a list of figures.
  const listed = prev !== null && clause.boundary === DUN && clause.start - 1 <= floor;
  const cleaned = cleanedOrEmpty(raw);
  // 12个行政村集体经济收入全部超过50万元: a rest that names nothing leaves the count's noun to measure.
  const nounOnly = owned > 0 && !cleaned ? (prev?.noun ?? '') : '';
  let metric = nounOnly || cleaned || cleanMetric(raw);
  let forIndicator = nounOnly || raw || metric;
  // 抓好260个市级重点项目: the thing counted follows its count.
  const noun = countsThings(f.unit) ? nounAfter(s, f.end, sen.end) : '';
  let place = '';
  let inherited: string | null = null;
  if (noun) {
    metric = forIndicator = countedMetric(raw, cleaned, noun);
    // 新组建30个工程研究中心和12个重点实验室: the verb carries to the next count.
    const joined = listed || (owned > 0 && CONNECTOR_ONLY.test(raw));
    if (prev && joined && metric === noun) metric = shareVerb(noun, prev.metric) ?? noun;
  } else {
    if (prev && (clause.boundary === DUN || clause.start === clause.end))
      metric = shareSubject(clause.start === clause.end ? '' : metric, prev.metric);
    place = leadingPlace(metric);
    // 安丰县…120.5亿元；长宁县98.2亿元: a clause that is only a place outside the gazetteer.
    if (!place && prev && metric === raw) place = bareGenericPlace(metric);
    inherited = prev
      ? (inheritSubject(metric, prev.metric, place, prev.place) ??
        scopeShared(metric, prev.metric) ??
        (place && metric === place ? placeTakesSubject(place, prev) : null))
      : null;
    if (!inherited && place) {
      const topic = topicOf(s.slice(sen.start, Math.min(sen.end, sen.start + 40)));
      if (topic) inherited = inheritSubject(metric, topic, place);
    }
    const connected =
      prev !== null && raw.length <= 2 && CONNECTOR_ONLY.test(raw) && prev.unit === f.unit;
    if (!inherited && prev && raw && !connected) {
      if (isVerbOnly(metric)) inherited = swapVerb(metric, prev.metric);
      else if (
        !cleaned &&
        ((inSet(LEADS_TO_FIGURE_LAST, raw.charCodeAt(raw.length - 1)) &&
          LEADS_TO_FIGURE.test(raw)) ||
          inSet(BASE_FIRST, raw.charCodeAt(0)))
      )
        inherited = subjectBefore(s, clause, floor, prev);
      else
        inherited =
          continueSubject(
            inSet(HEDGE_FIRST, raw.charCodeAt(0)) ? raw.replace(HEDGES, '') : raw,
            metric,
            prev.metric,
          ) ?? (listed ? shareVerb(metric, prev.metric) : null);
    }
    if (inherited) metric = forIndicator = inherited;
    else if (prev && connected) {
      metric = prev.metric;
      forIndicator = prev.forIndicator;
    }
  }
  // 10亿元以上项目不少于4个: a figure right after a threshold counts the threshold's class, of
  // what the threshold's own clause names (新签约 → 新签约10亿元以上项目; 新签约项目中 → the same).
  if (prev && clause.start === floor && raw && metric === raw && isBound(s, floor)) {
    const of = thresholdClass(s, prev.figure, sen.start);
    const among = of.endsWith(`${raw}中`) ? of.slice(0, -raw.length - 1) : of;
    metric = among + s.slice(prev.figure.numStart, floor) + raw;
  }
  // 分别: the first figure takes the first subject of the list, the next ones (after 、) the rest.
  let dist = raw.includes('分别')
    ? distribution(s, f.start, Math.max(floor, sen.start), prev?.dist ?? undefined, named)
    : null;
  let listSubject = '';
  let listPlace = '';
  if (dist) {
    dist.subjects = modifiersShareNoun(placesShareNoun(countedPlaces(dist.subjects)));
    if (!dist.places.length) dist.places = placesOpening(dist.subjects);
    listSubject = dist.subjects[0] as string;
    listPlace = dist.places[0] ?? '';
    metric = forIndicator = listSubject + dist.predicate;
  } else if (prev?.dist && (clause.start === clause.end || CONNECTOR_ONLY.test(raw))) {
    const d = prev.dist;
    if (d.next < d.subjects.length) {
      listSubject = d.subjects[d.next] as string;
      listPlace = d.places[d.next] ?? '';
      metric = forIndicator = listSubject + d.predicate;
      dist = { ...d, next: d.next + 1 };
    }
  }
  // A place outside the gazetteer opens a list's subject whatever follows it (青溪县城镇居民…).
  const metricPlace = listPlace && metric.startsWith(listPlace) ? listPlace : leadingPlace(metric);
  return {
    metric,
    listSubject,
    listPlace,
    forIndicator,
    place: place || metricPlace,
    noun,
    dist,
    metricPlace,
  };
}

/**
 * The places the subjects open with (甲市生产总值 → 甲市), one each; [] unless every one opens with
 * one. Names outside the gazetteer count when every subject opens with one before the same words
 * (青溪县城镇居民人均可支配收入, 鹿鸣县城镇居民人均可支配收入).
 */
function placesOpening(subjects: readonly string[]): string[] {
  const places = subjects.map((x) => leadingPlace(x));
  if (places.every((p) => p !== '')) return places;
  const names = subjects.map((x) => genericPlaceOpening(x));
  const rest = (subjects[0] as string).slice((names[0] as string).length);
  return rest && names.every((p, k) => p && (subjects[k] as string).slice(p.length) === rest)
    ? names
    : [];
}

const SHANG = '上'.charCodeAt(0);
const XIA = '下'.charCodeAt(0);

/** Whether the figure ending at `end` closes with 以上 or 以下: it bounds a class (10亿元以上项目). */
function isBound(s: string, end: number): boolean {
  const last = s.charCodeAt(end - 1);
  return (last === SHANG || last === XIA) && s.charCodeAt(end - 2) === YI;
}

/** What the clause of a threshold figure names before it (新签约10亿元以上 → 新签约). */
const thresholdClass = (s: string, threshold: Figure, floor: number): string =>
  cleanedOrEmpty(s.slice(clauseBefore(s, threshold.start, floor).start, threshold.start));

/**
 * 甲市生产总值5873亿元，增长5.8%；乙市6815亿元: a clause that names only a place measures, for
 * that place, the subject of the figure before it (乙市生产总值), or null when it has none.
 */
function placeTakesSubject(place: string, prev: Previous): string | null {
  let subject = subjectOf(prev.metric);
  if (prev.place && subject.startsWith(prev.place)) subject = subject.slice(prev.place.length);
  return subject && !leadingPlace(subject) ? place + subject : null;
}

/**
 * 南昌、赣州两市生产总值分别…: places a list names short (gazetteer aliases), counted after the
 * last of them, are the places by their full names, and share the noun after the count
 * (南昌市生产总值, 赣州市生产总值). Other lists stay as written.
 */
function countedPlaces(subjects: string[]): string[] {
  const last = subjects[subjects.length - 1] as string;
  const term = placeTermAt(last, 0);
  const count = term ? PLACE_COUNT.exec(last.slice(term.length)) : null;
  if (!term || !count) return subjects;
  const noun = last.slice(term.length + count[0].length);
  const names = subjects.map((x, k) => resolvePlace(k + 1 < subjects.length ? x : term)?.name);
  if (!noun || names.some((n) => !n)) return subjects;
  return names.map((n) => `${n}${noun}`);
}

/**
 * 郑州市、洛阳市、南阳市生产总值分别增长…: places listed bare before the last one, which names the
 * noun, share that noun (郑州市生产总值, 洛阳市生产总值, 南阳市生产总值); so do places outside the
 * gazetteer (青溪县、鹿鸣县城镇居民人均可支配收入).
 */
function placesShareNoun(subjects: string[]): string[] {
  const last = subjects[subjects.length - 1] as string;
  for (let k = 0; k + 1 < subjects.length; k++) {
    const x = subjects[k] as string;
    if (leadingPlace(x) !== x && bareGenericPlace(x) !== x) return subjects;
  }
  // After places, the last opens with one whatever words follow (青溪县、鹿鸣县城镇居民…: 鹿鸣县).
  const place = leadingPlace(last) || genericPlaceOpening(last);
  if (!place || place.length === last.length) return subjects;
  const noun = last.slice(place.length);
  return subjects.map((x, k) => (k + 1 < subjects.length ? x + noun : x));
}

/**
 * 城镇、农村居民人均可支配收入分别增长…, 国家级、省级、市级专精特新企业分别…: items that open with
 * a scope modifier, listed before a last one that opens with one too, share the rest of the last
 * after what they hold themselves (城镇 or 城镇居民, with 农村居民人均可支配收入 last →
 * 城镇居民人均可支配收入). Other lists stay as written (出口、实际利用外资: 出口 and 实际 narrow
 * nothing).
 */
function modifiersShareNoun(subjects: string[]): string[] {
  const last = subjects[subjects.length - 1] as string;
  const own = scopeAt(last, 0);
  if (!own) return subjects;
  const rest = last.slice(own.length);
  const out = subjects.slice();
  for (let k = 0; k + 1 < subjects.length; k++) {
    const x = subjects[k] as string;
    const m = scopeAt(x, 0);
    const held = m === undefined ? '' : x.slice(m.length);
    if (m === undefined || !rest.startsWith(held) || rest.length - held.length < 2) return subjects;
    out[k] = x + rest.slice(held.length);
  }
  return out;
}

/**
 * Examples closing the clause (启动实验中学新校区等), a joint to the figure before (…和) or a bare
 * preposition (为) name nothing of what is counted.
 */
const JOINTS = ['等', '和', '及', '与', '的'];
const ALONE = ['为', '对', '将', '把', '向', '给', '以', '让', '使', '有', '共有', '其中'];
const NOTHING_BEFORE = new RegExp(`(${JOINTS.join('|')})$|^(${ALONE.join('|')})$`);
const JOINT_LAST = lastChars(JOINTS);
const LONGEST_ALONE = Math.max(...ALONE.map((w) => w.length));
const nothingBefore = (raw: string): boolean =>
  (raw.length <= LONGEST_ALONE || inSet(JOINT_LAST, raw.charCodeAt(raw.length - 1))) &&
  NOTHING_BEFORE.test(raw);
const HEDGES = /^(力争|确保|争取|努力|全年|年内|要|将)+/;
const HEDGE_FIRST = charSet('力确争努全年要将');
const LEADS_TO_FIGURE_LAST = charSet('到达为破过在至排');
/** A clause that is only the base of a change (由2017年的2755亿元): it names nothing of its own. */
const BASE_FIRST = charSet('由从');
/** Verbs that only lead to the figure (达到102.7亿元, a budget's 安排38.3亿元): the clause names nothing of its own. */
const LEADS_TO_FIGURE =
  /(达到|达|为|突破|超过|增加到|提高到|提升至|提高至|增加至|稳定在|控制在|保持在|安排)$/;

const YI = '以'.charCodeAt(0);

function countedMetric(raw: string, cleaned: string, noun: string): string {
  if (nothingBefore(raw)) return noun;
  const before = cleaned.charCodeAt(0) === YI ? cleaned.slice(1) : cleaned;
  return nothingBefore(before) ? noun : before + noun;
}

/**
 * A clause with nothing of its own but time and verbs (税收收入突破百亿元，达到108.3亿元; 一般公共
 * 预算收入年均增长9.2%，达到85.6亿元) measures the subject of the clause before it in the sentence.
 */
function subjectBefore(s: string, clause: Clause, floor: number, prev: Previous): string | null {
  if (clause.start - 1 > floor) {
    const before = clauseBefore(s, clause.start - 1, floor);
    const subject = cleanedOrEmpty(s.slice(before.start, before.end));
    if (subject) return subjectOf(subject);
  }
  return subjectOf(prev.metric) || null;
}
