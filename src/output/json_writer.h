// JSON writers: an array of objects (`[{"col": value, ...}, ...]`) or JSON Lines (one object per
// line), streamed row by row so memory stays constant however many rows there are.
//
// Integers and reals are JSON numbers (a real that is NaN or infinite is null); NULL is null; text
// is a string with quotes, backslashes and control characters escaped (\n, \t... or \u00XX) and
// valid UTF-8 passed through. Bytes that are not valid UTF-8 become U+FFFD, so the output is always
// valid JSON. A column name repeated in one result ("id" from two tables) gets a suffix ("id_2")
// because a JSON object cannot hold the same key twice.
#ifndef NEWSARCHIVE_OUTPUT_JSON_WRITER_H_
#define NEWSARCHIVE_OUTPUT_JSON_WRITER_H_

#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "output/row_writer.h"

namespace newsarchive {

// Appends `text` to `out` as a quoted JSON string.
void AppendJsonString(std::string_view text, std::string* out);
// Appends the JSON form of `cell`: a number, null, or a string.
void AppendJsonValue(const Cell& cell, std::string* out);
// True when `text` is a number in JSON's grammar (no "nan", ".5", "+1", "0x10", "01").
bool IsJsonNumber(std::string_view text);

class JsonWriter : public RowWriter {
 public:
  enum class Style { kArray, kLines };
  JsonWriter(std::ostream& out, Style style);
  void Begin(const std::vector<std::string>& columns) override;
  void Write(const Row& row) override;
  void End() override;
  void Abort(const std::string& reason) override;

 private:
  std::ostream& out_;
  Style style_;
  std::vector<std::string> keys_;  // each column name already as a JSON string followed by ':'
  std::string line_;
  int64_t rows_ = 0;
};

}  // namespace newsarchive

#endif  // NEWSARCHIVE_OUTPUT_JSON_WRITER_H_
