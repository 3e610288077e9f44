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

/** 长安区增长6.1%: a place outside the gazetteer, named as the subject of a result. */
const GENERIC_SUBJECT = /^([\u4e00-\u9fff]{2,4}?(?:省|市|区|县))(?=增长|下降|完成|实现|达到|同比)/;
const NOT_PLACES =
  /^(全|城|园|社|辖|片|景|市|矿|校|灾|山|库|老|本|我|该|各|郊|街|小)|城区$|园区$|社区$|片区$|景区$|市区$|城市$|都市$|地区$|^(预计|实现|完成|其中|全年)/;

function ancestorOfLevel(name: string | null, suffix: string): string | null {
  let cur = name;
  for (let k = 0; cur && k < 4; k++) {
    if (cur.endsWith(suffix) || (suffix === '省' && /自治区$|^(北京|天津|上海|重庆)市$/.test(cur)))
      return cur;
    cur = parentOf(cur);
  }
  return null;
}
