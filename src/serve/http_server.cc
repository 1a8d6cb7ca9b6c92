#include "serve/http_server.h"

#include <httplib.h>

#include "serve/html.h"
#include "store/archive.h"

namespace newsarchive {
namespace {

// No scripts, plugins, frames or remote loads: the pages are HTML and an inline style sheet.
const char kSecurityPolicy[] =
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'self'; "
    "base-uri 'none'; frame-ancestors 'none'";

void Send(const WebResponse& page, httplib::Response& res) {
  res.status = page.status;
  res.set_header("Content-Security-Policy", kSecurityPolicy);
  res.set_header("X-Content-Type-Options", "nosniff");
  res.set_header("Referrer-Policy", "no-referrer");
  res.set_header("Cache-Control", "no-store");
  if (!page.download_name.empty()) {
    res.set_header("Content-Disposition", "attachment; filename=\"" + page.download_name + "\"");
  }
  res.set_content(page.body, page.content_type.c_str());
}

WebResponse Failure(int status, const std::string& message) {
  WebResponse page;
  page.status = status;
  page.body = ErrorPage(status, message);
  return page;
}

}  // namespace

struct HttpServer::Impl {
  std::string db_path;
  ServeOptions options;
  httplib::Server server;

  void Answer(const httplib::Request& req, httplib::Response& res) {
    WebRequest request;
    request.method = req.method;
    request.path = req.path;
    for (const auto& [name, value] : req.params) request.params.emplace(name, value);
    Result<std::unique_ptr<Archive>> archive = Archive::Open(db_path, ArchiveMode::kReadOnly);
    if (!archive.ok()) {
      Send(Failure(503, archive.status().ToString()), res);
      return;
    }
    try {
      Send(HandleRequest(**archive, request, options), res);
    } catch (const std::exception& e) {  // the database failed under us (DatabaseError)
      Send(Failure(500, std::string("database error: ") + e.what()), res);
    }
  }
};

HttpServer::HttpServer(std::string db_path, ServeOptions options) : impl_(new Impl) {
  impl_->db_path = std::move(db_path);
  impl_->options = options;
  auto answer = [this](const httplib::Request& req, httplib::Response& res) {
    impl_->Answer(req, res);
  };
  impl_->server.Get(".*", answer);
  auto refuse = [](const httplib::Request&, httplib::Response& res) {
    Send(Failure(405, "this archive is read-only: only GET requests"), res);
  };
  impl_->server.Post(".*", refuse);
  impl_->server.Put(".*", refuse);
  impl_->server.Patch(".*", refuse);
  impl_->server.Delete(".*", refuse);
  // cpp-httplib's default also sets SO_REUSEPORT, which lets a second server bind a port in use
  // and share its connections; SO_REUSEADDR alone still allows a restart on the same port.
  impl_->server.set_socket_options([](socket_t sock) {
    int yes = 1;
    setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof(yes));
  });
  impl_->server.set_payload_max_length(64 * 1024);
  impl_->server.set_keep_alive_max_count(20);
  impl_->server.set_read_timeout(10, 0);
}

HttpServer::~HttpServer() { Stop(); }

Result<int> HttpServer::Bind(const std::string& host, int port) {
  const int bound = port == 0 ? impl_->server.bind_to_any_port(host)
                              : (impl_->server.bind_to_port(host, port) ? port : -1);
  if (bound <= 0) {
    return Status::Error(Status::Code::kIoError,
                         "cannot listen on " + host + ":" + std::to_string(port) +
                             " (in use, not an address of this machine, or not allowed)");
  }
  return bound;
}

bool HttpServer::Run() { return impl_->server.listen_after_bind(); }

void HttpServer::Stop() {
  if (impl_ && impl_->server.is_running()) impl_->server.stop();
}

}  // namespace newsarchive
