// The web view of an archive, as plain functions from a request to a response: no sockets here
// (serve/http_server.h puts them on the network), so every page is testable on an archive in
// memory. Every request only reads: each page runs the query layer's statements (queries.h, the
// report catalogue, FindPerson, LoadStory) or, on /sql, the user's SQL through the archive's
// read-only guard, all under one time limit.
//
//   /                        the archive's summary and a search form
//   /quotes                  who said what: search, person, kind, role, since, until, limit
//   /people                  named people, who speaks most first (all=1, sort=, article=ID)
//   /people/ID               one person: roles over time, quotes per month (a chart), quotes,
//                            stories, co-appearances
//   /articles                stories: search, person, since, until
//   /articles/ID             one story reassembled, each quote marked (#qPOSITION)
//   /reports, /reports/NAME  every report as a form with its parameters, and its result
//   /sql                     ad-hoc read-only SQL (sql=, params= NAME=VALUE lines)
//
// Every table is also at the same path with .csv or .json and the same query string, and then
// holds exactly the rows and columns the page shows, written by src/output's writers.
#ifndef NEWSARCHIVE_SERVE_WEB_APP_H_
#define NEWSARCHIVE_SERVE_WEB_APP_H_

#include <atomic>
#include <map>
#include <string>

namespace newsarchive {

class Archive;

struct WebRequest {
  std::string method = "GET";
  std::string path;                           // "/people/3", without the query string
  std::map<std::string, std::string> params;  // the query string, decoded; first value of each

  // The parameter's value with surrounding spaces removed; "" when absent.
  std::string Param(const std::string& name) const;
};

struct WebResponse {
  int status = 200;
  std::string content_type = "text/html; charset=utf-8";
  std::string body;
  std::string download_name;  // for .csv and .json: the file name to offer ("quotes.csv")
};

struct ServeOptions {
  double timeout_seconds = 30;  // every query stops after this long, as `query --timeout`
  // When it becomes true (Ctrl-C on the server) running queries stop at their next check.
  const std::atomic<bool>* interrupt = nullptr;
};

// The response to `request`, reading `archive` (opened read-only by the caller). Failures are
// pages too: 400 for a bad parameter or a refused query, 404 for no such page, person or story,
// 405 for a method other than GET or HEAD.
WebResponse HandleRequest(Archive& archive, const WebRequest& request,
                          const ServeOptions& options);

}  // namespace newsarchive

#endif  // NEWSARCHIVE_SERVE_WEB_APP_H_
