#include "output/csv_writer.h"

#include <gtest/gtest.h>

#include <string>

#include "writer_test_util.h"

namespace newsarchive {
namespace {

struct FieldCase {
  const char* name;
  std::string input;
  std::string expected;
};

TEST(CsvWriter, QuotesAFieldOnlyWhenItMust) {
  const FieldCase cases[] = {
      {"plain", "Ayesha Rascoe", "Ayesha Rascoe"},
      {"comma", "Kim, Jong Un", "\"Kim, Jong Un\""},
      {"quote doubled", "He said \"no\"", "\"He said \"\"no\"\"\""},
      {"lone quote", "\"", "\"\"\"\""},
      {"LF", "one\ntwo", "\"one\ntwo\""},
      {"CR", "one\rtwo", "\"one\rtwo\""},
      {"CRLF", "one\r\ntwo", "\"one\r\ntwo\""},
      {"leading space", " padded", "\" padded\""},
      {"trailing space", "padded ", "\"padded \""},
      {"leading tab", "\tpadded", "\"\tpadded\""},
      {"inner space", "a b", "a b"},
      {"apostrophe", "O'Brien", "O'Brien"},
      {"UTF-8", "Juan Gonz\xC3\xA1lez \xE9\x87\x91\xE6\xAD\xA3\xE6\x81\xA9",
       "Juan Gonz\xC3\xA1lez \xE9\x87\x91\xE6\xAD\xA3\xE6\x81\xA9"},
      {"semicolon", "a;b", "a;b"},
      {"starts with U+FEFF", "\xEF\xBB\xBFx", "\"\xEF\xBB\xBFx\""},
      {"U+FEFF inside", "x\xEF\xBB\xBF", "x\xEF\xBB\xBF"},
  };
  for (const FieldCase& c : cases) {
    std::string out;
    AppendCsvField(c.input, &out);
    EXPECT_EQ(out, c.expected) << c.name;
  }
}

TEST(CsvWriter, WritesHeaderAndRecordsEndingInCrlf) {
  const std::string csv = WriteRows(OutputFormat::kCsv, {"id", "speaker", "text"},
                                    {{Cell::Integer(1), T("Ayesha Rascoe"), T("Good morning.")},
                                     {Cell::Integer(2), T("Kim"), T("Yes, we will.")}});
  EXPECT_EQ(csv,
            "id,speaker,text\r\n"
            "1,Ayesha Rascoe,Good morning.\r\n"
            "2,Kim,\"Yes, we will.\"\r\n");
}

TEST(CsvWriter, NullIsAnEmptyFieldAndEmptyTextIsQuoted) {
  const std::string csv =
      WriteRows(OutputFormat::kCsv, {"a", "b", "c"}, {{Cell::Null(), T(""), Cell::Null()}});
  EXPECT_EQ(csv, "a,b,c\r\n,\"\",\r\n");
}

TEST(CsvWriter, LoneNullColumnIsNotABlankLine) {
  // Readers skip blank lines; the row must survive even if NULL and "" then look the same.
  const std::string csv = WriteRows(OutputFormat::kCsv, {"a"}, {{Cell::Null()}, {T("x")}});
  EXPECT_EQ(csv, "a\r\n\"\"\r\nx\r\n");
}

TEST(CsvWriter, NumbersKeepTheirPrintedForm) {
  const std::string csv = WriteRows(
      OutputFormat::kCsv, {"n", "r"},
      {{Cell::Integer(-3), Cell::Real(0.1)}, {Cell::Integer(9007199254740993), Cell::Real(2)}});
  EXPECT_EQ(csv, "n,r\r\n-3,0.1\r\n9007199254740993,2.0\r\n");
}

TEST(CsvWriter, BomComesFirstAndTurnsOnExcelSafe) {
  WriterOptions options;
  options.bom = true;
  const std::string csv = WriteRows(OutputFormat::kCsv, {"text"}, {{T("=1+2")}}, options);
  EXPECT_EQ(csv, "\xEF\xBB\xBFtext\r\n'=1+2\r\n");
}

TEST(CsvWriter, NoBomUnlessAsked) {
  const std::string csv = WriteRows(OutputFormat::kCsv, {"text"}, {{T("=1+2")}});
  EXPECT_EQ(csv, "text\r\n=1+2\r\n");
}

TEST(CsvWriter, ExcelSafeNeutralizesEachDangerousFirstCharacter) {
  WriterOptions options;
  options.excel_safe = true;
  const FieldCase cases[] = {
      {"equals", "=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\""},
      {"plus", "+1 555", "'+1 555"},
      {"minus", "-2+3", "'-2+3"},
      {"at", "@SUM(A1)", "'@SUM(A1)"},
      {"tab", "\t=1", "'\t=1"},
      {"CR", "\r=1", "\"'\r=1\""},
      {"minus text that looks numeric", "-3", "'-3"},
      {"harmless", "Hello = world", "Hello = world"},
      {"empty", "", "\"\""},
  };
  for (const FieldCase& c : cases) {
    const std::string csv = WriteRows(OutputFormat::kCsv, {"x"}, {{Cell::Text(c.input)}}, options);
    EXPECT_EQ(csv, "x\r\n" + c.expected + "\r\n") << c.name;
  }
}

TEST(CsvWriter, ExcelSafeLeavesNumbersAlone) {
  WriterOptions options;
  options.excel_safe = true;
  const std::string csv =
      WriteRows(OutputFormat::kCsv, {"i", "r"}, {{Cell::Integer(-3), Cell::Real(-0.5)}}, options);
  EXPECT_EQ(csv, "i,r\r\n-3,-0.5\r\n");
}

TEST(CsvWriter, ExcelSafeCoversTheHeaderToo) {
  WriterOptions options;
  options.excel_safe = true;
  const std::string csv = WriteRows(OutputFormat::kCsv, {"=cmd", "ok"}, {}, options);
  EXPECT_EQ(csv, "'=cmd,ok\r\n");
}

TEST(TsvWriter, EscapesTabsNewlinesAndBackslashes) {
  const FieldCase cases[] = {
      {"plain", "Ayesha Rascoe", "Ayesha Rascoe"},
      {"tab", "a\tb", "a\\tb"},
      {"LF", "a\nb", "a\\nb"},
      {"CR", "a\rb", "a\\rb"},
      {"backslash", "C:\\dir", "C:\\\\dir"},
      {"comma and quote untouched", "a,\"b\"", "a,\"b\""},
  };
  for (const FieldCase& c : cases) {
    std::string out;
    AppendTsvField(c.input, &out);
    EXPECT_EQ(out, c.expected) << c.name;
  }
}

TEST(TsvWriter, WritesHeaderAndTabSeparatedLines) {
  const std::string tsv = WriteRows(OutputFormat::kTsv, {"id", "text"},
                                    {{Cell::Integer(1), T("two\tparts")}, {Cell::Null(), T("")}});
  EXPECT_EQ(tsv, "id\ttext\n1\ttwo\\tparts\n\t\n");
}

TEST(TsvWriter, ExcelSafeAndBomApplyToTsvToo) {
  WriterOptions options;
  options.bom = true;
  const std::string tsv =
      WriteRows(OutputFormat::kTsv, {"t"}, {{T("@x")}, {Cell::Integer(-1)}}, options);
  EXPECT_EQ(tsv, "\xEF\xBB\xBFt\n'@x\n-1\n");
}

// Found by the writers fuzzer (tests/fuzz/regressions/writers/csv-header-starts-with-bom):
// a first column name starting with U+FEFF was read back without it, taken for a BOM.
TEST(CsvWriter, RegressionHeaderStartingWithBomSurvivesReaders) {
  const std::string name =
      "\xEF\xBB\xBF"
      "26";
  EXPECT_EQ(WriteRows(OutputFormat::kCsv, {name}, {}), "\"" + name + "\"\r\n");
  EXPECT_EQ(WriteRows(OutputFormat::kTsv, {name}, {}), "\xEF\xBB\xBF" + name + "\n");
  WriterOptions options;
  options.bom = true;
  EXPECT_EQ(WriteRows(OutputFormat::kTsv, {name}, {}, options), "\xEF\xBB\xBF" + name + "\n");
}

}  // namespace
}  // namespace newsarchive
