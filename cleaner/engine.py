"""The text engine: parse, annotate with rules, decide, render; repeated until the output is stable,
so that cleaning clean text changes nothing."""
from __future__ import annotations

from functools import lru_cache
from typing import Callable

import dataclasses

from . import language as language_mod
from .decide import decide, site_notice
from .document import Line, Verdict, numbered_lines, verbatim_lines
from .features import analyse, features_of
from .lexicon import lexicon_for
from .metadata import assemble
from .model import Removal, Result
from .options import Options
from .rules import Context, Rule, all_rules, selected_by_lines
from . import safety
from .thresholds import GRADED_KEPT_SHARE, LONG_SECTION_PARAGRAPH_WEIGHT, SAFETY_MIN_PROSE


@lru_cache(maxsize=1)
def _local_rule_ids() -> frozenset[str]:
    return frozenset(r.info.id for r in all_rules() if r.local)

# Each extra pass only runs on what the previous pass kept; two passes are the norm.
_MAX_PASSES = 4


def clean_text(text: str, options: Options | None = None, metadata: dict | None = None,
               after_decide: Callable[[list[Line]], None] | None = None) -> Result:
    """Clean plain text. ``metadata`` (e.g. from an HTML extractor) wins over harvested fields.

    ``after_decide`` (the HTML front end's post-extraction policy, :mod:`cleaner.html`) is called
    on the lines after each pass's decision and may take removals back (``keep``/``verdict``)."""
    options = options or Options()
    if not isinstance(text, str):
        raise TypeError(f"clean() takes str, not {type(text).__name__}")
    numbered = numbered_lines(text)
    sample = None
    if options.language == "und":  # forced: no language, English lexicon only
        language = None
    else:
        sample, sample_lines = language_mod.prose_parts([t for _, t, _ in numbered])
        language = options.language or language_mod.detect_sample(sample, sample_lines)
    languages = (language, "en") if language and language != "en" else ("en",)
    lex = lexicon_for(languages)
    features = _feature_cache(lex)
    lines = _measured_lines(numbered, lex, features)
    verbatim = verbatim_lines(text)
    if verbatim:  # Markdown code keeps its indentation (see Line.raw)
        for line in lines:
            raw = verbatim.get(line.no)
            if raw is not None and raw != line.text:
                line.raw = raw
    decision, removals, meta, assessment = _one_pass(lines, lex, options, language, metadata, first=True,
                                                     after_decide=after_decide)
    warnings = [assessment.warning()] if assessment.says_something else []
    first_pass_removals = len(removals)
    rendered, line_map = render(lines)
    kept = _kept_byline_no(lines, decision, line_map)
    for _ in range(_MAX_PASSES - 1):
        lines = _kept_lines_renumbered(lines)
        decision, more, _, assessment = _one_pass(lines, lex, options, language, None, first=False, kept=kept,
                                                  after_decide=after_decide)
        if assessment.says_something and not warnings:
            warnings.append(assessment.warning())
        if not more:
            break  # stable: this pass's rendering would be the same text
        # Line numbers of later passes refer to the previous output: map them back to the input.
        removals.extend(_mapped(more, line_map, removals))
        rendered, again_map = render(lines)
        line_map = [line_map[n - 1] if n else 0 for n in again_map]  # 0: a blank line
        kept = _kept_byline_no(lines, decision, again_map)
    if not options.language and rendered:
        rendered, line_map = _settle_language(rendered, line_map, language, options, removals, sample)
    if len(removals) > first_pass_removals:
        # One pass's removals come in line order, one run after another; later passes' need merging.
        removals.sort(key=lambda r: (r.first_line, r.last_line, r.rule))
    return Result(text=rendered, metadata=meta, removals=removals, warnings=warnings)


def _settle_language(rendered: str, line_map: list[int], language: str | None, options: Options,
                     removals: list[Removal], sample: str | None = None) -> tuple[str, list[int]]:
    """Clean again while the clean text reads as another language than the page did.

    Menus in one language around an article in another can make the page's language differ from
    the article's; cleaning the clean text would then use another lexicon and change it. Settling
    here keeps clean(clean(x)) == clean(x). Removals are mapped back to input lines."""
    for _ in range(2):
        # The lines of clean text are normalised already: parsing it again would give them as they are.
        again_sample, again_lines = language_mod.prose_parts([t for t in rendered.split("\n") if t])
        if again_sample == sample:
            break  # the same prose as the page's: the same language (the common case, no detection)
        sample = again_sample
        again = language_mod.detect_sample(again_sample, again_lines)
        if again == language:
            break
        sub = clean_text(rendered, Options.make(options, language=again or "und"))
        removals.extend(_mapped(sub.removals, line_map, removals))
        if sub.text != rendered:
            sources = _line_sources(sub.text, rendered)
            rendered, line_map = sub.text, [line_map[n - 1] if n else 0 for n in sources]
        language = again
    return rendered, line_map


def _mapped(removals: list[Removal], line_map: list[int], earlier: list[Removal]) -> list[Removal]:
    """Removals found in an intermediate text, with their line numbers in the input.

    Lines next to each other in the intermediate text may stand apart in the input, with lines an
    earlier pass removed between them: such a removal becomes one record per stretch of the input,
    so that no two records of a report claim the same line."""
    if not removals:
        return []
    gone = {n for r in earlier for n in range(r.first_line, r.last_line + 1)}
    out = []
    for r in removals:
        # The run's lines are every non-blank intermediate line from first to last (see collect_removals).
        sources = [n for n in line_map[r.first_line - 1 : r.last_line] if n]
        texts = r.text.split("\n")
        start = 0
        for i in range(1, len(sources) + 1):
            if i == len(sources) or any(n in gone for n in range(sources[i - 1] + 1, sources[i])):
                out.append(Removal(r.rule, r.category, sources[start], sources[i - 1], r.reason,
                                   "\n".join(texts[start:i])))
                start = i
    return out


def _line_sources(clean: str, source: str) -> list[int]:
    """For each line of ``clean``, the 1-based line of ``source`` it is (0 for blank lines); clean
    lines appear in source in order, since cleaning only deletes."""
    source_lines = source.split("\n")
    out, position = [], 0
    for line in clean.rstrip("\n").split("\n"):
        if not line:
            out.append(0)
            continue
        while position < len(source_lines) and source_lines[position] != line:
            position += 1
        position += 1
        out.append(position if position <= len(source_lines) else 0)
    return out


def _measured_lines(numbered: list[tuple[int, str, int]], lex, features: dict[str, tuple]) -> list[Line]:
    """Lines with their features; a text seen before (in this document or an earlier one) is not
    measured again."""
    new = [text for _, text, _ in numbered if text not in features]
    if new:
        features.update(_measure(list(dict.fromkeys(new)), lex))
    return [Line(no, text, block, *features[text]) for no, text, block in numbered]


def _measure(texts: list[str], lex) -> dict[str, tuple]:
    """Everything about each line that depends on its text alone: shape, lexicon hits, and which
    rules' select tests it passes (worked out for the document's new lines together)."""
    lines = [Line(0, text, 0) for text in texts]
    for line in lines:
        analyse(line, lex)
    for line, ids in zip(lines, selected_by_lines(lines, lex)):
        line.selected_by = ids
    return {line.text: features_of(line) for line in lines}


def _kept_lines_renumbered(lines: list[Line]) -> list[Line]:
    """The lines the next pass sees: the kept ones, numbered as in the rendered text and with the
    blocks it has, exactly what parsing the rendered text again would give (kept text is already
    normalised, and normalising is idempotent), without parsing or measuring anything again.

    The Line objects are reused: the pass that made them is finished with them."""
    again = []
    out_no = out_block = 0
    previous_block, previous_index = None, -2
    for index, line in enumerate(lines):
        if not line.keep:
            continue
        if again and not (line.block == previous_block and index == previous_index + 1):
            out_no += 1  # the blank line render() puts between paragraphs
            out_block += 1
        out_no += 1
        previous_block, previous_index = line.block, index
        line.no, line.block = out_no, out_block
        line.verdict, line.klass, line.keep = None, "", True
        again.append(line)
    return again


# What a line's features are depends only on its text and the lexicon, and news pages repeat the
# same menus and footers over and over: remember them, within a bound, for the life of the process.
_CACHE_LIMIT = 100_000
_CACHES: dict[tuple, dict[str, tuple]] = {}


def _feature_cache(lex) -> dict[str, tuple]:
    cache = _CACHES.get(lex.languages)
    if cache is None or len(cache) > _CACHE_LIMIT:
        cache = _CACHES[lex.languages] = {}
    return cache


def clear_caches() -> None:
    """Forget every line measured so far: benchmarks call this to time documents never seen before."""
    _CACHES.clear()
    language_mod.clear_caches()


def _enabled_rules(options: Options) -> tuple[tuple[Rule, ...], frozenset[str]]:
    """The rules these options switch on, in order, and their ids: worked out once per set of
    options rather than once per pass (options built with plain sets cannot be cached)."""
    try:
        return _enabled_rules_cached(options)
    except TypeError:
        return _rules_enabled_by(options)


@lru_cache(maxsize=64)
def _enabled_rules_cached(options: Options) -> tuple[tuple[Rule, ...], frozenset[str]]:
    return _rules_enabled_by(options)


def _rules_enabled_by(options: Options) -> tuple[tuple[Rule, ...], frozenset[str]]:
    rules = tuple(r for r in all_rules() if options.rule_enabled(r.info.id, r.info.category))
    return rules, frozenset(r.info.id for r in rules)


def _one_pass(lines: list[Line], lex, options: Options, language: str | None, given: dict | None,
              first: bool, kept: int | None = None, after_decide=None):
    """One round of rules, decision and safety net. ``kept`` is the line number of the byline an
    earlier pass kept (keep_byline): it stays a byline, not a headline candidate. Returns the
    decision, the removals, the metadata (first pass) and the safety net's assessment; the lines
    know what is kept. Every pass runs the same safety net, so the pass that finds nothing more to
    remove is what cleaning the output again would do: clean(clean(x)) == clean(x)."""
    if kept is not None:
        for line in lines:
            if line.no == kept:
                line.verdict = Verdict("byline.kept", "byline", "byline kept in the text (keep_byline)")
    ctx = Context(lines=lines, lex=lex, language=language, keep_byline=options.keep_byline)
    rules, enabled = _enabled_rules(options)
    for rule in rules:
        if first or not rule.local:
            rule.apply(ctx, rule)
    if options.templates is not None and "template.site" in enabled:
        options.templates.mark(lines)  # lines no rule claimed, on many of the site's pages
    decision = decide(
        ctx,
        outside_core="context.outside-core" in enabled,
        between="context.between-boilerplate" in enabled,
        dedupe="duplicate.block" in enabled,
    )
    if after_decide is not None:
        after_decide(lines)
    core_start = decision.core[0] if decision.core else None
    assessment = safety.assess(lines, _local_rule_ids(), core_start, decision.far)
    if assessment.falls_back:  # the core would throw away most of the prose: keep the conservative reading
        safety.keep_conservative(lines, _local_rule_ids(), core_start)
    elif assessment.prose >= SAFETY_MIN_PROSE and assessment.kept_share < GRADED_KEPT_SHARE:
        # less than a safe share kept: paragraphs in runs of two or more come back, not everything
        restored = safety.restore_paragraph_runs(lines, _local_rule_ids(), LONG_SECTION_PARAGRAPH_WEIGHT,
                                                 lambda run: site_notice(run, lex))
        assessment = dataclasses.replace(assessment, restored=restored)
    removals = collect_removals(lines)
    meta = assemble(ctx, decision, language, given) if first else None
    return decision, removals, meta, assessment


def _kept_byline_no(lines: list[Line], decision, line_map: list[int]) -> int | None:
    """The output line number of the byline the decision kept (keep_byline), if any."""
    if decision.kept_byline is None:
        return None
    no = lines[decision.kept_byline].no
    # The safety net may have taken it back out (a byline over a paragraph printed twice): then
    # there is no kept byline for the next pass to respect.
    return line_map.index(no) + 1 if no in line_map else None


def render(lines: list[Line]) -> tuple[str, list[int]]:
    """Kept lines as text: lines of one input block stay together, other breaks become one blank line.

    Returns the text and, for each output line, the input line number it came from (0 for blanks).
    """
    out: list[str] = []
    line_map: list[int] = []
    previous: Line | None = None
    previous_index = -2
    for index, line in enumerate(lines):
        if not line.keep:
            continue
        if previous is not None:
            if not (line.block == previous.block and index == previous_index + 1):
                out.append("")
                line_map.append(0)
        out.append(line.raw or line.text)
        line_map.append(line.no)
        previous, previous_index = line, index
    if not out:
        return "", []
    return "\n".join(out) + "\n", line_map


def collect_removals(lines: list[Line]) -> list[Removal]:
    """One record per run of adjacent removed lines that the same rule removed for the same reason."""
    removals: list[Removal] = []
    start = 0
    current = None  # the verdict of the run that starts at ``start``, None between runs
    for index, line in enumerate(lines):
        verdict = None if line.keep else line.verdict
        if verdict == current:
            continue
        if current is not None:
            removals.append(_removal(lines, start, index, current))
        start, current = index, verdict
    if current is not None:
        removals.append(_removal(lines, start, len(lines), current))
    return removals


def _removal(lines: list[Line], start: int, end: int, verdict: tuple[str, str, str]) -> Removal:
    rule_id, category, reason = verdict
    run = lines[start:end]
    return Removal(rule_id, category, run[0].no, run[-1].no, reason, "\n".join([ln.text for ln in run]))
