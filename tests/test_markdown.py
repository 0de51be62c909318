"""Markdown is deletion-only too (issue 11): code keeps its indentation and spacing, and the file's
own '# Headline' stays the headline, first, as it was."""
from __future__ import annotations



from cleaner import clean
from cleaner.cli import app
from cleaner.document import verbatim_lines

PARA = ("The city's ferry board voted on Tuesday to raise the single fare for the first time since 2019, "
        "citing fuel and crew costs.")
ARTICLE = f"""# Ferry fares rise 25 cents in July

Fares will go up on the first of the month

By Jane Roe

{PARA}

    fare = base  +  surcharge
    print(fare)

```python
def fare(base,  surcharge):
        return base + surcharge
```

Riders who use the monthly pass will not see a change until January, the board said in a statement.
"""


def test_code_lines_are_kept_as_given():
    out = clean(ARTICLE.replace("# Ferry", "Ferry")).text
    assert "    fare = base  +  surcharge\n    print(fare)\n" in out
    assert "```python\ndef fare(base,  surcharge):\n        return base + surcharge\n```\n" in out
    assert clean(out).text == out


def test_verbatim_lines_are_fences_and_indented_code_only():
    lines = verbatim_lines("Text\n    code  here\n```\n  a  b\n```\n- item\n")
    assert lines == {2: "    code  here", 3: "```", 4: "  a  b", 5: "```"}
    assert verbatim_lines("plain text\nno code\n") == {}


def test_the_files_own_headline_stays_first(runner, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.md").write_text(ARTICLE, encoding="utf-8")
    result = runner.invoke(app, ["clean", "a.md"], catch_exceptions=False)
    assert result.stdout.startswith("# Ferry fares rise 25 cents in July\n\n")
    assert result.stdout.count("# ") == 1  # no other line became a heading
    assert "By Jane Roe" not in result.stdout
    meta = runner.invoke(app, ["meta", "a.md"], catch_exceptions=False)
    assert '"title": "Ferry fares rise 25 cents in July"' in meta.stdout
    runner.invoke(app, ["clean", "--write", "a.md"], catch_exceptions=False)
    again = runner.invoke(app, ["clean", "--check", "a.md"], catch_exceptions=False)
    assert again.exit_code == 0, again.stderr


def test_a_clean_markdown_file_does_not_change(runner, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    text = f"# A headline of the story\n\n{PARA}\n\n    indented = code\n\nThe end of the story, in a sentence.\n"
    (tmp_path / "b.md").write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["clean", "--check", "b.md"], catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
