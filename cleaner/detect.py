"""Tell HTML from plain text, cheaply: by file suffix, then by the first few KB of content.

No heavy imports here: ``clean(x, input_format="auto")`` and the CLI call this for every document.
"""
from __future__ import annotations

import re
from pathlib import PurePath

__all__ = ["detect_format", "HTML_SUFFIXES", "TEXT_SUFFIXES"]

HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml", ".xht"})
#: Suffixes that always mean text, whatever tags the content shows (Markdown may hold inline HTML).
TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown"})

_HEAD = 4096  # bytes of content examined

_START_RE = re.compile(r"<!doctype\s+html|<html[\s>]|<\?xml[^>]*>\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+)?html", re.I | re.S)
_HTML_RE = re.compile(r"<html[\s>]", re.I)
_BODY_HEAD_RE = re.compile(r"<(?:body|head)[\s>]", re.I)
# the tags that show up in real page markup and HTML fragments, not in prose that mentions "<x>"
_TAG_RE = re.compile(
    r"</?(?:p|div|span|a|br|hr|img|ul|ol|li|h[1-6]|table|tr|td|th|thead|tbody|section|article|header|footer"
    r"|nav|aside|main|figure|figcaption|blockquote|strong|em|b|i|u|script|style|meta|link|title|form"
    r"|input|button|iframe|noscript|picture|source|time|label|select|option|small|sup|sub|pre|code)"
    r"(?:\s[^<>]{0,1000})?/?>",
    re.I,
)


def detect_format(text: str, filename: str | None = None) -> str:
    """Return ``"html"`` or ``"text"`` for a document.

    A filename suffix decides first: ``.html .htm .xhtml .shtml`` mean HTML, ``.txt .md`` mean text.
    Otherwise the first 4 KB decide: a doctype or ``<html`` at the start, ``<html`` with ``<head>`` or
    ``<body>`` anywhere in them, or a density of common HTML tags (at least 4 tags, two of them closing
    tags or tags with attributes, and at least one tag per 150 characters or a tenth of the characters
    in tags) that prose mentioning a tag does not reach.
    """
    if filename:
        suffix = PurePath(filename).suffix.lower()
        if suffix in HTML_SUFFIXES:
            return "html"
        if suffix in TEXT_SUFFIXES:
            return "text"
    head = text[:_HEAD].lstrip("\ufeff \t\r\n")
    if not head or "<" not in head:
        return "text"
    if _START_RE.match(head):
        return "html"
    if _HTML_RE.search(head) and _BODY_HEAD_RE.search(head):
        return "html"
    tags = _TAG_RE.findall(head)
    if len(tags) >= 4:
        # real markup closes its elements or carries attributes; prose that mentions "<p>" does not
        strong = sum(1 for t in tags if t.startswith("</") or "=" in t)
        tag_chars = sum(len(t) for t in tags)
        if strong >= 2 and (len(tags) * 150 >= len(head) or tag_chars * 10 >= len(head)):
            return "html"
    return "text"
