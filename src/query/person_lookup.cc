// How this works: the input is folded with NameKey, the same function the importer used to fill
// people.name_key and person_aliases.alias_key, so matching is a comparison of keys. Exact keys are
// looked up through their indexes; name parts are found with instr() over the keys padded with
// spaces, which reads the people and alias tables (small beside quotes) and never guesses: two or
// more matches are reported, not resolved.
#include "query/person_lookup.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <algorithm>
#include <map>
#include <sstream>
#include <vector>

#include "base/edit_distance.h"
#include "people/name_key.h"

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
std::map<int64_t, std::string> MatchParts(SQLite::Database& db,
                                          const std::vector<std::string>& words) {
  std::map<int64_t, std::string> found;
  SQLite::Statement select(db,
                           "SELECT p.id, p.name, p.name_key AS key FROM people p "
                           "WHERE p.is_unidentified = 0 AND instr(' ' || p.name_key || ' ', :word) "
                           "UNION ALL "
                           "SELECT p.id, p.name, a.alias_key FROM person_aliases a "
                           "JOIN people p ON p.id = a.person_id "
                           "WHERE p.is_unidentified = 0 AND instr(' ' || a.alias_key || ' ', :word)");
  select.bind(":word", " " + words[0] + " ");
  while (select.executeStep()) {
    if (HasAllWords(select.getColumn(2).getString(), words)) {
      found.emplace(select.getColumn(0).getInt64(), select.getColumn(1).getString());
    }
  }
  return found;
}

// The identified person whose name or a name part is nearest to `key`, for "did you mean".
std::string Suggestion(SQLite::Database& db, const std::string& key) {
  SQLite::Statement select(db, "SELECT name, name_key FROM people WHERE is_unidentified = 0");
  std::string best;
  size_t best_distance = std::max<size_t>(1, key.size() / 4) + 1;
  while (select.executeStep()) {
    std::string name_key = select.getColumn(1).getString();
    size_t distance = EditDistance(key, name_key);
    for (const std::string& part : SplitWords(name_key)) {
      distance = std::min(distance, EditDistance(key, part));
    }
    if (distance < best_distance) {
      best_distance = distance;
      best = select.getColumn(0).getString();
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

Result<PersonRef> FindPerson(SQLite::Database& db, const std::string& what) {
  std::string key = NameKey(what);
  if (key.empty()) return Status::InvalidInput("no name given (expected a name or a person id)");

  if (key.find_first_not_of("0123456789") == std::string::npos && key.size() <= 18 &&
      what.find_first_not_of(" 0123456789") == std::string::npos) {
    SQLite::Statement by_id(db, "SELECT id, name FROM people WHERE id = :id");
    by_id.bind(":id", static_cast<int64_t>(std::stoll(key)));
    if (by_id.executeStep()) return PersonRef{by_id.getColumn(0).getInt64(), by_id.getColumn(1)};
    return Status::Error(Status::Code::kNotFound, "no person with id " + key);
  }

  SQLite::Statement by_name(
      db, "SELECT id, name FROM people WHERE name_key = :key AND is_unidentified = 0");
  by_name.bind(":key", key);
  if (by_name.executeStep()) return PersonRef{by_name.getColumn(0).getInt64(), by_name.getColumn(1)};

  std::map<int64_t, std::string> matches;
  SQLite::Statement by_alias(db,
                             "SELECT DISTINCT p.id, p.name FROM person_aliases a "
                             "JOIN people p ON p.id = a.person_id "
                             "WHERE a.alias_key = :key AND p.is_unidentified = 0");
  by_alias.bind(":key", key);
  while (by_alias.executeStep()) {
    matches.emplace(by_alias.getColumn(0).getInt64(), by_alias.getColumn(1).getString());
  }
  if (matches.empty()) matches = MatchParts(db, SplitWords(key));

  if (matches.size() == 1) return PersonRef{matches.begin()->first, matches.begin()->second};
  if (matches.size() > 1) return Ambiguous(what, matches);
  std::string message = "no person matches " + Quoted(what);
  std::string suggestion = Suggestion(db, key);
  if (!suggestion.empty()) message += "; did you mean " + Quoted(suggestion) + "?";
  return Status::Error(Status::Code::kNotFound, message);
}

}  // namespace newsarchive
