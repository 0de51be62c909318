"""Promotion and widgets: share bars, follow-us, newsletter and subscription prompts, adverts, app
prompts, cookie banners, log-in prompts and comment-section chrome."""
from __future__ import annotations

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


RULES = [_make(kind, rule_id, description) for kind, (rule_id, description) in _KINDS.items()]
