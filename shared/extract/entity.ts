/** The place a figure is about: the document's entity unless the clause names another. */
import {
  GENERIC_PLACE,
  NOT_TOWNSHIPS,
  parentOf,
  placeTermAt,
  resolvePlace,
} from '../catalog/places.ts';
import { charSet, firstChars, inSet, union, type CharSet } from '../text/char-set.ts';
import { firstAtOrAfter } from '../text/sorted.ts';
import { LEADING_TIME, TIME_FIRST, TIME_OR_SELF_FIRST } from './metric.ts';

/** What a clause may open with before its subject: 其中/同时/而, then a year (2023年/今年/去年). */
const LINKER_FIRST = charSet('其同而');
const LEADING_TIME_RE = new RegExp(`^(?:${LEADING_TIME})+`);

const LEADING_LINKER = /^(其中|同时|而)/;
/** The clause without the linker and time expressions it opens with (其中, 2023年, 上半年, 1-10月). */
function withoutLead(clause: string): string {
  let c = clause;
  if (inSet(LINKER_FIRST, c.charCodeAt(0))) c = c.replace(LEADING_LINKER, '');
  if (inSet(TIME_FIRST, c.charCodeAt(0))) c = c.replace(LEADING_TIME_RE, '');
  return c;
}

/**
 * A gazetteer term that is a full name (郑州市, not 郑州). The regexes of a function are built once,
 * here: a regex literal in a function is a new object at every call.
 */
const FULL_NAME_END = /(省|市|区|县|自治区|新区)$/;
/** Words after a place that make it part of a name (郑州都市圈). */
const NAME_GOES_ON = /^(都市圈|商圈|广场|路|街|大道|片区|新城|项目|国际|经开区|高新区)/;

export function factEntity(clause: string, docEntity: string | null): string | null {
  const c = withoutLead(clause);
  if (c.startsWith('全国')) return '全国';
  if (c.startsWith('全省')) return ancestorOfLevel(docEntity, '省') ?? docEntity;
  if (c.startsWith('全市')) return ancestorOfLevel(docEntity, '市') ?? docEntity;
  const t = placeTermAt(c, 0);
  if (t && t.length >= 2) {
    // Only a full name (郑州市, 金水区) is a subject; a bare 郑州/金水 usually begins a proper name.
    if (!FULL_NAME_END.test(t)) return docEntity;
    // A place followed by more place-like words (郑州都市圈, 二七商圈) is a name, not the subject.
    const rest = c.slice(t.length);
    if (NAME_GOES_ON.test(rest)) return docEntity;
    const p = resolvePlace(t);
    if (!p || p.level === '国家') return docEntity;
    return p.name;
  }
  const g = mayBeGenericSubject(c) ? GENERIC_SUBJECT.exec(c) : null;
  if (g && !NOT_PLACES.test(g[1] as string))
    return resolvePlace(g[1] as string)?.name ?? (g[1] as string);
  return docEntity;
}

/** 长安区增长6.1%, 长安区生产总值…: a place outside the gazetteer, named as the subject of a result or of a headline metric. */
const GENERIC_PREDICATES = [
  ...['增长', '下降', '完成', '实现', '达到', '同比', '提出', '地区生产总值', '生产总值', 'GDP'],
  ...['经济总量', '一般公共预算', '规模以上', '规上', '固定资产投资', '社会消费品', '进出口'],
];
/**
 * A name outside the gazetteer as a subject: two to four characters, then its level word; a
 * banner's, up to six (西乌珠穆沁旗, 科尔沁右翼前旗).
 */
const GENERIC_NAME =
  '(?:[\\u4e00-\\u9fff]{2,4}?(?:省|市|区|县|旗|镇|乡|街道)|[\\u4e00-\\u9fff]{5,6}旗)';
/** …or a figure right after the name: 安丰县…；长宁县98.2亿元，增长4.6%. */
const GENERIC_SUBJECT = new RegExp(`^(${GENERIC_NAME})(?=${GENERIC_PREDICATES.join('|')}|[0-9])`);
/**
 * GENERIC_SUBJECT's level word (省市区县旗, 镇乡 and 街道's 道) ends its 3 to 5 characters (a
 * banner's 旗, up to 7), and one of its predicates (or a digit) follows at once.
 */
const GENERIC_LEVEL = charSet('省市区县旗镇乡道');
const GENERIC_NEXT = union(firstChars(GENERIC_PREDICATES), charSet('0123456789'));
const levelThenPredicate = (c: string, at: number): boolean =>
  inSet(GENERIC_LEVEL, c.charCodeAt(at)) && inSet(GENERIC_NEXT, c.charCodeAt(at + 1));
const QI = '旗'.charCodeAt(0);
const mayBeGenericSubject = (c: string): boolean =>
  levelThenPredicate(c, 2) ||
  levelThenPredicate(c, 3) ||
  levelThenPredicate(c, 4) ||
  (c.charCodeAt(5) === QI && levelThenPredicate(c, 5)) ||
  (c.charCodeAt(6) === QI && levelThenPredicate(c, 6));
/**
 * Words ending in a level word that name no place: what a name never opens with (a self-reference,
 * a kind of area, a verb or a comparison before the place; but 城关, a county seat's town), what it
 * never ends with (城区, 园区 …, a kind of zone, a count or self-reference right before the level
 * word: 示范区, 全县, 两市), and a zone's bare short name.
 */
const NOT_FIRST = '全城园社辖片景市矿校灾山库老本我该各郊街小';
const NOT_OPENING = [
  ...['预计', '实现', '完成', '其中', '全年', '新增', '新建', '建成', '覆盖', '惠及', '辐射'],
  ...['带动', '创建', '打造', '培育', '高于', '低于', '快于', '慢于', '超过', '领先'],
];
const NOT_ENDING = [
  ...['城区', '园区', '社区', '片区', '景区', '市区', '城市', '都市', '地区'],
  ...NOT_TOWNSHIPS,
];
const KINDS_OF_ZONE = [
  ...['试点', '示范', '试验', '功能', '集聚', '先行', '核心', '保护', '风景', '度假', '产业'],
  ...['工业', '商务', '服务'],
];
const NOT_PLACES = new RegExp(
  `^(?!城关)[${NOT_FIRST}]|^(${NOT_OPENING.join('|')})|(${NOT_ENDING.join('|')})$` +
    '|^(高新|经开|综保|开发|自贸|保税)区$' +
    `|(${KINDS_OF_ZONE.join('|')}|[全本我该各多几两二三四五六七八九十])(省|市|区|县|旗|镇|乡|街道)$`,
);

/**
 * A clause that is only a place outside the gazetteer, a figure right after it (安丰县…120.5亿元；
 * 长宁县98.2亿元): the place, or ''.
 */
export function bareGenericPlace(clause: string): string {
  const n = clause.length;
  // Most clauses are ruled out by their length and last character before any regex runs.
  const last = clause.charCodeAt(n - 1);
  if (n < 3 || n > (last === QI ? 7 : 5) || !inSet(GENERIC_LEVEL, last)) return '';
  return BARE_GENERIC.test(clause) && !NOT_PLACES.test(clause) ? clause : '';
}
const BARE_GENERIC = new RegExp(`^${GENERIC_NAME}$`);
const GENERIC_OPENING = new RegExp(`^${GENERIC_NAME}`);

/** The place outside the gazetteer a subject opens with, whatever follows (鹿鸣县城镇居民… → 鹿鸣县), or ''. */
export function genericPlaceOpening(subject: string): string {
  const m = GENERIC_OPENING.exec(subject);
  return m && bareGenericPlace(m[0]) === m[0] ? m[0] : '';
}

const PROVINCE_LEVEL = /自治区$|^(北京|天津|上海|重庆)市$/;

function ancestorOfLevel(name: string | null, suffix: string): string | null {
  let cur = name;
  for (let k = 0; cur && k < 4; k++) {
    if (cur.endsWith(suffix) || (suffix === '省' && PROVINCE_LEVEL.test(cur))) return cur;
    cur = parentOf(cur);
  }
  return null;
}

/** Whether a clause, its linker and time words dropped, may name a place near its start. */
const MAY_NAME_PLACE = /^[^，,；;]{0,12}?[省市区县州旗国]/;
/** MAY_NAME_PLACE needs a level word within its first 20 characters, before any ，,；;. */
const LEVEL_WORD = charSet('省市区县州旗国');
const CLAUSE_STOP = charSet('，,；;');

/** Whether s[start, end) has a level word within its first 20 characters, before any ，,；;. */
function hasLevelWordNearStart(s: string, start: number, end: number): boolean {
  const n = Math.min(end, start + 20);
  for (let k = start; k < n; k++) {
    const c = s.charCodeAt(k);
    if (inSet(LEVEL_WORD, c)) return true;
    if (inSet(CLAUSE_STOP, c)) return false;
  }
  return false;
}
const FIRST_IN =
  /^(其中|同时)?(全国|全省|全市|全区|国内|省内|市内)(首创|率先|首个|首家|首批|首次|首座|第一|唯一|最早|最先|领先)/;
const SELF_REFERENCE = /^(其中|同时|而)?(全|本|我)(省|市|区|县|州|旗)/;
// The words FIRST_IN and SELF_REFERENCE need within their first three characters.
const FIRST_IN_WORD = charSet('全国省市');
const SELF_WORD = charSet('全本我');
const within3 = (set: CharSet, c: string): boolean =>
  inSet(set, c.charCodeAt(0)) || inSet(set, c.charCodeAt(1)) || inSet(set, c.charCodeAt(2));

/** First characters of the subjects namedPlace reads after a lead: 全市, 本区, 我省 (or a lead it strips again). */
const SUBJECT_FIRST = union(charSet('全本我'), LINKER_FIRST, TIME_OR_SELF_FIRST);
/**
 * Whether a clause may open with a subject namedPlace reads: one of SUBJECT_FIRST, a gazetteer
 * name, or a level word as GENERIC_SUBJECT's third to fifth character. Most clauses do not: they
 * are ruled out before any regex runs.
 */
const mayOpenWithSubject = (c: string): boolean =>
  inSet(SUBJECT_FIRST, c.charCodeAt(0)) || placeTermAt(c, 0) !== null || mayBeGenericSubject(c);

/**
 * The place a clause names as its subject, or null when it names none (全市/本区 name the
 * document's own level and count as named). Used to carry a subject across the clauses of a
 * sentence: 青岛市实现生产总值14920.75亿元，增长3.9%.
 */
function namedPlace(whole: string, docEntity: string | null): string | null {
  const clause = withoutLead(whole);
  if (!mayOpenWithSubject(clause) || !MAY_NAME_PLACE.test(clause)) return null;
  // 全省首创…, 全国率先…: a claim of being first, not a subject.
  if (within3(FIRST_IN_WORD, clause) && FIRST_IN.test(clause)) return null;
  if (within3(SELF_WORD, clause) && SELF_REFERENCE.test(clause))
    return factEntity(clause, docEntity) ?? '';
  const none = '\u0000';
  const e = factEntity(clause, none);
  return e === none ? null : e;
}

/** Breaks between the clauses of a sentence (，) and between its segments (；：, a line end). */
const SEGMENT_BREAK = charSet('；;:：\n');
const BREAK = union(charSet('，,'), SEGMENT_BREAK);

/** What a walk back through a sentence's clauses reads: clause breaks and level words. */
export const PLACE_CUES = union(BREAK, LEVEL_WORD);
/** How many clauses back, and how far back, a figure's subject is looked for. */
const MAX_HOPS = 6;
const MAX_REACH = 160;

/**
 * The places of one document's figures. A figure's place is its clause's own subject, else the
 * subject of the nearest clause before it in the same part of the sentence (up to a ；), else the
 * document's: 青岛市实现生产总值…，增长3.9%. The walk back reads only the offsets of PLACE_CUES'
 * characters (`cues`, ascending, as normalisation noted them), not every character.
 */
export class FigurePlaces {
  private readonly s: string;
  private readonly docEntity: string | null;
  private readonly cues: ArrayLike<number>;
  /** Index of the last cue before where the previous walk started. */
  private cursor = -1;

  constructor(s: string, docEntity: string | null, cues: ArrayLike<number>) {
    this.s = s;
    this.docEntity = docEntity;
    this.cues = cues;
  }

  /** The place a subject names (郑州市生产总值 → 郑州市; 全市… → the document's), or null when none. */
  ofSubject(subject: string): string | null {
    const named = namedPlace(subject, this.docEntity);
    return named === null ? null : named || this.docEntity;
  }

  /** A place by its full name (南昌 → 南昌市; 青溪县, outside the gazetteer, as it is). */
  ofPlace(place: string): string {
    return resolvePlace(place)?.name ?? place;
  }

  /**
   * The township a figure's metric opens with (柳泉镇规上工业总产值, carried along its sentence by
   * the metric), or null. The walk back below reads no township's 镇 or 乡: in 城镇 and 城乡,
   * words most figures' clauses hold, they name none.
   */
  ofTownship(metricPlace: string): string | null {
    const p = resolvePlace(metricPlace);
    return p?.level === '乡镇' ? p.name : null;
  }

  /** The place of the figure whose clause is s[clauseStart, clauseEnd), in a sentence from sentenceStart. */
  of(clauseStart: number, clauseEnd: number, sentenceStart: number): string | null {
    const { s, docEntity, cues } = this;
    // Every subject factEntity reads ends in a level word near the clause start: rule out the rest.
    // The clause with the figure's first character: a place right before a figure names it.
    const own = hasLevelWordNearStart(s, clauseStart, clauseEnd)
      ? namedPlace(s.slice(clauseStart, clauseEnd + 1), docEntity)
      : null;
    if (own !== null) return own || docEntity;
    let end = clauseStart - 1;
    const floor = Math.max(sentenceStart, clauseStart - MAX_REACH);
    // The last cue before `end`: figures come in text order, so the search mostly moves forward.
    let q = this.cursor;
    if (q >= 0 && (cues[q] as number) >= end) q = firstAtOrAfter(cues, end) - 1;
    else while (q + 1 < cues.length && (cues[q + 1] as number) < end) q++;
    this.cursor = q;
    for (let hops = 0; hops < MAX_HOPS && end > floor; hops++) {
      if (inSet(SEGMENT_BREAK, s.charCodeAt(end))) break;
      // Back to the clause's start (the break before it, or floor − 1), noting its first level word.
      let k = floor - 1;
      let level = -1;
      for (; q >= 0; q--) {
        const at = cues[q] as number;
        if (at < floor) break;
        if (inSet(BREAK, s.charCodeAt(at))) {
          k = at;
          q--;
          break;
        }
        level = at;
      }
      if (level >= 0 && level < k + 21) {
        const named = namedPlace(s.slice(k + 1, end), docEntity);
        if (named !== null) return named || docEntity;
      }
      end = k;
    }
    return docEntity;
  }
}

/**
 * A place written at the very start of a clause (潍坊市增长 → 潍坊市), or ''. A figure's metric is
 * asked about up to three times in a row (while it is read, when it is tidied): the last answer is
 * kept.
 */
export function leadingPlace(clause: string): string {
  if (clause !== lastClause) {
    lastClause = clause;
    lastPlace = placeAtStart(clause);
  }
  return lastPlace;
}
let lastClause = '';
let lastPlace = '';

function placeAtStart(clause: string): string {
  const t = placeTermAt(clause, 0);
  if (t && FULL_NAME_END.test(t)) return t;
  const g = mayBeGenericSubject(clause) ? GENERIC_SUBJECT.exec(clause) : null;
  return g && !NOT_PLACES.test(g[1] as string) ? (g[1] as string) : '';
}

const WHOLE_OF = /^全(国|省|市)$/;
/** What a table of places adds up its rows as: the document's own place. */
const TOTAL_CELL = /^(合计|总计|全部|总体)$/;

/**
 * The place a table's cell names, by its full name (南昌 → 南昌市; 全省 → the document's province;
 * 合计 → the document's place), or null when the cell names none.
 */
export function placeNamed(cell: string, docEntity: string | null): string | null {
  if (TOTAL_CELL.test(cell)) return docEntity;
  if (WHOLE_OF.test(cell)) return factEntity(cell, docEntity);
  const t = placeTermAt(cell, 0);
  if (t && t === cell) {
    const p = resolvePlace(t);
    return p && p.level !== '国家' ? p.name : null;
  }
  if (GENERIC_PLACE.test(cell) && !NOT_PLACES.test(cell)) return resolvePlace(cell)?.name ?? null;
  const zone = resolvePlace(cell, ancestorOfLevel(docEntity, '市'));
  return zone && zone.level === '开发区' ? zone.name : null;
}
