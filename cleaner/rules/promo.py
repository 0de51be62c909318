"""Promotion and widgets: share bars, follow-us, newsletter and subscription prompts, adverts, app
prompts, cookie banners, log-in prompts and comment-section chrome."""
from __future__ import annotations

from . import Context, Rule, exact_kind, phrase_kinds, rule

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
# Whole-line labels of these exact kinds belong to the promo family.
_EXACT = {"share": "share", "comments": "comments", "promo": "advertisement"}


def _make(kind: str, rule_id: str, description: str):
    @rule(rule_id, "promo", description)
    def apply(ctx: Context, self: Rule) -> None:
        for index in range(len(ctx.lines)):
            exact = exact_kind(ctx, index)
            if exact is not None and _EXACT.get(exact) == kind:
                ctx.claim(index, self, f"widget label '{ctx.lines[index].text}'")
                continue
            phrase = phrase_kinds(ctx, index).get(kind)
            if phrase:
                ctx.claim(index, self, f"{kind} prompt ('{phrase}')")
                continue
            pattern = ctx.lex.patterns.get(kind)
            line = ctx.lines[index]
            if pattern is not None and line.weight <= 12 and pattern.search(line.lower):
                ctx.claim(index, self, f"{kind} element")

    return apply


RULES = [_make(kind, rule_id, description) for kind, (rule_id, description) in _KINDS.items()]
