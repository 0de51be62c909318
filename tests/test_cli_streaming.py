"""JSONL in bounded memory (issue 11): --diff hunks written as they come, --write written as it goes,
the report spooled; each the same as the whole-file versions."""
from __future__ import annotations

import json
import random

import pytest

from cleaner import Removal
from cleaner.cli import app
from cleaner.report import LineDiff, RecordSpool, render_report, unified_diff

from test_cli import FakeClean


@pytest.fixture()
def fake_records(monkeypatch):
    import cleaner.jsonl as jsonl_mod

    monkeypatch.setattr(jsonl_mod, "_clean", lambda source, input_format, options: FakeClean()(source, input_format))


def test_line_diff_matches_unified_diff():
    rng = random.Random(7)
    for _ in range(1500):
        old, new, removals, out = [], [], [], []
        diff = LineDiff("c.jsonl", out.append, limit=rng.choice([10, 1 << 20]))
        keep = rng.choice([0.3, 0.6, 0.9])
        for i in range(rng.randint(0, 40)):
            line = f"record {i}\n"
            old.append(line)
            roll = rng.random()
            if roll < keep:
                new.append(line)
                diff.equal(line)
            elif roll < keep + (1 - keep) * 0.7:
                rules = rng.sample(["a.one", "b.two", "c.three"], rng.randint(0, 2))
                removals += [Removal(rule, "x", i + 1, i + 1, "", "") for rule in rules]
                new.append(f"clean {i}\n")
                diff.change(line, f"clean {i}\n", rules)
            else:
                diff.change(line, None)
        diff.finish()
        assert "".join(out) == unified_diff("".join(old), "".join(new), "c.jsonl", removals)


def test_record_spool_spills_and_sorts_like_render_report():
    rng = random.Random(3)
    records = []
    spool = RecordSpool(limit=2000)  # spills to a temporary file after a few records
    for path in ("b.jsonl", "a.txt", "c/d.jsonl"):
        for record in range(1, 30):
            batch = [
                {"path": path, "record": record, "rule": rng.choice(["x.a", "y.b"]), "category": "x",
                 "first_line": line, "last_line": line, "reason": "r", "text": f"t{line}"}
                for line in rng.sample(range(1, 20), rng.randint(0, 4))
            ]
            records += batch
            spool.extend(batch)
    assert spool._file is not None
    assert b"".join(spool.chunks()).decode("utf-8") == render_report(records)
    spool.close()


def _corpus(n: int) -> str:
    lines = []
    for i in range(n):
        text = f"Record {i}\nMENU\nBody {i}." if i % 5 == 0 else f"Record {i}\nBody {i}."
        lines.append(json.dumps({"id": i, "text": text}))
        if i == 7:
            lines.append("")  # a blank line: dropped
    return "\n".join(lines) + "\n"


def test_jsonl_diff_check_write_report_stream_the_same(runner, cwd, fake_records):
    (cwd / "c.jsonl").write_text(_corpus(40), encoding="utf-8")
    diff = runner.invoke(app, ["clean", "--diff", "--jobs", "1", "--report", "r.jsonl", "c.jsonl"], catch_exceptions=False)
    assert diff.exit_code == 0
    old = (cwd / "c.jsonl").read_text(encoding="utf-8")
    check = runner.invoke(app, ["clean", "--check", "--jobs", "2", "c.jsonl"], catch_exceptions=False)
    assert check.exit_code == 1 and check.stdout == ""
    assert "would clean c.jsonl" in check.stderr
    write = runner.invoke(app, ["clean", "--write", "--jobs", "2", "c.jsonl"], catch_exceptions=False)
    assert write.exit_code == 0
    new = (cwd / "c.jsonl").read_text(encoding="utf-8")
    assert len(new.splitlines()) == 40
    assert json.loads(new.splitlines()[5])["text"] == "Record 5\nBody 5.\n"
    spans = [Removal("navigation.menu", "navigation", n, n, "", "") for n in range(1, 42)
             if json.loads(old.splitlines()[n - 1] or "{}").get("id", 1) % 5 == 0]
    assert diff.stdout == unified_diff(old, new, "c.jsonl", spans)
    report = [json.loads(line) for line in (cwd / "r.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["record"] for r in report] == [1, 6, 12, 17, 22, 27, 32, 37]  # input line numbers (a blank line 9)
    assert sorted(p.name for p in cwd.iterdir()) == ["c.jsonl", "r.jsonl"]  # no temporary file left
    unchanged = (cwd / "c.jsonl").stat().st_mtime_ns
    assert runner.invoke(app, ["clean", "--write", "c.jsonl"], catch_exceptions=False).exit_code == 0
    assert (cwd / "c.jsonl").stat().st_mtime_ns == unchanged


def test_interrupted_jsonl_write_leaves_the_file_and_no_temporary(runner, cwd, monkeypatch):
    import cleaner.jsonl as jsonl_mod

    (cwd / "c.jsonl").write_text(_corpus(10), encoding="utf-8")
    before = (cwd / "c.jsonl").read_bytes()
    calls = []

    def clean(source, input_format, options):
        calls.append(source)
        if len(calls) == 4:
            raise KeyboardInterrupt
        return FakeClean()(source, input_format)

    monkeypatch.setattr(jsonl_mod, "_clean", clean)
    result = runner.invoke(app, ["clean", "--write", "--jobs", "1", "c.jsonl"], catch_exceptions=False)
    assert result.exit_code == 130
    assert (cwd / "c.jsonl").read_bytes() == before
    assert [p.name for p in cwd.iterdir()] == ["c.jsonl"]


def test_a_long_hunk_waits_in_a_temporary_file_and_comes_out_the_same():
    out = []
    diff = LineDiff("c.jsonl", out.append, limit=100)
    old = [f"é record {i}\n" for i in range(200)]
    for i, line in enumerate(old):
        diff.change(line, f"clean {i}\n", ["a.rule"])
    diff.finish()
    removals = [Removal("a.rule", "x", i + 1, i + 1, "", "") for i in range(200)]
    assert "".join(out) == unified_diff("".join(old), "".join(f"clean {i}\n" for i in range(200)), "c.jsonl", removals)


def test_jsonl_write_edge_cases_leave_no_temporary_file(runner, cwd, fake_records):
    (cwd / "empty.jsonl").write_bytes(b"")
    (cwd / "same.jsonl").write_text(json.dumps({"text": "Clean\n", "metadata": {}}) + "\n", encoding="utf-8")
    ro = cwd / "ro.jsonl"
    ro.write_text(json.dumps({"text": "A\nMENU"}) + "\n", encoding="utf-8")
    ro.chmod(0o444)
    try:
        result = runner.invoke(app, ["clean", "--write", "--jobs", "1", "empty.jsonl", "same.jsonl", "ro.jsonl"],
                               catch_exceptions=False)
    finally:
        ro.chmod(0o644)
    assert result.exit_code == 2
    assert "error: ro.jsonl: read-only file, not rewritten" in result.stderr
    assert json.loads(ro.read_text(encoding="utf-8"))["text"] == "A\nMENU"
    assert sorted(p.name for p in cwd.iterdir()) == ["empty.jsonl", "ro.jsonl", "same.jsonl"]


def test_jsonl_diff_shows_dropped_blank_lines_and_keeps_failed_records(runner, cwd, fake_records):
    (cwd / "c.jsonl").write_text('{"text": "A\\nMENU"}\n\n{broken\n', encoding="utf-8")
    result = runner.invoke(app, ["clean", "--diff", "--jobs", "1", "c.jsonl"], catch_exceptions=False)
    assert result.exit_code == 2
    assert result.stdout == (
        "--- a/c.jsonl\n+++ b/c.jsonl\n@@ -1,3 +1,2 @@ navigation.menu\n"
        '-{"text": "A\\nMENU"}\n-\n+{"text": "A\\n", "metadata": {"title": "A", "language": "en"}}\n {broken\n'
    )


def test_report_to_stdout_is_sorted_by_path(runner, cwd, fake_records):
    (cwd / "b.jsonl").write_text(json.dumps({"text": "B\nMENU"}) + "\n", encoding="utf-8")
    (cwd / "a.jsonl").write_text(json.dumps({"text": "A\nMENU"}) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["clean", "--check", "--jobs", "1", "--report", "-", "b.jsonl", "a.jsonl"],
                           catch_exceptions=False)
    assert [json.loads(line)["path"] for line in result.stdout.splitlines()] == ["a.jsonl", "b.jsonl"]


def test_diff_lines_end_at_newlines_only():
    old = 'first \u2028 line\x0c with breaks\nMENU\n{"t": "x\u2029y"}\n'
    new = 'first \u2028 line\x0c with breaks\n{"t": "x\u2029y"}\n'
    diff = unified_diff(old, new, "a.txt")
    assert diff == (
        "--- a/a.txt\n+++ b/a.txt\n@@ -1,3 +1,2 @@\n first \u2028 line\x0c with breaks\n-MENU\n"
        ' {"t": "x\u2029y"}\n'
    )
    out = []
    lines = LineDiff("a.txt", out.append)
    lines.equal("first \u2028 line\x0c with breaks\n")
    lines.change("MENU\n", None)
    lines.equal('{"t": "x\u2029y"}\n')
    lines.finish()
    assert "".join(out) == diff


# ---------------------------------------------------------------- one pipeline for documents and records


def test_documents_and_records_are_one_outcome_type():
    from cleaner import batch, jsonl, outcome

    assert jsonl.JsonlOutcome is outcome.Outcome
    assert batch.Outcome is outcome.Outcome
    doc = batch.process_document(outcome.Source("a.txt"), outcome.Settings(), b"Title\n\nBody text.\n")
    rec = jsonl.clean_record(1, b'{"text": "Title\\n\\nBody text."}', outcome.Settings(), source=outcome.Source("c.jsonl"))
    assert type(doc) is type(rec) is outcome.Outcome
    assert rec.line_no == 1 and doc.line_no is None


def test_files_and_records_share_one_pool_and_give_the_same_bytes_for_any_jobs(runner, cwd, fake, fake_records):
    for n in range(12):
        (cwd / f"{n:02d}.txt").write_text(f"Title {n}\nMENU\n\nBody {n}.\n" if n % 3 else f"Title {n}\n", encoding="utf-8")
    (cwd / "c.jsonl").write_text(_corpus(60), encoding="utf-8")
    (cwd / "d.jsonl").write_text('{"text": "A\\nMENU"}\n{broken\n\n', encoding="utf-8")
    original = {p.name: p.read_bytes() for p in cwd.iterdir()}
    results = {}
    for jobs in ("1", "2"):
        for mode in ([], ["--check"], ["--diff"], ["--write"]):
            for p in cwd.iterdir():
                p.write_bytes(original[p.name])
            got = runner.invoke(app, ["clean", "--jobs", jobs, *mode, "--report", "-", "."], catch_exceptions=False)
            files = {p.name: p.read_bytes() for p in cwd.iterdir()}
            results[jobs, tuple(mode)] = (got.exit_code, got.stdout, got.stderr, files)
    for mode in ([], ["--check"], ["--diff"], ["--write"]):
        assert results["1", tuple(mode)] == results["2", tuple(mode)], mode
    code, stdout, stderr, files = results["1", ("--write",)]
    assert code == 2  # d.jsonl line 2
    assert "14 files (74 documents) seen, 10 cleaned, 1 failed" in stderr
    assert files["01.txt"] == b"Title 1\n\nBody 1.\n"
    assert files["d.jsonl"].split(b"\n")[1] == b"{broken"  # a failed record goes through


def test_every_mode_streams_with_a_bounded_window(runner, cwd, fake_records, monkeypatch):
    """Whatever the mode, the pipeline reads units only as far as the pool's window ahead of the
    outcome it acts on: memory does not grow with the corpus."""
    import cleaner.pipeline as pipeline_mod
    from cleaner.outcome import CHUNK_UNITS, WINDOW_PER_JOB

    real = pipeline_mod.process_all
    seen = {}

    def process_all(tasks, settings, *, jobs=1, **kwargs):
        pulled = 0

        def counted():
            nonlocal pulled
            for task in tasks:
                pulled += 1
                yield task

        done = 0
        for outcome in real(counted(), settings, jobs=jobs, **kwargs):
            done += 1
            seen["ahead"] = max(seen.get("ahead", 0), pulled - done)
            yield outcome
        seen["total"] = done

    monkeypatch.setattr(pipeline_mod, "process_all", process_all)
    (cwd / "c.jsonl").write_text(_corpus(3000), encoding="utf-8")
    for mode in ([], ["--check"], ["--diff"], ["--write"]):
        seen.clear()
        got = runner.invoke(app, ["clean", "--jobs", "2", *mode, "--report", "r.jsonl", "c.jsonl"], catch_exceptions=False)
        assert got.exit_code in (0, 1), got.stderr
        assert seen["total"] == 3000
        assert seen["ahead"] <= 2 * WINDOW_PER_JOB * CHUNK_UNITS + CHUNK_UNITS, mode
