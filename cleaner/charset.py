"""Decode the bytes of an HTML page: byte-order mark, then the page's own declaration, then detection.

    text, encoding = decode_html(data)

Order (close to the WHATWG "encoding sniffing" steps, without a transport-layer charset):

1. a byte-order mark (UTF-8, UTF-16, UTF-32) wins;
2. a declaration in the first 2 KB: ``<meta charset=...>``, ``<meta http-equiv="Content-Type"
   content="...; charset=...">`` or ``<?xml ... encoding="..."?>``, with the WHATWG label mapping
   (``iso-8859-1`` and ``ascii`` mean windows-1252, ``gb2312`` and ``gbk`` mean GB18030, and so on),
   used when the bytes decode cleanly with it (but bytes that are valid UTF-8 and not plain ASCII
   are read as UTF-8 whatever the page declares: a page re-encoded without updating its
   declaration is common, legacy-encoded text that happens to be valid UTF-8 is not);
3. UTF-8, when the bytes are valid UTF-8;
4. charset-normalizer's best guess;
5. the declared encoding (or UTF-8) with replacement characters, so that decoding never fails.

The encoding returned is Python's codec name (``utf-8``, ``cp1251``, ``gb18030``...).
"""
from __future__ import annotations

import codecs
import re

__all__ = ["decode_html", "declared_encoding"]

_SNIFF = 2048

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE, whose BOM is its prefix
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_META_RE = re.compile(rb"<meta\b[^>]*>", re.I)
_CHARSET_RE = re.compile(rb"""charset\s*=\s*["']?\s*([A-Za-z0-9_.:+-]+)""", re.I)
_XML_DECL_RE = re.compile(rb"""^\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9_.:+-]+)["']""", re.I)

# WHATWG Encoding Standard: labels that browsers read as a superset encoding.
_WHATWG = {
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "l1": "cp1252",
    "ascii": "cp1252",
    "us-ascii": "cp1252",
    "iso-8859-9": "cp1254",
    "iso-8859-11": "cp874",
    "tis-620": "cp874",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "gb_2312-80": "gb18030",
    "x-gbk": "gb18030",
    "euc-cn": "gb18030",
    "shift_jis": "cp932",
    "shift-jis": "cp932",
    "sjis": "cp932",
    "x-sjis": "cp932",
    "windows-31j": "cp932",
    "euc-kr": "cp949",
    "ks_c_5601-1987": "cp949",
    "big5": "big5hkscs",
    # a page that says UTF-16 in ASCII bytes is not UTF-16 (WHATWG: treat as UTF-8)
    "utf-16": "utf-8",
    "utf-16le": "utf-8",
    "utf-16be": "utf-8",
    "x-user-defined": "cp1252",
}


def _codec(label: bytes | str) -> str | None:
    """Python codec name for an encoding label, or None when the label is unknown."""
    if isinstance(label, bytes):
        label = label.decode("ascii", "ignore")
    label = label.strip().lower()
    label = _WHATWG.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def declared_encoding(data: bytes) -> str | None:
    """The encoding an HTML page declares in its first 2 KB (a Python codec name), if any."""
    head = data[:_SNIFF]
    match = _XML_DECL_RE.match(head)
    if match:
        codec = _codec(match.group(1))
        if codec:
            return codec
    for meta in _META_RE.finditer(head):
        # <meta charset=...> or <meta http-equiv="Content-Type" content="text/html; charset=...">
        found = _CHARSET_RE.search(meta.group(0))
        if found is not None:
            codec = _codec(found.group(1))
            if codec:
                return codec
    return None


def _strict(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def decode_html(data: bytes) -> tuple[str, str]:
    """Decode an HTML page's bytes; returns ``(text, encoding)``. Never raises on bad bytes."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            text = data[len(bom):].decode(codec, "replace")
            return text, codecs.lookup(codec).name
    declared = declared_encoding(data)
    if declared and declared != "utf-8" and not data.isascii():
        # Pages re-encoded to UTF-8 often keep their old declaration; real text in a legacy
        # encoding is practically never valid UTF-8 once it has non-ASCII bytes.
        text = _strict(data, "utf-8")
        if text is not None:
            return text, "utf-8"
    if declared:
        text = _strict(data, declared)
        if text is not None:
            return text, declared
    text = _strict(data, "utf-8")
    if text is not None:
        return text, "utf-8"
    guessed = _detect(data)
    if guessed is not None:
        return guessed
    codec = declared or "utf-8"
    return data.decode(codec, "replace"), codec


def _detect(data: bytes) -> tuple[str, str] | None:
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - a declared dependency
        return None
    results = from_bytes(data)
    best = results.best()
    if best is None:
        return None
    # Short Latin text often ties between windows-125x codecs; windows-1252, the web's most common
    # legacy encoding (and the WHATWG default), wins a tie.
    for match in results:
        if match.encoding == "cp1252" and match.chaos <= best.chaos and match.coherence >= best.coherence:
            best = match
            break
    codec = _codec(best.encoding) or best.encoding
    return str(best), codec
