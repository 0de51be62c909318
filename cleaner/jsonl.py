"""Clean a corpus in JSON Lines, streaming: one record in, one record out, in input order.

    from cleaner.jsonl import clean_jsonl
    with open("corpus.jsonl", "rb") as f:
        for outcome in clean_jsonl(f, options=Options(), jobs=2, timeout=5):
            if outcome.error:
                print(outcome.error, file=sys.stderr)
            else:
                out.write(outcome.to_line())

Each line is a JSON object with a text field (``text``) or an HTML field (``html``); the names are
configurable. When a record has a non-empty HTML field, the HTML is cleaned (trafilatura, then the
text engine) and the text field is set from it; otherwise the text field is cleaned as text. The
output record keeps every input field in its input order, sets the text field to the clean text (a
record without one gets it appended) and sets ``metadata`` (replacing an input ``metadata`` field in
place). Blank lines are skipped. A line that is not a JSON object, not UTF-8, has neither field, or
fails to clean (including the time limit) gives an outcome with ``error`` naming its line number, and
the stream goes on.

Memory stays constant whatever the corpus size: lines are read one at a time from the iterable, and
with ``jobs > 1`` at most ``jobs * WINDOW_PER_JOB`` chunks of ``CHUNK_LINES`` lines are in flight in the
process pool; results come back in input order.
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from .model import Removal
from .options import Options

__all__ = ["JsonlOutcome", "clean_jsonl", "clean_record"]

CHUNK_LINES = 16  # lines sent to a worker at once
CHUNK_BYTES = 4 << 20  # ... or fewer lines once they add up to this many bytes
WINDOW_PER_JOB = 4  # chunks in flight per worker


@dataclass(slots=True)
class JsonlOutcome:
    """The result of one input line.

    line_no: 1-based line number in the input. record_id: the record's ``id`` field when it has
    one (str or int as given). output: the output record (None on error). removals: what the
    cleaner removed (line numbers refer to the record's text, or to the text extracted from its
    HTML). error: ``"line N: ..."`` when the line could not be processed. note: set when the HTML
    path fell back to rendering the whole page (see :mod:`cleaner.html`).
    """

    line_no: int
    record_id: str | int | None
    output: dict | None
    removals: list[Removal] = field(default_factory=list)
    error: str | None = None
    note: str | None = None
    warnings: list[str] = field(default_factory=list)  # the safety net kept the conservative reading

    @property
    def ok(self) -> bool:
        return self.error is None

    def to_line(self) -> str:
        """The output record as one JSON line (UTF-8 text, no ASCII escaping, with ``\\n``)."""
        if self.output is None:
            raise ValueError(self.error or "no output")
        return json.dumps(self.output, ensure_ascii=False) + "\n"


def clean_jsonl(
    lines: Iterable[bytes | str],
    *,
    options: Options | None = None,
    text_field: str = "text",
    html_field: str = "html",
    jobs: int = 1,
    timeout: float | None = None,
) -> Iterator[JsonlOutcome]:
    """Clean every record of a JSON Lines stream; yields one outcome per non-blank line, in order.

    ``lines`` is any iterable of lines (a file opened in binary mode, ``sys.stdin.buffer``, a list).
    ``timeout`` is the per-record time limit in seconds (``None`` or 0: none).
    """
    options = options or Options()
    settings = (options, text_field, html_field, timeout)
    numbered = ((n, line) for n, line in enumerate(lines, 1) if not _blank(line))
    if jobs <= 1:
        for line_no, line in numbered:
            yield clean_record(line_no, line, settings)
        return
    yield from _parallel(numbered, settings, jobs)


def _blank(line: bytes | str) -> bool:
    return not line.strip()


def clean_record(line_no: int, line: bytes | str, settings: tuple) -> JsonlOutcome:
    """Parse and clean one line; never raises (apart from KeyboardInterrupt and the like)."""
    from .inputs import InputError, check_html_result
    from .timeout import TimeLimitExceeded, time_limit

    options, text_field, html_field, timeout = settings
    try:
        if isinstance(line, bytes):
            line = line.decode("utf-8")
        record = json.loads(line)
    except UnicodeDecodeError as err:
        return JsonlOutcome(line_no, None, None, error=f"line {line_no}: not UTF-8 ({err.reason} at byte {err.start})")
    except ValueError as err:  # json.JSONDecodeError
        return JsonlOutcome(line_no, None, None, error=f"line {line_no}: malformed JSON ({_short(err)})")
    if not isinstance(record, dict):
        return JsonlOutcome(line_no, None, None, error=f"line {line_no}: not a JSON object ({type(record).__name__})")
    record_id = _record_id(record.get("id"))
    html = record.get(html_field)
    text = record.get(text_field)
    if isinstance(html, str) and html.strip():
        source, input_format = html, "html"
    elif isinstance(text, str):
        source, input_format = text, "text"
    else:
        return JsonlOutcome(
            line_no,
            record_id,
            None,
            error=f"line {line_no}: no {text_field!r} or {html_field!r} string field",
        )
    if options.templates is not None:  # the templates of the record's site (its url field)
        from .templates import for_document

        options = for_document(options, source, input_format, record=record)
    try:
        with time_limit(timeout):
            result = _clean(source, input_format, options)
        if input_format == "html":
            check_html_result(source, result.text)
    except InputError as err:
        return JsonlOutcome(line_no, record_id, None, error=f"line {line_no}: {err}")
    except TimeLimitExceeded as err:
        return JsonlOutcome(line_no, record_id, None, error=f"line {line_no}: {err}")
    except Exception as err:  # one bad record must not stop a corpus
        return JsonlOutcome(line_no, record_id, None, error=f"line {line_no}: {type(err).__name__}: {_short(err)}")
    output = dict(record)  # same keys, same order
    output[text_field] = result.text
    # as in every other output of the command, a field the input does not give is absent, not null
    output["metadata"] = {k: v for k, v in result.metadata.items() if v is not None}
    return JsonlOutcome(line_no, record_id, output, list(result.removals), None, getattr(result, "note", None),
                        list(getattr(result, "warnings", ()) or ()))


def _clean(source: str, input_format: str, options: Options):
    if input_format == "html":
        from .html import clean_html

        return clean_html(source, options)
    from .engine import clean_text

    return clean_text(source, options)


def _record_id(value) -> str | int | None:
    if value is None or isinstance(value, (str, int)) and not isinstance(value, bool):
        return value
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _short(err: BaseException, limit: int = 200) -> str:
    text = str(err)
    return text if len(text) <= limit else text[: limit - 1] + "…"


# --------------------------------------------------------------------------- parallel


def _chunks(numbered: Iterator[tuple[int, bytes | str]]) -> Iterator[list[tuple[int, bytes | str]]]:
    chunk: list[tuple[int, bytes | str]] = []
    size = 0
    for item in numbered:
        chunk.append(item)
        size += len(item[1])
        if len(chunk) >= CHUNK_LINES or size >= CHUNK_BYTES:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


_SETTINGS: tuple | None = None  # a worker's settings, sent once when it starts


def _start_worker(settings: tuple) -> None:
    global _SETTINGS
    _SETTINGS = settings


def _clean_chunk(chunk: list[tuple[int, bytes | str]]) -> list[JsonlOutcome]:
    return [clean_record(line_no, line, _SETTINGS) for line_no, line in chunk]


def _parallel(numbered: Iterator[tuple[int, bytes | str]], settings: tuple, jobs: int) -> Iterator[JsonlOutcome]:
    from .pool import flatten, ordered

    yield from flatten(ordered(_clean_chunk, _chunks(numbered), jobs=jobs, window=max(1, jobs * WINDOW_PER_JOB),
                               initializer=_start_worker, initargs=(settings,)))
