"""The newsclean command through typer's CliRunner: stdout and stderr asserted separately.

Tests that need the real engine use the seed article; tests about plumbing (options passed, errors,
interrupts) replace ``cleaner.clean`` with a fake so they do not depend on the engine's choices.
"""
from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

import cleaner
from cleaner import Removal, Result
from cleaner.cli import app

ROOT = Path(__file__).resolve().parents[1]
SHARED_SEED = ROOT.parent / "shared" / "seed" / "000_be540a3bf4453980"


def _seed_files() -> tuple[Path, Path, Path]:
    local = ROOT / "fixtures" / "seed"
    for base in (local,):
        if (base / "input.txt").is_file() and (base / "expected.txt").is_file():
            meta = base / "expected.json"
            return base / "input.txt", base / "expected.txt", meta
    return (
        SHARED_SEED.with_suffix(".txt"),
        SHARED_SEED.with_suffix(".clean.txt"),
        SHARED_SEED.with_suffix(".meta.json"),
    )


SEED, SEED_CLEAN, SEED_META = _seed_files()
needs_seed = pytest.mark.skipif(not SEED.is_file(), reason="seed article not available")


@pytest.fixture()
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture()
def seed_clean() -> str:
    return SEED_CLEAN.read_text(encoding="utf-8")


def invoke(runner: CliRunner, *args: str, input: bytes | str | None = None):
    return runner.invoke(app, list(args), input=input, catch_exceptions=False)


class FakeClean:
    """Stands in for cleaner.clean: drops lines starting with 'MENU', records its calls."""

    def __init__(self):
        self.calls: list[tuple[str, str, object]] = []
        self.error: BaseException | None = None
        self.delay = 0.0
        self.slow_prefix = ""

    def __call__(self, text, input_format="text", *, options=None, **overrides):
        self.calls.append((text, input_format, options))
        if self.delay and text.startswith(self.slow_prefix):
            deadline = time.monotonic() + self.delay
            while time.monotonic() < deadline:  # busy Python code, so a SIGALRM can interrupt it
                pass
        if self.error is not None:
            raise self.error
        kept, removals = [], []
        for number, line in enumerate(text.split("\n"), 1):
            if line.startswith("MENU"):
                removals.append(Removal("navigation.menu", "navigation", number, number, "menu line", line))
            else:
                kept.append(line)
        body = "\n".join(kept).strip("\n")
        return Result(body + "\n" if body else "", {"title": kept[0] if kept else None, "language": "en"}, removals)


# ---------------------------------------------------------------- the filter (real engine)


@needs_seed
def test_stdin_seed_prints_exactly_the_clean_text(runner, seed_text, seed_clean):
    result = invoke(runner, "clean", "-", input=seed_text.encode("utf-8"))
    assert result.exit_code == 0
    assert result.stdout == seed_clean
    assert result.stderr == ""


@needs_seed
def test_no_path_reads_stdin(runner, seed_text, seed_clean):
    result = invoke(runner, "clean", input=seed_text.encode("utf-8"))
    assert result.exit_code == 0
    assert result.stdout == seed_clean


@needs_seed
def test_file_path_prints_clean_text(runner, seed_clean, cwd):
    shutil.copyfile(SEED, cwd / "article.txt")
    result = invoke(runner, "clean", "article.txt")
    assert result.exit_code == 0
    assert result.stdout == seed_clean
    assert result.stderr == ""


@needs_seed
def test_format_markdown_puts_headline_as_heading(runner, seed_text, seed_clean):
    result = invoke(runner, "clean", "--format", "markdown", input=seed_text)
    assert result.exit_code == 0
    first, rest = seed_clean.split("\n", 1)
    assert result.stdout == f"# {first}\n{rest}"
    # markdown cleaned again stays the same
    again = invoke(runner, "clean", "--format", "markdown", "--stdin-filename", "a.md", input=result.stdout)
    assert again.stdout == result.stdout


@needs_seed
def test_format_json_is_one_object(runner, seed_text, seed_clean):
    result = invoke(runner, "clean", "--format", "json", input=seed_text)
    assert result.exit_code == 0
    doc = json.loads(result.stdout)
    assert list(doc) == ["text", "metadata", "removals"]
    assert doc["text"] == seed_clean
    assert doc["metadata"]["title"] == "Pujiang Innovation Forum sparks agreements and partnerships"
    assert {"rule", "category", "first_line", "last_line", "reason", "text"} <= set(doc["removals"][0])
    assert result.stderr == ""


@needs_seed
def test_format_jsonl_one_object_per_document(runner, cwd):
    (cwd / "d").mkdir()
    shutil.copyfile(SEED, cwd / "d" / "a.txt")
    shutil.copyfile(SEED, cwd / "d" / "b.txt")
    result = invoke(runner, "clean", "--format", "jsonl", "--jobs", "1", "-q", "d")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert [json.loads(line)["path"] for line in lines] == ["d/a.txt", "d/b.txt"]
    assert result.stderr == ""


@needs_seed
def test_metadata_front_matter_is_kept_and_idempotent(runner, seed_text, seed_clean, cwd):
    first = invoke(runner, "clean", "--metadata", input=seed_text)
    assert first.exit_code == 0
    out = first.stdout
    assert out.startswith('---\ntitle: "Pujiang Innovation Forum sparks agreements and partnerships"\n')
    assert 'authors:\n  - "Wan Lixin"\n' in out
    assert '\n---\n\n' + seed_clean in out
    assert out.endswith(seed_clean)
    # re-cleaning, with or without --metadata, keeps the block and changes nothing
    assert invoke(runner, "clean", "--metadata", input=out).stdout == out
    assert invoke(runner, "clean", input=out).stdout == out
    (cwd / "a.txt").write_text(out, encoding="utf-8")
    check = invoke(runner, "clean", "--check", "--metadata", "a.txt")
    assert check.exit_code == 0, check.stderr
    meta = json.loads(invoke(runner, "meta", "a.txt").stdout)
    assert meta["authors"] == ["Wan Lixin"]


@needs_seed
def test_meta_prints_the_seed_metadata(runner):
    result = invoke(runner, "meta", str(SEED))
    assert result.exit_code == 0
    expected = json.loads(SEED_META.read_text(encoding="utf-8"))
    # a field the input does not give is absent or null: the command leaves it out
    assert json.loads(result.stdout) == {k: v for k, v in expected.items() if v is not None}
    assert result.stderr == ""
    from_stdin = invoke(runner, "meta", "-", input=SEED.read_bytes())
    assert from_stdin.stdout == result.stdout


# ---------------------------------------------------------------- batches: --check, --write, --diff, --report


@pytest.fixture()
def seed_folder(cwd) -> Path:
    folder = cwd / "articles"
    (folder / "sub").mkdir(parents=True)
    shutil.copyfile(SEED, folder / "one.txt")
    shutil.copyfile(SEED, folder / "sub" / "two.txt")
    return folder


@needs_seed
def test_check_exits_1_on_the_seed_and_lists_files(runner, seed_folder):
    before = (seed_folder / "one.txt").read_bytes()
    result = invoke(runner, "clean", "--check", "articles")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert "would clean articles/one.txt" in result.stderr
    assert "would clean articles/sub/two.txt" in result.stderr
    assert "2 files seen, 2 would change, 0 failed" in result.stderr
    assert (seed_folder / "one.txt").read_bytes() == before


@needs_seed
def test_check_exits_0_on_a_clean_folder(runner, cwd, seed_clean):
    (cwd / "clean").mkdir()
    (cwd / "clean" / "a.txt").write_text(seed_clean, encoding="utf-8")
    result = invoke(runner, "clean", "--check", "clean")
    assert result.exit_code == 0
    assert result.stdout == ""
    assert "1 file seen, 0 would change, 0 failed" in result.stderr


@needs_seed
def test_write_then_check_exits_0(runner, seed_folder, seed_clean):
    target = seed_folder / "one.txt"
    target.chmod(0o640)
    result = invoke(runner, "clean", "--write", "articles")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert "cleaned articles/one.txt" in result.stderr
    assert target.read_text(encoding="utf-8") == seed_clean
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert not [p for p in seed_folder.rglob("*") if p.name.endswith(".tmp")]
    # an unchanged file is not touched
    inode, mtime = target.stat().st_ino, target.stat().st_mtime_ns
    again = invoke(runner, "clean", "-w", "articles")
    assert again.exit_code == 0
    assert (target.stat().st_ino, target.stat().st_mtime_ns) == (inode, mtime)
    assert "0 cleaned" in again.stderr
    check = invoke(runner, "clean", "--check", "articles")
    assert check.exit_code == 0


@needs_seed
def test_diff_names_rules_in_hunk_headers(runner, seed_folder):
    result = invoke(runner, "clean", "--diff", "articles/one.txt")
    assert result.exit_code == 0  # --diff alone reports, it does not fail
    out = result.stdout
    assert out.startswith("--- a/articles/one.txt\n+++ b/articles/one.txt\n@@ -1,")
    headers = [line for line in out.splitlines() if line.startswith("@@")]
    assert headers and all(line.count("@@") == 2 for line in headers)
    assert any("navigation." in line.split("@@")[2] for line in headers)
    assert "would clean articles/one.txt" in result.stderr
    both = invoke(runner, "clean", "--check", "--diff", "articles/one.txt")
    assert both.exit_code == 1
    assert both.stdout == out


@needs_seed
def test_report_and_diff_identical_for_jobs_1_and_2(runner, seed_folder, cwd):
    shutil.copyfile(SEED, seed_folder / "three.txt")
    outputs = []
    for jobs in ("1", "2"):
        report = cwd / f"report{jobs}.jsonl"
        result = invoke(runner, "clean", "--diff", "--jobs", jobs, "--report", str(report), "articles")
        assert result.exit_code == 0, result.stderr
        outputs.append((result.stdout, report.read_bytes()))
    assert outputs[0] == outputs[1]
    records = [json.loads(line) for line in outputs[0][1].decode("utf-8").splitlines()]
    assert list(records[0]) == ["path", "rule", "category", "first_line", "last_line", "reason", "text"]
    keys = [(r["path"], r["first_line"]) for r in records]
    assert keys == sorted(keys)
    assert {r["path"] for r in records} == {"articles/one.txt", "articles/sub/two.txt", "articles/three.txt"}
    assert not any(os.path.isabs(r["path"]) for r in records)
    # the report of a later run is byte-identical, and a report kept beside the articles is not an input
    invoke(runner, "clean", "--check", "--report", "again.jsonl", "articles")
    assert (cwd / "again.jsonl").read_bytes() == outputs[0][1]
    for _ in range(2):
        inside = invoke(runner, "clean", "--check", "--report", "articles/removals.jsonl", "articles")
        assert inside.exit_code == 1 and "3 files seen" in inside.stderr
    assert (seed_folder / "removals.jsonl").read_bytes() == outputs[0][1]


@needs_seed
def test_jobs_keeps_input_order_on_stdout(runner, cwd):
    (cwd / "d").mkdir()
    texts = []
    for index in range(4):
        text = SEED.read_text(encoding="utf-8").replace("Pujiang Innovation Forum sparks", f"Forum {index} sparks")
        (cwd / "d" / f"{index}.txt").write_text(text, encoding="utf-8")
        texts.append(f"Forum {index} sparks")
    result = invoke(runner, "clean", "--jobs", "2", "-q", "d")
    assert result.exit_code == 0
    positions = [result.stdout.index(t) for t in texts]
    assert positions == sorted(positions)


# ---------------------------------------------------------------- walking: include, exclude, .gitignore


def test_folder_walk_include_exclude_gitignore(runner, cwd, fake):
    tree = cwd / "corpus"
    for rel in ("a.txt", "b.md", "c.html", "d.json", "skip/e.txt", "drafts/f.txt", "g.log", "keep.txt"):
        (tree / rel).parent.mkdir(parents=True, exist_ok=True)
        (tree / rel).write_text(f"{rel}\nMENU x\n", encoding="utf-8")
    (tree / ".gitignore").write_text("skip/\n*.log\nkeep*\n!keep.txt\n", encoding="utf-8")
    (tree / ".git").mkdir()
    (tree / ".git" / "x.txt").write_text("MENU\n", encoding="utf-8")
    result = invoke(runner, "clean", "--check", "--jobs", "1", "corpus")
    assert result.exit_code == 1
    listed = [line.split()[-1] for line in result.stderr.splitlines() if line.startswith("would clean")]
    assert listed == ["corpus/a.txt", "corpus/b.md", "corpus/c.html", "corpus/drafts/f.txt", "corpus/keep.txt"]
    only = invoke(runner, "clean", "--check", "--jobs", "1", "--include", "*.md", "--include", "*.log", "corpus")
    assert [line.split()[-1] for line in only.stderr.splitlines() if line.startswith("would")] == ["corpus/b.md"]
    ex = invoke(runner, "clean", "--check", "--jobs", "1", "--exclude", "drafts", "--exclude", "*.html", "corpus")
    listed = [line.split()[-1] for line in ex.stderr.splitlines() if line.startswith("would")]
    assert listed == ["corpus/a.txt", "corpus/b.md", "corpus/keep.txt"]


# ---------------------------------------------------------------- options reach the library


def test_disable_enable_keep_byline_language_reach_options(runner, fake):
    result = invoke(
        runner, "clean", "--disable", "legal", "--disable", "navigation.breadcrumb", "--enable", "legal.copyright",
        "--keep-byline", "--language", "de", input="Title\nMENU a\n",
    )
    assert result.exit_code == 0, result.stderr
    options = fake.calls[0][2]
    assert options.disable == frozenset({"legal", "navigation.breadcrumb"})
    assert options.enable == frozenset({"legal.copyright"})
    assert options.keep_byline is True
    assert options.language == "de"
    assert result.stdout == "Title\n"


def test_unknown_rule_is_a_usage_error(runner, fake):
    result = invoke(runner, "clean", "--disable", "no.such-rule", input="x\n")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "--disable no.such-rule: no such rule or category" in result.stderr
    assert not fake.calls


@needs_seed
def test_disable_a_category_keeps_its_lines(runner, seed_text):
    result = invoke(runner, "clean", "--disable", "legal", input=seed_text)
    assert result.exit_code == 0
    full = invoke(runner, "clean", input=seed_text)
    assert len(result.stdout) >= len(full.stdout)


def test_input_format_and_stdin_filename(runner, fake):
    invoke(runner, "clean", "--stdin-filename", "page.html", input="<p>Hi</p>\n")
    assert fake.calls[-1][1] == "html"
    invoke(runner, "clean", "--input-format", "text", "--stdin-filename", "page.html", input="<p>Hi</p>\n")
    assert fake.calls[-1][1] == "text"
    invoke(runner, "clean", "--input-format", "html", input="plain words\n")
    assert fake.calls[-1][1] == "html"
    invoke(runner, "clean", input="plain words\n")
    assert fake.calls[-1][1] == "text"


def test_stdin_filename_names_stdin_in_messages_and_reports(runner, fake, cwd):
    result = invoke(runner, "clean", "--check", "--stdin-filename", "in/story.txt", "--report", "r.jsonl", "-", input="T\nMENU\n")
    assert result.exit_code == 1
    assert "would clean in/story.txt" in result.stderr
    assert json.loads((cwd / "r.jsonl").read_text())["path"] == "in/story.txt"


def test_quiet_and_verbose(runner, fake, cwd):
    (cwd / "d").mkdir()
    (cwd / "d" / "a.txt").write_text("A\nMENU\n", encoding="utf-8")
    (cwd / "d" / "latin.txt").write_bytes("Café crème à la française\nMENU\n".encode("latin-1"))
    loud = invoke(runner, "clean", "--check", "--jobs", "1", "-v", "d")
    assert "would clean d/a.txt" in loud.stderr
    assert "d/latin.txt: not UTF-8; decoded as" in loud.stderr
    assert "newsclean: 2 files seen" in loud.stderr
    quiet = invoke(runner, "clean", "--check", "--jobs", "1", "-q", "d")
    assert quiet.exit_code == 1
    assert quiet.stderr == ""
    assert quiet.stdout == ""


def test_write_a_latin1_file_keeps_its_encoding(runner, fake, cwd):
    path = cwd / "latin.txt"
    path.write_bytes("Café\nMENU\n".encode("latin-1"))
    result = invoke(runner, "clean", "-w", "latin.txt")
    assert result.exit_code == 0
    assert path.read_bytes() == "Café\n".encode("latin-1")


def test_crlf_files_keep_their_line_endings(runner, fake, cwd):
    path = cwd / "dos.txt"
    path.write_bytes(b"Title\r\nMENU\r\n\r\nBody\r\n")
    assert invoke(runner, "clean", "-w", "dos.txt").exit_code == 0
    assert path.read_bytes() == b"Title\r\n\r\nBody\r\n"
    assert invoke(runner, "clean", "--check", "dos.txt").exit_code == 0


def test_timeout_fails_the_document_and_goes_on(runner, fake, cwd):
    (cwd / "slow.txt").write_text("slow\n", encoding="utf-8")
    (cwd / "fast.txt").write_text("fast\n", encoding="utf-8")
    fake.delay, fake.slow_prefix = 2.0, "slow"
    result = invoke(runner, "clean", "--timeout", "0.2", "--jobs", "1", "slow.txt", "fast.txt")
    assert result.exit_code == 2
    assert "slow.txt: took longer than --timeout 0.2 s" in result.stderr
    assert result.stdout == "fast\n"


def test_json_and_write_are_a_usage_error(runner, fake):
    result = invoke(runner, "clean", "--write", "--format", "json", input="x")
    assert result.exit_code == 2
    assert "--format json" in result.stderr
    both = invoke(runner, "clean", "--write", "--check", input="x")
    assert both.exit_code == 2
    assert result.stdout == both.stdout == ""


def test_bad_flag_value_is_a_usage_error(runner):
    result = invoke(runner, "clean", "--format", "pdf", input="x")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "pdf" in result.stderr


# ---------------------------------------------------------------- configuration


def test_pyproject_config_is_found_upward_and_cli_wins(runner, fake, cwd):
    (cwd / "pyproject.toml").write_text(
        '[tool.newsclean]\nkeep-byline = true\ndisable = ["legal"]\nformat = "markdown"\nquiet = true\n',
        encoding="utf-8",
    )
    deep = cwd / "a" / "b"
    deep.mkdir(parents=True)
    (deep / "x.txt").write_text("Headline\nMENU\n", encoding="utf-8")
    result = invoke(runner, "clean", "a/b/x.txt")
    assert result.exit_code == 0
    assert result.stdout == "# Headline\n"
    options = fake.calls[-1][2]
    assert options.keep_byline and options.disable == frozenset({"legal"})
    wins = invoke(runner, "clean", "--format", "text", "--disable", "promo", "a/b/x.txt")
    assert wins.stdout == "Headline\n"
    assert fake.calls[-1][2].disable == frozenset({"promo"})


def test_config_file_option(runner, fake, cwd):
    (cwd / "conf.toml").write_text('format = "json"\n', encoding="utf-8")
    result = invoke(runner, "clean", "--config", "conf.toml", input="Hello\n")
    assert json.loads(result.stdout)["text"] == "Hello\n"
    (cwd / "proj.toml").write_text('[tool.newsclean]\nmetadata = true\n', encoding="utf-8")
    result = invoke(runner, "clean", "--config", "proj.toml", input="Hello\n")
    assert result.stdout.startswith("---\n")


@pytest.mark.parametrize(
    "content, message",
    [
        ("[tool.newsclean\nx = 1\n", "invalid TOML"),
        ("[tool.newsclean]\nbogus = 1\n", "unknown option 'bogus'"),
        ("[tool.newsclean]\njobs = 'many'\n", "jobs must be a whole number"),
        ("[tool.newsclean]\nformat = 'pdf'\n", "format must be one of"),
    ],
)
def test_malformed_config_is_one_line_and_exit_2(runner, fake, cwd, content, message):
    (cwd / "pyproject.toml").write_text(content, encoding="utf-8")
    (cwd / "a.txt").write_text("x\n", encoding="utf-8")
    result = invoke(runner, "clean", "a.txt")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_missing_config_file(runner, fake):
    result = invoke(runner, "clean", "--config", "nope.toml", input="x")
    assert result.exit_code == 2
    assert "nope.toml: no such file" in result.stderr


# ---------------------------------------------------------------- bad inputs: one line, the batch goes on


def test_missing_path_is_reported_and_others_processed(runner, fake, cwd):
    (cwd / "good.txt").write_text("Good\nMENU\n", encoding="utf-8")
    result = invoke(runner, "clean", "missing.txt", "good.txt")
    assert result.exit_code == 2
    assert result.stdout == "Good\n"
    assert "error: missing.txt: no such file or directory" in result.stderr
    assert "Traceback" not in result.stderr


def test_empty_directory(runner, fake, cwd):
    (cwd / "empty").mkdir()
    (cwd / "empty" / "notes.pdf").write_bytes(b"%PDF")
    result = invoke(runner, "clean", "--check", "empty")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "error: empty: no files to clean in this folder" in result.stderr


def test_binary_file(runner, fake, cwd):
    (cwd / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (cwd / "ok.txt").write_text("Fine\n", encoding="utf-8")
    result = invoke(runner, "clean", "--check", "--jobs", "1", "image.txt", "ok.txt")
    assert result.exit_code == 2
    assert "error: image.txt: binary file (contains NUL bytes)" in result.stderr
    assert "1 failed" in result.stderr
    assert len(fake.calls) == 1


def test_non_utf8_bytes_are_converted(runner, fake):
    data = "Überschrift über Straßen\n\nGrüße aus Köln, schöne Größe\n".encode("cp1252")
    result = invoke(runner, "clean", "-v", input=data)
    assert result.exit_code == 0
    assert result.stdout == "Überschrift über Straßen\n\nGrüße aus Köln, schöne Größe\n"
    assert "-: not UTF-8; decoded as" in result.stderr
    silent = invoke(runner, "clean", input=data)
    assert silent.stderr == ""


def test_html_meta_charset_is_honoured(runner, fake):
    html = '<html><head><meta charset="windows-1251"></head><body><p>Привет мир</p></body></html>'
    result = invoke(runner, "clean", "--input-format", "html", "-v", input=html.encode("cp1251"))
    assert result.exit_code == 0
    assert "Привет мир" in fake.calls[-1][0]
    assert "decoded as cp1251" in result.stderr


def test_empty_input_gives_empty_output(runner, fake, cwd):
    result = invoke(runner, "clean", input=b"")
    assert (result.exit_code, result.stdout, result.stderr) == (0, "", "")
    (cwd / "empty.txt").write_bytes(b"")
    result = invoke(runner, "clean", "--check", "empty.txt")
    assert result.exit_code == 0
    assert not fake.calls


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_read_only_file_with_write(runner, fake, cwd):
    ro = cwd / "ro.txt"
    ro.write_text("Title\nMENU\n", encoding="utf-8")
    ro.chmod(0o444)
    (cwd / "rw.txt").write_text("Other\nMENU\n", encoding="utf-8")
    try:
        result = invoke(runner, "clean", "--write", "--jobs", "1", "ro.txt", "rw.txt")
    finally:
        ro.chmod(0o644)
    assert result.exit_code == 2
    assert "error: ro.txt: read-only file, not rewritten" in result.stderr
    assert ro.read_text(encoding="utf-8") == "Title\nMENU\n"
    assert (cwd / "rw.txt").read_text(encoding="utf-8") == "Other\n"
    assert result.stdout == ""


def test_internal_error_is_123_without_traceback(runner, fake, cwd):
    fake.error = RuntimeError("engine exploded")
    (cwd / "a.txt").write_text("x\n", encoding="utf-8")
    result = invoke(runner, "clean", "a.txt")
    assert result.exit_code == 123
    assert "a.txt: internal error: RuntimeError: engine exploded" in result.stderr
    assert "Traceback" not in result.stderr
    verbose = invoke(runner, "clean", "-v", "a.txt")
    assert "Traceback" in verbose.stderr


def test_ctrl_c_exits_130_and_leaves_no_half_written_file(runner, fake, cwd):
    (cwd / "a.txt").write_text("A\nMENU\n", encoding="utf-8")
    (cwd / "b.txt").write_text("B\nMENU\n", encoding="utf-8")
    fake.error = KeyboardInterrupt()
    result = invoke(runner, "clean", "--write", "--jobs", "1", "a.txt", "b.txt")
    assert result.exit_code == 130
    assert "interrupted" in result.stderr
    assert (cwd / "a.txt").read_text(encoding="utf-8") == "A\nMENU\n"
    assert sorted(p.name for p in cwd.iterdir()) == ["a.txt", "b.txt"]


def test_interrupt_during_write_removes_the_temporary_file(cwd, monkeypatch):
    from cleaner import batch

    target = cwd / "a.txt"
    target.write_text("old\n", encoding="utf-8")

    def chunks():
        yield b"new, half"
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        batch.atomic_write(str(target), chunks())
    assert target.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in cwd.iterdir()] == ["a.txt"]


# ---------------------------------------------------------------- explain, rules, version, help


@needs_seed
def test_explain_shows_removals_on_stderr(runner):
    result = invoke(runner, "explain", str(SEED))
    assert result.exit_code == 0
    assert result.stdout == ""
    err = result.stderr
    assert "Pujiang Innovation Forum sparks agreements and partnerships" in err
    assert "navigation." in err and "byline." in err
    assert "removed, by category" in err
    stdin = invoke(runner, "explain", "-", input=SEED.read_bytes())
    assert stdin.exit_code == 0 and "removed, by category" in stdin.stderr


PAGE = """<!doctype html><html lang="en"><head><title>Council approves new bridge | Town Post</title>
<meta name="author" content="Jane Roe"></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article><h1>Council approves new bridge</h1>
<p>The town council voted on Tuesday to approve the construction of a new pedestrian bridge across the river,
ending a debate that has lasted more than three years.</p>
<p>Work is expected to begin in the spring and to take about eighteen months, according to the council's
planning office, which will publish the detailed schedule next week.</p>
<p>Residents who opposed the plan said they would keep raising their concerns about traffic and noise.</p>
</article><footer>Copyright 2024 Town Post. All rights reserved.</footer></body></html>
"""


def test_html_file_through_trafilatura(runner, cwd):
    (cwd / "page.html").write_text(PAGE, encoding="utf-8")
    result = invoke(runner, "clean", "--format", "json", "page.html")
    assert result.exit_code == 0, result.stderr
    doc = json.loads(result.stdout)
    assert "pedestrian bridge" in doc["text"]
    assert "All rights reserved" not in doc["text"]
    assert doc["metadata"]["title"] == "Council approves new bridge"
    explain = invoke(runner, "explain", "page.html")
    assert explain.exit_code == 0
    assert "text extracted from the HTML" in explain.stderr


def test_explain_missing_file(runner):
    result = invoke(runner, "explain", "nope.txt")
    assert result.exit_code == 2
    assert "error: nope.txt: no such file or directory" in result.stderr
    assert result.stdout == ""


def test_rules_table_and_json(runner):
    rules = cleaner.list_rules()
    table = invoke(runner, "rules")
    assert table.exit_code == 0
    assert table.stderr == ""
    assert rules[0].id in table.stdout
    as_json = invoke(runner, "rules", "--json")
    assert [r["id"] for r in json.loads(as_json.stdout)] == [r.id for r in rules]


def test_version_and_help(runner):
    version = invoke(runner, "--version")
    assert version.stdout == f"newsclean {cleaner.__version__}\n"
    help_ = invoke(runner, "clean", "--help")
    assert help_.exit_code == 0
    flat = " ".join(help_.stdout.split())
    for flag in ("--write", "--check", "--diff", "--format", "--metadata", "--report", "--disable", "--enable",
                 "--keep-byline", "--quiet", "--verbose", "--jobs", "--include", "--exclude", "--stdin-filename",
                 "--config", "--input-format", "--text-field", "--html-field", "--timeout"):
        assert flag in flat
    assert "Exit codes: 0 success; 1 --check found files to change; 2 usage error" in flat
    assert "123 internal error" in flat


# ---------------------------------------------------------------- JSONL corpora


@pytest.fixture()
def fake_jsonl(monkeypatch):
    """Records cleaned by a stand-in (lines starting with 'MENU' dropped, no metadata; the real
    cleaner is tested by test_jsonl.py); returns the run's JSONL settings and jobs once it starts."""
    import cleaner.jsonl as jsonl_mod
    import cleaner.pipeline as pipeline_mod

    calls = {}
    real_process_all = pipeline_mod.process_all

    def clean(text, input_format, options):
        lines = text.split("\n")
        kept = [line for line in lines if not line.startswith("MENU")]
        removals = [Removal("navigation.menu", "navigation", 2, 2, "menu", "MENU")] if len(kept) != len(lines) else []
        return Result("\n".join(kept), {}, removals)

    def process_all(tasks, settings, *, jobs=1, **kwargs):
        calls.update(text_field=settings.text_field, html_field=settings.html_field, jobs=jobs, timeout=settings.timeout)
        return real_process_all(tasks, settings, jobs=jobs, **kwargs)

    monkeypatch.setattr(jsonl_mod, "_clean", clean)
    monkeypatch.setattr(pipeline_mod, "process_all", process_all)
    return calls


def test_jsonl_corpus_streams_records_in_order(runner, fake_jsonl, cwd):
    corpus = cwd / "corpus.jsonl"
    corpus.write_text(
        json.dumps({"id": "a", "body": "A\nMENU"}) + "\n" + "{broken\n" + json.dumps({"id": "b", "body": "B"}) + "\n",
        encoding="utf-8",
    )
    result = invoke(runner, "clean", "--text-field", "body", "--html-field", "page", "--jobs", "2",
                    "--timeout", "5", "--report", "r.jsonl", "corpus.jsonl")
    assert result.exit_code == 2
    lines = result.stdout.splitlines()
    assert [json.loads(lines[0])["id"], lines[1], json.loads(lines[2])["id"]] == ["a", "{broken", "b"]
    assert "error: corpus.jsonl: line 2: malformed JSON" in result.stderr
    assert fake_jsonl == {"text_field": "body", "html_field": "page", "jobs": 2, "timeout": 5.0}
    record = json.loads((cwd / "r.jsonl").read_text(encoding="utf-8"))
    assert (record["path"], record["record"], record["id"]) == ("corpus.jsonl", 1, "a")


def test_jsonl_from_stdin_and_check(runner, fake_jsonl, cwd):
    data = json.dumps({"text": "A\nMENU"}) + "\n"
    result = invoke(runner, "clean", "--input-format", "jsonl", input=data)
    assert result.exit_code == 0
    assert json.loads(result.stdout)["text"] == "A"
    detected = invoke(runner, "clean", input="\n" + data)  # auto: a JSON object line with "text"
    assert detected.stdout == result.stdout
    (cwd / "c.jsonl").write_text(data, encoding="utf-8")
    check = invoke(runner, "clean", "--check", "--diff", "c.jsonl")
    assert check.exit_code == 1
    assert "@@ -1 +1 @@ navigation.menu" in check.stdout
    assert invoke(runner, "clean", "-w", "c.jsonl").exit_code == 0
    assert json.loads((cwd / "c.jsonl").read_text(encoding="utf-8"))["text"] == "A"


@needs_seed
def test_jsonl_corpus_with_the_real_cleaner(runner, cwd, seed_text, seed_clean):
    pytest.importorskip("cleaner.jsonl")
    record = {"id": "seed-1", "text": seed_text, "lang": "en"}
    (cwd / "corpus.jsonl").write_text(json.dumps(record) + "\n\n" + json.dumps({"id": 2}) + "\n", encoding="utf-8")
    result = invoke(runner, "clean", "--jobs", "1", "--report", "r.jsonl", "corpus.jsonl")
    assert result.exit_code == 2  # the second record has no text
    first, second = result.stdout.splitlines()
    assert json.loads(second) == {"id": 2}  # written through as it was
    out = json.loads(first)
    assert list(out)[:3] == ["id", "text", "lang"]
    assert out["text"] == seed_clean
    assert out["metadata"]["title"] == "Pujiang Innovation Forum sparks agreements and partnerships"
    assert "error: corpus.jsonl: line 3:" in result.stderr
    rows = [json.loads(line) for line in (cwd / "r.jsonl").read_text(encoding="utf-8").splitlines()]
    assert rows and all(r["record"] == 1 and r["id"] == "seed-1" for r in rows)


# ---------------------------------------------------------------- the installed command, start-up


def _installed() -> str | None:
    candidate = Path(sys.executable).with_name("newsclean")
    return str(candidate) if candidate.exists() else shutil.which("newsclean")


@needs_seed
@pytest.mark.skipif(_installed() is None, reason="newsclean is not installed")
def test_installed_command_in_a_pipe(seed_clean):
    env = {k: v for k, v in os.environ.items() if k != "PRE_COMMIT"}
    with open(SEED, "rb") as stdin:
        producer = subprocess.Popen(["cat"], stdin=stdin, stdout=subprocess.PIPE)
        consumer = subprocess.run(
            [_installed(), "clean"], stdin=producer.stdout, capture_output=True, env=env, timeout=60
        )
        producer.stdout.close()
        producer.wait()
    assert consumer.returncode == 0, consumer.stderr
    assert consumer.stdout.decode("utf-8") == seed_clean
    assert consumer.stderr == b""


def test_cleaning_text_loads_neither_trafilatura_nor_rich_progress():
    code = (
        "import sys, io\n"
        "import cleaner.cli\n"
        "from typer.testing import CliRunner\n"
        "r = CliRunner().invoke(cleaner.cli.app, ['clean'], input='Headline\\n\\nSome body text here.\\n')\n"
        "assert r.exit_code == 0, r.output\n"
        "heavy = [m for m in ('trafilatura', 'rich.progress', 'rich.markdown', 'charset_normalizer') if m in sys.modules]\n"
        "print(','.join(heavy))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""
