"""Light, offline language detection: writing system first, then stopword overlap.

Good enough to choose a lexicon; it never downloads a model and costs well under a millisecond.
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import lexicon

_WORD = re.compile(r"[^\W\d_]+")
_SAMPLE_CHARS = 20000


def _script_counts(sample: str) -> dict[str, int]:
    counts = {"han": 0, "kana": 0, "hangul": 0, "cyrillic": 0, "latin": 0, "other": 0}
    for ch in sample:
        o = ord(ch)
        if o < 0x80:
            if ch.isalpha():
                counts["latin"] += 1
        elif 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF:
            counts["han"] += 1
        elif 0x3040 <= o <= 0x30FF:
            counts["kana"] += 1
        elif 0xAC00 <= o <= 0xD7AF or 0x1100 <= o <= 0x11FF:
            counts["hangul"] += 1
        elif 0x0400 <= o <= 0x04FF:
            counts["cyrillic"] += 1
        elif ch.isalpha():
            if o < 0x250:
                counts["latin"] += 1
            else:
                counts["other"] += 1
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


def detect(text: str) -> str | None:
    """ISO 639-1 code of the text's main language, or None when there is too little to tell."""
    sample = _prose_sample(text)
    if not sample:
        return None
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
    tokens = [w.lower() for w in _WORD.findall(sample)[:3000]]
    if not tokens:
        return None
    best, best_hits = None, 0
    for lang, stop in sorted(_latin_stopwords().items()):
        hits = sum(1 for t in tokens if t in stop)
        if hits > best_hits:
            best, best_hits = lang, hits
    if best_hits < max(2, 0.05 * len(tokens)):
        return None
    return best


def _prose_sample(text: str) -> str:
    """Prefer long lines (prose) over menus, which are often in another language than the article."""
    head = text[: _SAMPLE_CHARS * 3]
    long_lines = [ln for ln in head.split("\n") if len(ln) > 60]
    sample = "\n".join(long_lines)[:_SAMPLE_CHARS]
    return sample if len(sample) > 200 else head[:_SAMPLE_CHARS]
