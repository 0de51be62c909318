"""The rule registry. A rule is data (id, category, description, languages) plus one small function
that looks at the document and claims lines, optionally harvesting metadata fields.

Rules run in registry order and the first claim on a line wins, so more specific rules come first.
"""
from __future__ import annotations

import math
import re
from bisect import bisect_right
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


@dataclass(frozen=True)
class Needs:
    """What a select test needs of a line, declared beside the test (:func:`needs`) so that a
    document's new lines are sorted out in one scan (:func:`selected_by_lines`): a weight no greater
    than ``max_weight`` and, when triggers are declared, at least one of them (or a weight no greater
    than ``upto``). Exact, never a guess: a line without them fails the test; the test still decides
    on the lines that have them."""

    max_weight: float = math.inf
    patterns: tuple[str, ...] = ()  # lexicon pattern kinds that may find something in the line...
    on: str = "text"                # ... searching ``line.text`` or ``line.lower``
    phrases: tuple[str, ...] = ()   # kinds found in ``line.phrases``
    exact: tuple[str, ...] = ()     # kinds ``line.exact`` may be
    labels: tuple[str, ...] = ()    # label fields one of whose words is in the line's text
    found: re.Pattern | None = None  # finds something in the line's text (no anchors, no lookarounds)
    upto: float | None = None       # or any line no heavier than this

    @property
    def triggered(self) -> bool:
        return bool(self.patterns or self.phrases or self.exact or self.labels or self.found is not None
                    or self.upto is not None)


def needs(**declared):
    """Declare what a select test needs of a line (see :class:`Needs`)."""

    def wrap(select):
        select.needs = Needs(**declared)
        return select

    return wrap


# Speed only: select tests run on the lines that have what they declare they need (see Needs). Off,
# every select test runs on every new line; tests/test_differential.py checks both give the same output.
USE_TRIGGERS = True


def selected_by(line: Line, lex: Lexicon) -> tuple[str, ...]:
    """Ids of the rules whose select test the line passes (computed once per distinct text)."""
    return tuple(r.info.id for r in _selecting_rules() if r.select(line, lex))


def selected_by_lines(lines: list[Line], lex: Lexicon) -> list[tuple[str, ...]]:
    """:func:`selected_by` of each of a document's new lines. What the select tests declare they
    need is looked for in one scan of all the lines, and each test runs only on the lines that have
    it: most tests pass on under 1% of lines."""
    if not USE_TRIGGERS or not _lexicon.literal_scan_possible():
        return [selected_by(line, lex) for line in lines]
    found: list[list[str]] = [[] for _ in lines]
    scan = _Scan(lines, lex)
    for r in _selecting_rules():
        select, rule_id = r.select, r.info.id
        for index in scan.candidates(getattr(select, "needs", None)):
            if select(lines[index], lex):
                found[index].append(rule_id)
    return [tuple(ids) for ids in found]


class _Scan:
    """The lines of one batch that have each trigger, each looked for once over the whole batch."""

    def __init__(self, lines: list[Line], lex: Lexicon):
        self.lines = lines
        self.lex = lex
        self._joined: dict[str, tuple[str, list[int]]] = {}
        self._sets: dict = {}

    def candidates(self, declared: Needs | None):
        lines = self.lines
        if declared is None:
            return range(len(lines))
        limit = declared.max_weight
        if not declared.triggered:
            return [i for i, line in enumerate(lines) if line.weight <= limit]
        hit: set[int] = set()
        if declared.patterns:
            hit |= self._cached(("patterns", declared.patterns, declared.on), self._patterns)
        if declared.phrases:
            kinds = declared.phrases
            hit |= self._cached(("phrases", kinds), lambda key: {
                i for i, line in enumerate(lines) if line.phrases and any(k in line.phrases for k in kinds)})
        if declared.exact:
            kinds = declared.exact
            hit |= self._cached(("exact", kinds), lambda key: {i for i, line in enumerate(lines) if line.exact in kinds})
        if declared.labels:
            hit |= self._cached(("labels", declared.labels), self._labels)
        if declared.found is not None:
            hit |= self._cached(("found", declared.found), lambda key: self._found(key[1], *self._text("text")))
        if declared.upto is not None:
            upto = declared.upto
            hit |= {i for i, line in enumerate(lines) if line.weight <= upto}
        return [i for i in sorted(hit) if lines[i].weight <= limit]

    def _cached(self, key, compute) -> set[int]:
        found = self._sets.get(key)
        if found is None:
            found = self._sets[key] = compute(key)
        return found

    def _text(self, which: str) -> tuple[str, list[int]]:
        """The lines' ``text`` ("text"), ``lower`` ("lower") or case-folded forms ("text-folded",
        "lower-folded", as :func:`lexicon.case_fold`) joined by line breaks, and where each starts."""
        joined = self._joined.get(which)
        if joined is None:
            attr, _, folded = which.partition("-")
            texts = [getattr(line, attr) for line in self.lines]
            if folded:
                texts = [t.lower() if t.isascii() else _lexicon.case_fold(t) for t in texts]
            starts, at = [], 0
            for t in texts:
                starts.append(at)
                at += len(t) + 1
            joined = self._joined[which] = ("\n".join(texts), starts)
        return joined

    @staticmethod
    def _found(finder: re.Pattern, joined: str, starts: list[int]) -> set[int]:
        """Indexes of the lines in which ``finder`` finds something: one search per such line (a line
        with one is not searched further), none of the lines without. Exact for regexes without
        anchors or lookarounds: what they find in a line they find in the joined text, and no line
        holds a line break."""
        out: set[int] = set()
        search, pos, n = finder.search, 0, len(starts)
        while True:
            m = search(joined, pos)
            if m is None:
                return out
            index = bisect_right(starts, m.start()) - 1
            out.add(index)
            if index + 1 >= n:
                return out
            pos = starts[index + 1]

    def _patterns(self, key) -> set[int]:
        """Lines in which some pattern of these kinds may find something (see lexicon.pattern_trigger)."""
        _, kinds, on = key
        trigger = _lexicon.pattern_trigger(self.lex, kinds)
        if trigger is None:
            return set(range(len(self.lines)))
        anchored, finder, extras = trigger
        hit = self._found(finder, *self._text(on + "-folded")) if finder is not None else set()
        if anchored is not None or extras:
            match = anchored.match if anchored is not None else None
            for i, line in enumerate(self.lines):
                if i in hit:
                    continue
                text = getattr(line, on)
                if (extras and not text.isascii()) or (match is not None and match(text) is not None):
                    hit.add(i)
        return hit

    def _labels(self, key) -> set[int]:
        finder = _lexicon.label_trigger(self.lex, key[1])
        if finder is None:
            return set(range(len(self.lines)))
        return self._found(finder, *self._text("text-folded"))


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
