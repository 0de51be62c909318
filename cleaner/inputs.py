"""Bytes to text: byte-order marks, binary detection, UTF-8, HTML meta charset, charset-normalizer.

Every problem becomes an :class:`InputError` whose message is one line for the user; an encoding
that had to be guessed or converted is reported as a ``note`` (shown in verbose mode).
"""
from __future__ import annotations

import codecs
from dataclasses import dataclass

__all__ = ["InputError", "Decoded", "decode_bytes", "read_path"]


class InputError(Exception):
    """An input that cannot be processed; ``str(err)`` is the one-line reason (without the name)."""


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str
    note: str | None = None
    crlf: bool = False


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


def decode_bytes(data: bytes) -> Decoded:
    """Decode one input. Raises :class:`InputError` for binary data or an undetectable encoding.

    Order: byte-order mark; NUL bytes mean binary; strict UTF-8; the charset declared by an HTML
    ``<meta>`` tag; charset-normalizer's best guess. Newlines are normalised to ``\\n``.
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
            return Decoded(text, encoding, note, crlf)
    if b"\x00" in data:
        raise InputError("binary file (contains NUL bytes), not text or HTML")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        text, crlf = _normalise_newlines(text)
        return Decoded(text, "utf-8", None, crlf)
    declared = _declared_charset(data)
    if declared:
        try:
            text = data.decode(declared)
        except UnicodeDecodeError:
            pass
        else:
            text, crlf = _normalise_newlines(text)
            return Decoded(text, declared, f"not UTF-8; decoded as {declared} (declared by <meta charset>)", crlf)
    best = _guess(data)
    if best is None or best.encoding is None:
        raise InputError("not UTF-8 and its encoding could not be detected")
    text, crlf = _normalise_newlines(str(best))
    if "\x00" in text:
        raise InputError("binary file (decodes to NUL characters), not text or HTML")
    return Decoded(text, best.encoding, f"not UTF-8; decoded as {best.encoding} (detected by charset-normalizer)", crlf)


# Tie-break among charset-normalizer's equally plausible candidates (short texts give many): the
# encodings scraped text is most often in, before Mac, DOS and rare code pages.
_PREFERRED = (
    "utf_8", "cp1252", "cp1250", "cp1251", "gb18030", "big5", "cp932", "shift_jis", "euc_jp", "cp949",
    "euc_kr", "koi8_r", "cp1253", "cp1254", "cp1255", "cp1256", "cp1257", "cp1258", "cp874",
    "latin_1", "iso8859_15", "iso8859_2", "iso8859_5", "iso8859_7",
)
_RANK = {name: index for index, name in enumerate(_PREFERRED)}


def _guess(data: bytes):
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data))
    if not matches:
        return None
    least = min(m.chaos for m in matches)
    tied = [m for m in matches if m.chaos <= least + 0.01]
    return min(tied, key=lambda m: (_RANK.get(m.encoding, len(_RANK)), -m.coherence))


def read_path(path: str) -> bytes:
    """Read a file's bytes, turning OS errors into one-line :class:`InputError` messages."""
    try:
        with open(path, "rb") as fh:
            return fh.read()
    except FileNotFoundError:
        raise InputError("no such file or directory") from None
    except IsADirectoryError:
        raise InputError("is a directory") from None
    except PermissionError:
        raise InputError("permission denied (cannot read)") from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}") from None
