// A small, strict JSON parser (RFC 8259) used as the oracle of the writers fuzzer: it accepts
// only valid JSON, rejects duplicate object keys, strings that are not valid UTF-8, unescaped
// control characters and lone surrogates, and gives back the decoded values so a round trip can
// be compared. Header-only test code; not part of the product.
#ifndef NEWSARCHIVE_TESTS_FUZZ_STRICT_JSON_H_
#define NEWSARCHIVE_TESTS_FUZZ_STRICT_JSON_H_

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace newsarchive {
namespace strict_json {

struct Value {
  enum class Kind { kNull, kBool, kNumber, kString, kArray, kObject };
  Kind kind = Kind::kNull;
  std::string text;  // number as written, decoded string, "true"/"false"
  std::vector<Value> items;
  std::vector<std::pair<std::string, Value>> members;  // in document order
};

// True when `s` is valid UTF-8 (no overlongs, no surrogates, nothing past U+10FFFF).
inline bool IsValidUtf8(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    int len = 0;
    uint32_t cp = 0;
    uint32_t min = 0;
    if (c < 0x80) {
      ++i;
      continue;
    } else if ((c & 0xE0) == 0xC0) {
      len = 2, cp = c & 0x1F, min = 0x80;
    } else if ((c & 0xF0) == 0xE0) {
      len = 3, cp = c & 0x0F, min = 0x800;
    } else if ((c & 0xF8) == 0xF0) {
      len = 4, cp = c & 0x07, min = 0x10000;
    } else {
      return false;
    }
    if (i + len > s.size()) return false;
    for (int k = 1; k < len; ++k) {
      const unsigned char d = static_cast<unsigned char>(s[i + k]);
      if ((d & 0xC0) != 0x80) return false;
      cp = cp << 6 | (d & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
    i += len;
  }
  return true;
}

class Parser {
 public:
  explicit Parser(std::string_view text) : s_(text) {}

  // The one value the whole text holds (surrounding whitespace allowed), or nullopt.
  std::optional<Value> ParseDocument() {
    Value v;
    SkipSpace();
    if (!ParseValue(&v, 0)) return std::nullopt;
    SkipSpace();
    if (i_ != s_.size()) return std::nullopt;
    return v;
  }

 private:
  static constexpr int kMaxDepth = 64;

  void SkipSpace() {
    while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\t' || s_[i_] == '\n' || s_[i_] == '\r'))
      ++i_;
  }
  bool Eat(char c) {
    if (i_ < s_.size() && s_[i_] == c) {
      ++i_;
      return true;
    }
    return false;
  }
  bool Literal(std::string_view word) {
    if (s_.substr(i_, word.size()) != word) return false;
    i_ += word.size();
    return true;
  }

  bool ParseValue(Value* v, int depth) {
    if (depth > kMaxDepth || i_ >= s_.size()) return false;
    const char c = s_[i_];
    if (c == '{') return ParseObject(v, depth);
    if (c == '[') return ParseArray(v, depth);
    if (c == '"') {
      v->kind = Value::Kind::kString;
      return ParseString(&v->text);
    }
    if (Literal("null")) return (v->kind = Value::Kind::kNull), true;
    if (Literal("true")) return (v->kind = Value::Kind::kBool), (v->text = "true"), true;
    if (Literal("false")) return (v->kind = Value::Kind::kBool), (v->text = "false"), true;
    v->kind = Value::Kind::kNumber;
    return ParseNumber(&v->text);
  }

  bool ParseObject(Value* v, int depth) {
    v->kind = Value::Kind::kObject;
    ++i_;
    SkipSpace();
    if (Eat('}')) return true;
    std::set<std::string> keys;
    for (;;) {
      SkipSpace();
      std::string key;
      if (i_ >= s_.size() || s_[i_] != '"' || !ParseString(&key)) return false;
      if (!keys.insert(key).second) return false;  // duplicate key
      SkipSpace();
      if (!Eat(':')) return false;
      SkipSpace();
      Value member;
      if (!ParseValue(&member, depth + 1)) return false;
      v->members.emplace_back(std::move(key), std::move(member));
      SkipSpace();
      if (Eat('}')) return true;
      if (!Eat(',')) return false;
    }
  }

  bool ParseArray(Value* v, int depth) {
    v->kind = Value::Kind::kArray;
    ++i_;
    SkipSpace();
    if (Eat(']')) return true;
    for (;;) {
      SkipSpace();
      Value item;
      if (!ParseValue(&item, depth + 1)) return false;
      v->items.push_back(std::move(item));
      SkipSpace();
      if (Eat(']')) return true;
      if (!Eat(',')) return false;
    }
  }

  bool Digits() {
    const size_t start = i_;
    while (i_ < s_.size() && s_[i_] >= '0' && s_[i_] <= '9') ++i_;
    return i_ > start;
  }

  bool ParseNumber(std::string* out) {
    const size_t start = i_;
    Eat('-');
    if (Eat('0')) {
      // no leading zeros
    } else if (i_ < s_.size() && s_[i_] >= '1' && s_[i_] <= '9') {
      Digits();
    } else {
      return false;
    }
    if (Eat('.') && !Digits()) return false;
    if (Eat('e') || Eat('E')) {
      if (!Eat('+')) Eat('-');
      if (!Digits()) return false;
    }
    *out = std::string(s_.substr(start, i_ - start));
    return true;
  }

  bool Hex4(uint32_t* out) {
    if (i_ + 4 > s_.size()) return false;
    uint32_t v = 0;
    for (int k = 0; k < 4; ++k) {
      const char c = s_[i_++];
      v <<= 4;
      if (c >= '0' && c <= '9') {
        v |= c - '0';
      } else if (c >= 'a' && c <= 'f') {
        v |= c - 'a' + 10;
      } else if (c >= 'A' && c <= 'F') {
        v |= c - 'A' + 10;
      } else {
        return false;
      }
    }
    *out = v;
    return true;
  }

  static void AppendUtf8(uint32_t cp, std::string* out) {
    if (cp < 0x80) {
      out->push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
      out->push_back(static_cast<char>(0xC0 | cp >> 6));
      out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
      out->push_back(static_cast<char>(0xE0 | cp >> 12));
      out->push_back(static_cast<char>(0x80 | (cp >> 6 & 0x3F)));
      out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
      out->push_back(static_cast<char>(0xF0 | cp >> 18));
      out->push_back(static_cast<char>(0x80 | (cp >> 12 & 0x3F)));
      out->push_back(static_cast<char>(0x80 | (cp >> 6 & 0x3F)));
      out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
  }

  bool ParseString(std::string* out) {
    ++i_;  // opening quote
    const size_t raw_start = i_;
    for (;;) {
      if (i_ >= s_.size()) return false;
      const unsigned char c = static_cast<unsigned char>(s_[i_]);
      if (c == '"') break;
      if (c < 0x20) return false;
      if (c != '\\') {
        out->push_back(static_cast<char>(c));
        ++i_;
        continue;
      }
      if (++i_ >= s_.size()) return false;
      const char e = s_[i_++];
      switch (e) {
        case '"': out->push_back('"'); break;
        case '\\': out->push_back('\\'); break;
        case '/': out->push_back('/'); break;
        case 'b': out->push_back('\b'); break;
        case 'f': out->push_back('\f'); break;
        case 'n': out->push_back('\n'); break;
        case 'r': out->push_back('\r'); break;
        case 't': out->push_back('\t'); break;
        case 'u': {
          uint32_t cp = 0;
          if (!Hex4(&cp)) return false;
          if (cp >= 0xDC00 && cp <= 0xDFFF) return false;  // lone low surrogate
          if (cp >= 0xD800 && cp <= 0xDBFF) {
            uint32_t low = 0;
            if (!Literal("\\u") || !Hex4(&low) || low < 0xDC00 || low > 0xDFFF) return false;
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
          }
          AppendUtf8(cp, out);
          break;
        }
        default:
          return false;
      }
    }
    const bool valid = IsValidUtf8(s_.substr(raw_start, i_ - raw_start));
    ++i_;  // closing quote
    return valid;
  }

  std::string_view s_;
  size_t i_ = 0;
};

inline std::optional<Value> Parse(std::string_view text) { return Parser(text).ParseDocument(); }

}  // namespace strict_json
}  // namespace newsarchive

#endif  // NEWSARCHIVE_TESTS_FUZZ_STRICT_JSON_H_
