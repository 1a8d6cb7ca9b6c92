#include "attribute/sentence_breaks.h"

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <memory>
#include <string>

#include "base/text_util.h"

namespace newsarchive {
namespace {

// Compared as printed (case matters: "No." is an abbreviation, "no." ends a sentence).
constexpr std::string_view kAbbreviations[] = {
    // Titles and name suffixes.
    "Mr.", "Mrs.", "Ms.", "Mx.", "Dr.", "Gov.", "Lt.", "Sen.", "Sens.", "Rep.", "Reps.", "Gen.",
    "Col.", "Capt.", "Sgt.", "Cpl.", "Pvt.", "Adm.", "Maj.", "Cmdr.", "Brig.", "Prof.", "Rev.",
    "Hon.", "Pres.", "Supt.", "Det.", "Insp.", "Amb.", "Msgr.", "Atty.", "Asst.", "Assoc.", "Del.",
    "Sr.", "Jr.", "Sec.", "Gov.-elect", "Fr.", "Sra.", "Sta.",
    // Places and streets.
    "St.", "Ste.", "Mt.", "Ft.", "Ave.", "Blvd.", "Rd.", "U.S.", "U.N.", "U.K.", "E.U.", "D.C.",
    "N.Y.", "N.J.", "N.H.", "N.M.", "N.C.", "N.D.", "S.C.", "S.D.", "R.I.", "L.A.", "Ala.", "Ariz.",
    "Ark.", "Calif.", "Colo.", "Conn.", "Fla.", "Ga.", "Ill.", "Ind.", "Kan.", "Kans.", "Ky.",
    "La.", "Md.", "Mass.", "Mich.", "Minn.", "Miss.", "Mo.", "Mont.", "Neb.", "Nev.", "Okla.",
    "Ore.", "Pa.", "Penn.", "Tenn.", "Tex.", "Va.", "Vt.", "Wash.", "Wis.", "Wyo.",
    // Months, times, numbers, companies.
    "Jan.", "Feb.", "Aug.", "Sept.", "Sep.", "Oct.", "Nov.", "Dec.", "a.m.", "p.m.", "No.", "Nos.",
    "vs.", "v.", "Inc.", "Corp.", "Co.", "Ltd.", "Bros.", "approx.", "est.", "Dept.", "Univ."};

// Characters that may stand before the word: "(Gov.", "“Sen.".
std::string_view WithoutOpeningMarks(std::string_view word) {
  while (!word.empty()) {
    if (word[0] == '(' || word[0] == '"' || word[0] == '[') {
      word.remove_prefix(1);
    } else if (word.compare(0, 3, "\u201C") == 0 || word.compare(0, 3, "\u2018") == 0) {
      word.remove_prefix(3);
    } else {
      break;
    }
  }
  return word;
}

// One iterator per thread: creating one reads ICU's rule data, setting its text is cheap.
icu::BreakIterator* SentenceIterator() {
  thread_local std::unique_ptr<icu::BreakIterator> iterator = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> made(
        icu::BreakIterator::createSentenceInstance(icu::Locale::getEnglish(), status));
    if (U_FAILURE(status)) made.reset();
    return made;
  }();
  return iterator.get();
}

// The last word of text[0, end), trailing spaces left out.
std::string_view LastWord(std::string_view text, size_t end) {
  while (end > 0 && IsSpace(text[end - 1])) --end;
  size_t begin = end;
  while (begin > 0 && !IsSpace(text[begin - 1])) --begin;
  return text.substr(begin, end - begin);
}

}  // namespace

bool IsAbbreviation(std::string_view word) {
  word = WithoutOpeningMarks(word);
  if (word.size() == 2 && IsAsciiUpper(word[0]) && word[1] == '.') return true;  // "W."
  for (std::string_view a : kAbbreviations) {
    if (word == a) return true;
  }
  return false;
}

std::vector<TextSpan> SentenceSpans(std::string_view text) {
  std::vector<TextSpan> spans;
  if (text.empty()) return spans;
  std::string copy(text);
  for (char& c : copy) {
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  }
  std::vector<size_t> breaks;
  icu::BreakIterator* it = SentenceIterator();
  UErrorCode status = U_ZERO_ERROR;
  UText ut = UTEXT_INITIALIZER;
  if (it != nullptr) utext_openUTF8(&ut, copy.data(), static_cast<int64_t>(copy.size()), &status);
  if (it != nullptr && U_SUCCESS(status)) {
    it->setText(&ut, status);
    if (U_SUCCESS(status)) {
      for (int32_t at = it->next(); at != icu::BreakIterator::DONE; at = it->next()) {
        breaks.push_back(static_cast<size_t>(at));
      }
    }
    // The iterator keeps a shallow clone of `ut`; give it an empty text before `copy` goes.
    it->setText(icu::UnicodeString());
  }
  utext_close(&ut);
  if (breaks.empty() || breaks.back() != text.size()) breaks.push_back(text.size());
  size_t begin = 0;
  for (size_t at : breaks) {
    if (at < text.size() && IsAbbreviation(LastWord(text, at))) continue;
    // ICU ends a sentence after "?" or "!" whatever follows; a lowercase word goes on with it
    // ("'Why?' she asked.").
    if (at < text.size() && IsAsciiLower(text[at])) continue;
    if (at <= begin) continue;
    spans.push_back({begin, at});
    begin = at;
  }
  return spans;
}

}  // namespace newsarchive
