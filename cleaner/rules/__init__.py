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
    document's new lines are sorted out together (:func:`selected_by_lines`): a weight no greater
    than ``max_weight`` and, when triggers are declared, at least one of them. Exact, never a guess:
    a line without them fails the test; the test still decides on the lines that have them."""

    max_weight: float = math.inf
    patterns: tuple[str, ...] = ()  # lexicon pattern kinds that may find something in the line...
    on: str = "text"                # ... searching ``line.text`` or ``line.lower``
    labels: tuple[str, ...] = ()    # label fields one of whose words is in the line's text
    keys: tuple[str, ...] = ()      # label fields one of whose words is the line's whole ``key``
    literals: tuple[str, ...] = ()  # strings one of which is in the line's text, as given
    found: re.Pattern | None = None  # finds something in the line's text (no anchors, no lookarounds)
    phrases: tuple[str, ...] = ()   # kinds found in ``line.phrases``
    exact: tuple[str, ...] = ()     # kinds ``line.exact`` may be
    test: Callable[[Line], bool] | None = None  # or a cheap test of the line passes
    upto: float | None = None       # or the line is no heavier than this

    @property
    def triggered(self) -> bool:
        return bool(self.patterns or self.labels or self.keys or self.literals or self.found is not None or self.phrases
                    or self.exact or self.test is not None or self.upto is not None)


def needs(**declared):
    """Declare what a select test needs of a line (see :class:`Needs`)."""

    def wrap(select):
        select.needs = Needs(**declared)
        return select

    return wrap


# Speed only: select tests run on the lines that have what they declare they need (see Needs). Off,
# every select test runs on every new line; tests/test_differential.py checks both give the same output.
USE_TRIGGERS = True
# Fewer new lines than this are tested one by one: setting a scan up (and, the first time, compiling
# what it looks for) costs more than it saves on them (a short article piped in, at start-up).
_SCAN_MIN_LINES = 12


def selected_by(line: Line, lex: Lexicon) -> tuple[str, ...]:
    """Ids of the rules whose select test the line passes (computed once per distinct text)."""
    return tuple(r.info.id for r in _selecting_rules() if r.select(line, lex))


def selected_by_lines(lines: list[Line], lex: Lexicon) -> list[tuple[str, ...]]:
    """:func:`selected_by` of each of a document's new lines. What the select tests declare they
    need is looked for in one scan of all the lines, and each test runs only on the lines that have
    it: most tests pass on under 1% of lines."""
    if not USE_TRIGGERS or len(lines) < _SCAN_MIN_LINES:
        return [selected_by(line, lex) for line in lines]
    found: list[list[str]] = [[] for _ in lines]
    scan = _Scan(lines, lex)
    for r in _selecting_rules():
        select, rule_id = r.select, r.info.id
        for index in scan.candidates(getattr(select, "needs", None)):
            if select(lines[index], lex):
                found[index].append(rule_id)
    return [tuple(ids) for ids in found]


# Lines are gathered for a trigger by weight: a test's trigger is looked for only among the lines
# of the smallest of these bounds that holds its own (most characters are in long prose lines).
_WEIGHT_BUCKETS = (25, math.inf)
# Up to this many literals are looked for one by one with str.find, more with one regex.
_FIND_ONE_BY_ONE = 24


class _Scan:
    """The lines of one batch that have each trigger, each looked for once over the batch."""

    def __init__(self, lines: list[Line], lex: Lexicon):
        self.lines = lines
        self.lex = lex
        self._cache: dict = {}

    def candidates(self, declared: Needs | None):
        lines = self.lines
        if declared is None:
            return range(len(lines))
        limit = declared.max_weight
        if not declared.triggered:
            return [i for i, line in enumerate(lines) if line.weight <= limit]
        bucket = _bucket(limit)
        hit: set[int] = set()
        if declared.patterns:
            hit |= self._patterns(declared, bucket)
        if declared.labels:
            words = _lexicon.label_trigger(self.lex, declared.labels)
            if words is None:
                hit |= set(self._subset(bucket))
            elif len(words[0]) <= _FIND_ONE_BY_ONE:
                hit |= self._literals(words[0], "text-folded", bucket)
            else:
                hit |= self._found(words[1], "text-folded", bucket)
        if declared.keys:
            words = frozenset().union(*(self.lex.label_words.get(f, ()) for f in declared.keys))
            hit |= {i for i in self._subset(bucket) if lines[i].key in words}
        if declared.literals:
            hit |= self._literals(declared.literals, "text", bucket)
        if declared.found is not None:
            hit |= self._found(declared.found, "text", bucket)
        if declared.phrases:
            kinds = declared.phrases
            hit |= {i for i in self._subset(bucket) if lines[i].phrases and any(k in lines[i].phrases for k in kinds)}
        if declared.exact:
            kinds = declared.exact
            hit |= {i for i in self._subset(bucket) if lines[i].exact in kinds}
        if declared.test is not None:
            test = declared.test
            hit |= {i for i in self._subset(bucket) if test(lines[i])}
        if declared.upto is not None:
            upto = declared.upto
            hit |= {i for i in self._subset(bucket) if lines[i].weight <= upto}
        return [i for i in sorted(hit) if lines[i].weight <= limit]

    def _subset(self, bucket: float) -> list[int]:
        """Indexes of the lines no heavier than ``bucket``."""
        key = ("subset", bucket)
        found = self._cache.get(key)
        if found is None:
            found = self._cache[key] = [i for i, line in enumerate(self.lines) if line.weight <= bucket]
        return found

    def _text(self, which: str, bucket: float) -> tuple[str, list[int], list[int]]:
        """The ``text`` ("text") or ``lower`` ("lower") of the lines no heavier than ``bucket``, or its
        case-folded form ("text-folded", "lower-folded", as :func:`lexicon.case_fold`), joined by line
        breaks; where each line starts in it, and its index."""
        key = ("text", which, bucket)
        joined = self._cache.get(key)
        if joined is None:
            attr, _, folded = which.partition("-")
            indexes = self._subset(bucket)
            lines = self.lines
            if not folded:
                texts = [getattr(lines[i], attr) for i in indexes]
            else:
                # An ASCII line's lower is its text lowercased, which is its case-folded form too.
                texts = [line.lower if getattr(line, attr).isascii() else _lexicon.case_fold(getattr(line, attr))
                         for line in (lines[i] for i in indexes)]
            starts, at = [], 0
            for t in texts:
                starts.append(at)
                at += len(t) + 1
            joined = self._cache[key] = ("\n".join(texts), starts, indexes)
        return joined

    def _found(self, finder: re.Pattern, which: str, bucket: float) -> set[int]:
        """Indexes of the lines in which ``finder`` finds something: one search per such line (a line
        with one is not searched further). Exact for regexes without anchors or lookarounds: what
        they find in a line they find in the joined text, and no line holds a line break."""
        key = ("found", finder, which, bucket)
        out = self._cache.get(key)
        if out is not None:
            return out
        out = self._cache[key] = set()
        joined, starts, indexes = self._text(which, bucket)
        search, pos, n = finder.search, 0, len(starts)
        while n:
            m = search(joined, pos)
            if m is None:
                break
            at = bisect_right(starts, m.start()) - 1
            out.add(indexes[at])
            if at + 1 >= n:
                break
            pos = starts[at + 1]
        return out

    def _literals(self, literals: tuple[str, ...], which: str, bucket: float) -> set[int]:
        """Indexes of the lines whose text (see :meth:`_text`) contains one of the literals (each
        looked for with str.find, much faster than a regex of them all while they are few)."""
        joined, starts, indexes = self._text(which, bucket)
        out: set[int] = set()
        n = len(starts)
        for literal in literals:
            pos = joined.find(literal)
            while pos >= 0:
                at = bisect_right(starts, pos) - 1
                out.add(indexes[at])
                if at + 1 >= n:
                    break
                pos = joined.find(literal, starts[at + 1])
        return out

    def _patterns(self, declared: Needs, bucket: float) -> set[int]:
        """Lines in which some pattern of the declared kinds may find something (see lexicon.pattern_trigger):
        one of the literals the patterns need, a match of any pattern anchored at the start, or, where
        patterns of other scripts apply, a letter of one of those scripts."""
        on = declared.on
        trigger = _lexicon.pattern_trigger(self.lex, declared.patterns)
        if trigger is None:
            return set(self._subset(bucket))
        anchored, literals, finder, extras = trigger
        if not literals:
            hit = set()
        elif len(literals) <= _FIND_ONE_BY_ONE:
            hit = self._literals(literals, on + "-folded", bucket)
        else:
            hit = set(self._found(finder, on + "-folded", bucket))
        if anchored:
            hit |= self._anchored(_anchored_kinds(declared.patterns, on, bucket), on, bucket)
        if extras is not None:
            hit |= self._found(extras, on, bucket)
        return hit

    def _anchored(self, kinds: tuple[str, ...], on: str, bucket: float) -> set[int]:
        """Lines no heavier than ``bucket`` at whose start some anchored pattern of these kinds
        matches (see :func:`_anchored_kinds`: a superset of those where the patterns of one
        test's kinds match; few lines have any)."""
        key = ("anchored", kinds, on, bucket)
        out = self._cache.get(key)
        if out is None:
            match = _lexicon.anchored_patterns(self.lex, kinds).match
            lines = self.lines
            out = self._cache[key] = {i for i in self._subset(bucket) if match(getattr(lines[i], on)) is not None}
        return out


@lru_cache(maxsize=None)
def _anchored_kinds(kinds: tuple[str, ...], on: str, bucket: float) -> tuple[str, ...]:
    """The pattern kinds whose anchored patterns are matched together for a select test that
    declares ``kinds``, searching ``on`` among the lines of ``bucket``: its own and those of every
    other test that searches the same lines the same way, so that one match per line serves them
    all (a match of any pattern of the union is a superset of a match of one test's)."""
    shared = {kind for r in _selecting_rules() for kind in _declared_patterns(r, on, bucket)}
    return tuple(sorted(shared.union(kinds)))


def _declared_patterns(r: Rule, on: str, bucket: float) -> tuple[str, ...]:
    declared = getattr(r.select, "needs", None)
    if declared is None or declared.on != on or _bucket(declared.max_weight) != bucket:
        return ()
    return declared.patterns


def _bucket(limit: float) -> float:
    """The smallest of the weight buckets that holds lines up to ``limit`` (see _WEIGHT_BUCKETS)."""
    return next(b for b in _WEIGHT_BUCKETS if limit <= b)


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
