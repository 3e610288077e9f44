/** Builds a findings input from small texts through the real extraction engine (for tests). */
import { parentOf } from '../catalog/places.ts';
import { extract } from '../extract/index.ts';
import type { FindingsFact, FindingsInput } from './types.ts';

export interface SyntheticDoc {
  text: string;
  entity?: string;
  year?: number;
  type?: string;
  name?: string;
}

export function syntheticInput(docs: SyntheticDoc[]): FindingsInput {
  const texts = new Map<number, string>();
  const facts: FindingsFact[] = [];
  const parents = new Map<string, string | null>();
  const documents = docs.map((d, i) => {
    const id = i + 1;
    const { meta, facts: extracted } = extract(d.text);
    const entity = d.entity ?? meta.entity;
    texts.set(id, d.text);
    for (const f of extracted) {
      facts.push({
        ...f,
        entity: f.entity ?? entity,
        id: id * 1000 + facts.length,
        documentId: id,
      });
    }
    return {
      id,
      name: d.name ?? `doc${id}.txt`,
      entity,
      year: d.year ?? meta.year,
      type: d.type ?? meta.type,
      length: d.text.length,
    };
  });
  for (const f of facts)
    for (let e = f.entity, g = 0; e && g < 5; g++) {
      parents.set(e, parentOf(e));
      e = parentOf(e);
    }
  for (const d of documents) if (d.entity) parents.set(d.entity, parentOf(d.entity));
  return { documents, facts, parents, text: (id) => texts.get(id) ?? '' };
}
