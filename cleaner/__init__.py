"""newsclean: remove news boilerplate from scraped text or HTML and record every removal.

    from cleaner import clean
    result = clean(text)                       # plain text
    result = clean(html, input_format="html")  # HTML through trafilatura, then the text engine
    result.text, result.metadata, result.removals
"""
from __future__ import annotations

from .model import Removal, Result
from .options import Options

__all__ = ["clean", "Result", "Removal", "Options", "list_rules", "INPUT_FORMATS"]
__version__ = "0.1.0"

INPUT_FORMATS = ("text", "html", "auto")


def clean(text: str, input_format: str = "text", *, options: Options | None = None, **overrides) -> Result:
    """Clean one document.

    input_format: "text" (plain text), "html" (extract with trafilatura first) or "auto"
    (decide by content). Keyword overrides are fields of :class:`Options`.
    """
    opts = Options.make(options, **overrides)
    if input_format not in INPUT_FORMATS:
        raise ValueError(f"input_format must be one of {', '.join(INPUT_FORMATS)}, not {input_format!r}")
    if input_format == "auto":
        from .detect import detect_format

        input_format = detect_format(text)
    if input_format == "html":
        from .html import clean_html

        return clean_html(text, opts)
    from .engine import clean_text

    return clean_text(text, opts)


def list_rules():
    """Every rule the engine knows, in a stable order (see ``cleaner.rules.RuleInfo``)."""
    from dataclasses import replace

    from .lexicon import available
    from .rules import all_rules

    # "lexicon": the rule needs words, and works in the languages that have a lexicon file;
    # "any": it works on shape alone, in any language.
    words = ", ".join(available())
    return [replace(r.info, languages=words) if r.info.languages == "lexicon" else r.info for r in all_rules()]
