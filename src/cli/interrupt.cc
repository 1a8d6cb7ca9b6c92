#include "cli/interrupt.h"

#include <csignal>

namespace newsarchive {
namespace {

// A lock-free atomic is safe to store to from a signal handler.
std::atomic<bool> g_interrupted{false};
static_assert(std::atomic<bool>::is_always_lock_free, "the flag is set from a signal handler");

struct sigaction g_previous;

extern "C" void OnSigint(int) { g_interrupted.store(true); }

}  // namespace

InterruptScope::InterruptScope() {
  g_interrupted.store(false);
  struct sigaction action {};
  action.sa_handler = OnSigint;
  sigemptyset(&action.sa_mask);
  action.sa_flags = SA_RESTART;
  sigaction(SIGINT, &action, &g_previous);
}

InterruptScope::~InterruptScope() { sigaction(SIGINT, &g_previous, nullptr); }

const std::atomic<bool>& InterruptScope::Flag() { return g_interrupted; }

}  // namespace newsarchive
