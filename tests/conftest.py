"""Fixtures the command's tests share: a CliRunner with a plain environment, a temporary working
folder, and a stand-in for cleaner.clean (test_cli.FakeClean)."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings
from typer.testing import CliRunner

# On CI the property tests replay the same examples every run (a red build is a change's, never
# the luck of the draw); on a developer's machine they keep drawing new ones, and finding bugs.
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")


@pytest.fixture()
def runner() -> CliRunner:
    """No colour, not under pre-commit, wide enough that messages never wrap."""
    return CliRunner(env={"NO_COLOR": "1", "PRE_COMMIT": None, "COLUMNS": "200"})


@pytest.fixture()
def cwd(tmp_path, monkeypatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.fixture()
def fake(monkeypatch):
    """cleaner.clean replaced by FakeClean: drops lines starting with 'MENU', records its calls."""
    import cleaner
    from test_cli import FakeClean

    stand_in = FakeClean()
    monkeypatch.setattr(cleaner, "clean", stand_in)
    return stand_in
