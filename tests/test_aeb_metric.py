"""The AEB metric in bench/aeb.py, on small hand-computed cases and on the published baseline."""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import aeb  # noqa: E402


def test_tokens_are_unicode_words_with_case_kept():
    assert aeb.tokenize("Hello, wörld! Привет 東京 don't x_1") == ["Hello", "wörld", "Привет", "東京", "don", "t", "x_1"]
    assert aeb.tokenize("") == []
    assert aeb.tokenize(None) == []


def test_shingles_short_and_empty_texts():
    assert aeb.shingles("") == Counter()
    assert aeb.shingles("  ,.; ") == Counter()
    assert aeb.shingles("one") == Counter({("one",): 1})
    assert aeb.shingles("one two three") == Counter({("one", "two", "three"): 1})
    assert aeb.shingles("a b c d") == Counter({("a", "b", "c", "d"): 1})
    assert aeb.shingles("a b c d e") == Counter({("a", "b", "c", "d"): 1, ("b", "c", "d", "e"): 1})


def test_shingles_are_a_multiset():
    # a b c d a b c d -> abcd, bcda, cdab, dabc, abcd
    assert aeb.shingles("a b c d a b c d")[("a", "b", "c", "d")] == 2
    assert sum(aeb.shingles("a b c d a b c d").values()) == 5


def test_identical_texts_score_one():
    text = "The quick brown fox jumps over the lazy dog."
    assert aeb.page_counts(text, text) == (1.0, 0.0, 0.0)
    s = aeb.score({"x": text}, truth={"x": text})
    assert (s["f1"], s["precision"], s["recall"]) == (1.0, 1.0, 1.0)


def test_case_matters():
    tp, fp, fn = aeb.page_counts("one two three four", "One two three four")
    assert (tp, fp, fn) == (0.0, 0.5, 0.5)


def test_disjoint_texts_score_zero():
    tp, fp, fn = aeb.page_counts("a b c d e", "v w x y z")
    assert (tp, fp, fn) == (0.0, 0.5, 0.5)
    s = aeb.score({"x": "v w x y z"}, truth={"x": "a b c d e"})
    assert (s["precision"], s["recall"], s["f1"]) == (0.0, 0.0, 0.0)


def test_partial_overlap_is_normalised_per_page():
    # truth: 7 tokens -> 4 shingles; prediction: first 5 tokens + 2 junk -> 4 shingles, 2 shared
    truth = "a b c d e f g"
    pred = "a b c d e x y"
    tp, fp, fn = aeb.page_counts(truth, pred)
    assert (tp, fp, fn) == pytest.approx((2 / 6, 2 / 6, 2 / 6))
    page = aeb.score({"p": pred}, truth={"p": truth})["per_page"]["p"]
    assert page["precision"] == pytest.approx(0.5)
    assert page["recall"] == pytest.approx(0.5)


def test_multiset_counts():
    # truth has "a b c d" twice; prediction once: tp 1, fn 1 (+ the shingles that differ)
    truth = "a b c d . a b c d"  # abcd, bcda, cdab, dabc, abcd
    pred = "a b c d"  # abcd
    tp, fp, fn = aeb.page_counts(truth, pred)
    assert (tp, fp, fn) == pytest.approx((1 / 5, 0.0, 4 / 5))
    # prediction repeats a shingle the truth has once: the extra copy is a false positive
    tp, fp, fn = aeb.page_counts("a b c d", "a b c d a b c d")
    assert (tp, fp, fn) == pytest.approx((1 / 5, 4 / 5, 0.0))


def test_shorter_than_four_tokens():
    assert aeb.page_counts("Hello world", "Hello world") == (1.0, 0.0, 0.0)
    # "Hello world" vs "Hello world again": different short shingles, nothing shared
    assert aeb.page_counts("Hello world", "Hello world again") == (0.0, 0.5, 0.5)
    # a long text never contains a short text's single shingle
    assert aeb.page_counts("Hello world", "Hello world and more words") == (0.0, 2 / 3, 1 / 3)


def test_empty_prediction_and_empty_truth():
    # empty prediction: tp = fp = 0, precision 0 but the page is left out of the precision mean
    assert aeb.page_counts("a b c d e", "") == (0.0, 0.0, 1.0)
    s = aeb.score({"x": "", "y": "k l m n"}, truth={"x": "a b c d e", "y": "k l m n"})
    assert s["precision"] == 1.0  # only page y counts for precision
    assert s["recall"] == 0.5  # x recall 0, y recall 1
    assert s["f1"] == pytest.approx(2 * 1.0 * 0.5 / 1.5)
    assert s["per_page"]["x"]["precision"] == 0.0
    # both empty: counts all zero, precision = recall = 1 by definition, page in neither mean
    assert aeb.page_counts("", "") == (0.0, 0.0, 0.0)
    assert aeb.precision_score(0, 0, 0) == 1.0 and aeb.recall_score(0, 0, 0) == 1.0
    s = aeb.score({"x": "", "y": "k l m n"}, truth={"x": "", "y": "k l m n q"})
    assert s["precision"] == 1.0 and s["recall"] == 0.5
    # empty truth, non-empty prediction: precision 0, recall excluded
    s = aeb.score({"x": "a b c d", "y": "k l m n"}, truth={"x": "", "y": "k l m n"})
    assert s["precision"] == 0.5 and s["recall"] == 1.0


def test_f1_is_of_the_means_not_a_mean_of_page_f1s():
    truth = {"x": "a b c d e f g", "y": "k l m n o"}
    preds = {"x": "a b c d e f g z z z z", "y": "k l m n"}
    s = aeb.score(preds, truth=truth)
    px, rx = 4 / 8, 1.0  # x: tp 4, fp 4, fn 0
    py, ry = 1.0, 1 / 2  # y: tp 1, fp 0, fn 1
    p, r = (px + py) / 2, (rx + ry) / 2
    assert s["precision"] == pytest.approx(p)
    assert s["recall"] == pytest.approx(r)
    assert s["f1"] == pytest.approx(2 * p * r / (p + r))


def test_unknown_page_id_is_an_error():
    with pytest.raises(KeyError):
        aeb.score({"nope": "x"}, truth={"x": "y"})


def test_aeb_fixture_is_complete():
    pages = aeb.load_pages()
    assert len(pages) == 181
    assert all(p.html and p.truth for p in pages)
    langs = Counter(p.language for p in pages)
    assert langs == {"en": 161, "pt": 6, "ru": 4, "ko": 2, "it": 2, "id": 2, "de": 2, "ja": 2}


def test_nothing_removed_baseline_matches_the_published_figure():
    pytest.importorskip("html_text")
    pages = aeb.load_pages()
    s = aeb.score(aeb.rendered_all(pages))
    assert s["f1"] == pytest.approx(0.665, abs=0.002)
    assert s["precision"] == pytest.approx(0.499, abs=0.002)
    assert s["recall"] == pytest.approx(0.994, abs=0.002)
