"""Licence and copyright footers, legal links, registration numbers and footer contact lines."""
from __future__ import annotations

import re

from . import MAX_PHRASE_LINE_WEIGHT, Context, Rule, exact_kind, phrase_kinds, rule

_HOLDER = re.compile(
    r"(?:copyright|©|\(c\))\s*(?:©\s*)?(?:(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)?\d{2,4})?\s*)?(?:©\s*)?(?:by\s+)?"
    r"(?P<holder>[^\W\d][^.,;|©]{1,80}?)\s*(?=[.,;|©]|\s[-–]\s|\s+all rights|$)",
    re.I,
)


def copyright_holder(text: str) -> str | None:
    """The holder named in a copyright line ("Copyright 2020 © Shanghai Daily. All ..." -> "Shanghai Daily")."""
    m = _HOLDER.search(text)
    if not m:
        return None
    holder = m["holder"].strip(" -–:")
    words = holder.split()
    if not words or len(words) > 8 or holder.lower().startswith(("all ", "copyright")):
        return None
    return holder


@rule("legal.copyright", "legal", "Copyright, licence and rights-reserved lines, registration numbers (ICP 备案, 公网安备 ...).")
def copyright_line(ctx: Context, self: Rule) -> None:
    patterns = ctx.lex.patterns.get("legal")
    for index, line in enumerate(ctx.lines):
        if line.weight > MAX_PHRASE_LINE_WEIGHT * 2:
            continue
        by_pattern = patterns is not None and patterns.search(line.text) is not None
        if by_pattern and line.weight > MAX_PHRASE_LINE_WEIGHT and not line.text.startswith(("©", "Copyright", "(c)")):
            by_pattern = False
        phrase = phrase_kinds(ctx, index).get("legal")
        if by_pattern or phrase:
            holder = copyright_holder(line.text) if ("©" in line.text or "opyright" in line.text or "(c)" in line.lower) else None
            reason = f"legal notice ('{phrase}')" if phrase else "copyright or registration notice"
            ctx.claim(index, self, reason, {"sitename": holder} if holder else None)


@rule("legal.footer-link", "legal", "Footer links: privacy policy, terms of use, Impressum, Datenschutz, careers, advertise ...")
def footer_link(ctx: Context, self: Rule) -> None:
    for index in range(len(ctx.lines)):
        if exact_kind(ctx, index) == "legal":
            ctx.claim(index, self, f"footer link '{ctx.lines[index].text}'")


@rule("legal.contact", "legal", "Hotline, phone, e-mail and 'contact us' lines of the site footer.")
def contact(ctx: Context, self: Rule) -> None:
    for index in range(len(ctx.lines)):
        phrase = phrase_kinds(ctx, index).get("contact")
        if phrase:
            ctx.claim(index, self, f"contact line ('{phrase}')")


RULES = [copyright_line, footer_link, contact]
