// The dataset reader: a research dataset of transcripts in MediaSum's shape, one JSON object per
// story (`id`, `program`, `date`, `url`, `title`, `summary`, `utt[]`, `speaker[]`, other keys
// ignored), in JSON Lines or a JSON array, gzip or not, of any size. Records are read one at a
// time (json_records.h) and parsed with simdjson's on-demand API; each becomes the Document of
// one story: kField blocks for what the record states, then one kTurn per utterance with the
// speaker string as its label (a speaker's next utterances are further paragraphs of the turn).
// A record that is no such object is reported alone, by its number and line.
#ifndef NEWSARCHIVE_READ_DATASET_READER_H_
#define NEWSARCHIVE_READ_DATASET_READER_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "base/status.h"
#include "model/document.h"
#include "read/input_stream.h"
#include "read/json_records.h"

namespace newsarchive {

// True when `head` (the start of an input) opens JSON records: '{"' or '[' then '{', after any
// byte-order mark and white space.
bool LooksLikeDataset(std::string_view head);

struct DatasetRecord {
  int64_t number = 0;  // 1-based record number in the file
  int line = 0;        // line of the file where it starts
  std::string id;      // the record's own id ("NPR-90001"); empty when it has none
  std::string json;    // the record as read: what the archive keeps as its original text
  Document document;   // the story (empty when status is not ok)
  Status status;       // kInvalidInput naming the file, line and record: a bad record
};

class DatasetReader {
 public:
  // Reads the records of `in` (which must outlive the reader); `name` names the file in
  // messages; a record over `max_record_bytes` is a bad record.
  DatasetReader(InputStream* in, std::string name, int64_t max_record_bytes);
  DatasetReader(const DatasetReader&) = delete;
  DatasetReader& operator=(const DatasetReader&) = delete;

  // Fills *record with the next record (good or bad) and returns true; false at the end, or
  // when the input cannot be read further (status() then says why).
  bool Next(DatasetRecord* record);
  const Status& status() const { return splitter_.status(); }
  // "json lines", "json array", "json values": known after the first record.
  const char* layout() const { return JsonRecordSplitter::ShapeName(splitter_.shape()); }

 private:
  std::string name_;
  JsonRecordSplitter splitter_;
  RawRecord raw_;
};

// The Document of one record's JSON `json` (its capacity grows to hold simdjson's padding);
// kInvalidInput with the reason when it is not a record of that shape. A record without a title
// is titled by its id. DatasetReader reads each record with it; tests and the fuzzer call it.
Status DatasetRecordDocument(std::string* json, const std::string& name, int line,
                             std::string* id, Document* document);

}  // namespace newsarchive

#endif  // NEWSARCHIVE_READ_DATASET_READER_H_
