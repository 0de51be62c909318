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
process pool; results come back in input order. The records go through the same pool and the same
outcome type as the command's documents (cleaner.outcome), so what holds for one holds for the other.
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

from .options import Options
from .safety import fallbacks
from .outcome import WINDOW_PER_JOB, Outcome, Settings, Source, Task, process_all  # noqa: F401 (window, as before)
from .outcome import CHUNK_UNITS as CHUNK_LINES  # noqa: F401 (lines sent to a worker at once)

__all__ = ["JsonlOutcome", "clean_jsonl", "clean_record"]

# The outcome of one record is the outcome of any unit of work (cleaner.outcome.Outcome): line_no,
# record_id, output (the output record, None on error), removals, error ("line N: ..."), notes (the
# HTML path fell back to rendering the whole page), warnings (the safety net kept the conservative
# reading), records (report lines, when the record came with its source), to_line().
JsonlOutcome = Outcome


def clean_jsonl(
    lines: Iterable[bytes | str],
    *,
    options: Options | None = None,
    text_field: str = "text",
    html_field: str = "html",
    jobs: int = 1,
    timeout: float | None = None,
) -> Iterator[Outcome]:
    """Clean every record of a JSON Lines stream; yields one outcome per non-blank line, in order.

    ``lines`` is any iterable of lines (a file opened in binary mode, ``sys.stdin.buffer``, a list).
    ``timeout`` is the per-record time limit in seconds (``None`` or 0: none).
    """
    settings = Settings(options=options or Options(), text_field=text_field, html_field=html_field, timeout=timeout)
    tasks = (Task(None, n, line) for n, line in enumerate(lines, 1) if not _blank(line))
    yield from process_all(tasks, settings, jobs=jobs)


def _blank(line: bytes | str) -> bool:
    return not line.strip()


def clean_record(line_no: int, line: bytes | str, settings: Settings, *, source: Source | None = None) -> Outcome:
    """Parse and clean one line; never raises (apart from KeyboardInterrupt and the like). With the
    ``source`` it came from (a corpus the command cleans), the outcome carries the report's lines."""
    from .inputs import InputError, check_html_result
    from .timeout import TimeLimitExceeded, time_limit

    def failed(message: str, record_id=None) -> Outcome:
        return Outcome(source, line_no, record_id, error=f"line {line_no}: {message}", error_kind="input")

    options = settings.options
    text_field, html_field = settings.text_field, settings.html_field
    try:
        if isinstance(line, bytes):
            line = line.decode("utf-8")
        record = json.loads(line)
    except UnicodeDecodeError as err:
        return failed(f"not UTF-8 ({err.reason} at byte {err.start})")
    except ValueError as err:  # json.JSONDecodeError
        return failed(f"malformed JSON ({_short(err)})")
    if not isinstance(record, dict):
        return failed(f"not a JSON object ({type(record).__name__})")
    record_id = _record_id(record.get("id"))
    html = record.get(html_field)
    text = record.get(text_field)
    if isinstance(html, str) and html.strip():
        document, input_format = html, "html"
    elif isinstance(text, str):
        document, input_format = text, "text"
    else:
        return failed(f"no {text_field!r} or {html_field!r} string field", record_id)
    if options.templates is not None:  # the templates of the record's site (its url field)
        from .templates import for_document

        options = for_document(options, document, input_format, record=record)
    try:
        with time_limit(settings.timeout):
            result = _clean(document, input_format, options)
        if input_format == "html":
            check_html_result(document, result.text)
    except InputError as err:
        return failed(str(err), record_id)
    except TimeLimitExceeded as err:
        return failed(str(err), record_id)
    except Exception as err:  # one bad record must not stop a corpus
        return failed(f"{type(err).__name__}: {_short(err)}", record_id)
    output = dict(record)  # same keys, same order
    output[text_field] = result.text
    # as in every other output of the command, a field the input does not give is absent, not null
    metadata = {k: v for k, v in result.metadata.items() if v is not None}
    output["metadata"] = metadata
    note = getattr(result, "note", None)
    said = list(getattr(result, "warnings", ()) or ())
    safety = fallbacks(said)
    outcome = Outcome(source, line_no, record_id, output=output, text=result.text, metadata=metadata,
                      removals=list(result.removals), notes=[note] if note else [], warnings=said, safety=safety,
                      input_format=input_format)
    if source is not None and settings.report:
        from .report import removal_record, safety_record

        outcome.records = [safety_record(source.name, w, record=line_no, record_id=record_id) for w in safety]
        outcome.records += [removal_record(source.name, r, record=line_no, record_id=record_id) for r in outcome.removals]
    if not settings.keep_original:  # the line rendered here, in the worker; less to send back
        outcome.output, outcome.text, outcome.metadata = outcome.to_line(), None, {}
    return outcome


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
