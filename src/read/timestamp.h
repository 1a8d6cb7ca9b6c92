// Times into a recording as captions and transcription exports print them ("00:01:02,500",
// "01:02.500", "1:02:03", "0:02"), read and written one way: "00:01:02.500".
#ifndef NEWSARCHIVE_READ_TIMESTAMP_H_
#define NEWSARCHIVE_READ_TIMESTAMP_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace newsarchive {

// The length of the timestamp `text` opens with: [h:]mm:ss or m:ss, hours up to two digits,
// optional fractions after '.' or ','; 0 when it opens with none.
size_t TimestampLength(std::string_view text);

// "00:01:02.500" (milliseconds only when the input gives a fraction) for the timestamp `text`
// is wholly; "" when it is none.
std::string NormalizeTimestamp(std::string_view text);

}  // namespace newsarchive

#endif  // NEWSARCHIVE_READ_TIMESTAMP_H_
