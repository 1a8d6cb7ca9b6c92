#include "model/article.h"

namespace newsarchive {

const char* RoleSourceName(RoleSource source) {
  switch (source) {
    case RoleSource::kLabel: return "label";
    case RoleSource::kText: return "text";
    case RoleSource::kBio: return "bio";
    case RoleSource::kIntro: return "intro";
    case RoleSource::kSignoff: return "signoff";
  }
  return "label";
}

const char* QuoteKindName(QuoteKind kind) {
  return kind == QuoteKind::kTurn ? "turn" : "unattributed";
}

}  // namespace newsarchive
