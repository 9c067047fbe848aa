"""Where the per-article work runs: this process, N local processes, or a Dask cluster.

All three expose the same two things to the orchestrator: `submit(fn, *args) -> future` (with
`.result()`) and `capacity` (how many batches may be in flight before the orchestrator waits, which
bounds memory). Results do not depend on the engine: ids are deterministic and the orchestrator
commits batches in submission order.
"""
from __future__ import annotations

import contextlib
import multiprocessing
from concurrent.futures import Future, ProcessPoolExecutor

from .options import RunOptions


class LocalEngine:
    """Runs each batch at once, in this process."""

    capacity = 0

    def submit(self, fn, *args) -> Future:
        future: Future = Future()
        future.set_result(fn(*args))
        return future


class ProcessEngine:
    """N local worker processes; two batches per worker in flight keeps them busy while reading goes on."""

    def __init__(self, workers: int):
        method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
        self._pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context(method))
        self.capacity = workers * 2

    def submit(self, fn, *args) -> Future:
        return self._pool.submit(fn, *args)

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)


class DaskEngine:
    """An existing Dask distributed cluster; the client (this process) commits the results."""

    def __init__(self, address: str):
        try:
            from distributed import Client
        except ImportError as exc:  # pragma: no cover - depends on the optional extra
            raise RuntimeError("the dask engine needs `pip install 'policy-claims[dask]'`") from exc
        self._client = Client(address, set_as_default=False)
        workers = max(1, len(self._client.scheduler_info().get("workers", {})))
        self.capacity = workers * 2

    def submit(self, fn, *args):
        return self._client.submit(fn, *args, pure=False)

    def close(self) -> None:
        self._client.close()


@contextlib.contextmanager
def make_engine(options: RunOptions):
    if options.engine == "dask":
        engine = DaskEngine(options.scheduler)
    elif options.workers > 1:
        engine = ProcessEngine(options.workers)
    else:
        yield LocalEngine()
        return
    try:
        yield engine
    finally:
        engine.close()
