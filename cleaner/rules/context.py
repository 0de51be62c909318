"""Decisions made from context rather than from the line itself (see decide.py). Listed as rules so
they can be explained and switched off like any other."""
from __future__ import annotations

from . import Context, Rule, rule


def _decided_in_decide_py(ctx: Context, self: Rule) -> None:
    """These rules act in the decision step; nothing to do while annotating."""


OUTSIDE_CORE = rule(
    "context.outside-core", "context",
    "Lines outside the article core (the dense run of prose), other than the headline and standfirst.",
)(_decided_in_decide_py)
BETWEEN_BOILERPLATE = rule(
    "context.between-boilerplate", "context",
    "A short line inside the article whose neighbours on both sides are boilerplate.",
)(_decided_in_decide_py)

COMMENT_SECTION = rule(
    "context.comment-section", "context",
    "A comment section below the article (a comment label, then entries each with a name or date over its text), "
    "when the safety net keeps the conservative reading.",
)(_decided_in_decide_py)

RULES = [OUTSIDE_CORE, BETWEEN_BOILERPLATE, COMMENT_SECTION]
