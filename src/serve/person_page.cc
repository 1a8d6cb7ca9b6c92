// One person: their roles over time, quotes per month (a chart and its table), their quotes, the
// stories they are in and who they appear with. Every section is a table of its own address
// (a report, /quotes, /articles), so each downloads as exactly what the page shows.
#include <string>

#include "query/person_lookup.h"
#include "query/query_catalogue.h"
#include "serve/html.h"
#include "serve/pages.h"
#include "serve/svg_chart.h"

namespace newsarchive {
namespace {

constexpr const char* kQuotesShown = "50";

WebRequest RequestWith(std::map<std::string, std::string> params) {
  WebRequest request;
  request.params = std::move(params);
  return request;
}

Result<TableQuery> ReportFor(Archive& archive, const std::string& name, const std::string& person) {
  Result<const Report*> report = FindReport(name);
  if (!report.ok()) return report.status();
  return ReportTable(archive, **report, RequestWith({{"person", person}}));
}

// A section: its heading, then the table (or what went wrong with it, so one section's failure,
// a time limit say, leaves the others shown).
std::string Section(Archive& archive, const std::string& heading, const Result<TableQuery>& table,
                    const ServeOptions& options, const std::string& before = "") {
  std::string html = "<h2>" + Escape(heading) + "</h2>\n" + before;
  if (!table.ok()) return html + "<p class=\"error\">" + Escape(table.status().message()) + "</p>\n";
  Result<std::string> shown = HtmlTable(archive, table.value(), options);
  if (!shown.ok()) return html + "<p class=\"error\">" + Escape(shown.status().message()) + "</p>\n";
  return html + *shown;
}

}  // namespace

Result<std::string> PersonPage(Archive& archive, int64_t person_id, const ServeOptions& options) {
  const std::string id = std::to_string(person_id);
  Result<PersonRef> person = FindPerson(archive, id);
  if (!person.ok()) {
    return Status::Error(Status::Code::kNotFound, "no person with id " + id);
  }
  std::string body = "<p class=\"facts\">person #" + id + " · " +
                     Link("/quotes?person=" + id, "all their quotes") + " · " +
                     Link("/articles?person=" + id, "all their stories") + "</p>\n";

  body += Section(archive, "Roles over time", ReportFor(archive, "roles-of", id), options);

  Result<TableQuery> months = ReportFor(archive, "quotes-by-month", id);
  std::string chart;
  if (months.ok()) {
    Result<Rows> rows = FetchRows(archive, months->query, options);
    if (!rows.ok()) return rows.status();
    std::vector<ChartBar> bars;
    for (size_t i = 0; i < rows->rows.size(); ++i) {
      bars.push_back({rows->Text(i, "month"), std::stoll("0" + rows->Text(i, "turns"))});
    }
    chart = "<figure>" + BarChartSvg(bars, "turns") + "</figure>\n";
  }
  body += Section(archive, "Quotes per month", months, options, chart);

  body += Section(archive, "Quotes",
                  QuotesTable(archive, RequestWith({{"person", id}, {"limit", kQuotesShown}})),
                  options);
  body += Section(archive, "Stories", ArticlesTable(archive, RequestWith({{"person", id}})),
                  options);
  body += Section(archive, "Appears with", ReportFor(archive, "co-appearances", id), options);
  return Page(person->name, Escape(person->name), body);
}

}  // namespace newsarchive
