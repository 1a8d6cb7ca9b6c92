// Every report of the catalogue as a form with its parameters (each empty field is its default,
// as `report` without --param), its result as a table; and the ad-hoc SQL box, which runs what
// it is given through the archive's read-only guard under the same time limit as `query`.
#include <string>

#include "query/query_catalogue.h"
#include "serve/html.h"
#include "serve/pages.h"
#include "store/archive.h"

namespace newsarchive {
namespace {

constexpr int64_t kSqlRowsShown = 1000;

std::string ReportForm(const Report& report, const WebRequest& request) {
  std::string form = "<form class=\"filters\" action=\"/reports/" + UrlEncode(report.name) +
                     "\" method=\"get\">\n";
  for (const ReportParam& param : report.params) {
    form += TextField(param.name, param.name + " (" + param.description + ")",
                      request.Param(param.name), "default: " + param.DefaultText());
  }
  return form + "<button type=\"submit\">Run " + Escape(report.name) + "</button>\n</form>\n";
}

const char* const kSqlExamples[] = {
    "SELECT p.name, count(*) AS turns FROM quotes q JOIN people p ON p.id = q.person_id\n"
    "WHERE q.via_interpreter = 1 GROUP BY p.id",
    "SELECT published_on, title FROM articles ORDER BY published_on DESC LIMIT 10",
    "SELECT title, count(*) AS roles FROM roles GROUP BY title COLLATE NOCASE\n"
    "ORDER BY roles DESC LIMIT 20",
};

}  // namespace

Result<std::string> ReportsPage() {
  std::string body =
      "<p class=\"note\">Every report of <code>newsarchive report</code>; a field left empty is "
      "the parameter's default.</p>\n";
  for (const Report& report : ReportCatalogue()) {
    body += "<h2>" + Link("/reports/" + UrlEncode(report.name), report.name) + "</h2>\n<p>" +
            Escape(report.description) + "</p>\n" + ReportForm(report, WebRequest());
  }
  return Page("Reports", "Reports", body);
}

Result<TableQuery> ReportTable(Archive& archive, const Report& report, const WebRequest& request) {
  std::map<std::string, std::string> given;
  std::vector<std::string> names;
  for (const ReportParam& param : report.params) {
    names.push_back(param.name);
    const std::string value = request.Param(param.name);
    if (!value.empty()) given[param.name] = value;
  }
  Result<SqlParams> params = ReportParams(archive, report, given);
  if (!params.ok()) return params.status();
  return TableQuery{BoundQuery{ReportSql(report, archive.Dialect()), *params}, -1, "/reports/" + UrlEncode(report.name),
                    Given(request, names)};
}

Result<std::string> ReportPage(Archive& archive, const Report& report, const WebRequest& request,
                               const ServeOptions& options) {
  std::string body = "<p>" + Escape(report.description) + "</p>\n" + ReportForm(report, request);
  Result<TableQuery> table = ReportTable(archive, report, request);
  if (!table.ok()) return table.status();
  Result<std::string> html = HtmlTable(archive, *table, options);
  if (!html.ok()) return html.status();
  return Page(report.name, "Report " + Escape(report.name), body + *html);
}

Result<TableQuery> SqlTable(const WebRequest& request) {
  const std::string sql = request.Param("sql");
  if (sql.empty()) return Status::InvalidInput("sql: no SQL given");
  SqlParams params;
  const std::string lines = request.Param("params");
  size_t start = 0;
  while (start < lines.size()) {
    size_t end = lines.find('\n', start);
    if (end == std::string::npos) end = lines.size();
    std::string line = lines.substr(start, end - start);
    start = end + 1;
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
    if (line.empty()) continue;
    const size_t equals = line.find('=');
    const size_t name_start = line[0] == ':' ? 1 : 0;
    if (equals == std::string::npos || equals == name_start) {
      return Status::InvalidInput("params: expected NAME=VALUE, not \"" + line + "\"");
    }
    params[line.substr(name_start, equals - name_start)] =
        ParamValueFromText(line.substr(equals + 1));
  }
  Result<int64_t> limit = LimitParam(request, kSqlRowsShown);
  if (!limit.ok()) return limit.status();
  return TableQuery{BoundQuery{sql, params}, *limit, "/sql",
                    Given(request, {"sql", "params", "limit"})};
}

Result<std::string> SqlPage(Archive& archive, const WebRequest& request,
                            const ServeOptions& options) {
  std::string body =
      "<p class=\"note\">One read-only statement: a SELECT or a read-only PRAGMA. Writes, "
      "ATTACH and state-changing pragmas are refused; a query stops after " +
      std::to_string(static_cast<int>(options.timeout_seconds)) +
      " s. Tables: articles, people, person_aliases, roles, quotes, quotes_fts, articles_fts. "
      "Named parameters (<code>:name</code>) take their values from the lines of the second "
      "box, <code>name=value</code>.</p>\n"
      "<form action=\"/sql\" method=\"get\">\n<textarea name=\"sql\" aria-label=\"SQL\">" +
      Escape(request.Param("sql")) +
      "</textarea>\n<textarea name=\"params\" aria-label=\"parameters\" placeholder=\"id=3\">" +
      Escape(request.Param("params")) + "</textarea>\n<p>" +
      TextField("limit", "rows at most (0 for all)", request.Param("limit"),
                std::to_string(kSqlRowsShown)) +
      "<button type=\"submit\">Run</button></p>\n</form>\n";
  if (request.Param("sql").empty()) {
    body += "<h2>Examples</h2>\n<ul>\n";
    for (const char* example : kSqlExamples) {
      body += "<li>" + Link("/sql" + QueryString({{"sql", example}}), example) + "</li>\n";
    }
    return Page("SQL", "Your own SQL", body + "</ul>\n");
  }
  Result<TableQuery> table = SqlTable(request);
  Result<std::string> html = table.ok() ? HtmlTable(archive, *table, options)
                                        : Result<std::string>(table.status());
  if (!html.ok()) {
    body += "<p class=\"error\">" + Escape(html.status().ToString()) + "</p>\n";
  } else {
    body += *html;
  }
  return Page("SQL", "Your own SQL", body);
}

}  // namespace newsarchive
