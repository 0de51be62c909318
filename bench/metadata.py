#!/usr/bin/env python3
"""Metadata of newsclean on the AEB pages, checked against what each page says of itself.

    python bench/metadata.py             # text and HTML mode; writes the metadata block of docs/benchmarks.md
    python bench/metadata.py --no-write --show 20

AEB has no metadata ground truth, so the reference is silver: the page's own tags, read from its
HTML with the standard library (og:title / twitter:title for the title; article:published_time,
JSON-LD datePublished, or a date/pubdate meta tag for the date; JSON-LD author names or an author
meta tag for the authors). A page without the tag does not count for that field. In text mode
newsclean never sees the HTML (it gets the html-text rendering); in HTML mode trafilatura's
metadata is merged with the text engine's, so the HTML figures largely measure trafilatura.

Agreement:
- title: the same words in the same order, give or take a site name ("Headline | Site"): the
  shorter of the two token strings is inside the longer and at least half its length;
- date: the same calendar day (YYYY-MM-DD) or the day next to it: tags are often in UTC, the
  printed dateline in the site's time zone;
- authors: one of newsclean's names (two words or more) has all its words in one of the page's
  author strings (which often carry more: "By TOM KRISHER, AP Auto Writer"); case ignored, URLs and
  @handles in author tags ignored.
"""
from __future__ import annotations

import argparse
import datetime as _dt
import json
import re
import sys
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import aeb  # noqa: E402
from bench.quality import update_section, versions  # noqa: E402

FIELDS = ("title", "date", "authors")
_WORD = re.compile(r"\w+")
_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


class _MetaTags(HTMLParser):
    """Collects <meta> tags and JSON-LD blocks of a page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.meta: dict[str, str] = {}
        self.jsonld: list[str] = []
        self._in_jsonld = False

    def handle_starttag(self, tag, attrs):
        attrs = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
            if key and attrs.get("content") and key not in self.meta:
                self.meta[key] = attrs["content"].strip()
        elif tag == "script" and "ld+json" in attrs.get("type", ""):
            self._in_jsonld = True
            self.jsonld.append("")

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_jsonld = False

    def handle_data(self, data):
        if self._in_jsonld:
            self.jsonld[-1] += data


def _jsonld_items(blocks: list[str]):
    for block in blocks:
        try:
            data = json.loads(block)
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                yield item
                stack.extend(v for k, v in item.items() if k == "@graph")


def _names(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return _names(value.get("name"))
    if isinstance(value, list):
        return [n for v in value for n in _names(v)]
    return []


def reference(html: str) -> dict:
    """The page's own title, date and authors, where its tags give them."""
    parser = _MetaTags()
    try:
        parser.feed(html)
    except Exception:  # a broken page gives what was read before the break
        pass
    meta = parser.meta
    ref: dict = {}
    title = meta.get("og:title") or meta.get("twitter:title")
    if title:
        ref["title"] = title
    date = meta.get("article:published_time") or meta.get("date") or meta.get("pubdate") or meta.get("datepublished")
    authors: list[str] = []
    for item in _jsonld_items(parser.jsonld):
        date = date or (item.get("datePublished") if isinstance(item.get("datePublished"), str) else None)
        if not authors:
            authors = _names(item.get("author"))
    if not authors and meta.get("author"):
        authors = [meta["author"]]
    if date and _DAY.search(date):
        ref["date"] = date
    authors = [a for a in authors if a and "://" not in a and not a.startswith("@")]
    if authors:
        ref["authors"] = authors
    return ref


def _tokens(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


def agrees(fieldname: str, got, want) -> bool:
    if not got:
        return False
    if fieldname == "title":
        a, b = sorted((_tokens(got), _tokens(want)), key=len)
        return bool(a) and a in b and len(a) >= 0.5 * len(b)
    if fieldname == "date":
        m, n = _DAY.search(str(got)), _DAY.search(want)
        if not (m and n):
            return False
        days = abs((_dt.date(*map(int, m.groups())) - _dt.date(*map(int, n.groups()))).days)
        return days <= 1  # the page's tag is often in UTC, the printed dateline in local time
    wanted = [set(_tokens(x).split()) for x in want]
    return any(len(words) >= 2 and any(words <= w for w in wanted) for words in (set(_tokens(x).split()) for x in got))


@dataclass
class Tally:
    pages: int = 0  # pages whose tags give the field
    given: int = 0  # ... where newsclean gave a value
    agree: int = 0  # ... and it agreed
    misses: list = field(default_factory=list)


def measure(pages: list[aeb.Page], mode: str) -> dict[str, Tally]:
    from cleaner import clean

    tallies = {f: Tally() for f in FIELDS}
    for page in pages:
        ref = reference(page.html)
        source = aeb.rendered(page) if mode == "text" else page.html
        got = clean(source, input_format=mode).metadata
        for f in FIELDS:
            if f not in ref:
                continue
            t = tallies[f]
            t.pages += 1
            t.given += bool(got.get(f))
            if agrees(f, got.get(f), ref[f]):
                t.agree += 1
            else:
                t.misses.append((page.id[:10], got.get(f), ref[f]))
    return tallies


def markdown(results: dict[str, dict[str, Tally]], n_pages: int) -> str:
    now = _dt.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z")
    v = versions()
    lines = [
        "## Metadata",
        "",
        f"Measured {now} with `python bench/metadata.py`, newsclean {v.get('newsclean', '?')}.",
        "",
        f"AEB has no metadata ground truth: the reference is what each of the {n_pages} pages says of itself in its",
        "HTML tags (og:title, article:published_time or JSON-LD datePublished, JSON-LD or meta author), so the",
        "figures are agreement with the page, not accuracy. Title: same words in the same order give or take a",
        "site name; date: same day or the next (time zones); authors: all words of one of our names in one of the",
        "page's author strings. Text mode sees only the html-text rendering.",
        "",
        "| field | mode | pages with the tag | value given | agrees |",
        "| --- | --- | --- | --- | --- |",
    ]
    for f in FIELDS:
        for mode, tallies in results.items():
            t = tallies[f]
            share = f"{t.agree / t.pages:.0%}" if t.pages else "n/a"
            lines.append(f"| {f} | {mode} | {t.pages} | {t.given} | {t.agree} ({share}) |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mode", choices=("text", "html", "both"), default="both")
    parser.add_argument("--limit", type=int, default=None, help="only the first N pages (sorted by id)")
    parser.add_argument("--show", type=int, default=0, help="print N disagreements per field and mode")
    parser.add_argument("--no-write", action="store_true", help="do not update docs/benchmarks.md")
    args = parser.parse_args(argv)
    pages = aeb.load_pages(limit=args.limit)
    modes = ("text", "html") if args.mode == "both" else (args.mode,)
    results = {mode: measure(pages, mode) for mode in modes}
    for mode, tallies in results.items():
        for f, t in tallies.items():
            share = t.agree / t.pages if t.pages else 0.0
            print(f"{mode:4s} {f:8s} pages {t.pages:3d} given {t.given:3d} agree {t.agree:3d} ({share:.0%})")
            for miss in t.misses[: args.show]:
                print("     ", miss)
    if not args.no_write and args.limit is None and args.mode == "both":
        update_section("metadata", markdown(results, len(pages)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
