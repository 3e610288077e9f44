import { ContractError } from '../../shared/api.ts';
import type { EntityInfo } from '../../shared/domain/index.ts';
import { inferParent } from '../../shared/catalog/infer-place.ts';
import { levelFromName, placeByName } from '../../shared/catalog/places.ts';
import type { Db } from './open-database.ts';
import { write } from './write.ts';
import { sql } from './statements.ts';

/**
 * Records an entity the first time it is seen, with its level and parent from the gazetteer,
 * else from its name and from how `text` (its own report) qualifies it (石家庄市长安区).
 */
export function ensureEntity(db: Db, name: string, text = ''): void {
  if (sql(db, 'SELECT 1 FROM entities WHERE name = ?').get(name)) return;
  const info = placeByName(name);
  const parent = info ? info.parent : inferParent(text, name);
  if (parent) ensureEntity(db, parent);
  sql(db, 'INSERT INTO entities (name, level, parent) VALUES (?, ?, ?)').run(
    name,
    info?.level ?? levelFromName(name),
    parent,
  );
}

export function listEntities(db: Db): EntityInfo[] {
  const rows = sql(
    db,
    `SELECT e.name, e.level, e.parent, (SELECT count(*) FROM documents d WHERE d.entity = e.name) AS documentCount
       FROM entities e`,
  ).all() as EntityInfo[];
  return orderParentsFirst(rows);
}

/** Parents before their children, children in a stable (code point) order: 郑州市, 二七区, 管城回族区 … */
export function orderParentsFirst<T extends { name: string; parent: string | null }>(
  items: T[],
): T[] {
  const byName = new Map(items.map((i) => [i.name, i]));
  const children = new Map<string | null, T[]>();
  for (const item of items) {
    const key = item.parent && byName.has(item.parent) ? item.parent : null;
    children.set(key, [...(children.get(key) ?? []), item]);
  }
  const out: T[] = [];
  const visit = (parent: string | null) => {
    const list = (children.get(parent) ?? []).sort((a, b) =>
      a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
    );
    for (const item of list) {
      out.push(item);
      visit(item.name);
    }
  };
  visit(null);
  return out;
}

/** Sets (or clears) an entity's parent, refusing cycles; creates the entities when new. */
export function setEntityParent(db: Db, name: string, parent: string | null): EntityInfo {
  if (parent === name) throw new ContractError(`${name} cannot be its own parent`);
  return write(db, () => {
    ensureEntity(db, name);
    if (parent) {
      ensureEntity(db, parent);
      for (let up: string | null = parent; up;) {
        if (up === name)
          throw new ContractError(`${parent} is inside ${name}; it cannot be its parent`);
        up = (
          sql(db, 'SELECT parent FROM entities WHERE name = ?').get(up) as {
            parent: string | null;
          }
        ).parent;
      }
    }
    sql(db, 'UPDATE entities SET parent = ? WHERE name = ?').run(parent, name);
    return listEntities(db).find((e) => e.name === name)!;
  });
}
