// The PostgreSQL side of `newsarchive copy` as a destination (store/archive_copy.h): one
// transaction holding the archive's tables in EXCLUSIVE mode (readers go on, writers wait), rows
// sent as multi-row INSERTs with the ids given, the tsvector search columns computed by the
// server as they arrive, and at the end every identity sequence set past the largest copied id
// so the next import continues from there.
#include <pqxx/pqxx>

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "store/archive_copy.h"
#include "store/pg_archive.h"

namespace newsarchive {
namespace {

// Parameters per INSERT stay well below PostgreSQL's limit of 65535.
constexpr size_t kMaxParameters = 30000;

template <typename F>
auto Guarded(F&& work) -> decltype(work()) {
  try {
    return work();
  } catch (const pqxx::failure& e) {
    std::string what = e.what();
    throw DatabaseError("copy: " + what.substr(0, what.find('\n')));
  }
}

std::string TableList() {
  std::string names;
  for (const CopyTable& table : CopyTables()) names += (names.empty() ? "" : ", ") + table.name;
  return names;
}

class PgCopySink : public CopySink {
 public:
  explicit PgCopySink(pqxx::connection& connection)
      : tx_(Guarded([&] { return std::make_unique<pqxx::work>(connection); })) {
    Guarded([&] { tx_->exec("LOCK TABLE " + TableList() + " IN EXCLUSIVE MODE"); });
  }

  int64_t Count(const std::string& table) override {
    return Guarded(
        [&] { return tx_->exec1("SELECT count(*) FROM " + table)[0].as<int64_t>(); });
  }

  void Clear() override {
    Guarded([&] {
      const std::vector<CopyTable>& tables = CopyTables();
      for (auto table = tables.rbegin(); table != tables.rend(); ++table) {
        tx_->exec("DELETE FROM " + table->name);
      }
    });
  }

  void Insert(const CopyTable& table, const std::vector<Row>& rows) override {
    Guarded([&] {
      const size_t per_insert = std::max<size_t>(1, kMaxParameters / table.columns.size());
      std::string columns;
      for (const std::string& column : table.columns) {
        columns += (columns.empty() ? "" : ", ") + column;
      }
      for (size_t first = 0; first < rows.size(); first += per_insert) {
        const size_t last = std::min(rows.size(), first + per_insert);
        std::string sql = "INSERT INTO " + table.name + " (" + columns + ") VALUES ";
        std::vector<std::optional<std::string>> values;
        for (size_t r = first; r < last; ++r) {
          sql += r == first ? "(" : ", (";
          for (size_t i = 0; i < rows[r].size(); ++i) {
            const Cell& cell = rows[r][i];
            values.push_back(cell.is_null() ? std::nullopt
                                            : std::optional<std::string>(cell.text));
            sql += (i == 0 ? "$" : ", $") + std::to_string(values.size());
          }
          sql += ")";
        }
        tx_->exec_params(sql, pqxx::prepare::make_dynamic_params(values));
      }
    });
  }

  void Finish() override {
    Guarded([&] {
      for (const CopyTable& table : CopyTables()) {
        if (table.key.size() != 1 || table.key[0] != "id") continue;
        tx_->exec("SELECT setval(pg_get_serial_sequence('" + table.name + "', 'id'), " +
                  "coalesce((SELECT max(id) FROM " + table.name + "), 0) + 1, false)");
      }
      tx_->exec("ANALYZE " + TableList());
    });
  }

  void Commit() override {
    Guarded([&] { tx_->commit(); });
  }

 private:
  std::unique_ptr<pqxx::work> tx_;  // aborted when destroyed uncommitted
};

}  // namespace

std::unique_ptr<CopySink> PgArchive::BeginCopy() {
  return std::make_unique<PgCopySink>(*connection_);
}

std::string PgArchive::Location() {
  std::lock_guard<std::mutex> lock(mutex_);
  return Guarded([&] {
    pqxx::read_transaction tx(*connection_);
    pqxx::row row = tx.exec1(
        "SELECT current_database(), coalesce(host(inet_server_addr()), "
        "current_setting('unix_socket_directories')), current_setting('port')");
    return "PostgreSQL database " + row[0].as<std::string>() + " on " +
           row[1].as<std::string>() + " port " + row[2].as<std::string>();
  });
}

}  // namespace newsarchive
