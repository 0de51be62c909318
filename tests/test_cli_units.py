"""The command's building blocks: decoding, front matter, diffs and reports, config, walking, messages."""
from __future__ import annotations

import codecs
import io
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner import Removal
from cleaner.batch import Source, _GitIgnore, collect
from cleaner.cli import Messages, category_style
from cleaner.config import ConfigError, discover, load_config
from cleaner.formats import render_document, render_front_matter, split_front_matter, strip_markdown_heading
from cleaner.inputs import InputError, decode_bytes
from cleaner.report import render_report, removal_record, unified_diff

# ---------------------------------------------------------------- inputs


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-16-be", "utf-32"])
def test_byte_order_marks(encoding):
    data = "Grüße\r\nzwei\n".encode(encoding)
    if encoding == "utf-16-be":
        data = codecs.BOM_UTF16_BE + data
    decoded = decode_bytes(data)
    assert decoded.text == "Grüße\nzwei\n"
    assert decoded.crlf


def test_nul_bytes_mean_binary():
    with pytest.raises(InputError, match="binary file"):
        decode_bytes(b"abc\x00def")


def test_utf8_is_taken_as_is_and_empty_is_empty():
    assert decode_bytes("naïve\n".encode()).text == "naïve\n"
    assert decode_bytes("naïve\n".encode()).note is None
    assert decode_bytes(b"").text == ""


def test_meta_charset_then_detection():
    html = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><p>Café</p>'
    decoded = decode_bytes(html.encode("latin-1"))
    assert "Café" in decoded.text and "declared" in decoded.note
    guessed = decode_bytes("Grüße aus Köln und schöne Straßen\n".encode("cp1252"))
    assert guessed.text == "Grüße aus Köln und schöne Straßen\n"
    assert guessed.note.startswith("not UTF-8; decoded as")


# ---------------------------------------------------------------- front matter and documents

META = {
    "title": 'A "quoted" title: with colon',
    "authors": ["Wan Lixin", "José Ñ"],
    "date": "2024-04-29T18:37:00+08:00",
    "section": ["News", "Metro"],
    "description": "Line one\nline two # not a comment",
    "source": "SHINE",
    "language": "en",
    "url": None,
    "tags": [],
}


def test_front_matter_is_plain_yaml_in_field_order():
    block = render_front_matter(META)
    assert block.splitlines()[:4] == ["---", 'title: "A \\"quoted\\" title: with colon"', "authors:", '  - "Wan Lixin"']
    assert "url" not in block and "tags" not in block
    yaml = pytest.importorskip("yaml")
    assert yaml.safe_load(block.strip("-\n")) == {k: v for k, v in META.items() if v not in (None, [])}


def test_front_matter_round_trip():
    block = render_front_matter(META)
    found, body = split_front_matter(block + "\nBody\n")
    assert found.block == block and body == "\nBody\n"
    assert found.metadata == {k: v for k, v in META.items() if v not in (None, [])}
    assert found.lines == block.count("\n")


def test_hand_written_front_matter_is_read():
    text = "---\ntitle: Plain title\ntags: [a, b]\ncount: 3\nempty:\n# comment\n---\nBody\n"
    found, body = split_front_matter(text)
    assert found.metadata == {"title": "Plain title", "tags": ["a", "b"], "count": 3, "empty": None}
    assert body == "Body\n"


@pytest.mark.parametrize("text", ["---\nnot yaml at all, just a rule\n---\n", "--- \nx: 1\n---\n", "---\nx: 1\nno end\n"])
def test_text_that_is_not_front_matter(text):
    assert split_front_matter(text) == (None, text)


@settings(max_examples=60, deadline=None)
@given(
    st.dictionaries(
        st.sampled_from(["title", "authors", "date", "section", "description", "source", "editor", "tags", "language"]),
        st.one_of(st.text(min_size=1), st.lists(st.text(min_size=1), min_size=1, max_size=3)),
    )
)
def test_front_matter_round_trip_property(meta):
    block = render_front_matter(meta)
    if not block:
        assert not meta
        return
    found, body = split_front_matter(block)
    assert body == ""
    assert found is not None and found.metadata == meta
    assert render_front_matter(found.metadata) == block


def test_render_document_markdown_and_metadata():
    text = "Headline\n\nFirst paragraph.\n"
    assert render_document(text, {}, markdown=True) == "# Headline\n\nFirst paragraph.\n"
    assert render_document("", {"title": "x"}, markdown=True) == ""
    out = render_document(text, {"title": "Headline"}, with_metadata=True)
    assert out == '---\ntitle: "Headline"\n---\n\nHeadline\n\nFirst paragraph.\n'
    body, had = strip_markdown_heading("\n# Headline\n\nText\n")
    assert (body, had) == ("\nHeadline\n\nText\n", True)


# ---------------------------------------------------------------- diff and report


def test_unified_diff_puts_rule_ids_in_hunk_headers():
    old = "".join(f"line {i}\n" for i in range(1, 21))
    new = old.replace("line 2\n", "").replace("line 18\nline 19\n", "")
    removals = [
        Removal("navigation.menu", "navigation", 2, 2, "menu", "line 2"),
        Removal("legal.copyright", "legal", 18, 19, "footer", "line 18\nline 19"),
    ]
    diff = unified_diff(old, new, "a.txt", removals)
    headers = [line for line in diff.splitlines() if line.startswith("@@")]
    assert headers == ["@@ -1,5 +1,4 @@ navigation.menu", "@@ -15,6 +14,4 @@ legal.copyright"]
    assert diff.startswith("--- a/a.txt\n+++ b/a.txt\n")
    assert unified_diff(old, old, "a.txt") == ""


def test_unified_diff_matches_difflib_and_marks_missing_newline():
    import difflib

    old = "".join(f"l{i}\n" for i in range(12))
    new = old.replace("l1\n", "").replace("l9\n", "L9\n")
    reference = "".join(difflib.unified_diff(old.splitlines(True), new.splitlines(True), "a/x.txt", "b/x.txt"))
    assert unified_diff(old, new, "x.txt") == reference
    assert unified_diff("a\nb\n", "a\nb", "x.txt").endswith("+b\n\\ No newline at end of file\n")


def test_report_is_sorted_and_stable():
    r1 = Removal("b.rule", "legal", 9, 9, "x", "t")
    r2 = Removal("a.rule", "navigation", 2, 3, "y", "u")
    records = [removal_record("z.txt", r2), removal_record("a.txt", r1), removal_record("a.txt", r2)]
    text = render_report(records)
    rows = [json.loads(line) for line in text.splitlines()]
    assert [(r["path"], r["first_line"]) for r in rows] == [("a.txt", 2), ("a.txt", 9), ("z.txt", 2)]
    assert render_report(list(reversed(records))) == text


# ---------------------------------------------------------------- config


def test_config_keys_and_types(tmp_path):
    path = tmp_path / "pyproject.toml"
    path.write_text('[tool.newsclean]\nkeep_byline = true\njobs = 2\ntimeout = 3\ninclude = "*.txt"\n', encoding="utf-8")
    assert load_config(path, explicit=False) == {"keep-byline": True, "jobs": 2, "timeout": 3.0, "include": ["*.txt"]}
    assert discover([str(tmp_path / "missing-but-here.txt")])[0] == path


def test_config_search_stops_at_the_repository_root(tmp_path):
    (tmp_path / "pyproject.toml").write_text("[tool.newsclean]\nquiet = true\n", encoding="utf-8")
    repo = tmp_path / "repo"
    (repo / ".git").mkdir(parents=True)
    (repo / "pyproject.toml").write_text("[project]\nname = 'x'\n", encoding="utf-8")
    assert discover([str(repo)]) == (None, {})
    assert discover([str(tmp_path)])[1] == {"quiet": True}


def test_config_errors_name_the_file(tmp_path):
    bad = tmp_path / "c.toml"
    bad.write_text("[tool.newsclean]\nwrite = 'yes'\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"c\.toml: \[tool\.newsclean\] write must be true or false"):
        load_config(bad)


# ---------------------------------------------------------------- walking


def test_gitignore_patterns(tmp_path):
    (tmp_path / ".git").mkdir()
    (tmp_path / ".gitignore").write_text("/root-only.txt\nbuild/\n**/tmp/*.txt\n*.txt\n!keep/*.txt\n", encoding="utf-8")
    rules = _GitIgnore(str(tmp_path)).rules_for(str(tmp_path), None)

    def ignored(rel, is_dir=False):
        return _GitIgnore.ignored(str(tmp_path / rel), is_dir, rules)

    assert ignored("root-only.txt") and ignored("a/b.txt") and ignored("build", True)
    assert not ignored("build") and not ignored("keep/x.txt") and not ignored("x.md")
    assert ignored("deep/tmp/x.txt")


def test_collect_dedups_and_names_stdin(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    sources, problems = collect(["a.txt", ".", "-", "-"], stdin_filename="feed/x.jsonl")
    assert [s.name for s in sources] == ["a.txt", "feed/x.jsonl"]
    assert sources[1] == Source(name="feed/x.jsonl", path=None, jsonl=True, filename="feed/x.jsonl")
    assert problems == []


# ---------------------------------------------------------------- messages


def test_messages_respect_no_color_and_progress_rules(monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    msgs = Messages()
    assert msgs.console.no_color
    monkeypatch.setattr("sys.stderr.isatty", lambda: True, raising=False)
    monkeypatch.setenv("PRE_COMMIT", "1")
    msgs.start_progress(10)
    assert msgs._progress is None  # never under pre-commit
    monkeypatch.delenv("PRE_COMMIT")
    quiet = Messages(quiet=True)
    quiet.start_progress(10)
    assert quiet._progress is None


def test_progress_bar_only_on_a_terminal(monkeypatch):
    monkeypatch.delenv("PRE_COMMIT", raising=False)
    msgs = Messages()
    from rich.console import Console

    msgs._console = Console(file=io.StringIO(), force_terminal=True)
    monkeypatch.setattr("sys.stderr", type("TTY", (io.StringIO,), {"isatty": lambda self: True})())
    msgs.start_progress(3)
    try:
        assert msgs._progress is not None
        msgs.advance()
    finally:
        msgs.stop_progress()
    single = Messages()
    single._console = msgs._console
    single.start_progress(1)
    assert single._progress is None


def test_category_styles_are_stable():
    assert category_style("navigation") == category_style("navigation")
    assert category_style("something-new") == category_style("something-new")


def test_pre_commit_hooks_file():
    yaml = pytest.importorskip("yaml")
    hooks = yaml.safe_load((Path(__file__).resolve().parents[1] / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    by_id = {h["id"]: h for h in hooks}
    assert by_id["newsclean"]["entry"].startswith("newsclean clean --write")
    assert by_id["newsclean-check"]["entry"].startswith("newsclean clean --check")
    # no file matches until the user's .pre-commit-config.yaml says which files are articles
    import re

    for hook in hooks:
        assert hook["files"] == "^$"
        assert not any(re.search(hook["files"], name) for name in ("README.md", "CHANGELOG.md", "a/b.txt"))


def test_readme_pre_commit_examples_set_files():
    yaml = pytest.importorskip("yaml")
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    blocks = [b.split("```", 1)[0] for b in readme.split("```yaml\n")[1:]]
    configs = [yaml.safe_load(b) for b in blocks if b.startswith("repos:")]
    assert len(configs) == 2
    for config in configs:
        for repo in config["repos"]:
            for hook in repo["hooks"]:
                assert hook["files"].startswith("^articles/")


def test_gitignore_nested_files_and_negation(tmp_path):
    (tmp_path / ".git" / "info").mkdir(parents=True)
    (tmp_path / ".git" / "info" / "exclude").write_text("secret.txt\n", encoding="utf-8")
    (tmp_path / ".gitignore").write_text("# comment\n*.txt\n\\#hash.md\ndocs/**/draft-*.md\n", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / ".gitignore").write_text("!important.txt\n", encoding="utf-8")
    for rel in ("a.txt", "a.md", "#hash.md", "secret.md", "sub/important.txt", "sub/other.txt", "sub/secret.txt",
                "docs/x/y/draft-1.md", "docs/final.md"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("x\n", encoding="utf-8")
    sources, _ = collect([str(tmp_path)])
    found = sorted(Path(s.path).relative_to(tmp_path).as_posix() for s in sources)
    assert found == ["a.md", "docs/final.md", "secret.md", "sub/important.txt"]
