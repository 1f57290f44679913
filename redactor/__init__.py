"""redact: find and replace personal data in Russian call transcripts and chat logs.

>>> import redactor
>>> redactor.redact("Звоните Ивану на +7 912 345-67-89").text
'Звоните [ИМЯ_1] на [ТЕЛЕФОН_1]'
"""

from redactor.engine import Engine, analyze, redact
from redactor.entities import ALL as ENTITIES
from redactor.finding import Finding, Redaction

__all__ = ["ENTITIES", "Engine", "Finding", "Redaction", "analyze", "redact"]
__version__ = "0.1.0"
