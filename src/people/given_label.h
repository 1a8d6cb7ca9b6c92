// A speaker label the format itself names (a dataset's speaker string, a caption's voice tag, an
// export's turn line), read with the same grammar as a label in running text: "LINNEA SZABO,
// HOST" gives a name and a role, "Chair Ingrid Solberg" a title and a name, "Speaker 1" a
// numbered speaker. What the grammar cannot read is still the speaker, named as given.
#ifndef NEWSARCHIVE_PEOPLE_GIVEN_LABEL_H_
#define NEWSARCHIVE_PEOPLE_GIVEN_LABEL_H_

#include <string_view>

#include "people/speaker_label.h"

namespace newsarchive {

// The label `label` (no colon), marked `given` (strong), its speech offset set as in the page
// line "LABEL: ...". Never fails: a label the grammar refuses keeps the whole text as its name.
SpeakerLabel GivenSpeakerLabel(std::string_view label);

}  // namespace newsarchive

#endif  // NEWSARCHIVE_PEOPLE_GIVEN_LABEL_H_
