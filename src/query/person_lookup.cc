// How this works: the input is folded with NameKey, the same function the importer used to fill
// people.name_key and person_aliases.alias_key, so matching is a comparison of keys. Exact keys are
// looked up through their indexes; name parts are found with instr() (strpos() on PostgreSQL) over the keys padded with
// spaces, which reads the people and alias tables (small beside quotes) and never guesses: two or
// more matches are reported, not resolved.
#include "query/person_lookup.h"

#include <algorithm>
#include <map>
#include <sstream>
#include <vector>

#include "base/edit_distance.h"
#include "people/name_key.h"
#include "store/archive.h"

namespace newsarchive {
namespace {

std::vector<std::string> SplitWords(const std::string& key) {
  std::vector<std::string> words;
  std::istringstream in(key);
  std::string word;
  while (in >> word) words.push_back(word);
  return words;
}

bool HasAllWords(const std::string& key, const std::vector<std::string>& words) {
  std::string padded = " " + key + " ";
  for (const std::string& word : words) {
    if (padded.find(" " + word + " ") == std::string::npos) return false;
  }
  return true;
}

std::string Quoted(const std::string& what) { return "\"" + what + "\""; }

// Every identified person whose name or one alias holds all `words` as whole parts.
Result<std::map<int64_t, std::string>> MatchParts(Archive& archive,
                                                  const std::vector<std::string>& words) {
  std::map<int64_t, std::string> found;
  const SqlDialect& d = archive.Dialect();
  Result<std::vector<Row>> rows = archive.Rows(
      "SELECT p.id, p.name, p.name_key AS key FROM people p WHERE p.is_unidentified = 0 AND " +
          d.Contains("' ' || p.name_key || ' '", ":word") +
          " UNION ALL "
          "SELECT p.id, p.name, a.alias_key FROM person_aliases a "
          "JOIN people p ON p.id = a.person_id WHERE p.is_unidentified = 0 AND " +
          d.Contains("' ' || a.alias_key || ' '", ":word"),
      {{"word", Cell::Text(" " + words[0] + " ")}});
  if (!rows.ok()) return rows.status();
  for (const Row& row : *rows) {
    if (HasAllWords(row[2].text, words)) found.emplace(std::stoll(row[0].text), row[1].text);
  }
  return found;
}

// The identified person whose name or a name part is nearest to `key`, for "did you mean".
Result<std::string> Suggestion(Archive& archive, const std::string& key) {
  Result<std::vector<Row>> rows =
      archive.Rows("SELECT name, name_key FROM people WHERE is_unidentified = 0");
  if (!rows.ok()) return rows.status();
  std::string best;
  size_t best_distance = std::max<size_t>(1, key.size() / 4) + 1;
  for (const Row& row : *rows) {
    const std::string& name_key = row[1].text;
    size_t distance = EditDistance(key, name_key);
    for (const std::string& part : SplitWords(name_key)) {
      distance = std::min(distance, EditDistance(key, part));
    }
    if (distance < best_distance) {
      best_distance = distance;
      best = row[0].text;
    }
  }
  return best;
}

Status Ambiguous(const std::string& what, const std::map<int64_t, std::string>& matches) {
  std::vector<std::pair<std::string, int64_t>> sorted;
  for (const auto& [id, name] : matches) sorted.emplace_back(name, id);
  std::sort(sorted.begin(), sorted.end());
  constexpr size_t kShown = 10;
  std::string list;
  for (size_t i = 0; i < sorted.size() && i < kShown; ++i) {
    if (i > 0) list += ", ";
    list += sorted[i].first + " (id " + std::to_string(sorted[i].second) + ")";
  }
  if (sorted.size() > kShown) list += " and " + std::to_string(sorted.size() - kShown) + " more";
  return Status::Error(Status::Code::kAmbiguous,
                       Quoted(what) + " matches " + std::to_string(matches.size()) +
                           " people: " + list + "; name one by id or by full name");
}

}  // namespace

Result<PersonRef> FindPerson(Archive& archive, const std::string& what) {
  std::string key = NameKey(what);
  if (key.empty()) return Status::InvalidInput("no name given (expected a name or a person id)");

  if (key.find_first_not_of("0123456789") == std::string::npos && key.size() <= 18 &&
      what.find_first_not_of(" 0123456789") == std::string::npos) {
    Result<std::vector<Row>> by_id = archive.Rows("SELECT id, name FROM people WHERE id = :id",
                                                  {{"id", Cell::Integer(std::stoll(key))}});
    if (!by_id.ok()) return by_id.status();
    if (!by_id->empty()) return PersonRef{std::stoll((*by_id)[0][0].text), (*by_id)[0][1].text};
    return Status::Error(Status::Code::kNotFound, "no person with id " + key);
  }

  const SqlParams by_key = {{"key", Cell::Text(key)}};
  Result<std::vector<Row>> by_name = archive.Rows(
      "SELECT id, name FROM people WHERE name_key = :key AND is_unidentified = 0", by_key);
  if (!by_name.ok()) return by_name.status();
  if (!by_name->empty()) {
    return PersonRef{std::stoll((*by_name)[0][0].text), (*by_name)[0][1].text};
  }

  std::map<int64_t, std::string> matches;
  Result<std::vector<Row>> by_alias = archive.Rows(
      "SELECT DISTINCT p.id, p.name FROM person_aliases a JOIN people p ON p.id = a.person_id "
      "WHERE a.alias_key = :key AND p.is_unidentified = 0",
      by_key);
  if (!by_alias.ok()) return by_alias.status();
  for (const Row& row : *by_alias) matches.emplace(std::stoll(row[0].text), row[1].text);
  if (matches.empty()) {
    Result<std::map<int64_t, std::string>> parts = MatchParts(archive, SplitWords(key));
    if (!parts.ok()) return parts.status();
    matches = std::move(*parts);
  }

  if (matches.size() == 1) return PersonRef{matches.begin()->first, matches.begin()->second};
  if (matches.size() > 1) return Ambiguous(what, matches);
  std::string message = "no person matches " + Quoted(what);
  Result<std::string> suggestion = Suggestion(archive, key);
  if (!suggestion.ok()) return suggestion.status();
  if (!suggestion->empty()) message += "; did you mean " + Quoted(*suggestion) + "?";
  return Status::Error(Status::Code::kNotFound, message);
}

}  // namespace newsarchive
