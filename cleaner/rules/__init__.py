"""The rule registry. A rule is data (id, category, description, languages) plus one small function
that looks at the document and claims lines, optionally harvesting metadata fields.

Rules run in registry order and the first claim on a line wins, so more specific rules come first.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable

from ..document import Line, Verdict
from ..features import MAX_PHRASE_LINE_WEIGHT  # noqa: F401  (re-exported for rules)
from .. import lexicon as _lexicon
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
    _exact_index: dict = field(default_factory=dict)
    _phrase_index: dict = field(default_factory=dict)

    # rule id -> indexes of the lines that pass the rule's select test (see Rule.select)
    _selected: dict = field(default_factory=dict)

    def __post_init__(self) -> None:
        lines = self.lines
        exact_index: dict[str, list[int]] = {}
        phrase_index: dict[str, list[int]] = {}
        selected: dict[str, list[int]] = {}
        # One walk over the lines builds every index, so that rules need not walk them all again.
        for i, line in enumerate(lines):
            if line.exact:
                exact_index.setdefault(line.exact, []).append(i)
            for kind in line.phrases:
                phrase_index.setdefault(kind, []).append(i)
            for rule_id in line.selected_by:
                selected.setdefault(rule_id, []).append(i)
        self._exact_index = exact_index
        self._phrase_index = phrase_index
        self._selected = selected

    def with_exact(self, kind: str) -> list[int]:
        """Indexes of lines that are, as a whole, a lexicon entry of this kind."""
        return self._exact_index.get(kind, [])

    def with_phrase(self, kind: str) -> list[int]:
        """Indexes of lines in which a phrase of this kind was convincingly found."""
        return self._phrase_index.get(kind, [])

    def selected(self, rule: "Rule") -> list[int]:
        """Indexes, in line order, of the lines that pass the rule's select test: the only lines
        it can act on."""
        return self._selected.get(rule.info.id, [])

    def claim_exact(self, rule: "Rule", kind: str, reason: str) -> None:
        """Claim every line that is, as a whole, a lexicon entry of this kind; ``reason`` is a
        format string given the line's text."""
        for index in self.with_exact(kind):
            self.claim(index, rule, reason.format(self.lines[index].text))

    def claim_phrases(self, rule: "Rule", kind: str, reason: str) -> None:
        """Claim every line with a convincing lexicon phrase of this kind; ``reason`` is a format
        string given the phrase found."""
        for index in self.with_phrase(kind):
            self.claim(index, rule, reason.format(self.lines[index].phrases[kind]))

    def claim(self, index: int, rule: "Rule", reason: str, fields: dict | None = None) -> bool:
        """Mark a line as boilerplate unless an earlier rule already did. True when claimed."""
        line = self.lines[index]
        if line.verdict is not None:
            return False
        line.verdict = Verdict(rule.info.id, rule.info.category, reason)
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
    # select(line, lex): a test of the line alone that every line the rule can act on passes. It
    # runs once per distinct line text (the answer is cached with the line's features), and the
    # rule then visits ctx.selected(rule) instead of every line of every document.
    select: Callable[[Line, Lexicon], bool] | None = None


def rule(rule_id: str, category: str, description: str, languages: str = "any", local: bool = False,
         select: Callable[[Line, Lexicon], bool] | None = None):
    """Decorator turning a function ``f(ctx, rule)`` into a registered Rule."""

    def wrap(func):
        return Rule(RuleInfo(rule_id, category, description, languages), func, local, select)

    return wrap


def all_rules() -> list[Rule]:
    """Every rule, in the order they run."""
    from . import byline, context, credits, duplicates, header, legal, navigation, promo, related, template

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
    return list(ordered) + list(context.RULES) + list(template.RULES)


CATEGORIES = ("header", "legal", "credits", "byline", "promo", "related", "navigation", "duplicate", "context", "template")


@lru_cache(maxsize=None)
def _selecting_rules() -> tuple[Rule, ...]:
    return tuple(r for r in all_rules() if r.select is not None)


def selected_by(line: Line, lex: Lexicon) -> tuple[str, ...]:
    """Ids of the rules whose select test the line passes (computed once per distinct text).

    Select tests that declare ``needs = (max weight, pattern kind)`` (a line no heavier than that,
    in which the lexicon's patterns of that kind find something) are grouped: one pre-check of the
    line skips the group when none of its tests can pass. The tests still decide."""
    plan = _PLANS.get(lex.languages)
    if plan is None:
        plan = _PLANS[lex.languages] = _plan(lex)
    out = []
    for max_weight, may_match, rules in plan:
        if max_weight is not None and _lexicon.USE_GUARDS and (line.weight > max_weight or not may_match(line.lower)):
            continue
        for r in rules:
            if r.select(line, lex):
                out.append(r.info.id)
    return tuple(out)


_PLANS: dict = {}


def _plan(lex: Lexicon) -> list:
    """(max weight, pre-check, rules) runs of the selecting rules, in order: runs of tests that
    declare the same max weight get one pre-check over their pattern kinds; others none."""
    from ..lexicon import may_match_any

    plan: list = []
    for r in _selecting_rules():
        needs = getattr(r.select, "needs", None)
        if needs and plan and plan[-1][3] is not None and plan[-1][3][0] == needs[0]:
            plan[-1][2].append(r)
            plan[-1][3] = (needs[0], plan[-1][3][1] + (needs[1],))
        elif needs:
            plan.append([None, None, [r], (needs[0], (needs[1],))])
        elif plan and plan[-1][3] is None:
            plan[-1][2].append(r)
        else:
            plan.append([None, None, [r], None])
    out = []
    for _, _, rules, needs in plan:
        may_match = may_match_any(lex, needs[1]) if needs else None
        out.append((needs[0] if may_match else None, may_match, tuple(rules)))
    return out


def phrase_kinds(ctx: Context, index: int) -> dict[str, str]:
    """Kinds of boilerplate phrase convincingly present in a line -> first phrase found."""
    return ctx.lines[index].phrases


def exact_kind(ctx: Context, index: int) -> str | None:
    """The kind of boilerplate a whole line is (a menu item, a widget label), if the lexicon says so."""
    return ctx.lines[index].exact




def memo(line: Line, key: str, compute):
    """A line-local test's result, computed once per distinct line text (per lexicon) and reused.

    Only for tests that look at the line alone: their answer cannot depend on the document."""
    store = line.memo
    value = store.get(key, _MISSING)
    if value is _MISSING:  # (a lookup, not a KeyError: most lines are asked once)
        value = store[key] = compute(line)
    return value


_MISSING = object()
