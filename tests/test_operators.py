"""Operators per entity (`policy.py`, `replacer.py`): the same call under each, as before/after
pairs; fake surrogates that agree and stay consistent across forms, texts and runs with a key."""

from __future__ import annotations

import re

import pytest

import redactor
from redactor.detect import morph
from redactor.detect.recognizers.card import luhn
from redactor.replace import policy
from redactor.replace.policy import Policy, PolicyError

KEY = b"a key that is long enough"
CALL = "Позвоните Ивану Петровичу: +7 912 345-67-89. Иван Петрович ждёт, карта 4276 1600 1234 5674."

# (operators, redacted CALL)
BEFORE_AFTER = [
    (
        [],
        "Позвоните [ИМЯ_1]: [ТЕЛЕФОН_1]. [ИМЯ_1] ждёт, карта [КАРТА_1].",
    ),
    (
        ["mask"],
        "Позвоните И**** П********: +7 9** ***-**-89. И*** П******* ждёт, карта 4276 **** **** 5674.",
    ),
    (
        ["remove"],
        "Позвоните : .  ждёт, карта .",  # the spaces around a value stay: only it goes
    ),
    (
        ["PHONE_NUMBER=mask", "CREDIT_CARD=remove"],
        "Позвоните [ИМЯ_1]: +7 9** ***-**-89. [ИМЯ_1] ждёт, карта .",
    ),
]


@pytest.mark.parametrize(("specs", "after"), BEFORE_AFTER)
def test_operators(specs: list[str], after: str) -> None:
    assert redactor.redact(CALL, policy=policy.parse(specs)).text == after


def test_hash_is_keyed_and_one_per_person_and_value() -> None:
    keyed = policy.with_key(policy.parse(["hash"]), KEY)
    text = redactor.redact(CALL, policy=keyed).text
    names = re.findall(r"\[ИМЯ:[0-9a-f]{8}\]", text)
    assert len(names) == 2 and names[0] == names[1]  # «Ивану Петровичу», «Иван Петрович»
    assert re.search(r"\[ТЕЛЕФОН:[0-9a-f]{8}\]", text)
    # The same phone in another layout, another text: the same hash; another key: another.
    again = redactor.redact("номер 8 (912) 3456789", policy=keyed).text
    assert re.search(r"\[ТЕЛЕФОН:[0-9a-f]{8}\]", again)[0] in text
    other = policy.with_key(policy.parse(["hash"]), b"another key, also long")
    assert redactor.redact("номер 8 (912) 3456789", policy=other).text != again


def test_fake_agrees_and_never_keeps_the_original() -> None:
    keyed = policy.with_key(policy.parse(["fake"]), KEY)
    result = redactor.redact(CALL, policy=keyed)
    first, patronymic = result.text.split(":")[0].split()[1:3]
    assert _reads_as(first, "Name", "datv", "masc") and _reads_as(
        patronymic, "Patr", "datv", "masc"
    )
    for finding, new in zip(result.findings, result.replacements, strict=True):
        assert new != finding.value(CALL)
    assert "Иван" not in result.text and "912 345" not in result.text and "4276" not in result.text
    card = re.search(r"карта ([\d ]+)", result.text)[1].replace(" ", "")
    assert len(card) == 16 and card[0] == "0" and luhn(card)


def test_fake_is_the_same_across_texts_and_runs_with_a_key() -> None:
    first = redactor.redact(CALL, policy=policy.with_key(policy.parse(["fake"]), KEY)).text
    again = redactor.redact(CALL, policy=policy.with_key(policy.parse(["fake"]), KEY)).text
    assert first == again
    other = redactor.redact(
        "Петрович ждёт звонка", policy=policy.with_key(policy.parse(["fake"]), KEY)
    )
    assert other.replacements[0] in first  # «Петрович» alone becomes the same patronymic


def test_fake_in_lowercase_asr_stays_lowercase() -> None:
    text = "клиент меня зовут анна смирнова номер восемь девятьсот шестнадцать сто двадцать три сорок пять шестьдесят семь"
    out = redactor.redact(text, policy=policy.with_key(policy.parse(["fake"]), KEY)).text
    assert out == out.lower() and not re.search(r"\d", out)
    assert "анна" not in out and "смирнова" not in out and "шестнадцать сто двадцать три" not in out


# (spec, what goes wrong)
BAD_SPECS = [
    ("stars", "unknown operator 'stars'"),
    ("PHONE=mask", "unknown entity PHONE"),
    ("PERSON=", "unknown operator ''"),
]


@pytest.mark.parametrize(("spec", "message"), BAD_SPECS)
def test_bad_operator_specs(spec: str, message: str) -> None:
    with pytest.raises(PolicyError, match=re.escape(message)):
        policy.parse([spec])


def test_specs_layer_on_the_configuration() -> None:
    base = Policy("mask", (("PERSON", "fake"),))
    chosen = policy.parse(["PHONE_NUMBER,CREDIT_CARD=hash", "person=remove"], base)
    assert [chosen.operator(e) for e in ("PERSON", "PHONE_NUMBER", "CREDIT_CARD", "RU_INN")] == [
        "remove",
        "hash",
        "hash",
        "mask",
    ]


def test_a_key_comes_from_a_file_or_the_environment(tmp_path, monkeypatch) -> None:
    (tmp_path / "key").write_bytes(KEY + b"\n")
    assert policy.read_key(tmp_path / "key") == KEY
    monkeypatch.setenv(policy.KEY_ENV, "  from the environment  ")
    assert policy.read_key(None) == b"from the environment"
    monkeypatch.setenv(policy.KEY_ENV, "short")
    with pytest.raises(PolicyError, match="at least 16 bytes") as caught:
        policy.read_key(None)
    assert "short" not in str(caught.value).replace("shorter", "")


def _reads_as(word: str, part: str, case: str, gender: str) -> bool:
    return any(
        {part, case, gender} <= set(p.tag.grammemes) for p in morph.analyzer().parse(word.lower())
    )


# (a name in Latin letters, the Cyrillic mention of the same person in the text)
LATIN_NAMES = [
    ("Natalya Kolesnikova", "Наталья Колесникова"),
    ("Klavdiy Tretyakov", "Клавдий Третьяков"),
    ("Yana Belyakova", "Яна Белякова"),
]


@pytest.mark.parametrize(("written", "cyrillic"), LATIN_NAMES)
def test_a_name_in_latin_letters_gets_the_surrogate_of_its_cyrillic_form(
    written: str, cyrillic: str
) -> None:
    from redactor.replace.surrogates import latin

    text = f"{written}: добрый день\nОператор: {cyrillic}, слушаю вас"
    result = redactor.redact(text, policy=policy.with_key(policy.parse(["fake"]), KEY))
    first, second = result.text.split("\n")
    surrogate = first.split(":")[0]
    assert latin.is_latin(surrogate) and surrogate != written
    assert latin.to_latin(second.split(": ")[1].split(",")[0]) == surrogate


# (a text whose e-mail is spelled from a name in it, how the e-mail starts after `fake`: the
# surrogate name of that person, spelled the same way)
NAMED_EMAILS = [
    ("Меня зовут Иван Петров, почта ivan.petrov87@mail.ru", "{name}.{surname}"),
    ("меня зовут иван петров почта иван точка петров собака мейл ру", "{name} точка {surname}"),
]


@pytest.mark.parametrize(("text", "shape"), NAMED_EMAILS)
def test_an_email_spelled_from_a_name_follows_its_surrogate(text: str, shape: str) -> None:
    from redactor.replace.surrogates import latin

    result = redactor.redact(text, policy=policy.with_key(policy.parse(["fake"]), KEY))
    name, surname = next(
        new.split()
        for f, new in zip(result.findings, result.replacements, strict=True)
        if f.entity_type == "PERSON"
    )
    if "@" in text:
        name, surname = latin.to_latin(name).lower(), latin.to_latin(surname).lower()
    assert shape.format(name=name.lower(), surname=surname.lower()) in result.text
    assert "ivan" not in result.text and "петров" not in result.text


def test_a_passport_issue_date_stays_a_date() -> None:
    import datetime

    from redactor.replace import surrogates

    for key in (KEY, b"another key, also long", b"a third key for the table"):
        new = surrogates.fake("RU_PASSPORT", "12.05.2015", key)
        day, month, year = map(int, new.split("."))
        assert datetime.date(year, month, day) and new != "12.05.2015"


def test_a_resumed_batch_redoes_surrogates_drawn_from_another_key(tmp_path) -> None:
    from redactor.files import batch

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Клиент: меня зовут Иван Петров\n")
    keyed = policy.with_key(policy.parse(["fake"]), KEY)

    def statuses(chosen: Policy) -> set[str]:
        options = batch.BatchOptions(resume=True, policy=chosen)
        return {o.status for o in batch.run(tmp_path / "in", tmp_path / "out", options)}

    assert statuses(keyed) == {"redacted"}
    assert statuses(keyed) == {"up to date"}  # the same key: the same surrogates
    assert statuses(policy.parse(["fake"])) == {"redacted"}  # a run's own random key
    assert statuses(policy.parse(["placeholder"])) == {"redacted"}
    assert statuses(policy.parse(["placeholder"])) == {"up to date"}  # no key involved
