"""The rule registry. A rule is data (id, category, description, languages) plus one small function
that looks at the document and claims lines, optionally harvesting metadata fields.

Rules run in registry order and the first claim on a line wins, so more specific rules come first.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from ..document import Line
from ..features import MAX_PHRASE_LINE_WEIGHT  # noqa: F401  (re-exported for rules)
from ..lexicon import Lexicon


@dataclass(frozen=True, slots=True)
class RuleInfo:
    id: str
    category: str
    description: str
    languages: str = "any"


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
    # per line: the exact lexicon kind of the whole line, and the phrase kinds found in it
    exact: list = field(default_factory=list)
    phrases: list = field(default_factory=list)
    _exact_index: dict = field(default_factory=dict)
    _phrase_index: dict = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.exact = [line.exact for line in self.lines]
        self.phrases = [line.phrases for line in self.lines]
        self._exact_index: dict[str, list[int]] = {}
        self._phrase_index: dict[str, list[int]] = {}
        for i, kind in enumerate(self.exact):
            if kind:
                self._exact_index.setdefault(kind, []).append(i)
        for i, kinds in enumerate(self.phrases):
            for kind in kinds:
                self._phrase_index.setdefault(kind, []).append(i)

    def with_exact(self, kind: str) -> list[int]:
        """Indexes of lines that are, as a whole, a lexicon entry of this kind."""
        return self._exact_index.get(kind, [])

    def with_phrase(self, kind: str) -> list[int]:
        """Indexes of lines in which a phrase of this kind was convincingly found."""
        return self._phrase_index.get(kind, [])

    def with_exact_or_phrase(self, exact_kind: str | None, phrase_kind: str) -> list[int]:
        """Both of the above, in line order."""
        found = set(self.with_phrase(phrase_kind))
        if exact_kind:
            found.update(self.with_exact(exact_kind))
        return sorted(found)

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
    # A local rule judges each line by its text alone. Lines that survived one pass cannot be
    # claimed by it in the next, so the engine's later passes skip it.
    local: bool = False


def rule(rule_id: str, category: str, description: str, languages: str = "any", local: bool = False):
    """Decorator turning a function ``f(ctx, rule)`` into a registered Rule."""

    def wrap(func):
        return Rule(RuleInfo(rule_id, category, description, languages), func, local)

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




def phrase_kinds(ctx: Context, index: int) -> dict[str, str]:
    """Kinds of boilerplate phrase convincingly present in a line -> first phrase found."""
    return ctx.phrases[index]


def exact_kind(ctx: Context, index: int) -> str | None:
    """The kind of boilerplate a whole line is (a menu item, a widget label), if the lexicon says so."""
    return ctx.exact[index]




def memo(line: Line, key: str, compute):
    """A line-local test's result, computed once per distinct line text (per lexicon) and reused.

    Only for tests that look at the line alone: their answer cannot depend on the document."""
    store = line.memo
    try:
        return store[key]
    except KeyError:
        value = store[key] = compute(line)
        return value
