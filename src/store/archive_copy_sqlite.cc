// The SQLite side of `newsarchive copy` as a destination (store/archive_copy.h): one IMMEDIATE
// transaction, so other writers wait and readers see the archive before or after; the full-text
// tables fill through the schema's own triggers as the rows go in.
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>
#include <limits.h>
#include <stdlib.h>

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "store/archive_copy.h"
#include "store/archive_db.h"
#include "store/sqlite_archive.h"

namespace newsarchive {
namespace {

class SqliteCopySink : public CopySink {
 public:
  explicit SqliteCopySink(SQLite::Database& db) : db_(db) {
    Guarded("copy: ", [&] { db_.exec("BEGIN IMMEDIATE"); });
  }
  ~SqliteCopySink() override {
    inserts_.clear();
    if (!open_) return;
    try {
      db_.exec("ROLLBACK");
    } catch (const SQLite::Exception&) {
      // SQLite already rolled back after the error that brought us here.
    }
  }

  int64_t Count(const std::string& table) override {
    return Guarded("copy: ",
                   [&] { return db_.execAndGet("SELECT count(*) FROM " + table).getInt64(); });
  }

  void Clear() override {
    Guarded("copy: ", [&] {
      const std::vector<CopyTable>& tables = CopyTables();
      for (auto table = tables.rbegin(); table != tables.rend(); ++table) {
        db_.exec("DELETE FROM " + table->name);
      }
    });
  }

  void Insert(const CopyTable& table, const std::vector<Row>& rows) override {
    Guarded("copy: ", [&] {
      SQLite::Statement& insert = InsertFor(table);
      for (const Row& row : rows) {
        for (size_t i = 0; i < row.size(); ++i) {
          const int at = static_cast<int>(i) + 1;
          const Cell& cell = row[i];
          switch (cell.type) {
            case Cell::Type::kNull: insert.bind(at); break;
            case Cell::Type::kInteger: insert.bind(at, static_cast<int64_t>(cell.AsInteger())); break;
            case Cell::Type::kReal: insert.bind(at, std::stod(cell.text)); break;
            case Cell::Type::kText: insert.bind(at, cell.text); break;
          }
        }
        insert.exec();
        insert.reset();
      }
    });
  }

  void Finish() override {}  // rowids continue past the largest id by themselves

  void Commit() override {
    Guarded("copy: ", [&] {
      inserts_.clear();
      db_.exec("COMMIT");
      open_ = false;
    });
  }

 private:
  SQLite::Statement& InsertFor(const CopyTable& table) {
    std::unique_ptr<SQLite::Statement>& insert = inserts_[table.name];
    if (insert == nullptr) {
      std::string columns, values;
      for (const std::string& column : table.columns) {
        columns += (columns.empty() ? "" : ", ") + column;
        values += values.empty() ? "?" : ", ?";
      }
      insert = std::make_unique<SQLite::Statement>(
          db_, "INSERT INTO " + table.name + " (" + columns + ") VALUES (" + values + ")");
    }
    return *insert;
  }

  SQLite::Database& db_;
  std::map<std::string, std::unique_ptr<SQLite::Statement>> inserts_;
  bool open_ = true;
};

}  // namespace

std::unique_ptr<CopySink> SqliteArchive::BeginCopy() {
  return std::make_unique<SqliteCopySink>(*db_);
}

std::string SqliteArchive::Location() {
  const std::string file = Guarded("copy: ", [&] {
    return db_->execAndGet("SELECT file FROM pragma_database_list WHERE name = 'main'")
        .getString();
  });
  if (file.empty()) {  // in memory: each connection is an archive of its own
    return "in-memory database " + std::to_string(reinterpret_cast<uintptr_t>(db_->getHandle()));
  }
  char real[PATH_MAX];
  return realpath(file.c_str(), real) != nullptr ? std::string(real) : file;
}

}  // namespace newsarchive
