"""Bylines and datelines: author lines, timestamps, reading time. The first byline's values go to
metadata; every repetition of a byline line is removed as a duplicate."""
from __future__ import annotations

import itertools
import re
from functools import lru_cache

from ..dates import find_date
from ..lazy_pattern import LazyPattern
from ..lexicon import Lexicon, label_finder
from . import Context, Rule, memo, needs, phrase_kinds, rule
from .agencies import FIRST_WORDS, WITH_WORDS, agencies_in, agencies_on_line, may_open_agencies, split_agencies

_MAX_BYLINE_WEIGHT = 16
_NAME_SPLIT = re.compile(r"\s*(?:,|;|&|\||/|、|，|[\w.+-]*@[\w.-]+|\band\b|\bund\b|\bet\b|\by\b|\be\b|\bи\b|\bdan\b|\bed\b|\bi\b|\bu\b)\s*")  # lowercase conjunctions only: "Sarah E. Needleman" keeps its initial; @handles and e-mail addresses separate too
# After a dash come the place, the outlet or the date ("By Tim Childers - Live Science Contributor").
_DASH = re.compile(r"\s[-–—]\s")
_NAME_WORD = re.compile(r"^(?:[A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁ][\w'’.\-]*|[A-Z]\.|(?:van|von|der|den|de|da|di|du|del|la|le|bin|al|el|ter|ten|dos|das)|[A-ZÀ-Þ][a-zß-ÿ]*-[A-ZÀ-Þ][\w'’]*)$")
_CJK_NAME = LazyPattern(r"^[\u4e00-\u9fff]{2,4}$|^[\u3040-\u30ff\u4e00-\u9fff]{2,6}$|^[\uac00-\ud7af]{2,4}$")
_DIGIT = re.compile(r"\d")
_EMAIL_LINE = re.compile(r"^(?:[\w -]{0,20}[:：]?\s+)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+$")
_RESIDUE_TOKEN = re.compile(r"[^\W\d_]+")


def _name_token(word: str) -> bool:
    """A word that may belong to a name: no figures, no address."""
    return "@" not in word and not any(ch.isdigit() for ch in word)


def name_parts(text: str, roles: frozenset = frozenset()) -> list[str]:
    """Names in a byline remainder ("Jane Doe and John Roe, Reuters" -> ["Jane Doe", "John Roe"]).

    ``roles`` holds the words that are never part of a name: job words, date labels, weekdays.
    Parts made of job words ("Staff Writer", "Senior Reporter") are roles, not names; once a name
    is found, a part with a job word in it is an affiliation ("Tom Krisher, AP Auto Writer")."""
    names = []
    for index, part in enumerate(_NAME_SPLIT.split(text.strip(" .:：-–—|()（）"))):
        dash = _DASH.search(part)
        if dash:
            # the first name may stand before the dash; a later part with a dash is place or outlet
            part = part[: dash.start()] if index == 0 else ""
        part = part.strip(" .:：-–—|()（）")
        # "Michael Smith on" / "Jane Doe am": connecting words left over from a removed date;
        # "김민수 기자", "记者 张三": a role word before or after the name; "Umair Irfan Updated":
        # a label left over from a removed date ends the name.
        words = part.split()
        # "Maren Estrada 2 days ago", "Megan Rowe meganr@example.com (509) 459-5382": the name
        # ends where figures or an address begin.
        words = list(itertools.takewhile(_name_token, words))
        had_role = False
        for i, w in enumerate(words[2:], start=2):
            if w.lower() in roles:
                words, had_role = words[:i], True
                break
        while words and ((words[-1][:1].islower() and len(words[-1]) <= 3) or words[-1].lower() in roles):
            had_role = had_role or words[-1].lower() in roles
            words.pop()
        while words and words[0].lower() in roles:
            words.pop(0)
            had_role = True
        part = " ".join(words)
        if not part or is_role(part, roles) or (had_role and names):
            continue
        if looks_like_name(part):
            names.append(part)
    return names


def is_role(text: str, roles: frozenset) -> bool:
    """A job title: every word a role word ("Local Democracy Reporter", "Editor-at-large")."""
    words = [w.strip(".,()").lower() for w in re.split(r"[\s-]+", text)]
    words = [w for w in words if w not in ("at", "of", "for", "large")]
    return bool(words) and len(words) <= 6 and all(w in roles for w in words if w)


def looks_like_name(text: str) -> bool:
    """A personal name: two to five capitalised words, or two to four CJK characters."""
    if _CJK_NAME.match(text):
        return True
    words = text.split()
    if not 2 <= len(words) <= 5 or any(ch.isdigit() for ch in text):
        return False
    if not all(_NAME_WORD.match(w) for w in words):
        return False
    if any(len(w) == 1 and "\u0400" <= w <= "\u04ff" for w in words) or (len(words[0]) == 1 and words[0].isascii()):
        return False  # "В Казани", "A Day in ...": a one-letter preposition or article, not a name
    return sum(1 for w in words if w[0].isupper()) >= 2


def _is_name_line(ctx: Context, index: int) -> bool:
    line = ctx.lines[index]
    return line.verdict is None and memo(line, "name-line", lambda ln: _only_names(ctx, ln))


def _only_names(ctx: Context, line) -> bool:
    if line.ends_sentence or line.weight > 6 or line.exact:
        return False
    head = _AFFILIATION.split(line.text, 1)[0]  # the names, before ', specially for …', ' | Redacción'
    if any(w.strip(".;:&") not in _NAME_LOWER_WORDS and w.strip(".;:").lower() not in ctx.lex.roles
           for w in head.split() if w[:1].islower()):
        return False  # a word in lower case that no name has: a headline ('Drei Jahre Haft für frühere Heimleiterin')
    return not is_role(line.text, ctx.lex.roles) and bool(name_parts(line.text, _not_names(ctx)))


_AFFILIATION = re.compile(r"[,(（|]|\s[–—-]\s")
# Words in lower case a line of names may hold: particles of names, and the words between names.
_NAME_LOWER_WORDS = frozenset(("van", "von", "der", "den", "de", "da", "di", "du", "del", "la", "le", "bin", "al", "el",
                               "ter", "ten", "dos", "das", "do", "y", "e", "et", "and", "und", "и", "och", "og", "", "i"))


def _not_names(ctx: Context) -> frozenset:
    """Words that never belong to a person's name in a byline: roles, date labels, weekdays."""
    return _not_name_words(ctx.lex.languages)


@lru_cache(maxsize=64)
def _not_name_words(languages: tuple) -> frozenset:
    from ..lexicon import lexicon_for

    lex = lexicon_for(languages)
    authors = {label for label in lex.label_words.get("author", ()) if " " not in label}
    return lex.roles | lex.weekdays | _date_label_words(languages) | frozenset(authors)


@lru_cache(maxsize=64)
def _date_label_words(languages: tuple) -> frozenset:
    """Every word of the 'published' / 'updated' labels ('mis', 'à', 'jour' of 'mis à jour')."""
    from ..lexicon import lexicon_for

    lex = lexicon_for(languages)
    return frozenset(w for field in ("published", "updated") for label in lex.label_words.get(field, ()) for w in label.split())


def _is_about_heading(ctx: Context, line) -> bool:
    about = ctx.lex.labels.get("about_author")
    return about is not None and about.match(line.text) is not None


def _is_role_line(ctx: Context, index: int) -> bool:
    line = ctx.lines[index]
    return line.verdict is None and memo(line, "role-line", lambda ln: _role_or_address(ctx, ln))


def _role_or_address(ctx: Context, line) -> bool:
    if line.ends_sentence or line.weight > 6:
        return False
    return is_role(line.text, ctx.lex.roles) or bool(_EMAIL_LINE.match(line.text))


def _date_labels_of(lex: Lexicon) -> frozenset:
    """'Published', 'Updated', 'Publié le': labels that are left alone when a page drops the date."""
    return lex.label_words.get("published", frozenset()) | lex.label_words.get("updated", frozenset())


# Zone names and the little words around dates and times, in the lexicon languages.
_DATE_FILLERS = frozenset({"utc", "gmt", "am", "pm", "uhr", "h", "at", "on", "le", "à", "um", "el", "de", "às", "в", "г", "года"})


def _date_residue(ctx: Context, text: str, start: int, end: int) -> list[str]:
    """Words of a dateline other than the date, labels, weekdays and zone names."""
    rest = (text[:start] + " " + text[end:]).lower()
    tokens = _RESIDUE_TOKEN.findall(rest)
    drop = ctx.lex.weekdays | _date_label_words(ctx.lex.languages)
    residue = []
    for t in tokens:
        if t in drop or t in _DATE_FILLERS or t in ctx.lex.months or len(t) <= 1:
            continue
        residue.append(t)
    # Multi-word labels ("last updated") are checked as phrases.
    return residue


def _author_label(lex: Lexicon, line):
    """The match of the author label that opens a line, if any."""
    label = lex.labels.get("author")
    # "（記者：中村健太）", "(By Jane Doe)": a byline in brackets at the foot of the article.
    text = line.text.lstrip("(（[【")
    m = label.match(text) if label else None
    if not m and line.weight <= 8:
        # "Opinion by Jane Doe", "Story and photos by ...": a short lead-in before the label.
        m = label_finder(lex.languages, ("author",)).search(text)
        if m and len(text[: m.start()].split()) > 3:
            m = None
    return m


def _author_fields(ctx: Context, line) -> dict | None:
    """Names (and a date) of a labelled author line, judged on the line alone."""
    text = line.text.lstrip("(（[【")
    m = _author_label(ctx.lex, line)
    if not m:
        return None
    fields: dict = {}
    rest = _split_credits(ctx, text[m.end():], fields)
    found = find_date(rest, ctx.lex.months, ctx.language == "en")
    if found:
        fields["date"] = found.iso
        head = rest[: found.start]
        rest = head + " " + rest[found.end:]
    agencies = [a for part in _NAME_SPLIT.split(rest) for a in (agencies_in(part) or ())]
    people, _ = split_agencies(name_parts(rest, _not_names(ctx)))
    if not people and not agencies:
        # "Por Lucía · 3 de marzo de 2024": a labelled byline with its date whose name has no
        # person's shape (a first name, a handle, a team) is still the byline.
        name = loose_name(head) if found else None
        if name is None:
            return None
        fields["authors"] = [name]
        return fields
    if agencies:
        # "By AP": the agency is the source; it stands as the author only where no person is named.
        fields.setdefault("source", ", ".join(agencies))
    fields["authors"] = people or agencies
    return fields


# Where the name of a labelled byline ends when it has no person's shape: a separator, "in" a
# category, "on" a day, a reading time.
_LOOSE_NAME_END = re.compile(r"\s*(?:[•·⋅|–—/()（）\[\]【】]|\s-\s|,|\bin\b|\bon\b|\bat\b|\bfor\b|\bfrom\b|\d{1,2}\s*(?:min|mins|minutes)\b)")


def loose_name(rest: str) -> str | None:
    """The name after a byline label when it is not a person's shape: a first name, a handle, a
    team ("Lucía", "infuy", "Resy Staff" of "By Resy Staff • 4 mins read"); None for anything
    longer than four words or ending like a sentence."""
    name = _LOOSE_NAME_END.split(rest.strip(" :：-"), maxsplit=1)[0].strip(" .:：-")  # (ends before any bracket)
    words = name.split()
    if 1 <= len(words) <= 4 and name[:1].isalnum() and not name.endswith(("!", "?")) and "@" not in name:
        return name
    return None


@needs(max_weight=_MAX_BYLINE_WEIGHT + 8, labels=("author",))
def _has_author_label(line, lex: Lexicon) -> bool:
    return line.weight <= _MAX_BYLINE_WEIGHT + 8 and _author_label(lex, line) is not None


@rule("byline.author", "byline", "Author lines ('By Jane Doe', 'Von Max Muster', '作者：张三'): names to metadata.", languages="lexicon", local=True, select=_has_author_label)
def author_line(ctx: Context, self: Rule) -> None:
    key = "author-mdy" if ctx.language == "en" else "author"
    for index in ctx.selected(self):
        line = ctx.lines[index]
        if line.verdict is not None:
            continue
        fields = memo(line, key, lambda ln: _author_fields(ctx, ln))
        if fields and line.weight > _MAX_BYLINE_WEIGHT and "date" not in fields:
            continue  # a long author line must carry its date
        if fields:
            ctx.claim(index, self, "author byline", {k: list(v) if isinstance(v, list) else v for k, v in fields.items()})
            ctx.datelines.add(index)


# A paragraph of the article: a sentence of at least this many words.
_PROSE_WEIGHT = 15
# "Helen Okafor, Chief Reporter", "Klaus Brettschneider (Lokalredaktion)", "Наталья Кравец —
# корреспондент": a person's name and a job title, the byline of sites that print no "By".
_NAME_AND_ROLE = re.compile(r"^(?P<name>[^,(（—–|]+?)\s*(?:,|\(|（|\s[—–|-]\s)\s*(?P<role>[^()（）]+?)\s*[)）]?$")
# "赵静 报道", "本报记者 刘芳 报道": a Chinese byline names the reporter before 'reports'.
_CJK_REPORTS = LazyPattern(r"^(?:(?:本报|本台|本网)?记者\s*)?(?P<name>[\u4e00-\u9fff·]{2,4}(?:[\s、][\u4e00-\u9fff·]{2,4}){0,3})\s*(?:报道|报导|撰稿)$")


def _name_and_role(line, lex: Lexicon) -> dict | None:
    """The byline fields of a line that is only a person's name and their job title, a Chinese
    '<name> 报道' byline, or news agencies; None for anything else."""
    if line.ends_sentence or line.weight > _MAX_BYLINE_WEIGHT:
        return None
    text = line.text.strip()
    if text.endswith(_CJK_REPORTS_ENDINGS):
        m = _CJK_REPORTS.match(text)
        if m:
            return {"authors": [n for n in re.split(r"[\s、]+", m["name"]) if n]}
    agencies = _agency_line(line)
    if agencies:
        # 'Agência Brasil', '(dpa/lnw)', 'Avec AFP' on a line of its own
        return {"authors": agencies, "source": ", ".join(agencies)}
    if not _ROLE_SEPARATOR.search(text):
        return None  # (most lines: no separator between a name and a role)
    m = _NAME_AND_ROLE.match(text)
    if m and looks_like_name(m["name"]) and is_role(m["role"], lex.roles):
        return {"authors": [m["name"]]}
    return None


_CJK_REPORTS_ENDINGS = ("报道", "报导", "撰稿")
# An ASCII line's first token that may open an agency line ('AFP', 'Avec AFP', '(dpa/lnw)').
_AGENCY_OPENERS = FIRST_WORDS | WITH_WORDS
_ROLE_SEPARATOR = re.compile(r"[,(（]| [–—|-] ")  # ('Lucía Montero | Redacción')


@needs(max_weight=_MAX_BYLINE_WEIGHT)
def _may_be_name_and_role(line, lex: Lexicon) -> bool:
    text = line.text
    if not (_ROLE_SEPARATOR.search(text) or text.endswith(_CJK_REPORTS_ENDINGS)
            or (line.weight <= 6 and (line.tokens[0] in _AGENCY_OPENERS if line.tokens
                                      else may_open_agencies(line.lower.lstrip("(["))))):
        return False  # (most lines: cheap tests first)
    return memo(line, "name-and-role", lambda ln: _name_and_role(ln, lex)) is not None


@rule("byline.role", "byline", "A name with its job title ('Helen Okafor, Chief Reporter') or a Chinese '<name> 报道' line: the byline of sites that print no 'By'.", languages="lexicon", local=True, select=_may_be_name_and_role)
def name_and_role(ctx: Context, self: Rule) -> None:
    # Only where a byline stands: above the article's first paragraph, or beside a dateline (a
    # product card's 'Storage Cloud, local' deep in a guide has a name's and a role's shape too).
    lines = ctx.lines
    first_prose = next((i for i, ln in enumerate(lines) if ln.ends_sentence and ln.weight >= _PROSE_WEIGHT
                        and ln.verdict is None and not ln.phrases), len(lines))  # (not a cookie banner)
    for index in ctx.selected(self):
        line = lines[index]
        beside_dateline = any(k in ctx.datelines for k in (index - 1, index + 1))
        if line.verdict is None and (index < first_prose or beside_dateline):
            fields = memo(line, "name-and-role", lambda ln: _name_and_role(ln, ctx.lex))
            ctx.claim(index, self, "news agency" if "source" in fields else "name and job title",
                      {k: list(v) if isinstance(v, list) else v for k, v in fields.items()})
            ctx.datelines.add(index)


# A figure beside the date ("1/1/2013 +13.1%", "03.05.2024  € 1.234"): a row of a table of
# dated figures, not a dateline.
_FIGURE_BESIDE = re.compile(r"\d\s?%|[$€£¥₽]\s?\d|\d\s?[$€£¥₽]|(?:^|\s)[+−]\d")


def _dateline_fields(ctx: Context, line) -> dict | None:
    """The date (and any names) of a line that is a dateline, judged on the line alone."""
    found = find_date(line.text, ctx.lex.months, ctx.language == "en")
    if not found:
        return None
    if _FIGURE_BESIDE.search(line.text[: found.start] + " " + line.text[found.end:]):
        return None
    fields: dict = {"date": found.iso}
    before = line.text[: found.start]
    after = line.text[found.end:]
    tail = _unanchored_author(ctx).search(after)
    tail_end = 0
    if tail:
        # credits on either side of the author label: "10:32 来源：江南都市报 作者：陈静 编辑：王磊"
        head = _split_credits(ctx, after[: tail.start()], fields)
        tail_end = len(head) + tail.end() - tail.start()
        after = head + after[tail.start() : tail.end()] + _split_credits(ctx, after[tail.end():], fields)
    else:
        after = _split_credits(ctx, after, fields)  # "2024年04月29日 18:37 来源：新华社"
    residue = _date_residue(ctx, before + " " + after, len(before), len(before) + 1)
    if residue:
        # "Jane Doe | 29 April 2024" or "Posted on 29 April 2024 by Jane Doe": a name beside the date.
        label = ctx.lex.labels.get("author")
        m = label.match(before) if label else None
        names = name_parts(before[m.end():] if m else before, _not_names(ctx))
        if not names and tail:
            names = name_parts(after[tail_end:], _not_names(ctx))
        if names:
            fields["authors"] = names
        elif len(residue) > 3:
            return None
    return fields


def _split_credits(ctx: Context, text: str, fields: dict) -> str:
    """Cut credits that share a byline ("Penulis: A | Editor: B", "作者：A 来源：B") off the text,
    keeping their source and editor in ``fields``; returns the text before them."""
    from .credits import credit_finder, parse_credits

    credit = credit_finder(ctx).search(text)
    if not credit:
        return text
    parts = parse_credits(ctx, text[credit.start():]) or {}
    fields.update({k: v for k, v in parts.items() if k in ("source", "editor")})
    return text[: credit.start()]


def _capitalised(text: str) -> bool:
    """Starts like a proper name: a capital after any opening quote ('«Приволжская энергия»'), or a
    letter of a script without case ('南湖食品股份有限公司')."""
    first = text.lstrip("«»\"“”„‚‘’'([「『《〈").strip()[:1]
    return first.isupper() or (first.isalpha() and first.upper() == first.lower())


def _unanchored_author(ctx: Context):
    return label_finder(ctx.lex.languages, ("author",))


@needs(keys=("author", "source"))
def _is_author_label(line, lex: Lexicon) -> bool:
    return bool(line.key) and (line.key in lex.label_words.get("author", frozenset())
                               or line.key in lex.label_words.get("source", frozenset()))


@rule("byline.split", "byline", "A byline split over two lines: a bare 'By' / 'Von' / '作者：' line and the name under it; "
      "a bare 'News provided by' / 'Quelle' line and the source under it.", languages="lexicon", select=_is_author_label)
def split_byline(ctx: Context, self: Rule) -> None:
    lines = ctx.lines
    sources = ctx.lex.label_words.get("source", frozenset())
    for index in ctx.selected(self):
        if index + 1 >= len(lines) or lines[index].verdict is not None:
            continue
        nxt = lines[index + 1]
        if lines[index].key in sources:
            # A press release's "News provided by" over the issuing company: the source, no author.
            if nxt.verdict is None and nxt.weight <= 6 and _capitalised(nxt.text):  # ('Harlow Energy, Inc.' ends with a stop)
                ctx.claim(index, self, "source label on a line of its own")
                ctx.claim(index + 1, self, "source under its label", {"source": nxt.text.strip()})
            continue
        if nxt.verdict is None and nxt.weight <= 6 and not nxt.ends_sentence:
            names = name_parts(nxt.text, _not_names(ctx))
            if names:
                ctx.claim(index, self, "author label on a line of its own")
                ctx.claim(index + 1, self, "author name under its label", {"authors": names})
                ctx.datelines.add(index + 1)


# The signature under an embedded post ("— Jane Doe (@janedoe) November 18, 2019"): the quoted
# post's, part of what the article shows, not the article's dateline.
_EMBED_SIGNATURE = re.compile(r"^[—–-]\s*[^\n()]{1,80}\(@\w{1,30}\)")


@needs(max_weight=20, found=_DIGIT)
def _short_with_digit(line, lex: Lexicon) -> bool:
    return line.weight <= 20 and _DIGIT.search(line.text) is not None and _EMBED_SIGNATURE.match(line.text) is None


@rule("byline.dateline", "byline", "Timestamp lines ('18:37 UTC+8, 2024-04-29', 'Published 29 April 2024'): date to metadata.", languages="lexicon", local=True, select=_short_with_digit)
def dateline(ctx: Context, self: Rule) -> None:
    key = "dateline-mdy" if ctx.language == "en" else "dateline"
    for index in ctx.selected(self):
        line = ctx.lines[index]
        if line.verdict is not None:
            continue
        fields = memo(line, key, lambda ln: _dateline_fields(ctx, ln))
        if fields:
            ctx.claim(index, self, "dateline", dict(fields))
            ctx.datelines.add(index)


@rule("byline.name", "byline", "A bare author name printed next to a dateline or author line ('Wan Lixin'): to metadata.")
def bare_name(ctx: Context, self: Rule) -> None:
    for anchor in sorted(ctx.datelines):
        for step in (-1, 1):
            index = anchor + step
            hops = 0
            while 0 <= index < len(ctx.lines) and hops < 3:
                if index in ctx.datelines:
                    index += step
                    continue
                if ctx.lines[index].verdict is None and _is_role_line(ctx, index):
                    ctx.claim(index, self, "author's role or address beside the byline")
                elif ctx.lines[index].verdict is None and _is_about_heading(ctx, ctx.lines[index]):
                    break  # "Biography Jane Doe": left to byline.bio
                elif ctx.lines[index].verdict is None and (agencies := _agency_line(ctx.lines[index])):
                    # "Agencia EFE" on its own line by the dateline: the byline of an agency story
                    ctx.claim(index, self, "news agency beside the dateline",
                              {"source": ", ".join(agencies), "authors": agencies})
                elif not _is_name_line(ctx, index) and ctx.lines[index].verdict is None:
                    break
                elif ctx.lines[index].verdict is None:
                    names = name_parts(ctx.lines[index].text, _not_names(ctx))
                    ctx.claim(index, self, "author name beside the dateline", {"authors": names})
                elif ctx.lines[index].verdict.category != "byline":
                    break
                index += step
                hops += 1


def _agency_line(line) -> list[str] | None:
    """The agencies a short line consists of ('Agencia EFE', '(dpa/lnw)', 'Avec AFP'), or None."""
    if line.weight > 6 or not may_open_agencies(line.lower.lstrip("([")):
        return None
    return agencies_on_line(line.text)


@needs(max_weight=10, phrases=("reading_time", "relative_time"), keys=("published", "updated"))
def _may_be_timestamp(line, lex: Lexicon) -> bool:
    if line.weight > 10:
        return False
    if "reading_time" in line.phrases or "relative_time" in line.phrases:
        return True
    return bool(line.key) and line.key in _date_labels_of(lex)


@rule("byline.timestamp", "byline", "Relative or labelled times ('3 hours ago', 'Updated: …'), reading time, comment counters.", languages="lexicon", local=True, select=_may_be_timestamp)
def timestamp(ctx: Context, self: Rule) -> None:
    for index in ctx.selected(self):
        line = ctx.lines[index]
        if line.verdict is not None:
            continue
        kinds = phrase_kinds(ctx, index)
        kind = next((k for k in ("reading_time", "relative_time") if k in kinds), None)
        if kind:
            ctx.claim(index, self, f"{kind.replace('_', ' ')} ('{kinds[kind]}')")
        elif line.key and line.key in _date_labels_of(ctx.lex):
            ctx.claim(index, self, f"date label without its date ('{line.text}')")


# The person a biography is about: the capitalised words before its verb ("Jane Doe is a ...").
_BIO_SUBJECT = re.compile(r"^([^\W\d_][\w'’.-]*(?: [^\W\d_][\w'’.-]*){1,3}) (?:is|was|ist|war|est|était|es|era|é|foi) ")


# A biography under an "About the author" heading is at most this long (words).
_BIO_MAX_WEIGHT = 120


def _has_bio_pattern(line, pattern) -> bool:
    return pattern is not None and line.weight <= 60 and memo(line, "bio", lambda ln: bool(pattern.search(ln.text)))


def _about_match(line, about):
    """The 'About' of an 'About Jane Doe' heading."""
    m = about.match(line.text) if about is not None and line.weight <= 6 else None
    return m if m and looks_like_name(line.text[m.end():].strip()) else None


# Legal-form suffixes that make a name a company's ("Harlow Energy, Inc.", "Müller GmbH", "ООО «Ромашка»").
_ORGANISATION = re.compile(
    r"(?:,?\s(?:Inc|Corp|Corporation|Ltd|Limited|LLC|L\.L\.C|LLP|PLC|plc|GmbH|AG|KG|SE|S\.A|SA|S\.L|SL|S\.p\.A|SpA|"
    r"S\.A\.S|SAS|SARL|Ltda|N\.V|NV|B\.V|BV|AB|ASA|Oyj|Co|Company|Group|Holdings)\b\.?)"
    r"|(?:\b(?:ООО|ОАО|ПАО|АО|ЗАО)\s)|(?:有限公司|股份公司|集团|集團|公司)")


def _about_organisation(name: str, paragraph: str) -> bool:
    """The 'About X' box is about a company: its name, or the paragraph's opening with that name,
    carries a legal form (Inc., GmbH, S.A., ООО, 有限公司)."""
    name = name.strip()
    if _ORGANISATION.search(name):
        return True
    at = paragraph.find(name)  # at the start, or after an article ("Die Stadtwerke Nordheim GmbH ...")
    return 0 <= at <= 12 and _ORGANISATION.match(paragraph, at + len(name)) is not None


def _generic_about(line, lex: Lexicon) -> bool:
    """An 'About the author' heading without a name ("Über den Autor", "关于作者"): the whole line
    is an about-the-author label of two or more words (or a CJK one)."""
    key = line.key
    return (line.weight <= 4 and key in lex.label_words.get("about_author", ())
            and (" " in key or not key.isascii()))


@needs(max_weight=60, patterns=("bio",), labels=("about_author",), keys=("about_author",))
def _may_be_bio(line, lex: Lexicon) -> bool:
    return _has_bio_pattern(line, lex.patterns.get("bio")) or _about_match(line, lex.labels.get("about_author")) is not None \
        or _generic_about(line, lex)


def _names_an_author(ctx: Context, name: str) -> bool:
    """The page's bylines name this person (the surname is one of an author's words)."""
    words = name.split()
    if not words:
        return False
    surname = words[-1].casefold()
    return any(surname in (w.casefold() for w in author.split())
               for fields in ctx.fields.values() for author in fields.get("authors") or ())


# An author label word inside an about heading ("About the author", "Sobre el autor", "Об авторе",
# "关于作者") says whose the box is; shorter label words ("by", "von", "文") are not such words.
_AUTHOR_WORD_MIN_CHARS = 5


def _says_author(heading: str, lex: Lexicon) -> bool:
    heading = heading.casefold()
    return any(word in heading for word in lex.label_words.get("author", ())
               if len(word) >= _AUTHOR_WORD_MIN_CHARS or not word.isascii() and len(word) >= 2)


@rule("byline.bio", "byline", "Author biographies ('Jane Doe is a staff writer at ...', 'About Jane Doe' boxes).", languages="lexicon", select=_may_be_bio)
def bio(ctx: Context, self: Rule) -> None:
    pattern = ctx.lex.patterns.get("bio")
    about = ctx.lex.labels.get("about_author")
    lines = ctx.lines
    for index in ctx.selected(self):
        line = lines[index]
        if line.verdict is not None:
            continue
        if _has_bio_pattern(line, pattern):
            subject = _BIO_SUBJECT.match(line.text)
            names = [subject[1]] if subject and looks_like_name(subject[1]) else None
            ctx.claim(index, self, "author biography", {"bio_authors": names} if names else None)
            continue
        # "About the author", then the biography ("Jane Doe is a reporter covering ..."): the
        # heading and the paragraph's opening agree, however long the paragraph.
        nxt = index + 1
        if _generic_about(line, ctx.lex):
            if nxt < len(lines) and lines[nxt].verdict is None and lines[nxt].weight <= _BIO_MAX_WEIGHT \
                    and pattern is not None and pattern.search(lines[nxt].text):
                ctx.claim(index, self, "'about the author' heading")
                subject = _BIO_SUBJECT.match(lines[nxt].text)
                names = [subject[1]] if subject and looks_like_name(subject[1]) else None
                ctx.claim(nxt, self, "author biography", {"bio_authors": names} if names else None)
            continue
        # "About Jane Doe" / "Über Moritz Bachmann", then a paragraph about that person (not the
        # "About Harlow Energy" paragraph of a press release, which is about a company). A name
        # alone may be a company's ("About Northgate Robotics"): the heading must say "author"
        # ("About the author Jane Doe"), or the page's byline name the person, or the paragraph
        # give a reporter's role. (A later pass no longer sees the byline: it keeps what the
        # first pass kept, so clean(clean(x)) == clean(x).)
        m = _about_match(line, about)
        following = lines[index + 1] if index + 1 < len(lines) else None
        name = line.text[m.end():] if m else ""
        if m and following is not None and not _about_organisation(name, following.text) \
                and (_says_author(m.group(), ctx.lex) or _names_an_author(ctx, name)
                     or _has_bio_pattern(following, pattern)):
            surname = name.split()[-1]
            ctx.claim(index, self, "'about the author' heading")
            nxt = index + 1
            if nxt < len(lines) and lines[nxt].verdict is None and surname in lines[nxt].text and lines[nxt].weight <= 120:
                ctx.claim(nxt, self, "author biography")


@rule("byline.duplicate", "byline", "Every repetition of a byline or dateline line.")
def duplicate_byline(ctx: Context, self: Rule) -> None:
    seen: dict[str, int] = {}
    byline_keys = {ctx.lines[i].key for i, ln in enumerate(ctx.lines) if ln.verdict and ln.verdict.category == "byline"}
    for index, line in enumerate(ctx.lines):
        if line.key not in byline_keys or not line.key:
            continue
        if line.key in seen:
            if line.verdict and line.verdict.category == "byline":
                line.verdict = None
                ctx.fields.pop(index, None)
            ctx.claim(index, self, f"duplicated byline (first at input line {ctx.lines[seen[line.key]].no})")
        else:
            seen[line.key] = index


RULES = [author_line, split_byline, dateline, name_and_role, bare_name, timestamp, bio, duplicate_byline]
