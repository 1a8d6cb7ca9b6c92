// The report catalogue: every predefined report of `newsarchive report` is one row of a table of
// name, description, parameters with defaults, and SQL with named parameters.
#ifndef NEWSARCHIVE_QUERY_QUERY_CATALOGUE_H_
#define NEWSARCHIVE_QUERY_QUERY_CATALOGUE_H_

#include <map>
#include <string>
#include <vector>

#include "base/status.h"
#include "model/row.h"
#include "store/archive.h"

namespace newsarchive {

// What a parameter's text means and how it is checked before it is bound.
enum class ParamKind {
  kInteger,   // a whole number, bound as an integer
  kPerson,    // a name or id resolved with FindPerson, bound as the person's id
  kPhrase,    // words that must appear together and in order, bound as an FTS5 phrase
};

// What a parameter is when the user does not give it: every parameter has a default, so a report
// runs with no --param at all.
enum class DefaultRule {
  kValue,       // ReportParam::default_value
  kTopSpeaker,  // the identified person with the most turns (NULL on an empty archive)
  kAnyone,      // NULL: the report does not narrow to one person
  kNewestWord,  // the longest word of the newest story's first turn or paragraph, so it finds rows
};

struct ReportParam {
  std::string name;
  ParamKind kind;
  DefaultRule rule;
  std::string default_value;  // for DefaultRule::kValue
  std::string description;

  // The default as --list shows it: "20", "the top speaker", ...
  std::string DefaultText() const;
};

struct Report {
  std::string name;  // kebab-case: top-speakers
  std::string description;
  std::vector<ReportParam> params;
  std::string sql;  // uses every parameter as :name; SQLite's SQL (see ReportSql)
};

// The SQL a default rule runs (kTopSpeaker, kNewestWord; nullptr for the others). Exposed so the
// query-plan tests check it like the reports.
const char* DefaultRuleSql(DefaultRule rule);

// All reports, in the order --list shows them, their SQL written in `dialect`.
const std::vector<Report>& ReportCatalogue(const SqlDialect& dialect = SqliteDialect());

// The SQL of `report` (from any catalogue) in `dialect`: what to run on an archive.
std::string ReportSql(const Report& report, const SqlDialect& dialect);

// The report called `name`; kNotFound naming the choices, with "did you mean ...?" when a name is
// close.
Result<const Report*> FindReport(const std::string& name);

// The values to bind for `report` from what the user gave (`name` -> text). Checks each name
// (kInvalidInput listing the report's parameters), fills defaults, resolves people (kNotFound and
// kAmbiguous from FindPerson) and turns integers and phrases into bound values.
Result<SqlParams> ReportParams(Archive& archive, const Report& report,
                               const std::map<std::string, std::string>& given);

// The rows of `report --list`: name, description, parameters ("person (default: the top speaker);
// limit (default: 20)").
std::vector<std::string> ReportListColumns();
std::vector<Row> ReportListRows();

}  // namespace newsarchive

#endif  // NEWSARCHIVE_QUERY_QUERY_CATALOGUE_H_
