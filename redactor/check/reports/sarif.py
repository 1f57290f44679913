"""SARIF 2.1.0 (OASIS), as GitHub code scanning reads it: one run of the tool "redact", one rule
per entity type found, one result per finding at level "error" with a masked preview in its
message and the finding's fingerprint in `partialFingerprints`. Columns count code points
(`columnKind`), as the reports' columns do. The value appears only with --show-values, in the
result's `properties.value`.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from urllib.parse import quote

from redactor import entities as e
from redactor.check.reports.check import CheckFinding
from redactor.version import __version__

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
# Bump the suffix when the fingerprint recipe changes: v2 is keyed (check/fingerprint.py).
FINGERPRINT_KEY = "redactFingerprint/v2"

# Short descriptions of the rules, by entity type; an unknown type is described by its name.
DESCRIPTIONS = {
    e.PERSON: "Person's name",
    e.PHONE_NUMBER: "Phone number",
    e.CREDIT_CARD: "Bank card number (Luhn-valid)",
    e.ADDRESS: "Postal address",
    e.EMAIL_ADDRESS: "E-mail address",
    e.RU_PASSPORT: "Russian passport or birth certificate number",
    e.RU_SNILS: "SNILS (Russian personal insurance number)",
    e.RU_INN: "INN (Russian taxpayer number)",
    e.RU_OGRNIP: "OGRNIP (a sole proprietor's registration number)",
    e.RU_OMS: "OMS medical insurance policy number",
    e.RU_DRIVER_LICENSE: "Russian driver's licence number",
    e.RU_VEHICLE_PLATE: "Russian vehicle registration plate",
    e.RU_BANK_ACCOUNT: "Russian bank account number",
    e.IBAN_CODE: "IBAN",
    e.CARD_EXPIRY: "Bank card expiry date",
    e.SECRET: "Secret: one-time code, PIN, CVV/CVC or code word",
    e.DATE_OF_BIRTH: "Date of birth",
    e.IP_ADDRESS: "IP address",
    e.URL: "Link carrying a personal token",
    e.HANDLE: "Messenger or social network account",
}


def sarif(findings: Sequence[CheckFinding], files_scanned: int) -> str:
    entity_types = sorted({f.entity_type for f in findings})
    run = {
        "tool": {
            "driver": {
                "name": "redact",
                "version": __version__,
                "rules": [_rule(t) for t in entity_types],
            }
        },
        "columnKind": "unicodeCodePoints",
        "results": [_result(f, entity_types.index(f.entity_type)) for f in findings],
        "properties": {"filesScanned": files_scanned},
    }
    log = {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"


def _rule(entity_type: str) -> dict:
    description = DESCRIPTIONS.get(entity_type, entity_type)
    return {
        "id": entity_type,
        "name": "".join(w.capitalize() for w in entity_type.split("_")),
        "shortDescription": {"text": f"Personal data: {description}"},
        "fullDescription": {
            "text": f"{description} found in the file; mask or remove it before committing."
        },
        "defaultConfiguration": {"level": "error"},
        "properties": {"tags": ["privacy", "pii"]},
    }


def _result(f: CheckFinding, rule_index: int) -> dict:
    result = {
        "ruleId": f.entity_type,
        "ruleIndex": rule_index,
        "level": "error",
        "message": {"text": f"{f.entity_type} found by {f.recognizer}: {f.preview}"},
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": {"uri": _uri(f.path)},
                    "region": {
                        "startLine": f.line,
                        "startColumn": f.column,
                        "endLine": f.end_line,
                        "endColumn": f.end_column,
                    },
                }
            }
        ],
        "partialFingerprints": {FINGERPRINT_KEY: f.fingerprint},
        "properties": {"recognizer": f.recognizer, "score": round(f.score, 2)},
    }
    if f.value is not None:
        result["properties"]["value"] = f.value
    return result


def _uri(path: str) -> str:
    """A relative URI reference: forward slashes, no leading «./», reserved characters escaped."""
    path = path.replace("\\", "/")
    while path.startswith("./"):
        path = path[2:]
    return quote(path, safe="/")
