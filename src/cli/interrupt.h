// Ctrl-C for commands that can stop cleanly: while an InterruptScope lives, SIGINT only raises a
// flag that the running work checks (the query runner's progress handler), so the command can
// finish its current step, say it was interrupted and exit with kExitInterrupted.
#ifndef NEWSARCHIVE_CLI_INTERRUPT_H_
#define NEWSARCHIVE_CLI_INTERRUPT_H_

#include <atomic>

namespace newsarchive {

class InterruptScope {
 public:
  // Installs the handler (clearing the flag); the destructor restores the previous one.
  InterruptScope();
  ~InterruptScope();
  InterruptScope(const InterruptScope&) = delete;
  InterruptScope& operator=(const InterruptScope&) = delete;

  // Raised by SIGINT; lives as long as the process.
  static const std::atomic<bool>& Flag();
  bool interrupted() const { return Flag().load(); }
};

}  // namespace newsarchive

#endif  // NEWSARCHIVE_CLI_INTERRUPT_H_
