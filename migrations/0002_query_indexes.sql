-- Indexes for the query side (newsarchive quotes/people/articles/report): the per-person and
-- per-story counts read these covering indexes instead of the quote table with its texts, and the
-- interpreters report reads only the turns spoken through an interpreter.
CREATE INDEX quotes_person_words ON quotes (person_id, article_id, word_count);
CREATE INDEX quotes_article_person ON quotes (article_id, person_id, word_count);
CREATE INDEX quotes_via_interpreter ON quotes (article_id, position) WHERE via_interpreter = 1;
