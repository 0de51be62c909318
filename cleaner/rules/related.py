"""Related content: 'Related', 'Read more', 'Most read' headings and the headline lists under them;
tag lines (tags go to metadata)."""
from __future__ import annotations

import re

from collections import Counter

from ..features import is_title_like
from ..paragraphs import wrapped_blocks
from ..thresholds import WRAP_MAX_WIDTH, WRAP_MIN_WIDTH
from . import Context, Rule, needs, rule

_MAX_LIST = 40
_MIN_LIST_BLOCK = 3
# A block holding more than this share of the page's lines is the page printed without blank
# lines, not a list printed as one block.
_PAGE_BLOCK_SHARE = 0.5
# Tags written in a script without spaces are separated by single spaces ("标签：铁路 客流").
_TAG_SEPARATOR = re.compile(r"[,;|/·•、，；#]")
_SPACES = re.compile(r"\s+")
_TAG_SPLIT = re.compile(r"\s*(?:[,;|/·•、，；]|\s{2,}|#)\s*")


@needs(max_weight=8, patterns=("related",), on="lower")
def _heading_by_pattern(line, lex) -> bool:
    pattern = lex.patterns.get("related")
    return pattern is not None and line.weight <= 8 and not line.ends_sentence and pattern.search(line.lower) is not None


@rule("related.heading", "related", "'Related', 'Most read', 'Recommended', 'Special Reports' headings.", languages="lexicon", local=True, select=_heading_by_pattern)
def heading(ctx: Context, self: Rule) -> None:
    ctx.claim_exact(self, "related", "related-content heading '{}'")
    for index in ctx.selected(self):
        line = ctx.lines[index]
        if line.verdict is None:
            ctx.claim(index, self, f"related-content heading '{line.text}'")


@rule("related.link", "related", "Links to other stories inside or under the article ('Read more: …', 'See also …').", languages="lexicon", local=True)
def link(ctx: Context, self: Rule) -> None:
    ctx.claim_phrases(self, "related", "related-content link ('{}')")


def _in_a_menu(lines, index: int) -> bool:
    """A heading printed between menu items ("Home / Latest / Politics"): one item of the menu,
    not the head of a list of headlines."""
    return any(0 <= k < len(lines) and lines[k].verdict is not None and lines[k].verdict.category == "navigation"
               and lines[k].block == lines[index].block for k in (index - 1, index + 1))


def _closes_a_notice(lines, index: int) -> bool:
    """'Подробнее', 'En savoir plus' right under a cookie notice: the banner's link to its policy,
    not the head of a list of headlines (the headline under it is the article's)."""
    return index > 0 and lines[index - 1].verdict is not None and lines[index - 1].verdict.rule == "promo.cookie"


def _short_link_heading(line) -> bool:
    """'Most read in world news', 'More from Sport': a short related link standing as a list heading."""
    return line.verdict.rule == "related.link" and line.weight <= 6 and not line.ends_sentence


@rule("related.list", "related", "The list of other headlines under a related-content heading.")
def headline_list(ctx: Context, self: Rule) -> None:
    lines = ctx.lines
    # Only lines that related.heading or related.link can have claimed may head a list.
    heads = sorted(set(ctx.with_exact("related")).union(ctx.selected(heading), ctx.with_phrase("related")))
    wrapped = None  # the lines of hard-wrapped paragraphs, worked out at the first heading
    block_sizes = None
    for index in heads:
        line = lines[index]
        if not line.verdict or not (line.verdict.rule == "related.heading" or _short_link_heading(line)):
            continue
        if _in_a_menu(lines, index) or _closes_a_notice(lines, index):
            continue
        j = index + 1
        first = True  # the first unclaimed line under the heading is yet to come
        # A list printed as one block (items on consecutive lines) is taken whole, teasers included;
        # otherwise the list runs as long as its items look like headlines.
        list_block = lines[j].block if j < len(lines) else None
        block_size = sum(1 for k in range(j, min(len(lines), j + _MAX_LIST)) if lines[k].block == list_block)
        if block_sizes is None:
            block_sizes = Counter(line.block for line in lines)
        if block_sizes[list_block] > _PAGE_BLOCK_SHARE * len(lines):
            block_size = 0  # a page printed without blank lines is one block: no list's
        while j < len(lines) and j - index <= _MAX_LIST:
            candidate = lines[j]
            if candidate.verdict is not None and candidate.verdict.category == "legal":
                break  # the page's footer ends the list
            if candidate.verdict is None:
                if wrapped is None and block_sizes[candidate.block] >= 3 \
                        and WRAP_MIN_WIDTH <= len(candidate.text) <= WRAP_MAX_WIDTH:
                    # (three lines at least: a headline over its blurb can look like two wrapped lines)
                    wrapped = {k for first, last in wrapped_blocks(lines) if last - first >= 2 for k in range(first, last + 1)}
                if wrapped and j in wrapped:
                    break  # a line of a hard-wrapped paragraph, not a headline
                in_list_block = (block_size >= _MIN_LIST_BLOCK and candidate.block == list_block
                                 and candidate.weight <= 80 and line.verdict.rule == "related.heading")
                if block_size >= _MIN_LIST_BLOCK and candidate.block != list_block and candidate.weight >= 4 \
                        and not candidate.phrases and _over_a_byline(lines, j):
                    break  # past a list printed as one block, a headline over its byline: the article's
                if not in_list_block and (not is_title_like(candidate) or candidate.weight < 2):
                    break
                if first and _over_a_byline(lines, j, _AUTHOR_RULES):
                    break  # the first 'item' stands over its author's byline: the article's headline
                first = False
                ctx.claim(j, self, f"headline listed under '{line.text}' (line {line.no})")
            j += 1


# A headline stands over its byline: a standfirst or a caption may come between.
_BYLINE_REACH = 3
# ... and no paragraph between them: a sentence of this many words.
_PARAGRAPH_WEIGHT = 10
# ... nor a teaser's blurb cut short without its full stop: a standfirst is shorter than this.
_STANDFIRST_WEIGHT = 25


# Bylines that name a person: a related story's box prints dates, seldom its author.
_AUTHOR_RULES = ("byline.author", "byline.role", "byline.name", "byline.split")


def _over_a_byline(lines, j: int, rules: tuple[str, ...] | None = None) -> bool:
    """A byline or dateline that a rule claimed (one of ``rules``, when given) stands within
    _BYLINE_REACH lines below line j, with no paragraph before it (a review's title, its text,
    then its author is a teaser's shape)."""
    for line in lines[j + 1 : j + 1 + _BYLINE_REACH]:
        if line.verdict is not None and line.verdict.category == "byline" \
                and (rules is None or line.verdict.rule in rules):
            return True
        if line.verdict is None and ((line.ends_sentence and line.weight >= _PARAGRAPH_WEIGHT)
                                     or line.weight > _STANDFIRST_WEIGHT):
            return False
    return False


@needs(max_weight=30, labels=("tags",))
def _has_tags_label(line, lex) -> bool:
    label = lex.labels.get("tags")
    return label is not None and line.weight <= 30 and (label.match(line.text) is not None or _bare_label(line, label))


def _bare_label(line, label) -> bool:
    """The label alone on its line ('Tags', 'Mots-clés', 'Schlagwörter:'): the tags are on the next."""
    m = label.match(line.text + ":")
    return m is not None and m.end() >= len(line.text)


def _tag_values(rest: str) -> list[str]:
    """The tags of a line's text after its label: split at separators, or at spaces in a script
    written without them ("标签：铁路 客流")."""
    splitter = _TAG_SPLIT if _TAG_SEPARATOR.search(rest) or rest.isascii() else _SPACES
    return [v.strip() for v in splitter.split(rest) if v.strip()]


def _tags_under(lines, index: int) -> int | None:
    """The line of tags right under a bare tags label: unclaimed, no sentence, items separated
    ('kart, calendário 2025, interlagos'), at most one blank line below. None when there is none."""
    j = index + 1
    if j >= len(lines):
        return None
    below = lines[j]
    if below.verdict is not None or below.no - lines[index].no > 2 or below.weight > 30 or below.ends_sentence \
            or not _TAG_SEPARATOR.search(below.text):
        return None
    return j


@rule("related.tags", "related", "Tag and topic lines ('Tags: a, b'), and tag links printed right after the credit line: to metadata.", languages="lexicon", local=True, select=_has_tags_label)
def tags(ctx: Context, self: Rule) -> None:
    label = ctx.lex.labels.get("tags")
    for index in ctx.selected(self):
        line = ctx.lines[index]
        if line.verdict is not None:
            continue
        m = label.match(line.text)
        if m is None or m.end() >= len(line.text):  # the label alone: its tags are on the next line
            j = _tags_under(ctx.lines, index)
            if j is not None:
                ctx.claim(index, self, "tag label")
                ctx.claim(j, self, "tag line (under its label)", {"tags": _tag_values(ctx.lines[j].text)})
            continue
        values = _tag_values(line.text[m.end():])
        if values:
            ctx.claim(index, self, "tag line", {"tags": values})


@rule("related.tags-after-credits", "related", "Short link lines between the credit line and the footer: tags, to metadata.")
def tags_after_credits(ctx: Context, self: Rule) -> None:
    lines = ctx.lines
    relative = ctx.lex.patterns.get("relative_time")
    for credit in sorted(ctx.credit_lines):
        run = []
        j = credit + 1
        while j < len(lines) and len(run) < 5:
            candidate = lines[j]
            # A generic menu-run claim yields to this more specific reading.
            free = candidate.verdict is None or candidate.verdict.rule == "navigation.menu-run"
            if not free or candidate.ends_sentence or candidate.weight > 6 or candidate.bullet or candidate.exact \
                    or candidate.phrases or (relative is not None and relative.search(candidate.lower)):
                break  # (a line with a lexicon phrase is something else: 'Il y a 29 minutes')
            run.append(j)
            j += 1
        # Only a run that the footer closes: the next line is boilerplate, or there is none.
        if run and (j >= len(lines) or lines[j].verdict is not None):
            for k in run:
                lines[k].verdict = None
                ctx.claim(k, self, "tag link after the credit line", {"tags": [lines[k].text]})


RULES = [heading, link, tags]
# After navigation, so menus are attributed to navigation rather than to a related list.
LIST_RULES = [headline_list]
LATE_RULES = [tags_after_credits]
