"""Golden files: every fixtures/<case>/input.txt cleans to expected.txt with the metadata of expected.json."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from cleaner import clean

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
CASES = sorted(p.parent.name for p in FIXTURES.glob("*/input.txt"))
# Trap fixtures the engine does not pass yet (fixtures/TRAPS.md says what goes wrong). Strict: a
# case that starts passing fails here until it is taken off the list, so the list only shrinks.
KNOWN_FAILING = frozenset(
    line.strip() for line in (FIXTURES / "KNOWN_FAILING").read_text(encoding="utf-8").splitlines()
    if line.strip() and not line.startswith("#")
)


def _case(name: str):
    if name in KNOWN_FAILING:
        return pytest.param(name, marks=pytest.mark.xfail(strict=True, reason="known failing trap, see fixtures/TRAPS.md"))
    return name


def test_known_failing_are_cases() -> None:
    assert KNOWN_FAILING <= set(CASES)


@pytest.mark.parametrize("case", [_case(c) for c in CASES])
def test_golden(case: str) -> None:
    folder = FIXTURES / case
    source = (folder / "input.txt").read_text(encoding="utf-8")
    result = clean(source, input_format="text")
    assert result.text == (folder / "expected.txt").read_text(encoding="utf-8")
    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    got = {key: result.metadata.get(key) for key in expected}
    assert got == expected


def test_seed_is_a_case() -> None:
    assert "seed" in CASES
