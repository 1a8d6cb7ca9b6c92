// The bytes of one input, read in chunks whatever its size: a file or standard input, inflated on
// the fly when it starts with gzip's magic bytes (a `.gz` is read transparently, several members
// one after the other as `cat a.gz b.gz` makes them). Readers that stream (a dataset of many
// stories) read from it a piece at a time; the others read it whole, up to a limit.
#ifndef NEWSARCHIVE_READ_INPUT_STREAM_H_
#define NEWSARCHIVE_READ_INPUT_STREAM_H_

#include <atomic>
#include <cstdint>
#include <istream>
#include <memory>
#include <string>
#include <string_view>

#include "base/status.h"

namespace newsarchive {

class InputStream {
 public:
  // Opens the file at `path` for reading (kIoError naming it when it cannot be opened,
  // kInvalidInput when it is neither a regular file nor a pipe). A pipe is read with poll, so
  // a writer that sends nothing is given up on once *cancel is set.
  static Result<std::unique_ptr<InputStream>> OpenFile(const std::string& path,
                                                       const std::atomic<bool>* cancel = nullptr);
  // Reads `in` (standard input, or a test's stream); `name` names it in messages ("-").
  static std::unique_ptr<InputStream> FromStream(std::istream* in, const std::string& name);
  // Reads the bytes held in `bytes` (tests, fuzzing).
  static std::unique_ptr<InputStream> FromBytes(std::string bytes, const std::string& name);

  ~InputStream();
  InputStream(const InputStream&) = delete;
  InputStream& operator=(const InputStream&) = delete;

  // Reads up to `size` bytes of content (inflated) into `data`; 0 only at the end. kIoError
  // when the input cannot be read, kInvalidInput for a corrupt or truncated gzip stream.
  Result<size_t> Read(char* data, size_t size);
  // The first `size` bytes still to be read (fewer at the end), without consuming them.
  Result<std::string_view> Peek(size_t size);
  // Reads everything that is left into *out; stops with *over_limit set (and *out empty) as
  // soon as there are more than `limit` bytes.
  Status ReadAll(int64_t limit, std::string* out, bool* over_limit);

  const std::string& name() const { return name_; }
  bool gzip() const { return gzip_; }
  // Bytes of the input itself read so far (the compressed ones for gzip): progress to show.
  int64_t raw_bytes() const { return raw_bytes_; }
  // The input's size when known (a regular file), else -1.
  int64_t raw_size() const { return raw_size_; }

 private:
  struct Inflater;
  InputStream(std::string name, int fd, std::istream* in);

  // Reads raw bytes (from the fd, the stream or the held bytes): 0 at the end.
  Result<size_t> ReadRaw(char* data, size_t size);
  // Reads content bytes, bypassing the peek buffer.
  Result<size_t> ReadContent(char* data, size_t size);
  Status DetectGzip();

  std::string name_;
  int fd_ = -1;
  std::istream* in_ = nullptr;
  std::string held_;     // FromBytes: the bytes
  size_t held_at_ = 0;
  bool detected_ = false;
  bool gzip_ = false;
  std::string lead_;     // raw bytes read while detecting gzip, not yet consumed
  size_t lead_at_ = 0;
  std::unique_ptr<Inflater> inflater_;
  std::string peeked_;   // content bytes peeked, not yet consumed
  size_t peeked_at_ = 0;
  int64_t raw_bytes_ = 0;
  int64_t raw_size_ = -1;
  bool is_pipe_ = false;
  const std::atomic<bool>* cancel_ = nullptr;
};

}  // namespace newsarchive

#endif  // NEWSARCHIVE_READ_INPUT_STREAM_H_
