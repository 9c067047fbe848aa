"""list_inputs: files, folders, globs, kinds, hidden files, symlinks, odd names."""
from __future__ import annotations

import os

import pytest

from pipeline.readers import list_inputs
from pipeline.readers.inputs import kind_of

from .conftest import read


def touch(path, text="The deficit is 3% of GDP, officials said on Monday.\n"):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


@pytest.mark.parametrize("name, kind, compressed", [
    ("a.txt", "text", False), ("A.TXT", "text", False), ("a.md", "markdown", False),
    ("a.html", "html", False), ("a.htm", "html", False), ("a.jsonl", "jsonl", False),
    ("a.ndjson", "jsonl", False), ("a.csv", "csv", False), ("a.warc", "warc", False),
    ("a.warc.gz", "warc", True), ("a.jsonl.gz", "jsonl", True), ("a.txt.gz", "text", True),
    ("a.csv.GZ", "csv", True), ("a.pdf", None, False), ("a.gz", None, True), ("README", None, False),
])
def test_kind_by_name(name, kind, compressed):
    assert kind_of(name)[:2] == (kind, compressed)


def test_folder_recursive_sorted_hidden_skipped(tmp_path):
    touch(tmp_path / "b" / "z.txt")
    touch(tmp_path / "a.jsonl", '{"text": "x"}\n')
    touch(tmp_path / "b" / "deeper" / "c.md")
    touch(tmp_path / ".hidden.txt")
    touch(tmp_path / ".git" / "inside.txt")
    touch(tmp_path / "image.png")
    rejects = []
    files = list_inputs([str(tmp_path)], rejects)
    assert [os.path.relpath(f.path, tmp_path) for f in files] == ["a.jsonl", "b/deeper/c.md", "b/z.txt"]
    assert all(os.path.isabs(f.path) and f.size > 0 and f.mtime_ns > 0 for f in files)
    assert rejects == []  # a .png is ignored silently


def test_noted_and_explicit_unknown_extensions_are_unsupported(tmp_path):
    touch(tmp_path / "docs" / "report.pdf")
    touch(tmp_path / "notes.xyz")
    rejects = []
    assert list_inputs([str(tmp_path / "docs"), str(tmp_path / "notes.xyz")], rejects) == []
    assert sorted(r["reason"] for r in rejects) == ["unsupported", "unsupported"]


def test_globs_and_missing_paths(tmp_path):
    touch(tmp_path / "one.txt")
    touch(tmp_path / "sub" / "two.txt")
    touch(tmp_path / "three.csv", "text\nhello\n")
    rejects = []
    files = list_inputs([str(tmp_path / "**" / "*.txt"), str(tmp_path / "nothing-*.txt"),
                         str(tmp_path / "missing.txt")], rejects)
    assert [os.path.basename(f.path) for f in files] == ["one.txt", "two.txt"]
    assert [r["reason"] for r in rejects] == ["unreadable", "unreadable"]


def test_same_file_twice_is_listed_once(tmp_path):
    path = touch(tmp_path / "one.txt")
    os.symlink(path, tmp_path / "alias.txt")
    files = list_inputs([str(tmp_path), str(path)], [])
    assert [os.path.basename(f.path) for f in files] == ["alias.txt"]


def test_awkward_names(tmp_path):
    names = ["with space.txt", "quote'd \"name\".txt", "naïve café – Ελλάδα.txt", "semi;colon$(x).txt"]
    for name in names:
        touch(tmp_path / name)
    files = list_inputs([str(tmp_path)], [])
    assert sorted(os.path.basename(f.path) for f in files) == sorted(names)
    for f in files:
        [article] = read(f.path)
        assert article["text"].startswith("The deficit is 3%")


def test_symlink_loop_and_outside_link(tmp_path):
    root = tmp_path / "input"
    touch(root / "real" / "a.txt")
    outside = touch(tmp_path / "elsewhere" / "secret.txt")
    os.symlink(root, root / "real" / "back-to-root")  # a folder link to its own ancestor
    os.symlink(root / "self.txt", root / "self.txt")  # a link to itself
    os.symlink(outside, root / "outside.txt")
    os.symlink(tmp_path / "elsewhere", root / "outside-dir")
    os.symlink(root / "real", root / "inside-dir")  # inside the tree: followed
    os.symlink(tmp_path / "nowhere.txt", root / "dangling.txt")
    rejects = []
    files = list_inputs([str(root)], rejects)
    assert [os.path.relpath(f.path, root) for f in files] == ["inside-dir/a.txt"]
    reasons = sorted((os.path.basename(r["input_path"]), r["reason"]) for r in rejects)
    assert reasons == [("back-to-root", "link_loop"), ("back-to-root", "link_loop"),
                       ("dangling.txt", "unreadable"), ("outside-dir", "link_outside_input"),
                       ("outside.txt", "link_outside_input"), ("self.txt", "link_loop")]


def test_fifo_is_never_opened(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    assert list_inputs([str(tmp_path)], []) == []


def test_file_name_that_is_not_utf8(tmp_path):
    raw = os.path.join(os.fsencode(tmp_path), b"caf\xe9 \xff.txt")
    with open(raw, "wb") as fh:
        fh.write(b"The deficit is 3% of GDP, officials said on Monday.\n")
    [f] = list_inputs([str(tmp_path)], [])
    [article] = read(f.path)
    assert article["text"].startswith("The deficit")
    article["input_path"].encode("utf-8")  # writable to Parquet
    assert article["input_path"].endswith("caf\ufffd \ufffd.txt")
