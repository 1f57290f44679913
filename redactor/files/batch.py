"""A folder redacted into another: `redact chats/ -o chats-safe/`.

The tree is mirrored: every file the formats understand is redacted into the same relative path
under the output folder, atomically (an interrupted run leaves whole files or none); a file no
format understands is skipped with a note; a file that fails (undecodable, malformed) is
reported with its reason and the batch goes on. Inputs are never written.

Workers analyse and write files in parallel (`jobs`, one core each), forked after the models
load so that they share them. With `consistent=True` (one numbering for the whole batch: the
same phone is [ТЕЛЕФОН_3] in every file), or with a vault (which records every file's edits),
they only analyse, and this process replaces and writes.

Replacements follow `options.policy` (`policy.py`). Hashes and surrogates come from its key, so
they agree across the files of a batch even without `consistent`, and across batches with the
same key.

`resume=True` skips files whose output was written by an earlier run from the same input bytes
with the same options: the manifest `.redact-manifest.json` in the output folder records, per
output, the input's SHA-256 and the options. It never holds a value.
"""

from __future__ import annotations

import fnmatch
import hashlib
import json
import multiprocessing
import os
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path

from redactor.files import formats, stream, textio
from redactor.files.outcome import FileOutcome, places, redacted
from redactor.files.vault import Vault, VaultError, record
from redactor.replace.policy import Policy
from redactor.replace.replacer import Replacer

MANIFEST = ".redact-manifest.json"
VCS_FOLDERS = frozenset({".git", ".hg", ".svn"})  # never walked into
MANIFEST_EVERY = 50  # files between manifest saves: an interruption redoes at most these
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


def walk(source: Path, options: BatchOptions) -> Iterator[str]:
    """Relative paths («a/b.txt») of the files to consider, in a stable order. A version
    control system's own folder is not the project's content: `.git/logs` holds every
    committer's name and e-mail, and `redact check .` would fail on them forever."""
    for folder, dirs, files in os.walk(source):
        dirs[:] = sorted(d for d in dirs if d not in VCS_FOLDERS)
        for name in sorted(files):
            rel = Path(folder, name).relative_to(source).as_posix()
            if options.include and not any(fnmatch.fnmatch(rel, g) for g in options.include):
                continue
            if any(fnmatch.fnmatch(rel, g) for g in options.exclude):
                continue
            yield rel


def run(
    source: Path,
    target: Path,
    options: BatchOptions = BatchOptions(),
    on_file: Callable[[FileOutcome], None] | None = None,
    vault=None,
) -> list[FileOutcome]:
    """Redact the folder `source` into `target`; a `vault` (`vault.Vault`) records how to
    restore every file written, and is saved at the end, also when interrupted."""
    check_folders(source, target)
    target.mkdir(parents=True, exist_ok=True)
    manifest = _load_manifest(target) if options.resume else {}
    done: dict[str, dict] = dict(manifest)
    central = options.consistent or vault is not None  # this process replaces and writes
    replacer = Replacer(options.policy) if options.consistent else None
    outcomes: list[FileOutcome] = []
    todo = []
    for rel in walk(source, options):
        entry = manifest.get(rel)
        if entry and (target / rel).exists() and entry == _stamp(source / rel, options):
            outcome = FileOutcome(rel, "up to date")
            outcomes.append(outcome)
            if on_file:
                on_file(outcome)
        else:
            todo.append(rel)
    large = {rel for rel in todo if (source / rel).stat().st_size > STREAM_BYTES}
    small = [rel for rel in todo if rel not in large]
    try:
        for rel in sorted(large):  # in this process, chunk by chunk: memory stays bounded
            outcome = stream.redact(source / rel, target / rel, rel, options, replacer, vault)
            if outcome is None:  # a format or encoding that cannot be read in pieces
                analysed = analyse_file(str(source / rel), rel, options)
                outcome = _write(
                    source, target, rel, analysed, replacer or Replacer(options.policy), vault
                )
            _finished(source, rel, outcome, options, done, target, outcomes, on_file)
        for rel, analysed in _analysed(source, target, small, options, central):
            outcome = _write(
                source, target, rel, analysed, replacer or Replacer(options.policy), vault
            )
            _finished(source, rel, outcome, options, done, target, outcomes, on_file)
    finally:
        # Also when interrupted: a resumed run then redoes none of the files written so far,
        # and the vault can restore every one of them.
        _save_manifest(target, done)
        if vault is not None:
            vault.save()
    return outcomes


def _finished(source, rel, outcome, options, done, target, outcomes, on_file) -> None:
    if outcome.status == "redacted":
        done[rel] = _stamp(source / rel, options)
        if len(done) % MANIFEST_EVERY == 0:
            _save_manifest(target, done)
    outcomes.append(outcome)
    if on_file:
        on_file(outcome)


def _analysed(source: Path, target: Path, todo: list[str], options: BatchOptions, central: bool):
    """(rel, analysis or outcome) per file, in order; in worker processes when jobs > 1. A
    worker also writes its files unless this process must (`central`: one numbering spans the
    batch, or a vault records every file)."""
    jobs = [(str(source / rel), rel, options, str(target), central) for rel in todo]
    alone = options.jobs <= 1  # this process analyses, numbers and writes
    yield from map_files(_analyse_first if alone else _analyse_job, jobs, options.jobs)


def map_files(fn: Callable, jobs: list[tuple], workers: int) -> Iterator[tuple[str, object]]:
    """(job[1], fn(job)) for each job (a tuple whose second item names its file), in order; in
    worker processes when `workers` > 1. `fn` must be a module-level function (it is pickled).

    `workers` is the number of cores used: each worker, and this process when it works alone,
    computes on one core. numpy's BLAS pools (in the NER) would otherwise spread every process
    over all cores: one job would quietly take two, and two would put four threads on two."""
    from threadpoolctl import threadpool_limits

    with threadpool_limits(1):
        if workers <= 1 or len(jobs) < 2:
            yield from ((job[1], fn(job)) for job in jobs)
            return
        # The models load here, once, and forked workers share them (copy on write) instead of
        # loading their own.
        from redactor.engine import default_engine

        default_engine()
        methods = multiprocessing.get_all_start_methods()
        context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
        with ProcessPoolExecutor(workers, mp_context=context) as pool:
            chunk = max(1, min(16, len(jobs) // (workers * 4)))
            names = (job[1] for job in jobs)
            yield from zip(names, pool.map(fn, jobs, chunksize=chunk), strict=True)


def _analyse_first(job: tuple[str, str, BatchOptions, str, bool]):
    return analyse_file(*job[:3])


def _analyse_job(job: tuple[str, str, BatchOptions, str, bool]):
    path, rel, options, target, central = job
    analysed = analyse_file(path, rel, options)
    if central:
        return analysed
    return _write(Path(path[: -len(rel)]), Path(target), rel, analysed, Replacer(options.policy))


def analyse_file(path: str, rel: str, options: BatchOptions):
    """Read, decode, pick the format and find what is personal (in a worker, or in the process
    that works alone). Any expected failure becomes an outcome with a one-line reason."""
    from redactor.files.formats.registry import claims

    known = bool(options.format) or claims(rel)
    try:
        decoded = textio.read_text(path, options.encoding)
    except textio.InputError as e:
        # An image or an archive beside the chats is no failure: only text is read.
        return FileOutcome(rel, "failed" if known else "skipped", e.reason)
    fmt = formats.detect(rel, decoded.text, options)
    if fmt is None:
        return FileOutcome(rel, "skipped", "no format reads this file")
    entities = list(options.entities) if options.entities else None
    try:
        analysis = formats.analyze_file_text(decoded.text, fmt, entities=entities)
    except formats.FormatError as e:
        return FileOutcome(rel, "failed", f"not valid {fmt.NAME}: {e}", fmt.NAME)
    except formats.SelectionError as e:  # a typo in --field must not pass in silence
        return FileOutcome(rel, "failed", str(e), fmt.NAME)
    return decoded, fmt, analysis


def _write(
    source: Path, target: Path, rel: str, analysed, replacer: Replacer, vault: Vault | None = None
) -> FileOutcome:
    if isinstance(analysed, FileOutcome):
        return analysed
    decoded, fmt, analysis = analysed
    result = formats.apply(decoded.text, fmt, analysis, replacer)
    out = target / rel
    try:
        if vault is not None:
            vault.add(record(rel, decoded, result))
        out.parent.mkdir(parents=True, exist_ok=True)
        textio.write_text_atomic(out, result.text, decoded.encoding, decoded.bom, [source / rel])
    except (OSError, textio.InputError, VaultError) as e:
        reason = str(e) if isinstance(e, VaultError) else type(e).__name__
        return FileOutcome(rel, "failed", getattr(e, "reason", None) or reason, fmt.NAME)
    return redacted(rel, fmt.NAME, places(decoded.text, result.findings))


def _stamp(path: Path, options: BatchOptions) -> dict:
    return {"sha256": textio.sha256_file(path), "options": options.digest()}


def _load_manifest(target: Path) -> dict:
    try:
        data = json.loads((target / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data.get("files", {}) if isinstance(data, dict) else {}


def _save_manifest(target: Path, files: dict) -> None:
    text = json.dumps({"version": 1, "files": files}, ensure_ascii=False, indent=1)
    textio.write_text_atomic(target / MANIFEST, text + "\n", "utf-8", False)
