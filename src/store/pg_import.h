// Writing one parsed article into a PostgreSQL archive (see PgArchive::ImportArticle).
#ifndef NEWSARCHIVE_STORE_PG_IMPORT_H_
#define NEWSARCHIVE_STORE_PG_IMPORT_H_

#include "store/archive.h"

// pqxx::connection is an alias in libpqxx 6, so it cannot be declared ahead.
#include <pqxx/connection>

namespace newsarchive {

// Writes `article` as Store::ImportArticle does on SQLite (the same outcomes, keys and rows), in
// one READ COMMITTED transaction, so that several importers may write at once: articles and
// people are claimed by their unique keys (sha256, story_key, name_key) with ON CONFLICT, a
// story another importer wrote first is reported as that one would be here, and a
// serialization failure or deadlock retries the whole story. A person is looked up before it is
// inserted, so a lone importer leaves no gaps in the ids (they follow import order, as on SQLite).
Result<StoreResult> PgImportArticle(pqxx::connection& connection, const Article& article,
                                    const SourceInfo& source, bool replace);

}  // namespace newsarchive

#endif  // NEWSARCHIVE_STORE_PG_IMPORT_H_
