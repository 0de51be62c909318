"""Shape features of a line: how long, how prose-like. They carry most of the decision weight,
so that a language without a lexicon still cleans well."""
from __future__ import annotations

import re

from .document import Line, nfkc_lower

# Scripts written without spaces between words: a character there is worth about half a word.
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_HANGUL = re.compile(r"[\uac00-\ud7af]+")
_TOKEN = re.compile(r"[^\W_]+")
_SENTENCE_END = frozenset(".!?。！？…")
_CLOSERS = "\"'”’»)]）」』】›"
_BULLET = re.compile(r"^(?:[-–—•·*▪●◦‣⁃►✓✔]\s|\d{1,2}[.)]\s|[a-z][.)]\s)")
# A matching key for exact lexicon lookups: no surrounding punctuation, symbols or counters.
_KEY_STRIP = " \t.,:;!?|/\\-–—•·*>»«›‹()[]{}\"'“”‘’#@+=~_…0123456789"


_URL = re.compile(r"(?:https?://|www\.)\S+", re.I)


def annotate(line: Line, stopwords: frozenset) -> None:
    """Fill the shape features of one line."""
    text = line.text
    lower = nfkc_lower(text)
    line.lower = lower
    line.key = lower.strip(_KEY_STRIP)
    if "://" in lower or "www." in lower:
        # A web address is not prose: it must not make a link line look long.
        text = _URL.sub(" ", text)
        lower = _URL.sub(" ", lower)
    if text.isascii():
        tokens = _TOKEN.findall(lower)
        line.tokens = tokens
        words = len(tokens)
        weight = float(words)
        stops = sum(1 for t in tokens if t in stopwords)
        line.stop_ratio = stops / words if words else 0.0
    else:
        cjk = _CJK.findall(text)
        rest = _CJK.sub(" ", lower)
        tokens = _TOKEN.findall(rest)
        hangul_words = sum(1 for t in tokens if _HANGUL.match(t))
        words = len(tokens) + len(cjk)
        weight = len(tokens) + 0.5 * len(cjk) + 0.5 * hangul_words
        if cjk:
            stops = sum(1 for c in cjk if c in stopwords) + sum(1 for t in tokens if t in stopwords)
            line.stop_ratio = stops / (len(cjk) + len(tokens))
        else:
            stops = sum(1 for t in tokens if t in stopwords)
            line.stop_ratio = stops / len(tokens) if tokens else 0.0
    line.words = words
    line.weight = weight
    stripped = text.rstrip(_CLOSERS)
    line.ends_sentence = bool(stripped) and stripped[-1] in _SENTENCE_END
    line.bullet = bool(_BULLET.match(text))


def is_title_like(line: Line) -> bool:
    """A short line without sentence punctuation: a headline, a menu item, a label."""
    return not line.ends_sentence and line.weight <= 20


def is_menu_like(line: Line) -> bool:
    """A menu item: one to three words, no sentence punctuation, not a list bullet."""
    return line.weight <= 3.5 and not line.ends_sentence and not line.bullet
