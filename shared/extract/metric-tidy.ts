/**
 * The metric as shown and grouped on: the shortest phrase naming what is measured. Figures of
 * different places and reports land on one row only when their phrases agree, so what other
 * fields carry (the place → entity, the comparison base and the direction → value's sign, the
 * hedge → hedge) and how-words that do not change what is counted are dropped.
 */
import { leadingPlace } from './entity.ts';
import { MANNER_WORDS } from './metric-chain.ts';
import { CHANGE_BASES_OF_YEAR, CHANGE_TO_LEVEL, withoutLeadingDashes } from './metric.ts';
import { charSet, codeSet, firstChars, inSet, lastChars } from '../text/char-set.ts';

const SPEECH = /^(提出|明确|确定|预期|预计|计划|要求|目标(为|是)?|实现|完成)了?/;
/** The base of a change (同比增长 = 增长: the base is the year before unless a year is named). */
const BASE = new RegExp(
  `(${CHANGE_BASES_OF_YEAR.join('|')})(?=增长|下降|增加|减少|提高|降低|回落|上涨)`,
);
/** How a change went (MANNER_WORDS, 稳定, 连续三年), not what changed. */
const MANNER = new RegExp(
  `(${MANNER_WORDS.join('|')}|稳定|连续[0-9一二三四五六七八九十]+年)(?=增长|提升|提高|下降|上升|增加)`,
);
/** Adverbs and verbs after the subject that only lead to the figure (全部突破, 尽快达到, 压缩至). */
const LEAD_IN_END = [
  '全部',
  '均',
  '尽快',
  '逐步',
  '近年来',
  '保持',
  '完成',
  '实现',
  '压缩',
  '缩短',
  '分别',
  ...CHANGE_TO_LEVEL,
];
const FOR_YEARS_END = /连续[0-9一二三四五六七八九十]+年$/;
/** Verbs of doing that do not change what is counted (实施市级重点项目 = 市级重点项目). */
const HOW_WORDS = [
  '扎实推进',
  '加快推进',
  '积极推进',
  '全力推进',
  '深度谋划',
  '谋划',
  '实施',
  '抓好',
  '推进',
  '推动',
  '加快',
  '打造',
  '培育',
  '开展',
  '启动',
  '安排',
  '落实',
  '创建',
  '获评',
  '发放',
  '开工建设',
  '积极',
  '强化',
  '常态化',
  '着力',
  '全力',
  '大力',
  '并',
  '完成',
];
const HOW = new RegExp(`^(?:${HOW_WORDS.join('|')})+`);
/** 等 closing a list of examples (…、研发总部等高质量项目): the category follows it. */
const EXAMPLES =
  /^.+?(?<![高中初平同对均相上优次特])等(?![级次待同候额量])(?=.{2})(?!(指标|方面|领域|工作|任务)$)/;
/** A zone's short name opening the phrase (高新区规模以上工业增加值增长): the entity carries it. */
const ZONES = ['高新区', '经开区', '开发区', '综保区', '自贸区', '新区'];
const ZONE = new RegExp(`^(${ZONES.join('|')})(确定了?|提出)?(?=.{4})`);
const RATE_WORDS = ['增速', '增幅'];
const RATE_LAST = lastChars(RATE_WORDS);
const FALL = ['下降', '降低', '减少', '回落'];
const FALL_LAST = charSet('降低少落');
/** What is capped, where the fall is the target itself (能耗下降3% = 能耗 −3%). */
const CAPPED = /(能耗|排放|强度|消耗|用水量|用地)$/;
/** A share or rate whose change is given in percentage points (比重提高2.4个百分点). */
const RATE_CHANGE = /(比重|比例|占比|率|强度)(提高|提升|增加|下降|降低|减少)$/;
const SHARE_OF = /占(.+?)的(比重|比例)?$/;

// Characters each rule needs, so that most phrases skip most rules after one look at them (every
// word of CHANGE_BASES_OF_YEAR holds one of BASE_CHARS).
const BASE_CHARS = charSet('比较与口');
const MANNER_CHARS = charSet('逆持稳幅速较连预');
const OTHER_CHARS = charSet('分等占(');
/** An abbreviation in brackets after a name (地区生产总值(GDP), 居民消费价格指数(CPI)): the name says it. */
const ABBREVIATION = /\([A-Za-z&]{2,6}\)/g;
const ZONE_FIRST = firstChars(ZONES);
const ZONE_SECOND = codeSet(ZONES.map((z) => z.charCodeAt(1)));
const FIRST = firstChars(HOW_WORDS);
const LAST = charSet('部均快步来年持成现缩短到至别降低少落的高升加');

function withoutLeadIn(phrase: string): string {
  let m = phrase;
  for (let cut = true; cut && m;) {
    cut = false;
    for (const w of LEAD_IN_END)
      if (m.endsWith(w)) {
        m = m.slice(0, m.length - w.length);
        cut = true;
      }
    if (m.includes('连续') && FOR_YEARS_END.test(m)) {
      m = m.replace(FOR_YEARS_END, '');
      cut = true;
    }
  }
  return m;
}

const RESPECTIVELY = /分别/g;

export function tidyMetric(
  metric: string,
  value: number | null,
  unit: string | null,
  /** leadingPlace(metric), when the caller has it. */
  place: string = leadingPlace(metric),
): string {
  let m = metric;
  m = withoutLeadingDashes(m);
  if (place && m.length > place.length) m = m.slice(place.length).replace(SPEECH, '') || m;
  else if (inSet(ZONE_FIRST, m.charCodeAt(0)) && inSet(ZONE_SECOND, m.charCodeAt(1)))
    m = m.replace(ZONE, '');
  let base = false;
  let manner = false;
  let other = false;
  for (let i = 0; i < m.length; i++) {
    const c = m.charCodeAt(i);
    if (inSet(BASE_CHARS, c)) base = true;
    if (inSet(MANNER_CHARS, c)) manner = true;
    if (inSet(OTHER_CHARS, c)) other = true;
  }
  if (base) m = m.replace(BASE, '');
  if (manner) m = m.replace(MANNER, '');
  if (other) {
    if (m.includes('分别')) m = m.replace(RESPECTIVELY, '');
    if (m.includes('等')) m = m.replace(EXAMPLES, '');
    if (m.includes('(')) m = m.replace(ABBREVIATION, '');
  }
  if (inSet(LAST, m.charCodeAt(m.length - 1))) m = withoutLeadIn(m) || m;
  if (inSet(FIRST, m.charCodeAt(0))) {
    const bare = m.replace(HOW, '');
    // 实施项目 keeps its verb: 项目 alone would not say which projects.
    if (bare.length >= 3) m = bare;
  }
  // A growth rate named 增速 or 增幅 (a table's row label: 地区生产总值增速) is named 增长, as prose names it.
  if (inSet(RATE_LAST, m.charCodeAt(m.length - 1)) && RATE_WORDS.includes(m.slice(-2)))
    return `${m.slice(0, -2)}增长`;
  if (!inSet(LAST, m.charCodeAt(m.length - 1))) return m || metric;
  if (unit === '个百分点' || unit === '百分点') m = m.replace(RATE_CHANGE, '$1');
  const last = m.charCodeAt(m.length - 1);
  if (inSet(FALL_LAST, last) && FALL.includes(m.slice(-2))) {
    const at = m.length - 2;
    if (value === null || CAPPED.test(m.slice(0, at))) m = m.slice(0, at);
    else if (value < 0) m = m.slice(0, at) + '增长';
  }
  if (other && m.includes('占')) m = m.replace(SHARE_OF, '占$1比重');
  if (m.endsWith('的')) m = m.slice(0, -1);
  return m || metric;
}
