"""Phones and cards spoken in words: «восемь девятьсот шестнадцать сто двадцать три…».

The number recognizers read digits. Where a text has number words, they also read its
normalized copy (`redactor.detect.normalize`: words → digits), and what they find there is mapped back
to the original words, all of them. Only findings that touch a spoken number are kept: the rest
were already found in the original text.

Presidio's context step does not see the normalized copy, so it is repeated here, as the engine
configures it: a lemma of the recognizer's context among the words around the finding adds
`BOOST` («мой номер девятьсот шестнадцать…»: ten digits are a phone only beside such a word).
A number read as an amount, a year or a date is never found alone (`_quantity`).

A recognizer that can judge bare digits (`read_dictation`) is also handed the dictations of the
text (`normalize.dictation`): the numbers said in one breath, across a pause that broke the line.
Their digits are read in a few ways a listener would consider (`_readings`: a group said twice
once, «четыреста сорок два» as 400 42, «…четыре тысячи восемьсот» as …4 4800), and every stretch
whose digits a numbering plan or a Luhn checksum accepts is a finding. Its words are covered on
each line, never the speaker tag between.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from presidio_analyzer import EntityRecognizer

from redactor.detect.morph import lemma
from redactor.detect.normalize import Normalized, NumberSpan, normalize
from redactor.detect.normalize.dictation import dictations
from redactor.detect.normalize.text import COUNTED_AFTER
from redactor.detect.recognizers.answers import question
from redactor.detect.recognizers.base import CUE_WORD, DOCUMENT_WORD
from redactor.finding import Finding

BOOST = 0.35  # Presidio's context_similarity_factor
WITH_CONTEXT = 0.4  # and its min_score_with_context_similarity
WORDS_BEFORE, WORDS_AFTER = 5, 2  # as the engine's ContextEnhancer
PREVIOUS_LINE_WORDS = 12  # a dictation answers the line before: «назовите номер карты»
MIN_DIGITS = 8  # the shortest dictation a reader takes: a bare phone with two groups run together
MAX_REPEAT = 4  # numbers in a group said twice: a card's four digits one by one
ANY_NUMBER = {"номер"}  # a cue that labels any number: «заказ номер …» is still an order's
WORD = re.compile(r"[^\W_]+")
THOUSAND_FIRST = re.compile(r"ты[сщ]", re.IGNORECASE)


def spoken_findings(
    text: str, recognizers: list[EntityRecognizer], entities: list[str], threshold: float
) -> list[Finding]:
    normalized = normalize(text)
    if not normalized.spans:
        return []
    found = []
    for recognizer in recognizers:
        if not set(recognizer.supported_entities) & set(entities):
            continue
        context = {word.lower() for word in recognizer.context}
        # Birth years and PIN codes are said as quantities: «в восемьдесят пятом», «тысяча
        # двести тридцать четыре»; their recognizers judge those readings themselves.
        quantities = getattr(recognizer, "READS_QUANTITIES", False)
        for r in recognizer.analyze(normalized.text, entities, None):
            if not normalized.touches(r.start, r.end) or (
                not quantities and _quantity(normalized, r.start, r.end)
            ):
                continue
            start, end = normalized.to_original(r.start, r.end)
            score = r.score
            if score < 1 and context & _lemmas_around(text, start, end):
                score = min(1.0, max(score + BOOST, WITH_CONTEXT))
            if score >= threshold:
                found.append(Finding(start, end, r.entity_type, round(score, 4), recognizer.name))
    readers = [
        r
        for r in recognizers
        if hasattr(r, "read_dictation") and set(r.supported_entities) & set(entities)
    ]
    if readers:
        dictated = _dictated(text, normalized, readers, threshold)
        # A reading of the copy that crosses a dictated number took pieces of two: «… пятьдесят
        # четыре | восемь девять четыре …» read as one card over the end of one phone and another.
        # One that takes in a count after a dictated number: «… восемьдесят восемь раз» read as
        # the phone's 88, where the phone ends at 80 and «восемь раз» is a count.
        found = [
            f
            for f in found
            if not any(_crosses(f, d) or (_contains(f, d) and _counted(text, f)) for d in dictated)
        ]
        found += dictated
    return found


def _contains(a: Finding, b: Finding) -> bool:
    return a.start <= b.start and b.end <= a.end and (a.start, a.end) != (b.start, b.end)


def _counted(text: str, finding: Finding) -> bool:
    return bool(COUNTED_AFTER.match(text, finding.end))


def _crosses(a: Finding, b: Finding) -> bool:
    """Whether two findings overlap and neither contains the other."""
    overlap = a.start < b.end and b.start < a.end
    a_in_b = b.start <= a.start and a.end <= b.end
    b_in_a = a.start <= b.start and b.end <= a.end
    return overlap and not a_in_b and not b_in_a  # sharing an end is containing, not crossing


@dataclass(frozen=True, order=True)
class Piece:
    """One number of a reading: its digits and the dictation's numbers it covers."""

    digits: str
    first: int
    last: int
    start: int  # its words in the text: part of a number's when a group is read otherwise
    end: int
    quantity: bool = False  # read with «тысяча»: four digits may end a phone, fill a card
    counted: bool = False  # a noun that counts follows: «… пять тысяч рублей»


def _dictated(
    text: str, normalized: Normalized, readers: list[EntityRecognizer], threshold: float
) -> list[Finding]:
    found = []
    contexts = [{word.lower() for word in reader.context} for reader in readers]
    for numbers, lines in dictations(text, normalized):
        if sum(len(n.value) for n in numbers) < MIN_DIGITS:
            continue
        cues = _cues(text, numbers[0].start, set().union(*contexts))
        if cues is None:  # a document word comes first: an order or a contract number
            continue
        readings = list(_readings(text, numbers))
        # Readings of the words as said (a group said twice, once) before a group read
        # otherwise, which is a guess; then the widest stretch (a card before the phone its
        # digits may hide), the reader whose own word cued it (a policy after «полис», not the
        # card its digits also make), as heard, the one that fits its layout best.
        candidates = sorted(
            (
                repaired,
                first.first - last.last,
                first.start - last.end,
                not cue,
                -max(reader.DICTATED_LENGTHS),
                order,
                -fit,
                first,
                last,
                r,
                score,
            )
            for r, reader in enumerate(readers)
            for cue in [bool(contexts[r] & cues)]
            for order, (repaired, reading) in enumerate(readings)
            for first, last, score, _, fit in _read(reading, reader, cue)
        )
        taken: list[tuple[int, int, int, float]] = []
        for *_, first, last, r, score in candidates:
            if not (cues & contexts[r] or _opens(numbers, first)):
                continue  # without a cue only what is said alone: «… 31 63 ⏎ так 8 987 …»
            if not any(a < last.end and first.start < b for a, b, *_ in taken):
                taken.append((first.start, last.end, r, score))
        for start, end, r, score in taken:
            if score < threshold:
                continue
            # Each line's words apart: the speaker tag between stays.
            cuts = [(numbers[i - 1].end, numbers[i].start) for i in lines]
            cuts = [(a, b) for a, b in cuts if start < b < end]
            for a, b in zip(
                [start, *(b for _, b in cuts)], [*(a for a, _ in cuts), end], strict=True
            ):
                entity = readers[r].supported_entities[0]
                found.append(Finding(a, b, entity, round(score, 4), readers[r].name))
    return found


def _opens(numbers: list[NumberSpan], piece: Piece) -> bool:
    """Whether a piece opens a run: no number said right before it."""
    number = numbers[piece.first]
    return number.opens_run and piece.start == number.start


def _read(reading: list[Piece], reader: EntityRecognizer, cue: bool):
    """(first number, last number, score, why, fit) of the stretches of a reading that the
    reader takes: from each start, the length it prefers (`DICTATED_LENGTHS`). `fit`: how many
    of its groups end where the reader's data is grouped when written (`DICTATED_LAYOUT`)."""
    for i, start in enumerate(reading):
        judged = {}
        for last, digits, ends in _stretches(reading[i:], reader):
            verdict = reader.read_dictation(digits, cue)
            if verdict:
                fit = sum(len(digits) - end in reader.DICTATED_LAYOUT for end in ends)
                judged[len(digits)] = (last, *verdict, fit)
        for length in reader.DICTATED_LENGTHS:
            if length in judged:
                last, score, why, fit = judged[length]
                if score < 1 and cue:
                    score = min(1.0, max(score + BOOST, WITH_CONTEXT))
                yield start, last, score, why, fit
                break


def _stretches(pieces: list[Piece], reader: EntityRecognizer):
    """(last number, digits, where its groups end) of the stretches from the first piece as
    long as the reader's data."""
    lengths = reader.DICTATED_LENGTHS
    digits = ""
    ends = []
    for piece in pieces:
        if piece.digits.startswith("+") and digits:
            return
        if piece.counted or (piece.quantity and len(piece.digits) != 4):
            return  # the number before «раз», «рублей» counts
        if not piece.digits.lstrip("+").isdigit():
            return
        digits += piece.digits
        ends.append(len(digits))
        if len(digits) > max(lengths):
            return
        if len(digits) in lengths:
            yield piece, digits, ends
        if piece.quantity and not reader.DICTATED_QUANTITIES:
            return  # a phone's last four said as a thousand: «… восемь тысяч четыреста»


def _readings(text: str, numbers: list[NumberSpan]):
    """The ways to read a dictation's numbers: as heard, with a group said twice read once,
    then each with one group read otherwise."""
    heard = [
        Piece(n.value, i, i, n.start, n.end, n.quantity, bool(COUNTED_AFTER.match(text, n.end)))
        for i, n in enumerate(numbers)
    ]
    bases = [heard, *_said_once(heard)]
    for once in bases:
        yield False, once
    for once in bases:
        for reading in _repaired(text, numbers, once):
            if reading:
                yield True, reading


def _repaired(text: str, numbers: list[NumberSpan], once: list[Piece]):
    """A reading with one group read otherwise, for each group that may be."""
    for i, piece in enumerate(once):
        words = text[numbers[piece.first].start : numbers[piece.last].end]
        if words[0].isdigit():
            continue
        digits = piece.digits
        if (
            not piece.quantity
            and len(digits) in (2, 3)
            and digits.isdigit()
            and digits[-2] != "0"
            and digits[0] != "0"
        ):
            # «четыреста сорок два» as 400 42, «шестьдесят девять» as 60 9: two groups run
            # together, when a group's words are a compound (a teen is one word: «шестнадцать»)
            head = digits[0] + "0" * (len(digits) - 1)
            tail = digits[1:].lstrip("0") if len(digits) == 2 else digits[1:]
            if tail and (len(digits) == 3 or digits[0] != "1"):
                yield _split(text, once, i, 1, head, tail)
        if (  # «восемь тысяч восемьсот шестьдесят пять» as 8860 5: a unit that opens a group
            len(digits) >= 3 and digits.isdigit() and digits[-2] not in "01" and digits[-1] != "0"
        ):  # «… сорок семь восемьдесят | восемь раз»: the count is the unit alone
            yield _split(text, once, i, -1, digits[:-1] + "0", digits[-1])
        thousands = digits[:-3]
        if (  # «…ноль семьдесят пять тысяч сто сорок»: 070 5140, the last four as a thousand
            piece.quantity
            and len(thousands) >= 2
            and digits.isdigit()
            and thousands[-1] != "0"
            and not piece.counted
        ):
            said = _words(text, piece)
            at = next((k for k, w in enumerate(said) if THOUSAND_FIRST.match(w)), 0)
            head, tail = thousands[:-1] + "0", thousands[-1] + digits[-3:]
            yield _split(text, once, i, at - 1, head, tail) if at else None
        before = once[i - 1] if i else None
        if (  # «…двести пятьдесят четыре тысячи восемьсот…»: 9250 4846, not 9254 1846
            before
            and piece.quantity
            and len(digits) == 4
            and digits[0] == "1"
            and THOUSAND_FIRST.match(words)
            and before.digits[-1:].isdigit()
            and before.digits[-1] != "0"
        ):
            merged = replace(piece, digits=before.digits + digits, start=before.start)
            reading = _split(
                text,
                [*once[: i - 1], merged],
                i - 1,
                -1 - len(_words(text, piece)),
                before.digits[:-1] + "0",
                before.digits[-1] + digits[1:],
            )
            if reading:
                yield [*reading, *once[i + 1 :]]


def _words(text: str, piece: Piece) -> list[str]:
    return WORD.findall(text, piece.start, piece.end)


def _split(text: str, pieces: list[Piece], i: int, at: int, head: str, tail: str):
    """`pieces` with piece i read as two groups, `head` and `tail`, the tail from its word `at`
    (counted from the end if negative); None when the piece has too few words."""
    piece = pieces[i]
    words = list(WORD.finditer(text, piece.start, piece.end))
    if not -len(words) < at < len(words) or at == 0:
        return None
    cut = words[at]
    head_piece = replace(
        piece,
        digits=head,
        end=words[at - 1].end(),
        counted=False,
        quantity=len(head) == 4 and piece.quantity,
    )
    tail_piece = replace(
        piece, digits=tail, start=cut.start(), quantity=len(tail) == 4 and piece.quantity
    )
    return [*pieces[:i], head_piece, tail_piece, *pieces[i + 1 :]]


def _said_once(pieces: list[Piece]):
    """The reading with a group said twice read once, for each such group: «восемьсот тридцать
    девять э восемьсот тридцать девять», «девять один семь э девять один семь» (one to four
    numbers, two digits or more)."""
    for i in range(1, len(pieces)):
        for size in range(1, min(MAX_REPEAT, i, len(pieces) - i) + 1):
            said, again = pieces[i - size : i], pieces[i : i + size]
            if [p.digits for p in said] == [p.digits for p in again] and (
                sum(len(p.digits) for p in said) >= 2
            ):
                merged = replace(pieces[i - 1], last=again[-1].last, end=again[-1].end)
                yield [*pieces[: i - 1], merged, *pieces[i + size :]]
                break


def _cues(text: str, start: int, context: set[str]) -> set[str] | None:
    """Lemmas of the words before `start` on its line and on the line before (a question:
    «продиктуйте номер карты»); None when a document word comes nearer than any word of the
    `context` («номер заказа …», but «номер телефона с которого оформляли заказ …»)."""
    line_start = text.rfind("\n", 0, start) + 1
    before = CUE_WORD.findall(text, line_start, start)[-PREVIOUS_LINE_WORDS:]
    lemmas = [lemma(word) for word in before]
    for i, word in enumerate(reversed(before)):
        if lemmas[-1 - i] in context - ANY_NUMBER:
            break
        if i < WORDS_BEFORE and DOCUMENT_WORD.fullmatch(word):
            return None
    earlier = question(text, start, PREVIOUS_LINE_WORDS, CUE_WORD)
    return {*lemmas, *(lemma(word) for word in earlier)}


def _quantity(normalized: Normalized, start: int, end: int) -> bool:
    """A finding within one number read as an amount, a year or a date: «оплатила картой тысячу
    двести» is no card's last four digits, which are dictated («двенадцать тридцать четыре»)."""
    number = normalized.number_at(start, end)
    return number is not None and number.quantity


def _lemmas_around(text: str, start: int, end: int) -> set[str]:
    """Lemmas of the words just before and after a span, on its line."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    before = CUE_WORD.findall(text, line_start, start)[-WORDS_BEFORE:]
    after = CUE_WORD.findall(text, end, line_end)[:WORDS_AFTER]
    return {lemma(word) for word in before + after}
