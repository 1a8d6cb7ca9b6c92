#include "output/row_writer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <set>
#include <string>

#include "writer_test_util.h"

namespace newsarchive {
namespace {

TEST(ParseOutputFormat, AcceptsEveryNameInAnyCase) {
  const struct {
    const char* name;
    OutputFormat format;
  } cases[] = {
      {"table", OutputFormat::kTable},       {"csv", OutputFormat::kCsv},
      {"CSV", OutputFormat::kCsv},           {"tsv", OutputFormat::kTsv},
      {"json", OutputFormat::kJson},         {"Json", OutputFormat::kJson},
      {"jsonl", OutputFormat::kJsonl},       {"ndjson", OutputFormat::kJsonl},
      {"markdown", OutputFormat::kMarkdown}, {"MD", OutputFormat::kMarkdown},
  };
  for (const auto& c : cases) {
    Result<OutputFormat> parsed = ParseOutputFormat(c.name);
    ASSERT_TRUE(parsed.ok()) << c.name;
    EXPECT_EQ(*parsed, c.format) << c.name;
  }
}

TEST(ParseOutputFormat, UnknownNameListsTheChoices) {
  Result<OutputFormat> parsed = ParseOutputFormat("xml");
  ASSERT_FALSE(parsed.ok());
  const std::string message = parsed.status().message();
  EXPECT_NE(message.find("'xml'"), std::string::npos) << message;
  for (const char* choice : {"table", "csv", "tsv", "json", "jsonl", "markdown"}) {
    EXPECT_NE(message.find(choice), std::string::npos) << choice << " missing from " << message;
  }
  EXPECT_FALSE(ParseOutputFormat("").ok());
  EXPECT_FALSE(ParseOutputFormat("csvx").ok());
}

TEST(FormatFromExtension, MapsKnownExtensions) {
  const struct {
    const char* path;
    std::optional<OutputFormat> format;
  } cases[] = {
      {"out.csv", OutputFormat::kCsv},
      {"dir.d/OUT.CSV", OutputFormat::kCsv},
      {"out.tsv", OutputFormat::kTsv},
      {"out.json", OutputFormat::kJson},
      {"out.jsonl", OutputFormat::kJsonl},
      {"out.ndjson", OutputFormat::kJsonl},
      {"README.md", OutputFormat::kMarkdown},
      {"notes.markdown", OutputFormat::kMarkdown},
      {"table.txt", OutputFormat::kTable},
      {"out.xlsx", std::nullopt},
      {"csv", std::nullopt},
      {"archive.db", std::nullopt},
      {"", std::nullopt},
  };
  for (const auto& c : cases) EXPECT_EQ(FormatFromExtension(c.path), c.format) << c.path;
}

TEST(OutputFormatName, NamesRoundTripThroughTheParser) {
  for (OutputFormat format : {OutputFormat::kTable, OutputFormat::kCsv, OutputFormat::kTsv,
                              OutputFormat::kJson, OutputFormat::kJsonl, OutputFormat::kMarkdown}) {
    Result<OutputFormat> parsed = ParseOutputFormat(OutputFormatName(format));
    ASSERT_TRUE(parsed.ok()) << OutputFormatName(format);
    EXPECT_EQ(*parsed, format);
  }
  EXPECT_STREQ(OutputFormatName(OutputFormat::kJsonl), "jsonl");
  EXPECT_STREQ(OutputFormatName(OutputFormat::kMarkdown), "markdown");
}

TEST(OutputFormatNames, EveryNameParsesAndEveryFormatIsNamed) {
  std::vector<std::string> names = OutputFormatNames();
  std::set<OutputFormat> named;
  for (const std::string& name : names) {
    Result<OutputFormat> parsed = ParseOutputFormat(name);
    ASSERT_TRUE(parsed.ok()) << name;
    named.insert(*parsed);
  }
  EXPECT_EQ(named.size(), 6u);
  EXPECT_EQ(names.front(), "table");
  EXPECT_NE(std::find(names.begin(), names.end(), "ndjson"), names.end());
  EXPECT_NE(std::find(names.begin(), names.end(), "md"), names.end());
}

TEST(Cell, RealPrintsTheShortestFormThatReadsBack) {
  const struct {
    double value;
    const char* text;
  } cases[] = {
      {0.1, "0.1"},
      {2, "2.0"},
      {-0.5, "-0.5"},
      {1.0 / 3, "0.3333333333333333"},
      {1e300, "1e+300"},
      {45.2, "45.2"},
      {123456789.0, "123456789.0"},
  };
  for (const auto& c : cases) EXPECT_EQ(Cell::Real(c.value).text, c.text) << c.text;
  for (const auto& c : cases) {
    EXPECT_EQ(std::strtod(Cell::Real(c.value).text.c_str(), nullptr), c.value) << c.text;
  }
  EXPECT_EQ(Cell::Real(std::numeric_limits<double>::quiet_NaN()).text, "nan");
  EXPECT_EQ(Cell::Real(-std::numeric_limits<double>::infinity()).text, "-inf");
  EXPECT_EQ(Cell::Real(2).type, Cell::Type::kReal);
}

TEST(MakeRowWriter, EachFormatWritesItsOwnShape) {
  const std::vector<std::string> columns = {"id", "name"};
  const std::vector<Row> rows = {{Cell::Integer(1), T("Kim")}};
  EXPECT_EQ(WriteRows(OutputFormat::kCsv, columns, rows), "id,name\r\n1,Kim\r\n");
  EXPECT_EQ(WriteRows(OutputFormat::kTsv, columns, rows), "id\tname\n1\tKim\n");
  EXPECT_EQ(WriteRows(OutputFormat::kJson, columns, rows), "[\n{\"id\":1,\"name\":\"Kim\"}\n]\n");
  EXPECT_EQ(WriteRows(OutputFormat::kJsonl, columns, rows), "{\"id\":1,\"name\":\"Kim\"}\n");
}

// Two rows, then Abort: what each format leaves behind for output cut short.
std::string AbortedOutput(OutputFormat format) {
  std::ostringstream out;
  std::unique_ptr<RowWriter> writer = MakeRowWriter(format, out, WriterOptions());
  writer->Begin({"id", "name"});
  writer->Write({Cell::Integer(1), T("Kim")});
  writer->Write({Cell::Integer(2), T("Lee")});
  writer->Abort("query stopped: it ran longer than 1 s");
  return out.str();
}

TEST(MakeRowWriter, OutputCutShortSaysSoWhereTheRowsGo) {
  EXPECT_EQ(AbortedOutput(OutputFormat::kCsv),
            "id,name\r\n1,Kim\r\n2,Lee\r\nincomplete: query stopped: it ran longer than 1 s\r\n");
  EXPECT_EQ(AbortedOutput(OutputFormat::kTsv),
            "id\tname\n1\tKim\n2\tLee\nincomplete: query stopped: it ran longer than 1 s\n");
  EXPECT_EQ(AbortedOutput(OutputFormat::kJson),
            "[\n{\"id\":1,\"name\":\"Kim\"},\n{\"id\":2,\"name\":\"Lee\"},\n"
            "{\"complete\":false,\"error\":\"query stopped: it ran longer than 1 s\"}\n]\n");
  EXPECT_EQ(AbortedOutput(OutputFormat::kJsonl),
            "{\"id\":1,\"name\":\"Kim\"}\n{\"id\":2,\"name\":\"Lee\"}\n"
            "{\"complete\":false,\"error\":\"query stopped: it ran longer than 1 s\"}\n");
  const std::string table = AbortedOutput(OutputFormat::kTable);
  EXPECT_NE(table.find("Lee\n(incomplete: query stopped: it ran longer than 1 s; 2 rows shown)\n"),
            std::string::npos)
      << table;
  EXPECT_EQ(table.find("(2 rows)"), std::string::npos) << table;
  const std::string markdown = AbortedOutput(OutputFormat::kMarkdown);
  EXPECT_NE(markdown.find("| Lee |\n\n*Incomplete: query stopped: it ran longer than 1 s*\n"),
            std::string::npos)
      << markdown;
}

}  // namespace
}  // namespace newsarchive
