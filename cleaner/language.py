"""Light, offline language detection: writing system first, then stopword overlap.

Good enough to choose a lexicon; it never downloads a model and costs well under a millisecond.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from . import lexicon

_WORD = re.compile(r"[^\W\d_]+")
_SAMPLE_CHARS = 6000


_NON_LATIN = re.compile(r"[\u0400-\u04ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
_SCRIPTS = {
    "han": re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]"),
    "kana": re.compile(r"[\u3040-\u30ff]"),
    "hangul": re.compile(r"[\uac00-\ud7af\u1100-\u11ff]"),
    "cyrillic": re.compile(r"[\u0400-\u04ff]"),
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


def detect_sample(sample: str) -> str | None:
    """The language of a sample of prose (see :func:`prose_sample`)."""
    if not sample:
        return None
    if sample.isascii() or not _NON_LATIN.search(sample):
        return _by_stopwords(sample)
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
    return _by_stopwords(sample)


def _by_stopwords(sample: str) -> str | None:
    """Among languages written in Latin letters, the one whose stopwords the sample uses most."""
    words = _lower_words(sample[:_STOPWORD_CHARS])
    n = len(words)
    if not n:
        return None
    best, best_hits = None, 0
    # Only stopwords are counted: most words of a sample are no language's stopword.
    counts = Counter(filter(_any_latin_stopword().__contains__, words))
    for lang, stop in sorted(_latin_stopwords().items()):
        hits = sum(map(counts.__getitem__, stop.intersection(counts)))
        if hits > best_hits:
            best, best_hits = lang, hits
    if best_hits < max(2, 0.05 * n):
        return None
    return best


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
    long_lines = []
    size = 0
    for line in lines:
        if len(line) > 60:
            long_lines.append(line)
            size += len(line)
            if size > _SAMPLE_CHARS:
                break
    sample = "\n".join(long_lines)[:_SAMPLE_CHARS]
    if len(sample) > 200:
        return sample
    return "\n".join(lines)[:_SAMPLE_CHARS]
