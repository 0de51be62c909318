"""Scraper header lines such as ``date 2024-04-29`` or ``url: https://...`` at the top of a file."""
from __future__ import annotations

import re

from . import Context, Rule, rule

# Field names scrapers write in front of a page (data-format keys, not prose words).
_HEADER = re.compile(
    r"^(?P<key>date|url|link|title|headline|author|authors|source|lang|language|published|sitename|site|id|section|tags)"
    r"\s*[:=]?\s+(?P<value>\S.*)$",
    re.I,
)
_MAX_HEADER_LINES = 6


@rule("header.scraper-field", "header", "Scraper header lines at the top of the file (date, url, title ...): to metadata.")
def scraper_field(ctx: Context, self: Rule) -> None:
    for index, line in enumerate(ctx.lines[:_MAX_HEADER_LINES]):
        m = _HEADER.match(line.text)
        if not m:
            break
        key = m["key"].lower()
        value = m["value"].strip()
        has_colon = bool(re.match(r"^\w+\s*[:=]", line.text))
        if key not in ("date", "url", "link") and not has_colon:
            break
        if key in ("url", "link") and not re.match(r"^[a-z][a-z0-9+.-]*://\S+$", value, re.I):
            break
        if key == "date" and not re.search(r"\d{4}", value):
            break
        ctx.claim(index, self, f"scraper header field '{key}'", {"header": {key: value}})


RULES = [scraper_field]
