"""Licence and copyright footers, legal links, registration numbers and footer contact lines."""
from __future__ import annotations

import re

from ..lexicon import Lexicon
from . import MAX_PHRASE_LINE_WEIGHT, Context, Rule, memo, needs, rule
from .credits import photo_pattern_found

_HOLDER = re.compile(
    r"(?:(?:copyright|©|ⓒ|\(c\))\s*)+(?:(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)?\d{2,4})?\s*)?(?:©\s*)?(?:by\s+)?"
    r"[«\"“„‹「『]?(?P<holder>[^\W\d](?:[^.,;|©«»\"“”„‹›「」『』]|(?<=\bCo)\.(?=\s?KG)){1,80}?)[»\"”“›」』]?\s*"
    r"(?=(?!(?<=\bCo)\.\s?KG\b)[.,;|©]|\s[-–]\s|\s+all rights|$)",  # ('GmbH & Co. KG': a stop inside the name)
    re.I,
)


def copyright_holder(text: str) -> str | None:
    """The holder named in a copyright line ("Copyright 2020 © Shanghai Daily. All ..." -> "Shanghai Daily",
    "© 2024 «Северный вестник». Все права защищены." -> "Северный вестник")."""
    m = _HOLDER.search(text)
    if not m:
        return None
    if "/" in m["holder"] or "@" in m["holder"]:
        return None  # "© REUTERS / POOL", "NASA/ESA": a picture credit
    holder = re.sub(r"\s+(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)?\d\d)?$", "", m["holder"]).strip(" -–:")
    holder = re.sub(r"\s*\((?:www|https?)[^)]*\)?$", "", holder).strip()  # "Al Bawaba (www.albawaba.com)"
    words = holder.split()
    if not words or len(words) > 8 or holder.lower().startswith(("all ", "copyright")):
        return None
    return holder


# A long line is only a legal notice when it opens like one.
_NOTICE_STARTS = ("©", "Copyright", "COPYRIGHT", "(c)", "(C)", "Ⓒ", "ⓒ")


def _notice(lex: Lexicon, line) -> tuple[bool, str | None] | None:
    """(matched by a structural pattern, copyright holder) for a legal notice line, else None."""
    patterns = lex.patterns.get("legal")
    if photo_pattern_found(line, lex) and "legal" not in line.phrases:
        return None  # "© Jane Doe / Agency": a picture credit, left to credits.photo
    by_pattern = patterns is not None and patterns.search(line.text) is not None
    if not by_pattern and "legal" not in line.phrases:
        return None
    text = line.text
    holder = copyright_holder(text) if ("©" in text or "ⓒ" in text or "opyright" in text or "(c)" in line.lower) else None
    if holder:
        # "金融观察网 版权所有" -> "金融观察网"; "© RIPRODUZIONE RISERVATA" is a rights phrase, no name.
        lowered = holder.lower()
        for m in reversed(list(lex.contains.finditer(lowered))):
            holder = holder[: m.start()] + holder[m.end():]
        holder = " ".join(holder.split()).strip(" -–|,") or None
    return by_pattern, holder


def _notice_of(line, lex: Lexicon) -> tuple[bool, str | None] | None:
    return memo(line, "legal-notice", lambda ln: _notice(lex, ln))


_QUOTE_OPENERS = re.compile(r"[\"“„«‹「『]")
_QUOTE_CLOSERS = "\"”“»›」』"
# Before the quote, a sentence's opening: two words, or (in a script written without spaces,
# '每一页底部都印有"© 2021 张伟 版权所有"的字样。') this many letters.
_UNSPACED_OPENING_LETTERS = 4


def quoted_in_sentence(text: str) -> bool:
    """A notice quoted in a sentence of the article ('The page footer read "© 2019 John Smith. All
    rights reserved."'): two or more words stand before the opening quote, outside it, or after
    it closes; or the whole line is a quotation ('„© 2023 Jürgen Weber. Alle Rechte
    vorbehalten.“'), which no site's footer is."""
    m = _QUOTE_OPENERS.search(text)
    if m is None or text.startswith(_NOTICE_STARTS):
        return False
    before = text[: m.start()]
    if not before.strip():
        if text.rstrip(" .。!?")[-1:] in _QUOTE_CLOSERS and len(text) > 2:
            return True
        # '„© 2025 Ute Lindemann. Alle Rechte vorbehalten.“ stand unter jedem Foto': the quoted
        # notice opens a sentence that goes on after the quote closes.
        close = next((k for k in range(m.end(), len(text)) if text[k] in _QUOTE_CLOSERS), None)
        after = text[close + 1 :] if close is not None else ""
        return len(after.split()) >= 2 or (not after.isascii() and sum(map(str.isalpha, after)) >= _UNSPACED_OPENING_LETTERS)
    if len(before.split()) >= 2:
        return True
    return not before.isascii() and sum(map(str.isalpha, before)) >= _UNSPACED_OPENING_LETTERS


@needs(patterns=("legal",), phrases=("legal",))
def _is_notice(line, lex: Lexicon) -> bool:
    """Short, or opening like a notice, and a notice by pattern or phrase; not quoted in a sentence."""
    if line.weight > MAX_PHRASE_LINE_WEIGHT and not line.text.startswith(_NOTICE_STARTS) and "legal" not in line.phrases:
        return False
    return _notice_of(line, lex) is not None and not quoted_in_sentence(line.text)


@rule("legal.copyright", "legal", "Copyright, licence and rights-reserved lines, registration numbers (ICP 备案, 公网安备 ...).", languages="lexicon", local=True, select=_is_notice)
def copyright_line(ctx: Context, self: Rule) -> None:
    for index in ctx.selected(self):
        line = ctx.lines[index]
        found = _notice_of(line, ctx.lex)
        phrase = line.phrases.get("legal")
        reason = f"legal notice ('{phrase}')" if phrase else "copyright or registration notice"
        ctx.claim(index, self, reason, {"sitename": found[1]} if found[1] else None)


@rule("legal.footer-link", "legal", "Footer links: privacy policy, terms of use, Impressum, Datenschutz, careers, advertise ...", languages="lexicon", local=True)
def footer_link(ctx: Context, self: Rule) -> None:
    ctx.claim_exact(self, "legal", "footer link '{}'")


@rule("legal.contact", "legal", "Hotline, phone, e-mail and 'contact us' lines of the site footer.", languages="lexicon", local=True)
def contact(ctx: Context, self: Rule) -> None:
    ctx.claim_phrases(self, "contact", "contact line ('{}')")


# A copyright notice with its year ('© 2025 Banca Albora'): the page's footer, not a licence mention.
DATED_NOTICE = re.compile(r"(?:©|ⓒ|\([cC]\)|[Cc]opyright)\s*(?:©\s*)?(?:19|20)\d\d|(?:19|20)\d\d\s*(?:©|ⓒ)")


# Lines searched above the © notice for small print printed over it (claimed footer lines count).
_SMALL_PRINT_REACH = 6


@rule("legal.disclaimer", "legal", "Legal small print below the page's © notice ('This material is not intended to replace the advice of …', 'Nada de lo publicado constituye una oferta').", languages="lexicon")
def disclaimer(ctx: Context, self: Rule) -> None:
    """Two pieces of evidence that agree: a disclaimer's phrase, and its place under the footer's
    dated © notice (a paragraph of the article that quotes such a phrase stands above it)."""
    pattern = ctx.lex.patterns.get("disclaimer")
    if pattern is None:
        return
    lines = ctx.lines
    footer = next((i for i in range(len(lines) - 1, -1, -1) if lines[i].verdict is not None
                   and lines[i].verdict.rule == "legal.copyright" and DATED_NOTICE.search(lines[i].text)), None)
    if footer is None:
        return
    for index in range(footer + 1, len(lines)):
        line = lines[index]
        if line.verdict is None:
            m = pattern.search(line.lower)
            if m is not None:
                ctx.claim(index, self, f"legal small print under the footer ('{m.group(0)}')")
    # ... or right over it: small print, then the © line (other footer lines may stand between)
    for index in range(footer - 1, max(-1, footer - 1 - _SMALL_PRINT_REACH), -1):
        line = lines[index]
        if line.verdict is not None:
            continue
        m = pattern.search(line.lower)
        if m is None:
            break  # a paragraph without small print: the article's, or the page's
        ctx.claim(index, self, f"legal small print over the footer ('{m.group(0)}')")


RULES = [copyright_line, footer_link, contact, disclaimer]
