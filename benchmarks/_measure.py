"""Shared helpers of the benchmarks: run a command as a subprocess, time it, poll its memory."""
from __future__ import annotations

import os
import resource
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@dataclass
class Measured:
    seconds: float
    peak_tree_mb: float  # largest sum of RSS over the process and its children, polled every 20 ms
    peak_one_mb: float  # largest RSS of any one process of the tree
    returncode: int
    stdout: str
    stderr: str
    cpu_seconds: float = 0.0  # user + system CPU of the process and its children (less noisy than wall on a shared machine)


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _env() -> dict:
    return dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))


def byte_compile() -> None:
    """Byte-compile the package, as `pip install .` does, before any timed run: on a development
    checkout whose sources were just edited (and where PYTHONDONTWRITEBYTECODE is set, as here) every
    timed start-up would otherwise compile the edited modules again, ~0.3 s of serial start-up that
    an installed package never pays (measured: imports + warm-up 1.34 s with stale caches, 0.88-1.07 s
    without)."""
    import compileall

    compileall.compile_dir(str(ROOT / "pipeline"), quiet=1)


def pipeline_command(*args: str) -> list[str]:
    """`python -m pipeline ...` from this checkout (the same program as `policy-claims ...`)."""
    return [sys.executable, "-m", "pipeline", *args]


def start(cmd: list[str]) -> subprocess.Popen:
    return subprocess.Popen(cmd, cwd=ROOT, env=_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def measure(cmd: list[str], kill_after: float | None = None, kill_when=None) -> Measured:
    """Run `cmd` to its end (or kill -9 it after `kill_after` seconds / when `kill_when()` is true)."""
    cpu0 = _children_cpu()
    t0 = time.perf_counter()
    proc = start(cmd)
    peak_tree = peak_one = 0
    stop = threading.Event()

    def poll() -> None:
        nonlocal peak_tree, peak_one
        try:
            root = psutil.Process(proc.pid)
        except psutil.NoSuchProcess:
            return
        while not stop.is_set():
            try:
                procs = [root, *root.children(recursive=True)]
                rss = []
                for p in procs:
                    try:
                        rss.append(p.memory_info().rss)
                    except psutil.NoSuchProcess:
                        pass
                if rss:
                    peak_tree = max(peak_tree, sum(rss))
                    peak_one = max(peak_one, max(rss))
            except psutil.NoSuchProcess:
                return
            time.sleep(0.02)

    poller = threading.Thread(target=poll, daemon=True)
    poller.start()
    if kill_after is not None or kill_when is not None:
        while proc.poll() is None:
            if (kill_after is not None and time.perf_counter() - t0 >= kill_after) or (kill_when is not None and kill_when()):
                proc.kill()
                break
            time.sleep(0.02)
    out, err = proc.communicate()
    seconds = time.perf_counter() - t0
    stop.set()
    poller.join()
    # a waited-for child's CPU (with its own waited-for children's) is added to RUSAGE_CHILDREN
    return Measured(seconds, peak_tree / 2**20, peak_one / 2**20, proc.returncode, out, err, _children_cpu() - cpu0)
