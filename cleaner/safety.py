"""The safety net: a clean that would keep much less prose than a conservative reading keeps the
conservative reading instead, and says so.

Evidence has a strength. Line-local and lexicon-anchored evidence (a copyright notice, a share
row, a byline printed again, a menu of one-word lines) can remove a line anywhere. Contextual
evidence (listed under a heading, outside the chosen article core, fenced by boilerplate) is only
as good as the choice it rests on: one wrong anchor and a whole article goes. The conservative
reading removes only what strong evidence shows; the article core is a bet on top of it, and a bet
that throws away most of the page's prose is not taken.
"""
from __future__ import annotations

from dataclasses import dataclass

from .document import Line, Verdict
from .thresholds import COMMENT_FIRST_ENTRY, COMMENT_MIN_ENTRIES, COMMENT_WINDOW, SAFETY_MIN_KEPT_SHARE, SAFETY_MIN_PROSE

# Rules whose claims rest on the line itself (its text, the lexicon) or on its own repetition, not
# on where the article core was placed. Every rule marked ``local`` is strong too (see is_strong).
STRONG_CONTEXT_RULES = frozenset({
    "header.scraper-field",   # "url: ..." at the top of the file
    "byline.split",           # a bare "By" line and the name under it
    "byline.name",            # a bare name next to a dateline or byline
    "byline.duplicate",       # a byline printed again
    "byline.bio",             # "Jane Doe is a reporter at ..."
    "duplicate.block",        # a paragraph printed twice: the first copy stays
    "duplicate.furniture",    # a widget row under every item
    "navigation.menu-run",    # four or more one-to-three-word lines: no prose
    "navigation.crumb-trail",
    "navigation.toc",         # a table of contents: its items are the headings printed below
    "template.site",          # on many of the site's pages
})
# Contextual rules: their claims hold only with the article core they assume.
WEAK_RULES = frozenset({
    "related.list",
    "related.tags-after-credits",
    "context.outside-core",
    "context.between-boilerplate",
})


# How a warning of the full fallback starts (the batch summary and the report name those documents).
FALLBACK_WARNING = "kept the conservative clean"


def fallbacks(warnings) -> list[str]:
    """The warnings that say the conservative reading was kept (not a graded restore's)."""
    return [w for w in warnings if w.startswith(FALLBACK_WARNING)]


def is_strong(rule_id: str, local_rules: frozenset[str]) -> bool:
    """Whether a claim by this rule may remove a line when nothing else agrees."""
    return rule_id in local_rules or rule_id in STRONG_CONTEXT_RULES


@dataclass(frozen=True, slots=True)
class Assessment:
    """How much of the document's prose a clean keeps, against the conservative reading."""

    prose: float       # weight of the prose lines the conservative reading keeps
    kept: float        # ... of those, the weight the clean keeps
    restored: int = 0  # paragraphs kept back from weak claims (restore_paragraph_runs)

    @property
    def kept_share(self) -> float:
        return self.kept / self.prose if self.prose else 1.0

    @property
    def falls_back(self) -> bool:
        return self.prose >= SAFETY_MIN_PROSE and self.kept_share < SAFETY_MIN_KEPT_SHARE

    @property
    def says_something(self) -> bool:
        return self.falls_back or self.restored > 0

    def warning(self) -> str:
        if not self.falls_back and self.restored:
            return (f"kept {self.restored} paragraphs outside the article core: the core alone kept "
                    f"{100 * self.kept_share:.0f}% of the prose that line-local evidence leaves")
        return (f"{FALLBACK_WARNING}: the article core would have kept {100 * self.kept_share:.0f}% "
                f"of the prose that line-local evidence leaves")


def _prose(line: Line) -> bool:
    return line.klass == "good"


def _entry_header(line: Line) -> bool:
    """A comment's header: 'Jane says', 'by jdoe (1234) writes:', its date, its rating. (Not a
    comment label, 'Kommentare', which the whole line is: the section's own heading, two
    paragraphs under a jump link of the same name.)"""
    verdict = line.verdict
    return verdict is not None and (verdict.category == "byline"
                                    or (verdict.rule == "promo.comments" and line.exact != "comments"))


def comment_section_start(lines: list[Line], after: int, until: int | None = None) -> int | None:
    """Where a comment section starts below line ``after``: a comment label or counter followed by
    entries, each with a header of its own (a name, a date) over its text. Two pieces of evidence
    that agree: a lone 'Comments' label between two paragraphs is not a comment section. Only
    labels before ``until`` are tried."""
    n = len(lines)
    for i in range(max(0, after), n if until is None else min(n, until)):
        verdict = lines[i].verdict
        if verdict is None or verdict.rule != "promo.comments":
            continue
        headers = prose = 0
        window = lines[i + 1 : i + 1 + COMMENT_WINDOW]
        first = next((k for k, line in enumerate(window[:COMMENT_FIRST_ENTRY]) if _entry_header(line)), None)
        if first is None:
            continue  # the entries start right under the label, or it labels something else
        if any(line.verdict is not None and line.verdict.rule == "promo.comments" and line.exact == "comments"
               for line in window[:first]):
            continue  # another comment label stands over the entries: theirs is the section's
        for line in window:
            if _entry_header(line):
                headers += prose > 0 or headers == 0  # a header per entry, with text between
                prose = 0
            elif (line.verdict is None or line.verdict.rule in WEAK_RULES) and line.weight >= 3:
                prose += 1
        if headers >= COMMENT_MIN_ENTRIES:
            return i
    return None


def assess(lines: list[Line], local_rules: frozenset[str], core_start: int | None = None,
           far: tuple[int, int] | None = None) -> Assessment:
    """Prose weight the conservative reading keeps, and how much of it the decision kept. A span
    kept past the page's footer on the core's evidence (``far``) does not count as kept: it
    cannot talk the net out of a fallback the core alone would need."""
    prose = kept = 0.0
    end = _conservative_end(lines, core_start)
    first, last = far if far is not None else (end, -1)
    for index, line in enumerate(lines[:end]):
        if not _prose(line):
            continue
        verdict = line.verdict
        if verdict is not None and line.keep is False and is_strong(verdict.rule, local_rules):
            continue
        prose += line.weight
        if line.keep and not first <= index <= last:
            kept += line.weight
    return Assessment(prose, kept)


def _conservative_end(lines: list[Line], core_start: int | None) -> int:
    """The conservative reading ends where a comment section below the article starts."""
    start = comment_section_start(lines, core_start if core_start is not None else 0)
    return len(lines) if start is None else start


def keep_conservative(lines: list[Line], local_rules: frozenset[str], core_start: int | None = None) -> None:
    """Keep every line that strong evidence does not remove; weak claims are withdrawn."""
    end = _conservative_end(lines, core_start)
    for index, line in enumerate(lines):
        if index >= end:
            line.keep = False
            if line.verdict is None or not is_strong(line.verdict.rule, local_rules):
                line.verdict = Verdict("context.comment-section", "context", f"in the comment section that starts at input line {lines[end].no}")
            continue
        verdict = line.verdict
        if verdict is not None and is_strong(verdict.rule, local_rules):
            line.keep = False
        else:
            line.keep = True
            line.verdict = None


def restore_paragraph_runs(lines: list[Line], local_rules: frozenset[str], min_weight: float,
                           notice=lambda run: False) -> int:
    """Keep runs of two or more paragraphs in a row (each of ``min_weight`` words or more) that only
    weak claims removed: sections of an article the core did not reach, where the core kept less
    than a safe share of the prose. Teasers (a headline between blurbs), comments (a name between
    entries) and cookie panels (a label between paragraphs) are not runs. Returns the lines kept."""
    restored = 0
    i, n = 0, len(lines)
    while i < n:
        j = i
        while j < n and _weakly_removed_paragraph(lines[j], local_rules, min_weight):
            j += 1
        if j - i >= 2 and not notice(lines[i:j]):  # (not a cookie panel or a legal disclosure)
            for line in lines[i:j]:
                line.keep = True
                line.verdict = None
            restored += j - i
        i = max(j, i + 1)
    return restored


def _weakly_removed_paragraph(line: Line, local_rules: frozenset[str], min_weight: float) -> bool:
    verdict = line.verdict
    return (not line.keep and verdict is not None and not is_strong(verdict.rule, local_rules)
            and line.klass == "good" and line.weight >= min_weight and not line.phrases)
