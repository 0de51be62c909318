"""Metadata from what the rules harvested and what the decision found. Nothing is guessed: a field
the page does not give stays None."""
from __future__ import annotations

from . import headline
from .dates import find_date
from .decide import Decision
from .rules import Context
from .rules.byline import _not_names, name_parts

FIELDS = ("title", "authors", "date", "section", "description", "source", "editor", "sitename", "tags", "language", "url")


# How far from the headline / article start a byline may stand and still name the article's author.
AUTHOR_WINDOW = 12
# Lines under the headline read for a date when no dateline rule gave one near it, and how long such
# a line may be (words): a byline with a date and a reading time, not a paragraph.
DATE_BY_HEADLINE_LINES = 6
# A bare name under the headline is a line of at most this many words.
NAME_LINE_MAX_WEIGHT = 5
DATE_BY_HEADLINE_MAX_WEIGHT = 30


def empty() -> dict:
    return {name: None for name in FIELDS}


def assemble(ctx: Context, decision: Decision, language: str | None, given: dict | None = None) -> dict:
    meta = empty()
    lines = ctx.lines
    end = decision.core[1] if decision.core else len(lines) - 1
    start = decision.core[0] if decision.core else len(lines)
    header: dict = {}
    for index in sorted(ctx.fields):
        header.update({k: v for k, v in ctx.fields[index].get("header", {}).items() if k not in header})

    authors: list[str] = []
    dates: list[tuple[int, str]] = []
    later_dates: list[tuple[int, str]] = []
    title, title_index = headline.choose(ctx, decision)
    anchor = title_index if title_index else (decision.title if decision.title is not None else start)
    start = max(start, anchor) if decision.core else start
    candidates: list[tuple[int, str, list[str]]] = []
    for index in sorted(ctx.fields):
        fields = ctx.fields[index]
        rule_id = lines[index].verdict[0] if lines[index].verdict else ""
        if rule_id.startswith("byline.") and index <= end:
            if fields.get("authors"):
                candidates.append((index, rule_id, fields["authors"]))
            # The article's own dateline sits by the headline; others (teasers, comments) farther.
            near = anchor - AUTHOR_WINDOW <= index <= start + AUTHOR_WINDOW or rule_id == "byline.author"
            if "date" in fields and near:
                dates.append((index, fields["date"]))
            elif "date" in fields:
                later_dates.append((index, fields["date"]))
        if "section" in fields and index < start and meta["section"] is None:
            meta["section"] = fields["section"]
        for key in ("source", "editor", "sitename"):
            if fields.get(key) and meta[key] is None:
                meta[key] = fields[key]
        if fields.get("tags"):
            meta["tags"] = (meta["tags"] or []) + [t for t in fields["tags"] if t not in (meta["tags"] or [])]
    authors = _byline_authors(candidates, anchor, start, title)
    if not authors and title_index:
        authors = _name_under_headline(ctx, title_index)

    if not authors:
        # A closing byline ("（記者：中村健太）", "(Reporting by ...)") after the article.
        for index in sorted(ctx.fields):
            if index > end and lines[index].verdict and lines[index].verdict[0] == "byline.author":
                authors = list(ctx.fields[index].get("authors", ()))
                if authors:
                    break
    if not authors:
        # Nothing else names the author: the biography under the article does ("Jane Doe is a
        # staff writer at ...").
        for index in sorted(ctx.fields):
            if index > end and ctx.fields[index].get("bio_authors"):
                authors = list(ctx.fields[index]["bio_authors"])
                break
    meta["authors"] = authors or None
    # The article's own dateline sits by the headline, next to the core; a page header may print
    # today's date far above it.
    nearest = [d for _, d in sorted(dates, key=lambda item: (abs(item[0] - anchor), item[0]))]
    if not nearest:
        nearest = _date_by_headline(ctx, anchor)
    if not nearest:
        # The article's dateline printed farther from the headline (under a box, at the end of
        # the article): the nearest below the headline, else above it.
        nearest = [d for _, d in sorted(later_dates, key=lambda item: (item[0] < anchor, abs(item[0] - anchor)))]
    meta["date"] = _best_date(header.get("date"), nearest)
    meta["title"] = title
    if header.get("title") or header.get("headline"):
        meta["title"] = header.get("title") or header.get("headline")
    if decision.description is not None:
        meta["description"] = lines[decision.description].text
    meta["url"] = header.get("url") or header.get("link")
    meta["language"] = language
    if given:
        for key, value in given.items():
            if value not in (None, "", [], ()):
                meta[key] = value
    return meta


# Bylines that say they are bylines: a label ("By", "Von", "作者：") or a date beside the name. A bare
# name next to a dateline (byline.name) is weaker evidence: a label, a heading or a teaser's author.
_LABELLED = ("byline.author", "byline.split", "byline.dateline")


def _byline_authors(candidates: list[tuple[int, str, list[str]]], anchor: int, start: int, title: str | None) -> list[str]:
    """The article's byline: the labelled byline nearest below the headline (a bare name only where
    there is none), not every name on the page. The names on the lines next to it are a reviewer's,
    a job title taken for a name ("Content Marketing Coordinator") or a teaser's author (WCXB-dev:
    adding them cost 26 pages, gained none); names beside other datelines (teasers, comments,
    sidebars) are not the article's."""
    title_key = headline.norm(title) if title else ""
    candidates = [(i, rule, [n for n in names if headline.norm(n) != title_key]) for i, rule, names in candidates]
    candidates = [c for c in candidates if c[2]]
    near = [c for c in candidates if anchor - AUTHOR_WINDOW <= c[0] <= start + AUTHOR_WINDOW]
    if not near:
        near = [c for c in candidates if c[1] == "byline.author"]
    if not near:
        return []

    def rank(c):
        index, rule, _ = c
        distance = index - anchor if index >= anchor else anchor - index + AUTHOR_WINDOW
        return (rule not in _LABELLED, distance)

    authors: list[str] = []
    for name in min(near, key=rank)[2]:
        if name.casefold() not in {a.casefold() for a in authors}:
            authors.append(name)
    return authors


def _name_under_headline(ctx: Context, title_index: int) -> list[str]:
    """A bare byline printed right under the headline ("Chirag Bhardwaj", then "VP - Technology",
    the date or the article): a short line that is only one person's name."""
    lines = ctx.lines
    index = title_index + 1
    if index >= len(lines):
        return []
    line = lines[index]
    if line.weight > NAME_LINE_MAX_WEIGHT or line.ends_sentence or (line.verdict is not None and line.verdict.category not in ("context", "byline")):
        return []
    names = name_parts(line.text, _not_names(ctx))
    if len(names) != 1 or headline.norm(names[0]) == headline.norm(lines[title_index].text):
        return []
    words = names[0].lower().split()
    if words[0] in ctx.lex.stopwords or words[-1] in ctx.lex.stopwords:
        return []  # "Let Us", "Read More": words of a sentence, not a name
    return names


def _date_by_headline(ctx: Context, anchor: int) -> list[str]:
    """A date printed in a short line right by the headline, whatever rule took the line
    ("By David Kim • December 17, 2025 • 11 min read" as a reading time)."""
    lines = ctx.lines
    for index in range(max(0, anchor - 1), min(len(lines), anchor + DATE_BY_HEADLINE_LINES + 1)):
        line = lines[index]
        if line.weight > DATE_BY_HEADLINE_MAX_WEIGHT or (line.verdict is not None and line.verdict.category not in ("byline", "context", "promo", "credits")):
            continue
        found = find_date(line.text, ctx.lex.months, ctx.language == "en")
        if found:
            return [found.iso]
    return []


def _best_date(header_date: str | None, found: list[str]) -> str | None:
    """The publication date: the first one given, in the most precise form any line gives for that day."""
    candidates = []
    if header_date:
        parsed = find_date(header_date)
        if parsed:
            candidates.append(parsed.iso)
    candidates.extend(found)
    if not candidates:
        return None
    day = candidates[0][:10]
    same_day = [c for c in candidates if c[:10] == day]
    return max(same_day, key=len)
