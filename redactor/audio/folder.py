"""A folder of recordings with their transcripts: `redact calls/ --audio calls/ -o safe/`.

A recording is paired with the transcript of the same name in the same place
(`2026/call_017.wav` + `2026/call_017.json`); the transcripts and the recordings may be in one
folder or two. Each pair is redacted into the same place under the output folder; a pair that
fails (an audio file that does not decode, a transcript longer than its recording) is counted
with its reason, never its content, and the run goes on. A transcript without a recording and a
recording without a transcript are listed: nothing is written for them.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from redactor.audio.recording import AudioOptions, redact_recording
from redactor.files import batch
from redactor.files.textio import InputError

RECORDINGS = (".wav", ".mp3", ".ogg", ".opus", ".oga", ".flac", ".m4a", ".aac")
# A transcript's extensions, the preferred first when one call has two (call.json, call.srt).
TRANSCRIPTS = (".json", ".jsonl", ".ndjson", ".srt", ".vtt")


@dataclass(frozen=True)
class FolderRun:
    done: tuple[str, ...]  # the transcripts (relative) whose pair was written
    failed: tuple[tuple[str, str], ...]  # (transcript, reason)
    alone: tuple[str, ...]  # transcripts without a recording, recordings without a transcript


def pairs(transcripts: Path, recordings: Path) -> tuple[list[tuple[str, str]], list[str]]:
    """(transcript, recording) by relative path without the extension; and the files alone."""
    said = _by_stem(transcripts, TRANSCRIPTS)
    heard = _by_stem(recordings, RECORDINGS)
    matched = [(said[k], heard[k]) for k in sorted(said) if k in heard]
    alone = sorted(
        [said[k] for k in said if k not in heard] + [heard[k] for k in heard if k not in said]
    )
    return matched, alone


def _by_stem(folder: Path, suffixes: tuple[str, ...]) -> dict[str, str]:
    found: dict[str, str] = {}
    for rel in batch.walk(folder, batch.BatchOptions()):
        path = PurePosixPath(rel)
        suffix = path.suffix.lower()
        if suffix not in suffixes:
            continue
        key = str(path.with_suffix(""))
        if key not in found or suffixes.index(suffix) < suffixes.index(
            PurePosixPath(found[key]).suffix.lower()
        ):
            found[key] = rel
    return found


def run(
    transcripts: Path,
    recordings: Path,
    target: Path,
    options: AudioOptions,
    policy=None,
    vault=None,
    on_pair=None,
) -> FolderRun:
    """Redacts every pair; `vault` (a files.vault.Vault) records both files of each, and is
    saved at the end; `on_pair(transcript, reason or None)` after each."""
    batch.check_folders(transcripts, target)
    batch.check_folders(recordings, target)
    matched, alone = pairs(transcripts, recordings)
    done, failed = [], []
    try:
        for said, heard in matched:
            folder = target / PurePosixPath(said).parent
            try:
                result = redact_recording(
                    transcripts / said, recordings / heard, folder, options, policy
                )
                if vault is not None:
                    _keep(vault, said, heard, recordings, result)
                done.append(said)
                reason = None
            except InputError as e:
                # which of the two: the transcript or the recording (by name, never content)
                reason = f"{Path(e.path).name}: {e.reason}" if e.path else e.reason
                failed.append((said, reason))
            if on_pair is not None:
                on_pair(said, reason)
    finally:
        if vault is not None and done:
            vault.save()
    return FolderRun(tuple(done), tuple(failed), tuple(alone))


def _keep(vault, said: str, heard: str, recordings: Path, result) -> None:
    from redactor.audio import keep
    from redactor.files.vault import record

    vault.add(record(said, result.source, result.redaction))
    vault.add(keep.entry(heard, recordings / heard, result.outputs[1]))
