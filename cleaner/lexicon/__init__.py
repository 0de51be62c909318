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


def word_bounded(phrase: str) -> bool:
    """A phrase found only as whole words: it starts and ends with a letter or digit of a script
    written with spaces (see :func:`_bounded`)."""
    return bool(phrase) and phrase[0].isalnum() and not _is_cjk_char(phrase[0]) \
        and phrase[-1].isalnum() and not _is_cjk_char(phrase[-1])


def _bounded(phrases) -> str:
    """Split phrases into those needing word boundaries and those that do not (CJK, symbols)."""
    word, free = [], []
    for p in phrases:
        if word_bounded(p):
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

# Characters of regex syntax: a pattern with none of them finds only itself.
_REGEX_SYNTAX = frozenset(".^$*+?{}[]\\|()")


def pattern_entry(item: str | dict) -> tuple[str, tuple[str, ...] | None]:
    """(source, needs) of one pattern of a lexicon file (README: ``patterns``). ``needs`` are the
    case-folded literals one of which every match contains: declared beside the pattern
    (``{"re": ..., "needs": [...]}``), or the pattern itself when it has no regex syntax; () for a
    pattern anchored at the start of the text (``^...``, found by one match at the start); None when
    nothing is known (the pattern is then searched on every line)."""
    if isinstance(item, dict):
        return item["re"], tuple(case_fold(x) for x in item["needs"])
    if item.startswith("^"):
        return item, ()
    if not _REGEX_SYNTAX.intersection(item):
        return item, (case_fold(item),)
    return item, None


def anchored(source: str) -> bool:
    """A pattern that can match only at the start of the text (the lexicon's README: a pattern
    starting with ``^`` is anchored as a whole; tests/test_lexicon.py holds the files to it)."""
    return source.startswith("^")


@dataclass(frozen=True)
class PatternSet:
    """The structural patterns of one kind: the document languages' own, plus those of languages in
    other scripts, tried only on lines that contain that script."""

    sources: tuple  # the document languages' own patterns, one source each
    extras: tuple
    # for each source, what every match of it contains (see :func:`pattern_entry`); None: unknown
    needs: tuple | None = None

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
                anchored_ones, literals, finder = guard
                if (anchored_ones is not None and anchored_ones.match(text) is not None) or _has_literal(text, literals, finder):
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
        if not self.sources or self.needs is None:
            return None
        return _split_guard(self.sources, self.needs)


def pattern_trigger(lex: "Lexicon", kinds: tuple[str, ...]) -> tuple | None:
    """What a line needs for some pattern set of these kinds to find anything in it, for a scan of
    many lines at once: (whether some of the patterns are anchored at the start (see
    :func:`anchored_patterns`); the case-folded literals of which every match of the others contains
    one, and a regex finding them (None for none); a regex finding a letter of the other scripts
    whose patterns apply to lines that have one (None for none)). None when there is no such exact
    test: every line may match."""
    key = (lex.languages, kinds)
    if key not in _PATTERN_TRIGGERS:
        _PATTERN_TRIGGERS[key] = _pattern_trigger(lex, kinds)
    return _PATTERN_TRIGGERS[key]


_PATTERN_TRIGGERS: dict = {}


def _pattern_trigger(lex: "Lexicon", kinds: tuple[str, ...]) -> tuple | None:
    present = [lex.patterns[kind] for kind in kinds if lex.patterns.get(kind) is not None]
    scripts = sorted({script.pattern for patterns in present for script, _ in patterns.extras})
    extras = re.compile("|".join(scripts)) if scripts else None
    if any(patterns.needs is None for patterns in present):
        return None
    parts = _guard_parts([source for patterns in present for source in patterns.sources],
                         [need for patterns in present for need in patterns.needs])
    if parts is None:
        return None
    anchored_ones, literals = parts
    return bool(anchored_ones), tuple(sorted(_fewest(literals))), _scanner(literals), extras


def anchored_patterns(lex: "Lexicon", kinds: tuple[str, ...] | None = None) -> re.Pattern:
    """Every structural pattern of the lexicon (or of these kinds) that is anchored at the start
    of the text, as one regex (see :func:`pattern_trigger`)."""
    key = (lex.languages, kinds)
    found = _ANCHORED.get(key)
    if found is None:
        chosen = lex.patterns.values() if kinds is None else [lex.patterns[k] for k in kinds if lex.patterns.get(k) is not None]
        sources = [source for patterns in chosen for source in patterns.sources]
        found = _ANCHORED[key] = _alternation([s for s in sources if anchored(s)]) or _NOTHING
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


# Characters ``re.I`` matches to one another although their lowercase forms differ: those with the
# same uppercase ('i' and dotless 'ı' are both 'I', 's' and long 'ſ' both 'S', 'σ' and 'ς' both 'Σ').
# Found as CPython finds its own table (str.upper, then str.lower, over every code point);
# tests/test_differential.py finds them again and checks re.I against case_fold.
_SAME_UNDER_IGNORECASE = (
    "i\u0131", "s\u017f", "\u00b5\u03bc", "\u0345\u03b9\u1fbe", "\u0390\u1fd3", "\u03b0\u1fe3", "\u03b2\u03d0",
    "\u03b5\u03f5", "\u03b8\u03d1", "\u03ba\u03f0", "\u03c0\u03d6", "\u03c1\u03f1", "\u03c3\u03c2", "\u03c6\u03d5",
    "\u0432\u1c80", "\u0434\u1c81", "\u043e\u1c82", "\u0441\u1c83", "\u0442\u1c84\u1c85", "\u044a\u1c86",
    "\u0463\u1c87", "\u1c88\ua64b", "\u1e61\u1e9b", "\ufb05\ufb06",
)
# each of them but the first (the smallest) of its group -> that first one
_CASE_KEYS = {ord(char): ord(min(group)) for group in _SAME_UNDER_IGNORECASE for char in group if char != min(group)}
_NEEDS_CASE_KEY = re.compile("[" + "".join(chr(c) for c in sorted(_CASE_KEYS)) + "]")


def case_fold(text: str) -> str:
    """A key for case-insensitive literal tests: two strings match under ``re.I`` character by
    character only if their keys are equal (lowercase, 'İ' as 'i', extra pairs as one)."""
    if "\u0130" in text:
        text = text.replace("\u0130", "i")  # its simple lowercase (str.lower adds a combining dot)
    folded = text.lower()
    if _NEEDS_CASE_KEY.search(folded):
        folded = folded.translate(_CASE_KEYS)
    return folded


# More literals than this are looked for with one regex, fewer one by one.
_LITERALS_BY_REGEX = 8


def _split_guard(sources: tuple, needs: tuple) -> tuple | None:
    """(anchored, literals, finder) for pattern sources: the patterns anchored at the start of the
    text as one regex (None if none), and the case-folded literals of which every match of the other
    patterns contains one (with a regex finding them when there are many). Exact: the patterns can
    match only where the anchored ones match at the start or a literal is present. None when some
    pattern has no telling literal, or all are anchored (then one search costs as little)."""
    parts = _guard_parts(sources, needs)
    if parts is None or not parts[1]:
        return None
    anchored_ones, literals = parts
    ordered, finder = _literal_finder(literals)
    return _alternation(anchored_ones), ordered, finder


def _guard_parts(sources, needs) -> tuple[list, set] | None:
    """(the sources anchored at the start of the text, the case-folded literals of which every
    match of the others contains one); None when some pattern has no telling literal."""
    anchored_ones, literals = [], set()
    for source, need in zip(sources, needs, strict=True):
        if anchored(source):
            anchored_ones.append(source)
        elif not need:
            return None
        else:
            literals.update(need)
    if any(_weak(x) for x in literals):
        return None
    return anchored_ones, literals


def _literal_finder(literals: set) -> tuple[tuple, re.Pattern | None]:
    """The literals in order, and one regex finding them when there are many (longest first)."""
    ordered = tuple(sorted(literals))
    if len(ordered) <= _LITERALS_BY_REGEX:
        return ordered, None
    return ordered, re.compile("|".join(re.escape(x) for x in sorted(literals, key=len, reverse=True)))


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
        for kind, entries in load(lang).get("patterns", {}).items():
            patterns.setdefault(kind, []).extend(pattern_entry(entry) for entry in entries)
    extras: dict[str, dict[str, list]] = {}
    for lang in available():
        script = _SCRIPT_OF.get(lang)
        if script is None or lang in languages:
            continue
        for kind, entries in load(lang).get("patterns", {}).items():
            extras.setdefault(kind, {}).setdefault(script, []).extend(pattern_entry(entry)[0] for entry in entries)
    labels = _Labels({fieldname: sorted(words) for fieldname, words in label_words.items()})
    compiled_patterns = {
        kind: PatternSet(
            tuple(source for source, _ in patterns.get(kind, ())),
            tuple(
                (_SCRIPTS[script], "|".join(f"(?:{r})" for r in regexes))
                for script, regexes in sorted(extras.get(kind, {}).items())
            ),
            tuple(needs for _, needs in patterns.get(kind, ())),
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
