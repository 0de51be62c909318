"""Format detection: HTML or plain text, by suffix and by content."""
from __future__ import annotations

from pathlib import Path

import pytest

from cleaner.detect import detect_format

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@pytest.mark.parametrize(
    "text",
    [
        "<!DOCTYPE html><html><head></head><body><p>x</p></body></html>",
        "<!doctype HTML>\n<title>x</title>",
        "\ufeff  \n<html lang='en'><p>x</p>",
        "<?xml version='1.0' encoding='utf-8'?>\n<!DOCTYPE html PUBLIC '-//W3C//DTD XHTML 1.0 Strict//EN' 'x'>\n<html>",
        "<?xml version='1.0'?><html xmlns='http://www.w3.org/1999/xhtml'>",
        "<!-- saved from url=(0014)about:internet -->\n<html>\n<head><title>x</title></head><body></body></html>",
        # a fragment: no <html>, but dense markup
        "<div class='story'><h1>Title</h1><p>First paragraph.</p><p>Second paragraph.</p></div>",
        "<p>One.</p>\n<p>Two.</p>\n<p>Three.</p>\n<p>Four.</p>",
    ],
)
def test_html_by_content(text: str) -> None:
    assert detect_format(text) == "html"


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Plain text.\n\nAnother paragraph.\n",
        "In HTML the <p> element marks a paragraph and <br> a line break; authors nest <b> inside it.\n" * 3,
        "x < y and y > z, so 3 < 4.\n",
        "Menu | Home | News\nBy Jane Doe\n",
        "An article about the <html> tag, written in plain text, with no markup at all around it, and long enough " * 20,
    ],
)
def test_text_by_content(text: str) -> None:
    assert detect_format(text) == "text"


def test_suffix_decides_first() -> None:
    assert detect_format("plain words", "page.html") == "html"
    assert detect_format("plain words", "PAGE.HTM") == "html"
    assert detect_format("plain words", "dir/page.xhtml") == "html"
    assert detect_format("<html><body><p>x</p></body></html>", "notes.md") == "text"
    assert detect_format("<html><body><p>x</p></body></html>", "article.txt") == "text"
    # unknown suffixes and no name: content decides
    assert detect_format("<html><body><p>x</p></body></html>", "page.dat") == "html"
    assert detect_format("<html><body><p>x</p></body></html>", None) == "html"
    assert detect_format("plain words", "stdin") == "text"


def test_only_the_head_is_read() -> None:
    assert detect_format("word " * 2000 + "<html><body>") == "text"


def test_every_fixture_is_detected() -> None:
    for path in FIXTURES.glob("html_*/input.html"):
        text = path.read_bytes().decode("utf-8", "replace")
        assert detect_format(text) == "html", path.parent.name
    for path in FIXTURES.glob("*/input.txt"):
        assert detect_format(path.read_text(encoding="utf-8")) == "text", path.parent.name
