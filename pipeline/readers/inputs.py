"""Finding input files: paths, folders (recursive) and globs, recognised by file name.

Rules (documented in README.md):
- hidden files and folders (name starting with ".") inside a folder are skipped; a path named
  explicitly is read even if hidden;
- symlinks are followed only when they point inside one of the input roots (the real paths of the
  given paths); others are rejected `link_outside_input`; a link back to one of its own ancestor
  folders, or a link that never resolves (a -> b -> a), is rejected `link_loop`; a dangling link is
  `unreadable`; the same real file reached twice is listed once, under its smallest path;
- unknown extensions inside folders are ignored silently, except document and archive kinds listed
  in data/readers/noted_extensions.csv, which are rejected `unsupported` so the user sees them; a
  file named explicitly with an unknown extension is rejected `unsupported`;
- FIFOs, sockets and devices are never opened (reading one could hang);
- a path that does not exist, or a glob that matches nothing, is rejected `unreadable`.
"""
from __future__ import annotations

import errno
import glob
import os
from typing import NamedTuple

from .data import kinds_by_extension, noted_extensions
from .records import display_path, make_reject


class InputFile(NamedTuple):
    path: str  # absolute, as found (not resolved through symlinks)
    kind: str  # text, markdown, html, jsonl, csv, warc
    compressed: bool  # gzip (.gz)
    size: int  # bytes on disk
    mtime_ns: int


def kind_of(name: str) -> tuple[str | None, bool, str]:
    """(kind or None, gzip-compressed, the extension that decided) from a file name."""
    lower = name.lower()
    compressed = lower.endswith(".gz")
    base = lower[:-3] if compressed else lower
    ext = os.path.splitext(base)[1]
    kind = kinds_by_extension().get(ext)
    if kind is None:
        ext = ext or os.path.splitext(lower)[1]
    return kind, compressed, ext


def _noted_why(name: str, ext: str) -> str | None:
    noted = noted_extensions()
    return noted.get(ext) or noted.get(os.path.splitext(name.lower())[1])


def _inside(real: str, roots: list[str]) -> bool:
    return any(real == root or real.startswith(root.rstrip(os.sep) + os.sep) for root in roots)


class _Finder:
    def __init__(self, rejects: list):
        self.rejects = rejects
        self.roots: list[str] = []
        self.found: dict[str, InputFile] = {}  # real path -> file

    def reject(self, path: str, reason: str, detail: str) -> None:
        self.rejects.append(make_reject(display_path(path), None, reason, display_path(detail)))

    def add_file(self, path: str, explicit: bool) -> None:
        name = os.path.basename(path)
        kind, compressed, ext = kind_of(name)
        if kind is None:
            why = _noted_why(name, ext)
            if why or explicit:
                self.reject(path, "unsupported", why or f"unknown file kind {ext or '(no extension)'!r}")
            return
        try:
            st = os.stat(path)
            real = os.path.realpath(path)
        except OSError as exc:
            self.reject(path, "unreadable", f"{type(exc).__name__}: {exc.strerror or exc}")
            return
        previous = self.found.get(real)
        if previous is None or path < previous.path:
            self.found[real] = InputFile(path, kind, compressed, st.st_size, st.st_mtime_ns)

    def special_file(self, path: str) -> None:
        """A FIFO, socket or device inside a folder: never opened (reading one could hang); rejected
        `unsupported` when its name says it is an input, so the user sees why it was not read."""
        if kind_of(os.path.basename(path))[0] is not None:
            self.reject(path, "unsupported", "not a regular file (FIFO, socket or device): not opened")

    def resolve_link(self, path: str) -> str | None:
        """The real target of a symlink met inside a folder, or None (rejected) when it must not be followed."""
        try:
            real = os.path.realpath(path, strict=True)
        except OSError as exc:
            if exc.errno == errno.ELOOP:
                self.reject(path, "link_loop", "symlink never resolves (loop)")
            else:
                self.reject(path, "unreadable", f"broken symlink: {exc.strerror or exc}")
            return None
        if not _inside(real, self.roots):
            self.reject(path, "link_outside_input", f"symlink points outside the input: {real}")
            return None
        return real

    def walk(self, top: str) -> None:
        # iterative, so deep trees cannot exhaust the stack; `ancestors` are real paths of the
        # folders above, to stop links that lead back up
        stack = [(top, (os.path.realpath(top),))]
        while stack:
            folder, ancestors = stack.pop()
            try:
                with os.scandir(folder) as it:
                    entries = sorted(it, key=lambda e: e.name)
            except OSError as exc:
                self.reject(folder, "unreadable", f"folder cannot be listed: {exc.strerror or exc}")
                continue
            for entry in reversed(entries):
                self._visit(entry, ancestors, stack)

    def _visit(self, entry: os.DirEntry, ancestors: tuple[str, ...], stack: list) -> None:
        if entry.name.startswith("."):
            return
        path = entry.path
        try:
            if entry.is_symlink():
                real = self.resolve_link(path)
                if real is None:
                    return
                if os.path.isdir(real):
                    if real in ancestors:
                        self.reject(path, "link_loop", f"symlink leads back to its ancestor {real}")
                    else:
                        stack.append((path, ancestors + (real,)))
                    return
                if os.path.isfile(real):
                    self.add_file(path, explicit=False)
                else:
                    self.special_file(path)
                return
            if entry.is_dir(follow_symlinks=False):
                stack.append((path, ancestors + (os.path.realpath(path),)))
            elif entry.is_file(follow_symlinks=False):
                self.add_file(path, explicit=False)
            else:
                self.special_file(path)
        except OSError as exc:
            self.reject(path, "unreadable", f"{type(exc).__name__}: {exc.strerror or exc}")

    def add_root(self, path: str) -> None:
        try:
            if os.path.isdir(path):
                self.walk(path)
            elif os.path.isfile(path):
                self.add_file(path, explicit=True)
            elif os.path.islink(path):
                try:
                    os.stat(path)
                except OSError as exc:
                    reason = "link_loop" if exc.errno == errno.ELOOP else "unreadable"
                    self.reject(path, reason, f"symlink cannot be followed: {exc.strerror or exc}")
            elif os.path.exists(path):
                self.reject(path, "unsupported", "not a regular file or folder")
        except OSError as exc:
            self.reject(path, "unreadable", f"{type(exc).__name__}: {exc.strerror or exc}")


def _expand(path: str, finder: _Finder) -> list[str]:
    """The absolute paths a command-line path stands for (a glob's matches, sorted)."""
    if os.path.lexists(path):
        return [os.path.abspath(path)]
    if glob.has_magic(path):
        matches = sorted(glob.glob(path, recursive=True))
        if not matches:
            finder.reject(os.path.abspath(path), "unreadable", "no file matches this pattern")
        return [os.path.abspath(m) for m in matches]
    finder.reject(os.path.abspath(path), "unreadable", "no such file or folder")
    return []


def list_inputs(paths: list[str], rejects: list) -> list["InputFile"]:
    """Every readable input under `paths`, sorted by path; problems are appended to `rejects`."""
    finder = _Finder(rejects)
    expanded = [p for raw in paths for p in _expand(os.fspath(raw), finder)]
    finder.roots = sorted({os.path.realpath(p) for p in expanded})
    for path in expanded:
        finder.add_root(path)
    return sorted(finder.found.values())
