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
from bisect import bisect_left, bisect_right, insort
from dataclasses import dataclass, field, replace
from itertools import islice
from operator import attrgetter

from presidio_analyzer import EntityRecognizer

from redactor.detect.morph import lemma, word_info
from redactor.detect.normalize import Normalized, NumberSpan, normalize
from redactor.detect.normalize.dictation import REPAIR, dictations
from redactor.detect.normalize.text import COUNTED_AFTER
from redactor.detect.recognizers.answers import first_words, last_words, question
from redactor.detect.recognizers.base import CUE_WORD, DOCUMENT_WORD
from redactor.finding import Finding

BOOST = 0.35  # Presidio's context_similarity_factor
WITH_CONTEXT = 0.4  # and its min_score_with_context_similarity
WORDS_BEFORE, WORDS_AFTER = 5, 2  # as the engine's ContextEnhancer
PREVIOUS_LINE_WORDS = 12  # a dictation answers the line before: «назовите номер карты»
MAX_LEFTOVER = 2  # digits left over at a dictation's end that its finding takes in
MIN_DIGITS = 8  # the shortest dictation a reader takes: a bare phone with two groups run together
MAX_REPEAT = 4  # numbers in a group said twice: a card's four digits one by one
# Numbers in a dictation beyond which its repairs and groups said twice are not looked for: the
# longest answer (a card, a passport and a СНИЛС in one breath) is some 40 numbers, and a run of
# hundreds is a table read aloud or crafted input, read as heard (at a fifth of the cost).
MAX_REPAIRED = 128
# «звонок номер 99 26 592 093», «номер звонка …» name the call, not a phone («для звонков номер …»
# is one)
CALL_ID = {("звонок", "номер"), ("звонок", "№"), ("номер", "звонка")}
ANY_NUMBER = {"номер"}
VERB_FORMS = frozenset({"VERB", "INFN", "PRTF", "PRTS", "GRND"})
# A question's last words, where it names the number it asks for: «… номер заказа», «паспорт
# серия номер»; not «номер, на который оформлен договор».
ASKED_LAST = 3  # a cue that labels any number: «заказ номер …» is still an order's
WORD = re.compile(r"[^\W_]+")
THOUSAND_FIRST = re.compile(r"ты[сщ]", re.IGNORECASE)


def spoken_findings(
    text: str,
    recognizers: list[EntityRecognizer],
    entities: list[str],
    threshold: float,
    normalized: Normalized | None = None,
) -> list[Finding]:
    """`normalized`: `normalize(text)`, when the caller has it already."""
    normalized = normalize(text) if normalized is None else normalized
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
        # …or, for a card's last four after «заканчивается на», the recognizer itself.
        reads_quantity = getattr(recognizer, "reads_quantity", None)
        for r in recognizer.analyze(normalized.text, entities, None):
            if not normalized.touches(r.start, r.end):
                continue
            if (
                not quantities
                and _quantity(normalized, r.start, r.end)
                and not (
                    reads_quantity
                    and not _round(normalized, r.start, r.end)
                    and reads_quantity(normalized.text, r.start)
                )
            ):
                continue
            public = getattr(recognizer, "spoken_public", None)
            if public and public(normalized.text[r.start : r.end]):
                continue  # «восемь восемьсот …»: a hotline (`PhoneRecognizer.spoken_public`)
            start, end = normalized.to_original(r.start, r.end)
            if _call_id(last_words(text, start, 2, CUE_WORD)):
                continue
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
        ordered = sorted(dictated, key=attrgetter("start"))
        found = [f for f in found if not _spoiled(text, f, ordered)]
        found += dictated
    return found


def _spoiled(text: str, f: Finding, dictated: list[Finding]) -> bool:
    """Whether `f` crosses a dictated number, or takes one in with a count after it. Dictated
    findings never overlap: in text order, only those around `f` need a look."""
    i = bisect_right(dictated, f.start, key=attrgetter("end"))  # the first that ends after f starts
    while i < len(dictated) and dictated[i].start < f.end:
        d = dictated[i]
        if _crosses(f, d) or (_contains(f, d) and _counted(text, f)):
            return True
        i += 1
    return False


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
    # Said right after a repair («… ой нет» before it): a stretch reads on into it only where
    # the group taken back is left out.
    retold: bool = False
    # What a reader reads of it: readings that differ only in where their words were said are
    # read alike («ноль ноль ноль …» said over and over).
    heard: tuple[str, bool, bool, bool] = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        heard = (self.digits, self.quantity, self.counted, self.retold)
        object.__setattr__(self, "heard", heard)


def _dictated(
    text: str, normalized: Normalized, readers: list[EntityRecognizer], threshold: float
) -> list[Finding]:
    found = []
    contexts = [{word.lower() for word in reader.context} for reader in readers]
    longest = max(max(reader.DICTATED_LENGTHS) for reader in readers)  # digits of a stretch
    for numbers, lines in dictations(text, normalized):
        if sum(len(n.value) for n in numbers) < MIN_DIGITS:
            continue
        cues = _cues(text, numbers[0].start, set().union(*contexts))
        if cues is None:  # a document word comes first: an order or a contract number
            continue
        readings = _readings(text, numbers, longest)
        cued = [bool(context & cues) for context in contexts]
        whole = (0, len(numbers) - 1)
        memo: dict = {}
        # A reading that takes in the whole dictation first: «плюс семь девятьсот один пятьсот
        # ноль девять восемьдесят два семьдесят три» is +7 901 509 82 73, though as heard its
        # first twelve digits make a phone too and leave «семьдесят три» over. Then readings
        # of the words as said (a group said twice, once) before a group read
        # otherwise, which is a guess; then the widest stretch (a card before the phone its
        # digits may hide), the reader whose own word cued it (a policy after «полис», not the
        # card its digits also make), as heard, the one that fits its layout best.
        candidates = sorted(
            (
                (first.first, last.last) != whole,
                repaired,
                first.first - last.last,
                first.start - last.end,
                not cued[r],
                -max(readers[r].DICTATED_LENGTHS),
                order,
                -fit,
                first,
                last,
                r,
                score,
            )
            for repaired, order, reading, starts in readings
            for r, first, last, score, fit in _read(reading, starts, readers, cued, memo)
        )
        # Of stretches alike, one that starts where the speaker started a group: «девятьсот
        # семьдесят восемь ноль ноль три эээ сейчас сорок один восемнадцать» is 978 003 41 18,
        # not 3 41 18 978 00 with the fillers and the number said again inside.
        candidates.sort(key=lambda c: (c[:3], not _opens(numbers, c[-4])))
        taken: list[tuple[int, int, int, float]] = []
        spans: list[tuple[int, int]] = []  # of `taken`, sorted: they never overlap
        for *_, first, last, r, score in candidates:
            if not (cues & contexts[r] or _opens(numbers, first)):
                continue  # without a cue only what is said alone: «… 31 63 ⏎ так 8 987 …»
            i = bisect_left(spans, (last.end,))  # the first taken that starts at its end or later
            if i == 0 or spans[i - 1][1] <= first.start:
                insort(spans, (first.start, last.end))
                taken.append((first.start, last.end, r, score))
        # Each line's words apart: the speaker tag between stays.
        line_cuts = [(numbers[i - 1].end, numbers[i].start) for i in lines]
        line_starts = [b for _, b in line_cuts]
        for start, end, r, score in taken:
            if score < threshold:
                continue
            end = _leftover(text, numbers, end, spans)
            cuts = line_cuts[bisect_right(line_starts, start) : bisect_left(line_starts, end)]
            for a, b in zip(
                [start, *(b for _, b in cuts)], [*(a for a, _ in cuts), end], strict=True
            ):
                entity = readers[r].supported_entities[0]
                found.append(Finding(a, b, entity, round(score, 4), readers[r].name))
    return found


def _leftover(text: str, numbers: list[NumberSpan], end: int, spans) -> int:
    """The end of a stretch with the last digit or two of its dictation that no reading took
    («… девятнадцать восемь», a digit said too many): what was dictated goes, all of it. Not a
    number that counts («… два раза»), not across a line or another finding."""
    after = [n for n in numbers if n.start >= end]
    if not after or sum(len(n.value) for n in after) > MAX_LEFTOVER:
        return end
    if any(s < after[-1].end and after[0].start < e for s, e in spans):
        return end
    if "\n" in text[end : after[-1].end] or COUNTED_AFTER.match(text, after[-1].end):
        return end
    if not all(n.value.isdigit() and not n.quantity for n in after):
        return end
    return after[-1].end


def _opens(numbers: list[NumberSpan], piece: Piece) -> bool:
    """Whether a piece opens a run: no number said right before it."""
    number = numbers[piece.first]
    return number.opens_run and piece.start == number.start


def _read(reading: list[Piece], starts: range, readers: list, cued: list[bool], memo: dict):
    """(reader, first number, last number, score, fit) of the stretches of a reading that the
    readers take: from each of `starts`, the length each prefers (`DICTATED_LENGTHS`). `cued`:
    whether a word of each reader's context came before. `memo` keeps what the readers made
    of the numbers from a start, which the readings of a dictation share."""
    longest = max(max(reader.DICTATED_LENGTHS) for reader in readers)
    heard = [piece.heard for piece in reading]
    for i in starts:
        key = tuple(heard[i : i + longest + 1])  # a stretch takes at most these pieces in
        if key not in memo:
            memo[key] = list(_judged(_stretch(reading, i, longest), readers, cued, memo))
        for r, k, score, fit in memo[key]:
            yield r, reading[i], reading[i + k], score, fit


def _judged(stretch: list[tuple[Piece, str]], readers: list, cued: list[bool], verdicts: dict):
    """(reader, pieces taken − 1, score, fit) of what each reader takes of a stretch: the
    length it prefers. `fit`: how many of its groups end where the reader's data is grouped
    when written (`DICTATED_LAYOUT`)."""
    lengths = {len(digits): k for k, (_, digits) in enumerate(stretch)}
    # A phone's last four said as a thousand end it: «… восемь тысяч четыреста».
    quantity = next((k for k, (piece, _) in enumerate(stretch) if piece.quantity), len(stretch))
    for r, reader in enumerate(readers):
        for length in reader.DICTATED_LENGTHS:
            k = lengths.get(length)
            if k is None or (k > quantity and not reader.DICTATED_QUANTITIES):
                continue
            digits = stretch[k][1]
            if (r, digits) not in verdicts:
                verdicts[r, digits] = reader.read_dictation(digits, cued[r])
            if verdicts[r, digits]:
                score, _ = verdicts[r, digits]
                if score < 1 and cued[r]:
                    score = min(1.0, max(score + BOOST, WITH_CONTEXT))
                layout = reader.DICTATED_LAYOUT
                fit = sum(length - len(d) in layout for _, d in stretch[: k + 1])
                yield r, k, score, fit
                break


def _stretch(pieces: list[Piece], first: int, longest: int) -> list[tuple[Piece, str]]:
    """(number, digits so far) of the stretch from piece `first` up to `longest` digits."""
    stretch = []
    digits = ""
    for piece in islice(pieces, first, None):
        if (piece.digits.startswith("+") or piece.retold) and digits:
            break  # «+7» starts a number anew; «ой нет …» takes back the group before
        if piece.counted or (piece.quantity and len(piece.digits) != 4):
            break  # the number before «раз», «рублей» counts
        if not piece.digits.lstrip("+").isdigit():
            break
        digits += piece.digits
        if len(digits) > longest:
            break
        stretch.append((piece, digits))
    return stretch


def _readings(text: str, numbers: list[NumberSpan], longest: int):
    """(repaired, order, pieces, starts) of the ways to read a dictation's numbers: as heard,
    with a group said twice read once, then each with one group read otherwise (`repaired`).
    `order` sorts them so. A reading other than as heard differs from it in a number or two,
    and a stretch has at most `longest` digits: only the stretches that take in a difference
    are new, and the reading is given as the pieces around it, read from `starts` (`_around`).
    A dictation of n numbers is so read in time proportional to n, not n² or n³."""
    heard = [
        Piece(
            n.value,
            i,
            i,
            n.start,
            n.end,
            n.quantity,
            bool(COUNTED_AFTER.match(text, n.end)),
            bool(i and REPAIR.fullmatch(text, numbers[i - 1].end, n.start)),
        )
        for i, n in enumerate(numbers)
    ]
    yield False, (0,), heard, range(len(heard))
    if len(heard) > MAX_REPAIRED:
        return
    repeats = [(i, size, _said_once(heard, i, size)) for i, size in _repeats(heard)]
    for i, size, once in repeats:
        yield False, (1, i), *_around(heard, i - 1, i + size, [once], longest)
    for j in range(len(heard)):
        for kind, (lo, hi, new) in enumerate(_repairs(text, numbers, heard, j)):
            yield True, ((0,), j, kind), *_around(heard, lo, hi, new, longest)
    # «сто двадцать три ой нет сто тридцать два»: the group or two before a repair taken back
    for j in range(1, len(heard)):
        if heard[j].retold:
            again = [replace(heard[j], retold=False)]
            for size in (1, 2):
                if j - size >= 0:
                    yield True, ((2,), j, size), *_around(heard, j - size, j + 1, again, longest)
    # A reading with a group said once and another read otherwise: new only where a stretch
    # can take in both, so only the groups a stretch away from the one said once.
    margin = 2 * longest + 4
    for i, size, once in repeats:
        left = max(i - 1 - margin, 0)
        base = [*heard[left : i - 1], once, *heard[i + size : i + size + margin]]
        m = i - 1 - left
        for j in _near(base, m, longest):
            for kind, (lo, hi, new) in enumerate(_repairs(text, numbers, base, j)):
                yield True, ((1, i), left + j, kind), *_around(base, lo, hi, new, longest, m)


def _near(pieces: list[Piece], m: int, longest: int):
    """The pieces a stretch of `longest` digits can take in together with piece m."""
    yield m
    for step in (-1, 1):
        j, digits = m + step, 0
        while 0 <= j < len(pieces):
            if step == 1:
                digits += len(pieces[j - 1].digits)
            if digits >= longest:
                break
            yield j
            if step == -1:
                digits += len(pieces[j].digits)
            j += step


def _around(pieces: list[Piece], lo: int, hi: int, new: list[Piece], longest: int, near=None):
    """The reading `pieces` with pieces[lo:hi] read as `new`, as (pieces, starts): the pieces
    around the change that a stretch of `longest` digits may take in with it, and the starts of
    the stretches that may. `near`: another piece that differs from the reading as heard (a
    group said once), which the stretches must take in too."""
    first = lo if near is None else min(lo, near)
    end = hi if near is None else max(hi, near + 1)
    left = max(first - longest, 0)
    window = [*pieces[left:lo], *new, *pieces[hi : end + longest + 1]]
    # In the window: the earlier change ends at `inside`, the later one starts at `later`.
    edit, shift = lo - left, len(new) - (hi - lo)
    where = None if near is None else near - left + (shift if near >= hi else 0)
    if where is None or lo <= near < hi:
        earlier, inside, later = edit, edit + len(new), edit
    elif near < lo:
        earlier, inside, later = where, where + 1, edit
    else:
        earlier, inside, later = edit, edit + len(new), where
    # A stretch from s takes in the later change only if the digits before it leave room.
    s, digits = earlier, sum(len(p.digits) for p in window[earlier:later])
    while s > 0 and digits + len(window[s - 1].digits) < longest:
        s -= 1
        digits += len(window[s].digits)
    if digits >= longest:
        s = earlier + 1
    # and reads no further than `longest` digits from its last start.
    stop, digits = inside, 0
    while stop < len(window) and digits <= longest:
        digits += len(window[stop].digits)
        stop += 1
    return window[s:stop], range(max(inside - s, 0))


def _repairs(text: str, numbers: list[NumberSpan], once: list[Piece], i: int):
    """(lo, hi, pieces) of each way to read group i of a reading otherwise: once[lo:hi] read
    as `pieces`."""
    piece = once[i]
    words = text[numbers[piece.first].start : numbers[piece.last].end]
    if words[0].isdigit():
        return
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
            yield from _split(text, piece, i, 1, head, tail)
    if (  # «восемь тысяч восемьсот шестьдесят пять» as 8860 5: a unit that opens a group
        len(digits) >= 3 and digits.isdigit() and digits[-2] not in "01" and digits[-1] != "0"
    ):  # «… сорок семь восемьдесят | восемь раз»: the count is the unit alone
        yield from _split(text, piece, i, -1, digits[:-1] + "0", digits[-1])
    after = once[i + 1 : i + 3]
    if (  # «пятьсот ноль три» as 503, «две тысячи двести ноль один» as 2201: the zero said
        # for the empty tens, not a group of its own
        len(digits) == (4 if piece.quantity else 3)
        and digits.isdigit()
        and digits.endswith("00")
        and len(after) == 2
        and after[0].digits == "0"
        and after[1].digits.isdigit()
        and len(after[1].digits) == 1
        and not after[1].counted
    ):
        merged = replace(piece, digits=digits[:-2] + "0" + after[1].digits, last=after[1].last)
        yield i, i + 3, [replace(merged, end=after[1].end)]
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
        if at:
            yield from _split(text, piece, i, at - 1, head, tail)
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
        yield from _split(
            text,
            merged,
            i - 1,
            -1 - len(_words(text, piece)),
            before.digits[:-1] + "0",
            before.digits[-1] + digits[1:],
            i + 1,
        )


def _words(text: str, piece: Piece) -> list[str]:
    return WORD.findall(text, piece.start, piece.end)


def _split(text: str, piece: Piece, i: int, at: int, head: str, tail: str, hi: int = 0):
    """(i, hi, [head piece, tail piece]): `piece` read as two groups, `head` and `tail`, the
    tail from its word `at` (counted from the end if negative), in place of the reading's
    pieces i to `hi` (i + 1 by default); nothing when the piece has too few words."""
    words = list(WORD.finditer(text, piece.start, piece.end))
    if not -len(words) < at < len(words) or at == 0:
        return
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
    yield i, hi or i + 1, [head_piece, tail_piece]


def _repeats(pieces: list[Piece]):
    """(i, size) of each group said twice: pieces[i - size : i] said again as pieces[i : i +
    size] («восемьсот тридцать девять э восемьсот тридцать девять», «девять один семь э девять
    один семь»: one to four numbers, two digits or more)."""
    for i in range(1, len(pieces)):
        for size in range(1, min(MAX_REPEAT, i, len(pieces) - i) + 1):
            said, again = pieces[i - size : i], pieces[i : i + size]
            if [p.digits for p in said] == [p.digits for p in again] and (
                sum(len(p.digits) for p in said) >= 2
            ):
                yield i, size
                break


def _said_once(pieces: list[Piece], i: int, size: int) -> Piece:
    """The last number of a group said twice, taking in its repetition (`_repeats`)."""
    said, again = pieces[i - 1], pieces[i + size - 1]
    return Piece(said.digits, said.first, again.last, said.start, again.end, *said.heard[1:])


def _cues(text: str, start: int, context: set[str]) -> set[str] | None:
    """Lemmas of the words before `start` on its line and on the line before (a question:
    «продиктуйте номер карты»); None when a document word comes nearer than any word of the
    `context` («номер заказа …», but «номер телефона с которого оформляли заказ …»)."""
    before = last_words(text, start, PREVIOUS_LINE_WORDS, CUE_WORD)
    lemmas = [lemma(word) for word in before]
    if _call_id(before):
        return None
    for i, word in enumerate(reversed(before)):
        if lemmas[-1 - i] in context - ANY_NUMBER:
            break
        if i < WORDS_BEFORE and DOCUMENT_WORD.fullmatch(word):
            return None
    earlier = question(text, start, PREVIOUS_LINE_WORDS, CUE_WORD)
    asked = [lemma(word) for word in earlier]
    # «назовите номер заказа» — «сорок семь двенадцать …»: the answer is the document's
    # number, unless the question names a phone or a card too («телефон, на который оформлен
    # заказ»), or the answer's own words do.
    named = earlier[-ASKED_LAST:]
    if (
        any(_document(w) for w in named)
        and not any(w.lower().startswith("котор") for w in earlier)  # «номер, на который …»
        and not set(asked) & (context - ANY_NUMBER)
        and not set(lemmas) & (context - ANY_NUMBER)  # «… на карту пять два два восемь …»
    ):
        return None
    return {*lemmas, *asked}


def _document(word: str) -> bool:
    """A document named by a noun: «номер заказа», «накладной», not «по какому номеру
    заказывали»."""
    return bool(DOCUMENT_WORD.fullmatch(word)) and word_info(word).pos not in VERB_FORMS


def _call_id(words: list[str]) -> bool:
    """«звонок номер …», «номер звонка …» right before a number: the call's own id, which a
    phone word («звонок») would otherwise cue as a phone."""
    return tuple(word.lower() for word in words[-2:]) in CALL_ID


def _quantity(normalized: Normalized, start: int, end: int) -> bool:
    """A finding within one number read as an amount, a year or a date: «оплатила картой тысячу
    двести» is no card's last four digits, which are dictated («двенадцать тридцать четыре»)."""
    number = normalized.number_at(start, end)
    return number is not None and number.quantity


def _round(normalized: Normalized, start: int, end: int) -> bool:
    """A round thousand («семь с половиной тысяч»): an amount, whatever was asked."""
    number = normalized.number_at(start, end)
    return number is not None and number.value.endswith("000")


def _lemmas_around(text: str, start: int, end: int) -> set[str]:
    """Lemmas of the words just before and after a span, on its line."""
    before = last_words(text, start, WORDS_BEFORE, CUE_WORD)
    after = first_words(text, end, WORDS_AFTER, CUE_WORD)
    return {lemma(word) for word in before + after}
