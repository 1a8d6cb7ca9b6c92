// The four outlet formats, each with its label conventions, chrome and ending:
// - modern NPR: member-station or npr.org chrome, `NAME, HOST:` alone on its line, inline
//   `NAME, BYLINE:`, title-prefixed newsmakers (`SEN. NAME:`), surname labels later, sign-off
//   `Name, NPR News, City.` + `Transcript provided by NPR, Copyright NPR.` + reporter bio;
// - older NPR: unlabelled `This is PROGRAM. I'm Host.` opening, surname-only host labels,
//   `Mr. NAME (Title, Organization):` guests, `NAME reporting:`, a copyright line;
// - CNN: transcript-page chrome, `NAME, CNN ANCHOR:`, `(BEGIN VIDEOTAPE)` packages with
//   `(voice-over)` labels, `(COMMERCIAL BREAK)`, `(CROSSTALK)`;
// - PBS: full names on every turn, `NAME, Job Title, Organization:` on a guest's first turn.
#include "bench/story_writer.h"

namespace newsarchive {
namespace {

const char* const kParties[] = {"Republican", "Democrat", "Independent"};

const char* Honorific(const FakePerson& p) { return p.female ? "Ms." : "Mr."; }

}  // namespace

int StoryWriter::CastNprHost(int program) {
  const Program& prog = world_.programs[program];
  int person = prog.hosts[rng_.Below(static_cast<uint32_t>(prog.hosts.size()))];
  const FakePerson& p = world_.people[person];
  int member = Cast(Voice::kHost, person, p.full_upper + ", HOST", p.last_upper);
  cast_[member].alone = true;
  return member;
}

int StoryWriter::CastNewsmaker(bool older) {
  int person = DrawPerson(world_.newsmakers, world_.newsmaker_sampler);
  const FakePerson& p = world_.people[person];
  if (older) {
    std::string first = p.title + " " + p.full_upper;
    if (p.title == "Senator" || p.title == "Representative") {
      first += std::string(" (") + kParties[rng_.Below(3)] + ", " + Place() + ")";
    }
    std::string later = (p.short_title.empty() ? p.title : MixedCase(p.short_title));
    return Cast(Voice::kNewsmaker, person, first, later + " " + p.last_upper);
  }
  std::string title = p.short_title.empty() || rng_.Chance(0.5) ? UpperName(p.title)
                                                                 : p.short_title;
  return Cast(Voice::kNewsmaker, person, title + " " + p.full_upper, p.last_upper);
}

int StoryWriter::CastGuest(bool older) {
  int person = DrawPerson(world_.guests, world_.guest_sampler);
  const FakePerson& p = world_.people[person];
  if (older) {
    std::string role = p.title;
    if (role == "Author" && rng_.Chance(0.5)) {
      role += ", \"";
      size_t at = out_.size();
      Title();  // borrow the headline generator for a book title
      role += out_.substr(at);
      out_.resize(at);
      role += "\"";
    } else {
      role += ", " + p.organization;
    }
    return Cast(Voice::kGuest, person,
                std::string(Honorific(p)) + " " + p.full_upper + " (" + role + ")",
                std::string(Honorific(p)) + " " + p.last_upper);
  }
  return Cast(Voice::kGuest, person, p.full_upper, p.last_upper);
}

int StoryWriter::CastSoundbite(bool older) {
  uint32_t kind = rng_.Below(100);
  if (kind < 55) return CastNewsmaker(older);
  if (kind < 88) return CastGuest(older);
  return Unidentified(older);
}

void StoryWriter::Soundbite(int member, bool older) {
  const CastMember& c = cast_[member];
  bool foreign = c.person >= 0 && P(member).foreign;
  if (!older && c.voice == Voice::kNewsmaker && rng_.Chance(0.3)) {
    Line("(SOUNDBITE OF ARCHIVED RECORDING)");
  }
  const char* note = nullptr;
  if (foreign) note = older ? "(Through translator)" : "(Through interpreter)";
  Turn(member, SoundbiteWords(), note);
}

void StoryWriter::Teaser(const std::string& ending) {
  for (int k = rng_.Between(1, 2); k > 0; --k) {
    Sentence(8, 25, false);
    out_ += ' ';
  }
  out_ += ending;
  out_ += "\n\n";
}

void StoryWriter::Bio(const FakePerson& reporter) {
  out_ += reporter.full + " is a " + reporter.organization + " correspondent for NPR. ";
  Speech(rng_.Between(25, 70));
  out_ += "\n";
}

void StoryWriter::Interview(int host, const std::vector<int>& guests, int turns) {
  int guest = guests[0];
  for (int i = 0; i < turns; ++i) {
    if (i % 2 == 0) {
      Turn(guest, AnswerWords());
      if (rng_.Chance(0.03)) Line("(LAUGHTER)");
    } else {
      guest = guests[rng_.Below(static_cast<uint32_t>(guests.size()))];
      Turn(host, QuestionWords());
    }
  }
  Turn(host, rng_.Between(4, 20), nullptr, " " + P(guest).full + ", thank you so much.");
  Turn(guest, 0);
}

void StoryWriter::WriteModernNpr() {
  year_ = rng_.Between(2008, 2024);
  const bool station = rng_.Chance(0.5);
  out_ += station ? "Play Live Radio\nNext Up:\n0:00 0:00\nAvailable On Air Stations\n\n"
                  : "NPR logo\n\n";
  const int program = NprProgram();
  Title();
  out_ += station ? "\n\n\n" : "\n\n";
  if (!station) {
    Date(true);
    out_ += "\n\nHeard on " + world_.programs[program].name + "\n\n";
  }
  const int host = CastNprHost(program);

  if (rng_.Chance(0.3)) {  // an interview
    std::vector<int> guests;
    for (int k = rng_.Chance(0.15) ? 2 : 1; k > 0; --k) guests.push_back(CastGuest(false));
    DisambiguateShortLabels();
    const FakePerson& g = P(guests[0]);
    Teaser(P(host).full + " talks with " + g.full + " of " + g.organization + ".");
    Turn(host, rng_.Between(30, 80), nullptr,
         " " + g.title + " " + g.full + " of " + g.organization + " joins us now. Welcome.");
    Interview(host, guests, TurnCount(6, 56));
    if (rng_.Chance(0.4)) Line("(SOUNDBITE OF MUSIC)");
    out_ += rng_.Chance(0.5) ? "Transcript provided by NPR, Copyright NPR.\n"
                             : "Copyright " + std::to_string(year_) +
                                   " NPR. To see more, visit https://www.npr.org.\n";
    return;
  }

  // A reporter's piece: host intro, narration alternating with soundbites, sign-off.
  const int reporter_person = DrawPerson(world_.reporters, world_.reporter_sampler);
  const FakePerson& reporter = world_.people[reporter_person];
  const int byline = Cast(Voice::kReporter, reporter_person, reporter.full_upper + ", BYLINE",
                          reporter.last_upper);
  std::vector<int> voices;
  for (int k = rng_.Between(1, 5); k > 0; --k) voices.push_back(CastSoundbite(false));
  DisambiguateShortLabels();
  Teaser("NPR's " + reporter.full + (rng_.Chance(0.5) ? " reports." : " has more."));
  Turn(host, rng_.Between(25, 70), nullptr, " NPR's " + reporter.full + " reports.");
  const int turns = TurnCount(4, 20) | 1;  // odd: the reporter has the last word
  const bool glued = rng_.Chance(0.6);   // the copyright line glued to the last paragraph
  for (int i = 0; i < turns; ++i) {
    if (i % 2 == 1) {
      Soundbite(voices[rng_.Below(static_cast<uint32_t>(voices.size()))], false);
      continue;
    }
    std::string tail;
    if (i + 1 >= turns) {
      tail = " " + reporter.full + ", NPR News, " + Place() + ".";
      if (glued) tail += " Transcript provided by NPR, Copyright NPR.";
    }
    Turn(byline, NarrationWords(), nullptr, tail);
  }
  if (!glued) out_ += "Transcript provided by NPR, Copyright NPR.\n\n";
  if (rng_.Chance(0.6)) Bio(reporter);
}

void StoryWriter::WriteOlderNpr() {
  year_ = rng_.Between(1995, 2009);
  Title();
  out_ += "\n\n";
  const int program = NprProgram();
  const int host_person = world_.programs[program].hosts[0];
  const FakePerson& h = world_.people[host_person];
  const bool short_only = rng_.Chance(0.7);
  const int host = Cast(Voice::kHost, host_person,
                        short_only ? h.last_upper : h.full_upper + ", host", h.last_upper);

  if (rng_.Chance(0.6)) {  // a conversation with guests
    std::vector<int> guests;
    for (int k = rng_.Chance(0.3) ? rng_.Between(2, 3) : 1; k > 0; --k) {
      guests.push_back(rng_.Chance(0.2) ? CastNewsmaker(true) : CastGuest(true));
    }
    DisambiguateShortLabels();
    Teaser(h.full + " talks with " + P(guests[0]).full + ".");
    // The unlabelled opening: the host introduces the show and themself.
    std::string program_name = UpperName(world_.programs[program].name);
    out_ += "This is " + program_name + ". I'm " + h.full +
            (rng_.Chance(0.5) ? ", in Washington. " : ". ");
    Speech(rng_.Between(30, 90));
    out_ += " " + P(guests[0]).full + " joins us.\n\n";
    Interview(host, guests, TurnCount(6, 50));
  } else {  // a report
    const int reporter_person = DrawPerson(world_.reporters, world_.reporter_sampler);
    const FakePerson& r = world_.people[reporter_person];
    const int reporter =
        Cast(Voice::kReporter, reporter_person, r.full_upper + " reporting", r.last_upper);
    std::vector<int> voices;
    for (int k = rng_.Between(1, 4); k > 0; --k) voices.push_back(CastSoundbite(true));
    DisambiguateShortLabels();
    Teaser("NPR's " + r.full + " reports.");
    out_ += "I'm " + h.full + ". ";
    Speech(rng_.Between(20, 60));
    out_ += " NPR's " + r.full + " reports.\n\n";
    const int turns = TurnCount(4, 18) | 1;
    for (int i = 0; i < turns; ++i) {
      if (i % 2 == 1) {
        Soundbite(voices[rng_.Below(static_cast<uint32_t>(voices.size()))], true);
      } else {
        Turn(reporter, NarrationWords(), nullptr,
             i + 1 >= turns ? " " + r.full + ", NPR News, " + Place() + "." : "");
      }
    }
    if (rng_.Chance(0.3)) Turn(host, QuestionWords());
  }
  out_ += "Copyright " + std::to_string(year_) + " NPR. To see more, visit https://www.npr.org.\n";
}

void StoryWriter::WriteCnn() {
  year_ = rng_.Between(2000, 2015);
  const int program = 7 + static_cast<int>(rng_.Below(3));  // programs 7-9 are CNN's
  out_ += "Return to Transcripts main page\n\n";
  out_ += UpperName(world_.programs[program].name) + "\n\n";
  Title();
  out_ += "; ";
  Title();
  out_ += "\n\nAired ";
  Date(false);
  out_ += " - " + std::to_string(rng_.Between(6, 23)) + ":00   ET\n\n";
  out_ += "THIS IS A RUSH TRANSCRIPT. IT MAY BE REVISED BEFORE ITS FINAL FORM.\n\n";

  std::vector<int> anchors;
  for (int person : world_.programs[program].hosts) {
    const FakePerson& p = world_.people[person];
    anchors.push_back(Cast(Voice::kHost, person, p.full_upper + ", CNN ANCHOR", p.last_upper));
    if (rng_.Chance(0.5)) break;
  }
  const int target = TurnCount(8, 60);
  int turns = 0;
  while (turns < target) {
    const int anchor = anchors[rng_.Below(static_cast<uint32_t>(anchors.size()))];
    uint32_t segment = rng_.Below(10);
    if (segment < 5) {  // a correspondent's videotaped package
      int person = DrawPerson(world_.correspondents, world_.correspondent_sampler);
      while (world_.people[person].outlet != Outlet::kCnn) {
        person = DrawPerson(world_.correspondents, world_.correspondent_sampler);
      }
      const FakePerson& c = world_.people[person];
      const int correspondent =
          Cast(Voice::kReporter, person, c.full_upper + ", CNN CORRESPONDENT (voice-over)",
               c.last_upper + " (voice-over)");
      std::vector<int> voices;
      for (int k = rng_.Between(1, 3); k > 0; --k) {
        int v = CastSoundbite(false);
        if (cast_[v].person >= 0) {
          const FakePerson& p = P(v);
          cast_[v].first_label = p.full_upper + ", " +
                                 UpperName(p.kind == PersonKind::kGuest ? p.organization : p.title);
        }
        voices.push_back(v);
      }
      DisambiguateShortLabels();
      Turn(anchor, QuestionWords());
      out_ += "(BEGIN VIDEOTAPE)\n\n";
      for (int i = rng_.Between(3, 7) | 1; i > 0; --i, ++turns) {
        if (i % 2 == 0) {
          Soundbite(voices[rng_.Below(static_cast<uint32_t>(voices.size()))], false);
        } else {
          Turn(correspondent, NarrationWords());
        }
      }
      out_ += "(END VIDEOTAPE)\n\n";
      turns += 1;
    } else if (segment < 9) {  // a guest interview
      const int guest = CastSoundbite(false);
      if (cast_[guest].person >= 0) {
        const FakePerson& p = P(guest);
        cast_[guest].first_label = p.full_upper + ", " + UpperName(p.title);
      }
      DisambiguateShortLabels();
      for (int i = 0, n = rng_.Between(4, 12); i < n; ++i, ++turns) {
        Turn(i % 2 == 0 ? anchor : guest, i % 2 == 0 ? QuestionWords() : AnswerWords());
        if (rng_.Chance(0.03)) out_ += "(CROSSTALK)\n\n";
      }
    } else {
      out_ += "(COMMERCIAL BREAK)\n\n";
      Turn(anchor, QuestionWords());
      ++turns;
    }
  }
}

void StoryWriter::WritePbs() {
  year_ = rng_.Between(2005, 2024);
  Title();
  out_ += "\n\n";
  const int program = 10;  // PBS NewsHour
  const int anchor_person = world_.programs[program].hosts[rng_.Below(3)];
  const FakePerson& a = world_.people[anchor_person];
  const int anchor = Cast(Voice::kHost, anchor_person, a.full_upper, a.full_upper);
  std::vector<int> guests;
  for (int k = rng_.Between(1, 3); k > 0; --k) {
    int g = rng_.Chance(0.25) ? CastNewsmaker(false) : CastGuest(false);
    const FakePerson& p = P(g);
    cast_[g].first_label = p.full_upper + ", " + p.title;
    if (p.kind == PersonKind::kGuest) cast_[g].first_label += ", " + p.organization;
    cast_[g].later_label = p.full_upper;
    guests.push_back(g);
  }
  Teaser(a.full + " talks with " + P(guests[0]).full + ".");
  Date(false);
  out_ += "\n\n";
  if (rng_.Chance(0.5)) {  // a correspondent's report first
    int person = DrawPerson(world_.correspondents, world_.correspondent_sampler);
    while (world_.people[person].outlet != Outlet::kPbs) {
      person = DrawPerson(world_.correspondents, world_.correspondent_sampler);
    }
    const FakePerson& c = world_.people[person];
    const int correspondent = Cast(Voice::kReporter, person, c.full_upper, c.full_upper);
    std::vector<int> voices = {Unidentified(false)};
    if (rng_.Chance(0.5)) voices.push_back(Unidentified(false));
    Turn(anchor, QuestionWords());
    for (int i = rng_.Between(1, 5); i > 0; --i) {
      Turn(correspondent, NarrationWords());
      Turn(voices[rng_.Below(static_cast<uint32_t>(voices.size()))], SoundbiteWords());
    }
    Turn(correspondent, NarrationWords());
  }
  Turn(anchor, rng_.Between(30, 70));
  Interview(anchor, guests, TurnCount(4, 44));
}

}  // namespace newsarchive
