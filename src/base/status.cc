#include "base/status.h"

#include "base/text_util.h"

namespace newsarchive {

Status Status::Error(Code code, std::string message, std::string file, int line,
                     std::string line_text) {
  Status s;
  s.code_ = code;
  s.message_ = std::move(message);
  s.file_ = std::move(file);
  s.line_ = line;
  s.line_text_ = std::move(line_text);
  return s;
}

Status Status::WithFile(const std::string& file) const {
  Status s = *this;
  if (s.file_.empty()) s.file_ = file;
  return s;
}

std::string Status::ToString() const {
  if (ok()) return "ok";
  std::string out;
  if (!file_.empty()) {
    out += TerminalSafe(file_);  // a file name may hold a line break or an escape sequence
    if (line_ > 0) out += ":" + std::to_string(line_);
    out += ": ";
  }
  out += message_;
  if (!line_text_.empty()) {
    // Long lines are cut so the message stays readable on a terminal.
    constexpr size_t kMaxShown = 120;
    std::string shown = line_text_;
    if (shown.size() > kMaxShown) {
      size_t cut = kMaxShown;
      while (cut > 0 && (static_cast<unsigned char>(shown[cut]) & 0xC0) == 0x80) --cut;
      shown = shown.substr(0, cut) + "...";
    }
    out += "\n    " + shown;
  }
  return out;
}

}  // namespace newsarchive
