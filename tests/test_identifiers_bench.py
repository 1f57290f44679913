"""The identifiers benchmark (`benchmarks/identifiers.py`) is an oracle only if its own checksums
are right: they are checked here on published numbers, the gold spans on the text they point
at, and the scoring on fake findings. No model is loaded."""

from __future__ import annotations

import random
import re

import pytest

from benchmarks import identifiers as ids
from benchmarks.asr import DIGIT_WORDS, HUNDREDS, TEENS, TENS, THOUSAND
from redactor.finding import Finding

# (number, valid): published examples, and the same with one digit changed.
SNILS = [
    ("11223344595", True),  # the ПФР's own example, 112-233-445 95
    ("11223344596", False),
    ("00132667900", True),  # the weighted sum is 100: the key is 00
    ("02896464300", True),  # 201 mod 101 is 100: the key is 00 too
    ("00183983237", True),  # 138 mod 101 = 37
    ("00100199800", False),  # 001-001-998 and below have no key
]
INN = [
    ("7707083893", True),  # ПАО Сбербанк
    ("7707083894", False),
    ("500100732259", True),
    ("500100732258", False),
    ("500100732269", False),
    ("770708389", False),
]
LUHN = [("4111111111111111", True), ("79927398713", True), ("79927398710", False),
        ("2202206178431111", False)]  # fmt: skip
IBAN = [
    ("DE89370400440532013000", True),  # ISO 13616's example
    ("GB82WEST12345698765432", True),  # the ECBS example
    ("GB82WEST12345698765433", False),
    ("DE88370400440532013000", False),
]
# HL7 v2's examples of its Mod10 check digit, which the ЕНП of an ОМС policy uses.
HL7 = [("12345", "5"), ("401", "0"), ("9999", "4"), ("99999999", "8")]


@pytest.mark.parametrize(("number", "valid"), SNILS)
def test_snils(number, valid):
    assert ids.snils_ok(number) is valid


@pytest.mark.parametrize(("number", "valid"), INN)
def test_inn(number, valid):
    assert ids.inn_ok(number) is valid


@pytest.mark.parametrize(("number", "valid"), LUHN)
def test_luhn(number, valid):
    assert ids.luhn_ok(number) is valid


@pytest.mark.parametrize(("number", "valid"), IBAN)
def test_iban(number, valid):
    assert ids.iban_ok(number) is valid


@pytest.mark.parametrize(("body", "digit"), HL7)
def test_hl7_mod10(body, digit):
    assert ids.hl7_mod10(body) == digit


def test_oms_number_fails_with_any_other_last_digit():
    number = ids.oms_number(random.Random(1))
    assert ids.oms_ok(number)
    assert not any(ids.oms_ok(number[:15] + d) for d in "0123456789" if d != number[15])


def test_account_key_catches_every_single_digit_change():
    """Weights 7, 1, 3 are all prime to 10: changing any one digit breaks the key."""
    rng = random.Random(2)
    for bik in ids.BIKS[:4]:
        account = ids.account_number(rng, bik)
        assert ids.account_ok(bik, account)
        assert not ids.account_ok(ids.BIKS[-1], account) or bik[-3:] == ids.BIKS[-1][-3:]
        for i in range(20):
            changed = account[:i] + str((int(account[i]) + 1) % 10) + account[i + 1 :]
            assert not ids.account_ok(bik, changed)


def test_generated_values_pass_and_negatives_fail():
    rng = random.Random(3)
    for _ in range(200):
        assert ids.snils_ok(ids.snils_number(rng))
        assert ids.inn_ok(ids.inn_number(rng, 10)) and ids.inn_ok(ids.inn_number(rng, 12))
        assert ids.luhn_ok(ids.card_number(rng)) and ids.iban_ok(ids.iban_number(rng))
        for length in (10, 12, 16, 18, 20):
            number = ids.long_number(rng, length, [])
            assert ids.fails_all(number, ids.BIKS) and len(number) == length


def test_spoken_groups():
    rng = random.Random(4)
    assert ids.spoken("11223344595", [3, 3, 3, 2], rng, "layout", filler=0)[0] == (
        "сто двенадцать двести тридцать три четыреста сорок пять девяносто пять"
    )
    assert ids.spoken("0507", [2, 2], rng, "layout", 0) == ("ноль пять ноль семь", "layout")
    assert ids.spoken("4512", [], rng, "digit by digit", 0)[0] == "четыре пять один два"
    assert ids.spoken("1005", [2, 2], rng, "pairs", 0)[0] == "десять ноль пять"
    assert ids.spoken("30045", [3, 2], rng, "layout", 0)[1] == "layout, run together"  # 345?
    said, how = ids.spoken("101010", [2, 2, 2], rng, "layout", filler=1)
    assert how == "layout, filler inside" and len(said.split()) == 4


DOCS = ids.documents(150, seed=ids.SEEDS["development"])
NUMBER_WORDS = {
    *DIGIT_WORDS, *TEENS, *TENS["nomn"].split(), *HUNDREDS["nomn"].split(), *THOUSAND["nomn"],
    "одна", "две",
}  # fmt: skip
CHECKS = {
    ids.RU_SNILS: lambda d, _: len(d) == 11 and ids.snils_ok(d),
    ids.RU_INN: lambda d, _: ids.inn_ok(d),
    ids.RU_OMS: lambda d, _: ids.oms_ok(d),
    ids.CREDIT_CARD: lambda d, _: len(d) == 16 and ids.luhn_ok(d),
    ids.RU_BANK_ACCOUNT: lambda d, text: any(ids.account_ok(b, d) for b in ids.BIKS),
}


def test_gold_spans_point_at_their_values():
    assert DOCS and all(d["spans"] for d in DOCS)
    for doc in DOCS:
        text = doc["text"]
        for span in doc["spans"]:
            value = text[span["start"] : span["end"]]
            assert value and value == value.strip() and "\n" not in value
            digits = re.sub(r"\D", "", value)
            if span["label"] == ids.IBAN_CODE:
                assert ids.iban_ok(value.replace(" ", "").upper())
            elif span["label"] in CHECKS and span["form"] == ids.DIGITS:
                assert CHECKS[span["label"]](digits, text), span
            elif span["label"] in CHECKS:  # said in words, and nothing else
                assert set(value.split()) <= NUMBER_WORDS | set(ids.FILLERS), span
            if span["kind"] == "order number, 16–20 digits" and span["form"] == ids.DIGITS:
                assert 16 <= len(digits) <= 20 and ids.fails_all(digits, ids.BIKS)
            if span["kind"] == ids.WITH_BIK and span["form"] == ids.DIGITS:
                biks = [b for b in ids.BIKS if b in text]
                assert any(ids.account_ok(b, digits) for b in biks)


def test_asr_documents_have_no_capitals_or_punctuation():
    for doc in DOCS:
        if doc["kind"] == "asr":
            spoken_lines = [line.partition(": ")[2] for line in doc["text"].split("\n")]
            for line in spoken_lines:
                assert line == line.lower(), line
                assert not re.search(r"[,!?«»—;]", line), line


def test_generation_is_deterministic_per_seed():
    again = ids.documents(150, seed=ids.SEEDS["development"])
    assert again == DOCS
    assert ids.documents(150, seed=ids.SEEDS["held out"]) != DOCS


def _found_on_gold(doc, labels=None, parts="all"):
    """Findings exactly on the gold spans of `labels` (all but KEEP by default)."""
    spans = [s for s in doc["spans"] if s["label"] != ids.KEEP]
    spans = [s for s in spans if labels is None or s["label"] in labels]
    if parts == "first":
        spans = [
            s for s in spans if not any(o["value"] == s["value"] for o in spans[: spans.index(s)])
        ]
    return [Finding(s["start"], s["end"], s["label"], 1.0, "fake") for s in spans]


def test_scoring_with_fake_findings():
    """Findings on every gold span protect everything and keep every negative; none protect
    nothing; a two-part passport with one part found is partial."""
    perfect = ids.tally(ids.outcomes(DOCS, lambda t: _found_on_gold(_doc(t))))
    assert all(s.recall == 1.0 for k, s in perfect.items() if k[0] != ids.KEEP)
    assert all(s.untouched_share == 1.0 for k, s in perfect.items() if k[0] == ids.KEEP)
    nothing = ids.tally(ids.outcomes(DOCS, lambda t: []))
    assert all(s.recall == 0.0 for s in nothing.values())
    more = ids.documents(400, seed=ids.SEEDS["development"])
    split = [d for d in more if len({s["value"] for s in d["spans"]}) < len(d["spans"])]
    assert split, "the development set has a passport in two parts, «серия … номер …»"
    half = ids.outcomes(split[:1], lambda t: _found_on_gold(split[0], {ids.RU_PASSPORT}, "first"))
    passport = next(o for o in half if o.label == ids.RU_PASSPORT)
    assert passport.partial and not passport.protected


def test_findings_of_another_entity_protect_but_are_not_own():
    doc = next(d for d in DOCS if any(s["label"] == ids.RU_SNILS for s in d["spans"]))
    as_phone = [replace_type(f, ids.PHONE_NUMBER) for f in _found_on_gold(doc, {ids.RU_SNILS})]
    out = [o for o in ids.outcomes([doc], lambda t: as_phone) if o.label == ids.RU_SNILS]
    assert all(o.protected and not o.typed and o.found_as == (ids.PHONE_NUMBER,) for o in out)
    assert ids.confusions(out)[ids.RU_SNILS, ids.PHONE_NUMBER] == len(out)


def replace_type(f: Finding, entity: str) -> Finding:
    return Finding(f.start, f.end, entity, f.score, f.recognizer)


def _doc(text: str) -> dict:
    return next(d for d in DOCS if d["text"] == text)
