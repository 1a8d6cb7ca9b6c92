-- Quotes inside the prose: direct and reported quotes beside the turns, where every quote was
-- found (its turn or paragraph and character offsets), the people a story mentions, and whether a
-- story is a transcript or an article. See schema/README.md.

-- quotes is rebuilt, since SQLite cannot change a CHECK constraint in place. The old table is
-- renamed first, so that the new one can reference itself; ids are kept, so quotes_fts (whose
-- rowids are quote ids) stays in step. The old triggers and indexes go with the old table.
ALTER TABLE quotes RENAME TO quotes_before_0003;

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
  UNIQUE (article_id, position),
  FOREIGN KEY (article_id, found_in) REFERENCES quotes (article_id, position) ON DELETE CASCADE,
  CHECK ((kind IN ('turn', 'unattributed')) = (position IS NOT NULL)),
  CHECK ((position IS NULL) = (found_in IS NOT NULL)),  -- a block is its own place
  CHECK (found_in IS NULL OR (start_offset >= 0 AND end_offset >= start_offset)),
  CHECK (kind <> 'unattributed' OR person_id IS NULL),
  CHECK (source IS NULL OR person_id IS NULL)
);
INSERT INTO quotes (id, article_id, person_id, position, kind, text, via_interpreter, annotation,
                    label, line, word_count)
  SELECT id, article_id, person_id, position, kind, text, via_interpreter, annotation, label, line,
         word_count
  FROM quotes_before_0003 ORDER BY id;
DROP TABLE quotes_before_0003;

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

ALTER TABLE articles ADD COLUMN form TEXT NOT NULL DEFAULT 'transcript'
  CHECK (form IN ('transcript', 'article'));
