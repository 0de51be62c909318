"""Options that change what the cleaner removes; one frozen object so runs are reproducible."""
from __future__ import annotations

from dataclasses import dataclass, fields, replace


@dataclass(frozen=True, slots=True)
class Options:
    """How to clean.

    disable: rule ids (``legal.copyright``) or whole categories (``legal``) to switch off.
    enable: rule ids or categories to switch back on (wins over ``disable``).
    keep_byline: keep the first byline/dateline in the text instead of only in metadata.
    language: force the document language (ISO 639-1) instead of detecting it.
    templates: the site's templates (``Templates.for_site(site)``, see cleaner/templates.py): lines
    printed on many of the site's pages go, as rule ``template.site``.
    """

    disable: frozenset[str] = frozenset()
    enable: frozenset[str] = frozenset()
    keep_byline: bool = False
    language: str | None = None
    templates: "SiteTemplates | None" = None  # noqa: F821 (cleaner.templates, imported only when used)

    @classmethod
    def make(cls, options: "Options | None" = None, **overrides) -> "Options":
        """Build options from an optional base plus keyword overrides (lists become frozensets)."""
        base = options or cls()
        known = {f.name for f in fields(cls)}
        unknown = set(overrides) - known
        if unknown:
            raise TypeError(f"unknown option(s): {', '.join(sorted(unknown))}")
        for key in ("disable", "enable"):
            if key in overrides and overrides[key] is not None:
                overrides[key] = frozenset(overrides[key])
        return replace(base, **{k: v for k, v in overrides.items() if v is not None})

    def rule_enabled(self, rule_id: str, category: str) -> bool:
        """A rule runs unless it or its category is disabled and not re-enabled."""
        if rule_id in self.enable or category in self.enable:
            return True
        return rule_id not in self.disable and category not in self.disable
