"""Data lists: an article that is a list of figures (a season's calendar, a fixture list, a
timetable, results by district) has no sentence to anchor on.

Judged line by line, each item ('1a etapa: 10 de março – Interlagos', 'Sat 2 Aug: Harbourside v
Kelsey (H)', '第2轮 3月15日 15:30 临江县 vs 东城区') is a short unpunctuated line, the shape of a
menu item, and a sidebar's teasers outweigh the whole list. A data list is told from a menu by
what menus and archive lists lack: every item carries a figure, the items start alike (a
number, a bullet, one weekday; not each with a headline's own first word), and there are many
of them in a row. The lines stay as they are; only the decision reads them as the article's text.
"""
from __future__ import annotations

import re
from collections import Counter

from .document import Line
from .thresholds import DATA_LIST_MAX_GAP, DATA_LIST_MAX_WEIGHT, DATA_LIST_MIN_ITEMS, DATA_LIST_SAME_START

_DIGIT = re.compile(r"\d")
_DIGITS = re.compile(r"\d+")
# A list's notes, right under it: '* Calendário sujeito a alterações', '** Provas noturnas em abril'.
_NOTE = re.compile(r"^\*{1,3}\s*\S")


def _start_key(text: str) -> str:
    """How an item starts: its first word, case folded, figures as 0 ('1a' and '12a' -> '0a',
    '第10轮' -> '第0轮', 'Sat' -> 'sat', '–' -> '–'). Items of one list share it; headlines,
    each with its own first word, do not."""
    word = text.split(maxsplit=1)[0] if text.strip() else ""
    return _DIGITS.sub("0", word.casefold())


def _figure_after_first_word(line: Line) -> bool:
    """A date, a time, a score after the item's first word, not only the number of a numbered
    list ('1. Understand search intent', '#2 Green plumbing')."""
    parts = line.text.split(maxsplit=1)
    return len(parts) == 2 and _DIGIT.search(parts[1]) is not None


def data_lists(lines: list[Line]) -> list[tuple[int, int]]:
    """(first, last) indexes of the runs of ``lines`` that are data lists: DATA_LIST_MIN_ITEMS
    unclaimed short lines or more in a row (at most DATA_LIST_MAX_GAP blank lines apart), each with
    a figure after its first word, DATA_LIST_SAME_START of them starting alike (see _start_key)."""
    # unclaimed, short, with a figure: the cheap tests first (most lines of most pages fail them)
    search = _DIGIT.search
    item = [line.verdict is None and DATA_LIST_MAX_WEIGHT >= line.weight >= 1 and search(line.text) is not None
            for line in lines]
    if sum(item) < DATA_LIST_MIN_ITEMS:
        return []
    out = []
    i, n = 0, len(lines)
    while i < n:
        if not (item[i] and _figure_after_first_word(lines[i])):
            i += 1
            continue
        j = i
        while j + 1 < n and item[j + 1] and lines[j + 1].no - lines[j].no <= DATA_LIST_MAX_GAP + 1 \
                and _figure_after_first_word(lines[j + 1]):
            j += 1
        count = j - i + 1
        if count >= DATA_LIST_MIN_ITEMS:
            starts = Counter(_start_key(line.text) for line in lines[i : j + 1])
            if starts.most_common(1)[0][1] >= DATA_LIST_SAME_START * count:
                while j + 1 < n and lines[j + 1].verdict is None and _NOTE.match(lines[j + 1].text) \
                        and lines[j + 1].no - lines[j].no <= DATA_LIST_MAX_GAP + 1:
                    j += 1
                out.append((i, j))
        i = j + 1
    return out
