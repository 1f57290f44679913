"""Stage 2, replacement: findings → new text.

In: a text and its `Finding`s. Out: what each finding becomes and the redacted text
(`redactor.finding.Redaction`, with the `Edit`s that undo it).

Here: the operators chosen per entity and the key (`policy.py`), the one `Replacer` that decides
every replacement and keeps them consistent across texts (`replacer.py`), numbered placeholders
(`placeholders.py`) and which mentions name the same person or address (`people.py`,
`addresses.py`, `identity.py`), masks (`preview.py`), realistic surrogates (`surrogates/`),
the text written in one pass (`anonymizer.py`, by the linear splice with its undo edits,
`splice.py`).

May import: `redactor.entities`, `redactor.finding`, the detection stage (`redactor.detect`: its
morphology, normalizer and recognizer helpers) and this stage. Never `files`, `check` or the
commands.
"""
