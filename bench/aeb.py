"""The Article Extraction Benchmark (AEB): pages, renderings and the benchmark's own metric.

Used by ``bench/quality.py``, ``bench/speed.py`` and the quality gate (``tests/test_quality_gate.py``).

    from bench import aeb
    pages = aeb.load_pages()                       # 181 pages from fixtures/aeb
    text = aeb.rendered(pages[0])                  # html_text.extract_text(html, guess_layout=True)
    aeb.score({p.id: aeb.rendered(p) for p in pages})["f1"]   # 0.665: nothing removed

The metric is the one of scrapinghub/article-extraction-benchmark (``evaluate.py``):

- tokens are the matches of ``\\w+`` (Unicode), case kept;
- shingles are the runs of 4 consecutive tokens, as a multiset; a text of 1-3 tokens gives one
  shorter shingle, an empty text none;
- per page, tp = sum of min(true, predicted) counts, fp = excess predicted counts, fn = excess true
  counts, each divided by tp+fp+fn so that every page weighs the same;
- page precision = tp/(tp+fp) and recall = tp/(tp+fn); both are 1 when fp = fn = 0, precision is 0
  when tp = fp = 0, recall is 0 when tp = fn = 0;
- P = mean page precision over pages with tp+fp > 0, R = mean page recall over pages with
  tp+fn > 0, F1 = 2PR/(P+R) of those two means.

Renderings are cached in memory for the life of the process, never on disk.
"""
from __future__ import annotations

import gzip
import json
import re
import statistics
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DIR = REPO / "fixtures" / "aeb"
# The development corpora, judged together: AEB (MIT) and the 709 article pages of WCXB's development
# split (CC-BY-4.0, Murrough Foley; fixtures/wcxb-dev/LICENSE and README.md). Same layout, same metric.
CORPORA = {"aeb": DEFAULT_DIR, "wcxb-dev": REPO / "fixtures" / "wcxb-dev"}
SHINGLE = 4
# Severe loss: a page whose reference has at least this many words and whose recall is below
# SEVERE_RECALL lost most of its article (the measure of the "never lose the article" issue).
SEVERE_MIN_WORDS = 20
SEVERE_RECALL = 0.5

_TOKEN_RE = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True, slots=True)
class Page:
    """One AEB page: its id (sha256 of the URL), URL, HTML and the human-written article body."""

    id: str
    url: str
    html: str
    truth: str

    @property
    def language(self) -> str:
        """ISO 639-1 code of the article body (AEB does not record it; see :func:`guess_language`)."""
        return guess_language(self.truth)


# --------------------------------------------------------------------------- pages


@lru_cache(maxsize=4)
def _load(directory: str) -> tuple[Page, ...]:
    root = Path(directory)
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for page_id in sorted(truth):
        with gzip.open(root / "html" / f"{page_id}.html.gz", "rt", encoding="utf-8") as f:
            html = f.read()
        item = truth[page_id]
        pages.append(Page(page_id, item.get("url", ""), html, item.get("articleBody", "") or ""))
    return tuple(pages)


def load_pages(directory: str | Path | None = None, limit: int | None = None) -> list[Page]:
    """A corpus's pages, sorted by id (the first ``limit`` of them when given); ``directory`` is a
    folder or a name in CORPORA (default: AEB)."""
    directory = CORPORA.get(directory, directory) if isinstance(directory, str) else directory
    pages = _load(str(Path(directory or DEFAULT_DIR).resolve()))
    return list(pages[:limit] if limit else pages)


def truth_of(pages: Iterable[Page]) -> dict[str, str]:
    return {p.id: p.truth for p in pages}


# --------------------------------------------------------------------------- rendering


def render(html: str) -> str:
    """The whole page as plain text, as a scraper that keeps everything produces it."""
    import html_text

    return html_text.extract_text(html, guess_layout=True)


_RENDERED: dict[str, str] = {}


def rendered(page: Page) -> str:
    """:func:`render` of the page, computed once per process."""
    text = _RENDERED.get(page.id)
    if text is None:
        text = _RENDERED[page.id] = render(page.html)
    return text


def rendered_all(pages: Iterable[Page]) -> dict[str, str]:
    return {p.id: rendered(p) for p in pages}


# --------------------------------------------------------------------------- metric


def tokenize(text: str) -> list[str]:
    return _TOKEN_RE.findall(text or "")


def shingles(text: str, n: int = SHINGLE) -> Counter:
    """The multiset of n-token shingles; 1..n-1 tokens give one shorter shingle, none give none."""
    tokens = tokenize(text)
    if not tokens:
        return Counter()
    if len(tokens) < n:
        return Counter([tuple(tokens)])
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


def page_counts(true: str, pred: str) -> tuple[float, float, float]:
    """(tp, fp, fn) of one page, normalised to sum to 1 (all 0 when both texts are empty)."""
    t, p = shingles(true), shingles(pred)
    tp = float(sum((t & p).values()))
    fp = float(sum((p - t).values()))
    fn = float(sum((t - p).values()))
    total = tp + fp + fn
    if total > 0:
        tp, fp, fn = tp / total, fp / total, fn / total
    return tp, fp, fn


def precision_score(tp: float, fp: float, fn: float) -> float:
    if fp == 0 and fn == 0:
        return 1.0
    if tp == 0 and fp == 0:
        return 0.0
    return tp / (tp + fp)


def recall_score(tp: float, fp: float, fn: float) -> float:
    if fp == 0 and fn == 0:
        return 1.0
    if tp == 0 and fn == 0:
        return 0.0
    return tp / (tp + fn)


def aggregate(counts: Iterable[tuple[float, float, float]]) -> dict[str, float]:
    """Benchmark P, R and F1 from per-page (tp, fp, fn)."""
    counts = list(counts)
    precisions = [precision_score(*c) for c in counts if c[0] + c[1] > 0]
    recalls = [recall_score(*c) for c in counts if c[0] + c[2] > 0]
    precision = statistics.mean(precisions) if precisions else 0.0
    recall = statistics.mean(recalls) if recalls else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall > 0 else 0.0
    return {"f1": f1, "precision": precision, "recall": recall}


def score(predictions: Mapping[str, str], truth: Mapping[str, str] | None = None) -> dict:
    """Score predicted article texts ``{page id: text}`` against the ground truth.

    Every page named in ``predictions`` is scored (all 181 for the benchmark figure; fewer with
    ``--limit``); an id not in the ground truth raises KeyError. ``truth`` defaults to the
    ground truth of the default AEB directory.

    Returns ``{"f1", "precision", "recall", "per_page": {id: {"tp", "fp", "fn", "precision",
    "recall", "f1"}}}``.
    """
    if truth is None:
        truth = truth_of(load_pages())
    per_page = {}
    for page_id, pred in predictions.items():
        tp, fp, fn = page_counts(truth[page_id], pred or "")
        p, r = precision_score(tp, fp, fn), recall_score(tp, fp, fn)
        per_page[page_id] = {
            "tp": tp,
            "fp": fp,
            "fn": fn,
            "precision": p,
            "recall": r,
            "f1": 2 * p * r / (p + r) if p + r > 0 else 0.0,
        }
    result = aggregate((v["tp"], v["fp"], v["fn"]) for v in per_page.values())
    result.update(severe_loss(truth, per_page))
    result["per_page"] = per_page
    return result


def severe_loss(truth: Mapping[str, str], per_page: Mapping[str, dict]) -> dict:
    """Pages that lost most of their article: the share of pages whose reference has at least
    SEVERE_MIN_WORDS words and whose recall is below SEVERE_RECALL (``severe``, with the ids in
    ``severe_pages``), and the number of such pages that kept nothing of the article, recall 0, whatever
    else is left (``emptied``: a page reduced to its site name counts)."""
    eligible = [pid for pid in per_page if len(tokenize(truth[pid])) >= SEVERE_MIN_WORDS]
    severe = sorted(pid for pid in eligible if per_page[pid]["recall"] < SEVERE_RECALL)
    emptied = sum(1 for pid in eligible if per_page[pid]["recall"] == 0)
    return {"severe": len(severe) / len(eligible) if eligible else 0.0, "severe_pages": severe, "emptied": emptied}


# --------------------------------------------------------------------------- running systems

_WORKER_FN: Callable | None = None


def _init_worker(fn: Callable) -> None:
    global _WORKER_FN
    _WORKER_FN = fn


def _call(item):
    return _WORKER_FN(item)


def run_all(fn: Callable, items: Mapping[str, object], jobs: int = 1) -> dict[str, object]:
    """``{key: fn(value)}``, in ``jobs`` processes when jobs > 1 (fn must be picklable)."""
    keys = list(items)
    if jobs <= 1 or len(keys) < 2:
        return {k: fn(items[k]) for k in keys}
    with ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker, initargs=(fn,)) as pool:
        values = list(pool.map(_call, [items[k] for k in keys], chunksize=max(1, len(keys) // (jobs * 8))))
    return dict(zip(keys, values))


# --------------------------------------------------------------------------- languages

# AEB does not store the page language. Cyrillic, Hangul and kana decide ru, ko, ja; for Latin
# script the language whose short list of function words covers most tokens wins.
_FUNCTION_WORDS = {
    "en": "the of and to in a is that for it was on with as he be by at are this from have not".split(),
    "pt": "de que o a do da em um para com não uma os no se na por mais as dos como mas foi ao".split(),
    "it": "di che il la e per un in non è una del della le si da con sono al dei nel gli alla".split(),
    "id": "yang dan di itu dengan untuk tidak ini dari dalam akan pada juga ke karena tersebut ada".split(),
    "de": "der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch".split(),
}


@lru_cache(maxsize=512)
def guess_language(text: str) -> str:
    """ISO 639-1 code of an AEB article body: en, pt, ru, ko, it, id, de or ja."""
    sample = text[:5000]
    letters = [c for c in sample if c.isalpha()]
    if letters:
        n = len(letters)
        kana = sum("\u3040" <= c <= "\u30ff" for c in letters)
        hangul = sum("\uac00" <= c <= "\ud7af" or "\u1100" <= c <= "\u11ff" for c in letters)
        cyrillic = sum("\u0400" <= c <= "\u04ff" for c in letters)
        han = sum("\u4e00" <= c <= "\u9fff" for c in letters)
        if kana > 0.05 * n:
            return "ja"
        if hangul > 0.3 * n:
            return "ko"
        if cyrillic > 0.3 * n:
            return "ru"
        if han > 0.3 * n:
            return "ja"
    words = Counter(w.lower() for w in tokenize(sample))
    best, best_hits = "en", -1
    for lang, vocab in _FUNCTION_WORDS.items():
        hits = sum(words[w] for w in vocab)
        if hits > best_hits:
            best, best_hits = lang, hits
    return best


# --------------------------------------------------------------------------- newsclean on AEB


def _newsclean_text(item: str, input_format: str, overrides: dict) -> str:
    from cleaner import clean

    return clean(item, input_format=input_format, **overrides).text


def newsclean_predictions(pages: Iterable[Page], mode: str = "text", jobs: int = 1, **overrides) -> dict[str, str]:
    """``{page id: cleaned text}`` of newsclean on each page: ``mode="text"`` cleans the html-text
    rendering, ``mode="html"`` the HTML; keyword overrides go to ``clean``; ``jobs`` processes."""
    from functools import partial

    items = {p.id: (rendered(p) if mode == "text" else p.html) for p in pages}
    return run_all(partial(_newsclean_text, input_format=mode, overrides=overrides), items, jobs)
