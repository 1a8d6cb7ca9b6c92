// How this works: the first two raw bytes say whether the input is gzip (0x1f 0x8b); they are
// kept in lead_ and fed again to whichever path follows. Gzip input goes through zlib's
// inflate (windowBits 15 + 16: gzip only), restarted at the end of each member while input is
// left. Peek fills peeked_ with content bytes that Read then hands out first.
#include "read/input_stream.h"

#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include <cerrno>
#include <cstring>

namespace newsarchive {
namespace {

constexpr size_t kChunk = 1 << 16;

}  // namespace

struct InputStream::Inflater {
  z_stream z{};
  bool open = false;
  bool member_done = false;
  std::string in;  // raw bytes given to zlib (z.next_in points into it)

  ~Inflater() {
    if (open) inflateEnd(&z);
  }
};

InputStream::InputStream(std::string name, int fd, std::istream* in)
    : name_(std::move(name)), fd_(fd), in_(in) {}

InputStream::~InputStream() {
  if (fd_ >= 0) ::close(fd_);
}

Result<std::unique_ptr<InputStream>> InputStream::OpenFile(const std::string& path,
                                                           const std::atomic<bool>* cancel) {
  // O_NONBLOCK: a FIFO with no writer opens at once (and then reads as empty) instead of
  // waiting in open() where Ctrl-C cannot reach it.
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
  if (fd < 0) {
    return Status::Error(Status::Code::kIoError,
                         errno == ENOENT ? "no such file (did it vanish during the import?)"
                                         : std::string("cannot open: ") + std::strerror(errno),
                         path);
  }
  struct stat info;
  if (::fstat(fd, &info) != 0 || (!S_ISREG(info.st_mode) && !S_ISFIFO(info.st_mode))) {
    ::close(fd);
    return Status::InvalidInput("not a regular file or a pipe; not read (- reads standard input)",
                                path);
  }
  std::unique_ptr<InputStream> stream(new InputStream(path, fd, nullptr));
  stream->is_pipe_ = S_ISFIFO(info.st_mode);
  stream->cancel_ = cancel;
  if (S_ISREG(info.st_mode)) stream->raw_size_ = info.st_size;
  return stream;
}

std::unique_ptr<InputStream> InputStream::FromStream(std::istream* in, const std::string& name) {
  return std::unique_ptr<InputStream>(new InputStream(name, -1, in));
}

std::unique_ptr<InputStream> InputStream::FromBytes(std::string bytes, const std::string& name) {
  std::unique_ptr<InputStream> stream(new InputStream(name, -1, nullptr));
  stream->raw_size_ = static_cast<int64_t>(bytes.size());
  stream->held_ = std::move(bytes);
  return stream;
}

Result<size_t> InputStream::ReadRaw(char* data, size_t size) {
  if (lead_at_ < lead_.size()) {
    const size_t n = std::min(size, lead_.size() - lead_at_);
    std::memcpy(data, lead_.data() + lead_at_, n);
    lead_at_ += n;
    return n;
  }
  size_t got = 0;
  if (fd_ >= 0) {
    for (;;) {
      const ssize_t n = ::read(fd_, data, size);
      if (n < 0 && errno == EINTR) continue;
      if (n < 0 && errno == EAGAIN && is_pipe_) {  // a writer is there but has sent nothing yet
        if (cancel_ != nullptr && cancel_->load()) {
          return Status::Error(Status::Code::kIoError, "interrupted while reading", name_);
        }
        pollfd ready{fd_, POLLIN, 0};
        ::poll(&ready, 1, 100);  // and look at the cancel flag every 100 ms
        continue;
      }
      if (n < 0) {
        return Status::Error(Status::Code::kIoError,
                             std::string("cannot read: ") + std::strerror(errno), name_);
      }
      got = static_cast<size_t>(n);
      break;
    }
  } else if (in_ != nullptr) {
    in_->read(data, static_cast<std::streamsize>(size));
    got = static_cast<size_t>(in_->gcount());
    if (got == 0 && in_->bad()) {
      return Status::Error(Status::Code::kIoError, "cannot read standard input", name_);
    }
  } else {
    got = std::min(size, held_.size() - held_at_);
    std::memcpy(data, held_.data() + held_at_, got);
    held_at_ += got;
  }
  raw_bytes_ += static_cast<int64_t>(got);
  return got;
}

Status InputStream::DetectGzip() {
  detected_ = true;
  char head[2];
  size_t have = 0;
  while (have < 2) {
    Result<size_t> got = ReadRaw(head + have, 2 - have);
    if (!got.ok()) return got.status();
    if (*got == 0) break;
    have += *got;
  }
  lead_.assign(head, have);
  gzip_ = have == 2 && static_cast<unsigned char>(head[0]) == 0x1f &&
          static_cast<unsigned char>(head[1]) == 0x8b;
  if (gzip_) {
    inflater_ = std::make_unique<Inflater>();
    if (inflateInit2(&inflater_->z, 15 + 16) != Z_OK) {
      return Status::Error(Status::Code::kIoError, "cannot start gzip decompression", name_);
    }
    inflater_->open = true;
  }
  return Status::Ok();
}

Result<size_t> InputStream::ReadContent(char* data, size_t size) {
  if (!detected_) {
    Status detected = DetectGzip();
    if (!detected.ok()) return detected;
  }
  if (!gzip_) return ReadRaw(data, size);
  Inflater& f = *inflater_;
  f.z.next_out = reinterpret_cast<Bytef*>(data);
  f.z.avail_out = static_cast<uInt>(size);
  while (f.z.avail_out == size) {
    if (f.z.avail_in == 0) {
      f.in.resize(kChunk);
      Result<size_t> got = ReadRaw(f.in.data(), f.in.size());
      if (!got.ok()) return got.status();
      if (*got == 0) {
        if (f.member_done) return size_t{0};
        return Status::InvalidInput("the gzip stream ends early (a truncated .gz file?)", name_);
      }
      f.z.next_in = reinterpret_cast<Bytef*>(f.in.data());
      f.z.avail_in = static_cast<uInt>(*got);
    }
    if (f.member_done) {  // another member follows the one that ended
      if (inflateReset(&f.z) != Z_OK) {
        return Status::InvalidInput("corrupt gzip data", name_);
      }
      f.member_done = false;
    }
    const int rc = inflate(&f.z, Z_NO_FLUSH);
    if (rc == Z_STREAM_END) {
      f.member_done = true;
    } else if (rc != Z_OK && !(rc == Z_BUF_ERROR && f.z.avail_in == 0)) {
      return Status::InvalidInput(
          std::string("corrupt gzip data (") + (f.z.msg != nullptr ? f.z.msg : "zlib error") + ")",
          name_);
    }
  }
  return size - f.z.avail_out;
}

Result<size_t> InputStream::Read(char* data, size_t size) {
  if (size == 0) return size_t{0};
  if (peeked_at_ < peeked_.size()) {
    const size_t n = std::min(size, peeked_.size() - peeked_at_);
    std::memcpy(data, peeked_.data() + peeked_at_, n);
    peeked_at_ += n;
    if (peeked_at_ == peeked_.size()) {
      peeked_.clear();
      peeked_at_ = 0;
    }
    return n;
  }
  return ReadContent(data, size);
}

Result<std::string_view> InputStream::Peek(size_t size) {
  if (peeked_at_ > 0) {
    peeked_.erase(0, peeked_at_);
    peeked_at_ = 0;
  }
  while (peeked_.size() < size) {
    const size_t have = peeked_.size();
    peeked_.resize(size);
    Result<size_t> got = ReadContent(peeked_.data() + have, size - have);
    if (!got.ok()) {
      peeked_.resize(have);
      return got.status();
    }
    peeked_.resize(have + *got);
    if (*got == 0) break;
  }
  return std::string_view(peeked_).substr(0, std::min(size, peeked_.size()));
}

Status InputStream::ReadAll(int64_t limit, std::string* out, bool* over_limit) {
  out->clear();
  *over_limit = false;
  if (raw_size_ > 0 && !gzip_ && raw_size_ <= limit) out->reserve(static_cast<size_t>(raw_size_));
  char buffer[kChunk];
  for (;;) {
    Result<size_t> got = Read(buffer, sizeof(buffer));
    if (!got.ok()) return got.status();
    if (*got == 0) return Status::Ok();
    out->append(buffer, *got);
    if (static_cast<int64_t>(out->size()) > limit) {
      out->clear();
      *over_limit = true;
      return Status::Ok();
    }
  }
}

}  // namespace newsarchive
