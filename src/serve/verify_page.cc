// The verify page: a claim and, optionally, who it says said it; the verdict, then the nearest
// real words with their speaker, story, score and a word diff (claim-only words struck through,
// real words left out of the claim underlined).
#include <algorithm>
#include <string>

#include "query/claim_verify.h"
#include "serve/html.h"
#include "serve/pages.h"
#include "serve/table_view.h"

namespace newsarchive {
namespace {

// WordDiff::diff's "[-claim-]{+real+}" as HTML: <del> and <ins>, everything else escaped.
std::string DiffHtml(const std::string& diff) {
  std::string out;
  size_t at = 0;
  while (at < diff.size()) {
    size_t del = diff.find("[-", at);
    size_t ins = diff.find("{+", at);
    size_t next = std::min(del, ins);
    if (next == std::string::npos) {
      out += Escape(diff.substr(at));
      break;
    }
    out += Escape(diff.substr(at, next - at));
    const bool is_del = next == del;
    const std::string close = is_del ? "-]" : "+}";
    size_t end = diff.find(close, next + 2);
    if (end == std::string::npos) {
      out += Escape(diff.substr(next));
      break;
    }
    out += std::string(is_del ? "<del>" : "<ins>") + Escape(diff.substr(next + 2, end - next - 2)) +
           (is_del ? "</del>" : "</ins>");
    at = end + 2;
  }
  return out;
}

}  // namespace

Result<std::string> VerifyPage(Archive& archive, const WebRequest& request,
                               const ServeOptions& options) {
  (void)options;
  const std::string claim = request.Param("claim");
  std::string body =
      "<form class=\"filters\" action=\"/verify\" method=\"get\">\n" +
      TextField("claim", "the words as claimed", claim, "North Korea has terrific potential",
                "search") +
      TextField("person", "said by", request.Param("person"), "name, part of it, or id") +
      TextField("since", "since", request.Param("since"), "YYYY-MM-DD") +
      TextField("until", "until", request.Param("until"), "YYYY-MM-DD") +
      "<button type=\"submit\">Verify</button>\n</form>\n";
  if (claim.empty()) {
    body += "<p>The nearest real words to a claim, who said them, and what differs: "
            "exact, close, other-speaker or not-found.</p>\n";
    return Page("Verify", "Did they really say it?", body);
  }
  Result<std::optional<int64_t>> person = PersonParam(archive, request);
  if (!person.ok()) return person.status();
  Result<std::pair<std::string, std::string>> dates = DateParams(request);
  if (!dates.ok()) return dates.status();
  VerifyRequest verify;
  verify.claim = claim;
  verify.person_id = *person;
  verify.since = dates->first;
  verify.until = dates->second;
  verify.limit = 10;
  Result<VerifyOutcome> outcome = VerifyClaim(archive, verify);
  if (!outcome.ok()) return outcome.status();
  body += "<p class=\"verdict verdict-" + std::string(VerdictName(outcome->verdict)) + "\"><strong>" +
          Escape(outcome->summary) + "</strong></p>\n";
  if (!outcome->matches.empty()) {
    body += "<table>\n<thead><tr><th>verdict</th><th>score</th><th>speaker</th><th>story</th>"
            "<th>real words</th><th>claim against real words</th></tr></thead>\n<tbody>\n";
    for (const VerifyMatch& m : outcome->matches) {
      std::string speaker =
          m.person_id ? Link("/people/" + std::to_string(*m.person_id), m.speaker) : Escape(m.kind);
      std::string story = Link("/articles/" + std::to_string(m.article_id), m.title);
      if (!m.published_on.empty()) story += " (" + Escape(m.published_on) + ")";
      body += "<tr><td>" + std::string(VerdictName(m.verdict)) + "</td><td>" +
              ScoreText(m.score) + "</td><td>" + speaker + "</td><td>" + story + "</td><td>" +
              Escape(m.text) + "</td><td>" + DiffHtml(m.diff) + "</td></tr>\n";
    }
    body += "</tbody>\n</table>\n";
  }
  return Page("Verify", "Did they really say it?", body);
}

}  // namespace newsarchive
