/** Gazetteer of administrative units (name, level, parent, aliases) and general name patterns. */
import { codeSet, firstChars, inSet } from '../text/char-set.ts';
import { HeadIndex } from '../text/head-index.ts';

export type PlaceLevel = '国家' | '省' | '市' | '区县' | '开发区' | '乡镇';

export interface Place {
  name: string;
  level: PlaceLevel;
  parent: string | null;
  aliases: string[];
}

// Provinces and the cities most reports mention; capitals first in each list.
const PROVINCES: Record<string, string> = {
  北京市: '',
  天津市: '',
  上海市: '',
  重庆市: '',
  河北省: '石家庄 唐山 保定 邯郸 廊坊 沧州 秦皇岛 邢台 张家口 承德 衡水',
  山西省: '太原 大同 长治 晋城 临汾 运城 晋中 阳泉 朔州 忻州 吕梁',
  辽宁省: '沈阳 大连 鞍山 抚顺 本溪 丹东 锦州 营口 阜新 辽阳 盘锦 铁岭 朝阳 葫芦岛',
  吉林省: '长春 吉林 四平 辽源 通化 白山 松原 白城',
  黑龙江省: '哈尔滨 齐齐哈尔 牡丹江 佳木斯 大庆 鸡西 鹤岗 双鸭山 伊春 七台河 黑河 绥化',
  江苏省: '南京 苏州 无锡 常州 徐州 南通 扬州 镇江 泰州 盐城 淮安 连云港 宿迁',
  浙江省: '杭州 宁波 温州 嘉兴 湖州 绍兴 金华 衢州 舟山 台州 丽水',
  安徽省: '合肥 芜湖 蚌埠 淮南 马鞍山 淮北 铜陵 安庆 黄山 滁州 阜阳 宿州 六安 亳州 池州 宣城',
  福建省: '福州 厦门 泉州 漳州 莆田 三明 南平 龙岩 宁德',
  江西省: '南昌 赣州 九江 景德镇 萍乡 新余 鹰潭 吉安 宜春 抚州 上饶',
  山东省: '济南 青岛 淄博 枣庄 东营 烟台 潍坊 济宁 泰安 威海 日照 临沂 德州 聊城 滨州 菏泽',
  河南省:
    '郑州 开封 洛阳 平顶山 安阳 鹤壁 新乡 焦作 濮阳 许昌 漯河 三门峡 南阳 商丘 信阳 周口 驻马店 济源',
  湖北省: '武汉 黄石 十堰 宜昌 襄阳 鄂州 荆门 孝感 荆州 黄冈 咸宁 随州',
  湖南省: '长沙 株洲 湘潭 衡阳 邵阳 岳阳 常德 张家界 益阳 郴州 永州 怀化 娄底',
  广东省:
    '广州 深圳 珠海 汕头 佛山 韶关 湛江 肇庆 江门 茂名 惠州 梅州 汕尾 河源 阳江 清远 东莞 中山 潮州 揭阳 云浮',
  海南省: '海口 三亚 儋州',
  四川省:
    '成都 绵阳 自贡 攀枝花 泸州 德阳 广元 遂宁 内江 乐山 南充 眉山 宜宾 广安 达州 雅安 巴中 资阳',
  贵州省: '贵阳 遵义 六盘水 安顺 毕节 铜仁',
  云南省: '昆明 曲靖 玉溪 保山 昭通 丽江 普洱 临沧',
  陕西省: '西安 宝鸡 咸阳 铜川 渭南 延安 汉中 榆林 安康 商洛',
  甘肃省: '兰州 嘉峪关 金昌 白银 天水 武威 张掖 平凉 酒泉 庆阳 定西 陇南',
  青海省: '西宁 海东',
  台湾省: '',
  内蒙古自治区: '呼和浩特 包头 乌海 赤峰 通辽 鄂尔多斯 呼伦贝尔 巴彦淖尔 乌兰察布',
  广西壮族自治区: '南宁 柳州 桂林 梧州 北海 防城港 钦州 贵港 玉林 百色 贺州 河池 来宾 崇左',
  西藏自治区: '拉萨 日喀则 昌都 林芝 山南 那曲',
  宁夏回族自治区: '银川 石嘴山 吴忠 固原 中卫',
  新疆维吾尔自治区: '乌鲁木齐 克拉玛依 吐鲁番 哈密',
  香港特别行政区: '',
  澳门特别行政区: '',
};

/**
 * Prefecture-level units not named 市: leagues (盟) and autonomous prefectures (自治州), with the
 * short names reports use for them (恩施州).
 */
const PREFECTURES: readonly (readonly [name: string, province: string, aliases: string[]])[] = [
  ['锡林郭勒盟', '内蒙古自治区', ['锡盟']],
  ['兴安盟', '内蒙古自治区', []],
  ['阿拉善盟', '内蒙古自治区', []],
  ['延边朝鲜族自治州', '吉林省', ['延边州']],
  ['恩施土家族苗族自治州', '湖北省', ['恩施州']],
  ['湘西土家族苗族自治州', '湖南省', ['湘西州']],
  ['阿坝藏族羌族自治州', '四川省', ['阿坝州']],
  ['甘孜藏族自治州', '四川省', ['甘孜州']],
  ['凉山彝族自治州', '四川省', ['凉山州']],
  ['黔东南苗族侗族自治州', '贵州省', ['黔东南州']],
  ['黔南布依族苗族自治州', '贵州省', ['黔南州']],
  ['黔西南布依族苗族自治州', '贵州省', ['黔西南州']],
  ['楚雄彝族自治州', '云南省', ['楚雄州']],
  ['红河哈尼族彝族自治州', '云南省', ['红河州']],
  ['文山壮族苗族自治州', '云南省', ['文山州']],
  ['西双版纳傣族自治州', '云南省', ['西双版纳州']],
  ['大理白族自治州', '云南省', ['大理州']],
  ['德宏傣族景颇族自治州', '云南省', ['德宏州']],
  ['临夏回族自治州', '甘肃省', ['临夏州']],
  ['甘南藏族自治州', '甘肃省', ['甘南州']],
  ['海西蒙古族藏族自治州', '青海省', ['海西州']],
  ['昌吉回族自治州', '新疆维吾尔自治区', ['昌吉州']],
  ['伊犁哈萨克自治州', '新疆维吾尔自治区', ['伊犁州']],
  ['巴音郭楞蒙古自治州', '新疆维吾尔自治区', []],
];

/** Units below a city that the seeds' region needs; extend per region as reports arrive. */
const LOCAL: Place[] = [
  { name: '中原区', level: '区县', parent: '郑州市', aliases: [] },
  { name: '二七区', level: '区县', parent: '郑州市', aliases: ['二七'] },
  { name: '管城回族区', level: '区县', parent: '郑州市', aliases: ['管城区', '管城'] },
  { name: '金水区', level: '区县', parent: '郑州市', aliases: ['金水'] },
  { name: '惠济区', level: '区县', parent: '郑州市', aliases: ['惠济'] },
  { name: '上街区', level: '区县', parent: '郑州市', aliases: [] },
  { name: '中牟县', level: '区县', parent: '郑州市', aliases: ['中牟'] },
  { name: '巩义市', level: '区县', parent: '郑州市', aliases: ['巩义'] },
  { name: '荥阳市', level: '区县', parent: '郑州市', aliases: ['荥阳'] },
  { name: '新密市', level: '区县', parent: '郑州市', aliases: ['新密'] },
  { name: '新郑市', level: '区县', parent: '郑州市', aliases: ['新郑'] },
  { name: '登封市', level: '区县', parent: '郑州市', aliases: ['登封'] },
  { name: '郑东新区', level: '开发区', parent: '郑州市', aliases: ['郑东'] },
  { name: '郑州经济技术开发区', level: '开发区', parent: '郑州市', aliases: ['郑州经开区'] },
  { name: '郑州高新技术产业开发区', level: '开发区', parent: '郑州市', aliases: ['郑州高新区'] },
  {
    name: '郑州航空港经济综合实验区',
    level: '开发区',
    parent: '郑州市',
    aliases: ['郑州航空港区', '航空港区', '航空港经济综合实验区'],
  },
];

const SHORT_SUFFIX = /(壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区|省|市)$/;

function buildPlaces(): Place[] {
  const out: Place[] = [{ name: '全国', level: '国家', parent: null, aliases: ['中国', '我国'] }];
  for (const [province, cities] of Object.entries(PROVINCES)) {
    const short = province.replace(SHORT_SUFFIX, '');
    out.push({
      name: province,
      level: '省',
      parent: '全国',
      aliases: short !== province ? [short] : [],
    });
    for (const c of cities.split(' ').filter(Boolean)) {
      // 吉林市 shares its short name with 吉林省: keep the short name for the province.
      const aliases = c === short ? [] : [c];
      out.push({ name: `${c}市`, level: '市', parent: province, aliases });
    }
  }
  for (const [name, parent, aliases] of PREFECTURES)
    out.push({ name, level: '市', parent, aliases: [...aliases] });
  return out.concat(LOCAL);
}

export const PLACES: Place[] = buildPlaces();

const BY_NAME = new Map(PLACES.map((p) => [p.name, p]));
const BY_ALIAS = new Map<string, Place>();
for (const p of PLACES) {
  BY_ALIAS.set(p.name, p);
  for (const a of p.aliases) if (!BY_ALIAS.has(a)) BY_ALIAS.set(a, p);
}

export function placeByName(name: string): Place | undefined {
  return BY_NAME.get(name);
}

export function parentOf(name: string): string | null {
  return BY_NAME.get(name)?.parent ?? null;
}

/** Generic development-zone abbreviations, expanded against a city: 经开区 → 郑州经济技术开发区. */
const ZONE_PATTERNS: readonly [RegExp, string][] = [
  [/^(.*)经开区$/, '经济技术开发区'],
  [/^(.*)高新区$/, '高新技术产业开发区'],
  [/^(.*)综保区$/, '综合保税区'],
];

/** Common words a township's level word closes: 新型城镇, 特色小镇, 统筹城乡, 人才返乡. */
export const NOT_TOWNSHIPS = [
  ...['城镇', '乡镇', '村镇', '集镇', '小镇'],
  ...['城乡', '返乡', '下乡', '家乡', '故乡', '老乡'],
];
/** The characters before `level` in NOT_TOWNSHIPS' words. */
const notBefore = (level: string): string =>
  NOT_TOWNSHIPS.filter((w) => w.endsWith(level))
    .map((w) => w[0])
    .join('');
/** A township's level word (柳泉镇, 大王庄乡, 解放路街道), but where it closes NOT_TOWNSHIPS' words. */
const TOWNSHIP_WORD = `(?:(?<![${notBefore('镇')}])镇|(?<![${notBefore('乡')}])乡|街道)`;
/** A name outside the gazetteer by its level word: 安丰县, 林荣市, 长阳土家族自治县, 柳泉镇. */
export const GENERIC_PLACE = new RegExp(
  `^(?:[\\u4e00-\\u9fff]{2,6}(?:省|市|县|区|旗|盟|${TOWNSHIP_WORD})|[\\u4e00-\\u9fff]{2,10}自治[州县旗])$`,
);

/** The suffixes levelFromName reads (built once: a regex literal in a function is built at every call). */
const ZONE_SUFFIX = /(开发区|高新区|经开区|新区|园区|综合保税区)$/;
const PROVINCE_SUFFIX = /(省|自治区|特别行政区)$/;
const CITY_SUFFIX = /(市|自治州|地区|盟)$/;
const COUNTY_SUFFIX = /(区|县|旗)$/;
const TOWNSHIP_SUFFIX = /(镇|乡|街道)$/;
/** The level an administrative name's suffix gives it (长安区 → 区县, 高新技术产业开发区 → 开发区). */
export function levelFromName(name: string): PlaceLevel | null {
  if (ZONE_SUFFIX.test(name)) return '开发区';
  if (PROVINCE_SUFFIX.test(name)) return '省';
  if (CITY_SUFFIX.test(name)) return '市';
  if (COUNTY_SUFFIX.test(name)) return '区县';
  if (TOWNSHIP_SUFFIX.test(name)) return '乡镇';
  return null;
}

/**
 * Full official name for an alias (二七 → 二七区, 管城区 → 管城回族区, 郑州 → 郑州市). `city` resolves
 * bare zone abbreviations (经开区, 高新区) and general patterns (X经开区 → X经济技术开发区).
 */
export function resolvePlace(alias: string, city?: string | null): Place | null {
  const known = BY_ALIAS.get(alias);
  if (known) return known;
  for (const [re, full] of ZONE_PATTERNS) {
    const m = re.exec(alias);
    if (!m) continue;
    const prefix = m[1] ?? '';
    const cityShort = city ? city.replace(SHORT_SUFFIX, '') : '';
    const base = prefix || cityShort;
    if (!base) return null;
    const name = `${base.replace(SHORT_SUFFIX, '')}${full}`;
    const hit = BY_NAME.get(name);
    if (hit) return hit;
    const parent = BY_ALIAS.get(base)?.name ?? (city || null);
    return { name, level: '开发区', parent, aliases: [alias] };
  }
  const area = newAreaOf(alias);
  if (area) return area;
  if (GENERIC_PLACE.test(alias)) {
    return { name: alias, level: levelFromName(alias) ?? '区县', parent: null, aliases: [] };
  }
  return null;
}

/** What names a new area after its place: 兰州新区, a zone of 兰州市 (not 兰州市 itself). */
const NEW_AREA = '新区';

/** A new area named after a place of the gazetteer by its short name (兰州新区), or null. */
const newAreaOf = (alias: string): Place | null =>
  alias.endsWith(NEW_AREA) ? areaNamedAfter(alias.slice(0, -NEW_AREA.length)) : null;

/**
 * The new area a gazetteer term found at s[at] opens (兰州 in 兰州新区), or null: a scan that
 * meets the term reads the area, whose name is the term and 新区.
 */
export function newAreaAfter(s: string, at: number, term: string): Place | null {
  return s.startsWith(NEW_AREA, at + term.length) ? areaNamedAfter(term) : null;
}

/** The new area named after `short`, a place's short name (兰州), or null when it names none. */
function areaNamedAfter(short: string): Place | null {
  const place = short.length >= 2 && !SHORT_SUFFIX.test(short) ? BY_ALIAS.get(short) : undefined;
  if (!place || place.level === '国家') return null;
  return { name: short + NEW_AREA, level: '开发区', parent: place.name, aliases: [] };
}

/** The level word that ends an administrative name (县, 自治县, 旗 …), at the end of a phrase. */
const NAME_SUFFIX = new RegExp(`(?:自治州|自治县|自治旗|省|市|县|区|旗|盟|${TOWNSHIP_WORD})$`);
/**
 * Words a name does not start after: a date (2019年, 2022年度, 3月), a function word (关于, 在,
 * 代表), or the level word of a place that qualifies it (林荣市安丰区 → 安丰区).
 */
const CUT_AFTER =
  /(?:关于|对于|代表|年度?|[0-9０-９]月份?|[0-9０-９]日|[在由对是的和与及向为将把从]|省|市|州|盟|地区)$/;
const isIdeograph = (c: number): boolean => c >= 0x4e00 && c <= 0x9fff;

/**
 * A place name outside the gazetteer that ends a phrase, by its level word: 2019年安丰县 → 安丰县,
 * 关于长宁县 → 长宁县, 林荣市安丰区 → 安丰区, 长阳土家族自治县. The name is at least two
 * characters before its level word, at most four (ten for an autonomous unit), never starts with
 * a date or a function word, and never crosses a digit or a punctuation mark. Null when none.
 */
export function placeNameAtEnd(phrase: string): string | null {
  const suffix = NAME_SUFFIX.exec(phrase);
  if (!suffix) return null;
  const end = phrase.length - suffix[0].length;
  let start = end;
  while (start > 0 && isIdeograph(phrase.charCodeAt(start - 1))) start--;
  // Cut after the last word a name cannot hold, while two characters remain (在和平区 → 和平区).
  for (let i = end - 2; i > start; i--) {
    if (CUT_AFTER.test(phrase.slice(Math.max(0, start - 1), i))) {
      start = i;
      break;
    }
  }
  const most = suffix[0].startsWith('自治') ? 10 : 4;
  if (end - start > most) start = end - most;
  if (end - start < 2) return null;
  return phrase.slice(start);
}

/** Every alias and name, longest first, for scanning text. */
export const PLACE_TERMS: string[] = [...BY_ALIAS.keys()].sort((a, b) => b.length - a.length);

/** A gazetteer name or alias as found in a text: the place it names, and that place's number. */
export interface PlaceTerm {
  term: string;
  place: Place;
  /** The place's index in PLACES: a counter's slot (see placeTermEntryAt). */
  id: number;
}

const PLACE_ID = new Map(PLACES.map((p, k) => [p, k]));

/** Terms by their first two characters (every name and alias has at least two), longest first. */
const BY_HEAD = new HeadIndex(
  PLACE_TERMS.map((term) => {
    const place = BY_ALIAS.get(term) as Place;
    return [term, { term, place, id: PLACE_ID.get(place) as number }] as const;
  }),
);

/** The characters a gazetteer name or alias can start with (a test made at every character). */
export const PLACE_TERM_FIRST = firstChars(PLACE_TERMS);
/** The characters a gazetteer name or alias can have second. */
export const PLACE_TERM_SECOND = codeSet(PLACE_TERMS.map((t) => t.charCodeAt(1)));

/**
 * Longest gazetteer name or alias starting at `i`, or the name of the new area it opens (福州 of
 * 福州新区 reads 福州新区, which resolvePlace knows), or null.
 */
export function placeTermAt(s: string, i: number): string | null {
  const term = placeTermEntryAt(s, i)?.term;
  if (term === undefined) return null;
  return newAreaAfter(s, i, term)?.name ?? term;
}

/**
 * Longest gazetteer name or alias starting at `i`, with the place it names (resolvePlace of the
 * term, read off the index: a scan counting places needs no lookup by name), or null.
 */
export function placeTermEntryAt(s: string, i: number): PlaceTerm | null {
  const code = s.charCodeAt(i);
  if (!inSet(PLACE_TERM_FIRST, code)) return null;
  const second = s.charCodeAt(i + 1);
  if (!inSet(PLACE_TERM_SECOND, second)) return null;
  const list = BY_HEAD.at(code, second);
  if (!list) return null;
  for (const t of list) if (s.startsWith(t.term, i)) return t;
  return null;
}
