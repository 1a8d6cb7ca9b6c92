// newsarchive serve: the archive as a read-only local web site (src/serve). The archive is
// checked once here, so a missing or foreign file fails at once with exit 4; then each request
// opens it read-only. Ctrl-C (SIGINT) stops running queries, lets the requests in hand finish,
// and ends the command with exit 0.
#include <CLI/CLI.hpp>

#include <atomic>
#include <chrono>
#include <iostream>
#include <memory>
#include <thread>

#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/interrupt.h"
#include "serve/http_server.h"
#include "store/archive.h"

namespace newsarchive {
namespace {

struct ServeCommandOptions {
  std::string host = "127.0.0.1";
  int port = 8080;
  double timeout_seconds = 30;
};

bool IsLoopback(const std::string& host) {
  return host == "localhost" || host == "::1" || host.rfind("127.", 0) == 0;
}

int RunServe(const GlobalOptions& global, const ServeCommandOptions& options) {
  {
    Result<std::unique_ptr<Archive>> archive = Archive::Open(global.db_path, ArchiveMode::kReadOnly);
    if (!archive.ok()) {
      std::cerr << "newsarchive: " << archive.status().ToString() << "\n";
      return kExitDatabase;
    }
  }
  InterruptScope interrupt;
  ServeOptions serve;
  serve.timeout_seconds = options.timeout_seconds;
  serve.interrupt = &InterruptScope::Flag();
  HttpServer server(global.db_path, serve);
  Result<int> port = server.Bind(options.host, options.port);
  if (!port.ok()) {
    std::cerr << "newsarchive: " << port.status().ToString() << "\n";
    return kExitError;
  }
  const std::string host = options.host.find(':') != std::string::npos
                               ? "[" + options.host + "]"
                               : options.host;
  std::cout << "newsarchive: serving " << global.db_path << " read-only at http://" << host << ":"
            << *port << "/ (Ctrl-C stops)" << std::endl;
  if (!IsLoopback(options.host) && !global.quiet) {
    std::cerr << "newsarchive: warning: " << options.host
              << " is not a loopback address: other machines can read this archive\n";
  }

  std::atomic<bool> done{false};
  bool listened = true;
  std::thread listener([&] {
    listened = server.Run();
    done = true;
  });
  while (!done && !interrupt.interrupted()) {
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  // Stop may come before the listener has started its loop: ask until it has ended.
  while (!done) {
    server.Stop();
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  listener.join();
  if (!interrupt.interrupted() && !listened) {
    std::cerr << "newsarchive: the server stopped: it could not accept connections\n";
    return kExitError;
  }
  if (!global.quiet) std::cerr << "newsarchive: stopped; the archive is unchanged\n";
  return kExitOk;
}

}  // namespace

void SetupServeCommand(CLI::App& app, const GlobalOptions& global, int* exit_code) {
  auto options = std::make_shared<ServeCommandOptions>();
  CLI::App* cmd = app.add_subcommand(
      "serve",
      "Browse the archive in a web browser: a read-only local web view with search,\n"
      "people, stories, reports and SQL, every table downloadable as CSV or JSON.\n"
      "Nothing is ever written to the archive. Ctrl-C stops the server.\n\n"
      "Examples:\n"
      "  newsarchive serve                 then open http://127.0.0.1:8080/\n"
      "  newsarchive serve --port 0        any free port (printed on start)");
  cmd->add_option("--host", options->host,
                  "Address to listen on; the default answers this machine\nonly")
      ->type_name("ADDRESS")
      ->capture_default_str();
  cmd->add_option("--port", options->port, "Port to listen on; 0 for any free port")
      ->type_name("PORT")
      ->check(CLI::Range(0, 65535))
      ->capture_default_str();
  cmd->add_option("--timeout", options->timeout_seconds,
                  "Stop any one query after SECONDS; 0 for no limit")
      ->type_name("SECONDS")
      ->check(CLI::NonNegativeNumber)
      ->capture_default_str();
  cmd->callback([&global, options, exit_code] { *exit_code = RunServe(global, *options); });
}

}  // namespace newsarchive
