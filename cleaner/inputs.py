"""Bytes to text: byte-order marks, binary detection, UTF-8, HTML meta charset, charset-normalizer.

Every problem becomes an :class:`InputError` whose message is one line for the user; an encoding
that had to be guessed or converted is reported as a ``note`` (shown in verbose mode).
"""
from __future__ import annotations

import codecs
import os
import re
from dataclasses import dataclass

__all__ = ["InputError", "Decoded", "Snapshot", "decode_bytes", "read_path", "read_snapshot", "file_digest", "html_depth", "check_html_result"]


class InputError(Exception):
    """An input that cannot be processed; ``str(err)`` is the one-line reason (without the name)."""


@dataclass(frozen=True, slots=True)
class Decoded:
    """A decoded input and how to write a text back the way the input was stored.

    ``encoding`` is the codec the bytes were read with (and are written back with), ``bom`` the
    byte-order mark they started with, ``crlf`` whether lines ended in CRLF. ``invalid`` counts the
    bytes that were not valid UTF-8 in a file that is otherwise UTF-8 (each shown as U+FFFD in
    ``text``; such a file cannot be written back without changing those bytes), ``first_invalid``
    is the offset of the first one.
    """

    text: str
    encoding: str
    note: str | None = None
    crlf: bool = False
    bom: bytes = b""
    invalid: int = 0
    first_invalid: int | None = None

    @property
    def lossy(self) -> bool:
        return self.invalid > 0

    def problem(self) -> str:
        """The one-line reason a lossy input is not rewritten."""
        byte = "byte" if self.invalid == 1 else "bytes"
        return (
            f"not valid UTF-8 ({self.invalid} stray {byte}, the first at offset {self.first_invalid}); "
            "not rewritten: fix or convert the file first"
        )

    def encode(self, text: str) -> bytes:
        """``text`` (newlines ``\\n``) as bytes stored like the input: same encoding, byte-order mark
        and line endings. Raises :class:`InputError` when it cannot be (stray bytes, characters
        the encoding does not have)."""
        if self.lossy:
            raise InputError(self.problem())
        if self.crlf:
            text = text.replace("\n", "\r\n")
        try:
            return self.bom + text.encode(self.encoding)
        except UnicodeEncodeError as exc:
            bad = exc.object[exc.start:exc.end]
            raise InputError(
                f"the clean text has characters {bad!r} that {self.encoding} cannot store; not rewritten"
            ) from None


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

def _declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares (``<meta charset>``, http-equiv, XML declaration), if any."""
    if b"<" not in data[:2048]:
        return None
    from .charset import declared_encoding

    return declared_encoding(data)


def _normalise_newlines(text: str) -> tuple[str, bool]:
    crlf = "\r\n" in text
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text, crlf


def _round_trips(data: bytes, text: str, encoding: str) -> bool:
    try:
        return text.encode(encoding) == data
    except (UnicodeEncodeError, LookupError):
        return False


_STRAY = re.compile("[\udc80-\udcff]")


def _utf8_counts(data: bytes) -> tuple[str, int, int, int | None]:
    """Decode as UTF-8 with U+FFFD for bad bytes: (text, valid multi-byte characters, bad bytes, first bad offset)."""
    escaped = data.decode("utf-8", "surrogateescape")
    strays = _STRAY.findall(escaped)
    if not strays:
        return escaped, sum(1 for ch in escaped if ord(ch) > 127), 0, None
    first_char = _STRAY.search(escaped).start()
    first = len(escaped[:first_char].encode("utf-8", "surrogateescape"))
    text = _STRAY.sub("\ufffd", escaped)
    valid = sum(1 for ch in escaped if ord(ch) > 127) - len(strays)
    return text, valid, len(strays), first


def decode_bytes(data: bytes) -> Decoded:
    """Decode one input. Raises :class:`InputError` for binary data.

    Order: byte-order mark; NUL bytes mean binary; strict UTF-8; UTF-8 with a few stray bytes (at
    least as many valid multi-byte characters as bad bytes: the file stays UTF-8, the bad bytes
    become U+FFFD and ``invalid`` counts them); the charset declared by an HTML ``<meta>`` tag;
    charset-normalizer's guess, accepted only with strong evidence (the bytes round-trip exactly,
    no mess, no control characters, no letters of another script glued to ASCII words); otherwise
    UTF-8 with U+FFFD. Newlines are normalised to ``\\n``. A legacy encoding is kept in
    ``encoding`` so that the file can be written back in it.
    """
    if not data:
        return Decoded("", "utf-8")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(encoding)
            except UnicodeDecodeError as exc:
                raise InputError(f"starts with a {encoding} byte-order mark but is not valid {encoding} ({exc.reason})") from None
            text, crlf = _normalise_newlines(text)
            note = None if encoding == "utf-8" else f"decoded as {encoding} (byte-order mark)"
            return Decoded(text, encoding, note, crlf, bom)
    if b"\x00" in data:
        raise InputError("binary file (contains NUL bytes), not text or HTML")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        text, crlf = _normalise_newlines(text)
        return Decoded(text, "utf-8", None, crlf)
    lossy, valid, invalid, first = _utf8_counts(data)
    if valid and valid >= invalid:
        text, crlf = _normalise_newlines(lossy)
        note = f"UTF-8 with {invalid} stray byte{'s' if invalid != 1 else ''} (shown as U+FFFD)"
        return Decoded(text, "utf-8", note, crlf, invalid=invalid, first_invalid=first)
    declared = _declared_charset(data)
    if declared:
        try:
            text = data.decode(declared)
        except UnicodeDecodeError:
            pass
        else:
            if _round_trips(data, text, declared):
                text, crlf = _normalise_newlines(text)
                return Decoded(text, declared, f"not UTF-8; decoded as {declared} (declared by <meta charset>)", crlf)
    best = _guess(data)
    if best is not None:
        text, encoding = best
        text, crlf = _normalise_newlines(text)
        return Decoded(text, encoding, f"not UTF-8; decoded as {encoding} (detected by charset-normalizer)", crlf)
    text, crlf = _normalise_newlines(lossy)
    note = f"not UTF-8 and no encoding could be told with confidence; {invalid} bytes shown as U+FFFD"
    return Decoded(text, "utf-8", note, crlf, invalid=invalid, first_invalid=first)


# Tie-break among charset-normalizer's equally plausible candidates (short texts give many): the
# encodings scraped text is most often in, before Mac, DOS and rare code pages.
_PREFERRED = (
    "utf_8", "cp1252", "cp1250", "cp1251", "gb18030", "big5", "cp932", "shift_jis", "euc_jp", "cp949",
    "euc_kr", "koi8_r", "cp1253", "cp1254", "cp1255", "cp1256", "cp1257", "cp1258", "cp874",
    "latin_1", "iso8859_15", "iso8859_2", "iso8859_5", "iso8859_7",
)
_RANK = {name: index for index, name in enumerate(_PREFERRED)}
_MAX_CHAOS = 0.15


def _guess(data: bytes) -> tuple[str, str] | None:
    """charset-normalizer's best candidate that passes :func:`_plausible` as (text, codec), or None.
    windows-1252 names it when it reads the bytes the same way."""
    from charset_normalizer import from_bytes

    matches = [m for m in from_bytes(data) if m.encoding and m.chaos <= _MAX_CHAOS]
    matches.sort(key=lambda m: (round(m.chaos, 2), _RANK.get(m.encoding, len(_RANK)), -m.coherence))
    for match in matches[:8]:
        text = str(match)
        if _round_trips(data, text, match.encoding) and _plausible(text):
            if match.encoding != "cp1252" and _round_trips(data, text, "cp1252"):
                return text, "cp1252"
            return text, match.encoding
    return None


def _plausible(text: str) -> bool:
    """Strong evidence that a legacy decoding is right: the non-ASCII characters are letters, marks,
    punctuation, symbols or spaces (no controls, private use, half-width katakana or box drawing),
    and a non-ASCII letter next to an ASCII letter is Latin (``Cafй`` is cp1251 read wrongly)."""
    import unicodedata

    previous = ""
    for index, ch in enumerate(text):
        if ord(ch) < 128:
            previous = ch
            continue
        category = unicodedata.category(ch)
        if category[0] == "C" or category == "Zl" or category == "Zp":
            return False
        if 0xFF61 <= ord(ch) <= 0xFF9F or 0x2500 <= ord(ch) <= 0x259F:
            return False
        if category[0] == "L":
            following = text[index + 1] if index + 1 < len(text) else ""
            glued = (previous.isascii() and previous.isalpha()) or (following.isascii() and following.isalpha())
            if glued and not unicodedata.name(ch, "").startswith("LATIN"):
                return False
        previous = ch
    return True


@dataclass(frozen=True, slots=True)
class Snapshot:
    """What a file was when it was read: compared again before it is replaced (``--write``)."""

    size: int
    mtime_ns: int
    digest: str  # sha256 of the bytes read

    def same_as_now(self, path: str) -> bool:
        """Whether ``path`` still holds exactly what was read (size, mtime and content)."""
        try:
            st = os.stat(path)
        except OSError:
            return False
        if st.st_size != self.size or st.st_mtime_ns != self.mtime_ns:
            return False
        try:
            return file_digest(path) == self.digest
        except OSError:
            return False


def file_digest(path: str) -> str:
    import hashlib

    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def read_snapshot(path: str) -> tuple[bytes, Snapshot]:
    """A file's bytes and its :class:`Snapshot`, taken from the same open file."""
    try:
        with open(path, "rb") as fh:
            st = os.fstat(fh.fileno())
            data = fh.read()
    except OSError as exc:
        raise _read_error(exc) from None
    import hashlib

    return data, Snapshot(len(data), st.st_mtime_ns, hashlib.sha256(data).hexdigest())


def _read_error(exc: OSError) -> InputError:
    if isinstance(exc, FileNotFoundError):
        return InputError("no such file or directory")
    if isinstance(exc, IsADirectoryError):
        return InputError("is a directory")
    if isinstance(exc, PermissionError):
        return InputError("permission denied (cannot read)")
    return InputError(f"cannot read: {exc.strerror or exc}")


def read_path(path: str) -> bytes:
    """Read a file's bytes, turning OS errors into one-line :class:`InputError` messages."""
    try:
        with open(path, "rb") as fh:
            return fh.read()
    except OSError as exc:
        raise _read_error(exc) from None


# The HTML parser (libxml2) drops everything nested deeper than 256 elements.
MAX_HTML_DEPTH = 250
_TAG = None
_NOT_NESTING = frozenset(
    "area base br col embed hr img input link meta param source track wbr "  # void elements
    "p li td th tr dt dd option optgroup thead tbody tfoot colgroup rb rt rp html head body".split()  # end tag optional
)


def html_depth(html: str) -> int:
    """How deeply the elements of ``html`` nest (an estimate from the tags; elements whose end tag
    may be left out do not count)."""
    global _TAG
    if _TAG is None:
        _TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]*)[^>]*?(/?)>")
    depth = deepest = 0
    for closing, name, self_closing in _TAG.findall(html):
        if self_closing or name.lower() in _NOT_NESTING:
            continue
        if closing:
            depth = max(0, depth - 1)
        else:
            depth += 1
            deepest = max(deepest, depth)
    return deepest


def check_html_result(html: str, text: str) -> None:
    """Raise :class:`InputError` when HTML gave no text because it nests too deeply to be parsed."""
    if not text.strip():
        depth = html_depth(html)
        if depth > MAX_HTML_DEPTH:
            raise InputError(f"HTML nested {depth} elements deep; the HTML parser stops at 256, so it cannot be cleaned")
