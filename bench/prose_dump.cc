// newsarchive_prose_dump: what the attribution stage finds in each file, one JSON object a line
// (the dry-run object of article_dump: prose_quotes, mentions, speakers). Each file is read as
// `import` reads it: the reader chosen from its content and name (ChooseInputFormat), then
// ParseDocument, then AttributeProse. A file the parser rejects gives {"file", "rejected"} (import
// would store nothing), or with --paragraphs is read as paragraphs no one is credited with, to
// score the stage alone on prose the parser cannot read. Usage:
//   newsarchive_prose_dump [--paragraphs] FILE...
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "attribute/prose_attribution.h"
#include "output/article_dump.h"
#include "output/json_writer.h"
#include "parse/transcript_parser.h"
#include "read/input_format.h"
#include "read/text_decode.h"

namespace {

// The paragraphs of `text` (blank-line separated; a lone line break joins lines) as one block.
newsarchive::Article ParagraphsOnly(const std::string& text) {
  newsarchive::Article article;
  newsarchive::Quote block;
  block.kind = newsarchive::QuoteKind::kUnattributed;
  std::istringstream in(text);
  std::string line, paragraph;
  auto flush = [&] {
    if (paragraph.empty()) return;
    if (!block.text.empty()) block.text += "\n\n";
    block.text += paragraph;
    paragraph.clear();
  };
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) {
      flush();
      continue;
    }
    if (!paragraph.empty()) paragraph += ' ';
    paragraph += line;
  }
  flush();
  article.quotes.push_back(block);
  article.form = newsarchive::StoryForm::kArticle;
  return article;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace newsarchive;
  int status = 0;
  bool paragraphs = false;
  for (int i = 1; i < argc; ++i) {
    if (std::string(argv[i]) == "--paragraphs") {
      paragraphs = true;
      continue;
    }
    std::ifstream file(argv[i], std::ios::binary);
    if (!file) {
      std::cerr << argv[i] << ": cannot open\n";
      status = 1;
      continue;
    }
    std::stringstream bytes;
    bytes << file.rdbuf();
    Result<DecodedText> decoded = DecodeText(bytes.str());
    if (!decoded.ok()) {
      std::cerr << argv[i] << ": " << decoded.status().message() << "\n";
      status = 1;
      continue;
    }
    InputFormat format = ChooseInputFormat(std::string_view(bytes.str()).substr(0, 64 * 1024), argv[i]);
    if (format == InputFormat::kDataset) format = InputFormat::kText;  // one record per file here
    Result<Article> parsed = ParseDocument(ReadWholeDocument(format, decoded->text, argv[i]));
    if (!parsed.ok() && !paragraphs) {
      std::string out = "{\"file\":";
      AppendJsonString(argv[i], &out);
      out += ",\"rejected\":";
      AppendJsonString(parsed.status().message(), &out);
      std::cout << out << "}\n";
      continue;
    }
    Article article = parsed.ok() ? std::move(*parsed) : ParagraphsOnly(decoded->text);
    AttributeProse(&article);
    std::string out;
    AppendArticleJson(article, argv[i], decoded->encoding, {}, &out);
    std::cout << out << "\n";
  }
  return status;
}
