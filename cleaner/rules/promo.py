"""Promotion and widgets: share bars, follow-us, newsletter and subscription prompts, adverts, app
prompts, cookie banners, log-in prompts and comment-section chrome."""
from __future__ import annotations

import re

from . import Context, Rule, needs, rule

# kind of lexicon phrase -> (rule id, description)
_KINDS = {
    "share": ("promo.share", "Share, tweet, e-mail and print widgets."),
    "follow": ("promo.follow", "'Follow us' and social-network prompts."),
    "newsletter": ("promo.newsletter", "Newsletter, subscription and paywall prompts."),
    "advertisement": ("promo.advertisement", "'Advertisement', sponsored and affiliate notices."),
    "app": ("promo.app", "App download prompts."),
    "cookie": ("promo.cookie", "Cookie and consent banners, browser warnings."),
    "comments": ("promo.comments", "Comment-section chrome: 'Leave a reply', comment counts, reply buttons."),
    "login": ("promo.login", "Sign-in, log-in and account prompts."),
}
# A widget, prompt or banner line is short.
_MAX_WEIGHT = 12
# Whole-line labels of these exact kinds belong to the promo family.
_EXACT = {"share": "share", "comments": "comments", "promo": "advertisement"}


def _make(kind: str, rule_id: str, description: str):
    exact_kinds = [e for e, k in _EXACT.items() if k == kind]

    def short_with_pattern(line, lex) -> bool:
        if line.weight > _MAX_WEIGHT:
            return False
        pattern = lex.patterns.get(kind)
        return pattern is not None and pattern.search(line.lower) is not None

    needs(max_weight=_MAX_WEIGHT, patterns=(kind,), on="lower")(short_with_pattern)

    @rule(rule_id, "promo", description, languages="lexicon", local=True, select=short_with_pattern)
    def apply(ctx: Context, self: Rule) -> None:
        for exact in exact_kinds:
            ctx.claim_exact(self, exact, "widget label '{}'")
        ctx.claim_phrases(self, kind, kind + " prompt ('{}')")
        for index in ctx.selected(self):
            if ctx.lines[index].verdict is None:
                ctx.claim(index, self, f"{kind} element")

    return apply


# A product or tariff card: one block of short lines (a name, a rating, pros, a price) with a shop
# button ('Angebot ansehen', 'Contratar', '查看价格'). At most this many lines (AEB and WCXB cards:
# 4-14; a page printed without blank lines is one block of hundreds, and no card) ...
_CARD_MAX_LINES = 16
# ... none of them a sentence of prose (a card's lines are labels and figures; a paragraph with a
# 'Buy now' link under it is the article's).
_CARD_LINE_MAX_WEIGHT = 10
# A price ('ab 499 €', '39,90 €/mes', 'R$ 1.299', '¥2999', '4 990 ₽') or a rating ('4,6 / 5').
_PRICE = re.compile(r"(?:[€$£¥₽]\s?\d|\d\s?(?:€|\$|£|¥|₽|元|руб|eur\b|usd\b)|r\$\s?\d|^\d[.,]\d\s*/\s*(?:5|10)$)", re.I)


@rule("promo.product-card", "promo", "A product or tariff card: a block of short lines with a price or rating and a shop button ('Angebot ansehen', 'Contratar').", languages="lexicon")
def product_card(ctx: Context, self: Rule) -> None:
    lines = ctx.lines
    n = len(lines)
    done: set[int] = set()
    for index in ctx.with_exact("offer"):
        block = lines[index].block
        if block in done:
            continue
        done.add(block)
        first = last = index
        while first > 0 and lines[first - 1].block == block and index - first < _CARD_MAX_LINES:
            first -= 1
        while last + 1 < n and lines[last + 1].block == block and last - first < _CARD_MAX_LINES:
            last += 1
        run = lines[first : last + 1]
        if len(run) < 3 or len(run) > _CARD_MAX_LINES or (first > 0 and lines[first - 1].block == block) \
                or (last + 1 < n and lines[last + 1].block == block):
            continue
        if any(line.weight > _CARD_LINE_MAX_WEIGHT or (line.ends_sentence and line.weight >= 6) for line in run):
            continue
        if not any(_PRICE.search(line.text) for line in run):
            continue
        for k in range(first, last + 1):
            ctx.claim(k, self, "product card (a price and a shop button)")


RULES = [_make(kind, rule_id, description) for kind, (rule_id, description) in _KINDS.items()] + [product_card]
