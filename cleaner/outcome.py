"""The unit of work of a batch and what came of it: one type for a whole document and for one
JSONL record, so that one ordered pool cleans both and one path writes, checks, diffs and reports
them (cleaner.batch).

A :class:`Task` is a document (a file the worker reads, or stdin's bytes) or a record (one line of
a JSONL corpus); :func:`process` turns it into an :class:`Outcome` and never raises for a bad input.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field

from .model import Removal
from .options import Options

__all__ = ["Source", "Settings", "Task", "Outcome", "process", "process_all"]


@dataclass(frozen=True, slots=True)
class Source:
    """One input: a file, or stdin (``path`` None, ``data`` its bytes)."""

    name: str  # as shown in messages and reports
    path: str | None = None
    jsonl: bool = False
    filename: str | None = None  # for format detection (the path, or --stdin-filename)


@dataclass(frozen=True, slots=True)
class Settings:
    """How every document of a run is cleaned and rendered (picklable, sent to worker processes)."""

    options: Options = Options()
    input_format: str = "auto"  # auto | text | html | jsonl
    output_format: str = "text"  # text | markdown | json | jsonl
    metadata: bool = False
    text_field: str = "text"
    html_field: str = "html"
    timeout: float | None = None
    with_path: bool = False  # json/jsonl output names the file
    # a document's outcome keeps its decoded input, clean text and HTML extract (explain reads them;
    # of a batch, only --diff reads the input), a record's its output record as a dict (else the
    # JSON line, rendered in the worker): without, less to send back from a worker
    keep_original: bool = True
    report: bool = True  # the outcome carries its report lines (--report)


@dataclass(frozen=True, slots=True)
class Task:
    """One unit of work: a whole document (``line_no`` None; ``data`` None: the worker reads the
    file) or the JSONL record on line ``line_no`` of ``source`` (``data``: the line's bytes)."""

    source: Source | None  # None: a record of cleaner.jsonl.clean_jsonl() (no report lines)
    line_no: int | None = None
    data: bytes | str | None = None


@dataclass(slots=True)
class Outcome:
    """What came of one document or one JSONL record.

    A document's ``output`` is its rendering in the output format; a record's is the output record
    (a dict: every input field in input order, the text field set to the clean text, ``metadata``)
    and ``line_no``/``record_id`` locate it. ``removals`` are in the lines of the input (a record:
    of its text, or of the text extracted from its HTML). ``records`` are the report's lines.
    ``error`` says why the unit could not be cleaned (``error_kind``: "input" or "internal").
    """

    source: Source | None = None
    line_no: int | None = None  # a JSONL record: its line in the corpus
    record_id: str | int | None = None  # a JSONL record: its ``id`` field
    original: str | None = None  # a document as decoded (newlines normalised)
    output: str | dict | None = None
    text: str | None = ""  # the clean text alone
    metadata: dict = field(default_factory=dict)
    removals: list[Removal] = field(default_factory=list)
    records: list[dict] = field(default_factory=list)  # report lines
    error: str | None = None
    error_kind: str | None = None  # "input" or "internal"
    notes: list[str] = field(default_factory=list)  # shown with --verbose
    warnings: list[str] = field(default_factory=list)  # shown unless --quiet
    safety: list[str] = field(default_factory=list)  # the safety net kept the conservative reading
    input_format: str = "text"
    extracted: str | None = None  # HTML: the text the engine cleaned (removal lines refer to it)
    stored: object | None = None  # inputs.Decoded: how a file was stored (encoding, BOM, line ends)
    snapshot: object | None = None  # inputs.Snapshot: the file as read, checked again before a rewrite
    differs: bool | None = None  # a document whose original was not kept: whether the output differs

    @property
    def ok(self) -> bool:
        return self.error is None

    @property
    def changed(self) -> bool:
        """A document whose output is not its input (a record: see cleaner.batch, line by line)."""
        if self.error is not None or self.output is None:
            return False
        if self.original is None and self.differs is not None:
            return self.differs
        return self.output != self.original

    @property
    def lossy(self) -> bool:
        return self.stored is not None and self.stored.lossy

    @property
    def note(self) -> str | None:
        """The first note (a record's HTML fell back to rendering the whole page)."""
        return self.notes[0] if self.notes else None

    def to_line(self) -> str:
        """A record's output as one JSON line (UTF-8 text, no ASCII escaping, with ``\\n``); a
        document's output as it is."""
        if self.output is None:
            raise ValueError(self.error or "no output")
        if isinstance(self.output, str):
            return self.output if self.output.endswith("\n") else self.output + "\n"
        return json.dumps(self.output, ensure_ascii=False) + "\n"


def process(task: Task, settings: Settings) -> Outcome:
    """Clean one unit of work; never raises for a bad input."""
    if task.line_no is None:
        from .batch import process_document

        return process_document(task.source, settings, task.data)
    from .jsonl import clean_record

    return clean_record(task.line_no, task.data, settings, source=task.source)


# ---------------------------------------------------------------- in order, on several processes

CHUNK_UNITS = 16  # records sent to a worker at once (a document counts as ``doc_units`` records)
CHUNK_BYTES = 4 << 20  # ... or fewer once their data add up to this many bytes
WINDOW_PER_JOB = 4  # chunks in flight per worker


def _chunks(tasks, doc_units: int):
    chunk: list[Task] = []
    units = size = 0
    for task in tasks:
        chunk.append(task)
        units += doc_units if task.line_no is None else 1
        size += len(task.data) if task.data is not None else 0
        if units >= CHUNK_UNITS or size >= CHUNK_BYTES:
            yield chunk
            chunk, units, size = [], 0, 0
    if chunk:
        yield chunk


_SETTINGS: Settings | None = None  # a worker's settings, sent once when it starts


def _start_worker(settings: Settings) -> None:
    global _SETTINGS
    _SETTINGS = settings


def _process_chunk(chunk: list[Task]) -> list[Outcome]:
    return [process(task, _SETTINGS) for task in chunk]


def _worker_failed(chunk: list[Task], exc: BaseException) -> list[Outcome]:
    message = f"internal error: worker failed: {type(exc).__name__}: {exc}"
    return [Outcome(task.source, task.line_no, error=message if task.line_no is None else f"line {task.line_no}: {message}",
                    error_kind="internal") for task in chunk]


def process_all(tasks, settings: Settings, *, jobs: int = 1, docs_per_chunk: int = 8):
    """:func:`process` for every task (read lazily), outcomes in task order: in this process with
    ``jobs`` 1, else on ``jobs`` worker processes with at most ``jobs * WINDOW_PER_JOB`` chunks in
    flight (memory bounded whatever the number of tasks). A chunk is ``CHUNK_UNITS`` records or
    ``docs_per_chunk`` documents (fewer once their data reach ``CHUNK_BYTES``)."""
    if jobs <= 1:
        for task in tasks:
            yield process(task, settings)
        return
    from .pool import flatten, ordered

    doc_units = max(1, CHUNK_UNITS // max(1, docs_per_chunk))
    yield from flatten(ordered(_process_chunk, _chunks(tasks, doc_units), jobs=jobs, window=jobs * WINDOW_PER_JOB,
                               initializer=_start_worker, initargs=(settings,), on_error=_worker_failed))
