// The home page and the three listings: quotes, people, stories. Each listing is a form of its
// filters above its table; the table is built from the request alone, so the page, its .csv and
// its .json always agree.
#include <string>

#include "query/query_catalogue.h"
#include "serve/html.h"
#include "serve/pages.h"
#include "store/archive.h"

namespace newsarchive {
namespace {

constexpr int64_t kQuotesShown = 100;
constexpr int64_t kPeopleShown = 200;
constexpr int64_t kArticlesShown = 100;

const std::vector<std::pair<std::string, std::string>>& KindChoices() {
  static const std::vector<std::pair<std::string, std::string>> kKinds = {
      {"turn", "speaker turns"},
      {"direct", "direct quotes in the text"},
      {"reported", "reported speech"},
  };
  return kKinds;
}

std::string QuoteForm(const WebRequest& request) {
  std::string kind = request.Param("kind");
  return "<form class=\"filters\" action=\"/quotes\" method=\"get\">\n" +
         TextField("search", "words", request.Param("search"), "carry passports", "search") +
         TextField("person", "person", request.Param("person"), "name, part of it, or id") +
         SelectField("kind", "kind", KindChoices(), kind.empty() ? "turn" : kind) +
         TextField("role", "role", request.Param("role"), "Senator") +
         TextField("since", "since", request.Param("since"), "YYYY-MM-DD") +
         TextField("until", "until", request.Param("until"), "YYYY-MM-DD") +
         "<button type=\"submit\">Find quotes</button>\n</form>\n";
}

// The report's table with `given` as its parameters (see ReportTable).
Result<std::string> ReportSection(Archive& archive, const std::string& name,
                                  const std::map<std::string, std::string>& given,
                                  const ServeOptions& options) {
  Result<const Report*> report = FindReport(name);
  if (!report.ok()) return report.status();
  WebRequest request;
  request.params = given;
  Result<TableQuery> table = ReportTable(archive, **report, request);
  if (!table.ok()) return table.status();
  return HtmlTable(archive, *table, options);
}

}  // namespace

Result<std::string> HomePage(Archive& archive, const ServeOptions& options) {
  Result<const Report*> summary = FindReport("summary");
  if (!summary.ok()) return summary.status();
  Result<Rows> facts = FetchRows(archive, BoundQuery{(*summary)->sql, {}}, options);
  if (!facts.ok()) return facts.status();
  std::string body = "<dl class=\"summary\">\n";
  for (size_t c = 0; c < facts->columns.size(); ++c) {
    const std::string value = facts->Text(0, facts->columns[c]);
    body += "<dt>" + Escape(facts->columns[c]) + "</dt><dd>" + Escape(value.empty() ? "—" : value) +
            "</dd>\n";
  }
  body += "</dl>\n<p class=\"note\">" + DownloadLinks("/reports/summary", "") + "</p>\n";
  body += "<h2>Who said what</h2>\n" + QuoteForm(WebRequest());
  Result<std::string> top = ReportSection(archive, "top-speakers", {{"limit", "10"}}, options);
  if (!top.ok()) return top.status();
  body += "<h2>Who speaks most</h2>\n" + *top;
  body += "<p>" + Link("/people", "Everyone") + " · " + Link("/articles", "every story") + " · " +
          Link("/reports", "the reports") + " · " + Link("/verify", "verify a claim") + " · " +
          Link("/sql", "your own SQL") + "</p>\n";
  return Page("Archive", "The archive", body);
}

namespace {

// The filters quotes and stories share: person, search, since, until.
template <typename Filter>
Status ReadPersonSearchDates(Archive& archive, const WebRequest& request, Filter* filter) {
  Result<std::optional<int64_t>> person = PersonParam(archive, request);
  if (!person.ok()) return person.status();
  filter->person_id = *person;
  Result<std::string> search = SearchParam(request);
  if (!search.ok()) return search.status();
  filter->search = *search;
  Result<std::pair<std::string, std::string>> dates = DateParams(request);
  if (!dates.ok()) return dates.status();
  filter->since = dates->first;
  filter->until = dates->second;
  return Status::Ok();
}

// The quotes the request asks for, its limit aside.
Result<QuoteFilter> QuoteFilterOf(Archive& archive, const WebRequest& request) {
  QuoteFilter filter;
  filter.with_person_id = true;
  Status common = ReadPersonSearchDates(archive, request, &filter);
  if (!common.ok()) return common;
  Result<std::optional<int64_t>> article = IdParam(request, "article");
  if (!article.ok()) return article.status();
  filter.article_id = *article;
  filter.role = request.Param("role");
  const std::string kind = request.Param("kind");
  bool known_kind = kind.empty();
  for (const auto& choice : KindChoices()) known_kind = known_kind || choice.first == kind;
  if (!known_kind) {
    return Status::InvalidInput("kind: expected turn, direct or reported, not \"" + kind + "\"");
  }
  filter.kinds = {kind.empty() ? "turn" : kind};  // one kind at a time; turns unless asked
  if (request.Param("rank_all") == "1") filter.rank_window = 0;
  return filter;
}

}  // namespace

Result<TableQuery> QuotesTable(Archive& archive, const WebRequest& request) {
  Result<QuoteFilter> filter = QuoteFilterOf(archive, request);
  if (!filter.ok()) return filter.status();
  Result<int64_t> limit = LimitParam(request, kQuotesShown);
  if (!limit.ok()) return limit.status();
  filter->limit = SqlLimitFor(*limit);
  return TableQuery{QuotesQuery(*filter, archive.Dialect()), *limit, "/quotes",
                    Given(request, {"search", "person", "kind", "role", "article", "since",
                                    "until", "rank_all", "limit"})};
}

Result<std::string> QuotesPage(Archive& archive, const WebRequest& request,
                               const ServeOptions& options) {
  Result<TableQuery> table = QuotesTable(archive, request);
  if (!table.ok()) return table.status();
  Result<std::string> html = HtmlTable(archive, *table, options);
  if (!html.ok()) return html.status();
  std::string body = QuoteForm(request);
  // Like `quotes --search`: say when the newest matches filled the rank window.
  Result<QuoteFilter> window = QuoteFilterOf(archive, request);
  if (window.ok() && !window->search.empty() && window->rank_window > 0) {
    Result<Rows> ids = FetchRows(archive, RankWindowQuery(*window, archive.Dialect()), options);
    if (!ids.ok()) return ids.status();
    if (static_cast<int64_t>(ids->rows.size()) >= window->rank_window) {
      UrlParams all = table->params;
      all.emplace_back("rank_all", "1");
      body += "<p class=\"note\">Ranked the " + std::to_string(window->rank_window) +
              " most recently imported matches; older ones may match too: " +
              Link("/quotes" + QueryString(all), "rank every match") + "</p>\n";
    }
  }
  std::string heading = "Quotes";
  if (!request.Param("search").empty()) heading += " with “" + request.Param("search") + "”";
  return Page(heading, Escape(heading), body + *html);
}

Result<TableQuery> PeopleTable(Archive& archive, const WebRequest& request) {
  Result<std::optional<int64_t>> article = IdParam(request, "article");
  if (!article.ok()) return article.status();
  if (*article) {
    return TableQuery{CastQuery(**article, archive.Dialect()), -1, "/people", Given(request, {"article"})};
  }
  PeopleFilter filter;
  filter.include_unidentified = request.Param("all") == "1";
  const std::string sort = request.Param("sort");
  if (!sort.empty()) {
    Result<PeopleSort> parsed = ParsePeopleSort(sort);
    if (!parsed.ok()) return Status::InvalidInput("sort: " + parsed.status().message());
    filter.sort = *parsed;
  }
  Result<int64_t> limit = LimitParam(request, kPeopleShown);
  if (!limit.ok()) return limit.status();
  filter.limit = SqlLimitFor(*limit);
  return TableQuery{PeopleQuery(filter, archive.Dialect()), *limit, "/people",
                    Given(request, {"all", "sort", "limit"})};
}

Result<std::string> PeoplePage(Archive& archive, const WebRequest& request,
                               const ServeOptions& options) {
  Result<TableQuery> table = PeopleTable(archive, request);
  if (!table.ok()) return table.status();
  Result<std::string> html = HtmlTable(archive, *table, options);
  if (!html.ok()) return html.status();
  const std::string sort = request.Param("sort");
  std::string form = "<form class=\"filters\" action=\"/people\" method=\"get\">\n" +
                     SelectField("sort", "order",
                                 {{"turns", "who speaks most"},
                                  {"stories", "in most stories"},
                                  {"name", "by name"},
                                  {"id", "by id"}},
                                 sort.empty() ? "turns" : sort) +
                     CheckboxField("all", "also generic labels and unidentified speakers",
                                   request.Param("all") == "1") +
                     "<button type=\"submit\">Show</button>\n</form>\n";
  if (!request.Param("article").empty()) form.clear();
  return Page("People", "People", form + *html);
}

Result<TableQuery> ArticlesTable(Archive& archive, const WebRequest& request) {
  ArticleFilter filter;
  Status common = ReadPersonSearchDates(archive, request, &filter);
  if (!common.ok()) return common;
  Result<int64_t> limit = LimitParam(request, kArticlesShown);
  if (!limit.ok()) return limit.status();
  filter.limit = SqlLimitFor(*limit);
  return TableQuery{ArticlesQuery(filter, archive.Dialect()), *limit, "/articles",
                    Given(request, {"search", "person", "since", "until", "limit"})};
}

Result<std::string> ArticlesPage(Archive& archive, const WebRequest& request,
                                 const ServeOptions& options) {
  Result<TableQuery> table = ArticlesTable(archive, request);
  if (!table.ok()) return table.status();
  Result<std::string> html = HtmlTable(archive, *table, options);
  if (!html.ok()) return html.status();
  const std::string form =
      "<form class=\"filters\" action=\"/articles\" method=\"get\">\n" +
      TextField("search", "words in title or teaser", request.Param("search"), "", "search") +
      TextField("person", "person", request.Param("person"), "name, part of it, or id") +
      TextField("since", "since", request.Param("since"), "YYYY-MM-DD") +
      TextField("until", "until", request.Param("until"), "YYYY-MM-DD") +
      "<button type=\"submit\">Find stories</button>\n</form>\n";
  return Page("Stories", "Stories", form + *html);
}

}  // namespace newsarchive
