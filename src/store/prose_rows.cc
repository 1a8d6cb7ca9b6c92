#include "store/prose_rows.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <algorithm>

namespace newsarchive {
namespace {

constexpr size_t kBlockJoin = 2;  // "\n\n" between blocks, as between a turn's paragraphs

// Bytes from the start of block `found_in` to the end of the last block, as if joined.
size_t JoinedSize(const Article& article, size_t found_in) {
  size_t size = 0;
  for (size_t k = found_in; k < article.quotes.size(); ++k) {
    size += article.quotes[k].text.size() + (k > found_in ? kBlockJoin : 0);
  }
  return size;
}

// Characters before byte `byte` of the blocks from `found_in` on, joined.
int64_t CharsBefore(const Article& article, size_t found_in, size_t byte) {
  int64_t chars = 0;
  for (size_t k = found_in; k < article.quotes.size(); ++k) {
    const std::string& text = article.quotes[k].text;
    if (byte <= text.size()) return chars + CharCount(std::string_view(text).substr(0, byte));
    chars += CharCount(text) + static_cast<int64_t>(kBlockJoin);
    byte -= std::min(byte, text.size() + kBlockJoin);
  }
  return chars;
}

// Where the rows of one kind (prose quotes, mentions) are wrong: "" when nowhere.
template <typename Item>
std::string FirstFault(const Article& article, const std::vector<Item>& items, const char* what) {
  for (size_t i = 0; i < items.size(); ++i) {
    const Item& item = items[i];
    const std::string name = std::string(what) + " " + std::to_string(i + 1);
    if (item.speaker >= static_cast<int>(article.speakers.size()) || item.speaker < -1) {
      return name + " names no speaker of the story";
    }
    if (item.found_in < 0 || static_cast<size_t>(item.found_in) >= article.quotes.size()) {
      return name + " points to no turn or block of the story";
    }
    const size_t found_in = static_cast<size_t>(item.found_in);
    if (item.begin > item.end || item.begin > article.quotes[found_in].text.size() ||
        item.end > JoinedSize(article, found_in)) {
      return name + " stands outside the text it was found in";
    }
  }
  return "";
}

}  // namespace

int64_t CharCount(std::string_view text) {
  int64_t chars = 0;
  for (unsigned char c : text) chars += (c & 0xC0) != 0x80;  // every byte but continuation bytes
  return chars;
}

std::vector<const Quote*> ProseQuotesInStoryOrder(const Article& article) {
  std::vector<const Quote*> quotes;
  for (const Quote& q : article.prose_quotes) quotes.push_back(&q);
  std::stable_sort(quotes.begin(), quotes.end(), [](const Quote* a, const Quote* b) {
    return a->found_in != b->found_in ? a->found_in < b->found_in : a->begin < b->begin;
  });
  return quotes;
}

StoredPlace PlaceOf(const Article& article, int found_in, size_t begin, size_t end) {
  const size_t block = static_cast<size_t>(found_in);
  return {found_in + 1, CharsBefore(article, block, begin), CharsBefore(article, block, end)};
}

Status CheckProseRows(const Article& article, const std::string& file_name) {
  for (size_t i = 0; i < article.prose_quotes.size(); ++i) {
    const QuoteKind kind = article.prose_quotes[i].kind;
    if (kind != QuoteKind::kDirect && kind != QuoteKind::kReported) {
      return Status::InvalidInput(
          "prose quote " + std::to_string(i + 1) + " is neither direct nor reported", file_name);
    }
  }
  for (size_t i = 0; i < article.mentions.size(); ++i) {
    if (article.mentions[i].speaker < 0) {
      return Status::InvalidInput("mention " + std::to_string(i + 1) + " names no one", file_name);
    }
  }
  std::string fault = FirstFault(article, article.prose_quotes, "prose quote");
  if (fault.empty()) fault = FirstFault(article, article.mentions, "mention");
  return fault.empty() ? Status::Ok() : Status::InvalidInput(fault, file_name);
}

MentionWriter::MentionWriter(SQLite::Database& db)
    : insert_(std::make_unique<SQLite::Statement>(
          db,
          "INSERT INTO mentions (article_id, person_id, found_in, start_offset, end_offset) "
          "VALUES (?, ?, ?, ?, ?)")) {}

MentionWriter::~MentionWriter() = default;

void MentionWriter::Write(int64_t article_id, const Article& article,
                          const std::vector<int64_t>& person_ids) {
  for (const Mention& mention : article.mentions) {
    const StoredPlace place = PlaceOf(article, mention.found_in, mention.begin, mention.end);
    insert_->tryReset();
    insert_->bind(1, article_id);
    insert_->bind(2, person_ids[mention.speaker]);
    insert_->bind(3, place.found_in);
    insert_->bind(4, place.start);
    insert_->bind(5, place.end);
    insert_->exec();
  }
  insert_->tryReset();
}

}  // namespace newsarchive
