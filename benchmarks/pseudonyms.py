"""Issue 7's floors measured through the whole pipeline, on the generated calls and chats
(`generate.py`) and the generated speech-recognition calls (`asr.py`).

- **Round trip**: every document, under every operator, written in UTF-8 and in cp1251 (with
  CRLF line ends for the second), redacted with a vault entry; the entry's edits put back must
  give the input byte for byte.
- **Never the original**: under `fake`, a replacement equal to the value it replaces, or a
  surrogate name that keeps a word of the original name (the same word, case aside).
- **Consistency**: the generator knows whose name each gold PERSON span is (`who`). For each
  person mentioned in several forms («Роман Юрьевич Шарапов», «Роман Юрьевич», «Шарапову»),
  each word of the original (as a lemma) must have become forms of one surrogate lemma in every
  mention (two words that can be forms of one lemma have surrogates that can be forms of one
  lemma), and two people of one document must not share a surrogate lemma.
  Only mentions the engine found exactly as the gold span are compared (the others are counted).
"""

from __future__ import annotations

import json
import re
import time
from collections import defaultdict

from redactor.detect import morph
from redactor.entities import PERSON
from redactor.files import formats, textio, vault
from redactor.files.formats.plain import TextFormat
from redactor.replace import policy
from redactor.replace.replacer import Replacer

KEY = b"benchmark key, not a secret at all"
ENCODINGS = (("utf-8", "\n"), ("cp1251", "\r\n"))
WORD = re.compile(r"[^\W\d_]+")


def round_trip(docs: list[dict]) -> dict[str, tuple[int, int, float]]:
    """operator → (documents restored exactly, documents tried, characters per second of the
    replacement alone: what an operator adds to the analysis), over both encodings."""
    fmt, tally = TextFormat(), defaultdict(lambda: [0, 0, 0.0, 0])
    for doc in docs:
        for encoding, newline in ENCODINGS:
            text = doc["text"].replace("\n", newline)
            try:
                text.encode(encoding)
            except UnicodeEncodeError:  # an emoji in a chat: no cp1251 file could hold it
                continue
            analysis = formats.analyze_file_text(text, fmt)
            for operator in policy.OPERATORS:
                chosen = policy.with_key(policy.parse([operator]), KEY)
                started = time.perf_counter()
                result = formats.apply(text, fmt, analysis, Replacer(chosen))
                tally[operator][2] += time.perf_counter() - started
                tally[operator][3] += len(text)
                decoded = textio.Decoded(text, encoding, False)
                entry = vault.record(doc["id"], decoded, result)
                redacted = textio.encode(result.text, encoding, False)
                exact = vault.put_back(redacted, entry.edits) == textio.encode(
                    text, encoding, False
                )
                tally[operator][0] += exact
                tally[operator][1] += 1
    return {op: (ok, n, chars / seconds) for op, (ok, n, seconds, chars) in tally.items()}


def fake_outcomes(docs: list[dict]) -> list[tuple[dict, str, list]]:
    """(document, its text redacted with `fake`, [(finding, replacement)]) per document."""
    import redactor

    chosen = policy.with_key(policy.parse(["fake"]), KEY)
    out = []
    for doc in docs:
        result = redactor.redact(doc["text"], policy=chosen)
        out.append((doc, result.text, list(zip(result.findings, result.replacements, strict=True))))
    return out


def never_original(outcomes) -> dict[str, int]:
    """Replacements that equal their value, and surrogate names keeping an original word."""
    equal = kept = total = 0
    for doc, _, pairs in outcomes:
        for finding, new in pairs:
            value = finding.value(doc["text"])
            total += 1
            equal += new == value
            if finding.entity_type == PERSON:
                old_words = {w.lower() for w in WORD.findall(value) if len(w) > 1}
                kept += bool(old_words & {w.lower() for w in WORD.findall(new)})
    return {"replacements": total, "equal": equal, "name kept a word": kept}


def consistency(outcomes) -> dict[str, int]:
    persons = consistent = compared = unaligned = shared = 0
    for doc, _, pairs in outcomes:
        exact = {(f.start, f.end): new for f, new in pairs if f.entity_type == PERSON}
        mentions = defaultdict(list)  # who → [(original, surrogate)]
        for span in doc["spans"]:
            if span["label"] == PERSON and span.get("who"):
                new = exact.get((span["start"], span["end"]))
                if new is None:
                    unaligned += 1
                    continue
                mentions[span["who"]].append((doc["text"][span["start"] : span["end"]], new))
        words_of = {}  # who → (original lemmas, surrogate lemmas) of each word
        for who, said in mentions.items():
            words = [w for original, new in said for w in _aligned(original, new)]
            words_of[who] = [w for w in words if w[0] is not None]
            if len({original for original, _ in said}) < 2:
                continue  # one form only: nothing to be consistent with
            persons += 1
            compared += len(said)
            consistent += all(
                s1 & s2 for l1, s1 in words for l2, s2 in words if l1 is None or l1 & l2
            ) and all(w[0] is not None for w in words)
        # Two people with one surrogate where their own names differ (the same name may well
        # give the same surrogate: «Сергеевна» of two sisters).
        people = list(words_of.values())
        shared += sum(
            any(s1 & s2 and not l1 & l2 for l1, s1 in a for l2, s2 in b)
            for i, a in enumerate(people)
            for b in people[i + 1 :]
        )
    return {
        "persons in several forms": persons,
        "consistent": consistent,
        "mentions compared": compared,
        "mentions not found exactly": unaligned,
        "pairs of people with one surrogate for different names": shared,
    }


def _aligned(original: str, new: str) -> list[tuple[frozenset | None, frozenset]]:
    """(lemmas of an original word, lemmas of its surrogate) for each word but initials (their
    letters follow the full words); (None, …) when the surrogate has another number of words."""
    old_words, new_words = WORD.findall(original), WORD.findall(new)
    if len(old_words) != len(new_words):
        return [(None, frozenset())]
    return [
        (_lemmas(old), _lemmas(sur))
        for old, sur in zip(old_words, new_words, strict=True)
        if len(old) > 1
    ]


def real_texts(paths: list, operators=("fake", "hash", "mask")) -> dict[str, int]:
    """Every text of the real corpora, cased and lowercased, under each operator: surrogates
    that could not be drawn (`Replacer.failures`, their placeholder stands) and replacements
    equal to their value. Real names are more varied than generated ones."""
    from redactor.engine import default_engine

    engine, tally = default_engine(), {"replacements": 0, "failures": 0, "equal": 0}
    for path in paths:
        for line in open(path, encoding="utf-8"):
            text = json.loads(line)["text"]
            for variant in (text, text.lower()):
                findings = engine.analyze(variant)
                for operator in operators:
                    replacer = Replacer(policy.with_key(policy.parse([operator]), KEY))
                    new = replacer.replace(variant, findings)
                    tally["replacements"] += len(new)
                    tally["failures"] += replacer.failures
                    pairs = zip(new, findings, strict=True)
                    tally["equal"] += sum(n == f.value(variant) for n, f in pairs)
    return tally


def _lemmas(word: str) -> frozenset[str]:
    """Every lemma pymorphy3 reads in a word: «Руслана» is «руслан» or «руслана», «Евгении»
    «евгений» or «евгения». Two forms of one word share one."""
    info = morph.word_info(word)
    return frozenset({info.lemma, *(r.lemma for r in info.name_readings)})
