"""The command's smaller contracts under real use (issue 11): summaries, where output goes, stdin,
report files in the cleaned folder, machine-readable rules, pathological HTML."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

import cleaner
from cleaner.cli import app



def invoke(runner, *args, input=None):
    return runner.invoke(app, list(args), input=input, catch_exceptions=False)


def test_a_single_jsonl_file_prints_the_summary(runner, cwd):
    (cwd / "c.jsonl").write_text(
        "".join(json.dumps({"id": n, "text": f"Headline {n}\n\nA short body paragraph.\n"}) + "\n" for n in range(3)),
        encoding="utf-8",
    )
    result = invoke(runner, "clean", "--jobs", "1", "c.jsonl")
    assert result.exit_code == 0
    assert len(result.stdout.splitlines()) == 3
    assert "newsclean: 1 file (3 documents) seen" in result.stderr


def test_rules_table_goes_to_stdout(runner):
    result = invoke(runner, "rules")
    assert result.exit_code == 0
    assert result.stderr == ""
    for rule in cleaner.list_rules():
        assert rule.id in result.stdout


def test_rules_json_languages_are_lists_of_codes(runner):
    rows = json.loads(invoke(runner, "rules", "--json").stdout)
    for row in rows:
        assert isinstance(row["languages"], list)
        assert all(isinstance(code, str) and len(code) >= 2 for code in row["languages"]), row
    assert any(row["languages"] == ["any"] for row in rows)
    assert any("en" in row["languages"] and "fr" in row["languages"] for row in rows)


@pytest.mark.parametrize("command", ["meta", "explain"])
def test_meta_and_explain_read_stdin_without_a_dash(runner, fake, command):
    result = invoke(runner, command, input="Council approves new bridge\nMENU\n\nBody text.\n")
    assert result.exit_code == 0, result.stderr
    assert fake.calls and fake.calls[0][0].startswith("Council approves new bridge")
    if command == "meta":
        assert json.loads(result.stdout)["title"] == "Council approves new bridge"
        assert result.stderr == ""
    else:
        assert result.stdout == ""
        assert "navigation.menu" in result.stderr


def test_a_report_inside_the_folder_is_not_cleaned_on_the_next_run(runner, fake, cwd):
    (cwd / "articles").mkdir()
    (cwd / "articles" / "a.txt").write_text("Title\nMENU\n", encoding="utf-8")
    first = invoke(runner, "clean", "--write", "articles", "--report", "articles/removals.jsonl")
    assert first.exit_code == 0
    assert (cwd / "articles" / "removals.jsonl").read_text(encoding="utf-8")
    again = invoke(runner, "clean", "--check", "articles")
    assert again.exit_code == 0, again.stderr
    assert "1 file seen" in again.stderr


def test_html_nested_too_deeply_is_an_error_not_empty_output(runner, cwd):
    depth = 100_000
    page = "<html><body>" + "<div>" * depth + "<p>A real paragraph of text.</p>" + "</div>" * depth + "</body></html>"
    (cwd / "deep.html").write_text(page, encoding="utf-8")
    result = invoke(runner, "clean", "deep.html")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "error: deep.html: HTML nested 100000 elements deep; the HTML parser stops at 256" in result.stderr
    record = json.dumps({"id": 1, "html": page})
    corpus = invoke(runner, "clean", "--input-format", "jsonl", "--jobs", "1", input=record + "\n")
    assert corpus.exit_code == 2
    assert "line 1: HTML nested 100000 elements deep" in corpus.stderr
    assert corpus.stdout == record + "\n"  # written through unchanged


def test_html_nested_within_the_limit_is_cleaned(runner, cwd):
    page = "<html><body>" + "<div>" * 200 + "<p>A real paragraph of text here.</p>" + "</div>" * 200 + "</body></html>"
    (cwd / "ok.html").write_text(page, encoding="utf-8")
    result = invoke(runner, "clean", "ok.html")
    assert result.exit_code == 0
    assert "A real paragraph of text here." in result.stdout


def test_the_cli_uses_only_public_typer_api():
    import ast
    import subprocess
    import sys

    package = Path(__file__).resolve().parents[1] / "cleaner"
    source = "\n".join((package / name).read_text(encoding="utf-8") for name in ("cli.py", "commands.py"))
    modules = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom) and node.module:
            modules.add(node.module)
        elif isinstance(node, ast.Import):
            modules.update(alias.name for alias in node.names)
    assert not [m for m in modules if m.startswith(("typer._", "click"))], modules
    code = (
        "import typer.core, typer._coercion\n"
        "before = typer.core.build_runtime_param\n"
        "import cleaner.cli, cleaner.commands\n"
        "assert typer.core.build_runtime_param is before is typer._coercion.build_runtime_param\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(
    "args",
    [["--jobs", "0"], ["--jobs", "two"], ["--format", "yaml"], ["--timeout", "-1"], ["--timeout", "soon"]],
)
def test_bad_option_values_are_usage_errors(runner, fake, args):
    result = invoke(runner, "clean", *args, input="x\n")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert args[0] in result.stderr
    assert not fake.calls


def _run_main(args, stdin: bytes, cwd: Path) -> tuple[int, bytes, bytes, bool]:
    import subprocess
    import sys

    code = (
        "import sys\n"
        f"sys.argv = ['newsclean', *{list(args)!r}]\n"
        "from cleaner.cli import main\n"
        "try:\n"
        "    main()\n"
        "except SystemExit as exc:\n"
        "    code = exc.code\n"
        "sys.stderr.write('pydantic=%s' % ('pydantic' in sys.modules))\n"
        "sys.exit(code)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], input=stdin, capture_output=True, timeout=120, cwd=cwd,
                          env={**__import__("os").environ, "NO_COLOR": "1"})
    err, _, flag = proc.stderr.rpartition(b"pydantic=")
    return proc.returncode, proc.stdout, err, flag == b"True"


def test_plain_clean_skips_option_parsing_and_matches_the_full_path(tmp_path):
    (tmp_path / "a.txt").write_text("Council approves new bridge\n\nThe council approved it on Monday.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("date 2024-04-29\nTitle here\n\nBody text of it.\n", encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text('[tool.newsclean]\nquiet = true\n', encoding="utf-8")
    article = (tmp_path / "a.txt").read_bytes()
    for args in (["clean"], ["clean", "-"], ["clean", "a.txt", "missing.txt"], ["clean", "--check", "-v", "b.txt"],
                 ["clean", "--diff", "a.txt", "b.txt"], ["clean", "-q", "--check", "b.txt"], ["clean", "--metadata", "-"],
                 ["clean", "--write", "--check", "a.txt"]):
        fast = _run_main(args, article, tmp_path)
        full = _run_main([*args, "--input-format", "auto"], article, tmp_path)
        assert fast[:3] == full[:3], args
        assert fast[3] is False  # no option parsing: pydantic never loaded
    assert _run_main(["clean", "--jobs", "1", "a.txt"], b"", tmp_path)[3] is True  # other options: typer
    assert _run_main(["clean", "a.txt"], b"", tmp_path)[:2] == (0, article)
    assert _run_main(["clean", "missing.txt"], b"", tmp_path)[0] == 2


def test_the_plain_clean_table_is_what_typer_reads_from_the_command():
    """cleaner.cli runs ``clean`` with boolean flags only without typer, from a table of those flags
    and of every parameter's default: the table must say what the typer command declares."""
    import inspect

    from typer.main import get_command

    from cleaner import cli, commands

    command = get_command(commands.app).commands["clean"]
    flags = {opt: param.name for param in command.params if getattr(param, "is_flag", False) for opt in param.opts}
    assert cli.CLEAN_FLAGS == flags
    declared = {name: cli._value(param.default) for name, param in inspect.signature(commands.clean_command).parameters.items()
                if name != "ctx"}
    assert cli.CLEAN_DEFAULTS == declared


def test_plain_clean_does_not_import_typer(tmp_path):
    import subprocess
    import sys

    code = (
        "import sys\n"
        "sys.argv = ['newsclean', 'clean', '-q']\n"
        "from cleaner.cli import main\n"
        "try:\n"
        "    main()\n"
        "except SystemExit as exc:\n"
        "    assert exc.code == 0, exc.code\n"
        "sys.stderr.write(','.join(m for m in ('typer', 'click', 'pydantic', 'rich') if m in sys.modules))\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], input=b"Title\n\nBody text of the article.\n",
                          capture_output=True, timeout=120, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.endswith(b"Body text of the article.\n")
    assert proc.stderr == b""  # none of typer, click, pydantic, rich was imported


def test_default_jobs_uses_workers_only_for_enough_work(tmp_path, monkeypatch):
    from cleaner import batch

    monkeypatch.setattr(batch, "default_jobs", lambda: 4)
    small = [tmp_path / f"{n}.txt" for n in range(3)]
    for path in small:
        path.write_text("x\n" * 10, encoding="utf-8")
    sources, _ = batch.collect([str(tmp_path)])
    assert batch.auto_jobs(sources) == 1
    big = tmp_path / "big.jsonl"
    big.write_bytes(b"{}\n" * (batch.PARALLEL_MIN_BYTES // 3 + 1))
    assert batch.auto_jobs(batch.collect([str(big)])[0]) == 4
    assert batch.auto_jobs(batch.collect([str(tmp_path)])[0]) == 4
    stdin, _ = batch.collect(["-"], input_format="jsonl")
    assert batch.auto_jobs(stdin, "jsonl") == 4
    assert batch.auto_jobs(batch.collect(["-"])[0]) == 1
    monkeypatch.setattr(batch, "default_jobs", lambda: 1)
    assert batch.auto_jobs(batch.collect([str(big)])[0]) == 1


def test_a_small_folder_is_cleaned_without_worker_processes(runner, fake, cwd, monkeypatch):
    import concurrent.futures

    from cleaner import batch

    monkeypatch.setattr(batch, "default_jobs", lambda: 2)

    def no_pool(*args, **kwargs):
        raise AssertionError("a worker pool was started for a few small files")

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", no_pool)
    for n in range(5):
        (cwd / f"{n}.txt").write_text(f"Title {n}\nMENU\n", encoding="utf-8")
    result = invoke(runner, "clean", "--check", ".")
    assert result.exit_code == 1
    assert "5 files seen, 5 would change" in result.stderr


def test_one_document_never_starts_workers_even_with_jobs(runner, fake, cwd, monkeypatch):
    import concurrent.futures

    def no_pool(*args, **kwargs):
        raise AssertionError("a worker pool was started for one document")

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", no_pool)
    (cwd / "a.txt").write_text("Title\nMENU\n", encoding="utf-8")
    result = invoke(runner, "clean", "--jobs", "2", "a.txt")
    assert result.exit_code == 0
    assert result.stdout == "Title\n"
    assert result.stderr == ""
    piped = invoke(runner, "clean", "--jobs", "2", "-", input="Title\nMENU\n")
    assert (piped.exit_code, piped.stdout, piped.stderr) == (0, "Title\n", "")
