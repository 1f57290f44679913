"""Stage 3, files: files ↔ texts.

In: paths (a file, a folder, standard input) and the user's options. Out: redacted files written
atomically in their own encoding and structure, or what a scan found in them (for `check`).

Here: safe reading and atomic writing (`textio.py`: encodings, binary detection), the input
formats (`formats/`, one module per format: a file becomes text fields and is written back
through them), a folder redacted into another (`batch.py`, `outcome.py`, `analysis.py`):
walked without following what leaves it (`tree.py`), its file names redacted (`names.py`), by
workers stopped at once on a signal (`pool.py`, `interrupt.py`), with a resume journal
(`journal.py`) and large line files in pieces (`stream.py`); the progress bar, summary and JSON
report of a folder run (`batch_report.py`), and the encrypted vault of edits with the restore
that uses it (`vault.py`, `restore.py`).

May import: `redactor.entities`, `redactor.finding`, `redactor.engine` (the pipeline),
`redactor.detect`, `redactor.replace` and this stage. Never `check` or the commands.
"""
