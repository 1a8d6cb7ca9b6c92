// The migrations compiled into the binary, generated at build time from migrations/*.sql.
#ifndef NEWSARCHIVE_STORE_MIGRATIONS_EMBEDDED_H_
#define NEWSARCHIVE_STORE_MIGRATIONS_EMBEDDED_H_

#include <vector>

namespace newsarchive {

struct EmbeddedMigration {
  int version;       // NNNN from the file name
  const char* name;  // file name, e.g. "0001_initial.sql"
  const char* sql;
};

// All migrations, ordered by version.
const std::vector<EmbeddedMigration>& EmbeddedMigrations();

// The PostgreSQL archive's migrations (migrations/pg/), ordered by version.
const std::vector<EmbeddedMigration>& PgEmbeddedMigrations();

}  // namespace newsarchive

#endif  // NEWSARCHIVE_STORE_MIGRATIONS_EMBEDDED_H_
