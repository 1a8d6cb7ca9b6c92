// The web view on the network (cpp-httplib): binds a host and port, answers each GET with
// HandleRequest on the archive opened read-only for that request, and stops when told. Every
// response says what it is (Content-Type), forbids scripts and framing (Content-Security-Policy)
// and, for .csv and .json, offers itself as a file.
#ifndef NEWSARCHIVE_SERVE_HTTP_SERVER_H_
#define NEWSARCHIVE_SERVE_HTTP_SERVER_H_

#include <memory>
#include <string>

#include "base/status.h"
#include "serve/web_app.h"

namespace newsarchive {

class HttpServer {
 public:
  // Serves the archive at `db_path` (which must exist; each request opens it read-only).
  HttpServer(std::string db_path, ServeOptions options);
  ~HttpServer();
  HttpServer(const HttpServer&) = delete;
  HttpServer& operator=(const HttpServer&) = delete;

  // Binds `host`:`port` (port 0: any free port) and returns the port bound; kIoError naming the
  // address when it cannot be bound (in use, no such address, not allowed).
  Result<int> Bind(const std::string& host, int port);

  // Answers requests until Stop. Returns false when it could not listen.
  bool Run();

  // Stops Run, from any thread: the requests being answered finish first. A Stop that comes
  // before Run has started listening is lost (cpp-httplib's stop only ends a running loop):
  // call it again until Run has returned, as cmd_serve.cc does.
  void Stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace newsarchive

#endif  // NEWSARCHIVE_SERVE_HTTP_SERVER_H_
