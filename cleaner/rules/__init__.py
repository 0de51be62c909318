"""The rule registry. A rule is data (id, category, description, languages) plus one small function
that looks at the document and claims lines, optionally harvesting metadata fields.

Rules run in registry order and the first claim on a line wins, so more specific rules come first.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from ..document import Line
from ..lexicon import Lexicon


@dataclass(frozen=True, slots=True)
class RuleInfo:
    id: str
    category: str
    description: str
    languages: str = "all"


@dataclass(slots=True)
class Context:
    """What a rule sees: the lines, the compiled lexicon, the language and what was harvested."""

    lines: list[Line]
    lex: Lexicon
    language: str | None
    keep_byline: bool = False
    # line index -> harvested fields of the rule that claimed it
    fields: dict[int, dict] = field(default_factory=dict)
    # indexes of credit lines: the article usually ends just before them
    credit_lines: set[int] = field(default_factory=set)
    # indexes of datelines, for spotting bare author names next to them
    datelines: set[int] = field(default_factory=set)
    _phrase_cache: dict[int, dict] = field(default_factory=dict)

    def claim(self, index: int, rule: "Rule", reason: str, fields: dict | None = None) -> bool:
        """Mark a line as boilerplate unless an earlier rule already did. True when claimed."""
        line = self.lines[index]
        if line.verdict is not None:
            return False
        line.verdict = (rule.info.id, rule.info.category, reason)
        if fields:
            self.fields[index] = fields
        return True


@dataclass(frozen=True, slots=True)
class Rule:
    info: RuleInfo
    apply: Callable[[Context, "Rule"], None]


def rule(rule_id: str, category: str, description: str, languages: str = "all"):
    """Decorator turning a function ``f(ctx, rule)`` into a registered Rule."""

    def wrap(func):
        return Rule(RuleInfo(rule_id, category, description, languages), func)

    return wrap


def all_rules() -> list[Rule]:
    """Every rule, in the order they run."""
    from . import byline, context, credits, duplicates, header, legal, navigation, promo, related

    ordered = (
        header.RULES
        + legal.RULES
        + credits.RULES
        + byline.RULES
        + promo.RULES
        + related.RULES
        + navigation.RULES
        + related.LIST_RULES
        + duplicates.RULES
        + related.LATE_RULES
    )
    return list(ordered) + list(context.RULES)


CATEGORIES = ("header", "legal", "credits", "byline", "promo", "related", "navigation", "duplicate", "context")


# Lines longer than this (in words) are prose: lexicon phrases inside them are not evidence.
MAX_PHRASE_LINE_WEIGHT = 25


def phrase_kinds(ctx: Context, index: int) -> dict[str, str]:
    """Kinds of boilerplate phrase convincingly present in a line -> first phrase found.

    A very short line needs one phrase; a longer one needs two, or one at its very start, so that
    an article sentence that mentions a newsletter or copyright is not mistaken for a widget.
    """
    cache = ctx._phrase_cache
    if index in cache:
        return cache[index]
    line = ctx.lines[index]
    kinds: dict[str, str] = {}
    if line.weight <= MAX_PHRASE_LINE_WEIGHT:
        hits = [(m.start(), ctx.lex.contains_kind[m.group(0)], m.group(0)) for m in ctx.lex.contains.finditer(line.lower)]
        if hits:
            short = line.weight <= 8
            many = len(hits) >= 2
            for start, kind, phrase in hits:
                if short or many or start <= 2:
                    kinds.setdefault(kind, phrase)
    cache[index] = kinds
    return kinds


def exact_kind(ctx: Context, index: int) -> str | None:
    """The kind of boilerplate a whole line is (a menu item, a widget label), if the lexicon says so."""
    key = ctx.lines[index].key
    return ctx.lex.exact.get(key) if key else None
