-- Indexes for the query side, as migrations/0002_query_indexes.sql: the per-person and per-story
-- counts read these covering indexes, and the interpreters report only the interpreted turns.
CREATE INDEX quotes_person_words ON quotes (person_id, article_id, word_count);
CREATE INDEX quotes_article_person ON quotes (article_id, person_id, word_count);
CREATE INDEX quotes_via_interpreter ON quotes (article_id, position) WHERE via_interpreter = 1;
