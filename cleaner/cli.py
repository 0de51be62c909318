"""The ``newsclean`` command: a stdin-to-stdout filter, a batch cleaner for folders, and views.

stdout carries only content (clean text, JSON, a diff); every message goes through rich on stderr.
Imports are lazy: cleaning text from stdin loads neither trafilatura nor rich, and a plain
``newsclean clean [PATHS]`` (boolean flags only: the pipe filter, the pre-commit hooks) not even
typer. The typer application (options, help, the other commands) is cleaner.commands; ``app`` here
is that application, loaded when first asked for.
"""

import os
import sys
from enum import Enum


# A page that takes longer than this is reported as failed and the batch goes on (--timeout).
DEFAULT_TIMEOUT = 10.0


def _time_limit(value: float | None) -> float | None:
    """The per-document limit: the default when none is given, none at all for 0."""
    if value is None:
        return DEFAULT_TIMEOUT
    return value or None


EXIT_OK = 0
EXIT_CHECK = 1
EXIT_ERROR = 2
EXIT_INTERNAL = 123
EXIT_INTERRUPTED = 130


class Exit(Exception):
    """Stop the command with ``exit_code`` (its messages already shown); cleaner.commands turns it
    into typer's exit."""

    def __init__(self, exit_code: int = EXIT_OK):
        super().__init__(exit_code)
        self.exit_code = exit_code


EXIT_CODES_HELP = (
    "Exit codes: 0 success; 1 --check found files to change; 2 usage error, or an input that could "
    "not be processed (after processing all the others); 123 internal error; 130 interrupted."
)


# ---------------------------------------------------------------- output streams


def _out(text: str | bytes) -> None:
    """Write content to stdout as UTF-8, whatever the locale (bytes are written as they are)."""
    if not text:
        return
    stream = sys.stdout
    buffer = getattr(stream, "buffer", None)
    if buffer is None:
        stream.write(text.decode("utf-8", "replace") if isinstance(text, bytes) else text)
        return
    stream.flush()
    buffer.write(text if isinstance(text, bytes) else text.encode("utf-8"))


def _silence_stdout() -> None:
    """The reader of stdout went away (``newsclean ... | head``): stop writing, quietly, like cat."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


def _flush_stdout() -> None:
    try:
        sys.stdout.flush()
        buffer = getattr(sys.stdout, "buffer", None)
        if buffer is not None:
            buffer.flush()
    except BrokenPipeError:
        _silence_stdout()
    except ValueError:
        pass


class Messages:
    """Everything human-facing, on stderr through rich (loaded on first use)."""

    def __init__(self, *, quiet: bool = False, verbose: bool = False, mode: str = "print"):
        self.quiet = quiet
        self.verbose = verbose
        self.mode = mode
        self._console = None
        self._progress = None
        self._task = None

    @property
    def console(self):
        if self._console is None:
            from rich.console import Console

            self._console = Console(
                stderr=True,
                highlight=False,
                soft_wrap=True,
                no_color=True if os.environ.get("NO_COLOR") else None,
            )
        return self._console

    def _print(self, *parts: tuple[str, str]) -> None:
        from rich.text import Text

        self.console.print(Text.assemble(*parts), soft_wrap=True)

    def error(self, name: str, message: str) -> None:
        self._print(("error", "bold red"), (f": {name}: {message}", ""))

    def warn(self, name: str, message: str) -> None:
        if not self.quiet:
            self._print(("warning", "bold yellow"), (f": {name}: {message}", ""))

    def usage(self, message: str) -> None:
        self._print(("error", "bold red"), (f": {message}", ""))

    def note(self, name: str, message: str) -> None:
        if self.verbose:
            self._print((f"{name}: {message}", "dim"))

    def info(self, message: str) -> None:
        if not self.quiet:
            self._print((message, ""))

    def changed(self, name: str, mode: str) -> None:
        if self.quiet:
            return
        if mode == "write":
            self._print(("cleaned ", "green"), (name, "bold"))
        else:
            self._print(("would clean ", "yellow"), (name, "bold"))

    # progress --------------------------------------------------------

    def start_progress(self, total: int) -> None:
        if self.quiet or total < 2 or "PRE_COMMIT" in os.environ:
            return
        if not sys.stderr.isatty() or not self.console.is_terminal:
            return
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        self._progress = Progress(
            TextColumn("cleaning"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeRemainingColumn(),
            console=self.console,
            transient=True,
        )
        self._progress.start()
        self._task = self._progress.add_task("clean", total=total)

    def advance(self) -> None:
        if self._progress is not None:
            self._progress.advance(self._task)

    def stop_progress(self) -> None:
        if self._progress is not None:
            self._progress.stop()
            self._progress = None


# ---------------------------------------------------------------- configuration


_PARAM_OF_KEY = {"format": "output_format"}


def _param(key: str) -> str:
    return _PARAM_OF_KEY.get(key, key.replace("-", "_"))


def _merge_config(ctx, given: dict, values: dict) -> dict:
    """Apply config values to every parameter the command line did not set (the command line wins)."""
    merged = dict(given)
    for key, value in values.items():
        name = _param(key)
        if name not in merged:
            continue
        source = ctx.get_parameter_source(name)
        if source is None or source.name in ("DEFAULT", "DEFAULT_MAP"):
            merged[name] = value
    return merged


def _load_config(ctx, given: dict, paths: list[str], msgs: Messages) -> dict:
    from .config import ConfigError, discover

    try:
        found, values = discover(paths, stdin_filename=given.get("stdin_filename"), config=given.get("config"))
    except ConfigError as exc:
        msgs.usage(f"config: {exc}")
        raise Exit(EXIT_ERROR) from None
    merged = _merge_config(ctx, given, values)
    if found is not None and merged.get("verbose"):
        from .report import display_path

        Messages(verbose=True).note("config", f"using {display_path(str(found))}")
    return merged


def _value(v):
    return v.value if isinstance(v, Enum) else v


def _check_rules(names: list[str], flag: str, msgs: Messages) -> None:
    if not names:
        return
    try:
        from . import list_rules

        rules = list_rules()
    except Exception:  # noqa: BLE001 - the rule table is not available: the engine will judge
        return
    known = {r.id for r in rules} | {r.category for r in rules}
    for name in names:
        if name not in known:
            msgs.usage(f"{flag} {name}: no such rule or category (see `newsclean rules`)")
            raise Exit(EXIT_ERROR)


def _options(merged: dict, msgs: Messages):
    from .options import Options

    disable = list(merged.get("disable") or [])
    enable = list(merged.get("enable") or [])
    _check_rules(disable, "--disable", msgs)
    _check_rules(enable, "--enable", msgs)
    return Options.make(
        disable=disable,
        enable=enable,
        keep_byline=bool(merged.get("keep_byline")),
        language=merged.get("language") or None,
    )


def _stdin_lines():
    stream = sys.stdin
    buffer = getattr(stream, "buffer", None)
    if buffer is None:  # a text stream (tests): encode back
        for line in stream:
            yield line.encode("utf-8")
        return
    yield from buffer


def _clean_exit_code(ctx, given: dict) -> int:
    """Run ``clean`` with the parameters in ``given``; its exit code (messages already shown)."""
    msgs = Messages(quiet=bool(given["quiet"]), verbose=bool(given["verbose"]))
    verbose = msgs.verbose
    try:
        code = _clean(ctx, given, msgs)
    except KeyboardInterrupt:
        msgs.stop_progress()
        msgs.usage("interrupted; no file was left half-written")
        code = EXIT_INTERRUPTED
    except Exit as exc:
        code = exc.exit_code
    except BrokenPipeError:
        _silence_stdout()
        code = EXIT_OK
    except Exception as exc:  # noqa: BLE001 - never a traceback unless asked for
        msgs.stop_progress()
        msgs.usage(f"internal error: {type(exc).__name__}: {exc}")
        if verbose:
            import traceback

            msgs.console.print(traceback.format_exc(), markup=False, highlight=False)
        code = EXIT_INTERNAL
    _flush_stdout()
    return code


def _clean(ctx, given: dict, msgs: Messages) -> int:
    from .batch import DEFAULT_INCLUDE, Settings, auto_jobs, collect
    from .pipeline import WriteBack, run

    paths = given["paths"]
    merged = _load_config(ctx, given, paths, msgs)
    msgs.quiet, msgs.verbose = bool(merged["quiet"]), bool(merged["verbose"])
    output_format = _value(merged["output_format"])
    input_format = _value(merged["input_format"])
    write, check, diff = bool(merged["write"]), bool(merged["check"]), bool(merged["diff"])
    if write and (check or diff):
        msgs.usage("--write cannot be combined with --check or --diff (they write nothing)")
        return EXIT_ERROR
    if (write or check or diff) and output_format in ("json", "jsonl"):
        msgs.usage(f"--format {output_format} prints documents; use it without --write, --check and --diff")
        return EXIT_ERROR
    mode = WriteBack.WRITE if write else WriteBack.DIFF if diff else WriteBack.CHECK if check else WriteBack.PRINT
    options = _options(merged, msgs)
    sources, problems = collect(
        paths,
        include=merged["include"] or DEFAULT_INCLUDE,
        exclude=merged["exclude"] or (),
        stdin_filename=merged["stdin_filename"],
        input_format=input_format,
    )
    if merged["report"] and merged["report"] != "-":
        # the report is an output: never read it back as a corpus when it sits among the inputs
        report_path = os.path.realpath(merged["report"])
        sources = [s for s in sources if s.path is None or os.path.realpath(s.path) != report_path]
    for problem in problems:
        msgs.error(problem.name, problem.message)
    many = len(sources) > 1 or any(os.path.isdir(p) for p in paths if p != "-")
    jobs = merged["jobs"]
    if jobs is None:
        jobs = auto_jobs(sources, input_format)
    if merged.get("learn_templates") or merged.get("templates"):
        options = _with_templates(options, merged, sources, input_format, msgs, jobs)
        if options is None:
            return EXIT_ERROR
    settings = Settings(
        options=options,
        input_format=input_format,
        output_format=output_format,
        metadata=bool(merged["metadata"]),
        text_field=merged["text_field"],
        html_field=merged["html_field"],
        timeout=_time_limit(merged["timeout"]),
        with_path=many,
    )
    if any(s.path is None for s in sources) and sys.stdin.isatty() and not msgs.quiet:
        msgs.info("reading stdin (end with Ctrl-D)")
    msgs.start_progress(len(sources))
    try:
        stats = run(
            sources,
            settings,
            mode=mode,
            jobs=jobs,
            ui=msgs,
            out=_out,
            stdin=_stdin_lines,
            want_records=bool(merged["report"]),
        )
    finally:
        msgs.stop_progress()
    _flush_stdout()
    if merged["report"]:
        _write_report(merged["report"], stats.records, msgs)
    failed = stats.failed + len(problems)
    if not msgs.quiet and (many or mode != "print" or msgs.verbose or problems or stats.documents > 1):
        _summary(msgs, stats, failed, mode)
    if stats.internal:
        return EXIT_INTERNAL
    if failed:
        return EXIT_ERROR
    if check and stats.changed:
        return EXIT_CHECK
    return EXIT_OK


def _with_templates(options, merged: dict, sources, input_format: str, msgs: Messages, jobs: int = 1):
    """Options holding the templates of --templates FILE, or of --learn-templates FILE (learned from
    the inputs in a first pass and written to FILE); None after a usage error."""
    from dataclasses import replace

    from .templates import Templates, TemplatesError, learn_sources

    learn, use = merged.get("learn_templates"), merged.get("templates")
    try:
        if learn and use and os.path.realpath(learn) != os.path.realpath(use):
            raise TemplatesError("--learn-templates writes the templates it learns, --templates reads saved ones: give one")
        if learn:
            templates = learn_sources(sources, input_format=input_format, text_field=merged["text_field"],
                                      html_field=merged["html_field"], url_field=merged["url_field"], on_error=msgs.warn,
                                      jobs=jobs)
            try:
                templates.save(learn)
            except OSError as exc:
                raise TemplatesError(f"cannot write templates file {learn}: {exc.strerror or exc}") from None
            if msgs.verbose:
                msgs.note(learn, f"templates of {len(templates.sites)} sites learned from the inputs")
        else:
            templates = Templates.load(use)
            templates.url_field = merged["url_field"]
    except TemplatesError as exc:
        msgs.usage(str(exc))
        return None
    return replace(options, templates=templates)


def _write_report(path: str, records, msgs: Messages) -> None:
    """The report (records from a :class:`cleaner.report.RecordSpool`, or a list), sorted."""
    from .batch import atomic_write
    from .report import RecordSpool

    if not isinstance(records, RecordSpool):
        spool = RecordSpool()
        spool.extend(records)
        records = spool
    try:
        if path == "-":
            for chunk in records.chunks():
                _out(chunk)
        else:
            atomic_write(path, records.chunks())
    except OSError as exc:
        msgs.error(path, f"cannot write the report: {exc.strerror or exc}")
        raise Exit(EXIT_ERROR) from None
    finally:
        records.close()


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


_SAFETY_LISTED = 10  # documents named in the summary line when the safety net held


def _summary(msgs: Messages, stats, failed: int, mode: str) -> None:
    changed = {"write": "cleaned", "print": "changed"}.get(mode, "would change")
    docs = f" ({_plural(stats.documents, 'document')})" if stats.documents != stats.files else ""
    parts = [f"{_plural(stats.files, 'file')}{docs} seen", f"{stats.changed} {changed}", f"{failed} failed"]
    line = ", ".join(parts)
    if stats.lines_removed:
        removed = ", ".join(f"{cat} {n}" for cat, n in sorted(stats.lines_removed.items(), key=lambda kv: (-kv[1], kv[0])))
        line += f"; lines removed: {removed}"
    else:
        line += "; no lines removed"
    kept_whole = getattr(stats, "conservative", None)
    if kept_whole:
        shown = ", ".join(kept_whole[:_SAFETY_LISTED]) + (", ..." if len(kept_whole) > _SAFETY_LISTED else "")
        line += f"; kept the conservative clean (most prose would have gone): {len(kept_whole)} ({shown})"
    from rich.text import Text

    style = "red" if failed else "yellow" if (stats.changed and mode in ("check", "diff")) else "green"
    msgs.console.print(Text.assemble(("newsclean: ", "bold"), (line, style)), soft_wrap=True)


# ---------------------------------------------------------------- one document: explain, meta


def _one_document(ctx, given: dict, msgs: Messages):
    """Read and clean the single input of ``explain`` / ``meta``; exit 2 with one line if it fails."""
    from .batch import Settings, Source, is_jsonl_name, process_document
    from .report import display_path

    path = given["path"] or "-"
    merged = _load_config(ctx, given, [path], msgs)
    options = _options(merged, msgs)
    if merged.get("templates"):  # explain --templates FILE
        options = _with_templates(options, dict(merged, learn_templates=None, url_field="url"), [], "text", msgs)
        if options is None:
            raise Exit(EXIT_ERROR)
    input_format = _value(merged["input_format"])
    stdin_name = merged.get("stdin_filename")
    if path == "-":
        source = Source(name=display_path(stdin_name) if stdin_name else "-", path=None, filename=stdin_name)
        if sys.stdin.isatty():
            msgs.info("reading stdin (end with Ctrl-D)")
        data = b"".join(_stdin_lines())
    else:
        if os.path.isdir(path):
            msgs.error(display_path(path), "is a directory; give one file (or - for stdin)")
            raise Exit(EXIT_ERROR)
        source = Source(name=display_path(path), path=path, filename=path)
        data = None
    if is_jsonl_name(source.filename) and input_format == "auto":
        msgs.error(source.name, "is JSONL; use `newsclean clean` for corpora (one document per line)")
        raise Exit(EXIT_ERROR)
    settings = Settings(options=options, input_format=input_format, output_format="json", timeout=_time_limit(merged.get("timeout")))
    outcome = process_document(source, settings, data)
    for note in outcome.notes:
        msgs.note(source.name, note)
    if outcome.error is not None:
        msgs.error(source.name, outcome.error)
        raise Exit(EXIT_INTERNAL if outcome.error_kind == "internal" else EXIT_ERROR)
    return outcome


def _guarded(fn, msgs: Messages, verbose: bool = False) -> int:
    """Run a view command's body; its exit code (messages shown, never a traceback unless -v)."""
    try:
        fn()
    except KeyboardInterrupt:
        msgs.usage("interrupted")
        return EXIT_INTERRUPTED
    except Exit as exc:
        return exc.exit_code
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_OK
    except Exception as exc:  # noqa: BLE001
        msgs.usage(f"internal error: {type(exc).__name__}: {exc}")
        if verbose:
            import traceback

            msgs.console.print(traceback.format_exc(), markup=False, highlight=False)
        return EXIT_INTERNAL
    _flush_stdout()
    return EXIT_OK


def _languages(value) -> list[str]:
    """A rule's languages as a list of codes (``["any"]`` for a rule that applies to every language)."""
    if not value:
        return ["any"]
    if isinstance(value, str):
        return [part.strip() for part in value.split(",") if part.strip()]
    return [str(part) for part in value]


# ---------------------------------------------------------------- explain view

_CATEGORY_STYLES = {
    "navigation": "blue",
    "header": "bright_blue",
    "legal": "magenta",
    "byline": "cyan",
    "credits": "yellow",
    "promo": "red",
    "related": "green",
    "duplicates": "bright_magenta",
    "comments": "bright_yellow",
    "social": "bright_red",
}
_PALETTE = ("blue", "magenta", "cyan", "yellow", "red", "green", "bright_blue", "bright_magenta", "bright_cyan")


def category_style(category: str) -> str:
    """A stable colour per category (known ones fixed, others by hash)."""
    if category in _CATEGORY_STYLES:
        return _CATEGORY_STYLES[category]
    import zlib

    return _PALETTE[zlib.crc32(category.encode("utf-8")) % len(_PALETTE)]


def render_explain(console, outcome) -> None:
    """The document with each removed block dimmed and struck, coloured by category, rule and
    reason in the margin; then a table of removals per category."""
    from rich import box
    from rich.table import Table
    from rich.text import Text

    if outcome.input_format == "html":
        shown = outcome.extracted if outcome.extracted is not None else ""
        origin = "text extracted from the HTML"
    else:
        shown = outcome.original or ""
        origin = "input"
    lines = shown.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    by_line: dict[int, object] = {}
    starts: dict[int, object] = {}
    for removal in sorted(outcome.removals, key=lambda r: (r.first_line, r.last_line)):
        starts.setdefault(removal.first_line, removal)
        for number in range(removal.first_line, removal.last_line + 1):
            by_line.setdefault(number, removal)
    removed_lines = sum(1 for n in by_line if 1 <= n <= len(lines))
    console.print(
        Text.assemble(
            ("newsclean explain ", "bold"),
            (outcome.source.name, "bold"),
            (f"  {len(lines)} lines of {origin}, {removed_lines} removed by {len(outcome.removals)} rule hits", "dim"),
        ),
        soft_wrap=True,
    )
    for warning in getattr(outcome, "safety", ()):
        console.print(Text.assemble(("safety net: ", "bold yellow"), (warning, "yellow")), soft_wrap=True)
    width = len(str(max(len(lines), 1)))
    view = Table(box=None, show_header=False, pad_edge=False, expand=True, padding=(0, 1))
    view.add_column("line", justify="right", no_wrap=True, width=width + 2)
    view.add_column("text", ratio=3, overflow="fold")
    view.add_column("why", ratio=2, overflow="fold")
    for number, line in enumerate(lines, 1):
        removal = by_line.get(number)
        if removal is None:
            view.add_row(Text(f"{number} ", style="dim"), Text(line), Text(""))
            continue
        colour = category_style(removal.category)
        margin = Text("")
        if starts.get(number) is removal or number == removal.first_line:
            margin = Text.assemble((removal.rule, f"bold {colour}"), (" " + removal.reason, colour))
        view.add_row(
            Text(f"{number}-", style=colour),
            Text(line, style=f"dim strike {colour}"),
            margin,
        )
    console.print(view)
    summary = Table(title="removed, by category", title_justify="left", box=box.SIMPLE)
    summary.add_column("category")
    summary.add_column("removals", justify="right")
    summary.add_column("lines", justify="right")
    summary.add_column("rules")
    per: dict[str, list] = {}
    for removal in outcome.removals:
        per.setdefault(removal.category, []).append(removal)
    for category in sorted(per):
        items = per[category]
        rules = sorted({r.rule for r in items})
        lines_removed = sum(r.last_line - r.first_line + 1 for r in items)
        summary.add_row(
            Text(category, style=category_style(category)), str(len(items)), str(lines_removed), Text(", ".join(rules))
        )
    if not per:
        summary.add_row(Text("(nothing removed)", style="dim"), "0", "0", "")
    kept = len([l for l in outcome.text.split("\n") if l.strip()]) if outcome.text else 0
    summary.caption = f"{kept} non-blank lines kept"
    console.print(summary)


class _CommandLine:
    """The parameter sources of a command line parsed by :func:`_plain_clean`."""

    class _Given:
        name = "COMMANDLINE"

    def __init__(self, given: set[str]):
        self.given = given

    def get_parameter_source(self, name: str):
        return self._Given if name in self.given else None


# The boolean flags of ``clean`` (cleaner.commands.clean_command) and the defaults of all its
# parameters, for the command lines that need no option parsing; a test checks them against typer's
# own reading of the command.
CLEAN_FLAGS = {
    "--write": "write", "-w": "write", "--check": "check", "--diff": "diff", "--metadata": "metadata",
    "--keep-byline": "keep_byline", "--quiet": "quiet", "-q": "quiet", "--verbose": "verbose", "-v": "verbose",
}
CLEAN_DEFAULTS = dict(
    paths=None, write=False, check=False, diff=False, output_format="text", metadata=False, report=None,
    disable=None, enable=None, keep_byline=False, quiet=False, verbose=False, jobs=None, include=None,
    exclude=None, stdin_filename=None, config=None, input_format="auto", text_field="text", html_field="html",
    timeout=None, language=None, learn_templates=None, templates=None, url_field="url",
)


def _plain_clean(argv: list[str]) -> tuple[list[str], dict[str, bool]] | None:
    """``(paths, flags)`` of ``newsclean clean [PATH|-|FLAG]...`` where every option is a boolean
    flag of ``clean`` (``--check``, ``-w``, ``-q``...), else None."""
    if not argv or argv[0] != "clean":
        return None
    paths: list[str] = []
    set_flags: dict[str, bool] = {}
    for arg in argv[1:]:
        if arg == "-" or not arg.startswith("-"):
            paths.append(arg)
        elif arg in CLEAN_FLAGS:
            set_flags[CLEAN_FLAGS[arg]] = True
        else:
            return None
    return paths, set_flags


def main() -> None:
    """Console-script entry point.

    ``newsclean clean [PATHS]`` with no option but boolean flags (the pipe filter, a pre-commit
    hook's ``clean --write FILES``) runs the command directly with its declared defaults, without
    importing typer (~35 ms) or its option parsing (typer validates every parameter with pydantic,
    ~100-200 ms). Anything else goes through the typer application (cleaner.commands).
    """
    try:
        plain = _plain_clean(sys.argv[1:])
        if plain is not None:
            paths, flags = plain
            given = dict(CLEAN_DEFAULTS, **flags)
            given["paths"] = paths
            sys.exit(_clean_exit_code(_CommandLine(set(flags) | ({"paths"} if paths else set())), given))
        from .commands import app

        app(prog_name="newsclean")
    except KeyboardInterrupt:
        sys.exit(EXIT_INTERRUPTED)
    except BrokenPipeError:
        _silence_stdout()
        sys.exit(EXIT_OK)


def __getattr__(name: str):
    if name == "app":  # the typer application, imported only when asked for
        from .commands import app

        return app
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


if __name__ == "__main__":  # pragma: no cover
    main()
