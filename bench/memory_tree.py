#!/usr/bin/env python3
"""Peak memory of the whole process tree (main process and workers) of newsclean on a big JSONL.

    python bench/memory_tree.py --mb 200                       # every mode, --jobs 1 and 2
    python bench/memory_tree.py --mb 200 --modes check-report --jobs 2

The corpus is generated from the text fixtures (``fixtures/*/input.txt``), records
``{"id", "text"}``, until it reaches --mb MB. Each run's resident memory is the sum of the RSS of
newsclean and all its descendants, sampled every 20 ms from /proc (Linux); the figure is the
highest sum seen. Prints one Markdown table row per run.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

MODES = {
    "print": ["--format", "jsonl"],
    "check-report": ["--check", "--report", "{tmp}/report.jsonl"],
    "diff": ["--diff"],
    "write": ["--write"],
}


def make_corpus(path: Path, megabytes: float) -> tuple[int, int]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(ROOT.glob("fixtures/*/input.txt")) if p.stat().st_size < 60_000]
    lines = [json.dumps({"id": i, "text": t}, ensure_ascii=False) + "\n" for i, t in enumerate(texts)]
    target, written, records = int(megabytes * 1_000_000), 0, 0
    with path.open("w", encoding="utf-8") as fh:
        while written < target:
            for line in lines:
                fh.write(line)
                written += len(line.encode("utf-8"))
                records += 1
                if written >= target:
                    break
    return records, written


def _children() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as fh:
                fields = fh.read().rsplit(b")", 1)[1].split()
            tree.setdefault(int(fields[1]), []).append(int(entry))
        except (OSError, IndexError, ValueError):
            continue
    return tree


def _rss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status", "rb") as fh:
            for line in fh:
                if line.startswith(b"VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def tree_rss_kb(root: int) -> int:
    tree = _children()
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        total += _rss_kb(pid)
        todo.extend(tree.get(pid, ()))
    return total


def measure(args: list[str], cwd: str) -> tuple[float, int, int]:
    """(seconds, exit code, peak tree RSS in MB) of one newsclean run, stdout to /dev/null."""
    command = [shutil.which("newsclean") or "newsclean", *args]
    start = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=cwd)
    peak = 0
    while proc.poll() is None:
        peak = max(peak, tree_rss_kb(proc.pid))
        time.sleep(0.02)
    return time.perf_counter() - start, proc.returncode, peak // 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, default=200.0)
    parser.add_argument("--modes", default=",".join(MODES))
    parser.add_argument("--jobs", default="1,2")
    opts = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="newsclean-mem-") as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        records, size = make_corpus(corpus, opts.mb)
        print(f"corpus: {size / 1e6:.0f} MB, {records} records", file=sys.stderr)
        print("| mode | jobs | seconds | exit | peak RSS, process tree |\n| --- | --- | --- | --- | --- |")
        for mode in opts.modes.split(","):
            for jobs in opts.jobs.split(","):
                work = Path(tmp) / "work.jsonl"
                shutil.copyfile(corpus, work)
                extra = [a.format(tmp=tmp) for a in MODES[mode]]
                seconds, code, peak = measure(["clean", "--jobs", jobs, *extra, str(work)], tmp)
                print(f"| `{' '.join(['clean', '--jobs', jobs, *MODES[mode]])}` | {jobs} | {seconds:.1f} | {code} | {peak} MB |", flush=True)
                work.unlink()
    return 0


if __name__ == "__main__":
    sys.exit(main())
