"""cleaner.pool: one ordered process pool for files and JSONL records."""
from __future__ import annotations

import time

import pytest

from cleaner.pool import flatten, ordered


def _square(n: int) -> int:
    return n * n


def _nap(seconds: float) -> list[float]:
    time.sleep(seconds)
    return [seconds]


def _fail_on_three(n: int) -> int:
    if n == 3:
        raise ValueError("three")
    return n


def test_results_come_in_task_order_and_tasks_are_read_lazily():
    read = []

    def tasks():
        for n in range(1000):
            read.append(n)
            yield n

    results = ordered(_square, tasks(), jobs=2, window=4)
    assert next(results) == 0
    assert len(read) <= 5
    assert list(results) == [n * n for n in range(1, 1000)]


def test_a_failed_task_gives_on_error_or_raises():
    got = list(ordered(_fail_on_three, range(6), jobs=2, window=2, on_error=lambda task, exc: f"{task}: {exc}"))
    assert got == [0, 1, 2, "3: three", 4, 5]
    with pytest.raises(ValueError):
        list(ordered(_fail_on_three, range(6), jobs=2, window=2))


def test_an_interrupt_thrown_in_terminates_the_workers_at_once():
    items = flatten(ordered(_nap, [0.01, 30, 30, 30], jobs=2, window=4))
    assert next(items) == 0.01
    started = time.monotonic()
    with pytest.raises(KeyboardInterrupt):
        items.throw(KeyboardInterrupt())
    assert time.monotonic() - started < 10


def test_a_failed_chunk_fails_each_unit_naming_records_by_line():
    from cleaner.outcome import Source, Task, _worker_failed

    source = Source("c.jsonl", "c.jsonl", jsonl=True)
    record, document = _worker_failed([Task(source, 3, b"{}"), Task(Source("a.txt", "a.txt"))], RuntimeError("boom"))
    assert record.error == "line 3: internal error: worker failed: RuntimeError: boom"
    assert document.error == "internal error: worker failed: RuntimeError: boom"
    assert record.error_kind == document.error_kind == "internal"
