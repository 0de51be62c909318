#!/usr/bin/env python3
"""Speed of newsclean: throughput, trafilatura ratio, parallel jobs, start-up, memory, linearity.

    python bench/speed.py                   # everything; updates the speed section of docs/benchmarks.md
    python bench/speed.py --jsonl-mb 1024   # the 1 GB memory figure (slow; run by hand)
    python bench/speed.py --only api,startup --no-write
    python bench/speed.py --only jobs --save jobs.json   # later: --load jobs.json writes its blocks

Parts (``--only``, comma-separated):
  api      documents/s of ``clean(text)`` on the 181 AEB renderings, as new documents (line cache
           emptied before each round: the figure for the >= 400 docs/s target) and as documents
           seen before (>= 1,000), and jusText over the same text in the same run (newsclean >= 5x);
           of ``clean(html, input_format="html")`` on their HTML, repeated to at
           least --min-seconds; trafilatura
           ``extract(html, include_comments=False)`` alone on the same HTML in the same run,
           interleaved, and the ratio newsclean-HTML time / trafilatura time (target <= 1.15)
  jobs     ``newsclean clean --check -q`` with ``--jobs 1``, ``--jobs 2`` and the default on 2,000
           small files and on 50 MB of JSONL, and ``--jobs 1`` vs ``--jobs 2`` on folders of 25 to 800
           files (where workers start to pay); wall time and CPU time of the whole process tree
           (os.wait4), rounds interleaved, best of 3 of each
  startup  median of 10 runs of ``newsclean --help`` and of a small article through ``newsclean clean -``
           (bytecode cached), against the targets (120 ms and 150 ms); ``import cleaner`` and a first
           ``clean()`` of that article timed inside a fresh interpreter (target 120 ms)
  memory   peak RSS (maxrss via wait4) of ``newsclean clean --jobs 1 --input-format jsonl --format
           jsonl`` (one process, so the figure is the whole footprint) on a generated JSONL
           of --jsonl-mb MB (records ``{"id", "url", "text"}``, text = an AEB rendering)
  linear   ``clean(text)`` on one document of N renderings and one of 10 N (time ratio ~ 10)
"""
from __future__ import annotations

import argparse
import datetime as _dt
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import aeb  # noqa: E402
from bench.quality import DOC, machine, update_section, versions  # noqa: E402

PARTS = ("api", "jobs", "startup", "memory", "linear")
TRAFILATURA_RATIO_TARGET = 1.15
# Text mode, one process (issue 12): documents never seen before, and documents whose lines were all
# seen before. No optional accelerator exists yet, so the figures are those of the pure-Python path.
TEXT_DOCS_S_TARGET = 400
TEXT_SEEN_DOCS_S_TARGET = 1000
# ... and at least this many times jusText over the same text (bench/quality.py's text-mode peer).
JUSTEXT_TIMES_TARGET = 5


def newsclean_command() -> list[str]:
    """The installed console script beside this interpreter, else ``python -m cleaner``."""
    script = Path(sys.executable).with_name("newsclean")
    if script.exists():
        return [str(script)]
    found = shutil.which("newsclean")
    return [found] if found else [sys.executable, "-m", "cleaner"]


def cli_available() -> str:
    """"" when ``newsclean --help`` works, else why not."""
    try:
        proc = subprocess.run([*newsclean_command(), "--help"], capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return f"no newsclean CLI ({exc})"
    if proc.returncode != 0:
        last = (proc.stderr.strip().splitlines() or ["?"])[-1]
        return f"no working newsclean CLI yet (`newsclean --help`: {last})"
    return ""


def _timed(fn, items) -> float:
    start = time.perf_counter()
    for item in items:
        fn(item)
    return time.perf_counter() - start


# --------------------------------------------------------------------------- api throughput


def _justext_fn(pages: list[aeb.Page]):
    """jusText over one rendering, as bench/quality.py runs it; None without jusText."""
    try:
        import justext  # noqa: F401

        from bench.quality import justext_page_language
    except ImportError:
        return None
    return lambda item: justext_page_language(*item)


def part_api(pages: list[aeb.Page], min_seconds: float) -> dict:
    from cleaner import clean
    from cleaner.engine import clear_caches

    texts = [aeb.rendered(p) for p in pages]
    htmls = [p.html for p in pages]
    out: dict = {"pages": len(pages), "text_mb": sum(len(t.encode()) for t in texts) / 1e6,
                 "html_mb": sum(len(h.encode()) for h in htmls) / 1e6}

    def text_fn(t):
        return clean(t, input_format="text")

    # One round first: lexicons compile once per process, and that is not what is measured.
    for t in texts:
        text_fn(t)
    # New documents: every line unseen, as on a corpus of pages from sites not met before. The
    # per-process feature cache is emptied before each round, so nothing measured earlier helps.
    # Each round's CPU time (this process's) is kept beside its wall time: on a machine other work
    # keeps busy, wall time swings twice as much as the code's own cost.
    # jusText over the same text (each line a paragraph, the page language's stoplist, as
    # bench/quality.py runs it), one round after each round of new documents.
    justext_fn = _justext_fn(pages)
    new_times, repeat_times, new_cpu, repeat_cpu, loads, justext_times = [], [], [], [], [], []
    while sum(new_times) < min_seconds or len(new_times) < 3:
        clear_caches()
        cpu = time.process_time()
        new_times.append(_timed(text_fn, texts))
        new_cpu.append(time.process_time() - cpu)
        loads.append(os.getloadavg()[0])
        if justext_fn is not None:
            justext_times.append(_timed(justext_fn, list(zip(texts, pages))))
    # Repeated documents: every line seen before (the cache's best case, as on a corpus of one
    # site whose menus and footers repeat on every page; here the prose repeats too).
    while sum(repeat_times) < min_seconds or len(repeat_times) < 3:
        cpu = time.process_time()
        repeat_times.append(_timed(text_fn, texts))
        repeat_cpu.append(time.process_time() - cpu)
        loads.append(os.getloadavg()[0])
    out["text_docs_s"] = len(texts) / min(new_times)
    out["text_mb_s"] = out["text_mb"] / min(new_times)
    out["text_docs_s_repeat"] = len(texts) / min(repeat_times)
    out["text_docs_s_cpu"] = len(texts) / min(new_cpu)
    out["text_docs_s_repeat_cpu"] = len(texts) / min(repeat_cpu)
    out["text_rounds"] = len(new_times)
    if justext_times:
        out["justext_docs_s"] = len(texts) / min(justext_times)
    out["load"] = [min(loads), max(loads)]

    try:
        import cleaner.html  # noqa: F401
    except ImportError as exc:
        out["html_skipped"] = f"cleaner.html not importable ({exc})"
        return out
    import trafilatura

    def html_fn(h):
        return clean(h, input_format="html")

    def traf_fn(h):
        return trafilatura.extract(h, include_comments=False)

    html_fn(htmls[0])
    traf_fn(htmls[0])
    # interleave the two so that a busy neighbour slows both alike; best round of each
    html_times, traf_times = [], []
    while sum(html_times) + sum(traf_times) < 2 * min_seconds or len(html_times) < 3:
        traf_times.append(_timed(traf_fn, htmls))
        html_times.append(_timed(html_fn, htmls))
    out["html_docs_s"] = len(htmls) / min(html_times)
    out["trafilatura_docs_s"] = len(htmls) / min(traf_times)
    out["trafilatura_ratio"] = min(html_times) / min(traf_times)
    out["html_rounds"] = len(html_times)
    return out


# --------------------------------------------------------------------------- CLI parts


# A tiny launcher for memory figures: the kernel counts a child's RSS before exec in its maxrss, and
# a child forked from this (large) benchmark process would report this process's size. Forked
# from a bare interpreter instead, the pre-exec size is a few MB, below newsclean's own.
_LAUNCHER = """
import os, sys
pid = os.fork()
if pid == 0:
    os.execv(sys.argv[2], sys.argv[2:])
_, status, usage = os.wait4(pid, 0)
os.write(int(sys.argv[1]), str(usage.ru_maxrss).encode())
sys.exit(os.waitstatus_to_exitcode(status))
"""


def _run_cli(args: list[str], stdin: bytes | None = None, measure_rss: bool = False) -> tuple[float, int, int, str]:
    """(seconds, exit code, peak RSS in KB (0 unless measure_rss), stderr tail) of one CLI run."""
    command = [*newsclean_command(), *args]
    read_fd = write_fd = None
    if measure_rss:
        read_fd, write_fd = os.pipe()
        command = [sys.executable, "-S", "-I", "-c", _LAUNCHER, str(write_fd), shutil.which(command[0]) or command[0], *command[1:]]
    start = time.perf_counter()
    with tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(command, stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
                                stdout=subprocess.DEVNULL, stderr=err, pass_fds=(write_fd,) if measure_rss else ())
        if measure_rss:
            os.close(write_fd)
        if stdin is not None:
            try:
                proc.stdin.write(stdin)
            except BrokenPipeError:
                pass
            proc.stdin.close()
        code = proc.wait()
        elapsed = time.perf_counter() - start
        err.seek(0)
        tail = err.read().decode("utf-8", "replace").strip().splitlines()[-1:] or [""]
    maxrss = 0
    if measure_rss:
        with os.fdopen(read_fd, "rb") as f:
            maxrss = int(f.read() or 0)
    return elapsed, code, maxrss, tail[0]


def _run_tree(args: list[str]) -> tuple[float, float, int, str]:
    """(wall seconds, CPU seconds of the whole process tree, exit code, stderr tail) of one CLI run.

    The CPU time is the user + system time os.wait4 reports for the command: its own and that of
    every worker process it waited for (a process pool joins its workers before exiting)."""
    command = [*newsclean_command(), *args]
    start = time.perf_counter()
    with tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        elapsed = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        tail = err.read().decode("utf-8", "replace").strip().splitlines()[-1:] or [""]
    return elapsed, usage.ru_utime + usage.ru_stime, proc.returncode, tail[0]


def _variant(page: aeb.Page, copy: int) -> str:
    """A page's rendering as its ``copy``-th copy: from the second copy on, every line of eight
    words or more starts with the copy's number, so that the prose of each document is new to the
    cleaner (as in a real corpus) while the short lines (menus, footers) repeat, as a site's do."""
    text = aeb.rendered(page)
    if not copy:
        return text
    return "\n".join(f"{copy} {line}" if len(line.split()) >= 8 else line for line in text.split("\n"))


def _write_files(pages: list[aeb.Page], folder: Path, count: int) -> int:
    """``count`` small .txt files cycling through the renderings (see :func:`_variant`); their
    total size in bytes."""
    size = 0
    for n in range(count):
        data = _variant(pages[n % len(pages)], n // len(pages)).encode("utf-8")
        (folder / f"{n:05d}.txt").write_bytes(data)
        size += len(data)
    return size


def _write_jsonl(pages: list[aeb.Page], path: Path, megabytes: float) -> tuple[int, int]:
    """Records ``{"id", "url", "text"}`` (text: see :func:`_variant`) up to ``megabytes``; (records, bytes)."""
    target = int(megabytes * 1_000_000)
    written = records = 0
    with path.open("wb") as f:
        while written < target:
            page = pages[records % len(pages)]
            line = json.dumps({"id": f"{page.id}-{records}", "url": page.url,
                               "text": _variant(page, records // len(pages))}, ensure_ascii=False) + "\n"
            data = line.encode("utf-8")
            f.write(data)
            written += len(data)
            records += 1
    return records, written


def _compare(configs: dict[str, list[str]], rounds: int) -> dict:
    """Every config run ``rounds`` times, interleaved (round 1 of each, then round 2...): the best
    wall time and the best CPU time of each, and the load average over the runs."""
    walls: dict[str, list[float]] = {k: [] for k in configs}
    cpus: dict[str, list[float]] = {k: [] for k in configs}
    loads = []
    for _ in range(rounds):
        for key, args in configs.items():
            loads.append(os.getloadavg()[0])
            wall, cpu, code, err = _run_tree(args)
            if code not in (0, 1):
                return {"skipped": f"`newsclean {' '.join(args)}` exited {code}: {err}"}
            walls[key].append(wall)
            cpus[key].append(cpu)
    out: dict = {"rounds": rounds, "load": [min(loads), max(loads)]}
    for key in configs:
        out[f"{key}_wall"] = min(walls[key])
        out[f"{key}_cpu"] = min(cpus[key])
        out[f"{key}_walls"] = [round(w, 2) for w in walls[key]]
    return out


def _autogroup() -> bool:
    """Whether Linux groups processes by session for CPU time (sched_autogroup): then a command's
    worker processes share its session's part of a busy machine instead of adding to it."""
    try:
        return Path("/proc/sys/kernel/sched_autogroup_enabled").read_text().strip() == "1"
    except OSError:
        return False


JOBS_FILES = 2000  # the workload: 2,000 small files
JOBS_JSONL_MB = 50.0  # ... and 50 MB of JSONL
THRESHOLD_FILES = (25, 100, 400)  # folder sizes for the break-even point of --jobs 2


def part_jobs(pages: list[aeb.Page], rounds: int = 3) -> dict:
    """``--jobs 1`` against ``--jobs 2`` and the default (``--check -q``: the command reads, cleans
    and compares, and writes nothing) on 2,000 small files and on 50 MB of JSONL; then folders of
    growing size, for the size from which workers pay (cleaner.batch.PARALLEL_MIN_BYTES)."""
    out: dict = {"cores": os.cpu_count(), "autogroup": _autogroup()}
    with tempfile.TemporaryDirectory(prefix="newsclean-bench-") as tmp:
        folder = Path(tmp) / "files"
        folder.mkdir()
        out["file_count"] = JOBS_FILES
        out["files_mb"] = _write_files(pages, folder, JOBS_FILES) / 1e6
        jsonl = Path(tmp) / "corpus.jsonl"
        out["records"], size = _write_jsonl(pages, jsonl, JOBS_JSONL_MB)
        out["jsonl_mb"] = size / 1e6
        for name, target in (("files", folder), ("jsonl", jsonl)):
            base = ["clean", "--check", "-q"]
            out[name] = _compare({"jobs1": [*base, "--jobs", "1", str(target)], "jobs2": [*base, "--jobs", "2", str(target)],
                                  "default": [*base, str(target)]}, rounds)
        sweep = []
        for count in THRESHOLD_FILES:
            small = Path(tmp) / f"n{count}"
            small.mkdir()
            mb = _write_files(pages, small, count) / 1e6
            base = ["clean", "--check", "-q"]
            r = _compare({"jobs1": [*base, "--jobs", "1", str(small)], "jobs2": [*base, "--jobs", "2", str(small)]}, rounds)
            sweep.append({"files": count, "mb": mb, **r})
        out["sweep"] = sweep
    return out


STARTUP_TARGETS_MS = {"help": 120, "clean_stdin": 150, "api_first": 120}
# ``import cleaner`` and a first small clean, timed inside a fresh interpreter (its own start excluded).
_API_FIRST = (
    "import sys, time\n"
    "start = time.perf_counter()\n"
    "import cleaner\n"
    "cleaner.clean(sys.stdin.read())\n"
    "print((time.perf_counter() - start) * 1000)\n"
)


def part_startup(runs: int = 10) -> dict:
    """Median and best of ``runs`` runs of ``newsclean --help`` and of a small stdin clean, with
    compiled bytecode cached (in a temporary PYTHONPYCACHEPREFIX, after one warm-up run) as an
    installed package has it, even where PYTHONDONTWRITEBYTECODE is set."""
    out: dict = {"load": os.getloadavg()[0]}
    small = b"Council approves new bridge\n\nThe city council approved the new bridge on Monday.\n"
    saved = {k: os.environ.get(k) for k in ("PYTHONDONTWRITEBYTECODE", "PYTHONPYCACHEPREFIX")}
    with tempfile.TemporaryDirectory(prefix="newsclean-pyc-") as cache:
        os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
        os.environ["PYTHONPYCACHEPREFIX"] = cache
        try:
            for key, args, stdin in (("help", ["--help"], None), ("clean_stdin", ["clean", "-"], small)):
                _run_cli(args, stdin)  # warm-up: writes the bytecode cache
                times = []
                for _ in range(runs):
                    seconds, code, _, err = _run_cli(args, stdin)
                    if code != 0:
                        out[f"{key}_error"] = f"exit {code}: {err}"
                        break
                    times.append(seconds)
                if times:
                    out[f"{key}_ms"] = 1000 * statistics.median(times)
                    out[f"{key}_min_ms"] = 1000 * min(times)
            times = []
            for run in range(runs + 1):  # the first run writes the bytecode cache
                proc = subprocess.run([sys.executable, "-c", _API_FIRST], input=small.decode(), capture_output=True,
                                      text=True, timeout=60)
                if proc.returncode != 0:
                    out["api_first_error"] = (proc.stderr.strip().splitlines() or ["?"])[-1]
                    break
                if run:
                    times.append(float(proc.stdout.strip()))
            if times:
                out["api_first_ms"] = statistics.median(times)
                out["api_first_min_ms"] = min(times)
        finally:
            for k, v in saved.items():
                if v is None:
                    os.environ.pop(k, None)
                else:
                    os.environ[k] = v
    return out


def make_jsonl(pages: list[aeb.Page], path: Path, megabytes: float) -> tuple[int, int]:
    """Write records until the file reaches ``megabytes``; (records, bytes)."""
    target = int(megabytes * 1_000_000)
    written = records = 0
    lines = [json.dumps({"id": p.id, "url": p.url, "text": aeb.rendered(p)}, ensure_ascii=False) + "\n" for p in pages]
    with path.open("w", encoding="utf-8") as f:
        while written < target:
            for line in lines:
                f.write(line)
                written += len(line.encode("utf-8"))
                records += 1
                if written >= target:
                    break
    return records, written


def part_memory(pages: list[aeb.Page], megabytes: float) -> dict:
    out: dict = {"mb": megabytes}
    with tempfile.TemporaryDirectory(prefix="newsclean-bench-") as tmp:
        path = Path(tmp) / "input.jsonl"
        out["records"], size = make_jsonl(pages, path, megabytes)
        out["bytes"] = size
        seconds, code, maxrss_kb, err = _run_cli(
            ["clean", "--jobs", "1", "--input-format", "jsonl", "--format", "jsonl", str(path)], measure_rss=True)
        if code != 0:
            out["skipped"] = f"`newsclean clean --jobs 1 --input-format jsonl --format jsonl FILE` exited {code}: {err}"
            return out
    out["seconds"] = seconds
    out["mb_s"] = size / 1e6 / seconds
    out["peak_rss_mb"] = maxrss_kb / 1024
    return out


# --------------------------------------------------------------------------- linearity


def part_linear(pages: list[aeb.Page], base: int) -> dict:
    from cleaner import clean

    small = "\n\n".join(aeb.rendered(p) for p in pages[:base]) + "\n\n"
    large = small * 10
    clean(aeb.rendered(pages[0]))
    out = {"pages_1x": min(base, len(pages)), "kb_1x": len(small.encode()) / 1000}
    out["seconds_1x"] = min(_timed(clean, [small]) for _ in range(9))
    out["seconds_10x"] = min(_timed(clean, [large]) for _ in range(5))
    out["ratio"] = out["seconds_10x"] / out["seconds_1x"]
    return out


# --------------------------------------------------------------------------- report


def _header() -> str:
    v = versions()
    return "\n".join([
        "## Speed",
        "",
        f"Machine: {machine()}.",
        "Versions at the last run: " + ", ".join(f"{k} {val}" for k, val in v.items()) + ".",
        "Each block below says when and with which command it was measured; "
        "`python bench/speed.py --only PART` rewrites only that block. "
        "The 1 GB memory figure: `python bench/speed.py --only memory --jsonl-mb 1024` (run by hand).",
    ])


def _table(title: str, stamp: str, rows: list[tuple[str, str]]) -> str:
    lines = [f"### {title}", "", stamp, "", "| measure | result |", "| --- | --- |"]
    lines += [f"| {a} | {b} |" for a, b in rows]
    return "\n".join(lines)


def _cpu(r: dict, key: str) -> str:
    """The same figure by the process's CPU time, where it was measured."""
    return f" (by CPU time {r[key]:.0f} docs/s)" if key in r else ""


def part_markdown(part: str, r: dict, stamp: str) -> tuple[str, str]:
    """(block name, Markdown) of one part's result."""
    if part == "api":
        verdict = "meets" if r["text_docs_s"] >= TEXT_DOCS_S_TARGET else "misses"
        rows = [(f"`clean(text)` on the {r['pages']} AEB renderings ({r['text_mb']:.1f} MB), one process, "
                 f"documents never seen before, pure Python (no optional accelerator exists yet; target >= {TEXT_DOCS_S_TARGET:,})",
                 f"**{r['text_docs_s']:.0f} docs/s**, {r['text_mb_s']:.2f} MB/s{_cpu(r, 'text_docs_s_cpu')} ({verdict} the target; "
                 f"best of {r['text_rounds']} rounds, line cache emptied before each)"),
                (f"the same, documents seen before (every line already measured: the cache's best case; target >= {TEXT_SEEN_DOCS_S_TARGET:,})",
                 f"{r['text_docs_s_repeat']:.0f} docs/s{_cpu(r, 'text_docs_s_repeat_cpu')} "
                 f"({'meets' if r['text_docs_s_repeat'] >= TEXT_SEEN_DOCS_S_TARGET else 'misses'} the target)")]
        if "justext_docs_s" in r:
            times = r["text_docs_s"] / r["justext_docs_s"]
            rows.append(("jusText over the same text (each line a paragraph, the page language's stoplist, as bench/quality.py "
                         f"runs it), same run, a round after each round of new documents (target: newsclean >= {JUSTEXT_TIMES_TARGET}x)",
                         f"{r['justext_docs_s']:.0f} docs/s: newsclean on new documents **{times:.1f}x** "
                         f"({'meets' if times >= JUSTEXT_TIMES_TARGET else 'misses'} the target)"))
        if "html_skipped" in r:
            rows.append(("`clean(html, input_format=\"html\")`", f"skipped: {r['html_skipped']}"))
        else:
            verdict = "meets" if r["trafilatura_ratio"] <= TRAFILATURA_RATIO_TARGET else "misses"
            rows += [
                (f"`clean(html, input_format=\"html\")` on their HTML ({r['html_mb']:.1f} MB), one process",
                 f"{r['html_docs_s']:.0f} docs/s"),
                ("trafilatura `extract(html, include_comments=False)` alone, same HTML, same run",
                 f"{r['trafilatura_docs_s']:.0f} docs/s"),
                (f"newsclean HTML time / trafilatura time (target <= {TRAFILATURA_RATIO_TARGET})",
                 f"**{r['trafilatura_ratio']:.2f}** ({verdict} the target; best of {r['html_rounds']} interleaved rounds each)"),
            ]
        title = "Throughput, in process" + (f" (load average {r['load'][0]:.1f}-{r['load'][1]:.1f} on {os.cpu_count()} cores)"
                                            if "load" in r else "")
        return "speed-api", _table(title, stamp, rows)
    if part == "jobs":
        rows = []
        for name, label in (("files", f"{r['file_count']:,} small .txt files ({r['files_mb']:.1f} MB)"),
                            ("jsonl", f"{r['jsonl_mb']:.0f} MB JSONL ({r['records']:,} records)")):
            m = r[name]
            if "skipped" in m:
                rows.append((label, f"skipped: {m['skipped']}"))
                continue
            rows.append((f"{label}: `--jobs 1` / `--jobs 2` / default, wall time (load average {m['load'][0]:.1f}-{m['load'][1]:.1f})",
                         f"{m['jobs1_wall']:.1f} s / {m['jobs2_wall']:.1f} s / {m['default_wall']:.1f} s: "
                         f"`--jobs 2` **{m['jobs1_wall'] / m['jobs2_wall']:.2f}x**"))
            rows.append((f"{label}: the same, CPU time of the whole process tree",
                         f"{m['jobs1_cpu']:.1f} s / {m['jobs2_cpu']:.1f} s / {m['default_cpu']:.1f} s "
                         f"(workers cost {100 * (m['jobs2_cpu'] / m['jobs1_cpu'] - 1):+.0f} % CPU)"))
        for m in r.get("sweep", []):
            if "skipped" in m:
                continue
            rows.append((f"{m['files']} files ({m['mb']:.2f} MB): `--jobs 1` / `--jobs 2` wall (CPU)",
                         f"{m['jobs1_wall']:.2f} s ({m['jobs1_cpu']:.2f}) / {m['jobs2_wall']:.2f} s ({m['jobs2_cpu']:.2f}): "
                         f"{m['jobs1_wall'] / m['jobs2_wall']:.2f}x"))
        title = (f"Parallel jobs (CLI `newsclean clean --check -q`, {r['cores']} cores shared with other work; "
                 f"best of {r['jsonl'].get('rounds', '?')} interleaved rounds for wall and for CPU time)")
        table = _table(title, stamp, rows)
        if r.get("autogroup"):
            table += ("\n\nThis kernel shares CPU time between sessions (sched_autogroup): while other sessions keep "
                      "both cores busy, a command gets its session's share whatever its number of processes, so "
                      "`--jobs 2` cannot finish sooner than `--jobs 1` and its wall time only shows its extra CPU. "
                      "The CPU times say what it costs; on free cores the wall time is about half the CPU time.")
        return "speed-jobs", table
    if part == "startup":
        rows = [("`newsclean --help`, `echo text \\| newsclean clean -`", f"skipped: {r['skipped']}")] if "skipped" in r else []
        for key, label in () if "skipped" in r else (("help", "`newsclean --help`"), ("clean_stdin", "a two-paragraph article `\\| newsclean clean -`"),
                                                          ("api_first", "`import cleaner` and a first `clean()` of that article, inside the interpreter")):
            if f"{key}_ms" in r:
                target = STARTUP_TARGETS_MS[key]
                verdict = "meets" if r[f"{key}_ms"] <= target else "misses"
                rows.append((f"{label}, median of 10 (best), bytecode cached (target <= {target} ms)",
                             f"{r[f'{key}_ms']:.0f} ms ({r[f'{key}_min_ms']:.0f} ms): {verdict} the target"))
            else:
                rows.append((label, f"failed: {r.get(f'{key}_error', '?')}"))
        title = "Start-up" + (f" (load average {r['load']:.1f} on {os.cpu_count()} cores)" if "load" in r else "")
        return "speed-startup", _table(title, stamp, rows)
    if part == "memory":
        mb = r["mb"]
        name = f"speed-memory-{mb:g}mb"
        if "skipped" in r:
            rows = [(f"{mb:g} MB JSONL through `newsclean clean --input-format jsonl --format jsonl`", f"skipped: {r['skipped']}")]
        else:
            rows = [(f"{r['bytes'] / 1e6:.0f} MB JSONL ({r['records']} records) through "
                     "`newsclean clean --jobs 1 --input-format jsonl --format jsonl FILE > /dev/null`: peak RSS of the process",
                     f"**{r['peak_rss_mb']:.0f} MB**"),
                    ("time, throughput", f"{r['seconds']:.1f} s, {r['mb_s']:.2f} MB/s")]
        return name, _table(f"Memory, {mb:g} MB JSONL", stamp, rows)
    if part == "linear":
        rows = [(f"`clean(text)` on one document: {r['pages_1x']} AEB renderings concatenated ({r['kb_1x']:.0f} KB), best of 9",
                 f"{r['seconds_1x'] * 1000:.0f} ms"),
                (f"the same document concatenated 10 times ({10 * r['kb_1x']:.0f} KB), best of 5",
                 f"{r['seconds_10x'] * 1000:.0f} ms: time ratio **{r['ratio']:.1f}** (~10 is linear)")]
        return "speed-linear", _table("Linear growth", stamp, rows)
    raise ValueError(part)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", default=",".join(PARTS), help=f"comma-separated parts: {','.join(PARTS)}")
    parser.add_argument("--min-seconds", type=float, default=2.0, help="minimum timing per API measurement")
    parser.add_argument("--jsonl-mb", type=float, default=50.0, help="size of the generated JSONL for memory")
    parser.add_argument("--linear-pages", type=int, default=18, help="AEB renderings concatenated into the 1x document")
    parser.add_argument("--no-write", action="store_true", help="do not update docs/benchmarks.md")
    parser.add_argument("--save", metavar="FILE", help="also write the results (JSON, with when they were measured) to FILE")
    parser.add_argument("--load", metavar="FILE", help="write the blocks of results saved by --save instead of measuring")
    args = parser.parse_args(argv)
    parts = [p.strip() for p in args.only.split(",") if p.strip()]
    unknown = set(parts) - set(PARTS)
    if unknown:
        parser.error(f"unknown part(s): {', '.join(sorted(unknown))}")

    if args.load:
        saved = json.loads(Path(args.load).read_text(encoding="utf-8"))
        res, measured, command, version = saved["results"], saved["measured"], saved["command"], saved["version"]
        parts = [p for p in parts if p in res]
    else:
        res, measured, command, version = {}, None, None, versions()["newsclean"]
    pages = [] if args.load else aeb.load_pages()
    aeb.rendered_all(pages)
    cli_problem = cli_available() if not args.load and {"jobs", "startup", "memory"} & set(parts) else ""
    for part in [] if args.load else parts:
        print(f"... {part}", file=sys.stderr, flush=True)
        if part == "api":
            res["api"] = part_api(pages, args.min_seconds)
        elif part == "linear":
            res["linear"] = part_linear(pages, args.linear_pages)
        elif cli_problem:
            res[part] = {"skipped": cli_problem, "mb": args.jsonl_mb}
        elif part == "jobs":
            res["jobs"] = part_jobs(pages)
        elif part == "startup":
            res["startup"] = part_startup()
        elif part == "memory":
            res["memory"] = part_memory(pages, args.jsonl_mb)
        print(json.dumps(res[part], indent=None, default=str), flush=True)

    now = measured or _dt.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z")
    command = command or "python bench/speed.py" + ("".join(f" {a}" for a in argv))
    if args.save:
        Path(args.save).write_text(json.dumps({"measured": now, "command": command, "version": version, "results": res},
                                              default=str), encoding="utf-8")
    stamp = f"Measured {now} with `{command}`, newsclean {version}."
    blocks = [part_markdown(part, res[part], stamp) for part in parts]
    for _, md in blocks:
        print()
        print(md)
    if not args.no_write:
        update_section("speed-header", _header(), inside="speed")
        for name, md in blocks:
            update_section(name, md, inside="speed")
        print(f"\nwrote {DOC.relative_to(aeb.REPO)} (speed blocks: {', '.join(n for n, _ in blocks)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
