"""Surrogate names agree with the original in part, case and gender, and stay consistent."""

import re
from collections import Counter

import pytest

from redactor.detect.morph import CASES, NAME_PARTS, analyzer
from redactor.replace.surrogates import name_lists
from redactor.replace.surrogates.name_readings import ALL_DIMINUTIVES
from redactor.replace.surrogates.names import surrogate_name, surrogate_names

KEY = b"test-key"
# (lemma, part, gender) of originals, inflected by pymorphy3 into all six cases.
ORIGINALS = [
    *[(n, "Name", "masc") for n in "иван пётр александр евгений никита илья фёдор юрий".split()],
    *[(n, "Name", "femn") for n in "мария екатерина людмила галина софья алла нина".split()],
    *[
        (n, "Surn", g)
        for n in "петров кузнецов васильев фёдоров орлов".split()
        for g in ("masc", "femn")
    ],
    *[
        (n, "Patr", g)
        for n in "иванович петрович ильич фёдорович".split()
        for g in ("masc", "femn")
    ],
]


def _forms():
    for lemma, part, gender in ORIGINALS:
        parse = next(p for p in analyzer().parse(lemma) if part in p.tag and p.tag.case == "nomn")
        for case in CASES:
            form = parse.inflect({case, gender, "sing"} if part != "Name" else {case, "sing"})
            if form:
                yield form.word.capitalize(), lemma, part, gender, case


FORMS = list(_forms())


def _agrees(word, part, gender, case):
    return any(
        part in p.tag and p.tag.gender == gender and p.tag.case == case
        for p in analyzer().parse(word.lower())
    )


def test_table_is_big_enough():
    assert len(FORMS) >= 6 * len(ORIGINALS) * 0.95


def test_surrogates_keep_part_case_and_gender():
    agree = sum(_agrees(surrogate_name(w, KEY), part, g, c) for w, _, part, g, c in FORMS)
    assert agree / len(FORMS) >= 0.98


def test_surrogate_never_reproduces_the_original():
    for word, lemma, *_ in FORMS:
        new = surrogate_name(word, KEY)
        assert new != word
        assert all(
            p.normal_form != lemma
            for p in analyzer().parse(new.lower())
            if any(t in p.tag for t in NAME_PARTS)
        )


def test_one_lemma_maps_to_one_surrogate_lemma():
    # A form read as another gender («Евгении»: Евгения or Евгений) may go its own way.
    consistent = 0
    for lemma, part, gender in ORIGINALS:
        words = [w for w, le, pa, g, _ in FORMS if (le, pa, g) == (lemma, part, gender)]
        lemmas = [_surrogate_lemmas(surrogate_name(w, KEY), part) for w in words]
        common = Counter(le for found in lemmas for le in found).most_common(1)[0][0]
        consistent += sum(common in found for found in lemmas)
        assert sum(common in found for found in lemmas) >= len(words) - 1, lemma
    assert consistent / len(FORMS) >= 0.98


def _surrogate_lemmas(word, part):
    return {p.normal_form for p in analyzer().parse(word.lower()) if part in p.tag}


def test_capitalization_and_initials():
    assert surrogate_name("ивану петровичу", KEY) == surrogate_name("Ивану Петровичу", KEY).lower()
    assert surrogate_name("ИВАНУ ПЕТРОВИЧУ", KEY) == surrogate_name("Ивану Петровичу", KEY).upper()
    initials = surrogate_name("И. С. Петров", KEY)
    assert re.fullmatch(r"[А-Я]\. [А-Я]\. [А-Я][а-я]+", initials)
    assert initials[0] != "И" and initials[3] != "С"


@pytest.mark.parametrize("word", ["Саше", "Мишей", "Наташу", "пети"])
def test_diminutive_stays_diminutive(word):
    new = surrogate_name(word, KEY)
    case = analyzer().parse(word.lower())[0].tag.case
    assert new.lower() != word.lower() and new[0].isupper() == word[0].isupper()
    assert any(
        p.normal_form in ALL_DIMINUTIVES and p.tag.case == case
        for p in analyzer().parse(new.lower())
    )


def test_deterministic_per_key():
    words = [w for w, *_ in FORMS if w.endswith(("у", "ю"))]
    assert [surrogate_name(w, KEY) for w in words] == [surrogate_name(w, KEY) for w in words]
    changed = sum(surrogate_name(w, KEY) != surrogate_name(w, b"other") for w in words)
    assert changed / len(words) >= 0.6


# --- before/after with a fixed key: a change here changes every redacted text ----------------

BEFORE_AFTER = [
    ("Иван Петров", "Святослав Юдин"),
    ("Ивану Петровичу", "Святославу Георгиевичу"),  # name + patronymic, dative
    ("ивану петровичу", "святославу георгиевичу"),  # speech recognition: lowercase stays
    ("ИВАНОВ", "ПОПОВ"),
    ("Петров И. С.", "Юдин Т. Ф."),
    ("Смирновой", "Панфиловой"),
    ("Наталье Сергеевне", "Алле Германовне"),
    ("Ваня", "Боря"),  # a diminutive stays one
    ("Сашей", "Женей"),  # «Саша» of either gender: «Женя», of either too
    ("Анне Шмидт", "Нине Марчук"),  # his «Шмидт» declines, hers does not: so with «Марчук»
    ("Шмидту", "Марчуку"),
    ("Марио", "Хьюго"),  # a first name that does not decline
    ("Шевченко", "Ткаченко"),
    ("Нелли", "Кэти"),  # a first name that does not decline
    ("Петрова-Водкина", "Юдина-Пономарёва"),  # each part, in the whole word's case
    ("Лыткиной", "Максимовой"),  # unknown to pymorphy3: read by its ending
    ("Дина", "Валентина"),  # Дина or Дин's genitive: «Валентина» is either too
]


@pytest.mark.parametrize(("before", "after"), BEFORE_AFTER)
def test_before_after(before, after):
    assert surrogate_name(before, KEY) == after


# --- the candidate lists -----------------------------------------------------------------------


def _declines(lemma, part, genders):
    parse = next(
        (p for p in analyzer().parse(lemma) if part in p.tag and p.tag.case == "nomn"), None
    )
    wanted = [
        {case, "sing"} | ({g} if part != "Name" else set()) for g in genders for case in CASES
    ]
    return parse is not None and all(parse.inflect(w) for w in wanted)


LISTS = [
    *[(n, "Name", ("masc",)) for n in name_lists.MALE],
    *[(n, "Name", ("femn",)) for n in name_lists.FEMALE],
    *[(d, "Name", ("masc",)) for d in name_lists.MALE.values() if d],
    *[(d, "Name", ("femn",)) for d in name_lists.FEMALE.values() if d],
    *[(s, "Surn", ("masc", "femn")) for s in name_lists.SURNAMES],
    *[(p, "Patr", ("masc", "femn")) for p in name_lists.PATRONYMICS.values()],
]


def test_lists_are_large():
    assert len(name_lists.MALE) >= 60 and len(name_lists.FEMALE) >= 60
    assert len(name_lists.SURNAMES) >= 150


@pytest.mark.parametrize(("lemma", "part", "genders"), LISTS)
def test_every_candidate_declines(lemma, part, genders):
    assert _declines(lemma, part, genders)


@pytest.mark.parametrize(
    ("name", "patronymic"),
    [("сергей", "сергеевич"), ("юрий", "юрьевич"), ("никита", "никитич"), ("игорь", "игоревич"),
     ("лев", "львович"), ("иван", "иванович"), ("николай", "николаевич")],
)  # fmt: skip
def test_patronymic(name, patronymic):
    assert name_lists.patronymic(name) == patronymic


# --- never the original: the candidates themselves as originals --------------------------------


@pytest.mark.parametrize(("lemma", "part", "genders"), LISTS)
def test_candidate_as_original_gets_another(lemma, part, genders):
    parse = next(p for p in analyzer().parse(lemma) if part in p.tag and p.tag.case == "nomn")
    for case in CASES:
        original = parse.inflect({case, "sing"} | ({genders[0]} if part != "Name" else set()))
        new = surrogate_name(original.word.capitalize(), KEY)
        assert new.lower() != original.word
        assert lemma not in {p.normal_form for p in analyzer().parse(new.lower())}


# --- `taken`: two people, two surrogates; one person, one ------------------------------------


def _colliding(part_words):
    """Two originals whose HMAC-first surrogates are the same without `taken`."""
    drawn = {}
    for word in part_words:
        drawn.setdefault(surrogate_name(word, KEY), []).append(word)
    return next(words[:2] for words in drawn.values() if len(words) > 1)


COLLIDING_NAMES = "Богдан Анисим Устин Юлиан Тарас Савелий Нестор Елисей Влас Фадей Мирон".split()


def test_taken_moves_the_second_original_on():
    first, second = _colliding(COLLIDING_NAMES)
    assert surrogate_name(first, KEY) == surrogate_name(second, KEY)
    taken = {}
    assert surrogate_name(first, KEY, taken) == surrogate_name(first, KEY)  # the first keeps it
    assert surrogate_name(second, KEY, taken) != surrogate_name(first, KEY, taken)
    held = {original: new for (part, new), original in taken.items() if part == "Name"}
    assert held[first.lower()] != held[second.lower()]


def test_taken_keeps_one_surrogate_per_original():
    taken = {}
    first = surrogate_name("Иван Петров", KEY, taken)
    assert surrogate_name("Петрову", KEY, taken) == first.split()[1] + "у"
    assert surrogate_name("Иван Петров", KEY, taken) == first
    assert surrogate_name("Иван", KEY) == first.split()[0]  # `taken` starts from the same draw


def test_without_taken_behaves_as_with_an_empty_one():
    for mention in ("Ивану Петровичу", "Смирновой", "Петров И. С.", "Ваня"):
        assert surrogate_name(mention, KEY, {}) == surrogate_name(mention, KEY)


DOCUMENT = [
    ("И. П. Петров", "С. Г. Юдин"),  # said before the full name: `surrogate_names` looks ahead
    ("Иван Петров", "Святослав Юдин"),
    ("Ивану Петровичу", "Святославу Георгиевичу"),
    ("Петровой", "Юдиной"),  # his wife: the family keeps one surname
    ("Анна Петрова", "Нина Юдина"),
    ("А. С. Петрова", "Н. Ф. Юдина"),  # her initials follow her surrogate name
]


def test_one_document():
    new = surrogate_names([before for before, _ in DOCUMENT], KEY)
    assert new == [after for _, after in DOCUMENT]


def test_initials_follow_their_name_with_taken():
    taken = {}
    full = surrogate_name("Иван Петрович Петров", KEY, taken)
    initials = surrogate_name("Петрову И. П.", KEY, taken)
    name, patronymic, _ = full.split()
    assert initials.split()[1:] == [name[0] + ".", patronymic[0] + "."]


def test_diminutive_follows_its_full_name():
    taken = {}
    full = surrogate_name("Сергей", KEY, taken)  # a surrogate with a diminutive of its own
    short = surrogate_name("Серёжа", KEY, taken)
    lemma = full.lower()
    own = name_lists.MALE.get(lemma) or name_lists.FEMALE.get(lemma)
    assert not own or short.lower() == own


# (mentions of one lowercase ASR text, their surrogates' shape: case and gender kept)
ASR_FORMS = [
    (["жене любови"], [("datv",), ("datv", "gent", "loct")]),  # Женя has no gender in pymorphy3
    (["м любовь"], [None, ("nomn",)]),  # a lowercase letter in speech is an initial
]


@pytest.mark.parametrize(("mentions", "cases"), ASR_FORMS)
def test_speech_recognition_forms(mentions: list[str], cases: list) -> None:
    from redactor.detect.morph import analyzer

    words = surrogate_names(mentions, b"a key for the asr table")[0].split()
    assert len(words) == len(cases)
    for word, wanted in zip(words, cases, strict=True):
        assert word.islower()
        if wanted is None:
            assert len(word) == 1
        else:
            assert any(p.tag.case in wanted for p in analyzer().parse(word) if "Name" in p.tag)
