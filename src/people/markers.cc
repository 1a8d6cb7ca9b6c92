#include "people/markers.h"

#include <algorithm>

#include "base/text_util.h"

namespace newsarchive {
namespace {

template <size_t N>
bool StartsWithAny(std::string_view s, const std::string_view (&prefixes)[N]) {
  for (std::string_view p : prefixes) {
    if (StartsWithIgnoreCase(s, p)) {
      const size_t n = p.size();
      // Whole words only: "break" must not match "breaking".
      if (s.size() == n || !IsAsciiAlpha(s[n]) || !IsAsciiAlpha(s[n - 1])) return true;
    }
  }
  return false;
}

constexpr std::string_view kInterpreterNotes[] = {"through interpreter",
                                                  "through an interpreter",
                                                  "through translator",
                                                  "through a translator",
                                                  "through translation",
                                                  "via interpreter",
                                                  "via translator",
                                                  "voice of interpreter",
                                                  "voice of translator",
                                                  "interpreted",
                                                  "translated",
                                                  "through the interpreter",
                                                  "through the translator",
                                                  "speaking through interpreter",
                                                  "speaking through translator",
                                                  "in translation",
                                                  "through interpretor"};

constexpr std::string_view kClipNotes[] = {"soundbite",    "sound bite", "begin",
                                           "end",          "video clip", "audio clip",
                                           "videotape",    "break",      "commercial break",
                                           "sot",          "newsbreak",  "musical interlude",
                                           "clip",         "archival",   "excerpt",
                                           "station break"};

constexpr std::string_view kUncertainNotes[] = {"ph", "ph.", "sp", "sp?", "sic", "ph?"};

constexpr std::string_view kSoundNotes[] = {"sound:",
                                            "sound of",
                                            "sound effect",
                                            "sfx",
                                            "sc",
                                            "laughter",
                                            "laughs",
                                            "laughing",
                                            "laugh",
                                            "chuckles",
                                            "chuckling",
                                            "chuckle",
                                            "applause",
                                            "cheering",
                                            "cheers",
                                            "crosstalk",
                                            "cross talk",
                                            "cross-talk",
                                            "music",
                                            "inaudible",
                                            "unintelligible",
                                            "indiscernible",
                                            "sighs",
                                            "sighing",
                                            "sigh",
                                            "silence",
                                            "pause",
                                            "booing",
                                            "boos",
                                            "gunfire",
                                            "noise",
                                            "sirens",
                                            "ringing",
                                            "clapping",
                                            "coughing",
                                            "coughs",
                                            "crying",
                                            "sniffles",
                                            "sniffling",
                                            "groans",
                                            "gasps",
                                            "whistles",
                                            "beep",
                                            "bleep",
                                            "static",
                                            "background noise",
                                            "audio gap",
                                            "technical difficulties",
                                            "overlapping voices",
                                            "overlapping",
                                            "ambient",
                                            "sound of",
                                            "sounds of",
                                            "nat sound",
                                            "natural sound",
                                            "phone rings",
                                            "dog barking",
                                            "intro",
                                            "outro",
                                            "theme music",
                                            "upbeat music",
                                            "applauding",
                                            "laughter and applause"};

constexpr std::string_view kAnnotationNotes[] = {"as ",
                                                 "singing",
                                                 "sings",
                                                 "sung",
                                                 "rapping",
                                                 "reading",
                                                 "voice-over",
                                                 "voice over",
                                                 "on camera",
                                                 "off camera",
                                                 "off-camera",
                                                 "on-camera",
                                                 "speaking",
                                                 "whispering",
                                                 "shouting",
                                                 "yelling",
                                                 "on phone",
                                                 "by phone",
                                                 "via phone",
                                                 "via telephone",
                                                 "on tape",
                                                 "humming",
                                                 "imitating",
                                                 "impersonating",
                                                 "in ",
                                                 "vo",
                                                 "v/o",
                                                 "v.o.",
                                                 "chanting",
                                                 "recording",
                                                 "foreign language"};

}  // namespace

NoteKind ClassifyNote(std::string_view inside) {
  std::string_view s = Trim(inside);
  if (StartsWithAny(s, kInterpreterNotes)) return NoteKind::kInterpreter;
  if (InIgnoreCaseList(s, kUncertainNotes)) return NoteKind::kUncertain;
  if (StartsWithAny(s, kClipNotes)) return NoteKind::kClip;
  if (StartsWithAny(s, kSoundNotes)) return NoteKind::kSound;
  if (StartsWithAny(s, kAnnotationNotes)) return NoteKind::kAnnotation;
  // Sound effects are written in capitals: "(STOCK MARKET REPORT)", "[RADIOLAB INTRO]".
  if (IsAllCaps(s)) return NoteKind::kSound;
  return NoteKind::kOther;
}

size_t LeadingGroupLength(std::string_view s, size_t limit) {
  if (s.empty() || (s[0] != '(' && s[0] != '[')) return 0;
  int depth = 0;
  const size_t n = std::min(s.size(), limit);
  for (size_t i = 0; i < n; ++i) {
    const char c = s[i];
    if (c == '(' || c == '[') {
      ++depth;
    } else if (c == ')' || c == ']') {
      if (--depth == 0) return i + 1;
    } else if (c == '\n') {
      return 0;
    }
  }
  return 0;
}

size_t TrailingGroupStart(std::string_view s, size_t limit) {
  if (s.empty() || (s.back() != ')' && s.back() != ']')) return std::string_view::npos;
  int depth = 0;
  const size_t stop = s.size() > limit ? s.size() - limit : 0;
  for (size_t i = s.size(); i-- > stop;) {
    const char c = s[i];
    if (c == ')' || c == ']') {
      ++depth;
    } else if (c == '(' || c == '[') {
      if (--depth == 0) return i;
    } else if (c == '\n') {
      break;
    }
  }
  return std::string_view::npos;
}

bool IsSeparatorLine(std::string_view trimmed) {
  if (trimmed.size() < 3) return false;
  const char c = trimmed[0];
  if (c != '_' && c != '-' && c != '*' && c != '=' && c != '~' && c != '#') return false;
  for (char d : trimmed) {
    if (d != c && d != ' ') return false;
  }
  return true;
}

std::string AnnotationText(std::string_view inside) {
  std::string_view s = Trim(inside);
  while (!s.empty() && (s.back() == '.' || s.back() == ',' || s.back() == ':')) s.remove_suffix(1);
  if (IsAllCaps(s)) return ToLowerText(s);
  std::string out(s);
  if (out.size() >= 2 && IsAsciiUpper(out[0]) && !IsAsciiUpper(out[1])) out[0] = AsciiLower(out[0]);
  return out;
}

}  // namespace newsarchive
