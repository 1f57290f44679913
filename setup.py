"""Packaging beyond what pyproject.toml can say: the wheel carries the spaCy pipeline.

The repository keeps the pipeline in the top-level `models/` (where `make models` writes it);
an installed package has no checkout around it, so the wheel and the sdist carry the same files
as `redactor/models/` (`redactor.detect.nlp.MODEL_DIR` looks in both places). Everything else
about the package is in pyproject.toml.
"""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["redactor", "redactor.*"]), "redactor.models"],
    package_dir={"redactor.models": "models"},
    package_data={
        "redactor.models": ["ru_redact/*", "ru_redact/*/*"],
        "redactor.spark": ["log4j2.properties"],  # Spark's quiet logs (`spark/session.py`)
    },
    # The pipeline's folders are data, not packages: only package_data says what ships.
    include_package_data=False,
)
