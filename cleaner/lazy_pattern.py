"""Regular expressions compiled on first use. A character class over a non-Latin script costs
milliseconds to compile (its code points become a bitmap), and an English article never needs it:
compiled at import, five of them were 20 ms of every command's start-up (issue 11)."""
from __future__ import annotations

import re


class LazyPattern:
    """Stands for ``re.compile(source, flags)``; compiles it the first time a method is used."""

    __slots__ = ("_source", "_flags", "_compiled")

    def __init__(self, source: str, flags: int = 0) -> None:
        self._source = source
        self._flags = flags
        self._compiled: re.Pattern | None = None

    def __getattr__(self, name: str):
        # only called for what the slots do not have: search, match, findall, sub, pattern, ...
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = re.compile(self._source, self._flags)
        return getattr(compiled, name)
