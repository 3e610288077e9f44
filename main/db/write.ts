import type Database from 'better-sqlite3';

/**
 * Runs fn in a write transaction that takes the write lock up front (BEGIN IMMEDIATE). With
 * several connections on one file, a deferred transaction that reads and then writes fails at
 * once with SQLITE_BUSY when another wrote in between; an immediate one waits its turn.
 */
export function write<T>(db: Database.Database, fn: () => T): T {
  return db.transaction(fn).immediate();
}
