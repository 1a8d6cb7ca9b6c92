#include "people/given_label.h"

#include <string>

#include "base/text_util.h"

namespace newsarchive {

SpeakerLabel GivenSpeakerLabel(std::string_view label) {
  label = Trim(label);
  SpeakerLabel parsed;
  const std::string line = std::string(label) + ":";
  // The grammar must read the whole of it as the label: "Q: Well" is no label named "Q: Well".
  if (!ParseSpeakerLabel(line, &parsed) || parsed.start != 0 || parsed.speech < line.size()) {
    parsed = SpeakerLabel();
    parsed.printed = std::string(label);
    parsed.name_printed = parsed.printed;
    parsed.name = parsed.printed;
    parsed.all_caps = IsAllCaps(label);
  }
  parsed.given = true;
  parsed.speech = label.size() + 2;  // after "LABEL: "
  return parsed;
}

}  // namespace newsarchive
