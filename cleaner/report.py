"""Removal records as a committable JSONL report, and unified diffs that name the rules.

Both outputs are deterministic: no timestamps, no absolute paths, sorted by path then line, so
they are byte-identical across runs and across ``--jobs`` values.
"""
from __future__ import annotations

import json
import os


__all__ = ["display_path", "removal_record", "safety_record", "sort_records", "render_report", "unified_diff"]

# The report line of a document whose clean the safety net replaced with the conservative reading:
# the same shape as a removal's, at line 0, so it sorts first in its document and tools that read
# removals read it too.
SAFETY_RULE, SAFETY_CATEGORY = "safety.conservative", "safety"


def display_path(path: str) -> str:
    """A path as shown in messages and reports: relative to the working directory, with ``/``."""
    if path == "-":
        return path
    try:
        shown = os.path.relpath(path)
    except ValueError:  # another drive on Windows
        shown = os.path.normpath(path)
    return shown.replace(os.sep, "/")


def removal_record(path: str, removal, *, record: int | None = None, record_id: str | None = None, line_offset: int = 0) -> dict:
    """One report line for one removal. ``record``/``id`` locate a document inside a JSONL file."""
    out: dict = {"path": path}
    if record is not None:
        out["record"] = record
        if record_id is not None:
            out["id"] = record_id
    out.update(
        rule=removal.rule,
        category=removal.category,
        first_line=removal.first_line + line_offset,
        last_line=removal.last_line + line_offset,
        reason=removal.reason,
        text=removal.text,
    )
    return out


def safety_record(path: str, warning: str, *, record: int | None = None, record_id: str | None = None) -> dict:
    """The report line saying that the safety net kept the conservative reading of a document."""
    out: dict = {"path": path}
    if record is not None:
        out["record"] = record
        if record_id is not None:
            out["id"] = record_id
    out.update(rule=SAFETY_RULE, category=SAFETY_CATEGORY, first_line=0, last_line=0, reason=warning, text="")
    return out


def _key(rec: dict):
    return (
        rec["path"],
        rec.get("record") or 0,
        rec["first_line"],
        rec["last_line"],
        rec["rule"],
        rec["category"],
        rec["reason"],
        rec["text"],
    )


def sort_records(records: list[dict]) -> list[dict]:
    return sorted(records, key=_key)


def render_report(records: list[dict]) -> str:
    """The JSONL report text: one compact JSON object per line, sorted by path then line."""
    return "".join(json.dumps(rec, ensure_ascii=False, separators=(", ", ": ")) + "\n" for rec in sort_records(records))


def _range(start: int, length: int) -> str:
    # unified diff convention: "start,length", start is 1-based; an empty range names the line before
    if length == 1:
        return f"{start + 1}"
    if length == 0:
        return f"{start},0"
    return f"{start + 1},{length}"


def _rules_in(removals, first: int, last: int) -> list[str]:
    """Rule ids (in order of first appearance by line) of removals touching input lines first..last."""
    hits = sorted(
        (r.first_line, r.rule) for r in removals if r.first_line <= last and r.last_line >= first
    )
    seen: list[str] = []
    for _, rule in hits:
        if rule not in seen:
            seen.append(rule)
    return seen


def unified_diff(old: str, new: str, path: str, removals=(), *, context: int = 3) -> str:
    """A unified diff from ``old`` to ``new`` (``--- a/path`` / ``+++ b/path``).

    Each hunk header carries, as its trailing text, the ids of the rules whose removals fall in the
    hunk's deleted lines, the way git puts the enclosing function's name there. ``removals`` use
    1-based line numbers of ``old``.
    """
    a = _split_lines(old)
    b = _split_lines(new)
    if a == b:
        return ""
    from difflib import SequenceMatcher

    out = [f"--- a/{path}\n", f"+++ b/{path}\n"]
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    for group in matcher.get_grouped_opcodes(context):
        i1, i2 = group[0][1], group[-1][2]
        j1, j2 = group[0][3], group[-1][4]
        deleted = [(x1, x2) for tag, x1, x2, _, _ in group if tag in ("replace", "delete")]
        rules: list[str] = []
        for x1, x2 in deleted:
            for rule in _rules_in(removals, x1 + 1, x2):
                if rule not in rules:
                    rules.append(rule)
        trailer = f" {', '.join(rules)}" if rules else ""
        out.append(f"@@ -{_range(i1, i2 - i1)} +{_range(j1, j2 - j1)} @@{trailer}\n")
        for tag, x1, x2, y1, y2 in group:
            if tag == "equal":
                out.extend(_lines(" ", a[x1:x2]))
                continue
            if tag in ("replace", "delete"):
                out.extend(_lines("-", a[x1:x2]))
            if tag in ("replace", "insert"):
                out.extend(_lines("+", b[y1:y2]))
    return "".join(out)


def _split_lines(text: str) -> list[str]:
    """Lines ending at ``\\n`` only (not at U+2028, form feeds and the other breaks str.splitlines knows)."""
    lines = text.split("\n")
    last = lines.pop()
    out = [line + "\n" for line in lines]
    if last:
        out.append(last)
    return out


def _lines(prefix: str, lines: list[str]):
    for line in lines:
        if line.endswith("\n"):
            yield prefix + line
        else:
            yield prefix + line + "\n"
            yield "\\ No newline at end of file\n"


class LineDiff:
    """A unified diff written as it goes, for a file whose lines map one to one onto the new file's
    (each old line is kept, replaced by one line, or deleted): a JSONL corpus and its clean records.

    Memory is bounded by the context, not the file. The hunks are those :func:`unified_diff` gives
    for the same pairing (context lines, ranges, rule ids of the deleted lines in the header).
    """

    def __init__(self, path: str, emit, *, context: int = 3, limit: int = 8 << 20):
        from collections import deque

        self.limit = limit  # a hunk's lines past this many bytes wait in a temporary file
        self.path = path
        self.emit = emit
        self.context = context
        self.old_no = 0  # old lines consumed
        self.new_no = 0
        self.before = deque(maxlen=context)  # equal lines just before the next hunk
        self.hunk: list[str] | None = None
        self.hunk_old = self.hunk_new = 0  # 0-based starts
        self.hunk_rules: list[str] = []
        self.trailing: list[str] = []  # equal lines after the last change of the open hunk
        self.minus = _Lines(limit)  # the change block being gathered
        self.plus = _Lines(limit)
        self.header = False
        self.changed = False

    def equal(self, line: str) -> None:
        self._end_block()
        self.old_no += 1
        self.new_no += 1
        if self.hunk is None:
            self.before.append(line)
            return
        self.trailing.append(line)
        if len(self.trailing) > 2 * self.context:
            rest = self.trailing[self.context:]
            self.trailing = self.trailing[: self.context]
            self._close()
            self.before.extend(rest)

    def change(self, old: str | None, new: str | None, rules=()) -> None:
        """Old line ``old`` (None: none) becomes ``new`` (None: deleted); ``rules`` removed from it."""
        self.changed = True
        if self.hunk is None:
            self.hunk = _Lines(self.limit)
            self.hunk.extend(" " + line for line in self.before)
            self.hunk_old = self.old_no - len(self.before)
            self.hunk_new = self.new_no - len(self.before)
            self.before.clear()
        elif self.trailing:
            self.hunk.extend(" " + line for line in self.trailing)
            self.trailing = []
        if old is not None:
            self.minus.extend(("-" + old,))
            self.old_no += 1
            for rule in sorted(set(rules)):
                if rule not in self.hunk_rules:
                    self.hunk_rules.append(rule)
        if new is not None:
            self.plus.extend(("+" + new,))
            self.new_no += 1

    def finish(self) -> None:
        self._end_block()
        if self.hunk is not None:
            self.trailing = self.trailing[: self.context]
            self._close()

    def _end_block(self) -> None:
        if self.minus.count or self.plus.count:
            for block in (self.minus, self.plus):
                self.hunk.extend(block.iter_lines())
                block.close()

    def _close(self) -> None:
        self.hunk.extend(" " + line for line in self.trailing)
        trailer = f" {', '.join(self.hunk_rules)}" if self.hunk_rules else ""
        parts = [] if self.header else [f"--- a/{self.path}\n", f"+++ b/{self.path}\n"]
        self.header = True
        old_len, new_len = self.hunk.old, self.hunk.new
        parts.append(f"@@ -{_range(self.hunk_old, old_len)} +{_range(self.hunk_new, new_len)} @@{trailer}\n")
        self.emit("".join(parts))
        for chunk in self.hunk.chunks():
            self.emit(chunk)
        self.hunk.close()
        self.hunk, self.trailing, self.hunk_rules = None, [], []


class _Lines:
    """The lines of one hunk (`` ``, ``-`` or ``+`` first), counted, kept in memory up to ``limit``
    bytes, then in a temporary file."""

    def __init__(self, limit: int):
        self.limit = limit
        self.lines: list[str] = []
        self.size = 0
        self.file = None
        self.old = self.new = self.count = 0

    def extend(self, lines) -> None:
        for line in lines:
            self.count += 1
            if line[0] != "+":
                self.old += 1
            if line[0] != "-":
                self.new += 1
            self.lines.append(line)
            self.size += len(line)
            if self.size > self.limit:
                self._spill()

    def _spill(self) -> None:
        if self.size:
            if self.file is None:
                import tempfile

                self.file = tempfile.TemporaryFile(prefix="newsclean-diff-")
            self.file.write("".join(self.lines).encode("utf-8", "surrogatepass"))
            self.lines, self.size = [], 0

    def chunks(self):
        if self.file is not None:
            self.file.seek(0)
            while True:
                block = self.file.readlines(1 << 20)  # whole lines: each block decodes on its own
                if not block:
                    break
                yield b"".join(block).decode("utf-8", "surrogatepass")
        if self.lines:
            yield "".join(self.lines)

    def iter_lines(self):
        if self.file is not None:
            self.file.seek(0)
            for raw in self.file:  # binary lines: split at b"\n" only
                yield raw.decode("utf-8", "surrogatepass")
        yield from self.lines

    def close(self) -> None:
        if self.file is not None:
            self.file.close()
        self.file = None
        self.lines, self.size = [], 0
        self.old = self.new = self.count = 0


class RecordSpool:
    """The removal records of a run, for the report, in bounded memory: records are rendered as
    they come (sorted per call: one document or one record) and spilled to a temporary file past
    ``limit`` bytes; :meth:`chunks` gives the report sorted by path, then record and line, as
    :func:`render_report` does (the calls for one path come in record and line order)."""

    def __init__(self, limit: int = 8 << 20):
        self.limit = limit
        self._memory: list[bytes] = []
        self._size = 0
        self._file = None
        self._segments: list[list] = []  # [path, start, end] in the spool's byte stream
        self.count = 0

    def extend(self, records) -> None:
        records = sort_records(list(records))
        if not records:
            return
        for path in dict.fromkeys(rec["path"] for rec in records):
            data = "".join(
                json.dumps(rec, ensure_ascii=False, separators=(", ", ": ")) + "\n" for rec in records if rec["path"] == path
            ).encode("utf-8")
            start = self._size
            self._write(data)
            if self._segments and self._segments[-1][0] == path and self._segments[-1][2] == start:
                self._segments[-1][2] = self._size
            else:
                self._segments.append([path, start, self._size])
        self.count += len(records)

    def __len__(self) -> int:
        return self.count

    def _write(self, data: bytes) -> None:
        if self._file is None and self._size + len(data) > self.limit:
            import tempfile

            self._file = tempfile.TemporaryFile(prefix="newsclean-report-")
            self._file.write(b"".join(self._memory))
            self._memory = []
        if self._file is not None:
            self._file.write(data)
        else:
            self._memory.append(data)
        self._size += len(data)

    def chunks(self):
        """The report's bytes, in order, a segment at a time."""
        order = sorted(self._segments, key=lambda seg: seg[0])
        if self._file is None:
            whole = b"".join(self._memory)
            for _, start, end in order:
                yield whole[start:end]
            return
        self._file.flush()
        for _, start, end in order:
            self._file.seek(start)
            left = end - start
            while left:
                block = self._file.read(min(left, 1 << 20))
                if not block:
                    break
                left -= len(block)
                yield block

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None
