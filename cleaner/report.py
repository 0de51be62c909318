"""Removal records as a committable JSONL report, and unified diffs that name the rules.

Both outputs are deterministic: no timestamps, no absolute paths, sorted by path then line, so
they are byte-identical across runs and across ``--jobs`` values.
"""
from __future__ import annotations

import json
import os


__all__ = ["display_path", "removal_record", "sort_records", "render_report", "unified_diff"]


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
    a = old.splitlines(keepends=True)
    b = new.splitlines(keepends=True)
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


def _lines(prefix: str, lines: list[str]):
    for line in lines:
        if line.endswith("\n"):
            yield prefix + line
        else:
            yield prefix + line + "\n"
            yield "\\ No newline at end of file\n"
