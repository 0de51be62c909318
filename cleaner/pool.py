"""One ordered process pool for the batch: files and JSONL records go through the same code.

    for result in ordered(func, tasks, jobs=2, window=8, initializer=init, initargs=(settings,)):
        ...

``func(task)`` runs in worker processes (started with ``initializer(*initargs)``, Ctrl-C ignored:
the parent handles it); results come back in the order of ``tasks``, with at most ``window`` tasks
in flight, so memory stays bounded whatever the number of tasks. Tasks are read lazily.
"""
from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import Any

__all__ = ["ordered", "flatten"]


def _start(initializer: Callable[..., None] | None, initargs: tuple) -> None:
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's: it stops the pool
    if initializer is not None:
        initializer(*initargs)


def ordered(
    func: Callable[[Any], Any],
    tasks: Iterable[Any],
    *,
    jobs: int,
    window: int,
    initializer: Callable[..., None] | None = None,
    initargs: tuple = (),
    on_error: Callable[[Any, BaseException], Any] | None = None,
) -> Iterator[Any]:
    """``func(task)`` for every task, in order, on ``jobs`` processes, ``window`` tasks in flight.

    A task whose worker failed gives ``on_error(task, exc)`` (or raises, without ``on_error``).
    Closing the iterator early lets idle workers exit; an exception thrown in (an interrupt)
    terminates them at once.
    """
    from concurrent.futures import ProcessPoolExecutor

    executor = ProcessPoolExecutor(max_workers=jobs, initializer=_start, initargs=(initializer, initargs))
    pending: deque = deque()
    it = iter(tasks)
    try:
        for task in islice(it, max(1, window)):
            pending.append((task, executor.submit(func, task)))
        while pending:
            task, future = pending.popleft()
            try:
                result = future.result()
            except Exception as exc:  # noqa: BLE001 - a worker died or func raised
                if on_error is None:
                    raise
                result = on_error(task, exc)
            for nxt in islice(it, 1):
                pending.append((nxt, executor.submit(func, nxt)))
            yield result
    except GeneratorExit:  # the caller stopped early: let the idle workers exit
        executor.shutdown(wait=True, cancel_futures=True)
        raise
    except BaseException:
        for process in list((getattr(executor, "_processes", None) or {}).values()):
            process.terminate()
        executor.shutdown(wait=False, cancel_futures=True)
        raise
    executor.shutdown(wait=True)


def flatten(results: Iterator[list]) -> Iterator[Any]:
    """The items of the lists ``results`` yields (a task's results), passing on to ``results`` an
    exception thrown in (so an interrupt terminates the workers) and a close."""
    try:
        for items in results:
            yield from items
    except GeneratorExit:
        results.close()
        raise
    except BaseException as exc:
        try:
            results.throw(exc)
        except BaseException:  # noqa: BLE001 - it re-raises what it was given
            pass
        raise
