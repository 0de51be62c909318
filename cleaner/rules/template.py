"""Site templates: lines printed on many pages of the same site (see cleaner/templates.py). Listed
as a rule so it can be explained and switched off like any other; the engine applies it after the
other rules, to the lines none of them claimed, when it is given a site's templates."""
from __future__ import annotations

from . import Context, Rule, rule


def _applied_by_engine(ctx: Context, self: Rule) -> None:
    """Applied by the engine from the site's templates (Options.templates); nothing to do here."""


SITE = rule(
    "template.site", "template",
    "A line printed on at least half of the site's pages (menus, footers, standard paragraphs), "
    "with templates learned from a batch (--learn-templates, --templates).",
)(_applied_by_engine)

RULES = [SITE]
