"""bench/traps.py generates trap pages with their truth: the pages must be the same for the same seed,
and the truth must describe the page (every article line printed on it, no line both article and junk).
No floor on the engine here: the figures are for the lead to read (docs/benchmarks.md)."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from bench.traps import ARTICLE, CLASSES, JUNK, generate, score
from bench.traps_text import LANGS

CELLS = [(c, lang) for c in CLASSES for lang in LANGS]


@pytest.mark.parametrize("cls,lang", CELLS)
def test_same_seed_same_page(cls, lang):
    for i in range(3):
        a, b = generate(5, cls, lang, i), generate(5, cls, lang, i)
        assert a.text == b.text
        assert a.kinds == b.kinds


def test_pages_vary_with_seed_and_index():
    texts = {generate(seed, "control", "en", i).text for seed in (1, 2) for i in range(5)}
    assert len(texts) == 10


@pytest.mark.parametrize("cls,lang", CELLS)
def test_truth_is_on_the_page(cls, lang):
    for i in range(4):
        page = generate(3, cls, lang, i)
        lines = page.text.splitlines()
        assert len(page.lines) == len(page.kinds)
        article = [page.lines[k] for k in page.of_kind(ARTICLE)]
        junk = {page.lines[k].strip() for k in page.of_kind(JUNK)}
        assert article, "a page without an article"
        assert junk, "a page without chrome"
        for line in article:
            assert line in lines
            assert line.strip() not in junk, f"{line!r} is both article and junk"
        # No unfilled slot or format left in a printed line.
        for line in lines:
            assert "{" not in line and "}" not in line, line


def test_score_counts_lines():
    page = generate(1, "aside6", "de", 0)
    art = [page.lines[k] for k in page.of_kind(ARTICLE)]
    everything = score(page, SimpleNamespace(text=page.text))
    assert everything.recall == 1.0 and everything.junk_removed == 0
    only_article = score(page, SimpleNamespace(text="\n".join(art)))
    assert only_article.recall == 1.0 and only_article.junk_removed == only_article.junk
    half = score(page, SimpleNamespace(text="\n".join(art[: len(art) // 2])))
    assert half.lost and half.recall < 1.0
