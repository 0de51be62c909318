"""What each lexicon pattern declares it needs is true.

The engine searches a structural pattern only in the lines that have what it needs
(``cleaner.lexicon.pattern_entry``): one of the literals declared beside it (``{"re": ..., "needs":
[...]}``), the pattern itself when it has no regex syntax, or, for a pattern starting with ``^``, a
match at the start of the line. A need that is not true would silently lose a match, so these tests
look for a match that lacks what its pattern needs on every line of the fixtures and of the AEB and
WCXB-dev renderings (as written and as the engine folds them), and on lines drawn from each pattern
(``hypothesis.strategies.from_regex``).
"""
from __future__ import annotations

import re
import sys
from bisect import bisect_right
from collections import defaultdict
from itertools import accumulate
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from cleaner.document import nfkc_lower, numbered_lines
from cleaner.lexicon import _SAME_UNDER_IGNORECASE, anchored, available, case_fold, load, pattern_entry

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

ENTRIES = [
    (lang, kind, source, needs)
    for lang in available()
    for kind, items in load(lang)["patterns"].items()
    for source, needs in map(pattern_entry, items)
]
COMPILED = {source: re.compile(source, re.I) for _, _, source, _ in ENTRIES}


def lacking(source: str, needs: tuple, line: str) -> str | None:
    """What the pattern finds in the line without what it needs, None when nothing is wrong."""
    found = COMPILED[source].search(line)
    if found is None:
        return None
    if anchored(source):
        return None if found.start() == 0 else found.group()
    folded = case_fold(found.group())
    return None if any(need in folded for need in needs) else found.group()


def test_every_pattern_says_what_it_needs():
    unknown = [(lang, kind, source) for lang, kind, source, needs in ENTRIES if needs is None]
    assert not unknown, f'not anchored (^), not a plain phrase: declare {{"re": ..., "needs": [...]}}: {unknown}'
    raw = [need for lang in available() for items in load(lang)["patterns"].values()
           for item in items if isinstance(item, dict) for need in item["needs"]]
    # Lowercase as the engine folds it, and telling: a single letter, digit or space is in every line.
    assert all(need == case_fold(need) for need in raw), [n for n in raw if n != case_fold(n)]
    assert all(len(need) > 1 or not (need.isalnum() or need.isspace()) for need in raw)


# Every page of a corpus whose id ends in one of these characters (about a tenth of each): the
# patterns are searched over some 2 MB of lines (the whole corpora would take minutes).
SAMPLE_ENDINGS = ("0",)


def _corpus_lines() -> list[str]:
    texts = [f.read_text(encoding="utf-8") for f in sorted((ROOT / "fixtures").glob("*/input.txt"))]
    try:
        from bench import aeb

        texts += [aeb.rendered(p) for corpus in ("aeb", "wcxb-dev") for p in aeb.load_pages(corpus)
                  if p.id.endswith(SAMPLE_ENDINGS)]
    except Exception:  # noqa: BLE001 - corpora or html_text missing: the fixtures still count
        pass
    lines = {t for text in texts for _, t, _ in numbered_lines(text)}
    return sorted(lines | {nfkc_lower(t) for t in lines})


def _lines_with_a_match(source: str, joined: str, starts: list[int]) -> set[int]:
    """Indexes of the lines in which the pattern may find something, from searches of all the lines
    joined by line breaks (``re.M``: ``^`` and ``$`` at each line's ends), one a line at the most; a
    match of the pattern in a line is found from that line's start, if not from an earlier one."""
    found, pos, search = set(), 0, re.compile(source, re.I | re.M).search
    while True:
        m = search(joined, pos)
        if m is None:
            return found
        at = bisect_right(starts, m.start()) - 1
        found.add(at)
        if at + 1 >= len(starts):
            return found
        pos = starts[at + 1]


def test_no_line_of_the_corpora_has_a_match_without_what_its_pattern_needs():
    lines = _corpus_lines()
    assert len(lines) > 1000
    joined = "\n".join(lines)
    starts = list(accumulate((len(line) + 1 for line in lines[:-1]), initial=0))
    problems, hit = [], 0
    for lang, kind, source, needs in ENTRIES:
        for at in _lines_with_a_match(source, joined, starts):
            wrong = lacking(source, needs, lines[at])
            hit += COMPILED[source].search(lines[at]) is not None
            if wrong is not None:
                problems.append((lang, kind, source, lines[at], wrong))
    assert not problems, problems[:10]
    assert hit > 100  # the corpora do exercise the patterns


@pytest.mark.parametrize("entry", ENTRIES, ids=[f"{lang}-{kind}-{n}" for n, (lang, kind, _, _) in enumerate(ENTRIES)])
@settings(max_examples=4, deadline=None, database=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_lines_drawn_from_a_pattern_have_what_it_needs(entry, data):
    _, _, source, needs = entry
    line = data.draw(st.from_regex(COMPILED[source]))
    assert lacking(source, needs, line) is None


def test_case_fold_knows_every_pair_ignorecase_joins():
    """The characters with one uppercase and several lowercase forms ('ı' and 'i', 'ſ' and 's'),
    found as CPython finds those ``re.I`` matches to each other, are the groups case_fold joins."""
    by_upper = defaultdict(set)
    for char in map(chr, range(sys.maxunicode + 1)):
        by_upper[char.upper()].add(char.lower())
    groups = {frozenset(lowers) for lowers in by_upper.values() if len(lowers) > 1}
    assert groups == {frozenset(group) for group in _SAME_UNDER_IGNORECASE}
    for group in _SAME_UNDER_IGNORECASE:
        assert len({case_fold(char) for char in group}) == 1, group
        for char in group:
            assert all(re.fullmatch(re.escape(char), other, re.I) for other in group), group
