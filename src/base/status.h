// Status: the outcome of an operation that can fail for an expected reason (bad input, a name that
// matches no one, an unreadable file). Unexpected failures (SQLite errors, bugs) are exceptions.
#ifndef NEWSARCHIVE_BASE_STATUS_H_
#define NEWSARCHIVE_BASE_STATUS_H_

#include <string>
#include <utility>

namespace newsarchive {

class Status {
 public:
  enum class Code { kOk, kInvalidInput, kNotFound, kAmbiguous, kIoError, kAlreadyExists, kRefused };

  Status() = default;
  static Status Ok() { return Status(); }
  // `file` and `line` (1-based, 0 = unknown) say where; `line_text` is the offending line, if any.
  static Status Error(Code code, std::string message, std::string file = "", int line = 0,
                      std::string line_text = "");
  static Status InvalidInput(std::string message, std::string file = "", int line = 0,
                             std::string line_text = "") {
    return Error(Code::kInvalidInput, std::move(message), std::move(file), line,
                 std::move(line_text));
  }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  const std::string& message() const { return message_; }
  const std::string& file() const { return file_; }
  int line() const { return line_; }
  const std::string& line_text() const { return line_text_; }

  // A copy that names `file` when this status does not name one yet.
  Status WithFile(const std::string& file) const;

  // "file:line: message", followed by the offending line on its own line when known.
  std::string ToString() const;

 private:
  Code code_ = Code::kOk;
  std::string message_;
  std::string file_;
  int line_ = 0;
  std::string line_text_;
};

// A value or the Status that explains why there is none.
template <typename T>
class Result {
 public:
  Result(T value) : value_(std::move(value)) {}  // NOLINT: implicit by design
  Result(Status status) : status_(std::move(status)) {}  // NOLINT: implicit by design

  bool ok() const { return status_.ok(); }
  const Status& status() const { return status_; }
  T& value() { return value_; }
  const T& value() const { return value_; }
  T& operator*() { return value_; }
  T* operator->() { return &value_; }
  const T* operator->() const { return &value_; }

 private:
  Status status_;
  T value_{};
};

}  // namespace newsarchive

#endif  // NEWSARCHIVE_BASE_STATUS_H_
