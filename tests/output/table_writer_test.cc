#include "output/table_writer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <sstream>
#include <string>

#include "base/text_util.h"
#include "writer_test_util.h"

namespace newsarchive {
namespace {

std::string Table(const std::vector<std::string>& columns, const std::vector<Row>& rows,
                  int max_width = 0) {
  WriterOptions options;
  options.max_width = max_width;
  return WriteRows(OutputFormat::kTable, columns, rows, options);
}

// The width of the widest line of `text`, in display columns.
int WidestLine(const std::string& text) {
  int widest = 0;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) widest = std::max(widest, DisplayWidth(line));
  return widest;
}

TEST(DisplayWidth, CountsColumnsNotBytes) {
  const struct {
    const char* name;
    const char* text;
    int width;
  } cases[] = {
      {"ASCII", "Kim Jong Un", 11},
      {"accented precomposed", "Gonz\xC3\xA1lez", 8},
      {"combining acute", "Gonza\xCC\x81lez", 8},
      {"CJK wide", "\xE9\x87\x91\xE6\xAD\xA3\xE6\x81\xA9", 6},
      {"Hangul", "\xEA\xB9\x80", 2},
      {"emoji wide", "\xF0\x9F\x93\xB0", 2},
      {"ellipsis narrow", "\xE2\x80\xA6", 1},
      {"zero-width joiner",
       "a\xE2\x80\x8D"
       "b",
       2},
      {"invalid byte counts one", "a\xFF", 2},
      {"empty", "", 0},
  };
  for (const auto& c : cases) EXPECT_EQ(DisplayWidth(c.text), c.width) << c.name;
}

TEST(TerminalCellText, MakesCellsOneLineAndSafe) {
  const struct {
    const char* name;
    std::string input;
    std::string expected;
  } cases[] = {
      {"LF", "one\ntwo", "one\xE2\x8F\x8Etwo"},
      {"CRLF is one break", "one\r\ntwo", "one\xE2\x8F\x8Etwo"},
      {"CR", "one\rtwo", "one\xE2\x8F\x8Etwo"},
      {"tab", "a\tb", "a b"},
      {"escape sequence", "\x1b[31mred", "\xE2\x90\x9B[31mred"},
      {"DEL", "\x7f", "\xE2\x90\xA1"},
      {"C1 CSI",
       "\xC2\x9B"
       "2J",
       "\xEF\xBF\xBD"
       "2J"},
      {"invalid UTF-8", "caf\xE9", "caf\xEF\xBF\xBD"},
      {"plain", "Soledad O'Brien", "Soledad O'Brien"},
  };
  for (const auto& c : cases) EXPECT_EQ(TerminalCellText(c.input), c.expected) << c.name;
}

TEST(TruncateToWidth, CutsOnCharactersAndEndsInEllipsis) {
  const struct {
    const char* name;
    std::string input;
    int width;
    std::string expected;
  } cases[] = {
      {"fits", "abc", 3, "abc"},
      {"cut", "abcdef", 4, "abc\xE2\x80\xA6"},
      {"multibyte kept whole", "\xC3\xA1\xC3\xA9\xC3\xAD\xC3\xB3", 3,
       "\xC3\xA1\xC3\xA9\xE2\x80\xA6"},
      {"wide char that would overflow is dropped", "a\xE9\x87\x91\xE6\xAD\xA3", 3, "a\xE2\x80\xA6"},
      {"width one", "abc", 1, "\xE2\x80\xA6"},
  };
  for (const auto& c : cases) {
    const std::string cut = TruncateToWidth(c.input, c.width);
    EXPECT_EQ(cut, c.expected) << c.name;
    EXPECT_LE(DisplayWidth(cut), c.width) << c.name;
  }
}

TEST(TableWriter, AlignsColumnsAndRightAlignsNumbers) {
  EXPECT_EQ(
      Table({"id", "speaker", "turns"}, {{Cell::Integer(1), T("Ayesha Rascoe"), Cell::Integer(12)},
                                         {Cell::Integer(10), T("Kim"), Cell::Real(3.5)}}),
      "id  speaker        turns\n"
      "--  -------------  -----\n"
      " 1  Ayesha Rascoe     12\n"
      "10  Kim              3.5\n"
      "(2 rows)\n");
}

TEST(TableWriter, ShowsNullDistinctlyFromEmptyText) {
  EXPECT_EQ(Table({"role", "n"}, {{Cell::Null(), Cell::Null()}, {T(""), Cell::Integer(7)}}),
            "role     n\n"
            "----  ----\n"
            "NULL  NULL\n"
            "         7\n"
            "(2 rows)\n");
}

TEST(TableWriter, ZeroRowsPrintsHeaderAndCount) {
  EXPECT_EQ(Table({"id", "name"}, {}), "id  name\n--  ----\n(0 rows)\n");
}

TEST(TableWriter, OneRowSaysRow) { EXPECT_EQ(Table({"x"}, {{T("a")}}), "x\n-\na\n(1 row)\n"); }

TEST(TableWriter, MeasuresUtf8ByDisplayWidth) {
  EXPECT_EQ(Table({"name", "n"}, {{T("Gonz\xC3\xA1lez"), Cell::Integer(1)},
                                  {T("\xE9\x87\x91\xE6\xAD\xA3\xE6\x81\xA9"), Cell::Integer(2)}}),
            "name      n\n"
            "--------  -\n"
            "Gonz\xC3\xA1lez  1\n"
            "\xE9\x87\x91\xE6\xAD\xA3\xE6\x81\xA9    2\n"
            "(2 rows)\n");
}

TEST(TableWriter, WrapsTheWidestColumnToFitMaxWidth) {
  const std::string quote =
      "We are going to look at the economic potential of the region very carefully.";
  const std::string table =
      Table({"id", "speaker", "text"},
            {{Cell::Integer(1), T("Ayesha Rascoe"), Cell::Text(quote)},
             {Cell::Integer(2), T("Kim Jong Un"), T("Thank you.")}},
            40);
  EXPECT_EQ(table,
            "id  speaker        text\n"
            "--  -------------  ---------------------\n"
            " 1  Ayesha Rascoe  We are going to look\n"
            "                   at the economic\n"
            "                   potential of the\n"
            "                   region very\n"
            "                   carefully.\n"
            " 2  Kim Jong Un    Thank you.\n"
            "(2 rows)\n");
  EXPECT_LE(WidestLine(table), 40);
}

TEST(TableWriter, ShrinksTheOtherColumnsWhenTheWidestNeedsItsShareAndWrapsThemToo) {
  const std::string table =
      Table({"a", "b", "c"}, {{T(std::string(30, 'x')), T(std::string(50, 'y')), T("z")}}, 33);
  // The widest column (b) keeps 16 (kMinWrapWidth, more than a third of 33); a gets
  // 33 - 16 - 1 - 2 * 2 = 12; both wrap, so no character is lost.
  EXPECT_EQ(table,
            "a             b                 c\n"
            "------------  ----------------  -\n"
            "xxxxxxxxxxxx  yyyyyyyyyyyyyyyy  z\n"
            "xxxxxxxxxxxx  yyyyyyyyyyyyyyyy\n"
            "xxxxxx        yyyyyyyyyyyyyyyy\n"
            "              yy\n"
            "(1 row)\n");
}

TEST(TableWriter, NeverShrinksBelowTheMinimum) {
  const std::string table = Table({"first", "second"}, {{T("abcdefghijkl"), T("mnopqrstuvwx")}}, 5);
  EXPECT_NE(table.find("abcdefghij  mnopqrstuv\nkl          wx\n"), std::string::npos) << table;
}

TEST(TableWriter, CutsOnlyAHeaderTooLongForItsColumn) {
  const std::string table =
      Table({"a_very_long_header", "text"}, {{T("short"), T(std::string(60, 'w'))}}, 30);
  EXPECT_NE(table.find("a_very_long\xE2\x80\xA6  text\n"), std::string::npos) << table;
  EXPECT_NE(table.find("short         wwwwwwwwwwwwwwww\n"), std::string::npos) << table;
  EXPECT_LE(WidestLine(table), 30);
}

TEST(TableWriter, WithoutMaxWidthNothingWraps) {
  const std::string quote(200, 'q');
  EXPECT_EQ(Table({"text"}, {{T(quote)}}), "text\n" + std::string(200, '-') + "\n" + quote +
                                                 "\n(1 row)\n");
}

TEST(WrapToWidth, BreaksAtSpacesAndInsideWordsTooLongForALine) {
  using Lines = std::vector<std::string>;
  EXPECT_EQ(WrapToWidth("the fish do not carry passports", 10),
            (Lines{"the fish", "do not", "carry", "passports"}));
  EXPECT_EQ(WrapToWidth("a  b", 10), (Lines{"a b"})) << "spaces collapse";
  EXPECT_EQ(WrapToWidth("abcdefghij klm", 4), (Lines{"abcd", "efgh", "ij", "klm"}));
  EXPECT_EQ(WrapToWidth("Varnian President", 8), (Lines{"Varnian", "Presiden", "t"}))
      << "a word too long for a line starts one";
  EXPECT_EQ(WrapToWidth("", 5), (Lines{""}));
  EXPECT_EQ(WrapToWidth("   ", 5), (Lines{""}));
  // Display widths: each CJK character takes two columns; one wider than the line still fits.
  EXPECT_EQ(WrapToWidth("\xE9\x87\x91\xE6\xAD\xA3\xE6\x81\xA9", 4),
            (Lines{"\xE9\x87\x91\xE6\xAD\xA3", "\xE6\x81\xA9"}));
  EXPECT_EQ(WrapToWidth("\xE9\x87\x91", 1), (Lines{"\xE9\x87\x91"}));
  EXPECT_EQ(WrapToWidth("caf\xC3\xA9 au lait", 7), (Lines{"caf\xC3\xA9 au", "lait"}));
}

TEST(TableWriter, NewlinesInCellsStayOnOneLine) {
  EXPECT_EQ(Table({"text"}, {{T("one\ntwo")}}), "text\n-------\none\xE2\x8F\x8Etwo\n(1 row)\n");
}

TEST(TableWriter, RowsAfterTheBufferKeepTheFirstBlocksWidths) {
  std::vector<Row> rows(TableWriter::kMaxBufferedRows, Row{T("ab")});
  rows.push_back({T("a much longer value")});
  const std::string fitted = Table({"v"}, rows, 80);
  EXPECT_EQ(fitted.substr(0, 8), "v\n--\nab\n");
  EXPECT_NE(fitted.find("\nab\na\xE2\x80\xA6\n(10001 rows)\n"), std::string::npos);
  // With no width to fit, a later long value is printed whole rather than cut.
  const std::string unlimited = Table({"v"}, rows);
  EXPECT_NE(unlimited.find("\nab\na much longer value\n(10001 rows)\n"), std::string::npos);
}

bool IsValidUtf8WithoutControls(const std::string& text) {
  for (size_t i = 0; i < text.size();) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      if ((c < 0x20 && c != '\n') || c == 0x7F) return false;
      ++i;
      continue;
    }
    const size_t start = i;
    const uint32_t cp = DecodeCodePoint(text, i);
    const bool real_replacement = text.compare(start, 3, "\xEF\xBF\xBD") == 0;
    if ((cp == 0xFFFD && !real_replacement) || (cp >= 0x80 && cp < 0xA0)) return false;
  }
  return true;
}

TEST(TableWriter, RandomCellsAlwaysFitAndStaySafe) {
  static const char* const kPieces[] = {"a",
                                        "Z",
                                        " ",
                                        "\t",
                                        "\n",
                                        "\r\n",
                                        "\x1b[2J",
                                        "\x7f",
                                        "\xC3\xA9",
                                        "a\xCC\x81",
                                        "\xE9\x87\x91",
                                        "\xF0\x9F\x93\xB0",
                                        "\xFF",
                                        "\xC2\x9B",
                                        "\xE2\x80\x8D",
                                        "|"};
  std::mt19937 rng(99);
  std::uniform_int_distribution<size_t> piece(0, sizeof(kPieces) / sizeof(kPieces[0]) - 1);
  const auto random_text = [&](int max_pieces) {
    std::string text;
    for (int n = static_cast<int>(rng() % (max_pieces + 1)); n > 0; --n)
      text += kPieces[piece(rng)];
    return text;
  };
  for (int trial = 0; trial < 300; ++trial) {
    const size_t columns = 1 + rng() % 5;
    const int max_width = static_cast<int>(rng() % 100);
    std::vector<std::string> header;
    for (size_t i = 0; i < columns; ++i) header.push_back(random_text(4));
    std::vector<Row> rows;
    for (int r = static_cast<int>(rng() % 8); r > 0; --r) {
      Row row;
      for (size_t i = 0; i < columns; ++i) {
        if (rng() % 5 == 0) {
          row.push_back(Cell::Null());
        } else if (rng() % 4 == 0) {
          row.push_back(Cell::Integer(static_cast<int64_t>(rng())));
        } else {
          row.push_back(Cell::Text(random_text(30)));
        }
      }
      rows.push_back(std::move(row));
    }
    const std::string table = Table(header, rows, max_width);
    EXPECT_TRUE(IsValidUtf8WithoutControls(table)) << "trial " << trial << "\n" << table;
    // Every line fits, unless even the narrowest columns cannot (then they stay at the minimum).
    const int floor = static_cast<int>(columns) * TableWriter::kMinColumnWidth +
                      2 * static_cast<int>(columns - 1);
    const std::string without_count = table.substr(0, table.rfind('('));
    if (max_width > 0) {
      EXPECT_LE(WidestLine(without_count), std::max(max_width, floor)) << "trial " << trial << "\n"
                                                                       << table;
    }
    // A line per row, header, rule and count; more only when a column was wrapped to fit.
    std::istringstream lines(table);
    int count = 0;
    for (std::string line; std::getline(lines, line);) ++count;
    if (max_width > 0) {
      EXPECT_GE(count, static_cast<int>(rows.size()) + 3) << "trial " << trial;
    } else {
      EXPECT_EQ(count, static_cast<int>(rows.size()) + 3) << "trial " << trial;
    }
  }
}

TEST(MarkdownWriter, WritesAPipeTableWithNumbersRightAligned) {
  EXPECT_EQ(WriteRows(OutputFormat::kMarkdown, {"id", "speaker"},
                      {{Cell::Integer(1), T("Kim")}, {Cell::Integer(2), Cell::Null()}}),
            "| id | speaker |\n"
            "| ---: | --- |\n"
            "| 1 | Kim |\n"
            "| 2 |  |\n");
}

TEST(MarkdownWriter, EscapesPipesBackslashesAndLineBreaks) {
  const struct {
    const char* name;
    std::string input;
    std::string cell;
  } cases[] = {
      {"pipe", "a|b", "a\\|b"},         {"backslash", "C:\\x", "C:\\\\x"},
      {"LF", "one\ntwo", "one<br>two"}, {"CRLF", "one\r\ntwo", "one<br>two"},
      {"tab", "a\tb", "a b"},           {"invalid UTF-8", "caf\xE9", "caf\xEF\xBF\xBD"},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(WriteRows(OutputFormat::kMarkdown, {"t"}, {{Cell::Text(c.input)}}),
              "| t |\n| --- |\n| " + c.cell + " |\n")
        << c.name;
  }
}

TEST(MarkdownWriter, EmptyResultIsTheHeaderAlone) {
  EXPECT_EQ(WriteRows(OutputFormat::kMarkdown, {"a|b"}, {}), "| a\\|b |\n| --- |\n");
}

}  // namespace
}  // namespace newsarchive
