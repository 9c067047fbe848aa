"""One validated options object for a run, built from defaults and the command line."""
from __future__ import annotations

import dataclasses
from pathlib import Path

ENGINES = ("local", "dask")
LOG_FORMATS = ("text", "json")


def sample_corpus_path() -> str:
    """The sample corpus that ships inside the package (what `policy-claims run` reads with no paths)."""
    return str(Path(__file__).resolve().parent / "sample" / "articles")


@dataclasses.dataclass(frozen=True)
class RunOptions:
    paths: tuple[str, ...] = ()
    output: str = "output"
    full: bool = False
    workers: int = 1
    engine: str = "local"
    scheduler: str | None = None
    batch_articles: int = 4000  # articles per commit: bounds memory and the work a crash can lose
    max_bytes: int = 200_000_000  # an input file larger than this (decompressed) is cut and the rest rejected
    max_chars: int = 2_000_000  # an article longer than this is cut (see README)
    force_output: bool = False  # allow writing into a directory holding other files
    quiet: bool = False
    log_format: str = "text"
    progress: bool | None = None  # None: a bar when standard error is a terminal

    def __post_init__(self) -> None:
        if self.engine not in ENGINES:
            raise ValueError(f"--engine must be one of {', '.join(ENGINES)}")
        if self.engine == "dask" and not self.scheduler:
            raise ValueError("--engine dask needs --scheduler ADDRESS (e.g. tcp://127.0.0.1:8786)")
        if self.workers < 1:
            raise ValueError("--workers must be at least 1")
        if self.batch_articles < 1:
            raise ValueError("batch size must be at least 1")
        if self.log_format not in LOG_FORMATS:
            raise ValueError(f"--log-format must be one of {', '.join(LOG_FORMATS)}")

    @property
    def input_paths(self) -> tuple[str, ...]:
        return self.paths or (sample_corpus_path(),)
