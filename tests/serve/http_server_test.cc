// The web view on a real socket: an HttpServer on a free loopback port over the fixture archive
// written to a file, asked by cpp-httplib's client in the same process.
#include "serve/http_server.h"

#include <httplib.h>
#include <gtest/gtest.h>

#include <thread>

#include "query_fixture.h"
#include "test_util.h"

namespace newsarchive {
namespace {

using namespace testing_fixture;
using testing_util::ReadFileBytes;
using testing_util::TempDir;

class HttpServerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    db_path_ = dir_.Path("archive.db");
    std::unique_ptr<FixtureDb> db = FilledDb();
    static_cast<SQLite::Database&>(*db).exec("VACUUM INTO '" + db_path_ + "'");
    before_ = ReadFileBytes(db_path_);
    ASSERT_FALSE(before_.empty());
    server_ = std::make_unique<HttpServer>(db_path_, ServeOptions());
    Result<int> port = server_->Bind("127.0.0.1", 0);
    ASSERT_TRUE(port.ok()) << port.status().ToString();
    port_ = *port;
    listener_ = std::thread([this] { ran_ = server_->Run(); });
    client_ = std::make_unique<httplib::Client>("127.0.0.1", port_);
    client_->set_connection_timeout(5, 0);
    client_->set_read_timeout(10, 0);
  }
  void TearDown() override {
    if (listener_.joinable()) {
      server_->Stop();
      listener_.join();
    }
  }

  TempDir dir_;
  std::string db_path_;
  std::string before_;
  std::unique_ptr<HttpServer> server_;
  int port_ = 0;
  bool ran_ = false;
  std::thread listener_;
  std::unique_ptr<httplib::Client> client_;
};

TEST_F(HttpServerTest, AnswersPagesWithTheirTypeAndASecurityPolicy) {
  httplib::Result home = client_->Get("/");
  ASSERT_TRUE(home) << httplib::to_string(home.error());
  EXPECT_EQ(home->status, 200);
  EXPECT_EQ(home->get_header_value("Content-Type"), "text/html; charset=utf-8");
  EXPECT_NE(home->get_header_value("Content-Security-Policy").find("default-src 'none'"),
            std::string::npos);
  EXPECT_NE(home->body.find("<form"), std::string::npos);

  httplib::Result quotes = client_->Get("/quotes?person=okafor");
  ASSERT_TRUE(quotes);
  EXPECT_EQ(quotes->status, 200);
  EXPECT_NE(quotes->body.find("This bridge carries forty thousand people a day"),
            std::string::npos)
      << quotes->body;
}

TEST_F(HttpServerTest, QueryStringsAreDecodedAndEscapedOnTheWayBack) {
  httplib::Result page = client_->Get("/quotes?search=%3Cscript%3Ealert(1)%3C%2Fscript%3E");
  ASSERT_TRUE(page);
  EXPECT_EQ(page->body.find("<script>"), std::string::npos) << page->body;
  EXPECT_NE(page->body.find("&lt;script&gt;alert(1)&lt;/script&gt;"), std::string::npos);
  httplib::Result spaced = client_->Get("/quotes?search=forty%20thousand");
  ASSERT_TRUE(spaced);
  EXPECT_NE(spaced->body.find("<mark>"), std::string::npos) << spaced->body;
}

TEST_F(HttpServerTest, TablesDownloadAsFiles) {
  httplib::Result csv = client_->Get("/quotes.csv?person=okafor");
  ASSERT_TRUE(csv);
  EXPECT_EQ(csv->status, 200);
  EXPECT_EQ(csv->get_header_value("Content-Type"), "text/csv; charset=utf-8");
  EXPECT_EQ(csv->get_header_value("Content-Disposition"), "attachment; filename=\"quotes.csv\"");
  EXPECT_EQ(csv->body.rfind("speaker,person_id,", 0), 0u) << csv->body;
  EXPECT_NE(csv->body.find("This bridge carries forty thousand people a day"), std::string::npos);
  httplib::Result json = client_->Get("/articles/1.json");
  ASSERT_TRUE(json);
  EXPECT_EQ(json->get_header_value("Content-Type"), "application/json");
}

TEST_F(HttpServerTest, OnlyReadsAndRefusesEveryOtherMethod) {
  httplib::Result post = client_->Post("/sql", "sql=DELETE FROM quotes",
                                       "application/x-www-form-urlencoded");
  ASSERT_TRUE(post);
  EXPECT_EQ(post->status, 405);
  httplib::Result del = client_->Delete("/people/1");
  ASSERT_TRUE(del);
  EXPECT_EQ(del->status, 405);
  httplib::Result refused = client_->Get("/sql?sql=DELETE%20FROM%20quotes");
  ASSERT_TRUE(refused);
  EXPECT_NE(refused->body.find("refused: query is read-only"), std::string::npos) << refused->body;
  EXPECT_EQ(client_->Get("/nowhere")->status, 404);
  for (const char* path : {"/", "/people", "/people/1", "/articles/1", "/reports", "/sql"}) {
    httplib::Result page = client_->Get(path);
    ASSERT_TRUE(page) << path;
    EXPECT_EQ(page->status, 200) << path;
  }
  EXPECT_EQ(ReadFileBytes(db_path_), before_) << "the archive file is byte for byte unchanged";
}

TEST_F(HttpServerTest, StopEndsRunAndABoundPortCannotBeBoundTwice) {
  HttpServer second(db_path_, ServeOptions());
  Result<int> taken = second.Bind("127.0.0.1", port_);
  EXPECT_FALSE(taken.ok());
  EXPECT_EQ(taken.status().code(), Status::Code::kIoError);
  EXPECT_NE(taken.status().message().find("127.0.0.1:" + std::to_string(port_)),
            std::string::npos);
  ASSERT_TRUE(client_->Get("/"));  // the listener is up
  server_->Stop();
  listener_.join();
  EXPECT_TRUE(ran_);
  EXPECT_FALSE(client_->Get("/")) << "nothing answers after Stop";
}

}  // namespace
}  // namespace newsarchive
