#!/usr/bin/env bash
# End-to-end test of the importer: imports samples/ into a fresh archive with the real binary and
# checks, with the sqlite3 shell, the rows samples/README.md promises: articles and their fields,
# every story's speakers in order, roles, interpreter flags and annotations, one person across
# stories, unidentified speakers kept apart, clean quote text, the Windows-1252 sample, a second
# import that changes nothing, and a --dry-run that writes nothing.
#
# Usage: import_samples_test.sh PATH/TO/newsarchive SOURCE_DIR      (needs sqlite3 and python3)
# Prints each failure with what was expected and what the archive holds, then "N passed, M failed".
set -u
bin=${1:?usage: import_samples_test.sh PATH/TO/newsarchive SOURCE_DIR}
src=${2:?usage: import_samples_test.sh PATH/TO/newsarchive SOURCE_DIR}
bin=$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")
samples="$src/samples"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
db="$tmp/archive.db"
passed=0 failed=0

check() {  # check DESCRIPTION GOT WANT
  if [ "$2" == "$3" ]; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    printf 'FAIL: %s\n  want: %s\n  got:  %s\n' "$1" "$3" "$2"
  fi
}
q() { sqlite3 -batch -noheader "$db" "$1" 2>&1; }
lit() { printf "'%s'" "${1//\'/\'\'}"; }  # an SQL string literal
counts() {
  q "SELECT (SELECT count(*) FROM articles) || ' articles, ' || (SELECT count(*) FROM people) ||
            ' people, ' || (SELECT count(*) FROM roles) || ' roles, ' || (SELECT count(*) FROM quotes) ||
            ' quotes, ' || (SELECT count(*) FROM person_aliases) || ' aliases'"
}

for tool in sqlite3 python3; do
  command -v "$tool" >/dev/null || { echo "FAIL: $tool is needed"; echo "0 passed, 1 failed"; exit 1; }
done

# --- Import. ---
code=0
"$bin" --db "$db" import "$samples" >"$tmp/import1.out" 2>&1 || code=$?
check "import of samples/ exits 0 (output: $(head -c 400 "$tmp/import1.out" | tr '\n' ' '))" "$code" 0
if [ ! -s "$db" ] || [ "$(q 'SELECT count(*) FROM articles')" == 0 ]; then
  echo "FAIL: the import stored no articles; nothing else to check"
  sed 's/^/  | /' "$tmp/import1.out" | head -20
  echo "$passed passed, $((failed + 1)) failed"
  exit 1
fi

# 18 transcripts, 6 articles (samples/articles/) and 13 stories in samples/formats/ (the three
# dataset files hold two records each).
check "37 articles: one per sample, one per dataset record" "$(q 'SELECT count(*) FROM articles')" 37
check "foreign keys hold" "$(q 'PRAGMA foreign_key_check' | wc -l | tr -d ' ')" 0
check "every article's quotes are numbered 1..N" \
  "$(q "SELECT count(*) FROM (SELECT article_id FROM quotes WHERE position IS NOT NULL GROUP BY article_id
          HAVING min(position) <> 1 OR max(position) <> count(*))")" 0
# Unattributed: 3 in the transcripts, 62 article paragraphs, one bare `>>` cue in the SRT sample.
check "265 turns and 66 unattributed quotes in all" \
  "$(q "SELECT group_concat(kind || ' ' || n, ', ') FROM (SELECT kind, count(*) AS n FROM quotes
        WHERE kind IN ('turn', 'unattributed') GROUP BY kind ORDER BY kind)")" \
  "turn 265, unattributed 66"
check "unattributed quotes have no person" \
  "$(q "SELECT count(*) FROM quotes WHERE kind = 'unattributed' AND person_id IS NOT NULL")" 0
check "7 turns with no person (QUESTION, Operator, Hon. Members), each keeping its label" \
  "$(q "SELECT count(*) || '|' || group_concat(DISTINCT label) FROM quotes
        WHERE kind = 'turn' AND person_id IS NULL AND coalesce(label, '') <> ''")" \
  "7|QUESTION,Hon. Members,Operator"
check "every turn with no person keeps its label" \
  "$(q "SELECT count(*) FROM quotes WHERE kind = 'turn' AND person_id IS NULL AND coalesce(label, '') = ''")" 0

# Article id of a sample, found by the file it was imported from.
declare -A article
for f in "$samples"/*.txt; do
  name=$(basename "$f")
  id=$(q "SELECT group_concat(id) FROM articles WHERE file_name = $(lit "$name") OR file_name LIKE $(lit "%/$name")")
  check "one article records file name $name" "$(printf '%s' "$id" | tr ',' '\n' | grep -c .)" 1
  article[${name:0:2}]=${id:-0}
done

field() { q "SELECT coalesce($2, '') FROM articles WHERE id = ${article[$1]}"; }
# Every quote of a sample in story order: the speaker's name, "-" for unattributed text.
cast_order() {
  q "SELECT group_concat(who, '|') FROM (SELECT coalesce(p.name, '-') AS who FROM quotes q
       LEFT JOIN people p ON p.id = q.person_id WHERE q.article_id = ${article[$1]}
       AND q.position IS NOT NULL ORDER BY q.position)"
}
# Speakers with their turn counts, in order of first appearance: "Name (n), ...".
cast() {
  q "SELECT group_concat(name || ' (' || n || ')', ', ') FROM (SELECT p.name, count(*) AS n,
       min(q.position) AS first FROM quotes q JOIN people p ON p.id = q.person_id
       WHERE q.article_id = ${article[$1]} AND q.kind = 'turn' GROUP BY p.id ORDER BY first)"
}
# quote SAMPLE POSITION COLUMN: one column of the quote at POSITION.
quote() { q "SELECT $3 FROM quotes WHERE article_id = ${article[$1]} AND position = $2"; }
# has_role SAMPLE PERSON CONDITION: 1 when PERSON holds a role matching CONDITION in SAMPLE.
has_role() {
  q "SELECT count(*) > 0 FROM roles r JOIN people p ON p.id = r.person_id
     WHERE r.article_id = ${article[$1]} AND p.name = $(lit "$2") AND ($3)"
}
title_is() { printf "lower(r.title) = lower(%s)" "$(lit "$1")"; }
title_has() { printf "instr(lower(r.title), lower(%s)) > 0" "$(lit "$1")"; }
roles_of() {  # for failure messages
  q "SELECT group_concat(r.title || coalesce(' @' || r.organization, '') || ' [' || r.source || ']', '; ')
     FROM roles r JOIN people p ON p.id = r.person_id WHERE r.article_id = ${article[$1]} AND p.name = $(lit "$2")"
}
role() {  # role SAMPLE PERSON CONDITION DESCRIPTION
  local got
  got=$(has_role "$1" "$2" "$3")
  [ "$got" == 1 ] || got="no such role; roles held: $(roles_of "$1" "$2")"
  check "$1: $2 is $4" "$got" 1
}

# --- Titles. ---
titles=(
  "01|Varnian President Signs Salmon Pact In Portland, But An Oregon Senator Wants More"
  "02|Rafferty Quill's New Album Goes Back To The Barn Dance"
  "03|When The River Runs Low, Who Gets The Water?"
  "04|The Last Eel Fisher On The Tollen Estuary Writes Down What She Knows"
  "05|Marrow River Crests In Three States; Senate Weighs Flood Relief"
  "06|Oregon Coast Towns Weigh Moving Inland As The Sea Comes Closer"
  "07|At A Dawn Fish Auction In Astoria, Buyers Wonder What The Salmon Pact Will Change"
  "08|Ferry Strike Strands Island Commuters In Puget Sound"
  "09|Field Notes: A Town Votes On Its River"
  "10|A Portland Café Puts Varnian Salmon On The Menu, For Now"
  "11|Ferry Strike Ends With A Deal Reached On A Ferry"
  "12|President Harlan Destrehan Press Briefing On Coastal Relocation Transcript"
  "13|Morning Call-In: Ferry Funding And The Island Economy"
  "14|IN THE SUPERIOR COURT OF KITSAP COUNTY"
  "15|Department Press Briefing - September 9, 2025"
  "16|Coastal Ferries (Fares) Bill"
  "17|Salish Line Holdings (SLNH) Q1 2025 Earnings Call Transcript"
  "18|\"The Light Keeps Its Own Hours\": A Conversation with Rosalind McCready"
)
for t in "${titles[@]}"; do
  check "${t%%|*}: title" "$(field "${t%%|*}" title)" "${t#*|}"
done

# --- Speakers of every quote, in story order. ---
OK="Mireille Okafor" MK="Ilona Markovets" AM="Andrea McKinnon-Álvarez" SZ="Linnea Szabo"
RQ="Rafferty Quill" LF="Lionel Featherstone" OD="Oswaldo Devereux" HQ="Harriet Quinlan-Mbeki"
TR="Tobias Renwick" RM="Rosalind McCready" NO="Nora O'Shaughnessy" KO="Kieran O'Shaughnessy"
GT="Grant Tembo-Walsh" AL="Amara Lindqvist" FA="Felix Adeyemi-Strand" HD="Harlan Destrehan"
CF="Cormac Finnegan-Lee" ET="Erasmus Tolliver" BK="Bettina Kroll" TB="Theo Brannigan-Reyes"
RL="Renée Larivière" CM="Celestine Morrow" JP="Jonah Pellegrini" CA="Celeste Aranda"
OM="Oluwaseun Marchetti" UP1="Unidentified Person #1" UP2="Unidentified Person #2"
DO="Delphine Okonkwo-Reyes" AV="Ansel Vorhees-Mbatha" MT="Marisol Tenbrook-Achebe"
PR="Philippa Ravensworth" GO="Gareth Oyelowo-Finch" BO="Beatrix Okafor" IO="Idris Okonjo"
orders=(
  "01|$OK|$MK|$OK|$AM|$OK|Gideon Farrow|$OK|$MK|$OK|$AM|$OK"
  "02|$SZ|$SZ|$RQ|$SZ|$RQ|$SZ|$RQ|-|$SZ|$RQ|$SZ|$RQ|$SZ|$RQ|$SZ|$RQ"
  "03|$LF|$OD|$LF|$OD|$LF|$HQ|$LF|$HQ|$LF|Denise|$LF|$HQ|Denise|$LF|$AM|$LF|$AM|$OD|$LF|$AM|$LF"
  "04|$TR|$RM|$TR|$RM|$TR|$RM|$TR|$RM|$TR|$RM|$TR|$TR|$RM|$TR|$RM|$TR|$RM|$TR"
  "05|$NO|$KO|$NO|$KO|$GT|$GT|Unidentified Male|$GT|Unidentified Female|$GT|$NO|$AM|$NO|$AM|$KO|$AM|$KO|$AM|$NO|$KO"
  "06|$AL|$FA|Desmond Osei|$FA|Perpetua Vance-Ibarra|$FA|$AM|$FA|$HD|$FA|Wendell Truax|$FA|$AL|$AM|$AL"
  "07|$SZ|$UP1|$OK|$UP2|$UP1|$OK|$TB|$OK|$TB|$OK|Emil Raskovic|$OK|Unidentified Person #3|$OK"
  "08|$SZ|$CF|Unidentified Man #1|$CF|$ET|$CF|Unidentified Woman|Unidentified Man #2|$CF|Barnaby Straith-Collins|$CF|$ET|$CF"
  "09|$SZ|$BK|$UP1|$BK|$UP2|$BK|Marguerite Ostby|$BK|$BK"
  "10|$OK|$RL|$OK|$RL|$OK|$RL|$OK"
  "11|$CM|$JP|$CM|$JP|$CM|$JP|$CM|$JP|$CM|$JP"
  "12|$HD|$CA|$HD|$CA|$HD|$OM|$HD|$OM|$HD|$OM|$HD"
  "13|Host|Guest|Host|Guest|Host|-|Guest|Host|-|Host"
  "14|$DO|$AV|$DO|$AV|Barnaby Stroud|$DO|$DO|$AV|Barnaby Stroud|$AV|$AV|Barnaby Stroud"
  "15|$MT|-|$MT|-|$MT|$MT|-|$MT"
  "16|$PR|$GO|$PR|$GO|$PR|-|Imelda Coker|Rufus Adebayo-Lind"
  "17|-|Noor Vandersloot|Callum Ferreira-Ito|$BO|-|Tomasz Ellingham|$BO|-"
  "18|$IO|$RM|$IO|$RM|$IO|$RM"
)
for o in "${orders[@]}"; do
  check "${o%%|*}: speaker of every quote in story order (- is unattributed)" "$(cast_order "${o%%|*}")" "${o#*|}"
done
casts=(
  "01|$OK (6), $MK (2), $AM (2), Gideon Farrow (1)"
  "02|$SZ (8), $RQ (7)"
  "03|$LF (10), $OD (3), $HQ (3), Denise (2), $AM (3)"
  "04|$TR (10), $RM (8)"
  "05|$NO (5), $KO (5), $GT (4), Unidentified Male (1), Unidentified Female (1), $AM (4)"
  "06|$AL (3), $FA (6), Desmond Osei (1), Perpetua Vance-Ibarra (1), $AM (2), $HD (1), Wendell Truax (1)"
  "07|$SZ (1), $UP1 (2), $OK (6), $UP2 (1), $TB (2), Emil Raskovic (1), Unidentified Person #3 (1)"
  "08|$SZ (1), $CF (6), Unidentified Man #1 (1), $ET (2), Unidentified Woman (1), Unidentified Man #2 (1), Barnaby Straith-Collins (1)"
  "09|$SZ (1), $BK (5), $UP1 (1), $UP2 (1), Marguerite Ostby (1)"
  "10|$OK (4), $RL (3)"
  "11|$CM (5), $JP (5)"
  "12|$HD (6), $CA (2), $OM (3)"
  "13|Host (5), Guest (3)"
)
for c in "${casts[@]}"; do
  check "${c%%|*}: speakers and turn counts" "$(cast "${c%%|*}")" "${c#*|}"
done

# --- Article fields the text gives. ---
for d in "01|Portland" "06|Saltmarsh Landing" "07|Astoria" "08|Seattle" "09|Larch Harbor" "10|Portland" \
         "02|" "03|" "04|" "05|" "11|" "12|" "13|"; do
  check "${d%%|*}: dateline" "$(field "${d%%|*}" dateline)" "${d#*|}"
done
for s in "01|NPR" "02|NPR" "03|NPR" "04|NPR" "05|CNN" "06|PBS" "07|NPR" "08|NPR" "10|NPR" "11|NPR"; do
  check "${s%%|*}: source" "$(field "${s%%|*}" source)" "${s#*|}"
done
for d in "01|2023-05-16" "02|2021-04-18" "03|2008-07-22" "04|2011-03-03" "05|2006-03-09" "06|2019-06-03" \
         "07|2023-06-14" "08|2004-10-12" "09|2023-11-07" "10|2023-05-26" "11|2004-10-21" "12|2019-06-12" \
         "13|2004-10-20"; do
  check "${d%%|*}: published_on" "$(field "${d%%|*}" published_on)" "${d#*|}"
done
for p in "02|weekend edition sunday" "03|talk of the nation" "04|fresh air" "08|morning edition"; do
  check "${p%%|*}: program" "$(field "${p%%|*}" 'lower(program)')" "${p#*|}"
done
check "01: copyright line" "$(field 01 copyright)" "Transcript provided by NPR, Copyright NPR."
check "03: copyright line" "$(field 03 "substr(copyright, 1, 20)")" "Copyright © 2008 NPR"
check "08: copyright line" "$(field 08 copyright)" "Copyright ©2004 NPR"
check "11: copyright line" "$(field 11 "substr(copyright, 1, 19)")" "Copyright 2004 NPR."
for s in "01|President Ilona Markovets of Varnia signed" "02|Fiddler Rafferty Quill grew up" \
         "03|A third dry summer has turned" "04|Rosalind McCready fished for eels" \
         "08|Deckhands and engineers on the Salish Line" "09|Voters in Larch Harbor, Wash., decided"; do
  want=${s#*|}
  check "${s%%|*}: summary is the teaser" "$(field "${s%%|*}" "substr(summary, 1, ${#want})")" "$want"
done

# --- Roles. ---
role 01 "$OK" "$(title_is Byline)" "Byline (label)"
role 01 "$OK" "r.source = 'bio' AND $(title_has 'national correspondent')" "a national correspondent (bio)"
role 01 "$MK" "$(title_is President)" "President"
role 01 "$AM" "$(title_is Senator)" "Senator"
role 01 "Gideon Farrow" "r.source = 'text' AND $(title_has 'former director of the Columbia Basin Fisheries Council')" \
  "a former director of the Columbia Basin Fisheries Council (text)"
role 02 "$SZ" "$(title_is Host)" "Host"
role 03 "$LF" "$(title_is Host)" "Host (from the unlabelled opening)"
role 03 "$OD" "$(title_is Hydrologist)" "Hydrologist"
role 03 "$HQ" "lower(r.title) LIKE 'author%'" "an author (a role starting Author)"
role 03 "Denise" "$(title_is Caller)" "Caller"
role 03 "$AM" "$(title_is Senator)" "Senator"
role 04 "$TR" "$(title_is Host)" "Host (from the unlabelled opening)"
role 05 "$NO" "$(title_has Anchor)" "an anchor"
role 05 "$KO" "$(title_has Anchor)" "an anchor"
role 05 "$GT" "$(title_has Correspondent)" "a correspondent"
role 05 "$AM" "$(title_has Senator)" "a senator"
role 06 "Desmond Osei" "$(title_is 'Senior Climate Planner') AND r.organization = 'Halvard Engineering'" \
  "Senior Climate Planner at Halvard Engineering"
role 06 "Perpetua Vance-Ibarra" \
  "$(title_is 'Director of Resilience Programs') AND r.organization = 'Kestrel Shore Planning Office'" \
  "Director of Resilience Programs at Kestrel Shore Planning Office (wrapped label)"
role 06 "$AM" "lower(r.title) LIKE 'senator%'" "a senator"
role 06 "$HD" "$(title_is 'President of the United States')" "President of the United States"
role 06 "Wendell Truax" "$(title_is Owner)" "Owner"
role 07 "$SZ" "$(title_is Host)" "Host"
role 07 "$OK" "$(title_is Byline)" "Byline"
role 08 "$SZ" "$(title_is Host)" "Host (from 'host:')"
role 08 "$CF" "$(title_is Reporter)" "Reporter (from 'reporting:')"
role 08 "$ET" "$(title_is President)" "President (label)"
role 08 "Barnaby Straith-Collins" "$(title_is Representative)" "Representative"
role 09 "$BK" "$(title_is Byline)" "Byline"
role 11 "$CM" "$(title_is Host)" "Host"
role 11 "$JP" "$(title_is Byline)" "Byline"

# --- Interpreters, annotations and turn text. ---
check "exactly three turns via interpreter: Markovets (01) twice, Raskovic (07) once" \
  "$(q "SELECT group_concat(who, '|') FROM (SELECT p.name || '@' || q.article_id || '#' || q.position AS who
        FROM quotes q JOIN people p ON p.id = q.person_id WHERE q.via_interpreter = 1 ORDER BY q.article_id, q.position)")" \
  "$MK@${article[01]}#2|$MK@${article[01]}#8|Emil Raskovic@${article[07]}#11"
check "01: the interpreted turn's text starts after the note" "$(quote 01 2 'substr(text, 1, 30)')" \
  "The fish do not carry passport"
check "07: (Through Translator) is an interpreter too, note stripped" "$(quote 07 11 "via_interpreter || '|' || substr(text, 1, 27)")" \
  "1|For us, a limit that everyo"
check "02: Quill sings at position 12" "$(quote 02 12 "(instr(lower(annotation), 'sing') > 0) || '|' || substr(text, 1, 21)")" \
  "1|Lanterns on the levee"
check "04: McCready reads at position 6" "$(quote 04 6 "(instr(lower(annotation), 'read') > 0) || '|' || substr(text, 1, 20)")" \
  "1|My father rowed and "
check "05: Tembo-Walsh's two voice-over turns are annotated" \
  "$(q "SELECT group_concat(position) FROM (SELECT position FROM quotes WHERE article_id = ${article[05]}
        AND annotation LIKE '%voice-over%' ORDER BY position)")" "6,8"
check "02: the first host turn holds both opening paragraphs" \
  "$(quote 02 1 "substr(text, 1, 20) || '|' || (instr(text, 'One of the kids') > 0)")" "For about twenty yea|1"
para() { printf "char(10) || char(10) || %s || char(10) || char(10)" "$(lit "$1")"; }
check "02: 'Loud.' is a continuation paragraph of Quill's turn 5 (4 paragraphs)" \
  "$(quote 02 5 "(instr(text, $(para Loud.)) > 0) || '|' || ((length(text) - length(replace(text, char(10) || char(10), '')))/2 + 1)")" "1|4"
check "02: 'Every time.' ends Quill's turn 14" "$(quote 02 14 "substr(text, -11)")" "Every time."
check "02: the archived clip is unattributed text" "$(quote 02 8 "kind || '|' || substr(text, 1, 23)")" \
  "unattributed|Good evening, neighbors"
check "03: the unlabelled opening is Featherstone's first turn" "$(quote 03 1 "substr(text, 1, 60)")" \
  "This is TALK OF THE NATION. I'm Lionel Featherstone, in Wash"
check "03: the opening turn holds its four paragraphs" \
  "$(quote 03 1 "(length(text) - length(replace(text, char(10) || char(10), '')))/2 + 1")" 4
check "03: a host continuation paragraph introduces the senator" \
  "$(quote 03 14 "instr(text, 'Joining us now from Capitol Hill') > 0")" 1
check "04: nobody named Halloway speaks" \
  "$(q "SELECT count(*) FROM quotes q JOIN people p ON p.id = q.person_id WHERE p.name LIKE '%Halloway%'")" 0
check "06: Lindqvist's turn after (BREAK) starts with her speech" "$(quote 06 13 'substr(text, 1, 27)')" \
  "And a footnote to that stor"
check "06: the wrapped label's speech starts after the organization" "$(quote 06 5 'substr(text, 1, 26)')" \
  "We've held eleven public m"
check "09: Kroll's turn 6 keeps the clock-time and Then: paragraphs (5 paragraphs)" \
  "$(quote 09 6 "(instr(text, '3:09 p.m. - a line') > 0) || (instr(text, 'Then: nothing') > 0) || '|' ||
        ((length(text) - length(replace(text, char(10) || char(10), '')))/2 + 1)")" "11|5"
check "10: Windows-1252 curly quotes decoded" "$(quote 10 4 "instr(text, '“Is this the fish from the treaty?”') > 0")" 1
check "12: Destrehan's first turn holds its continuation paragraph" \
  "$(quote 12 1 "instr(text, 'Last week I flew over') > 0")" 1
check "13: captions: bare >> lines are unattributed" \
  "$(q "SELECT group_concat(position) FROM (SELECT position FROM quotes WHERE article_id = ${article[13]}
        AND kind = 'unattributed' ORDER BY position)")" "6,9"

# --- Records that say who speaks in their own lines. ---
role 14 "$DO" "$(title_is "Counsel for the plaintiff")" "counsel for the plaintiff (appearances)"
role 14 "$AV" "$(title_is "Witness")" "the witness (sworn line)"
role 15 "$MT" "$(title_is "Deputy Department Spokesperson")" "the spokesperson (header)"
role 16 "$PR" "$(title_is "Member for Saltmarsh Landing")" "the member for her seat (name line)"
role 16 "Rufus Adebayo-Lind" "$(title_is "Minister for Transport")" "the minister (office line)"
role 16 "Imelda Coker" "$(title_is "Deputy Speaker")" "the Deputy Speaker (office line)"
role 17 "Tomasz Ellingham" "$(title_is "Analyst") AND r.organization = 'Pellworth Capital'" \
  "an analyst at Pellworth Capital"
role 18 "$IO" "$(title_is "Interviewer")" "the interviewer (byline)"
check "no part in the proceedings is a person" \
  "$(q "SELECT count(*) FROM people WHERE name IN ('Q', 'A', 'Question', 'Operator', 'Hon. Members',
        'The Larch Harbor Quarterly', 'By Ms Okonkwo-Reyes', 'Appearances', 'Prepared Remarks')")" 0

# --- People across the archive. ---
# People quoted in any way: turns, and direct or reported quotes in the prose.
check "96 people are quoted" "$(q "SELECT count(DISTINCT person_id) FROM quotes WHERE person_id IS NOT NULL")" 96
# The transcripts' 12, the export's Speaker 2 and Speaker 3, and the CSV table's Speaker 3.
check "15 of them are unidentified or generic, each in one story" \
  "$(q "SELECT count(*) || '|' || coalesce(max(n), 0) FROM (SELECT p.id, count(DISTINCT q.article_id) AS n
        FROM people p JOIN quotes q ON q.person_id = p.id WHERE p.is_unidentified = 1 GROUP BY p.id)")" "15|1"
check "unidentified speakers are flagged" \
  "$(q "SELECT group_concat(name, '|') FROM (SELECT DISTINCT p.name FROM people p JOIN quotes q ON q.person_id = p.id
        WHERE p.is_unidentified = 0 AND (p.name LIKE 'Unidentified%' OR p.name IN ('Host', 'Guest')) ORDER BY 1)")" ""
for who in "$UP1" "$UP2"; do
  check "$who of 07 and of 09 are two people" \
    "$(q "SELECT count(DISTINCT person_id) || '|' || count(DISTINCT article_id) FROM quotes q
          JOIN people p ON p.id = q.person_id WHERE p.name = $(lit "$who")")" "2|2"
done
recurring() {  # recurring NAME TURNS ARTICLES
  check "$1 is one person with $2 turns in $3 articles" \
    "$(q "SELECT count(DISTINCT p.id) || '|' || count(q.id) || '|' || count(DISTINCT q.article_id)
          FROM people p JOIN quotes q ON q.person_id = p.id AND q.kind = 'turn'
          WHERE p.name = $(lit "$1")")" "1|$2|$3"
}
recurring "$AM" 11 4
recurring "$OK" 16 3
# Szabo hosts 4 transcripts, the HTML transcript page and three dataset records.
recurring "$SZ" 15 8
recurring "$HD" 7 2
check "no other spelling of McKinnon-Álvarez became a person" \
  "$(q "SELECT group_concat(name, '|') FROM people WHERE name LIKE '%mckinnon%'")" "$AM"
check "names carry no title or honorific" \
  "$(q "SELECT group_concat(name, '|') FROM people WHERE name LIKE 'Senator %' OR name LIKE 'Sen. %'
        OR name LIKE 'President %' OR name LIKE 'Pres. %' OR name LIKE 'Mr. %' OR name LIKE 'Ms. %'
        OR name LIKE 'Representative %' OR name LIKE 'Rep. %'")" ""
check "names are in proper case (no capitalised run of three letters)" \
  "$(q "SELECT group_concat(name, '|') FROM people WHERE name GLOB '*[A-Z][A-Z][A-Z]*'")" ""
check "no name holds a BOM, CR or no-break space" \
  "$(q "SELECT count(*) FROM people WHERE instr(name, char(65279)) OR instr(name, char(13)) OR instr(name, char(160))")" 0

# --- Print articles (samples/articles/) and the other input formats (samples/formats/). ---
by_file() { q "SELECT group_concat(id) FROM articles WHERE file_name LIKE $(lit "%/$1")"; }
check "the six article samples and the article page are articles, the rest transcripts" \
  "$(q "SELECT file_name FROM articles WHERE form = 'article' ORDER BY file_name" | sed 's#.*samples/##' | paste -sd' ')" \
  "articles/01_wire_dam_removal.txt articles/02_local_library_levy.txt articles/03_web_ferry_app.txt articles/04_sports_herons_title.txt articles/05_council_water_contract.txt articles/06_feature_lighthouse_keeper.txt formats/02_article_page.html"
# speaker_of FILE TEXT: who a direct or reported quote opening with TEXT is given to ("-": nobody).
speaker_of() {
  q "SELECT group_concat(coalesce(p.name, '-'), '|') FROM quotes q LEFT JOIN people p ON p.id = q.person_id
     WHERE q.article_id = $(by_file "$1") AND q.kind IN ('direct', 'reported') AND q.text LIKE $(lit "$2%")"
}
check "wire: a quote after it is given to its speaker" \
  "$(speaker_of 01_wire_dam_removal.txt "My grandfather fished")" "Elsie Windrow"
check "wire: 'according to state engineer X' is reported speech of X" \
  "$(speaker_of 01_wire_dam_removal.txt "most of the sediment")" "Marisol Fenwick"
check "wire: both writers of 'By A and B, Associated Press' are bylines" \
  "$(q "SELECT group_concat(p.name, '|') FROM (SELECT DISTINCT p.name FROM roles r JOIN people p ON p.id = r.person_id
        WHERE r.title = 'Byline' AND r.organization = 'Associated Press' ORDER BY 1) p")" \
  "Daniel Farris-Quint|Ruth Okabe"
check "wire: Gov. Tina Marsh is mentioned, as Governor, and never quoted" \
  "$(q "SELECT count(DISTINCT m.id) || '|' || group_concat(DISTINCT r.title) || '|' ||
          (SELECT count(*) FROM quotes WHERE person_id = p.id)
        FROM people p JOIN mentions m ON m.person_id = p.id LEFT JOIN roles r ON r.person_id = p.id
        WHERE p.name = 'Tina Marsh'")" "1|Governor|0"
check "local: a pronoun ('he said') goes to the named person before it" \
  "$(speaker_of 02_local_library_levy.txt "We lost fair and square")" "Roland Esterhazy"
check "local: the closing bio is no paragraph of the story" \
  "$(q "SELECT count(*) FROM quotes WHERE article_id = $(by_file 02_local_library_levy.txt) AND text LIKE '%covers city hall%'")" 0
check "web: 'wrote X' gives the quote to X" \
  "$(speaker_of 03_web_ferry_app.txt "I downloaded it")" "Priyanka Dhaliwal"
check "web: 'He added that ...' is reported speech of the representative" \
  "$(speaker_of 03_web_ferry_app.txt "paper tickets should stay")" "Barnaby Straith-Collins"
check "sports: no team is a person" \
  "$(q "SELECT count(*) FROM people WHERE name LIKE '%Herons%' OR name LIKE '%Otters%'")" 0
check "sports: the coach's quote is his" \
  "$(speaker_of 04_sports_herons_title.txt "I heard the noise")" "Eamon Riordan-Baptiste"
check "council: unnamed sources keep no person and their description" \
  "$(q "SELECT group_concat(coalesce(person_id, 'null') || ':' || source, '|') FROM (SELECT person_id, source FROM quotes
        WHERE article_id = $(by_file 05_council_water_contract.txt) AND source IS NOT NULL ORDER BY found_in)")" \
  "null:a spokesperson for the prosecutor's office|null:a city spokesperson"
check "council: 'He said that ...' after 'A lawyer for Tidewater, X' is X's" \
  "$(speaker_of 05_council_water_contract.txt "the missing work orders")" "Simon Achterberg"
check "feature: a quote running over two paragraphs is one quote" \
  "$(q "SELECT count(*) FROM quotes WHERE article_id = $(by_file 06_feature_lighthouse_keeper.txt) AND kind = 'direct'
        AND text LIKE '%something that needs fixing.' || char(10) || char(10) || 'What it is, is quiet.%'")" 1
check "feature: a split quote is one quote of its speaker" \
  "$(speaker_of 06_feature_lighthouse_keeper.txt "The job")" "Oswaldo Pereira-Lund"
check "feature: 'State Sen. Andrea McKinnon-Álvarez' is a mention of the transcripts' senator" \
  "$(q "SELECT count(*) > 0 FROM mentions m JOIN people p ON p.id = m.person_id
        WHERE p.name = $(lit "$AM") AND m.article_id = $(by_file 06_feature_lighthouse_keeper.txt)")" 1
check "HTML transcript page: its turns, none from the aside or the script" \
  "$(q "SELECT count(*) || '|' || sum(text LIKE '%not a label%' OR text LIKE '%related story%')
        FROM quotes WHERE article_id = $(by_file 01_transcript_page.html) AND kind = 'turn'")" "8|0"
check "HTML article page: title, date and URL from its meta, the sidebar left out" \
  "$(q "SELECT title || '|' || published_on || '|' || url || '|' ||
          (SELECT count(*) FROM quotes WHERE article_id = a.id AND text LIKE '%sidebar%')
        FROM articles a WHERE id = $(by_file 02_article_page.html)")" \
  "Tollen Estuary Eel Count Falls For A Fifth Year|2025-09-18|https://www.example.org/news/2025/09/tollen-eel-count|0"
check "datasets: one story per record, named by file and record id, the gzipped file too" \
  "$(q "SELECT count(*) FROM articles WHERE file_name LIKE '%/formats/%dataset%#%'")" 6
check "dataset: a speaker string is a person and a role" \
  "$(q "SELECT group_concat(r.title) FROM roles r JOIN people p ON p.id = r.person_id WHERE p.name = 'Liesel Brandt'")" \
  "Captain,Marrow County Fire"
check "WebVTT: voices are speakers, turns start at their first cue" \
  "$(q "SELECT group_concat(coalesce(p.name, '-') || '@' || q.start_time, '|') FROM quotes q LEFT JOIN people p ON p.id = q.person_id
        WHERE q.article_id = $(by_file 06_hearing_captions.vtt) ORDER BY q.position")" \
  "Ingrid Solberg@00:00:01.000|Wilhelmina Achebe-Strand@00:00:09.100|Ingrid Solberg@00:00:17.200|Wilhelmina Achebe-Strand@00:00:19.900"
check "SRT: '>> NAME:' changes speaker, a bare '>>' is unattributed, plain cues carry the turn on" \
  "$(q "SELECT group_concat(coalesce(p.name, '-'), '|') FROM quotes q LEFT JOIN people p ON p.id = q.person_id
        WHERE q.article_id = $(by_file 07_newscast_captions.srt) ORDER BY q.position")" \
  "Kieran O'Shaughnessy|Grant Tembo-Walsh|-|Kieran O'Shaughnessy|Grant Tembo-Walsh"
check "export: Speaker 1 is named from her introduction, the others stay apart" \
  "$(q "SELECT group_concat(p.name, '|') FROM quotes q JOIN people p ON p.id = q.person_id
        WHERE q.article_id = $(by_file 08_council_export.txt) ORDER BY q.position")" \
  "Odile Fairweather|Odile Fairweather|Speaker 2|Speaker 3|Speaker 2|Odile Fairweather"
check "table in a page: a row per turn, the host's rows one turn, times kept, the credit below left out" \
  "$(q "SELECT group_concat(p.name || '@' || q.start_time, '|') || '|' ||
          (SELECT count(*) FROM quotes WHERE article_id = q.article_id AND text LIKE '%Quay Words%')
        FROM quotes q JOIN people p ON p.id = q.person_id
        WHERE q.article_id = $(by_file 09_podcast_page_table.txt) ORDER BY q.position")" \
  "Wren Halvorsen@00:00:03|Anouk Veltri@00:00:17|Wren Halvorsen@00:00:26|Anouk Veltri@00:00:29|Wren Halvorsen@00:00:37|0"
check "CSV export: quoted cells with commas and doubled quotes; Speaker 3 stays a number" \
  "$(q "SELECT group_concat(p.name, '|') FROM quotes q JOIN people p ON p.id = q.person_id
        WHERE q.article_id = $(by_file 10_harbor_call_export.csv) ORDER BY q.position")" \
  "Matthias Orrin|Priya Sandoval|Matthias Orrin|Speaker 3|Priya Sandoval"

# --- Quote text holds only speech. ---
forbidden=(
  "Play Live Radio" "Next Up" "0:00 0:00" "Available On Air Stations" "NPR logo" "iframe" "Download"
  "Transcript provided by NPR" "Copyright" "To see more, visit" "rush deadline" "RUSH TRANSCRIPT"
  "Return to Transcripts" "Aired March" "Leave your feedback" "Copy URL" "Support Provided By"
  "is a national correspondent for NPR" "covers the environment and rural communities"
  "(SOUNDBITE" "(Soundbite" "(BEGIN VIDEOTAPE" "(END VIDEOTAPE" "(CROSSTALK)" "(COMMERCIAL BREAK)"
  "(BREAK)" "(Through interpreter)" "(Through Translator)" "(Singing)" "(Reading)" "(voice-over)"
  ">>" "�"
  "NPR News, Portland." "NPR News, Astoria." "NPR News, Seattle." "For NPR News, I'm"
  "For the PBS NewsHour, I'm"
)
for frag in "${forbidden[@]}"; do
  check "no quote contains \"$frag\"" \
    "$(q "SELECT coalesce(group_concat(substr(a.file_name, length(rtrim(a.file_name, replace(a.file_name, '/', ''))) + 1)
                                      || ' position ' || q.position, ', '), '')
          FROM quotes q JOIN articles a ON a.id = q.article_id WHERE instr(q.text, $(lit "$frag")) > 0")" ""
done
check "no quote is, or holds a paragraph that is, a (LAUGHTER) line" \
  "$(q "SELECT count(*) FROM quotes WHERE text = '(LAUGHTER)' OR instr(text, char(10) || '(LAUGHTER)' || char(10))
        OR text LIKE '%' || char(10) || '(LAUGHTER)'")" 0
check "no quote still holds a speaker label" \
  "$(q "SELECT coalesce(group_concat(position || ':' || substr(text, 1, 30), ' / '), '') FROM quotes
        WHERE text GLOB '*[A-Z][A-Z][A-Z]: *' OR text GLOB '*[A-Z][A-Z][A-Z]:' OR text GLOB '*([0-9][0-9]:[0-9][0-9]):*'")" ""
check "no quote holds a BOM, CR or no-break space" \
  "$(q "SELECT count(*) FROM quotes WHERE instr(text, char(65279)) OR instr(text, char(13)) OR instr(text, char(160))")" 0
check "11: the title starts without a BOM" "$(field 11 "unicode(title)")" 70
check "no quote is empty" "$(q "SELECT count(*) FROM quotes WHERE trim(text) = ''")" 0

# --- The Windows-1252 sample. ---
check "10: Renée Larivière decoded from Windows-1252" \
  "$(q "SELECT count(*) FROM people WHERE name = $(lit "$RL")")" 1
check "the import warns that 10_cp1252_cafe.txt was read as Windows-1252" \
  "$(grep -F 10_cp1252_cafe.txt "$tmp/import1.out" | grep -ciE 'windows-1252|not (valid )?utf-8|invalid utf-8' | tr -d ' ' | sed 's/^[1-9][0-9]*$/yes/')" yes

# --- Importing again changes nothing. ---
before=$(counts)
code=0
"$bin" --db "$db" import "$samples" >"$tmp/import2.out" 2>&1 || code=$?
check "second import exits 0" "$code" 0
check "second import changes no counts" "$(counts)" "$before"
check "second import says the files were already imported" \
  "$(grep -ci 'already imported' "$tmp/import2.out" | sed 's/^[1-9][0-9]*$/yes/')" yes

# --- --dry-run writes nothing. ---
code=0
"$bin" --db "$tmp/dry.db" import --dry-run "$samples" >"$tmp/dry1.out" 2>&1 || code=$?
check "--dry-run into a new archive exits 0" "$code" 0
check "--dry-run creates no archive file" "$(ls "$tmp" | grep -c '^dry\.db')" 0
sqlite3 "$db" "PRAGMA wal_checkpoint(TRUNCATE)" >/dev/null 2>&1
sum_before=$(sha256sum "$db" | cut -d' ' -f1)
code=0
"$bin" --db "$db" import --dry-run --format json "$src/samples/01_npr_salmon_pact.txt" >"$tmp/dry2.json" 2>"$tmp/dry2.err" || code=$?
check "--dry-run --format json exits 0" "$code" 0
sqlite3 "$db" "PRAGMA wal_checkpoint(TRUNCATE)" >/dev/null 2>&1
check "--dry-run leaves an existing archive byte-for-byte unchanged" "$(sha256sum "$db" | cut -d' ' -f1)" "$sum_before"
check "--dry-run --format json prints JSON naming the story and its speakers" "$(python3 - "$tmp/dry2.json" <<'EOF'
import json, sys
text = open(sys.argv[1], encoding="utf-8").read()
try:
    docs = [json.loads(text)]
except ValueError:
    try:
        docs = [json.loads(line) for line in text.splitlines() if line.strip()]
    except ValueError as e:
        print("not JSON: %s" % e)
        sys.exit()
flat = json.dumps(docs, ensure_ascii=False)
missing = [s for s in ("Varnian President Signs Salmon Pact", "Mireille Okafor", "Ilona Markovets",
                       "Andrea McKinnon-Álvarez", "Gideon Farrow") if s not in flat]
print("missing " + ", ".join(missing) if missing else "ok")
EOF
)" ok

# --- Classic Mac line ends (CR only). ---
mkdir -p "$tmp/cr"
printf '%s\r\r%s\r\r%s\r\r%s\r\r%s\r' "Lighthouse Keeper Retires After Forty Winters" \
  "ANNIKA VOSS, BYLINE: The light on Skarn Point has been automatic since spring." \
  "HALVOR BRENNA: I still go up and look at it every night. Habit." \
  "VOSS: The keeper's cottage is for sale. Annika Voss, NPR News, Skarn Point." "Transcript provided by NPR, Copyright NPR." >"$tmp/cr/cr_only.txt"
db_main=$db
db="$tmp/cr.db"
code=0
"$bin" --db "$db" import "$tmp/cr/cr_only.txt" >"$tmp/cr.out" 2>&1 || code=$?
check "CR-only file imports (exit 0)" "$code" 0
check "CR-only file: title" "$(q 'SELECT title FROM articles')" "Lighthouse Keeper Retires After Forty Winters"
check "CR-only file: speakers in order" \
  "$(q "SELECT group_concat(name, '|') FROM (SELECT p.name FROM quotes q JOIN people p ON p.id = q.person_id ORDER BY q.position)")" \
  "Annika Voss|Halvor Brenna|Annika Voss"
check "CR-only file: no CR in any text" "$(q "SELECT count(*) FROM quotes WHERE instr(text, char(13))")" 0
db=$db_main

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
