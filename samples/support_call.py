"""How `support_call.wav` and `support_call.json` were made: a short synthetic call (a bank's
operator and a client who gives his name and phone), each word spoken by espeak-ng (Debian's
package; not a dependency of the project) and laid end to end at 8 kHz, so that every word's
time is known; the transcript is Whisper's JSON with `word_timestamps`. The README's first
example of recordings uses them:

    .venv/bin/redact samples/support_call.json --audio samples/support_call.wav -o safe/

Run again with `python samples/support_call.py` (needs espeak-ng and the `audio` extra).
"""

import io
import json
import subprocess
from pathlib import Path

import av
import numpy as np

HERE = Path(__file__).resolve().parent
RATE = 8000  # telephony
SEGMENTS = [
    "Банк Левобережный, добрый день, меня зовут Анна.",
    "Здравствуйте, это Сергей Волков.",
    "Сергей, назовите, пожалуйста, номер телефона.",
    "Восемь девятьсот шестнадцать, сто двадцать три, сорок пять, шестьдесят семь.",
    "Спасибо, вижу вашу заявку.",
]
WORD_GAP, SEGMENT_GAP, LEAD = 0.12, 0.45, 0.3  # seconds of silence
QUIET = 300  # espeak-ng's own leading and trailing silence is cut below this amplitude


def say(word: str) -> np.ndarray:
    wav = subprocess.run(
        ["espeak-ng", "-v", "ru", "-s", "165", "--stdout", word], capture_output=True, check=True
    ).stdout
    resampler = av.AudioResampler(format="s16", layout="mono", rate=RATE)
    frames = [g for f in av.open(io.BytesIO(wav)).decode(audio=0) for g in resampler.resample(f)]
    frames += resampler.resample(None)
    samples = np.concatenate([f.to_ndarray().reshape(-1) for f in frames])
    loud = np.nonzero(np.abs(samples) > QUIET)[0]
    return samples[loud[0] : loud[-1] + 1] if len(loud) else samples


def silence(seconds: float) -> np.ndarray:
    return np.zeros(int(seconds * RATE), np.int16)


def main() -> None:
    audio, segments, t = [silence(LEAD)], [], LEAD
    for text in SEGMENTS:
        words = []
        for raw in text.split():
            spoken = say(raw.strip(",."))
            words.append({"word": f" {raw}", "start": round(t, 3), "probability": 0.95})
            t += len(spoken) / RATE
            words[-1]["end"] = round(t, 3)
            audio += [spoken, silence(WORD_GAP)]
            t += WORD_GAP
        audio.append(silence(SEGMENT_GAP))
        t += SEGMENT_GAP
        segments.append(
            {
                "id": len(segments),
                "start": words[0]["start"],
                "end": words[-1]["end"],
                "text": f" {text}",
                "words": words,
            }
        )
    samples = np.concatenate(audio)
    with av.open(str(HERE / "support_call.wav"), "w") as out:
        stream = out.add_stream("pcm_s16le", rate=RATE)
        stream.layout = "mono"
        frame = av.AudioFrame.from_ndarray(samples.reshape(1, -1), format="s16", layout="mono")
        frame.rate = RATE
        for packet in [*stream.encode(frame), *stream.encode(None)]:
            out.mux(packet)
    transcript = {
        "text": "".join(s["text"] for s in segments),
        "segments": segments,
        "language": "ru",
    }
    (HERE / "support_call.json").write_text(
        json.dumps(transcript, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )


if __name__ == "__main__":
    main()
