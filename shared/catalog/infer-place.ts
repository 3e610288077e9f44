import {
  levelFromName,
  placeByName,
  resolvePlace,
  PLACE_TERMS,
  type PlaceLevel,
} from './places.ts';

const RANK: Record<PlaceLevel, number> = { 国家: 0, 省: 1, 市: 2, 区县: 3, 开发区: 3, 乡镇: 4 };

/**
 * The parent of a place the gazetteer does not know, from how the text writes it: the known
 * place written right before its name most often (石家庄市长安区 → 石家庄市). Null when the text
 * never qualifies it.
 */
export function inferParent(text: string, name: string): string | null {
  const known = placeByName(name);
  if (known) return known.parent;
  const level = levelFromName(name);
  const votes = new Map<string, number>();
  for (let at = text.indexOf(name); at > 0; at = text.indexOf(name, at + name.length)) {
    const before = text.slice(Math.max(0, at - 12), at);
    const term = PLACE_TERMS.find((t) => before.endsWith(t));
    const place = term ? resolvePlace(term) : null;
    if (!place || place.name === name) continue;
    if (level && RANK[place.level] >= RANK[level]) continue;
    votes.set(place.name, (votes.get(place.name) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [place, n] of votes) if (!best || n > votes.get(best)!) best = place;
  return best;
}
