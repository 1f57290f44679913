"""redact: find and replace personal data in Russian call transcripts and chat logs.

    >>> import redactor
    >>> redactor.redact("Звоните Ивану на ivan@mail.ru").text
    'Звоните [ИМЯ_1] на [ПОЧТА_1]'
    >>> [len(found) for found in redactor.analyze_many(["Привет, Иван", "ok", "8 912 345-67-89"])]
    [1, 0, 1]

`analyze`, `redact` and `Engine` import Presidio and spaCy (about 1.3 s) on first use only, so
that `redact --help` and input errors answer at once.
"""

from redactor.entities import ALL as ENTITIES
from redactor.finding import Finding, Redaction
from redactor.version import __version__

__all__ = [
    "ENTITIES",
    "Engine",
    "Finding",
    "Redaction",
    "__version__",
    "analyze",
    "analyze_many",
    "redact",
]


def __getattr__(name: str):
    if name in ("Engine", "analyze", "analyze_many", "redact"):
        from redactor import engine

        return getattr(engine, name)
    raise AttributeError(f"module 'redactor' has no attribute {name!r}")
