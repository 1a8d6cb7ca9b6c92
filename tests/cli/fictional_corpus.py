#!/usr/bin/env python3
"""Writes N small FICTIONAL transcripts (invented people, places and events) into DIR.

Used by the crash and bad-input tests when bench's newsarchive_corpus is not built. Each
transcript has a headline, a teaser, a host and a reporter with labelled turns, a newsmaker, a
sign-off and a copyright line, in the shape of a modern public-radio page. The same N gives the
same bytes.

usage: fictional_corpus.py N DIR
"""
import os
import random
import sys

FIRST = ["Mara", "Tobin", "Lusa", "Orrin", "Delphine", "Kasimir", "Ysolde", "Bram", "Nell", "Idris"]
LAST = ["Quillfeather", "Ashgrove", "Vantorre", "Pellwick", "Morrowind", "Halvorsen", "Okonkwo",
        "Brightwater", "Castellane", "Dunmore"]
PLACES = ["Port Averly", "Elm Hollow", "Saint Corvin", "New Tessaly", "Marrow Bay"]
TOPICS = ["a bridge that sings in the wind", "the town's last lighthouse keeper",
          "a library that lends out tools", "a river that froze in June",
          "a mayoral race decided by a coin toss"]
WORDS = ("the council said residents would meet again next week to talk about what comes next "
         "and many people here say they have waited a long time for an answer").split()


def sentence(rng, n=14):
    words = [rng.choice(WORDS) for _ in range(n)]
    return " ".join(words).capitalize() + "."


def transcript(i):
    rng = random.Random(i)
    # Distinct surnames, so every short label names one speaker.
    last = rng.sample(LAST, 4)
    host = (rng.choice(FIRST), last[0])
    reporter = (rng.choice(FIRST), last[1] + "-" + last[2])
    newsmaker = (rng.choice(FIRST), last[3])
    place = rng.choice(PLACES)
    topic = rng.choice(TOPICS)
    lines = [f"Story {i}: In {place}, {topic}", "",
             f"Residents of {place} talk about {topic}. Story number {i}.", "",
             f"{host[0].upper()} {host[1].upper()}, HOST:", "",
             f"Today, {topic}. {reporter[0]} {reporter[1]} reports from {place}.", ""]
    turns = rng.randint(3, 9)
    for t in range(turns):
        if t % 2 == 0:
            label = (f"{reporter[0].upper()} {reporter[1].upper()}, BYLINE:" if t == 0
                     else f"{reporter[1].upper()}:")
        else:
            label = (f"MAYOR {newsmaker[0].upper()} {newsmaker[1].upper()}:" if t == 1
                     else f"{newsmaker[1].upper()}:")
        lines += [f"{label} {sentence(rng)} {sentence(rng, 9)}", ""]
    lines += [f"{reporter[0]} {reporter[1]}, NPR News, {place}.", "",
              "Transcript provided by NPR, Copyright NPR.", ""]
    return "\n".join(lines)


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    count, out = int(sys.argv[1]), sys.argv[2]
    os.makedirs(out, exist_ok=True)
    for i in range(count):
        with open(os.path.join(out, f"story{i:05d}.txt"), "w", encoding="utf-8") as f:
            f.write(transcript(i))


if __name__ == "__main__":
    main()
