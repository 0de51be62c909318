"""Blocks printed twice (after whitespace normalisation): the first copy that survives stays.

Which copy is the article's is only known after the core is chosen, so this rule runs in the
decision step (see decide.py); it is listed here to be explained and switched off like any other.
"""
from __future__ import annotations

from . import Context, Rule, rule

# Shorter lines (interview questions, list labels) legitimately repeat inside articles.
MIN_WEIGHT = 10


@rule("duplicate.block", "duplicate", "A paragraph repeated verbatim: later copies go, the first kept copy stays.")
def repeated(ctx: Context, self: Rule) -> None:
    """Acts in decide.py, after the article core is known."""


RULES = [repeated]
