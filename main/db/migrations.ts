/**
 * Schema migrations, applied in order; PRAGMA user_version holds how many have run.
 * Never edit a released migration: append a new one.
 */
export const MIGRATIONS: readonly string[] = [
  /* 1: documents, entities, sections, facts, indicators, sentences + trigram full-text index */ `
  CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

  CREATE TABLE entities (
    name   TEXT PRIMARY KEY,
    level  TEXT,
    parent TEXT REFERENCES entities(name) ON DELETE SET NULL
  );

  CREATE TABLE documents (
    id             INTEGER PRIMARY KEY,
    hash           TEXT NOT NULL UNIQUE,
    name           TEXT NOT NULL,
    path           TEXT,
    format         TEXT NOT NULL,
    type           TEXT,
    entity         TEXT REFERENCES entities(name) ON DELETE SET NULL,
    year           INTEGER,
    encoding       TEXT NOT NULL,
    size           INTEGER NOT NULL,
    text           TEXT NOT NULL,
    imported_at    TEXT NOT NULL,
    engine_version TEXT NOT NULL
  );

  CREATE TABLE sections (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    path        TEXT NOT NULL,
    start       INTEGER NOT NULL,
    end         INTEGER NOT NULL
  );
  CREATE INDEX sections_document ON sections(document_id, start);

  CREATE TABLE indicators (
    id        TEXT PRIMARY KEY,
    zh        TEXT NOT NULL,
    en        TEXT NOT NULL,
    category  TEXT NOT NULL,
    unit_kind TEXT NOT NULL,
    direction TEXT NOT NULL,
    sort      INTEGER NOT NULL
  );

  CREATE TABLE facts (
    id             INTEGER PRIMARY KEY,
    document_id    INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    entity         TEXT,
    indicator      TEXT,
    metric         TEXT NOT NULL,
    value          REAL,
    value_max      REAL,
    unit           TEXT,
    norm_value     REAL,
    norm_unit      TEXT,
    comparator     TEXT NOT NULL,
    hedge          TEXT,
    kind           TEXT NOT NULL,
    period         TEXT,
    start          INTEGER NOT NULL,
    end            INTEGER NOT NULL,
    quote          TEXT NOT NULL,
    section        TEXT NOT NULL,
    sentence_start INTEGER NOT NULL,
    sentence_end   INTEGER NOT NULL
  );
  CREATE INDEX facts_document ON facts(document_id, start);
  CREATE INDEX facts_view ON facts(period, kind, indicator, entity);

  CREATE TABLE sentences (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    start       INTEGER NOT NULL,
    end         INTEGER NOT NULL,
    text        TEXT NOT NULL
  );
  CREATE INDEX sentences_document ON sentences(document_id, start);

  CREATE VIRTUAL TABLE sentences_fts USING fts5(
    text, content='sentences', content_rowid='id', tokenize='trigram'
  );
  CREATE TRIGGER sentences_ai AFTER INSERT ON sentences BEGIN
    INSERT INTO sentences_fts(rowid, text) VALUES (new.id, new.text);
  END;
  CREATE TRIGGER sentences_ad AFTER DELETE ON sentences BEGIN
    INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.id, old.text);
  END;
  `,
  /* 2: user edits, kept apart from what the engine extracts so they survive re-indexing */ `
  CREATE TABLE corrections (
    id            INTEGER PRIMARY KEY,
    document_hash TEXT NOT NULL,
    span_start    INTEGER NOT NULL,
    span_end      INTEGER NOT NULL,
    original      TEXT NOT NULL,
    changes       TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    UNIQUE (document_hash, span_start, span_end)
  );

  CREATE TABLE synonyms (
    phrase     TEXT PRIMARY KEY,
    indicator  TEXT NOT NULL REFERENCES indicators(id),
    created_at TEXT NOT NULL
  );

  CREATE TABLE document_overrides (
    document_hash TEXT PRIMARY KEY,
    entity        TEXT,
    year          INTEGER,
    type          TEXT
  );

  ALTER TABLE facts ADD COLUMN correction_id INTEGER REFERENCES corrections(id) ON DELETE SET NULL;
  ALTER TABLE facts ADD COLUMN extracted TEXT;
  ALTER TABLE facts ADD COLUMN hidden INTEGER NOT NULL DEFAULT 0;
  CREATE INDEX facts_metric ON facts(metric) WHERE indicator IS NULL;
  `,
  /* 3: a one-token-per-character index for 1–2 character searches (投资, 人才) */ `
  CREATE VIRTUAL TABLE sentences_chars USING fts5(
    text, content='', contentless_delete=1,
    tokenize="unicode61 remove_diacritics 0 tokenchars '%.+-#％＋'"
  );
  INSERT INTO sentences_chars(rowid, text) SELECT id, duibiao_char_tokens(text) FROM sentences;
  CREATE TRIGGER sentences_chars_ai AFTER INSERT ON sentences BEGIN
    INSERT INTO sentences_chars(rowid, text) VALUES (new.id, duibiao_char_tokens(new.text));
  END;
  CREATE TRIGGER sentences_chars_ad AFTER DELETE ON sentences BEGIN
    DELETE FROM sentences_chars WHERE rowid = old.id;
  END;
  `,
  /* 4: indexes for comparing a few entities in a large index, and for counting their documents */ `
  CREATE INDEX facts_entity_view ON facts(entity, period, kind);
  CREATE INDEX documents_entity ON documents(entity);
  `,
  /*
   * 5: sentences are spans of their document's text (no copy); both full-text indexes are
   * contentless and filled in batches by the indexer (search_pending lists what waits), which
   * makes each document's own transaction small.
   */ `
  DROP TRIGGER sentences_ai;
  DROP TRIGGER sentences_ad;
  DROP TRIGGER sentences_chars_ai;
  DROP TABLE sentences_fts;
  CREATE VIRTUAL TABLE sentences_fts USING fts5(text, content='', contentless_delete=1, tokenize='trigram');
  INSERT INTO sentences_fts(rowid, text) SELECT id, text FROM sentences;
  ALTER TABLE sentences DROP COLUMN text;
  CREATE TRIGGER sentences_ad AFTER DELETE ON sentences BEGIN
    DELETE FROM sentences_fts WHERE rowid = old.id;
  END;
  CREATE TABLE search_pending (document_id INTEGER PRIMARY KEY);
  `,
  /* 6: auditors' judgments of findings, keyed by the finding's stable key so they survive re-index */ `
  CREATE TABLE finding_reviews (
    key        TEXT PRIMARY KEY,
    status     TEXT NOT NULL CHECK (status IN ('reviewed', 'not-an-issue')),
    comment    TEXT,
    updated_at TEXT NOT NULL
  );
  `,
  /*
   * 7: full-text search moves to its own file (search-db.ts), one row per document, filled by a
   * worker beside the indexing ones; sentence rows are no longer stored (search finds them in
   * the text).
   */ `
  DROP TRIGGER sentences_ad;
  DROP TABLE sentences_fts;
  DROP TABLE sentences_chars;
  DROP TABLE sentences;
  DROP TABLE search_pending;
  `,
];

export const SCHEMA_VERSION = MIGRATIONS.length;
