// The pages of the web view (see web_app.h), one function each, and for the pages that are one
// table, the table, which the router also serves as .csv and .json. Each page returns a whole
// HTML document; failures are Status values the router turns into error pages.
#ifndef NEWSARCHIVE_SERVE_PAGES_H_
#define NEWSARCHIVE_SERVE_PAGES_H_

#include <cstdint>
#include <string>

#include "base/status.h"
#include "serve/table_view.h"
#include "serve/web_app.h"

namespace newsarchive {

struct Report;

// list_pages.cc
Result<std::string> HomePage(Archive& archive, const ServeOptions& options);
Result<TableQuery> QuotesTable(Archive& archive, const WebRequest& request);
Result<std::string> QuotesPage(Archive& archive, const WebRequest& request,
                               const ServeOptions& options);
Result<TableQuery> PeopleTable(Archive& archive, const WebRequest& request);
Result<std::string> PeoplePage(Archive& archive, const WebRequest& request,
                               const ServeOptions& options);
Result<TableQuery> ArticlesTable(Archive& archive, const WebRequest& request);
Result<std::string> ArticlesPage(Archive& archive, const WebRequest& request,
                                 const ServeOptions& options);

// person_page.cc
Result<std::string> PersonPage(Archive& archive, int64_t person_id, const ServeOptions& options);

// article_page.cc: the story, and its quotes as a table (what `show --format csv` prints)
Result<TableQuery> StoryTable(Archive& archive, int64_t article_id);
Result<std::string> ArticlePage(Archive& archive, int64_t article_id, const ServeOptions& options);

// report_pages.cc
Result<std::string> ReportsPage();
Result<TableQuery> ReportTable(Archive& archive, const Report& report, const WebRequest& request);
Result<std::string> ReportPage(Archive& archive, const Report& report, const WebRequest& request,
                               const ServeOptions& options);
Result<TableQuery> SqlTable(const WebRequest& request);
Result<std::string> SqlPage(Archive& archive, const WebRequest& request,
                            const ServeOptions& options);

// verify_page.cc: `verify` as a form, its verdict and the nearest real words with a word diff
Result<std::string> VerifyPage(Archive& archive, const WebRequest& request,
                               const ServeOptions& options);

}  // namespace newsarchive

#endif  // NEWSARCHIVE_SERVE_PAGES_H_
