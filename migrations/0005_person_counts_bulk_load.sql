-- Per-person counts kept by the store, the index that lists people by name, and the table a bulk
-- import records what it set aside in. See schema/README.md.

-- One row per person, written in the same transaction as every import, replace and removal that
-- changes what the counts count; `newsarchive check` recounts them from the tables.
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
INSERT INTO person_counts (person_id, stories, turn_stories, turns, words, quotes, mentions,
                           first_date, last_date)
WITH appearances (person_id, article_id) AS (
  SELECT person_id, article_id FROM quotes WHERE person_id IS NOT NULL
  UNION SELECT person_id, article_id FROM roles
  UNION SELECT person_id, article_id FROM mentions),
stories AS (
  SELECT ap.person_id, count(*) AS stories, min(a.published_on) AS first_date,
         max(a.published_on) AS last_date
  FROM appearances ap JOIN articles a ON a.id = ap.article_id GROUP BY ap.person_id),
spoken AS (
  SELECT person_id, count(DISTINCT article_id) FILTER (WHERE kind = 'turn') AS turn_stories,
         count(*) FILTER (WHERE kind = 'turn') AS turns,
         coalesce(sum(word_count) FILTER (WHERE kind = 'turn'), 0) AS words,
         count(*) FILTER (WHERE kind <> 'turn') AS quotes
  FROM quotes WHERE person_id IS NOT NULL GROUP BY person_id),
named AS (SELECT person_id, count(*) AS mentions FROM mentions GROUP BY person_id)
SELECT p.id, coalesce(s.stories, 0), coalesce(q.turn_stories, 0), coalesce(q.turns, 0),
       coalesce(q.words, 0), coalesce(q.quotes, 0), coalesce(n.mentions, 0), s.first_date,
       s.last_date
FROM people p LEFT JOIN stories s ON s.person_id = p.id LEFT JOIN spoken q ON q.person_id = p.id
  LEFT JOIN named n ON n.person_id = p.id;
CREATE INDEX person_counts_turns ON person_counts (turns DESC, words DESC);

-- `people` lists everyone by name; without this it sorted the whole table for every page.
CREATE INDEX people_by_name ON people (name COLLATE NOCASE);

-- What a bulk import set aside (secondary indexes, full-text triggers) and the statements that
-- bring it back, in order. Empty except while a bulk import runs or after one was stopped
-- before it finished; opening the archive for writing then runs them.
CREATE TABLE set_aside (
  position INTEGER PRIMARY KEY,
  name     TEXT NOT NULL,   -- the index or trigger set aside, or the FTS table to rebuild
  restore  TEXT NOT NULL    -- the SQL that brings it back
);
