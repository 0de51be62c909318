"""Speed paths change nothing: the engine's output is the same with each fast path on and off.

The fast paths (issue 12) are exact by construction; these tests hold them to it:

- the lexicon's literal pre-check before structural patterns (``lexicon.USE_GUARDS``): a pattern is
  searched only where its anchored part matches at the start or a literal every match of the rest
  needs is in the line;
- select tests run only on the lines that have what they declare they need (``rules.USE_TRIGGERS``:
  a weight bound, pattern literals, label words, lexicon phrases, characters), found in one scan of
  a document's new lines (``rules.selected_by_lines``);
- the phrase search runs only on lines that hold some lexicon phrase as a substring
  (``features.USE_PHRASE_SUBSTRINGS``);
- language detection from per-line stopword counts (``language.USE_LINE_WORDS``) instead of the
  sample read as one string.

Each is compared on every fixture and on a sample of AEB and WCXB-dev renderings (text, metadata,
removals, warnings: ``Result.to_dict()``), and on its own over lines and characters.
"""
from __future__ import annotations

import random
import re
import sys
from pathlib import Path

import pytest

from cleaner import clean, engine, features, language, lexicon, rules
from cleaner.document import Line, numbered_lines
from cleaner.features import analyse
from cleaner.lexicon import PatternSet, case_fold, lexicon_for

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

FIXTURES = sorted((ROOT / "fixtures").glob("*/input.txt"))
# Every page of a corpus whose id ends in one of these characters: about an eighth of each.
SAMPLE_ENDINGS = ("0", "7")


def _corpus_texts() -> list[str]:
    try:
        from bench import aeb

        pages = [p for corpus in ("aeb", "wcxb-dev") for p in aeb.load_pages(corpus) if p.id.endswith(SAMPLE_ENDINGS)]
        return [aeb.rendered(p) for p in pages]
    except Exception as exc:  # corpora or html_text missing: the fixtures still run
        pytest.skip(f"AEB/WCXB-dev renderings not available ({exc})")


def _outputs(texts: list[str], fast: bool, monkeypatch) -> list[dict]:
    monkeypatch.setattr(lexicon, "USE_GUARDS", fast)
    monkeypatch.setattr(language, "USE_LINE_WORDS", fast)
    monkeypatch.setattr(rules, "USE_TRIGGERS", fast)
    monkeypatch.setattr(features, "USE_PHRASE_SUBSTRINGS", fast)
    engine.clear_caches()  # features measured on one path must not serve the other
    try:
        return [clean(text).to_dict() for text in texts]
    finally:
        engine.clear_caches()


def _assert_same(texts: list[str], names: list[str], monkeypatch) -> None:
    slow = _outputs(texts, False, monkeypatch)
    fast = _outputs(texts, True, monkeypatch)
    differ = [name for name, a, b in zip(names, slow, fast) if a != b]
    assert not differ, f"fast paths change the output of {differ[:10]}"


def test_fixtures_same_output_with_and_without_fast_paths(monkeypatch):
    texts = [f.read_text(encoding="utf-8") for f in FIXTURES]
    assert texts
    _assert_same(texts, [f.parent.name for f in FIXTURES], monkeypatch)


def test_corpus_sample_same_output_with_and_without_fast_paths(monkeypatch):
    texts = _corpus_texts()
    assert len(texts) > 20
    _assert_same(texts, [f"page {i}" for i in range(len(texts))], monkeypatch)


def _lines() -> list[str]:
    lines = sorted({t for f in FIXTURES for _, t, _ in numbered_lines(f.read_text(encoding="utf-8"))})
    tricky = [
        "COPYRIGHT 2024 THE DAILY", "copyrıght 2024", "ſhare", "İn this photo", "KOPIE ©", "Ⓒ Jane Doe Agency",
        "Photo: ΣΙΓΜΑ", "(Foto: dpa)", "版权所有 © 2024", "Все права защищены", "Page 2 of 5", "PAGE 2 OF 5",
        "", " ", "(c) 2019", "(C)2019 Example", "Powered by WordPress", "Kelvin K",
    ]
    return lines + [t.upper() for t in lines] + [t.lower() for t in lines] + tricky


@pytest.mark.parametrize("language_code", lexicon.available())
def test_guarded_patterns_find_what_plain_search_finds(language_code):
    lex = lexicon_for((language_code, "en") if language_code != "en" else ("en",))
    lines = _lines()
    for kind, patterns in lex.patterns.items():
        plain = PatternSet(patterns.sources, patterns.extras)  # needs unknown: every pattern searched as it is
        assert plain._guard is None
        for text in lines:
            a, b = plain.search(text), patterns.search(text)
            assert (a is None) == (b is None), (language_code, kind, text)
            if a is not None:
                assert (a.re.pattern, a.span()) == (b.re.pattern, b.span()), (language_code, kind, text)


@pytest.mark.parametrize("language_code", lexicon.available())
def test_select_tests_on_what_they_need_select_what_every_test_selects(language_code):
    lex = lexicon_for((language_code, "en") if language_code != "en" else ("en",))
    texts = list(dict.fromkeys(t for t in _lines() if t))
    measured = []
    for text in texts:
        line = Line(0, text, 0)
        analyse(line, lex)
        measured.append(line)
    batch = rules.selected_by_lines(measured, lex)
    for line, ids in zip(measured, batch):
        line.memo = {}
        # A difference means some select test's @needs declaration no longer says what it needs.
        assert ids == rules.selected_by(line, lex), (language_code, line.text)


@pytest.mark.parametrize("language_code", lexicon.available())
def test_phrase_substring_check_keeps_every_line_with_phrases(monkeypatch, language_code):
    """The substring pre-check passes every line in which the phrase search finds something, the
    lexicon's own phrases (and with a letter before them: "tel:" inside a word) included."""
    lex = lexicon_for((language_code, "en") if language_code != "en" else ("en",))
    texts = _lines() + [f"{p}" for p in lex.contains_kind] + [f"x{p} y" for p in lex.contains_kind]
    for text in dict.fromkeys(texts):
        line = Line(0, text, 0)
        analyse(line, lex)
        monkeypatch.setattr(features, "USE_PHRASE_SUBSTRINGS", False)
        slow = features._phrases_of(line, lex)
        monkeypatch.setattr(features, "USE_PHRASE_SUBSTRINGS", True)
        assert features._phrases_of(line, lex) == slow, (language_code, text)


def test_case_fold_joins_what_re_ignorecase_joins():
    """Every character a guard literal has, and every character ``re.I`` matches to it, share a
    case-folded key, so a literal test on keys never misses what the regex would match."""
    chars = set("abcdefghijklmnopqrstuvwxyz©()/:")
    for language_code in lexicon.available():
        lex = lexicon_for((language_code, "en") if language_code != "en" else ("en",))
        for patterns in lex.patterns.values():
            guard = patterns._guard
            if guard is not None:
                chars.update("".join(guard[1]))
        for words in lex.label_words.values():  # label words are looked for as case-folded literals too
            chars.update("".join(words))
    everything = "".join(chr(c) for c in range(0x30000) if not 0xD800 <= c <= 0xDFFF)
    for char in sorted(chars):
        key = case_fold(char)
        for m in re.finditer(re.escape(char), everything, re.I):
            assert case_fold(m.group()) == key, (char, m.group())


def test_detection_from_lines_is_detection_from_the_sample():
    rng = random.Random(12)
    texts = [f.read_text(encoding="utf-8") for f in FIXTURES]
    checked = 0
    for text in texts:
        lines = [t for _, t, _ in numbered_lines(text)]
        for attempt in range(4):
            part = lines if attempt == 0 else [t for t in lines[rng.randrange(len(lines) or 1):] if rng.random() < 0.7]
            sample, sample_lines = language.prose_parts(part)
            assert sample == language.prose_sample(part)
            assert language.detect_sample(sample, sample_lines) == language.detect_sample(sample)
            checked += 1
    assert checked >= 4 * len(texts)
