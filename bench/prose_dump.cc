// newsarchive_prose_dump: what the attribution stage finds in each file, one JSON object a line
// (the dry-run object of article_dump: prose_quotes, mentions, speakers). A file the parser takes
// is read as the importer reads it; one it rejects (a print article before the article layout
// reads it) is read as paragraphs no one is credited with, so bench/prose_eval can score the
// stage on any prose. Usage: newsarchive_prose_dump FILE...
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "attribute/prose_attribution.h"
#include "output/article_dump.h"
#include "parse/transcript_parser.h"
#include "read/text_decode.h"
#include "read/text_reader.h"

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
  for (int i = 1; i < argc; ++i) {
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
    Result<Article> parsed = ParseDocument(TextDocument(decoded->text, argv[i]));
    Article article = parsed.ok() ? std::move(*parsed) : ParagraphsOnly(decoded->text);
    AttributeProse(&article);
    std::string out;
    AppendArticleJson(article, argv[i], decoded->encoding, {}, &out);
    std::cout << out << "\n";
  }
  return status;
}
