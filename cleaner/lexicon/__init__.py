"""Per-language word lists, loaded from the JSON files beside this module and compiled once.

The words are data; this module only turns them into fast matchers. A document is matched against
its own language plus English, because English widget labels appear on sites in every language.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources

FALLBACK = "en"


@lru_cache(maxsize=None)
def available() -> tuple[str, ...]:
    """Language codes that have a lexicon file, sorted."""
    files = resources.files(__name__)
    return tuple(sorted(p.name[:-5] for p in files.iterdir() if p.name.endswith(".json")))


@lru_cache(maxsize=None)
def load(language: str) -> dict:
    """The raw lexicon of one language (an empty one for a language we have no file for)."""
    if language not in available():
        return {}
    return json.loads(resources.files(__name__).joinpath(f"{language}.json").read_text("utf-8"))


def _is_cjk_char(ch: str) -> bool:
    o = ord(ch)
    return 0x2E80 <= o <= 0x9FFF or 0xAC00 <= o <= 0xD7AF or 0xF900 <= o <= 0xFAFF or 0xFF00 <= o <= 0xFFEF


def trie_regex(phrases) -> str:
    """An alternation of phrases built as a trie, so matching cost does not grow with the list.

    Phrases that start or end with a word character get word boundaries there, except in
    scripts written without spaces (CJK), where a boundary would never match inside text.
    """
    trie: dict = {}
    for phrase in sorted(set(p for p in phrases if p)):
        node = trie
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[""] = phrase

    def build(node: dict) -> str:
        end = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch != ""]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if end else body

    parts = []
    for ch, child in sorted(trie.items()):
        parts.append(re.escape(ch) + build(child))
    if not parts:
        return r"(?!x)x"
    return "(?:" + "|".join(parts) + ")"


def _bounded(phrases) -> str:
    """Split phrases into those needing word boundaries and those that do not (CJK, symbols)."""
    word, free = [], []
    for p in phrases:
        if p and p[0].isalnum() and not _is_cjk_char(p[0]) and p[-1].isalnum() and not _is_cjk_char(p[-1]):
            word.append(p)
        else:
            free.append(p)
    alts = []
    if word:
        alts.append(r"(?<!\w)" + trie_regex(word) + r"(?!\w)")
    if free:
        alts.append(trie_regex(free))
    return "|".join(alts) if alts else r"(?!x)x"


_SCRIPT_OF = {"zh": "cjk", "ja": "cjk", "ko": "cjk", "ru": "cyrillic"}
_SCRIPTS = {
    "cjk": re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uff00-\uffef]"),
    "cyrillic": re.compile(r"[\u0400-\u04ff]"),
}


def _alternation(regexes) -> re.Pattern | None:
    return re.compile("|".join(f"(?:{r})" for r in regexes), re.I) if regexes else None


# Speed only: the literal pre-check of structural patterns (see PatternSet.search). Off, every
# pattern is searched as it is; tests/test_differential.py checks both give the same output.
USE_GUARDS = True


@lru_cache(maxsize=1)
def _guards_possible() -> bool:
    """The pre-check reads how CPython's re module parses a pattern and folds case (re._parser,
    re._constants, re._casefix: read, never patched). Where a Python version lacks them, the
    pre-check is off and every pattern is searched as it is: slower, the same output."""
    try:
        from re import _casefix, _constants, _parser  # noqa: F401

        return hasattr(_parser, "parse") and hasattr(_casefix, "_EXTRA_CASES") and hasattr(_constants, "AT_BEGINNING")
    except ImportError:  # pragma: no cover - other Python versions
        return False


@dataclass(frozen=True)
class PatternSet:
    """The structural patterns of one kind: the document languages' own, plus those of languages in
    other scripts, tried only on lines that contain that script."""

    sources: tuple  # the document languages' own patterns, one source each
    extras: tuple

    @cached_property
    def own(self) -> re.Pattern | None:
        """The own patterns as one regex, compiled on first use (start-up compiles only what a
        document needs)."""
        return _alternation(self.sources)

    def search(self, text: str):
        if self.sources:
            guard = self._guard if USE_GUARDS else None
            if guard is None:
                found = self.own.search(text)
                if found:
                    return found
            else:
                # Most lines have none of the literals the patterns need: then no regex runs.
                anchored, literals, finder = guard
                if (anchored is not None and anchored.match(text) is not None) or _has_literal(text, literals, finder):
                    found = self.own.search(text)
                    if found:
                        return found
        if self.extras and not text.isascii():
            for script, source in self.extras:
                if script.search(text):
                    found = _compiled(source).search(text)
                    if found:
                        return found
        return None

    @cached_property
    def _guard(self) -> tuple | None:
        """(anchored, literals, finder) of the own patterns (see :func:`_split_guard`), or None
        when they are searched as they are."""
        if not self.sources or not _guards_possible():
            return None
        try:
            return _split_guard(self.sources)
        except Exception:  # noqa: BLE001 - an unexpected parse tree: search the patterns as they are
            return None


def literal_scan_possible() -> bool:
    """Whether :func:`pattern_trigger` and :func:`label_trigger` can tell anything (see
    :func:`_guards_possible`)."""
    return _guards_possible()


def pattern_trigger(lex: "Lexicon", kinds: tuple[str, ...]) -> tuple | None:
    """What a line needs for some pattern set of these kinds to find anything in it, for a scan of
    many lines at once: (whether some of the patterns are anchored at the start (see
    :func:`anchored_patterns`); the case-folded literals of which every match of the others contains
    one, and a regex finding them (None for none); whether patterns of other scripts apply to lines
    that are not ASCII). None when there is no such exact test: every line may match."""
    key = (lex.languages, kinds)
    if key not in _PATTERN_TRIGGERS:
        try:
            _PATTERN_TRIGGERS[key] = _pattern_trigger(lex, kinds) if _guards_possible() else None
        except Exception:  # noqa: BLE001 - an unexpected parse tree: no pre-check, the patterns decide
            _PATTERN_TRIGGERS[key] = None
    return _PATTERN_TRIGGERS[key]


_PATTERN_TRIGGERS: dict = {}


def _pattern_trigger(lex: "Lexicon", kinds: tuple[str, ...]) -> tuple | None:
    present = [lex.patterns[kind] for kind in kinds if lex.patterns.get(kind) is not None]
    extras = any(patterns.extras for patterns in present)
    parts = _guard_parts([source for patterns in present for source in patterns.sources])
    if parts is None:
        return None
    anchored, literals = parts
    return bool(anchored), tuple(sorted(_fewest(literals))), _scanner(literals), extras


def anchored_patterns(lex: "Lexicon") -> re.Pattern:
    """Every structural pattern of the lexicon that is anchored at the start of the text, as one
    regex (see :func:`pattern_trigger`)."""
    found = _ANCHORED.get(lex.languages)
    if found is None:
        sources = [source for patterns in lex.patterns.values() for source in patterns.sources]
        anchored = [source for source in sources if _anchored_at_start(source)]
        found = _ANCHORED[lex.languages] = _alternation(anchored) or _NOTHING
    return found


_ANCHORED: dict = {}


def label_trigger(lex: "Lexicon", fields: tuple[str, ...]) -> tuple[tuple[str, ...], re.Pattern] | None:
    """The case-folded words that label these fields, and a regex finding them, for finding in
    case-folded text every word the label regexes (compiled with ``re.I``) find; None when some
    label is too short to tell anything."""
    key = (lex.languages, fields)
    if key not in _LABEL_TRIGGERS:
        literals = {case_fold(word) for field in fields for word in lex.label_words.get(field, ())}
        _LABEL_TRIGGERS[key] = (None if any(_weak(x) for x in literals)
                                else (tuple(sorted(_fewest(literals))), _scanner(literals) or _NOTHING))
    return _LABEL_TRIGGERS[key]


_LABEL_TRIGGERS: dict = {}


_NOTHING = re.compile(r"(?!x)x")


def _fewest(literals) -> set:
    """The literals without those that contain another: a text has one of them exactly when it
    has one of all."""
    return {x for x in literals if not any(y != x and y in x for y in literals)}


def _scanner(literals) -> re.Pattern | None:
    """One regex finding any of the literals (longest first), None for none."""
    literals = _fewest(literals)
    if not literals:
        return None
    return re.compile("|".join(re.escape(x) for x in sorted(literals, key=lambda x: (-len(x), x))))


def _has_literal(text: str, literals: tuple, finder: re.Pattern | None) -> bool:
    """One of the (case-folded) literals is in the text, matched as ``re.I`` matches."""
    folded = text.lower() if text.isascii() else case_fold(text)
    if finder is not None:
        return finder.search(folded) is not None
    for literal in literals:
        if literal in folded:
            return True
    return False


# Case-insensitive regexes match a character to another when their simple lowercase forms are equal
# or are one of a few extra pairs ('s' and 'ſ', 'i' and 'ı', 'σ' and 'ς' ...): one key for them all.
@lru_cache(maxsize=1)
def _extra_cases() -> tuple[dict, re.Pattern | None]:
    try:
        from re._casefix import _EXTRA_CASES
    except ImportError:  # pragma: no cover - other Python versions
        return {}, None
    table = {}
    for char, others in _EXTRA_CASES.items():
        key = min([char, *others])
        if key != char:
            table[char] = key
    return table, re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(table)) + "]")


def case_fold(text: str) -> str:
    """A key for case-insensitive literal tests: two strings match under ``re.I`` character by
    character only if their keys are equal (lowercase, 'İ' as 'i', extra pairs as one)."""
    if "\u0130" in text:
        text = text.replace("\u0130", "i")  # its simple lowercase (str.lower adds a combining dot)
    folded = text.lower()
    table, special = _extra_cases()
    if special is not None and special.search(folded):
        folded = folded.translate(table)
    return folded


# More literals than this are looked for with one regex, fewer one by one.
_LITERALS_BY_REGEX = 8


def _split_guard(sources: tuple) -> tuple | None:
    """(anchored, literals, finder) for pattern sources: the patterns anchored at the start of the
    text as one regex (None if none), and the case-folded literals of which every match of the other
    patterns contains one (with a regex finding them when there are many). Exact: the patterns can
    match only where the anchored ones match at the start or a literal is present. None when some
    pattern has no telling literal, or all are anchored (then one search costs as little)."""
    parts = _guard_parts(sources)
    if parts is None or not parts[1]:
        return None
    anchored, literals = parts
    ordered, finder = _literal_finder(literals)
    return _alternation(anchored), ordered, finder


def _guard_parts(sources) -> tuple[list, set] | None:
    """(the sources anchored at the start of the text, the case-folded literals of which every
    match of the others contains one); None when some pattern has no telling literal."""
    from re import _constants as sre, _parser

    anchored, literals = [], set()
    for source in sources:
        items = list(_parser.parse(source, re.I))
        if _anchored_items(items, sre):
            anchored.append(source)
            continue
        found = _required_literals(items, sre)
        if found is None:
            return None
        literals |= {case_fold(x) for x in found}
    if any(_weak(x) for x in literals):
        return None
    return anchored, literals


def _anchored_at_start(source: str) -> bool:
    from re import _constants as sre, _parser

    return _anchored_items(list(_parser.parse(source, re.I)), sre)


def _anchored_items(items, sre) -> bool:
    return bool(items) and items[0] == (sre.AT, sre.AT_BEGINNING)


def _literal_finder(literals: set) -> tuple[tuple, re.Pattern | None]:
    """The literals in order, and one regex finding them when there are many (longest first)."""
    ordered = tuple(sorted(literals))
    if len(ordered) <= _LITERALS_BY_REGEX:
        return ordered, None
    return ordered, re.compile("|".join(re.escape(x) for x in sorted(literals, key=len, reverse=True)))


_MAX_CLASS_LITERALS = 12


def _required_literals(items, sre) -> set | None:
    """Strings one of which every match of the sequence ``items`` contains (None if unknown)."""
    candidates, run = [], []
    for op, av in items:
        if op is sre.LITERAL:
            run.append(chr(av))
            continue
        if run:
            candidates.append({"".join(run)})
            run = []
        found = None
        if op is sre.SUBPATTERN:
            found = _required_literals(av[3], sre)
        elif op is sre.ATOMIC_GROUP:
            found = _required_literals(av, sre)
        elif op is sre.BRANCH:
            each = [_required_literals(b, sre) for b in av[1]]
            found = None if any(x is None for x in each) else set().union(*each)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and av[0] >= 1:
            found = _required_literals(av[2], sre)
        elif op is sre.IN:
            chars: set | None = set()
            for o, a in av:
                if o is sre.LITERAL:
                    chars.add(chr(a))
                elif o is sre.RANGE and a[1] - a[0] < _MAX_CLASS_LITERALS:
                    chars.update(chr(c) for c in range(a[0], a[1] + 1))
                else:
                    chars = None
                    break
            if chars and len(chars) <= _MAX_CLASS_LITERALS:
                found = chars
        if found:
            candidates.append(found)
    if run:
        candidates.append({"".join(run)})
    if not candidates:
        return None
    return max(candidates, key=lambda c: (min(_strength(x) for x in c), -len(c)))


def _strength(literal: str) -> int:
    """How telling a literal is: its length, a letter other scripts rarely use counting more."""
    return sum(1 if ch.isascii() and (ch.isalnum() or ch.isspace()) else 3 for ch in literal)


def _weak(literal: str) -> bool:
    """A single letter, digit or space: nearly every line has one, so it tells nothing."""
    return len(literal) <= 1 and (not literal or literal.isalnum() or literal.isspace())


@lru_cache(maxsize=None)
def _compiled(source: str) -> re.Pattern:
    """Foreign-script patterns are compiled on first use: most documents never need them."""
    return re.compile(source, re.I)


@dataclass(frozen=True)
class Lexicon:
    """The merged, compiled word lists for one set of languages."""

    languages: tuple[str, ...]
    stopwords: frozenset
    months: dict
    weekdays: frozenset
    exact: dict            # normalised whole line -> kind
    contains_kind: dict     # phrase -> kind
    patterns: dict          # kind -> PatternSet of structural patterns
    labels: dict            # field -> compiled regex matching "label:" / "label " at line start
    label_words: dict       # field -> set of label phrases
    home: frozenset
    roles: frozenset                # job words that mark a line as a role, not a name ("Staff Writer")
    phrase_first_tokens: frozenset  # first word of every phrase that starts with a word
    free_phrase_start: re.Pattern   # first character of every other phrase ("©", "(", CJK)

    @cached_property
    def contains(self) -> re.Pattern:
        """Finds phrases in a lowercased line (compiled on first use: most short documents never
        get past the cheap pre-checks)."""
        return re.compile(_bounded(sorted(self.contains_kind)))


class _Labels(dict):
    """field -> compiled regex matching "label:" / "label " at line start, compiled on first use."""

    def __init__(self, words: dict[str, list]):
        super().__init__()
        self._words = words

    def get(self, fieldname, default=None):
        found = dict.get(self, fieldname)
        if found is None:
            if fieldname not in self._words:
                return default
            found = self.__missing__(fieldname)
        return found

    def __missing__(self, fieldname):
        words = self._words[fieldname]  # KeyError for a field without labels
        # A label is followed by a colon (ASCII or full-width), or by a space before a name.
        compiled = self[fieldname] = re.compile(r"^(?:" + _bounded(words) + r")\s*(?:[:：]\s*|\s+)", re.I)
        return compiled

    def __contains__(self, fieldname):
        return fieldname in self._words

    def keys(self):
        return self._words.keys()

    def __iter__(self):
        return iter(self._words)

    def __len__(self):
        return len(self._words)


@lru_cache(maxsize=64)
def lexicon_for(languages: tuple[str, ...]) -> Lexicon:
    """Compile the lexicons of the given languages (first one wins on conflicting kinds)."""
    stop: set = set()
    months: dict = {}
    weekdays: set = set()
    exact: dict = {}
    contains_kind: dict = {}
    patterns: dict = {}
    label_words: dict = {}
    home: set = set()
    roles: set = set()
    for lang in languages:
        data = load(lang)
        if not data:
            continue
        stop.update(data.get("stopwords", ()))
        for k, v in data.get("months", {}).items():
            months.setdefault(k, v)
        weekdays.update(data.get("weekdays", ()))
        for kind, phrases in data.get("exact", {}).items():
            for p in phrases:
                exact.setdefault(p, kind)
        for kind, phrases in data.get("contains", {}).items():
            for p in phrases:
                contains_kind.setdefault(p, kind)
        for fieldname, words in data.get("labels", {}).items():
            label_words.setdefault(fieldname, set()).update(words)
        home.update(data.get("home", ()))
        roles.update(data.get("roles", ()))
    # Structural patterns (registration numbers, "© 2024") of the document's languages apply to
    # every line; those of languages in other scripts apply to lines written in that script, since
    # foreign footers are common (English pages with Chinese licence lines).
    for lang in languages:
        for kind, regexes in load(lang).get("patterns", {}).items():
            patterns.setdefault(kind, []).extend(regexes)
    extras: dict[str, dict[str, list]] = {}
    for lang in available():
        script = _SCRIPT_OF.get(lang)
        if script is None or lang in languages:
            continue
        for kind, regexes in load(lang).get("patterns", {}).items():
            extras.setdefault(kind, {}).setdefault(script, []).extend(regexes)
    labels = _Labels({fieldname: sorted(words) for fieldname, words in label_words.items()})
    compiled_patterns = {
        kind: PatternSet(
            tuple(patterns.get(kind, ())),
            tuple(
                (_SCRIPTS[script], "|".join(f"(?:{r})" for r in regexes))
                for script, regexes in sorted(extras.get(kind, {}).items())
            ),
        )
        for kind in sorted(set(patterns) | set(extras))
    }
    return Lexicon(
        languages=languages,
        stopwords=frozenset(stop),
        months=months,
        weekdays=frozenset(weekdays),
        exact=exact,
        contains_kind=contains_kind,
        patterns=compiled_patterns,
        labels=labels,
        label_words={k: frozenset(v) for k, v in label_words.items()},
        home=frozenset(home),
        roles=frozenset(roles),
        phrase_first_tokens=frozenset(_first_token(p) for p in contains_kind if _first_token(p)),
        free_phrase_start=re.compile(
            "[" + "".join(sorted({re.escape(p[0]) for p in contains_kind if p and not _first_token(p)})) + "]"
            if any(p and not _first_token(p) for p in contains_kind) else r"(?!x)x"
        ),
    )


def _first_token(phrase: str) -> str | None:
    m = re.match(r"[^\W_]+", phrase)
    if not m or _is_cjk_char(phrase[0]):
        return None
    return m.group(0)


# Labels that introduce a name without a colon ("By Jane Doe", "Von Max Muster", "Par Jeanne Dupont").
_BY_WORDS = frozenset(("by", "von", "par", "por", "di", "da", "door", "av", "af", "oleh", "de"))
_BY_ENDINGS = (" by", " von", " par", " por", " di", " da", " oleh")


@lru_cache(maxsize=64)
def label_finder(languages: tuple[str, ...], fieldnames: tuple[str, ...]) -> re.Pattern:
    """Finds 'label:' anywhere in a line for the given fields; group names are the field names.

    Labels ending in a word like 'by' may be followed by a space; others need a colon.
    """
    lex = lexicon_for(languages)
    groups = []
    for fieldname in fieldnames:
        words = sorted(lex.label_words.get(fieldname, ()), key=len, reverse=True)
        if not words:
            continue
        with_colon = _bounded(words)
        by_words = [w for w in words if w.endswith(_BY_ENDINGS) or w in _BY_WORDS]
        alt = rf"(?:{with_colon})\s*[:：]"
        if by_words:
            alt += rf"|(?:{_bounded(by_words)})\s+"
        groups.append(rf"(?P<{fieldname}>{alt})")
    if not groups:
        return re.compile(r"(?!x)x")
    return re.compile(r"(?:^|(?<=[\s|;,/(（【\[]))(?:" + "|".join(groups) + ")", re.I)


@lru_cache(maxsize=64)
def label_starts(languages: tuple[str, ...], fieldnames: tuple[str, ...]) -> frozenset:
    """First words of the labels of these fields, for a cheap check before the label regex."""
    lex = lexicon_for(languages)
    return frozenset(w.split()[0] for f in fieldnames for w in lex.label_words.get(f, ()) if w.split())
