// What is set aside is read from sqlite_schema, not listed here, so an index or a full-text
// table a later migration adds is set aside and restored too. Indexes with no SQL are those
// SQLite makes for PRIMARY KEY and UNIQUE: they stay, and the import's own lookups (sha256,
// story_key, name_key) use them.
#include "store/bulk_load.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <string>
#include <utility>
#include <vector>

namespace newsarchive {
namespace {

bool HasTable(SQLite::Database& db, const char* name) {
  SQLite::Statement q(db, "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?");
  q.bind(1, name);
  return q.executeStep();
}

std::string Quoted(const std::string& name) {
  std::string out = "\"";
  for (char c : name) {
    out += c;
    if (c == '"') out += '"';
  }
  return out + "\"";
}

}  // namespace

bool SetAside(SQLite::Database& db) {
  if (!HasTable(db, "set_aside")) return false;
  SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
  struct Item {
    std::string kind, name, restore;
  };
  std::vector<Item> items;
  SQLite::Statement indexes(db,
                            "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS "
                            "NOT NULL ORDER BY rowid");
  while (indexes.executeStep()) {
    items.push_back({"INDEX", indexes.getColumn(0).getString(), indexes.getColumn(1).getString()});
  }
  // Triggers that write a full-text index, and the rebuild of each index they fed.
  SQLite::Statement fts(db,
                        "SELECT t.name, t.sql, f.name FROM sqlite_schema t JOIN sqlite_schema f "
                        "ON f.type = 'table' AND f.sql LIKE 'CREATE VIRTUAL TABLE%USING fts5%' "
                        "AND instr(t.sql, 'INSERT INTO ' || f.name || ' ') > 0 "
                        "WHERE t.type = 'trigger' ORDER BY f.rowid, t.rowid");
  std::vector<std::string> rebuilt;
  while (fts.executeStep()) {
    items.push_back({"TRIGGER", fts.getColumn(0).getString(), fts.getColumn(1).getString()});
    std::string table = fts.getColumn(2).getString();
    if (rebuilt.empty() || rebuilt.back() != table) rebuilt.push_back(table);
  }
  SQLite::Statement record(db, "INSERT INTO set_aside (name, restore) VALUES (?, ?)");
  for (const Item& item : items) {
    record.bind(1, item.name);
    record.bind(2, item.restore);
    record.exec();
    record.reset();
    db.exec("DROP " + item.kind + " " + Quoted(item.name));
  }
  for (const std::string& table : rebuilt) {
    record.bind(1, table);
    record.bind(2, "INSERT INTO " + Quoted(table) + " (" + Quoted(table) + ") VALUES ('rebuild')");
    record.exec();
    record.reset();
  }
  transaction.commit();
  return true;
}

bool HasSetAside(SQLite::Database& db) {
  if (!HasTable(db, "set_aside")) return false;
  SQLite::Statement q(db, "SELECT 1 FROM set_aside LIMIT 1");
  return q.executeStep();
}

void RestoreSetAside(SQLite::Database& db) {
  if (!HasSetAside(db)) return;
  SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
  std::vector<std::string> statements;
  {
    SQLite::Statement q(db, "SELECT restore FROM set_aside ORDER BY position");
    while (q.executeStep()) statements.push_back(q.getColumn(0).getString());
  }
  for (const std::string& sql : statements) db.exec(sql);
  db.exec("DELETE FROM set_aside");
  transaction.commit();
}

}  // namespace newsarchive
