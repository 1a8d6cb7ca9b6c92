// A one-line progress bar on stderr for long runs (import of many files):
//   [=====>       ] 120/1000 files  45.2 files/s  ETA 0:19
// redrawn in place with \r at most ten times a second, only when stderr is a terminal (so logs
// and pipes stay clean), and erased before the caller prints its summary line.
#ifndef NEWSARCHIVE_CLI_PROGRESS_BAR_H_
#define NEWSARCHIVE_CLI_PROGRESS_BAR_H_

#include <chrono>
#include <cstdint>
#include <ostream>
#include <string>

namespace newsarchive {

// "0:19", "12:05", "1:02:03" for a number of seconds (rounded up, negative as 0).
std::string FormatDuration(double seconds);

// The progress line for `done` of `total` units after `elapsed_seconds`, at most `width`
// display columns (0: 80). The bar takes the room the numbers leave (10 to 50 columns) and is
// dropped when there is too little; the rate and ETA are left out until they can be known. A
// `total` of 0 or less means unknown: the count and rate only.
std::string FormatProgress(int64_t done, int64_t total, double elapsed_seconds, int width,
                           const std::string& unit = "files");

class ProgressBar {
 public:
  static constexpr double kRedrawSeconds = 0.1;

  // Draws on stderr when `enabled` (not --quiet) and stderr is a terminal; otherwise does
  // nothing at all.
  ProgressBar(int64_t total, std::string unit, bool enabled);
  // Draws on `out`, `width` columns wide, whatever it is: for tests.
  ProgressBar(std::ostream& out, int width, int64_t total, std::string unit);
  // Erases the bar if it is still shown.
  ~ProgressBar();
  ProgressBar(const ProgressBar&) = delete;
  ProgressBar& operator=(const ProgressBar&) = delete;

  bool active() const { return out_ != nullptr; }
  void set_total(int64_t total) { total_ = total; }

  // Records progress and redraws when kRedrawSeconds have passed since the last drawing (or
  // when `done` reaches the total).
  void Update(int64_t done);
  // The same with the elapsed time given: for tests.
  void UpdateAt(int64_t done, double elapsed_seconds);
  // Erases the bar (so a summary line can follow); a later Update draws it again.
  void Clear();

 private:
  std::ostream* out_ = nullptr;  // nullptr when inactive
  int fixed_width_ = 0;          // 0: ask the terminal at each drawing
  int64_t total_;
  std::string unit_;
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
  double last_draw_ = -1;
  size_t shown_length_ = 0;  // bytes on the line now, to erase
};

}  // namespace newsarchive

#endif  // NEWSARCHIVE_CLI_PROGRESS_BAR_H_
