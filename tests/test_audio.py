"""A recording bleeped where its transcript is redacted. The audio is built here: a tone of its
own pitch for every word, at the word's times; then, for every finding, the bleeped stretch must
hold the bleep and nothing of the original, and every sample outside the stretches must be as
it was (bit for bit for the lossless codecs)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np
import pytest

av = pytest.importorskip("av")

from typer.testing import CliRunner  # noqa: E402

from redactor.audio import AudioOptions, mp3, redact_recording  # noqa: E402
from redactor.audio.intervals import bleeps  # noqa: E402
from redactor.audio.words import Utterance, Word, build  # noqa: E402
from redactor.cli import app  # noqa: E402
from redactor.files.textio import InputError  # noqa: E402
from redactor.finding import Finding  # noqa: E402

NAME = "Иван Петров"
# (word, start, end, channel): the client gives a name and a phone on channel 1.
WORDS = [
    ("Здравствуйте", 0.20, 0.90, 0),
    ("как", 1.00, 1.20, 0),
    ("вас", 1.25, 1.45, 0),
    ("зовут", 1.50, 1.90, 0),
    ("Иван", 2.10, 2.50, 1),
    ("Петров", 2.55, 3.00, 1),
    ("мой", 3.30, 3.50, 1),
    ("номер", 3.55, 3.90, 1),
    ("89151234567", 4.00, 5.00, 1),
    ("спасибо", 5.40, 6.00, 0),
]
DURATION = 6.5
SECRETS = [("PERSON", NAME), ("PHONE_NUMBER", "89151234567")]


class StubEngine:
    """Finds exactly `SECRETS`: the tests are about time and samples, not about detection."""

    def analyze(self, text: str, entities=None) -> list[Finding]:
        found = [
            Finding(m.start(), m.end(), entity, 1.0, "stub")
            for entity, value in SECRETS
            for m in re.finditer(re.escape(value), text)
        ]
        return sorted(found)


def signal(rate: int, channels: int) -> np.ndarray:
    """(channels, samples) in [-1, 1]: each word a tone of its own pitch on its channel (on all
    channels when `channels` is 1)."""
    x = np.zeros((channels, round(DURATION * rate)))
    for i, (_, start, end, channel) in enumerate(WORDS):
        a, b = round(start * rate), round(end * rate)
        t = np.arange(b - a) / rate
        rows = [channel] if channels > 1 else [0]
        x[rows, a:b] = 0.3 * np.sin(2 * np.pi * (220 + 37 * i) * t)
    return x


def write_audio(path: Path, codec: str, rate: int, channels: int) -> None:
    layout = "stereo" if channels == 2 else "mono"
    pcm = (signal(rate, channels) * 32767).astype(np.int16)
    with av.open(str(path), "w") as out:
        stream = out.add_stream(codec, rate=rate, layout=layout)
        frame = av.AudioFrame.from_ndarray(pcm.T.reshape(1, -1).copy(), format="s16", layout=layout)
        frame.sample_rate, frame.pts = rate, 0
        for packet in [*stream.encode(frame), *stream.encode(None)]:
            out.mux(packet)


def decode(path: Path) -> tuple[np.ndarray, dict]:
    """(channels, samples) as floats, and what the file is."""
    with av.open(str(path)) as source:
        stream = source.streams.audio[0]
        blocks = []
        for frame in source.decode(stream):
            a = frame.to_ndarray().astype(np.float64)
            if not frame.format.is_planar:
                a = a.reshape(-1, len(frame.layout.channels)).T
            if frame.format.name.startswith("s16"):
                a = a / 32768
            blocks.append(a)
        info = {
            "container": source.format.name,
            "codec": stream.codec_context.name,
            "rate": stream.codec_context.sample_rate,
            "channels": stream.codec_context.channels,
        }
    return np.concatenate(blocks, axis=1), info


def whisper(words=WORDS) -> str:
    return json.dumps(
        {
            "segments": [
                {
                    "start": words[0][1],
                    "end": words[-1][2],
                    "text": " " + " ".join(w for w, *_ in words),
                    "words": [{"word": " " + w, "start": s, "end": e} for w, s, e, _ in words],
                }
            ]
        },
        ensure_ascii=False,
    )


def speechkit(words=WORDS) -> str:
    """One final per word run of a channel, as SpeechKit streams a stereo call."""
    lines, run = [], []
    for word in [*words, (None, 0, 0, None)]:
        if run and word[3] != run[-1][3]:
            final = {
                "alternatives": [
                    {
                        "words": [
                            {
                                "text": w,
                                "startTimeMs": str(round(s * 1000)),
                                "endTimeMs": str(round(e * 1000)),
                            }
                            for w, s, e, _ in run
                        ]
                    }
                ],
                "channelTag": str(run[0][3]),
            }
            lines.append(json.dumps({"result": {"final": final}}, ensure_ascii=False))
            run = []
        run.append(word)
    return "\n".join(lines) + "\n"


def vosk(words=WORDS) -> str:
    result = [{"conf": 1.0, "start": s, "end": e, "word": w} for w, s, e, _ in words]
    return json.dumps(
        {"result": result, "text": " ".join(w for w, *_ in words)}, ensure_ascii=False
    )


def runs(words):
    """Consecutive words of one channel: the phrases of a stereo call."""
    found = []
    for word in words:
        if found and found[-1][-1][3] == word[3]:
            found[-1].append(word)
        else:
            found.append([word])
    return found


def tinkoff(words=WORDS) -> str:
    results = [
        {
            "alternatives": [
                {
                    "transcript": " ".join(w for w, *_ in run),
                    "words": [
                        {"start_time": f"{s:.3f}s", "end_time": f"{e:.3f}s", "word": w}
                        for w, s, e, _ in run
                    ],
                }
            ],
            "channel": run[0][3],
        }
        for run in runs(words)
    ]
    return json.dumps({"results": results}, ensure_ascii=False)


def salute(words=WORDS) -> str:
    said = " ".join(w for w, *_ in words)
    aligned = [{"word": w, "start": f"{s}s", "end": f"{e}s"} for w, s, e, _ in words]
    return json.dumps(
        [
            {
                "results": [{"text": said, "normalized_text": said, "word_alignments": aligned}],
                "channel": 0,
            }
        ],
        ensure_ascii=False,
    )


def run(tmp_path: Path, transcript: str, codec: str, ext: str, rate=8000, channels=1, **options):
    src = tmp_path / "in"
    src.mkdir(exist_ok=True)
    (src / "call.json").write_text(transcript, encoding="utf-8")
    write_audio(src / f"call.{ext}", codec, rate, channels)
    result = redact_recording(
        src / "call.json",
        src / f"call.{ext}",
        tmp_path / "out",
        AudioOptions(**options),
        engine=StubEngine(),
    )
    return src / f"call.{ext}", tmp_path / "out" / f"call.{ext}", result


def stretch_mask(result, rate: int, channels: int, n: int) -> np.ndarray:
    mask = np.zeros((channels, n), dtype=bool)
    for b in result.bleeps:
        rows = range(channels) if b.channel is None else [b.channel]
        mask[list(rows), round(b.start * rate) : round(b.end * rate)] = True
    return mask


def tone_share(x: np.ndarray, rate: int) -> float:
    """The share of `x`'s energy at 1 kHz (a pure bleep: about 1)."""
    t = np.arange(len(x)) / rate
    sine, cosine = np.sin(2 * np.pi * 1000 * t), np.cos(2 * np.pi * 1000 * t)
    at = (np.dot(x, sine) ** 2 + np.dot(x, cosine) ** 2) * 2 / len(x)
    return at / max(float(np.dot(x, x)), 1e-12)


LOSSLESS = [("wav", "pcm_s16le"), ("wav", "pcm_alaw"), ("wav", "pcm_mulaw"), ("flac", "flac")]


@pytest.mark.parametrize(("ext", "codec"), LOSSLESS)
def test_every_finding_bleeped_and_nothing_else_changed(
    tmp_path: Path, ext: str, codec: str
) -> None:
    source, target, result = run(tmp_path, whisper(), codec, ext)
    before, _ = decode(source)
    after, info = decode(target)
    assert after.shape == before.shape
    assert info["codec"] == codec
    mask = stretch_mask(result, 8000, 1, before.shape[1])
    assert np.array_equal(after[~mask], before[~mask])  # sample for sample
    for entity, value in SECRETS:
        first = next(i for i, w in enumerate(WORDS) if value.startswith(w[0]))
        last = next(i for i, w in enumerate(WORDS) if value.endswith(w[0]))
        a, b = round(WORDS[first][1] * 8000), round(WORDS[last][2] * 8000)
        inside = after[0, a:b]
        assert tone_share(inside, 8000) > 0.95, entity
        original = before[0, a:b]
        assert abs(np.corrcoef(inside, original)[0, 1]) < 0.05, entity
        assert any(entity in b.entities for b in result.bleeps)


def test_the_tone_has_the_speech_loudness(tmp_path: Path) -> None:
    source, target, result = run(tmp_path, whisper(), "pcm_s16le", "wav")
    after, _ = decode(target)
    b = result.bleeps[0]
    inside = after[0, round(b.start * 8000) : round(b.end * 8000)]
    speech_rms = 0.3 / np.sqrt(2)
    assert np.sqrt(np.mean(inside**2)) == pytest.approx(speech_rms, rel=0.1)


def test_silence(tmp_path: Path) -> None:
    _, target, result = run(tmp_path, whisper(), "pcm_s16le", "wav", bleep="silence")
    after, _ = decode(target)
    for b in result.bleeps:
        assert not after[0, round(b.start * 8000) : round(b.end * 8000)].any()


def test_stereo_bleeps_the_speaking_channel_only(tmp_path: Path) -> None:
    source, target, result = run(tmp_path, speechkit(), "pcm_s16le", "wav", channels=2)
    before, _ = decode(source)
    after, _ = decode(target)
    assert {b.channel for b in result.bleeps} == {1}
    assert np.array_equal(after[0], before[0])  # the operator's channel is untouched
    mask = stretch_mask(result, 8000, 2, before.shape[1])
    assert mask[1].any()
    assert np.array_equal(after[~mask], before[~mask])
    assert tone_share(after[1][mask[1]], 8000) > 0.9


def test_padding_and_report(tmp_path: Path) -> None:
    _, target, result = run(tmp_path, whisper(), "pcm_s16le", "wav", pad=0.2)
    person = next(b for b in result.bleeps if "PERSON" in b.entities)
    assert (person.start, person.end) == (pytest.approx(1.9), pytest.approx(3.2))
    report = (target.parent / "call.bleeps.json").read_text(encoding="utf-8")
    assert json.loads(report)["bleeps"][0]["entities"] == ["PERSON"]
    assert "Иван" not in report and "8915" not in report
    redacted = (target.parent / "call.json").read_text(encoding="utf-8")
    assert "Иван" not in redacted and "89151234567" not in redacted


@pytest.mark.parametrize(
    ("ext", "codec", "rate", "channels"),
    [("mp3", "libmp3lame", 16000, 1), ("ogg", "libopus", 48000, 2), ("m4a", "aac", 16000, 1)],
)
def test_lossy_round_trip_keeps_the_shape(tmp_path, ext, codec, rate, channels) -> None:
    source, target, result = run(tmp_path, whisper(), codec, ext, rate=rate, channels=channels)
    before, was = decode(source)
    after, now = decode(target)
    assert now == was
    assert after.shape == before.shape  # the exact duration
    b = result.bleeps[0]
    inside = after[0, round(b.start * rate) + 200 : round(b.end * rate) - 200]
    assert tone_share(inside, rate) > 0.9


def test_intervals_merge_pad_and_clip() -> None:
    transcript = build(
        "test",
        [Utterance((Word("Иван", 0.05, 0.4), Word("Петров", 0.45, 0.9), Word("да", 1.0, 1.2)))],
    )
    findings = [Finding(0, 4, "PERSON", 1.0, "t"), Finding(5, 11, "PERSON", 1.0, "t")]
    (only,) = bleeps(transcript, findings, duration=0.95, pad=0.1)
    assert (only.start, only.end, only.words) == (0.0, 0.95, (0, 1))


SHORT = WORDS[:4]


@pytest.mark.parametrize(
    ("transcript", "audio", "message"),
    [
        (whisper(), b"RIFF not really a wav", "does not decode as audio"),
        (whisper([*WORDS, ("ещё", 6.5, 9.0, 0)]), None, "longer than the audio"),
        (whisper([SHORT[1], SHORT[0]]), None, "out of order"),
        (whisper([("да", 1.0, 0.5, 0)]), None, "out of order"),
        (speechkit([("да", 1.0, 1.5, 2)]), None, "channel 2, the audio has 1 channel"),
        (
            json.dumps({"segments": [{"start": 0.0, "end": 1.0, "text": "да"}]}),
            None,
            "word timings are needed",
        ),
        # a broken file: the error `redact FILE` gives, not «no word timings»
        (whisper()[:-40], None, "not valid whisper: invalid JSON at line 1"),
        (speechkit()[:-30], None, "not valid json: invalid JSON at line 2"),
    ],
)
def test_bad_input_is_one_line_and_writes_nothing(tmp_path, transcript, audio, message) -> None:
    (tmp_path / "call.json").write_text(transcript, encoding="utf-8")
    if audio is None:
        write_audio(tmp_path / "call.wav", "pcm_s16le", 8000, 1)
    else:
        (tmp_path / "call.wav").write_bytes(audio)
    with pytest.raises(InputError, match=message) as caught:
        redact_recording(
            tmp_path / "call.json", tmp_path / "call.wav", tmp_path / "out", engine=StubEngine()
        )
    assert "\n" not in str(caught.value)
    assert not list((tmp_path / "out").glob("*"))


def test_segments_bleep_whole_segments_when_asked(tmp_path: Path) -> None:
    segments = json.dumps(
        {
            "segments": [
                {"start": 2.0, "end": 3.1, "text": f" Меня зовут {NAME}"},
                {"start": 5.4, "end": 6.0, "text": " спасибо"},
            ]
        },
        ensure_ascii=False,
    )
    _, _, result = run(tmp_path, segments, "pcm_s16le", "wav", segments=True)
    assert [(b.start, b.end) for b in result.bleeps] == [(pytest.approx(1.9), pytest.approx(3.2))]


def invoke(*args):
    return CliRunner().invoke(app, [str(a) for a in args])


def test_cli_writes_three_files_and_explains_without_values(tmp_path: Path) -> None:
    (tmp_path / "call.json").write_text(whisper(), encoding="utf-8")
    write_audio(tmp_path / "call.wav", "pcm_s16le", 8000, 1)
    done = invoke(
        tmp_path / "call.json",
        "--audio",
        tmp_path / "call.wav",
        "-o",
        tmp_path / "out",
        "--explain",
    )
    assert done.exit_code == 0, done.output
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        "call.bleeps.json",
        "call.json",
        "call.wav",
    ]
    assert "PERSON" in done.output and "bleep" in done.output
    assert (
        "Иван" not in done.output
        and "Петров" not in done.output
        and "89151234567" not in done.output
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--audio", "{tmp}/missing.wav", "-o", "{tmp}/out"], "no such file"),
        (["--audio", "{tmp}/call.json", "-o", "{tmp}/out"], "does not decode as audio"),
        (["--audio", "{tmp}/call.json"], "needs an output folder"),
        (["--audio", "{tmp}/call.json", "--bleep", "beep", "-o", "{tmp}/out"], "unknown bleep"),
    ],
)
def test_cli_bad_input_exits_2_on_one_line(tmp_path: Path, args: list[str], message: str) -> None:
    (tmp_path / "call.json").write_text(whisper(), encoding="utf-8")
    done = invoke(tmp_path / "call.json", *[a.format(tmp=tmp_path) for a in args])
    assert done.exit_code == 2
    assert message in done.output
    assert len(done.output.strip().splitlines()) == 1


def test_cli_broken_json_is_the_same_error_with_or_without_audio(tmp_path: Path) -> None:
    (tmp_path / "call.json").write_text(whisper()[:-40], encoding="utf-8")
    write_audio(tmp_path / "call.wav", "pcm_s16le", 8000, 1)
    alone = invoke(tmp_path / "call.json", "-o", tmp_path / "alone.json")
    both = invoke(tmp_path / "call.json", "--audio", tmp_path / "call.wav", "-o", tmp_path / "out")
    assert alone.exit_code == both.exit_code == 2
    assert both.output == alone.output
    assert "not valid whisper: invalid JSON" in both.output
    assert len(both.output.strip().splitlines()) == 1


@pytest.mark.parametrize("make", [whisper, speechkit, vosk, tinkoff, salute])
def test_transcript_and_audio_redacted_with_the_same_findings(tmp_path: Path, make) -> None:
    channels = 2 if make in (speechkit, tinkoff) else 1
    source, target, result = run(tmp_path, make(), "pcm_s16le", "wav", channels=channels)
    redacted = (target.parent / "call.json").read_text(encoding="utf-8")
    for _, value in SECRETS:
        assert value.split()[0] not in redacted
    assert "Здравствуйте" in redacted and "спасибо" in redacted
    assert sorted(e for b in result.bleeps for e in b.entities) == ["PERSON", "PHONE_NUMBER"]
    before = [json.loads(line) for line in make().splitlines()]
    after = [json.loads(line) for line in redacted.splitlines()]
    assert _shape(before) == _shape(after)  # every key and time in place


def _shape(value):
    if isinstance(value, dict):
        return {k: _shape(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_shape(v) for v in value]
    return (
        value
        if not isinstance(value, str)
        or value.endswith("s")
        and value[:-1].replace(".", "").isdigit()
        else "text"
    )


def write_plain_wav(path: Path, rate: int = 8000) -> None:
    """A WAV as telephony systems write it (44-byte header, no encoder tag): Python's own."""
    import wave

    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes((signal(rate, 1)[0] * 32767).astype("<i2").tobytes())


@pytest.mark.parametrize("ext", ["wav", "mp3"])
def test_vault_restores_the_recording_byte_for_byte(tmp_path: Path, monkeypatch, ext: str) -> None:
    from redactor.files import vault

    monkeypatch.chdir(tmp_path)
    (tmp_path / "call.json").write_text(whisper(), encoding="utf-8")
    if ext == "wav":
        write_plain_wav(tmp_path / "call.wav")
    else:
        write_audio(tmp_path / "call.mp3", "libmp3lame", 16000, 1)
    env = {"REDACT_VAULT_KEY": "correct horse battery staple"}
    args = ["call.json", "--audio", f"call.{ext}", "-o", "safe", "--vault", "v.json"]
    done = CliRunner().invoke(app, args, env=env)
    assert done.exit_code == 0, done.output
    original = (tmp_path / f"call.{ext}").read_bytes()
    bleeped = (tmp_path / "safe" / f"call.{ext}").read_bytes()
    assert bleeped != original
    key = env["REDACT_VAULT_KEY"].encode()
    (entry,) = [
        e
        for e in vault.Vault.open(tmp_path / "v.json", key).entries.values()
        if e.name == f"call.{ext}"
    ]
    if ext == "wav":  # the same header: only the bleeped samples are kept
        assert sum(e - s for s, e, _ in entry.edits) < len(original) // 2
    else:  # only the original frames the new ones replaced, and the header's sizes
        assert sum(len(o) for _, _, o in entry.edits) < len(original) * 0.9
    for name in ("call.json", f"call.{ext}"):
        back = CliRunner().invoke(
            app, ["restore", f"safe/{name}", "--vault", "v.json", "-o", f"back.{name}"], env=env
        )
        assert back.exit_code == 0, back.output
        assert (tmp_path / f"back.{name}").read_bytes() == (tmp_path / name).read_bytes()


@pytest.mark.parametrize("make", [whisper, speechkit, vosk, tinkoff, salute])
def test_one_analysis_for_the_transcript_and_the_audio(tmp_path: Path, make, monkeypatch) -> None:
    calls = []
    analyze = StubEngine.analyze
    monkeypatch.setattr(
        StubEngine, "analyze", lambda self, *a: calls.append(1) or analyze(self, *a)
    )
    run(tmp_path, make(), "pcm_s16le", "wav", channels=2)
    assert len(calls) == 1


def test_folder_pairs_recordings_with_transcripts_by_name(tmp_path: Path) -> None:
    calls = tmp_path / "calls"
    (calls / "2026").mkdir(parents=True)
    (calls / "2026" / "call_001.json").write_text(whisper(), encoding="utf-8")
    write_audio(calls / "2026" / "call_001.wav", "pcm_s16le", 8000, 1)
    (calls / "call_002.json").write_text(vosk(), encoding="utf-8")
    (calls / "call_002.mp3").write_bytes(b"ID3 not really an mp3")
    (calls / "call_003.json").write_text(whisper(), encoding="utf-8")  # no recording
    done = invoke(calls, "--audio", calls, "-o", tmp_path / "safe")
    assert done.exit_code == 1  # one pair failed, the others are written
    safe = tmp_path / "safe"
    assert sorted(p.name for p in (safe / "2026").iterdir()) == [
        "call_001.bleeps.json",
        "call_001.json",
        "call_001.wav",
    ]
    assert not (safe / "call_002.json").exists() and not (safe / "call_003.json").exists()
    assert "call_002.json: call_002.mp3: does not decode as audio" in done.output
    assert "call_003.json: no transcript or recording" in done.output
    assert "1 recording redacted, 1 failed, 1 without a pair" in done.output
    assert "Иван" not in done.output


# (transcript, recording: None for the good one, and the reason the run counts)
BAD_PAIRS = [
    (whisper()[:-40], None, "not valid whisper: invalid JSON"),
    (whisper(), b"RIFF not really a wav", "does not decode as audio"),
    (whisper([*WORDS, ("ещё", 6.5, 9.0, 0)]), None, "longer than the audio"),
    (whisper([SHORT[1], SHORT[0]]), None, "out of order"),
    (whisper([("да", 7.0, 7.5, 0)]), None, "longer than the audio"),  # outside the audio
    (speechkit([("да", 1.0, 1.5, 2)]), None, "channel 2, the audio has 1 channel"),
]


def test_a_folder_goes_on_past_every_bad_pair_and_counts_it(tmp_path: Path) -> None:
    calls = tmp_path / "calls"
    calls.mkdir()
    for k, (transcript, audio, _) in enumerate(BAD_PAIRS):
        (calls / f"bad_{k}.json").write_text(transcript, encoding="utf-8")
        if audio is None:
            write_audio(calls / f"bad_{k}.wav", "pcm_s16le", 8000, 1)
        else:
            (calls / f"bad_{k}.wav").write_bytes(audio)
    (calls / "good.json").write_text(whisper(), encoding="utf-8")
    write_audio(calls / "good.wav", "pcm_s16le", 8000, 1)
    done = invoke(calls, "--audio", calls, "-o", tmp_path / "safe")
    assert done.exit_code == 1
    assert (tmp_path / "safe" / "good.wav").exists()  # after the bad ones (by name)
    for k, (_, _, reason) in enumerate(BAD_PAIRS):
        assert not (tmp_path / "safe" / f"bad_{k}.json").exists()
        line = next(x for x in done.output.splitlines() if f"bad_{k}.json" in x)
        assert reason in line
    assert f"1 recording redacted, {len(BAD_PAIRS)} failed" in done.output
    assert "Иван" not in done.output and "Traceback" not in done.output


def test_a_plain_wav_keeps_every_byte_outside_the_bleeps(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "call.json").write_text(whisper(), encoding="utf-8")
    write_plain_wav(src / "call.wav")
    result = redact_recording(
        src / "call.json", src / "call.wav", tmp_path / "out", engine=StubEngine()
    )
    before = (src / "call.wav").read_bytes()
    after = (tmp_path / "out" / "call.wav").read_bytes()
    assert len(after) == len(before)
    changed = np.flatnonzero(np.frombuffer(before, np.uint8) != np.frombuffer(after, np.uint8))
    inside = np.zeros(len(before), dtype=bool)
    for b in result.bleeps:
        inside[44 + round(b.start * 8000) * 2 : 44 + round(b.end * 8000) * 2] = True
    assert inside[changed].all()  # the header and every sample outside: as they were


SAMPLES = Path(__file__).resolve().parents[1] / "samples"


def test_the_sample_call_of_the_readme(tmp_path: Path) -> None:
    """samples/support_call.*: espeak-ng's voice, word by word; the README's first example."""
    done = invoke(
        SAMPLES / "support_call.json", "--audio", SAMPLES / "support_call.wav", "-o", tmp_path
    )
    assert done.exit_code == 0, done.output
    text = (tmp_path / "support_call.json").read_text(encoding="utf-8")
    assert not re.search(r"Анна|Сергей|Волков|девятьсот", text)
    report = json.loads((tmp_path / "support_call.bleeps.json").read_text(encoding="utf-8"))
    assert [b["entities"] for b in report["bleeps"]] == [["PERSON"]] * 3 + [["PHONE_NUMBER"]]
    original = json.loads((SAMPLES / "support_call.json").read_text(encoding="utf-8"))
    said = {w["word"].strip(" ,."): w for s in original["segments"] for w in s["words"]}
    for word in ("Анна", "Сергей", "Волков", "Восемь", "семь"):  # each inside a bleep
        w = said[word]
        assert any(b["start"] <= w["start"] and w["end"] <= b["end"] for b in report["bleeps"])


@pytest.mark.parametrize(
    ("rate", "channels", "longest"),
    [(16000, 1, mp3.LONGEST), (44100, 2, mp3.LONGEST), (8000, 1, mp3.LONGEST), (16000, 1, 5)],
)
def test_an_mp3_is_bleeped_frame_by_frame(
    tmp_path: Path, monkeypatch, rate: int, channels: int, longest: int
) -> None:
    """Only the frames around a bleep are encoded again: everything else decodes to the very
    samples it did, and the bytes before the first bleep and after the last are the input's;
    a long run of new frames (`longest`) comes from several encoders, one after the other."""
    monkeypatch.setattr(mp3, "LONGEST", longest)
    source, target, result = run(tmp_path, whisper(), "libmp3lame", "mp3", rate, channels)
    before, was = decode(source)
    after, now = decode(target)
    assert now == was and after.shape == before.shape
    # a bleep, the frames encoded again around it (rounded out), the first two copied after
    frame = (1152 if rate >= 32000 else 576) / rate
    margin = (mp3.MARGIN + 3) * frame  # and the filter bank's memory, under a frame
    near = np.zeros(before.shape[1], dtype=bool)
    for b in result.bleeps:
        near[max(round((b.start - margin) * rate), 0) : round((b.end + margin) * rate)] = True
    assert np.array_equal(after[:, ~near], before[:, ~near])
    for b in result.bleeps:  # the bleep, nothing of the original
        inside = slice(round(b.start * rate) + 200, round(b.end * rate) - 200)
        for c in range(channels):
            assert tone_share(after[c, inside], rate) > 0.9
            if before[c, inside].std() > 0.01:  # a word on this channel
                assert abs(np.corrcoef(after[c, inside], before[c, inside])[0, 1]) < 0.1
    old, new = source.read_bytes(), target.read_bytes()
    assert new[-500:] == old[-500:]
    # before the first bleep, only the sizes the Xing header states (their low bytes)
    assert sum(a != b for a, b in zip(old[:500], new[:500], strict=True)) <= 4


@pytest.mark.parametrize(("rate", "channels"), [(16000, 1), (44100, 2), (8000, 1)])
def test_an_mp3_is_counted_from_its_frames(tmp_path: Path, rate: int, channels: int) -> None:
    """Its samples from the frames and the LAME tag, its loudness from the words alone: as
    decoding the whole file finds them."""
    from redactor.audio import codec

    write_audio(tmp_path / "call.mp3", "libmp3lame", rate, channels)
    speech = [(s, e, c if channels > 1 else None) for _, s, e, c in WORDS]
    fast = codec.probe(tmp_path / "call.mp3", speech)
    decoded, _ = decode(tmp_path / "call.mp3")
    stretches = [(round(s * rate), round(e * rate), -1 if c is None else c) for s, e, c in speech]
    assert fast.samples == decoded.shape[1]
    assert mp3.probe(tmp_path / "call.mp3", rate, channels, sorted(stretches)) is not None
    for c in range(channels):
        rows = [(a, b) for a, b, k in stretches if k in (-1, c)]
        x = np.concatenate([decoded[c, a:b] for a, b in rows])
        assert fast.rms[c] == pytest.approx(np.sqrt(np.mean(x**2)), rel=1e-3)


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (lambda b: b[: len(b) // 2], "longer than the audio"),  # cut short
        (lambda b: b[:3000] + bytes(3000) + b[6000:], "does not decode as audio"),
        (lambda b: b[:400], "longer than the audio"),  # the tags, no sound
    ],
)
def test_a_damaged_mp3_is_one_line(tmp_path: Path, damage, message: str) -> None:
    (tmp_path / "call.json").write_text(whisper(), encoding="utf-8")
    write_audio(tmp_path / "call.mp3", "libmp3lame", 16000, 1)
    (tmp_path / "call.mp3").write_bytes(damage((tmp_path / "call.mp3").read_bytes()))
    with pytest.raises(InputError, match=message) as caught:
        redact_recording(
            tmp_path / "call.json", tmp_path / "call.mp3", tmp_path / "out", engine=StubEngine()
        )
    assert "\n" not in str(caught.value)
    assert not list((tmp_path / "out").glob("*"))
