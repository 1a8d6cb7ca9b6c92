#include "base/sha256.h"

#include <gtest/gtest.h>

#include <string>

namespace newsarchive {
namespace {

struct Vector {
  const char* name;
  std::string input;
  const char* digest;
};

// Known answers from FIPS 180-4's examples and NIST's test vectors, plus lengths around the
// 55/56/64-byte padding boundaries (checked against coreutils sha256sum).
TEST(Sha256, KnownVectors) {
  const Vector vectors[] = {
      {"empty", "", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"},
      {"abc", "abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"},
      {"two blocks", "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
       "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"},
      {"fox", "The quick brown fox jumps over the lazy dog",
       "d7a8fbb307d7809469ca9abcb0082e4f8d5651e46d3cdb762d02d0bf37c9e592"},
      {"55 bytes", std::string(55, 'a'),
       "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318"},
      {"56 bytes", std::string(56, 'a'),
       "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a"},
      {"64 bytes", std::string(64, 'a'),
       "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb"},
      {"a million a", std::string(1000000, 'a'),
       "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"},
  };
  for (const Vector& v : vectors) {
    EXPECT_EQ(Sha256Hex(v.input), v.digest) << v.name;
  }
}

TEST(Sha256, IncrementalUpdatesEqualOneShot) {
  std::string text;
  for (int i = 0; i < 1000; ++i) text += static_cast<char>('a' + i % 26);
  const std::string whole = Sha256Hex(text);
  for (size_t chunk : {1, 3, 63, 64, 65, 200}) {
    Sha256 hasher;
    for (size_t i = 0; i < text.size(); i += chunk) hasher.Update(text.substr(i, chunk));
    EXPECT_EQ(hasher.HexDigest(), whole) << "chunks of " << chunk;
  }
}

TEST(Sha256, BinaryBytesIncludingNul) {
  std::string bytes("\x00\xff\x80\x7f", 4);
  EXPECT_EQ(Sha256Hex(bytes), "049426b578cc61154a0dffb6e0fe305e12ac496d6e36e0d833d55fffc363fa51");
}

}  // namespace
}  // namespace newsarchive
