#!/usr/bin/env python3
"""Trap pages, generated: how much of the article the text engine keeps on page classes it was not tuned on.

    python bench/traps.py                              # every class and language, 20 pages a cell
    python bench/traps.py --lang en,de --class hardwrap --show-failures 3
    python bench/traps.py --seed 7 --per-class 50 --json traps.json

Issue 9 names the classes of page where the engine lost the article; the fixtures hold one page of a
few of them, written by hand. This generator composes many: for each class and each language (en, de,
fr, es, pt, ru, zh) it draws site chrome (menus, account links, breadcrumbs, bylines, share rows,
cookie and newsletter prompts, related lists, footers), an article of 1 to 12 paragraphs from
per-language sentence pools (``bench/traps_text.py``), and the class's trap at a drawn position.
Every line is labelled while the page is built: article (the truth), junk (chrome the engine should
remove) or neutral (bylines, dates, breadcrumbs: either answer is fine). Pages are deterministic: page
i of a class and language depends only on (seed, class, language, i), not on which cells are run.

Measured by line membership: an article line counts as kept when it is one of the lines of
``cleaner.clean(page).text`` (whitespace stripped); a junk line counts as removed when it is not.
Per class and language: pages, mean article-line recall, the share of pages with recall < 0.5
(severe), the share with any article line lost, and the share of junk lines removed.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import textwrap
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.traps_text import LANGS  # noqa: E402

ARTICLE, JUNK, NEUTRAL = "article", "junk", "neutral"
SEVERE_RECALL = 0.5  # issue 9's severe loss: recall below one half

CLASSES = (
    "hardwrap",          # paragraphs wrapped at 72 or 78 columns (CJK: 36 or 39 characters)
    "aside6",            # a box of 6+ lines inside the article: "Read more:" links, dated related stories
    "latest_menu",       # a one-word menu item ("Latest", "Últimas") that is also a related-list heading above the article
    "comment_label",     # "Comments", "Leave a comment" between two paragraphs of the article
    "quoted_copyright",  # a body paragraph that quotes a copyright notice
    "short_vs_sidebar",  # a short article above a sidebar with more prose (bio, reader comments, teasers)
    "standfirst",        # the headline under a short standfirst without a full stop
    "agency_byline",     # "By AP", "Von dpa", "Par AFP", "Por EFE" under the headline
    "fontsize_widget",   # a font-size widget above the headline ("字号：大 中 小")
    "liveblog",          # live-blog entries with their times ("23:58")
    "listicle",          # numbered items, a short title and a paragraph each
    "interview",         # question and answer lines
    "press_release",     # a wire press release: dateline, "About <company>", media contact, SOURCE
    "brief",             # a one-paragraph brief
    "control",           # a plain article with typical junk
)


# --------------------------------------------------------------------------- the page under construction

@dataclass
class Page:
    """A generated page: its lines and, for each, what it is (article, junk or neutral)."""
    cls: str
    lang: str
    index: int
    lines: list[str] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)

    def add(self, kind: str, *lines: str) -> None:
        for line in lines:
            self.lines.append(line)
            self.kinds.append(kind)

    def blank(self) -> None:
        if self.lines and self.lines[-1] != "":
            self.add(NEUTRAL, "")

    def block(self, kind: str, *lines: str) -> None:
        """Lines that stand together, a blank line before them."""
        self.blank()
        self.add(kind, *lines)

    @property
    def text(self) -> str:
        return "\n".join(self.lines).strip("\n") + "\n"

    def of_kind(self, kind: str) -> list[int]:
        return [i for i, (k, s) in enumerate(zip(self.kinds, self.lines)) if k == kind and s.strip()]


class Draw:
    """The random choices of one page, with the language's pools and slots filled in."""

    def __init__(self, rng: random.Random, lang: str):
        self.rng = rng
        self.L = LANGS[lang]
        self.lang = lang
        self.person = rng.choice(self.L["persons"])
        self.town = rng.choice(self.L["towns"])
        self.year = rng.randint(2019, 2025)
        self.n, self.m = rng.randint(3, 48), rng.randint(12, 95) * 10  # one figure of each size a page
        self.site = self.fill(rng.choice(self.L["sites"]))
        self.used: set[str] = set()

    def fill(self, s: str) -> str:
        r = self.rng
        others = [p for p in self.L["persons"] if p != getattr(self, "person", None)]
        return s.format(P=getattr(self, "person", ""), Q=r.choice(others), T=getattr(self, "town", ""),
                        N=getattr(self, "n", 12), Y=getattr(self, "year", 2024), S=getattr(self, "site", ""),
                        M=getattr(self, "m", 400), C=getattr(self, "company", ""))

    def pick(self, key: str, k: int | None = None):
        pool = self.L[key]
        if k is None:
            return self.rng.choice(pool)
        return self.rng.sample(pool, min(k, len(pool)))

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def unique(self, items: list[str]) -> list[str]:
        """Items not yet printed on this page (so that no line is both article and junk)."""
        out = []
        for s in items:
            if s not in self.used:
                self.used.add(s)
                out.append(s)
        return out

    def date(self, with_time: bool | None = None, plain: bool = False) -> str:
        r = self.rng
        months = self.L["months"]
        m = r.randint(1, 12)
        d = r.randint(1, 28)
        fmt = self.L["date_formats"][0] if plain else r.choice(self.L["date_formats"])
        if with_time is None:
            with_time = self.chance(0.5)
        s = fmt.format(d=d, m=m, mm=f"{m:02d}", dd=f"{d:02d}", M=months[m - 1], y=self.year)
        if with_time:
            s += self.L["time_sep"].format(h=r.randint(6, 22), mi=f"{r.randint(0, 59):02d}")
        return s


# --------------------------------------------------------------------------- the article

@dataclass
class Story:
    headline: str
    standfirst: str
    paragraphs: list[str]


def paragraphs(d: Draw, story: dict, n: int, per: tuple[int, int] = (1, 3)) -> list[str]:
    """n paragraphs of 1-3 sentences: the story's own first, then the language's general ones."""
    own = list(story["x"])
    general = [] if story.get("own") else list(d.L["general"])
    d.rng.shuffle(general)
    # The story's opening sentence leads; the rest of its sentences keep a little of their order.
    pool = [own[0]] + d.rng.sample(own[1:], len(own) - 1) + general
    out, joiner = [], d.L["joiner"]
    for _ in range(n):
        k = d.rng.randint(*per)
        if not pool:
            break
        take, pool = pool[:k], pool[k:]
        out.append(joiner.join(d.fill(s) for s in take))
    return d.unique(out)


def story(d: Draw, n_paragraphs: int, per: tuple[int, int] = (1, 3)) -> Story:
    st = d.pick("stories")
    d.story_headline = st["h"]
    head = d.unique([d.fill(st["h"])])[0]
    return Story(head, d.fill(st["s"]), paragraphs(d, st, n_paragraphs, per))


def other_headlines(d: Draw, k: int) -> list[str]:
    """Headlines of other stories, for related lists and teasers."""
    pool = [t[0] for t in d.L["teasers"]] + list(d.L["headlines"])
    pool += [s["h"] for s in d.L["stories"] if s["h"] != getattr(d, "story_headline", None)]
    return d.unique([d.fill(h) for h in d.rng.sample(pool, min(k, len(pool)))])


# --------------------------------------------------------------------------- site chrome

def header(d: Draw, p: Page, *, latest_last: bool = False) -> None:
    L = d.L
    if d.chance(0.2) and getattr(d, "story_headline", None):
        # The document's <title>, as some scrapers print it first: neither article nor chrome to judge.
        p.add(NEUTRAL, f"{d.fill(d.story_headline)} {d.rng.choice(['|', '-', '–'])} {d.site}")
    if d.chance(0.4):
        p.add(JUNK, L["skip"])
    p.add(JUNK, d.site)
    if d.chance(0.5):
        p.add(JUNK, *d.pick("account", 2))
    menu = d.pick("menu", d.rng.randint(5, 9))
    if latest_last:
        menu = [m for m in menu if m not in L["latest"]] + [d.pick("latest")]
    if d.chance(0.5) and not latest_last:
        p.add(JUNK, d.rng.choice([" | ", " · ", "  "]).join(menu))
    else:
        p.add(JUNK, *menu)
    if latest_last:
        return  # the one-word item stays the last line above the page's own lines
    if d.chance(0.3):
        p.add(JUNK, d.pick("search"))
    if d.chance(0.25):
        cookie(d, p)


def cookie(d: Draw, p: Page) -> None:
    p.block(JUNK, d.fill(d.pick("cookie")), d.pick("cookie_buttons"))


def breadcrumb(d: Draw, p: Page) -> None:
    if d.chance(0.6):
        secs = d.pick("sections", 2)
        p.block(NEUTRAL, d.rng.choice([" > ", " / ", " › "]).join([d.L["home"]] + secs[: d.rng.randint(1, 2)]))


def byline(d: Draw, p: Page) -> None:
    lines = []
    if d.chance(0.8):
        lines.append(d.fill(d.pick("bylines")))
    lines.append(d.date())
    if d.chance(0.3):
        lines.append(d.pick("reading_time").format(N=d.rng.randint(2, 9)))
    p.block(NEUTRAL, *lines)
    if d.chance(0.3):
        p.block(NEUTRAL, d.fill(d.pick("photo_credits")))


def share(d: Draw, p: Page) -> None:
    p.block(JUNK, *d.rng.choice(d.L["share"]))


def related(d: Draw, p: Page, k: int, dated: bool = False) -> None:
    heads = other_headlines(d, k)
    if dated:
        heads = [f"{h} ({d.date(False, True)})" if d.chance(0.5) else f"{h} – {d.date(False, True)}" for h in heads]
    p.block(JUNK, d.fill(d.pick("related")), *heads)


def footer(d: Draw, p: Page) -> None:
    L = d.L
    if d.chance(0.5):
        p.block(JUNK, d.pick("tags_label"), *d.pick("tags", d.rng.randint(2, 4)))
    if d.chance(0.2):
        reader_comments(d, p)
    if d.chance(0.6):
        related(d, p, d.rng.randint(2, 4))
    if d.chance(0.5):
        p.block(JUNK, d.pick("mostread"), *other_headlines(d, d.rng.randint(2, 3)))
    if d.chance(0.4):
        p.block(JUNK, d.fill(d.pick("newsletter")), d.pick("newsletter_buttons"))
    if d.chance(0.3):
        cookie(d, p)
    p.block(JUNK, d.rng.choice([" | ", " · "]).join(d.pick("footer_links", d.rng.randint(3, 6))))
    p.add(JUNK, d.fill(d.pick("copyright")))
    if L.get("registration") and d.chance(0.5):
        p.add(JUNK, d.fill(d.pick("registration")))


def body(d: Draw, p: Page, paras: list[str]) -> None:
    """The paragraphs; in a long article, now and then a subheading (article) or an ad label (junk)."""
    for i, para in enumerate(paras):
        if i and len(paras) >= 4:
            if d.chance(0.12):
                p.block(ARTICLE, *d.unique([d.pick("subheads")]))
            elif d.chance(0.05):
                p.block(JUNK, d.pick("ad_label"))
        p.block(ARTICLE, para)


def reader_comments(d: Draw, p: Page) -> None:
    p.block(JUNK, d.fill(d.pick("comments_label")))
    for text in d.pick("reader_comments", d.rng.randint(2, 4)):
        p.block(JUNK, d.pick("commenters_fmt").format(who=d.rng.choice(d.L["commenters"])), d.date(True, True), text)


def headline_block(d: Draw, p: Page, st: Story, standfirst: bool | None = None) -> None:
    p.block(ARTICLE, st.headline)
    if standfirst if standfirst is not None else d.chance(0.4):
        p.add(ARTICLE, st.standfirst)


def page_around(d: Draw, p: Page, st: Story, fill_body, *, standfirst=None, share_top=None) -> None:
    """The common page: header, breadcrumb, headline, byline, share row, body (by fill_body), footer."""
    header(d, p)
    breadcrumb(d, p)
    headline_block(d, p, st, standfirst)
    byline(d, p)
    if share_top if share_top is not None else d.chance(0.5):
        share(d, p)
    fill_body()
    if d.chance(0.4):
        share(d, p)
    footer(d, p)


# --------------------------------------------------------------------------- the classes

def n_paras(d: Draw, lo: int = 1, hi: int = 12) -> int:
    return d.rng.randint(lo, hi)


NO_LINE_START = "，。、；：？！”’）》"  # CJK punctuation a wrapper keeps at the end of the line before


def wrap(d: Draw, para: str, width: int) -> list[str]:
    if d.L.get("cjk"):
        w, lines, line = width // 2, [], ""
        for ch in para:  # two columns a character; closing punctuation never opens a line
            if len(line) >= w and ch not in NO_LINE_START:
                lines.append(line)
                line = ""
            line += ch
        return lines + [line] if line else lines
    return textwrap.wrap(para, width=width, break_long_words=False, break_on_hyphens=False)


def gen_hardwrap(d: Draw, p: Page) -> None:
    st = story(d, n_paras(d), per=(2, 4))
    width = d.rng.choice((72, 78))
    if d.chance(0.4):
        # A mailing-list archive: the message's header and the archive's links around it.
        L = d.L["mail"]
        p.add(JUNK, f"[{d.site}] {st.headline}")
        p.add(NEUTRAL, d.fill(L["from"]), d.date(True))
        p.add(JUNK, *L["nav"])
        p.block(ARTICLE, *wrap(d, st.headline, width))
        for para in st.paragraphs:
            p.block(ARTICLE, *wrap(d, para, width))
        p.block(NEUTRAL, "--", d.fill(L["signature"]))
        p.block(JUNK, *L["nav"][::-1])
        p.add(JUNK, d.fill(L["more"]))
        return
    def fill():
        for para in st.paragraphs:
            p.block(ARTICLE, *wrap(d, para, width))
    page_around(d, p, st, fill)


def gen_aside6(d: Draw, p: Page) -> None:
    st = story(d, n_paras(d, 2))
    at = d.rng.randint(1, len(st.paragraphs) - 1)
    def fill():
        body(d, p, st.paragraphs[:at])
        related(d, p, d.rng.randint(6, 8), dated=d.chance(0.4))
        body(d, p, st.paragraphs[at:])
    page_around(d, p, st, fill)


def gen_latest_menu(d: Draw, p: Page) -> None:
    st = story(d, n_paras(d))
    header(d, p, latest_last=True)
    if d.chance(0.5):
        # The menu's last item heads a list of headlines, then the article starts.
        p.add(JUNK, *other_headlines(d, d.rng.randint(3, 5)))
    if d.chance(0.3):
        breadcrumb(d, p)
    headline_block(d, p, st)
    byline(d, p)
    if d.chance(0.4):
        share(d, p)
    body(d, p, st.paragraphs)
    footer(d, p)


def gen_comment_label(d: Draw, p: Page) -> None:
    st = story(d, n_paras(d, 2))
    at = d.rng.randint(1, len(st.paragraphs) - 1)
    def fill():
        body(d, p, st.paragraphs[:at])
        p.block(JUNK, d.fill(d.pick("comment_labels")))
        body(d, p, st.paragraphs[at:])
    page_around(d, p, st, fill)


def gen_quoted_copyright(d: Draw, p: Page) -> None:
    st = story(d, n_paras(d, 2))
    at = d.rng.randint(0, len(st.paragraphs))
    quote = d.unique([d.fill(d.pick("quoted_copyright"))])
    paras = st.paragraphs[:at] + quote + st.paragraphs[at:]
    page_around(d, p, st, lambda: body(d, p, paras))


def gen_short_vs_sidebar(d: Draw, p: Page) -> None:
    st = story(d, n_paras(d, 1, 3))
    def fill():
        body(d, p, st.paragraphs)
        kinds = d.rng.sample(["bio", "comments", "teasers"], d.rng.randint(1, 3))
        for kind in kinds:
            if kind == "bio":
                p.block(JUNK, d.fill(d.pick("bio_label")), *d.unique([d.fill(d.pick("bios"))]))
            elif kind == "comments":
                reader_comments(d, p)
            else:
                p.block(JUNK, d.pick("teaser_label"))
                for h, summary in d.pick("teasers", d.rng.randint(3, 5)):
                    if d.fill(h) in d.used:
                        continue
                    p.block(JUNK, *d.unique([d.fill(h), d.fill(summary)]))
    page_around(d, p, st, fill, standfirst=False)


def gen_standfirst(d: Draw, p: Page) -> None:
    st = story(d, n_paras(d))
    page_around(d, p, st, lambda: body(d, p, st.paragraphs), standfirst=True)


def gen_agency_byline(d: Draw, p: Page) -> None:
    st = story(d, n_paras(d))
    header(d, p)
    breadcrumb(d, p)
    headline_block(d, p, st, standfirst=d.chance(0.5))
    agency = d.pick("agency")
    if d.chance(0.5):
        p.block(JUNK, agency)
        p.add(NEUTRAL, d.date())
    else:
        p.block(NEUTRAL, d.date())
        p.add(JUNK, agency)
    if d.chance(0.5):
        share(d, p)
    body(d, p, st.paragraphs)
    footer(d, p)


def gen_fontsize_widget(d: Draw, p: Page) -> None:
    st = story(d, n_paras(d))
    header(d, p)
    widget = [d.pick("fontsize")] + ([d.pick("print_close")] if d.chance(0.4) else [])
    if d.chance(0.7):
        breadcrumb(d, p)
        p.block(JUNK, *widget)       # right above the headline
        headline_block(d, p, st)
        byline(d, p)
    else:
        p.block(JUNK, *widget)       # above the breadcrumb, or between the headline's date and the body
        breadcrumb(d, p)
        headline_block(d, p, st)
        byline(d, p)
        if d.chance(0.5):
            p.block(JUNK, d.pick("fontsize"))
    body(d, p, st.paragraphs)
    footer(d, p)


def gen_liveblog(d: Draw, p: Page) -> None:
    st = story(d, n_paras(d, 3), per=(1, 2))
    live = d.L["live"]
    header(d, p)
    breadcrumb(d, p)
    p.block(JUNK, live["badge"])
    p.add(ARTICLE, st.headline)
    if d.chance(0.5):
        p.add(ARTICLE, st.standfirst)
    byline(d, p)
    if d.chance(0.5):
        share(d, p)
    titles = other_headlines(d, 3) if d.chance(0.5) else []
    if titles and d.chance(0.5):
        p.block(JUNK, live["key_events"], *titles[:2])
        titles = []
    h, mi = d.rng.randint(9, 23), d.rng.randint(0, 59)
    fmt = d.rng.choice(live["time_formats"])
    for i, para in enumerate(st.paragraphs):
        stamp = fmt.format(h=h, mi=f"{mi:02d}", ago=5 + 7 * i)
        lines = [stamp]
        if titles and d.chance(0.4):
            lines.append(titles.pop())
        p.block(ARTICLE, *d.unique(lines) or [], para) if stamp not in d.used else p.block(ARTICLE, para)
        mi -= d.rng.randint(3, 40)
        while mi < 0:
            mi += 60
            h -= 1
        h = max(h, 0)
    p.block(JUNK, live["load_more"])
    footer(d, p)


def gen_listicle(d: Draw, p: Page) -> None:
    ls = d.L["listicle"]
    items = d.rng.sample(ls["items"], d.rng.randint(3, len(ls["items"])))
    head = d.fill(ls["h"].replace("{n}", str(len(items))))
    st = Story(head, "", [])
    style = d.rng.choice(["{i}. {t}", "{i}) {t}", "{t}"])
    def fill():
        p.block(ARTICLE, d.fill(ls["intro"]))
        for i, (title, text) in enumerate(items, 1):
            p.block(ARTICLE, style.format(i=i, t=title))
            if d.chance(0.5):
                p.add(ARTICLE, d.fill(text))
            else:
                p.block(ARTICLE, d.fill(text))
            if i == 2 and d.chance(0.3):
                p.block(JUNK, d.pick("ad_label"))
    page_around(d, p, st, fill, standfirst=False)


def gen_interview(d: Draw, p: Page) -> None:
    iv = d.L["interview"]
    st = story(d, d.rng.randint(1, 2), per=(2, 3))  # the introduction
    k = d.rng.randint(3, min(len(iv["questions"]), len(iv["answers"])))
    pairs = zip(d.rng.sample(iv["questions"], k), d.rng.sample(iv["answers"], k))
    q_label, a_label = (d.fill(x) for x in d.rng.choice(iv["labels"]))
    sep = "" if d.L.get("cjk") else " "
    def fill():
        body(d, p, st.paragraphs)
        for q, a in pairs:
            p.block(ARTICLE, f"{q_label}{sep}{d.fill(q)}")
            p.block(ARTICLE, *d.unique([f"{a_label}{sep}{d.fill(a)}"]))
    page_around(d, p, st, fill)


def gen_press_release(d: Draw, p: Page) -> None:
    pr = d.L["press"]
    company = d.company = d.rng.choice(pr["companies"])
    rest = pr["sentences"][1:]
    sents = [d.fill(s) for s in [pr["sentences"][0]] + d.rng.sample(rest, d.rng.randint(2, len(rest)))]
    paras = d.unique(sents)
    head = d.unique([d.fill(pr["headlines"][0])])[0]  # the headline of the announcement, which leads
    p.add(JUNK, pr["wire"])
    p.add(JUNK, *d.pick("menu", 4))
    p.block(NEUTRAL, pr["label"])
    p.block(ARTICLE, head)
    p.block(JUNK, pr["provided"], company)
    day = d.date(False)
    p.block(NEUTRAL, day)
    dateline = pr["dateline"].format(T=d.town.upper() if not d.L.get("cjk") else d.town, date=day)
    p.block(ARTICLE, f"{dateline}{d.L['joiner'] or ''}{paras[0]}")
    body(d, p, paras[1:])
    p.block(ARTICLE, d.fill(pr["about"]), d.fill(pr["about_text"]))
    p.block(JUNK, pr["contact"], d.fill("{Q}"), d.fill(pr["email"]), d.fill(pr["phone"]))
    p.block(JUNK, d.fill(pr["source"]))
    footer(d, p)


def gen_brief(d: Draw, p: Page) -> None:
    st = story(d, 1, per=(2, 4))
    page_around(d, p, st, lambda: body(d, p, st.paragraphs), standfirst=False)


def gen_control(d: Draw, p: Page) -> None:
    st = story(d, n_paras(d, 3, 10))
    page_around(d, p, st, lambda: body(d, p, st.paragraphs))


GENERATORS = {name: globals()[f"gen_{name}"] for name in CLASSES}


def generate(seed: int, cls: str, lang: str, index: int) -> Page:
    """Page ``index`` of a class in a language; the same arguments give the same page."""
    rng = random.Random(f"traps:{seed}:{cls}:{lang}:{index}")
    page = Page(cls, lang, index)
    GENERATORS[cls](Draw(rng, lang), page)
    return page


# --------------------------------------------------------------------------- measuring

@dataclass
class Score:
    cls: str
    lang: str
    index: int
    recall: float
    article: int
    lost: list[int]          # input line indexes (0-based) of article lines not kept
    junk: int
    junk_removed: int
    headline_lost: bool     # the page's first article line (its headline) is among the lost


def score(page: Page, result) -> Score:
    kept = {line.strip() for line in result.text.splitlines()}
    art = page.of_kind(ARTICLE)
    junk = page.of_kind(JUNK)
    lost = [i for i in art if page.lines[i].strip() not in kept]
    removed = sum(1 for i in junk if page.lines[i].strip() not in kept)
    recall = 1 - len(lost) / len(art) if art else 1.0
    return Score(page.cls, page.lang, page.index, recall, len(art), lost, len(junk), removed, bool(art) and art[0] in lost)


NO_RULE = "(no removal record)"


def removal_of(result, line_index: int):
    """The removal record that took input line ``line_index`` (0-based), or None."""
    n = line_index + 1
    for r in result.removals:
        if r.first_line <= n <= r.last_line:
            return r
    return None


def rule_of(result, line_index: int) -> str:
    r = removal_of(result, line_index)
    return f"{r.rule} ({r.reason})" if r else NO_RULE


def summarise(scores: list[Score]) -> dict:
    n = len(scores)
    junk = sum(s.junk for s in scores)
    return {
        "pages": n,
        "recall": sum(s.recall for s in scores) / n,
        "severe": sum(s.recall < SEVERE_RECALL for s in scores) / n,
        "any_loss": sum(bool(s.lost) for s in scores) / n,
        "junk_removed": sum(s.junk_removed for s in scores) / junk if junk else 1.0,
        "headline_lost": sum(s.headline_lost for s in scores) / n,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--per-class", type=int, default=20, help="pages per class and language")
    ap.add_argument("--lang", default=",".join(LANGS), help="comma-separated languages")
    ap.add_argument("--class", dest="classes", default=",".join(CLASSES), help="comma-separated classes")
    ap.add_argument("--show-failures", type=int, default=0, metavar="N",
                    help="print the N worst pages of each cell with lost lines, and the rule that removed each")
    ap.add_argument("--json", metavar="FILE", help="write the cells and every page's score to FILE")
    ap.add_argument("--dump", metavar="DIR", help="write every generated page to DIR (for reading)")
    args = ap.parse_args(argv)
    langs = [x for x in args.lang.split(",") if x]
    classes = [x for x in args.classes.split(",") if x]
    bad = [x for x in langs if x not in LANGS] + [x for x in classes if x not in CLASSES]
    if bad:
        ap.error(f"unknown language or class: {', '.join(bad)} (languages: {', '.join(LANGS)}; classes: {', '.join(CLASSES)})")

    from cleaner import clean

    t0 = time.perf_counter()
    cells: dict[tuple[str, str], list[Score]] = defaultdict(list)
    failures: dict[tuple[str, str], list[tuple[Score, Page, object]]] = defaultdict(list)
    by_rule: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))  # rule -> class -> article lines lost
    for cls in classes:
        for lang in langs:
            for i in range(args.per_class):
                page = generate(args.seed, cls, lang, i)
                result = clean(page.text)
                s = score(page, result)
                cells[cls, lang].append(s)
                for i in s.lost:
                    r = removal_of(result, i)
                    by_rule[r.rule if r else NO_RULE][cls] += 1
                if s.lost and args.show_failures:
                    failures[cls, lang].append((s, page, result))
                if args.dump:
                    out = Path(args.dump) / f"{cls}_{lang}_{i:03d}.txt"
                    out.parent.mkdir(parents=True, exist_ok=True)
                    out.write_text(page.text, encoding="utf-8")
    elapsed = time.perf_counter() - t0

    rows = {k: summarise(v) for k, v in cells.items()}
    print(f"Trap pages, seed {args.seed}, {args.per_class} a cell, {sum(len(v) for v in cells.values())} pages in {elapsed:.1f} s")
    print()
    print("| class | lang | pages | mean recall | severe (<0.5) | any line lost | headline lost | junk removed |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for cls in classes:
        for lang in langs:
            r = rows[cls, lang]
            print(f"| {cls} | {lang} | {r['pages']} | {r['recall']:.3f} | {r['severe']:.0%} | {r['any_loss']:.0%} | {r['headline_lost']:.0%} | {r['junk_removed']:.1%} |")
    total = summarise([s for v in cells.values() for s in v])
    print(f"| **all** | | {total['pages']} | {total['recall']:.3f} | {total['severe']:.1%} | {total['any_loss']:.1%} | {total['headline_lost']:.1%} | {total['junk_removed']:.1%} |")
    print()
    print(f"By class ({', '.join(langs)} together):")
    print()
    print("| class | pages | mean recall | severe (<0.5) | any line lost | headline lost | junk removed | worst language (recall) |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for cls in classes:
        r = summarise([s for lang in langs for s in cells[cls, lang]])
        worst = min(langs, key=lambda lang: rows[cls, lang]["recall"])
        print(f"| {cls} | {r['pages']} | {r['recall']:.3f} | {r['severe']:.1%} | {r['any_loss']:.0%} | {r['headline_lost']:.0%} | {r['junk_removed']:.1%} | {worst} ({rows[cls, worst]['recall']:.3f}) |")

    print()
    print("Article lines lost, by the rule that removed them:")
    print()
    print("| rule | article lines lost | classes (lines) |")
    print("| --- | --- | --- |")
    for rule, per in sorted(by_rule.items(), key=lambda kv: -sum(kv[1].values())):
        top = ", ".join(f"{c} {n}" for c, n in sorted(per.items(), key=lambda kv: -kv[1])[:5])
        print(f"| `{rule}` | {sum(per.values())} | {top} |")

    if args.show_failures:
        for key in sorted(failures, key=lambda k: rows[k]["recall"]):
            print(f"\n## {key[0]} / {key[1]}: mean recall {rows[key]['recall']:.3f}")
            for s, page, result in sorted(failures[key], key=lambda f: f[0].recall)[: args.show_failures]:
                print(f"- page {s.index} (recall {s.recall:.2f}, {len(s.lost)} of {s.article} article lines lost)")
                for i in s.lost[:6]:
                    print(f"    line {i + 1}: {page.lines[i][:90]!r}\n      <- {rule_of(result, i)}")
    if args.json:
        data = {
            "seed": args.seed, "per_class": args.per_class,
            "cells": [{"class": c, "lang": l, **rows[c, l]} for c in classes for l in langs],
            "all": total,
            "lost_by_rule": {rule: dict(per) for rule, per in by_rule.items()},
            "pages": [{"class": s.cls, "lang": s.lang, "index": s.index, "recall": s.recall, "article_lines": s.article,
                       "lost_lines": [i + 1 for i in s.lost], "headline_lost": s.headline_lost, "junk_lines": s.junk, "junk_removed": s.junk_removed}
                      for v in cells.values() for s in v],
        }
        Path(args.json).write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
