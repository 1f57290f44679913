"""Stage 4, the CI mode (`redact check`): files → findings that fail or pass a gate.

In: paths, `Settings` (`redactor.config`), an allowlist and a baseline. Out: `CheckFinding`s
(place, entity, recognizer, masked preview, keyed fingerprint; never a value) and a report in
one of the formats of `reports/` (text, json, SARIF, GitHub annotations). Nothing is written.

Here: the scan (`scan.py`, through the files stage's walker, formats and workers), salted-hash
allowlists, the inline marker and baselines of fingerprints (`allow.py`), the key behind the
fingerprints (`fingerprint.py`), and one module per report format (`reports/`).

May import: every stage before it (`detect`, `replace`, `files`), `redactor.engine`,
`redactor.config` and the core types. Never the commands (`cli.py`, `evaluate.py`).
"""
