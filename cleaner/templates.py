"""Site templates: lines a site prints on many of its pages (menus, footers, licence notices, a
standard paragraph about the publisher), learned from a batch of pages and removed by the rule
``template.site``.

    from cleaner.templates import TemplateLearner, Templates, site_of
    learner = TemplateLearner()
    for url, text in pages:
        learner.add(site_of(url), text)
    templates = learner.templates()
    templates.save("site-templates.json")           # no article text: line hashes and counts
    result = clean(text, templates=templates.for_site(site_of(url)))
    result.removals[0].reason                        # "on 37 of 40 pages of shine.cn"

What is learned, per site: the number of pages seen and, for each normalised line, the number of
pages it appears on (a line counts once per page). Lines are normalised exactly as the engine
normalises them (whitespace collapsed, invisible characters dropped; case kept: menus and footers
are printed by one template, so they are byte-identical, and folding case would merge an article's
"US" with a menu's "Us"). Counting is commutative, so the templates, and the saved file byte for
byte, do not depend on the order in which pages are seen or on how the batch is split.

When a line is template (see :class:`SiteTemplates`): it is on at least ``MIN_SHARE`` of the
site's pages and on at least ``MIN_PAGES`` of them; a line with no template line next to it in the
document (a headline, a quote that two articles share) needs ``LONE_MIN_PAGES``; a long paragraph
of prose needs ``PROSE_MIN_PAGES``; and the line that reads as the page's headline (the nearest
headline-shaped line above the first paragraph) never is: a story in a "most read" box printed on
every page is template everywhere but on its own page. Lines another rule claimed keep that rule.

The site key (:func:`site_of`) is the registered domain of the page's URL, found without network
or suffix list: the last two labels of the host, three under a country's second-level suffix
(bbc.co.uk, uol.com.br, shine.com.cn); else the document's folder.

The file (JSON, UTF-8, keys sorted, one site per line so diffs read well)::

    {"format": "newsclean-templates", "version": 1, "hash": "blake2b-64", "min_count": 2,
     "sites": {"shine.cn": {"pages": 40, "lines": {"<16 hex digits>": 37, ...}}, ...}}

``hash``: each line's UTF-8 bytes hashed with BLAKE2b, 8-byte digest, lowercase hex. ``min_count``:
lines seen on fewer pages are not stored (a line on one page can never be template; a partial file
written with ``min_count`` 1 keeps them, so that files learned on separate machines can be merged
with :func:`merge_files` before pruning).
"""
from __future__ import annotations

import json
import os
import re
import tempfile
from collections.abc import Iterable
from hashlib import blake2b
from pathlib import Path
from urllib.parse import urlsplit

from .document import Line, Verdict, numbered_lines

__all__ = [
    "FORMAT",
    "VERSION",
    "RULE_ID",
    "CATEGORY",
    "MIN_SHARE",
    "MIN_PAGES",
    "LONE_MIN_PAGES",
    "PROSE_MIN_PAGES",
    "PROSE_MIN_WORDS",
    "TemplateLearner",
    "Templates",
    "SiteTemplates",
    "TemplatesError",
    "line_hash",
    "site_of",
    "site_of_url",
    "url_in_document",
    "merge_files",
]

FORMAT = "newsclean-templates"
VERSION = 1
HASH_NAME = "blake2b-64"
RULE_ID = "template.site"
CATEGORY = "template"

# --------------------------------------------------------------------------- thresholds

#: On at least half of the site's pages: an article's own line is on one page, rarely two.
MIN_SHARE = 0.5
#: On at least three pages: two pages of a site share an article's own lines too often (a
#: follow-up reprints the headline, the two pages of a show print its programme; measured on AEB,
#: see docs/benchmarks.md: two pages gain a little in text mode and lose a little in HTML mode).
MIN_PAGES = 3
#: A line with no template line above or below it (a headline, a quote some articles share) needs
#: four pages: menus and footers come in runs of lines, an article's line stands alone.
LONE_MIN_PAGES = 4
#: A long sentence (PROSE_MIN_WORDS words or more, ending with a full stop) needs five pages: a
#: standard paragraph about the publisher is printed under every article, a paragraph reused by
#: two or three articles on one story is theirs.
PROSE_MIN_PAGES = 5
PROSE_MIN_WORDS = 15
#: Lines seen on fewer pages are left out of a saved file (a line on one page cannot be template;
#: two is kept so that a lower MIN_PAGES can still be tried on a saved file).
STORE_MIN_COUNT = 2


class TemplatesError(ValueError):
    """A templates file that cannot be read (wrong format, version or content)."""


def line_hash(text: str) -> int:
    """The 64-bit BLAKE2b hash of one normalised line, as an int (hex in files)."""
    return int.from_bytes(blake2b(text.encode("utf-8", "surrogatepass"), digest_size=8).digest(), "big")


# --------------------------------------------------------------------------- site keys

# Second-level labels under a country code that are public suffixes in practice (co.uk, com.br,
# com.cn, ne.jp, or.kr ...): "news.bbc.co.uk" is the site bbc.co.uk, not co.uk.
_SECOND_LEVEL = frozenset(
    "ac co com edu gob gov go govt ltd me mil net ne nic nom or org plc sch web info biz".split()
)
# Hosts where each subdomain is somebody else's site (a few from the public suffix list's private part).
_PRIVATE_SUFFIXES = frozenset(
    "blogspot.com wordpress.com tumblr.com substack.com github.io medium.com livejournal.com "
    "typepad.com wixsite.com weebly.com hatenablog.com over-blog.com".split()
)
_IP = re.compile(r"^[0-9.]+$|:")


def site_of_url(url: str | None) -> str | None:
    """The registered domain of a URL ("https://www.shine.cn/news/1.html" -> "shine.cn"), or None.

    No network and no suffix-list download: the last two labels of the host name, or three when
    the last two are a country's second-level suffix (a two-letter top-level domain under one of
    co, com, net, org, gov, edu, ac, ne, or ...: bbc.co.uk, folha.com.br, news.com.au) or a
    hosting domain whose subdomains are separate sites (x.blogspot.com). IP addresses stay whole.
    """
    if not url or not isinstance(url, str):
        return None
    url = url.strip()
    if "//" not in url:
        url = "//" + url
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    if not host:
        return None
    host = host.rstrip(".").lower()
    if _IP.search(host):
        return host
    labels = host.split(".")
    if len(labels) <= 2:
        return host
    last_two = ".".join(labels[-2:])
    if last_two in _PRIVATE_SUFFIXES or (len(labels[-1]) == 2 and labels[-2] in _SECOND_LEVEL):
        return ".".join(labels[-3:])
    return last_two


def site_of(url: str | None = None, path: str | os.PathLike | None = None) -> str:
    """The site key of a document: the registered domain of its URL when known, else its folder
    (``dir:`` and the folder path as given, relative to the working directory when under it), else
    ``""`` (one site for everything)."""
    site = site_of_url(url)
    if site:
        return site
    if path is not None:
        folder = Path(path).parent
        try:
            folder = folder.resolve().relative_to(Path.cwd().resolve()) if folder.is_absolute() else folder
        except ValueError:
            pass
        return "dir:" + folder.as_posix()
    return ""


_CANONICAL = re.compile(
    r"""<link\b(?=[^>]*\brel\s*=\s*["']?canonical\b)[^>]*\bhref\s*=\s*["']([^"'>\s]+)""", re.I)
_OG_URL = re.compile(
    r"""<meta\b(?=[^>]*\bproperty\s*=\s*["']og:url["'])[^>]*\bcontent\s*=\s*["']([^"'>\s]+)""", re.I)


def url_in_document(text: str, input_format: str = "text") -> str | None:
    """The page's own URL, when the document says it: the canonical link or og:url of an HTML page
    (searched in its first 100,000 characters), the ``url`` of a text file's front matter."""
    if input_format == "html" or (input_format == "auto" and text.lstrip()[:1] == "<"):
        head = text[:100_000]
        found = _CANONICAL.search(head) or _OG_URL.search(head)
        return found.group(1) if found else None
    if text.startswith("---"):
        from .formats import split_front_matter

        front, _ = split_front_matter(text)
        if front is not None:
            url = front.metadata.get("url") or front.metadata.get("source_url")
            return url if isinstance(url, str) else None
    return None


# --------------------------------------------------------------------------- learning


def document_lines(text: str, input_format: str = "text") -> list[str]:
    """The normalised lines the engine will see in a document: the text's own lines, or for HTML
    the lines of the text trafilatura extracts (what the engine cleans)."""
    if input_format == "auto":
        from .detect import detect_format

        input_format = detect_format(text)
    if input_format == "html":
        from .html import extract

        text = extract(text).text
    elif text.startswith("---"):
        from .formats import split_front_matter

        _, text = split_front_matter(text)
    return [line for _, line, _ in numbered_lines(text)]


class TemplateLearner:
    """Counts, per site, the pages seen and the pages each line appears on.

    Memory: one dict entry (a 64-bit int key, an int value) per distinct line per site, about
    100 bytes each in CPython; lines seen once are most of them and are only dropped when saving.
    """

    def __init__(self) -> None:
        self._sites: dict[str, list] = {}  # site -> [pages, {hash: count}]

    def add(self, site: str, text: str, input_format: str = "text") -> None:
        """Count one document (its lines as the engine will see them)."""
        self.add_lines(site, document_lines(text, input_format))

    def add_lines(self, site: str, lines: Iterable[str]) -> None:
        """Count one document given as its normalised lines; a line counts once per document."""
        entry = self._sites.get(site)
        if entry is None:
            entry = self._sites[site] = [0, {}]
        entry[0] += 1
        counts = entry[1]
        get = counts.get
        for h in {line_hash(line) for line in lines if line}:
            counts[h] = get(h, 0) + 1

    def add_counts(self, site: str, pages: int, counts: dict[int, int]) -> None:
        """Add counts learned elsewhere (another process, another machine)."""
        entry = self._sites.get(site)
        if entry is None:
            entry = self._sites[site] = [0, {}]
        entry[0] += pages
        mine = entry[1]
        for h, c in counts.items():
            mine[h] = mine.get(h, 0) + c

    def merge(self, other: "TemplateLearner | Templates") -> None:
        sites = other._sites if isinstance(other, TemplateLearner) else {s: [p, c] for s, (p, c) in other.sites.items()}
        for site, (pages, counts) in sites.items():
            self.add_counts(site, pages, counts)

    def templates(self, min_count: int = STORE_MIN_COUNT) -> "Templates":
        """What was learned, lines seen on fewer than ``min_count`` pages left out."""
        return Templates(
            {site: (pages, {h: c for h, c in counts.items() if c >= min_count}) for site, (pages, counts) in self._sites.items()},
            min_count=min_count,
        )

    def __len__(self) -> int:
        return len(self._sites)


# --------------------------------------------------------------------------- using


def _is_prose(line: Line) -> bool:
    return line.words >= PROSE_MIN_WORDS and line.ends_sentence


class SiteTemplates:
    """One site's templates, as the engine uses them (``clean(text, templates=...)``).

    Identity-hashed, so that options holding it stay hashable; :meth:`Templates.for_site` hands out
    one object per site."""

    __slots__ = ("site", "pages", "counts", "lone_min_pages", "_floor")

    def __init__(self, site: str, pages: int, counts: dict[int, int], min_pages: int = MIN_PAGES,
                 lone_min_pages: int = LONE_MIN_PAGES) -> None:
        self.site = site
        self.pages = pages
        self.counts = counts
        self.lone_min_pages = lone_min_pages
        # The fewest pages a line must be on: MIN_SHARE of the site's pages, and min_pages.
        self._floor = max(min_pages, _ceil_share(pages))

    def count(self, text: str) -> int:
        """Pages the line is on when that is enough for a template line by count and share, else 0."""
        c = self.counts.get(line_hash(text), 0)
        return c if c >= self._floor else 0

    def is_template(self, text: str, alone: bool = True) -> bool:
        """Whether the line is template by count, share and shape; ``alone``: no template line
        stands next to it in its document (then it needs LONE_MIN_PAGES)."""
        c = self.count(text)
        if not c:
            return False
        line = _measured(text)
        if _is_prose(line) and c < PROSE_MIN_PAGES:
            return False
        return not alone or c >= self.lone_min_pages

    def reason(self, count: int) -> str:
        return f"on {count} of {self.pages} pages of {self.site}"

    def mark(self, lines: list[Line]) -> int:
        """Give the template lines among a document's lines the verdict of rule ``template.site``
        (lines another rule claimed keep their verdict). Returns how many were marked."""
        if not self.counts:
            return 0
        counts = [self.count(line.text) for line in lines]
        # A line is eligible when its count and shape say so, its neighbours aside; eligible lines
        # next to each other are a template block, an eligible line alone needs more pages.
        eligible = [bool(c) and (c >= PROSE_MIN_PAGES or not _is_prose(line)) for c, line in zip(counts, lines)]
        headline = _headline_above_article(lines, eligible)
        marked = 0
        last = len(lines) - 1
        for i, line in enumerate(lines):
            if not eligible[i] or line.verdict is not None or i == headline:
                continue
            alone = not ((i > 0 and eligible[i - 1]) or (i < last and eligible[i + 1]))
            if alone and counts[i] < self.lone_min_pages:
                continue
            line.verdict = Verdict(RULE_ID, CATEGORY, self.reason(counts[i]))
            marked += 1
        return marked

    def __repr__(self) -> str:
        return f"SiteTemplates({self.site!r}, pages={self.pages}, lines={len(self.counts)})"


def _headline_above_article(lines: list[Line], eligible: list[bool]) -> int | None:
    """The index of the line that reads as this page's headline when it is also a template line,
    else None: the nearest headline-shaped line above the article's first paragraph (the first
    sentence of prose no rule claimed and that is not template), past bylines and widgets the
    rules claimed. A story in a "most read" box printed on every page is template everywhere but
    on its own page, where it is the headline."""
    first = next((i for i, ln in enumerate(lines)
                  if ln.verdict is None and not eligible[i] and ln.ends_sentence and ln.words >= _PARAGRAPH_MIN_WORDS), None)
    if first is None:
        return None
    for i in range(first - 1, max(-1, first - 1 - _HEADLINE_LOOKBACK), -1):
        line = lines[i]
        if line.verdict is not None or line.words < 2:
            continue
        if line.ends_sentence and not eligible[i]:
            continue  # a standfirst: the headline is above it
        if line.words <= _HEADLINE_MAX_WORDS and not line.text.endswith((".", ":", "。")):
            return i if eligible[i] else None
        return None
    return None


# The article's first paragraph has this many words or more; the headline stands within this many
# lines above it and has at most this many words.
_PARAGRAPH_MIN_WORDS = 10
_HEADLINE_LOOKBACK = 8
_HEADLINE_MAX_WORDS = 30


def _ceil_share(pages: int) -> int:
    # MIN_SHARE * pages rounded up, in integers (0.5 of 3 pages is 2 pages).
    numerator, denominator = MIN_SHARE.as_integer_ratio()
    return -(-pages * numerator // denominator)


def _measured(text: str) -> Line:
    from .features import annotate

    line = Line(0, text, 0)
    annotate(line, frozenset())
    return line


_EMPTY = SiteTemplates("", 0, {})


class Templates:
    """Templates of many sites: ``{site: (pages, {line hash: pages it is on})}``."""

    def __init__(self, sites: dict[str, tuple[int, dict[int, int]]] | None = None, min_count: int = STORE_MIN_COUNT,
                 min_pages: int = MIN_PAGES, lone_min_pages: int = LONE_MIN_PAGES) -> None:
        self.sites = dict(sites or {})
        self.min_count = min_count
        self.min_pages = min_pages  # thresholds of use, not stored in the file (see SiteTemplates)
        self.lone_min_pages = lone_min_pages
        #: JSONL: the record field holding the page's URL (see :func:`for_document`).
        self.url_field = "url"
        self.path: str | None = None  # the file these templates were saved to or loaded from
        self._views: dict[str, SiteTemplates] = {}

    def __reduce__(self):
        # Sent to a worker process once per document: a file's templates travel as its path and are
        # read once per process, not pickled whole every time.
        if self.path is not None and self.min_pages == MIN_PAGES and self.lone_min_pages == LONE_MIN_PAGES:
            return (_loaded, (self.path, self.url_field))
        return (_rebuilt, (self.sites, self.min_count, self.min_pages, self.lone_min_pages, self.url_field))

    def mark(self, lines: list[Line]) -> int:
        """Templates not resolved to a site (see :func:`for_document`) apply those of site ""."""
        return self.for_site("").mark(lines)

    def for_site(self, site: str | None) -> SiteTemplates:
        """The site's templates (empty for a site never seen: nothing is removed)."""
        view = self._views.get(site)
        if view is None:
            if site not in self.sites:
                return _EMPTY
            pages, counts = self.sites[site]
            view = self._views[site] = SiteTemplates(site, pages, counts, self.min_pages, self.lone_min_pages)
        return view

    def is_template(self, site: str, line: str, alone: bool = True) -> bool:
        """Whether a normalised line is template on this site (see :class:`SiteTemplates`)."""
        return self.for_site(site).is_template(line, alone)

    def template_lines(self, site: str) -> int:
        """How many stored lines of the site are on enough pages (count and share) to be template."""
        view = self.for_site(site)
        return sum(1 for c in view.counts.values() if c >= view._floor)

    # ------------------------------------------------------------------- files

    def to_json(self) -> str:
        """The file's text: byte-identical for the same counts, whatever order they were learned in."""
        head = {"format": FORMAT, "version": VERSION, "hash": HASH_NAME, "min_count": self.min_count}
        out = [json.dumps(head, sort_keys=True)[:-1] + ', "sites": {']
        names = sorted(self.sites)
        for n, site in enumerate(names):
            pages, counts = self.sites[site]
            lines = {f"{h:016x}": counts[h] for h in sorted(counts)}
            body = json.dumps({"pages": pages, "lines": lines}, sort_keys=True, separators=(",", ":"))
            out.append(f"{json.dumps(site, ensure_ascii=False)}: {body}" + ("," if n < len(names) - 1 else ""))
        out.append("}}")
        return "\n".join(out) + "\n"

    def save(self, path: str | os.PathLike) -> None:
        """Write the file atomically (a temporary file in the same folder, then a rename)."""
        self.path = os.fspath(path)
        path = Path(path)
        data = self.to_json().encode("utf-8")
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent or ".")
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
            os.replace(tmp, path)
        except BaseException:
            try:
                os.unlink(tmp)
            except OSError:
                pass
            raise

    @classmethod
    def from_json(cls, text: str) -> "Templates":
        try:
            data = json.loads(text)
        except ValueError as exc:
            raise TemplatesError(f"not a templates file (not JSON: {exc})") from None
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise TemplatesError(f"not a templates file (no \"format\": \"{FORMAT}\")")
        if data.get("version") != VERSION:
            raise TemplatesError(f"templates file version {data.get('version')!r} is not supported (this is version {VERSION})")
        if data.get("hash", HASH_NAME) != HASH_NAME:
            raise TemplatesError(f"templates file hash {data.get('hash')!r} is not supported")
        sites = {}
        try:
            for site, entry in data["sites"].items():
                sites[site] = (int(entry["pages"]), {int(h, 16): int(c) for h, c in entry["lines"].items()})
            min_count = int(data.get("min_count", STORE_MIN_COUNT))
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise TemplatesError(f"templates file is damaged ({type(exc).__name__}: {exc})") from None
        return cls(sites, min_count=min_count)

    @classmethod
    def load(cls, path: str | os.PathLike) -> "Templates":
        try:
            text = Path(path).read_text(encoding="utf-8")
        except OSError as exc:
            raise TemplatesError(f"cannot read templates file {os.fspath(path)}: {exc.strerror or exc}") from None
        except UnicodeDecodeError:
            raise TemplatesError(f"not a templates file: {os.fspath(path)} is not UTF-8") from None
        templates = cls.from_json(text)
        templates.path = os.fspath(path)
        return templates

    def same(self, other: "Templates") -> bool:
        """Same sites, pages and counts (equality is identity, so that options holding templates
        stay hashable)."""
        return self.sites == other.sites and self.min_count == other.min_count

    def __repr__(self) -> str:
        return f"Templates({len(self.sites)} sites)"


_LOADED: dict[tuple[str, str], Templates] = {}


def _loaded(path: str, url_field: str) -> Templates:
    key = (path, url_field)
    templates = _LOADED.get(key)
    if templates is None:
        templates = _LOADED[key] = Templates.load(path)
        templates.url_field = url_field
    return templates


def _rebuilt(sites, min_count, min_pages, lone_min_pages, url_field) -> Templates:
    templates = Templates(sites, min_count, min_pages, lone_min_pages)
    templates.url_field = url_field
    return templates


def merge_files(paths: Iterable[str | os.PathLike], min_count: int = STORE_MIN_COUNT) -> Templates:
    """Templates learned in parts (files written with ``min_count`` 1), added together."""
    learner = TemplateLearner()
    for path in sorted(map(str, paths)):
        learner.merge(Templates.load(path))
    return learner.templates(min_count)


# --------------------------------------------------------------------------- batches (the CLI)


def document_site(text: str, input_format: str, path: str | None = None, record: dict | None = None,
                  url_field: str = "url") -> str:
    """The site of one document of a batch: the URL in the record's ``url_field`` (JSONL), else
    the URL the document gives (canonical link, og:url, front matter), else the folder of its
    file, else ""."""
    url = record.get(url_field) if record is not None else None
    if not isinstance(url, str) or not url.strip():
        url = url_in_document(text, input_format)
    return site_of(url, path)


def for_document(options, text: str, input_format: str, path: str | None = None, record: dict | None = None):
    """``options`` with the templates of this document's site, when they hold a whole
    :class:`Templates` (as the command line sets them); otherwise ``options`` unchanged."""
    templates = getattr(options, "templates", None)
    if not isinstance(templates, Templates):
        return options
    from dataclasses import replace

    site = document_site(text, input_format, path, record, templates.url_field)
    return replace(options, templates=templates.for_site(site))


def learn_sources(sources, *, input_format: str = "auto", text_field: str = "text", html_field: str = "html",
                  url_field: str = "url", on_error=None, jobs: int = 1) -> Templates:
    """The learning pass of ``newsclean clean --learn-templates``: every document of the batch's
    sources (``cleaner.batch.Source``: files and JSONL files; not stdin) counted by site, exactly
    as the cleaning pass will see it, by ``jobs`` processes (one file at a time each; the counts
    add up to the same templates whatever the number of processes). A document that cannot be
    read is skipped (the cleaning pass reports it); ``on_error(name, message)`` hears about it."""
    sources = list(sources)
    if any(source.path is None for source in sources):
        raise TemplatesError("--learn-templates needs files or folders, not stdin (stdin can be read only once)")
    settings = (input_format, text_field, html_field, url_field)
    learner = TemplateLearner()
    if jobs <= 1 or len(sources) <= 1:
        parts = (_learn_source(source, settings) for source in sources)
    else:
        from concurrent.futures import ProcessPoolExecutor
        from functools import partial

        pool = ProcessPoolExecutor(max_workers=min(jobs, len(sources)))
        parts = pool.map(partial(_learn_source, settings=settings), sources, chunksize=16)
    try:
        for source, (sites, errors) in zip(sources, parts):
            for site, (pages, counts) in sites.items():
                learner.add_counts(site, pages, counts)
            for message in errors:
                if on_error is not None:
                    on_error(source.name, message)
    finally:
        if jobs > 1 and len(sources) > 1:
            pool.shutdown(wait=True, cancel_futures=True)
    templates = learner.templates()
    templates.url_field = url_field
    return templates


def _learn_source(source, settings: tuple) -> tuple[dict, list[str]]:
    """One file's counts, by site (``{site: [pages, {hash: count}]}``), and why documents of it
    could not be learned from."""
    from .batch import _detect
    from .inputs import InputError, decode_bytes

    input_format, text_field, html_field, url_field = settings
    learner = TemplateLearner()
    try:
        if source.jsonl:
            with open(source.path, "rb") as f:
                _learn_jsonl(learner, f, text_field, html_field, url_field)
            return learner._sites, []
        with open(source.path, "rb") as f:
            data = f.read()
        text = decode_bytes(data).text
    except (OSError, ValueError, InputError) as exc:
        return {}, [f"not learned from: {exc}"]
    if not text.strip():
        return {}, []
    fmt = input_format
    if fmt in ("auto", "jsonl"):
        fmt = _detect(text, source.filename)
    try:
        lines = document_lines(text, fmt)
    except Exception as exc:  # noqa: BLE001 - the cleaning pass reports bad documents
        return {}, [f"not learned from: {type(exc).__name__}: {exc}"]
    learner.add_lines(document_site(text, fmt, source.path), lines)
    return learner._sites, []


def _learn_jsonl(learner: TemplateLearner, lines, text_field: str, html_field: str, url_field: str) -> None:
    for raw in lines:
        if not raw.strip():
            continue
        try:
            record = json.loads(raw)
        except ValueError:
            continue  # the cleaning pass reports it
        if not isinstance(record, dict):
            continue
        html, text = record.get(html_field), record.get(text_field)
        if isinstance(html, str) and html.strip():
            source, fmt = html, "html"
        elif isinstance(text, str):
            source, fmt = text, "text"
        else:
            continue
        try:
            lines = document_lines(source, fmt)
        except Exception:  # noqa: BLE001 - the cleaning pass reports bad records
            continue
        learner.add_lines(document_site(source, fmt, None, record, url_field), lines)
