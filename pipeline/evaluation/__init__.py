"""Scoring the pipeline against annotated gold files (quantities and claims)."""
