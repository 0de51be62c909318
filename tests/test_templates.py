"""Site templates (cleaner/templates.py): site keys, deterministic learning and files, thresholds,
the template.site rule in the engine, idempotence."""
from __future__ import annotations

import json
import random

import pytest

from cleaner import Options, clean, list_rules
from cleaner import templates as tpl
from cleaner.templates import TemplateLearner, Templates, TemplatesError, merge_files, site_of, site_of_url, url_in_document

MENU = ["Daily Planet", "Home", "Metropolis", "World", "Business", "Sport", "Weather", "Subscribe now"]
FOOTER = ["The Daily Planet has served Metropolis since 1938 and is owned by its readers' trust.",
          "About | Contact | Advertise | Jobs",
          "Reg. No. 445-1938 Metropolis"]
BODY = ("The council voted on {n} proposals on Tuesday evening, after a debate that lasted well into the night "
        "and drew a crowd of residents to the town hall.")


def page(n: int, headline: str | None = None, extra: list[str] | None = None) -> str:
    body = [BODY.format(n=n), f"Residents of district {n} said they would wait and see how the plan works out in practice before judging it.",
            f"The next meeting, number {n}, is planned for the spring, when the budget for the coming years is due."]
    blocks = ["\n".join(MENU), headline or f"Council backs plan number {n} for the old harbour", *(extra or []),
              *body, "\n".join(FOOTER)]
    return "\n\n".join(blocks) + "\n"


def learned(pages: list[str], site: str = "dailyplanet.com") -> Templates:
    learner = TemplateLearner()
    for text in pages:
        learner.add(site, text)
    return learner.templates()


# --------------------------------------------------------------------------- site keys


@pytest.mark.parametrize("url, site", [
    ("https://www.shine.cn/news/metro/2404291234/", "shine.cn"),
    ("http://news.bbc.co.uk/2/hi/7.stm", "bbc.co.uk"),
    ("https://www.folha.uol.com.br/x", "uol.com.br"),
    ("https://profootballtalk.nbcsports.com/2019/", "nbcsports.com"),
    ("https://example.blogspot.com/post", "example.blogspot.com"),
    ("HTTPS://WWW.Example.COM:8080/a", "example.com"),
    ("localhost", "localhost"),
    ("http://192.168.1.5/x", "192.168.1.5"),
    ("www.dongfang.com.cn/a", "dongfang.com.cn"),
    ("", None),
    (None, None),
])
def test_site_of_url(url, site):
    assert site_of_url(url) == site


def test_site_of_falls_back_to_the_folder():
    assert site_of("https://www.shine.cn/a", "x/y.txt") == "shine.cn"
    assert site_of(None, "articles/shine/a.txt") == "dir:articles/shine"
    assert site_of(None, None) == ""


def test_url_in_document():
    html = '<html><head><link rel="canonical" href="https://www.shine.cn/news/1.html"></head><body></body></html>'
    assert url_in_document(html, "html") == "https://www.shine.cn/news/1.html"
    og = '<html><head><meta property="og:url" content="https://nypost.com/x/"></head></html>'
    assert url_in_document(og, "auto") == "https://nypost.com/x/"
    assert url_in_document('---\ntitle: "A"\nurl: "https://www.bbc.co.uk/n"\n---\nBody.\n') == "https://www.bbc.co.uk/n"
    assert url_in_document("Just text.\n") is None


# --------------------------------------------------------------------------- learning and files


def test_same_file_bytes_for_any_order_and_split():
    pages = [(("a.com" if n % 3 else "b.org"), page(n)) for n in range(12)]
    reference = None
    for seed in range(4):
        shuffled = pages[:]
        random.Random(seed).shuffle(shuffled)
        # learned in two parts (two workers, two machines), merged
        parts = [TemplateLearner(), TemplateLearner()]
        for i, (site, text) in enumerate(shuffled):
            parts[i % 2].add(site, text)
        whole = TemplateLearner()
        whole.merge(parts[1].templates(min_count=1))
        whole.merge(parts[0])
        data = whole.templates().to_json()
        reference = reference or data
        assert data == reference
    assert json.loads(reference)["sites"]["a.com"]["pages"] == 8


def test_file_format_round_trip_and_no_article_text(tmp_path):
    templates = learned([page(n) for n in range(5)])
    path = tmp_path / "t.json"
    templates.save(path)
    raw = path.read_text(encoding="utf-8")
    data = json.loads(raw)
    assert data["format"] == "newsclean-templates" and data["version"] == 1 and data["hash"] == "blake2b-64"
    site = data["sites"]["dailyplanet.com"]
    assert site["pages"] == 5
    assert all(len(h) == 16 and int(h, 16) >= 0 for h in site["lines"])
    assert site["lines"][f"{tpl.line_hash('Metropolis'):016x}"] == 5
    assert "Metropolis" not in raw and "council" not in raw  # hashes, not text
    assert min(site["lines"].values()) >= 2  # a line on one page is not stored
    assert Templates.load(path).same(templates)
    assert Templates.load(path).to_json() == raw


def test_merge_files(tmp_path):
    a, b = TemplateLearner(), TemplateLearner()
    for n in range(3):
        a.add("dailyplanet.com", page(n))
        b.add("dailyplanet.com", page(n + 3))
    a.templates(min_count=1).save(tmp_path / "a.json")
    b.templates(min_count=1).save(tmp_path / "b.json")
    merged = merge_files([tmp_path / "b.json", tmp_path / "a.json"])
    assert merged.same(learned([page(n) for n in range(6)]))


@pytest.mark.parametrize("content, message", [
    ("not json", "not JSON"),
    ('{"format": "other"}', "not a templates file"),
    ('{"format": "newsclean-templates", "version": 2, "sites": {}}', "version 2"),
    ('{"format": "newsclean-templates", "version": 1, "sites": {"a": {"pages": 1}}}', "damaged"),
])
def test_bad_files(content, message):
    with pytest.raises(TemplatesError, match=message):
        Templates.from_json(content)


# --------------------------------------------------------------------------- thresholds


def site(counts: dict[str, int], pages: int) -> tpl.SiteTemplates:
    return tpl.SiteTemplates("x.com", pages, {tpl.line_hash(t): c for t, c in counts.items()})


def test_share_and_count_thresholds():
    assert tpl.MIN_SHARE == 0.5 and tpl.MIN_PAGES == 3
    s = site({"Home": 5, "Sport": 4, "Weather": 3}, pages=10)
    assert s.is_template("Home", alone=False)
    assert not s.is_template("Sport", alone=False)  # 4 of 10: under half
    s = site({"Home": 2}, pages=2)
    assert not s.is_template("Home", alone=False)  # both pages of a two-page site: too few pages
    s = site({"Home": 3, "Sport": 3}, pages=5)
    assert s.is_template("Home", alone=False)
    assert not s.is_template("Home", alone=True)  # alone, a line needs LONE_MIN_PAGES
    assert site({"Home": 4}, pages=5).is_template("Home", alone=True)
    assert not s.is_template("Never seen")


def test_prose_needs_more_pages():
    quote = "“We will not accept this,” the spokesperson said on Tuesday, adding that the talks would go on next week."
    assert not site({quote: 4}, pages=5).is_template(quote, alone=False)
    assert site({quote: 5}, pages=6).is_template(quote, alone=False)


def test_unknown_site_removes_nothing():
    templates = learned([page(n) for n in range(5)])
    assert templates.for_site("elsewhere.org").counts == {}
    assert clean(page(1), templates=templates.for_site("elsewhere.org")).text == clean(page(1)).text


# --------------------------------------------------------------------------- in the engine


def test_template_lines_go_with_a_reason():
    pages = [page(n) for n in range(8)]
    templates = learned(pages)
    result = clean(pages[0], templates=templates.for_site("dailyplanet.com"))
    assert "Council backs plan number 0" in result.text
    assert "since 1938" not in result.text and "Reg. No." not in result.text
    by_template = [r for r in result.removals if r.rule == "template.site"]
    assert by_template and all(r.category == "template" for r in by_template)
    assert {r.reason for r in by_template} == {"on 8 of 8 pages of dailyplanet.com"}


def test_rule_is_listed_and_can_be_disabled():
    assert any(r.id == "template.site" and r.category == "template" for r in list_rules())
    pages = [page(n) for n in range(8)]
    site_templates = learned(pages).for_site("dailyplanet.com")
    for disable in ({"template"}, {"template.site"}):
        result = clean(pages[0], options=Options(disable=frozenset(disable)), templates=site_templates)
        assert not any(r.rule == "template.site" for r in result.removals)
        assert result.text == clean(pages[0]).text


def test_headline_shared_by_two_pages_stays():
    headline = "Council backs harbour plan after long debate"
    pages = [page(n, headline if n < 2 else None) for n in range(6)]
    templates = learned(pages)
    for text in pages[:2]:
        assert headline in clean(text, templates=templates.for_site("dailyplanet.com")).text


def test_headline_in_a_most_read_box_on_every_page_stays_on_its_own_page():
    star = "Harbour plan wins national award"
    box = ["Most read", star, "Weather turns cold", "Tram line closes"]
    pages = [page(n, star if n == 0 else None, extra=None) + "\n" + "\n".join(box) + "\n" for n in range(10)]
    templates = learned(pages)
    own = clean(pages[0], templates=templates.for_site("dailyplanet.com"))
    assert star in own.text.split("\n")
    other = clean(pages[3], templates=templates.for_site("dailyplanet.com"))
    assert star not in other.text


def test_idempotent_with_templates():
    rng = random.Random(5)
    pages = [page(n, extra=[rng.choice(MENU), "Share this story"] if n % 2 else None) for n in range(9)]
    site_templates = learned(pages).for_site("dailyplanet.com")
    for text in pages:
        once = clean(text, templates=site_templates)
        assert clean(once.text, templates=site_templates).text == once.text


def test_html_mode_uses_templates():
    pages = [f"<html><body><article><h1>Plan number {n} for the harbour</h1>"
             + "".join(f"<p>{p}</p>" for p in page(n).split("\n\n")[2:5])
             + f"<p>{FOOTER[0]}</p></article></body></html>" for n in range(6)]
    learner = TemplateLearner()
    for html in pages:
        learner.add("dailyplanet.com", html, "html")
    result = clean(pages[0], input_format="html", templates=learner.templates().for_site("dailyplanet.com"))
    assert "since 1938" not in result.text
    assert "council voted on" in result.text


def test_generated_corpus_targets():
    """bench/templates_bench.py's corpus: >= 98% of template lines removed, >= 99.5% of the article
    lines the engine keeps without templates kept with them."""
    bench = pytest.importorskip("bench.templates_bench")
    figures = bench.corpus_part()
    assert figures["with"]["template_removed"] >= 0.98
    assert figures["with"]["article_kept_of_kept_without"] >= 0.995
    assert figures["with"]["article_by_template"] == 0


# --------------------------------------------------------------------------- the command


@pytest.fixture()
def cli(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from cleaner.cli import app

    monkeypatch.chdir(tmp_path)
    runner = CliRunner(env={"NO_COLOR": "1", "PRE_COMMIT": None, "COLUMNS": "200"})
    return lambda *args, input=None: runner.invoke(app, list(args), input=input, catch_exceptions=False)


def write_articles(folder, n=8):
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (folder / f"a{i}.txt").write_text(page(i), encoding="utf-8")


def test_cli_learn_then_use_templates(cli, tmp_path):
    write_articles(tmp_path / "articles")
    learned_run = cli("clean", "--learn-templates", "t.json", "--report", "r.jsonl", "articles")
    assert learned_run.exit_code == 0, learned_run.stderr
    assert "since 1938" not in learned_run.stdout
    records = [json.loads(line) for line in (tmp_path / "r.jsonl").read_text().splitlines()]
    assert any(r["rule"] == "template.site" and r["reason"] == "on 8 of 8 pages of dir:articles" for r in records)
    # a pre-commit hook that sees one file still applies what the folder taught
    one = cli("clean", "--templates", "t.json", "articles/a3.txt")
    assert one.exit_code == 0 and "since 1938" not in one.stdout and "Council backs plan number 3" in one.stdout
    assert "since 1938" in cli("clean", "articles/a3.txt").stdout
    listing = cli("templates", "t.json")
    assert listing.exit_code == 0
    assert "dir:articles" in listing.stdout and "pages" in listing.stdout


def test_cli_learned_file_is_the_same_for_any_order_and_jobs(cli, tmp_path):
    write_articles(tmp_path / "articles")
    names = [f"articles/a{i}.txt" for i in range(8)]
    assert cli("clean", "--learn-templates", "one.json", "--jobs", "1", *names).exit_code == 0
    assert cli("clean", "--learn-templates", "two.json", "--jobs", "2", *reversed(names)).exit_code == 0
    assert cli("clean", "--learn-templates", "three.json", "articles").exit_code == 0
    one = (tmp_path / "one.json").read_bytes()
    assert one == (tmp_path / "two.json").read_bytes() == (tmp_path / "three.json").read_bytes()


def test_cli_jsonl_site_from_url_field(cli, tmp_path):
    with open(tmp_path / "corpus.jsonl", "w", encoding="utf-8") as f:
        for i in range(8):
            f.write(json.dumps({"id": i, "link": f"https://www.dailyplanet.com/n/{i}", "text": page(i)}) + "\n")
    result = cli("clean", "--learn-templates", "t.json", "--url-field", "link", "corpus.jsonl", "--jobs", "2")
    assert result.exit_code == 0, result.stderr
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(out) == 8 and all("since 1938" not in r["text"] for r in out)
    assert list(json.loads((tmp_path / "t.json").read_text())["sites"]) == ["dailyplanet.com"]


def test_cli_template_errors(cli, tmp_path):
    result = cli("clean", "--templates", "missing.json", "x.txt")
    assert result.exit_code == 2 and "cannot read templates file missing.json" in result.stderr
    (tmp_path / "bad.json").write_text('{"format": "other"}')
    result = cli("templates", "bad.json")
    assert result.exit_code == 2 and "not a templates file" in result.stderr
    result = cli("clean", "--learn-templates", "t.json", "-", input="Some text.\n")
    assert result.exit_code == 2 and "not stdin" in result.stderr


def test_generated_corpus_idempotent_and_deterministic():
    """Every page of the generated corpus: cleaning its clean text again with the same templates
    changes nothing, and the templates file is the same whatever the page order."""
    bench = pytest.importorskip("bench.templates_bench")
    corpus = bench.build_corpus(sites=3, pages=12)
    learner, backwards = TemplateLearner(), TemplateLearner()
    for p in corpus:
        learner.add(p.site, p.text)
    for p in reversed(corpus):
        backwards.add(p.site, p.text)
    templates = learner.templates()
    assert templates.to_json() == backwards.templates().to_json()
    for p in corpus:
        site_templates = templates.for_site(p.site)
        once = clean(p.text, templates=site_templates).text
        assert clean(once, templates=site_templates).text == once, p.name


def test_cli_explain_with_templates(cli, tmp_path):
    write_articles(tmp_path / "articles", n=6)
    assert cli("clean", "--learn-templates", "t.json", "articles").exit_code == 0
    result = cli("explain", "--templates", "t.json", "articles/a2.txt")
    assert result.exit_code == 0
    assert "template.site" in result.stderr and "on 6 of 6 pages" in result.stderr
    assert "template.site" not in cli("explain", "articles/a2.txt").stderr
