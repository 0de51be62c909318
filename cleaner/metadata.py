"""Metadata from what the rules harvested and what the decision found. Nothing is guessed: a field
the page does not give stays None."""
from __future__ import annotations

import re

from . import headline
from .dates import find_date
from .safety import comment_section_start
from .decide import Decision
from .rules import Context
from .rules.byline import _author_label, _not_names, loose_name, name_parts

FIELDS = ("title", "authors", "date", "section", "description", "source", "editor", "sitename", "tags", "language", "url")


# How far from the headline / article start a byline may stand and still name the article's author.
AUTHOR_WINDOW = 12
# Lines under the headline read for a date when no dateline rule gave one near it, and how long such
# a line may be (words): a byline with a date and a reading time, not a paragraph.
DATE_BY_HEADLINE_LINES = 6
# A bare name under the headline is a line of at most this many words, among the first lines under it.
NAME_LINE_MAX_WEIGHT = 5
NAME_UNDER_LINES = 1
# A dateline printed under the article ("Published 13 August 2025"), when none is by the headline:
# at most this many lines below its last paragraph (WCXB-dev: 3 lines 0.709, 8 0.717, 15 0.719).
DATE_AFTER_ARTICLE = 15
# A tag list under the article, one tag a line under its label: the label at most this many lines
# below the article, at most this many tags of at most this many words each.
TAGS_AFTER_ARTICLE = 12
TAGS_MAX = 15
TAG_MAX_WEIGHT = 5
# The page's address under a label is read in this many first lines.
URL_LINES = 10
# A labelled byline whose name is not a person's shape ("Written by Kristin", "By Resy Staff") is
# read in these lines around the headline, of at most this many words.
LABELLED_BY_HEADLINE_LINES = 8
LABELLED_LINE_MAX_WEIGHT = 16
TEAM_BY_HEADLINE_LINES = 6
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
    # Readers' comments below the article print dates of their own: none is the article's.
    comments = comment_section_start(lines, end + 1) if decision.core else None
    for index in sorted(ctx.fields):
        fields = ctx.fields[index]
        rule_id = lines[index].verdict[0] if lines[index].verdict else ""
        if comments is not None and index > comments and "date" in fields:
            fields = {k: v for k, v in fields.items() if k != "date"}
        if rule_id.startswith("byline.") and index <= end:
            if fields.get("authors"):
                candidates.append((index, rule_id, fields["authors"]))
            # The article's own dateline sits by the headline; others (teasers, comments) farther.
            near = anchor - AUTHOR_WINDOW <= index <= start + AUTHOR_WINDOW or rule_id == "byline.author"
            if "date" in fields and near:
                dates.append((index, fields["date"]))
            elif "date" in fields:
                later_dates.append((index, fields["date"]))
        elif rule_id.startswith("byline.") and "date" in fields and index <= end + DATE_AFTER_ARTICLE:
            later_dates.append((index, fields["date"]))  # "Published 13 August 2025" under the article
        if "section" in fields and index < start and meta["section"] is None:
            meta["section"] = fields["section"]
        for key in ("source", "editor", "sitename"):
            if fields.get(key) and meta[key] is None:
                meta[key] = fields[key]
        if fields.get("tags"):
            meta["tags"] = (meta["tags"] or []) + [t for t in fields["tags"] if t not in (meta["tags"] or [])]
    authors, labelled = _byline_authors(ctx, candidates, anchor, start, title)
    if not labelled:
        # No byline rule read a labelled byline by the headline: one whose name is not a person's
        # shape, a newsroom's, then a bare name right under the headline, before a bare name the
        # rules found farther off.
        authors = (_labelled_by_headline(ctx, anchor) or _team_by_headline(ctx, anchor)
                   or (_name_under_headline(ctx, title_index) if title_index else []) or authors)
    # The biography under the article names its author ("Jane Doe is a staff writer"): a byline
    # that names the same person wins over a nearer one ("By Use Case" in a menu).
    bios = {n.casefold() for f in ctx.fields.values() for n in f.get("bio_authors") or ()}
    confirmed = [n for _, _, names in candidates for n in names if n.casefold() in bios]
    if confirmed and not any(a.casefold() in bios for a in authors):
        authors = confirmed[:1]
    authors = _tidy_names(ctx, authors)

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
    if meta["tags"] is None and decision.core:
        meta["tags"] = _tags_under_label(ctx, end) or None
    # The article's own dateline sits by the headline, next to the core; a page header may print
    # today's date far above it.
    nearest = [d for _, d in sorted(dates, key=lambda item: (abs(item[0] - anchor), item[0]))]
    if not nearest:
        nearest = _date_by_headline(ctx, anchor)
    if not nearest:
        # The article's dateline printed farther from the headline: the nearest below it in the
        # article, else above it, else under the article ("Published 13 August 2025").
        nearest = [d for _, d in sorted(later_dates, key=lambda item: (_date_tier(item[0], anchor, end), abs(item[0] - anchor)))]
    meta["date"] = _best_date(header.get("date"), nearest)
    meta["title"] = title
    if header.get("title") or header.get("headline"):
        meta["title"] = header.get("title") or header.get("headline")
    if decision.description is not None:
        meta["description"] = lines[decision.description].text
    meta["url"] = header.get("url") or header.get("link") or _labelled_url(lines)
    meta["language"] = language
    if given:
        for key, value in given.items():
            if value not in (None, "", [], ()):
                meta[key] = value
    return meta


# Bylines that say they are bylines: a label ("By", "Von", "作者：") or a date beside the name. A bare
# name next to a dateline (byline.name) is weaker evidence: a label, a heading or a teaser's author.
_LABELLED = ("byline.author", "byline.split", "byline.dateline")


def _byline_authors(ctx: Context, candidates: list[tuple[int, str, list[str]]], anchor: int, start: int,
                    title: str | None) -> tuple[list[str], bool]:
    """The article's byline: the labelled byline nearest below the headline (a bare name only where
    there is none), not every name on the page. The names on the lines next to it are a reviewer's,
    a job title taken for a name ("Content Marketing Coordinator") or a teaser's author (WCXB-dev:
    adding them cost 26 pages, gained none); names beside other datelines (teasers, comments,
    sidebars) are not the article's. Returns the names and whether a labelled byline gave them."""
    title_key = headline.norm(title) if title else ""
    candidates = [(i, rule, [n for n in names if headline.norm(n) != title_key]) for i, rule, names in candidates]
    candidates = [c for c in candidates if c[2]]
    near = [c for c in candidates if anchor - AUTHOR_WINDOW <= c[0] <= start + AUTHOR_WINDOW]
    if not near:
        near = [c for c in candidates if c[1] == "byline.author"]
    if not near:
        return [], False

    def rank(c):
        index, rule, _ = c
        distance = index - anchor if index >= anchor else anchor - index + AUTHOR_WINDOW
        return (rule not in _LABELLED, distance)

    best = min(near, key=rank)
    above = next((c for c in candidates if c[0] == best[0] - 1 and c[1] == "byline.name"), None)
    if best[1] == "byline.dateline" and above is not None:
        # A bare name over a dateline that starts with a name-shaped word group: that is the place
        # ("Alba Castells", then "Vilanova de Arousa | 14/04/2024"), unless another byline of the
        # page names it ("Amit Samsukha October 11, 2024" under a category label).
        elsewhere = {n.casefold() for i, f in ctx.fields.items() if i != best[0]
                     for n in (f.get("authors") or []) + (f.get("bio_authors") or [])}
        if not any(n.casefold() in elsewhere for n in best[2]):
            best = above
    authors: list[str] = []
    for name in best[2]:
        if name.casefold() not in {a.casefold() for a in authors}:
            authors.append(name)
    return authors, best[1] in _LABELLED




def _tidy_names(ctx: Context, names: list[str]) -> list[str]:
    """A name ends before a little word that goes on into the line ("Sara Harberson In" a category)
    and before the month of a date printed after it ("Jill Barshay August")."""
    out = []
    for name in names:
        words = name.split()
        for i in range(2, len(words)):
            if words[i].lower() in ctx.lex.stopwords:
                words = words[:i]
                break
        while len(words) > 2 and words[-1].lower() in ctx.lex.months:
            words.pop()
        out.append(" ".join(words))
    return out


_DIGIT = re.compile(r"\d")


def _labelled_by_headline(ctx: Context, anchor: int) -> list[str]:
    """A labelled byline by the headline whose name does not have a person's shape: a first name,
    a handle, a team ("Written by Kristin", "by infuy", "By Resy Staff • 4 mins read")."""
    lines = ctx.lines
    for index in range(max(0, anchor - 2), min(len(lines), anchor + LABELLED_BY_HEADLINE_LINES + 1)):
        line = lines[index]
        if line.weight > LABELLED_LINE_MAX_WEIGHT or line.klass == "good":
            continue
        m = _author_label(ctx.lex, line)
        if m is None:
            continue
        text = line.text.lstrip("(（[【")
        lead = text[: m.start()].strip(" |•·⋅")
        if lead and not _DIGIT.search(lead):
            continue  # "Image by ... from Pixabay", "Powered by WordPress", "Trusted by thousands"
        rest = text[m.end():]
        found = find_date(rest, ctx.lex.months, ctx.language == "en")
        if found:
            rest = rest[: found.start]
        name = loose_name(rest)
        if name is not None:
            return [name]
    return []


# A byline that names a newsroom, not a person ("Podium Staff", "TOI Lifestyle Desk", "The Upwork
# Team", "Team SimplyThrilled", "Redaktion Berlin"): the site's team as the author; not a menu's
# "Meet the Team" or "Join our team".
_TEAM = re.compile(
    r"^(?!(?:meet|join|contact|about|our|your|my)\b)(?:(?:the\s+)?[\w&.'’+-]+(?:\s+[\w&.'’+-]+){0,3}\s+(?:editorial\s+)?(?:team|staff|desk|editors|newsroom)"
    r"|(?:team|redaktion|redacci[oó]n|r[ée]daction|reda[cç][aã]o|редакция)\s+[\w&.'’+-]+(?:\s+[\w&.'’+-]+)?)$",
    re.I,
)
_TEAM_CUT = re.compile(r"\s+[/|•·⋅]\s+")


def _team_by_headline(ctx: Context, anchor: int) -> list[str]:
    """A newsroom's byline printed by the headline ("Podium Staff", "TOI Lifestyle Desk / etimes.in")."""
    lines = ctx.lines
    for index in range(max(0, anchor - 2), min(len(lines), anchor + TEAM_BY_HEADLINE_LINES + 1)):
        verdict = lines[index].verdict
        if verdict is not None and verdict.category in ("related", "promo", "legal"):
            continue
        text = _TEAM_CUT.split(lines[index].text, maxsplit=1)[0].strip()
        if len(text.split()) <= 6 and _TEAM.match(text):
            return [text]
    return []


def _name_under_headline(ctx: Context, title_index: int) -> list[str]:
    """A bare byline printed under the headline ("Chirag Bhardwaj", then "VP - Technology", the
    date or the article), past a dateline, a reading time or a share row: the first short line that
    is only one person's name, before the article's prose."""
    lines = ctx.lines
    title_key = headline.norm(lines[title_index].text)
    for index in range(title_index + 1, min(len(lines), title_index + 1 + NAME_UNDER_LINES)):
        line = lines[index]
        if line.klass == "good":
            break  # the article has begun
        verdict = line.verdict
        if verdict is not None and verdict.category in ("promo", "byline") and verdict.rule != "byline.name":
            continue  # a dateline, reading time or share row between the headline and the name
        if line.weight > NAME_LINE_MAX_WEIGHT or line.ends_sentence or (verdict is not None and verdict.category not in ("context", "byline")):
            continue
        names = name_parts(line.text, _not_names(ctx))
        if len(names) != 1 or headline.norm(names[0]) == title_key:
            continue
        words = names[0].lower().split()
        if words[0] in ctx.lex.stopwords or words[-1] in ctx.lex.stopwords:
            continue  # "Let Us", "Read More": words of a sentence, not a name
        return names
    return []


def _tags_under_label(ctx: Context, end: int) -> list[str]:
    """A tag list under the article printed one tag a line below its label ("Topics", then
    "Climate", "Lake Amber"), which a menu rule may have taken: the lines of the label's block."""
    lines = ctx.lines
    labels = ctx.lex.label_words.get("tags", frozenset())
    for index in range(end + 1, min(len(lines), end + 1 + TAGS_AFTER_ARTICLE)):
        label = lines[index]
        if label.weight > 3 or label.key not in labels:
            continue
        tags: list[str] = []
        for line in lines[index + 1: index + 1 + TAGS_MAX]:
            verdict = line.verdict
            if line.block != label.block or line.weight > TAG_MAX_WEIGHT or line.ends_sentence \
                    or (verdict is not None and verdict.category not in ("navigation", "context", "related")) \
                    or (verdict is not None and verdict.rule in ("related.heading", "related.list")):
                break
            tags.append(line.text)
        return tags
    return []


# The page's address printed under a label at the top of a saved or printed page ("Адрес материала:
# https://...", "Permalink: https://...").
_URL_LINE = re.compile(
    r"^(?:url|link|permalink|article url|page url|адрес материала|адрес страницы|ссылка на материал|ссылка на статью"
    r"|enlace permanente|lien permanent|permalien|endereço da página|seitenadresse|原文链接|原文地址|本文链接|文章链接)"
    r"\s*[:：]\s*(https?://\S+)$",
    re.I,
)


def _labelled_url(lines) -> str | None:
    for line in lines[:URL_LINES]:
        m = _URL_LINE.match(line.text)
        if m:
            return m[1]
    return None


def _date_tier(index: int, anchor: int, end: int) -> int:
    return 0 if anchor <= index <= end else 1 if index < anchor else 2


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
