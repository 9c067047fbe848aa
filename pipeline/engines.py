"""Where the per-shard work runs: this process, N local processes, or a Dask cluster.

All three expose the same things to the orchestrator: `submit(fn, *args) -> future` (with
`.result()`), `capacity` (how many units may be in flight before the orchestrator waits, which
bounds memory) and `shared` (a handle to the one read-only object every task needs, the index of
articles already in the output; tasks turn it back into the object with `resolve`). Results do not
depend on the engine: ids are deterministic and the orchestrator commits results in submission
order.
"""
from __future__ import annotations

import contextlib
import gc
import multiprocessing
import os
import signal
import threading
import time
from concurrent.futures import Future, ProcessPoolExecutor

from .options import RunOptions
from .store import OutputError


class EngineError(OutputError):
    """The engine cannot start (no Dask, scheduler unreachable); the CLI prints it as one line."""

_SHARED: dict = {}  # in a worker process: the shared object, installed once by the initializer


class SharedRef:
    """Stands for the shared object installed in each worker process (not sent with each task)."""

    __slots__ = ()

    def __reduce__(self):
        return (SharedRef, ())


def resolve(handle):
    """The shared object a task was given a handle to."""
    return _SHARED["known"] if isinstance(handle, SharedRef) else handle


class LocalEngine:
    """Runs each unit at once, in this process."""

    capacity = 0
    name = "local"

    def __init__(self, shared=None):
        self.shared = shared

    def check_visible(self, folders: list[str]) -> None:
        pass

    def submit(self, fn, *args) -> Future:
        future: Future = Future()
        future.set_result(fn(*args))
        return future

    def close(self) -> None:
        self.shared = None  # let the index go with the run's other state


def _missing_paths(paths: list[str]) -> list[str]:
    return [p for p in paths if not os.path.exists(p)]


def _watch_parent(parent: int) -> None:
    # A worker whose orchestrator died (kill -9) would otherwise wait for work forever.
    while True:
        time.sleep(0.5)
        if os.getppid() != parent:
            os._exit(1)


def _init_worker(shared, parent: int, warm_up) -> None:
    from .schema import arrow_without_pandas

    arrow_without_pandas()  # a spawned worker starts fresh (a forked one inherits this)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C stops the orchestrator, which stops us
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _SHARED["known"] = shared
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()
    if warm_up is not None:
        warm_up()


class ProcessEngine:
    """N local worker processes; two units per worker in flight keeps them busy while the
    orchestrator commits. The shared index reaches each worker once (inherited on fork).

    `warm_up` (what every task needs loaded: the stages) runs once in this process just before the
    first task forks the workers, so they inherit it loaded instead of each loading it; a run with
    no work never forks and never pays for it. Where workers are spawned, each runs it on start."""

    name = "processes"

    def __init__(self, workers: int, shared=None, warm_up=None):
        method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
        self._warm_up = warm_up if method == "fork" else None
        self._pool = ProcessPoolExecutor(
            max_workers=workers, mp_context=multiprocessing.get_context(method),
            initializer=_init_worker, initargs=(shared, os.getpid(), None if method == "fork" else warm_up),
        )
        self.capacity = workers * 2
        self.shared = SharedRef()
        self._shared = shared  # for the head-start worker, forked apart (`head_start`)
        self._early: ProcessPoolExecutor | None = None
        self._scratch: str | None = None  # a folder of files passed between processes (`scratch`)

    def scratch(self) -> str:
        """A private local folder for files the processes hand each other (the head start's
        units); removed when the engine closes."""
        if self._scratch is None:
            import tempfile

            self._scratch = tempfile.mkdtemp(prefix="pc-engine-")
        return self._scratch

    def _remove_scratch(self) -> None:
        if self._scratch is not None:
            import shutil

            shutil.rmtree(self._scratch, ignore_errors=True)
            self._scratch = None

    def start(self) -> None:
        """Warm up and fork the workers now rather than at the first submit (with fork; otherwise
        they start with the first submit)."""
        if self._warm_up is None:
            return
        warm_up, self._warm_up = self._warm_up, None
        warm_up()
        self._stop_head_start()
        # frozen while the workers fork (with fork, all at the first submit): what is loaded
        # lives as long as they do, and out of the collector's sight a worker's full
        # collections neither walk it nor write to its pages (which would copy every page of
        # it from the parent into each worker); this process (maybe an analyst's) unfreezes
        gc.freeze()
        try:
            self._pool.submit(_no_work)  # the pool forks all its workers on its first submit
        finally:
            gc.unfreeze()

    def head_start(self, fn, tasks: list[tuple]) -> list[Future] | None:
        """Run ``fn(*args)`` for each of `tasks` in one more worker, forked now, before the warm-up
        (`start`), which it does not share: a second of loading during which the machine's other
        cores would idle. `fn` must need nothing the warm-up loads (`run.prepare_shard`). Returns
        the futures (None when the workers are warm already, or spawned). When the warm-up ends
        (`start`), before the warm workers fork, the head-start worker is stopped: the tasks it
        finished keep their results, the others fail or are cancelled (run them as usual). It is
        never alive beside the warm workers (a fourth process, with a resident set of its own).
        What it was in the middle of is lost: time of a core that would have idled."""
        if self._warm_up is None or not tasks:
            return None
        self._early = ProcessPoolExecutor(
            max_workers=1, mp_context=multiprocessing.get_context("fork"),
            initializer=_init_worker, initargs=(self._shared, os.getpid(), None),
        )
        return [self._early.submit(fn, *args) for args in tasks]

    def _stop_head_start(self) -> None:
        if self._early is not None:
            for proc in list((getattr(self._early, "_processes", None) or {}).values()):
                with contextlib.suppress(Exception):
                    proc.terminate()
            self._early.shutdown(wait=True, cancel_futures=True)
            self._early = None

    def end_head_start(self) -> None:
        if self._early is not None:
            self._early.shutdown(wait=False, cancel_futures=True)
            self._early = None

    def submit(self, fn, *args) -> Future:
        if self._warm_up is not None:  # the pool forks its workers on the first submit
            self.start()
        return self._pool.submit(fn, *args)

    def check_visible(self, folders: list[str]) -> None:
        pass

    def close(self) -> None:
        self.end_head_start()
        self._pool.shutdown(wait=True, cancel_futures=True)
        self._remove_scratch()

    def abort(self) -> None:
        """Stop now (the run was interrupted or failed): work in flight is lost, never committed."""
        for pool in (self._early, self._pool):
            for proc in list((getattr(pool, "_processes", None) or {}).values()):
                with contextlib.suppress(Exception):
                    proc.terminate()
        self.end_head_start()
        self._pool.shutdown(wait=False, cancel_futures=True)
        self._remove_scratch()


def _no_work() -> None:
    return None


class DaskEngine:
    """An existing Dask distributed cluster: workers read their shards (the input paths must be
    visible to them) and process them; the client (this process) commits the results."""

    name = "dask"

    def __init__(self, address: str, shared=None):
        try:
            from distributed import Client
        except ImportError as exc:  # pragma: no cover - depends on the optional extra
            raise EngineError("the dask engine needs `pip install 'policy-claims[dask]'`") from exc
        try:
            self._client = Client(address, set_as_default=False, timeout="10s")
        except (OSError, TimeoutError) as exc:
            raise EngineError(f"cannot reach the Dask scheduler at {address}: {exc}") from exc
        workers = max(1, len(self._client.scheduler_info().get("workers", {})))
        self.capacity = workers * 2
        # a list of one: a dict given directly would be scattered item by item
        self.shared = self._client.scatter([shared], broadcast=True, hash=False)[0] if shared is not None else None

    def submit(self, fn, *args):
        return self._client.submit(fn, *args, pure=False)

    def check_visible(self, folders: list[str]) -> None:
        """Fail at once, before anything is committed, when a worker cannot see an input folder:
        workers read their shards themselves, so the inputs must be on a filesystem they share."""
        if not folders:
            return
        missing = self._client.run(_missing_paths, folders)
        for worker, paths in sorted(missing.items()):
            if paths:
                raise EngineError(
                    f"Dask worker {worker} cannot see input folder {paths[0]}: workers read the inputs themselves, "
                    "so they must be on a filesystem the workers share (same path)"
                )

    def close(self) -> None:
        if self.shared is not None:
            with contextlib.suppress(Exception):
                self.shared.release()
        self._client.close()


@contextlib.contextmanager
def make_engine(options: RunOptions, shared=None, warm_up=None):
    """The engine the options ask for; `shared` is handed to every task (see `resolve`);
    `warm_up` loads what tasks need, where that saves loading it in each worker (ProcessEngine)."""
    if options.engine == "dask":
        engine = DaskEngine(options.scheduler, shared)
    elif options.workers > 1:
        engine = ProcessEngine(options.workers, shared, warm_up)
    else:
        engine = LocalEngine(shared)
    del shared  # held by the engine (until it closes), not by this frame too
    try:
        yield engine
    except BaseException:
        getattr(engine, "abort", engine.close)()
        raise
    else:
        engine.close()
