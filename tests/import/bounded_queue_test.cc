#include "import/bounded_queue.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <thread>

namespace newsarchive {
namespace {

using Clock = std::chrono::steady_clock;
using Queue = BoundedQueue<int>;

Clock::time_point Soon() { return Clock::now() + std::chrono::milliseconds(20); }

TEST(BoundedQueue, ItemsComeOutInOrderThenClosed) {
  Queue queue(4, 100);
  ASSERT_TRUE(queue.Push(1, 10));
  ASSERT_TRUE(queue.Push(2, 10));
  queue.Close();
  int item = 0;
  EXPECT_EQ(queue.Pop(&item, Soon()), Queue::PopResult::kItem);
  EXPECT_EQ(item, 1);
  EXPECT_EQ(queue.Pop(&item, Soon()), Queue::PopResult::kItem);
  EXPECT_EQ(item, 2);
  EXPECT_EQ(queue.Pop(&item, Soon()), Queue::PopResult::kClosed);
}

TEST(BoundedQueue, PopOfAnEmptyOpenQueueTimesOut) {
  Queue queue(4, 100);
  int item = 0;
  EXPECT_EQ(queue.Pop(&item, Soon()), Queue::PopResult::kTimeout);
}

// A producer far ahead of its consumer waits at the item limit and at the weight limit.
TEST(BoundedQueue, PushWaitsForRoomByCountAndByWeight) {
  for (const auto& [items, weight] : {std::pair<size_t, int64_t>{2, 1000}, {100, 25}}) {
    Queue queue(items, weight);
    std::atomic<int> pushed{0};
    std::thread producer([&] {
      for (int i = 0; i < 10; ++i) {
        queue.Push(i, 10);
        ++pushed;
      }
      queue.Close();
    });
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    EXPECT_EQ(pushed.load(), 2) << "limits " << items << " items, weight " << weight;
    EXPECT_EQ(queue.size(), 2u);
    int item = -1, expected = 0;
    while (queue.Pop(&item, Clock::now() + std::chrono::seconds(5)) == Queue::PopResult::kItem) {
      EXPECT_EQ(item, expected++);
      EXPECT_LE(queue.size(), 2u);
    }
    EXPECT_EQ(expected, 10);
    producer.join();
  }
}

TEST(BoundedQueue, OneItemHeavierThanTheLimitIsLetIntoAnEmptyQueue) {
  Queue queue(4, 10);
  EXPECT_TRUE(queue.Push(7, 1000));
  int item = 0;
  EXPECT_EQ(queue.Pop(&item, Soon()), Queue::PopResult::kItem);
  EXPECT_EQ(item, 7);
}

TEST(BoundedQueue, CancelReleasesAWaitingProducerAndDropsWhatIsQueued) {
  Queue queue(1, 100);
  ASSERT_TRUE(queue.Push(1, 1));
  std::atomic<bool> result{true};
  std::thread producer([&] { result = queue.Push(2, 1); });  // waits: the queue is full
  std::this_thread::sleep_for(std::chrono::milliseconds(20));
  queue.Cancel();
  producer.join();
  EXPECT_FALSE(result.load());
  int item = 0;
  EXPECT_EQ(queue.Pop(&item, Soon()), Queue::PopResult::kClosed);
  EXPECT_EQ(queue.size(), 0u);
}

}  // namespace
}  // namespace newsarchive
