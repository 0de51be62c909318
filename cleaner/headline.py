"""The headline for the metadata: the page's own title, read against the headline the decision found.

A scraped page often starts with its page title ("Headline | Site"), and prints the headline again
by the article. The decision's headline is the nearest headline-shaped line above the article, which
on a page with boxes between the headline and the text can be a widget label ("Table of Contents",
"Key Takeaways"). The page title says which of the lines is the headline: the one it repeats.
"""
from __future__ import annotations

import re

from .decide import Decision
from .rules import Context

# Between a headline and the site's name in a page title: " | ", " - ", " – ", " — ", " :: ", " · ".
_SEPARATOR = re.compile(r"\s+(?:[|·•~]|[-–—]{1,2}|::)\s+|\s+[|]\s*$")
# Between the crumbs of a trail that ends in the headline: "Blog » Headline", "Home > News > Headline".
_CRUMB = re.compile(r"\s+[»>›/]\s+")
_NON_WORD = re.compile(r"\W+")
# A page title is a line of this many words at most (the longest WCXB-dev titles have about 30).
PAGE_TITLE_MAX_WEIGHT = 40
# The page title stands for the headline only if the article uses at least this share of its words
# (WCXB-dev: the page titles that are the headline, 0.6 to 1; a site's name, 0).
PAGE_TITLE_MIN_BODY_SHARE = 0.5
# A line that prints the site's name (a logo, "© 2025 Huberman Lab. All rights reserved.") has at
# most this many words.
SITE_LINE_MAX_WEIGHT = 12


def norm(text: str) -> str:
    """Lower case, every run of non-word characters one space: how two printings of a headline compare."""
    return _NON_WORD.sub(" ", text.lower()).strip()


def spans(text: str) -> dict[str, str]:
    """Every run of consecutive parts of a page title, by its normalised form: 'A | B | C' gives
    A, B, C, 'A | B', 'B | C' and the whole."""
    cuts = [0]
    for m in _SEPARATOR.finditer(text):
        cuts.extend((m.start(), m.end()))
    cuts.append(len(text))
    parts = [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts), 2) if cuts[i] < cuts[i + 1]]
    out: dict[str, str] = {}
    for i in range(len(parts)):
        for j in range(i, len(parts)):
            piece = text[parts[i][0]: parts[j][1]].strip()
            key = norm(piece)
            if key and key not in out:
                out[key] = piece
    return out


def page_title(ctx: Context) -> str | None:
    """The first line, when it has the shape of a page title."""
    if not ctx.lines:
        return None
    line = ctx.lines[0]
    if line.verdict is not None and line.verdict.category in ("byline", "header", "legal"):
        return None
    if line.weight > PAGE_TITLE_MAX_WEIGHT or line.ends_sentence and line.text.endswith((".", "。")):
        return None
    return line.text


# What a line repeating the page title is not, whatever it says.
_NOT_HEADLINES = ("legal", "byline", "header", "promo", "credits")
# ... except a Title Case headline next to a dateline, taken for a bare author name (or its repeat).
_NAME_LIKE = ("byline.name", "byline.duplicate")


def _may_stand_alone(ctx: Context) -> bool:
    """The page title may be the headline without another line repeating it: not a menu's first
    item, not a lone word."""
    line = ctx.lines[0]
    return line.weight >= 2 and (line.verdict is None or line.verdict.rule not in ("navigation.item", "navigation.menu-run"))


def _content_words(text: str) -> set[str]:
    return {w for w in norm(text).split() if len(w) > 2}


def _main_part(title: str, elsewhere=None) -> str:
    """A title without the site's name or subtitle after it ("Headline | Site", "Headline - Part 1")
    and without the crumbs before it ("Blog » Headline"). A part that goes on in lower case
    ("System — and it may ...") continues the sentence and stays. With ``elsewhere`` (the page's
    other lines), a part after a dash goes only when the page prints it again (the site's name in
    its logo or footer): "Rat stimmt für Sanierung des Hallenbads – Wiedereröffnung 2026" stays."""
    crumbs = _CRUMB.split(title)
    title = crumbs[-1] if len(crumbs) > 1 and crumbs[-1].strip() else title
    for m in _SEPARATOR.finditer(title):
        head, rest = title[: m.start()].strip(), title[m.end():].lstrip()
        if not head or rest[:1].islower():
            continue
        if elsewhere is not None and "|" not in m.group(0) and not _printed_again(head, rest, elsewhere):
            continue
        return head
    return title.strip()


def _printed_again(head: str, part: str, lines) -> bool:
    """The part after a dash is printed again, without the headline, in a short line of the page:
    the site's name in its logo or footer ("© 2025 Huberman Lab"), not a word of the article."""
    key, head = _SEPARATOR.split(part)[0].strip().lower(), head.lower()
    return bool(key) and any(line.weight <= SITE_LINE_MAX_WEIGHT and key in line.lower and head not in line.lower
                             for line in lines[1:])


# A Markdown heading's marks ('# Headline', '## Headline'), which are the page's, not the headline's.
_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+")


def _printed(text: str, lines) -> str:
    """A headline printed by the article: a part after a bar is the site's or the section's
    ("Headline | Opinion"); after a dash, only when the page prints it again. Without the marks
    of a Markdown heading."""
    return _main_part(_MARKDOWN_HEADING.sub("", text), lines)


def choose(ctx: Context, decision: Decision) -> tuple[str | None, int | None]:
    """(headline text, its line index or None)."""
    lines = ctx.lines
    found = decision.title
    # the headline's text: both its lines where the page wrapped it
    own = None if found is None else lines[found].text if decision.title_tail is None \
        else f"{lines[found].text} {lines[decision.title_tail].text}"
    page = page_title(ctx)
    if page is None:
        return (_printed(own, lines), found) if found is not None else (None, None)
    page_spans = spans(page)
    if found is not None and found != 0:
        mine = spans(own)
        common = [k for k in mine if k in page_spans]
        if common:
            key = max(common, key=len)
            return _printed(own if key == norm(own) else mine[key], lines), found
    # A line that repeats the page title (or the part of it without the site's name).
    main = norm(_main_part(page))
    first = main.split()[0] if main else ""
    for i in range(1, len(lines)):
        line = lines[i]
        if line.weight > PAGE_TITLE_MAX_WEIGHT or first not in line.lower:
            continue
        if line.verdict is not None and line.verdict.category in _NOT_HEADLINES \
                and line.verdict.rule not in _NAME_LIKE:
            continue
        key = norm(line.text)
        if key and key in page_spans and main in key and line.weight <= PAGE_TITLE_MAX_WEIGHT:
            return _printed(line.text, lines), i
    if found:
        # A widget label ("Table of Contents", "Key Takeaways") or a slogan taken for the headline
        # shares no word with the page title, and the article speaks of the page title's words,
        # not of the label's. A site's name at the top ("Capitol Ledger") is not in the article.
        mine, theirs = _content_words(own), _content_words(_main_part(page))
        if not _may_stand_alone(ctx) or mine & theirs or not theirs:
            return _printed(own, lines), found
        body = _body_words(ctx, decision)
        page_said = len(theirs & body) / len(theirs)
        if page_said < PAGE_TITLE_MIN_BODY_SHARE:
            return _printed(own, lines), found
    if found == 0 or _may_stand_alone(ctx):
        return _main_part(page, lines), found
    return None, None


def _body_words(ctx: Context, decision: Decision) -> set[str]:
    """The content words of the article the decision kept."""
    if decision.core is None:
        return set()
    start, end = decision.core
    return {w for line in ctx.lines[start: end + 1] if line.verdict is None for w in _content_words(line.text)}
