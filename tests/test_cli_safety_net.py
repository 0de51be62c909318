"""The safety net through the command: a document whose clean kept the conservative reading says so
on stderr, in the JSON output, in the --report file and in the batch summary, and explain shows it
(issue 9). The page: a WCXB-dev guide whose article core would have kept 3% of its prose."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cleaner.cli import app

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

pytest.importorskip("html_text", reason="renders a WCXB-dev page (the 'test' extra)")

from bench import aeb  # noqa: E402

WARNING = "kept the conservative clean"


@pytest.fixture(scope="module")
def guide() -> str:
    page = next(p for p in aeb.load_pages("wcxb-dev") if p.id == "0030")
    return aeb.rendered(page)


@pytest.fixture()
def runner() -> CliRunner:
    return CliRunner(env={"NO_COLOR": "1", "PRE_COMMIT": None, "COLUMNS": "300"})


@pytest.fixture()
def folder(tmp_path, monkeypatch, guide) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "guide.txt").write_text(guide, encoding="utf-8")
    (tmp_path / "articles" / "seed.txt").write_text((ROOT / "fixtures/seed/input.txt").read_text(encoding="utf-8"),
                                                    encoding="utf-8")
    return tmp_path


def test_batch_summary_report_and_stderr_name_the_document(runner, folder):
    result = runner.invoke(app, ["clean", "--check", "articles", "--report", "removals.jsonl"], catch_exceptions=False)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert f"articles/guide.txt: {WARNING}" in result.stderr
    summary = result.stderr.strip().splitlines()[-1]
    assert f"{WARNING} (most prose would have gone): 1 (articles/guide.txt)" in summary
    records = [json.loads(line) for line in (folder / "removals.jsonl").read_text(encoding="utf-8").splitlines()]
    safety = [r for r in records if r["rule"] == "safety.conservative"]
    assert [(r["path"], r["category"], r["first_line"]) for r in safety] == [("articles/guide.txt", "safety", 0)]
    assert safety[0]["reason"].startswith(WARNING)
    assert not any(r["rule"] == "safety.conservative" and r["path"].endswith("seed.txt") for r in records)


def test_quiet_keeps_stderr_empty_but_the_report(runner, folder):
    result = runner.invoke(app, ["clean", "--check", "-q", "articles", "--report", "r.jsonl"], catch_exceptions=False)
    assert WARNING not in result.stderr
    assert "safety.conservative" in (folder / "r.jsonl").read_text(encoding="utf-8")


def test_json_output_carries_the_warning(runner, folder):
    result = runner.invoke(app, ["clean", "--format", "json", "articles/guide.txt"], catch_exceptions=False)
    document = json.loads(result.stdout)
    assert document["warnings"] and document["warnings"][0].startswith(WARNING)
    seed = json.loads(runner.invoke(app, ["clean", "--format", "json", "articles/seed.txt"]).stdout)
    assert "warnings" not in seed


def test_jsonl_corpus_reports_the_record(runner, folder, guide):
    corpus = folder / "corpus.jsonl"
    corpus.write_text(json.dumps({"id": "g", "text": guide}) + "\n" + json.dumps({"id": "s", "text": "A line.\n"}) + "\n",
                      encoding="utf-8")
    result = runner.invoke(app, ["clean", str(corpus.name), "--report", "r.jsonl"], catch_exceptions=False)
    assert len(result.stdout.splitlines()) == 2
    assert f"corpus.jsonl: line 1: {WARNING}" in result.stderr
    safety = [json.loads(l) for l in (folder / "r.jsonl").read_text(encoding="utf-8").splitlines() if "safety." in l]
    assert [(r["record"], r["id"]) for r in safety] == [(1, "g")]


def test_explain_shows_the_safety_net(runner, folder):
    result = runner.invoke(app, ["explain", "articles/guide.txt"], catch_exceptions=False)
    assert f"safety net: {WARNING}" in result.stderr
