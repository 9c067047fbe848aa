"""Every notebook runs top to bottom in a fresh kernel on the sample run's output and draws its charts."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
MIN_IMAGES = {"01_tour.ipynb": 1, "02_who_demands_what.ipynb": 2, "03_claims_vs_sipri.ipynb": 1}


@pytest.fixture(scope="module")
def sample_output(tmp_path_factory):
    """`python -m pipeline run --output <tmp>` on the bundled sample corpus (no paths)."""
    out = tmp_path_factory.mktemp("sample") / "output"
    done = subprocess.run([sys.executable, "-m", "pipeline", "run", "--output", str(out), "--quiet", "--no-progress"],
                          cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    return out


def execute(path: Path, output: Path, timeout: int = 300, record_timing: bool = True):
    """Run a notebook in a fresh python3 kernel with cwd notebooks/ and POLICY_CLAIMS_OUTPUT set; returns it."""
    import nbformat
    from nbclient import NotebookClient

    book = nbformat.read(path, as_version=4)
    env = {**os.environ, "POLICY_CLAIMS_OUTPUT": str(output), "MPLBACKEND": "module://matplotlib_inline.backend_inline",
           "PYTHONPATH": os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH")) if p)}
    old = dict(os.environ)
    os.environ.update(env)  # the kernel inherits this process's environment
    try:
        NotebookClient(book, timeout=timeout, kernel_name="python3", record_timing=record_timing,
                       resources={"metadata": {"path": str(path.parent)}}).execute()
    finally:
        os.environ.clear()
        os.environ.update(old)
    return book


def images(book) -> int:
    return sum(1 for cell in book.cells if cell.cell_type == "code" for o in cell.get("outputs", []) if "image/png" in o.get("data", {}))


def test_there_are_three_notebooks():
    assert [p.name for p in NOTEBOOKS] == sorted(MIN_IMAGES)


@pytest.mark.slow
@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_runs_and_draws_its_charts(path, sample_output):
    book = execute(path, sample_output)
    errors = [o for c in book.cells if c.cell_type == "code" for o in c.get("outputs", []) if o.get("output_type") == "error"]
    assert not errors
    assert images(book) >= MIN_IMAGES[path.name]


def test_committed_notebooks_keep_their_outputs():
    import nbformat

    for path in NOTEBOOKS:
        book = nbformat.read(path, as_version=4)
        code = [c for c in book.cells if c.cell_type == "code"]
        assert all(c.get("execution_count") for c in code), f"{path.name}: execute it before committing"
        assert images(book) >= MIN_IMAGES[path.name], f"{path.name}: committed without its charts"


def test_notebooks_use_only_the_public_api():
    for path in NOTEBOOKS:
        text = path.read_text(encoding="utf-8")
        imports = {line.split()[1] for line in text.replace('\\n"', "\n").replace('"', " ").splitlines()
                   if line.strip().startswith(("from pipeline", "import pipeline"))}
        assert imports <= {"pipeline", "pipeline.analysis", "pipeline.analysis.load"}, (path.name, imports)
