#!/usr/bin/env python3
"""Quality of newsclean and its peers on the two development corpora, same pages, same run: the
Article Extraction Benchmark (AEB, 181 pages) and WCXB-dev (709 article pages, CC-BY-4.0).

    python bench/quality.py                 # both corpora, both modes; writes docs/benchmarks.md
    python bench/quality.py --corpus aeb --mode text --limit 40
    python bench/quality.py --rules         # only the per-rule view (newsclean, text mode)
    python bench/quality.py --quick --save before.json   # newsclean only, 2 processes
    python bench/quality.py --quick --against before.json  # ... and the pages that moved most

Every figure comes with the severe-loss rate: the share of pages (reference of 20+ words) whose
recall is below 0.5, and the number of pages emptied.

Text mode: every page rendered with ``html_text.extract_text(html, guess_layout=True)`` and each
system given that text. HTML mode: each system given the HTML. Metric: bench/aeb.py (the
benchmark's own shingle F1). Speeds are one process, after one warm-up call per system.

The per-rule view counts, for each rule, the non-blank input lines it removed in text mode and how
many of those were article text the output lost ("false removals"): a line of 4+ tokens when more
than half of its 4-token shingles are in the page's ground truth more often than in the cleaned
output; a line of 1-3 tokens when it is a whole line of the ground truth (same tokens; a word that
merely occurs inside a sentence of the article does not count) and the output has fewer such
lines. A removed duplicate whose kept copy covers the truth is not a false removal. Worst first.
"""
from __future__ import annotations

import argparse
import datetime as _dt
import html as _html
import os
import platform
import subprocess
import sys
import time
import traceback
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import aeb  # noqa: E402

DOC = aeb.REPO / "docs" / "benchmarks.md"
FLOOR_MARGIN = 0.005

JUSTEXT_STOPLISTS = {  # AEB language -> jusText stoplist; None: jusText's language-independent mode
    "en": "English",
    "pt": "Portuguese",
    "ru": "Russian",
    "ko": "Korean",
    "it": "Italian",
    "id": "Indonesian",
    "de": "German",
    "ja": None,  # jusText has no Japanese stoplist
}


# --------------------------------------------------------------------------- systems


def lines_as_paragraphs(text: str) -> str:
    """The rendered text as HTML, each non-blank line one <p> (how text-only peers are fed)."""
    body = "".join(f"<p>{_html.escape(line)}</p>" for line in text.split("\n") if line.strip())
    return f"<html><body>{body}</body></html>"


def nothing_removed(text: str, page: aeb.Page) -> str:
    return text


def trafilatura_over_text(text: str, page: aeb.Page) -> str:
    import trafilatura

    return trafilatura.extract(lines_as_paragraphs(text), include_comments=False) or ""


def _justext(text: str, language: str | None) -> str:
    import justext

    stoplist_name = JUSTEXT_STOPLISTS.get(language or "en", "English")
    if stoplist_name is None:
        paragraphs = justext.justext(lines_as_paragraphs(text), frozenset(), stopwords_low=0, stopwords_high=0)
    else:
        paragraphs = justext.justext(lines_as_paragraphs(text), justext.get_stoplist(stoplist_name))
    return "\n".join(p.text for p in paragraphs if not p.is_boilerplate)


def justext_page_language(text: str, page: aeb.Page) -> str:
    return _justext(text, page.language)


def justext_english(text: str, page: aeb.Page) -> str:
    return _justext(text, "en")


def trafilatura_html(html: str, page: aeb.Page) -> str:
    import trafilatura

    return trafilatura.extract(html, include_comments=False) or ""


def resiliparse_html(html: str, page: aeb.Page) -> str:
    from resiliparse.extract.html2text import extract_plain_text

    return extract_plain_text(html, main_content=True) or ""


def newsclean_text(text: str, page: aeb.Page):
    from cleaner import clean

    return clean(text, input_format="text")


def newsclean_html(html: str, page: aeb.Page):
    from cleaner import clean

    return clean(html, input_format="html")


@dataclass
class System:
    name: str
    mode: str  # "text" | "html"
    fn: object
    needs: tuple[str, ...] = ()  # modules that must import
    note: str = ""


SYSTEMS = [
    System("whole page text, nothing removed", "text", nothing_removed, ("html_text",)),
    System("trafilatura over the text (each line a `<p>`)", "text", trafilatura_over_text, ("trafilatura",)),
    System("jusText over the text, page-language stoplist", "text", justext_page_language, ("justext",),
           "ja: language-independent mode, jusText has no Japanese stoplist"),
    System("jusText over the text, English stoplist", "text", justext_english, ("justext",),
           "as in bench/README"),
    System("newsclean `clean(text)`", "text", newsclean_text, ("cleaner.engine",)),
    System("trafilatura `extract(html, include_comments=False)`", "html", trafilatura_html, ("trafilatura",)),
    System("resiliparse `extract_plain_text(main_content=True)`", "html", resiliparse_html,
           ("resiliparse.extract.html2text",)),
    System("newsclean `clean(html, input_format=\"html\")`", "html", newsclean_html, ("cleaner.html",)),
]


@dataclass
class Run:
    system: System
    scores: dict | None = None
    pages_per_s: float = 0.0
    errors: int = 0
    skipped: str = ""
    results: dict = field(default_factory=dict)  # page id -> raw result (newsclean: Result)
    first_error: str = ""


def _missing(modules: tuple[str, ...]) -> str:
    import importlib

    for name in modules:
        try:
            importlib.import_module(name)
        except Exception as exc:  # noqa: BLE001 - report any import failure as "not available"
            return f"{name} not importable ({type(exc).__name__}: {exc})"
    return ""


def run_system(system: System, pages: list[aeb.Page], keep_results: bool = False) -> Run:
    run = Run(system)
    run.skipped = _missing(system.needs)
    if run.skipped:
        return run
    inputs = {p.id: (aeb.rendered(p) if system.mode == "text" else p.html) for p in pages}
    try:  # warm-up: imports and first-call caches outside the timing
        system.fn(inputs[pages[0].id], pages[0])
    except Exception:  # noqa: BLE001 - counted below
        pass
    predictions = {}
    start = time.perf_counter()
    for page in pages:
        try:
            out = system.fn(inputs[page.id], page)
        except Exception:  # noqa: BLE001 - a benchmark reports crashes instead of stopping
            run.errors += 1
            if not run.first_error:
                run.first_error = f"{page.id[:12]}: {traceback.format_exc(limit=3).strip().splitlines()[-1]}"
            out = ""
        if keep_results and not isinstance(out, str):
            run.results[page.id] = out
        predictions[page.id] = out if isinstance(out, str) else out.text
    elapsed = time.perf_counter() - start
    run.pages_per_s = len(pages) / elapsed if elapsed > 0 else float("inf")
    run.scores = aeb.score(predictions, aeb.truth_of(pages))
    return run


def rendering_speed(pages: list[aeb.Page]) -> float:
    aeb.render(pages[0].html)
    start = time.perf_counter()
    for page in pages:
        aeb.render(page.html)
    return len(pages) / (time.perf_counter() - start)


# --------------------------------------------------------------------------- per-rule view


@dataclass
class RuleStats:
    rule: str
    category: str = ""
    lines: int = 0
    false: int = 0
    pages: set = field(default_factory=set)
    examples: list = field(default_factory=list)  # false removals: (page id, line no, text)

    @property
    def false_rate(self) -> float:
        return self.false / self.lines if self.lines else 0.0


class TruthIndex:
    """What of a page's ground truth the cleaned output lost: 4-token shingles and whole short lines
    that the truth has more often than the output (multisets, as in the metric)."""

    def __init__(self, truth: str, output: str):
        self.truth, self.output = aeb.shingles(truth), aeb.shingles(output)
        self.truth_lines = Counter(tuple(aeb.tokenize(line)) for line in truth.split("\n"))
        self.output_lines = Counter(tuple(aeb.tokenize(line)) for line in output.split("\n"))

    def lost_article_line(self, line: str) -> bool:
        """True when a removed line is article text the output no longer has.

        4+ tokens: more than half of its shingles are in the truth more often than in the output.
        1-3 tokens: it is a whole line of the truth, and the output has fewer such lines.
        A line whose text the output still has (a duplicate removed, the kept copy elsewhere) is
        not a false removal.
        """
        tokens = aeb.tokenize(line)
        if not tokens:
            return False
        if len(tokens) < aeb.SHINGLE:
            key = tuple(tokens)
            return self.truth_lines[key] > self.output_lines[key]
        grams = [tuple(tokens[i : i + aeb.SHINGLE]) for i in range(len(tokens) - aeb.SHINGLE + 1)]
        return sum(self.truth[g] > self.output[g] for g in grams) * 2 > len(grams)


def rule_view(pages: list[aeb.Page], results: dict) -> list[RuleStats]:
    """Lines removed and false removals per rule, worst first (most false removals, then rate)."""
    stats: dict[str, RuleStats] = {}
    try:
        from cleaner import list_rules

        for info in list_rules():
            stats[info.id] = RuleStats(info.id, info.category)
    except Exception:  # noqa: BLE001 - the view still works from the removals alone
        pass
    for page in pages:
        result = results.get(page.id)
        if result is None:
            continue
        lines = aeb.rendered(page).split("\n")
        index = TruthIndex(page.truth, result.text)
        for removal in result.removals:
            st = stats.setdefault(removal.rule, RuleStats(removal.rule, removal.category))
            st.category = st.category or removal.category
            for number in range(removal.first_line, removal.last_line + 1):
                line = lines[number - 1] if 0 < number <= len(lines) else ""
                if not line.strip():
                    continue
                st.lines += 1
                st.pages.add(page.id)
                if index.lost_article_line(line):
                    st.false += 1
                    if len(st.examples) < 3:
                        st.examples.append((page.id, number, line.strip()))
    return sorted(stats.values(), key=lambda s: (-s.false, -s.false_rate, -s.lines, s.rule))


def rule_table(view: list[RuleStats], examples: bool = True, limit: int | None = None) -> str:
    head = "| rule | category | lines removed | pages | false removals | false % |"
    if examples:
        head += " example of a false removal |"
    sep = "|" + " --- |" * (head.count("|") - 1)
    rows = [head, sep]
    for st in view[:limit]:
        row = f"| `{st.rule}` | {st.category} | {st.lines} | {len(st.pages)} | {st.false} | {100 * st.false_rate:.1f} |"
        if examples:
            ex = st.examples[0][2] if st.examples else ""
            ex = (ex[:70] + "…") if len(ex) > 70 else ex
            row += " " + ex.replace("|", "\\|") + " |"
        rows.append(row)
    return "\n".join(rows)


# --------------------------------------------------------------------------- report


def versions() -> dict[str, str]:
    from importlib import metadata

    out = {"python": platform.python_version()}
    for dist in ("html-text", "trafilatura", "jusText", "resiliparse", "lxml", "htmldate", "charset-normalizer"):
        try:
            out[dist] = metadata.version(dist)
        except metadata.PackageNotFoundError:
            out[dist] = "not installed"
    try:
        import cleaner

        out["newsclean"] = cleaner.__version__
    except Exception:  # noqa: BLE001
        out["newsclean"] = "not importable"
    try:
        commit = subprocess.run(["git", "-C", str(aeb.REPO), "rev-parse", "--short", "HEAD"],
                                capture_output=True, text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "-C", str(aeb.REPO), "status", "--porcelain", "--", "cleaner"],
                               capture_output=True, text=True, check=True).stdout.strip()
        out["newsclean"] += f" (git {commit}{', cleaner/ modified' if dirty else ''})"
    except Exception:  # noqa: BLE001
        pass
    return out


def machine() -> str:
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{os.cpu_count()} CPUs (nproc){', ' + cpu if cpu else ''}; {platform.system()} {platform.machine()}; Python {platform.python_version()}"


def _speed(run: Run) -> str:
    return "-" if run.system.fn is nothing_removed else f"{run.pages_per_s:.0f}"


def score_table(runs: list[Run]) -> str:
    rows = ["| system | mode | F1 | precision | recall | severe loss | emptied | pages/s | errors |",
            "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
    for run in runs:
        name = run.system.name + (f" ({run.system.note})" if run.system.note else "")
        if run.system.fn in (newsclean_text, newsclean_html):
            name = f"**{name}**"
        if run.skipped:
            rows.append(f"| {name} | {run.system.mode} | n/a | n/a | n/a | n/a | n/a | n/a | {run.skipped} |")
            continue
        s = run.scores
        rows.append(f"| {name} | {run.system.mode} | {s['f1']:.3f} | {s['precision']:.3f} | {s['recall']:.3f} "
                    f"| {100 * s['severe']:.1f}% ({len(s['severe_pages'])}) | {s['emptied']} "
                    f"| {_speed(run)} | {run.errors or ''} |")
    return "\n".join(rows)


def update_section(name: str, body: str, path: Path = DOC, inside: str | None = None) -> None:
    """Replace the ``name`` block of docs/benchmarks.md (between its markers), creating it if needed:
    at the end of the ``inside`` block when given (created too), else at the end of the file."""
    start, end = f"<!-- {name}:start -->", f"<!-- {name}:end -->"
    block = f"{start}\n{body.rstrip()}\n{end}"
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    if not text:
        text = ("# Benchmarks\n\n"
                "Generated by `bench/quality.py` (quality section) and `bench/speed.py` (speed section); each "
                "run rewrites only the blocks it measured. The benchmark and its metric: `bench/aeb.py`, "
                "`fixtures/aeb/` (the Article Extraction Benchmark, MIT).\n\n"
                "<!-- quality:start -->\n<!-- quality:end -->\n\n<!-- speed:start -->\n<!-- speed:end -->\n")
    if start in text and end in text:
        before, rest = text.split(start, 1)
        text = before + block + rest.split(end, 1)[1]
    elif inside:
        outer_end = f"<!-- {inside}:end -->"
        if outer_end not in text:
            update_section(inside, "", path)
            text = path.read_text(encoding="utf-8")
        before, after = text.split(outer_end, 1)
        text = before.rstrip() + "\n\n" + block + "\n" + outer_end + after
    else:
        text = text.rstrip() + "\n\n" + block + "\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


CORPUS_TITLES = {"aeb": "Article Extraction Benchmark (AEB)",
                 "wcxb-dev": "WCXB development split, article pages (WCXB-dev, CC-BY-4.0, Murrough Foley)"}


def quality_markdown(runs: list[Run], pages: list[aeb.Page], render_speed: float, view: list[RuleStats] | None,
                     corpus: str = "aeb") -> str:
    v = versions()
    now = _dt.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z")
    out = [
        f"## Quality: {CORPUS_TITLES.get(corpus, corpus)}",
        "",
        f"Measured {now} by `python bench/quality.py` on {len(pages)} pages. Machine: {machine()}.",
        "Versions: " + ", ".join(f"{k} {val}" for k, val in v.items()) + ".",
        "",
        "Text mode: each page rendered with `html_text.extract_text(html, guess_layout=True)`, the whole page as a "
        "scraper that keeps everything produces it; every text-mode system gets that text. HTML mode: the system "
        "gets the HTML. Metric: the benchmark's own (4-token shingles, per-page precision and recall averaged over "
        "pages, F1 of the means; `bench/aeb.py`). Severe loss: the share of pages whose reference has 20+ words "
        "and whose recall is below 0.5 (their number in brackets); emptied: such pages with no word left. "
        "Pages/s: one process, warm.",
        "",
        score_table(runs),
        "",
        f"html-text rendering alone: {render_speed:.0f} pages/s.",
        "",
    ]
    floors = {r.system.mode: r.scores["f1"] for r in runs
              if r.system.fn in (newsclean_text, newsclean_html) and r.scores and not r.errors}
    if floors:
        out += ["Quality-gate floors (`bench/floors.json`) may only go up, severe-loss ceilings only down; "
                f"measured F1 minus {FLOOR_MARGIN}: " + ", ".join(f"{m} {f - FLOOR_MARGIN:.3f}" for m, f in floors.items())
                + ".", ""]
    if view:
        out += [f"### Per rule (newsclean, text mode, {corpus})", "",
                "Non-blank input lines each rule removed on AEB, and false removals: removed lines of true "
                "article text that the output lost (more than half of the line's 4-token shingles occur more "
                "often in the ground truth than in the output; a 1-3 token line when it is a whole line of the "
                "ground truth and the output has fewer such lines). Worst first. "
                "`python bench/quality.py --rules` prints this quickly.", "",
                rule_table(view), ""]
    return "\n".join(out)


def print_runs(runs: list[Run]) -> None:
    print(f"{'system':<62} {'mode':<4} {'F1':>6} {'P':>6} {'R':>6} {'severe':>7} {'empty':>5} {'pages/s':>8}  errors")
    for run in runs:
        if run.skipped:
            print(f"{run.system.name:<62} {run.system.mode:<4} {'n/a':>6} {'':>6} {'':>6} {'':>7} {'':>5} {'':>8}  {run.skipped}")
            continue
        s = run.scores
        err = f"{run.errors} ({run.first_error})" if run.errors else ""
        print(f"{run.system.name:<62} {run.system.mode:<4} {s['f1']:6.3f} {s['precision']:6.3f} {s['recall']:6.3f} "
              f"{100 * s['severe']:6.1f}% {s['emptied']:5d} {_speed(run):>8}  {err}")


def print_rule_view(view: list[RuleStats], examples: int = 1) -> None:
    print(f"{'rule':<36} {'category':<14} {'lines':>6} {'pages':>5} {'false':>6} {'false%':>7}")
    for st in view:
        print(f"{st.rule:<36} {st.category:<14} {st.lines:6d} {len(st.pages):5d} {st.false:6d} {100 * st.false_rate:6.1f}%")
        for page_id, number, line in st.examples[:examples]:
            print(f"    {page_id[:10]}:{number}: {line[:100]}")


# --------------------------------------------------------------------------- main


def quick(corpora: list[str], modes: tuple[str, ...], limit: int | None, save: Path | None,
          against: Path | None, jobs: int) -> int:
    """newsclean alone, in ``jobs`` processes: F1, P, R and severe loss per corpus and mode; per-page
    scores saved to / compared with a JSON file (the pages that moved most, worst first)."""
    import json

    table, before = {}, (json.loads(against.read_text()) if against else {})
    for corpus in corpora:
        pages = aeb.load_pages(corpus, limit)
        truth = aeb.truth_of(pages)
        aeb.rendered_all(pages)
        for mode in modes:
            s = aeb.score(aeb.newsclean_predictions(pages, mode, jobs=jobs), truth)
            key = f"{corpus}/{mode}"
            table[key] = {pid: round(v["f1"], 4) for pid, v in s["per_page"].items()}
            table[key + "/recall"] = {pid: round(v["recall"], 4) for pid, v in s["per_page"].items()}
            line = (f"{key:<14} F1 {s['f1']:.4f}  P {s['precision']:.4f}  R {s['recall']:.4f}  "
                    f"severe {100 * s['severe']:.1f}% ({len(s['severe_pages'])})  emptied {s['emptied']}")
            old = before.get(key)
            if old:
                pairs = [(table[key][p] - old[p], p) for p in table[key] if p in old]
                line += f"  [{sum(d for d, _ in pairs) / max(1, len(pairs)):+.4f} mean page F1]"
                moved = sorted((d, p) for d, p in pairs if abs(d) >= 0.01)
                print(line)
                for d, p in moved[:12] + [m for m in moved[12:] if m[0] > 0][-8:]:
                    r_old = before.get(key + "/recall", {}).get(p, float("nan"))
                    print(f"    {p[:12]:<12} {old[p]:.3f} -> {table[key][p]:.3f} ({d:+.3f}; recall "
                          f"{r_old:.2f} -> {table[key + '/recall'][p]:.2f})")
            else:
                print(line)
            print("    severe:", " ".join(p[:10] for p in s["severe_pages"]))
    if save:
        save.write_text(json.dumps(table, sort_keys=True))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", choices=("aeb", "wcxb-dev", "both"), default="both")
    parser.add_argument("--mode", choices=("text", "html", "both"), default="both")
    parser.add_argument("--limit", type=int, default=None, help="only the first N pages (sorted by id)")
    parser.add_argument("--rules", action="store_true", help="only the per-rule view (newsclean, text mode)")
    parser.add_argument("--examples", type=int, default=1, help="false-removal examples per rule in --rules")
    parser.add_argument("--no-write", action="store_true", help="do not update docs/benchmarks.md")
    parser.add_argument("--quick", action="store_true", help="newsclean only, in --jobs processes, no peers")
    parser.add_argument("--jobs", type=int, default=2, help="processes for --quick")
    parser.add_argument("--save", type=Path, help="with --quick: write per-page scores to this JSON file")
    parser.add_argument("--against", type=Path, help="with --quick: compare with per-page scores saved before")
    args = parser.parse_args(argv)

    corpora = ["aeb", "wcxb-dev"] if args.corpus == "both" else [args.corpus]
    modes = ("text", "html") if args.mode == "both" else (args.mode,)
    if args.quick:
        return quick(corpora, modes, args.limit, args.save, args.against, args.jobs)

    for corpus in corpora:
        pages = aeb.load_pages(corpus, args.limit)
        aeb.rendered_all(pages)
        print(f"== {corpus}: {len(pages)} pages", flush=True)

        if args.rules:
            text_system = next(s for s in SYSTEMS if s.fn is newsclean_text)
            run = run_system(text_system, pages, keep_results=True)
            if run.skipped:
                print(f"newsclean text mode not available: {run.skipped}", file=sys.stderr)
                return 1
            print_rule_view(rule_view(pages, run.results), args.examples)
            s = run.scores
            print(f"\nnewsclean text mode on {len(pages)} pages: F1 {s['f1']:.3f} P {s['precision']:.3f} "
                  f"R {s['recall']:.3f}" + (f"; {run.errors} pages raised ({run.first_error})" if run.errors else ""))
            continue

        runs = []
        for system in SYSTEMS:
            if system.mode in modes:
                print(f"... {system.name} ({system.mode})", file=sys.stderr, flush=True)
                runs.append(run_system(system, pages, keep_results=system.fn is newsclean_text))
        render_speed = rendering_speed(pages)
        print_runs(runs)
        print(f"html-text rendering alone: {render_speed:.0f} pages/s")
        view = None
        text_run = next((r for r in runs if r.system.fn is newsclean_text and not r.skipped), None)
        if text_run:
            view = rule_view(pages, text_run.results)
            print("\nPer rule (text mode), worst first:")
            print_rule_view(view[:15], args.examples)
        for r in runs:
            if r.system.fn in (newsclean_text, newsclean_html) and r.scores:
                print(f"floor candidate for {corpus} {r.system.mode}: {r.scores['f1'] - FLOOR_MARGIN:.3f}; "
                      f"severe loss {r.scores['severe']:.4f}")

        if args.no_write or args.rules:
            continue
        if args.limit or args.mode != "both":
            print("docs/benchmarks.md not updated (only a full run, --mode both without --limit, writes it)")
            continue
        section = "quality" if corpus == "aeb" else f"quality-{corpus}"
        update_section(section, quality_markdown(runs, pages, render_speed, view, corpus))
        print(f"wrote {DOC.relative_to(aeb.REPO)} ({section} section)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
