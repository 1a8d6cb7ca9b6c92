// What the pages of the web view share: a table as a bound query with the number of rows it
// shows, run either into an HTML table (with its download links and a note when rows were left
// out) or into a CSV or JSON download holding exactly those rows; and reading the request's
// parameters as the query layer wants them.
#ifndef NEWSARCHIVE_SERVE_TABLE_VIEW_H_
#define NEWSARCHIVE_SERVE_TABLE_VIEW_H_

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "base/status.h"
#include "output/row_writer.h"
#include "query/queries.h"
#include "serve/web_app.h"

namespace newsarchive {

using UrlParams = std::vector<std::pair<std::string, std::string>>;

// One table of a page.
struct TableQuery {
  BoundQuery query;
  int64_t max_rows = -1;  // rows shown (and downloaded); -1 for all
  // The table's own address: `path` + QueryString(`params`) shows it, with .csv or .json it
  // downloads it. `params` holds what the table depends on, `limit` included when given.
  std::string path;
  UrlParams params;
};

// The table as HTML: the rows (see HtmlTableWriter), a line with the row count and the download
// links, and when `max_rows` left rows out, a link to all of them (limit=0).
Result<std::string> HtmlTable(Archive& archive, const TableQuery& table,
                              const ServeOptions& options);

// The table as a download in `format` (kCsv or kJson), named `name` + extension.
Result<WebResponse> DownloadTable(Archive& archive, const TableQuery& table, OutputFormat format,
                                  const std::string& name, const ServeOptions& options);

// The rows of a small lookup (a story's cast, a person's months), under the time limit.
struct Rows {
  std::vector<std::string> columns;
  std::vector<Row> rows;
  std::string Text(size_t row, const std::string& column) const;  // "" for NULL or no column
};
Result<Rows> FetchRows(Archive& archive, const BoundQuery& query, const ServeOptions& options);

// --- Parameters. Each error names the parameter.

// `limit`: a whole number of rows, 0 for all; `fallback` when absent. -1 stands for all.
Result<int64_t> LimitParam(const WebRequest& request, int64_t fallback);
// A positive id in `name`, if given.
Result<std::optional<int64_t>> IdParam(const WebRequest& request, const std::string& name);
// `person`: a name, name part or id resolved with FindPerson, if given.
Result<std::optional<int64_t>> PersonParam(Archive& archive, const WebRequest& request);
// `since` and `until` as bounds (NormalizeDate).
Result<std::pair<std::string, std::string>> DateParams(const WebRequest& request);
// `search` as an FTS5 query (FtsQuery); "" when absent.
Result<std::string> SearchParam(const WebRequest& request);

// The request's values of `names`, for a table's address.
UrlParams Given(const WebRequest& request, const std::vector<std::string>& names);

// The SQL LIMIT that shows `max_rows` rows and tells whether more were there.
inline int64_t SqlLimitFor(int64_t max_rows) { return max_rows < 0 ? -1 : max_rows + 1; }

}  // namespace newsarchive

#endif  // NEWSARCHIVE_SERVE_TABLE_VIEW_H_
