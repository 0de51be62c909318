"""Invariants of the text engine, checked on generated input (hypothesis) and on every fixture.

- idempotence: cleaning clean text changes nothing;
- deletion only: every output line is an input line, whitespace-normalised;
- determinism: the same input gives the same text, metadata and removals;
- robustness: no exception on arbitrary Unicode, empty input or a single huge line.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from cleaner import clean
from cleaner.document import normalise_line, split_lines, verbatim_lines

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
INPUTS = sorted(FIXTURES.glob("*/input.txt"))

# Lines that look like news pages: menus, prose, bylines, footers, in several scripts.
_WORDS = [
    "Home", "News", "Share", "Facebook", "By Jane Doe", "Copyright 2024 © Daily Planet. All rights reserved.",
    "Related stories", "Read more:", "Subscribe to our newsletter", "18:37 UTC+8, 2024-04-29", "Source: Xinhua",
    "Editor: Li Qian", "首页 > 国内", "版权所有", "Alle Rechte vorbehalten", "Impressum", "Поделиться", "•", "|", "/",
    "The council voted on Tuesday to approve the plan, which had been debated for months.",
    "\"We will rebuild,\" she said.", "- a fact", "记者从中国国家铁路集团有限公司获悉，今年假期铁路运输开始。",
    "Il a déclaré que la décision serait prise la semaine prochaine.", "\u00a0", "\u200b", "\t", "",
]
_line = st.one_of(st.sampled_from(_WORDS), st.text(max_size=80))
_page = st.lists(_line, max_size=60).map("\n".join)
_SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _normalised_input_lines(text: str) -> set[str]:
    """What an output line may be: an input line normalised, or a Markdown code line as given
    (trailing spaces and control characters dropped: cleaning never re-indents code)."""
    return {normalise_line(raw) for raw in split_lines(text)} | set(verbatim_lines(text).values())


def _check_invariants(text: str) -> None:
    first = clean(text)
    assert clean(first.text).text == first.text, "not idempotent"
    allowed = _normalised_input_lines(text)
    for line in first.text.split("\n"):
        assert line == "" or line in allowed, f"output line not in input: {line!r}"
    if first.text:
        assert first.text.endswith("\n") and not first.text.endswith("\n\n")
        assert "\n\n\n" not in first.text
    for removal in first.removals:
        assert 1 <= removal.first_line <= removal.last_line
        assert removal.rule and removal.category and removal.reason


@_SETTINGS
@given(_page)
def test_invariants_on_generated_pages(text: str) -> None:
    _check_invariants(text)


@_SETTINGS
@given(st.text(max_size=400))
def test_no_exception_on_arbitrary_unicode(text: str) -> None:
    _check_invariants(text)


@_SETTINGS
@given(_page)
def test_deterministic(text: str) -> None:
    a, b = clean(text), clean(text)
    assert a.text == b.text
    assert a.metadata == b.metadata
    assert a.removals == b.removals


@pytest.mark.parametrize("path", INPUTS, ids=[p.parent.name for p in INPUTS])
def test_invariants_on_fixtures(path: Path) -> None:
    _check_invariants(path.read_text(encoding="utf-8"))


def test_fixture_lines_mixed_and_shuffled_still_hold() -> None:
    # Pages glued together from several fixtures: the invariants must not depend on a tidy layout.
    texts = [p.read_text(encoding="utf-8") for p in INPUTS]
    _check_invariants("\n".join(texts[:4]))
    _check_invariants("\n\n".join(reversed(texts[-4:])))


def test_empty_and_blank_input() -> None:
    for text in ("", "\n", "   \n\t\n", "\u200b\n\u00a0"):
        result = clean(text)
        assert result.text == ""
        assert result.metadata["title"] is None


def test_single_huge_line() -> None:
    text = ("word " * 200_000).strip()  # about 1 MB on one line
    result = clean(text)
    assert result.text == text + "\n"


def test_huge_line_of_one_token() -> None:
    text = "x" * 1_000_000
    assert clean(text).text in ("", text + "\n")


@pytest.mark.parametrize("path", INPUTS, ids=[p.parent.name for p in INPUTS])
def test_removal_records_point_at_the_input(path: Path) -> None:
    """Each record's text is exactly the input's non-blank lines of its span, and no two records
    claim the same line (a later pass's removal does not stretch over what an earlier one took)."""
    text = path.read_text(encoding="utf-8")
    raw = split_lines(text)
    taken: set[int] = set()
    for removal in clean(text).removals:
        span = [normalise_line(r) for r in raw[removal.first_line - 1 : removal.last_line]]
        assert removal.text.split("\n") == [line for line in span if line], removal
        lines = set(range(removal.first_line, removal.last_line + 1))
        assert not lines & taken, removal
        taken |= lines


@pytest.mark.parametrize("path", INPUTS, ids=[p.parent.name for p in INPUTS])
def test_keep_byline_is_idempotent_and_keeps_the_headline(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    kept = clean(text, keep_byline=True)
    assert clean(kept.text, keep_byline=True).text == kept.text
    plain = clean(text)
    # Keeping the byline adds at most that line: the headline and article stay as they are.
    assert set(plain.text.split("\n")) <= set(kept.text.split("\n")) | {""}
    assert len([ln for ln in kept.text.split("\n") if ln]) - len([ln for ln in plain.text.split("\n") if ln]) <= 1


@_SETTINGS
@given(_page)
# Found by this test: a kept byline over a paragraph printed four times crashed the second pass.
@example("By Jane Doe\n" + "The council voted on Tuesday to approve the plan, which had been debated for months.\n" * 4)
def test_keep_byline_idempotent_on_generated_pages(text: str) -> None:
    kept = clean(text, keep_byline=True)
    assert clean(kept.text, keep_byline=True).text == kept.text


@pytest.mark.parametrize("category", ["header", "legal", "credits", "byline", "promo", "related", "navigation", "duplicate", "context"])
def test_idempotent_with_a_category_switched_off(category: str) -> None:
    for path in INPUTS:
        first = clean(path.read_text(encoding="utf-8"), disable=[category])
        assert clean(first.text, disable=[category]).text == first.text, path.parent.name


@pytest.mark.parametrize("text", [
    "Home\nHome\nHome\nHome\nFacebook\nПоделиться",
    "Copyright 2024 © Daily Planet. All rights reserved.\nПоделиться",
])
def test_idempotent_when_the_clean_text_reads_as_another_language(text: str) -> None:
    # English menus around a Russian widget: the page reads as no language, its remains as Russian.
    first = clean(text)
    assert clean(first.text).text == first.text
    kept = clean(text, keep_byline=True)
    assert clean(kept.text, keep_byline=True).text == kept.text
