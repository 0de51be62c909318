"""HTML input: golden pages (fixtures/html_*), charset decoding, the fallback, and lazy trafilatura."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from cleaner import clean
from cleaner.options import Options
from cleaner.charset import decode_html, declared_encoding
from cleaner.html import HtmlResult, render_text, render_text_lxml

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "fixtures"
CASES = sorted(p.parent.name for p in FIXTURES.glob("html_*/input.html"))

# Cases whose expected output needs more of the text engine than it has today: the reason is the
# missing piece. strict: once the engine gets there the test XPASSes and fails, so the entry goes.
ENGINE_GAPS: dict[str, str] = {}


def _params():
    for case in CASES:
        marks = ()
        if case in ENGINE_GAPS:
            marks = (pytest.mark.xfail(reason=ENGINE_GAPS[case], strict=True),)
        yield pytest.param(case, marks=marks, id=case)


def _run(case: str):
    folder = FIXTURES / case
    html, _ = decode_html((folder / "input.html").read_bytes())
    return clean(html, input_format="html")


@pytest.mark.parametrize("case", list(_params()))
def test_golden_html(case: str) -> None:
    folder = FIXTURES / case
    result = _run(case)
    assert result.text == (folder / "expected.txt").read_text(encoding="utf-8")
    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    for key, value in expected.items():
        assert result.metadata.get(key) == value, key


def test_enough_cases_in_several_languages() -> None:
    assert len(CASES) >= 8
    languages = {json.loads((FIXTURES / c / "expected.json").read_text(encoding="utf-8"))["language"] for c in CASES}
    assert {"en", "de", "fr", "zh", "es", "ru", "pt"} <= languages


def test_fixture_files_follow_the_conventions() -> None:
    keys = ["title", "authors", "date", "section", "description", "source", "editor", "sitename", "tags", "language", "url"]
    for case in CASES:
        folder = FIXTURES / case
        text = (folder / "expected.txt").read_text(encoding="utf-8")
        assert text.endswith("\n") and not text.endswith("\n\n"), case
        assert "\n\n\n" not in text, case
        assert list(json.loads((folder / "expected.json").read_text(encoding="utf-8"))) == keys, case


# --------------------------------------------------------------------------- the special pages


def test_non_utf8_pages_are_stored_in_their_declared_encoding() -> None:
    ru = (FIXTURES / "html_ru_cp1251_elektrobus" / "input.html").read_bytes()
    zh = (FIXTURES / "html_zh_gbk_portal_gaotie" / "input.html").read_bytes()
    latin = (FIXTURES / "html_en_xhtml_latin1_results" / "input.html").read_bytes()
    for data in (ru, zh, latin):
        with pytest.raises(UnicodeDecodeError):
            data.decode("utf-8")
    assert decode_html(ru)[1] == "cp1251"
    assert decode_html(zh)[1] == "gb18030"  # gb2312 declared: WHATWG reads it as GB18030
    assert decode_html(latin)[1] == "cp1252"  # iso-8859-1 in the XML declaration
    assert "Казани" in decode_html(ru)[0]
    assert "沪渝蓉高铁" in decode_html(zh)[0]
    assert "Seán Ó Máille" in decode_html(latin)[0]


def test_fragment_without_article_falls_back_to_text_mode() -> None:
    result = _run("html_pt_fragmento_sem_artigo")
    assert isinstance(result, HtmlResult)
    assert result.extraction == "fallback-text"
    assert result.note and "trafilatura" in result.note
    assert result.to_dict()["extraction"] == "fallback-text"
    # the whole engine ran: the byline went to metadata, the share line and the footer went
    rules = {r.rule for r in result.removals}
    assert "byline.author" in rules and "legal.copyright" in rules


def test_fallback_renderer_without_html_text(monkeypatch) -> None:
    """The lxml renderer lays the fallback page out like html-text, so the result is the same."""
    folder = FIXTURES / "html_pt_fragmento_sem_artigo"
    html = (folder / "input.html").read_text(encoding="utf-8")
    with_html_text = clean(html, input_format="html")
    monkeypatch.setitem(sys.modules, "html_text", None)  # import html_text -> ImportError
    assert render_text(html) == render_text_lxml(html)
    without = clean(html, input_format="html")
    assert without.text == with_html_text.text == (folder / "expected.txt").read_text(encoding="utf-8")


def test_trafilatura_path_is_recorded() -> None:
    result = _run("html_en_wire_port_strike")
    assert result.extraction == "trafilatura"
    assert result.note is None
    # removal line numbers refer to the extracted text
    lines = result.extracted.split("\n")
    for removal in result.removals:
        span = "\n".join(lines[removal.first_line - 1 : removal.last_line])
        assert span == removal.text


def test_page_with_no_text_at_all() -> None:
    page = (
        "<!doctype html><html lang='pt-BR'><head><title>Alerta de tempestade - Jornal</title>"
        "<meta property='og:title' content='Alerta de tempestade no litoral'>"
        "<meta property='og:site_name' content='Jornal'></head>"
        "<body><div id='app'></div><script>window.__DATA__={\"t\":1}</script></body></html>"
    )
    result = clean(page, input_format="html")
    assert result.extraction == "fallback-text"
    assert result.text == ""
    assert result.metadata["title"] == "Alerta de tempestade no litoral"
    assert result.metadata["sitename"] == "Jornal"
    assert result.metadata["language"] == "pt"


def test_auto_detects_html() -> None:
    html = (FIXTURES / "html_en_xhtml_latin1_results" / "input.html").read_bytes()
    text, _ = decode_html(html)
    assert clean(text, input_format="auto").text == clean(text, input_format="html").text


def test_user_options_reach_the_engine() -> None:
    html, _ = decode_html((FIXTURES / "html_en_xhtml_latin1_results" / "input.html").read_bytes())
    kept = clean(html, input_format="html", disable=["promo"])
    assert "Share this story: Facebook | X | Email" in kept.text
    assert "promo.share" not in {r.rule for r in kept.removals}


def test_byline_kept_on_request() -> None:
    html, _ = decode_html((FIXTURES / "html_en_xhtml_latin1_results" / "input.html").read_bytes())
    result = clean(html, input_format="html", keep_byline=True)
    assert "By Niamh Ó Ceallaigh" in result.text
    assert result.metadata["authors"] == ["Niamh Ó Ceallaigh"]


def test_rejects_bytes() -> None:
    from cleaner.html import clean_html

    with pytest.raises(TypeError):
        clean_html(b"<html></html>")  # type: ignore[arg-type]


# --------------------------------------------------------------------------- after trafilatura


def test_related_list_trafilatura_keeps_at_the_end_is_removed() -> None:
    import trafilatura

    html, _ = decode_html((FIXTURES / "html_en_travel_related_tail" / "input.html").read_bytes())
    alone = trafilatura.extract(html, include_comments=False)
    assert "More from Travel" in alone and "Ferry fares to the islands" in alone
    result = _run("html_en_travel_related_tail")
    assert "Ferry fares" not in result.text and "More from Travel" not in result.text
    assert result.text.rstrip().endswith("Bookings open on Monday on the operators' websites.")
    assert {r.rule for r in result.removals} == {"related.heading", "related.list"}


def test_jsonld_and_byline_disagree_evidence_decides() -> None:
    import trafilatura

    html, _ = decode_html((FIXTURES / "html_de_kurier_jsonld_byline" / "input.html").read_bytes())
    alone = trafilatura.bare_extraction(html, with_metadata=True)
    assert alone.title == "Energiepreise: Sachsens Bäcker kürzen Öffnungszeiten"  # og:title, not the headline
    assert "Elbland Kurier" in alone.author  # the site as an author
    meta = _run("html_de_kurier_jsonld_byline").metadata
    assert meta["title"] == "Bäckereien in Sachsen: Energiepreise drücken auf die Margen"  # the <h1>
    assert meta["authors"] == ["Jana Keller"]  # the person, not the site; not "Jana Keller, Redakteurin ..."
    assert meta["date"] == "2024-01-23T05:45:00+01:00"  # JSON-LD datePublished, not "vor 3 Stunden"


def test_fast_extraction_with_almost_nothing_is_rescued() -> None:
    import trafilatura

    from cleaner.html import TRAFILATURA_OPTIONS

    html, _ = decode_html((FIXTURES / "html_es_diario_gruas_rescate" / "input.html").read_bytes())
    fast = trafilatura.bare_extraction(html, **TRAFILATURA_OPTIONS).text
    assert "Natzaret" not in fast  # the body sits in a block trafilatura discards ("message")
    result = _run("html_es_diario_gruas_rescate")
    assert result.extraction == "trafilatura-recall"
    assert "Los vecinos de Natzaret" in result.text and "placas solares" in result.text


def _lines(texts_and_verdicts):
    """Lines as the engine leaves them after a decision: (text, rule or None, klass)."""
    from cleaner.document import Line

    out = []
    for no, (text, rule, klass) in enumerate(texts_and_verdicts, 1):
        line = Line(no, text, no)
        line.klass = klass
        line.verdict = (rule, rule.split(".")[0], "test") if rule else None
        line.keep = rule is None
        out.append(line)
    return out


def test_post_extraction_policy_keeps_shape_removals_inside_the_article() -> None:
    from cleaner.html import post_extraction

    prose = "A paragraph of the article that reads as prose, with a verb and a full stop at its end."
    lines = _lines([
        ("Home / News / Travel", "navigation.breadcrumb", "bad"),      # before the article: stays removed
        (prose, None, "good"),
        ("Vienna", "navigation.menu-run", "bad"),                      # a list inside the article: back
        ("Munich", "navigation.menu-run", "bad"),
        ("| Route | Price |", "navigation.inline-menu", "bad"),         # a table row: back
        ("Read more: Ferry fares rise again", "related.link", "bad"),   # announced: stays removed
        ("Eurostar adds early trains", "related.list", "bad"),
        ("Share on Facebook", "promo.share", "bad"),                   # line-local evidence: stays removed
        (prose + " Too.", None, "good"),
        ("Portions: 1 green, 1 red", "duplicate.block", "bad"),        # a line the article repeats: back
        (prose + " Again.", None, "good"),
        ("More from Travel", "related.heading", "bad"),               # after the article: stays removed
        ("Alpine huts extend their season", "related.list", "bad"),
    ])
    post_extraction(lines)
    kept = [line.text for line in lines if line.keep]
    assert kept == [prose, "Vienna", "Munich", "| Route | Price |", prose + " Too.", "Portions: 1 green, 1 red",
                    prose + " Again."]
    assert all(line.verdict is None for line in lines if line.keep)


def test_choose_text_rescues_only_with_clearly_more() -> None:
    from cleaner.html import choose_text

    sentence = "This sentence of the article is long enough to count as prose on the page today."
    page = "\n".join([sentence] * 40)
    short = "\n".join([sentence] * 4)

    def fail():
        raise AssertionError("not needed")

    assert choose_text("\n".join([sentence] * 30), lambda: page, fail) == ("\n".join([sentence] * 30), "trafilatura")
    assert choose_text(short, lambda: page, lambda: "\n".join([sentence] * 20))[1] == "trafilatura-recall"
    assert choose_text(short, lambda: page, lambda: short + "\n" + sentence)[1] in ("trafilatura", "fallback-text")
    assert choose_text("", lambda: page, fail) == (page, "fallback-text")
    verse = "\n".join(["Gostar é sentir com a alma"] * 12)  # short lines chosen as such
    assert choose_text(verse, lambda: page, fail) == (verse, "trafilatura")


def test_headline_and_authors_by_evidence() -> None:
    from cleaner.html import PageFacts, authors_of, headline_of

    facts = PageFacts(h1=["Harbour Post", "Dock workers strike over pay"], titles=["Dock workers strike over pay | Harbour Post"],
                      sites=["Harbour Post"])
    assert headline_of(facts, None) == "Dock workers strike over pay"
    assert headline_of(PageFacts(h1=["Harbour Post"], sites=["Harbour Post"]), None) is None
    facts = PageFacts(ld_people=["Nicoletta Richardson"])
    assert authors_of(["Nicoletta Richardson Trending Editor", "Shop Today"], facts, []) == ["Nicoletta Richardson"]
    assert authors_of(["Supermove February 8"], PageFacts(), []) == ["Supermove"]
    assert authors_of(None, facts, []) is None


def test_agency_byline_is_the_source() -> None:
    from cleaner.html import PageFacts, by_evidence

    base = {"title": "t", "date": None, "sitename": None, "source": None}
    got = by_evidence(dict(base, authors=["Jane Roe", "AP"]), PageFacts(), None, Options())
    assert got["authors"] == ["Jane Roe"] and got["source"] == "AP"
    got = by_evidence(dict(base, authors=["dpa"]), PageFacts(), None, Options())
    assert got["authors"] == ["dpa"] and got["source"] == "dpa"  # no person named: the agency is the author


def test_date_by_evidence_publication_over_update_and_time_zones() -> None:
    from cleaner.html import PageFacts, _date_by_dateline, _same_moment, by_evidence

    published, modified = {"2024-02-27"}, {"2025-12-04"}
    # "Updated : December 04, 2025" printed by the headline is the markup's modification: the publication stays
    assert _date_by_dateline("2024-02-27T10:00:00+00:00", "2025-12-04", published, modified) == "2024-02-27T10:00:00+00:00"
    # a dateline the markup does not know as an update wins ("Last updated" with no dateModified)
    assert _date_by_dateline("2024-02-27", "2025-08-19", published, set()) == "2025-08-19"
    # the tag's moment in UTC, the line in the site's zone: the same moment, the markup's day stays
    assert _same_moment("2025-07-05T00:04:00+00:00", "2025-07-04")
    assert _date_by_dateline("2025-07-05T00:04:00+00:00", "2025-07-04", set(), set()) == "2025-07-05T00:04:00+00:00"
    # ... but no zone puts 22:02 UTC on the day before: the dateline wins
    assert not _same_moment("2025-12-19T22:02:58+00:00", "2025-12-18")
    assert not _same_moment("2025-12-19", "2025-12-18")  # no time, no moment
    assert _date_by_dateline("2025-12-19T22:02:58+00:00", "2025-12-18", set(), set()) == "2025-12-18"
    # htmldate took the modification, the markup names the publication, the page prints no date
    facts = PageFacts(published=["2021-01-27T06:00:00+00:00"], modified=["2021-04-15T00:07:20+00:00"])
    base = {"title": None, "authors": ["Jane Roe"], "sitename": None, "source": None}
    got = by_evidence(dict(base, date="2021-04-15T00:07:20+00:00"), facts, None, Options())
    assert got["date"] == "2021-01-27T06:00:00+00:00"
    got = by_evidence(dict(base, date="2021-01-27"), facts, None, Options())
    assert got["date"] == "2021-01-27"


def test_lean_markup_keeps_json_and_content() -> None:
    from cleaner.html import lean_markup, markup_prose_words

    html = ('<html><head><script type="application/ld+json">{"datePublished": "2024-08-01"}</script>'
            '<STYLE>p {color: red}</STYLE><script>var d = "2019-01-01";</script></head><body><!-- ad -->'
            '<svg viewBox="0 0 1 1"><path d="M0"/></svg><p>Dock workers strike over pay.</p>'
            '<script src="x.js"></script>tail text</body></html>')
    assert lean_markup(html) == ('<html><head><script type="application/ld+json">{"datePublished": "2024-08-01"}</script>'
                                 '</head><body><p>Dock workers strike over pay.</p>tail text</body></html>')
    assert lean_markup("<p>a</p><script>never closed") == "<p>a</p><script>never closed"
    page = "<p>" + " ".join(["word"] * 15) + ".</p><script>var x = 1;</script><p>" + " ".join(["more"] * 12) + ".</p>"
    assert markup_prose_words(page) == markup_prose_words(lean_markup(page)) == 27
    from cleaner.html import _quick_render

    # an invisible element is skipped up to and with its closing tag's ">"
    assert _quick_render('<h1>Strike</h1><SVG class="i"><path/></SVG ><div>By Jane Roe</div>') == "Strike\nBy Jane Roe"


def test_page_facts_publication_and_modification_dates() -> None:
    from cleaner.html import page_facts

    html = ('<html><head><meta property="article:published_time" content="2024-08-01T16:53:14+00:00">'
            '<meta property="article:modified_time" content="2025-11-18T14:37:01+00:00">'
            '<script type="application/ld+json">{"@type": "BreadcrumbList", "datePublished": "2001-01-01"}</script>'
            '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2024-08-01", '
            '"dateModified": "2025-11-18"}</script></head><body><h1>Dock workers strike</h1></body></html>')
    facts = page_facts(html)
    assert facts.published == ["2024-08-01T16:53:14+00:00", "2024-08-01"]
    assert facts.modified == ["2025-11-18T14:37:01+00:00", "2025-11-18"]


# --------------------------------------------------------------------------- metadata details


def test_metadata_helpers() -> None:
    from cleaner.html import _authors, _pick_date, _precise_date, _strip_site, _tags, page_language

    assert _authors("Jill Disis; CNN Business", "CNN") == ["Jill Disis"]
    assert _authors("Автор Ольга Сафина") == ["Ольга Сафина"]
    assert _authors("Di Giulia Ferri") == ["Giulia Ferri"]
    assert _authors("Di Maria") == ["Di Maria"]
    assert _authors(None) is None
    assert _tags(["a, b", "b", "c"]) == ["a", "b", "c"]
    assert _strip_site("Headline | Inexhibit", "Inexhibit magazine") == "Headline"
    assert _strip_site("Site - Headline", "Site") == "Headline"
    assert _strip_site("Opinion | Headline", "NYTimes") == "Opinion | Headline"
    head = '<meta property="article:published_time" content="2024-04-29T10:37:00Z">'
    assert _precise_date("2024-04-29", head) == "2024-04-29T10:37:00+00:00"
    assert _precise_date("2024-04-30", head) == "2024-04-30"  # another day: not used
    assert _precise_date(None, head) is None
    assert _pick_date("2024-04-29", "2024-04-29T18:37:00+08:00") == "2024-04-29T18:37:00+08:00"
    assert _pick_date("2024-04-29T10:00:00", "2024-04-28") == "2024-04-29T10:00:00"
    assert _pick_date(None, "2024-04-28") == "2024-04-28"
    assert page_language('<html class="x" lang="en-US">') == "en"
    assert page_language('<html><meta property="og:locale" content="pt_BR">') == "pt"
    assert page_language("<html>") is None


# --------------------------------------------------------------------------- charset


@pytest.mark.parametrize(
    "data, encoding, fragment",
    [
        ('<meta charset="windows-1251"><p>Привет</p>'.encode("cp1251"), "cp1251", "Привет"),
        ("<meta charset='Shift_JIS'><p>こんにちは</p>".encode("cp932"), "cp932", "こんにちは"),
        ('<meta http-equiv="Content-Type" content="text/html; charset=EUC-KR"><p>안녕하세요</p>'.encode("cp949"), "cp949", "안녕하세요"),
        ("<p>déjà</p>".encode("utf-8"), "utf-8", "déjà"),
        (b"\xef\xbb\xbf<p>x</p>", "utf-8", "<p>x</p>"),
        ("<p>x</p>".encode("utf-16"), "utf-16-le", "<p>x</p>"),
        # declared legacy, but valid UTF-8 with non-ASCII: a re-encoded page, UTF-8 wins
        ('<meta charset="iso-8859-1"><p>café</p>'.encode("utf-8"), "utf-8", "café"),
        # declared UTF-8 but not UTF-8: charset-normalizer decides (some single-byte Latin codec)
        ('<meta charset="utf-8"><p>Ceci est un café très réputé à Paris, où je bois du thé.</p>'.encode("cp1252"), None, "café très réputé à Paris"),
    ],
)
def test_decode_html(data: bytes, encoding: str | None, fragment: str) -> None:
    text, used = decode_html(data)
    if encoding is not None:
        assert used == encoding
    assert fragment in text
    assert not text.startswith("\ufeff")


def test_decode_html_never_fails() -> None:
    text, _ = decode_html(bytes(range(256)) * 4)
    assert isinstance(text, str)
    assert decode_html(b"") == ("", "utf-8")


def test_declared_encoding_looks_at_first_2kb_only() -> None:
    assert declared_encoding(b"<?xml version='1.0' encoding='ISO-8859-15'?><html>") == "iso8859-15"
    assert declared_encoding(b" " * 3000 + b'<meta charset="koi8-r">') is None
    assert declared_encoding(b'<meta charset="no-such-thing">') is None


# --------------------------------------------------------------------------- lazy import


def test_text_mode_does_not_import_trafilatura() -> None:
    code = (
        "import sys, cleaner\n"
        "cleaner.clean('x\\n')\n"
        "cleaner.clean('Some plain text.\\n\\nAnother paragraph.\\n', input_format='auto')\n"
        "import cleaner.detect, cleaner.charset, cleaner.timeout, cleaner.jsonl\n"
        "assert 'trafilatura' not in sys.modules, 'trafilatura imported'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=REPO)


def test_html_mode_imports_trafilatura() -> None:
    code = (
        "import sys, cleaner\n"
        "cleaner.clean('<html><body><p>Hello there, this is a page.</p></body></html>', input_format='html')\n"
        "assert 'trafilatura' in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=REPO)
