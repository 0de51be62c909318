"""Metadata from what the rules harvested and what the decision found. Nothing is guessed: a field
the page does not give stays None."""
from __future__ import annotations

from . import headline
from .dates import find_date
from .decide import Decision
from .rules import Context

FIELDS = ("title", "authors", "date", "section", "description", "source", "editor", "sitename", "tags", "language", "url")


# How far from the headline / article start a byline may stand and still name the article's author.
AUTHOR_WINDOW = 12


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
    seen_authors: set[str] = set()
    dates: list[tuple[int, str]] = []
    anchor = decision.title if decision.title is not None else start
    for index in sorted(ctx.fields):
        fields = ctx.fields[index]
        rule_id = lines[index].verdict[0] if lines[index].verdict else ""
        # Names beside the headline are the article's; names beside other datelines (teasers,
        # comments, sidebars) are not.
        near = anchor - AUTHOR_WINDOW <= index <= start + AUTHOR_WINDOW or rule_id == "byline.author"
        if rule_id.startswith("byline.") and index <= end and near:
            for name in fields.get("authors", ()):
                if name.casefold() not in seen_authors:
                    seen_authors.add(name.casefold())
                    authors.append(name)
            if "date" in fields:
                dates.append((index, fields["date"]))
        if "section" in fields and index < start and meta["section"] is None:
            meta["section"] = fields["section"]
        for key in ("source", "editor", "sitename"):
            if fields.get(key) and meta[key] is None:
                meta[key] = fields[key]
        if fields.get("tags"):
            meta["tags"] = (meta["tags"] or []) + [t for t in fields["tags"] if t not in (meta["tags"] or [])]

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
    meta["date"] = _best_date(header.get("date"), nearest)
    meta["title"] = headline.choose(ctx, decision)[0]
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
