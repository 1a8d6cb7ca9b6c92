// How this works: the bytes are first turned into UTF-8 (UTF-16 with a BOM, or a BOM-less UTF-16
// recognized by its zero bytes, is transcoded; anything else is taken as UTF-8). One normalizing
// pass then copies runs of plain ASCII in bulk and looks at the rest byte by byte: it validates
// UTF-8, folds line ends and odd spaces, drops control characters and stops at a NUL. When the
// pass meets a byte that is not UTF-8, the whole file is transcoded from Windows-1252 (which maps
// every byte) and normalized again: a file is one encoding, never a mix.
#include "read/text_decode.h"

#include <algorithm>
#include <array>
#include <cstdint>

#include "base/text_util.h"

namespace newsarchive {
namespace {

// Windows-1252 0x80..0x9F; the five bytes it leaves undefined become U+FFFD.
constexpr uint16_t kCp1252High[32] = {
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,  //
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,  //
    0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,  //
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
};

// Bytes the normalizer copies as they are: printable ASCII, tab and newline.
constexpr std::array<unsigned char, 256> MakePlainTable() {
  std::array<unsigned char, 256> t{};
  for (int c = 0x20; c < 0x7F; ++c) t[c] = true;
  t['\t'] = true;
  t['\n'] = true;
  return t;
}
constexpr std::array<unsigned char, 256> kPlain = MakePlainTable();

int LineAt(const std::string& normalized) {
  int line = 1;
  for (char c : normalized) line += c == '\n';
  return line;
}

// One normalizing pass over text believed to be UTF-8.
class Normalizer {
 public:
  enum class Outcome { kOk, kInvalidUtf8, kNul };

  Outcome Run(std::string_view in, std::string* out) {
    out->clear();
    out->reserve(in.size());
    const char* p = in.data();
    const char* end = p + in.size();
    while (p < end) {
      const char* run = p;
      const unsigned char* u = reinterpret_cast<const unsigned char*>(p);
      const unsigned char* const u_end = reinterpret_cast<const unsigned char*>(end);
      while (u + 8 <= u_end && (kPlain[u[0]] & kPlain[u[1]] & kPlain[u[2]] & kPlain[u[3]] &
                                kPlain[u[4]] & kPlain[u[5]] & kPlain[u[6]] & kPlain[u[7]])) {
        u += 8;
      }
      while (u < u_end && kPlain[*u]) ++u;
      p = reinterpret_cast<const char*>(u);
      if (p > run) out->append(run, p - run);
      if (p == end) break;
      const unsigned char c = static_cast<unsigned char>(*p);
      if (c == '\r') {
        out->push_back('\n');
        p += (p + 1 < end && p[1] == '\n') ? 2 : 1;
      } else if (c == 0) {
        return Outcome::kNul;
      } else if (c < 0x80) {
        RemoveControl(*out);
        ++p;
      } else {
        std::string_view rest(p, end - p);
        size_t i = 0;
        const uint32_t cp = DecodeCodePoint(rest, i);
        if (cp == 0xFFFD && !(i == 3 && rest.substr(0, 3) == "\xEF\xBF\xBD")) {
          return Outcome::kInvalidUtf8;
        }
        AppendNonAscii(cp, rest.substr(0, i), out);
        p += i;
      }
    }
    return Outcome::kOk;
  }

  int removed_controls() const { return removed_controls_; }
  int first_control_line() const { return first_control_line_; }

 private:
  void RemoveControl(const std::string& out) {
    if (removed_controls_++ == 0) first_control_line_ = LineAt(out);
  }

  void AppendNonAscii(uint32_t cp, std::string_view bytes, std::string* out) {
    if (cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F ||
        cp == 0x205F || cp == 0x3000) {
      out->push_back(' ');
    } else if (cp == 0x200B || cp == 0x2060 || cp == 0xFEFF) {
      // Zero-width spaces and stray byte order marks carry nothing.
    } else if (cp == 0x2028 || cp == 0x2029 || cp == 0x85) {
      out->push_back('\n');
    } else if (cp >= 0x80 && cp < 0xA0) {
      RemoveControl(*out);
    } else if (cp == 0xFFFD && !out->empty() && out->back() == '.') {
      // "Mr.\uFFFDCOLIN FIRTH (Actor):": older pages lost the no-break space after a title.
      out->push_back(' ');
    } else {
      out->append(bytes);
    }
  }

  int removed_controls_ = 0;
  int first_control_line_ = 0;
};

std::string TranscodeCp1252(std::string_view in) {
  std::string out;
  out.reserve(in.size() + in.size() / 8);
  for (char ch : in) {
    const unsigned char c = static_cast<unsigned char>(ch);
    if (c < 0x80) {
      out.push_back(ch);
    } else if (c < 0xA0) {
      AppendUtf8(kCp1252High[c - 0x80], &out);
    } else {
      AppendUtf8(c, &out);
    }
  }
  return out;
}

// UTF-16 code units to UTF-8; unpaired surrogates become U+FFFD and are counted.
std::string TranscodeUtf16(std::string_view in, bool big_endian, int* bad_units) {
  std::string out;
  out.reserve(in.size());
  const size_t units = in.size() / 2;
  auto unit = [&](size_t k) -> uint32_t {
    const unsigned char a = static_cast<unsigned char>(in[2 * k]);
    const unsigned char b = static_cast<unsigned char>(in[2 * k + 1]);
    return big_endian ? (a << 8 | b) : (b << 8 | a);
  };
  for (size_t k = 0; k < units; ++k) {
    uint32_t u = unit(k);
    if (u >= 0xD800 && u <= 0xDBFF && k + 1 < units) {
      const uint32_t low = unit(k + 1);
      if (low >= 0xDC00 && low <= 0xDFFF) {
        AppendUtf8(0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00), &out);
        ++k;
        continue;
      }
    }
    if (u >= 0xD800 && u <= 0xDFFF) {
      ++*bad_units;
      u = 0xFFFD;
    }
    AppendUtf8(u, &out);
  }
  if (in.size() % 2 != 0) ++*bad_units;
  return out;
}

// BOM-less UTF-16 shows itself by zero bytes in every other position of mostly-ASCII text.
// Returns 'l' (little endian), 'b' (big endian) or 0.
char SniffUtf16(std::string_view bytes) {
  const size_t n = std::min<size_t>(bytes.size() & ~size_t{1}, 4096);
  if (n < 4) return 0;
  size_t zero_even = 0;
  size_t zero_odd = 0;
  for (size_t i = 0; i < n; ++i) {
    if (bytes[i] == 0) ++(i % 2 == 0 ? zero_even : zero_odd);
  }
  const size_t pairs = n / 2;
  if (zero_odd * 10 >= pairs * 7 && zero_even == 0) return 'l';
  if (zero_even * 10 >= pairs * 7 && zero_odd == 0) return 'b';
  return 0;
}

}  // namespace

Result<DecodedText> DecodeText(const std::string& bytes) {
  DecodedText result;
  std::string_view in(bytes);
  std::string transcoded;
  int bad_units = 0;
  char utf16 = 0;
  if (in.size() >= 3 && in.substr(0, 3) == "\xEF\xBB\xBF") {
    in.remove_prefix(3);
    result.encoding = "utf-8";
  } else if (in.size() >= 2 && (in.substr(0, 2) == "\xFF\xFE" || in.substr(0, 2) == "\xFE\xFF")) {
    utf16 = in[0] == '\xFF' ? 'l' : 'b';
    in.remove_prefix(2);
  } else if (in.find('\0') != std::string_view::npos) {
    utf16 = SniffUtf16(in);
  }
  if (utf16 != 0) {
    transcoded = TranscodeUtf16(in, utf16 == 'b', &bad_units);
    in = transcoded;
    result.encoding = utf16 == 'b' ? "utf-16be" : "utf-16le";
    if (bad_units > 0) {
      result.warnings.push_back(
          {0, std::to_string(bad_units) + " malformed UTF-16 code unit(s) replaced by U+FFFD"});
    }
  }

  Normalizer normalizer;
  Normalizer::Outcome outcome = normalizer.Run(in, &result.text);
  if (outcome == Normalizer::Outcome::kInvalidUtf8) {
    const int bad_line = LineAt(result.text);
    transcoded = TranscodeCp1252(in);
    normalizer = Normalizer();
    outcome = normalizer.Run(transcoded, &result.text);
    result.encoding = "windows-1252";
    result.warnings.push_back({bad_line, "not valid UTF-8 (first bad byte at line " +
                                             std::to_string(bad_line) + "); read as Windows-1252"});
  }
  if (outcome == Normalizer::Outcome::kNul) {
    const int line = LineAt(result.text);
    return Status::InvalidInput("binary file (NUL byte at line " + std::to_string(line) + ")", "",
                                line);
  }
  if (result.encoding.empty()) result.encoding = "utf-8";
  if (result.text.find_first_not_of(" \t\n") == std::string::npos) {
    return Status::InvalidInput("empty file");
  }
  if (normalizer.removed_controls() > 0) {
    const int line = normalizer.first_control_line();
    result.warnings.push_back({line, "removed " + std::to_string(normalizer.removed_controls()) +
                                         " control character(s) (first at line " +
                                         std::to_string(line) + ")"});
  }
  return result;
}

}  // namespace newsarchive
