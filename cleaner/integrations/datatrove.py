"""newsclean as datatrove pipeline steps: clean a corpus on one machine, on Slurm or on Ray.

    pip install -e '.[datatrove]'          # '.[ray]' for the Ray executor

    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter
    from cleaner.integrations.datatrove import NewsClean, LearnTemplates

    # optional first pipeline: learn each site's templates (one partial file per task)
    LocalPipelineExecutor([JsonlReader("corpus/"), LearnTemplates("templates/")], tasks=4).run()
    # clean, with the templates learned (a folder of partial files, or one file)
    LocalPipelineExecutor([JsonlReader("corpus/"), NewsClean(templates="templates/"), JsonlWriter("clean/")],
                          tasks=4, logging_dir="logs/").run()

:class:`NewsClean` cleans ``Document.text`` (or the HTML in a metadata field, ``html_key``), puts
our metadata in ``Document.metadata["newsclean"]`` (fields that are unknown are left out; the
removals too with ``removals=True``), counts documents and removed lines per category in the
step's stats (``lines_removed_<category>``, ``documents``, ``dropped_empty``, ``failed``), and
drops documents left empty unless ``keep_empty``. A document that cannot be cleaned is dropped
and counted as ``failed`` (``keep_failed=True`` passes it on unchanged).

:class:`LearnTemplates` passes documents on unchanged and counts, per site, the pages each line is
on; at the end of its task it writes ``<rank>.json`` (a templates file with every count, see
:mod:`cleaner.templates`) into its folder. A folder of such files given to ``NewsClean(templates=)``
is merged, in sorted order, into the same templates whatever the number of tasks;
:func:`merge_templates` writes them as one file for ``newsclean clean --templates``. The site of a
document is the registered domain of ``Document.metadata[url_key]`` (JSONL readers put the
``url`` field there), else of the URL the document gives (canonical link), else "".

Only datatrove's public API is used: ``PipelineStep`` (``run``, ``stat_update``, ``track_time``),
``Document`` and ``datatrove.io.get_datafolder``.
"""
from __future__ import annotations

from datatrove.data import Document, DocumentsPipeline
from datatrove.io import DataFolderLike, get_datafolder
from datatrove.pipeline.base import PipelineStep

from .. import clean
from ..options import Options
from ..templates import TemplateLearner, Templates, document_lines, document_site, for_document

__all__ = ["NewsClean", "LearnTemplates", "load_templates", "merge_templates"]

_STAT_PREFIX = "lines_removed_"


class NewsClean(PipelineStep):
    """Clean each document with newsclean.

    Args:
        html_key: read HTML from ``Document.metadata[html_key]`` when it is a non-empty string (the
            text is then replaced by the clean text of that HTML); default: clean ``Document.text``.
            (datatrove's readers skip records whose text is empty: for a corpus of HTML alone, read
            the HTML as the text, ``JsonlReader(..., text_key="html")``, with ``input_format="html"``.)
        input_format: how to read ``Document.text``: "text" (default), "html" or "auto".
        options: :class:`cleaner.Options` (rules disabled, keep_byline, language).
        templates: site templates: a templates file, a folder of files written by
            :class:`LearnTemplates`, or a :class:`cleaner.templates.Templates`.
        url_key: the metadata field holding the page's URL (its site, for templates).
        metadata_key: where our metadata goes in ``Document.metadata`` (None: merged into it at the
            top level, never replacing a field the document already has).
        removals: also store the removals (rule, category, lines, reason, text) under the metadata.
        keep_empty: pass on documents whose clean text is empty (default: drop them).
        keep_failed: pass on, unchanged, documents that could not be cleaned (default: drop them).
    """

    name = "🧹 newsclean"
    type = "✂️ - FORMATTER"

    def __init__(
        self,
        html_key: str | None = None,
        input_format: str = "text",
        options: Options | None = None,
        templates: str | Templates | None = None,
        url_key: str = "url",
        metadata_key: str | None = "newsclean",
        removals: bool = False,
        keep_empty: bool = False,
        keep_failed: bool = False,
    ):
        super().__init__()
        self.html_key = html_key
        self.input_format = input_format
        self.options = options or Options()
        self.templates = templates
        self.url_key = url_key
        self.metadata_key = metadata_key
        self.removals = removals
        self.keep_empty = keep_empty
        self.keep_failed = keep_failed

    def _options(self) -> Options:
        if self.templates is None:
            return self.options
        templates = self.templates if isinstance(self.templates, Templates) else load_templates(self.templates)
        templates.url_field = self.url_key
        return Options.make(self.options, templates=templates)

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        if data is None:
            return
        options = self._options()
        for doc in data:
            self.stat_update("documents")
            with self.track_time():
                source, fmt = _source(doc, self.html_key, self.input_format)
                try:
                    doc_options = for_document(options, source, fmt, record=doc.metadata) if self.templates is not None else options
                    result = clean(source, fmt, options=doc_options)
                except Exception:  # noqa: BLE001 - one bad document must not stop a task
                    self.stat_update("failed")
                    if self.keep_failed:
                        yield doc
                    continue
            for r in result.removals:
                self.stat_update(_STAT_PREFIX + r.category, value=r.last_line - r.first_line + 1, unit="doc")
            found = {k: v for k, v in result.metadata.items() if v is not None}
            if self.removals:
                found["removals"] = [r.to_dict() for r in result.removals]
            if self.metadata_key is None:
                for key, value in found.items():
                    doc.metadata.setdefault(key, value)
            else:
                doc.metadata[self.metadata_key] = found
            doc.text = result.text
            if not doc.text.strip() and not self.keep_empty:
                self.stat_update("dropped_empty")
                continue
            self.stat_update("forwarded")
            self.update_doc_stats(doc)
            yield doc


class LearnTemplates(PipelineStep):
    """Learn site templates from the documents that pass (they pass unchanged).

    Args:
        output_folder: where each task writes ``<rank>.json`` (local path or any fsspec URL).
        html_key, input_format, url_key: as for :class:`NewsClean` (learn from what it will clean).
    """

    name = "📐 newsclean templates"
    type = "📊 - STATS"

    def __init__(self, output_folder: DataFolderLike, html_key: str | None = None, input_format: str = "text",
                 url_key: str = "url"):
        super().__init__()
        self.output_folder = get_datafolder(output_folder)
        self.html_key = html_key
        self.input_format = input_format
        self.url_key = url_key

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        learner = TemplateLearner()
        for doc in data or ():
            with self.track_time():
                source, fmt = _source(doc, self.html_key, self.input_format)
                try:
                    lines = document_lines(source, fmt)
                except Exception:  # noqa: BLE001 - the cleaning step reports bad documents
                    self.stat_update("failed")
                else:
                    learner.add_lines(document_site(source, fmt, None, doc.metadata, self.url_key), lines)
                    self.stat_update("documents")
            yield doc
        # Every count, even of lines seen once: another task may have seen them too.
        text = learner.templates(min_count=1).to_json()
        with self.output_folder.open(f"{rank:05d}.json", "w") as f:
            f.write(text)
        self.stat_update("sites", value=len(learner), unit="task")


def _source(doc: Document, html_key: str | None, input_format: str) -> tuple[str, str]:
    if html_key:
        html = doc.metadata.get(html_key)
        if isinstance(html, str) and html.strip():
            return html, "html"
    return doc.text or "", input_format


def _partial_files(folder) -> list[str]:
    return sorted(p for p in folder.list_files() if p.endswith(".json"))


def load_templates(path: str) -> Templates:
    """A templates file, or a folder of partial files (:class:`LearnTemplates`) merged."""
    import os

    if not os.path.isdir(path) and "://" not in path:
        return Templates.load(path)
    folder = get_datafolder(path)
    learner = TemplateLearner()
    for name in _partial_files(folder):
        with folder.open(name, "r") as f:
            learner.merge(Templates.from_json(f.read()))
    return learner.templates()


def merge_templates(folder: str, output: str) -> Templates:
    """Merge the partial files of a :class:`LearnTemplates` folder into one templates file (the
    same bytes whatever the number of tasks), for ``newsclean clean --templates``."""
    templates = load_templates(folder)
    templates.save(output)
    return templates
