/** The place a figure is about: the document's entity unless the clause names another. */
import { parentOf, placeTermAt, resolvePlace } from '../catalog/places.ts';

export function factEntity(clause: string, docEntity: string | null): string | null {
  const c = clause.replace(/^(其中|同时|而)/, '').replace(/^([0-9]{4}年|今年|去年)/, '');
  if (c.startsWith('全国')) return '全国';
  if (c.startsWith('全省')) return ancestorOfLevel(docEntity, '省') ?? docEntity;
  if (c.startsWith('全市')) return ancestorOfLevel(docEntity, '市') ?? docEntity;
  const t = placeTermAt(c, 0);
  if (t && t.length >= 2) {
    // Only a full name (郑州市, 金水区) is a subject; a bare 郑州/金水 usually begins a proper name.
    if (!/(省|市|区|县|自治区|新区)$/.test(t)) return docEntity;
    // A place followed by more place-like words (郑州都市圈, 二七商圈) is a name, not the subject.
    const rest = c.slice(t.length);
    if (/^(都市圈|商圈|广场|路|街|大道|片区|新城|项目|国际|经开区|高新区)/.test(rest))
      return docEntity;
    const p = resolvePlace(t);
    if (!p || p.level === '国家') return docEntity;
    return p.name;
  }
  const g = GENERIC_SUBJECT.exec(c);
  if (g && !NOT_PLACES.test(g[1] as string))
    return resolvePlace(g[1] as string)?.name ?? (g[1] as string);
  return docEntity;
}

/** 长安区增长6.1%, 长安区生产总值…: a place outside the gazetteer, named as the subject of a result or of a headline metric. */
const GENERIC_SUBJECT =
  /^([\u4e00-\u9fff]{2,4}?(?:省|市|区|县))(?=增长|下降|完成|实现|达到|同比|提出|(地区)?生产总值|GDP|经济总量|一般公共预算|规模以上|规上|固定资产投资|社会消费品|进出口)/;
const NOT_PLACES =
  /^(全|城|园|社|辖|片|景|市|矿|校|灾|山|库|老|本|我|该|各|郊|街|小)|城区$|园区$|社区$|片区$|景区$|市区$|城市$|都市$|地区$|^(高新|经开|综保|开发|自贸|保税)区$|^(预计|实现|完成|其中|全年)/;

function ancestorOfLevel(name: string | null, suffix: string): string | null {
  let cur = name;
  for (let k = 0; cur && k < 4; k++) {
    if (cur.endsWith(suffix) || (suffix === '省' && /自治区$|^(北京|天津|上海|重庆)市$/.test(cur)))
      return cur;
    cur = parentOf(cur);
  }
  return null;
}

const MAY_NAME_PLACE =
  /^(?:其中|同时|而)?(?:[0-9]{4}年|今年|去年)?[^，,；;]{0,12}?[省市区县州旗国]/;
const FIRST_IN =
  /^(其中|同时)?(全国|全省|全市|全区|国内|省内|市内)(首创|率先|首个|首家|首批|首次|首座|第一|唯一|最早|最先|领先)/;
const SELF_REFERENCE = /^(其中|同时|而)?(全|本|我)(省|市|区|县|州|旗)/;

/**
 * The place a clause names as its subject, or null when it names none (全市/本区 name the
 * document's own level and count as named). Used to carry a subject across the clauses of a
 * sentence: 青岛市实现生产总值14920.75亿元，增长3.9%.
 */
export function namedPlace(clause: string, docEntity: string | null): string | null {
  // Every subject factEntity reads ends in a level word near the clause start: rule out the rest.
  if (!MAY_NAME_PLACE.test(clause)) return null;
  // 全省首创…, 全国率先…: a claim of being first, not a subject.
  if (FIRST_IN.test(clause)) return null;
  if (SELF_REFERENCE.test(clause)) return factEntity(clause, docEntity) ?? '';
  const none = '\u0000';
  const e = factEntity(clause, none);
  return e === none ? null : e;
}

/** A place written at the very start of a clause (潍坊市增长 → 潍坊市), or ''. */
export function leadingPlace(clause: string): string {
  const t = placeTermAt(clause, 0);
  if (t && /(省|市|区|县|自治区|新区)$/.test(t)) return t;
  const g = GENERIC_SUBJECT.exec(clause);
  return g && !NOT_PLACES.test(g[1] as string) ? (g[1] as string) : '';
}
