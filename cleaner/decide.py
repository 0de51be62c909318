"""The decision step: classify lines by shape, find the article core (the densest run of prose),
then keep the core minus boilerplate, plus the headline and standfirst just above it.

Like jusText, a line is judged with its neighbours; unlike it, the core is found globally, with a
maximum-sum run over per-line scores, which is linear in the number of lines.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .datalists import data_lists
from .document import Line, Verdict
from .features import final_text
from .liveblog import entry_times
from .paragraphs import continues_at_width, joined, wrap_width, wrapped_blocks
from .safety import comment_section_start
from .thresholds import (  # every number of the decision, with where it comes from
    ARTICLE_UNDER_BYLINE_SKIP,
    ASIDE_BRIDGE_MAX_LINES,
    CONTINUATION_QUIET_LINES,
    DATA_LIST_BYLINE_REACH,
    BOILERPLATE_SCORE,
    BOX_MAX_LINES,
    BOX_UNDER_BYLINE,
    BULLET_SCORE_FACTOR,
    BYLINE_BONUS,
    CAPTION_MAX_WEIGHT,
    CLUSTER_MIN,
    CLUSTER_MIN_SHARE,
    CLUSTER_WINDOW,
    DATED_LIST_MIN_ITEMS,
    ECHO_LOOKBACK,
    WRAPPED_TITLE_MIN_BLOCKS,
    ECHO_MIN_SHARE,
    ECHO_MIN_WORDS,
    FENCE_SCORE,
    GOOD_MIN_WEIGHT,
    GOOD_SCORE_CAP,
    GOOD_UNENDED_MIN_WEIGHT,
    LABEL_MAX_WEIGHT,
    LABEL_SCORE,
    LABEL_SLOT_LINES,
    LIST_ITEM_GAP,
    LIST_ITEM_MAX_WEIGHT,
    LIST_MAX_ITEMS,
    MENU_CAPITALS,
    NEAR_MIN_WEIGHT,
    NEAR_SCORE_FACTOR,
    NEAR_UNENDED_MIN_WEIGHT,
    PAGE_TITLE_LINES,
    RELATIVE_TIME_MAX_WEIGHT,
    PROSE_MIN_STOP_RATIO,
    SECTION_MIN_PARAGRAPHS,
    SECTION_MIN_WEIGHT,
    LONG_SECTION_MIN_PARAGRAPHS,
    MAIL_HEADER_LINES,
    LONG_SECTION_MIN_WEIGHT,
    LONG_SECTION_PARAGRAPH_WEIGHT,
    RECURRING_QUESTION_COPIES,
    REPEAT_NEIGHBOURHOOD,
    SENTENCE_CASE_CAPITALS,
    SENTENCE_CASE_CAPITALS_NOUNS,
    SHORT_SCORE,
    STANDFIRST_MIN_WEIGHT,
    STANDFIRST_UNDER_TITLE_MIN_WEIGHT,
    SUBTITLE_HEADLINE_MAX_WEIGHT,
    SUBTITLE_HEADLINE_MIN_WEIGHT,
    SUBTITLE_MIN_WEIGHT,
    SUBTITLE_MAX_RATIO,
    TEASER_LEAD_IN,
    TEASER_BLURB_MAX_WEIGHT,
    TEASER_MIN_GROUPS,
    TEASER_TAIL_MAX_WEIGHT,
    TERMINAL_MIN_SHARE,
    TERMINAL_MIN_WEIGHT,
    TITLE_LOOKBACK,
    WORDS_PER_MARK,
)
from .rules import Context
from .rules.duplicates import MIN_WEIGHT as MIN_DUP_WEIGHT
from .rules.legal import DATED_NOTICE

GOOD, NEAR, SHORT, BAD = "good", "near", "short", "bad"

# Rules whose lines fence the article: the core does not reach across them (they cost FENCE_SCORE).
_FENCE_RULES = ("promo.comments", "related.heading", "legal.copyright", "legal.footer-link", "related.list")
# Lines the headline search passes over: bylines, share bars, "Listen", "Read more: ...".
_TITLE_SKIP_CATEGORIES = ("byline", "header", "promo", "credits")
_TITLE_SKIP_RULES = ("navigation.item", "navigation.menu-run", "related.link")
_KEPT_BYLINE_RULES = ("byline.kept", "byline.author", "byline.dateline")


def classify(line: Line, has_stopwords: bool) -> str:
    """good: prose; near: a short sentence; short: a label, menu item or headline; bad: a rule hit."""
    if line.verdict is not None:
        return BAD
    prose = not has_stopwords or line.stop_ratio >= PROSE_MIN_STOP_RATIO
    if line.ends_sentence and line.weight >= GOOD_MIN_WEIGHT and prose:
        return GOOD
    if line.weight >= GOOD_UNENDED_MIN_WEIGHT and prose and _punctuated(line):
        return GOOD
    if line.ends_sentence and line.weight >= NEAR_MIN_WEIGHT:
        return NEAR
    if line.weight >= NEAR_UNENDED_MIN_WEIGHT and prose and _punctuated(line):
        return NEAR  # (a menu or a list of teasers flattened onto one line has no punctuation)
    return SHORT


_PUNCTUATION = frozenset(".,;:!?。，、；：！？")


def _punctuated(line: Line) -> bool:
    """Prose has commas and stops; a tag cloud or a menu flattened onto one line has none."""
    marks = sum(map(line.text.count, _PUNCTUATION))  # str.count runs in C, a loop over characters does not
    return marks * WORDS_PER_MARK >= line.weight


def _standfirst_like(line: Line, under_title: bool = False) -> bool:
    """A sentence or paragraph, or a long line in sentence case with no full stop: a standfirst
    printed without its punctuation, where it stands under a headline (right under it, a shorter
    one will do). (Not a menu flattened onto one line: those are mostly capitalised words.)"""
    if line.klass in (GOOD, NEAR):
        return True
    minimum = STANDFIRST_UNDER_TITLE_MIN_WEIGHT if under_title else STANDFIRST_MIN_WEIGHT
    if line.klass != SHORT or line.weight < minimum or line.bullet:
        return False
    words = line.text.split()
    return sum(1 for w in words if w[:1].isupper()) < MENU_CAPITALS * len(words)



def _sentence_case(line: Line, language: str | None) -> bool:
    """Mostly lowercase words after the first: a sentence, not a Title Case Headline or a menu.
    German capitalises every noun, so a German sentence may have more capitals than other words.
    A script without case (Chinese, Japanese) says nothing either way: the line counts as one, so
    that a subtitle under a headline keeps the headline above it ("when unsure, keep")."""
    if line.text.upper() == line.text.lower():
        return True
    words = line.text.split()[1:]
    share = SENTENCE_CASE_CAPITALS_NOUNS if language in _CAPITALISED_NOUNS else SENTENCE_CASE_CAPITALS
    return bool(words) and sum(1 for w in words if w[:1].isupper()) <= share * len(words)


_CAPITALISED_NOUNS = frozenset({"de", "lb"})


# A list item that is only a link ('* [Bluttest soll Lebererkrankung früher erkennen](https://...)'):
# a link list's item, a teaser's, not a line of the article's own list.
_MARKDOWN_LINK_ITEM = re.compile(r"^[-*+•]\s+\[[^\]]+\]\([^)\s]*\)$")


def score(line: Line) -> float:
    k = line.klass
    if k == GOOD:
        return min(line.weight, GOOD_SCORE_CAP)
    if k == NEAR:
        return line.weight * NEAR_SCORE_FACTOR
    if k == SHORT:
        if line.bullet and _MARKDOWN_LINK_ITEM.match(line.text) is None:
            return BULLET_SCORE_FACTOR * line.weight  # list items are article text far more often than menus
        return LABEL_SCORE if line.weight <= LABEL_MAX_WEIGHT else SHORT_SCORE
    if line.verdict and line.verdict.rule in _FENCE_RULES:
        return FENCE_SCORE
    return BOILERPLATE_SCORE


def best_run(scores: list[float]) -> tuple[int, int] | None:
    """The contiguous run with the largest total (Kadane); None when nothing is positive."""
    best_sum, best = 0.0, None
    run_sum, run_start = 0.0, 0
    for i, s in enumerate(scores):
        if run_sum <= 0:
            run_sum, run_start = s, i
        else:
            run_sum += s
        if run_sum > best_sum:
            best_sum, best = run_sum, (run_start, i)
    return best


@dataclass(slots=True)
class Decision:
    core: tuple[int, int] | None
    title: int | None
    description: int | None
    kept_byline: int | None
    # a second span kept past the page's footer, on the evidence of the core alone (the safety net
    # does not count it as kept): a long section below, or the best run when the core is the opening
    far: tuple[int, int] | None = None
    # the headline's second line, where the page wrapped it like its paragraphs
    title_tail: int | None = None


def decide(ctx: Context, outside_core: bool = True, between: bool = True, dedupe: bool = True) -> Decision:
    """Set ``keep`` on every line and record why lines outside the core go."""
    lines = ctx.lines
    has_stop = bool(ctx.lex.stopwords) and ctx.language is not None
    for line in lines:
        line.klass = classify(line, has_stop)
    scores = [score(line) for line in lines]
    _one_fence_per_list(lines, scores)
    wrapped = _read_wrapped_paragraphs(lines, scores, has_stop)
    in_wrapped = frozenset(i for first, last in wrapped for i in range(first, last + 1))
    listed = _read_data_lists(lines, scores)
    entries = _read_live_blog(lines, scores, ctx.lex)
    _short_lines_between_prose(lines, scores)
    _table_figures(lines, scores)
    if dedupe:
        _discount_repeats(lines, scores, in_wrapped)
    _favour_text_after_first_byline(lines, scores)
    boxes = _soften_boxes_inside_prose(lines, scores)
    _soften_lone_comment_labels(lines, scores)
    core = best_run(scores)
    far = None
    if core is not None:
        core = _with_short_last_sentence(lines, _cut_at_terminal_fence(lines, scores, core, boxes, ctx.lex))
        core = _with_introduced_list(lines, core)
        core = _with_first_entry_time(lines, core, entries)
        core = _with_sections_below(lines, core)
        core = _with_sections_above(lines, core)
        aside_opening = _opening_above_aside(lines, core[0])
        if aside_opening is not None:
            core = (aside_opening, core[1])
        aside_end = _continuation_below_aside(lines, core[1], ctx.lex)
        if aside_end is not None:
            core = (core[0], aside_end)
        core = _without_sign_up_pitch(lines, core, ctx.lex)
        opening = _opening_above(lines, core[0], ctx.lex) or _article_under_headline(lines, core[0])
        if opening is not None:  # the best run is the article's second part: the opening is the core
            core, far = opening, (_heading_above(lines, core[0]), core[1])
        else:
            far = _long_section_below(lines, core[1], ctx.lex)
        if far is None:
            core = _article_over_teasers(lines, core, listed) or core
        core = _with_heading_over_list(lines, core, listed)
        core = _past_caption_under_byline(lines, core, ctx.lex)
    if core is None:
        # No run of prose to anchor on (a snippet, a list, a caption): remove only what rules
        # recognised, rather than guess and empty the text.
        for line in lines:
            line.keep = line.verdict is None
        return Decision(None, None, None, None)
    start, end = core
    title = None
    if outside_core:
        title = _echoed_headline(lines, start, skip=in_wrapped)
        if title is not None:
            lines[title].verdict = None  # the headline, not an item of a list or menu
        else:
            title = find_title(ctx, start, entries)
    if title is None and outside_core and _opens_with_headline(lines, start, end):
        title = start  # "Wer darf ... trainieren?": a question headline scores as prose
    tail = _wrapped_title_tail(lines, title, wrapped)
    if tail is None and title and lines[title - 1].verdict is None \
            and _wrapped_title_tail(lines, title - 1, wrapped) == title:
        title, tail = title - 1, title  # the lower line is the headline's wrapped tail
    for i, line in enumerate(lines):
        inside = start <= i <= end or (far is not None and far[0] <= i <= far[1])
        if line.verdict is not None:
            line.keep = False
        elif inside or not outside_core or i == title or i == tail:
            line.keep = True
        elif title is not None and title < i < start and not _captioned(lines, i, ctx.lex) \
                and (_standfirst_like(line, i == title + 1) or i == title + 1 and _subtitle_of(line, lines[title])):
            line.keep = True  # standfirst or subtitle between headline and article (not a picture's caption)
        else:
            line.keep = False
            line.verdict = Verdict("context.outside-core", "context", "outside the article core")
    if title is not None:
        lines[title].block = -1  # the headline is a paragraph of its own
        if tail is not None:
            lines[tail].block = -1  # with its wrapped second line
    if between:
        _drop_short_between_boilerplate(lines, start, end)
    if dedupe:
        _drop_repeated_paragraphs(lines, in_wrapped)
    kept_byline = None
    if ctx.keep_byline:
        # Only lines that say they are bylines ("By …", a timestamp): a bare name, kept, would
        # read as a headline the next time the text is cleaned.
        kept_byline = next((i for i, ln in enumerate(lines) if ln.verdict and ln.verdict.rule in _KEPT_BYLINE_RULES), None)
        if kept_byline is not None:
            lines[kept_byline].keep = True
    description = find_description(lines, title, start)
    return Decision(core, title, description, kept_byline, far, tail)




def _one_fence_per_list(lines: list[Line], scores: list[float]) -> None:
    """A list of headlines is one fence, not one per item: its heading (or first item) pays the
    fence's price, the items under it what any boilerplate line costs. Seven links in a 'Read
    more' box must not weigh more than the paragraphs around them."""
    last_related = -LIST_ITEM_GAP - 1
    for i, line in enumerate(lines):
        verdict = line.verdict
        if verdict is None or verdict.category != "related":
            continue
        if verdict.rule == "related.list" and i - last_related <= LIST_ITEM_GAP and scores[i] == FENCE_SCORE:
            scores[i] = BOILERPLATE_SCORE
        last_related = i


def _short_lines_between_prose(lines: list[Line], scores: list[float]) -> None:
    """As jusText judges a short block by its neighbours: unflagged short lines (headings, list
    items, table rows) with prose right above and right below them, no rule's claim between, are
    the article's structure and cost the run nothing. A listicle's sections stay one article."""
    n = len(lines)
    i = 0
    while i < n:
        if lines[i].klass != SHORT or lines[i].verdict is not None:
            i += 1
            continue
        j = i
        while j < n and lines[j].klass == SHORT and lines[j].verdict is None:
            j += 1
        if i > 0 and j < n and lines[i - 1].klass in (GOOD, NEAR) and lines[i - 1].verdict is None \
                and lines[j].klass in (GOOD, NEAR) and lines[j].verdict is None:
            for k in range(i, j):
                if scores[k] < 0:
                    scores[k] = 0.0
        i = j


_FIGURE = re.compile(r"^[^\w]*[\d][\d.,:/ %+\-–]*[^\w]*$")


def _table_figures(lines: list[Line], scores: list[float]) -> None:
    """A table printed one cell a line ('Unwinding.', '80%', '80%'): its figures go as counters,
    but between the table's unclaimed rows they cost the run nothing, so that a table does not
    end the article. (A pager's numbers stand among menu items, not among unclaimed lines.)"""
    counters = [i for i, line in enumerate(lines) if line.verdict is not None and _counter(line)]
    k = 0
    while k < len(counters):
        i = j = counters[k]
        while k < len(counters) and counters[k] == j:  # a run of consecutive counters: i .. j - 1
            j += 1
            k += 1
        if i > 0 and j < len(lines) and lines[i - 1].verdict is None and lines[j].verdict is None:
            for m in range(i, j):
                scores[m] = max(scores[m], 0.0)


def _counter(line: Line) -> bool:
    return line.verdict.rule == "navigation.item" and _FIGURE.match(line.text) is not None


def _read_live_blog(lines: list[Line], scores: list[float], lex) -> frozenset[int]:
    """A live blog's entry times belong to the article: their claims as counters or timestamps
    are withdrawn and they cost the run nothing. Returns their indexes."""
    times = entry_times(lines, lex.patterns.get("relative_time"))
    for i in times:
        lines[i].verdict = None
        lines[i].klass = SHORT
        scores[i] = 0.0
    return frozenset(times)


def _with_first_entry_time(lines: list[Line], core: tuple[int, int], entries: frozenset[int]) -> tuple[int, int]:
    """The core starts with the first entry's time (and heading), not under it."""
    start, end = core
    for back in (1, 2):
        j = start - back
        if j in entries and all(lines[k].verdict is None and lines[k].klass == SHORT for k in range(j + 1, start)):
            return j, end
    return core


# A wrapped paragraph's line that goes on with the sentence above it ('2030.' after '... vai até')
# is no page counter or menu item, whatever it looks like on its own.
_CONTINUATION_RELEASES = ("navigation.item",)


def _read_data_lists(lines: list[Line], scores: list[float]) -> frozenset[int]:
    """A data list (see datalists.py) right under the byline is the article's text: its items are
    read as paragraphs (the safety net counts them as prose) and each scores as a short sentence,
    so that a calendar under its headline outweighs a sidebar's teasers. (Elsewhere a list of
    figures is a menu of plans or a sidebar's table as often as an article's.) Returns the first
    items."""
    firsts = []
    for first, last in data_lists(lines):
        if not _under_byline(lines, first):
            continue
        firsts.append(first)
        for k in range(first, last + 1):
            line = lines[k]
            if line.klass != GOOD:
                # text, as a paragraph is (the safety net counts it), scored as a short sentence
                line.klass = GOOD
                scores[k] = line.weight * NEAR_SCORE_FACTOR
    return frozenset(firsts)


def _under_byline(lines: list[Line], i: int) -> bool:
    """A byline or dateline stands within DATA_LIST_BYLINE_REACH lines above line ``i``, with no
    paragraph between, or line ``i`` is that near the top of the text (the article cleaned, under
    its headline): the line opens the article."""
    if i <= DATA_LIST_BYLINE_REACH:
        return not any(line.verdict is None and line.klass == GOOD for line in lines[:i])
    for k in range(i - 1, max(-1, i - 1 - DATA_LIST_BYLINE_REACH), -1):
        verdict = lines[k].verdict
        if verdict is not None and verdict.category == "byline":
            return True
        if verdict is None and lines[k].klass == GOOD:
            return False
    return False


def _read_wrapped_paragraphs(lines: list[Line], scores: list[float], has_stop: bool) -> list[tuple[int, int]]:
    """A hard-wrapped paragraph is judged as the paragraph it is: each of its lines takes the
    paragraph's class and a share of its score by weight. Lines a rule claimed stay claimed, but
    for a menu item's claim on a line that finishes the sentence above it. Returns the blocks."""
    blocks = wrapped_blocks(lines)
    for first, last in blocks:
        members = lines[first : last + 1]
        for above, line in zip(members, members[1:]):
            if line.verdict is not None and line.verdict.rule in _CONTINUATION_RELEASES \
                    and above.verdict is None and not above.ends_sentence:
                line.verdict = None
        para = joined(members)
        klass = classify(para, has_stop)
        para.klass = klass
        total = score(para)
        for offset, line in enumerate(members):
            if line.verdict is None:
                line.klass = klass
                scores[first + offset] = total * line.weight / para.weight if para.weight else 0.0
    return blocks


def _is_terminal(line: Line, before: float, after: float, confirmed: bool = False,
                 between_paragraphs: bool = False, lex=None) -> bool:
    """A comment section, or a real copyright notice: a dated one ('© 2019 NBC'), or a rights
    phrase with less prose after it than before ('Privacy Policy | Terms' under a newsletter box
    in mid-article is not the footer). Not a '© Photographer' credit."""
    rule_id = line.verdict.rule
    if rule_id == "promo.comments":
        # A lone 'Comments (3)' jump link between two paragraphs does not end the article; a
        # comment section (entries with a name or date each) does, wherever it stands.
        return confirmed or not between_paragraphs
    if rule_id != "legal.copyright":
        return False
    if DATED_NOTICE.search(line.text) is not None:
        # ... unless it is an image's credit line ('Photo https://... © 2024 Hinterland of Things')
        label = lex.labels.get("photo") if lex is not None else None
        return label is None or label.match(line.text) is None
    return "legal" in line.phrases and after < before


def _cut_at_terminal_fence(lines: list[Line], scores: list[float], core: tuple[int, int],
                           boxes: frozenset[int] = frozenset(), lex=None) -> tuple[int, int]:
    """End the core before a comment section or footer that the maximum-sum run reached across.
    A cluster of boilerplate that starts inside an aside box (``boxes``: its line indexes) is that
    box, not the end of the article."""
    start, end = core
    total = sum(s for s in scores[start : end + 1] if s > 0)
    before = 0.0
    last_positive = start
    # flagged[i]: how many of the lines i .. i+W-1 are boilerplate by some rule (a sliding window);
    # furniture[i]: how many of those are not related-story boxes, which also sit inside articles.
    window = CLUSTER_WINDOW
    flagged = [0] * (end - start + 2)
    furniture = [0] * (end - start + 2)
    count = other = 0
    for i in range(end, start - 1, -1):
        verdict = lines[i].verdict
        count += verdict is not None
        other += verdict is not None and verdict.category != "related"
        if i + window <= end:
            leaving = lines[i + window].verdict
            count -= leaving is not None
            other -= leaving is not None and leaving.category != "related"
        flagged[i - start] = count
        furniture[i - start] = other
    for i in range(start, end + 1):
        # Teasers under a related heading to the core's end: the related block, even where its
        # first item made it look like a 'Read also' box between two paragraphs.
        if lines[i].verdict is not None and lines[i].verdict.rule == "related.heading" \
                and before >= min(TERMINAL_MIN_WEIGHT, TERMINAL_MIN_SHARE * total) and _teasers_to_the_end(lines, i, end):
            return start, last_positive
        if lines[i].verdict is not None and i not in boxes:
            if before >= min(TERMINAL_MIN_WEIGHT, TERMINAL_MIN_SHARE * total) \
                    and _is_terminal(lines[i], before, total - before, comment_section_start(lines, i, i + 1) == i,
                                     _between_paragraphs(lines, i), lex):
                return start, last_positive
            next_flagged = i + 1 <= end and lines[i + 1].verdict is not None
            if flagged[i - start] >= CLUSTER_MIN and furniture[i - start] and next_flagged and before > 0 \
                    and (before >= CLUSTER_MIN_SHARE * total or _teasers_follow(lines, i, end)):
                return start, last_positive
        if scores[i] > 0:
            before += scores[i]
            last_positive = i
    return core


# Claims that end the article when they stand between the core and prose below it: a comment
# label, a byline or bio, a newsletter or app prompt, a footer, a related-stories heading.
_SECTION_STOP_CATEGORIES = frozenset(("promo", "legal", "byline", "related", "header"))


def _with_sections_below(lines: list[Line], core: tuple[int, int]) -> tuple[int, int]:
    """A guide's next section after a box of links ('Movers by city: Buffalo, Cornwall, ...') or a
    product card is still the article: paragraphs below the core with only menus, widgets and
    unclaimed lines between join the core (their own claimed lines still go). A comment label, a
    byline or bio, a newsletter prompt, a footer or a related-stories heading stops the search, and
    so does a list of teasers (a headline over each one-paragraph blurb). On the two development
    corpora, such sections were 85% article text (WCXB-dev and AEB, 38,000 words)."""
    start, end = core
    n = len(lines)
    i = end + 1
    while i < n:
        verdict = lines[i].verdict
        if verdict is not None and verdict.category in _SECTION_STOP_CATEGORIES:
            break
        if verdict is not None or lines[i].klass != GOOD:
            i += 1
            continue
        j = _unclaimed_run_end(lines, i, 1)
        if not _enough_for_a_section(lines[i:j]) \
                or _teaser_list(lines, _heading_above(lines, i), j - 1):
            break  # too little to be a section, or a list of teasers
        end = j - 1
        i = j
    return start, end


def _long_section_below(lines: list[Line], end: int, lex) -> tuple[int, int] | None:
    """Past the page's end (a footer, a share row, a bio box), a long section of the article
    itself: LONG_SECTION_MIN_PARAGRAPHS paragraphs or more, of LONG_SECTION_MIN_WEIGHT words, no
    teasers, before any comment label or site notice (cookies, terms). Some pages print the rest of
    their article there (an accordion's panels, a 'continue reading' block). The section alone
    joins the article, not the lines between."""
    n = len(lines)
    k = end + 1
    while k < n:
        verdict = lines[k].verdict
        if verdict is not None and verdict.rule == "promo.comments":
            return None
        if verdict is None and lines[k].klass == GOOD:
            j = _unclaimed_run_end(lines, k, 1)
            run = lines[k:j]
            if site_notice(run, lex):
                return None
            if _long_section(_long_paragraphs(run)) \
                    and not any(_teaser_list(lines, first, j - 1) for first in (_heading_above(lines, k), k + 1)):
                return _heading_above(lines, k), j - 1
            k = j
            continue
        k += 1
    return None


def _article_under_headline(lines: list[Line], start: int) -> tuple[int, int] | None:
    """The page title's headline printed far above the core, with a paragraph right under it: a
    landing page's short article ('Request our free ebook', one paragraph and its list) above a
    long disclaimer or sidebar that the core took. Returns the article's span, or None."""
    top = start - ECHO_LOOKBACK - 1  # nearer echoes are the headline search's (find_title)
    echo = _echoed_headline(lines, top, lookback=top)
    while echo is not None:
        k = echo + 1
        while k < start and k - echo <= 3 and (lines[k].verdict is None and lines[k].klass != GOOD
                                                or lines[k].verdict is not None and lines[k].verdict.category == "promo"):
            k += 1  # a line or two between: 'Request our free ebook'
        if k < start and lines[k].verdict is None and lines[k].klass == GOOD \
                and lines[k].weight >= LONG_SECTION_PARAGRAPH_WEIGHT:
            return k, _unclaimed_run_end(lines, k, 1) - 1
        echo = _echoed_headline(lines, echo - 1, lookback=echo - 1)
    return None


def _opening_above(lines: list[Line], start: int, lex) -> tuple[int, int] | None:
    """The article's opening above the core, past a footer or a related list: when the page prints
    the first part of an article, then its footer, then the rest (longer, so the core), the first
    part is an unclaimed run of paragraphs right under the byline (or itself a long section), with
    no comment label, site notice or teaser list in it. Returns the opening's span, or None."""
    k = start - 1
    while k >= 0 and (lines[k].verdict is not None or lines[k].klass != GOOD):
        verdict = lines[k].verdict
        if verdict is not None and verdict.rule == "promo.comments":
            return None
        k -= 1
    if k < 0 or k == start - 1:
        return None  # nothing claimed between: the sections search (_with_sections_above) decides
    j = _unclaimed_run_end(lines, k, -1)
    first = _first_paragraph(lines, j + 1, k)
    run = lines[first : k + 1]
    if site_notice(run, lex) or _teaser_list(lines, _heading_above(lines, first), k):
        return None
    paragraphs = _long_paragraphs(run)
    above = lines[j] if j >= 0 else None
    under_byline = above is not None and above.verdict is not None and above.verdict.category == "byline" \
        and _long_section(paragraphs, SECTION_MIN_PARAGRAPHS, SECTION_MIN_WEIGHT)
    return (first, k) if _long_section(paragraphs) or under_byline else None


def _article_over_teasers(lines: list[Line], core: tuple[int, int],
                          listed: frozenset[int] = frozenset()) -> tuple[int, int] | None:
    """A short article (a brief of a paragraph or two) under the page's first byline, and the core
    a list of teasers further down (a headline over a one-paragraph blurb, again and again) that
    outweighs it with comments or a bio between: the article is the core (issue 9's short article
    above a sidebar with more prose). Returns the article's span, or None."""
    start, end = core
    teasers_from = _heading_above(lines, start)
    while teasers_from > 0 and lines[teasers_from - 1].verdict is not None \
            and lines[teasers_from - 1].verdict.category == "related":
        teasers_from -= 1  # the list's first headline (and heading), which the rules took
    after = _teaser_list_end(lines, teasers_from, end)
    if after is None or (after <= end - 1 and _prose_weight(lines[after : end + 1]) >= TEASER_TAIL_MAX_WEIGHT):
        return None  # the core is not teasers (and a line or two after them: an author's blurb)
    for byline in range(teasers_from):
        verdict = lines[byline].verdict
        if verdict is not None and (verdict.rule == "byline.bio" or (verdict.rule == "promo.comments"
                                    and comment_section_start(lines, byline, byline + 1) == byline)):
            return None  # the comments or the bio begin: their bylines head no article
        above = lines[byline - 1].verdict if byline > 0 else None
        if verdict is None or verdict.category not in _BYLINE_CLUSTER \
                or (above is not None and above.category in _BYLINE_CLUSTER):
            continue  # the first line of each byline cluster, from the top ('Propos recueillis par' too)
        article = _sentence_under_byline(lines, byline, teasers_from, listed)
        if article is not None:
            return article
    return None


# What stands between a headline and its article: bylines, datelines, and credit lines ('Propos
# recueillis par …', 'Source : …') where a page prints no byline.
_BYLINE_CLUSTER = ("byline", "credits")


def _sentence_under_byline(lines: list[Line], byline: int, limit: int,
                           listed: frozenset[int] = frozenset()) -> tuple[int, int] | None:
    """The unclaimed run that starts with a sentence right under the byline cluster at ``byline``
    (past a picture's caption and credit), or with a data list (``listed``: first items, see
    datalists.py), and ends before ``limit`` with a claimed line, or None."""
    k = byline
    while k < limit and lines[k].verdict is not None and lines[k].verdict.category in _BYLINE_CLUSTER:
        k += 1
    skipped = 0
    while k < limit and skipped < ARTICLE_UNDER_BYLINE_SKIP and lines[k].klass not in (GOOD, NEAR) \
            and (lines[k].verdict is None or lines[k].verdict.category in _BYLINE_CLUSTER):
        k += 1  # a picture's caption and credit
        skipped += 1
    if k >= limit or lines[k].verdict is not None or lines[k].klass not in (GOOD, NEAR) \
            or not (lines[k].ends_sentence or k in listed or _continued_below(lines, k)):
        return None
    stop = _unclaimed_run_end(lines, k, 1)
    if stop >= limit:
        return None  # nothing between the article and the teasers: one run, the core's to judge
    return k, stop - 1


def _opening_above_aside(lines: list[Line], start: int) -> int | None:
    """The article's first paragraph above an aside box: one or more paragraphs under the byline
    (or the picture credit or share row under it), then a 'Related coverage' box, then the core. The box is
    inside the article (its lines stay claimed); returns where the article starts, or None."""
    if start > 1 and lines[start - 1].verdict is None and lines[start - 1].klass == SHORT \
            and not lines[start - 1].ends_sentence:
        start -= 1  # the heading of the section under the box ('Какая скорость нужна на самом деле')
    k = _claimed_run_end(lines, start - 1, -1)
    if k < 0 or k == start - 1 or not _paragraph(lines[k]) or not _only_an_aside(lines, k + 1, start):
        return None
    j = _unclaimed_run_end(lines, k, -1)
    above = lines[j] if j >= 0 else None
    if above is None or not (above.verdict.category in ("byline", "credits") or above.verdict.rule == "promo.share"):
        return None  # (the share row under the byline counts as the byline's: 'Partager', 'Share')
    return _first_paragraph(lines, j + 1, k)


def _paragraph(line: Line) -> bool:
    """A paragraph: prose, or a one-sentence lead ('Краеведческий музей в субботу вновь откроется.')."""
    return line.klass == GOOD or (line.klass == NEAR and line.ends_sentence)


def _continuation_below_aside(lines: list[Line], end: int, lex) -> int | None:
    """The rest of the article below aside boxes: the core, then a 'Read also' box, then more
    paragraphs up to the next claimed line (and again, box after box). Where it ends, only
    furniture follows for CONTINUATION_QUIET_LINES lines: no unclaimed paragraph, which would
    make the paragraphs between boxes a teaser list's blurbs (what follows a comment label is
    not). Returns where the article ends."""
    last = end
    while (step := _continuation_step(lines, last, lex)) is not None or (step := _past_a_label(lines, last)) is not None:
        last = step
    if last == end:
        return None
    tail = []
    for line in lines[last + 1 : last + 1 + CONTINUATION_QUIET_LINES]:
        if line.verdict is not None and line.verdict.rule == "promo.comments":
            break  # readers' comments below a comment label are no teaser's blurbs
        tail.append(line)
    return None if any(line.verdict is None and line.klass == GOOD for line in tail) else last


def _past_a_label(lines: list[Line], end: int) -> int | None:
    """Past an advertisement's label or a picture credit (LABEL_SLOT_LINES lines at most) under
    line ``end``, the paragraphs up to the next claimed line: the article goes on. Returns the last
    of them, or None."""
    k = _past_labels(lines, end + 1, _ANYWHERE_RULES)
    if k == end + 1 or k >= len(lines) or lines[k].verdict is not None or not _paragraph(lines[k]):
        return None
    return _unclaimed_run_end(lines, k, 1) - 1


# A box inside the article opens with its heading ('Read also', 'Lesen Sie auch'). (Not a sign-up
# box: what follows one is as often its own small print, AEB 08f79376 'Please check the opt-in box'.)
_BOX_OPENERS = frozenset(("related.heading",))


def _continuation_step(lines: list[Line], end: int, lex) -> int | None:
    """Past one aside box below ``end``, the paragraphs up to the next claimed line: not teasers,
    no site notice. Returns the last of them, or None."""
    n = len(lines)
    k = _claimed_run_end(lines, end + 1, 1)
    if k >= n or k == end + 1 or lines[k].klass != GOOD or not _only_an_aside(lines, end + 1, k):
        return None
    if not any(line.verdict.rule in _BOX_OPENERS for line in lines[end + 1 : k]):
        return None  # no 'Read also' heading or sign-up: the headlines of a teaser list go on
    stop = _unclaimed_run_end(lines, k, 1)
    run = lines[k:stop]
    if site_notice(run, lex) or _teaser_list(lines, _heading_above(lines, k), stop - 1):
        return None
    buttons = [line.lower for line in run if line.klass != GOOD]
    if len(buttons) > len(set(buttons)):
        return None  # a short line under each blurb ('LEARN MORE'): a teaser list
    good = [i for i, line in enumerate(run) if line.klass == GOOD]
    if len(good) >= 2 and all(b - a > 1 for a, b in zip(good, good[1:])):
        return None  # blurb, headline, blurb: never two paragraphs in a row, a teaser list
    if stop < n and _aside_kind(lines[stop]) == "related" and lines[stop].verdict.rule != "related.heading":
        return None  # a blurb between two of the box's headlines
    if _sign_up_pitch(lines, stop - 1, lex):
        return None if len(run) == 1 else stop - 2
    return stop - 1


def _only_an_aside(lines: list[Line], i: int, j: int) -> bool:
    """Lines i .. j-1 are one aside box: at most ASIDE_BRIDGE_MAX_LINES lines, each claimed by a
    rule of one aside kind (a related list and its heading; a sign-up box; a product card, which
    counts as one line: promo.product-card bounds its size)."""
    cards = sum(1 for m in range(i, j) if lines[m].verdict is not None and lines[m].verdict.rule == "promo.product-card")
    if not 0 < j - i - max(0, cards - 1) <= ASIDE_BRIDGE_MAX_LINES:
        return False
    kinds = set()
    for m in range(i, j):
        if lines[m].verdict is None:
            return False
        kind = _box_kind(lines, m)
        if kind is None:
            return False
        if kind:
            kinds.add(kind)
    return len(kinds) == 1


def _long_paragraphs(run: list[Line]) -> dict[str, float]:
    """The run's paragraphs of LONG_SECTION_PARAGRAPH_WEIGHT words or more, by text (a paragraph
    printed twice is one), with their weights."""
    return {line.lower: line.weight for line in run
            if line.klass == GOOD and line.weight >= LONG_SECTION_PARAGRAPH_WEIGHT}


def _long_section(paragraphs: dict[str, float], count: int = LONG_SECTION_MIN_PARAGRAPHS,
                  weight: float = LONG_SECTION_MIN_WEIGHT) -> bool:
    return len(paragraphs) >= count and sum(paragraphs.values()) >= weight


_NOTICE_KINDS = ("cookie", "legal")


def site_notice(run: list[Line], lex) -> bool:
    """A cookie-consent panel or a legal disclosure: a paragraph that mentions cookies, terms or
    rights (any lexicon phrase of those kinds, even inside a long line)."""
    return any(line.klass == GOOD and _mentions(line, lex, _NOTICE_KINDS) for line in run)


def _sign_up_pitch(lines: list[Line], i: int, lex) -> bool:
    """Line i is the pitch over a sign-up field ('Get the briefing in your inbox every weekday.'
    over 'Enter your email address'): it speaks of the newsletter, and the field follows it."""
    return (i + 1 < len(lines) and lines[i + 1].verdict is not None and _aside_kind(lines[i + 1]) == "newsletter"
            and lines[i].verdict is None and _mentions(lines[i], lex, ("newsletter",)))


def _without_sign_up_pitch(lines: list[Line], core: tuple[int, int], lex) -> tuple[int, int]:
    start, end = core
    return (start, end - 1) if end > start and _sign_up_pitch(lines, end, lex) else core


def _mentions(line: Line, lex, kinds: tuple[str, ...]) -> bool:
    """The line holds a lexicon phrase of one of ``kinds``, even inside a long line."""
    return any(lex.contains_kind[match.group(0)] in kinds for match in lex.contains.finditer(line.lower))


def _unclaimed_run_end(lines: list[Line], i: int, step: int) -> int:
    """The first index from ``i`` (going by ``step``) whose line a rule claimed, or the text's end."""
    while 0 <= i < len(lines) and lines[i].verdict is None:
        i += step
    return i


def _claimed_run_end(lines: list[Line], i: int, step: int) -> int:
    """The first index from ``i`` (going by ``step``) whose line no rule claimed, or the text's end."""
    while 0 <= i < len(lines) and lines[i].verdict is not None:
        i += step
    return i


def _first_paragraph(lines: list[Line], i: int, k: int) -> int:
    """The first paragraph (or sentence) of the unclaimed run i .. k, past the headline or short
    lines at its top; k when there is none before it."""
    while i < k and lines[i].klass not in (GOOD, NEAR) and not _continued_below(lines, i):
        i += 1
    return i


def _continued_below(lines: list[Line], i: int) -> bool:
    """Line ``i`` breaks off a sentence that the next line, right under it, finishes in lower
    case ('L'avenue principale ... sera fermée trois semaines' / 'à partir de lundi.'): a paragraph
    wrapped over two lines on a page printed without blank lines."""
    if i + 1 >= len(lines) or lines[i].ends_sentence:
        return False
    below = lines[i + 1]
    return below.no == lines[i].no + 1 and below.verdict is None and below.text[:1].islower()


def _enough_for_a_section(run: list[Line]) -> bool:
    """SECTION_MIN_PARAGRAPHS distinct paragraphs (a caption printed three times is one) and
    SECTION_MIN_WEIGHT words of sentences."""
    weight = sum(line.weight for line in run if line.klass in (GOOD, NEAR))
    paragraphs = {line.lower for line in run if line.klass == GOOD}
    return len(paragraphs) >= SECTION_MIN_PARAGRAPHS and weight >= SECTION_MIN_WEIGHT


def _with_sections_above(lines: list[Line], core: tuple[int, int]) -> tuple[int, int]:
    """The article's opening above a box the core did not reach across ('Compare plans': a
    table of short lines between the intro and the first section): paragraphs above the core
    with only menus and unclaimed lines between join it. The byline, the share row under it, a
    header or a related list stops the search: the article starts below them."""
    start, end = core
    i = start - 1
    while i >= 0:
        verdict = lines[i].verdict
        if verdict is not None and verdict.category in _SECTION_STOP_CATEGORIES:  # (promo among them)
            break
        if verdict is not None or lines[i].klass != GOOD:
            i -= 1
            continue
        j = _unclaimed_run_end(lines, i, -1)
        first = j + 1
        while first < i and lines[first].klass not in (GOOD, NEAR):
            first += 1  # the opening's first paragraph, not the headline or menu above it
        if not _enough_for_a_section(lines[j + 1 : i + 1]) \
                or _teaser_list(lines, _heading_above(lines, first), i):
            break
        start = first
        i = j
    return start, end


def _heading_above(lines: list[Line], i: int) -> int:
    """The unclaimed short line right above line ``i`` (a section's or a teaser's heading), else ``i``."""
    return i - 1 if i > 0 and lines[i - 1].verdict is None and lines[i - 1].klass == SHORT else i


def _past_labels(lines: list[Line], i: int, rules: frozenset[str]) -> int:
    """The first index from ``i`` past at most LABEL_SLOT_LINES lines claimed by one of ``rules``
    (an advert's label, a picture credit): where the text under such labels resumes."""
    k = i
    while k < len(lines) and k - i < LABEL_SLOT_LINES and lines[k].verdict is not None \
            and lines[k].verdict.rule in rules:
        k += 1
    return k


_ADVERT_LABELS = frozenset(("promo.advertisement",))


def _between_paragraphs(lines: list[Line], i: int) -> bool:
    """A single flagged line with a paragraph right above and right below it: below, a long one,
    or a one-sentence paragraph with a long one under it ('Обсуждение' over 'В правительстве
    пообещали следить за ходом эксперимента.' and the next paragraph), or with another
    one-sentence paragraph under it past an advertisement's label."""
    if not 0 < i < len(lines) - 1 or lines[i - 1].verdict is not None or lines[i - 1].klass not in (GOOD, NEAR):
        return False
    j = _past_labels(lines, i + 1, _ANYWHERE_RULES)  # an advert's label or a picture credit ('参与讨论' over '广告')
    if j >= len(lines):
        return False
    below = lines[j]
    if below.verdict is not None:
        return False
    if below.klass == GOOD:
        return True
    if below.klass != NEAR:
        return False
    k = _past_labels(lines, j + 1, _ADVERT_LABELS)  # an advert's label between two one-sentence paragraphs
    if k >= len(lines) or lines[k].verdict is not None:
        return False
    return lines[k].klass == GOOD or (k > j + 1 and below.ends_sentence and _paragraph(lines[k]))


# Teasers of other stories: a kicker, headline or source line or two, then one blurb, again and
# again; after a line or two of lead-in. A teaser's byline or date counts among its lines.
_TEASER_PARTS = ("byline", "related")


def _teasers_follow(lines: list[Line], i: int, end: int) -> bool:
    """After the boilerplate that starts at ``i`` (and a line or two of lead-in), the core goes on
    with teasers: groups of two or more lines that are no paragraph (kicker, headline, source),
    each closed by a single paragraph, at least TEASER_MIN_GROUPS times in a row. A cluster of
    boilerplate before them ends the article however much prose the teasers add. (An article's
    subheadings stand one at a time over several paragraphs; a question stands alone over its
    answer.)"""
    j = i
    while j <= end and lines[j].verdict is not None:
        j += 1
    # Under a related heading ("Recommended", "推荐阅读"), a teaser may be a headline and its
    # blurb alone: the heading and the rhythm agree.
    # (The heading may stand under the lead-in: 'Comments are moderated.' over 'Most read'.)
    listed = any(lines[k].verdict is not None and lines[k].verdict.rule in ("related.heading", "related.list")
                 for k in range(i, min(end + 1, j + TEASER_LEAD_IN + 1)))
    head = 1 if listed else 2
    for lead_in in range(TEASER_LEAD_IN + 1):
        if _teaser_groups(lines, j + lead_in, end, head) >= TEASER_MIN_GROUPS:
            return True
    return False


def _teasers_to_the_end(lines: list[Line], i: int, end: int) -> bool:
    """Under the related heading at ``i`` ('À lire aussi', 'Читайте также'), teasers (a headline
    over a one-paragraph blurb) run to the core's end: the related block, not a box between two
    parts of the article (after a box, the article's paragraphs come back)."""
    after = _teaser_list_end(lines, i + 1, end)
    if after is None:
        return False
    return _prose_weight(lines[after : end + 1]) < TEASER_TAIL_MAX_WEIGHT


def _prose_weight(run: list[Line]) -> float:
    """The words of the unclaimed prose lines of ``run``."""
    return sum(line.weight for line in run if line.klass == GOOD and line.verdict is None)


def _teaser_list(lines: list[Line], j: int, end: int) -> bool:
    """From ``j``, TEASER_MIN_GROUPS teasers or more (a headline over a one-paragraph blurb) whose
    blurbs are a teaser's length. A guide's sections, one subheading over one long paragraph each
    ('Sound quality', 'Battery'), are not."""
    return _teaser_list_end(lines, j, end) is not None


def _teaser_list_end(lines: list[Line], j: int, end: int) -> int | None:
    """The index after the teaser list that starts at ``j`` (see _teaser_list), or None. A round-up's
    reviews, a paragraph each under a title, are longer than blurbs."""
    groups, after = _teaser_run(lines, j, end, head=1)
    if groups < TEASER_MIN_GROUPS:
        return None
    blurbs = [line.weight for line in lines[j:after] if line.klass == GOOD]
    return after if sum(blurbs) <= TEASER_BLURB_MAX_WEIGHT * len(blurbs) else None


def _teaser_groups(lines: list[Line], j: int, end: int, head: int = 2) -> int:
    """How many teaser groups (at least ``head`` lines over one paragraph) follow one another from ``j``."""
    return _teaser_run(lines, j, end, head)[0]


def _teaser_run(lines: list[Line], j: int, end: int, head: int = 2) -> tuple[int, int]:
    """The teaser groups that follow one another from ``j``: how many, and the index after the last."""
    groups = 0
    after = j
    while j <= end:
        # a teaser's headline, kicker, byline or date count; a gallery's counters and credits
        # around its captions do not
        others = 0
        while j <= end and lines[j].klass != GOOD:
            verdict = lines[j].verdict
            others += verdict is None or verdict.category in _TEASER_PARTS
            j += 1
        if others < head or j > end or lines[j].verdict is not None:
            break
        j += 1
        if j <= end and lines[j].klass == GOOD:
            break  # two paragraphs in a row: an article section, not a teaser
        groups += 1
        after = j
    return groups, after


def _with_short_last_sentence(lines: list[Line], core: tuple[int, int]) -> tuple[int, int]:
    """A last paragraph of two or three words ('No answer yet.') scores too little to join the core
    on its own: right after the core and before the furniture, a sentence still ends the article."""
    start, end = core
    j = end + 1
    if j < len(lines):
        line = lines[j]
        if line.verdict is None and _plain_statement(line) and line.klass == SHORT and line.weight >= 2 \
                and (j + 1 == len(lines) or lines[j + 1].verdict is not None):
            return start, j
    return core



def _with_introduced_list(lines: list[Line], core: tuple[int, int]) -> tuple[int, int]:
    """Extend the core over a list that its last line (or the line right after it) introduces
    with a colon, when the list runs, unflagged, right up to the boilerplate or the end ("Tour
    dates:", "Die Termine:"): its items are short and unpunctuated, so they score as labels, but
    they belong to the article up to the page furniture. Under a heading without a colon, items
    that each carry a figure (dates, results) will do."""
    start, end = core
    n = len(lines)
    j = end + 1
    dated = False  # a heading without a colon will do over items that each carry a figure
    if not _introduces(lines[end]):
        if j < n and lines[j].verdict is None and lines[j].weight <= LIST_ITEM_MAX_WEIGHT and _introduces(lines[j]):
            j += 1
        elif j < n and lines[j].verdict is None and lines[j].klass == SHORT:
            j += 1  # "The Doobie Brothers Tour Dates" over "June 9 – West Palm Beach, FL ..."
            dated = True
        else:
            return core
    k = j
    while k < n and k - j < LIST_MAX_ITEMS and lines[k].verdict is None \
            and lines[k].weight <= LIST_ITEM_MAX_WEIGHT and lines[k].klass != GOOD \
            and (not dated or _DIGIT.search(lines[k].text)):
        k += 1
    if k - j >= (DATED_LIST_MIN_ITEMS if dated else 2) and (k == n or lines[k].verdict is not None):
        return start, k - 1
    return core


_DIGIT = re.compile(r"\d")


def _with_heading_over_list(lines: list[Line], core: tuple[int, int], listed: frozenset[int]) -> tuple[int, int]:
    """A core that starts with a data list (``listed``: first items) takes the list's heading
    ('Etapas e traçados confirmados:', 'A组赛程') when the heading stands right under the byline
    or dateline: between the headline and the list, it can be nothing else."""
    start, end = core
    k = start - 1
    if start not in listed or k < 1 or lines[k].verdict is not None \
            or lines[k].weight > LIST_ITEM_MAX_WEIGHT or lines[start].no - lines[k].no > 2:
        return core
    above = lines[k - 1].verdict
    return (k, end) if above is not None and above.category == "byline" else core


def _introduces(line: Line) -> bool:
    return line.text.endswith((":", "：")) and line.verdict is None


def _plain_statement(line: Line) -> bool:
    """Ends with a full stop: not a call ('Sharing is caring!'), a question ('Like this article?')
    or a loading ellipsis."""
    text = final_text(line.text)
    return text.endswith(("。", ".")) and not text.endswith("..")


def find_title(ctx: Context, core_start: int, skip: frozenset[int] = frozenset()) -> int | None:
    """The headline: the nearest headline-shaped line above the core, past bylines and share bars
    (and past the lines of a box between the byline and the article: see _above_byline)."""
    anchored = _above_byline(ctx, core_start)
    if anchored is not None:
        found = _title_from(ctx, anchored, skip)
        if found is not None:
            return found
    return _title_from(ctx, core_start, skip)


def _above_byline(ctx: Context, core_start: int) -> int | None:
    """Where to look for the headline when a byline stands above the core with a box of two or
    more short lines between them ("Key events", a list of highlights): above the byline, since a
    byline sits under its headline. None when there is no such byline."""
    lines = ctx.lines
    between = 0
    for i in range(core_start - 1, max(-1, core_start - 1 - TITLE_LOOKBACK), -1):
        line = lines[i]
        if line.verdict is not None and line.verdict.rule in _KEPT_BYLINE_RULES + ("byline.name", "byline.role"):
            return i if between >= BOX_UNDER_BYLINE else None
        if line.verdict is None:
            if line.klass in (GOOD, NEAR) and line.ends_sentence:
                return None  # a standfirst or paragraph: the usual search handles it
            between += 1
        elif line.verdict.category == "related":
            between += 1  # a 'Key events' / 'Главное' list the rules took: a box all the same
    return None




def _title_from(ctx: Context, core_start: int, skip: frozenset[int]) -> int | None:
    lines = ctx.lines
    relative = ctx.lex.patterns.get("relative_time")
    i = core_start - 1
    looked = 0
    while i >= 0 and looked < TITLE_LOOKBACK:
        line = lines[i]
        looked += 1
        if i in skip:
            i -= 1
            continue
        if line.verdict is not None:
            if line.verdict.category in _TITLE_SKIP_CATEGORIES or line.verdict.rule in _TITLE_SKIP_RULES \
                    or (line.verdict.rule == "legal.footer-link" and line.weight <= 2):
                i -= 1
                continue
            return None
        if line.klass in (GOOD, NEAR) and line.ends_sentence:
            i -= 1  # a standfirst: the headline is above it
            continue
        if _captioned(lines, i, ctx.lex):
            i -= 1  # a picture's caption over its credit ('Bild: Imago/...'): the headline is above
            continue
        if line.weight <= RELATIVE_TIME_MAX_WEIGHT and relative is not None and relative.search(line.lower):
            i -= 1  # 'Il y a 6 minutes' under the byline: when, not what
            continue
        if 2 <= line.weight <= 40 and not line.bullet and not line.text.endswith((".", ":", "。")) and _wordy(line):
            above = lines[i - 1] if i > 0 else None
            if above is not None and above.verdict is None and not above.ends_sentence and not above.bullet \
                    and line.no - above.no <= 2 and _wordy(above) and above.weight <= 40:
                if line.weight >= STANDFIRST_MIN_WEIGHT and 3 <= above.weight < line.weight:
                    return i - 1  # a long unpunctuated standfirst under a shorter headline
                if above.weight >= STANDFIRST_UNDER_TITLE_MIN_WEIGHT and _standfirst_like(line, True) \
                        and _sentence_case(line, ctx.language):
                    return i - 1  # headline, then a short standfirst without its full stop
                if _subtitle_of(line, above):
                    return i - 1  # headline, then a subtitle: the upper one heads the page
            return i
        i -= 1
    return None


# A scraped page often prints its headline twice: in the page title at the very top ("Headline -
# Site Name") and as the article's heading just above the text. The copy near the article is the
# headline, whatever lines stand between it and the prose.
_ECHO_RULES = (None, "related.list", "navigation.menu-run")


def _echoed_headline(lines: list[Line], core_start: int, lookback: int = ECHO_LOOKBACK,
                     skip: frozenset[int] = frozenset()) -> int | None:
    """The line above the core (or opening it) that repeats the page title, nearest the core: the
    same words, give or take the site name ("Headline - Site"), or most of them reworded
    ("Sweden drops Assange rape investigation" / "Julian Assange: Sweden drops rape investigation").
    A line of a wrapped paragraph (``skip``: its index) is no headline, though the article's
    first line often says what its headline says."""
    titles = [(ln.key, frozenset(ln.key.split())) for ln in lines[:PAGE_TITLE_LINES] if ln.weight >= 3]
    titles += _mail_subjects(lines)
    if not titles:
        return None
    low = max(PAGE_TITLE_LINES, core_start - lookback)
    for i in range(min(core_start, len(lines) - 1), low - 1, -1):
        line = lines[i]
        rule_id = line.verdict.rule if line.verdict else None
        if rule_id not in _ECHO_RULES or not 3 <= line.weight <= 40 or line.bullet \
                or i in skip:
            continue
        key = line.key
        words = key.split()
        for title, title_words in titles:
            if title_words < frozenset(words):
                continue  # the page title (a site's name) inside a longer line: 'Illustration <site>'
            shorter, longer = sorted((key, title), key=len)
            same = shorter in longer and len(shorter) >= ECHO_MIN_SHARE * len(longer)
            if same or (len(words) >= 4 and sum(w in title_words for w in words) >= ECHO_MIN_WORDS * len(words)):
                return i
    return None


# A mail archive's message header ('Subject: [lista-news] Pese a las protestas, la piscina cerrará'):
# the subject is the page's title, whatever lines stand above it (From:, Date:, the archive's links).
_SUBJECT = re.compile(r"^subject\s*:\s*(?:(?:re|fwd?|aw|tr)\s*:\s*)*(?:\[[^\]]{1,40}\]\s*)?(?P<rest>.+)$", re.I)


def _mail_subjects(lines: list[Line]) -> list[tuple[str, frozenset]]:
    """The keys of the 'Subject:' lines of a message header near the top, without the label and
    the list's tag, as page titles for _echoed_headline."""
    out = []
    for line in lines[:MAIL_HEADER_LINES]:
        m = _SUBJECT.match(line.text)
        if m is not None:
            key = " ".join(re.findall(r"\w+", m["rest"].casefold()))
            if len(key.split()) >= 3:
                out.append((key, frozenset(key.split())))
    return out


def _wrapped_title_tail(lines: list[Line], title: int | None, wrapped: list[tuple[int, int]]) -> int | None:
    """The second line of a headline the page wrapped like its paragraphs ('... in front of record'
    / 'crowd'): the two lines alone in their block, and the tail's first word would not have fitted
    at the width the page's wrapped paragraphs were broken at. A capital after the break would
    start a line of its own (a menu's next item), so the tail starts without one."""
    if title is None or title + 1 >= len(lines) or len(wrapped) < WRAPPED_TITLE_MIN_BLOCKS \
            or lines[title + 1].text[:1].isupper():
        return None
    width = wrap_width(lines, wrapped)
    line, nxt = lines[title], lines[title + 1]
    alone = title + 2 >= len(lines) or lines[title + 2].block != line.block
    if width is None or nxt.verdict is not None or nxt.block != line.block or not alone or nxt.bullet:
        return None
    return title + 1 if continues_at_width(line, nxt, width) else None


def _opens_with_headline(lines: list[Line], start: int, end: int) -> bool:
    first = lines[start]
    return (start < end and first.klass == NEAR and first.weight <= 25 and not first.bullet
            and not first.text.endswith((".", ":", "。", "…")))


def _subtitle_of(line: Line, headline: Line) -> bool:
    """A short headline-shaped line right under the headline (next line, or one blank line down,
    which is how the clean text prints it), not much longer than it: its subtitle ('Работы начнутся
    весной', 'Richter spricht von schwerem Vertrauensbruch'; a longer one is a phrase, no date
    and tag list). When unsure which of two such lines heads the page, the upper one does and both
    stay; the other way, the headline would go. (A site's name above a longer headline, or a
    'BROWSE OPEN INVESTMENTS' button, is no headline over it.)"""
    return (line.no - headline.no <= 2 and line.verdict is None and not line.bullet and not line.ends_sentence
            and SUBTITLE_HEADLINE_MIN_WEIGHT <= headline.weight <= SUBTITLE_HEADLINE_MAX_WEIGHT
            and SUBTITLE_MIN_WEIGHT <= line.weight <= SUBTITLE_MAX_RATIO * headline.weight
            and (line.weight <= headline.weight or _phrase(line))
            and not headline.text.isupper() and _wordy(line))


def _phrase(line: Line) -> bool:
    """Words of a phrase: no figure and no list ('21/06/2014 Tony Carter All, Books, Kit Reviews')."""
    return not any(map(str.isdigit, line.text)) and line.text.count(",") <= 1


def _captioned(lines: list[Line], i: int, lex) -> bool:
    """Line i stands right over a picture credit ('Bild: Imago/...', 'Foto: AP'), no blank line
    between: it is the picture's caption."""
    nxt = lines[i + 1] if i + 1 < len(lines) else None
    if nxt is None or nxt.no != lines[i].no + 1 or nxt.verdict is None or nxt.verdict.category != "credits":
        return False
    label = lex.labels.get("photo")
    return nxt.verdict.rule == "credits.photo" or (label is not None and label.match(nxt.text) is not None)


def _past_caption_under_byline(lines: list[Line], core: tuple[int, int], lex) -> tuple[int, int]:
    """A core that opens with a picture's caption over its credit ('Mitarbeiterinnen richten die
    Ausstellung ein.' over 'Foto: dpa'), right under the byline or dateline: the article starts
    after the picture. (A paragraph with a credit under it further down stays: only the opening.)"""
    start, end = core
    if start < 1 or lines[start - 1].verdict is None or lines[start - 1].verdict.category != "byline" \
            or lines[start].weight > CAPTION_MAX_WEIGHT or not _captioned(lines, start, lex):
        return core
    k = _claimed_run_end(lines, start + 1, 1)
    return (k, end) if k <= end else core


def _wordy(line: Line) -> bool:
    """Mostly words, not figures: a headline, not a score line or a counter ('40 Casey Mears 1 0 0').
    Figures are counted as numbers, not digits: a year is one figure ('2025青川城市足球联赛赛程公布')."""
    letters = sum(map(str.isalpha, line.text))  # map over characters runs in C
    numbers = len(_NUMBER.findall(line.text))
    return letters >= 4 * numbers and letters >= 4


_NUMBER = re.compile(r"\d+")


def find_description(lines: list[Line], title: int | None, core_start: int) -> int | None:
    """A standfirst: the first kept paragraph after the headline, when a byline follows it."""
    if title is None:
        return None
    for i in range(title + 1, min(len(lines), core_start + 2)):
        if not lines[i].keep:
            continue
        nxt = i + 1
        if nxt < len(lines) and not lines[nxt].keep and lines[nxt].verdict and lines[nxt].verdict.category in _BYLINE_CLUSTER:
            # ... and the article under the byline: a lone paragraph over an author's bio is the article
            below = any(line.keep for line in lines[nxt + 1 :])
            return i if below and _standfirst_like(lines[i], i == title + 1) else None
        return None
    return None
# What an aside box is made of: one kind of aside ('Read also' box, newsletter sign-up) plus lines
# that sit anywhere (picture credits, gallery counters, buttons, 'Advertisement' labels). A share bar,
# tags, comments, footer links or a dated copyright mean the article has ended, not paused.
_ASIDE_KIND = {
    "related.heading": "related",
    "related.list": "related",
    "related.link": "related",
    "promo.newsletter": "newsletter",
    "promo.login": "newsletter",
    "legal.copyright": "newsletter",  # the consent line under a sign-up form, when undated
    "promo.product-card": "card",
}
_ANYWHERE_RULES = frozenset(("credits.photo", "navigation.item", "promo.advertisement", "promo.app"))


def _box_kind(lines: list[Line], j: int) -> str | None:
    """The aside kind of line j in its box: as _aside_kind, but a credit line between two of a
    related box's lines, or after its last headline, is one of its headlines, a gallery's ('Photos:
    the last big freeze on the canal'), and so is a dated headline under another read as a
    dateline. (A credit under the box's heading with unclaimed headlines below it, by a teaser's
    picture, is not.)"""
    line = lines[j]
    if line.verdict.rule == "byline.dateline" and j > 0 and lines[j - 1].verdict is not None \
            and _aside_kind(lines[j - 1]) == "related":
        return ""  # a dated headline of the box ('... – 28/11/2025') read as a dateline
    if line.verdict.rule == "credits.line" and j > 0 and lines[j - 1].verdict is not None:
        above = lines[j - 1].verdict.rule
        below = lines[j + 1] if j + 1 < len(lines) else None
        related_below = below is not None and below.verdict is not None and _aside_kind(below) == "related"
        if (_aside_kind(lines[j - 1]) == "related" and related_below) or (above == "related.list" and not
                                                                          (below is not None and below.verdict is not None)):
            return ""
    return _aside_kind(line)


def _aside_kind(line: Line) -> str | None:
    """The kind of aside a flagged line belongs to: a kind, "" for lines that sit in any box, None
    for lines that no aside box contains."""
    rule_id = line.verdict.rule
    if rule_id in _ANYWHERE_RULES:
        return ""
    kind = _ASIDE_KIND.get(rule_id)
    if rule_id == "legal.copyright" and DATED_NOTICE.search(line.text) is not None:
        return None
    return kind


def _soften_boxes_inside_prose(lines: list[Line], scores: list[float]) -> frozenset[int]:
    """A 'Read also' box or a newsletter sign-up between two paragraphs is an aside inside the
    article, not its end: its lines cost what any boilerplate line costs, not a fence's price, and
    the core's end is not sought inside it. A box is a short run of flagged lines of one aside
    kind (unflagged short lines may sit among them: unknown buttons, headlines), with prose right
    before it and a paragraph right after it. Returns the indexes of the boxes' lines."""
    n = len(lines)
    boxes: set[int] = set()
    i = 1
    while i < n:
        if lines[i].verdict is None or lines[i - 1].verdict is not None or lines[i - 1].klass not in (GOOD, NEAR):
            i += 1
            continue
        kinds: set[str] = set()
        j = i
        dates = 0  # a teaser's date or byline under its headline: part of a box, not of its size
        while j < n and j - i - dates < BOX_MAX_LINES and lines[j].klass != GOOD:
            if lines[j].verdict is not None:
                kind = _box_kind(lines, j)
                if kind is None and lines[j].verdict.category == "byline" and "related" in kinds:
                    dates += 1
                elif kind is None:
                    break
                elif kind:
                    kinds.add(kind)
            j += 1
        if j < n and lines[j].klass == GOOD and lines[j].verdict is None and len(kinds) == 1:
            for m in range(i, j):
                if scores[m] == FENCE_SCORE:
                    scores[m] = BOILERPLATE_SCORE
            boxes.update(range(i, j))
        i = j + 1 if j > i else i + 1
    return frozenset(boxes)


def _soften_lone_comment_labels(lines: list[Line], scores: list[float]) -> None:
    """A comment label between two paragraphs ('Leave a comment', 'Comments (3)') that no comment
    entries follow (a name or a date over each) is a jump link inside the article: it costs what
    any boilerplate line costs, not a fence's price, so the core reaches across it (issue 9)."""
    for i, line in enumerate(lines):
        if scores[i] == FENCE_SCORE and line.verdict.rule == "promo.comments" and _between_paragraphs(lines, i) \
                and comment_section_start(lines, i, i + 1) is None:
            scores[i] = BOILERPLATE_SCORE


def _favour_text_after_first_byline(lines: list[Line], scores: list[float]) -> None:
    """The first byline or dateline usually sits between the headline and the article: the prose
    right below it starts the article more often than any teaser does."""
    for i, line in enumerate(lines):
        if line.verdict and line.verdict.rule in ("byline.author", "byline.dateline"):
            for j in range(i + 1, min(len(lines), i + 6)):
                if lines[j].klass in (GOOD, NEAR):
                    scores[j] += BYLINE_BONUS
                    return
            return


def _discount_repeats(lines: list[Line], scores: list[float], wrapped: frozenset[int] = frozenset()) -> None:
    """A repeated paragraph is evidence of page furniture, not of the article: later copies score
    as boilerplate when the core is chosen (which copy is kept is settled afterwards). A line of a
    wrapped paragraph (``wrapped``: its index) is no paragraph and no copy."""
    seen: set[str] = set()
    repeats: list[int] = []
    for i, line in enumerate(lines):
        if line.verdict is not None or line.weight < 3 or i in wrapped:
            continue
        if line.lower in seen:
            scores[i] = BOILERPLATE_SCORE
            repeats.append(i)
        else:
            seen.add(line.lower)
    # A meal plan's Plan B repeats Plan A's lines among new ones: copies with new prose right
    # around them are the article's parallel sections, and cost the run nothing.
    for i in repeats:
        if _new_prose_near(lines, scores, i):
            scores[i] = 0.0



def _new_prose_near(lines: list[Line], scores: list[float], i: int) -> bool:
    """A first-printed paragraph within REPEAT_NEIGHBOURHOOD unclaimed lines on each side of line ``i``."""
    found = 0
    for step in (-1, 1):
        k, seen = i + step, 0
        while 0 <= k < len(lines) and seen < REPEAT_NEIGHBOURHOOD and lines[k].verdict is None:
            if scores[k] > 0 and lines[k].klass in (GOOD, NEAR):
                found += 1
                break
            seen += 1
            k += step
    return found == 2


def _drop_repeated_paragraphs(lines: list[Line], wrapped: frozenset[int] = frozenset()) -> None:
    """Of paragraphs printed more than once, keep the first copy that survived so far. A line of a
    wrapped paragraph (``wrapped``: its index) is no paragraph: a lead's first line may be its
    headline's, word for word, where both were wrapped at the same width."""
    seen: dict[str, int] = {}
    recurring = None  # worked out at the first repeat, before anything is dropped: most pages repeat nothing
    for index, line in enumerate(lines):
        if not line.keep or line.weight < MIN_DUP_WEIGHT or index in wrapped:
            continue
        first = seen.get(line.lower)
        if first is None:
            seen[line.lower] = line.no
            continue
        if recurring is None:
            recurring = _recurring_questions(lines)
        if line.lower not in recurring:
            line.keep = False
            line.verdict = Verdict("duplicate.block", "duplicate", f"repeats input line {first}")


def _recurring_questions(lines: list[Line]) -> frozenset[str]:
    """Kept questions printed at least RECURRING_QUESTION_COPIES times, each copy followed within
    two lines by a sentence or paragraph of its own (the answer)."""
    counts: dict[str, int] = {}
    for i, line in enumerate(lines):
        if not line.keep or line.weight < MIN_DUP_WEIGHT or not line.ends_sentence \
                or not final_text(line.text).endswith(("?", "？")):
            continue
        answer = next((ln for ln in lines[i + 1 : i + 3] if ln.keep and ln.lower != line.lower), None)
        if answer is not None and answer.klass in (GOOD, NEAR):
            counts[line.lower] = counts.get(line.lower, 0) + 1
    return frozenset(k for k, n in counts.items() if n >= RECURRING_QUESTION_COPIES)


# Claims that do not fence the short lines between them: decisions of context, and headings an
# article repeats for its own sections ("What We Like" under every product of a listicle).
_NOT_FENCES = frozenset({"duplicate.furniture"})


def _fence_for_short_lines(line: Line) -> bool:
    verdict = line.verdict
    return bool(verdict) and verdict.category != "context" and verdict.rule not in _NOT_FENCES


def _drop_short_between_boilerplate(lines: list[Line], start: int, end: int) -> None:
    """Short unflagged lines inside the core, fenced by boilerplate on both sides, are boilerplate too."""
    i = start
    while i <= end:
        if lines[i].keep and lines[i].klass == SHORT:
            j = i
            while j <= end and lines[j].keep and lines[j].klass == SHORT:
                j += 1
            before = lines[i - 1] if i > 0 else None
            after = lines[j] if j < len(lines) else None
            if before is not None and after is not None and not before.keep and not after.keep \
                    and _fence_for_short_lines(before) and _fence_for_short_lines(after):
                for k in range(i, j):
                    lines[k].keep = False
                    lines[k].verdict = Verdict("context.between-boilerplate", "context", "short line between boilerplate lines")
            i = j
        else:
            i += 1
