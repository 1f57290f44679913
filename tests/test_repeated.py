"""Which words repeat a name found elsewhere in a text (`recognizers/repeated.py`), and the
lowercase word rules that decide the edges of a lowercase NER span (`recognizers/lowercase.py`)."""

from __future__ import annotations

import pytest

from redactor.detect.nlp import load
from redactor.detect.recognizers import lowercase, repeated

# (name as found, the same name elsewhere)
SAME = [
    ("самбук", "самбука"),  # unknown to the dictionary: the same stem
    ("шекатт", "шекаттом"),
    ("петров", "петровой"),  # a surname's forms share its lemma
    ("ивану", "иван"),
    ("петровичу", "петрович"),
]
# (name as found, a word that is not it)
DIFFERENT = [
    ("самбук", "самовар"),
    ("петров", "петрушка"),
    ("анна", "ананас"),
]


@pytest.mark.parametrize(("found", "other"), SAME)
def test_same_name(found: str, other: str) -> None:
    assert repeated.keys(found) & repeated.keys(other)


@pytest.mark.parametrize(("found", "other"), DIFFERENT)
def test_different_word(found: str, other: str) -> None:
    assert not repeated.keys(found) & repeated.keys(other)


# Words never taken for a name found elsewhere: first names that are mostly ordinary words,
# adjectives and common nouns for people (a NER's slip must not spread), verbs, short words.
NOT_CARRIED = ["вера", "роза", "лев", "российской", "демократов", "позвонил", "ли"]
CARRIED = ["самбук", "петров", "усика", "мишкину", "валерия"]


@pytest.mark.parametrize("word", NOT_CARRIED)
def test_not_carried(word: str) -> None:
    assert not repeated.carried(word)


@pytest.mark.parametrize("word", CARRIED)
def test_carried(word: str) -> None:
    assert repeated.carried(word)


# (text, index of the word, whether it is half of a hyphenated word written as two)
COMPOUNDS = [
    ("таких форс мажорных ситуаций", 1, True),
    ("таких форс мажорных ситуаций", 2, True),
    ("наш колл центр", 1, True),
    ("позвонил петров иван", 1, False),
    ("жан поль", 0, False),  # a double first name is a name
]


@pytest.fixture(scope="module")
def nlp():
    return load()


@pytest.mark.parametrize(("text", "word", "half"), COMPOUNDS)
def test_split_compound(nlp, text: str, word: int, half: bool) -> None:
    doc = nlp.make_doc(text)
    assert lowercase.split_compound(doc, word) is half


# After a thing's name, a word that makes it a cue (a Russian name, a spelled letter, an
# initial) — or not (the first part of a foreign name: «си цзиньпин», «пенья ньето»).
@pytest.mark.parametrize(
    ("word", "cue"),
    [("петров", True), ("эс", True), ("м", True), ("цзиньпин", False), ("ньето", False)],
)
def test_names_next(word: str, cue: bool) -> None:
    assert lowercase.names_next(word) is cue
