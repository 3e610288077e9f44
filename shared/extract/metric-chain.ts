import { charSet, firstChars, inSet, lastChars } from '../text/char-set.ts';

/**
 * How a figure's metric continues the one before it in the sentence, when its own clause names
 * only part of what is measured:
 * - an action verb carries across a list (新建改造雨水管网20公里、污水管网35公里 → 新建改造污水管网);
 * - a clause that is only a verb swaps the verb (城中村改造新开工1200套、建成3500套 → 城中村改造建成);
 * - an aspect of the previous subject (…重大项目，总投资900亿元 → 重大项目总投资);
 * - a share of it (工业投资增长12.5%，占固定资产投资的30.1% → 工业投资占固定资产投资比重).
 */

/** Verbs that say what is done to the things counted: general policy vocabulary. */
const ACTION_VERBS = [
  '新增',
  '新建',
  '改建',
  '扩建',
  '改扩建',
  '新改建',
  '新改扩建',
  '续建',
  '新续建',
  '改造',
  '提升',
  '更新',
  '建成',
  '建设',
  '开工',
  '新开工',
  '开工建设',
  '竣工',
  '完工',
  '投用',
  '投产',
  '交付',
  '引进',
  '引育',
  '招引',
  '新招引',
  '培育',
  '新培育',
  '打造',
  '创建',
  '组建',
  '新组建',
  '设立',
  '新设',
  '签约',
  '新签约',
  '落地',
  '聚集',
  '集聚',
  '认定',
  '新认定',
  '获批',
  '发放',
  '整治',
  '治理',
  '开通',
  '开行',
  '建立',
  '加装',
  '安装',
  '实施',
  '推进',
  '推广',
  '举办',
  '开展',
  '培训',
  '救助',
  '资助',
  '帮扶',
  '排查',
  '化解',
  '上线',
  '新引进',
  '汇聚',
  '吸引',
  '吸纳',
  '服务',
  '接待',
  '带动',
  '办理',
  '受理',
  '发布',
  '出台',
  '制定',
  '入选',
  '获得',
  '申报',
  '登记',
  '注册',
  '备案',
  '入库',
  '拆除',
  '清理',
  '修复',
  '种植',
  '覆盖',
  '惠及',
  '安置',
  '回迁',
  '搬迁',
  '征收',
  '净增',
  '重建',
];
const VERB_FIRST = firstChars(ACTION_VERBS);
const VERB_LAST = lastChars(ACTION_VERBS);
const VERBS = new Set(ACTION_VERBS);
const LONGEST_VERB = Math.max(...ACTION_VERBS.map((v) => v.length));
const VERB_RUN = new RegExp(
  `^(?:${[...ACTION_VERBS].sort((a, b) => b.length - a.length).join('|')})+`,
);
const PREDICATE_ENDS = [
  ...['增长', '下降', '增加', '减少', '提高', '降低', '回落', '上涨', '率', '比重', '比例', '占比'],
  ...['强度', '指数', '水平', '面积', '总额', '规模', '收入', '产值', '增加值'],
];
const PREDICATE_END = new RegExp(`(${PREDICATE_ENDS.join('|')})$`);
const PREDICATE_LAST = lastChars(PREDICATE_ENDS);

/** The verb a phrase ends with (防汛修复 → 修复; 项目开工 → 开工), or ''. */
export function trailingVerb(phrase: string): string {
  return verbEndingAt(phrase, phrase.length);
}

/** The longest verb ending at `end`, or ''. */
function verbEndingAt(phrase: string, end: number): string {
  if (!inSet(VERB_LAST, phrase.charCodeAt(end - 1))) return '';
  for (let n = Math.min(LONGEST_VERB, end); n >= 2; n--) {
    const word = phrase.slice(end - n, end);
    if (VERBS.has(word)) return word;
  }
  return '';
}

/** The last verb in a phrase, with where it starts; null when there is none. */
function lastVerb(phrase: string): { at: number; verb: string } | null {
  for (let end = phrase.length; end >= 2; end--) {
    const verb = verbEndingAt(phrase, end);
    if (verb) return { at: end - verb.length, verb };
  }
  return null;
}

/** The verbs a phrase opens with (新建改造 of 新建改造雨水管网), or ''. */
export function leadingVerbs(phrase: string): string {
  if (!inSet(VERB_FIRST, phrase.charCodeAt(0))) return '';
  return VERB_RUN.exec(phrase)?.[0] ?? '';
}

export function isVerbOnly(phrase: string): boolean {
  return (
    phrase.length >= 2 &&
    phrase.length <= 8 &&
    inSet(VERB_FIRST, phrase.charCodeAt(0)) &&
    leadingVerbs(phrase) === phrase
  );
}

/**
 * A list item naming only a thing (污水管网) takes the verbs the previous item opened with
 * (新建改造雨水管网 → 新建改造污水管网). Null when either side does not fit: the item opens with a verb
 * of its own, or is a rate or a change rather than a count.
 */
export function shareVerb(item: string, previous: string): string | null {
  // Two characters are as often an activity (股改, 稳岗) as a thing.
  if (
    item.length < 3 ||
    leadingVerbs(item) ||
    (inSet(PREDICATE_LAST, item.charCodeAt(item.length - 1)) && PREDICATE_END.test(item))
  )
    return null;
  const verbs = leadingVerbs(previous);
  return verbs && verbs !== previous ? verbs + item : null;
}

/**
 * A clause that is only a verb (建成, 投用) keeps the previous figure's subject and object and
 * swaps its verb: 城中村改造新开工 → 城中村改造建成; 新建改扩建幼儿园 → 投用幼儿园.
 */
export function swapVerb(verb: string, previous: string): string {
  const opening = leadingVerbs(previous);
  if (opening && opening !== previous) return verb + previous.slice(opening.length);
  const last = lastVerb(previous);
  if (!last) return trimPredicate(previous) + verb;
  const end = last.at + last.verb.length;
  if (end === previous.length) return previous.slice(0, last.at) + verb;
  // 县城新建养老机构: a verb after a short place swaps; one deeper in is part of a name
  // (防汛修复和排涝提升项目), and the new verb follows the whole.
  return last.at <= 2
    ? previous.slice(0, last.at) + verb + previous.slice(end)
    : trimPredicate(previous) + verb;
}

/** Aspects of a subject named just before (总数, 总投资, 年度投资 …): they need it to mean anything. */
/** Totals, which may also close a previous metric (重大项目总投资 → 重大项目). */
const TOTALS = ['总数', '总量', '总投资', '总额', '投资额', '交易额', '签约额', '成交额'];
const ASPECTS = [
  ...TOTALS,
  ...['投资', '营业收入', '营收', '产值', '规模', '总规模', '占比'],
  ...['优秀率', '优秀总量', '达标率', '完成率', '覆盖率'],
];
const ASPECT_TIME = '(?:年度|全年|计划|累计|完成)*';
const ASPECT = new RegExp(`^(?:${ASPECT_TIME}(?:${ASPECTS.join('|')})|累计|净增)(?:达到|达|为)?$`);
const ASPECT_END = new RegExp(`${ASPECT_TIME}(?:${TOTALS.join('|')})$`);

/** The subject of a previous metric: without its verbs and its predicate (新增高新技术企业 → 高新技术企业). */
export function subjectOf(previous: string): string {
  const aspect = ASPECT_END.exec(previous);
  const own = aspect && aspect.index > 0 ? previous.slice(0, aspect.index) : previous;
  const unverbed = own.slice(leadingVerbs(own).length);
  // 实施项目 keeps its verb: 项目 alone would not say which projects.
  const bare = unverbed.length > 2 ? unverbed : own;
  const share = bare.indexOf('占');
  return trimPredicate(share > 0 ? bare.slice(0, share) : bare);
}

/** How a change went or is expected to go, not what changed (逆势增长, 持续提升, 预计增长). */
export const MANNER_WORDS = [
  ...['逆势', '持续', '稳步', '大幅', '快速'],
  ...['较快', '平稳', '预计', '预期'],
];
const TRAILING_PREDICATE = new RegExp(
  `(${MANNER_WORDS.join('|')})?(年均|同比|比上年|较上年)?(增长|下降|增加|减少|提高|回落|上涨|完成|达到|达|实现|突破|超过|净增)([一二两三四五六七八九十百千万亿]+[元家个人户]?)?$`,
);

function trimPredicate(phrase: string): string {
  let p = phrase;
  for (let prior = ''; prior !== p;) {
    prior = p;
    p = p.replace(TRAILING_PREDICATE, '');
    const verb = trailingVerb(p);
    if (verb && verb.length < p.length) p = p.slice(0, p.length - verb.length);
  }
  return p || phrase;
}

const SHARE = /^占(.+?)的?(比重|比例)?$/;
/**
 * 为预算的, 完成年度目标的, 为全省平均水平的: the figure is the subject's ratio to a base (完成86.4亿元，为
 * 预算的102.3%): a plan, the year before, or a wider place.
 */
const RATIO_VERBS = '为|完成|达到';
const RATIO_TO = new RegExp(
  `^(${RATIO_VERBS})((?:年初|年度|调整)?(?:预算|计划|目标任务|目标)|(?:上年|去年)(?:同期)?|全[国省市区](?:平均水平)?)的$`,
);
/** The metric continueSubject writes for RATIO_TO: the subject, the verb and base, 的比例. */
const RATIO_OF = new RegExp(`(?:${RATIO_VERBS}).{1,8}?的比例$`);

/** The subject of a ratio to a base (一般公共预算收入为预算的比例 → 一般公共预算收入), or ''. */
export function ratioSubject(metric: string): string {
  const ratio = metric.endsWith('的比例') ? RATIO_OF.exec(metric) : null;
  return ratio && ratio.index > 0 ? metric.slice(0, ratio.index) : '';
}
/** What ASPECT, RATIO_TO, SHARE and COMPARISON phrases open with: one look rules most clauses out. */
const CONTINUES_FIRST = charSet('年全计累完总投交签成营产规占优达覆净高低快慢领超为');
/** A comparison with another place or the year before: 高于全省0.3个百分点. */
const COMPARISONS = ['高于', '低于', '快于', '慢于', '领先', '超出'];
const COMPARISON = new RegExp(`^(${COMPARISONS.join('|')})`);
const COMPARISON_FIRST = firstChars(COMPARISONS);
const ZHAN = '占'.charCodeAt(0);
const RATIO_FIRST = charSet('为完达');

const REACHES_END = /(达到|达|为)$/;
const ACHIEVED_FOR_YEAR = /^完成(?=年度|全年)/;

/**
 * A clause naming an aspect (总投资), a ratio to a base (为预算的) or a share (占固定资产投资的) of
 * the previous figure's subject gets that subject; null when it names its own. `written` is the
 * clause as written, without hedges (完成投资 keeps its 完成), `clause` the cleaned metric.
 */
export function continueSubject(written: string, clause: string, previous: string): string | null {
  if (
    !inSet(CONTINUES_FIRST, clause.charCodeAt(0)) &&
    !inSet(CONTINUES_FIRST, written.charCodeAt(0))
  )
    return null;
  const named = ASPECT.test(written) ? written : ASPECT.test(clause) ? clause : '';
  if (named) {
    const subject = subjectOf(previous);
    const aspect = named.replace(REACHES_END, '').replace(ACHIEVED_FOR_YEAR, '');
    return subject && subject !== aspect ? subject + aspect : null;
  }
  const ratio = inSet(RATIO_FIRST, written.charCodeAt(0)) ? RATIO_TO.exec(written) : null;
  if (ratio) {
    const subject = subjectOf(previous);
    return subject ? `${subject}${ratio[1] as string}${ratio[2] as string}的比例` : null;
  }
  const share = clause.charCodeAt(0) === ZHAN ? SHARE.exec(clause) : null;
  if (share) {
    const subject = subjectOf(previous);
    return subject ? `${subject}占${share[1] as string}比重` : null;
  }
  if (inSet(COMPARISON_FIRST, clause.charCodeAt(0)) && COMPARISON.test(clause)) {
    const subject = subjectOf(previous);
    return subject ? subject + clause : null;
  }
  return null;
}
