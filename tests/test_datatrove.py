"""newsclean as a datatrove pipeline step (cleaner/integrations/datatrove.py): a small pipeline with
the local executor (JSONL reader -> NewsClean -> JSONL writer), templates learned by a first
pipeline, and the same on a local Ray instance where ray is installed."""
from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

import pytest

pytest.importorskip("datatrove")
pytest.importorskip("orjson")  # datatrove's JSONL reader and writer

from datatrove.executor import LocalPipelineExecutor  # noqa: E402
from datatrove.pipeline.readers import JsonlReader  # noqa: E402
from datatrove.pipeline.writers import JsonlWriter  # noqa: E402

from cleaner.integrations.datatrove import LearnTemplates, NewsClean, merge_templates  # noqa: E402
from cleaner.templates import Templates  # noqa: E402

sys.path.insert(0, str(Path(__file__).parent))
from test_templates import page  # noqa: E402

SEED = Path(__file__).resolve().parent.parent / "fixtures" / "seed" / "input.txt"


def write_corpus(folder: Path, files: int = 2, per_file: int = 5) -> list[dict]:
    folder.mkdir(parents=True)
    records = []
    n = 0
    for f in range(files):
        with open(folder / f"part{f}.jsonl", "w", encoding="utf-8") as out:
            for _ in range(per_file):
                record = {"id": f"doc{n}", "text": page(n), "url": f"https://www.dailyplanet.com/news/{n}"}
                out.write(json.dumps(record) + "\n")
                records.append(record)
                n += 1
    with open(folder / f"part{files}.jsonl", "w", encoding="utf-8") as out:
        out.write(json.dumps({"id": "empty", "text": "Home\nNews\nSport\nWeather\nContact us\n"}) + "\n")
        out.write(json.dumps({"id": "seed", "text": SEED.read_text(encoding="utf-8")}) + "\n")
    return records


def read_output(folder: Path) -> dict[str, dict]:
    docs = {}
    for path in sorted(folder.glob("*.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as f:
            for line in f:
                doc = json.loads(line)
                docs[doc["id"]] = doc
    return docs


def stats_of(logs: Path) -> dict:
    """The NewsClean step's stats, summed over tasks (datatrove's stats.json)."""
    data = json.loads((logs / "stats.json").read_text())
    step = next(s for s in data if "newsclean" in s["name"] and "templates" not in s["name"])
    return {k: v["total"] if isinstance(v, dict) else v for k, v in step["stats"].items()}


def test_local_pipeline_cleans_and_counts(tmp_path):
    write_corpus(tmp_path / "in")
    LocalPipelineExecutor(
        [JsonlReader(str(tmp_path / "in")), NewsClean(), JsonlWriter(str(tmp_path / "out"))],
        tasks=2, workers=1, logging_dir=str(tmp_path / "logs"),
    ).run()
    docs = read_output(tmp_path / "out")
    assert "empty" not in docs  # a menu and nothing else: empty once clean, dropped
    assert len(docs) == 11
    seed = docs["seed"]
    assert seed["text"].startswith("Shanghai") or "Shanghai" in seed["text"]
    assert seed["metadata"]["newsclean"]["authors"] == ["Wan Lixin"]
    assert "Home" not in docs["doc0"]["text"].split("\n")
    assert docs["doc0"]["metadata"]["url"] == "https://www.dailyplanet.com/news/0"
    stats = stats_of(tmp_path / "logs")
    assert stats["documents"] == 12 and stats["forwarded"] == 11 and stats["dropped_empty"] == 1
    assert stats["lines_removed_navigation"] > 0 and stats["lines_removed_legal"] > 0
    assert not any(k.startswith("lines_removed_template") for k in stats)


def test_keep_empty_and_removals(tmp_path):
    write_corpus(tmp_path / "in", files=1, per_file=1)
    LocalPipelineExecutor(
        [JsonlReader(str(tmp_path / "in")), NewsClean(keep_empty=True, removals=True, metadata_key=None),
         JsonlWriter(str(tmp_path / "out"))],
        tasks=1, logging_dir=str(tmp_path / "logs"),
    ).run()
    docs = read_output(tmp_path / "out")
    assert docs["empty"].get("text", "") == ""  # (the writer leaves out empty fields)
    meta = docs["seed"]["metadata"]
    assert meta["authors"] == ["Wan Lixin"] and meta["removals"][0]["rule"]


def test_templates_learned_by_a_first_pipeline(tmp_path):
    write_corpus(tmp_path / "in", files=3, per_file=4)
    LocalPipelineExecutor([JsonlReader(str(tmp_path / "in")), LearnTemplates(str(tmp_path / "templates"))],
                          tasks=3, workers=1, logging_dir=str(tmp_path / "learn-logs")).run()
    assert len(list((tmp_path / "templates").glob("*.json"))) == 3
    LocalPipelineExecutor(
        [JsonlReader(str(tmp_path / "in")), NewsClean(templates=str(tmp_path / "templates")),
         JsonlWriter(str(tmp_path / "out"))],
        tasks=2, workers=1, logging_dir=str(tmp_path / "logs"),
    ).run()
    docs = read_output(tmp_path / "out")
    assert all("since 1938" not in docs[f"doc{n}"]["text"] for n in range(12))
    assert "Council backs plan number 5" in docs["doc5"]["text"]
    stats = stats_of(tmp_path / "logs")
    assert stats["lines_removed_template"] >= 12
    # the same templates, byte for byte, as one machine learning the whole corpus at once
    merged = merge_templates(str(tmp_path / "templates"), str(tmp_path / "t.json"))
    assert merged.sites["dailyplanet.com"][0] == 12
    LocalPipelineExecutor([JsonlReader(str(tmp_path / "in")), LearnTemplates(str(tmp_path / "one"))],
                          tasks=1, logging_dir=str(tmp_path / "one-logs")).run()
    assert merge_templates(str(tmp_path / "one"), str(tmp_path / "t1.json")).to_json() == merged.to_json()
    assert Templates.load(tmp_path / "t.json").same(merged)


def test_ray_executor(tmp_path):
    ray = pytest.importorskip("ray")
    from datatrove.executor.ray import RayPipelineExecutor

    write_corpus(tmp_path / "in", files=2, per_file=3)
    ray.init(num_cpus=2, include_dashboard=False, ignore_reinit_error=True, log_to_driver=False)
    try:
        RayPipelineExecutor(
            [JsonlReader(str(tmp_path / "in")), NewsClean(), JsonlWriter(str(tmp_path / "out"))],
            tasks=2, workers=2, logging_dir=str(tmp_path / "logs"), mem_per_cpu_gb=0.5,
        ).run()
    finally:
        ray.shutdown()
    docs = read_output(tmp_path / "out")
    assert len(docs) == 7 and "empty" not in docs
    assert docs["seed"]["metadata"]["newsclean"]["authors"] == ["Wan Lixin"]


def test_html_in_a_metadata_field(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    body = "".join(f"<p>{p}</p>" for p in page(1).split("\n\n")[2:5])
    html = f"<html><head><title>Plan</title></head><body><nav><a href='/'>Home</a></nav><article><h1>Council backs plan</h1>{body}</article></body></html>"
    (folder / "pages.jsonl").write_text(json.dumps({"id": "p1", "text": "(text extracted before)", "html": html}) + "\n", encoding="utf-8")
    LocalPipelineExecutor(
        [JsonlReader(str(folder)), NewsClean(html_key="html"), JsonlWriter(str(tmp_path / "out"))],
        tasks=1, logging_dir=str(tmp_path / "logs"),
    ).run()
    doc = read_output(tmp_path / "out")["p1"]
    assert "council voted on 1 proposals" in doc["text"] and "<p>" not in doc["text"]
    assert doc["metadata"]["newsclean"]["title"]


def test_html_in_the_text(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    body = "".join(f"<p>{p}</p>" for p in page(2).split("\n\n")[2:5])
    html = f"<html><body><article><h1>Council backs plan</h1>{body}</article></body></html>"
    (folder / "pages.jsonl").write_text(json.dumps({"id": "p2", "text": html}) + "\n", encoding="utf-8")
    LocalPipelineExecutor(
        [JsonlReader(str(folder)), NewsClean(input_format="html"), JsonlWriter(str(tmp_path / "out"))],
        tasks=1, logging_dir=str(tmp_path / "logs"),
    ).run()
    assert "council voted on 2 proposals" in read_output(tmp_path / "out")["p2"]["text"]
