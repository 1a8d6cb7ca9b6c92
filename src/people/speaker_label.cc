// How this works: the colon that ends a label is found first, scanning a bounded prefix of the
// line and skipping colons inside parentheses and quotes ("Mr. BILL MOYERS (Author, "Title:
// Subtitle"):"). The part before it is cut at top-level commas: the first piece holds the name
// (with an optional honorific, title and parenthetical), the others are roles. Trailing notes
// such as "(voice-over)" or Rev timestamps are peeled off before the pieces are judged. Every
// check is a bounded scan of the label itself, so a 50 MB line costs no more than a short one.
#include "people/speaker_label.h"

#include <algorithm>
#include <array>
#include <optional>

#include "base/text_util.h"
#include "people/label_roles.h"
#include "people/markers.h"
#include "people/names.h"

namespace newsarchive {
namespace {

constexpr size_t kMaxLabelBytes = 160;          // name and roles outside parentheses
constexpr size_t kMaxParentheticalBytes = 400;  // older NPR forms carry book titles
constexpr size_t kMaxNameWords = 6;
constexpr size_t kMaxRoleWords = 14;
constexpr size_t kMaxWordsBeforeComma = 10;

// Whole labels that are page furniture or headings, never speakers.
constexpr std::string_view kNotLabels[] = {"guests",
                                           "guest list",
                                           "present",
                                           "also present",
                                           "panelists",
                                           "participants",
                                           "filed under",
                                           "next up",
                                           "up next",
                                           "transcript",
                                           "show open",
                                           "composer id",
                                           "episode date",
                                           "fcc public inspection files",
                                           "breaking news",
                                           "update",
                                           "updated",
                                           "correction",
                                           "editor's note",
                                           "editor\u2019s note",
                                           "note",
                                           "warning",
                                           "coming up",
                                           "aired",
                                           "published",
                                           "source",
                                           "sources",
                                           "related",
                                           "photo",
                                           "caption",
                                           "credit",
                                           "then",
                                           "plus",
                                           "and finally",
                                           "also",
                                           "summary",
                                           "topics",
                                           "tags",
                                           "date",
                                           "time",
                                           "location",
                                           "subject",
                                           "headline",
                                           "title",
                                           "subtitle",
                                           "graphic",
                                           "chyron",
                                           "on screen",
                                           "segment",
                                           "program",
                                           "show",
                                           "spoiler alert",
                                           "disclaimer",
                                           "copyright",
                                           "audio",
                                           "video",
                                           "listen",
                                           "watch",
                                           "read more",
                                           "more",
                                           "contact",
                                           "email",
                                           "phone",
                                           "website",
                                           "web",
                                           "twitter",
                                           "facebook",
                                           "instagram",
                                           "download",
                                           "embed",
                                           "p.s",
                                           "ps",
                                           "ok",
                                           "okay",
                                           "quote",
                                           "example",
                                           "result",
                                           "results",
                                           "reason",
                                           "bottom line",
                                           "translation",
                                           "hint",
                                           "tip"};

// Whole labels that name a part in the proceedings, never a person (see SpeakerLabel::no_person).
constexpr std::string_view kNoPersonLabels[] = {"q",
                                                "a",
                                                "question",
                                                "questions",
                                                "answer",
                                                "operator",
                                                "conference operator",
                                                "hon. members",
                                                "hon members",
                                                "some hon. members",
                                                "several hon. members",
                                                "an hon. member",
                                                "members"};

// First words of sentences that put a capitalized word before a colon ("Well, Senator: ...").
constexpr std::string_view kSentenceStarters[] = {
    "well",     "so",     "now",     "and",    "but",    "yes",     "no",      "oh",
    "look",     "again",  "first",   "second", "third",  "finally", "however", "meanwhile",
    "still",    "here",   "there",   "this",   "that",   "these",   "those",   "it",
    "i",        "we",     "you",     "they",   "he",     "she",     "what",    "why",
    "how",      "when",   "where",   "who",    "which",  "today",   "tonight", "yesterday",
    "tomorrow", "anyway", "right",   "sure",   "thanks", "thank",   "hey",     "hi",
    "hello",    "please", "if",      "in",     "on",     "at",      "for",     "with",
    "the",      "a",      "an",      "my",     "our",    "your",    "his",     "her",
    "their",    "its",    "one",     "two",    "part",   "chapter", "step",    "episode",
    "field",    "notes",  "read",    "more",   "see",    "watch",   "listen",  "like",
    "just",     "maybe",  "even",    "only",   "not",    "all",     "some",    "every",
    "after",    "before", "because", "since",  "until",  "while",   "as",      "to"};

// Lowercase role words accepted after a comma ("NEAL CONAN, host:").
constexpr std::string_view kLowercaseRoles[] = {
    "host",      "byline",      "anchor",    "correspondent", "reporter", "guest",       "caller",
    "moderator", "contributor", "producer",  "commentator",   "narrator", "interpreter", "co-host",
    "cohost",    "announcer",   "panelist",  "analyst",       "editor",   "former",      "senior",
    "chief",     "national",    "political", "white",         "staff"};

// Bytes a label's name part may hold that FindLabelColon need not look at one by one.
constexpr std::array<bool, 256> MakePlainLabelBytes() {
  std::array<bool, 256> t{};
  for (int c = 'A'; c <= 'Z'; ++c) t[c] = true;
  for (int c = 'a'; c <= 'z'; ++c) t[c] = true;
  for (int c = '0'; c <= '9'; ++c) t[c] = true;
  for (char c : {'.', '\'', '-', '#', '&', '/'}) t[static_cast<unsigned char>(c)] = true;
  return t;
}
constexpr std::array<bool, 256> kPlainLabelByte = MakePlainLabelBytes();

// True for "CHUCK TODD", "GOV. CHRIS CHRISTIE": letters in capitals (two at least), with the
// spaces and punctuation of a name, and no digit or lower-case letter.
bool IsCapitalsOnly(std::string_view s) {
  size_t capitals = 0;
  for (char c : s) {
    if (IsAsciiUpper(c)) {
      ++capitals;
    } else if (IsAsciiLower(c) || IsAsciiDigit(c) || c == '(' || c == ',') {
      return false;
    }
  }
  return capitals >= 2;
}

// Offset of the colon that ends a label starting at `pos`, or npos.
size_t FindLabelColon(std::string_view line, size_t pos) {
  int depth = 0;
  bool quoted = false;
  bool after_comma = false;
  size_t spaces = 0;
  size_t paren_bytes = 0;
  const size_t n = std::min(line.size(), pos + kMaxLabelBytes + kMaxParentheticalBytes + 2);
  for (size_t i = pos; i < n; ++i) {
    // Letters and digits of a name part need no look: they are skipped in bulk.
    if (depth == 0 && !quoted) {
      while (i < n && kPlainLabelByte[static_cast<unsigned char>(line[i])]) ++i;
      if (i == n) break;
    }
    if (depth == 0 && i - pos - paren_bytes > kMaxLabelBytes) return std::string_view::npos;
    if (depth > 0 && ++paren_bytes > kMaxParentheticalBytes) return std::string_view::npos;
    const char c = line[i];
    size_t qlen = 0;
    if (depth > 0) {
      if (IsQuoteAt(line, i, &qlen)) {
        quoted = !quoted;
        paren_bytes += qlen - 1;
        i += qlen - 1;
      } else if (!quoted && c == '(') {
        ++depth;
      } else if (!quoted && c == ')') {
        --depth;
      } else if (quoted && c == ')' && depth == 1 && i + 1 < line.size() && line[i + 1] == ':') {
        // An unbalanced quote inside the parentheses; the label still ends here.
        quoted = false;
        depth = 0;
      }
      continue;
    }
    if (c == '(') {
      depth = 1;
      continue;
    }
    // Role parts may quote a title ("LARRY KING, CNN'S "LARRY KING LIVE":"); the name part may not.
    if (after_comma && IsQuoteAt(line, i, &qlen)) {
      quoted = !quoted;
      i += qlen - 1;
      continue;
    }
    if (quoted) continue;
    if (c == ',') after_comma = true;
    // A name, with a title before it, has at most ten words before its first comma: longer
    // runs are prose, and most lines of a transcript end their scan here.
    if (c == ' ' && !after_comma && ++spaces > kMaxWordsBeforeComma) return std::string_view::npos;
    if (c == ':') {
      if (i + 1 == line.size() || line[i + 1] == ' ' || line[i + 1] == '\t') return i;
      // "CHUCK TODD:This Sunday...": some pages drop the space; only a name in capitals
      // followed by a capital is taken, never "10:30" or "http://".
      if (IsAsciiUpper(line[i + 1]) && IsCapitalsOnly(line.substr(pos, i - pos))) return i;
      return std::string_view::npos;
    }
    if (c == '?' || c == '!' || c == ';' || c == '"' || c == ')' || c == '[' || c == ']' ||
        IsQuoteAt(line, i, &qlen)) {
      return std::string_view::npos;
    }
  }
  return std::string_view::npos;
}

bool IsTimestamp(std::string_view s) {
  s = Trim(s);
  if (s.size() < 3 || s.size() > 12) return false;
  bool colon = false;
  for (char c : s) {
    if (c == ':') {
      colon = true;
    } else if (!IsAsciiDigit(c)) {
      return false;
    }
  }
  return colon;
}

bool IsNumbering(std::string_view word) {
  size_t i = word[0] == '#' ? 1 : 0;
  if (i == word.size()) return false;
  for (; i < word.size(); ++i) {
    if (!IsAsciiDigit(word[i])) return false;
  }
  return true;
}

// A word of a name: letters, apostrophes, hyphens; periods only in initials and abbreviations.
bool IsNameWord(std::string_view word, bool allow_lowercase) {
  if (word == "&") return true;
  size_t i = 0;
  const uint32_t first = DecodeCodePoint(word, i);
  if (!IsLetter(first)) return false;
  if (IsLowerLetter(first) && !allow_lowercase && !IsNameParticle(word) &&
      !StartsWithIgnoreCase(word, "al-") && !StartsWithIgnoreCase(word, "el-")) {
    return false;
  }
  size_t periods = 0;
  for (size_t k = i; k < word.size();) {
    const size_t at = k;
    const uint32_t cp = DecodeCodePoint(word, k);
    if (cp == '.') {
      ++periods;
    } else if (cp == '\'' || cp == '-' || cp == 0x2019) {
      if (at + 1 == word.size() && cp == '-') return false;
    } else if (!IsLetter(cp)) {
      return false;
    }
  }
  // "J.", "JR.", "ST.", "U.S.": a period must close a short word or separate initials.
  return periods == 0 || word.size() <= 4 || periods * 2 >= word.size() - 1;
}

// Peels "(voice-over)", "(through translator)" and "(00:03)" off the end of `part`.
void PeelTrailingNotes(std::string_view* part, SpeakerLabel* label) {
  for (int guard = 0; guard < 4; ++guard) {
    const size_t open = TrailingGroupStart(*part, kMaxParentheticalBytes);
    if (open == std::string_view::npos || open == 0) return;
    std::string_view inside = part->substr(open + 1, part->size() - open - 2);
    if (IsTimestamp(inside)) {
      label->timestamp = true;
    } else {
      const NoteKind kind = ClassifyNote(inside);
      if (kind == NoteKind::kInterpreter) {
        label->via_interpreter = true;
      } else if (kind == NoteKind::kAnnotation && inside.find(',') == std::string_view::npos) {
        label->annotation = AnnotationText(inside);
      } else {
        return;
      }
    }
    *part = Trim(part->substr(0, open));
  }
}

// Where the label of `line` lies: its body (before the colon, trimmed), where it starts and
// where the speech starts. False when the line does not open with something shaped like one.
bool LocateLabel(std::string_view line, std::string_view* body, bool* caption, size_t* start,
                 size_t* speech) {
  size_t pos = 0;
  *caption = false;
  while (pos < line.size() && IsSpace(line[pos])) ++pos;
  if (line.compare(pos, 2, ">>") == 0) {
    *caption = true;
    while (pos < line.size() && (line[pos] == '>' || IsSpace(line[pos]))) ++pos;
  }
  // "  \u2022 Judy Woodruff:" alone on its line: a transcript page that sets each turn's label
  // as a list item. A bullet with text after the colon is a list of headlines ("\u2022 CDC: More
  // Cases ..."), never a label.
  const bool bulleted = !*caption && line.compare(pos, 3, "\u2022") == 0;
  if (bulleted) {
    pos += 3;
    while (pos < line.size() && IsSpace(line[pos])) ++pos;
  }
  for (int guard = 0; guard < 4 && pos < line.size(); ++guard) {
    const size_t group = LeadingGroupLength(line.substr(pos), kMaxParentheticalBytes);
    if (group == 0) break;
    const NoteKind kind = ClassifyNote(line.substr(pos + 1, group - 2));
    if (kind != NoteKind::kSound && kind != NoteKind::kClip) break;
    pos += group;
    while (pos < line.size() && IsSpace(line[pos])) ++pos;
  }
  if (pos >= line.size()) return false;
  {
    size_t i = pos;
    if (!IsLetter(DecodeCodePoint(line, i))) return false;
  }
  const size_t colon = FindLabelColon(line, pos);
  if (colon == std::string_view::npos) return false;
  *body = Trim(line.substr(pos, colon - pos));
  if (body->empty()) return false;
  *start = pos;
  *speech = colon + 1;
  while (*speech < line.size() && IsSpace(line[*speech])) ++*speech;
  return !bulleted || *speech == line.size();
}

// Everything a label's body says: name, honorific, roles, notes, strength.
bool ParseLabelBody(std::string_view body, bool caption, SpeakerLabel* label) {
  *label = SpeakerLabel();
  label->caption = caption;
  label->printed = std::string(body);
  std::vector<std::string_view> parts = SplitTopLevel(body, ',');
  PeelTrailingNotes(&parts.back(), label);
  std::string_view name_part = parts[0];
  std::string_view role_paren;
  const size_t open = TrailingGroupStart(name_part, kMaxParentheticalBytes);
  if (open != std::string_view::npos && open > 0) {
    role_paren = name_part.substr(open + 1, name_part.size() - open - 2);
    name_part = Trim(name_part.substr(0, open));
    // "MR. SRINIVASAN (pictured left):": a photo caption's note, no role.
    if (StartsWithIgnoreCase(role_paren, "pictured")) role_paren = {};
  }
  if (name_part.empty() || name_part.find_first_of("()[]\"") != std::string_view::npos) {
    return false;
  }
  label->name_printed = std::string(name_part);
  if (IsNoPersonLabel(name_part)) {
    label->name = std::string(name_part);
    label->all_caps = IsAllCaps(name_part);
    label->generic = true;
    label->no_person = true;
    return parts.size() == 1 && role_paren.empty();
  }
  if (WordSetOf<kNotLabels>().Contains(name_part)) return false;

  std::vector<std::string_view> words = SplitWords(name_part);
  // Older NPR reports: "CORMAC FINNEGAN-LEE reporting:".
  if (words.size() >= 2 && words.back() == "reporting" && IsAllCaps(words[words.size() - 2])) {
    words.pop_back();
    name_part = name_part.substr(0, words.back().data() + words.back().size() - name_part.data());
    label->name_printed = std::string(name_part);
    label->roles.push_back({"Reporter", "", RoleSource::kLabel});
  }
  size_t first = 0;
  if (IsHonorific(words[0]) && words.size() > 1) {
    label->honorific = std::string(words[0]);
    first = 1;
  }
  std::string title;
  const bool numbered_speaker =
      first + 1 < words.size() && IsNumbering(words[first + 1]);  // "SPEAKER 1"
  const size_t title_words = numbered_speaker ? 0 : MatchTitlePrefix(words, first, &title);
  if (title_words > 0 && first + title_words < words.size()) {
    label->roles.push_back({title, "", RoleSource::kLabel});
    first += title_words;
  }
  const size_t name_words = words.size() - first;
  if (name_words == 0 || name_words > kMaxNameWords) return false;
  std::string_view name = name_part.substr(words[first].data() - name_part.data());
  label->name = std::string(name);
  label->all_caps = IsAllCaps(name);

  bool generic = true;
  size_t letters = 0;
  for (size_t k = first; k < words.size(); ++k) {
    std::string_view w = words[k];
    if (IsNumbering(w)) {
      // Numbers only close a generic speaker: "UNIDENTIFIED MAN #2", "Speaker 1".
      if (k + 1 != words.size() || k == first || !IsGenericSpeakerWord(words[k - 1])) return false;
      continue;
    }
    if (!IsNameWord(w, label->caption)) return false;
    letters += w.size();
    if (!IsGenericSpeakerWord(w)) generic = false;
  }
  if (letters < 2) return false;
  if (words.size() - first >= 2 && IsUnnamedRoleNoun(words.back())) generic = true;
  // "AP:", "CNN:": a reporter from that outlet, not a person named so.
  if (words.size() - first == 1 && IsNewsOrganization(words[first])) generic = true;
  label->generic = generic;
  label->unidentified_word = IsUnidentifiedWord(words[first]);
  if (!label->all_caps && !label->caption &&
      WordSetOf<kSentenceStarters>().Contains(words[first])) {
    return false;
  }

  // Roles: "(D), Minnesota" after a title, "(Author, "Book")", ", CNN ANCHOR".
  std::vector<std::string_view> role_parts(parts.begin() + 1, parts.end());
  for (std::string_view part : role_parts) {
    if (part.empty() || SplitWords(part).size() > kMaxRoleWords) return false;
    if (part.find_first_of("?!;") != std::string_view::npos) return false;
    if (!label->all_caps || label->caption) {
      size_t i = 0;
      const uint32_t c = DecodeCodePoint(part, i);
      if (!IsUpperLetter(c) && !WordSetOf<kLowercaseRoles>().Contains(SplitWords(part)[0]))
        return false;
    }
  }
  AddLabelRoles(role_paren, role_parts, &label->roles);
  label->has_role = !role_paren.empty() || parts.size() > 1;
  return true;
}

// Rev pages put the time after the colon: "Donald Trump: (00:03)". It is skipped, and it makes
// the label a strong one.
void SkipSpeechTimestamp(std::string_view line, SpeakerLabel* label) {
  const size_t group = LeadingGroupLength(line.substr(std::min(label->speech, line.size())), 16);
  if (group < 3 || !IsTimestamp(line.substr(label->speech + 1, group - 2))) return;
  label->timestamp = true;
  label->speech += group;
  while (label->speech < line.size() && IsSpace(line[label->speech])) ++label->speech;
}

}  // namespace

LabelShape LabelShapeOf(std::string_view line) {
  std::string_view body;
  bool caption;
  size_t start;
  size_t speech;
  if (!LocateLabel(line, &body, &caption, &start, &speech) || caption || speech >= line.size() ||
      body.find_first_of(",()") != std::string_view::npos) {
    return LabelShape::kNone;
  }
  const std::vector<std::string_view> words = SplitWords(body);
  if (words.empty() || words.size() > 5) return LabelShape::kNone;
  for (std::string_view w : words) {
    size_t i = 0;
    const uint32_t first = DecodeCodePoint(w, i);
    const bool joining = w == "of" || w == "the" || w == "and" || w == "&" || IsNameParticle(w);
    if (!joining && !IsUpperLetter(first)) return LabelShape::kNone;
    for (char c : w) {
      if (IsAsciiDigit(c)) return LabelShape::kNone;
    }
  }
  // Headings and notes of the page, said by no one.
  static constexpr std::string_view kHeadingWords[] = {
      "note",       "editor's note", "editor\u2019s note", "editors' note", "update",
      "updated",    "correction",    "clarification",      "transcript",    "disclaimer",
      "copyright",  "related",       "photo",              "caption",       "credit",
      "source",     "sources",       "filed under",        "tags",          "topics",
      "breaking news"};
  if (WordSetOf<kHeadingWords>().Contains(body)) return LabelShape::kFurniture;
  // "Look: the plan ...", "Then: nothing for two hours", "In the CROSSFIRE: four weeks":
  // a speaker's own words go on. Only "The" opens a name of capitalized words ("The
  // Thornfield Review").
  if (WordSetOf<kNotLabels>().Contains(body)) return LabelShape::kNone;
  if (WordSetOf<kSentenceStarters>().Contains(words[0])) {
    if (words.size() == 1 || AsciiLowerCopy(words[0]) != "the") return LabelShape::kNone;
    for (size_t k = 1; k < words.size(); ++k) {
      size_t i = 0;
      if (!IsUpperLetter(DecodeCodePoint(words[k], i))) return LabelShape::kNone;
    }
  }
  return LabelShape::kLabel;
}

bool IsNoPersonLabel(std::string_view name) {
  return WordSetOf<kNoPersonLabels>().Contains(name);
}

bool ParseSpeakerLabel(std::string_view line, SpeakerLabel* label) {
  std::string_view body;
  bool caption;
  size_t start;
  size_t speech;
  if (!LocateLabel(line, &body, &caption, &start, &speech) ||
      !ParseLabelBody(body, caption, label)) {
    return false;
  }
  label->start = start;
  label->speech = speech;
  SkipSpeechTimestamp(line, label);
  return true;
}

void SpeakerLabelParser::BeginStory() {
  if (memo_.size() >= kMaxRemembered) memo_.clear();
}

const SpeakerLabel* SpeakerLabelParser::Parse(std::string_view line, size_t* start,
                                              size_t* speech) {
  std::string_view body;
  bool caption;
  if (!LocateLabel(line, &body, &caption, start, speech)) return nullptr;
  SpeakerLabel timing;  // whether a Rev timestamp follows, and where the speech then starts
  timing.speech = *speech;
  SkipSpeechTimestamp(line, &timing);
  *speech = timing.speech;
  std::string key(body);
  key += caption ? '>' : ':';
  if (timing.timestamp) key += 'T';
  auto it = memo_.find(key);
  if (it == memo_.end()) {
    SpeakerLabel parsed;
    const bool ok = ParseLabelBody(body, caption, &parsed);
    parsed.start = *start;
    parsed.speech = *speech;
    parsed.timestamp = parsed.timestamp || timing.timestamp;
    it = memo_.emplace(std::move(key), ok ? std::make_optional(std::move(parsed)) : std::nullopt)
             .first;
  }
  return it->second ? &*it->second : nullptr;
}

}  // namespace newsarchive
