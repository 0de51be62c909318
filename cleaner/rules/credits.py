"""Credit lines at the foot of an article: source, editor, reporting and photo credits (to metadata)."""
from __future__ import annotations

from ..lexicon import label_finder, label_starts
from . import MAX_PHRASE_LINE_WEIGHT, Context, Rule, memo, phrase_kinds, rule

_CREDIT_FIELDS = ("source", "editor", "reporting", "photo")
_TRIM = " \t:：;,.|/()（）[]【】-–—"


def credit_finder(ctx: Context):
    """Finds a credit label ('Editor:', 'Source:') anywhere in a line."""
    return label_finder(ctx.lex.languages, _CREDIT_FIELDS)


def parse_credits(ctx: Context, text: str) -> dict[str, str] | None:
    """Split a line into labelled parts: {"source": "SHINE", "editor": "Li Qian"}.

    None unless the line starts with a credit label, so prose that merely contains one is left alone.
    """
    finder = label_finder(ctx.lex.languages, _CREDIT_FIELDS)
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


@rule("credits.line", "credits", "Source, editor, reporting and photo credit lines ('Source: SHINE Editor: Li Qian'): to metadata.", languages="lexicon", local=True)
def credit_line(ctx: Context, self: Rule) -> None:
    starts = label_starts(ctx.lex.languages, _CREDIT_FIELDS)
    for index, line in enumerate(ctx.lines):
        if line.weight > MAX_PHRASE_LINE_WEIGHT:
            continue
        if line.tokens is not None and (not line.tokens or line.tokens[0] not in starts):
            continue  # an ASCII line that does not start with a label word
        parts = memo(line, "credits", lambda ln: parse_credits(ctx, ln.text))
        if not parts:
            continue
        fields = {}
        if "source" in parts:
            fields["source"] = parts["source"]
        if "editor" in parts:
            fields["editor"] = parts["editor"]
        ctx.claim(index, self, "credit line (" + ", ".join(sorted(parts)) + ")", fields or None)
        ctx.credit_lines.add(index)


@rule("credits.photo", "credits", "Photo and image credits ('Photo: Reuters', '… /Getty Images').", languages="lexicon", local=True)
def photo_credit(ctx: Context, self: Rule) -> None:
    for index in ctx.with_phrase("photo"):
        ctx.claim(index, self, f"photo credit ('{phrase_kinds(ctx, index)['photo']}')")
    pattern = ctx.lex.patterns.get("photo")
    if pattern is None:
        return
    for index, line in enumerate(ctx.lines):
        if line.verdict is None and line.weight <= 60 and memo(line, "photo", lambda ln: bool(pattern.search(ln.text))):
            ctx.claim(index, self, "photo credit")


RULES = [credit_line, photo_credit]
