"""`redact check PATH…`: find personal data in files and folders, write nothing, and say where.

The files are walked and read as in a batch (`tree.walk`, `formats`), in worker processes when
there are several: links that leave the folder or loop and FIFOs are skipped and said so,
unreadable files and folders are errors. Each finding becomes a `CheckFinding` (a place, an
entity, a masked preview, a fingerprint under the run's key: `fingerprint.py`). What the user
accepted is dropped: findings under the score threshold or of other entities (configuration), values on the allowlist (salted hashes, patterns), lines carrying the
inline marker `redact: allow`, and findings whose fingerprint is in the baseline. A finding fails
the check unless `fail_on` names its entity with a higher minimum score.
"""

from __future__ import annotations

import dataclasses
import os
from contextlib import suppress
from dataclasses import dataclass, replace
from pathlib import Path

from redactor.check.allow import Allowlist, Baseline, line_of
from redactor.check.fingerprint import FingerprintKey
from redactor.check.reports import CheckFinding, check_findings
from redactor.config import ConfigError, Settings
from redactor.files import analysis, batch, formats, pool, tree


@dataclass(frozen=True)
class CheckResult:
    findings: tuple[CheckFinding, ...]  # values only when asked (show_values)
    files_scanned: int
    errors: tuple[tuple[str, str], ...]  # (path, one-line reason): unreadable or malformed files
    baselined: int  # findings the baseline already knew
    skipped: tuple[tuple[str, str], ...] = ()  # (path, reason): links that leave, FIFOs…

    def failing(self, fail_on) -> list[CheckFinding]:
        """The findings that fail the check: every one, or, when `fail_on` (entity → minimum
        score) names entities, only theirs at that score."""
        if not fail_on:
            return list(self.findings)
        return [f for f in self.findings if f.score >= fail_on.get(f.entity_type, 2.0)]


def check(
    paths: list[Path],
    settings: Settings | None = None,
    baseline: Baseline | None = None,
    show_values: bool = False,
    jobs: int = 1,
    key: FingerprintKey | None = None,
) -> CheckResult:
    """Scan `paths`; fingerprints under `key` (the baseline's), or a random key for this run."""
    settings = settings or Settings()
    key = key or FingerprintKey()
    if baseline is not None and baseline.key_id != key.key_id:
        raise ConfigError("the baseline was written with another key")
    files, errors, skipped = [], [], []
    for item in _files(paths, settings):
        if isinstance(item, tree.Skipped):
            (errors if item.error else skipped).append((item.path, item.reason))
        else:
            files.append(item)
    options = batch.BatchOptions(entities=settings.entities, jobs=jobs)
    allowlist = Allowlist(settings)
    found, scanned, known = [], 0, 0
    for shown, outcome in pool.map_files(
        _check_file, [(str(p), shown, options, key) for p, shown in files], jobs
    ):
        if isinstance(outcome, str):
            if outcome != SKIPPED:
                errors.append((shown, outcome))
            continue
        scanned += 1
        for finding, line in outcome:
            if finding.score < settings.score_threshold:
                continue
            if allowlist.allows(finding.entity_type, finding.value or "", line):
                continue
            if baseline is not None and baseline.contains(finding.fingerprint):
                known += 1
                continue
            found.append(finding if show_values else replace(finding, value=None))
    return CheckResult(tuple(found), scanned, tuple(errors), known, tuple(skipped))


SKIPPED = "skipped"


def _files(paths: list[Path], settings: Settings):
    """(path, the path as reports show it) for every file under `paths`, and a `tree.Skipped`
    (its path as shown) for what cannot or must not be read: the walk never stops on them."""
    for path in paths:
        if path.is_dir():
            for item in tree.walk(path, settings.include, settings.exclude):
                if isinstance(item, tree.Skipped):
                    yield dataclasses.replace(item, path=(path / item.path).as_posix())
                else:
                    yield path / item, (path / item).as_posix()
        elif (kind := tree.kind(path)) is not None:
            yield tree.Skipped(path.as_posix(), f"not a regular file ({kind})")
        else:
            yield path, path.as_posix()


def _check_file(job: tuple[str, str, batch.BatchOptions, FingerprintKey]):
    """In a worker: the file's findings with their lines (for the inline marker), or a reason."""
    path, shown, options, key = job
    with suppress(OSError):  # gone or unreadable: the reader says which
        if os.path.getsize(path) == 0:
            return SKIPPED  # an empty file in a repository holds nothing to report
    analysed = analysis.analyse_file(path, shown, options)  # read, detect, analyse as a batch does
    if isinstance(analysed, batch.FileOutcome):
        return analysed.reason if analysed.status == "failed" else SKIPPED
    decoded, _, found = analysed
    placed = formats.place(decoded.text, found)
    checked = check_findings(shown, decoded.text, list(placed), show_values=True, key=key)
    lines = [line_of(decoded.text, f.start, f.end) for f in sorted(placed)]
    return list(zip(checked, lines, strict=True))
