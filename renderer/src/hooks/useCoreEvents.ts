import { useEffect, useRef, useState } from 'react';
import type { CoreEvent } from '../../../shared/api.ts';
import { useClient } from '../api/context.ts';

/** Calls `listener` for every event the core pushes while the component is mounted. */
export function useCoreEvent(listener: (event: CoreEvent) => void): void {
  const client = useClient();
  const latest = useRef(listener);
  useEffect(() => {
    latest.current = listener;
  });
  useEffect(() => client.onEvent((event) => latest.current(event)), [client]);
}

/** A number that goes up each time the index changes (documents imported or removed). */
export function useIndexVersion(): number {
  const [version, setVersion] = useState(0);
  useCoreEvent((event) => {
    if (event.type === 'index-changed') setVersion((v) => v + 1);
  });
  return version;
}
