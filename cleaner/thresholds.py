"""Every threshold of the decision in one place, each with where its value comes from.

Like jusText's named defaults: the values are data, the code that reads them says why it does.
"Measured" means chosen on both development corpora together (AEB and WCXB-dev, text mode; see
docs/benchmarks.md), the value where severe loss fell without costing F1 elsewhere.
"""
from __future__ import annotations

# --- the safety net (cleaner/safety.py) -----------------------------------------------------------
# A clean that keeps less than this share of the prose the conservative reading keeps falls back to
# the conservative reading. Measured: below it, most pages are ones where the core landed on the
# wrong run (a sidebar, one section of a listicle); above it, the core dropped real sidebars.
SAFETY_MIN_KEPT_SHARE = 0.3
# ... and only on pages with at least this much prose (words), where a share means something: a
# brief of two sentences amid a sidebar is judged by the core alone.
SAFETY_MIN_PROSE = 60.0
# A comment section: a comment label followed, within this many lines, by at least this many
# entries, each with a header of its own (a name, a date) over its text. Two entries would be a
# coincidence of two bylines; three is the pattern of every comment widget on both corpora.
COMMENT_WINDOW = 40
COMMENT_MIN_ENTRIES = 3
# ... the first of them within this many lines of the label (a count, a 'sign in to comment' and a
# name may stand between); a label farther from any entry labels something else, a jump link.
COMMENT_FIRST_ENTRY = 4

# --- hard-wrapped paragraphs (cleaner/paragraphs.py) ----------------------------------------------
# Wrapping programs break at 72-80 columns (RFC 3676 mail, fmt, pandoc, text browsers); below 40
# a block is a column of labels, above 100 nobody wraps by hand.
WRAP_MIN_WIDTH = 40
WRAP_MAX_WIDTH = 100
# A wrapping program breaks a line only when the next word does not fit: a line plus the next
# line's first word is wider than the block. The block's widest line stands for the width, which
# can only underestimate it, so no slack is needed.
WRAP_SLACK = 0
# ... and at least half of its breaks fall inside a sentence (a list of full sentences, one a line,
# each as wide as the block by chance, is not a paragraph).
WRAP_MIN_MID_SENTENCE = 0.5

# --- live blogs (cleaner/liveblog.py) ---------------------------------------------------------------
# Entry times recur at least this often (three entries make the rhythm; two could be a dateline and
# an update stamp) ...
LIVE_MIN_ENTRIES = 3
# ... at most this many lines apart (an entry of a heading and a few paragraphs).
LIVE_MAX_ENTRY_LINES = 12
