"""Each word-timed transcript format, read from a small file written as its service writes it:
the words, their times and channels, and the text built from them (each word at its span)."""

from __future__ import annotations

import json

import pytest

from redactor.audio.words import TranscriptError, read

WHISPER = {
    "text": " Меня зовут Иван",
    "segments": [
        {
            "start": 0.0,
            "end": 1.5,
            "text": " Меня зовут Иван",
            "words": [
                {"word": " Меня", "start": 0.0, "end": 0.4, "probability": 0.9},
                {"word": " зовут", "start": 0.4, "end": 0.9, "probability": 0.9},
                {"word": " Иван", "start": 1.0, "end": 1.5, "probability": 0.9},
            ],
        }
    ],
}
WHISPERX = {
    "segments": [
        {
            "start": 0.0,
            "end": 2.0,
            "text": "Дом 15",
            "speaker": "SPEAKER_00",
            "words": [
                {"word": "Дом", "start": 0.1, "end": 0.5, "score": 0.9},
                {"word": "15"},  # digits are not aligned: the time between its neighbours
            ],
        }
    ],
    "word_segments": [{"word": "Дом", "start": 0.1, "end": 0.5, "score": 0.9}],
}
VOSK = {
    "result": [
        {"conf": 1.0, "start": 0.57, "end": 1.02, "word": "меня"},
        {"conf": 1.0, "start": 1.02, "end": 1.5, "word": "зовут"},
    ],
    "text": "меня зовут",
}
SPEECHKIT_LINES = [
    {"result": {"partial": {"alternatives": [{"words": [], "text": "при"}], "channelTag": "0"}}},
    {
        "result": {
            "final": {
                "alternatives": [
                    {
                        "words": [
                            {"text": "привет", "startTimeMs": "380", "endTimeMs": "700"},
                            {"text": "Иван", "startTimeMs": "760", "endTimeMs": "1200"},
                        ],
                        "text": "привет Иван",
                    }
                ],
                "channelTag": "1",
            },
            "channelTag": "1",
        }
    },
]
TINKOFF = {
    "results": [
        {
            "alternatives": [
                {
                    "transcript": "алло да",
                    "words": [
                        {"start_time": "0.120s", "end_time": "0.500s", "word": "алло"},
                        {"start_time": "0.600s", "end_time": "0.900s", "word": "да"},
                    ],
                }
            ],
            "channel": 0,
        }
    ]
}
SALUTE = [
    {
        "results": [
            {
                "text": "номер карты",
                "normalized_text": "Номер карты",
                "start": "0s",
                "end": "1s",
                "word_alignments": [
                    {"word": "номер", "start": "0.100s", "end": "0.400s"},
                    {"word": "карты", "start": "0.450s", "end": "0.900s"},
                ],
            }
        ],
        "eou": True,
        "channel": 1,
    }
]
SRT = "1\n00:00:01,000 --> 00:00:02,500\nМеня зовут\nИван\n\n2\n00:00:03,000 --> 00:00:04,000\nДа\n"

CASES = [
    # (file text, format, words as (text, start, end, channel), built text, coarse)
    (
        json.dumps(WHISPER),
        "whisper",
        [("Меня", 0.0, 0.4, None), ("зовут", 0.4, 0.9, None), ("Иван", 1.0, 1.5, None)],
        "Меня зовут Иван",
        False,
    ),
    (
        json.dumps(WHISPERX),
        "whisperx",
        [("Дом", 0.1, 0.5, None), ("15", 0.5, 2.0, None)],
        "Дом 15",
        False,
    ),
    (
        json.dumps(VOSK),
        "vosk",
        [("меня", 0.57, 1.02, None), ("зовут", 1.02, 1.5, None)],
        "меня зовут",
        False,
    ),
    (
        "\n".join(json.dumps(VOSK) for _ in range(2)),  # one result per line
        "vosk",
        [("меня", 0.57, 1.02, None), ("зовут", 1.02, 1.5, None)] * 2,
        "меня зовут\nменя зовут",
        False,
    ),
    (
        "\n".join(json.dumps(r, ensure_ascii=False) for r in SPEECHKIT_LINES),
        "speechkit",
        [("привет", 0.38, 0.7, 1), ("Иван", 0.76, 1.2, 1)],
        "привет Иван",
        False,
    ),
    (
        json.dumps(TINKOFF),
        "tinkoff",
        [("алло", 0.12, 0.5, 0), ("да", 0.6, 0.9, 0)],
        "алло да",
        False,
    ),
    (
        json.dumps(SALUTE),
        "salute",
        [("номер", 0.1, 0.4, 1), ("карты", 0.45, 0.9, 1)],
        "номер карты",
        False,
    ),
    (
        json.dumps({"segments": [{"start": 1.0, "end": 2.0, "text": " Меня зовут Иван"}]}),
        "whisper",
        [("Меня зовут Иван", 1.0, 2.0, None)],
        "Меня зовут Иван",
        True,
    ),
    (
        SRT,
        "subtitles",
        [("Меня зовут Иван", 1.0, 2.5, None), ("Да", 3.0, 4.0, None)],
        "Меня зовут Иван\nДа",
        True,
    ),
]


@pytest.mark.parametrize(("text", "fmt", "words", "built", "coarse"), CASES)
def test_formats(text: str, fmt: str, words: list, built: str, coarse: bool) -> None:
    transcript = read(text)
    assert transcript.format == fmt
    assert transcript.coarse == coarse
    assert transcript.text == built
    got = [(w.text.strip(), w.start, w.end, w.channel) for w in transcript.words]
    assert got == [(t, pytest.approx(s), pytest.approx(e), c) for t, s, e, c in words]
    for word, (start, end) in zip(transcript.words, transcript.spans, strict=True):
        assert transcript.text[start:end] == " ".join(word.text.split())


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Оператор: Здравствуйте", "word timings are needed"),
        (json.dumps({"messages": [{"text": "привет"}]}), "word timings are needed"),
        (
            json.dumps({"result": [{"word": "да", "start": "soon", "end": 1}]}),
            "a time must be a number",
        ),
        (
            json.dumps({"results": [{"alternatives": [{"words": []}], "channel": "left"}]}),
            "the channel must be a number",
        ),
    ],
)
def test_errors_name_the_problem_not_the_words(text: str, message: str) -> None:
    with pytest.raises(TranscriptError, match=message) as caught:
        read(text)
    assert "привет" not in str(caught.value) and "да" not in str(caught.value).split()
