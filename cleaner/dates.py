"""Find and normalise dates in datelines: numeric, month-name (any lexicon language) and CJK forms.

Returns ISO 8601 with as much precision as the line gives: date, date and time, or date, time and
offset. Nothing is guessed: a time without a zone gets no offset.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date as _date

# Fixed-offset zone names only; ambiguous ones (CST, ET, IST) are left without offset.
_ZONES = {
    "utc": 0, "gmt": 0, "z": 0, "wet": 0, "bst": 60, "cet": 60, "met": 60, "cest": 120, "mesz": 120, "mez": 60,
    "eet": 120, "eest": 180, "msk": 180, "est": -300, "edt": -240, "pst": -480, "pdt": -420, "mst": -420,
    "mdt": -360, "cdt": -300, "akst": -540, "hst": -600, "jst": 540, "kst": 540, "hkt": 480, "sgt": 480,
    "awst": 480, "aest": 600, "aedt": 660, "nzst": 720, "nzdt": 780, "wib": 420, "wita": 480, "wit": 540,
    "brt": -180, "art": -180, "ist": 330, "pkt": 300,
}

_TIME = re.compile(
    r"(?<!\d)(?P<h>[01]?\d|2[0-3])\s*(?:[:：]|h\s?|时|時|시\s?)(?P<m>[0-5]\d)(?:\s*(?:[:：](?P<s>[0-5]\d)|分|분))?"
    r"(?:\s*(?P<ampm>[ap])\.?\s?m\b\.?)?",
    re.I,
)
_OFFSET = re.compile(
    r"(?:\b(?P<name>utc|gmt)\s*(?P<sign1>[+\-−])\s*(?P<oh1>\d{1,2})(?::?(?P<om1>\d{2}))?)"
    r"|(?:(?<=\d)(?P<z>z)\b)"
    r"|(?:(?<![+\-a-z])(?P<sign2>[+\-−])(?P<oh2>[01]\d):?(?P<om2>[0-5]\d)\b)"
    r"|(?:\b(?P<zone>[a-z]{1,4})\b)",
    re.I,
)
_ISO = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d{2})(?P<sep>[-/.])(?P<mo>[01]?\d)(?P=sep)(?P<d>[0-3]?\d)(?!\d)"
    r"(?:[T ]?(?=\d{1,2}:))?"
)
_CJK_DATE = re.compile(r"(?P<y>(?:19|20)\d{2})\s*[年년]\s*(?P<mo>[01]?\d)\s*[月월]\s*(?P<d>[0-3]?\d)\s*[日일号]?")
_DMY = re.compile(r"(?<![\d.])(?P<a>[0-3]?\d)(?P<sep>[./-])(?P<b>[0-3]?\d)(?P=sep)(?P<y>(?:19|20)\d{2})(?!\d)")
# "11/19/19": two-digit years, slashes only (dots and dashes with short years are too often scores
# or references), read as month first where the language writes dates so (prefer_mdy).
_SHORT_YEAR = re.compile(r"(?<![\d/.])(?P<a>[01]?\d|[23]\d)/(?P<b>[0-3]?\d)/(?P<y>\d{2})(?![\d/])")
_WORD_DATE_CACHE: dict = {}


@dataclass(frozen=True, slots=True)
class FoundDate:
    iso: str
    start: int
    end: int
    has_time: bool


def _valid(y: int, m: int, d: int) -> bool:
    try:
        _date(y, m, d)
    except ValueError:
        return False
    return 1990 <= y <= 2100


def _word_date_regex(months: dict) -> re.Pattern:
    key = tuple(sorted(months))
    pattern = _WORD_DATE_CACHE.get(key)
    if pattern is None:
        names = "|".join(re.escape(m) for m in sorted(months, key=len, reverse=True))
        pattern = re.compile(
            # "29 April 2024", "29. April 2024", "29 de abril de 2024", "29 апреля 2024 г.", "19-Dec-2025"
            rf"(?<!\w)(?P<d1>[0-3]?\d)(?:\.|er|st|nd|rd|th)?(?:\s*|-)(?:de\s+)?(?P<m1>{names})\.?(?:,?\s*|-)(?:de\s+|del\s+)?(?P<y1>(?:19|20)\d{{2}})(?!\d)"
            # "April 29, 2024", "Apr. 29 2024", "December 19. 2025"
            rf"|(?<!\w)(?P<m2>{names})\.?\s+(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?[,.]?\s+(?P<y2>(?:19|20)\d{{2}})(?!\d)"
            # "Mon Jun 10 11:05:32 CEST 2024": the C library's date, as mail archives print it
            rf"|(?<!\w)(?P<m3>{names})\s+(?P<d3>[0-3]?\d)\s+(?=[0-2]?\d:[0-5]\d(?::[0-5]\d)?(?:\s+[a-z]{{1,5}}|\s+[+-]\d{{4}})?\s+(?P<y3>(?:19|20)\d{{2}})(?!\d))",
            re.I,
        )
        _WORD_DATE_CACHE[key] = pattern
    return pattern


# Every form above has a four-digit year from 1900 to 2099 or, the short form, a digit on each side
# of a slash: a line with neither holds no date, and most short lines with a digit have neither.
_MAY_HOLD_A_DATE = re.compile(r"(?:19|20)\d\d|\d/\d")


def _find_day(text: str, months: dict, prefer_mdy: bool):
    if _MAY_HOLD_A_DATE.search(text) is None:
        return None
    m = _ISO.search(text)
    if m and _valid(int(m["y"]), int(m["mo"]), int(m["d"])):
        return (int(m["y"]), int(m["mo"]), int(m["d"])), m.start(), m.end(), m.end()
    m = _CJK_DATE.search(text)
    if m and _valid(int(m["y"]), int(m["mo"]), int(m["d"])):
        return (int(m["y"]), int(m["mo"]), int(m["d"])), m.start(), m.end(), m.end()
    if months:
        m = _word_date_regex(months).search(text)
        if m:
            if m["m1"]:
                y, mo, d = int(m["y1"]), months.get(m["m1"].lower().rstrip(".")), int(m["d1"])
            elif m["m3"]:  # the match ends at the day, before the time; the year closes the date
                y, mo, d = int(m["y3"]), months.get(m["m3"].lower()), int(m["d3"])
                if mo and _valid(y, mo, d):
                    return (y, mo, d), m.start(), m.end(), m.end("y3")
            else:
                y, mo, d = int(m["y2"]), months.get(m["m2"].lower().rstrip(".")), int(m["d2"])
            if mo and _valid(y, mo, d):
                return (y, mo, d), m.start(), m.end(), m.end()
    m = _DMY.search(text)
    if m:
        a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
        if m["sep"] == "/" and prefer_mdy and a <= 12:
            a, b = b, a
        if _valid(y, b, a):
            return (y, b, a), m.start(), m.end(), m.end()
        if _valid(y, a, b):  # 11.15.2019: the month came first after all
            return (y, a, b), m.start(), m.end(), m.end()
    m = _SHORT_YEAR.search(text)
    if m:
        a, b, y = int(m["a"]), int(m["b"]), 2000 + int(m["y"])
        month, day = (a, b) if prefer_mdy else (b, a)
        if _valid(y, month, day):
            return (y, month, day), m.start(), m.end(), m.end()
    return None


def find_date(text: str, months: dict | None = None, prefer_mdy: bool = False) -> FoundDate | None:
    """The first date in a line, with the time and offset that stand next to it."""
    lower = text.lower()
    day = _find_day(lower, months or {}, prefer_mdy)
    if day is None:
        return None
    (y, mo, d), start, end, printed_end = day
    iso = f"{y:04d}-{mo:02d}-{d:02d}"
    # The time may stand before the date ("18:37 UTC+8, 2024-04-29") or after it.
    window_start = max(0, start - 30)
    window = lower[window_start : end + 40]
    best = None
    for t in _TIME.finditer(window):
        abs_start = window_start + t.start()
        if start <= abs_start < end:
            continue
        distance = start - (window_start + t.end()) if abs_start < start else abs_start - end
        if best is None or distance < best[0]:
            best = (distance, t)
    if best is None:
        return FoundDate(iso, start, printed_end, False)
    t = best[1]
    hour, minute, second = int(t["h"]), int(t["m"]), int(t["s"] or 0)
    if t["ampm"]:
        if hour > 12:
            return FoundDate(iso, start, printed_end, False)
        hour = hour % 12 + (12 if t["ampm"].lower() == "p" else 0)
    iso += f"T{hour:02d}:{minute:02d}:{second:02d}"
    t_end = window_start + t.end()
    t_start = window_start + t.start()
    span_start, span_end = min(start, t_start), max(printed_end, t_end)
    found = _find_offset(lower, span_start, span_end)
    if found is not None:
        offset, zone_start, zone_end = found
        sign = "+" if offset >= 0 else "-"
        offset = abs(offset)
        iso += f"{sign}{offset // 60:02d}:{offset % 60:02d}"
        # the zone belongs to the dateline ("10:28am EST"): a caller cutting the date out cuts it too
        span_start, span_end = min(span_start, zone_start), max(span_end, zone_end)
    return FoundDate(iso, span_start, span_end, True)


def _find_offset(lower: str, start: int, end: int) -> tuple[int, int, int] | None:
    """A zone next to the date or time (UTC+8, GMT+08:00, +0800, Z, or a fixed-offset name): its
    offset in minutes and where it stands in ``lower``."""
    base = max(0, start - 12)
    segment = lower[base : end + 16]
    for m in _OFFSET.finditer(segment):
        if m["name"]:
            minutes = int(m["oh1"]) * 60 + int(m["om1"] or 0)
            minutes = -minutes if m["sign1"] in "-−" else minutes
        elif m["z"]:
            minutes = 0
        elif m["sign2"]:
            minutes = int(m["oh2"]) * 60 + int(m["om2"])
            minutes = -minutes if m["sign2"] in "-−" else minutes
        elif m["zone"] and m["zone"] in _ZONES:
            minutes = _ZONES[m["zone"]]
        else:
            continue
        return minutes, base + m.start(), base + m.end()
    return None
