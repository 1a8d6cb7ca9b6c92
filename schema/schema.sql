-- The current newsarchive schema, as every migration in migrations/ leaves it (a test proves it:
-- Migrator.MigrationsProduceSchemaSnapshot). Read this file to learn the schema; change it only
-- together with a new migration. schema/README.md explains each table and column in prose.

-- The migrator's own record: one row per migration applied (see src/store/migrator.h).
CREATE TABLE schema_migrations (
  version    INTEGER PRIMARY KEY,
  name       TEXT NOT NULL,
  sha256     TEXT NOT NULL,
  applied_at TEXT NOT NULL
);

CREATE TABLE articles (
  id            INTEGER PRIMARY KEY,
  title         TEXT NOT NULL,
  summary       TEXT,
  source        TEXT,             -- organization that published it: NPR, CNN, PBS
  program       TEXT,             -- show: All Things Considered, Fresh Air
  url           TEXT,
  published_on  TEXT,             -- ISO 8601 date (YYYY-MM-DD)
  dateline      TEXT,             -- place the story was filed from
  copyright     TEXT,             -- copyright line as printed
  story_key     TEXT NOT NULL UNIQUE,  -- identity of the story across versions (see README)
  file_name     TEXT,             -- file it was last imported from, as named on the command line
  original_text TEXT NOT NULL,    -- the transcript as read (decoded to UTF-8), for re-normalizing
  encoding      TEXT,             -- what the file's bytes were read as: utf-8, windows-1252, ...
  sha256        TEXT NOT NULL UNIQUE,  -- of the file's bytes: importing them again is a no-op
  imported_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  form          TEXT NOT NULL DEFAULT 'transcript'  -- what the story is (added by 0003)
    CHECK (form IN ('transcript', 'article'))
);
CREATE INDEX articles_published_on ON articles (published_on);

CREATE TABLE people (
  id              INTEGER PRIMARY KEY,
  name            TEXT NOT NULL,         -- proper case: Ayesha Rascoe, Kim Jong Un
  name_key        TEXT NOT NULL UNIQUE,  -- folded name (lowercase, no accents or punctuation);
                                         -- unidentified speakers get a key scoped to their story
  is_unidentified INTEGER NOT NULL DEFAULT 0 CHECK (is_unidentified IN (0, 1))
);
CREATE INDEX people_by_name ON people (name COLLATE NOCASE);  -- `people` lists by name

-- Every spelling a person was labelled or named with, folded for lookup.
CREATE TABLE person_aliases (
  person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
  alias     TEXT NOT NULL,      -- as printed: "PRES. DONALD TRUMP", "TRUMP"
  alias_key TEXT NOT NULL,      -- folded
  PRIMARY KEY (person_id, alias)
) WITHOUT ROWID;
CREATE INDEX person_aliases_key ON person_aliases (alias_key);

CREATE TABLE roles (
  id           INTEGER PRIMARY KEY,
  person_id    INTEGER NOT NULL REFERENCES people (id),
  article_id   INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  title        TEXT NOT NULL,   -- President, Host, Byline, former chief of staff to ...
  organization TEXT,            -- NPR, CNN, Kleinfelder
  source       TEXT NOT NULL CHECK (source IN ('label', 'text', 'bio', 'intro', 'signoff')),
  UNIQUE (person_id, article_id, title)
);
CREATE INDEX roles_article ON roles (article_id);
CREATE INDEX roles_title ON roles (title COLLATE NOCASE);

CREATE TABLE quotes (
  id              INTEGER PRIMARY KEY,
  article_id      INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  person_id       INTEGER REFERENCES people (id),  -- NULL for unattributed text, unnamed sources
  position        INTEGER CHECK (position >= 1),   -- turns and blocks: 1..n; NULL in the prose
  kind            TEXT NOT NULL CHECK (kind IN ('turn', 'unattributed', 'direct', 'reported')),
  text            TEXT NOT NULL,
  via_interpreter INTEGER NOT NULL DEFAULT 0 CHECK (via_interpreter IN (0, 1)),
  annotation      TEXT,            -- other inline note: as Stu Price, singing, voice-over
  label           TEXT,            -- speaker label as printed
  line            INTEGER,         -- line of the transcript where the turn starts
  word_count      INTEGER NOT NULL DEFAULT 0,
  found_in        INTEGER,  -- direct, reported: position of the turn or block holding them
  start_offset    INTEGER,  -- ... and where their words start and end in it, in characters
  end_offset      INTEGER,
  source          TEXT,     -- an unnamed source as the story describes it: a bureau engineer
  start_time      TEXT,     -- when the turn starts in the recording: 00:01:23.450
  UNIQUE (article_id, position),
  FOREIGN KEY (article_id, found_in) REFERENCES quotes (article_id, position) ON DELETE CASCADE,
  CHECK ((kind IN ('turn', 'unattributed')) = (position IS NOT NULL)),
  CHECK ((position IS NULL) = (found_in IS NOT NULL)),  -- a block is its own place
  CHECK (found_in IS NULL OR (start_offset >= 0 AND end_offset >= start_offset)),
  CHECK (kind <> 'unattributed' OR person_id IS NULL),
  CHECK (source IS NULL OR person_id IS NULL)
);
-- A person's quotes by story (turns in order; the prose quotes sorted by their place, few per
-- person and story), and the per-person and per-story counts by kind without reading the texts.
CREATE INDEX quotes_person ON quotes (person_id, article_id, position);
CREATE INDEX quotes_person_words ON quotes (person_id, article_id, kind, word_count);
CREATE INDEX quotes_article_person ON quotes (article_id, kind, person_id, word_count);
-- The quotes found in a block, in story order, and for the self-reference's checks when blocks
-- are deleted.
CREATE INDEX quotes_found_in ON quotes (article_id, found_in, start_offset)
  WHERE found_in IS NOT NULL;
CREATE INDEX quotes_via_interpreter ON quotes (article_id, position) WHERE via_interpreter = 1;

-- Full-text search over quote text; kept in step with quotes by the triggers below.
CREATE VIRTUAL TABLE quotes_fts USING fts5 (
  text, content = 'quotes', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
  INSERT INTO quotes_fts (rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
  INSERT INTO quotes_fts (quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER quotes_fts_update AFTER UPDATE OF text ON quotes BEGIN
  INSERT INTO quotes_fts (quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);
  INSERT INTO quotes_fts (rowid, text) VALUES (new.id, new.text);
END;

-- Every place a story names a person in its text.
CREATE TABLE mentions (
  id           INTEGER PRIMARY KEY,
  article_id   INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  person_id    INTEGER NOT NULL REFERENCES people (id),
  found_in     INTEGER NOT NULL,  -- position of the turn or block that names them
  start_offset INTEGER NOT NULL CHECK (start_offset >= 0),  -- characters, in found_in
  end_offset   INTEGER NOT NULL CHECK (end_offset >= start_offset),
  FOREIGN KEY (article_id, found_in) REFERENCES quotes (article_id, position) ON DELETE CASCADE
);
CREATE INDEX mentions_person ON mentions (person_id, article_id);
CREATE INDEX mentions_article ON mentions (article_id, found_in, start_offset);

-- Full-text search over article titles and summaries.
CREATE VIRTUAL TABLE articles_fts USING fts5 (
  title, summary, content = 'articles', content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts (rowid, title, summary) VALUES (new.id, new.title, new.summary);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts (articles_fts, rowid, title, summary)
    VALUES ('delete', old.id, old.title, old.summary);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, summary ON articles BEGIN
  INSERT INTO articles_fts (articles_fts, rowid, title, summary)
    VALUES ('delete', old.id, old.title, old.summary);
  INSERT INTO articles_fts (rowid, title, summary) VALUES (new.id, new.title, new.summary);
END;

-- Per-person counts, kept by the store in the transaction of every write (schema/README.md).
CREATE TABLE person_counts (
  person_id    INTEGER PRIMARY KEY REFERENCES people (id) ON DELETE CASCADE,
  stories      INTEGER NOT NULL DEFAULT 0,  -- stories where they are quoted, hold a role or are named
  turn_stories INTEGER NOT NULL DEFAULT 0,  -- stories where they have a turn
  turns        INTEGER NOT NULL DEFAULT 0,  -- their quotes of kind 'turn'
  words        INTEGER NOT NULL DEFAULT 0,  -- words of those turns
  quotes       INTEGER NOT NULL DEFAULT 0,  -- their quotes of any other kind
  mentions     INTEGER NOT NULL DEFAULT 0,  -- times a story names them (rows of mentions)
  first_date   TEXT,                        -- first and last published_on of those stories
  last_date    TEXT
);
CREATE INDEX person_counts_turns ON person_counts (turns DESC, words DESC);

-- What a bulk import set aside and the statements that bring it back, in order.
CREATE TABLE set_aside (
  position INTEGER PRIMARY KEY,
  name     TEXT NOT NULL,   -- the index or trigger set aside, or the FTS table to rebuild
  restore  TEXT NOT NULL    -- the SQL that brings it back
);
