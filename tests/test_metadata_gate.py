"""Metadata gate: on WCXB-dev (709 pages with a metadata truth), newsclean's HTML-mode title, author
and date must each stay at or above its floor, and at or above trafilatura alone; in text mode (the
page rendered to plain text, no HTML), each at or above its own floor.

Scoring is bench/metadata.py's: title equal after lower-casing and collapsing non-word characters,
the same set of author names (split on ``;`` and ``,``), the same day. The floors live in
bench/metadata_floors.json (floors only go up: after an improvement, set a floor to the newly measured
share minus 0.01; ``python bench/metadata.py --corpus wcxb-dev`` prints it). trafilatura's figures
there are measured with ``bare_extraction(html, with_metadata=True)`` and are not re-run here, to keep
the gate under a minute on two processes.
"""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import metadata as bench_metadata  # noqa: E402

pytest.importorskip("trafilatura", reason="HTML mode needs trafilatura")

FLOORS = json.loads((ROOT / "bench" / "metadata_floors.json").read_text(encoding="utf-8"))["wcxb-dev"]
JOBS = min(2, os.cpu_count() or 1)
FIELDS = ("title", "author", "date")


@pytest.fixture(scope="module")
def measured():
    return bench_metadata.wcxb_measure(("newsclean html",), jobs=JOBS)["newsclean html"]


def test_floors_are_meaningful():
    for field in FIELDS:
        assert 0 < FLOORS["html"][field] <= 1
        assert FLOORS["html"][field] >= FLOORS["trafilatura"][field] - 0.005, f"{field}: a floor below trafilatura gates nothing"


@pytest.fixture(scope="module")
def measured_text():
    pytest.importorskip("html_text", reason="text mode is measured on html-text's rendering of the page")
    return bench_metadata.wcxb_measure(("newsclean text",), jobs=JOBS)["newsclean text"]


@pytest.mark.parametrize("field", FIELDS)
def test_text_metadata_at_least_floor(measured_text, field):
    ok, pages = measured_text[field]
    share = ok / pages
    misses = measured_text["misses"][field][:5]
    assert share >= FLOORS["text"][field], f"WCXB-dev text {field} {share:.3f} below floor {FLOORS['text'][field]}; e.g. {misses}"


@pytest.mark.parametrize("field", FIELDS)
def test_metadata_at_least_floor(measured, field):
    ok, pages = measured[field]
    share = ok / pages
    misses = measured["misses"][field][:5]
    assert share >= FLOORS["html"][field], f"WCXB-dev HTML {field} {share:.3f} below floor {FLOORS['html'][field]}; e.g. {misses}"


def test_scoring_normalises_as_documented():
    correct = bench_metadata.correct
    assert correct("title", "Night trains return — to the Alps!", "night trains return to the alps")
    assert not correct("title", "Night trains return to the Alps | Tracks", "Night trains return to the Alps")
    assert correct("author", ["Jane Roe", "John Doe"], "john doe; Jane  Roe")
    assert not correct("author", ["Jane Roe"], "Jane Roe, John Doe")
    assert correct("date", "2024-11-18T06:30:00+01:00", "2024-11-18")
    assert not correct("date", "2024-11-19", "2024-11-18")
    assert not correct("title", None, "x")
