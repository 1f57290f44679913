"""The package's version: one place, read by `pyproject.toml`, `redact --version` and reports."""

__version__ = "0.1.0"
