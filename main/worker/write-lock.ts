/**
 * A lock the indexing workers share (in a SharedArrayBuffer) around their write transactions:
 * a worker waiting for it wakes the moment it is released, where SQLite's busy handler would
 * sleep in growing steps. Holds the owner's thread id, so a worker stopped while holding it can
 * be released by the thread that stopped it.
 */
export type WithLock = <T>(fn: () => T) => T;

export const noLock: WithLock = (fn) => fn();

export function writeLock(buffer: SharedArrayBuffer, owner: number): WithLock {
  const cell = new Int32Array(buffer);
  return (fn) => {
    for (;;) {
      const holder = Atomics.compareExchange(cell, 0, 0, owner);
      if (holder === 0) break;
      Atomics.wait(cell, 0, holder, 100);
    }
    try {
      return fn();
    } finally {
      Atomics.store(cell, 0, 0);
      Atomics.notify(cell, 0, 1);
    }
  };
}

/** Frees the lock if the given (stopped) thread still holds it. */
export function releaseIfHeldBy(buffer: SharedArrayBuffer, owner: number): void {
  const cell = new Int32Array(buffer);
  if (Atomics.compareExchange(cell, 0, owner, 0) === owner) Atomics.notify(cell, 0, 1);
}
