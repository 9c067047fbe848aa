"""`python -m pipeline` is the same program as `policy-claims`."""
import atexit
import contextlib
import os
import sys

from .cli import main


def _exit_now(code: int) -> None:
    """End the process without the interpreter's teardown, which frees every object one by one:
    0.15-0.3 s of CPU after each run (the stages' lexicons and patterns are large), for a process
    that is ending anyway. What teardown does that matters is kept: the exit handlers (logging,
    worker pools) run and the output streams are flushed. Everything the command wrote is already
    closed (the store commits and fsyncs before `main` returns)."""
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):  # a closed pipe: nothing more can reach it
            stream.flush()
    os._exit(code)


class _NumpyUnavailable:
    """An import hook under which `import numpy` fails (see `_arrow_without_numpy`)."""

    def find_spec(self, name, path=None, target=None):
        if name == "numpy" or name.startswith("numpy."):
            raise ImportError("numpy is not needed to run the pipeline")
        return None


def _arrow_without_numpy(argv: list[str]) -> None:
    """Keep numpy out of a `run` of the command-line program (the process ends with the command).

    pyarrow (and pyarrow.compute) import numpy when it is installed, only to convert numpy arrays
    and to build pandas frames; the run path converts Python lists, writes Parquet and never touches
    either. numpy is a tenth of a second of every run's start-up (0.26 -> 0.16 s CPU for `import
    pyarrow, pyarrow.parquet`), paid before the workers can fork. Both try the import and carry on
    without it, and decide once per process, so this is for the command-line program only (an
    analyst's process that imports the package keeps numpy), for the whole process (pyarrow.compute,
    loaded later for a take or a filter, tries again). Left alone for the Dask engine."""
    if not argv or argv[0] != "run" or any("dask" in a for a in argv):
        return
    if "pyarrow" in sys.modules or "numpy" in sys.modules:
        return
    sys.meta_path.insert(0, _NumpyUnavailable())


def entry() -> None:
    """The program: `main`, then a fast exit with its status."""
    _arrow_without_numpy(sys.argv[1:])
    _exit_now(int(main() or 0))


if __name__ == "__main__":
    entry()
