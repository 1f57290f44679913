"""A recording and its word-timed transcript, redacted together:

    from redactor.audio import AudioOptions, redact_recording
    result = redact_recording("call.json", "call.wav", "out/", AudioOptions(pad=0.1))

The transcript file is redacted exactly as `redact call.json` redacts it; the words it times are
read by their own format (`words/`), joined into the text they say and analysed by the same
engine, and every word of every finding is bleeped in the audio (`intervals.py`, `codec.py`).
Three files are written into the output folder, each atomically: the transcript and the audio
under their own names, and `<audio>.bleeps.json` (`report.py`). Nothing is written when an
input is unusable: the transcript and the audio are checked against each other first.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from redactor.audio import codec, timing, transcript
from redactor.audio.bleep import TONE
from redactor.audio.intervals import PAD, Bleep, bleeps
from redactor.audio.report import report
from redactor.audio.words import Transcript, TranscriptError, read
from redactor.files import textio
from redactor.files.textio import InputError
from redactor.finding import Finding

SEGMENTS_ONLY = (
    "has segment times only: word timings are needed to bleep the words of a finding "
    "(or --bleep-segments to bleep its whole segment)"
)


@dataclass(frozen=True)
class AudioOptions:
    bleep: str = TONE  # or "silence"
    pad: float = PAD  # seconds around each bleeped word
    segments: bool = False  # a transcript with segment times only: bleep whole segments
    entities: tuple[str, ...] | None = None


@dataclass(frozen=True)
class RecordingRedaction:
    """What was written: the redacted transcript text (`source`: how the input was decoded),
    its findings (in the input file's text), the timed words and what the engine found in
    them, and the bleeped stretches of `audio`."""

    text: str
    findings: tuple[Finding, ...]
    source: textio.Decoded
    redaction: object  # the transcript's FileRedaction (or Redaction): its edits undo it
    words: Transcript
    word_findings: tuple[Finding, ...]
    bleeps: tuple[Bleep, ...]
    audio: codec.Audio
    outputs: tuple[Path, Path, Path]  # transcript, audio, report


def outputs(transcript: Path, audio: Path, folder: Path) -> tuple[Path, Path, Path]:
    return folder / transcript.name, folder / audio.name, folder / f"{audio.stem}.bleeps.json"


def redact_recording(
    transcript_path,
    audio_path,
    folder,
    options: AudioOptions = AudioOptions(),
    policy=None,
    engine=None,
    encoding: str | None = None,
) -> RecordingRedaction:
    transcript_path, audio_path, folder = Path(transcript_path), Path(audio_path), Path(folder)
    targets = outputs(transcript_path, audio_path, folder)
    if folder.exists() and not folder.is_dir():
        raise InputError("must be a folder for the transcript and its recording", folder)
    folder.mkdir(parents=True, exist_ok=True)
    for target in targets:
        textio.check_output(target, [transcript_path, audio_path])
    source = textio.read_text(transcript_path, encoding)
    try:
        timed = read(source.text)
    except TranscriptError as e:
        malformed(transcript_path, source.text)  # as `redact FILE` says it, if it is
        raise InputError(str(e), transcript_path) from None
    if timed.coarse and not options.segments:
        raise InputError(SEGMENTS_ONLY, transcript_path)
    try:
        audio = codec.probe(audio_path, [(w.start, w.end, w.channel) for w in timed.words])
    except codec.AudioError as e:
        raise InputError(str(e), audio_path) from None
    try:
        timing.check(timed, audio.duration, audio.channels)
    except TranscriptError as e:
        raise InputError(str(e), transcript_path) from None

    if engine is None:
        from redactor.engine import default_engine

        engine = default_engine()
    entities = list(options.entities) if options.entities else None
    together = transcript.analyse(source.text, timed, engine, entities)
    if together is not None:  # one analysis for the words and the file's other texts
        found = together.findings
        redaction = transcript.redact(source.text, timed, together, policy)
    else:  # Whisper, subtitles: their own formats, as `redact FILE` reads them
        redaction, found = _redact_transcript(
            transcript_path, source, timed, engine, policy, entities
        )
    text, file_findings = redaction.text, redaction.findings
    stretches = bleeps(timed, found, audio.duration, options.pad)

    spans = [(b.start, b.end, b.channel) for b in stretches]
    try:  # the recording first: the likeliest to fail, and no transcript is left without it
        codec.rewrite(audio_path, targets[1], audio, spans, options.bleep)
    except codec.AudioError as e:
        raise InputError(str(e), audio_path) from None
    textio.write_text_atomic(targets[0], text, source.encoding, source.bom, [transcript_path])
    document = report(
        transcript_path.name, audio_path.name, timed.format, audio.duration, stretches, options
    )
    textio.write_text_atomic(targets[2], document, "utf-8", False, [transcript_path, audio_path])
    return RecordingRedaction(
        text,
        file_findings,
        source,
        redaction,
        timed,
        tuple(found),
        tuple(stretches),
        audio,
        targets,
    )


def malformed(path: Path, text: str) -> None:
    """Raises the error `redact FILE` gives for a transcript its own format cannot read (a
    broken JSON: «not valid whisper: invalid JSON at line 1 column 38: …»): the first thing
    to fix, before whether it has word timings."""
    from redactor.files import formats

    fmt = formats.detect(str(path), text)
    if fmt is None or fmt.NAME == "txt":
        return
    try:
        fmt.fields(text)
    except formats.FormatError as e:
        if _format(path, text) is not fmt:  # a stream of JSON lines in a `.json` file
            try:
                _format(path, text).fields(text)
                return
            except (formats.FormatError, formats.SelectionError):
                pass
        raise InputError(f"not valid {fmt.NAME}: {e}", path) from None
    except formats.SelectionError:
        return


def _redact_transcript(path: Path, source, timed, engine, policy, entities):
    """The transcript file redacted as `redact FILE` redacts it, and the findings in the timed
    words: those of the file's own analysis where its words are the timed ones (Whisper),
    else the words' own."""
    from redactor.files import formats
    from redactor.replace.replacer import Replacer

    fmt = _format(path, source.text)
    if fmt is None or fmt.NAME == "txt":
        return engine.redact(source.text, entities, policy), _words(timed, engine, entities)
    try:
        analysis = formats.analyze_file_text(source.text, fmt, engine, entities)
    except formats.FormatError as e:
        raise InputError(f"not valid {fmt.NAME}: {e}", path) from None
    redaction = formats.apply(source.text, fmt, analysis, Replacer(policy))
    found = transcript.whisper_findings(source.text, timed, analysis)
    return redaction, found if found is not None else _words(timed, engine, entities)


def _format(path: Path, text: str):
    from redactor.files import formats

    fmt = formats.detect(str(path), text)
    if fmt is not None and fmt.NAME == "json" and _lines_of_json(text):
        # SpeechKit and Vosk stream one response per line, often into a `.json` file.
        fmt = formats.detect(str(path), text, _Forced("jsonl"))
    return fmt


def _words(timed, engine, entities) -> list[Finding]:
    return engine.analyze(timed.text, entities) if timed.text.strip() else []


class _Forced(NamedTuple):
    format: str
    fields: tuple = ()
    columns: tuple = ()


def _lines_of_json(text: str) -> bool:
    try:
        json.loads(text)
    except ValueError:
        return True
    return False
