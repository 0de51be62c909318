"""Files are safe in place: encodings are kept, stray bytes are never rewritten, a file edited during
a run is left alone, symlinks, hard links, owner and mode are respected (issue 11)."""
from __future__ import annotations

import os

import pytest

import cleaner
from cleaner.cli import app
from cleaner.inputs import decode_bytes

from test_cli import FakeClean

FRENCH = "La décision contestée a été prise.\nMENU\nUne réforme élevée.\n"


def invoke(runner, *args, input=None):
    return runner.invoke(app, list(args), input=input, catch_exceptions=False)


# ---------------------------------------------------------------- decoding


def test_utf8_with_one_stray_byte_stays_utf8():
    decoded = decode_bytes(FRENCH.encode("utf-8") + b"\xff\n")
    assert decoded.encoding == "utf-8"
    assert "contestée" in decoded.text and decoded.text.endswith("\ufffd\n")
    assert decoded.invalid == 1 and decoded.first_invalid == len(FRENCH.encode("utf-8"))


def test_stray_byte_prints_with_replacement_and_a_warning(runner, fake, cwd):
    (cwd / "fr.txt").write_bytes(FRENCH.encode("utf-8") + b"\xff\n")
    result = invoke(runner, "clean", "fr.txt")
    assert result.exit_code == 0
    assert result.stdout == "La décision contestée a été prise.\nUne réforme élevée.\n\ufffd\n"
    assert result.stderr == "warning: fr.txt: UTF-8 with 1 stray byte (shown as U+FFFD)\n"


@pytest.mark.parametrize("flag", ["--write", "--check", "--diff"])
def test_stray_byte_file_is_never_rewritten(runner, fake, cwd, flag):
    data = FRENCH.encode("utf-8") + b"\xff\n"
    (cwd / "fr.txt").write_bytes(data)
    result = invoke(runner, "clean", flag, "fr.txt")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "error: fr.txt: not valid UTF-8 (1 stray byte, the first at offset 67); not rewritten" in result.stderr
    assert (cwd / "fr.txt").read_bytes() == data


@pytest.mark.parametrize("encoding", ["cp1252", "cp1251", "utf-8-sig", "utf-16"])
def test_write_keeps_the_file_encoding(runner, fake, cwd, encoding):
    words = "Привет мир, как дела" if encoding == "cp1251" else "Grüße aus Köln, schöne Straßen"
    path = cwd / "a.txt"
    path.write_bytes(f"{words}\nMENU\n{words}.\n".encode(encoding))
    result = invoke(runner, "clean", "--write", "a.txt")
    assert result.exit_code == 0, result.stderr
    assert path.read_bytes() == f"{words}\n{words}.\n".encode(encoding)
    again = invoke(runner, "clean", "--check", "a.txt")
    assert again.exit_code == 0


def test_a_weak_legacy_guess_is_not_taken():
    # KOI8-R bytes that charset-normalizer reads as Shift-JIS half-width katakana
    decoded = decode_bytes("Привет мир, как дела? Это тест.\n".encode("koi8_r"))
    assert decoded.encoding == "utf-8" and decoded.lossy
    assert "ﾉ" not in decoded.text


def test_unchanged_legacy_file_is_not_touched(runner, fake, cwd):
    path = cwd / "a.txt"
    path.write_bytes("Grüße aus Köln\n".encode("cp1252"))
    before = path.stat().st_mtime_ns
    result = invoke(runner, "clean", "--check", "a.txt")
    assert result.exit_code == 0
    assert invoke(runner, "clean", "--write", "a.txt").exit_code == 0
    assert path.stat().st_mtime_ns == before


# ---------------------------------------------------------------- write guards


def test_a_file_edited_during_the_run_is_left_alone(runner, fake, cwd, monkeypatch):
    path = cwd / "a.txt"
    path.write_text("Title\nMENU\n", encoding="utf-8")

    def edit_while_cleaning(text, input_format="text", *, options=None, **kw):
        path.write_text("Edited by someone else\n", encoding="utf-8")
        return fake(text, input_format, options=options)

    monkeypatch.setattr(cleaner, "clean", edit_while_cleaning)
    result = invoke(runner, "clean", "--write", "--jobs", "1", "a.txt")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "error: a.txt: changed on disk while it was being cleaned; left as it is" in result.stderr
    assert path.read_text(encoding="utf-8") == "Edited by someone else\n"
    assert sorted(p.name for p in cwd.iterdir()) == ["a.txt"]


def test_same_size_and_mtime_but_other_content_is_caught(cwd):
    from cleaner.batch import Refused, atomic_write
    from cleaner.inputs import read_snapshot

    path = cwd / "a.txt"
    path.write_bytes(b"one\n")
    _, snap = read_snapshot(str(path))
    path.write_bytes(b"two\n")
    os.utime(path, ns=(snap.mtime_ns, snap.mtime_ns))
    with pytest.raises(Refused):
        atomic_write(str(path), b"new\n", expected=snap)
    assert path.read_bytes() == b"two\n"


@pytest.mark.skipif(os.name != "posix", reason="POSIX links")
def test_write_through_a_symlink_keeps_the_link(runner, fake, cwd):
    real = cwd / "real.txt"
    real.write_text("Title\nMENU\n", encoding="utf-8")
    real.chmod(0o640)
    (cwd / "link.txt").symlink_to("real.txt")
    result = invoke(runner, "clean", "--write", "link.txt")
    assert result.exit_code == 0, result.stderr
    assert (cwd / "link.txt").is_symlink()
    assert os.readlink(cwd / "link.txt") == "real.txt"
    assert real.read_text(encoding="utf-8") == "Title\n"
    assert real.stat().st_mode & 0o777 == 0o640
    assert sorted(p.name for p in cwd.iterdir()) == ["link.txt", "real.txt"]


@pytest.mark.skipif(os.name != "posix", reason="POSIX links")
def test_hard_linked_file_is_refused(runner, fake, cwd):
    (cwd / "a.txt").write_text("Title\nMENU\n", encoding="utf-8")
    os.link(cwd / "a.txt", cwd / "b.txt")
    (cwd / "c.txt").write_text("Other\nMENU\n", encoding="utf-8")
    result = invoke(runner, "clean", "--write", "--jobs", "1", "a.txt", "c.txt")
    assert result.exit_code == 2
    assert "error: a.txt: has 2 hard links; not rewritten (replacing it would break them)" in result.stderr
    assert (cwd / "b.txt").read_text(encoding="utf-8") == "Title\nMENU\n"
    assert os.stat(cwd / "a.txt").st_ino == os.stat(cwd / "b.txt").st_ino
    assert (cwd / "c.txt").read_text(encoding="utf-8") == "Other\n"


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="changing owners needs root")
def test_write_as_root_keeps_owner_and_group(runner, fake, cwd):
    path = cwd / "a.txt"
    path.write_text("Title\nMENU\n", encoding="utf-8")
    os.chown(path, 12345, 23456)
    assert invoke(runner, "clean", "--write", "a.txt").exit_code == 0
    st = path.stat()
    assert (st.st_uid, st.st_gid) == (12345, 23456)
    assert path.read_text(encoding="utf-8") == "Title\n"


# ---------------------------------------------------------------- JSONL


def _fake_jsonl_clean(monkeypatch, hook=None):
    import cleaner.jsonl as jsonl_mod

    def clean(source, input_format, options):
        if hook is not None:
            hook()
        return FakeClean()(source, input_format)

    monkeypatch.setattr(jsonl_mod, "_clean", clean)


def test_failed_jsonl_records_go_through_so_line_counts_match(runner, cwd, monkeypatch):
    import json

    _fake_jsonl_clean(monkeypatch)
    bad = b'{"id": 2, "text": "caf\xe9"}\n'
    corpus = b'{"id": 1, "text": "A\\nMENU"}\n{broken\n' + bad + b'{"id": 3}\n'
    (cwd / "c.jsonl").write_bytes(corpus)
    result = runner.invoke(app, ["clean", "--jobs", "1", "c.jsonl"], catch_exceptions=False)
    assert result.exit_code == 2
    out = result.stdout_bytes.splitlines(keepends=True)
    assert len(out) == 4
    assert json.loads(out[0])["text"] == "A\n"
    assert out[1:] == [b"{broken\n", bad, b'{"id": 3}\n']
    assert "c.jsonl: line 2: malformed JSON" in result.stderr
    assert "c.jsonl: line 3: not UTF-8" in result.stderr
    written = invoke(runner, "clean", "--write", "--jobs", "1", "c.jsonl")
    assert written.exit_code == 2
    lines = (cwd / "c.jsonl").read_bytes().splitlines(keepends=True)
    assert json.loads(lines[0])["text"] == "A\n"
    assert lines[1:] == [b"{broken\n", bad, b'{"id": 3}\n']  # byte for byte


def test_jsonl_edited_during_write_is_left_alone(runner, cwd, monkeypatch):
    path = cwd / "c.jsonl"
    path.write_text('{"text": "A\\nMENU"}\n', encoding="utf-8")

    def edit():
        path.write_text('{"text": "edited"}\n', encoding="utf-8")

    _fake_jsonl_clean(monkeypatch, edit)
    result = invoke(runner, "clean", "--write", "--jobs", "1", "c.jsonl")
    assert result.exit_code == 2
    assert "error: c.jsonl: changed on disk while it was being cleaned" in result.stderr
    assert path.read_text(encoding="utf-8") == '{"text": "edited"}\n'


def test_legacy_crlf_file_keeps_encoding_and_line_ends(runner, fake, cwd):
    path = cwd / "a.txt"
    path.write_bytes("Überschrift für Köln\r\nMENU\r\n\r\nGrüße aus Köln.\r\n".encode("cp1252"))
    assert invoke(runner, "clean", "--write", "a.txt").exit_code == 0
    assert path.read_bytes() == "Überschrift für Köln\r\n\r\nGrüße aus Köln.\r\n".encode("cp1252")


def test_clean_text_the_encoding_cannot_store_is_refused(runner, cwd, monkeypatch):
    from cleaner import Result

    path = cwd / "a.txt"
    data = "Café crème\nMENU\n".encode("cp1252")
    path.write_bytes(data)
    monkeypatch.setattr(cleaner, "clean", lambda text, fmt="text", *, options=None: Result("Café ☕\n", {}, []))
    for flag in ("--write", "--check"):  # --check predicts what --write does
        result = invoke(runner, "clean", flag, "a.txt")
        assert result.exit_code == 2
        assert "error: a.txt: the clean text has characters '☕' that cp1252 cannot store; not rewritten" in result.stderr
        assert path.read_bytes() == data
