#include "read/timestamp.h"

#include <cstdio>

#include "base/text_util.h"

namespace newsarchive {
namespace {

// Reads 1 to `max` digits at text[*i]; -1 when there are none.
int Digits(std::string_view text, size_t* i, size_t max, size_t* count) {
  int value = 0;
  *count = 0;
  while (*i < text.size() && *count < max && IsAsciiDigit(text[*i])) {
    value = value * 10 + (text[*i] - '0');
    ++*i;
    ++*count;
  }
  return *count == 0 ? -1 : value;
}

struct Parts {
  int hours = 0, minutes = 0, seconds = 0, millis = -1;
  size_t length = 0;
};

bool Parse(std::string_view text, Parts* p) {
  size_t i = 0;
  size_t n = 0;
  int fields[3];
  int count = 0;
  for (; count < 3; ++count) {
    const int v = Digits(text, &i, 2, &n);
    if (v < 0) return false;
    fields[count] = v;
    if (count > 0 && n != 2) return false;  // minutes and seconds after a colon: two digits
    if (i < text.size() && text[i] == ':' && count < 2 && i + 1 < text.size() &&
        IsAsciiDigit(text[i + 1])) {
      ++i;
      continue;
    }
    ++count;
    break;
  }
  if (count < 2) return false;
  if (count == 3) {
    p->hours = fields[0];
    p->minutes = fields[1];
    p->seconds = fields[2];
  } else {
    p->minutes = fields[0];
    p->seconds = fields[1];
  }
  if (p->minutes > 59 || p->seconds > 59) return false;
  if (i + 1 < text.size() && (text[i] == '.' || text[i] == ',') && IsAsciiDigit(text[i + 1])) {
    ++i;
    int millis = Digits(text, &i, 3, &n);
    for (size_t k = n; k < 3; ++k) millis *= 10;
    while (i < text.size() && IsAsciiDigit(text[i])) ++i;  // finer than milliseconds
    p->millis = millis;
  }
  if (i < text.size() && (IsAsciiDigit(text[i]) || IsAsciiAlpha(text[i]))) return false;
  p->length = i;
  return true;
}

}  // namespace

size_t TimestampLength(std::string_view text) {
  Parts p;
  return Parse(text, &p) ? p.length : 0;
}

std::string NormalizeTimestamp(std::string_view text) {
  text = Trim(text);
  Parts p;
  if (!Parse(text, &p) || p.length != text.size()) return "";
  char out[32];
  if (p.millis >= 0) {
    std::snprintf(out, sizeof(out), "%02d:%02d:%02d.%03d", p.hours, p.minutes, p.seconds, p.millis);
  } else {
    std::snprintf(out, sizeof(out), "%02d:%02d:%02d", p.hours, p.minutes, p.seconds);
  }
  return out;
}

}  // namespace newsarchive
