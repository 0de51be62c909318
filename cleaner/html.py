"""The HTML front end: trafilatura extracts the article and its metadata, the text engine cleans the rest.

    from cleaner.html import clean_html
    result = clean_html(html, Options())
    result.text, result.metadata, result.removals
    result.extraction      # "trafilatura", "trafilatura-recall" or "fallback-text" (see step 2)
    result.extracted       # the text given to the text engine (removal line numbers refer to it)

Steps (figures: F1 on AEB, 181 pages, and WCXB-dev, 709 pages; trafilatura alone,
``extract(html, include_comments=False)``, 0.960 and 0.932 with 2.7% of WCXB-dev pages losing most of
their article):

1. ``trafilatura.bare_extraction`` with :data:`TRAFILATURA_OPTIONS` (``fast`` + ``favor_recall``: on
   AEB 0.963 against 0.960 for the defaults, and about a third faster). Metadata is on, so one parse
   serves text and metadata. It reads the page without its scripts, styles, inline SVG and comments
   (:func:`lean_markup`), which it would drop itself: the same text on all 890 pages of both corpora,
   in less time.
2. Rescue (:func:`choose_text`): the fast extraction misses the body of some layouts (it keeps a
   teaser, a first section, an intro). When its prose is under 30% of the page's visible prose (estimated
   from the markup cut at block tags), trafilatura runs again without ``fast`` (readability and jusText compared,
   :data:`RECALL_OPTIONS`), which wins with 1.2x the words ("trafilatura-recall"); and the whole page,
   rendered and cleaned in text mode, wins when it has 3x the prose and contains at least half of the
   chosen text ("fallback-text"). A text in short lines (verse, quotations, a list) is left as
   trafilatura chose it. Where trafilatura returns nothing at all (too little text, an error), the
   rendered page is cleaned in text mode too. ``result.note`` says which; rendering is
   ``html_text.extract_text(..., guess_layout=True)`` when html-text is installed, otherwise a small
   lxml renderer that lays blocks out the same way.
3. Post-extraction cleaning: the text, one trafilatura block per paragraph, goes through the text
   engine (:func:`cleaner.engine.clean_text`) with the :func:`post_extraction` policy: trafilatura has
   chosen the article, so no new article core is chosen inside it (:data:`HTML_MODE_DISABLED`); what
   line-local or duplicate evidence marks goes (a byline printed again, credit lines, share rows,
   newsletter and app prompts, legal lines, repeated blocks, "Read more:" links and the lists they
   announce); rules that judge a line by its shape (:data:`SHAPE_RULES`: lists of titles, menus,
   breadcrumbs) only remove lines before the first or after the last paragraph of prose (a related
   list or tag list at the very end); table rows, and a line the article repeats once or twice,
   stay. :data:`HTML_TABLE_DISABLED` is off when the text has table rows; ``Options.enable`` turns
   rules back on. Steps 1-3 together: AEB 0.966, WCXB-dev 0.941 with 1.6% of pages losing most of
   their article (before this policy and step 2: 0.965 and 0.925, 5.2%). The engine's removals
   are returned as they are: **their line numbers refer to the extracted text**
   (``result.extracted``), not to the HTML.
4. Metadata by evidence (:func:`by_evidence`), scored on WCXB-dev's truth (title / author / date:
   0.865 / 0.739 / 0.898, trafilatura 0.547 / 0.650 / 0.848):
   - title: the headline, the page's ``<h1>`` (not a site name in a logo heading; among several, the one
     ``og:title``, ``<title>`` or the JSON-LD headline agrees with), else trafilatura's title without a
     trailing " | Site";
   - authors: trafilatura's (its normalisation, split on "; "), without the site's name; names JSON-LD
     confirms win in their shorter form ("Jane Roe" over "Jane Roe Trending Editor"); a date glued to a
     name is cut; the byline the text engine finds under the headline in the rendered page when there
     is none; an agency ("AP", "dpa") is the ``source``, and the author only when no person is named;
     likewise the organisation the page gives as its author (often the site itself) counts only when
     no person is named;
   - date: htmldate's day from the markup (no free-text guessing), given its time and offset when an
     ``article:published_time`` / ``datePublished`` / ``<time datetime>`` value names the same day, so
     a JSON-LD ``datePublished`` wins over a "3 hours ago"; where htmldate took the markup's
     modification date and the page prints no date by the headline, the markup's publication date;
     a date the text engine finds printed right by the headline (the rendered page's lines around
     it) wins when it names another day ("Last updated: August 19, 2025"), unless it is the markup's
     modification date while the markup's date is its publication (an update notice), or the
     markup's moment in another time zone (:func:`_date_by_dateline`); where the markup has none,
     the dateline under the headline, then htmldate's extensive guess (text and URL);
   - sitename, url, description, categories as ``section``, tags, and the page's declared language
     (``<html lang>``, ``content-language``, ``og:locale``) as ISO 639-1, from trafilatura and the head.

The headline: the text starts with it when the page's article body (as trafilatura extracts it)
starts with it; it is not added from ``<title>`` or ``og:title`` otherwise, and is always in
``metadata["title"]``. (Measured on AEB, whose reference bodies carry no headline, prepending it costs
about 0.009 F1.)

trafilatura is imported here only, and lazily, so that text mode never pays for it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta, timezone

from .model import Result
from .options import Options

__all__ = [
    "clean_html",
    "extract",
    "Extraction",
    "HtmlResult",
    "TRAFILATURA_OPTIONS",
    "HTML_MODE_DISABLED",
    "HTML_TABLE_DISABLED",
    "page_language",
    "render_text",
    "render_text_lxml",
]

#: Options of ``trafilatura.bare_extraction`` (measured on AEB; see the module docstring).
TRAFILATURA_OPTIONS = {
    "fast": True,
    "favor_recall": True,
    "favor_precision": False,
    "include_comments": False,
    "include_tables": True,
    "include_images": False,
    "include_links": False,
    "include_formatting": False,
    "with_metadata": True,
}

FALLBACK_NOTE = (
    "trafilatura found no article in the page; the whole page was rendered to text and cleaned in text mode"
)
RESCUE_NOTE = (
    "trafilatura's article had a small part of the page's prose; the whole page was rendered to text and "
    "cleaned in text mode"
)


#: Text-engine rules switched off on trafilatura's output (``Options.enable`` switches them back on).
#: trafilatura has already chosen the article, so the engine's own choice of an article core only
#: cuts real text (tables, lists of dates, the paragraphs after a "Don't miss" box). Measured on AEB:
#: with it on, recall falls from 0.979 to 0.946. In the fallback (whole page rendered) all rules run.
HTML_MODE_DISABLED = frozenset({"context.outside-core"})
#: Also off when the extracted text has a table: trafilatura prints rows as ``| a | b |``, which the
#: one-line-menu rule takes for menus (on AEB, 75 of its 77 removals were table rows).
HTML_TABLE_DISABLED = frozenset({"navigation.inline-menu"})
_TABLE_ROW = re.compile(r"^\|.*\|$", re.M)


@dataclass(slots=True)
class HtmlResult(Result):
    """A :class:`Result` that also says how the article was extracted from the HTML.

    extraction: ``"trafilatura"``, ``"trafilatura-recall"`` (the second extraction, step 2) or
    ``"fallback-text"`` (the whole page rendered, text mode).
    extracted: the text handed to the text engine; removal line numbers refer to it.
    note: a human-readable sentence when something out of the ordinary happened, else None.
    """

    extraction: str = "trafilatura"
    extracted: str = ""
    note: str | None = None

    def to_dict(self) -> dict:
        data = Result.to_dict(self)
        data["extraction"] = self.extraction
        return data


@dataclass(slots=True)
class Extraction:
    """What trafilatura gave: the article text (paragraphs separated by blank lines) and metadata."""

    text: str
    metadata: dict
    extraction: str = "trafilatura"
    trafilatura_found: bool = True  # False: trafilatura returned no text at all
    facts: "PageFacts | None" = None  # what the page's markup says (h1, JSON-LD), for the metadata
    page: object = None  # a callable giving the rendered page around the headline (computed when needed)
    guess_date: object = None  # a callable giving htmldate's extensive guess (for pages with no date)


# --------------------------------------------------------------------------- public entry point


def clean_html(html: str, options: Options | None = None) -> HtmlResult:
    """Extract the article of an HTML page with trafilatura, then clean it with the text engine.

    Removal line numbers refer to the extracted text (``result.extracted``), not to the HTML.
    """
    from .engine import clean_text

    options = options or Options()
    if not isinstance(html, str):
        raise TypeError(f"clean_html() takes str, not {type(html).__name__}")
    found = extract(html)
    given = {k: v for k, v in found.metadata.items() if k != "date" and v not in (None, "", [], ())}
    engine_options = options
    policy = None
    if found.extraction != "fallback-text":
        disabled = HTML_MODE_DISABLED | (HTML_TABLE_DISABLED if _TABLE_ROW.search(found.text) else frozenset())
        engine_options = replace(options, disable=options.disable | disabled)
        policy = post_extraction
    page_lang = found.metadata.get("language")
    if options.language is None and page_lang:
        from .language import detect

        if detect(found.text) is None:
            # too little prose to tell: the page's declared language chooses the lexicon
            engine_options = replace(engine_options, language=page_lang)
    result = clean_text(found.text, engine_options, metadata=given, after_decide=policy)
    metadata = dict(result.metadata)
    metadata["date"] = _pick_date(found.metadata.get("date"), metadata.get("date"))
    if found.facts is not None:
        metadata = by_evidence(metadata, found.facts, found.page, engine_options, found.guess_date)
    return HtmlResult(
        text=result.text,
        metadata=metadata,
        removals=list(result.removals),
        extraction=found.extraction,
        extracted=found.text,
        note=(FALLBACK_NOTE if not found.trafilatura_found else RESCUE_NOTE) if found.extraction == "fallback-text" else None,
    )


def extract(html: str) -> Extraction:
    """trafilatura's article text and our metadata fields; a second extraction or the rendered
    page when trafilatura's article has much less prose than the page shows (see :func:`choose_text`)."""
    import trafilatura

    document = None
    from trafilatura.settings import set_date_params

    lean = lean_markup(html)
    try:
        # htmldate without its "extensive" search: dates from markup, not guessed from free text
        document = trafilatura.bare_extraction(lean, date_extraction_params=set_date_params(False), **TRAFILATURA_OPTIONS)
    except Exception:  # trafilatura and its parsers raise a zoo of errors on broken pages
        document = None
    text = _paragraphs(getattr(document, "text", None) or "")
    tags = _meta_tags(html[:_HEAD_CHARS])
    if document is not None and text:
        metadata = _metadata(document, html, tags)
    else:
        # Nothing extracted: the metadata may still be there (bare_extraction drops it with the text).
        metadata = _empty_metadata()
        try:
            from trafilatura.metadata import extract_metadata

            meta_doc = extract_metadata(lean, date_config=set_date_params(False))
            if meta_doc is not None:
                metadata = _metadata(meta_doc, html, tags)
        except Exception:
            pass
    page = _Lazy(lambda: render_text(html))
    chosen, kind = choose_text(text, page, _Lazy(lambda: _recall_text(lean)), _Lazy(lambda: markup_prose_words(lean)))
    facts = page_facts(html, tags)
    if document is not None:
        facts.trafilatura_author = _clean(getattr(document, "author", None))
    near_headline = _Lazy(lambda: _quick_render(_headline_fragment(html)))
    return Extraction(chosen, metadata, kind, bool(text.strip()), facts, near_headline, _Lazy(lambda: _guess_date(html)))


_LEAN_OPEN = re.compile(r"<(script|style|svg)\b([^>]*)>|<!--", re.I)
_LEAN_CLOSE = {tag: re.compile(f"</{tag}\\s*>", re.I) for tag in ("script", "style", "svg")}


def lean_markup(html: str) -> str:
    """The page without what trafilatura drops before it reads it: scripts (but for JSON data, which
    its metadata reads: JSON-LD), styles, inline SVG and comments. On AEB and WCXB-dev (890 pages),
    trafilatura extracts the same text from it as from the page; on AEB, with its metadata, in 7-12%
    less time (these elements are 57% of the bytes; cutting them costs 1-2%). htmldate no longer
    reads dates in the scripts' data (a framework's page state), the one thing lost: where the markup
    then gives none, the dateline and htmldate's search of the whole page come after
    (:func:`by_evidence`)."""
    out, i = [], 0
    while True:
        match = _LEAN_OPEN.search(html, i)
        if match is None:
            out.append(html[i:])
            return "".join(out)
        tag = (match.group(1) or "").lower()
        if tag == "script" and "json" in match.group(2).lower():
            close = _LEAN_CLOSE["script"].search(html, match.end())
            end = close.end() if close else len(html)
            out.append(html[i:end])
            i = end
            continue
        out.append(html[i:match.start()])
        if not tag:
            end = html.find("-->", match.end())
            end = end + 3 if end >= 0 else -1
        else:
            close = _LEAN_CLOSE[tag].search(html, match.end())
            end = close.end() if close else -1
        if end < 0:
            out.append(html[match.start():])  # not closed: left as it is, for the parser
            return "".join(out)
        i = end


class _Lazy:
    """A value computed on first use (the rendered page, a second extraction)."""

    __slots__ = ("_fn", "_value", "_done")

    def __init__(self, fn):
        self._fn, self._value, self._done = fn, None, False

    def __call__(self):
        if not self._done:
            self._value, self._done = self._fn(), True
        return self._value


#: Options of the second extraction (``fast`` off: trafilatura compares its result with readability's
#: and jusText's; ``favor_recall``), run only when the first has too little prose.
RECALL_OPTIONS = dict(TRAFILATURA_OPTIONS, fast=False, with_metadata=False)
#: The first extraction is suspect when its prose is under this share of the page's visible prose ...
RESCUE_SHARE = 0.3
#: ... or it has fewer words than this.
RESCUE_MIN_WORDS = 50
#: The second extraction replaces the first when it has this many times its words.
RECALL_GAIN = 1.2
#: The rendered page, cleaned in text mode, replaces trafilatura's article when it has this many times
#: its prose (counted as at least RENDER_FLOOR of its words: a poem, a list or a text in short lines
#: has little prose by the line test) and contains at least RENDER_COVER of it.
RENDER_GAIN = 3.0
RENDER_FLOOR = 0.3
#: The markup's estimate of the visible prose may be short of the rendering's by this factor.
RENDER_SLACK = 1.2
FLATTENED_WORDS = 200
RENDER_COVER = 0.5

_WORD_RE = re.compile(r"\w+")
_SENTENCE_ENDS = frozenset(".!?。！？…\"'”’»)")


def _words(text: str) -> int:
    return len(_WORD_RE.findall(text))


def prose_words(text: str) -> int:
    """Words in the lines of ``text`` that read as prose: 12 words or more, ending a sentence."""
    total = 0
    for line in text.split("\n"):
        if len(line) < 23:
            continue  # (12 words and the spaces between them are never shorter)
        if line.rstrip()[-1:] not in _SENTENCE_ENDS:
            continue
        n = _words(line)
        if n >= 12:
            total += n
    return total


def _shingles(text: str) -> set:
    tokens = [t.lower() for t in _WORD_RE.findall(text)]
    return {tuple(tokens[i:i + 4]) for i in range(max(1, len(tokens) - 3))} if tokens else set()


def _cover(part: str, whole: str) -> float:
    """The share of ``part``'s 4-word shingles found in ``whole``."""
    mine = _shingles(part)
    return len(mine & _shingles(whole)) / len(mine) if mine else 1.0


def _recall_text(html: str) -> str:
    import trafilatura

    try:
        return _paragraphs(getattr(trafilatura.bare_extraction(html, **RECALL_OPTIONS), "text", None) or "")
    except Exception:
        return ""


_INVISIBLE_OPEN = re.compile(r"<(script|style|noscript|template|svg|head)\b|<!--", re.I)
_INVISIBLE_CLOSE = {tag: re.compile(f"</{tag}", re.I) for tag in ("script", "style", "noscript", "template", "svg", "head")}
_BLOCK_TAG_RE = re.compile(
    r"<(?:/?(?:p|div|li|h[1-6]|br|td|th|tr|section|article|blockquote|ul|ol|table|header|footer|nav|aside|main|"
    r"figure|figcaption|dd|dt|pre|form|button|option))\b[^>]*>", re.I)


def _visible_markup(html: str) -> str:
    """The page without its scripts, styles, head and comments: each skipped from its opening tag to
    the first closing one (searches, not a lazy regex over the page; the page is not lower-cased,
    which for a page in a non-Latin script costs more than the rest)."""
    out, i = [], 0
    while True:
        match = _INVISIBLE_OPEN.search(html, i)
        if match is None:
            out.append(html[i:])
            return " ".join(out)
        out.append(html[i:match.start()])
        if match.group(1) is None:
            end = html.find("-->", match.end())
            end = end + 3 if end >= 0 else -1
        else:
            found = _INVISIBLE_CLOSE[match.group(1).lower()].search(html, match.end())
            end = html.find(">", found.end()) + 1 if found else -1  # past the closing tag's ">"
        if end <= 0:
            return " ".join(out)
        i = end


def markup_prose_words(html: str) -> int:
    """The page's visible prose, estimated without parsing it: :func:`prose_words` of its text cut at
    block tags (a fraction of the time of rendering the page)."""
    from html import unescape

    return prose_words(unescape(_TAG_RE.sub(" ", _BLOCK_TAG_RE.sub("\n", _visible_markup(html)))))


def choose_text(text: str, page, recall, page_prose=None) -> tuple[str, str]:
    """The text to clean and how it was found: ``(text, "trafilatura")``, the second extraction
    ``(recall(), "trafilatura-recall")``, or the rendered page ``(page(), "fallback-text")``.

    ``page`` and ``recall`` are callables (computed only when needed). trafilatura's fast extraction
    misses the body of some layouts (it keeps a teaser, the first section, a table): measured on
    AEB and WCXB-dev, when its prose is under 30% of the page's visible prose (or under 50 words), a
    second extraction without ``fast`` (readability and jusText compared) is used when it has 1.2x the
    words, and the whole page cleaned in text mode when that has 3x the prose of the chosen text
    and contains at least half of it.
    """
    if not text.strip():
        return page(), "fallback-text"
    own_prose = prose_words(text)
    visible = page_prose() if page_prose is not None else prose_words(page())
    if own_prose >= RESCUE_SHARE * visible and _words(text) >= RESCUE_MIN_WORDS:
        return text, "trafilatura"
    # (a layout table's row, "| a whole article in one cell |", or a whole page flattened onto one line
    # is not prose by the line test, nor counted in the floor: the engine reads the rendered page better;
    # the short rows of a data table count in the floor)
    plain_words = sum(n for line in text.split("\n") if (n := _words(line)) < FLATTENED_WORDS)
    if own_prose == 0 and plain_words >= RESCUE_MIN_WORDS:
        return text, "trafilatura"  # a text in short lines (verse, quotations, a list) chosen as such
    kind = "trafilatura"
    second = recall()
    if second and _words(second) >= RECALL_GAIN * max(_words(text), 1):
        text, kind, own_prose = second, "trafilatura-recall", prose_words(second)
    needed = RENDER_GAIN * max(own_prose, RENDER_FLOOR * plain_words, 1)
    if visible * RENDER_SLACK <= needed:
        return text, kind  # the page has not that much prose: no need to render and clean it
    cleaned = _cleaned_page(page())
    if prose_words(cleaned) > needed and _cover(text, cleaned) >= RENDER_COVER:
        return page(), "fallback-text"
    return text, kind


def _cleaned_page(page_text: str) -> str:
    from .engine import clean_text

    return clean_text(page_text).text


# --------------------------------------------------------------------------- metadata

_FIELDS = ("title", "authors", "date", "section", "description", "source", "editor", "sitename", "tags", "language", "url")


def _empty_metadata() -> dict:
    return {name: None for name in _FIELDS}


def _metadata(document, html: str, tags: list | None = None) -> dict:
    """Our metadata fields from a trafilatura Document (source and editor come from the text);
    ``tags``: the head's meta tags (:func:`_meta_tags`), when already read."""
    meta = _empty_metadata()
    head = html[:_HEAD_CHARS]
    if tags is None:
        tags = _meta_tags(head)
    title = _clean(getattr(document, "title", None))
    sitename = _clean(getattr(document, "sitename", None)) or _site_from_title(head, title)
    meta["sitename"] = sitename
    meta["title"] = _strip_site(title, sitename)
    meta["authors"] = _authors(getattr(document, "author", None) or _meta_author(tags), sitename)
    meta["description"] = _clean(getattr(document, "description", None))
    meta["url"] = _clean(getattr(document, "url", None))
    meta["section"] = _list(getattr(document, "categories", None))
    meta["tags"] = _tags(getattr(document, "tags", None))
    meta["date"] = _precise_date(_clean(getattr(document, "date", None)), head, tags)
    meta["language"] = page_language(head, tags)
    return meta


def _clean(value) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None


def _list(values) -> list[str] | None:
    if not values:
        return None
    if isinstance(values, str):
        values = [values]
    out: list[str] = []
    seen: set[str] = set()
    for value in values:
        value = _clean(value)
        if value and value.casefold() not in seen:
            seen.add(value.casefold())
            out.append(value)
    return out or None


def _tags(tags) -> list[str] | None:
    """trafilatura keeps each tag source as one comma-joined string ("a, b, c"): one tag a item."""
    if not tags:
        return None
    if isinstance(tags, str):
        tags = [tags]
    return _list([part for tag in tags if isinstance(tag, str) for part in tag.split(",")])


# a label left in front of a name ("Автор Ольга Сафина", "Von Anna Becker"); trafilatura strips "By"
_AUTHOR_LABEL = re.compile(
    r"^\s*(?:by|von|par|por|door|av|autor(?:es|in)?|author|автор(?:ы)?|текст|作者|记者|文|著者|기자|penulis|oleh)\s*[:：]?\s+",
    re.I,
)


# Italian, Portuguese, Spanish, French "by" that are also the start of surnames (Di Maria, De Luca):
# only a label when a full name follows
_AUTHOR_PARTICLE = re.compile(r"^\s*(?:di|de|da|dalla)\s+(?=\S+\s+\S+)", re.I)


def _strip_label(name: str) -> str:
    name = _AUTHOR_LABEL.sub("", name)
    return _AUTHOR_PARTICLE.sub("", name)


def _authors(author: str | None, sitename: str | None = None) -> list[str] | None:
    """trafilatura joins the names it normalised (``normalize_authors``) with "; ".

    A name that is the site itself ("CNN Business" on CNN) is the publisher, not an author.
    """
    if not author:
        return None
    names = _list([_strip_label(name) for name in author.split(";")]) or []
    if sitename:
        site = sitename.casefold()
        names = [n for n in names if not (n.casefold() == site or n.casefold().startswith(site + " "))]
    return names or None


_SITE_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ", " · ", " » ")
_TITLE_TAG_RE = re.compile(r"<title\b[^>]*>(.*?)</title>", re.I | re.S)
_AUTHOR_KEYS = ("author", "article:author", "dc.creator", "byl", "sailthru.author", "parsely-author")


def _site_from_title(head: str, title: str | None) -> str | None:
    """"Headline_Site" or "Headline | Site" in <title>, where the headline is the known title."""
    if not title:
        return None
    match = _TITLE_TAG_RE.search(head)
    if not match:
        return None
    from html import unescape

    full = " ".join(unescape(match.group(1)).split())
    if not full.startswith(title) or len(full) <= len(title):
        return None
    rest = full[len(title):]
    for sep in _SITE_SEPARATORS + ("_", "|", "-", "–", "—"):
        if rest.startswith(sep):
            site = rest[len(sep):].strip()
            if site and len(site.split()) <= 6 and len(site) <= 60:
                return site
    return None


def _meta_author(tags: list) -> str | None:
    """The author a <meta> tag names, normalised by trafilatura; for the one-word names (common in
    Chinese, Japanese, Korean) that trafilatura's metadata drops."""
    for key, content, _ in tags:
        if key in _AUTHOR_KEYS and content and not content.lower().startswith("http"):
            from trafilatura.json_metadata import normalize_authors

            return normalize_authors(None, content)
    return None


def _strip_site(title: str | None, sitename: str | None) -> str | None:
    """"Headline | Site" and "Site - Headline" lose the site name (only when it is the known sitename)."""
    if not title or not sitename:
        return title
    site = sitename.casefold()

    def is_site(part: str) -> bool:
        part = part.strip().casefold()
        # "Inexhibit" for "Inexhibit magazine", "The Paradigm" for "The Paradigm"
        return bool(part) and len(part.split()) <= 6 and (part == site or part in site or site in part)

    for sep in _SITE_SEPARATORS:
        if sep in title:
            head, _, tail = title.rpartition(sep)
            if head.strip() and is_site(tail):
                return head.strip()
            first, _, rest = title.partition(sep)
            if rest.strip() and is_site(first):
                return rest.strip()
    return title


_HEAD_CHARS = 200_000
_LANG_RE = re.compile(r"<html\b[^>]*?\s(?:xml:)?lang\s*=\s*[\"']?\s*([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)*\s*[\"']?", re.I)
_META_TAG_RE = re.compile(r"<meta\b[^>]*>", re.I)
_ATTR_RE = re.compile(r"""([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""")


def _meta_tags(head: str) -> list[tuple[str, str, int]]:
    """(name-ish attribute value lower-cased, content, where the tag ends) of each <meta> tag: read
    once a page (:func:`extract`) and handed to the readers of the head."""
    tags = []
    for match in _META_TAG_RE.finditer(head):
        attrs = {m.group(1).lower(): (m.group(2) if m.group(2) is not None else m.group(3) if m.group(3) is not None else m.group(4)) for m in _ATTR_RE.finditer(match.group(0))}
        key = (attrs.get("property") or attrs.get("name") or attrs.get("http-equiv") or attrs.get("itemprop") or "").lower()
        content = attrs.get("content")
        if key and content:
            tags.append((key, content.strip(), match.end()))
    return tags


def page_language(head: str, tags: list | None = None) -> str | None:
    """The language the page declares, as an ISO 639-1 code (None when it declares none)."""
    match = _LANG_RE.search(head[:20000])
    codes = [match.group(1)] if match else []
    for key, content, end in _meta_tags(head[:50000]) if tags is None else tags:
        if end > 50000:
            break
        if key in ("content-language", "og:locale", "dc.language", "language", "inlanguage"):
            codes.append(re.split(r"[-_,;\s]", content, maxsplit=1)[0])
    for code in codes:
        code = code.lower()
        if len(code) == 2 and code.isalpha() and code not in ("xx", "zz"):
            return code
    return None


_DATE_KEYS = (
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "dc.date.issued",
    "dcterms.created",
    "dc.date",
    "pubdate",
    "publishdate",
    "publish-date",
    "sailthru.date",
    "parsely-pub-date",
    "date",
)
#: Meta tags that name the article's first publication, and its last modification.
_PUBLISHED_KEYS = frozenset(_DATE_KEYS[:-1]) | {"og:publish_date", "article:published", "cxenseparse:publishtime"}
_MODIFIED_KEYS = frozenset({"article:modified_time", "og:updated_time", "og:article:modified_time", "datemodified",
                            "dcterms.modified", "last-modified", "revised"})
_JSON_DATE_RE = re.compile(r'"datePublished"\s*:\s*"([^"]{10,40})"')
_TIME_RE = re.compile(r"<time\b[^>]*\bdatetime\s*=\s*[\"']([^\"']{10,40})[\"']", re.I)


def _parse_iso(value: str) -> datetime | None:
    value = value.strip()
    if len(value) < 16 or value[10] not in "T ":
        return None
    candidate = value.replace(" ", "T", 1)
    if candidate.endswith(("Z", "z")):
        candidate = candidate[:-1] + "+00:00"
    # +0800 -> +08:00
    candidate = re.sub(r"([+-]\d\d)(\d\d)$", r"\1:\2", candidate)
    try:
        return datetime.fromisoformat(candidate)
    except ValueError:
        return None


def _precise_date(day: str | None, head: str, tags: list | None = None) -> str | None:
    """htmldate's day, with the time (and offset) a date field of the page gives for that same day."""
    if not day:
        return None
    by_key = {}
    for key, content, _ in _meta_tags(head) if tags is None else tags:
        if key in _DATE_KEYS and key not in by_key:
            by_key[key] = content
    # in this order; the head is searched for JSON-LD and <time> only when the meta tags do not tell
    for candidates in ((by_key[k] for k in _DATE_KEYS if k in by_key), _JSON_DATE_RE.finditer(head), _TIME_RE.finditer(head)):
        for value in candidates:
            parsed = _parse_iso(value if isinstance(value, str) else value.group(1))
            if parsed is not None and parsed.date().isoformat() == day[:10]:
                return _iso(parsed)
    return day


def _iso(value: datetime) -> str:
    if value.microsecond:
        value = value.replace(microsecond=0)
    return value.isoformat()


def _pick_date(from_html: str | None, from_text: str | None) -> str | None:
    """The page's date; the text's when the page has none or the text names the same day more precisely."""
    if not from_html:
        return from_text
    if from_text and from_text[:10] == from_html[:10] and len(from_text) > len(from_html):
        return from_text
    return from_html


# --------------------------------------------------------------------------- metadata by evidence


@dataclass(slots=True)
class PageFacts:
    """What the page's markup says of the article: its <h1> headings, the titles of its <head>
    (og:title, twitter:title, <title>, JSON-LD headline), the people and organisations JSON-LD names
    as the article's authors, and the site's names."""

    h1: list = field(default_factory=list)
    titles: list = field(default_factory=list)
    ld_people: list = field(default_factory=list)
    ld_organisations: list = field(default_factory=list)
    sites: list = field(default_factory=list)
    trafilatura_author: str | None = None
    published: list = field(default_factory=list)  # the markup's publication dates (meta tags, JSON-LD), as given
    modified: list = field(default_factory=list)  # ... and its modification dates


_LD_RE = re.compile(r"<script\b[^>]*application/ld\+json[^>]*>(.*?)</script>", re.S | re.I)
_H1_RE = re.compile(r"<h1\b[^>]*>(.*?)</h1\s*>", re.S | re.I)
_TAG_RE = re.compile(r"<[^>]+>")
_ARTICLE_TYPE = re.compile(r"Article|Posting|Report|Blog|Recipe|HowTo|Review", re.I)
_NON_WORD = re.compile(r"\W+")


def _norm(text: str) -> str:
    return _NON_WORD.sub(" ", text.lower()).strip()


def _ld_items(block: str):
    import json

    try:
        data = json.loads(block.strip())
    except ValueError:
        return
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, dict):
            yield item
            stack.extend(v for k, v in item.items() if k in ("@graph", "mainEntity", "itemListElement"))


def _ld_names(value, people: list, organisations: list) -> None:
    if isinstance(value, list):
        for v in value:
            _ld_names(v, people, organisations)
    elif isinstance(value, dict):
        kind = value.get("@type")
        kind = " ".join(kind) if isinstance(kind, list) else str(kind or "")
        name = _clean(value.get("name")) if isinstance(value.get("name"), str) else None
        if name:
            (organisations if "Organization" in kind or "Organisation" in kind else people).append(name)
    elif isinstance(value, str) and _clean(value) and "://" not in value:
        people.append(_clean(value))


def page_facts(html: str, tags: list | None = None) -> PageFacts:
    """:class:`PageFacts` of a page, read with regular expressions and ``json`` (no second parse);
    ``tags``: the head's meta tags (:func:`_meta_tags`), when already read."""
    from html import unescape

    facts = PageFacts()
    head = html[:_HEAD_CHARS]
    if tags is None:
        tags = _meta_tags(head)
    for match in _H1_RE.finditer(html):
        text = _clean(unescape(_TAG_RE.sub(" ", match.group(1))))
        if text:
            facts.h1.append(text)
        if len(facts.h1) >= 5:
            break
    for key, content, _ in tags:
        if key in ("og:title", "twitter:title"):
            facts.titles.append(unescape(content))
        elif key in ("og:site_name", "application-name"):
            facts.sites.append(unescape(content))
        elif key in _PUBLISHED_KEYS:
            facts.published.append(content)
        elif key in _MODIFIED_KEYS:
            facts.modified.append(content)
    title = _TITLE_TAG_RE.search(head)
    if title:
        facts.titles.append(" ".join(unescape(title.group(1)).split()))
    for match in _LD_RE.finditer(head):
        for item in _ld_items(match.group(1)):
            kind = item.get("@type")
            kind = " ".join(kind) if isinstance(kind, list) else str(kind or "")
            if kind in ("WebSite", "Organization", "NewsMediaOrganization") and isinstance(item.get("name"), str):
                facts.sites.append(item["name"])
            if _ARTICLE_TYPE.search(kind) or "WebPage" in kind:
                if isinstance(item.get("datePublished"), str):
                    facts.published.append(item["datePublished"])
                if isinstance(item.get("dateModified"), str):
                    facts.modified.append(item["dateModified"])
            if not _ARTICLE_TYPE.search(kind):
                continue
            if isinstance(item.get("headline"), str):
                facts.titles.append(unescape(item["headline"]))
            if not facts.ld_people and not facts.ld_organisations:
                _ld_names(item.get("author"), facts.ld_people, facts.ld_organisations)
    facts.ld_people = [unescape(n) for n in facts.ld_people]
    return facts


#: A <h1> agrees with a title of the page's head when this share of the shorter one's words is in both.
TITLE_AGREEMENT = 0.6


def headline_of(facts: PageFacts, sitename: str | None) -> str | None:
    """The article's headline: the page's <h1> (not the site's name in a logo heading), the one a title
    of the page's head agrees with when there are several; None when the page has no such <h1>.

    Measured on WCXB-dev against the visible headline: <h1> 0.77, trafilatura's title 0.55, og:title
    0.43, JSON-LD headline 0.26; this choice, with our title where there is no <h1>, 0.87."""
    sites = [_norm(s) for s in facts.sites + ([sitename] if sitename else []) if s]
    heads = []
    for h in facts.h1:
        n = _norm(h)
        # (a logo heading: the site's name, or a heading that carries it: "The Spokesman-Review Newspaper")
        if len(n.split()) >= 2 and not any(n == s or n in s or (len(s) >= 8 and s in n) for s in sites if s):
            heads.append(h)
    if not heads:
        return None
    titles = [set(_norm(t).split()) for t in facts.titles if t]
    for h in heads:
        words = set(_norm(h).split())
        if any(len(words & t) >= TITLE_AGREEMENT * min(len(words), len(t)) for t in titles if t):
            return h
    return heads[0]


_MONTH_TAIL = re.compile(
    r"(?:\s+(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|"
    r"nov(?:ember)?|dec(?:ember)?|\d{1,4}))+$", re.I)


def _same_person(a: str, b: str) -> bool:
    x, y = _norm(a), _norm(b)
    return bool(x and y) and (x == y or f" {x} " in f" {y} " or f" {y} " in f" {x} ")


def authors_of(authors: list | None, facts: PageFacts, sites: list) -> list | None:
    """The article's authors by evidence: names JSON-LD confirms win (in their shorter form: "Jane Roe"
    over "Jane Roe Trending Editor"); a date glued to a name is cut ("Supermove February 8")."""
    names = [_MONTH_TAIL.sub("", n).strip() for n in authors or []]
    names = [n for n in names if n]
    if names and facts.ld_people:
        confirmed = []
        for person in facts.ld_people:
            for name in names:
                if _same_person(person, name):
                    shorter = min((person, name), key=len)
                    if shorter not in confirmed:
                        confirmed.append(shorter)
                    break
        if confirmed:
            return confirmed
    return names or None


def _guess_date(html: str) -> str | None:
    """htmldate's extensive search (dates in the page's text and URL too), as trafilatura runs it."""
    try:
        from htmldate import find_date
        from trafilatura.settings import set_date_params

        return find_date(html, **set_date_params(True))
    except Exception:
        return None


def by_evidence(metadata: dict, facts: PageFacts, page, options: Options, guess_date=None) -> dict:
    """The metadata fields chosen by the evidence of the page (see the module docstring)."""
    metadata = dict(metadata)
    headline = headline_of(facts, metadata.get("sitename"))
    if headline:
        metadata["title"] = headline
    sites = [s for s in facts.sites + [metadata.get("sitename")] if s]
    metadata["authors"] = authors_of(metadata.get("authors"), facts, sites)
    if metadata["authors"]:
        # An agency among the names ("AP", "dpa") is the source; the author only when no person is named.
        from .rules.agencies import split_agencies

        people, agencies = split_agencies(metadata["authors"])
        if agencies:
            metadata["source"] = metadata.get("source") or ", ".join(agencies)
            metadata["authors"] = people or agencies
    published, modified = _days(facts.published), _days(facts.modified)
    # htmldate took the last modification while the markup also names the publication
    only_modified = bool(metadata.get("date") and published and metadata["date"][:10] in modified
                         and metadata["date"][:10] not in published)
    # the byline and dateline are needed (and whether the page prints a date, for the last case)
    wide = not metadata["authors"] or not metadata.get("date") or only_modified
    window = _text_metadata(page, metadata.get("title"), options, wide, metadata.get("language")) if page is not None else {}
    if not metadata["authors"] and window.get("authors"):
        metadata["authors"] = window["authors"]  # the byline printed under the headline
        if not metadata.get("source") and window.get("source"):
            metadata["source"] = window["source"]
    if not metadata["authors"] and facts.trafilatura_author:
        # No person is named: the organisation the page gives as the author (often the site) is it.
        site = _norm(facts.trafilatura_author)
        if any(_norm(s) == site for s in sites):
            metadata["authors"] = [facts.trafilatura_author]
    if only_modified and not window.get("date") and not window.get("dateline"):
        # The page prints no date by the headline: the markup's publication date, not its last change.
        metadata["date"] = _first_day(facts.published)
    metadata["date"] = _date_by_dateline(metadata.get("date"), window.get("dateline"), published, modified)
    if window.get("date") and not metadata.get("date"):
        metadata["date"] = window["date"]  # the dateline under the headline, where the markup has none
    if not metadata.get("date") and guess_date is not None:
        metadata["date"] = guess_date()  # neither: htmldate's guess from the page's text and URL
    return metadata


_ISO_DAY = re.compile(r"(?<!\d)((?:19|20)\d\d)-([01]\d)-([0-3]\d)")
#: The time zones a page's clock may be in, in hours from UTC (UTC-12 to UTC+14).
ZONE_WEST, ZONE_EAST = -12, 14


def _days(values: list) -> set:
    """The calendar days (YYYY-MM-DD) that the markup's date values name."""
    return {m.group(0) for v in values if (m := _ISO_DAY.search(v))}


def _first_day(values: list) -> str | None:
    """The first of the markup's date values that names a day, as precisely as it gives it."""
    for value in values:
        parsed = _parse_iso(value)
        if parsed is not None:
            return _iso(parsed)
        m = _ISO_DAY.search(value)
        if m:
            return m.group(0)
    return None


def _same_moment(markup: str, day: str) -> bool:
    """``day`` is the markup's moment (a time with its offset) on the clock of some time zone: a
    dateline printed in the site's zone, a tag in UTC ("2025-07-05T00:04:00+00:00", "July 4, 2025")."""
    moment = _parse_iso(markup)
    if moment is None or moment.tzinfo is None:
        return False
    utc = moment.astimezone(timezone.utc)
    return (utc + timedelta(hours=ZONE_WEST)).date().isoformat() <= day <= (utc + timedelta(hours=ZONE_EAST)).date().isoformat()


def _date_by_dateline(date: str | None, dateline: str | None, published: set, modified: set) -> str | None:
    """The markup's date against the dateline printed right by the headline.

    The dateline wins when it names another day ("Updated August 14, 2025" where the markup keeps the
    first publication: the page shows the date its readers see), except (WCXB-dev, against the truth):
    - when it is the markup's modification date and the markup's date is its publication date: the
      line is an update notice (of 37 such pages, the truth is the publication on 23);
    - when it is the markup's moment in another time zone (a tag in UTC, the line in local time).
    """
    if not dateline or not date or dateline[:10] == date[:10]:
        return date
    day = dateline[:10]
    if day in modified and day not in published and date[:10] in published:
        return date
    if _same_moment(date, day):
        return date
    return dateline


#: Lines of the rendered page read for the byline and dateline: from a few above the headline to
#: this many below it.
WINDOW_ABOVE, WINDOW_BELOW = 5, 30
#: ... and for the date that wins over the markup's: the dateline right by the headline.
DATELINE_ABOVE, DATELINE_BELOW = 2, 6
#: Characters of markup rendered around the first <h1> for that (not the whole page).
FRAGMENT_BEFORE, FRAGMENT_AFTER = 3_000, 12_000




def _quick_render(fragment: str) -> str:
    """A piece of markup as lines of text, cut at block tags (no parse: for the few lines around the
    headline, where the byline and dateline are, this reads them as a renderer does)."""
    from html import unescape

    text = unescape(_TAG_RE.sub(" ", _BLOCK_TAG_RE.sub("\n", _visible_markup(fragment))))
    return "\n".join(line for line in (" ".join(raw.split()) for raw in text.split("\n")) if line)


def _headline_fragment(html: str) -> str:
    match = _H1_RE.search(html)
    if match is None:
        return ""
    return html[max(0, match.start() - FRAGMENT_BEFORE):match.end() + FRAGMENT_AFTER]


def _first_date(lines: list, language: str | None) -> str | None:
    """The first date of a few lines (a dateline: "Updated August 14, 2025", "12.12.2025"), read as
    the byline rules read it, in the page's language and English."""
    from .dates import find_date
    from .lexicon import lexicon_for

    lex = lexicon_for((language, "en") if language and language != "en" else ("en",))
    for line in lines:
        if len(line) <= 120:  # a dateline, not a sentence that mentions a date
            found = find_date(line, lex.months, language in (None, "en"))
            if found is not None:
                return found.iso
    return None


def _text_metadata(page, headline: str | None, options: Options, wide: bool = True, language: str | None = None) -> dict:
    """What the text engine harvests (authors, date, source) from the lines of the rendered page
    around the headline: the byline and dateline trafilatura leaves out of the article."""
    from .engine import clean_text

    try:
        text = page()
    except Exception:
        return {}
    if not text:
        return {}
    lines = text.split("\n")
    start = 0
    if headline:
        key = _norm(headline)
        for i, line in enumerate(lines):
            if _norm(line) == key:
                start = i
                break
        else:
            return {}
    options = replace(options, templates=None)
    try:
        meta = clean_text("\n".join(lines[max(0, start - WINDOW_ABOVE):start + WINDOW_BELOW]), options).metadata if wide else {}
        near = _first_date(lines[max(0, start - DATELINE_ABOVE):start + DATELINE_BELOW], language)
    except Exception:
        return {}
    return {"authors": meta.get("authors"), "date": meta.get("date"), "source": meta.get("source"), "dateline": near or None}


# --------------------------------------------------------------------------- text


def _paragraphs(text: str) -> str:
    """trafilatura's lines as paragraphs separated by one blank line; the items of one list
    ("- item") and the rows of one table ("| a | b |") stay together as one block."""
    out: list[str] = []
    previous_kind = None
    for raw in text.splitlines():
        line = " ".join(raw.split())
        if not line:
            previous_kind = None
            continue
        kind = "item" if line.startswith("- ") else "row" if line.startswith("|") and line.endswith("|") else None
        if out:
            out.append("\n" if kind is not None and kind == previous_kind else "\n\n")
        out.append(line)
        previous_kind = kind
    return "".join(out) + "\n" if out else ""


def render_text(html: str) -> str:
    """The whole page as plain text, the way a scraper that keeps everything renders it.

    html-text (``guess_layout=True``) when it is installed, else :func:`render_text_lxml`.
    """
    try:
        import html_text
    except ImportError:
        return render_text_lxml(html)
    try:
        import lxml.html

        root = lxml.html.document_fromstring(html.encode("utf-8"), parser=lxml.html.HTMLParser(encoding="utf-8"))
        for head in root.findall("head"):
            root.remove(head)  # the <title> is metadata, not page text
        return html_text.extract_text(root, guess_layout=True)
    except Exception:
        return render_text_lxml(html)


_SKIP = frozenset({"script", "style", "noscript", "template", "head", "title", "meta", "link", "iframe", "svg", "object", "embed", "button", "select", "input", "textarea"})
# html-text's layout: a blank line around these, a line break around the other blocks
_PARAGRAPH = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "title", "pre", "blockquote", "table", "ul", "ol", "dl", "figure", "section", "article", "header", "footer", "nav", "aside", "main", "form", "hr"})
_BLOCK = frozenset({"div", "li", "dt", "dd", "tr", "br", "address", "figcaption", "caption", "fieldset", "legend", "details", "summary", "option", "tbody", "thead", "tfoot", "body", "html"})


_NO_SPACE_BEFORE = frozenset(" \t\r\n\f\v\u00a0.,:;!?)]}%\"'”’»…、。，：；！？）")


def render_text_lxml(html: str) -> str:
    """A dependency-free (lxml only) page renderer with html-text's layout rules."""
    try:
        import lxml.html
        from lxml import etree
    except ImportError:  # pragma: no cover - lxml comes with trafilatura
        return re.sub(r"<[^>]+>", " ", html)
    try:
        root = lxml.html.document_fromstring(html.encode("utf-8"), parser=lxml.html.HTMLParser(encoding="utf-8", remove_comments=True))
    except (etree.ParserError, ValueError):
        return ""
    parts: list[str] = []

    def walk(el) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        tag = tag.lower()
        if tag in _SKIP or not isinstance(el.tag, str):
            if el.tail:
                parts.append(el.tail)
            return
        mark = "\n\n" if tag in _PARAGRAPH else "\n" if tag in _BLOCK else ""
        if tag in ("td", "th"):
            parts.append(" ")
        if mark:
            parts.append(mark)
        if el.text:
            parts.append(el.text)
        for child in el:
            walk(child)
        if mark:
            parts.append(mark)
        if el.tail:
            parts.append(el.tail)

    body = root.find("body")
    walk(body if body is not None else root)
    # Like html-text, separate the text of adjacent elements with a space unless punctuation follows.
    out: list[str] = []
    previous = "\n"
    for part in parts:
        if not part:
            continue
        if part[0] not in _NO_SPACE_BEFORE and not previous[-1].isspace() and previous[-1] not in "([{\"'“‘«":
            out.append(" ")
        out.append(part)
        previous = part
    raw = "".join(out)
    return _join_layout(raw)


def _join_layout(raw: str) -> str:
    """Whitespace of a rendered page: spaces collapsed in lines, at most one blank line in a row."""
    raw = re.sub(r"[ \t\r\f\v\u00a0]+", " ", raw)
    raw = re.sub(r" *\n *", "\n", raw)
    raw = re.sub(r"\n{3,}", "\n\n", raw)
    return raw.strip("\n ")


# --------------------------------------------------------------------------- post-extraction policy

#: Rules that judge lines by their shape or their place (a run of short lines, a list of titles, a
#: breadcrumb-like line): inside trafilatura's article they cut tables, lists and code, so in HTML
#: mode they only remove lines before the first or after the last paragraph of prose, or next to a
#: line that says what it is ("Read more:", "DON'T MISS", a newsletter prompt).
SHAPE_RULES = frozenset({
    "related.list",
    "navigation.menu-run",
    "navigation.breadcrumb",
    "navigation.inline-menu",
    "context.between-boilerplate",
})


#: A run of fewer repeated lines than this inside the article is the article's own repetition.
DUPLICATE_RUN = 3

#: Rules whose line announces the removed lines under it as a list of links.
ANNOUNCING = ("related.heading", "related.link", "navigation.item", "promo.")


def post_extraction(lines) -> None:
    """The post-cleaning policy for trafilatura's output (``clean_text(after_decide=...)``).

    trafilatura has already chosen the article: the engine does not choose a new core inside it
    (``context.outside-core`` is off); lines that line-local evidence marks (bylines, credits,
    promotions, legal lines, "Read more:" links, duplicates) go wherever they are. Between the first
    and the last paragraph of prose, a run of removed lines that only :data:`SHAPE_RULES` removed
    is taken back, as are table rows (``| a | b |``).
    """
    from .decide import GOOD

    prose = [i for i, line in enumerate(lines) if line.keep and line.klass == GOOD]
    if not prose:
        return
    first, last = prose[0], prose[-1]
    i = first + 1
    while i < last:
        if lines[i].keep:
            i += 1
            continue
        j = i
        while j < last and not lines[j].keep:
            j += 1
        run = lines[i:j]
        if len(run) < DUPLICATE_RUN and all(line.verdict and line.verdict[0] == "duplicate.block" for line in run):
            for line in run:  # a line the article repeats (a refrain, a recipe's portions), not a block
                line.keep, line.verdict = True, None
            i = j
            continue
        announced = False  # a list under "DON'T MISS", "Read more:", "Related" stays removed
        for line in lines[i:j]:
            rule = line.verdict[0] if line.verdict else ""
            if rule not in SHAPE_RULES:
                announced = announced or rule.startswith(ANNOUNCING)
                if not _TABLE_ROW.match(line.text):
                    continue
            elif announced:
                continue
            line.keep, line.verdict = True, None
        i = j
