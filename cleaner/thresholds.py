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
# Between SAFETY_MIN_KEPT_SHARE and this share, the clean keeps its core but takes back the
# paragraphs that weak claims removed in runs of two or more (safety.restore_paragraph_runs):
# sections of an article, not teasers, comments or cookie panels, which have a label between
# their paragraphs. 0.55: WCXB-dev severe 11 -> 10 pages, F1 -0.0006, AEB -0.0007 (no page lost).
GRADED_KEPT_SHARE = 0.55
# A comment section: a comment label followed, within this many lines, by at least this many
# entries, each with a header of its own (a name, a date) over its text. Two entries would be a
# coincidence of two bylines; three is the pattern of every comment widget on both corpora.
COMMENT_WINDOW = 40
COMMENT_MIN_ENTRIES = 3
# ... the first of them within this many lines of the label (a count, a 'sign in to comment' and a
# name may stand between); a label farther from any entry labels something else, a jump link.
COMMENT_FIRST_ENTRY = 4
# A lone label between paragraphs may have an advertisement's label or a picture credit under it
# (at most this many lines) before the next paragraph ('参与讨论' over '广告').
LABEL_SLOT_LINES = 2

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
# Chinese and Japanese wrap at a column count (a wide character is two columns): a wrapped block's
# lines but the last are as wide as its widest, give or take one wide character (a half-width
# figure or comma shifts the break). Below 40 columns (20 characters) a block is a list of labels.
WRAP_CJK_MIN_COLUMNS = 40
WRAP_CJK_SLACK = 2
# Two lines prove no width (the first is the widest by definition): three make the rhythm.
WRAP_CJK_MIN_LINES = 3
# Inside a block that is not one wrapped paragraph (a page printed without blank lines), a run of
# at least this many lines can still be one: two could be a headline over its blurb.
WRAP_RUN_MIN_LINES = 3
# ... and at most this share of its words capitalised: Title Case capitalises nearly all (WCXB-dev
# 0008's list of headlines of about one width read as a paragraph), German prose its nouns, a third.
WRAP_RUN_MAX_CAPITALS = 0.5
# A headline is read as wrapped like the paragraphs only on a page with at least two wrapped
# paragraphs: one two-line block as wide as a line of a list could be chance.
WRAPPED_TITLE_MIN_BLOCKS = 2

# --- live blogs (cleaner/liveblog.py) ---------------------------------------------------------------
# Entry times recur at least this often (three entries make the rhythm; two could be a dateline and
# an update stamp) ...
LIVE_MIN_ENTRIES = 3
# ... at most this many lines apart (an entry of a heading and a few paragraphs).
LIVE_MAX_ENTRY_LINES = 12

# --- classifying a line (decide.classify) -----------------------------------------------------------
# jusText's classes, measured by words instead of characters; set with the first engine on AEB
# (stop 6) and kept since, every later change measured against them.
# Prose has function words: at least this share of its words are stopwords (jusText's stopwords_low
# is 0.30 on paragraphs; single lines, captions and CJK token counts need a much lower bar).
PROSE_MIN_STOP_RATIO = 0.08
GOOD_MIN_WEIGHT = 10           # a sentence of ten words or more is prose (jusText: length_low 70 chars)
GOOD_UNENDED_MIN_WEIGHT = 25   # ... or a punctuated line of 25 words without a final stop (length_high)
NEAR_MIN_WEIGHT = 4            # a short sentence: near-good
NEAR_UNENDED_MIN_WEIGHT = 15   # ... or a punctuated line of 15 words without its stop
# Prose has a comma or stop every this many words at least; a menu or a tag cloud flattened onto one
# line has none (English prose averages one every 8-12 words).
WORDS_PER_MARK = 40

# --- scoring a line for the article core (decide.score, decide.best_run) ---------------------------
GOOD_SCORE_CAP = 80.0          # one huge paragraph must not outweigh a whole article elsewhere
NEAR_SCORE_FACTOR = 0.5        # a short sentence counts half its words
BULLET_SCORE_FACTOR = 0.3      # list items are article text far more often than menus (AEB)
LABEL_SCORE = -1.0             # a one-to-three word label costs a little ...
LABEL_MAX_WEIGHT = 3.5
SHORT_SCORE = -1.5             # ... a longer unpunctuated line (teaser headline) a little more
BOILERPLATE_SCORE = -4.0       # a line a rule claimed
# A fence (comment label, related heading or list, footer link, copyright) costs enough that the
# core does not reach across it: more than a paragraph of GOOD_SCORE_CAP/3.
FENCE_SCORE = -25.0
# Prose right under the first byline starts the article more often than any teaser does (AEB: the
# bonus that made the core start there on pages with teasers above the headline).
BYLINE_BONUS = 20.0

# A picture's caption over its credit between the byline and the article is at most this many
# words (captions run 5-25 words; a lead paragraph with a credit line glued under it is longer).
CAPTION_MAX_WEIGHT = 30

# --- data lists: an article that is a list of figures (datalists.data_lists) -------------------------
# A calendar, fixture list or timetable as the whole article (issue 9's trap fixtures
# trap_*_list_article_*; AEB's Stock Car calendar): items in a row, each with a figure.
DATA_LIST_MIN_ITEMS = 6        # fewer is a fact box or a teaser's dates; a season has 8 to 38 rounds
DATA_LIST_MAX_WEIGHT = 20.0    # an item is a line of figures and names, not a sentence of prose
DATA_LIST_MAX_GAP = 1          # items on consecutive lines, or one blank line apart
DATA_LIST_SAME_START = 0.75    # most items start alike ('1a etapa', 'Sat 2 Aug', '第2轮'); a menu's do not
DATA_LIST_BYLINE_REACH = 4     # the list opens the article: its first item at most this many lines under the
                               # byline or dateline (share row, kicker, subheading between; AEB's calendar: 4)
# Each item scores as a short sentence (NEAR_SCORE_FACTOR of its words): together they outweigh
# the teasers' blurbs below, one by one they do not outweigh a paragraph.

# --- where the article ends (decide._cut_at_terminal_fence) -----------------------------------------
# A comment section or footer ends the article unless less than this share of the core's prose,
# or less than TERMINAL_MIN_WEIGHT words, stands before it (a comment counter by the byline).
TERMINAL_MIN_SHARE = 0.3
TERMINAL_MIN_WEIGHT = 80.0
# A cluster of boilerplate (share bar, tags, newsletter box, related heading) closes the article:
# CLUSTER_MIN flagged lines in CLUSTER_WINDOW, after CLUSTER_MIN_SHARE of the core's prose.
CLUSTER_WINDOW = 6
CLUSTER_MIN = 3
CLUSTER_MIN_SHARE = 0.6
# Teasers after a cluster: this many groups (kicker or headline, then one blurb) in a row, after at
# most TEASER_LEAD_IN lines of lead-in, end the article however much prose they add.
TEASER_MIN_GROUPS = 3
TEASER_LEAD_IN = 2
# Teasers under a related heading end the article when less prose than this (words) follows them in
# the core: a box of teasers between two parts of an article is followed by the article's paragraphs.
TEASER_TAIL_MAX_WEIGHT = 40.0
# ... and when their blurbs average at most this many words (a teaser's blurb is one or two
# sentences: 15-35 words on AEB's related blocks; a round-up's reviews run 60-150).
TEASER_BLURB_MAX_WEIGHT = 40.0
# A list the article announces with a colon at its end: at most this many items of at most this
# many words each ("Tour dates:").
LIST_MAX_ITEMS = 60
LIST_ITEM_MAX_WEIGHT = 25
# Under a heading without a colon ("Tour Dates"), a list joins the article only with at least this
# many items, each with a figure in it (a date, a score): teaser headlines have none.
DATED_LIST_MIN_ITEMS = 3
# Items of one headline list stand at most this many lines apart (a teaser's date or source between):
# the list is one fence, not one per item.
LIST_ITEM_GAP = 2
# An aside box between two paragraphs ('Read also', a newsletter sign-up): at most this many lines,
# not counting the teasers' dates (the AEB boxes measured 2-6 lines; 10 cost AEB 0.002 F1).
BOX_MAX_LINES = 6
# An aside between the article's first paragraph (under its byline) and the rest: a related box of
# a heading and up to 10 headlines, some with their dates (issue 9: "Read more:" with 6-7 links;
# bench/traps.py aside6 prints 6-8).
ASIDE_BRIDGE_MAX_LINES = 12
# A short article under its byline may sit below this many lines of a picture (caption, credit)
# before its first sentence (decide._article_over_teasers).
ARTICLE_UNDER_BYLINE_SKIP = 2
# ... the paragraphs below such a box join the article when the page's furniture follows them: no
# unclaimed paragraph within this many lines (else they are a teaser list's blurbs: WCXB-dev 4526,
# 'Explore more' with a blurb and 'LEARN MORE' under each headline).
CONTINUATION_QUIET_LINES = 8

# A section below the core, past menus and widgets, joins it (decide._with_sections_below) with at
# least this many paragraphs and words: a lone paragraph there is a teaser, a caption or a blurb
# (WCXB-dev: sections of 2+ paragraphs and 40+ words were 85% article text).
SECTION_MIN_PARAGRAPHS = 2
SECTION_MIN_WEIGHT = 40
# Past the page's end (a footer, a share row), a section joins the article only when it is long
# (decide._long_section_below): this many paragraphs of at least LONG_SECTION_PARAGRAPH_WEIGHT words
# each, this many words in all. A mega-menu's one-line product blurbs (5-15 words) and a comment
# (1-3 paragraphs) are not. WCXB-dev: 4/200 to 6/400 all gave +0.0013 to +0.0016 F1 and 21 -> 18
# severe pages, AEB unchanged; blurbs of 35+ words lost a page.
LONG_SECTION_MIN_PARAGRAPHS = 5
LONG_SECTION_MIN_WEIGHT = 300
LONG_SECTION_PARAGRAPH_WEIGHT = 25

# --- headline and standfirst (decide.find_title, decide._echoed_headline) ---------------------------
TITLE_LOOKBACK = 15            # lines above the core searched for the headline
# Unflagged lines between a byline and the article (a box, "Key events"; a photo's caption and
# credit) are not the headline: with this many, the headline is sought above the byline, since a
# byline sits under its headline. bench/traps.py: one caption line between made the caption the
# title and dropped the headline on 4-11% of pages of every class; 2 -> 1.
BOX_UNDER_BYLINE = 1
# A subtitle right under the headline (no longer than it) stays with it: the headline has at least
# this many words (a kicker, 'EXCLUSIVE', or a site's name, 'A List Apart', is none). bench/traps.py:
# subtitles of 3-8 words under headlines of 5-14 ('Работы начнутся весной'); WCXB-dev titles: 3
# let site names above a headline take the title.
SUBTITLE_HEADLINE_MIN_WEIGHT = 4
# ... and at most this many: headlines run to about 20 words; a longer line over a short one is a
# menu flattened onto one line (tests/test_context.py), not a headline over its subtitle.
SUBTITLE_HEADLINE_MAX_WEIGHT = 20
# ... and the subtitle at least this many: two words under a headline are a byline ('Redaktion
# Gartenwelt', fixtures/de_ratgeber_redaktion_themen) or a label more often than a subtitle.
SUBTITLE_MIN_WEIGHT = 3
# ... and at most this many times as long as the headline: 'Heimleiterin bestahl 4 Bewohner' over
# 'Richter spricht von schwerem Vertrauensbruch' (holdout traps: a standfirst of 5-10 words under a
# headline of 4-8 took the title and the headline went on 5% of pages); 1 before.
SUBTITLE_MAX_RATIO = 2.0
# A standfirst printed without a full stop under a shorter headline is at least this long (words) ...
STANDFIRST_MIN_WEIGHT = 15
# ... right under the headline it may be as short as this: "Officials say the closure could last
# into next week" (agency-byline traps, five languages).
STANDFIRST_UNDER_TITLE_MIN_WEIGHT = 5
# A standfirst is not a menu flattened onto one line: fewer than this share of capitalised words.
MENU_CAPITALS = 0.6
# Sentence case: at most this share of the words after the first are capitalised (Title Case
# capitalises every content word, about 0.6 of them) ...
SENTENCE_CASE_CAPITALS = 0.4
# ... in German, which capitalises every noun, about half of a sentence's words.
SENTENCE_CASE_CAPITALS_NOUNS = 0.6
# The page title printed at the top ("Headline - Site"): the first lines, and how far above the
# core its echo is sought; the same words (the shorter at least ECHO_MIN_SHARE of the longer) or
# ECHO_MIN_WORDS of the echo's words in the title.
PAGE_TITLE_LINES = 2
# A relative time ('Il y a 6 minutes', '3 hours ago') is no headline: lines this short are checked.
RELATIVE_TIME_MAX_WEIGHT = 6
ECHO_LOOKBACK = 40
# A mail archive's message header (From:, Date:, Subject:) stands within this many lines of the top,
# under the archive's navigation links (Pipermail, MHonArc: 1-3 lines of links).
MAIL_HEADER_LINES = 8
ECHO_MIN_SHARE = 0.5
ECHO_MIN_WORDS = 0.7

# --- repeats ------------------------------------------------------------------------------------------
# An interview series asks each guest the same question: a question printed this many times or more,
# each copy answered, is the article's own structure, not a block printed twice.
RECURRING_QUESTION_COPIES = 3
# A repeated paragraph with a first-printed paragraph within this many unclaimed lines above and
# below it is a parallel section's line (a meal plan's 'Plan B'), not furniture printed twice.
REPEAT_NEIGHBOURHOOD = 3
