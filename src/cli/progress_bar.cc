#include "cli/progress_bar.h"

#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <iostream>

namespace newsarchive {

namespace {

constexpr int kDefaultWidth = 80;
constexpr int kMinBar = 10;
constexpr int kMaxBar = 50;

std::string FormatRate(double rate) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, rate < 1000 ? "%.1f" : "%.0f", rate);
  return buffer;
}

int StderrWidth() {
  winsize size{};
  if (ioctl(STDERR_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) return size.ws_col;
  return kDefaultWidth;
}

}  // namespace

std::string FormatDuration(double seconds) {
  if (!(seconds > 0)) seconds = 0;         // also NaN
  if (seconds > 359999) seconds = 359999;  // 99:59:59 is as far as an estimate means anything
  const int64_t total = static_cast<int64_t>(std::ceil(seconds));
  const int64_t hours = total / 3600;
  const int64_t minutes = total / 60 % 60;
  const int64_t secs = total % 60;
  char buffer[32];
  if (hours > 0) {
    std::snprintf(buffer, sizeof buffer, "%lld:%02lld:%02lld", static_cast<long long>(hours),
                  static_cast<long long>(minutes), static_cast<long long>(secs));
  } else {
    std::snprintf(buffer, sizeof buffer, "%lld:%02lld", static_cast<long long>(minutes),
                  static_cast<long long>(secs));
  }
  return buffer;
}

std::string FormatProgress(int64_t done, int64_t total, double elapsed_seconds, int width,
                           const std::string& unit) {
  if (width <= 0) width = kDefaultWidth;
  const bool known_total = total > 0;
  if (known_total) done = std::min(std::max<int64_t>(done, 0), total);

  std::string numbers = std::to_string(done);
  if (known_total) numbers += "/" + std::to_string(total);
  numbers += " " + unit;
  const double rate = elapsed_seconds > 0 ? static_cast<double>(done) / elapsed_seconds : 0;
  if (done > 0 && elapsed_seconds > 0) numbers += "  " + FormatRate(rate) + " " + unit + "/s";
  if (known_total && done < total && rate > 0) {
    numbers += "  ETA " + FormatDuration(static_cast<double>(total - done) / rate);
  }

  // "[" bar "] " then the numbers; without room for a bar of kMinBar, the numbers alone.
  const int room = width - static_cast<int>(numbers.size()) - 3;
  if (!known_total || room < kMinBar) {
    if (numbers.size() > static_cast<size_t>(width)) numbers.resize(static_cast<size_t>(width));
    return numbers;
  }
  const int bar = std::min(room, kMaxBar);
  const int filled = static_cast<int>(static_cast<int64_t>(bar) * done / total);
  std::string line = "[";
  line.append(static_cast<size_t>(filled), '=');
  if (filled < bar) {
    line.push_back('>');
    line.append(static_cast<size_t>(bar - filled - 1), ' ');
  }
  line += "] " + numbers;
  return line;
}

ProgressBar::ProgressBar(int64_t total, std::string unit, bool enabled)
    : total_(total), unit_(std::move(unit)) {
  if (enabled && isatty(STDERR_FILENO)) out_ = &std::cerr;
}

ProgressBar::ProgressBar(std::ostream& out, int width, int64_t total, std::string unit)
    : out_(&out), fixed_width_(width), total_(total), unit_(std::move(unit)) {}

ProgressBar::~ProgressBar() { Clear(); }

void ProgressBar::Update(int64_t done) {
  if (!out_) return;
  const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start_;
  UpdateAt(done, elapsed.count());
}

void ProgressBar::UpdateAt(int64_t done, double elapsed_seconds) {
  if (!out_) return;
  const bool finished = total_ > 0 && done >= total_;
  if (last_draw_ >= 0 && elapsed_seconds - last_draw_ < kRedrawSeconds && !finished) return;
  last_draw_ = elapsed_seconds;
  // One column short of the terminal: writing the last column makes some terminals wrap.
  const int width = (fixed_width_ > 0 ? fixed_width_ : StderrWidth()) - 1;
  const std::string line = FormatProgress(done, total_, elapsed_seconds, width, unit_);
  std::string text = "\r" + line;
  // Blank out what is left of a longer previous line instead of relying on escape codes.
  if (shown_length_ > line.size()) text.append(shown_length_ - line.size(), ' ');
  *out_ << text << std::flush;
  shown_length_ = std::max(shown_length_, line.size());
}

void ProgressBar::Clear() {
  if (!out_ || shown_length_ == 0) return;
  *out_ << '\r' << std::string(shown_length_, ' ') << '\r' << std::flush;
  shown_length_ = 0;
  last_draw_ = -1;
}

}  // namespace newsarchive
