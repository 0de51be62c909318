"""Batches: finding the inputs, cleaning one document, writing files (the run itself, documents and
JSONL records through one pipeline, is cleaner.pipeline).

Files are written atomically (a temporary file in the same folder, then a rename), with their mode
kept, and only when their content changes; an interrupt leaves the old file or the new one, never
half of one.
"""
from __future__ import annotations

import os
import stat
from dataclasses import dataclass, replace
from typing import Iterable, Iterator

from .inputs import InputError, Snapshot, check_html_result, decode_bytes, read_snapshot
from .model import Removal, Result
from .outcome import Outcome, Settings, Source
from .report import display_path, removal_record, safety_record
from .safety import fallbacks

__all__ = [
    "DEFAULT_INCLUDE",
    "Source",
    "Problem",
    "Settings",
    "Outcome",
    "collect",
    "process_document",
    "atomic_write",
    "default_jobs",
    "auto_jobs",
]

DEFAULT_INCLUDE = ("*.txt", "*.md", "*.html", "*.htm", "*.jsonl")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
_SKIP_DIRS = {".git", ".hg", ".svn", ".bzr"}
_TMP_SUFFIX = ".newsclean.tmp"


# ---------------------------------------------------------------- inputs


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
        said = list(getattr(result, "warnings", ()) or ())
        out.safety = fallbacks(said)
        out.warnings.extend(said)
        if settings.report:
            out.records = [safety_record(source.name, w) for w in out.safety]
            out.records += [removal_record(source.name, r) for r in removals]
        path = source.name if settings.with_path and source.path is not None else None
        if settings.output_format == "json":
            out.output = document_json(result.text, metadata, removals, path=path, indent=2, warnings=said) + "\n"
        elif settings.output_format == "jsonl":
            out.output = document_json(result.text, metadata, removals, path=path, warnings=said) + "\n"
        else:
            out.output = render_document(
                result.text,
                metadata,
                markdown=settings.output_format == "markdown",
                heading=heading,
                front_matter=front_matter,
                with_metadata=settings.metadata,
            )
        if not settings.keep_original:  # less to send back from a worker
            out.differs = out.output != out.original
            out.original = out.text = out.extracted = None
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


# ---------------------------------------------------------------- reading a corpus


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
