"""policy-claims: policy figures in news articles, as tidy Parquet tables."""

__version__ = "0.1.0"


def __getattr__(name: str):
    """`from pipeline import load`, imported lazily so that `import pipeline` stays cheap."""
    if name == "load":
        from .analysis.load import load

        return load
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
