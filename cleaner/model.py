"""The records newsclean hands back: what was kept, what was harvested, what was removed and why."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass(frozen=True, slots=True)
class Removal:
    """One removed span of the input, with the rule that removed it.

    Line numbers are 1-based and refer to the input exactly as given to ``clean``.
    """

    rule: str
    category: str
    first_line: int
    last_line: int
    reason: str
    text: str

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(slots=True)
class Result:
    """The outcome of cleaning one document."""

    text: str
    metadata: dict = field(default_factory=dict)
    removals: list[Removal] = field(default_factory=list)
    # What the reader should know about this clean: the safety net kept the conservative reading.
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {
            "text": self.text,
            "metadata": self.metadata,
            "removals": [r.to_dict() for r in self.removals],
        }
