#!/usr/bin/env python3
"""Site templates, measured: a generated corpus, AEB cleaned site by site, and scale.

    python bench/templates_bench.py                 # everything; updates the templates section of docs/benchmarks.md
    python bench/templates_bench.py --only corpus --no-write
    python bench/templates_bench.py --only aeb --mode text

Parts (``--only``, comma-separated):
  corpus  a generated corpus: SITES sites x PAGES pages, each page a site template we write (menus,
          share rows, footers, a standard paragraph about the publisher, in English, German, French,
          Spanish, Portuguese and Chinese) around an article whose body is an AEB article (varied
          prose, real paragraphs), with the traps an article's own lines set: a headline shared by two
          pages of a site, a quote printed in two or three articles, "most read" teasers that rotate.
          Templates are learned over the whole corpus, then every page is cleaned with and without
          them. Reported: template lines removed (target >= 98%) and article lines kept (>= 99.5%),
          counted per line printed on a page; learning and cleaning times.
  aeb     AEB pages of the 55 sites with two pages each (110 pages), the two pages of a site learned
          together, cleaned with and without templates: F1 with the benchmark's metric, text mode
          (``html_text`` rendering) and HTML mode (templates learned on trafilatura's text).
  scale   templates for 1 million lines across 1,000 sites (1,000 sites x 25 pages x 40 lines, 30 of
          them the site's template): memory of the learner (tracemalloc peak), of the saved file and
          of the loaded templates, per site; learning time.
"""
from __future__ import annotations

import argparse
import datetime as _dt
import gc
import html
import random
import re
import sys
import tempfile
import time
import tracemalloc
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import aeb  # noqa: E402
from cleaner import clean  # noqa: E402
from cleaner import templates as tpl  # noqa: E402
from cleaner.templates import TemplateLearner, Templates, site_of_url  # noqa: E402

PARTS = ("corpus", "aeb", "scale")
SITES, PAGES = 6, 30
TEMPLATE_TARGET, ARTICLE_TARGET = 0.98, 0.995

# --------------------------------------------------------------------------- the generated corpus

# Each site: (name, header lines, lines above the article, lines under it, footer lines). The
# standard paragraph about the publisher is prose and template; so are the share rows.
SITE_TEMPLATES = [
    ("harbourtimes.co.uk",
     ["Harbour Times", "Home", "News", "Politics", "Business", "Sport", "Culture", "Opinion", "Weather", "Subscribe"],
     ["Breaking news alerts straight to your phone", "Listen to this article"],
     ["Share this story", "Facebook Twitter WhatsApp Email", "Most read"],
     ["The Harbour Times is an independent newspaper founded in 1887 and owned by a charitable trust "
      "that reinvests every penny of profit in journalism.",
      "About us | Contact | Advertise | Careers | Privacy policy | Terms and conditions",
      "Registered in England and Wales No. 0045672",
      "© 2024 Harbour Times Media Ltd. All rights reserved."]),
    ("rheinkurier.de",
     ["Rheinkurier", "Startseite", "Region", "Politik", "Wirtschaft", "Sport", "Kultur", "Panorama", "E-Paper", "Abo"],
     ["Artikel anhören", "Lesezeit: 4 Minuten"],
     ["Artikel teilen", "Facebook X WhatsApp E-Mail Drucken", "Meistgelesen"],
     ["Der Rheinkurier erscheint seit 1949 in Koblenz und berichtet täglich über Politik, Wirtschaft und "
      "Kultur aus der Region und aus aller Welt.",
      "Impressum | Datenschutz | AGB | Kontakt | Mediadaten",
      "Alle Rechte vorbehalten. Vervielfältigung nur mit Genehmigung der Rheinkurier Verlagsgesellschaft.",
      "© Rheinkurier 2024"]),
    ("lejournaldulac.fr",
     ["Le Journal du Lac", "Accueil", "Actualités", "Politique", "Économie", "Sports", "Culture", "Météo", "S'abonner"],
     ["Écouter cet article", "Réservé aux abonnés"],
     ["Partager cet article", "Facebook Twitter LinkedIn Courriel", "Les plus lus"],
     ["Le Journal du Lac est un quotidien régional indépendant, édité depuis 1921 par une coopérative de "
      "lecteurs et de journalistes installée à Annecy.",
      "Mentions légales | Politique de confidentialité | Gestion des cookies | Nous contacter",
      "Tous droits réservés © Le Journal du Lac 2024"]),
    ("diariodelsur.com.ar",
     ["Diario del Sur", "Inicio", "Política", "Economía", "Deportes", "Espectáculos", "Mundo", "Suscribite"],
     ["Escuchar esta nota", "Tiempo de lectura: 3 minutos"],
     ["Compartir en redes", "Facebook Twitter WhatsApp Telegram", "Lo más leído"],
     ["Diario del Sur es un periódico independiente fundado en 1935 en Bahía Blanca que informa cada día "
      "sobre la actualidad de la región, del país y del mundo.",
      "Quiénes somos | Contacto | Términos y condiciones | Política de privacidad",
      "Propietario: Editorial del Sur S.A. Registro DNDA en trámite.",
      "© 2024 Diario del Sur. Todos los derechos reservados."]),
    ("gazetadovale.com.br",
     ["Gazeta do Vale", "Início", "Cidades", "Política", "Economia", "Esportes", "Cultura", "Assine"],
     ["Ouça esta reportagem", "Tempo de leitura: 5 min"],
     ["Compartilhe esta notícia", "Facebook Twitter WhatsApp E-mail", "Mais lidas"],
     ["A Gazeta do Vale é um jornal independente fundado em 1952 em Taubaté, que cobre diariamente a "
      "política, a economia e a cultura do Vale do Paraíba.",
      "Expediente | Fale conosco | Anuncie | Política de privacidade | Termos de uso",
      "© 2024 Gazeta do Vale. Todos os direitos reservados."]),
    ("dongfangribao.com.cn",
     ["东方日报", "首页", "要闻", "国际", "财经", "体育", "文化", "视频", "English"],
     ["收听本文", "字号：大 中 小"],
     ["分享到：微信 微博 QQ空间", "热门推荐"],
     ["东方日报创刊于1949年，是一家综合性日报，每日报道国内外要闻、财经动态和城市生活，并通过网站和客户端向读者提供新闻服务。",
      "关于我们 | 联系我们 | 广告服务 | 版权声明 | 隐私政策",
      "沪ICP备12345678号 沪公网安备31010602000000号",
      "Copyright © 2024 Dongfang Daily. All rights reserved. 版权所有 未经授权禁止转载"]),
]

_NAMES = ["Anna Berg", "Tom Ellis", "Maria Souza", "Li Wei", "Jean Martin", "Lucía Gómez", "Peter Hahn",
          "Sara Costa", "David Klein", "Chen Jing", "Claire Dubois", "Pablo Ruiz"]


@dataclass
class Page:
    site: str
    name: str
    text: str
    template: list[str]  # the template lines printed on this page
    article: list[str]   # the article's own lines (headline and body)


_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.I | re.S)
_SENTENCE_END = (".", "!", "?", "”", '"', "。")


def _bodies(limit_words: int = 2000) -> list[tuple[str, list[str]]]:
    """(headline, paragraphs) of the AEB articles: real, varied bodies. The headline is the page's
    <title> up to its first " | " or " - " (the site name); the body its paragraphs of prose (8
    words or more, ending with a sentence mark): lists, captions and credit lines of the
    reference are left out, as what this measures is what templates take, not what the engine
    makes of a list."""
    out = []
    for page in aeb.load_pages():
        found = _TITLE.search(page.html)
        headline = html.unescape(" ".join(found.group(1).split())) if found else ""
        headline = re.split(r" [|–-] ", headline)[0].strip()
        paragraphs = [" ".join(p.split()) for p in page.truth.split("\n")]
        paragraphs = [p for p in paragraphs if len(p.split()) >= 8 and p.endswith(_SENTENCE_END)]
        if len(paragraphs) < 3 or len(headline.split()) < 3:
            continue
        total, body = 0, []
        for p in paragraphs:
            body.append(p)
            total += len(p.split())
            if total >= limit_words:
                break
        out.append((headline, body))
    return out


def build_corpus(sites: int = SITES, pages: int = PAGES, seed: int = 13) -> list[Page]:
    rng = random.Random(seed)
    bodies = _bodies()
    rng.shuffle(bodies)
    corpus: list[Page] = []
    n = 0
    for s in range(sites):
        name, header, above, under, footer = SITE_TEMPLATES[s % len(SITE_TEMPLATES)]
        site_bodies = [bodies[(n + k) % len(bodies)] for k in range(pages)]
        n += pages
        headlines = [h for h, _ in site_bodies]
        # Traps: page 1 reprints page 0's headline (a follow-up), pages 2-4 share a quote.
        headlines[1] = headlines[0]
        quote = "“We will not accept this,” the spokesperson said on Tuesday, adding that talks would continue next week."
        for k in range(pages):
            headline, body = headlines[k], list(site_bodies[k][1])
            if 2 <= k <= 4:
                body.insert(min(2, len(body)), quote)
            if s == 1:
                # A crawl of one day: the same "most read" box on every page, the headlines of pages 2-5,
                # template everywhere but on their own page, where one of them is the headline.
                teasers = [headlines[j] for j in range(2, 6)]
            else:
                teasers = rng.sample([h for j, h in enumerate(headlines) if j != k], 4)  # rotating "most read"
            byline = f"{rng.choice(_NAMES)} | {rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.2024"
            # A page may lack part of the template (an A/B layout): the listen line is on 80% of pages.
            page_above = [ln for ln in above if not (ln == above[0] and rng.random() < 0.2)]
            template = header + page_above + under + footer
            if s == 1:
                template = template + [h for h in teasers if h != headline]
            blocks = ["\n".join(header), "\n".join(page_above), headline, byline, *body,
                      "\n".join(under[:-1]), "\n".join([under[-1], *teasers]), *footer]
            corpus.append(Page(name, f"{name}/{k:02d}", "\n\n".join(blocks) + "\n", template, [headline, *body]))
    return corpus


def _kept_lines(text: str) -> set[str]:
    return {" ".join(line.split()) for line in text.split("\n") if line.strip()}


def corpus_part() -> dict:
    corpus = build_corpus()
    t0 = time.perf_counter()
    learner = TemplateLearner()
    for page in corpus:
        learner.add(page.site, page.text)
    templates = learner.templates()
    learn_s = time.perf_counter() - t0
    from cleaner.engine import clear_caches

    for page in corpus[::PAGES]:  # load lexicons and compile patterns before timing
        clean(page.text)

    out = {"pages": len(corpus), "sites": len({p.site for p in corpus}), "learn_s": learn_s}
    kept_without: list[set[str]] = []
    for label, use in (("without", False), ("with", True)):
        times = []
        for _ in range(3):  # best of 3: this machine's timings are noisy
            clear_caches()
            t0 = time.perf_counter()
            results = [clean(p.text, templates=templates.for_site(p.site) if use else None) for p in corpus]
            times.append(time.perf_counter() - t0)
        out[f"clean_s_{label}"] = min(times)
        t_total = t_gone = a_total = a_kept = 0
        lost_examples: list[str] = []
        left_examples: list[str] = []
        by_template = still = before = 0
        for n, (page, result) in enumerate(zip(corpus, results)):
            kept = _kept_lines(result.text)
            if not use:
                kept_without.append(kept)
            else:
                mine = [" ".join(line.split()) for line in page.article if " ".join(line.split()) in kept_without[n]]
                before += len(mine)
                still += sum(1 for line in mine if line in kept)
            taken = {ln for r in result.removals if r.rule == "template.site" for ln in r.text.split("\n")}
            by_template += sum(1 for line in page.article if line in taken and line not in kept)
            for line in page.template:
                t_total += 1
                if line in kept:
                    left_examples.append(line)
                else:
                    t_gone += 1
            for line in page.article:
                a_total += 1
                if " ".join(line.split()) in kept:
                    a_kept += 1
                else:
                    lost_examples.append(line[:80])
        out[label] = {"template_removed": t_gone / t_total, "template_lines": t_total,
                      "article_kept": a_kept / a_total, "article_lines": a_total,
                      "article_by_template": by_template,
                      "article_kept_of_kept_without": still / before if before else None, "left": sorted(set(left_examples))[:8], "lost": lost_examples[:8],
                      "template_rule_lines": sum(r.last_line - r.first_line + 1 for res in results for r in res.removals
                                                 if r.rule == "template.site")}
    return out


# --------------------------------------------------------------------------- AEB, site by site


def aeb_part(modes: tuple[str, ...] = ("text", "html")) -> dict:
    pages = aeb.load_pages()
    by_site: dict[str, list[aeb.Page]] = defaultdict(list)
    for p in pages:
        by_site[site_of_url(p.url)].append(p)
    multi = {s: ps for s, ps in by_site.items() if len(ps) >= 2}
    chosen = [p for s in sorted(multi) for p in multi[s]]
    truth = aeb.truth_of(chosen)
    out = {"sites": len(multi), "pages": len(chosen)}
    for mode in modes:
        docs = {p.id: (aeb.rendered(p) if mode == "text" else p.html) for p in chosen}
        t0 = time.perf_counter()
        learner = TemplateLearner()
        for s, ps in multi.items():
            for p in ps:
                learner.add(s, docs[p.id], mode)
        learned = learner.templates()
        learn_s = time.perf_counter() - t0
        variants = {"without": None, "with": learned,
                    "with, 2 pages": Templates(learned.sites, learned.min_count, min_pages=2, lone_min_pages=3)}
        row = {"learn_s": learn_s}
        for label, templates in variants.items():
            t0 = time.perf_counter()
            preds, removed = {}, 0
            for s, ps in multi.items():
                for p in ps:
                    r = clean(docs[p.id], input_format=mode, templates=templates.for_site(s) if templates else None)
                    preds[p.id] = r.text
                    removed += sum(x.last_line - x.first_line + 1 for x in r.removals if x.rule == "template.site")
            scores = aeb.score(preds, truth)
            row[label] = {"f1": scores["f1"], "precision": scores["precision"], "recall": scores["recall"],
                          "template_lines": removed, "seconds": time.perf_counter() - t0}
        out[mode] = row
    return out


# --------------------------------------------------------------------------- scale


def scale_part(sites: int = 1000, pages: int = 25, lines: int = 40, template: int = 30) -> dict:
    """1,000 sites x 25 pages x 40 lines = 1,000,000 lines learned."""
    def learn(traced: bool) -> tuple[TemplateLearner, float, int]:
        rng = random.Random(7)
        learner = TemplateLearner()
        spent, total = 0.0, 0
        for s in range(sites):
            site = f"site{s:04d}.example"
            common = [f"{site} template line {i}: Home | News | About" for i in range(template)]
            docs = [common + [f"{site} page {p} article line {i} {rng.random():.12f} with some words of prose."
                              for i in range(lines - template)] for p in range(pages)]
            t0 = time.perf_counter()
            for doc in docs:
                learner.add_lines(site, doc)
            spent += time.perf_counter() - t0
            total += pages * lines
        return learner, spent, total

    learner, learn_s, total = learn(False)  # timed without tracemalloc, which slows allocation down
    del learner
    gc.collect()
    tracemalloc.start()
    learner, _, _ = learn(True)
    _, learner_peak = tracemalloc.get_traced_memory()
    templates = learner.templates()
    del learner
    gc.collect()
    tracemalloc.reset_peak()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "templates.json"
        t0 = time.perf_counter()
        templates.save(path)
        save_s = time.perf_counter() - t0
        size = path.stat().st_size
        del templates
        gc.collect()
        before, _ = tracemalloc.get_traced_memory()
        t0 = time.perf_counter()
        loaded = Templates.load(path)
        load_s = time.perf_counter() - t0
        after, _ = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    stored = sum(len(c) for _, c in loaded.sites.values())
    distinct = sites * (template + pages * (lines - template))
    return {"lines": total, "sites": sites, "pages": sites * pages, "learn_s": learn_s,
            "learner_peak_mb": learner_peak / 2**20, "distinct_lines": distinct, "file_mb": size / 2**20, "stored_lines": stored,
            "loaded_mb": (after - before) / 2**20, "per_site_kb": (after - before) / sites / 1024,
            "save_s": save_s, "load_s": load_s}


# --------------------------------------------------------------------------- report


def markdown(results: dict) -> str:
    now = _dt.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z")
    from bench.quality import machine

    out = ["## Site templates", "",
           f"Measured {now} by `python bench/templates_bench.py`. Machine: {machine()}. Rule `template.site` "
           f"(`cleaner/templates.py`): a line on at least {tpl.MIN_SHARE:.0%} of a site's pages and on at least "
           f"{tpl.MIN_PAGES} of them; {tpl.LONE_MIN_PAGES} when no template line stands next to it (a headline or quote "
           f"some articles share), {tpl.PROSE_MIN_PAGES} for a sentence of {tpl.PROSE_MIN_WORDS}+ words; never the line "
           "that reads as the page's headline.", ""]
    c = results.get("corpus")
    if c:
        w, wo = c["with"], c["without"]
        out += [f"### Generated corpus ({c['sites']} sites x {c['pages'] // c['sites']} pages)", "",
                "Templates we wrote (menus, listen/share rows, a standard paragraph about the publisher, footers; "
                "English, German, French, Spanish, Portuguese, Chinese) around AEB article bodies, with traps: a "
                "headline printed on two pages of a site, a quote in three articles, rotating \"most read\" teasers "
                "(on one site the same box on every page, as in a crawl of one day: its headlines are template but "
                "on their own page), a template line missing from a fifth of the pages. Counted per line printed on a page "
                "(`--only corpus`).", "",
                "| | template lines removed | article lines kept | of those kept without templates | taken by template.site |",
                "| --- | --- | --- | --- | --- |",
                f"| without templates | {100 * wo['template_removed']:.2f}% of {wo['template_lines']} | "
                f"{100 * wo['article_kept']:.2f}% of {wo['article_lines']} | | |",
                f"| **with templates** | **{100 * w['template_removed']:.2f}%** (target >= 98%) | "
                f"{100 * w['article_kept']:.2f}% | **{100 * w['article_kept_of_kept_without']:.2f}%** (target >= 99.5%) "
                f"| {w['article_by_template']} lines |", "",
                "The article lines lost either way (headlines the engine does not find, a few list-like paragraphs) "
                "are the engine's, not the templates': the target is read on what the templates could take, the "
                "article lines the engine keeps without them.", "",
                f"Learning pass {c['learn_s']:.2f} s for {c['pages']} pages; cleaning pass {c['clean_s_with']:.2f} s with "
                f"templates, {c['clean_s_without']:.2f} s without (one process, line cache emptied first, best of 3): learning "
                f"costs {100 * c['learn_s'] / c['clean_s_with']:.0f}% of cleaning in text mode.", ""]
    a = results.get("aeb")
    if a:
        out += [f"### AEB, site by site ({a['sites']} sites with two pages, {a['pages']} pages)", "",
                "The two pages of each site learned together, then each cleaned with and without the site's "
                "templates; the benchmark's metric on those pages (`--only aeb`).", "",
                "| mode | F1 without | F1 with | F1 with, 2 pages enough | lines removed by template.site (2 pages) |",
                "| --- | --- | --- | --- | --- |"]
        for mode in ("text", "html"):
            if mode in a:
                r = a[mode]
                out.append(f"| {mode} | {r['without']['f1']:.4f} | **{r['with']['f1']:.4f}** | {r['with, 2 pages']['f1']:.4f} "
                           f"| {r['with, 2 pages']['template_lines']} |")
        times = [f"{mode} {a[mode]['learn_s']:.1f} s against {a[mode]['with']['seconds']:.1f} s" for mode in ("text", "html") if mode in a]
        out += ["", "Learning pass against cleaning pass (with templates, scoring included) on these pages: "
                + "; ".join(times) + ". In HTML mode the learning pass extracts each page with trafilatura, as "
                "the cleaning pass does again, so learning costs about as much as cleaning.", ""]
        out += ["A site of AEB has two pages, and a line must be on three (`MIN_PAGES`): the templates change "
                "nothing there, by design. The last columns lower the minimum to two pages (three for a line with no "
                "template line next to it): text mode gains a little (menus both pages print), HTML mode loses a "
                "little (after trafilatura, what two pages share is mostly theirs: the programme of one show on two "
                "pages of a theatre, a site's ebook offer that the reference counts as article).", ""]
    s = results.get("scale")
    if s:
        out += ["### Scale", "",
                f"{s['lines']:,} lines learned across {s['sites']:,} sites ({s['pages']:,} pages, 30 template lines and "
                f"10 own lines a page; `--only scale`): learning {s['learn_s']:.1f} s, learner peak "
                f"{s['learner_peak_mb']:.0f} MB (every distinct line counted: {s['learner_peak_mb'] * 2**20 / s['distinct_lines']:.0f} bytes each); the saved file "
                f"keeps lines on 2+ pages: {s['stored_lines']:,} lines, {s['file_mb']:.1f} MB, written in {s['save_s']:.2f} s, "
                f"loaded in {s['load_s']:.2f} s into {s['loaded_mb']:.1f} MB ({s['per_site_kb']:.1f} KB a site). Learning "
                "memory grows with the distinct lines (article lines are most of them); using templates, with the "
                "lines on 2+ pages.", ""]
    return "\n".join(out)


def print_results(results: dict) -> None:
    import json

    print(json.dumps(results, indent=1, ensure_ascii=False, default=str))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--only", default=",".join(PARTS))
    parser.add_argument("--mode", default="text,html", help="AEB modes: text, html or both")
    parser.add_argument("--no-write", action="store_true", help="do not update docs/benchmarks.md")
    args = parser.parse_args(argv)
    parts = [p.strip() for p in args.only.split(",") if p.strip()]
    results: dict = {}
    if "corpus" in parts:
        results["corpus"] = corpus_part()
    if "aeb" in parts:
        results["aeb"] = aeb_part(tuple(m.strip() for m in args.mode.split(",")))
    if "scale" in parts:
        results["scale"] = scale_part()
    print_results(results)
    if not args.no_write and set(parts) == set(PARTS):
        from bench.quality import update_section

        update_section("templates", markdown(results))
        print("updated docs/benchmarks.md (templates section)", file=sys.stderr)
    c = results.get("corpus")
    if c and (c["with"]["template_removed"] < TEMPLATE_TARGET or c["with"]["article_kept_of_kept_without"] < ARTICLE_TARGET):
        print("generated corpus: below target", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
