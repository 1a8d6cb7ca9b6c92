#include "read/dataset_reader.h"

#include <simdjson.h>

#include <utility>
#include <vector>

#include "base/text_util.h"
#include "read/document_builder.h"

namespace newsarchive {
namespace {

namespace od = simdjson::ondemand;

// What one record holds, as read.
struct RecordFields {
  std::string id, title, date, url, program, summary, source;
  std::vector<std::string> utterances, speakers;
  bool has_utterances = false, has_speakers = false;
};

std::string ErrorText(simdjson::error_code error) {
  return std::string("not valid JSON (") + simdjson::error_message(error) + ")";
}

// A string, a number (as written) or null (empty) into *out.
bool ReadScalar(od::value value, std::string* out, std::string* why) {
  od::json_type type;
  if (auto error = value.type().get(type)) {
    *why = ErrorText(error);
    return false;
  }
  if (type == od::json_type::null) {
    bool is_null = false;
    return value.is_null().get(is_null) == simdjson::SUCCESS;
  }
  if (type == od::json_type::number) {
    *out = std::string(Trim(value.raw_json_token()));
    return true;
  }
  std::string_view text;
  if (auto error = value.get_string().get(text)) {
    *why = type == od::json_type::string ? ErrorText(error) : "a string was expected";
    return false;
  }
  out->assign(text.data(), text.size());
  return true;
}

bool ReadStrings(od::value value, const char* key, std::vector<std::string>* out,
                 std::string* why) {
  od::array array;
  if (value.get_array().get(array) != simdjson::SUCCESS) {
    *why = std::string("'") + key + "' is not an array";
    return false;
  }
  for (auto element : array) {
    if (auto error = element.error()) {
      *why = ErrorText(error);
      return false;
    }
    std::string text;
    std::string inner;
    if (!ReadScalar(element.value_unsafe(), &text, &inner)) {
      *why = std::string("entry ") + std::to_string(out->size() + 1) + " of '" + key + "': " +
             (inner.empty() ? "not a string" : inner);
      return false;
    }
    out->push_back(std::move(text));
  }
  return true;
}

bool ReadFields(od::object object, RecordFields* f, std::string* why) {
  for (auto field : object) {  // a simdjson_result<field>: errors carried to what is read of it
    std::string_view key;
    if (auto error = field.unescaped_key().get(key)) {
      *why = ErrorText(error);
      return false;
    }
    std::string* scalar = key == "id"        ? &f->id
                          : key == "title"   ? &f->title
                          : key == "date"    ? &f->date
                          : key == "url"     ? &f->url
                          : key == "program" ? &f->program
                          : key == "summary" ? &f->summary
                          : key == "source"  ? &f->source
                                             : nullptr;
    const std::string name(key);
    bool ok = true;
    std::string inner;
    if (scalar != nullptr) {
      ok = ReadScalar(field.value(), scalar, &inner);
      if (!ok) *why = "'" + name + "': " + (inner.empty() ? "not a string" : inner);
    } else if (key == "utt") {
      f->has_utterances = true;
      ok = ReadStrings(field.value(), "utt", &f->utterances, why);
    } else if (key == "speaker") {
      f->has_speakers = true;
      ok = ReadStrings(field.value(), "speaker", &f->speakers, why);
    }
    if (!ok) return false;
  }
  return true;
}

// The paragraphs of an utterance: its lines that hold anything.
std::vector<std::string_view> Paragraphs(std::string_view text) {
  std::vector<std::string_view> out;
  for (size_t start = 0; start <= text.size();) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view p = Trim(text.substr(start, end - start));
    if (!p.empty()) out.push_back(p);
    start = end + 1;
  }
  return out;
}

void BuildDocument(const RecordFields& f, int line, Document* document) {
  DocumentBuilder out(document);
  out.Field("title", f.title.empty() ? f.id : f.title, line);
  out.Field("date", f.date, line);
  out.Field("url", f.url, line);
  out.Field("program", f.program, line);
  out.Field("source", f.source, line);
  out.Field("summary", f.summary, line);
  std::string previous;  // the label of the turn going on, collapsed
  for (size_t i = 0; i < f.utterances.size(); ++i) {
    const std::string label = CollapsedText(f.speakers[i]);
    const std::vector<std::string_view> paragraphs = Paragraphs(f.utterances[i]);
    for (size_t k = 0; k < paragraphs.size(); ++k) {
      if (label.empty()) {
        out.Text(Block::Kind::kText, paragraphs[k], line, 1);
      } else {
        // The same speaker again carries on the turn, as a further paragraph.
        const bool carries_on = k > 0 || label == previous;
        out.Turn(carries_on ? "" : label, paragraphs[k], line, 1);
      }
    }
    if (!paragraphs.empty()) previous = label;
  }
}

}  // namespace

bool LooksLikeDataset(std::string_view head) {
  if (head.compare(0, 3, "\xEF\xBB\xBF") == 0) head.remove_prefix(3);
  size_t i = 0;
  auto skip = [&] {
    while (i < head.size() && IsSpace(head[i])) ++i;
  };
  skip();
  if (i < head.size() && head[i] == '[') {
    ++i;
    skip();
    if (i == head.size()) return true;  // "[" and then more than the head holds
  }
  if (i >= head.size() || head[i] != '{') return false;
  ++i;
  skip();
  return i < head.size() && (head[i] == '"' || head[i] == '}');
}

Status DatasetRecordDocument(std::string* json, const std::string& name, int line,
                             std::string* id, Document* document) {
  thread_local od::parser parser;
  document->name = name;
  document->reader = "dataset";
  document->encoding = "utf-8";
  json->reserve(json->size() + simdjson::SIMDJSON_PADDING);
  const simdjson::padded_string_view view(json->data(), json->size(), json->capacity());
  RecordFields fields;
  std::string why;
  od::document doc;
  od::object object;
  if (auto error = parser.iterate(view).get(doc)) {
    why = ErrorText(error);
  } else if (doc.get_object().get(object) != simdjson::SUCCESS) {
    why = "not a JSON object";
  } else if (ReadFields(object, &fields, &why) && Trim(*json).back() != '}') {
    why = "text follows the record's closing brace";
  }
  *id = fields.id;
  if (why.empty()) {
    if (!fields.has_utterances || !fields.has_speakers) {
      why = "no 'utt' and 'speaker' arrays (not a transcript record)";
    } else if (fields.utterances.size() != fields.speakers.size()) {
      why = "'utt' has " + std::to_string(fields.utterances.size()) + " entries and 'speaker' " +
            std::to_string(fields.speakers.size());
    } else if (fields.utterances.empty()) {
      why = "'utt' is empty";
    }
  }
  if (!why.empty()) return Status::InvalidInput(why, name, line);
  BuildDocument(fields, line, document);
  return Status::Ok();
}

DatasetReader::DatasetReader(InputStream* in, std::string name, int64_t max_record_bytes)
    : name_(std::move(name)), splitter_(in, max_record_bytes) {}

bool DatasetReader::Next(DatasetRecord* record) {
  if (!splitter_.Next(&raw_)) return false;
  *record = DatasetRecord();
  record->number = raw_.number;
  record->line = raw_.line;
  const std::string where = "record " + std::to_string(raw_.number);
  if (!raw_.problem.empty()) {
    record->status = Status::InvalidInput(where + ": " + raw_.problem, name_, raw_.line);
    return true;
  }
  Status status = DatasetRecordDocument(&raw_.text, name_, raw_.line, &record->id,
                                        &record->document);
  if (!status.ok()) {
    const std::string which = record->id.empty() ? where : where + " (id " + record->id + ")";
    record->status = Status::InvalidInput(which + ": " + status.message(), name_, raw_.line);
    record->document = Document();
    return true;
  }
  record->json = std::move(raw_.text);
  return true;
}

}  // namespace newsarchive
