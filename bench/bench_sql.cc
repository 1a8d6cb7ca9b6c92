// newsarchive_bench_sql: prints, as a script for the `sqlite3` shell, the very SQL a newsarchive
// query command runs, with the same parameter values bound (through the shell's
// temp.sqlite_parameters table). bench/run times `sqlite3 -readonly DB < script` against the
// command itself, so the baseline runs exactly the statements of src/core/queries.cc and
// src/core/query_catalogue.cc, not a hand-copied version of them.
//
//   newsarchive_bench_sql --db DB quotes (--person TEXT | --search TEXT) [--limit N]
//   newsarchive_bench_sql --db DB people [--limit N]
//   newsarchive_bench_sql --db DB show ID
//   newsarchive_bench_sql --db DB report NAME [--param NAME=VALUE ...]
//
// --person is resolved with FindPerson (as the command does); the script also runs the lookup's
// first statement (the name_key match), so the baseline pays for a lookup too.
#include <SQLiteCpp/Database.h>

#include <cstdio>
#include <cstdlib>
#include <map>
#include <string>
#include <vector>

#include "people/name_key.h"
#include "query/person_lookup.h"
#include "query/queries.h"
#include "query/query_catalogue.h"
#include "store/archive.h"

namespace {

using newsarchive::BoundQuery;
using newsarchive::Cell;

std::string SqlLiteral(const Cell& cell) {
  if (cell.type == Cell::Type::kNull) return "NULL";
  if (cell.type != Cell::Type::kText) return cell.text;
  std::string out = "'";
  for (char c : cell.text) {
    out += c;
    if (c == '\'') out += '\'';
  }
  return out + "'";
}

// Prints the statement; a `quiet` one (a lookup the command does before its query) runs with
// its output thrown away, as the command does not print it either.
void Print(const BoundQuery& query, bool quiet = false) {
  if (!query.params.empty()) {
    std::string values;
    for (const auto& [name, cell] : query.params) {
      if (!values.empty()) values += ", ";
      values += "(':" + name + "', " + SqlLiteral(cell) + ")";
    }
    // .parameter init made the table; `.parameter clear` would drop it, so empty it instead.
    std::printf(
        "DELETE FROM temp.sqlite_parameters;\n"
        "INSERT INTO temp.sqlite_parameters (key, value) VALUES %s;\n",
        values.c_str());
  }
  std::printf("%s%s;\n%s", quiet ? ".output /dev/null\n" : "", query.sql.c_str(),
              quiet ? ".output stdout\n" : "");
}

int Fail(const std::string& message) {
  std::fprintf(stderr, "newsarchive_bench_sql: %s\n", message.c_str());
  return 1;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.size() < 3 || args[0] != "--db") {
    return Fail("usage: newsarchive_bench_sql --db DB (quotes|people|show|report) ...");
  }
  auto db = newsarchive::Archive::Open(args[1], newsarchive::ArchiveMode::kReadOnly);
  if (!db.ok()) return Fail(db.status().ToString());
  const std::string command = args[2];
  std::map<std::string, std::string> options, report_params;
  std::string positional;
  for (size_t i = 3; i < args.size(); ++i) {
    if (args[i].rfind("--", 0) == 0 && i + 1 < args.size()) {
      if (args[i] == "--param") {
        size_t eq = args[i + 1].find('=');
        if (eq == std::string::npos) return Fail("--param needs NAME=VALUE");
        report_params[args[i + 1].substr(0, eq)] = args[i + 1].substr(eq + 1);
      } else {
        options[args[i].substr(2)] = args[i + 1];
      }
      ++i;
    } else {
      positional = args[i];
    }
  }
  // As the commands do (cli/query_command.h SqlLimit): ask for one row more than --limit prints,
  // to know whether the output was cut.
  const int64_t limit = options.count("limit") ? std::atoll(options["limit"].c_str()) + 1 : -1;

  std::printf(".parameter init\n");
  if (command == "quotes") {
    newsarchive::QuoteFilter filter;
    filter.limit = limit;
    if (options.count("person")) {
      auto person = newsarchive::FindPerson(**db, options["person"]);
      if (!person.ok()) return Fail(person.status().ToString());
      BoundQuery lookup;
      lookup.sql = "SELECT id, name FROM people WHERE name_key = :key AND is_unidentified = 0";
      lookup.params["key"] = Cell::Text(newsarchive::NameKey(options["person"]));
      Print(lookup, /*quiet=*/true);
      filter.person_id = person->id;
    }
    if (options.count("search")) {
      auto fts = newsarchive::FtsQuery(options["search"]);
      if (!fts.ok()) return Fail(fts.status().ToString());
      filter.search = *fts;
      // The command first counts the rank window, to say when older matches went unranked.
      Print(newsarchive::RankWindowQuery(filter), /*quiet=*/true);
    }
    Print(newsarchive::QuotesQuery(filter));
  } else if (command == "people") {
    newsarchive::PeopleFilter people;
    people.limit = limit;
    Print(newsarchive::PeopleQuery(people));
  } else if (command == "show") {
    const int64_t id = std::atoll(positional.c_str());
    Print(newsarchive::ArticleHeaderQuery(id));
    Print(newsarchive::StoryQuery(id));
  } else if (command == "report") {
    auto report = newsarchive::FindReport(positional);
    if (!report.ok()) return Fail(report.status().ToString());
    auto params = newsarchive::ReportParams(**db, **report, report_params);
    if (!params.ok()) return Fail(params.status().ToString());
    Print(BoundQuery{(*report)->sql, *params});
  } else {
    return Fail("unknown command '" + command + "'");
  }
  return 0;
}
