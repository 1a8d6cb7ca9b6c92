#include "output/article_dump.h"

#include "output/json_writer.h"

namespace newsarchive {
namespace {

// "key": "value" (or null when empty), with a comma before it unless it is the first.
void Field(const char* key, const std::string& value, bool first, std::string* out) {
  if (!first) *out += ',';
  AppendJsonString(key, out);
  *out += ':';
  if (value.empty()) {
    *out += "null";
  } else {
    AppendJsonString(value, out);
  }
}

void RawField(const char* key, const std::string& raw, std::string* out) {
  *out += ',';
  AppendJsonString(key, out);
  *out += ':';
  *out += raw;
}

const std::string& SpeakerName(const Article& article, const Quote& quote) {
  static const std::string kNone;
  if (quote.speaker < 0 || static_cast<size_t>(quote.speaker) >= article.speakers.size()) {
    return kNone;
  }
  return article.speakers[quote.speaker].name;
}

std::string Roles(const Speaker& speaker) {
  std::string out;
  for (const Role& role : speaker.roles) {
    if (!out.empty()) out += "; ";
    out += role.title;
    if (!role.organization.empty()) out += ", " + role.organization;
    out += std::string(" (") + RoleSourceName(role.source) + ")";
  }
  return out;
}

}  // namespace

void AppendArticleJson(const Article& article, const std::string& file,
                       const std::string& encoding, const std::vector<Diagnostic>& warnings,
                       std::string* out) {
  *out += '{';
  Field("file", file, true, out);
  Field("encoding", encoding, false, out);
  Field("reader", article.reader, false, out);
  Field("layout", article.layout, false, out);
  // Only an article says its form: a transcript's dump is what it was before forms existed.
  if (article.form != StoryForm::kTranscript) {
    Field("form", StoryFormName(article.form), false, out);
  }
  Field("title", article.title, false, out);
  Field("summary", article.summary, false, out);
  Field("dateline", article.dateline, false, out);
  Field("source", article.source, false, out);
  Field("program", article.program, false, out);
  Field("url", article.url, false, out);
  Field("published_on", article.published_on, false, out);
  Field("copyright", article.copyright, false, out);

  std::string list = "[";
  for (const Diagnostic& warning : warnings) {
    if (list.size() > 1) list += ',';
    list += "{\"line\":" + std::to_string(warning.line);
    Field("message", warning.message, false, &list);
    list += '}';
  }
  RawField("warnings", list + "]", out);

  list = "[";
  for (const Speaker& speaker : article.speakers) {
    if (list.size() > 1) list += ',';
    list += '{';
    Field("name", speaker.name, true, &list);
    RawField("unidentified", speaker.unidentified ? "true" : "false", &list);
    list += ",\"labels\":[";
    for (size_t i = 0; i < speaker.labels.size(); ++i) {
      if (i > 0) list += ',';
      AppendJsonString(speaker.labels[i], &list);
    }
    list += "],\"roles\":[";
    for (size_t i = 0; i < speaker.roles.size(); ++i) {
      const Role& role = speaker.roles[i];
      list += i > 0 ? ",{" : "{";
      Field("title", role.title, true, &list);
      Field("organization", role.organization, false, &list);
      Field("source", RoleSourceName(role.source), false, &list);
      list += '}';
    }
    list += "]}";
  }
  RawField("speakers", list + "]", out);

  list = "[";
  for (size_t i = 0; i < article.quotes.size(); ++i) {
    const Quote& quote = article.quotes[i];
    if (i > 0) list += ',';
    list += "{\"position\":" + std::to_string(i + 1);
    Field("speaker", SpeakerName(article, quote), false, &list);
    Field("kind", QuoteKindName(quote.kind), false, &list);
    RawField("via_interpreter", quote.via_interpreter ? "true" : "false", &list);
    Field("annotation", quote.annotation, false, &list);
    Field("label", quote.label, false, &list);
    RawField("line", quote.line > 0 ? std::to_string(quote.line) : "null", &list);
    Field("text", quote.text, false, &list);
    list += '}';
  }
  RawField("quotes", list + "]", out);

  // Words found inside the turns and blocks: "position" is the quote (1-based) holding them,
  // begin and end byte offsets into its text.
  list = "[";
  for (const Quote& quote : article.prose_quotes) {
    if (list.size() > 1) list += ',';
    list += '{';
    Field("kind", QuoteKindName(quote.kind), true, &list);
    Field("speaker", SpeakerName(article, quote), false, &list);
    Field("source", quote.source, false, &list);
    RawField("position", std::to_string(quote.found_in + 1), &list);
    RawField("begin", std::to_string(quote.begin), &list);
    RawField("end", std::to_string(quote.end), &list);
    Field("text", quote.text, false, &list);
    list += '}';
  }
  RawField("prose_quotes", list + "]", out);

  list = "[";
  for (const Mention& mention : article.mentions) {
    if (list.size() > 1) list += ',';
    list += '{';
    const bool known =
        mention.speaker >= 0 && static_cast<size_t>(mention.speaker) < article.speakers.size();
    Field("name", known ? article.speakers[mention.speaker].name : "", true, &list);
    RawField("position", std::to_string(mention.found_in + 1), &list);
    RawField("begin", std::to_string(mention.begin), &list);
    RawField("end", std::to_string(mention.end), &list);
    list += '}';
  }
  RawField("mentions", list + "]", out);
  *out += '}';
}

void AppendArticleText(const Article& article, const std::string& file,
                       const std::string& encoding, std::string* out) {
  *out += file + (encoding.empty() ? "" : " (" + encoding + ")") + "\n";
  const std::pair<const char*, const std::string*> fields[] = {
      {"title", &article.title},       {"summary", &article.summary},
      {"dateline", &article.dateline}, {"source", &article.source},
      {"program", &article.program},   {"url", &article.url},
      {"published_on", &article.published_on}, {"copyright", &article.copyright},
      {"reader", &article.reader}, {"layout", &article.layout}};
  const std::string form =
      article.form == StoryForm::kTranscript ? "" : StoryFormName(article.form);
  for (const auto& [name, value] : fields) {
    if (value->empty()) continue;
    *out += "  " + std::string(name) + ": " + std::string(13 - std::string(name).size(), ' ') +
            *value + "\n";
  }
  if (!form.empty()) *out += "  form:          " + form + "\n";
  *out += "  speakers:\n";
  for (const Speaker& speaker : article.speakers) {
    std::string roles = Roles(speaker);
    *out += "    " + speaker.name + (speaker.unidentified ? " [unidentified]" : "") +
            (roles.empty() ? "" : ": " + roles) + "\n";
  }
  *out += "  quotes:\n";
  for (size_t i = 0; i < article.quotes.size(); ++i) {
    const Quote& quote = article.quotes[i];
    std::string who = quote.kind == QuoteKind::kTurn ? SpeakerName(article, quote) : "(unattributed)";
    // A part in the proceedings credited to no one ("Q", a publication's questions): its label.
    if (who.empty() && !quote.label.empty()) who = quote.label + " (no person)";
    if (quote.via_interpreter) who += " [via interpreter]";
    if (!quote.annotation.empty()) who += " [" + quote.annotation + "]";
    *out += "    " + std::to_string(i + 1) + ". " + who + ": ";
    // Continuation lines are indented under the text; blank lines between paragraphs stay empty.
    for (size_t at = 0; at < quote.text.size(); ++at) {
      *out += quote.text[at];
      if (quote.text[at] == '\n' && at + 1 < quote.text.size() && quote.text[at + 1] != '\n') {
        *out += "      ";
      }
    }
    *out += "\n";
  }
  if (!article.prose_quotes.empty()) *out += "  prose quotes:\n";
  for (const Quote& quote : article.prose_quotes) {
    std::string who = SpeakerName(article, quote);
    if (who.empty()) who = quote.source.empty() ? "(no one)" : "(" + quote.source + ")";
    *out += "    " + std::string(QuoteKindName(quote.kind)) + " in " +
            std::to_string(quote.found_in + 1) + ", " + who + ": " + quote.text + "\n";
  }
}

}  // namespace newsarchive
