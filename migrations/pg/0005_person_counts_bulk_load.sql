-- As migrations/0005_person_counts_bulk_load.sql: per-person counts kept by the importer in the
-- same transaction as every import and replace (store/pg_import.cc recounts each person it
-- touched, holding that person's row locked, so concurrent importers cannot lose a count), and
-- the set_aside table (always empty here: PostgreSQL imports set nothing aside).
CREATE TABLE person_counts (
  person_id    BIGINT PRIMARY KEY REFERENCES people (id) ON DELETE CASCADE,
  stories      INTEGER NOT NULL DEFAULT 0,
  turn_stories INTEGER NOT NULL DEFAULT 0,
  turns        INTEGER NOT NULL DEFAULT 0,
  words        BIGINT NOT NULL DEFAULT 0,
  quotes       INTEGER NOT NULL DEFAULT 0,
  mentions     INTEGER NOT NULL DEFAULT 0,
  first_date   TEXT COLLATE "C",
  last_date    TEXT COLLATE "C"
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
CREATE INDEX people_by_name ON people (lower(name));

CREATE TABLE set_aside (
  position INTEGER PRIMARY KEY,
  name     TEXT NOT NULL,
  restore  TEXT NOT NULL
);
