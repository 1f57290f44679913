"""`make bench`: a generated benchmark of calls and chats, real corpora, and speed.

`python -m benchmarks.generate` writes the generated set; `python -m benchmarks.run` scores the
engine with `redactor.evaluate`. See docs/benchmarks.md.
"""
