"""Quality gate: newsclean's F1 on the Article Extraction Benchmark must not fall below the floors.

The floors live in bench/floors.json and may only go up: after an improvement, set a floor to the
newly measured F1 minus 0.005 (``python bench/quality.py`` prints it). See docs/benchmarks.md.

Text mode: each page rendered with ``html_text.extract_text(html, guess_layout=True)``, then
``clean(text, input_format="text")``. HTML mode: ``clean(html, input_format="html")``.
"""
from __future__ import annotations

import importlib.util
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
NOTHING_REMOVED_F1 = 0.665  # bench/README: the whole rendered page, nothing removed
JOBS = min(2, os.cpu_count() or 1)


@pytest.fixture(scope="module")
def pages():
    pages = aeb.load_pages()
    aeb.rendered_all(pages)  # render once, before the worker processes fork
    return pages


def _report(s: dict, worst: int = 5) -> str:
    pages = sorted(s["per_page"].items(), key=lambda kv: kv[1]["f1"])[:worst]
    lines = [f"F1 {s['f1']:.4f}  P {s['precision']:.4f}  R {s['recall']:.4f}; worst pages:"]
    lines += [f"  {pid[:12]} f1 {v['f1']:.3f} p {v['precision']:.3f} r {v['recall']:.3f}" for pid, v in pages]
    return "\n".join(lines)


def test_floors_are_meaningful():
    assert FLOORS["text"] >= NOTHING_REMOVED_F1, "a text floor below the nothing-removed baseline gates nothing"
    assert 0 < FLOORS["html"] <= 1


def test_text_mode_f1_at_least_floor(pages):
    s = aeb.score(aeb.newsclean_predictions(pages, "text", jobs=JOBS))
    assert s["f1"] >= FLOORS["text"], f"AEB text-mode F1 below floor {FLOORS['text']}: " + _report(s)


def test_html_mode_f1_at_least_floor(pages):
    if importlib.util.find_spec("cleaner.html") is None:
        pytest.skip("cleaner.html does not exist yet (the HTML path is being written); HTML gate not run")
    s = aeb.score(aeb.newsclean_predictions(pages, "html", jobs=JOBS))
    assert s["f1"] >= FLOORS["html"], f"AEB HTML-mode F1 below floor {FLOORS['html']}: " + _report(s)


def test_gate_bites_with_every_rule_category_disabled(pages):
    from cleaner import list_rules

    categories = sorted({r.category for r in list_rules()})
    assert categories, "list_rules() names no rule categories"
    s = aeb.score(aeb.newsclean_predictions(pages, "text", jobs=JOBS, disable=categories))
    assert s["f1"] < FLOORS["text"], "with every rule disabled the text gate should fail: " + _report(s)
    assert s["f1"] == pytest.approx(NOTHING_REMOVED_F1, abs=0.02), _report(s)
