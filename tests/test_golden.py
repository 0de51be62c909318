"""Golden files: every fixtures/<case>/input.txt cleans to expected.txt with the metadata of expected.json."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from cleaner import clean

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
CASES = sorted(p.parent.name for p in FIXTURES.glob("*/input.txt"))


@pytest.mark.parametrize("case", CASES)
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
