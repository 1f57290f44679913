"""Stage 1, detection: text → findings.

In: a `str` (a whole document, a chat message, a transcript). Out: `Finding`s (`redactor.finding`),
flat and in text order, that point at personal data without holding it.

Here: the Presidio analyzer (`analyzer.py`) on one spaCy pipeline (`nlp.py`: tokenizer, pymorphy3
lemmas, slovnet's NER and our lowercase NER in `lowercase_ner.py`), the recognizers (one file per
entity in `recognizers/`), numbers said in words (`normalize/`, `spoken.py`), morphology
(`morph.py`), truecasing for the NER (`truecase.py`), checksums and dates, Presidio's context step
made linear (`context.py`), and the flattening of overlapping proposals (`overlaps.py`).

May import: the standard library, third-party packages, `redactor.entities`, `redactor.finding`
and this stage. Never the stages after it (`replace`, `files`, `check`) or the commands.
"""
