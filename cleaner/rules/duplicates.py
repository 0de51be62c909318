"""Blocks printed twice (after whitespace normalisation): the first copy stays."""
from __future__ import annotations

from . import Context, Rule, rule


@rule("duplicate.block", "duplicate", "A line repeated verbatim elsewhere in the page: later copies go.")
def repeated(ctx: Context, self: Rule) -> None:
    first: dict[str, int] = {}
    for index, line in enumerate(ctx.lines):
        if line.weight < 3:
            continue
        key = line.lower
        if key in first:
            if line.verdict is None:
                ctx.claim(index, self, f"repeats input line {ctx.lines[first[key]].no}")
        else:
            first[key] = index


RULES = [repeated]
