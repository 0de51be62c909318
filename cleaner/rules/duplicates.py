"""Blocks printed twice (after whitespace normalisation): the first copy that survives stays.

Which copy is the article's is only known after the core is chosen, so this rule runs in the
decision step (see decide.py); it is listed here to be explained and switched off like any other.
"""
from __future__ import annotations

from ..features import KEY_STRIP
from . import Context, Rule, needs, rule

# Shorter lines (interview questions, list labels) legitimately repeat inside articles.
MIN_WEIGHT = 10


@rule("duplicate.block", "duplicate", "A paragraph repeated verbatim: later copies go, the first kept copy stays (a question put to guest after guest, each time answered, stays).")
def repeated(ctx: Context, self: Rule) -> None:
    """Acts in decide.py, after the article core is known."""


# A widget row printed under every item of a page ("WhatsApp Facebook Pinterest Download"): a short
# line, no sentence, with a word the lexicon knows as a widget label, printed this many times or
# more, each time on its own between other lines. (Table headers and section titles repeat too,
# but name no widget.)
FURNITURE_COPIES = 3
FURNITURE_MIN_WEIGHT = 3


@needs(max_weight=MIN_WEIGHT)
def _furniture_candidate(line, lex) -> bool:
    return (FURNITURE_MIN_WEIGHT <= line.weight < MIN_WEIGHT and not line.ends_sentence and not line.bullet
            and not line.text.endswith((":", "：")) and _names_a_widget(line, lex))


def _names_a_widget(line, lex) -> bool:
    """A lexicon phrase in the line, or one of its words is a whole widget or menu label."""
    if line.phrases:
        return True
    return any(lex.exact.get(word.strip(KEY_STRIP)) for word in line.lower.split())


@rule("duplicate.furniture", "duplicate", "A short line that is no sentence, printed three times or more, each copy alone between other lines (a widget row under every item): every copy goes.",
      select=_furniture_candidate)
def furniture(ctx: Context, self: Rule) -> None:
    lines = ctx.lines
    copies: dict[str, list[int]] = {}
    for index in ctx.selected(self):
        line = lines[index]
        if line.verdict is None:
            copies.setdefault(line.lower, []).append(index)
    for lower, indexes in copies.items():
        if len(indexes) < FURNITURE_COPIES:
            continue
        # A chorus or a repeated block repeats its neighbours too; a widget row stands alone.
        neighbours = (lines[j].lower for i in indexes for j in (i - 1, i + 1) if 0 <= j < len(lines))
        if any(other != lower and other in copies for other in neighbours):
            continue
        for index in indexes:
            ctx.claim(index, self, f"short line printed {len(indexes)} times (page furniture)")


RULES = [repeated, furniture]
