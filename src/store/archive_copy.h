// Moving an archive between backends (`newsarchive copy --from SRC --to DST`): every row of every
// table the schema holds, ids kept, from one Archive into another, SQLite or PostgreSQL either
// side. The source is read through its ordinary read-only Query, table by table in id order and
// in pages (so a large archive never sits in memory at once); the destination writes through a
// CopySink, one transaction for the whole copy: a failure, a refusal or Ctrl-C leaves it as it was.
#ifndef NEWSARCHIVE_STORE_ARCHIVE_COPY_H_
#define NEWSARCHIVE_STORE_ARCHIVE_COPY_H_

#include <atomic>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "base/status.h"
#include "model/row.h"

namespace newsarchive {

class Archive;

// One table as the copy reads and writes it.
struct CopyTable {
  std::string name;
  std::vector<std::string> columns;  // every stored column, the same on both backends
  std::vector<std::string> key;      // unique, the order rows are read and written in
  // Read in this many passes, one per filter (empty: one pass over every row): quotes are read
  // turns and blocks first, so the prose quotes that point into them (found_in) find them there.
  std::vector<std::string> passes;
  int page_rows = 1000;  // rows read per query
};

// The tables copied, parents before children. Not copied: schema_migrations (the destination
// keeps its own, at the same version), set_aside (empty in any archive that can be read), and
// the full-text tables, which the destination builds from the rows it receives.
const std::vector<CopyTable>& CopyTables();
// The tables of the schema that are deliberately not in CopyTables.
const std::vector<std::string>& CopyTablesLeftOut();

// The destination side of a copy: one open transaction, holding the archive's tables against
// other writers. Destroying it without Commit rolls everything back.
class CopySink {
 public:
  virtual ~CopySink() = default;
  // Rows in `table`, as this transaction sees them.
  virtual int64_t Count(const std::string& table) = 0;
  // Deletes every row of every copied table (for --replace), children first.
  virtual void Clear() = 0;
  // Writes `rows` (cells in table.columns order, ids included) into `table`.
  virtual void Insert(const CopyTable& table, const std::vector<Row>& rows) = 0;
  // After the last row: what the backend needs so the archive works on (the id sequences set
  // past the copied ids on PostgreSQL, statistics refreshed).
  virtual void Finish() = 0;
  virtual void Commit() = 0;
};

struct CopyOptions {
  bool replace = false;  // a destination holding rows is emptied first (in the same transaction)
  const std::atomic<bool>* interrupt = nullptr;  // when it becomes true, stop and roll back
  std::function<void(int64_t done, int64_t total)> progress;  // rows written so far, of all
};

struct CopyTableCount {
  std::string table;
  int64_t source = 0;       // rows on the source when the copy started
  int64_t destination = 0;  // rows on the destination before it committed
};

struct CopyReport {
  std::vector<CopyTableCount> tables;
  int64_t rows = 0;             // rows written, all tables
  int64_t rows_replaced = 0;    // rows the destination held before, deleted (--replace)
};

// Copies `from` (opened read-only) into `to` (opened for writing). Refusals, each changing
// nothing: kRefused when both are the same archive, or when `to` holds rows and !replace
// (the message names the table); kRefused "interrupted" when options.interrupt was raised;
// kIoError when a table's count on the destination differs from the source's at the end (the
// source changed meanwhile). DatabaseError for a failure of either database.
Result<CopyReport> CopyArchive(Archive& from, Archive& to, const CopyOptions& options);

}  // namespace newsarchive

#endif  // NEWSARCHIVE_STORE_ARCHIVE_COPY_H_
