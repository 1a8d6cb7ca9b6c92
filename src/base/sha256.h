// SHA-256 (FIPS 180-4): the identity of a transcript's bytes and of each migration's text.
#ifndef NEWSARCHIVE_BASE_SHA256_H_
#define NEWSARCHIVE_BASE_SHA256_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace newsarchive {

// Incremental hasher: Update any number of times, then HexDigest once.
class Sha256 {
 public:
  Sha256();
  void Update(std::string_view data);
  // The 64 lowercase hex digits of the digest. Ends the computation: call Update no more.
  std::string HexDigest();

 private:
  void Compress(const uint8_t* block);

  uint32_t state_[8];
  uint8_t buffer_[64];
  size_t buffered_ = 0;
  uint64_t total_bytes_ = 0;
};

// The lowercase hex SHA-256 of `data`.
std::string Sha256Hex(std::string_view data);

}  // namespace newsarchive

#endif  // NEWSARCHIVE_BASE_SHA256_H_
