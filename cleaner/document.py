"""The document model: normalised lines that remember where they stood in the input.

Every later stage works on these lines, so every removal can name its input line span.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import NamedTuple

# Spaces that scrapers leave behind and that should read as ordinary spaces.
_SPACE_LIKE = re.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\f\v]")
# Invisible characters that carry no text (zero-width spaces, joiners, BOM, soft hyphen).
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
_MULTI_SPACE = re.compile(r" {2,}")
# Control characters other than newline, which only break terminals and diffs.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
# Any character that normalise_line replaces or drops.
_NEEDS_NORMALISING = re.compile("[" + "".join(p.pattern[1:-1] for p in (_SPACE_LIKE, _INVISIBLE, _CONTROL)) + "]")


def normalise_line(raw: str) -> str:
    """Whitespace-normalise one line: the only change cleaning makes to kept text."""
    if raw.isascii():
        line = raw
        if "\t" in line or "\x0b" in line or "\x0c" in line:
            line = _SPACE_LIKE.sub(" ", line)
        if not line.isprintable():
            line = _CONTROL.sub("", line)
    else:
        line = _INVISIBLE.sub("", _SPACE_LIKE.sub(" ", raw))
        line = _CONTROL.sub("", line)
    line = line.strip()
    if "  " in line:
        line = _MULTI_SPACE.sub(" ", line)
    return line


def split_lines(text: str) -> list[str]:
    """Split on every line break a scraper may produce (\\r\\n, \\r, \\u2028 ...)."""
    return _unify_breaks(text).split("\n")


def _unify_breaks(text: str) -> str:
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.isascii():
        text = text.replace("\u2028", "\n").replace("\u2029", "\n").replace("\x85", "\n")
    return text


class Verdict(NamedTuple):
    """Why a line goes: the rule that claimed it, the rule's category and a reason for people."""

    rule: str
    category: str
    reason: str


@dataclass(slots=True)
class Line:
    """One non-blank input line. ``no`` is its 1-based input line number, ``block`` the
    index of the blank-line separated block it belongs to."""

    no: int
    text: str
    block: int
    # Filled by the feature pass (see features.py).
    weight: float = 0.0
    words: int = 0
    lower: str = ""
    key: str = ""
    ends_sentence: bool = False
    stop_ratio: float = 0.0
    bullet: bool = False
    # lowercased word tokens of an ASCII line (None otherwise), for cheap lexicon pre-checks
    tokens: list | None = None
    # Filled by the lexicon pass: the kind of boilerplate the whole line is, and the phrase kinds in it.
    exact: str | None = None
    phrases: dict = field(default_factory=dict)
    # Results of rules' line-local tests, shared by every line with the same text (see rules.memo).
    memo: dict = field(default_factory=dict)
    # Ids of the rules whose select test the line passes (see rules.Rule.select).
    selected_by: tuple = ()
    # Filled by rules: (rule id, category, reason) of the first rule that claims the line.
    verdict: Verdict | None = None
    klass: str = ""
    keep: bool = True
    # A Markdown code line (indented or fenced) as the input has it, printed instead of ``text``
    # so that cleaning never re-indents code; ``text`` stays the normalised form the rules read.
    raw: str | None = None


def numbered_lines(text: str) -> list[tuple[int, str, int]]:
    """(input line number, normalised text, block index) of every non-blank line. The engine
    builds its Lines from these with features it has cached."""
    text = _unify_breaks(text)
    raw_lines = text.split("\n")
    # Most texts have no character that normalise_line replaces or drops; then every line only
    # needs its spaces trimmed, and one search over the text saves several tests per line.
    spaces_only = _NEEDS_NORMALISING.search(text) is None
    numbered = []
    block = 0
    previous_blank = True
    for number, raw in enumerate(raw_lines, start=1):
        if spaces_only:
            line = raw.strip()
            if "  " in line:
                line = _MULTI_SPACE.sub(" ", line)
        elif not raw or (raw.isspace() and raw.isascii()):
            line = ""
        elif raw.isascii() and raw.isprintable() and "  " not in raw:
            line = raw.strip()  # the common case needs no other normalisation
        elif not raw.isascii() and _NEEDS_NORMALISING.search(raw) is None:
            # Nothing to replace or drop (most lines with quotes or accents): only spaces to trim.
            line = raw.strip()
            if "  " in line:
                line = _MULTI_SPACE.sub(" ", line)
        else:
            line = normalise_line(raw)
        if not line:
            if not previous_blank:
                block += 1
            previous_blank = True
            continue
        previous_blank = False
        numbered.append((number, line, block))
    return numbered


def nfkc_lower(text: str) -> str:
    """A matching key: case-folded, compatibility-normalised (full-width letters, ligatures)."""
    return unicodedata.normalize("NFKC", text).casefold() if not text.isascii() else text.lower()


_FENCE = ("```", "~~~")


def verbatim_lines(text: str) -> dict[int, str]:
    """Input line number -> the line as given (trailing spaces and control characters dropped) for Markdown code: lines
    inside ``` or ~~~ fences (the fences too) and lines indented by four spaces or a tab. Cleaning
    only deletes, so a kept code line keeps its indentation and inner spacing."""
    if "```" not in text and "~~~" not in text and "\n    " not in text and "\n\t" not in text \
            and not text.startswith(("    ", "\t")):
        return {}
    out: dict[int, str] = {}
    fence: str | None = None
    for number, raw in enumerate(_unify_breaks(text).split("\n"), start=1):
        line = _CONTROL.sub("", raw).rstrip()
        opened = line.lstrip()[:3]
        if fence is not None:
            out[number] = line
            if opened == fence:
                fence = None
        elif opened in _FENCE:
            fence = opened
            out[number] = line
        elif line and raw.startswith(("    ", "\t")):
            out[number] = line
    return out

