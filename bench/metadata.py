#!/usr/bin/env python3
"""Metadata of newsclean: accuracy against the WCXB-dev truth, and agreement with the page's own tags on AEB.

    python bench/metadata.py             # both views, text and HTML mode; writes the metadata block of docs/benchmarks.md
    python bench/metadata.py --corpus wcxb-dev --no-write --show 20
    python bench/metadata.py --corpus aeb --no-write

WCXB-dev (709 pages) has a metadata truth (``ground-truth.json``: title, author, date). Scored per
field on the pages whose truth gives it, with trafilatura (``bare_extraction(html, with_metadata=True)``,
its defaults) in the same run:
- title: equal after lower-casing and collapsing every run of non-word characters to one space;
- author: the same set of names, each normalised the same way, both sides split on ``;`` and ``,``;
- date: the same day (YYYY-MM-DD).
newsclean in text mode sees only the html-text rendering of the page; in HTML mode, the HTML.

On AEB, which has no metadata ground truth, the reference is silver: the page's own tags, read from its
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
WCXB_FIELDS = (("title", "title"), ("author", "authors"), ("date", "date"))  # truth key, our key
WCXB_SYSTEMS = ("newsclean html", "trafilatura", "newsclean text")
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


# --------------------------------------------------------------------------- WCXB-dev truth

_NON_WORD = re.compile(r"\W+")


def normalise(text: str) -> str:
    """Lower case, every run of non-word characters one space."""
    return _NON_WORD.sub(" ", text.lower()).strip()


def _name_set(value) -> frozenset[str]:
    if not value:
        return frozenset()
    if isinstance(value, str):
        value = [value]
    return frozenset(n for v in value for part in re.split(r"[;,]", v) if (n := normalise(part)))


def correct(key: str, got, want: str) -> bool:
    """One field of one page against the WCXB-dev truth."""
    if not got:
        return False
    if key == "title":
        return normalise(got) == normalise(want)
    if key == "author":
        return _name_set(got) == _name_set(want)
    m, n = _DAY.search(str(got)), _DAY.search(str(want))
    return bool(m and n and m.group(0) == n.group(0))


def trafilatura_metadata(html: str) -> dict:
    """trafilatura alone: ``bare_extraction`` with its defaults and metadata, as our field names."""
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(html, with_metadata=True)
    except Exception:  # noqa: BLE001 - a crash is a page with no metadata
        doc = None
    author = getattr(doc, "author", None)
    return {"title": getattr(doc, "title", None), "date": getattr(doc, "date", None),
            "authors": [a.strip() for a in author.split(";")] if author else None}


def _page_metadata(item: tuple[str, str, tuple[str, ...]]) -> dict:
    """{system: {title, authors, date}} of one page (a worker function: takes html, rendering, systems)."""
    from cleaner import clean

    html, rendered, systems = item
    out = {}
    for system in systems:
        try:
            if system == "trafilatura":
                meta = trafilatura_metadata(html)
            else:
                mode = system.split()[-1]
                meta = clean(html if mode == "html" else rendered, input_format=mode).metadata
        except Exception:  # noqa: BLE001
            meta = {}
        out[system] = {k: meta.get(k) for k in ("title", "authors", "date")}
    return out


def wcxb_measure(systems: tuple[str, ...] = WCXB_SYSTEMS, limit: int | None = None, jobs: int = 2) -> dict:
    """``{system: {field: (correct, pages), "misses": {field: [(id, got, want)]}}}`` on WCXB-dev."""
    pages = aeb.load_pages("wcxb-dev", limit)
    truth = json.loads((aeb.CORPORA["wcxb-dev"] / "ground-truth.json").read_text(encoding="utf-8"))
    needs_text = any(s.endswith("text") for s in systems)
    items = {p.id: (p.html, aeb.rendered(p) if needs_text else "", systems) for p in pages}
    got = aeb.run_all(_page_metadata, items, jobs=jobs)
    results: dict = {}
    for system in systems:
        res: dict = {"misses": {}}
        for key, ours in WCXB_FIELDS:
            ok = n = 0
            misses = res["misses"].setdefault(key, [])
            for page in pages:
                want = truth[page.id].get(key)
                if not want:
                    continue
                n += 1
                value = got[page.id][system].get(ours)
                if correct(key, value, want):
                    ok += 1
                else:
                    misses.append((page.id[:8], value, want))
            res[key] = (ok, n)
        results[system] = res
    return results


def wcxb_markdown(results: dict) -> str:
    lines = [
        "### WCXB-dev: against the truth",
        "",
        "Share of the pages whose truth gives the field (title: 709, author: 552, date: 587) where the value is",
        "right: title equal after lower-casing and collapsing non-word characters; authors the same set of names",
        "(split on `;` and `,`); date the same day. trafilatura: `bare_extraction(html, with_metadata=True)`.",
        "",
        "| field | " + " | ".join(results) + " |",
        "| --- |" + " --- |" * len(results),
    ]
    for key, _ in WCXB_FIELDS:
        cells = [f"{results[s][key][0] / max(1, results[s][key][1]):.3f}" for s in results]
        lines.append(f"| {key} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


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
    parser.add_argument("--corpus", choices=("aeb", "wcxb-dev", "both"), default="both")
    parser.add_argument("--mode", choices=("text", "html", "both"), default="both")
    parser.add_argument("--limit", type=int, default=None, help="only the first N pages (sorted by id)")
    parser.add_argument("--show", type=int, default=0, help="print N disagreements per field and mode")
    parser.add_argument("--jobs", type=int, default=2, help="processes for WCXB-dev")
    parser.add_argument("--no-write", action="store_true", help="do not update docs/benchmarks.md")
    args = parser.parse_args(argv)
    modes = ("text", "html") if args.mode == "both" else (args.mode,)
    wcxb_md = ""
    if args.corpus in ("wcxb-dev", "both"):
        systems = tuple(s for s in WCXB_SYSTEMS if s == "trafilatura" or s.split()[-1] in modes)
        wcxb = wcxb_measure(systems, args.limit, args.jobs)
        print("WCXB-dev, against the truth:")
        for key, _ in WCXB_FIELDS:
            print(f"  {key:7s}" + "".join(f"  {s} {wcxb[s][key][0] / max(1, wcxb[s][key][1]):.3f}" for s in systems)
                  + f"  ({wcxb[systems[0]][key][1]} pages)")
            for system in systems:
                for miss in wcxb[system]["misses"][key][: args.show]:
                    print(f"      {system}: {miss}")
        wcxb_md = wcxb_markdown(wcxb)
    if args.corpus in ("aeb", "both"):
        pages = aeb.load_pages(limit=args.limit)
        results = {mode: measure(pages, mode) for mode in modes}
        print("AEB, agreement with the page's tags:")
        for mode, tallies in results.items():
            for f, t in tallies.items():
                share = t.agree / t.pages if t.pages else 0.0
                print(f"  {mode:4s} {f:8s} pages {t.pages:3d} given {t.given:3d} agree {t.agree:3d} ({share:.0%})")
                for miss in t.misses[: args.show]:
                    print("     ", miss)
        if not args.no_write and args.limit is None and args.mode == "both" and args.corpus == "both":
            update_section("metadata", markdown(results, len(pages)) + "\n\n" + wcxb_md)
    return 0


if __name__ == "__main__":
    sys.exit(main())
