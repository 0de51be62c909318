"""The decision step: classify lines by shape, find the article core (the densest run of prose),
then keep the core minus boilerplate, plus the headline and standfirst just above it.

Like jusText, a line is judged with its neighbours; unlike it, the core is found globally, with a
maximum-sum run over per-line scores, which is linear in the number of lines.
"""
from __future__ import annotations

from dataclasses import dataclass

from .document import Line
from .rules import Context

GOOD, NEAR, SHORT, BAD = "good", "near", "short", "bad"

# Rule categories that mark the end of an article: the core does not reach across them.
_FENCE_RULES = ("promo.comments", "related.heading", "legal.copyright", "legal.footer-link", "related.list")
_TITLE_SKIP_CATEGORIES = ("byline", "header", "promo", "credits")
_TITLE_LOOKBACK = 15


def classify(line: Line, has_stopwords: bool) -> str:
    """good: prose; near: a short sentence; short: a label, menu item or headline; bad: a rule hit."""
    if line.verdict is not None:
        return BAD
    prose = not has_stopwords or line.stop_ratio >= 0.08
    if line.ends_sentence and line.weight >= 10 and prose:
        return GOOD
    if line.weight >= 25 and prose:
        return GOOD
    if line.ends_sentence and line.weight >= 4:
        return NEAR
    if line.weight >= 15 and prose:
        return NEAR
    return SHORT


def score(line: Line) -> float:
    k = line.klass
    if k == GOOD:
        return min(line.weight, 80.0)
    if k == NEAR:
        return line.weight * 0.5
    if k == SHORT:
        return -1.0 if line.weight <= 3.5 else -1.5
    if line.verdict and line.verdict[0] in _FENCE_RULES:
        return -25.0
    return -4.0


def best_run(scores: list[float]) -> tuple[int, int] | None:
    """The contiguous run with the largest total (Kadane); None when nothing is positive."""
    best_sum, best = 0.0, None
    run_sum, run_start = 0.0, 0
    for i, s in enumerate(scores):
        if run_sum <= 0:
            run_sum, run_start = s, i
        else:
            run_sum += s
        if run_sum > best_sum:
            best_sum, best = run_sum, (run_start, i)
    return best


@dataclass(slots=True)
class Decision:
    core: tuple[int, int] | None
    title: int | None
    description: int | None
    kept_byline: int | None


def decide(ctx: Context, outside_core: bool = True, between: bool = True) -> Decision:
    """Set ``keep`` on every line and record why lines outside the core go."""
    lines = ctx.lines
    has_stop = bool(ctx.lex.stopwords) and ctx.language is not None
    for line in lines:
        line.klass = classify(line, has_stop)
    core = best_run([score(line) for line in lines])
    if core is None:
        for line in lines:
            line.keep = line.verdict is None and not outside_core
            if line.keep is False and line.verdict is None:
                line.verdict = ("context.outside-core", "context", "no article prose found in the page")
        return Decision(None, None, None, None)
    start, end = core
    title = find_title(ctx, start) if outside_core else None
    for i, line in enumerate(lines):
        inside = start <= i <= end
        if line.verdict is not None:
            line.keep = False
        elif inside or not outside_core or i == title:
            line.keep = True
        elif title is not None and title < i < start and line.klass in (GOOD, NEAR):
            line.keep = True  # standfirst between headline and article
        else:
            line.keep = False
            line.verdict = ("context.outside-core", "context", "outside the article core")
    if between:
        _drop_short_between_boilerplate(lines, start, end)
    kept_byline = None
    if ctx.keep_byline:
        kept_byline = next((i for i, ln in enumerate(lines) if ln.verdict and ln.verdict[0] in ("byline.author", "byline.dateline", "byline.name")), None)
        if kept_byline is not None:
            lines[kept_byline].keep = True
    description = find_description(lines, title, start)
    return Decision(core, title, description, kept_byline)


def find_title(ctx: Context, core_start: int) -> int | None:
    """The headline: the nearest headline-shaped line above the core, past bylines and share bars."""
    lines = ctx.lines
    i = core_start - 1
    looked = 0
    while i >= 0 and looked < _TITLE_LOOKBACK:
        line = lines[i]
        looked += 1
        if line.verdict is not None:
            if line.verdict[1] in _TITLE_SKIP_CATEGORIES:
                i -= 1
                continue
            return None
        if line.klass in (GOOD, NEAR):
            i -= 1  # a standfirst: the headline is above it
            continue
        if 2 <= line.weight <= 40 and not line.bullet and not line.text.endswith((".", ":", "。")):
            return i
        i -= 1
    return None


def find_description(lines: list[Line], title: int | None, core_start: int) -> int | None:
    """A standfirst: the first kept paragraph after the headline, when a byline follows it."""
    if title is None:
        return None
    for i in range(title + 1, min(len(lines), core_start + 2)):
        if not lines[i].keep:
            continue
        nxt = i + 1
        if nxt < len(lines) and not lines[nxt].keep and lines[nxt].verdict and lines[nxt].verdict[1] == "byline":
            return i if lines[i].klass in (GOOD, NEAR) else None
        return None
    return None


def _drop_short_between_boilerplate(lines: list[Line], start: int, end: int) -> None:
    """Short unflagged lines inside the core, fenced by boilerplate on both sides, are boilerplate too."""
    i = start
    while i <= end:
        if lines[i].keep and lines[i].klass == SHORT:
            j = i
            while j <= end and lines[j].keep and lines[j].klass == SHORT:
                j += 1
            before = lines[i - 1] if i > 0 else None
            after = lines[j] if j < len(lines) else None
            if before is not None and after is not None and not before.keep and not after.keep \
                    and before.verdict and after.verdict and before.verdict[1] != "context" and after.verdict[1] != "context":
                for k in range(i, j):
                    lines[k].keep = False
                    lines[k].verdict = ("context.between-boilerplate", "context", "short line between boilerplate lines")
            i = j
        else:
            i += 1
