// Bulk loading: what a large import into a small archive sets aside so its rows go in at
// SQLite's own loading speed, and how it is brought back. The set_aside table (schema/README.md)
// records, in the same transaction that drops them, the statements that recreate every secondary
// index and every trigger that feeds a full-text index, and the rebuild of each such index; so a
// bulk import stopped by a crash leaves an archive that says what it owes, and the next open for
// writing pays it (OpenArchive runs RestoreSetAside before anything else).
#ifndef NEWSARCHIVE_STORE_BULK_LOAD_H_
#define NEWSARCHIVE_STORE_BULK_LOAD_H_

namespace SQLite {
class Database;
}  // namespace SQLite

namespace newsarchive {

// Drops the secondary indexes and the full-text triggers in one IMMEDIATE transaction, recording
// how to bring them back. Returns false, changing nothing, on an archive older than the
// set_aside table.
bool SetAside(SQLite::Database& db);

// True when something is set aside (a bulk import is running in this connection, or one was
// stopped before it finished).
bool HasSetAside(SQLite::Database& db);

// Runs every recorded statement (indexes, triggers, then the full-text rebuilds) and empties
// set_aside, in one IMMEDIATE transaction: readers see the archive before or after, never an
// index half built. Nothing happens when nothing is set aside.
void RestoreSetAside(SQLite::Database& db);

}  // namespace newsarchive

#endif  // NEWSARCHIVE_STORE_BULK_LOAD_H_
