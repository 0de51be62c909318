"""One streaming pipeline for a batch: every input becomes a stream of units of work (a document, or
the records of a JSONL corpus), one ordered pool cleans them (cleaner.outcome.process_all), and one
path acts on each outcome according to the run's :class:`WriteBack` mode.

Memory is bounded whatever the inputs: units are read lazily, at most the pool's window of them is
in flight, a corpus's rewritten file is written as its records come and its diff hunks printed as
they close, and the report's records are spooled (cleaner.report.RecordSpool).

Nothing here prints: the command line passes a ``ui`` object (messages on stderr) and an ``out``
function (content on stdout).
"""
from __future__ import annotations

from collections import Counter, deque
from dataclasses import dataclass, field, replace
from enum import Enum
from itertools import chain
from typing import Callable, Iterable, Iterator, Protocol

from .batch import HTML_SUFFIXES, AtomicFile, Refused, _file_lines, _Seen, _write_error, atomic_write, is_read_only
from .inputs import InputError
from .outcome import Outcome, Settings, Source, Task, process_all
from .report import RecordSpool

__all__ = ["WriteBack", "UI", "Stats", "run"]


class WriteBack(str, Enum):
    """What a run does with each clean document (as black's ``WriteBack``); a ``str``, so that
    ``mode == "write"`` holds for :attr:`WRITE`."""

    PRINT = "print"  # to stdout
    WRITE = "write"  # rewrite the file in place (stdin: to stdout)
    CHECK = "check"  # write nothing; count what would change
    DIFF = "diff"  # write nothing; print a unified diff


class UI(Protocol):
    def error(self, name: str, message: str) -> None: ...
    def warn(self, name: str, message: str) -> None: ...
    def note(self, name: str, message: str) -> None: ...
    def changed(self, name: str, mode: str) -> None: ...
    def advance(self) -> None: ...


@dataclass
class Stats:
    files: int = 0
    documents: int = 0
    changed: int = 0
    failed: int = 0
    internal: int = 0
    lines_removed: Counter = field(default_factory=Counter)
    conservative: list[str] = field(default_factory=list)  # documents the safety net kept whole
    records: RecordSpool = field(default_factory=RecordSpool)  # the report's records (bounded memory)

    def count_removals(self, removals) -> None:
        for r in removals:
            self.lines_removed[r.category] += r.last_line - r.first_line + 1


# ---------------------------------------------------------------- reading: units of work


class _Input:
    """One source as the run reads it: for a JSONL corpus, the lines read and not yet acted on (at
    most the pool's window), and what was read (its snapshot, checked before a rewrite)."""

    __slots__ = ("source", "lines", "seen", "problem")

    def __init__(self, source: Source):
        self.source = source
        self.lines: dict[int, bytes] = {}
        self.seen: _Seen | None = None  # a corpus file: what was read of it
        self.problem: str | None = None  # the corpus could not be read


def _tasks(inputs: list[_Input], settings: Settings, stdin, order: deque) -> Iterator[Task]:
    """The units of work of every input, in order; ``order`` gets each unit's input index."""
    for index, item in enumerate(inputs):
        source = item.source
        if source.path is None and not source.jsonl:
            lines = iter(stdin()) if stdin is not None else iter(())
            head: list[bytes] = []
            if settings.input_format == "auto":
                for line in lines:  # peek at the first non-blank line: a JSON object means JSONL
                    head.append(line)
                    if line.strip():
                        break
            if head and _looks_like_jsonl(head[-1], settings):
                item.source = replace(source, jsonl=True)
                yield from _records(index, item, chain(head, lines), order)
                continue
            order.append(index)
            yield Task(source, None, b"".join(head) + b"".join(lines))
        elif source.jsonl:
            if source.path is None:
                lines = stdin() if stdin is not None else ()
            else:
                try:
                    with open(source.path, "rb"):
                        pass
                except OSError as exc:
                    item.problem = ("no such file or directory" if isinstance(exc, FileNotFoundError)
                                    else f"cannot read: {exc.strerror or exc}")
                    continue
                item.seen = _Seen()
                lines = _file_lines(source.path, item.seen)
            yield from _records(index, item, lines, order)
        else:
            order.append(index)
            yield Task(source)


def _records(index: int, item: _Input, lines: Iterable[bytes], order: deque) -> Iterator[Task]:
    for number, line in enumerate(lines, 1):
        item.lines[number] = line
        if line.strip():  # blank lines give no record
            order.append(index)
            yield Task(item.source, number, line)


def _looks_like_jsonl(line: bytes, settings: Settings) -> bool:
    """A first line that is a JSON object with the text or HTML field: stdin is a JSONL corpus."""
    stripped = line.strip()
    if not stripped.startswith(b"{") or not stripped.endswith(b"}"):
        return False
    import json

    try:
        record = json.loads(stripped)
    except ValueError:
        return False
    return isinstance(record, dict) and (settings.text_field in record or settings.html_field in record)


# ---------------------------------------------------------------- acting on outcomes


class _Run:
    """What the run does with each outcome: the messages, the counts and the report for every unit
    (a document or a record), then the mode's action, through the input's sink."""

    def __init__(self, settings: Settings, mode: WriteBack, ui: UI, out, stats: Stats, want_records: bool):
        self.settings, self.mode, self.ui, self.out, self.stats = settings, mode, ui, out, stats
        self.want_records = want_records
        self.printed = False  # a document was printed (the next one comes after a blank line)

    def take(self, sink, outcome: Outcome) -> bool:
        """Messages, counts and report lines of one unit; whether it was cleaned."""
        stats, ui = self.stats, self.ui
        where = sink.where(outcome)
        stats.documents += 1
        for note in outcome.notes:
            ui.note(where, note)
        sink.precheck(outcome)
        if outcome.error is None or not outcome.lossy:
            for warning in outcome.warnings:
                ui.warn(where, warning)
        if outcome.error is not None:
            if outcome.error_kind == "internal":
                stats.internal += 1
            sink.failed(outcome)
            return False
        stats.count_removals(outcome.removals)
        if outcome.safety:
            stats.conservative.append(sink.conservative_name(outcome))
        if self.want_records:
            stats.records.extend(outcome.records)
        return True


class _DocumentSink:
    """A whole document: printed, rewritten, checked or diffed as one."""

    def __init__(self, run: _Run, source: Source):
        self.run, self.source = run, source

    def where(self, outcome: Outcome) -> str:
        return self.source.name

    def conservative_name(self, outcome: Outcome) -> str:
        return self.source.name

    def precheck(self, outcome: Outcome) -> None:
        if outcome.error is None and self.run.mode != "print" and self.source.path is not None and outcome.changed:
            # what --write would refuse, --check and --diff report the same way: stray bytes that
            # would become U+FFFD, a clean text the file's encoding cannot store
            try:
                outcome.stored.encode(outcome.output)
            except InputError as exc:
                outcome.error, outcome.error_kind = str(exc), "input"

    def failed(self, outcome: Outcome) -> None:
        self.run.stats.failed += 1
        self.run.ui.error(self.source.name, outcome.error)

    def take(self, outcome: Outcome) -> None:
        run, source = self.run, self.source
        stats, ui, out, mode = run.stats, run.ui, run.out, run.mode
        if not run.take(self, outcome):
            return
        changed = outcome.changed
        if mode == "print":
            if outcome.output:
                if run.printed and run.settings.output_format in ("text", "markdown"):
                    out("\n")
                out(outcome.output)
                run.printed = True
            stats.changed += changed
        elif mode == "write":
            if changed and source.path is not None:
                if is_read_only(source.path):
                    stats.failed += 1
                    ui.error(source.name, "read-only file, not rewritten")
                    return
                try:
                    atomic_write(source.path, outcome.stored.encode(outcome.output), expected=outcome.snapshot)
                except (InputError, Refused) as exc:
                    stats.failed += 1
                    ui.error(source.name, str(exc))
                except OSError as exc:
                    stats.failed += 1
                    ui.error(source.name, _write_error(exc))
                else:
                    stats.changed += 1
                    ui.changed(source.name, mode)
            elif changed:  # stdin with --write: nothing to rewrite, print instead
                out(outcome.output)
                stats.changed += 1
            elif source.path is None:
                out(outcome.output)
        elif changed:  # check / diff
            stats.changed += 1
            ui.changed(source.name, mode)
            if mode == "diff":
                from .report import unified_diff

                spans = outcome.removals if outcome.input_format == "text" else ()
                out(unified_diff(outcome.original or "", outcome.output, source.name, spans))

    def finish(self, item: _Input) -> None:
        pass

    def abort(self) -> None:
        pass


class _CorpusSink:
    """A JSONL corpus, record by record, in input order: printed as they come, written to the new
    file as they come (renamed over the old one at the end if a line changed), diffed as they come.
    A record that could not be cleaned goes through as it was, so lines still match."""

    def __init__(self, run: _Run, item: _Input):
        self.run, self.item, self.source = run, item, item.source
        mode = run.mode
        self.stdin_write = mode == "write" and self.source.path is None
        self.mode = "print" if self.stdin_write else mode  # stdin: nothing to rewrite, records to stdout
        self.writer = None
        self.write_problem: str | None = None
        if self.mode == "write":
            try:
                self.writer = AtomicFile(self.source.path)
            except Refused as exc:
                self.write_problem = str(exc)
            except OSError as exc:
                self.write_problem = _write_error(exc)
        if self.mode == "diff":
            from .report import LineDiff

            self.diff = LineDiff(self.source.name, run.out)
        else:
            self.diff = None
        self.changed = False
        self.failures = 0
        self.next_line = 1

    # messages --------------------------------------------------------

    def where(self, outcome: Outcome) -> str:
        return f"{self.source.name}: line {outcome.line_no}"

    def conservative_name(self, outcome: Outcome) -> str:
        return f"{self.source.name}:{outcome.line_no}"

    def precheck(self, outcome: Outcome) -> None:
        pass

    def failed(self, outcome: Outcome) -> None:
        self.failures += 1
        message = outcome.error or "could not be cleaned"
        if not message.startswith("line "):
            message = f"line {outcome.line_no}: {message}"
        self.run.ui.error(self.source.name, message)

    # the lines --------------------------------------------------------

    def _deleted(self, line: bytes) -> None:  # a line with no output (blank, or never read back)
        self.changed = True
        if self.diff is not None:
            self.diff.change(_line_text(line), None)

    def _kept(self, old: str, new: str, new_bytes: bytes, rules=()) -> None:
        if self.writer is not None:
            self.writer.write(new_bytes)
        if old != new:
            self.changed = True
            if self.diff is not None:
                self.diff.change(old, new, rules)
        elif self.diff is not None:
            self.diff.equal(old)

    def take(self, outcome: Outcome) -> None:
        lines = self.item.lines
        while self.next_line < outcome.line_no:  # lines that gave no record (blank lines) are dropped
            skipped = lines.pop(self.next_line, b"")
            if self.mode != "print":
                self._deleted(skipped)
            self.next_line += 1
        original = lines.pop(outcome.line_no, b"")
        self.next_line = outcome.line_no + 1
        out = self.run.out
        if not self.run.take(self, outcome) or outcome.output is None:
            if outcome.error is None:  # no output and no error: counted as a failure all the same
                self.failed(outcome)
            if self.mode == "print":
                out(_line_bytes(original))
            else:
                text = _line_text(original)
                self._kept(text, text, _line_bytes(original))
            return
        new = outcome.to_line()
        if self.mode == "print":
            out(new)
            self.changed = self.changed or new != _line_text(original)
            return
        self._kept(_line_text(original), new, new.encode("utf-8"), [r.rule for r in outcome.removals])

    def finish(self, item: _Input) -> None:
        run, stats, ui, source = self.run, self.run.stats, self.run.ui, self.source
        if item.problem is not None:
            stats.failed += 1
            ui.error(source.name, item.problem)
            self.abort()
            return
        for leftover in sorted(item.lines):
            if self.mode != "print":
                self._deleted(item.lines[leftover])
        item.lines.clear()
        if self.diff is not None:
            self.diff.finish()
        if self.failures:
            stats.failed += 1
        if self.mode == "print":
            stats.changed += self.changed if self.stdin_write else 0
            return
        if not self.changed:
            self.abort()
            return
        if self.mode == "write":
            problem = self.write_problem
            if problem is None and is_read_only(source.path):
                problem = "read-only file, not rewritten"
            if problem is None:
                try:
                    self.writer.commit(expected=item.seen.snapshot())
                except Refused as exc:
                    problem = str(exc)
                except OSError as exc:
                    problem = _write_error(exc)
                self.writer = None
            self.abort()
            if problem is not None:
                stats.failed += 0 if self.failures else 1
                ui.error(source.name, problem)
                return
        stats.changed += 1
        ui.changed(source.name, run.mode if self.mode != "print" else self.mode)

    def abort(self) -> None:
        if self.writer is not None:
            self.writer.discard()
            self.writer = None


def _line_bytes(line: bytes) -> bytes:
    return line if line.endswith(b"\n") else line + b"\n"


def _line_text(line: bytes) -> str:
    text = line.decode("utf-8", "replace")
    if text.endswith("\r\n"):
        text = text[:-2] + "\n"
    if not text.endswith("\n"):
        text += "\n"
    return text


# ---------------------------------------------------------------- the run


def run(
    sources: list[Source],
    settings: Settings,
    *,
    mode: WriteBack | str,
    jobs: int,
    ui: UI,
    out: Callable[[str], None],
    stdin: Callable[[], Iterable[bytes]] | None = None,
    want_records: bool = False,
) -> Stats:
    """Clean every source and act on it according to ``mode``; return the counts.

    ``stdin`` gives the standard input's lines (bytes) when a source is stdin.
    """
    mode = WriteBack(mode)
    stats = Stats()
    # only --diff reads a document's input back: the workers need not send it otherwise
    settings = replace(settings, keep_original=mode == WriteBack.DIFF, report=want_records)
    inputs = [_Input(source) for source in sources]
    order: deque[int] = deque()  # the input index of each unit in flight
    documents = sum(1 for s in sources if not s.jsonl and s.path is not None)
    if jobs > 1 and not any(s.jsonl for s in sources) and documents <= 1:
        jobs = 1  # one document: nothing to share between workers
    if jobs > 1:
        _preload(sources, settings)
    # a few files per chunk (fewer round trips), small enough to keep every worker busy
    docs_per_chunk = max(1, min(8, documents // (jobs * 4)))
    outcomes = process_all(_tasks(inputs, settings, stdin, order), settings, jobs=jobs, docs_per_chunk=docs_per_chunk)
    state = _Run(settings, mode, ui, out, stats, want_records)
    sink = None
    try:
        current = -1
        for outcome in outcomes:
            index = order.popleft()
            while current < index:
                if sink is not None:
                    _close(sink, inputs[current], ui)
                current += 1
                sink = _open(state, inputs[current])
            sink.take(outcome)
        while current < len(inputs) - 1:
            if sink is not None:
                _close(sink, inputs[current], ui)
            current += 1
            sink = _open(state, inputs[current])
        if sink is not None:
            _close(sink, inputs[current], ui)
            sink = None
    except BaseException as exc:
        if sink is not None:
            sink.abort()
        try:  # stop the workers now (an interrupt must not wait for them)
            outcomes.throw(exc)
        except BaseException:  # noqa: BLE001 - the generator re-raises what it was given
            pass
        raise
    outcomes.close()
    return stats


def _open(state: _Run, item: _Input):
    state.stats.files += 1
    return _CorpusSink(state, item) if item.source.jsonl else _DocumentSink(state, item.source)


def _close(sink, item: _Input, ui: UI) -> None:
    sink.finish(item)
    ui.advance()


def _preload(sources: list[Source], settings: Settings) -> None:
    """Import the engine (and trafilatura if HTML is coming) before forking workers."""
    try:
        import cleaner.engine  # noqa: F401
    except Exception:  # noqa: BLE001 - the worker will report it per document
        pass
    if settings.input_format == "html" or any((s.filename or "").lower().endswith(HTML_SUFFIXES) for s in sources):
        try:
            import cleaner.html  # noqa: F401
        except Exception:  # noqa: BLE001 - the worker will report it per document
            pass
