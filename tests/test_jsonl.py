"""JSON Lines streaming (cleaner.jsonl) and the per-document time limit (cleaner.timeout)."""
from __future__ import annotations

import io
import json
import threading
import time
from pathlib import Path

import pytest

from cleaner import Options, clean
from cleaner.charset import decode_html
from cleaner.jsonl import JsonlOutcome, clean_jsonl
from cleaner.timeout import TimeLimitExceeded, time_limit

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "fixtures"

ARTICLE = (
    "Harbour ferry returns after winter repairs\n\n"
    "The island ferry resumed its timetable on Monday after six weeks in dry dock, the operator said.\n\n"
    "Engineers replaced both propeller shafts and repainted the hull, and the vessel passed its safety "
    "inspection on Friday afternoon.\n\n"
    "Share this article on Facebook\n"
)


def _line(record: dict) -> bytes:
    return json.dumps(record, ensure_ascii=False).encode("utf-8") + b"\n"


def _given(metadata: dict) -> dict:
    """The fields the input gives (what every output of the command carries)."""
    return {k: v for k, v in metadata.items() if v is not None}


def _html_page() -> str:
    html, _ = decode_html((FIXTURES / "html_en_xhtml_latin1_results" / "input.html").read_bytes())
    return html


def test_round_trip_keeps_fields_and_order() -> None:
    record = {"id": "doc-1", "url": "https://example.org/a", "text": ARTICLE, "lang": "en", "extra": {"k": [1, 2]}}
    (outcome,) = clean_jsonl([_line(record)])
    assert outcome.ok and outcome.line_no == 1 and outcome.record_id == "doc-1"
    assert list(outcome.output) == ["id", "url", "text", "lang", "extra", "metadata"]
    assert outcome.output["text"] == clean(ARTICLE).text
    assert outcome.output["metadata"] == _given(clean(ARTICLE).metadata)
    assert outcome.output["extra"] == {"k": [1, 2]}
    back = json.loads(outcome.to_line())
    assert back == outcome.output
    assert outcome.to_line().endswith("\n") and outcome.to_line().count("\n") == 1
    assert outcome.removals == clean(ARTICLE).removals


def test_html_field_sets_text() -> None:
    html = _html_page()
    record = {"id": 7, "html": html, "source": "crawl-1"}
    (outcome,) = clean_jsonl([_line(record)])
    assert outcome.ok and outcome.record_id == 7
    assert list(outcome.output) == ["id", "html", "source", "text", "metadata"]
    assert outcome.output["html"] == html  # input fields are kept as they were
    expected = clean(html, input_format="html")
    assert outcome.output["text"] == expected.text
    assert outcome.output["metadata"] == _given(expected.metadata)


def test_html_wins_over_text_and_existing_metadata_is_replaced_in_place() -> None:
    html = _html_page()
    record = {"text": "old text", "metadata": {"old": True}, "html": html}
    (outcome,) = clean_jsonl([_line(record)])
    assert list(outcome.output) == ["text", "metadata", "html"]
    assert outcome.output["text"] == clean(html, input_format="html").text
    assert "old" not in outcome.output["metadata"]


def test_empty_html_falls_back_to_text() -> None:
    (outcome,) = clean_jsonl([_line({"html": "", "text": ARTICLE})])
    assert outcome.ok and outcome.output["text"] == clean(ARTICLE).text


def test_configurable_field_names() -> None:
    record = {"content": ARTICLE, "raw": None}
    (outcome,) = clean_jsonl([_line(record)], text_field="content", html_field="raw")
    assert outcome.ok
    assert list(outcome.output) == ["content", "raw", "metadata"]
    assert outcome.output["content"] == clean(ARTICLE).text


def test_malformed_lines_are_reported_and_the_rest_goes_on() -> None:
    lines = [
        _line({"id": "a", "text": ARTICLE}),
        b"{not json\n",
        b"\n",
        b"   \n",
        b"[1, 2, 3]\n",
        _line({"id": "no-text", "title": "x"}),
        _line({"id": 5, "text": 42}),
        b'{"text": "caf\xe9"}\n',  # not UTF-8
        _line({"id": "z", "text": ARTICLE}),
    ]
    outcomes = list(clean_jsonl(lines))
    assert [o.line_no for o in outcomes] == [1, 2, 5, 6, 7, 8, 9]  # blank lines skipped
    errors = {o.line_no: o.error for o in outcomes if not o.ok}
    assert set(errors) == {2, 5, 6, 7, 8}
    assert errors[2].startswith("line 2: malformed JSON")
    assert errors[5] == "line 5: not a JSON object (list)"
    assert errors[6] == "line 6: no 'text' or 'html' string field"
    assert errors[7].startswith("line 7: ")
    assert errors[8].startswith("line 8: not UTF-8")
    by_line = {o.line_no: o for o in outcomes}
    assert by_line[6].record_id == "no-text" and by_line[6].output is None
    assert by_line[1].ok and by_line[9].ok and by_line[9].record_id == "z"
    with pytest.raises(ValueError):
        by_line[2].to_line()


def test_record_ids() -> None:
    lines = [_line({"id": "x", "text": "a\n"}), _line({"id": 3, "text": "a\n"}), _line({"text": "a\n"}),
             _line({"id": {"k": 1}, "text": "a\n"}), _line({"id": True, "text": "a\n"})]
    ids = [o.record_id for o in clean_jsonl(lines)]
    assert ids == ["x", 3, None, '{"k": 1}', "true"]


def test_str_lines_and_file_objects() -> None:
    text = json.dumps({"text": ARTICLE}) + "\n"
    (a,) = clean_jsonl([text])
    (b,) = clean_jsonl(io.BytesIO(text.encode("utf-8")))
    assert a.output == b.output


def test_options_apply() -> None:
    options = Options(disable=frozenset({"promo"}))
    (default,) = clean_jsonl([_line({"text": ARTICLE})])
    (kept,) = clean_jsonl([_line({"text": ARTICLE})], options=options)
    assert "promo.share" in {r.rule for r in default.removals}
    assert not any(r.category == "promo" for r in kept.removals)
    assert kept.output["text"] == clean(ARTICLE, options=options).text


def test_jobs_two_keeps_input_order() -> None:
    html = _html_page()
    lines = []
    for i in range(60):
        if i % 7 == 3:
            lines.append(b"{broken\n")
        elif i % 5 == 0:
            lines.append(_line({"id": i, "html": html}))
        else:
            lines.append(_line({"id": i, "text": ARTICLE.replace("six weeks", f"{i} weeks")}))
    serial = list(clean_jsonl(lines, jobs=1))
    parallel = list(clean_jsonl(lines, jobs=2))
    assert [o.line_no for o in parallel] == list(range(1, 61))
    assert [(o.line_no, o.record_id, o.output, o.error) for o in parallel] == [
        (o.line_no, o.record_id, o.output, o.error) for o in serial
    ]
    assert [o.removals for o in parallel] == [o.removals for o in serial]


def test_streaming_reads_lazily() -> None:
    """The parallel path keeps a bounded window: it has not read the whole input after one result."""
    from cleaner import jsonl

    consumed = 0

    def source():
        nonlocal consumed
        for i in range(10_000):
            consumed += 1
            yield _line({"id": i, "text": "Short line.\n"})

    stream = clean_jsonl(source(), jobs=2)
    first = next(stream)
    assert first.line_no == 1
    assert consumed <= 2 * jsonl.WINDOW_PER_JOB * jsonl.CHUNK_LINES + jsonl.CHUNK_LINES
    stream.close()
    serial = clean_jsonl(source())
    consumed = 0
    next(serial)
    assert consumed == 1


def test_time_limit_per_record(monkeypatch) -> None:
    import cleaner.jsonl as jsonl_mod

    def slow(source, input_format, options):
        if "slow" in source:
            time.sleep(5)
        return clean(source)

    monkeypatch.setattr(jsonl_mod, "_clean", slow)
    lines = [_line({"id": 1, "text": "slow one\n"}), _line({"id": 2, "text": ARTICLE})]
    started = time.monotonic()
    first, second = clean_jsonl(lines, timeout=0.3)
    assert time.monotonic() - started < 3
    assert first.error == "line 1: took longer than 0.3 s"
    assert second.ok


def test_outcome_is_picklable() -> None:
    import pickle

    (outcome,) = clean_jsonl([_line({"text": ARTICLE})])
    assert pickle.loads(pickle.dumps(outcome)) == outcome
    assert isinstance(outcome, JsonlOutcome)


# --------------------------------------------------------------------------- time_limit


def _spin(seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        pass


def test_time_limit_interrupts_python_code() -> None:
    started = time.monotonic()
    with pytest.raises(TimeLimitExceeded) as info:
        with time_limit(0.2):
            _spin(5)
    assert time.monotonic() - started < 2
    assert info.value.seconds == 0.2


def test_time_limit_is_not_swallowed_by_except_exception() -> None:
    with pytest.raises(TimeLimitExceeded):
        with time_limit(0.1):
            try:
                _spin(5)
            except Exception:  # what libraries do
                pass
            _spin(5)


def test_time_limit_disarms_on_exit() -> None:
    with time_limit(0.2):
        pass
    _spin(0.4)  # no late alarm
    with time_limit(None):
        _spin(0.01)
    with time_limit(0):
        _spin(0.01)


def test_time_limit_nests() -> None:
    with pytest.raises(TimeLimitExceeded) as info:
        with time_limit(0.3):
            with time_limit(10):
                _spin(5)
    assert info.value.seconds == 0.3
    with pytest.raises(TimeLimitExceeded) as info:
        with time_limit(0.5):
            with time_limit(0.05):
                pass
            _spin(5)  # the outer limit is re-armed
    assert info.value.seconds == 0.5


def test_time_limit_is_a_no_op_in_threads() -> None:
    done = []

    def work():
        with time_limit(0.05):
            _spin(0.2)
        done.append(True)

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    assert done == [True]


def test_metadata_leaves_out_fields_the_input_does_not_give():
    """The same rule as `newsclean meta` and `--format json`: absent, not null."""
    (outcome,) = clean_jsonl([_line({"id": "x", "text": ARTICLE})])
    metadata = outcome.output["metadata"]
    assert metadata and None not in metadata.values()
    assert "url" not in metadata
