"""LazyPattern: the same answers as the compiled pattern, compiled once, and only when used."""
from __future__ import annotations

import re

from cleaner.lazy_pattern import LazyPattern

CJK = r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]"


def test_answers_as_the_compiled_pattern():
    lazy, eager = LazyPattern(CJK), re.compile(CJK)
    for text in ("plain English", "記者：中村健太", "Москва", ""):
        assert bool(lazy.search(text)) == bool(eager.search(text))
        assert lazy.findall(text) == eager.findall(text)
        assert lazy.sub("_", text) == eager.sub("_", text)
    assert lazy.pattern == CJK


def test_compiles_once_and_only_when_used():
    lazy = LazyPattern(CJK, re.I)
    assert lazy._compiled is None
    lazy.search("abc")
    first = lazy._compiled
    lazy.match("abc")
    assert first is not None and lazy._compiled is first and first.flags & re.I


def test_an_english_article_compiles_no_script_class():
    # in a fresh interpreter: other tests may have cleaned CJK text in this one
    import subprocess
    import sys

    code = ("from cleaner import clean, features, language\n"
            "clean('The council voted on Tuesday to close the pier to cars for the whole summer season.\\n')\n"
            "print(features._WIDE._compiled, language._NON_LATIN._compiled)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["None", "None"]
