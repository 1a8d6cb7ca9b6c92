#include "store/sql_text.h"

#include <cctype>
#include <cstring>

namespace newsarchive {

std::string FirstKeyword(const char* sql) {
  const char* p = sql;
  while (*p) {
    if (std::isspace(static_cast<unsigned char>(*p))) {
      ++p;
    } else if (p[0] == '-' && p[1] == '-') {
      while (*p && *p != '\n') ++p;
    } else if (p[0] == '/' && p[1] == '*') {
      const char* end = std::strstr(p + 2, "*/");
      p = end ? end + 2 : p + std::strlen(p);
    } else {
      break;
    }
  }
  std::string word;
  while (std::isalpha(static_cast<unsigned char>(*p))) word += static_cast<char>(std::toupper(*p++));
  return word.empty() ? "the statement" : word;
}

Status ReadOnlyRefusal(const std::string& why) {
  return Status::Error(Status::Code::kRefused, "refused: query is read-only (" + why + ")");
}

bool IsReadingKeyword(const std::string& keyword) {
  return keyword == "SELECT" || keyword == "WITH" || keyword == "VALUES" || keyword == "TABLE";
}

}  // namespace newsarchive
