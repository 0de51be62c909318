"""Batches: finding the inputs, cleaning them (in parallel, output in input order), writing files.

Nothing here prints: the command line passes a ``ui`` object (messages on stderr) and an ``out``
function (content on stdout). Files are written atomically (a temporary file in the same folder,
then a rename), with their mode kept, and only when their content changes; an interrupt leaves the
old file or the new one, never half of one.
"""
from __future__ import annotations

import os
import stat
from collections import Counter
from dataclasses import dataclass, field, replace
from enum import Enum
from itertools import chain
from typing import Callable, Iterable, Iterator, Protocol

from .inputs import Decoded, InputError, Snapshot, check_html_result, decode_bytes, read_snapshot
from .model import Removal, Result
from .options import Options
from .report import RecordSpool, display_path, removal_record, safety_record, unified_diff

__all__ = [
    "DEFAULT_INCLUDE",
    "Source",
    "Problem",
    "Settings",
    "Outcome",
    "Stats",
    "collect",
    "process_document",
    "run",
    "atomic_write",
    "default_jobs",
    "auto_jobs",
    "WriteBack",
]

DEFAULT_INCLUDE = ("*.txt", "*.md", "*.html", "*.htm", "*.jsonl")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
_SKIP_DIRS = {".git", ".hg", ".svn", ".bzr"}
_TMP_SUFFIX = ".newsclean.tmp"
FILES_PER_TASK = 8  # files sent to a worker at once


# ---------------------------------------------------------------- inputs


@dataclass(frozen=True, slots=True)
class Source:
    """One input: a file, or stdin (``path`` None, ``data`` its bytes)."""

    name: str  # as shown in messages and reports
    path: str | None = None
    jsonl: bool = False
    filename: str | None = None  # for format detection (the path, or --stdin-filename)


@dataclass(frozen=True, slots=True)
class Problem:
    """An input that could not even be collected (missing path, empty folder...)."""

    name: str
    message: str


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


# Below this much input, starting worker processes costs more than they save (measured: see
# docs/benchmarks.md, "Parallel jobs").
PARALLEL_MIN_BYTES = 4 << 20


def auto_jobs(sources: list[Source], input_format: str = "auto") -> int:
    """The default --jobs: every core when there is enough work to gain from workers, else 1.

    Enough work is at least :data:`PARALLEL_MIN_BYTES` of files (more than one document, or a
    JSONL corpus), or a JSONL corpus on stdin (``--input-format jsonl``: its size is unknown).
    """
    cores = default_jobs()
    if cores < 2:
        return 1
    total = 0
    for source in sources:
        if source.path is None:
            if source.jsonl and input_format == "jsonl":
                return cores
            continue
        try:
            total += os.path.getsize(source.path)
        except OSError:
            continue
    several = len(sources) > 1 or any(s.jsonl for s in sources)
    return cores if several and total >= PARALLEL_MIN_BYTES else 1


def is_jsonl_name(name: str | None) -> bool:
    return bool(name) and name.lower().endswith(JSONL_SUFFIXES)


# .gitignore ------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _IgnoreRule:
    """The patterns of one ignore file (``.gitignore``, ``.git/info/exclude``), relative to ``base``."""

    base: str  # the folder the patterns are relative to (absolute)
    spec: object  # pathspec.GitIgnoreSpec: git's wildmatch rules, last match wins


def _read_gitignore(folder: str, filename: str = ".gitignore") -> list[_IgnoreRule]:
    path = os.path.join(folder, filename)
    try:
        with open(path, encoding="utf-8", errors="replace") as fh:
            lines = fh.read().splitlines()
    except OSError:
        return []
    if not any(line.strip() and not line.startswith("#") for line in lines):
        return []
    from pathspec import GitIgnoreSpec

    base = folder if filename == ".gitignore" else os.path.dirname(os.path.dirname(folder))
    return [_IgnoreRule(base, GitIgnoreSpec.from_lines(lines))]


class _GitIgnore:
    """The .gitignore files that apply under a walked folder (and its ancestors up to the repo root)."""

    def __init__(self, top: str):
        self._by_dir: dict[str, list[_IgnoreRule]] = {}
        top = os.path.abspath(top)
        ancestors = []
        folder = top
        root = None
        while True:
            ancestors.append(folder)
            if os.path.exists(os.path.join(folder, ".git")):
                root = folder
                break
            parent = os.path.dirname(folder)
            if parent == folder:
                break
            folder = parent
        self._inherited: list[_IgnoreRule] = []
        if root is not None:
            self._inherited.extend(_read_gitignore(os.path.join(root, ".git", "info"), "exclude"))
            for folder in reversed(ancestors[1:]):
                self._inherited.extend(_read_gitignore(folder))

    def rules_for(self, folder: str, parent_rules: list[_IgnoreRule] | None) -> list[_IgnoreRule]:
        rules = (self._inherited if parent_rules is None else parent_rules) + _read_gitignore(folder)
        self._by_dir[folder] = rules
        return rules

    @staticmethod
    def ignored(path: str, is_dir: bool, rules: list[_IgnoreRule]) -> bool:
        """Whether git ignores ``path``: the last file (the deepest) whose patterns decide wins."""
        result = False
        for rule in rules:
            rel = os.path.relpath(path, rule.base).replace(os.sep, "/")
            if rel.startswith("../") or rel == "..":
                continue
            decided = rule.spec.check_file(rel + "/" if is_dir else rel).include
            if decided is not None:
                result = decided
        return result


def _matches(globs: Iterable[str], name: str, rel: str) -> bool:
    from fnmatch import fnmatchcase

    return any(fnmatchcase(name, g) or fnmatchcase(rel, g) for g in globs)


def _walk(top: str, include: tuple[str, ...], exclude: tuple[str, ...]) -> Iterator[str]:
    gitignore = _GitIgnore(top)
    top_abs = os.path.abspath(top)
    rules_of: dict[str, list[_IgnoreRule]] = {}

    def onerror(exc: OSError) -> None:  # unreadable sub-folder: skip it like git does
        return None

    for folder, dirnames, filenames in os.walk(top, onerror=onerror):
        folder_abs = os.path.abspath(folder)
        parent = os.path.dirname(folder_abs)
        rules = gitignore.rules_for(folder_abs, rules_of.get(parent) if folder_abs != top_abs else None)
        rules_of[folder_abs] = rules
        kept = []
        for d in sorted(dirnames):
            full = os.path.join(folder_abs, d)
            rel = os.path.relpath(full, top_abs).replace(os.sep, "/")
            if d in _SKIP_DIRS or _GitIgnore.ignored(full, True, rules) or _matches(exclude, d, rel):
                continue
            kept.append(d)
        dirnames[:] = kept
        for f in sorted(filenames):
            full = os.path.join(folder_abs, f)
            rel = os.path.relpath(full, top_abs).replace(os.sep, "/")
            if f.endswith(_TMP_SUFFIX) or not _matches(include, f, rel) or _matches(exclude, f, rel):
                continue
            if _GitIgnore.ignored(full, False, rules):
                continue
            if not os.path.isfile(full):
                continue
            yield os.path.join(folder, f)


_REPORT_KEYS = frozenset({"path", "rule", "category", "first_line", "last_line", "reason"})


def is_report_file(path: str) -> bool:
    """Whether a JSONL file is a newsclean ``--report`` (its first record is a removal record)."""
    import json

    try:
        with open(path, "rb") as fh:
            first = fh.readline(1 << 16)
    except OSError:
        return False
    try:
        record = json.loads(first)
    except ValueError:
        return False
    return isinstance(record, dict) and _REPORT_KEYS <= record.keys()


def collect(
    paths: Iterable[str],
    *,
    include: Iterable[str] = DEFAULT_INCLUDE,
    exclude: Iterable[str] = (),
    stdin_filename: str | None = None,
    input_format: str = "auto",
) -> tuple[list[Source], list[Problem]]:
    """The inputs of a run, in the order given (folders walked in sorted order), each once."""
    include = tuple(include) or DEFAULT_INCLUDE
    exclude = tuple(exclude)
    sources: list[Source] = []
    problems: list[Problem] = []
    seen: set[str] = set()
    stdin_seen = False
    paths = list(paths) or ["-"]

    def add(path: str) -> None:
        key = os.path.realpath(path)
        if key in seen:
            return
        seen.add(key)
        name = display_path(path)
        jsonl = input_format == "jsonl" or (input_format == "auto" and is_jsonl_name(path))
        sources.append(Source(name=name, path=path, jsonl=jsonl, filename=path))

    for given in paths:
        if given == "-":
            if not stdin_seen:
                stdin_seen = True
                name = display_path(stdin_filename) if stdin_filename else "-"
                jsonl = input_format == "jsonl" or (input_format == "auto" and is_jsonl_name(stdin_filename))
                sources.append(Source(name=name, path=None, jsonl=jsonl, filename=stdin_filename))
            continue
        name = display_path(given)
        if os.path.isdir(given):
            # sorted by path, as git lists files
            found = sorted(_walk(given, include, exclude), key=lambda p: p.replace(os.sep, "/").encode("utf-8", "surrogateescape"))
            # a --report written into the folder is an output, not a corpus to clean
            found = [p for p in found if not (is_jsonl_name(p) and is_report_file(p))]
            for path in found:
                add(path)
            if not found:
                globs = " ".join(include)
                problems.append(Problem(name, f"no files to clean in this folder (looked for {globs})"))
        elif os.path.exists(given):
            if _matches(exclude, os.path.basename(given), given.replace(os.sep, "/")):
                continue
            add(given)
        else:
            problems.append(Problem(name, "no such file or directory"))
    return sources, problems


# ---------------------------------------------------------------- cleaning one document


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


@dataclass(slots=True)
class Outcome:
    """What came of one document."""

    source: Source
    original: str | None = None  # the input as decoded (newlines normalised)
    output: str | None = None  # rendered in the output format
    text: str = ""  # the clean text alone
    metadata: dict = field(default_factory=dict)
    removals: list[Removal] = field(default_factory=list)  # line numbers of the input file
    records: list[dict] = field(default_factory=list)  # report lines
    error: str | None = None
    error_kind: str | None = None  # "input" or "internal"
    notes: list[str] = field(default_factory=list)
    input_format: str = "text"
    extracted: str | None = None  # HTML: the text the engine cleaned (removal lines refer to it)
    stored: Decoded | None = None  # how the input was stored (encoding, BOM, line ends; text left out)
    snapshot: Snapshot | None = None  # the file as read, checked again before it is replaced
    warnings: list[str] = field(default_factory=list)  # shown unless --quiet
    safety: list[str] = field(default_factory=list)  # the safety net kept the conservative reading

    @property
    def changed(self) -> bool:
        if self.error is not None or self.output is None:
            return False
        return self.output != self.original

    @property
    def lossy(self) -> bool:
        return self.stored is not None and self.stored.lossy


def _detect(text: str, filename: str | None) -> str:
    try:
        from .detect import detect_format
    except ImportError:  # pragma: no cover - the detector ships with the package
        low = (filename or "").lower()
        if low.endswith(HTML_SUFFIXES):
            return "html"
        head = text.lstrip()[:1024].lower()
        return "html" if head.startswith(("<!doctype html", "<html")) or "<body" in head else "text"
    return detect_format(text, filename)


class _NoLimit:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def _limit(seconds: float | None):
    if not seconds:
        return _NoLimit()
    from .timeout import time_limit

    return time_limit(seconds)


def _is_timeout(exc: BaseException) -> bool:
    return type(exc).__name__ == "TimeLimitExceeded"


def process_document(source: Source, settings: Settings, data: bytes | None = None) -> Outcome:
    """Read, decode, clean and render one text or HTML document. Never raises for a bad input."""
    from . import clean
    from .formats import document_json, render_document, split_front_matter, take_markdown_heading

    out = Outcome(source)
    try:
        if data is None:
            data, out.snapshot = read_snapshot(source.path)
        decoded = decode_bytes(data)
        del data
        if decoded.lossy:
            out.warnings.append(decoded.note)
        elif decoded.note:
            out.notes.append(decoded.note)
        out.original = decoded.text
        out.stored = replace(decoded, text="")
        fmt = settings.input_format
        if fmt in ("auto", "jsonl"):
            fmt = _detect(decoded.text, source.filename) if decoded.text.strip() else "text"
        out.input_format = fmt
        front_matter, body, heading, offset = None, decoded.text, None, 0
        if fmt == "text":
            front_matter, body = split_front_matter(body)
            if front_matter is not None:
                offset = front_matter.lines
            body, heading = take_markdown_heading(body)
        if body.strip():
            with _limit(settings.timeout):
                options = settings.options
                if options.templates is not None:  # the templates of the document's site (--templates)
                    from .templates import for_document

                    options = for_document(options, decoded.text, fmt, source.path)
                result = clean(body, fmt, options=options)
            if fmt == "html":
                check_html_result(body, result.text)
        else:
            result = Result("")
        # a field the input does not give is absent (not null) in every output of the command
        metadata = {k: v for k, v in (result.metadata or {}).items() if v is not None}
        if heading is not None:  # the file's own headline is the title
            metadata["title"] = heading[2:].strip()
        if front_matter is not None:
            metadata.update({k: v for k, v in front_matter.metadata.items() if v is not None})
        removals = [
            Removal(r.rule, r.category, r.first_line + offset, r.last_line + offset, r.reason, r.text)
            for r in result.removals
        ]
        out.text, out.metadata, out.removals = result.text, metadata, removals
        if fmt == "html":
            out.extracted = getattr(result, "extracted", None)
            note = getattr(result, "note", None)
            if note:
                out.notes.append(note)
        out.safety = list(getattr(result, "warnings", ()) or ())
        out.warnings.extend(out.safety)
        out.records = [safety_record(source.name, w) for w in out.safety]
        out.records += [removal_record(source.name, r) for r in removals]
        path = source.name if settings.with_path and source.path is not None else None
        if settings.output_format == "json":
            out.output = document_json(result.text, metadata, removals, path=path, indent=2, warnings=out.safety) + "\n"
        elif settings.output_format == "jsonl":
            out.output = document_json(result.text, metadata, removals, path=path, warnings=out.safety) + "\n"
        else:
            out.output = render_document(
                result.text,
                metadata,
                markdown=settings.output_format == "markdown",
                heading=heading,
                front_matter=front_matter,
                with_metadata=settings.metadata,
            )
    except InputError as exc:
        out.error, out.error_kind = str(exc), "input"
    except BaseException as exc:  # noqa: BLE001 - one bad document must not stop the batch
        if isinstance(exc, (KeyboardInterrupt, SystemExit, GeneratorExit)):
            raise
        if _is_timeout(exc):
            out.error, out.error_kind = f"took longer than --timeout {settings.timeout:g} s; skipped", "input"
        elif isinstance(exc, RecursionError | MemoryError):
            out.error, out.error_kind = f"too large or too deeply nested to clean ({type(exc).__name__})", "input"
        else:
            out.error = f"internal error: {type(exc).__name__}: {exc} (please report this with the input)"
            out.error_kind = "internal"
            import traceback

            out.notes.append("".join(traceback.format_exception(exc)).rstrip())
    return out


# ---------------------------------------------------------------- parallel, in order


_WORKER_SETTINGS: Settings | None = None  # a worker's settings, sent once when it starts


def _start_worker(settings: Settings) -> None:
    global _WORKER_SETTINGS
    _WORKER_SETTINGS = settings


def _process_paths(sources: list[Source]) -> list[Outcome]:
    return [process_document(source, _WORKER_SETTINGS) for source in sources]


def _preload(sources: list[Source], settings: Settings) -> None:
    """Import the engine (and trafilatura if HTML is coming) before forking workers."""
    try:
        import cleaner.engine  # noqa: F401
    except Exception:  # noqa: BLE001 - the worker will report it per document
        pass
    if settings.input_format == "html" or any((s.filename or "").lower().endswith(HTML_SUFFIXES) for s in sources):
        try:
            import cleaner.html  # noqa: F401
        except Exception:  # noqa: BLE001
            pass


def _ordered(sources: list[Source], settings: Settings, jobs: int) -> Iterator[Outcome]:
    """Outcomes of ``sources`` (files) in input order, computed by ``jobs`` processes."""
    if jobs <= 1 or len(sources) <= 1:
        for source in sources:
            yield process_document(source, settings)
        return
    from .pool import flatten, ordered

    _preload(sources, settings)
    # a few files per task (fewer IPC round trips), small enough to keep every worker busy
    size = max(1, min(FILES_PER_TASK, len(sources) // (jobs * 4)))
    workers = min(jobs, len(sources))
    batches = (sources[i : i + size] for i in range(0, len(sources), size))

    def failed(batch: list[Source], exc: BaseException) -> list[Outcome]:
        message = f"internal error: worker failed: {type(exc).__name__}: {exc}"
        return [Outcome(source, error=message, error_kind="internal") for source in batch]

    yield from flatten(ordered(_process_paths, batches, jobs=workers, window=workers * 4,
                               initializer=_start_worker, initargs=(settings,), on_error=failed))


# ---------------------------------------------------------------- writing


def is_read_only(path: str) -> bool:
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    if not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
        return True
    return not os.access(path, os.W_OK)


class Refused(Exception):
    """A file that is deliberately not rewritten; ``str(err)`` is the one-line reason."""


class AtomicFile:
    """A file being replaced: written to a temporary file beside its target, then renamed over it
    (:meth:`commit`) or dropped (:meth:`discard`). See :func:`atomic_write`."""

    def __init__(self, path: str):
        self.target = os.path.realpath(path)  # through symbolic links: the link stays a link
        try:
            self.before = os.stat(self.target)
        except FileNotFoundError:
            self.before = None
        if self.before is not None and self.before.st_nlink > 1:
            raise Refused(f"has {self.before.st_nlink} hard links; not rewritten (replacing it would break them)")
        self.mode = stat.S_IMODE(self.before.st_mode) if self.before is not None else 0o666 & ~_umask()
        import tempfile

        folder = os.path.dirname(self.target)
        fd, self.tmp = tempfile.mkstemp(dir=folder, prefix="." + os.path.basename(self.target) + ".", suffix=_TMP_SUFFIX)
        self.fh = os.fdopen(fd, "wb")

    def write(self, data: bytes) -> None:
        self.fh.write(data)

    def commit(self, expected: Snapshot | None = None) -> None:
        """Rename the temporary file over the target (owner, group and mode kept); with ``expected``,
        only if the target is still what was read. Raises :class:`Refused` (the temporary file is
        then removed)."""
        try:
            self.fh.close()
            if self.before is not None:
                _keep_owner(self.tmp, self.before)
            os.chmod(self.tmp, self.mode)
            if expected is not None and not expected.same_as_now(self.target):
                raise Refused("changed on disk while it was being cleaned; left as it is (run again)")
            os.replace(self.tmp, self.target)
        except BaseException:
            self.discard()
            raise

    def discard(self) -> None:
        try:
            self.fh.close()
        except OSError:
            pass
        try:
            os.unlink(self.tmp)
        except OSError:
            pass


def atomic_write(path: str, data: bytes | Iterable[bytes], *, expected: Snapshot | None = None) -> None:
    """Replace ``path`` by ``data``: a temporary file in the same folder, then a rename.

    A symbolic link is followed: its target is replaced and the link stays a link. The file's mode,
    owner and group are kept. A file with more than one hard link is refused (a rename would break
    the links), as is one whose owner or group cannot be kept. With ``expected``, the file must
    still be what was read (size, mtime and content hash) just before the rename, or it is left as
    it is. Refusals raise :class:`Refused`. On any error or interrupt the temporary file is removed
    and the original is left as it was.
    """
    file = AtomicFile(path)
    try:
        if isinstance(data, (bytes, bytearray)):
            file.write(data)
        else:
            for chunk in data:
                file.write(chunk)
    except BaseException:
        file.discard()
        raise
    file.commit(expected)


def _keep_owner(tmp: str, before: os.stat_result) -> None:
    now = os.stat(tmp)
    uid = before.st_uid if now.st_uid != before.st_uid else -1
    gid = before.st_gid if now.st_gid != before.st_gid else -1
    if uid == -1 and gid == -1 or not hasattr(os, "chown"):
        return
    try:
        os.chown(tmp, uid, gid)
    except PermissionError:
        raise Refused(
            f"owned by uid {before.st_uid} gid {before.st_gid}, which a rewrite by this user cannot keep; not rewritten"
        ) from None


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _write_error(exc: OSError) -> str:
    if isinstance(exc, PermissionError):
        return "cannot write: permission denied"
    return f"cannot write: {exc.strerror or exc}"


# ---------------------------------------------------------------- the run


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


@dataclass(frozen=True, slots=True)
class _Span:
    rule: str
    first_line: int
    last_line: int


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
    docs = [s for s in sources if not s.jsonl and s.path is not None]
    doc_outcomes = _ordered(docs, settings, jobs)
    try:
        _run(sources, settings, doc_outcomes, mode=mode, jobs=jobs, ui=ui, out=out, stdin=stdin, stats=stats,
             want_records=want_records)
    except BaseException as exc:
        try:  # stop the workers now (an interrupt must not wait for them)
            doc_outcomes.throw(exc)
        except BaseException:  # noqa: BLE001 - the generator re-raises what it was given
            pass
        raise
    doc_outcomes.close()
    return stats


def _run(sources, settings, doc_outcomes, *, mode, jobs, ui, out, stdin, stats, want_records) -> None:
    first_print = True
    for source in sources:
        stats.files += 1
        if source.jsonl:
            _run_jsonl(source, settings, mode=mode, jobs=jobs, ui=ui, out=out, stdin=stdin, stats=stats, want_records=want_records)
            ui.advance()
            continue
        if source.path is None:
            lines = iter(stdin()) if stdin is not None else iter(())
            head: list[bytes] = []
            if settings.input_format == "auto":
                for line in lines:  # peek at the first non-blank line: a JSON object means JSONL
                    head.append(line)
                    if line.strip():
                        break
            if head and _looks_like_jsonl(head[-1], settings):
                replay = chain(head, lines)
                _run_jsonl(replace(source, jsonl=True), settings, mode=mode, jobs=jobs, ui=ui, out=out,
                           stdin=lambda: replay, stats=stats, want_records=want_records)
                ui.advance()
                continue
            data = b"".join(head) + b"".join(lines)
            outcome = process_document(source, settings, data)
        else:
            outcome = next(doc_outcomes)
        stats.documents += 1
        for note in outcome.notes:
            ui.note(source.name, note)
        if outcome.error is None and mode != "print" and source.path is not None and outcome.changed:
            # what --write would refuse, --check and --diff report the same way: stray bytes that
            # would become U+FFFD, a clean text the file's encoding cannot store
            try:
                outcome.stored.encode(outcome.output)
            except InputError as exc:
                outcome.error, outcome.error_kind = str(exc), "input"
        if outcome.error is None or not outcome.lossy:
            for warning in outcome.warnings:
                ui.warn(source.name, warning)
        if outcome.error is not None:
            stats.failed += 1
            if outcome.error_kind == "internal":
                stats.internal += 1
            ui.error(source.name, outcome.error)
            ui.advance()
            continue
        stats.count_removals(outcome.removals)
        if outcome.safety:
            stats.conservative.append(source.name)
        if want_records:
            stats.records.extend(outcome.records)
        changed = outcome.changed
        if mode == "print":
            if outcome.output:
                if not first_print and settings.output_format in ("text", "markdown"):
                    out("\n")
                out(outcome.output)
                first_print = False
            stats.changed += changed
        elif mode == "write":
            if changed and source.path is not None:
                if is_read_only(source.path):
                    stats.failed += 1
                    ui.error(source.name, "read-only file, not rewritten")
                else:
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
        else:  # check / diff
            if changed:
                stats.changed += 1
                ui.changed(source.name, mode)
                if mode == "diff":
                    spans = outcome.removals if outcome.input_format == "text" else ()
                    out(unified_diff(outcome.original or "", outcome.output, source.name, spans))
        ui.advance()


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


def _run_jsonl(source, settings, *, mode, jobs, ui, out, stdin, stats, want_records) -> None:
    """One JSONL file (or stdin): cleaned record by record, streamed, in input order, in memory
    bounded by the worker window whatever the mode: ``--write`` writes the new file as it goes (and
    renames it over the old one at the end if a line changed), ``--diff`` prints its hunks as they
    come, the report's records are spooled (:class:`cleaner.report.RecordSpool`)."""
    from .jsonl import clean_jsonl
    from .report import LineDiff

    buffered: dict[int, bytes] = {}
    seen = _Seen()

    def lines() -> Iterator[bytes]:
        source_lines = stdin() if source.path is None else _file_lines(source.path, seen)
        for number, line in enumerate(source_lines, 1):
            buffered[number] = line
            yield line

    if source.path is not None:
        try:
            with open(source.path, "rb"):
                pass
        except OSError as exc:
            stats.failed += 1
            ui.error(source.name, "no such file or directory" if isinstance(exc, FileNotFoundError) else f"cannot read: {exc.strerror or exc}")
            return
    if mode == "write" and source.path is None:
        mode = "print"  # stdin: nothing to rewrite, the records go to stdout
        stdin_write = True
    else:
        stdin_write = False
    writer: AtomicFile | None = None
    write_problem: str | None = None
    if mode == "write":
        try:
            writer = AtomicFile(source.path)
        except Refused as exc:
            write_problem = str(exc)
        except OSError as exc:
            write_problem = _write_error(exc)
    diff = LineDiff(source.name, out) if mode == "diff" else None
    changed = False
    failed = 0
    next_line = 1

    def deleted(line: bytes) -> None:  # a line with no output (blank, or never read back)
        nonlocal changed
        changed = True
        if diff is not None:
            diff.change(_line_text(line), None)

    def kept(old: str, new: str, new_bytes: bytes, rules=()) -> None:
        nonlocal changed
        if writer is not None:
            writer.write(new_bytes)
        if old != new:
            changed = True
            if diff is not None:
                diff.change(old, new, rules)
        elif diff is not None:
            diff.equal(old)

    outcomes = clean_jsonl(
        lines(),
        options=settings.options,
        text_field=settings.text_field,
        html_field=settings.html_field,
        jobs=jobs,
        timeout=settings.timeout,
    )
    try:
        try:
            for outcome in outcomes:
                # lines that gave no outcome (blank lines) are dropped
                while next_line < outcome.line_no:
                    skipped = buffered.pop(next_line, b"")
                    if mode != "print":
                        deleted(skipped)
                    next_line += 1
                original = buffered.pop(outcome.line_no, b"")
                next_line = outcome.line_no + 1
                stats.documents += 1
                if getattr(outcome, "note", None):
                    ui.note(f"{source.name}: line {outcome.line_no}", outcome.note)
                if outcome.error is not None or outcome.output is None:
                    failed += 1
                    message = outcome.error or "could not be cleaned"
                    if not message.startswith("line "):
                        message = f"line {outcome.line_no}: {message}"
                    ui.error(source.name, message)
                    # a record that could not be cleaned goes through as it was, so lines still match
                    if mode == "print":
                        out(_line_bytes(original))
                    else:
                        text = _line_text(original)
                        kept(text, text, _line_bytes(original))
                    continue
                stats.count_removals(outcome.removals)
                safety = getattr(outcome, "warnings", ())  # the safety net kept the conservative reading
                for warning in safety:
                    ui.warn(f"{source.name}: line {outcome.line_no}", warning)
                if safety:
                    stats.conservative.append(f"{source.name}:{outcome.line_no}")
                if want_records:
                    stats.records.extend(
                        safety_record(source.name, w, record=outcome.line_no, record_id=outcome.record_id)
                        for w in safety
                    )
                    stats.records.extend(
                        removal_record(source.name, r, record=outcome.line_no, record_id=outcome.record_id)
                        for r in outcome.removals
                    )
                new = _output_line(outcome)
                if mode == "print":
                    out(new)
                    changed = changed or new != _line_text(original)
                    continue
                kept(_line_text(original), new, new.encode("utf-8"), [r.rule for r in outcome.removals])
        except InputError as exc:
            failed += 1
            ui.error(source.name, str(exc))
        for leftover in sorted(buffered):
            if mode != "print":
                deleted(buffered[leftover])
        if diff is not None:
            diff.finish()
    except BaseException:
        if writer is not None:
            writer.discard()
        raise
    if failed:
        stats.failed += 1
    if mode == "print":
        stats.changed += changed if stdin_write else 0
        return
    if not changed:
        if writer is not None:
            writer.discard()
        return
    if mode == "write":
        problem = write_problem
        if problem is None and is_read_only(source.path):
            problem = "read-only file, not rewritten"
        if problem is None:
            try:
                writer.commit(expected=seen.snapshot())
            except Refused as exc:
                problem = str(exc)
            except OSError as exc:
                problem = _write_error(exc)
            writer = None
        if writer is not None:
            writer.discard()
        if problem is not None:
            stats.failed += 0 if failed else 1
            ui.error(source.name, problem)
            return
    stats.changed += 1
    ui.changed(source.name, mode)


def _output_line(outcome) -> str:
    """The output record of a JSONL outcome as one line (the record may come as a dict or a string)."""
    if isinstance(outcome.output, str):
        return outcome.output.rstrip("\n") + "\n"
    import json

    return json.dumps(outcome.output, ensure_ascii=False) + "\n"


class _Seen:
    """The size, mtime and hash of a file read line by line (its :class:`Snapshot` once read)."""

    def __init__(self) -> None:
        import hashlib

        self.hash = hashlib.sha256()
        self.size = 0
        self.mtime_ns = 0

    def snapshot(self) -> Snapshot:
        return Snapshot(self.size, self.mtime_ns, self.hash.hexdigest())


def _file_lines(path: str, seen: _Seen | None = None) -> Iterator[bytes]:
    with open(path, "rb") as fh:
        if seen is not None:
            seen.mtime_ns = os.fstat(fh.fileno()).st_mtime_ns
        for line in fh:
            if seen is not None:
                seen.hash.update(line)
                seen.size += len(line)
            yield line


def _line_bytes(line: bytes) -> bytes:
    return line if line.endswith(b"\n") else line + b"\n"


def _line_text(line: bytes) -> str:
    text = line.decode("utf-8", "replace")
    if text.endswith("\r\n"):
        text = text[:-2] + "\n"
    if not text.endswith("\n"):
        text += "\n"
    return text
