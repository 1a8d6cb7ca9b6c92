#include "output/csv_reader.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "output/csv_writer.h"
#include "writer_test_util.h"

namespace newsarchive {
namespace {

std::vector<std::vector<std::string>> Texts(const std::vector<CsvRecord>& records) {
  std::vector<std::vector<std::string>> out;
  for (const CsvRecord& record : records) {
    out.emplace_back();
    for (const CsvField& field : record) out.back().push_back(field.text);
  }
  return out;
}

using Table = std::vector<std::vector<std::string>>;

TEST(CsvReader, ReadsRfc4180Records) {
  struct Case {
    const char* name;
    std::string input;
    Table expected;
  };
  const Case cases[] = {
      {"CRLF", "a,b\r\n1,2\r\n", {{"a", "b"}, {"1", "2"}}},
      {"LF", "a,b\n1,2\n", {{"a", "b"}, {"1", "2"}}},
      {"no final line end", "a,b\n1,2", {{"a", "b"}, {"1", "2"}}},
      {"quoted comma", "\"x,y\",z\n", {{"x,y", "z"}}},
      {"doubled quote", "\"say \"\"hi\"\"\"\n", {{"say \"hi\""}}},
      {"newline inside", "\"one\r\ntwo\",3\r\n", {{"one\r\ntwo", "3"}}},
      {"empty fields", ",,\n", {{"", "", ""}}},
      {"trailing comma at end", "a,", {{"a", ""}}},
      {"BOM skipped", "\xEF\xBB\xBFh\n", {{"h"}}},
      {"empty input", "", {}},
  };
  for (const Case& c : cases) {
    Result<std::vector<CsvRecord>> parsed = ParseCsv(c.input);
    ASSERT_TRUE(parsed.ok()) << c.name << ": " << parsed.status().ToString();
    EXPECT_EQ(Texts(*parsed), c.expected) << c.name;
  }
}

TEST(CsvReader, TellsQuotedEmptyFromEmpty) {
  Result<std::vector<CsvRecord>> parsed = ParseCsv(",\"\"\r\n");
  ASSERT_TRUE(parsed.ok());
  ASSERT_EQ(parsed->size(), 1u);
  ASSERT_EQ((*parsed)[0].size(), 2u);
  EXPECT_FALSE((*parsed)[0][0].quoted);
  EXPECT_TRUE((*parsed)[0][1].quoted);
}

TEST(CsvReader, RejectsMalformedCsvNamingTheLine) {
  struct Case {
    const char* name;
    std::string input;
    int line;
  };
  const Case cases[] = {
      {"quote in unquoted field", "a,b\nx\"y\n", 2},
      {"text after closing quote", "\"a\"b\n", 1},
      {"unterminated", "a\n\"open\nstill open", 2},
      {"bare CR", "a\rb\n", 1},
  };
  for (const Case& c : cases) {
    Result<std::vector<CsvRecord>> parsed = ParseCsv(c.input);
    ASSERT_FALSE(parsed.ok()) << c.name;
    EXPECT_EQ(parsed.status().line(), c.line) << c.name;
  }
}

TEST(TsvReader, UndoesTheEscapes) {
  Result<Table> parsed = ParseTsv("a\tb\nx\\ty\tline\\none\\r\\\\\n");
  ASSERT_TRUE(parsed.ok()) << parsed.status().ToString();
  EXPECT_EQ(*parsed, (Table{{"a", "b"}, {"x\ty", "line\none\r\\"}}));
  EXPECT_FALSE(ParseTsv("bad\\q\n").ok());
}

// Text that exercises every rule: separators, quotes, line ends, spaces at the edges, formula
// starters, backslashes, multibyte UTF-8 and the odd control byte.
std::string RandomText(std::mt19937& rng) {
  static const char* const kPieces[] = {
      "a",    "Z", " ", ",", "\"", "\r", "\n",       "\r\n",         "\t",
      "=",    "+", "-", "@", "'",  "\\", "\xC3\xA9", "\xE9\x87\x91", "\xF0\x9F\x93\xB0",
      "\x01", "0", "9", ";", "|"};
  std::uniform_int_distribution<int> length(0, 12);
  std::uniform_int_distribution<size_t> piece(0, sizeof(kPieces) / sizeof(kPieces[0]) - 1);
  std::string text;
  for (int n = length(rng); n > 0; --n) text += kPieces[piece(rng)];
  return text;
}

Row RandomRow(std::mt19937& rng, size_t columns) {
  std::uniform_int_distribution<int> kind(0, 5);
  Row row;
  for (size_t i = 0; i < columns; ++i) {
    switch (kind(rng)) {
      case 0:
        row.push_back(Cell::Null());
        break;
      case 1:
        row.push_back(Cell::Integer(static_cast<int64_t>(rng()) - 2147483648LL));
        break;
      case 2:
        row.push_back(Cell::Real(static_cast<double>(rng()) / 7.0 - 1e6));
        break;
      default:
        row.push_back(Cell::Text(RandomText(rng)));
    }
  }
  return row;
}

struct RandomResult {
  std::vector<std::string> header;
  std::vector<Row> rows;
};

RandomResult MakeRandomResult(std::mt19937& rng, size_t columns) {
  RandomResult result;
  for (size_t i = 0; i < columns; ++i) result.header.push_back(RandomText(rng));
  for (int r = 0; r < 20; ++r) result.rows.push_back(RandomRow(rng, columns));
  return result;
}

TEST(CsvReader, RoundTripsWhatCsvWriterWrites) {
  std::mt19937 rng(20240611);
  for (int trial = 0; trial < 200; ++trial) {
    const size_t columns = 1 + trial % 5;
    const auto [header, rows] = MakeRandomResult(rng, columns);

    Result<std::vector<CsvRecord>> parsed = ParseCsv(WriteRows(OutputFormat::kCsv, header, rows));
    ASSERT_TRUE(parsed.ok()) << "trial " << trial << ": " << parsed.status().ToString();
    ASSERT_EQ(parsed->size(), rows.size() + 1) << "trial " << trial;
    for (size_t i = 0; i < columns; ++i) EXPECT_EQ((*parsed)[0][i].text, header[i]);
    for (size_t r = 0; r < rows.size(); ++r) {
      const CsvRecord& record = (*parsed)[r + 1];
      ASSERT_EQ(record.size(), columns) << "trial " << trial << " row " << r;
      for (size_t i = 0; i < columns; ++i) {
        const Cell& cell = rows[r][i];
        EXPECT_EQ(record[i].text, cell.text) << "trial " << trial << " row " << r;
        // NULL and "" stay apart, except in a one-column row (see csv_writer.h).
        if (columns > 1 && cell.type == Cell::Type::kText && cell.text.empty()) {
          EXPECT_TRUE(record[i].quoted) << "trial " << trial << " row " << r;
        }
        if (columns > 1 && cell.is_null()) {
          EXPECT_FALSE(record[i].quoted) << "trial " << trial << " row " << r;
        }
      }
    }
  }
}

TEST(TsvReader, RoundTripsWhatTsvWriterWrites) {
  std::mt19937 rng(7);
  for (int trial = 0; trial < 200; ++trial) {
    const size_t columns = 1 + trial % 4;
    const auto [header, rows] = MakeRandomResult(rng, columns);

    Result<Table> parsed = ParseTsv(WriteRows(OutputFormat::kTsv, header, rows));
    ASSERT_TRUE(parsed.ok()) << "trial " << trial << ": " << parsed.status().ToString();
    ASSERT_EQ(parsed->size(), rows.size() + 1) << "trial " << trial;
    EXPECT_EQ((*parsed)[0], header) << "trial " << trial;
    for (size_t r = 0; r < rows.size(); ++r) {
      ASSERT_EQ((*parsed)[r + 1].size(), columns) << "trial " << trial << " row " << r;
      for (size_t i = 0; i < columns; ++i) {
        EXPECT_EQ((*parsed)[r + 1][i], rows[r][i].text) << "trial " << trial << " row " << r;
      }
    }
  }
}

}  // namespace
}  // namespace newsarchive
