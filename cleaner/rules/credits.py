"""Credit lines at the foot of an article: source, editor, reporting and photo credits (to metadata)."""
from __future__ import annotations

import re

from ..lexicon import label_finder, label_starts
from . import MAX_PHRASE_LINE_WEIGHT, Context, Rule, memo, needs, rule

_CREDIT_FIELDS = ("source", "editor", "reporting", "photo")
_TRIM = " \t:：;,.|/()（）[]【】-–—"


def credit_finder(ctx: Context):
    """Finds a credit label ('Editor:', 'Source:') anywhere in a line."""
    return label_finder(ctx.lex.languages, _CREDIT_FIELDS)


def parse_credits(ctx: Context, text: str) -> dict[str, str] | None:
    """Split a line into labelled parts: {"source": "SHINE", "editor": "Li Qian"}.

    None unless the line starts with a credit label, so prose that merely contains one is left alone.
    """
    return parse_credits_in(ctx.lex.languages, text)


def parse_credits_in(languages: tuple[str, ...], text: str) -> dict[str, str] | None:
    """:func:`parse_credits` with the lexicon languages given."""
    finder = label_finder(languages, _CREDIT_FIELDS)
    stripped = text.lstrip("(（[【 ")
    offset = len(text) - len(stripped)
    matches = list(finder.finditer(text))
    if not matches or matches[0].start() > offset:
        return None
    parts: dict[str, str] = {}
    for i, m in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else len(text)
        value = text[m.end() : end].strip(_TRIM)
        fieldname = m.lastgroup
        if value and fieldname not in parts:
            parts[fieldname] = value
    return parts or None


def _credit_parts(line, lex) -> dict[str, str] | None:
    return memo(line, "credits", lambda ln: parse_credits_in(lex.languages, ln.text))


@needs(max_weight=MAX_PHRASE_LINE_WEIGHT, labels=_CREDIT_FIELDS)
def _is_credit_line(line, lex) -> bool:
    """Not long, starts with a credit label."""
    if line.weight > MAX_PHRASE_LINE_WEIGHT:
        return False
    if line.tokens is not None and (not line.tokens or line.tokens[0] not in label_starts(lex.languages, _CREDIT_FIELDS)):
        return False  # an ASCII line that does not start with a label word
    return bool(_credit_parts(line, lex))


@rule("credits.line", "credits", "Source, editor, reporting and photo credit lines ('Source: SHINE Editor: Li Qian'): to metadata.", languages="lexicon", local=True, select=_is_credit_line)
def credit_line(ctx: Context, self: Rule) -> None:
    for index in ctx.selected(self):
        parts = _credit_parts(ctx.lines[index], ctx.lex)
        fields = {}
        if "source" in parts:
            fields["source"] = parts["source"]
        if "editor" in parts:
            fields["editor"] = parts["editor"]
        ctx.claim(index, self, "credit line (" + ", ".join(sorted(parts)) + ")", fields or None)
        ctx.credit_lines.add(index)


def photo_pattern_found(line, lex) -> bool:
    """The lexicon's picture-credit pattern is in the line (searched once per line text: the
    copyright rule asks too)."""
    pattern = lex.patterns.get("photo")
    return pattern is not None and memo(line, "photo", lambda ln: bool(pattern.search(ln.text)))


@needs(max_weight=60, patterns=("photo",))
def _has_photo_pattern(line, lex) -> bool:
    return line.weight <= 60 and photo_pattern_found(line, lex)


# A lead's dateline with its agency, the paragraph going on after it ('Hamburg (AFP) - Das Museum
# öffnet', 'МОСКВА, 4 марта. /ТАСС/. Бывшая директор', 'BRASÍLIA (Reuters) - A avenida'): the
# agency credits the story, not a picture. A caption's credit ends its line, or follows a label.
_LEAD_DATELINE = re.compile(r"^(?:[A-ZÀ-ÖØ-ÞА-ЯЁ][\w.'’-]*[ ,]+){1,4}(?:[\w ]{1,20}\.\s*)?[(/]\s*[A-ZА-ЯЁ][^()/\d]{1,24}[)/]\.?\s*[-–—]?\s*\w+\s+\w+\s+\w+")


@rule("credits.photo", "credits", "Photo and image credits ('Photo: Reuters', '… /Getty Images').", languages="lexicon", local=True, select=_has_photo_pattern)
def photo_credit(ctx: Context, self: Rule) -> None:
    for index in ctx.with_phrase("photo"):
        line = ctx.lines[index]
        if _LEAD_DATELINE.match(line.text) is None:
            ctx.claim(index, self, f"photo credit ('{line.phrases['photo']}')")
    for index in ctx.selected(self):
        if ctx.lines[index].verdict is None and _LEAD_DATELINE.match(ctx.lines[index].text) is None:
            ctx.claim(index, self, "photo credit")


RULES = [credit_line, photo_credit]
