"""Writers for clean documents (text, markdown, json, jsonl) and the YAML front-matter block.

The front matter is written by hand for the fixed metadata fields (no YAML library needed): strings
are double-quoted (JSON string syntax is valid YAML), lists are block sequences. The reader accepts
what the writer writes plus the plain YAML a person would type, so a file cleaned with
``--metadata`` can be cleaned again: its block is kept as it is and the body stays the same.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass

__all__ = [
    "FIELD_ORDER",
    "FrontMatter",
    "split_front_matter",
    "render_front_matter",
    "render_document",
    "strip_markdown_heading",
    "document_json",
]

FIELD_ORDER = (
    "title",
    "authors",
    "date",
    "section",
    "description",
    "source",
    "editor",
    "sitename",
    "tags",
    "language",
    "url",
)

_FENCE = "---"
_FENCE_END = ("---", "...")
_MAX_FRONT_MATTER_LINES = 500
_KEY = re.compile(r"^([A-Za-z_][A-Za-z0-9_-]*):(?:[ \t]+(.*?))?[ \t]*$")
_ITEM = re.compile(r"^[ \t]*-(?:[ \t]+(.*?))?[ \t]*$")
_INT = re.compile(r"^[-+]?[0-9]+$")
_ESCAPE = {c: f"\\u{c:04x}" for c in [*range(0x7F, 0xA0), 0x2028, 0x2029, 0xFEFF]}


@dataclass(frozen=True, slots=True)
class FrontMatter:
    """A front-matter block found at the start of a document."""

    block: str  # the block exactly as found, fences included, ending with a newline
    metadata: dict
    lines: int  # number of lines the block takes (fences included)


# ---------------------------------------------------------------- writing


def _scalar(value) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return json.dumps(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False).translate(_ESCAPE)
    # anything else (a dict, say): JSON flow syntax is valid YAML
    return json.dumps(value, ensure_ascii=False, sort_keys=True).translate(_ESCAPE)


def _ordered_keys(metadata: dict) -> list[str]:
    known = [k for k in FIELD_ORDER if k in metadata]
    return known + sorted(k for k in metadata if k not in FIELD_ORDER)


def render_front_matter(metadata: dict) -> str:
    """The metadata as a YAML front-matter block (fences included), or "" when there is none.

    Empty and null fields are left out: a field the input does not give is absent.
    """
    lines = [_FENCE]
    for key in _ordered_keys(metadata):
        value = metadata[key]
        if value is None or value == "" or value == [] or value == {}:
            continue
        if not _KEY.match(f"{key}:"):
            continue  # not a key YAML would read back plainly; JSON output still has it
        if isinstance(value, (list, tuple)):
            lines.append(f"{key}:")
            lines.extend(f"  - {_scalar(item)}" for item in value)
        else:
            lines.append(f"{key}: {_scalar(value)}")
    if len(lines) == 1:
        return ""
    lines.append(_FENCE)
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- reading


def _parse_scalar(raw: str):
    raw = raw.strip()
    if raw in ("", "~", "null", "Null", "NULL"):
        return None
    if raw[0] == '"':
        return json.loads(raw)  # ValueError for anything JSON would not read: not our block
    if raw[0] == "'":
        if len(raw) < 2 or raw[-1] != "'":
            raise ValueError("unterminated single-quoted scalar")
        return raw[1:-1].replace("''", "'")
    if raw[0] == "[":
        if raw[-1] != "]":
            raise ValueError("unterminated flow sequence")
        try:
            value = json.loads(raw)
        except ValueError:
            inner = raw[1:-1].strip()
            return [_parse_scalar(part) for part in inner.split(",")] if inner else []
        if not isinstance(value, list):
            raise ValueError("not a list")
        return value
    if raw[0] == "{":
        return json.loads(raw)
    if raw in ("true", "True", "TRUE"):
        return True
    if raw in ("false", "False", "FALSE"):
        return False
    if _INT.match(raw):
        return int(raw)
    if " #" in raw:
        raw = raw.split(" #", 1)[0].rstrip()
    return raw


def _parse_block(lines: list[str]) -> dict:
    """Parse the lines between the fences; raise ValueError if they are not the simple YAML we read."""
    metadata: dict = {}
    current: str | None = None  # key whose value is a block sequence being read
    for line in lines:
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        item = _ITEM.match(line)
        if item and current is not None:
            if not isinstance(metadata[current], list):
                metadata[current] = []
            metadata[current].append(_parse_scalar(item.group(1) or ""))
            continue
        key = _KEY.match(line)
        if not key:
            raise ValueError(f"not a 'key: value' line: {line!r}")
        name, raw = key.group(1), key.group(2)
        if raw is None or raw == "":
            metadata[name] = None
            current = name
        else:
            metadata[name] = _parse_scalar(raw)
            current = None
    return metadata


def split_front_matter(text: str) -> tuple[FrontMatter | None, str]:
    """Split a leading YAML front-matter block off ``text``.

    Returns ``(front_matter, body)``; ``front_matter`` is None (and body is the whole text) when the
    text does not start with a block this reader understands.
    """
    if not text.startswith(_FENCE + "\n"):
        return None, text
    lines = text.split("\n", _MAX_FRONT_MATTER_LINES + 2)
    for index in range(1, min(len(lines) - 1, _MAX_FRONT_MATTER_LINES + 1)):
        if lines[index].rstrip() in _FENCE_END:
            try:
                metadata = _parse_block(lines[1:index])
            except (ValueError, TypeError):
                return None, text
            block = "\n".join(lines[: index + 1]) + "\n"
            return FrontMatter(block, metadata, index + 1), text[len(block):]
    return None, text


# ---------------------------------------------------------------- documents


def strip_markdown_heading(body: str) -> tuple[str, bool]:
    """Remove a leading ``# `` from the first non-blank line (the headline of a markdown file).

    The line count does not change, so the engine's line numbers still refer to the file.
    """
    stripped = body.lstrip("\n")
    if stripped.startswith("# ") and not stripped.startswith("# #"):
        skipped = len(body) - len(stripped)
        return body[:skipped] + stripped[2:], True
    return body, False


def take_markdown_heading(body: str) -> tuple[str, str | None]:
    """Take the ``# Headline`` that opens a Markdown file out of its body: the author said which
    line is the headline, so it is not left to the engine to keep or drop. The line becomes blank,
    so the engine's line numbers still refer to the file. Returns the body and the heading line."""
    stripped = body.lstrip("\n")
    if not stripped.startswith("# ") or stripped.startswith("# #"):
        return body, None
    skipped = len(body) - len(stripped)
    first, newline, rest = stripped.partition("\n")
    if not first[2:].strip():
        return body, None
    return body[:skipped] + newline + rest, first.rstrip()


def _headline(text: str) -> str:
    """Markdown: the engine's text starts with the headline; put it as a ``# `` heading.

    Only a first paragraph that is one line (and not a whole article) is taken as the headline.
    """
    if not text:
        return text
    first, sep, rest = text.partition("\n\n")
    first = first.strip("\n")
    if "\n" in first or len(first) > 300 or first.startswith("#"):
        return text
    return f"# {first}" + (sep + rest if sep else "\n")


def render_document(
    text: str,
    metadata: dict,
    *,
    markdown: bool = False,
    had_heading: bool = False,
    front_matter: FrontMatter | None = None,
    with_metadata: bool = False,
    heading: str | None = None,
) -> str:
    """The full text of a cleaned document as written to a file or stdout.

    ``text`` is the engine's clean text; ``heading`` the ``# Headline`` line the file opened with
    (see take_markdown_heading), put back first. It ends with exactly one newline unless it is empty. An
    existing front-matter block is kept as found; otherwise ``with_metadata`` writes one.
    """
    body = text.strip("\n")
    body = body + "\n" if body else ""
    if heading is not None:  # the file's own '# Headline', as it was
        body = heading + "\n" + ("\n" + body if body else "")
    elif markdown or had_heading:
        body = _headline(body)
    if front_matter is not None:
        head = front_matter.block
    elif with_metadata:
        head = render_front_matter(metadata)
    else:
        head = ""
    if head and body:
        return head + "\n" + body
    return head or body


def document_json(text: str, metadata: dict, removals: list, *, path: str | None = None, indent: int | None = None,
                  warnings: list[str] | None = None) -> str:
    """One document as JSON: ``{text, metadata, removals}`` (``path`` first when it comes from a
    file; ``warnings`` last when the safety net kept the conservative reading)."""
    record: dict = {}
    if path is not None:
        record["path"] = path
    record["text"] = text
    record["metadata"] = metadata
    record["removals"] = [r.to_dict() if hasattr(r, "to_dict") else dict(r) for r in removals]
    if warnings:
        record["warnings"] = list(warnings)
    if indent is None:
        return json.dumps(record, ensure_ascii=False, separators=(",", ":"))
    return json.dumps(record, ensure_ascii=False, indent=indent)
