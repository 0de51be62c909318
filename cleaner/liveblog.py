"""Live blogs: entries, each under a time of its own ("23:58", "16:42 GMT", "Il y a 5 min").

A bare time on its own line is a counter or a byline's leftover on most pages; in a live blog it
heads each entry and belongs to the article. The shape tells them apart: entry times recur, each
followed within a line or two by a paragraph, a few lines apart, at least LIVE_MIN_ENTRIES times.
"""
from __future__ import annotations

import re

from .document import Line
from .thresholds import LIVE_MAX_ENTRY_LINES, LIVE_MIN_ENTRIES

# "23:58", "16:42 GMT", "9.05am", "14h30", "10:12 Uhr", "08:15 МСК" (nothing else on the line).
_CLOCK = re.compile(
    r"^\W*(?:(?:[01]?\d|2[0-3])\s?[:.h]\s?[0-5]\d(?:\s?(?:[ap]\.?m\.?|uhr|h|[a-zа-я]{2,5}(?:[+-]\d{1,2})?))?"
    r"|(?:[01]?\d|2[0-3])[时時][0-5]\d分)\W*$",  # ... "13时07分"
    re.I,
)
_MAX_TIME_WEIGHT = 6
# Claims an entry time may carry from the line-local rules: a counter, a timestamp, a dateline.
_TIME_RULES = frozenset({"navigation.item", "byline.timestamp", "byline.dateline", "byline.duplicate"})


def is_entry_time(line: Line, relative_time) -> bool:
    """A line that is only a time: a clock time, or a relative one ('há 2 minutos') by the lexicon."""
    if line.weight > _MAX_TIME_WEIGHT:
        return False
    if _CLOCK.match(line.text):
        return True
    return relative_time is not None and relative_time.search(line.lower) is not None and any(c.isdigit() for c in line.text)


def entry_times(lines: list[Line], relative_time) -> list[int]:
    """Indexes of the entry times of a live blog, or [] when the page is none."""
    candidates = [i for i, line in enumerate(lines)
                  if (line.verdict is None or line.verdict.rule in _TIME_RULES) and is_entry_time(line, relative_time)]
    best: list[int] = []
    run: list[int] = []
    for i in candidates:
        if not _heads_an_entry(lines, i):
            continue
        if run and i - run[-1] > LIVE_MAX_ENTRY_LINES:
            best = max(best, run, key=len)
            run = []
        run.append(i)
    best = max(best, run, key=len)
    return best if len(best) >= LIVE_MIN_ENTRIES else []


def _heads_an_entry(lines: list[Line], i: int) -> bool:
    """A paragraph follows within two lines (an entry may have a heading of its own). Under a clock
    time a one-sentence entry ('Im Herbst will die Verwaltung eine erste Bilanz ziehen.') counts;
    under a relative one ('7 days ago') it does not: reviews and comments print those over short
    sentences (WCXB-dev 4267)."""
    clock = _CLOCK.match(lines[i].text) is not None
    for line in lines[i + 1 : i + 3]:
        if line.klass == "good" or (clock and line.klass == "near" and line.ends_sentence and line.verdict is None):
            return True
        if line.verdict is not None and line.verdict.rule not in _TIME_RULES:
            return False
    return False
