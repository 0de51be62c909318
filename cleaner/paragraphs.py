"""Hard-wrapped paragraphs: text converters and mail archives break paragraphs at 72 or 78 columns.

Judged line by line, a wrapped paragraph is a stack of unpunctuated fragments that look like menu
items; judged as the paragraph it is, it is prose. A block (lines between blank lines) is wrapped
when every line but its last was broken because the next word would not fit: the line plus the
next line's first word is wider than the block's width. That is what a wrapping program does, and
what a menu, a list or a run of headlines almost never does by chance, since their lines end where
their items end, not where the width does; and the block ends a sentence, as paragraphs do. The lines themselves stay as they are (deletion only):
only the decision reads them as one paragraph.
"""
from __future__ import annotations

import unicodedata

from .document import Line
from .thresholds import (WRAP_CJK_MIN_COLUMNS, WRAP_CJK_MIN_LINES, WRAP_CJK_SLACK, WRAP_MAX_WIDTH,
                         WRAP_MIN_MID_SENTENCE, WRAP_MIN_WIDTH, WRAP_RUN_MAX_CAPITALS, WRAP_RUN_MIN_LINES,
                         WRAP_SLACK)

_SENTENCE_END = (".", "!", "?", ":", "。", "！", "？", "：", "…", '"', "”", "»", ")")


def _first_word_length(text: str) -> int:
    space = text.find(" ")
    return len(text) if space < 0 else space


def columns(text: str) -> int:
    """Display width: a wide (CJK) character takes two columns, as in a terminal or a wrapping program."""
    if text.isascii():
        return len(text)
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _even(block: list[Line], width_of, slack: int) -> bool:
    """Every line but the last within ``slack`` of the block's widest, itself wide enough to wrap."""
    widths = [width_of(line.text) for line in block]
    width = max(widths)
    return width >= WRAP_CJK_MIN_COLUMNS and all(w >= width - slack for w in widths[:-1])


def _wrapped_unspaced(block: list[Line]) -> bool:
    """A block in a script written without spaces (Chinese, Japanese) broken at a fixed number of
    columns: every line but the last as wide as the widest, give or take one wide character, and
    at least half the breaks inside a sentence. Some converters count characters rather than
    columns (a half-width figure then takes a wide character's room): either count will do."""
    if len(block) < WRAP_CJK_MIN_LINES:
        return False  # one full line over a short one: as wide as the block by definition
    if not (_even(block, columns, WRAP_CJK_SLACK) or _even(block, lambda text: 2 * len(text), WRAP_CJK_SLACK)):
        return False
    mid_sentence = sum(not line.text.endswith(_SENTENCE_END) for line in block[:-1])
    return mid_sentence >= WRAP_MIN_MID_SENTENCE * (len(block) - 1)


def is_wrapped(block: list[Line]) -> bool:
    """Whether the lines of one block are a paragraph broken at a fixed width."""
    if len(block) < 2 or not block[-1].ends_sentence:
        return False  # a paragraph ends with its sentence; a wrapped heading or label list does not
    if any(" " not in line.text for line in block[:-1]):
        # A full line of one word, or of a script written without spaces (CJK), which wraps at a
        # column count rather than between words.
        return all(" " not in line.text and not line.text.isascii() for line in block[:-1]) and _wrapped_unspaced(block)
    width = max(len(line.text) for line in block)
    if not WRAP_MIN_WIDTH <= width <= WRAP_MAX_WIDTH:
        return False
    mid_sentence = 0
    for line, nxt in zip(block, block[1:]):
        # The next line's first word did not fit on this one.
        if len(line.text) + 1 + _first_word_length(nxt.text) <= width - WRAP_SLACK:
            return False
        mid_sentence += not line.text.endswith(_SENTENCE_END)
    return mid_sentence >= WRAP_MIN_MID_SENTENCE * (len(block) - 1)


def wrap_width(lines: list[Line], blocks: list[tuple[int, int]]) -> int | None:
    """The width the page's wrapped paragraphs were broken at (their widest line), None when there
    are none or they are in a script without spaces."""
    widths = [len(lines[i].text) for first, last in blocks for i in range(first, last + 1) if " " in lines[i].text]
    return max(widths) if widths else None


def continues_at_width(line: Line, nxt: Line, width: int) -> bool:
    """``nxt`` is the rest of ``line``, broken where the width ran out: the next line, no blank
    between, and its first word would not have fitted ('... in front of record' / 'crowd')."""
    return (nxt.no == line.no + 1 and not line.ends_sentence and len(line.text) <= width
            and len(line.text) + 1 + _first_word_length(nxt.text) > width - WRAP_SLACK)


def wrapped_blocks(lines: list[Line]) -> list[tuple[int, int]]:
    """(first, last) indexes of the blocks of ``lines`` that are hard-wrapped paragraphs."""
    out = []
    pairs = []  # two-line blocks in a script without spaces: wrapped only at the page's width
    start = 0
    n = len(lines)
    while start < n:
        end = start
        block = lines[start].block
        while end + 1 < n and lines[end + 1].block == block:
            end += 1
        if end > start and is_wrapped(lines[start : end + 1]):
            out.append((start, end))
        elif end == start + 1 and _unspaced_pair(lines[start], lines[end]):
            pairs.append((start, end))
        elif end - start >= WRAP_RUN_MIN_LINES - 1:
            out.extend(_wrapped_runs(lines, start, end))
        start = end + 1
    if pairs and out:
        out.extend(_pairs_at_page_width(lines, out, pairs))
        out.sort()
    return out


def _unspaced_pair(line: Line, nxt: Line) -> bool:
    """Two lines of a script without spaces, the first broken inside a sentence, the second closing one."""
    return (" " not in line.text and " " not in nxt.text and not line.text.isascii()
            and not line.text.endswith(_SENTENCE_END) and nxt.ends_sentence and len(nxt.text) <= len(line.text))


def _pairs_at_page_width(lines: list[Line], blocks: list[tuple[int, int]], pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Two-line blocks of a script without spaces whose first line is as wide as the full lines of
    the page's wrapped paragraphs (give or take WRAP_CJK_SLACK columns, counted either way): a
    short paragraph broken at the page's width. Alone, a full line over a short one proves
    nothing (see _wrapped_unspaced); beside paragraphs wrapped at that width, it does."""
    full = [lines[i].text for first, last in blocks for i in range(first, last)
            if " " not in lines[i].text and not lines[i].text.isascii()]
    if not full:
        return []
    by_columns = {columns(text) for text in full}
    by_chars = {2 * len(text) for text in full}
    return [(first, last) for first, last in pairs
            if any(abs(columns(lines[first].text) - w) <= WRAP_CJK_SLACK for w in by_columns)
            or any(abs(2 * len(lines[first].text) - w) <= WRAP_CJK_SLACK for w in by_chars)]


def _prose_case(run: list[Line]) -> bool:
    """At most WRAP_RUN_MAX_CAPITALS of the run's words are capitalised: prose, even German prose
    (every noun), is not Title Case."""
    words = [w for line in run for w in line.text.split() if w[:1].isalpha()]
    return bool(words) and sum(1 for w in words if w[:1].isupper()) <= WRAP_RUN_MAX_CAPITALS * len(words)


def _wrapped_runs(lines: list[Line], start: int, end: int) -> list[tuple[int, int]]:
    """Wrapped paragraphs inside a block that is not one: a page printed without blank lines is a
    single block of menus, bylines and paragraphs. Runs end at a line a rule claimed and after a
    line that ends a sentence; runs of WRAP_RUN_MIN_LINES lines or more that are wrapped count
    (two lines could be a headline over its blurb), when they are not in Title Case: a list of
    headlines of about one length is not a paragraph."""
    out = []
    # cheap test first: a run needs WRAP_RUN_MIN_LINES - 1 lines broken mid-sentence at a wrapping width
    broken = sum(1 for k in range(start, end + 1) if not lines[k].ends_sentence
                 and WRAP_MIN_WIDTH <= len(lines[k].text) <= WRAP_MAX_WIDTH)
    if broken < WRAP_RUN_MIN_LINES - 1:
        return out
    first = start
    for k in range(start, end + 1):
        claimed = lines[k].verdict is not None
        if claimed or lines[k].ends_sentence or k == end:
            last = k - 1 if claimed else k
            run = lines[first : last + 1]
            if len(run) >= WRAP_RUN_MIN_LINES and is_wrapped(run) and _prose_case(run):
                out.append((first, last))
            first = k + 1
    return out


def joined(lines: list[Line]) -> Line:
    """One line standing for a wrapped paragraph: its text, weight, stopword share and end are
    those of the paragraph (used to classify it; never rendered)."""
    first, last = lines[0], lines[-1]
    weight = sum(line.weight for line in lines)
    para = Line(first.no, " ".join(line.text for line in lines), first.block)
    para.weight = weight
    para.words = sum(line.words for line in lines)
    para.stop_ratio = sum(line.stop_ratio * line.weight for line in lines) / weight if weight else 0.0
    para.ends_sentence = last.ends_sentence
    para.bullet = first.bullet
    return para
