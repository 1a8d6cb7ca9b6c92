// A queue between two threads that holds at most `max_items` items and, past its first item, at
// most `max_weight` of their weight (the importer weighs a parsed file by its bytes), so the
// memory between a fast producer and a slow consumer stays bounded whatever the input.
#ifndef NEWSARCHIVE_IMPORT_BOUNDED_QUEUE_H_
#define NEWSARCHIVE_IMPORT_BOUNDED_QUEUE_H_

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <mutex>
#include <utility>

namespace newsarchive {

template <typename T>
class BoundedQueue {
 public:
  BoundedQueue(size_t max_items, int64_t max_weight)
      : max_items_(max_items), max_weight_(max_weight) {}

  // Waits for room, then adds `item`. False, dropping it, once Cancel was called. One item is
  // always let in, however heavy, so an item over `max_weight` cannot block forever.
  bool Push(T item, int64_t weight) {
    std::unique_lock<std::mutex> lock(mutex_);
    room_.wait(lock, [&] {
      return cancelled_ || items_.empty() ||
             (items_.size() < max_items_ && weight_ + weight <= max_weight_);
    });
    if (cancelled_) return false;
    items_.emplace_back(std::move(item), weight);
    weight_ += weight;
    ready_.notify_one();
    return true;
  }

  // No more items will be pushed: Pop returns kClosed once the queue is empty.
  void Close() {
    std::lock_guard<std::mutex> lock(mutex_);
    closed_ = true;
    ready_.notify_all();
  }

  // Drops what is queued and makes every Push and Pop return at once from now on.
  void Cancel() {
    std::lock_guard<std::mutex> lock(mutex_);
    cancelled_ = true;
    items_.clear();
    weight_ = 0;
    room_.notify_all();
    ready_.notify_all();
  }

  enum class PopResult { kItem, kTimeout, kClosed };

  // Takes the oldest item, waiting for one until `deadline`.
  PopResult Pop(T* item, std::chrono::steady_clock::time_point deadline) {
    std::unique_lock<std::mutex> lock(mutex_);
    if (!ready_.wait_until(lock, deadline,
                           [&] { return cancelled_ || closed_ || !items_.empty(); })) {
      return PopResult::kTimeout;
    }
    if (cancelled_ || items_.empty()) return PopResult::kClosed;
    *item = std::move(items_.front().first);
    weight_ -= items_.front().second;
    items_.pop_front();
    room_.notify_one();
    return PopResult::kItem;
  }

  size_t size() const {
    std::lock_guard<std::mutex> lock(mutex_);
    return items_.size();
  }

 private:
  const size_t max_items_;
  const int64_t max_weight_;
  mutable std::mutex mutex_;
  std::condition_variable room_;
  std::condition_variable ready_;
  std::deque<std::pair<T, int64_t>> items_;
  int64_t weight_ = 0;
  bool closed_ = false;
  bool cancelled_ = false;
};

}  // namespace newsarchive

#endif  // NEWSARCHIVE_IMPORT_BOUNDED_QUEUE_H_
