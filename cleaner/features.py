"""Shape features of a line: how long, how prose-like. They carry most of the decision weight,
so that a language without a lexicon still cleans well."""
from __future__ import annotations

import re
from dataclasses import fields
from operator import attrgetter

from .document import Line, nfkc_lower
from .lazy_pattern import LazyPattern
from . import lexicon

# Scripts written without spaces between words: a character there is worth about half a word.
_CJK = LazyPattern(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_HANGUL = LazyPattern(r"[\uac00-\ud7af]+")
_WIDE = LazyPattern(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]")
_TOKEN = re.compile(r"[^\W_]+")
_SENTENCE_END = frozenset(".!?。！？…")
# Quotes and brackets that close a sentence, German and Czech ones too: „…“ and ‚…‘ close with
# the marks English opens with.
_CLOSERS = "\"'”’“‘»)]）」』】›"
# French typography spaces its guillemets: 'réservés. »' ends its sentence all the same.
_CLOSING_SPACE = " \u00a0\u202f"
_BULLET = re.compile(r"^(?:[-–—•·*▪●◦‣⁃►✓✔]\s|\d{1,2}[.)]\s|[a-z][.)]\s)")
# A matching key for exact lexicon lookups: no surrounding punctuation, symbols or counters.
KEY_STRIP = " \t.,:;!?|/\\-–—•·*>»«›‹()[]{}\"'“”‘’#@+=~_…0123456789"


_URL = re.compile(r"(?:https?://|www\.)\S+", re.I)


def annotate(line: Line, stopwords: frozenset) -> None:
    """Fill the shape features of one line."""
    text = line.text
    lower = nfkc_lower(text)
    line.lower = lower
    line.key = lower.strip(KEY_STRIP)
    if "://" in lower or "www." in lower:
        # A web address is not prose: it must not make a link line look long.
        text = _URL.sub(" ", text)
        lower = _URL.sub(" ", lower)
    if text.isascii() or not _WIDE.search(text):
        # Words separated by spaces: the common case, kept cheap.
        if len(lower) > 200:
            spaces = lower.count(" ")
            if spaces > 30:
                # Plainly prose: count words by spaces and judge stopwords on a sample.
                sample = _TOKEN.findall(lower, 0, 200)
                line.tokens = None
                line.stop_ratio = sum(map(stopwords.__contains__, sample)) / len(sample) if sample else 0.0
                words = spaces + 1
                weight = float(words)
                _finish(line, text, words, weight)
                return
        tokens = _TOKEN.findall(lower)
        line.tokens = tokens
        words = len(tokens)
        weight = float(words)
        line.stop_ratio = sum(map(stopwords.__contains__, tokens)) / words if words else 0.0
    else:
        cjk = _CJK.findall(text)
        rest = _CJK.sub(" ", lower) if cjk else lower
        tokens = _TOKEN.findall(rest)
        hangul_words = sum(1 for t in tokens if _HANGUL.match(t))
        words = len(tokens) + len(cjk)
        weight = len(tokens) + 0.5 * len(cjk) + 0.5 * hangul_words
        stops = sum(map(stopwords.__contains__, cjk)) + sum(map(stopwords.__contains__, tokens))
        line.stop_ratio = stops / words if words else 0.0
    _finish(line, text, words, weight)


def _finish(line: Line, text: str, words: int, weight: float) -> None:
    line.words = words
    line.weight = weight
    stripped = final_text(text)
    line.ends_sentence = bool(stripped) and stripped[-1] in _SENTENCE_END
    line.bullet = bool(_BULLET.match(text))


def final_text(text: str) -> str:
    """The text without the quotes and brackets that close it: where its last mark stands."""
    return text.rstrip(_CLOSERS + _CLOSING_SPACE)


def is_title_like(line: Line) -> bool:
    """A short line without sentence punctuation: a headline, a menu item, a label."""
    return not line.ends_sentence and line.weight <= 20


def is_menu_like(line: Line) -> bool:
    """A menu item: one to three words, no sentence punctuation, not a list bullet."""
    return line.weight <= 3.5 and not line.ends_sentence and not line.bullet


FEATURES = ("weight", "words", "lower", "key", "ends_sentence", "stop_ratio", "bullet", "tokens", "exact", "phrases", "memo", "selected_by")
# Lines longer than this (in words) are prose: lexicon phrases inside them are not evidence.
MAX_PHRASE_LINE_WEIGHT = 25
_NONE: dict = {}
# Sign-up, consent and reuse notices can run to a paragraph ("We use your sign-up to ... unsubscribe
# at any time", "This document is subject to copyright. Apart from any fair dealing ...").
MAX_NOTICE_WEIGHT = 60
_NOTICE_KINDS = frozenset(("newsletter", "cookie", "legal"))
# ... a reuse notice opens with its legal wording; a sentence that quotes one (a court report on
# a "© ... All rights reserved" legend) has it further in.
_LEGAL_NOTICE_OPENING = 40


def analyse(line: Line, lex) -> None:
    """Shape features plus what the lexicon says of the line: everything that depends on the line alone."""
    annotate(line, lex.stopwords)
    line.exact = lex.exact.get(line.key) if line.key else None
    if line.exact is None and line.weight <= 12 and not line.ends_sentence:
        line.exact = _widget_row_kind(line, lex)
    line.phrases = _phrases_of(line, lex)


_ITEM_SPLIT = re.compile(r"[\s|·•/,，、]+")


def _widget_row_kind(line: Line, lex) -> str | None:
    """A row of widget labels on one line ("Facebook Twitter WhatsApp E-Mail", "字号 收藏本文"):
    most of its items are lexicon labels. Single CJK characters (font-size 大 中 小) do not count."""
    items = [i for i in _ITEM_SPLIT.split(line.lower) if i and not (len(i) == 1 and _WIDE.match(i))]
    if len(items) < 2:
        return None
    kinds = [lex.exact.get(i.strip(KEY_STRIP)) for i in items]
    hits = [k for k in kinds if k]
    if len(hits) < 2 or len(hits) < 0.6 * len(items):
        return None
    return max(set(hits), key=lambda k: (hits.count(k), k))


def _phrases_of(line: Line, lex) -> dict[str, str]:
    """A short line needs one phrase; a longer one needs two, or one at its very start, so that
    an article sentence that mentions a newsletter or copyright is not mistaken for a widget.
    A long line counts only as a consent, sign-up or reuse notice, and only with several such phrases."""
    long_line = line.weight > MAX_PHRASE_LINE_WEIGHT
    if long_line and line.weight > MAX_NOTICE_WEIGHT:
        return _NONE
    if line.tokens is not None and not _may_hold_phrase(line.tokens, line.lower, lex):
        return _NONE  # cheap pre-check: no phrase can be here
    hits = [(m.start(), m.group(0)) for m in lex.contains.finditer(line.lower)]
    if not hits:
        return _NONE
    if long_line:
        start, first = hits[0]
        if start <= 1 and lex.contains_kind[first] == "legal" and line.lower[start + len(first):].lstrip()[:1] in (":", "："):
            return {"legal": first}  # "Disclaimer: ...", "免责声明：..."
        legal_at = next((at for at, p in hits if lex.contains_kind[p] == "legal"), None)
        opens_legal = legal_at is not None and legal_at <= _LEGAL_NOTICE_OPENING
        notice = [p for _, p in hits if lex.contains_kind[p] in _NOTICE_KINDS
                  and (opens_legal or lex.contains_kind[p] != "legal")]
        if len(set(notice)) < 2:
            return _NONE
        return {lex.contains_kind[notice[0]]: notice[0]}
    short = line.weight <= 10
    many = len(hits) >= 2
    kinds: dict[str, str] = {}
    for start, phrase in hits:
        if short or many or start <= 2:
            kinds.setdefault(lex.contains_kind[phrase], phrase)
    return kinds


# Speed only: a line whose words start some lexicon phrase is searched for phrases only when one of
# them is in it as it stands (see _may_hold_phrase). Off, the words alone decide; tests/test_differential.py
# checks both give the same output.
USE_PHRASE_SUBSTRINGS = True


def _may_hold_phrase(tokens: list[str], lower: str, lex) -> bool:
    """Whether the phrase search can find anything in a line with these word tokens, asked before
    it runs. Two exact pre-checks, each false only where the search finds nothing: a phrase that
    starts with a word starts at one of the line's words, or another phrase at one of the characters
    of ``free_phrase_start`` (the check before these substrings were asked for, kept as it is); and
    some phrase is in the line as a substring, asked only of the phrases of the line's words that are
    word-bounded (a phrase ending in punctuation, "tel:", may start inside a word: those are asked
    of every line that has their last character)."""
    free = lex.free_phrase_start.search(lower) is not None
    if not free and lex.phrase_first_tokens.isdisjoint(tokens):
        return False
    if free or not USE_PHRASE_SUBSTRINGS:
        return True
    bounded, unbounded = _phrase_index(lex)
    for token in bounded.keys() & set(tokens):
        for phrase in bounded[token]:
            if phrase in lower:
                return True
    for last, phrases in unbounded:
        if last in lower:
            for phrase in phrases:
                if phrase in lower:
                    return True
    return False


_PHRASE_INDEX: dict[tuple, tuple] = {}


def _phrase_index(lex) -> tuple[dict[str, tuple[str, ...]], tuple[tuple[str, tuple[str, ...]], ...]]:
    """The lexicon's phrases that start with a word: the word-bounded ones by their first word, and
    the others by their last character (most end in ':', which most lines lack)."""
    found = _PHRASE_INDEX.get(lex.languages)
    if found is None:
        bounded: dict[str, list[str]] = {}
        unbounded: dict[str, list[str]] = {}
        for phrase in lex.contains_kind:
            match = _TOKEN.match(phrase)
            if match is None or match.group(0) not in lex.phrase_first_tokens:
                continue  # a phrase of free_phrase_start
            if lexicon.word_bounded(phrase):
                bounded.setdefault(match.group(0), []).append(phrase)
            else:
                unbounded.setdefault(phrase[-1], []).append(phrase)
        found = _PHRASE_INDEX[lex.languages] = ({w: tuple(sorted(p)) for w, p in bounded.items()},
                                                tuple((c, tuple(sorted(p))) for c, p in sorted(unbounded.items())))
    return found


# features_of(line): a measured line's features, in the order of ``FEATURES``, so that a line seen
# before is built as ``Line(no, text, block, *features)`` without being measured again. The
# ``memo`` dict in them is shared by every line with this text.
features_of = attrgetter(*FEATURES)


# Line(no, text, block, *features) relies on the features being the fields right after those three.
assert tuple(f.name for f in fields(Line))[3 : 3 + len(FEATURES)] == FEATURES
