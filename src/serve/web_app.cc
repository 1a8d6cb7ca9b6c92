// How a request finds its page: the path is split into a page name, an optional id or report
// name, and an optional .csv or .json; a table's page and its downloads go through the same
// table function, so they cannot disagree. A failure becomes an error page with its status.
#include "serve/web_app.h"

#include <functional>

#include "query/query_catalogue.h"
#include "serve/html.h"
#include "serve/pages.h"
#include "store/archive.h"

namespace newsarchive {
namespace {

struct Route {
  std::string page;    // "quotes", "people", ...; "" for the home page
  std::string arg;     // "3" in /people/3, "top-speakers" in /reports/top-speakers
  std::string format;  // "", "csv" or "json"
};

// "/people/3.csv" -> {people, 3, csv}; false for a path of more than two segments.
bool ParsePath(const std::string& path, Route* route) {
  std::string rest = path.empty() || path[0] != '/' ? path : path.substr(1);
  if (!rest.empty() && rest.back() == '/') rest.pop_back();
  for (const char* format : {"csv", "json"}) {
    const std::string suffix = std::string(".") + format;
    if (rest.size() > suffix.size() &&
        rest.compare(rest.size() - suffix.size(), suffix.size(), suffix) == 0) {
      route->format = format;
      rest.resize(rest.size() - suffix.size());
      break;
    }
  }
  const size_t slash = rest.find('/');
  route->page = rest.substr(0, slash);
  if (slash != std::string::npos) {
    route->arg = rest.substr(slash + 1);
    if (route->arg.empty() || route->arg.find('/') != std::string::npos) return false;
  }
  return true;
}

int HttpStatus(const Status& status) {
  switch (status.code()) {
    case Status::Code::kNotFound:
      return 404;
    case Status::Code::kInvalidInput:
    case Status::Code::kAmbiguous:
    case Status::Code::kRefused:
      return 400;
    default:
      return 500;
  }
}

WebResponse Error(int status, const std::string& message) {
  WebResponse response;
  response.status = status;
  response.body = ErrorPage(status, message);
  return response;
}

WebResponse FromPage(const Result<std::string>& page) {
  if (!page.ok()) return Error(HttpStatus(page.status()), page.status().ToString());
  WebResponse response;
  response.body = page.value();
  return response;
}

std::optional<int64_t> ParseId(const std::string& text) {
  if (text.empty() || text.size() > 15) return std::nullopt;
  for (const char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
  }
  const int64_t id = std::stoll(text);
  return id > 0 ? std::optional<int64_t>(id) : std::nullopt;
}

}  // namespace

std::string WebRequest::Param(const std::string& name) const {
  auto it = params.find(name);
  if (it == params.end()) return "";
  const std::string& value = it->second;
  const size_t first = value.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return "";
  return value.substr(first, value.find_last_not_of(" \t\r\n") - first + 1);
}

WebResponse HandleRequest(Archive& archive, const WebRequest& request,
                          const ServeOptions& options) {
  if (request.method != "GET" && request.method != "HEAD") {
    return Error(405, "this archive is read-only: only GET requests");
  }
  Route route;
  if (!ParsePath(request.path, &route)) return Error(404, "no page at " + request.path);

  // The table a path shows, for its download; empty when the path is no table.
  std::function<Result<TableQuery>()> table;
  std::function<Result<std::string>()> page;
  std::string name = route.page;
  if (route.page.empty() && route.arg.empty() && route.format.empty()) {
    page = [&] { return HomePage(archive, options); };
  } else if (route.arg.empty() && route.page == "quotes") {
    table = [&] { return QuotesTable(archive, request); };
    page = [&] { return QuotesPage(archive, request, options); };
  } else if (route.arg.empty() && route.page == "people") {
    table = [&] { return PeopleTable(archive, request); };
    page = [&] { return PeoplePage(archive, request, options); };
  } else if (route.arg.empty() && route.page == "articles") {
    table = [&] { return ArticlesTable(archive, request); };
    page = [&] { return ArticlesPage(archive, request, options); };
  } else if (route.arg.empty() && route.page == "reports" && route.format.empty()) {
    page = [] { return ReportsPage(); };
  } else if (route.arg.empty() && route.page == "verify" && route.format.empty()) {
    page = [&] { return VerifyPage(archive, request, options); };
  } else if (route.arg.empty() && route.page == "sql") {
    table = [&] { return SqlTable(request); };
    page = [&] { return SqlPage(archive, request, options); };
  } else if (route.page == "people" || route.page == "articles") {
    const std::optional<int64_t> id = ParseId(route.arg);
    if (!id) return Error(404, "no page at " + request.path + " (ids are whole numbers)");
    name = (route.page == "people" ? "person-" : "article-") + route.arg;
    if (route.page == "people" && route.format.empty()) {
      page = [&, id] { return PersonPage(archive, *id, options); };
    } else if (route.page == "articles") {
      table = [&, id] { return StoryTable(archive, *id); };
      page = [&, id] { return ArticlePage(archive, *id, options); };
    }
  } else if (route.page == "reports") {
    Result<const Report*> report = FindReport(route.arg);
    if (!report.ok()) return Error(404, report.status().message());
    const Report* found = *report;
    name = found->name;
    table = [&, found] { return ReportTable(archive, *found, request); };
    page = [&, found] { return ReportPage(archive, *found, request, options); };
  }

  if (route.format.empty()) {
    if (!page) return Error(404, "no page at " + request.path);
    return FromPage(page());
  }
  if (!table) return Error(404, "no table at " + request.path);
  Result<TableQuery> query = table();
  if (!query.ok()) return Error(HttpStatus(query.status()), query.status().ToString());
  const OutputFormat format = route.format == "csv" ? OutputFormat::kCsv : OutputFormat::kJson;
  Result<WebResponse> download = DownloadTable(archive, *query, format, name, options);
  if (!download.ok()) return Error(HttpStatus(download.status()), download.status().ToString());
  return *download;
}

}  // namespace newsarchive
