"""What the recognizers' findings imply elsewhere in a conversation, found after them.

A number read back, corrected or said again in pieces; a phone or an address given over
several turns; a street said again without its type; the surname before a found first name and
patronymic. Each pass reads a piece of text, the findings so far and the piece's numbers said
in words (read once, `normalize`), and adds findings of its own. They run in the order of
`PASSES`, because a later pass builds on what an earlier one found (an address's edges on its
joined pieces, a read-back on a repaired number). Two steps take findings away: a street
named after a person («проспекте вернадского») names no one, before the address passes; and a
company's own office, phone line or mailbox, with any name inside it («ул. Генерала
Глаголева»), is no one's personal data, at the end.

One module per pass (`echoes.py`, `phone_pieces.py`, …), each with its examples and
counter-examples; this one only orders them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import NamedTuple

from redactor.detect import organisation
from redactor.detect.account_echoes import account_echoes
from redactor.detect.address_echoes import address_echoes
from redactor.detect.address_edges import address_edges
from redactor.detect.address_joins import address_joins
from redactor.detect.birth_echoes import birth_echoes
from redactor.detect.code_answers import code_answers
from redactor.detect.diminutives import diminutives
from redactor.detect.echoes import echoes
from redactor.detect.email_echoes import email_echoes
from redactor.detect.flat_ordinals import flat_ordinals
from redactor.detect.full_names import full_names
from redactor.detect.normalize import Normalized
from redactor.detect.phone_echoes import phone_echoes
from redactor.detect.phone_pieces import phone_pieces
from redactor.detect.piece_echoes import piece_echoes
from redactor.detect.repairs import repairs
from redactor.detect.role_names import role_names
from redactor.detect.series_rest import series_rest
from redactor.detect.spoken_address_echoes import spoken_address_echoes
from redactor.detect.spoken_address_edges import spoken_address_edges
from redactor.detect.spoken_units import spoken_units
from redactor.detect.street_names import street_names
from redactor.detect.vocatives import vocatives
from redactor.entities import (
    ADDRESS,
    DATE_OF_BIRTH,
    EMAIL_ADDRESS,
    HANDLE,
    PERSON,
    PHONE_NUMBER,
    RU_PASSPORT,
    SECRET,
)
from redactor.finding import Finding

Find = Callable[[str, list[Finding], Normalized], list[Finding]]


class Pass(NamedTuple):
    entity: str | None  # what it finds, run only when asked for; None: what it echoes
    find: Find


def _findings(find: Callable[[str, list[Finding]], list[Finding]]) -> Find:
    """A pass that needs no numbers said in words."""
    return lambda text, findings, normalized: find(text, findings)


def _numbers(find: Callable[[str, Normalized], list[Finding]]) -> Find:
    """A pass that needs no findings, only the numbers said in words."""
    return lambda text, findings, normalized: find(text, normalized)


def _text(find: Callable[[str], list[Finding]]) -> Find:
    """A pass that reads the text alone."""
    return lambda text, findings, normalized: find(text)


# Numbers said again: before the address and name passes, which may read what they find.
NUMBERS: Sequence[Pass] = (
    Pass(RU_PASSPORT, series_rest),  # a series, ⏎ угу ⏎ its number
    Pass(None, echoes),  # a number read back or said again in halves
    Pass(PHONE_NUMBER, phone_pieces),  # a phone said in pieces with words between
    Pass(None, piece_echoes),  # a long number dictated over several turns, read back
    Pass(None, repairs),  # «… пятьдесят семь ой нет пятьдесят шесть»
    Pass(PHONE_NUMBER, _findings(phone_echoes)),  # halves over two turns, a tail read back
    Pass(EMAIL_ADDRESS, email_echoes),  # «g, точка, arutyunyan, 95, собака, …»
    Pass(SECRET, _text(code_answers)),  # «Уже пришёл, 7730.» after a turn about a code
    Pass(HANDLE, _findings(account_echoes)),  # an account's number written again
    Pass(DATE_OF_BIRTH, _findings(birth_echoes)),  # «Ой, 31 июля, конечно»
)
# Addresses in pieces, then names: after `street_names` has taken the streets' people away.
PLACES_AND_PEOPLE: Sequence[Pass] = (
    Pass(ADDRESS, _numbers(flat_ordinals)),  # «в сорок первой квартире»
    Pass(ADDRESS, _findings(address_joins)),  # the building between pieces, a flat's street
    Pass(ADDRESS, _findings(address_edges)),  # the region and town before, the floor after
    Pass(ADDRESS, _findings(spoken_units)),  # «двадцать седьмой дом корпус три»
    Pass(ADDRESS, _findings(spoken_address_edges)),  # «улица сакко и ванцетти дом семь»
    Pass(ADDRESS, _findings(address_echoes)),  # «Лиговский, 10»: a street again
    Pass(ADDRESS, _findings(spoken_address_echoes)),  # «де геннина сорок один»
    Pass(PERSON, _findings(full_names)),  # «пестова галина ивановна»
    Pass(PERSON, _findings(diminutives)),  # «ленка», «данилке»
    Pass(PERSON, _findings(role_names)),  # «курьер сухроб»
    Pass(PERSON, _findings(vocatives)),  # «Любовь, сожалею» after «Семёнова Любовь Геннадьевна»
)


def after_recognizers(
    text: str, findings: list[Finding], normalized: Normalized, wanted: list[str]
) -> list[Finding]:
    """`findings` with what the passes add, less what names no one (see the module)."""
    findings = _run(NUMBERS, text, findings, normalized, wanted)
    findings = street_names(text, findings, normalized)
    findings = _run(PLACES_AND_PEOPLE, text, findings, normalized, wanted)
    ours = [f for f in findings if organisation.own(text, f)]
    return [f for f in findings if not any(o.start <= f.start and f.end <= o.end for o in ours)]


def _run(passes, text, findings, normalized, wanted) -> list[Finding]:
    for step in passes:
        if step.entity is None or step.entity in wanted:
            found = step.find(text, findings, normalized)
            findings = findings + [f for f in found if f.entity_type in wanted]
    return findings
