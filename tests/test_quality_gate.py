"""Quality gate: on both development corpora, in both modes, newsclean's F1 must not fall below its
floor and its severe-loss rate (pages whose recall falls below 0.5) must not rise above its ceiling.

The figures live in bench/floors.json: floors only go up, ceilings only go down. After an
improvement, set a floor to the newly measured F1 minus 0.005 and a ceiling to the measured rate
plus a page or two (``python bench/quality.py`` prints both). See docs/benchmarks.md.

Text mode: each page rendered with ``html_text.extract_text(html, guess_layout=True)``, then
``clean(text, input_format="text")``. HTML mode: ``clean(html, input_format="html")``.
"""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import aeb  # noqa: E402

pytest.importorskip("html_text", reason="the quality gate needs html-text (the 'test' extra)")

FLOORS = json.loads((ROOT / "bench" / "floors.json").read_text(encoding="utf-8"))
NOTHING_REMOVED_F1 = {"aeb": 0.665, "wcxb-dev": 0.806}  # bench/README: the whole rendered page
JOBS = min(2, os.cpu_count() or 1)
CASES = [(corpus, mode) for corpus in ("aeb", "wcxb-dev") for mode in ("text", "html")]


@pytest.fixture(scope="module")
def corpora():
    loaded = {}
    for corpus in ("aeb", "wcxb-dev"):
        pages = aeb.load_pages(corpus)
        aeb.rendered_all(pages)  # render once, before the worker processes fork
        loaded[corpus] = pages
    return loaded


def _report(s: dict, worst: int = 5) -> str:
    pages = sorted(s["per_page"].items(), key=lambda kv: kv[1]["f1"])[:worst]
    lines = [f"F1 {s['f1']:.4f}  P {s['precision']:.4f}  R {s['recall']:.4f}  severe {s['severe']:.4f} "
             f"({len(s['severe_pages'])} pages, {s['emptied']} emptied); worst pages:"]
    lines += [f"  {pid[:12]} f1 {v['f1']:.3f} p {v['precision']:.3f} r {v['recall']:.3f}" for pid, v in pages]
    return "\n".join(lines)


def test_floors_are_meaningful():
    for corpus, mode in CASES:
        gate = FLOORS[corpus][mode]
        assert 0 < gate["f1"] <= 1 and 0 <= gate["severe"] < 0.2, (corpus, mode)
    for corpus, baseline in NOTHING_REMOVED_F1.items():
        assert FLOORS[corpus]["text"]["f1"] >= baseline, f"{corpus}: a text floor below nothing-removed gates nothing"


@pytest.mark.parametrize("corpus,mode", CASES)
def test_f1_at_least_floor_and_severe_loss_at_most_ceiling(corpora, corpus, mode):
    pages = corpora[corpus]
    s = aeb.score(aeb.newsclean_predictions(pages, mode, jobs=JOBS), aeb.truth_of(pages))
    gate = FLOORS[corpus][mode]
    assert s["f1"] >= gate["f1"], f"{corpus} {mode}-mode F1 below floor {gate['f1']}: " + _report(s)
    assert s["severe"] <= gate["severe"], f"{corpus} {mode}-mode severe loss above ceiling {gate['severe']}: " + _report(s)


def test_gate_bites_with_every_rule_category_disabled(corpora):
    from cleaner import list_rules

    categories = sorted({r.category for r in list_rules()})
    assert categories, "list_rules() names no rule categories"
    pages = corpora["aeb"]
    s = aeb.score(aeb.newsclean_predictions(pages, "text", jobs=JOBS, disable=categories), aeb.truth_of(pages))
    assert s["f1"] < FLOORS["aeb"]["text"]["f1"], "with every rule disabled the text gate should fail: " + _report(s)
    assert s["f1"] == pytest.approx(NOTHING_REMOVED_F1["aeb"], abs=0.02), _report(s)


def _not_idempotent(text: str) -> bool:
    from cleaner import clean

    once = clean(text).text
    return clean(once).text != once


def test_idempotent_on_every_page_of_both_corpora(corpora):
    """clean(clean(x)) == clean(x) on every rendering, safety net and all (hypothesis checks random
    text; these are the pages where the decisions are real)."""
    items = {p.id: aeb.rendered(p) for pages in corpora.values() for p in pages}
    failed = sorted(k for k, bad in aeb.run_all(_not_idempotent, items, JOBS).items() if bad)
    assert not failed, f"not idempotent on {len(failed)} pages: {failed[:10]}"
