import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../testing/temp-dir.ts';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations.ts';
import { DatabaseVersionError, openDatabase } from './open-database.ts';

const tempDir = useTempDir();

describe('openDatabase', () => {
  it('creates a new file at the latest schema, in WAL mode with foreign keys on', async () => {
    const file = join(tempDir(), 'nested', 'index.sqlite');
    const db = await openDatabase(file);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });

  it('refuses a database written by a newer version and leaves it unchanged', async () => {
    const file = join(tempDir(), 'newer.sqlite');
    const raw = new Database(file);
    raw.exec('CREATE TABLE future (x)');
    raw.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    raw.close();
    await expect(openDatabase(file)).rejects.toThrow(DatabaseVersionError);
    await expect(openDatabase(file)).rejects.toThrow(/newer version of Duibiao/);
    const check = new Database(file);
    expect(check.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION + 1);
    expect(check.pragma('journal_mode', { simple: true })).toBe('delete');
    check.close();
  });

  it('reopens an up-to-date database without migrating or backing it up', async () => {
    const file = join(tempDir(), 'same.sqlite');
    (await openDatabase(file)).close();
    const db = await openDatabase(file);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    db.close();
    expect(existsSync(`${file}.v${SCHEMA_VERSION}.bak`)).toBe(false);
  });

  it.runIf(MIGRATIONS.length > 1)('backs up an older database before migrating it', async () => {
    const file = join(tempDir(), 'old.sqlite');
    const raw = new Database(file);
    raw.exec(MIGRATIONS[0]!);
    raw.pragma('user_version = 1');
    raw.close();
    (await openDatabase(file)).close();
    expect(existsSync(`${file}.v1.bak`)).toBe(true);
  });
});
