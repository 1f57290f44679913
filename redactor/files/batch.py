"""A folder redacted into another: `redact chats/ -o chats-safe/`.

The tree is mirrored: every file the formats understand is redacted into the same relative path
under the output folder, atomically (an interrupted run leaves whole files or none); a file no
format understands is skipped with a note; what the walk leaves out (links that leave the
folder, FIFOs: `tree.py`) is skipped with its reason; a file or folder that cannot be read or
fails (undecodable, malformed) is reported with its reason and the batch goes on. Inputs are
never written. Output names have their personal data replaced (`names.py`), and every path
shown (outcomes, report, summary, journal) is the output's.

Workers (`jobs`, one core each, `pool.py`) analyse; this process replaces, writes and journals.
Large files are cut into pieces (`stream.py`) that the workers share with the small files, in
step by bytes, so no worker idles behind one big file and the progress moves. With
`consistent=True` one numbering spans the batch (the same phone is [ТЕЛЕФОН_3] in every file).

Replacements follow `options.policy` (`policy.py`). Hashes and surrogates come from its key, so
they agree across the files of a batch even without `consistent`, and across batches with the
same key.

`resume=True` skips files whose output an earlier run wrote from the same input with the same
options: the journal (`journal.py`) lists each output as it is written.
"""

from __future__ import annotations

import hashlib
import json
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

from redactor.files import analysis, formats, interrupt, journal, pool, stream, textio, tree
from redactor.files.names import output_names
from redactor.files.outcome import FileOutcome, places, redacted
from redactor.files.vault import VaultError, record
from redactor.replace.policy import Policy
from redactor.replace.replacer import Replacer

MANIFEST = journal.JOURNAL
STREAM_BYTES = 32 << 20  # larger files are read in pieces (`stream.py`), not whole


class BatchError(ValueError):
    """A batch that cannot start: the folders overlap, the output is a file."""


@dataclass(frozen=True)
class BatchOptions:
    include: tuple[str, ...] = ()  # globs on the path relative to the folder; none: every file
    exclude: tuple[str, ...] = ()
    format: str | None = None  # forced format name; None: by extension and content
    encoding: str | None = None  # forced input encoding; None: detect
    entities: tuple[str, ...] | None = None
    fields: tuple[str, ...] = ()  # JSON paths of the text fields (`messages[].text`)
    columns: tuple[str, ...] = ()  # CSV columns with text
    consistent: bool = False  # one placeholder numbering across all files
    resume: bool = False
    jobs: int = 1
    policy: Policy = field(default_factory=Policy)  # operators and key

    def digest(self) -> str:
        """What decides an output besides its input: a resumed run with other options redoes."""
        skipped = ("jobs", "resume", "policy")
        decisive = {k: v for k, v in asdict(self).items() if k not in skipped}
        decisive["policy"] = self.policy.digest()  # never the key itself
        return hashlib.sha256(json.dumps(decisive, sort_keys=True).encode()).hexdigest()[:16]


def check_folders(source: Path, target: Path) -> None:
    if not source.is_dir():
        raise BatchError(f"{source}: not a folder")
    if target.exists() and not target.is_dir():
        raise BatchError(f"{target}: exists and is not a folder")
    a, b = source.resolve(), target.resolve()
    if a == b or a in b.parents or b in a.parents:
        raise BatchError("the output folder must lie outside the input folder (and not hold it)")


def walk(source: Path, options: BatchOptions) -> Iterator[str | tree.Skipped]:
    """The files to consider (relative paths, «a/b.txt») and what the walk left out."""
    return tree.walk(source, options.include, options.exclude)


def run(
    source: Path,
    target: Path,
    options: BatchOptions = BatchOptions(),
    on_file: Callable[[FileOutcome], None] | None = None,
    vault=None,
    on_bytes: Callable[[int], None] | None = None,
) -> list[FileOutcome]:
    """Redact the folder `source` into `target`; a `vault` (`vault.Vault`) records how to
    restore every file written, and is saved at the end, also when interrupted. `on_file`
    hears of each file done, `on_bytes` of the input bytes analysed (pieces of large files
    included)."""
    check_folders(source, target)
    target.mkdir(parents=True, exist_ok=True)
    items = list(walk(source, options))
    rels = [item.path if isinstance(item, tree.Skipped) else item for item in items]
    entities = list(options.entities) if options.entities else None
    names = output_names(rels, options.policy, entities) if rels else {}
    outcomes: list[FileOutcome] = []

    def done(outcome: FileOutcome) -> None:
        outcomes.append(outcome)
        if on_file:
            on_file(outcome)

    done_journal = journal.Journal(target, options.resume)
    try:
        todo = []
        for item in items:
            if isinstance(item, tree.Skipped):
                status = "failed" if item.error else "skipped"
                done(FileOutcome(names[item.path], status, item.reason))
                continue
            try:
                stamp = journal.stamp(source / item, options.digest())
            except OSError as e:  # gone since the walk
                done(FileOutcome(names[item], "failed", f"cannot read ({e.strerror})"))
                continue
            if done_journal.finished(names[item], stamp) and (target / names[item]).exists():
                done(FileOutcome(names[item], "up to date"))
                if on_bytes:
                    on_bytes(stamp["size"])
            else:
                todo.append((item, stamp))
        work = _Work(source, target, names, options, vault, done_journal, done, on_bytes)
        work.run(todo)
    finally:
        # Also when interrupted: the journal lists every output written so far, and the vault
        # can restore every one of them.
        done_journal.close()
        if vault is not None:
            vault.save()
    return outcomes


class _Work:
    """The files to redact, as jobs for the workers and outputs written by this process."""

    def __init__(self, source, target, names, options, vault, journal_, done, on_bytes):
        self.source, self.target, self.names, self.options = source, target, names, options
        self.vault, self.journal, self.done, self.on_bytes = vault, journal_, done, on_bytes
        self.replacer = Replacer(options.policy) if options.consistent else None
        self.stamps: dict[str, dict] = {}
        self.writers: dict[str, stream.Writer] = {}  # streamed files under way
        self.retry: deque[str] = deque()  # streamed files to read whole after all

    def run(self, todo: list[tuple[str, dict]]) -> None:
        self.stamps = dict(todo)
        large = [rel for rel, s in todo if s["size"] > STREAM_BYTES]
        small = [rel for rel, s in todo if s["size"] <= STREAM_BYTES]
        try:
            with pool.Pool(self.options.jobs) as workers:
                jobs = self._jobs(small, large)
                while True:
                    for job, result in workers.imap(analysis.analyse, jobs):
                        self._take(job, result)
                    if not self.retry:
                        break
                    jobs = self._retries()  # asked for after the last job was sent
        finally:
            for writer in self.writers.values():  # interrupted: no temporary file stays
                writer.abort()

    def _jobs(self, small: list[str], large: list[str]) -> Iterator[tuple]:
        """Small files and the pieces of large ones, in step by bytes: both lanes move."""
        lanes = [self._whole_jobs(small), self._piece_jobs(large)]
        sent = [0, 0]
        while lanes[0] or lanes[1]:
            lane = 0 if lanes[1] is None else 1 if lanes[0] is None else sent.index(min(sent))
            try:
                job = next(lanes[lane])
            except StopIteration:
                lanes[lane] = None
                continue
            sent[lane] += job[-1]
            yield job

    def _whole_jobs(self, rels: list[str]) -> Iterator[tuple]:
        for rel in rels:
            yield from self._retries()
            yield ("file", str(self.source / rel), rel, self.options, self.stamps[rel]["size"])
        yield from self._retries()

    def _retries(self) -> Iterator[tuple]:
        while self.retry:
            rel = self.retry.popleft()
            yield ("file", str(self.source / rel), rel, self.options, 0)

    def _piece_jobs(self, rels: list[str]) -> Iterator[tuple]:
        for rel in rels:
            source = stream.open_source(self.source / rel, rel, self.options)
            if source is None:  # a format or encoding that cannot be read in pieces
                yield ("file", str(self.source / rel), rel, self.options, self.stamps[rel]["size"])
                continue
            replacer = self.replacer or Replacer(self.options.policy)
            out = self.target / self.names[rel]
            try:
                self.writers[rel] = stream.Writer(
                    source, out, self.names[rel], replacer, self.vault
                )
            except OSError:  # the whole-file path says why the output cannot be written
                yield ("file", str(self.source / rel), rel, self.options, self.stamps[rel]["size"])
                continue
            ahead, bom = None, 3 if source.bom else 0  # the BOM's bytes go with the first
            try:
                for piece, size in stream.pieces(source):
                    if rel not in self.writers:
                        break  # a piece failed: the rest is not read
                    if ahead is not None:
                        yield ahead
                    ahead = ("piece", piece, rel, source.fmt, self.options, False, size + bom)
                    bom = 0
            except UnicodeDecodeError:
                # Stray bytes further in: the whole file decides whether it is UTF-8 but for
                # them (`textio`), so it is read whole.
                self._drop(rel)
                ahead = None
                yield ("file", str(self.source / rel), rel, self.options, 0)
            if ahead is not None:
                yield (*ahead[:5], True, ahead[6])
        yield from self._retries()

    def _take(self, job: tuple, result) -> None:
        if self.on_bytes and job[-1]:
            self.on_bytes(job[-1])
        rel = job[2]
        if job[0] == "file":
            self._finish(rel, lambda: self._write(rel, result))
            return
        writer = self.writers.get(rel)
        if writer is None:
            return  # its file failed or is read whole
        if result == analysis.WHOLE:  # a --field missing from a piece may be in another
            self._drop(rel)
            self.retry.append(rel)
        elif isinstance(result, str):
            self._drop(rel)
            self.done(writer.failed(result))
        else:
            try:
                writer.add(job[1], result)
            except OSError as e:  # the disk is full, the folder gone
                self._drop(rel)
                self.done(FileOutcome(self.names[rel], "failed", _cannot_write(e), writer.fmt))
                return
            if job[5]:  # the last piece
                del self.writers[rel]
                self._finish(rel, lambda: _finished(writer, self.names[rel]))

    def _drop(self, rel: str) -> None:
        writer = self.writers.pop(rel, None)
        if writer is not None:
            writer.abort()

    def _finish(self, rel: str, write: Callable[[], FileOutcome]) -> None:
        with interrupt.critical():  # an output in place is an output journalled
            outcome = write()
            if outcome.status == "redacted":
                self.journal.add(self.names[rel], self.stamps[rel])
        self.done(outcome)

    def _write(self, rel: str, analysed) -> FileOutcome:
        name = self.names[rel]
        if isinstance(analysed, FileOutcome):
            return FileOutcome(name, analysed.status, analysed.reason, analysed.format)
        decoded, fmt, analysis = analysed
        result = formats.apply(
            decoded.text, fmt, analysis, self.replacer or Replacer(self.options.policy)
        )
        out = self.target / name
        try:
            if self.vault is not None:
                self.vault.add(record(name, decoded, result))
            out.parent.mkdir(parents=True, exist_ok=True)
            textio.write_text_atomic(
                out, result.text, decoded.encoding, decoded.bom, [self.source / rel]
            )
        except (OSError, textio.InputError, VaultError) as e:
            reason = str(e) if isinstance(e, VaultError) else type(e).__name__
            return FileOutcome(name, "failed", getattr(e, "reason", None) or reason, fmt.NAME)
        return redacted(name, fmt.NAME, places(decoded.text, result.findings))


def _finished(writer: stream.Writer, name: str) -> FileOutcome:
    try:
        return writer.finish()
    except OSError as e:
        writer.abort()
        return FileOutcome(name, "failed", _cannot_write(e), writer.fmt)


def _cannot_write(e: OSError) -> str:
    return f"cannot write ({e.strerror or type(e).__name__})"
