// A stream of JSON records cut one at a time from an input of any size, in constant memory: JSON
// Lines (one record a line), a JSON array of records, or records written one after another over
// several lines each. Only the record being read is held; a record that cannot be cut out (too
// big, a line that is no JSON) is reported alone and the stream goes on where it can.
#ifndef NEWSARCHIVE_READ_JSON_RECORDS_H_
#define NEWSARCHIVE_READ_JSON_RECORDS_H_

#include <atomic>
#include <cstdint>
#include <string>

#include "base/status.h"
#include "read/input_stream.h"

namespace newsarchive {

struct RawRecord {
  std::string text;     // the record's JSON, white space around it trimmed
  int64_t number = 0;   // 1-based, in the order of the input
  int line = 0;         // 1-based line where it starts
  std::string problem;  // not empty: why the record could not be cut out (text is then empty)
};

class JsonRecordSplitter {
 public:
  enum class Shape { kLines, kArray, kValues };

  // Reads records from `in` (which must outlive this); a record over `max_record_bytes` is
  // skipped with a problem.
  JsonRecordSplitter(InputStream* in, int64_t max_record_bytes);

  // Stores the next record in *record and returns true; false at the end of the input, or when
  // it cannot be read any further (an I/O error or corrupt gzip: status() then says so).
  bool Next(RawRecord* record);
  const Status& status() const { return status_; }
  // How the records are laid out (known after the first call to Next).
  Shape shape() const { return shape_; }
  static const char* ShapeName(Shape shape);  // "json lines", "json array", "json values"

 private:
  int Get();   // the next byte, or -1 at the end (or on an error, kept in status_)
  int Peek();  // the same without consuming it
  void SkipSpace();
  void DetectShape();
  bool NextLine(RawRecord* record);
  bool NextValue(RawRecord* record);
  // Reads one JSON value from its first byte on into record->text (up to the size limit),
  // tracking strings and nesting; false when the input ends inside it.
  bool ReadValue(RawRecord* record);
  void Keep(int c, RawRecord* record);

  InputStream* in_;
  int64_t max_bytes_;
  Status status_;
  std::string buffer_;
  size_t at_ = 0;
  bool eof_ = false;
  bool detected_ = false;
  bool array_done_ = false;
  bool over_limit_ = false;
  Shape shape_ = Shape::kLines;
  int line_ = 1;
  int64_t number_ = 0;
};

// How many records JsonRecordSplitter would cut from `in`, bad ones included, counted in one pass
// that keeps none of them (constant memory; a JSON Lines file is scanned with memchr). Stops early
// once *cancel is set, and where the input cannot be read further: the count so far.
int64_t CountJsonRecords(InputStream* in, const std::atomic<bool>* cancel = nullptr);

}  // namespace newsarchive

#endif  // NEWSARCHIVE_READ_JSON_RECORDS_H_
