"""A per-document time limit.

    with time_limit(5):
        result = clean(html, input_format="html")   # TimeLimitExceeded after 5 s

Uses ``SIGALRM`` through ``setitimer`` where the platform has it and only in the main thread of a
process (signal handlers can only be set there); elsewhere (Windows, worker threads) it is a no-op,
and so is a limit of ``None`` or ``0``. Worker *processes* of a pool run their tasks in their main
thread, so the limit works there too.

The signal interrupts Python code, not a single long C call: a huge page inside lxml's parser is
stopped when the parser returns control to Python.

:class:`TimeLimitExceeded` derives from ``BaseException`` on purpose, like ``KeyboardInterrupt``:
libraries such as trafilatura and htmldate wrap parts of their work in ``except Exception`` and
would otherwise swallow the interruption and carry on. Catch it by name.
"""
from __future__ import annotations

import signal
import threading
import time
from contextlib import contextmanager
from collections.abc import Iterator

__all__ = ["TimeLimitExceeded", "time_limit", "supported"]


class TimeLimitExceeded(BaseException):
    """A document took longer than its time limit."""

    def __init__(self, seconds: float):
        super().__init__(f"took longer than {seconds:g} s")
        self.seconds = seconds


def supported() -> bool:
    """Whether :func:`time_limit` can interrupt code here (platform and thread)."""
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise :class:`TimeLimitExceeded` in the body when it runs longer than ``seconds``.

    Nests: an enclosing limit that expires sooner still fires, and is re-armed with its remaining
    time on exit.
    """
    if not seconds or seconds <= 0 or not supported():
        yield
        return

    def _expired(signum, frame):
        raise TimeLimitExceeded(seconds)

    start = time.monotonic()
    previous_handler = signal.signal(signal.SIGALRM, _expired)
    outer_delay, outer_interval = signal.setitimer(signal.ITIMER_REAL, seconds)
    if outer_delay and outer_delay < seconds:
        # an enclosing limit expires first: keep it (and its handler)
        signal.signal(signal.SIGALRM, previous_handler)
        signal.setitimer(signal.ITIMER_REAL, outer_delay, outer_interval)
        yield
        return
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous_handler)
        if outer_delay:
            remaining = outer_delay - (time.monotonic() - start)
            # an outer limit that ran out meanwhile fires at once
            signal.setitimer(signal.ITIMER_REAL, max(remaining, 1e-6), outer_interval)
