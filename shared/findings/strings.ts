/**
 * Every finding's title and explanation, in Chinese and English, in one place: a finding carries
 * message ids and parameters, and is rendered in Chinese by default; a UI may render it in English.
 */
export type MessageParams = Record<string, string | number>;

const ZH = {
  'conflict.title': '{entity}「{metric}」{period}年{kind}在不同文件中不一致：{figures}',
  'conflict.explanation':
    '同一主体、同一指标、同一期间的{kind}在{count}份文件中数值、单位或限定词不同（已换算到同一单位后比较）：{detail}。请核对以哪一处为准。',
  'version.title': '{entity}{year}年两个版本{what}不同：「{left}」与「{right}」',
  'version.explanation':
    '「{leftDoc}」与「{rightDoc}」大体是同一文本（{matched}段对应）。此处{what}不同，左侧「{left}」，右侧「{right}」。标点全半角与空白的差别不算在内。',
  'arithmetic.sum.holds.title': '{entity}{metric}{total}与分项之和相符：{sum}',
  'arithmetic.sum.fails.title': '{entity}{metric}{total}与分项之和{sum}不符',
  'arithmetic.sum.explanation': '总数{total}与同段所列分项{parts}相加为{sum}，{verdict}。',
  'arithmetic.share.holds.title': '{entity}{metric}占{base}的比例{share}核算相符',
  'arithmetic.share.fails.title': '{entity}{metric}占{base}的比例{share}与数额不符',
  'arithmetic.share.explanation':
    '{part}÷{base}{baseFigure}={computed}，文中写作{share}，{verdict}（容差{tolerance}）。',
  'xref.holds.title': '{entity}关于{referent}{metric}的表述与{referent}自身数据相符',
  'xref.fails.title': '{entity}关于{referent}{metric}的表述与{referent}自身数据不符',
  'xref.unchecked.title': '{entity}关于{referent}{metric}的表述无法核对',
  'xref.difference.explanation':
    '{entity}{metric}{own}，文中称{relation}{referent}{stated}；{referent}自身文件中的{metric}为{other}，实际差{computed}，{verdict}。',
  'xref.share.explanation':
    '{entity}{metric}{own}，文中称占{referent}的{stated}；{referent}自身文件中的{metric}为{other}，算得{computed}，{verdict}。',
  'xref.missing.explanation':
    '{entity}{metric}{own}，文中称{relation}{referent}{stated}；索引中没有{missing}，无法核对。导入{referent}的相关文件后会自动核对。',
  'alignment.below.title': '{entity}{metric}目标{child}低于{parent}的{parentFigure}',
  'alignment.below.explanation':
    '{period}年{entity}的{metric}目标为{child}，{parent}为{parentFigure}；按指标方向（{direction}）与限定词比较，{entity}的目标不如上级。',
  'alignment.missing.title': '{entity}未设定{parent}的主要目标「{metric}」',
  'alignment.missing.explanation':
    '{parent}{period}年主要预期目标含{metric}{parentFigure}，{entity}同期文件中没有对应目标。',
  'attainment.met.title': '{entity}{period}年{metric}目标{target}已完成：实际{actual}',
  'attainment.missed.title': '{entity}{period}年{metric}目标{target}未完成：实际{actual}',
  'attainment.unknown.title': '{entity}{period}年{metric}目标{target}与实际{actual}无法判断',
  'attainment.explanation':
    '{targetDoc}定的{period}年目标为{target}，{actualDoc}报告的实际为{actual}；{rule}，{verdict}。',
} as const;

export type MessageId = keyof typeof ZH;

const EN: Record<MessageId, string> = {
  'conflict.title': '{entity} “{metric}” {period} {kind} differs between documents: {figures}',
  'conflict.explanation':
    'The same entity, indicator, period and kind is stated differently in {count} documents (compared after unit normalisation): {detail}. Check which one is right.',
  'version.title': '{entity} {year}: two versions differ in {what}: “{left}” vs “{right}”',
  'version.explanation':
    '“{leftDoc}” and “{rightDoc}” are largely the same text ({matched} passages aligned). Here the {what} differs: left “{left}”, right “{right}”. Punctuation width and whitespace are ignored.',
  'arithmetic.sum.holds.title': '{entity} {metric} {total} equals the sum of its parts: {sum}',
  'arithmetic.sum.fails.title':
    '{entity} {metric} {total} does not equal the sum of its parts {sum}',
  'arithmetic.sum.explanation':
    'The total {total} and the parts {parts} add up to {sum}: {verdict}.',
  'arithmetic.share.holds.title': '{entity} {metric} as a share of {base} ({share}) checks out',
  'arithmetic.share.fails.title':
    '{entity} {metric} as a share of {base} ({share}) does not match the amounts',
  'arithmetic.share.explanation':
    '{part} ÷ {base} {baseFigure} = {computed}; the text says {share}: {verdict} (tolerance {tolerance}).',
  'xref.holds.title':
    "{entity}'s statement about {referent}'s {metric} matches {referent}'s own figure",
  'xref.fails.title':
    "{entity}'s statement about {referent}'s {metric} does not match {referent}'s own figure",
  'xref.unchecked.title': "{entity}'s statement about {referent}'s {metric} cannot be checked",
  'xref.difference.explanation':
    "{entity}'s {metric} is {own}, stated as {relation} {referent} by {stated}; {referent}'s own {metric} is {other}, a difference of {computed}: {verdict}.",
  'xref.share.explanation':
    "{entity}'s {metric} is {own}, stated as {stated} of {referent}'s; {referent}'s own {metric} is {other}, which gives {computed}: {verdict}.",
  'xref.missing.explanation':
    "{entity}'s {metric} is {own}, stated as {relation} {referent} by {stated}; the index has no {missing}, so it cannot be checked. It is checked once {referent}'s documents are imported.",
  'alignment.below.title': "{entity}'s {metric} target {child} is below {parent}'s {parentFigure}",
  'alignment.below.explanation':
    "For {period}, {entity} targets {metric} at {child} and {parent} at {parentFigure}; by the indicator's direction ({direction}) and the qualifiers, the district's target falls short.",
  'alignment.missing.title': "{entity} sets no target for {parent}'s headline “{metric}”",
  'alignment.missing.explanation':
    "{parent}'s main {period} targets include {metric} {parentFigure}; {entity}'s documents for the period set none.",
  'attainment.met.title': '{entity} {period} {metric} target {target} met: actual {actual}',
  'attainment.missed.title': '{entity} {period} {metric} target {target} missed: actual {actual}',
  'attainment.unknown.title':
    '{entity} {period} {metric} target {target} vs actual {actual}: cannot tell',
  'attainment.explanation':
    '{targetDoc} set the {period} target at {target}; {actualDoc} reports {actual}; {rule}: {verdict}.',
};

/** Words used inside parameters (kind, verdicts, rules), per language. */
export const WORDS = {
  zh: {
    target: '目标',
    actual: '实际数',
    holds: '相符',
    fails: '不符',
    higher: '越高越好',
    lower: '越低越好',
    met: '已完成',
    missed: '未完成',
    unknown: '无法判断',
    higherThan: '高于',
    lowerThan: '低于',
    number: '数字',
    unit: '单位',
    wording: '措辞',
    ruleFloor: '下限目标须达到或超过',
    ruleStrict: '“突破/超过”目标须严格超过',
    ruleCap: '上限目标不超过即完成',
    ruleApprox: '“左右”目标在容差{tolerance}内即完成',
    ruleRange: '区间目标达到下限即完成',
    ruleText: '定性目标无法按数值判断',
  },
  en: {
    target: 'target',
    actual: 'actual',
    holds: 'holds',
    fails: 'fails',
    higher: 'higher is better',
    lower: 'lower is better',
    met: 'met',
    missed: 'missed',
    unknown: 'cannot tell',
    higherThan: 'above',
    lowerThan: 'below',
    number: 'number',
    unit: 'unit',
    wording: 'wording',
    ruleFloor: 'a floor is met when reached or exceeded',
    ruleStrict: 'an “exceed” target must be strictly exceeded',
    ruleCap: 'a cap is met when not exceeded',
    ruleApprox: 'an approximate target is met within {tolerance}',
    ruleRange: 'a range is met from its lower bound',
    ruleText: 'a qualitative target cannot be judged by value',
  },
} as const;

export type Word = keyof (typeof WORDS)['zh'];
export type Lang = 'zh' | 'en';

export const MESSAGES: Record<Lang, Record<MessageId, string>> = { zh: ZH, en: EN };

/**
 * Fills a message's {placeholders}; a parameter written `@word` is one of WORDS, rendered in the
 * message's language (so `kind: '@target'` reads 目标 or target). Unknown placeholders stay.
 */
export function fill(template: string, params: MessageParams, lang: Lang = 'zh'): string {
  const parts = compiled(template);
  if (parts.length === 1) return template;
  const out = parts.slice();
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i]!;
    if (!Object.hasOwn(params, name)) out[i] = `{${name}}`;
    else {
      const value = String(params[name]);
      out[i] =
        value.startsWith('@') && Object.hasOwn(WORDS[lang], value.slice(1))
          ? fill(WORDS[lang][value.slice(1) as Word], params, lang)
          : value;
    }
  }
  // One flat string (kept with the finding), not a chain of concatenations.
  return out.join('');
}

/**
 * A template cut at its {placeholders} once: text, name, text, name, … text. Messages are
 * rendered for every finding, hundreds of thousands in a national index.
 */
function compiled(template: string): string[] {
  let parts = templates.get(template);
  if (!parts) {
    parts = template.split(/\{(\w+)\}/);
    if (templates.size > 1000) templates.clear();
    templates.set(template, parts);
  }
  return parts;
}
const templates = new Map<string, string[]>();

export function renderMessage(id: MessageId, params: MessageParams, lang: Lang = 'zh'): string {
  return fill(MESSAGES[lang][id], params, lang);
}

export function word(w: Word, lang: Lang = 'zh'): string {
  return WORDS[lang][w];
}
