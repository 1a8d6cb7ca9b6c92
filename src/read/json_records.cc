// How this works: the shape is read from the head of the input: '[' opens an array; otherwise the
// first record ending on its own line makes JSON Lines, where every line is one record whatever
// it holds (so a broken line costs only itself); a first record running over several lines makes
// a stream of values, cut by tracking strings and nesting. A byte buffer of 64 KiB is refilled
// from the input as the records are cut.
#include "read/json_records.h"

#include <cstring>

#include "base/text_util.h"

namespace newsarchive {
namespace {

constexpr size_t kChunk = 1 << 16;

// Whether the first JSON value in `head` ends before the first line break: depth and strings
// tracked from its first byte; true too when the head ends first (one long line).
bool FirstValueEndsOnItsLine(std::string_view head) {
  int depth = 0;
  bool in_string = false;
  bool escaped = false;
  bool started = false;
  for (char c : head) {
    if (in_string) {
      if (escaped) {
        escaped = false;
      } else if (c == '\\') {
        escaped = true;
      } else if (c == '"') {
        in_string = false;
      }
      continue;
    }
    if (c == '\n') {
      if (started) return depth == 0;
      continue;
    }
    if (c == '"') in_string = true;
    if (c == '{' || c == '[') ++depth;
    if (c == '}' || c == ']') --depth;
    if (!IsSpace(c) && c != '\xEF' && c != '\xBB' && c != '\xBF') started = true;
    if (started && depth <= 0 && (c == '}' || c == ']')) return true;
  }
  return true;
}

}  // namespace

JsonRecordSplitter::JsonRecordSplitter(InputStream* in, int64_t max_record_bytes)
    : in_(in), max_bytes_(max_record_bytes) {}

const char* JsonRecordSplitter::ShapeName(Shape shape) {
  switch (shape) {
    case Shape::kLines: return "json lines";
    case Shape::kArray: return "json array";
    case Shape::kValues: return "json values";
  }
  return "json lines";
}

int JsonRecordSplitter::Get() {
  if (at_ == buffer_.size()) {
    if (eof_) return -1;
    buffer_.resize(kChunk);
    Result<size_t> got = in_->Read(buffer_.data(), buffer_.size());
    if (!got.ok()) status_ = got.status();
    buffer_.resize(got.ok() ? *got : 0);
    at_ = 0;
    if (buffer_.empty()) {
      eof_ = true;
      return -1;
    }
  }
  const char c = buffer_[at_++];
  if (c == '\n') ++line_;
  return static_cast<unsigned char>(c);
}

int JsonRecordSplitter::Peek() {
  const int c = Get();
  if (c < 0) return c;
  --at_;
  if (c == '\n') --line_;
  return c;
}

void JsonRecordSplitter::SkipSpace() {
  for (int c = Peek(); c >= 0 && (IsSpace(static_cast<char>(c)) || c == 0xEF || c == 0xBB ||
                                  c == 0xBF || c == '\f');
       c = Peek()) {
    Get();
  }
}

void JsonRecordSplitter::DetectShape() {
  detected_ = true;
  Result<std::string_view> head = in_->Peek(kChunk);
  if (!head.ok()) {
    status_ = head.status();
    return;
  }
  std::string_view h = *head;
  if (h.compare(0, 3, "\xEF\xBB\xBF") == 0) h.remove_prefix(3);
  while (!h.empty() && IsSpace(h[0])) h.remove_prefix(1);
  if (!h.empty() && h[0] == '[') {
    shape_ = Shape::kArray;
    SkipSpace();
    Get();  // the '['
    return;
  }
  shape_ = FirstValueEndsOnItsLine(h) ? Shape::kLines : Shape::kValues;
}

void JsonRecordSplitter::Keep(int c, RawRecord* record) {
  if (over_limit_) return;
  if (static_cast<int64_t>(record->text.size()) >= max_bytes_) {
    over_limit_ = true;
    record->text.clear();
    record->text.shrink_to_fit();
    return;
  }
  record->text.push_back(static_cast<char>(c));
}

bool JsonRecordSplitter::Next(RawRecord* record) {
  if (!detected_) DetectShape();
  if (!status_.ok()) return false;
  record->text.clear();
  record->problem.clear();
  over_limit_ = false;
  const bool got = shape_ == Shape::kLines ? NextLine(record) : NextValue(record);
  if (!status_.ok()) return false;
  if (got && over_limit_) {
    record->text.clear();
    record->problem = "the record is over the limit of " + std::to_string(max_bytes_) +
                      " bytes; skipped";
  }
  return got;
}

bool JsonRecordSplitter::NextLine(RawRecord* record) {
  for (;;) {
    SkipSpace();
    if (Peek() < 0) return false;
    record->number = ++number_;
    record->line = line_;
    // The rest of the line, found with memchr in the buffer.
    for (;;) {
      if (at_ == buffer_.size() && Peek() < 0) break;
      const char* begin = buffer_.data() + at_;
      const void* newline = std::memchr(begin, '\n', buffer_.size() - at_);
      const size_t n = newline != nullptr ? static_cast<const char*>(newline) - begin
                                          : buffer_.size() - at_;
      if (!over_limit_ && static_cast<int64_t>(record->text.size() + n) > max_bytes_) {
        over_limit_ = true;
        record->text.clear();
        record->text.shrink_to_fit();
      }
      if (!over_limit_) record->text.append(begin, n);
      at_ += n;
      if (newline != nullptr) break;
    }
    while (!record->text.empty() && IsSpace(record->text.back())) record->text.pop_back();
    return true;
  }
}

bool JsonRecordSplitter::NextValue(RawRecord* record) {
  SkipSpace();
  if (shape_ == Shape::kArray) {
    if (array_done_) return false;
    const int c = Peek();
    if (c == ']') {
      Get();
      array_done_ = true;
      return false;
    }
    if (c < 0) {
      array_done_ = true;
      if (number_ == 0) return false;  // "[" alone: no records
      record->number = ++number_;
      record->line = line_;
      record->problem = "the file ends inside the array (no closing ']')";
      return true;
    }
  }
  if (Peek() < 0) return false;
  record->number = ++number_;
  record->line = line_;
  if (!ReadValue(record)) {
    record->text.clear();
    record->problem = "the file ends inside this record";
    array_done_ = true;
    return true;
  }
  if (shape_ == Shape::kArray) {
    SkipSpace();
    const int c = Get();
    if (c == ']') {
      array_done_ = true;
    } else if (c != ',') {
      // Nothing after this can be cut reliably: report it and stop.
      record->text.clear();
      record->problem = "expected ',' or ']' after this record";
      array_done_ = true;
    }
  }
  return true;
}

int64_t CountJsonRecords(InputStream* in, const std::atomic<bool>* cancel) {
  // A limit of 0 bytes makes every record "over the limit": cut and counted, never kept.
  JsonRecordSplitter splitter(in, 0);
  RawRecord record;
  int64_t records = 0;
  while (splitter.Next(&record)) {
    ++records;
    if (cancel != nullptr && cancel->load(std::memory_order_relaxed)) break;
  }
  return records;
}

bool JsonRecordSplitter::ReadValue(RawRecord* record) {
  int depth = 0;
  bool in_string = false;
  bool escaped = false;
  bool started = false;  // a byte of the value is read
  for (int c = Get(); c >= 0; c = Get(), started = true) {
    if (in_string) {
      Keep(c, record);
      if (escaped) {
        escaped = false;
      } else if (c == '\\') {
        escaped = true;
      } else if (c == '"') {
        in_string = false;
        if (depth == 0) return true;
      }
      continue;
    }
    if (!started && (c == ',' || c == ']')) {
      // A stray ',' or ']' where a value starts: a (bad) record of its own. Given back, the
      // same byte would be cut again forever (",{" hung the fuzzer).
      Keep(c, record);
      return true;
    }
    if (depth == 0 && (c == ',' || c == ']' || IsSpace(static_cast<char>(c)))) {
      // The end of a bare value (a number, true): give the delimiter back.
      --at_;
      if (c == '\n') --line_;
      return true;
    }
    Keep(c, record);
    if (c == '"') {
      in_string = true;
    } else if (c == '{' || c == '[') {
      ++depth;
    } else if (c == '}' || c == ']') {
      if (--depth <= 0) return true;
    }
  }
  return false;
}

}  // namespace newsarchive
