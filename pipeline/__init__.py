"""policy-claims: policy figures in news articles, as tidy Parquet tables."""

__version__ = "0.1.0"
