import Database from 'better-sqlite3';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { charTokens } from '../../shared/text/char-tokens.ts';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations.ts';
import { write } from './write.ts';

export type Db = Database.Database;

export class DatabaseVersionError extends Error {
  override name = 'DatabaseVersionError';
}

/**
 * Opens (or creates) the index. WAL, foreign keys on; migrations keyed on user_version.
 * An existing file is backed up before any migration touches it; a file written by a newer
 * Duibiao is refused untouched.
 */
export async function openDatabase(file: string): Promise<Db> {
  const isNew = file === ':memory:' || !existsSync(file);
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  try {
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > SCHEMA_VERSION) {
      throw new DatabaseVersionError(
        `${file} was written by a newer version of Duibiao (schema ${version}; this version knows ${SCHEMA_VERSION}). ` +
          'It was not changed. Update Duibiao to open it.',
      );
    }
    // Used by the short-query index's triggers: every connection that writes must have it.
    db.function('duibiao_char_tokens', { deterministic: true }, (text: unknown) =>
      charTokens(String(text)),
    );
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 15000'); // indexing workers take turns writing
    db.pragma('cache_size = -65536'); // 64 MB: FTS segment merges touch many pages
    if (version < SCHEMA_VERSION) {
      if (!isNew && version > 0) await db.backup(`${file}.v${version}.bak`);
      migrate(db, version);
    }
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

function migrate(db: Db, from: number): void {
  for (let v = from; v < SCHEMA_VERSION; v++) {
    write(db, () => {
      db.exec(MIGRATIONS[v]!);
      db.pragma(`user_version = ${v + 1}`);
    });
  }
}
