import type { DocumentDetail } from '../../../shared/api.ts';
import { useClient } from '../api/context.ts';
import { useQuery, type QueryState } from './useQuery.ts';

const cache = new Map<string, Promise<DocumentDetail>>();

/** A document's text and facts, shared by every panel asking for it until the index changes. */
export function useDocument(id: number | null, indexVersion: number): QueryState<DocumentDetail> {
  const { api } = useClient();
  const key = `${id}:${indexVersion}`;
  return useQuery(`document:${key}`, () => {
    if (id === null) return Promise.reject(new Error('no document'));
    let pending = cache.get(key);
    if (!pending) {
      if (cache.size > 20) cache.clear();
      pending = api.getDocument({ id });
      pending.catch(() => cache.delete(key));
      cache.set(key, pending);
    }
    return pending;
  });
}
