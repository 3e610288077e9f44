/** Document-level meta from the text alone: entity (full official name), year and type. */
import type { DocumentMeta } from '../domain/fact.ts';
import {
  PLACES,
  PLACE_TERM_FIRST,
  newAreaAfter,
  placeNameAtEnd,
  placeTermAt,
  placeTermEntryAt,
  type PlaceTerm,
  resolvePlace,
  type Place,
} from '../catalog/places.ts';
import { charSet, codeSet, firstChars, inSet, positionsIn } from '../text/char-set.ts';
import { fourDigitsAt } from './numerals.ts';
import { startsWithAny } from '../text/words-at.ts';
import { FIRST_MONTHS } from './metric.ts';

/**
 * Where the scans start, when a pass over the text already found them (ascending offsets; others in
 * the lists are passed over): `digits`, at least every digit; `levelWords`, at least every level
 * word (省市区县); `placeStarts`, at least where a place name may start (see countPlaces).
 */
export function detectMeta(
  s: string,
  digits?: ArrayLike<number>,
  levelWords?: ArrayLike<number>,
  placeStarts?: ArrayLike<number>,
): DocumentMeta {
  // The title is read by both the entity and the type: once.
  const title = titleLine(s);
  const entity = detectEntity(s, placeStarts, levelWords, title);
  return { entity, year: detectYear(s, digits), type: detectType(s, title) };
}

// ---- year -------------------------------------------------------------------------------

/**
 * Year cues, each matched where a year mention NNNN年 starts (sticky, the year its first group; what
 * may stand before the year is a lookbehind), with its weight and the characters it needs right
 * before the year ('' when it needs none) and right after 年: most mentions are ruled out by a look
 * at those two characters, before any regex runs.
 */
/** A month and a day of one, in Arabic or Chinese digits (1, 12, 一, 十二; 9, 29, 九, 二十九, 三十一). */
const MONTH = '(?:\\d{1,2}|十[一二]?|[一二三四五六七八九])';
const DAY = '(?:\\d{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])';
const YEAR_CUES: readonly [RegExp, number, before: string, after: string][] = [
  [/(\d{4})年是[^。；\n]{0,60}?之年/y, 6, '', '是'],
  [/(\d{4})年(?:的)?(?:主要)?(?:预期)?(?:奋斗|发展|工作)?目标/y, 4, '', '的主预奋发工目'],
  [/(?<=部署|安排|做好|谋划)(\d{4})年(?:的)?(?:经济|政府)?工作/y, 4, '署排好划', '的经政工'],
  [/(\d{4})年(?:的)?(?:政府|经济)?(?:重点)?工作(?:安排|部署|总体要求|任务)/y, 4, '', '的政经重工'],
  [/(\d{4})年政府工作报告/y, 6, '', '政'],
  // A title line naming the place between: 2019年安丰县(人民)政府工作报告.
  [/(?<=(?:^|\n)[ \t\u3000]*)(\d{4})年度?[\u4e00-\u9fff]{1,16}?政府工作报告/y, 6, '', ''],
  [/(?<=为)(\d{4})年[\u4e00-\u9fff]{0,4}?发展/y, 2, '为', ''],
  // A dateline: ——2023年1月14日在…人民代表大会…上, also with the month and day in Chinese digits
  // (——二〇二六年一月九日在…, its year read as 2026 by withArabicYears).
  [
    new RegExp(`(\\d{4})年${MONTH}月(?:${DAY}日)?在[^。\\n]{0,40}?(?:代表大会|会议)`, 'y'),
    8,
    '',
    '0123456789一二三四五六七八九十',
  ],
  [/(?<=召开)(\d{4})年[\u4e00-\u9fff]{0,6}?经济工作会议/y, 3, '开', ''],
];
/** YEAR_CUES with their character sets: null where a cue needs no particular character. */
const YEAR_CUE_GATES = YEAR_CUES.map(
  ([re, weight, before, after]) =>
    [re, weight, before ? charSet(before) : null, after ? charSet(after) : null] as const,
);
const YEAR = '年'.charCodeAt(0);
const DASH = '-'.charCodeAt(0);
const DIGITS = charSet('0123456789');
/**
 * A news item's publication date near the top: opening a line (2023-02-01 08:30, 2023年2月1日) or
 * after its label (来源：省统计局  发布时间：2024-04-18).
 */
const DATELINE =
  /(?<=(?:^|\n)[ \t]*|(?:发布|更新|发稿)?(?:时间|日期)[:：][ \t]*)(\d{4})(?:-\d{1,2}-\d{1,2}|年\d{1,2}月\d{1,2}日)(?![0-9])/y;
const DATELINE_WEIGHT = 3;
const DATELINE_REACH = 3000;
/**
 * A year's statistical bulletin as a title, the line ending with it (安丰县2023年国民经济和社会发展
 * 统计公报): issued the year after, of that year's results.
 */
const BULLETIN = /(\d{4})年[\u4e00-\u9fff]{0,16}?统计公报[ \t\u3000]*(?:\n|$)/y;
const BULLETIN_WEIGHT = 6;
const TITLE_REACH = 200;

/**
 * Where the years written NNNN年 or NNNN- start, in text order (the regex /[0-9]{4}[年-]/g), read at
 * the digits of `digits` (ascending offsets holding at least every digit's; repeats allowed).
 */
export function yearMentions(s: string, digits: ArrayLike<number>): number[] {
  const out: number[] = [];
  let last = -1;
  for (let k = 0; k < digits.length; k++) {
    const at = digits[k] as number;
    if (at === last) continue;
    last = at;
    const mark = s.charCodeAt(at + 4);
    if ((mark === YEAR || mark === DASH) && fourDigitsAt(s, at)) out.push(at);
  }
  return out;
}

export function detectYear(
  s: string,
  digits: ArrayLike<number> = positionsIn(s, DIGITS),
): number | null {
  const score = new Map<number, number>();
  const add = (y: number, w: number): void => {
    if (y >= 1949 && y <= 2100) score.set(y, (score.get(y) ?? 0) + w);
  };
  // Every cue names a year written NNNN年 or NNNN-: each is tried where such a year starts.
  const mentions = yearMentions(s, digits);
  for (let k = 0; k < mentions.length; k++) {
    const at = mentions[k] as number;
    const before = s.charCodeAt(at - 1);
    const after = s.charCodeAt(at + 5);
    // Only the dateline reads a year written NNNN-. (Indexed loops, no destructuring: for…of
    // over the cues allocated an iterator result per cue, 2.5 MB per 270 seeds.)
    const cues = s.charCodeAt(at + 4) === YEAR ? YEAR_CUE_GATES.length : 0;
    for (let c = 0; c < cues; c++) {
      const cue = YEAR_CUE_GATES[c] as (typeof YEAR_CUE_GATES)[number];
      const needBefore = cue[2];
      const needAfter = cue[3];
      if (needBefore && !inSet(needBefore, before)) continue;
      if (needAfter && !inSet(needAfter, after)) continue;
      const re = cue[0];
      re.lastIndex = at;
      const m = re.exec(s);
      if (m) add(Number(m[1]), cue[1]);
    }
    if (at <= TITLE_REACH && s.charCodeAt(at + 4) === YEAR) {
      BULLETIN.lastIndex = at;
      const m = BULLETIN.exec(s);
      if (m) add(Number(m[1]) + 1, BULLETIN_WEIGHT);
    }
    if (at <= DATELINE_REACH) {
      DATELINE.lastIndex = at;
      const m = DATELINE.exec(s);
      if (m) add(Number(m[1]), DATELINE_WEIGHT);
    }
  }
  if (score.size === 0) {
    // No cue: the latest year the text speaks of as a plain year (not a far horizon like 2035年).
    const counts = new Map<number, number>();
    for (const m of s.matchAll(/(?<![0-9—\-–~～至])(\d{4})年(?![0-9]*[—\-–~～至]|以来)/g)) {
      const y = Number(m[1]);
      counts.set(y, (counts.get(y) ?? 0) + 1);
    }
    let best: number | null = null;
    for (const [y, c] of counts) if (c >= 2 && (best === null || y > best)) best = y;
    return best;
  }
  let best: number | null = null;
  let bestScore = -1;
  for (const [y, v] of score) {
    if (v > bestScore || (v === bestScore && best !== null && y > best)) {
      best = y;
      bestScore = v;
    }
  }
  return best;
}

// ---- type -------------------------------------------------------------------------------

export function detectType(s: string, title = titleLine(s)): string | null {
  const head = s.slice(0, 3000);
  // Plain words are looked for with indexOf (a skipping search), not a regex read at every character.
  if (head.includes('报告摘编')) return '政府工作报告摘编';
  // A budget's or a plan's report to the congress (关于…预算执行情况和…预算草案的报告) is addressed
  // to its deputies too, but is none of the types: its title says so.
  if (REPORT_ON_BUDGET_OR_PLAN.test(title)) return null;
  const meeting =
    head.includes('经济工作会议') &&
    (MEETING.test(head) || SPEECH_AT_MEETING.test(head.slice(0, OPENING_LINES)));
  if (!meeting && (s.includes('政府工作报告') || s.includes('各位代表'))) return '政府工作报告';
  if (meeting) return '经济工作会议';
  if (s.includes('政府各项工作') || (s.includes('总体要求') && WORK_REQUIREMENTS.test(s)))
    return '政府工作报告';
  if (NEWS.test(head)) return '新闻';
  return null;
}
const REPORT_ON_BUDGET_OR_PLAN = /(预算|决算|计划)[^。\n]{0,30}报告(?:[（(][^）)]*[）)])?\s*$/;
const MEETING = /(召开|举行)[^。\n]{0,30}经济工作会议|经济工作会议[^。\n]{0,10}(召开|举行)/;
/**
 * A report or speech given at the meeting, as its title or dateline says in the text's opening
 * (在兰州新区2026年经济工作会议上的报告, ——在…经济工作会议上的讲话).
 */
const SPEECH_AT_MEETING = /在[^。\n]{0,30}经济工作会议上/;
const OPENING_LINES = 300;
const WORK_REQUIREMENTS = /政府(各项)?工作的?总体要求/;
const NEWS = /记者|通讯员|新华社|本报讯|讯[(（]|日电|来源[:：]/;

// ---- entity -----------------------------------------------------------------------------

/**
 * Self-references that tell the document's level (全区 → a district or zone), by the level word
 * each holds: 全市 我区 本县 (one of SELF_BEFORE, then the level word), 市委 省政府 (the level word,
 * then one of SELF_AFTER), 市人大 区政协 (LOCAL_SELF_AFTER: cities and districts only), and a zone's
 * 党工委 and 管委会, which hold none.
 */
type SelfLevel = 'city' | 'district' | 'province' | 'county';
const SHI = '市'.charCodeAt(0);
const QU = '区'.charCodeAt(0);
const SHENG = '省'.charCodeAt(0);
const XIAN = '县'.charCodeAt(0);
const LEVEL_WORDS = codeSet([SHI, QU, SHENG, XIAN]);
const SELF_BEFORE = charSet('全我本');
const SELF_AFTER = ['委', '政府'];
const LOCAL_SELF_AFTER = ['人大', '政协'];
const AFTER_FIRST = firstChars([...SELF_AFTER, ...LOCAL_SELF_AFTER]);
const ZONE_SELF = ['党工委', '管委会'];
/** The character every word of ZONE_SELF holds once. */
const ZONE_SELF_SHARED = '委';

/** What an organiser phrase is read without: its session (第十二届), its year, what precedes the party. */
const SESSION_END = /第[一二三四五六七八九十]+届$/;
const YEAR_END = /[0-9]{4}年度?$/;
const UP_TO_PARTY = /^.*中国共产党|^.*中共/;
/** Where a phrase's last clause starts. */
const LAST_CLAUSE = /[^，,。；;：:\s、]*$/;

/** Words after which an organiser names the document's own entity (…第十二届委员会, …召开). */
const ORGANISER = /人民代表大会|委员会第|工作委员会|人民政府|召开|政府工作报告/g;

/** What a zone's name cannot reach back across: a date or a function word. */
const BEFORE_ZONE_NAME = /^.*[年月日的在和与及是为对]/;

/** A party committee's meeting after its place (安丰区委经济工作会议 → 安丰区): the place organises it. */
const MEETING_OF_COMMITTEE = /委(?:员会)?[\u4e00-\u9fff]{0,8}?(?:会议|全会)$/;

/**
 * In a title, what follows the name of its place: a year, a part of one (临川市一季度经济运行情况),
 * or the subject of a report.
 */
const TITLE_CUE = new RegExp(
  `[0-9]{4}年|第?[一二三四]季度|上半年|前三季度|${FIRST_MONTHS}|国民经济和社会发展|经济工作会议|财政预算|预算执行`,
  'g',
);

/** Sticky: tried at the text's start only (a ^ without it was tried at each of 400 characters). */
const TITLE = /[\s\ufeff]*([^\n]{1,80})(?:\n|$)/y;

/** The document's first non-empty line, when short enough to be a title. */
function titleLine(s: string): string {
  TITLE.lastIndex = 0;
  const m = TITLE.exec(s.slice(0, 400));
  return m ? (m[1] as string) : '';
}

const JING = '经'.charCodeAt(0);
const KAI = '开'.charCodeAt(0);
const GAO = '高'.charCodeAt(0);
const XIN = '新'.charCodeAt(0);

/**
 * Where the bare zone abbreviations 经开区 and 高新区 stand, in text order, read at their 区 among
 * the level words (`levels`: ascending offsets holding at least every 区, repeats allowed): two
 * searches of the whole text for the words measured ~2% of extraction.
 */
export function zoneMentions(s: string, levels: ArrayLike<number>): number[] {
  const out: number[] = [];
  for (let k = 0, last = -1; k < levels.length; k++) {
    const at = levels[k] as number;
    if (at === last) continue;
    last = at;
    if (at < 2 || s.charCodeAt(at) !== QU) continue;
    const a = s.charCodeAt(at - 2);
    const b = s.charCodeAt(at - 1);
    if ((a === JING && b === KAI) || (a === GAO && b === XIN)) out.push(at - 2);
  }
  return out;
}

export function detectEntity(
  s: string,
  placeStarts?: ArrayLike<number>,
  levelWords?: ArrayLike<number>,
  title = titleLine(s),
): string | null {
  const counts = countPlaces(s, placeStarts ?? positionsIn(s, PLACE_TERM_FIRST, PLACE_SCAN_LIMIT));
  const city = topOfLevel(counts, '市');
  // Bare zone abbreviations belong to the city in view (经开区 in a Zhengzhou text).
  const levels = levelWords ?? positionsIn(s, LEVEL_WORDS);
  // The two words resolve alike wherever they stand: each is resolved once.
  const zones = new Map<string, Place | null>();
  for (const at of zoneMentions(s, levels)) {
    const before = s.slice(Math.max(0, at - 2), at);
    if (placeTermAt(before, 0) === before || placeTermAt(before, 1) === before.slice(1)) continue;
    const word = s.slice(at, at + 3);
    let p = zones.get(word);
    if (p === undefined) {
      p = resolvePlace(word, city?.name ?? null);
      zones.set(word, p);
    }
    if (p) bump(counts, p, 1);
  }
  const head = s.slice(0, 4000);
  ORGANISER.lastIndex = 0;
  for (let m = ORGANISER.exec(head); m; m = ORGANISER.exec(head)) {
    const at = m.index;
    const phrase = s
      .slice(Math.max(0, at - 24), at)
      .replace(SESSION_END, '')
      .replace(YEAR_END, '');
    const clause = phrase.slice(Math.max(0, phrase.search(LAST_CLAUSE)));
    const p = innermostPlace(
      clause.replace(UP_TO_PARTY, '').replace(MEETING_OF_COMMITTEE, ''),
      city?.name ?? null,
    );
    if (p) bump(counts, p, 6);
  }
  // A title naming its place before a year or the report's subject: 关于安丰县2022年国民经济….
  TITLE_CUE.lastIndex = 0;
  for (let m = TITLE_CUE.exec(title); m; m = TITLE_CUE.exec(title)) {
    const phrase = title.slice(0, m.index);
    const clause = phrase.slice(Math.max(0, phrase.search(LAST_CLAUSE)));
    const p = innermostPlace(clause, city?.name ?? null);
    if (p) {
      bump(counts, p, 6);
      break;
    }
  }
  let best: { place: Place; score: number } | null = null;
  for (const entry of counts.values()) {
    if (entry.place.level === '国家') continue;
    if (!best || entry.score > best.score) best = entry;
  }
  if (!best) return null;
  // A news item listing many places of one level (广东省…江苏省…浙江省…) is about their parent.
  const top = best;
  const tied = [...counts.values()].filter(
    (e) => e.score === top.score && e.place.level === top.place.level,
  );
  if (tied.length >= 3 && tied.every((e) => e.place.parent && e.place.parent === top.place.parent))
    return top.place.parent;
  // Prefer a child over its parent when the text names the child often and does not speak as the
  // parent (a district report names its city as context: 郑州国家中心城市…).
  let speaks: Record<string, number> | null = null; // counted only when a child competes
  for (const entry of counts.values()) {
    if (entry.place.level === '国家') continue;
    if (entry.place.parent !== best.place.name) continue;
    speaks ??= selfLevels(s, levels);
    const speaksAsParent = levelWord(best.place)
      ? (speaks[levelWord(best.place) as string] ?? 0)
      : 0;
    const speaksAsChild = speaks[levelWord(entry.place) ?? ''] ?? 0;
    if (entry.score >= best.score * 0.5 && speaksAsParent < 3 * Math.max(1, speaksAsChild)) {
      best = entry;
    }
  }
  return best.place.name;
}

interface Entry {
  place: Place;
  score: number;
}

function bump(counts: Map<string, Entry>, place: Place, by: number): void {
  const e = counts.get(place.name);
  if (e) e.score += by;
  else counts.set(place.name, { place, score: by });
}

/** The document's own place shows within its first pages; long texts need not be read to the end. */
const PLACE_SCAN_LIMIT = 60000;

/** Per gazetteer place (PlaceTerm.id), its mentions so far: zeroed again after each count. */
const TALLY = new Int32Array(PLACES.length);

/**
 * Leftmost-longest scan of gazetteer names and aliases in the first PLACE_SCAN_LIMIT characters,
 * tried only where one may start (`starts`, ascending, repeats allowed; other offsets in it are
 * skipped). The places are counted in TALLY by number and entered in the map once each, in the
 * order first named (the order ties are broken in).
 */
function countPlaces(s: string, starts: ArrayLike<number>): Map<string, Entry> {
  // In the order first named: a gazetteer place once (its count in TALLY), a new area at each mention.
  const named: (PlaceTerm | Place)[] = [];
  let next = 0;
  for (let k = 0; k < starts.length; k++) {
    const i = starts[k] as number;
    if (i >= PLACE_SCAN_LIMIT) break;
    if (i < next) continue;
    const t = placeTermEntryAt(s, i);
    if (!t) continue;
    // 兰州新区 names the new area, not 兰州市 (rare: counted by name).
    const area = newAreaAfter(s, i, t.term);
    next = i + (area ? area.name.length : t.term.length);
    if (area) {
      named.push(area);
      continue;
    }
    const n = TALLY[t.id] as number;
    TALLY[t.id] = n + 1;
    if (n === 0) named.push(t);
  }
  const counts = new Map<string, Entry>();
  for (const x of named) {
    if (!('term' in x)) {
      bump(counts, x, 1);
      continue;
    }
    bump(counts, x.place, TALLY[x.id] as number);
    TALLY[x.id] = 0;
  }
  return counts;
}

/**
 * Self-references counted by level: how the text speaks of itself. Each but a zone's is read
 * around its level word (`levels`: ascending offsets holding at least those of LEVEL_WORDS, repeats allowed). The
 * counts are those of a left-to-right regex over the words: no word ends with what another starts
 * with but its level word, and 全市委 is read as 全市, the word that starts first.
 */
export function selfLevels(s: string, levels: ArrayLike<number>): Record<SelfLevel, number> {
  // Counted in locals, by the level word's code: a lookup per level word and a keyed store per
  // count measured 1.4 ms per 270 seeds (most offsets are clause marks, passed over).
  let city = 0;
  let district = 0;
  let province = 0;
  let county = 0;
  for (let k = 0, last = -1; k < levels.length; k++) {
    const at = levels[k] as number;
    if (at === last) continue;
    last = at;
    const c = s.charCodeAt(at);
    if (c !== SHI && c !== QU && c !== SHENG && c !== XIAN) continue;
    const self =
      inSet(SELF_BEFORE, s.charCodeAt(at - 1)) ||
      (inSet(AFTER_FIRST, s.charCodeAt(at + 1)) &&
        (startsWithAny(s, at + 1, SELF_AFTER) ||
          ((c === SHI || c === QU) && startsWithAny(s, at + 1, LOCAL_SELF_AFTER))));
    if (!self) continue;
    if (c === SHI) city++;
    else if (c === QU) district++;
    else if (c === SHENG) province++;
    else county++;
  }
  // The zone's words are found by the character they share: one search of the text, not two.
  for (let at = s.indexOf(ZONE_SELF_SHARED); at >= 0; at = s.indexOf(ZONE_SELF_SHARED, at + 1))
    for (const word of ZONE_SELF)
      if (s.startsWith(word, at - word.indexOf(ZONE_SELF_SHARED))) district++;
  return { city, district, province, county };
}

function topOfLevel(counts: Map<string, Entry>, level: Place['level']): Place | null {
  let best: Entry | null = null;
  for (const e of counts.values())
    if (e.place.level === level && (!best || e.score > best.score)) best = e;
  return best?.place ?? null;
}

const ZONE_AT_END = /([\u4e00-\u9fff]{0,4})(经开区|高新区)$/;
/** Words that make a name no place (全区, 本县, 各县). */
const SELF_OR_EACH = /^(全|本|我|该|各)/;

/** The most specific place named in an organiser phrase: 郑州市管城回族区 → 管城回族区. */
function innermostPlace(phrase: string, city: string | null): Place | null {
  let found: Place | null = null;
  let foundEnd = 0;
  for (let i = 0; i < phrase.length; i++) {
    // A new area (兰州新区) is its own term: resolvePlace reads it as a zone of its place.
    const t = placeTermAt(phrase, i);
    if (!t) continue;
    const p = resolvePlace(t);
    if (p && p.level !== '国家') {
      found = p;
      foundEnd = i + t.length;
    }
    i += t.length - 1;
  }
  const zone = ZONE_AT_END.exec(phrase);
  // The name before a zone never reaches past a date or a function word (2023年经开区 → 经开区).
  if (zone) return resolvePlace(zone[0].replace(BEFORE_ZONE_NAME, ''), city) ?? found;
  // A place outside the gazetteer, named with its suffix right before the organiser word.
  // A known place written before it qualifies it (石家庄市长安区): the unknown name starts after.
  const rest = phrase.length - foundEnd >= 2 ? phrase.slice(foundEnd) : phrase;
  const generic = placeNameAtEnd(rest);
  if (generic && (!found || !phrase.endsWith(found.name))) {
    const p = resolvePlace(generic, city);
    if (p && !SELF_OR_EACH.test(p.name)) return p;
  }
  return found;
}

function levelWord(p: Place): string | null {
  if (p.level === '市') return 'city';
  if (p.level === '省') return 'province';
  if (p.level === '开发区') return 'district';
  if (p.level === '区县')
    return p.name.endsWith('县') ? 'county' : p.name.endsWith('市') ? 'city' : 'district';
  return null;
}
