"""The ``newsclean`` command's typer application: every option, its help, and the commands (clean,
explain, meta, rules, templates). Each command gathers its parameters and hands them to
cleaner.cli, which does the work; ``newsclean clean`` with boolean flags only does not come here
(cleaner.cli.main runs it without typer).
"""

import os
from enum import Enum
from typing import Annotated, Optional

import typer

from . import __version__
from .cli import (
    EXIT_CODES_HELP,
    EXIT_ERROR,
    Exit,
    Messages,
    _clean_exit_code,
    _guarded,
    _languages,
    _one_document,
    _out,
    _plural,
    category_style,
    render_explain,
)


def _exit(code: int) -> None:
    if code:
        raise typer.Exit(code)


app = typer.Typer(
    name="newsclean",
    help=(
        "Remove news boilerplate (menus, footers, bylines, share widgets, related lists) from scraped "
        "text and HTML, and say what was removed.\n\n" + EXIT_CODES_HELP
    ),
    add_completion=False,
    rich_markup_mode=None,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


class OutputFormat(str, Enum):
    text = "text"
    markdown = "markdown"
    json = "json"
    jsonl = "jsonl"


class InputFormat(str, Enum):
    auto = "auto"
    text = "text"
    html = "html"
    jsonl = "jsonl"


class DocFormat(str, Enum):
    auto = "auto"
    text = "text"
    html = "html"



# ---------------------------------------------------------------- commands


def _version(value: bool) -> None:
    if value:
        _out(f"newsclean {__version__}\n")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        Optional[bool],
        typer.Option("--version", help="Print the version and exit.", callback=_version, is_eager=True),
    ] = None,
) -> None:
    """newsclean: clean news boilerplate out of scraped articles."""


PathsArg = Annotated[
    Optional[list[str]],
    typer.Argument(
        help="Files or folders to clean; none or - reads stdin.",
        show_default=False,
        metavar="PATHS",
    ),
]
DisableOpt = Annotated[
    Optional[list[str]],
    typer.Option("--disable", metavar="RULE", help="Switch off a rule id or a whole category (repeatable).", show_default=False),
]
EnableOpt = Annotated[
    Optional[list[str]],
    typer.Option("--enable", metavar="RULE", help="Switch a rule or category back on (repeatable; wins over --disable).", show_default=False),
]
KeepBylineOpt = Annotated[bool, typer.Option("--keep-byline", help="Keep the byline in the text (it still goes to metadata).")]
ConfigOpt = Annotated[
    Optional[str],
    typer.Option("--config", metavar="FILE", help="Read options from FILE instead of the nearest pyproject.toml [tool.newsclean].", show_default=False),
]
StdinNameOpt = Annotated[
    Optional[str],
    typer.Option("--stdin-filename", metavar="NAME", help="Name stdin in messages and reports, and for format detection.", show_default=False),
]
LanguageOpt = Annotated[
    Optional[str],
    typer.Option("--language", metavar="LANG", help="Force the document language (ISO 639-1) instead of detecting it.", show_default=False),
]


@app.command("clean", epilog=EXIT_CODES_HELP)
def clean_command(
    ctx: typer.Context,
    paths: PathsArg = None,
    write: Annotated[bool, typer.Option("--write", "-w", help="Rewrite the files in place (atomically; unchanged files are not touched).")] = False,
    check: Annotated[bool, typer.Option("--check", help="Write nothing; list the files that would change; exit 1 if any would.")] = False,
    diff: Annotated[bool, typer.Option("--diff", help="Write nothing; print a unified diff per file, rule ids in the hunk headers.")] = False,
    output_format: Annotated[OutputFormat, typer.Option("--format", help="Output: text, markdown (headline as '# '), json ({text, metadata, removals}) or jsonl (one per document).")] = OutputFormat.text,
    metadata: Annotated[bool, typer.Option("--metadata", help="Add a YAML front-matter block with the metadata (text and markdown).")] = False,
    report: Annotated[Optional[str], typer.Option("--report", metavar="FILE", help="Write one JSON line per removal to FILE (sorted, stable across runs).", show_default=False)] = None,
    disable: DisableOpt = None,
    enable: EnableOpt = None,
    keep_byline: KeepBylineOpt = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Only errors on stderr.")] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Say more: encodings converted, config used, tracebacks.")] = False,
    jobs: Annotated[Optional[int], typer.Option("--jobs", "-j", min=1, metavar="N", help="Worker processes (default: all cores when the inputs add up to 4 MB or more, else 1).", show_default=False)] = None,
    include: Annotated[Optional[list[str]], typer.Option("--include", metavar="GLOB", help="Files to take from folders (repeatable; default *.txt *.md *.html *.htm *.jsonl).", show_default=False)] = None,
    exclude: Annotated[Optional[list[str]], typer.Option("--exclude", metavar="GLOB", help="Files or folders to leave out (repeatable). Files ignored by .gitignore are always skipped in folders.", show_default=False)] = None,
    stdin_filename: StdinNameOpt = None,
    config: ConfigOpt = None,
    input_format: Annotated[InputFormat, typer.Option("--input-format", help="How to read the inputs: auto (by name and content), text, html or jsonl.")] = InputFormat.auto,
    text_field: Annotated[str, typer.Option("--text-field", metavar="NAME", help="JSONL: the field holding the text.")] = "text",
    html_field: Annotated[str, typer.Option("--html-field", metavar="NAME", help="JSONL: the field holding HTML (used when there is no text).")] = "html",
    timeout: Annotated[Optional[float], typer.Option("--timeout", metavar="SECONDS", min=0, help="Give up on a document after SECONDS (it counts as failed); 0 for no limit.  [default: 10]", show_default=False)] = None,
    language: LanguageOpt = None,
    learn_templates: Annotated[Optional[str], typer.Option("--learn-templates", metavar="FILE", help="First learn each site's templates from all the inputs and write them to FILE, then clean with them.", show_default=False)] = None,
    templates: Annotated[Optional[str], typer.Option("--templates", metavar="FILE", help="Remove the site template lines saved in FILE (by --learn-templates).", show_default=False)] = None,
    url_field: Annotated[str, typer.Option("--url-field", metavar="NAME", help="JSONL: the field holding the page's URL (its site, for templates).")] = "url",
) -> None:
    """Clean files, folders or stdin. Prints clean text to stdout unless --write, --check or --diff."""
    given = dict(
        paths=list(paths or []),
        write=write,
        check=check,
        diff=diff,
        output_format=output_format,
        metadata=metadata,
        report=report,
        disable=disable,
        enable=enable,
        keep_byline=keep_byline,
        quiet=quiet,
        verbose=verbose,
        jobs=jobs,
        include=include,
        exclude=exclude,
        stdin_filename=stdin_filename,
        config=config,
        input_format=input_format,
        text_field=text_field,
        html_field=html_field,
        timeout=timeout,
        language=language,
        learn_templates=learn_templates,
        templates=templates,
        url_field=url_field,
    )
    raise typer.Exit(_clean_exit_code(ctx, given))



@app.command("explain", epilog=EXIT_CODES_HELP)
def explain_command(
    ctx: typer.Context,
    path: Annotated[Optional[str], typer.Argument(help="The file to explain; none or - reads stdin.", metavar="[PATH|-]", show_default=False)] = None,
    disable: DisableOpt = None,
    enable: EnableOpt = None,
    keep_byline: KeepBylineOpt = False,
    input_format: Annotated[DocFormat, typer.Option("--input-format", help="auto, text or html.")] = DocFormat.auto,
    stdin_filename: StdinNameOpt = None,
    config: ConfigOpt = None,
    language: LanguageOpt = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Say more.")] = False,
    templates: Annotated[Optional[str], typer.Option("--templates", metavar="FILE", help="Remove the site template lines saved in FILE (by clean --learn-templates).", show_default=False)] = None,
) -> None:
    """Show the document on stderr with every removed block struck through, its rule and reason."""
    given = dict(path=path, disable=disable, enable=enable, keep_byline=keep_byline, input_format=input_format,
                 stdin_filename=stdin_filename, config=config, language=language, verbose=verbose, timeout=None,
                 templates=templates)
    msgs = Messages(verbose=verbose)

    def body() -> None:
        outcome = _one_document(ctx, given, msgs)
        render_explain(msgs.console, outcome)

    _exit(_guarded(body, msgs, verbose))


@app.command("meta", epilog=EXIT_CODES_HELP)
def meta_command(
    ctx: typer.Context,
    path: Annotated[Optional[str], typer.Argument(help="The file to read; none or - reads stdin.", metavar="[PATH|-]", show_default=False)] = None,
    disable: DisableOpt = None,
    enable: EnableOpt = None,
    input_format: Annotated[DocFormat, typer.Option("--input-format", help="auto, text or html.")] = DocFormat.auto,
    stdin_filename: StdinNameOpt = None,
    config: ConfigOpt = None,
    language: LanguageOpt = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Say more.")] = False,
) -> None:
    """Print the document's metadata as JSON on stdout."""
    given = dict(path=path, disable=disable, enable=enable, keep_byline=False, input_format=input_format,
                 stdin_filename=stdin_filename, config=config, language=language, verbose=verbose, timeout=None)
    msgs = Messages(verbose=verbose)

    def body() -> None:
        import json

        outcome = _one_document(ctx, given, msgs)
        _out(json.dumps(outcome.metadata, ensure_ascii=False, indent=2) + "\n")

    _exit(_guarded(body, msgs, verbose))


@app.command("rules")
def rules_command(
    as_json: Annotated[bool, typer.Option("--json", help="Print the rules as JSON instead of a table.")] = False,
) -> None:
    """List every rule on stdout: id, category, what it removes, languages."""
    msgs = Messages()

    def body() -> None:
        from . import list_rules

        rules = list_rules()
        if as_json:
            import json

            rows = [
                {"id": r.id, "category": r.category, "description": r.description, "languages": _languages(r.languages)}
                for r in rules
            ]
            _out(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
            return
        from rich.table import Table
        from rich.text import Text

        table = Table(title=f"newsclean rules ({len(rules)})", title_justify="left")
        table.add_column("rule", style="bold", no_wrap=True)
        table.add_column("category", no_wrap=True)
        table.add_column("removes")
        table.add_column("languages")
        for r in rules:
            langs = r.languages
            shown = "all" if not langs else langs if isinstance(langs, str) else ", ".join(langs)
            table.add_row(Text(r.id), Text(r.category, style=category_style(r.category)), Text(r.description or ""), Text(shown))
        from rich.console import Console

        Console(highlight=False, no_color=True if os.environ.get("NO_COLOR") else None).print(table)

    _exit(_guarded(body, msgs))


@app.command("templates")
def templates_command(
    path: Annotated[str, typer.Argument(metavar="FILE", help="A templates file (written by clean --learn-templates).")],
) -> None:
    """List a templates file's sites on stdout: pages seen, lines stored, template lines."""
    msgs = Messages()

    def body() -> None:
        from rich.console import Console
        from rich.table import Table

        from .templates import Templates, TemplatesError

        try:
            templates = Templates.load(path)
        except TemplatesError as exc:
            msgs.usage(str(exc))
            raise Exit(EXIT_ERROR) from None
        table = Table(title=f"{path}: templates of {_plural(len(templates.sites), 'site')}", title_justify="left")
        table.add_column("site", no_wrap=True)
        table.add_column("pages", justify="right")
        table.add_column("lines stored", justify="right")
        table.add_column("template lines", justify="right")
        for site in sorted(templates.sites):
            pages, counts = templates.sites[site]
            table.add_row(site or "(no site)", str(pages), str(len(counts)), str(templates.template_lines(site)))
        Console(highlight=False, no_color=True if os.environ.get("NO_COLOR") else None).print(table)

    _exit(_guarded(body, msgs))
