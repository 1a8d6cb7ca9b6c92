#include "serve/table_view.h"

#include <sstream>

#include "query/person_lookup.h"
#include "serve/html.h"
#include "serve/html_table.h"
#include "store/archive.h"

namespace newsarchive {
namespace {

RunOptions RunOptionsFor(const ServeOptions& options, int64_t max_rows) {
  RunOptions run;
  run.timeout_seconds = options.timeout_seconds;
  run.interrupt = options.interrupt;
  run.max_rows = max_rows;
  return run;
}

class RowKeeper : public RowWriter {
 public:
  explicit RowKeeper(Rows* rows) : rows_(rows) {}
  void Begin(const std::vector<std::string>& columns) override { rows_->columns = columns; }
  void Write(const Row& row) override { rows_->rows.push_back(row); }
  void End() override {}

 private:
  Rows* rows_;
};

bool IsWholeNumber(const std::string& text) {
  if (text.empty() || text.size() > 15) return false;
  for (const char c : text) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

}  // namespace

Result<std::string> HtmlTable(Archive& archive, const TableQuery& table,
                              const ServeOptions& options) {
  std::string html;
  HtmlTableWriter writer(&html);
  Result<RunStats> run = archive.Query(table.query.sql, table.query.params, writer,
                                       RunOptionsFor(options, table.max_rows));
  if (!run.ok()) return run.status();
  const std::string query = QueryString(table.params);
  std::string note = "<p class=\"note\">" + std::to_string(run->rows) +
                     (run->rows == 1 ? " row" : " rows");
  if (run->truncated) {
    UrlParams all;
    for (const auto& param : table.params) {
      if (param.first != "limit") all.push_back(param);
    }
    all.emplace_back("limit", "0");
    note += " shown, more match: " + Link(table.path + QueryString(all), "show all");
  }
  note += DownloadLinks(table.path, query) + "</p>\n";
  return note + html;
}

Result<WebResponse> DownloadTable(Archive& archive, const TableQuery& table, OutputFormat format,
                                  const std::string& name, const ServeOptions& options) {
  std::ostringstream out;
  std::unique_ptr<RowWriter> writer = MakeRowWriter(format, out, WriterOptions());
  Result<RunStats> run = archive.Query(table.query.sql, table.query.params, *writer,
                                       RunOptionsFor(options, table.max_rows));
  if (!run.ok()) return run.status();
  WebResponse response;
  const bool csv = format == OutputFormat::kCsv;
  response.content_type = csv ? "text/csv; charset=utf-8" : "application/json";
  response.download_name = name + (csv ? ".csv" : ".json");
  response.body = out.str();
  return response;
}

std::string Rows::Text(size_t row, const std::string& column) const {
  for (size_t c = 0; c < columns.size(); ++c) {
    if (columns[c] == column && row < rows.size() && c < rows[row].size()) {
      return rows[row][c].text;
    }
  }
  return "";
}

Result<Rows> FetchRows(Archive& archive, const BoundQuery& query, const ServeOptions& options) {
  Rows rows;
  RowKeeper keeper(&rows);
  Result<RunStats> run = archive.Query(query.sql, query.params, keeper, RunOptionsFor(options, -1));
  if (!run.ok()) return run.status();
  return rows;
}

Result<int64_t> LimitParam(const WebRequest& request, int64_t fallback) {
  const std::string text = request.Param("limit");
  if (text.empty()) return fallback;
  if (!IsWholeNumber(text)) {
    return Status::InvalidInput("limit: expected a whole number of rows (0 for all), not \"" +
                                text + "\"");
  }
  const int64_t limit = std::stoll(text);
  return limit == 0 ? -1 : limit;
}

Result<std::optional<int64_t>> IdParam(const WebRequest& request, const std::string& name) {
  const std::string text = request.Param(name);
  if (text.empty()) return std::optional<int64_t>();
  if (!IsWholeNumber(text) || std::stoll(text) == 0) {
    return Status::InvalidInput(name + ": expected an id, not \"" + text + "\"");
  }
  return std::optional<int64_t>(std::stoll(text));
}

Result<std::optional<int64_t>> PersonParam(Archive& archive, const WebRequest& request) {
  const std::string text = request.Param("person");
  if (text.empty()) return std::optional<int64_t>();
  Result<PersonRef> person = FindPerson(archive, text);
  if (!person.ok()) {
    return Status::Error(person.status().code(), "person: " + person.status().message());
  }
  return std::optional<int64_t>(person->id);
}

Result<std::pair<std::string, std::string>> DateParams(const WebRequest& request) {
  Result<std::string> since = NormalizeDate(request.Param("since"), false);
  if (!since.ok()) return Status::InvalidInput("since: " + since.status().message());
  Result<std::string> until = NormalizeDate(request.Param("until"), true);
  if (!until.ok()) return Status::InvalidInput("until: " + until.status().message());
  return std::make_pair(*since, *until);
}

Result<std::string> SearchParam(const WebRequest& request) {
  const std::string text = request.Param("search");
  if (text.empty()) return std::string();
  Result<std::string> fts = FtsQuery(text);
  if (!fts.ok()) return Status::InvalidInput("search: " + fts.status().message());
  return *fts;
}

UrlParams Given(const WebRequest& request, const std::vector<std::string>& names) {
  UrlParams given;
  for (const std::string& name : names) {
    const std::string value = request.Param(name);
    if (!value.empty()) given.emplace_back(name, value);
  }
  return given;
}

}  // namespace newsarchive
