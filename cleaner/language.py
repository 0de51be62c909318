"""Light, offline language detection: writing system first, then stopword overlap.

Good enough to choose a lexicon; it never downloads a model and costs well under a millisecond.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from operator import add

from . import lexicon
from .lazy_pattern import LazyPattern

_WORD = re.compile(r"[^\W\d_]+")
_SAMPLE_CHARS = 6000


_NON_LATIN = LazyPattern(r"[\u0400-\u04ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
_SCRIPTS = {
    "han": LazyPattern(r"[\u3400-\u4dbf\u4e00-\u9fff]"),
    "kana": LazyPattern(r"[\u3040-\u30ff]"),
    "hangul": LazyPattern(r"[\uac00-\ud7af\u1100-\u11ff]"),
    "cyrillic": LazyPattern(r"[\u0400-\u04ff]"),
    "latin": re.compile(r"[A-Za-z\u00c0-\u024f]"),
}


def _script_counts(sample: str) -> dict[str, int]:
    """Letters per writing system (an ASCII sample is all Latin, the common case, counted fast)."""
    if sample.isascii():
        latin = len(_SCRIPTS["latin"].findall(sample))
        return {"han": 0, "kana": 0, "hangul": 0, "cyrillic": 0, "latin": latin, "other": 0}
    counts = {name: len(rx.findall(sample)) for name, rx in _SCRIPTS.items()}
    counts["other"] = 0
    return counts


@lru_cache(maxsize=None)
def _latin_stopwords() -> dict[str, frozenset]:
    out = {}
    for lang in lexicon.available():
        data = lexicon.load(lang)
        words = [w for w in data.get("stopwords", ()) if w.isascii() or w.isalpha()]
        if lang not in ("zh", "ja", "ko", "ru"):
            out[lang] = frozenset(words)
    return out


@lru_cache(maxsize=None)
def _any_latin_stopword() -> frozenset:
    return frozenset().union(*_latin_stopwords().values())


def detect(text: str) -> str | None:
    """ISO 639-1 code of the text's main language, or None when there is too little to tell."""
    return detect_sample(prose_sample(text.split("\n", 2000)[:2000]))


def detect_sample(sample: str, lines: list[str] | None = None) -> str | None:
    """The language of a sample of prose (see :func:`prose_sample`). ``lines``, the lines the
    sample was joined from (see :func:`prose_parts`), give the same answer sooner: what is known of
    a line seen before is not worked out again."""
    if not sample:
        return None
    if sample.isascii() or not _NON_LATIN.search(sample):
        return _by_stopwords(sample, lines)
    counts = _script_counts(sample)
    total = sum(counts.values())
    if total < 3:
        return None
    if counts["kana"] >= 0.05 * total:
        return "ja"
    if counts["hangul"] >= 0.2 * total:
        return "ko"
    if counts["han"] >= 0.2 * total:
        return "zh"
    if counts["cyrillic"] >= 0.3 * total:
        return "ru" if "ru" in lexicon.available() else None
    if counts["latin"] < 0.3 * total:
        return None
    return _by_stopwords(sample, lines)


def _by_stopwords(sample: str, lines: list[str] | None = None) -> str | None:
    """Among languages written in Latin letters, the one whose stopwords the sample uses most."""
    head = sample[:_STOPWORD_CHARS]
    if lines is None or not USE_LINE_WORDS or "\u0130" in head or "\u03a3" in head:
        words = _lower_words(head)
        # Only stopwords are counted: most words of a sample are no language's stopword.
        return _best_by_stopwords(Counter(filter(_any_latin_stopword().__contains__, words)), len(words))
    # The same words, line by line (words never run over a line break): each line's count of words
    # and of each language's stopwords among them is worked out once, and the counts are summed.
    n = 0
    totals = _NO_HITS
    position, end = 0, len(head)
    for line in lines:
        stop = position + len(line)
        if stop > end:
            words = _lower_words(line[: end - position])  # the line the sample's head cuts
            count, hits = len(words), _hits(words)
        else:
            count, hits = _line_words(line)
        n += count
        if hits:
            totals = tuple(map(add, totals, hits)) if totals else hits
        if stop > end:
            break
        position = stop + 1  # the line break
        if position >= end:
            break
    return _best_of(totals, n)


def _best_by_stopwords(counts: Counter, n: int) -> str | None:
    return _best_of(tuple(sum(map(counts.__getitem__, stop.intersection(counts))) for stop in _stopword_sets()), n)


def _best_of(hits: tuple, n: int) -> str | None:
    """The language with most stopword hits (the first of equals, in code order), if they are
    enough for ``n`` words."""
    if not n:
        return None
    best, best_hits = None, 0
    for lang, found in zip(_stopword_languages(), hits):
        if found > best_hits:
            best, best_hits = lang, found
    if best_hits < max(2, 0.05 * n):
        return None
    return best


@lru_cache(maxsize=None)
def _stopword_languages() -> tuple[str, ...]:
    return tuple(sorted(_latin_stopwords()))


@lru_cache(maxsize=None)
def _stopword_sets() -> tuple[frozenset, ...]:
    return tuple(_latin_stopwords()[lang] for lang in _stopword_languages())


_NO_HITS = ()  # no stopword of any language


def _hits(words) -> tuple:
    """How many of the words are stopwords of each language (see :func:`_stopword_languages`)."""
    found = list(filter(None, map(_stopword_of().get, words)))
    if not found:
        return _NO_HITS
    return tuple(map(sum, zip(*found)))


@lru_cache(maxsize=None)
def _stopword_of() -> dict[str, tuple]:
    """Stopword -> for each language (see :func:`_stopword_languages`), 1 if it is one of its."""
    return {word: tuple(int(word in stop) for stop in _stopword_sets()) for word in _any_latin_stopword()}


# Speed only: count the sample's stopwords line by line, each line's remembered (see _by_stopwords).
# Off, the sample is read as one string; tests/test_differential.py checks both give the same output.
USE_LINE_WORDS = True
# line -> (its number of words, its stopword hits by language (see _hits)): pages repeat lines, and
# the settle step detects the language of the clean text, most of whose lines the page's sample had.
_LINE_WORDS: dict[str, tuple[int, tuple]] = {}
_LINE_WORDS_LIMIT = 50_000


def _line_words(line: str) -> tuple[int, tuple]:
    found = _LINE_WORDS.get(line)
    if found is None:
        if len(_LINE_WORDS) >= _LINE_WORDS_LIMIT:
            _LINE_WORDS.clear()
        words = _lower_words(line)
        found = _LINE_WORDS[line] = (len(words), _hits(words))
    return found


def clear_caches() -> None:
    """Forget the lines seen so far (see :func:`cleaner.engine.clear_caches`)."""
    _LINE_WORDS.clear()


_STOPWORD_CHARS = 3000


def _lower_words(head: str) -> list[str]:
    """The lowercased words of a sample. Lowercasing the whole sample first gives the same words in
    one call, except for the two letters whose lowercase depends on more than the letter: 'İ' grows
    a combining mark that splits words, and 'Σ' depends on the letters around it."""
    if "\u0130" in head or "\u03a3" in head:
        return [w.lower() for w in _WORD.findall(head)]
    return _WORD.findall(head.lower())


def prose_sample(lines) -> str:
    """Prefer long lines (prose) over menus, which are often in another language than the article."""
    return prose_parts(lines)[0]


def prose_parts(lines) -> tuple[str, list[str]]:
    """:func:`prose_sample` and the lines it is joined from (for :func:`detect_sample`)."""
    long_lines = []
    size = 0
    for line in lines:
        if len(line) > 60:
            long_lines.append(line)
            size += len(line)
            if size > _SAMPLE_CHARS:
                break
    if size + len(long_lines) - 1 > 200:  # the length of the joined long lines
        return "\n".join(long_lines)[:_SAMPLE_CHARS], long_lines
    lines = list(lines)
    return "\n".join(lines)[:_SAMPLE_CHARS], lines
