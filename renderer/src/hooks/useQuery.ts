import { useCallback, useEffect, useState } from 'react';

export interface QueryState<T> {
  data: T | undefined;
  error: Error | undefined;
  loading: boolean;
  retry: () => void;
}

interface Settled<T> {
  data: T | undefined;
  error: Error | undefined;
  key: string | null;
}

/**
 * Runs `load` whenever `key` changes and keeps the last result while the next one loads (so a
 * refresh after an import does not blank the screen). A stale answer never overwrites a newer one.
 */
export function useQuery<T>(key: string, load: () => Promise<T>): QueryState<T> {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<Settled<T>>({ data: undefined, error: undefined, key: null });
  const fullKey = `${key}\u0000${attempt}`;

  useEffect(() => {
    let current = true;
    load().then(
      (data) => {
        if (current) setState({ data, error: undefined, key: fullKey });
      },
      (error: unknown) => {
        if (!current) return;
        const err = error instanceof Error ? error : new Error(String(error));
        setState((s) => ({ data: s.data, error: err, key: fullKey }));
      },
    );
    return () => {
      current = false;
    };
    // `load` is a fresh closure on each render; `key` names what it loads.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [fullKey]);

  const retry = useCallback(() => setAttempt((a) => a + 1), []);
  return { data: state.data, error: state.error, loading: state.key !== fullKey, retry };
}
