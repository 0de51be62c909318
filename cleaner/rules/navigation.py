"""Navigation: menus (one item a line, or on one line between separators), breadcrumbs, skip links,
pagination, search boxes, counters."""
from __future__ import annotations

import re

from ..features import KEY_STRIP, is_menu_like
from . import Context, Rule, exact_kind, memo, needs, phrase_kinds, rule

_BREADCRUMB_SEP = re.compile(r"\s+(?:/|>|›|»|→|⟩|＞|>>|::)\s+|\s*[>›»＞]\s*")
_MENU_SEP = re.compile(r"\s*(?:\||·|•|¦|‖|｜|/)\s*|\s{3,}")
_MENU_SEP_CHARS = "|·•¦‖｜/"
_MENU_SEP_CHAR = re.compile("[" + re.escape(_MENU_SEP_CHARS) + "]")
_THREE_SPACES = re.compile(r"\s{3}")
# A breadcrumb has one of these (its separators, or the colon after "You are here").
_BREADCRUMB_CHARS = "/>›»→⟩＞:"
_BREADCRUMB_PRESENT = re.compile("[" + re.escape(_BREADCRUMB_CHARS) + "]")
_DIGIT = re.compile(r"\d")
_ONLY_COUNTER = re.compile(r"^[\W\d_]*\d[\W\d_]*$")
# ... but a price or a share ("$250+", "€ 1.200", "12 %") is a figure of the article's, not a counter.
_AMOUNT = re.compile(r"[$€£¥₽%]")
_MIN_RUN = 4
_MAX_ITEM_WORDS = 4


def breadcrumb_items(text: str) -> list[str] | None:
    """Items of a breadcrumb ("News / Metro", "Home > World > Asia"), or None if it is not one."""
    if not _BREADCRUMB_PRESENT.search(text) or not _BREADCRUMB_SEP.search(text):
        return None
    items = [i.strip() for i in _BREADCRUMB_SEP.split(text)]
    items = [i for i in items if i]
    if items and re.search(r"[:：]", items[0]):
        # "You are here: Home", "当前位置：首页": the label is not part of the trail.
        items[0] = re.split(r"[:：]\s*", items[0])[-1].strip()
        items = [i for i in items if i]
    if not 2 <= len(items) <= 6:
        return None
    for item in items:
        if len(item.split()) > _MAX_ITEM_WORDS or len(item) > 40 or item[-1] in ".!?。" or not any(c.isalpha() for c in item):
            return None
    return items


def _breadcrumb_of(line) -> list[str] | None:
    return memo(line, "breadcrumb", lambda ln: breadcrumb_items(ln.text))


@needs(max_weight=14, literals=tuple(_BREADCRUMB_CHARS))
def _is_breadcrumb(line, lex) -> bool:
    return line.weight <= 14 and bool(_breadcrumb_of(line))


@rule("navigation.breadcrumb", "navigation", "Breadcrumbs ('News / Metro', 'Home > World > Asia'): section to metadata.", languages="lexicon", local=True, select=_is_breadcrumb)
def breadcrumb(ctx: Context, self: Rule) -> None:
    for index in ctx.selected(self):
        line = ctx.lines[index]
        if line.verdict is not None:
            continue
        items = _breadcrumb_of(line)
        if items:
            section = [i for i in items if i.lower() not in ctx.lex.home]
            ctx.claim(index, self, "breadcrumb", {"section": section} if section else None)


def _has_menu_separator(text: str) -> bool:
    """A separator character, or a run of three spaces. In printable text the only space is ' ',
    and a substring test is much cheaper than scanning for any kind of space."""
    if _MENU_SEP_CHAR.search(text):
        return True
    if text.isprintable():
        return "   " in text
    return _THREE_SPACES.search(text) is not None


def _inline_menu_items(line) -> int:
    """How many items a one-line menu has (0 if the line is not one)."""
    if not _has_menu_separator(line.text):
        return 0
    items = [i for i in _MENU_SEP.split(line.text) if i.strip()]
    if len(items) < 3 or not any(ch.isalpha() for ch in line.text):
        return 0  # "1/1/2013 +13.1%": a table's row of figures, not a menu
    short = sum(1 for i in items if len(i.split()) <= _MAX_ITEM_WORDS and i[-1] not in ".!?。")
    return len(items) if short >= 0.8 * len(items) else 0


def _not_printable(line) -> bool:
    return not line.text.isprintable()


# What _has_menu_separator needs: a separator character, three spaces, or (not printable) any three.
@needs(max_weight=40, literals=(*_MENU_SEP_CHARS, "   "), test=_not_printable)
def _is_inline_menu(line, lex) -> bool:
    if line.weight > 40 or "://" in line.text or "www." in line.text:
        return False
    return bool(memo(line, "inline-menu", _inline_menu_items))


@rule("navigation.inline-menu", "navigation", "Menus on one line between separators ('About | Contact | Privacy').", local=True, select=_is_inline_menu)
def inline_menu(ctx: Context, self: Rule) -> None:
    for index in ctx.selected(self):
        line = ctx.lines[index]
        if line.verdict is None:
            count = memo(line, "inline-menu", _inline_menu_items)
            ctx.claim(index, self, f"one-line menu of {count} items")


# Page and gallery counters ("Page 2 of 5", "Image 1 of 8") are a few words at most.
_MAX_COUNTER_WEIGHT = 8


def _counter_pattern_found(line, lex) -> bool:
    """The lexicon's page or gallery counter pattern matches the (short) line (searched once per
    line text: the select test and the rule both ask)."""
    pattern = lex.patterns.get("pagination")
    return (pattern is not None and line.weight <= _MAX_COUNTER_WEIGHT
            and memo(line, "counter", lambda ln: pattern.search(ln.lower) is not None))


@needs(exact=("nav",), phrases=("skip", "pagination"), found=_DIGIT, patterns=("pagination",), on="lower")
def _may_be_menu_item(line, lex) -> bool:
    return (line.exact == "nav" or "skip" in line.phrases or "pagination" in line.phrases
            or (len(line.text) <= 12 and _ONLY_COUNTER.match(line.text) is not None)
            or _counter_pattern_found(line, lex))


@rule("navigation.item", "navigation", "Menu items and controls the lexicon knows ('Home', 'Search', 'Menu', 'Next page').", languages="lexicon", local=True, select=_may_be_menu_item)
def menu_item(ctx: Context, self: Rule) -> None:
    for index in ctx.selected(self):
        line = ctx.lines[index]
        if line.verdict is not None:
            continue
        if exact_kind(ctx, index) == "nav":
            ctx.claim(index, self, f"menu item '{line.text}'")
            continue
        kinds = phrase_kinds(ctx, index)
        kind = next((k for k in ("skip", "pagination") if k in kinds), None)
        if kind:
            ctx.claim(index, self, f"{kind} link ('{kinds[kind]}')")
        elif _ONLY_COUNTER.match(line.text) and len(line.text) <= 12 and not _AMOUNT.search(line.text):
            ctx.claim(index, self, "bare number (counter or page link)")
        elif _counter_pattern_found(line, ctx.lex):
            ctx.claim(index, self, "page or gallery counter")


@needs(max_weight=3.5)
def _is_menu_like(line, lex) -> bool:
    # A written-out address ("https://www.nature.com/articles/...") is a source the article cites:
    # a menu prints its links' words, not their addresses.
    return is_menu_like(line) and "://" not in line.text


@rule("navigation.menu-run", "navigation", "Runs of four or more one-to-three-word lines: a menu printed one item a line.", select=_is_menu_like)
def menu_run(ctx: Context, self: Rule) -> None:
    lines = ctx.lines
    n = len(lines)
    menu_like = [False] * n  # is_menu_like of every line, from the select test
    for k in ctx.selected(self):
        menu_like[k] = True
    i = 0
    while i < n:
        if not (menu_like[i] or (lines[i].verdict and lines[i].verdict.category == "navigation")):
            i += 1
            continue
        j = i
        while j < n and (menu_like[j] or (lines[j].verdict is not None and lines[j].weight <= 6)):
            j += 1
        if j - i >= _MIN_RUN:  # (most runs are shorter: their lines are not looked at again)
            end = j
            if end - 1 - i >= _MIN_RUN and _heads_a_paragraph(lines, end - 1) \
                    and lines[end - 1].block != lines[end - 2].block:
                end -= 1  # past a blank line, a heading over its paragraph: the article's next section
            _claim_menu(ctx, self, i, end)
        i = max(j, i + 1)


# 'Imóveis para alugar por cidade:', 'Browse by topic:' right over the menu it introduces.
_MENU_LABEL_MAX_WEIGHT = 8


def _heads_a_paragraph(lines, k: int) -> bool:
    """Line k stands right over a paragraph, no blank line between ('Caução' over 'A caução é um
    depósito feito pelo inquilino ...'): a section's heading."""
    if k + 1 >= len(lines):
        return False
    below = lines[k + 1]
    return below.block == lines[k].block and below.verdict is None and below.ends_sentence and below.weight >= 10


def _claim_menu(ctx: Context, rule: Rule, i: int, j: int) -> None:
    """Claim the unclaimed lines of a run of menu-like lines, unless a third of them are prices
    (a price list: '$119 - $189+') or fewer than two are left."""
    lines = ctx.lines
    fresh = [k for k in range(i, j) if lines[k].verdict is None]
    if len(fresh) < 2:
        return
    amounts = sum(1 for k in fresh if _AMOUNT.search(lines[k].text))
    if amounts >= 2 and 3 * amounts >= len(fresh):
        return
    reason = f"menu of {j - i} short lines (input lines {lines[i].no}-{lines[j - 1].no})"
    for k in fresh:
        ctx.claim(k, rule, reason)
    label = lines[i - 1] if i > 0 else None
    if label is not None and label.verdict is None and label.block == lines[i].block \
            and label.text.endswith((":", "：")) and label.weight <= _MENU_LABEL_MAX_WEIGHT:
        ctx.claim(i - 1, rule, f"label of the menu under it ('{label.text}')")


# A breadcrumb printed without its separators, the headline as its last item: "Home News Business
# News Ascom announces a partnership with ...". The trail before the headline is a few words.
_MAX_TRAIL_WORDS = 6


@needs(max_weight=40)
def _opens_with_home(line, lex) -> bool:
    """Starts with the lexicon's word for the home page, and is not too long to be a trail."""
    if not 4 <= line.weight <= 40:
        return False
    first = line.lower.split(None, 1)[0].strip(KEY_STRIP)
    return first in lex.home


@rule("navigation.crumb-trail", "navigation", "A breadcrumb printed without separators that ends with the headline ('Home News Business News <headline>').", languages="lexicon", select=_opens_with_home)
def crumb_trail(ctx: Context, self: Rule) -> None:
    selected = ctx.selected(self)
    if not selected:
        return
    lines = ctx.lines
    others = {ln.lower for ln in lines if ln.weight >= 3}
    for index in selected:
        line = lines[index]
        if line.verdict is not None:
            continue
        words = line.lower.split()
        for cut in range(1, min(_MAX_TRAIL_WORDS + 1, len(words) - 2)):
            if " ".join(words[cut:]) in others:
                ctx.claim(index, self, "breadcrumb trail ending in the headline")
                break


# A table of contents lists the article's own section headings: at least this many items, most of them
# (TOC_MIN_SHARE) printed again later as lines of their own; an item is a heading-sized line.
_TOC_MIN_ITEMS = 3
_TOC_MIN_SHARE = 0.75
_TOC_MAX_ITEM_WEIGHT = 14
# ... and between two of those headings stands a sentence of at least this many words (a section).
_TOC_SECTION_MIN_WEIGHT = 8


def _toc_item(line) -> bool:
    return line.weight <= _TOC_MAX_ITEM_WEIGHT and (line.verdict is None or line.verdict.category == "navigation")


@rule("navigation.toc", "navigation", "A table of contents ('Jump to:', 'Sommaire', 'Inhalt'): a run of short lines that "
      "the article prints again below as its section headings.", languages="lexicon")
def table_of_contents(ctx: Context, self: Rule) -> None:
    lines = ctx.lines
    n = len(lines)
    first: dict[str, int] = {}   # heading-sized lines: where each is printed first ...
    second: dict[str, int] = {}  # ... and second; a third copy disqualifies it
    thrice: set[str] = set()
    for k, line in enumerate(lines):
        key = line.key
        if key and line.weight <= _TOC_MAX_ITEM_WEIGHT:
            if key in second:
                thrice.add(key)
            elif key in first:
                second[key] = k
            else:
                first[key] = k
    candidates = sorted(first[key] for key in second if key not in thrice)
    if len(candidates) < _TOC_MIN_ITEMS:
        return  # most pages: nothing printed exactly twice, no table of contents to look for
    labels = ctx.lex.label_words.get("contents", frozenset())
    done = -1
    for c in candidates:
        if c < done or not _toc_item(lines[c]):
            continue
        block = lines[c].block
        i = c
        while i > 0 and _toc_item(lines[i - 1]) and lines[i - 1].block == block:
            i -= 1
        j = c
        while j < n and _toc_item(lines[j]) and lines[j].block == block:
            j += 1
        done = j
        label = i if lines[i].key in labels else None
        items = range(i + 1 if label is not None else i, j)
        # each item printed once more below, as a heading over its own section (prose between two
        # headings): not a block printed twice, nor a schedule's 'Rest day' on every line
        again = [k for k in items if lines[k].key in second and lines[k].key not in thrice and second[lines[k].key] >= j]
        if len(again) < _TOC_MIN_ITEMS or len(again) < _TOC_MIN_SHARE * len(items):
            continue
        below = sorted(second[lines[k].key] for k in again)
        sections = sum(1 for a, b in zip(below, below[1:])
                       if any(ln.ends_sentence and ln.weight >= _TOC_SECTION_MIN_WEIGHT for ln in lines[a + 1 : b]))
        if sections >= _TOC_MIN_SHARE * (len(below) - 1):
            if label is None and i > 0 and lines[i - 1].key in labels:
                label = i - 1  # 'Aller à :' over the list, in a block of its own
            reason = f"table of contents: {len(again)} of its {len(items)} items are headings below"
            if label is not None:
                ctx.claim(label, self, "table of contents label")
            for k in items:
                ctx.claim(k, self, reason)


RULES = [breadcrumb, inline_menu, menu_item, table_of_contents, menu_run, crumb_trail]
