"""The lowercase NER: its word features, and that the pipeline ships and uses it."""

import pytest

from redactor.detect import lowercase_ner, nlp

FEATURES = [
    ("валерия", "RU:N:hi"),  # a name, hardly anything else
    ("вера", "RU:N:lo"),  # a name, but mostly a word
    ("смирнов", "RU:S:hi"),
    ("петрович", "RU:P:hi"),
    ("хабибуллиной", "RU:S:hi-sur"),  # unknown to the dictionary, shaped like a surname
    ("химки", "RU:G:no"),
    ("лендинг", "RU:N:hi-unk"),  # unknown, and no surname shape
    ("стол", "RU:-:no"),
    ("м", "RU:1"),
    ("Валерия", "RU:N:hi"),  # case does not matter
    ("123", "NUM"),
    ("spk_0", "MIXED"),
    ("hello", "EN"),
    (",", "PUNCT"),
]


@pytest.mark.parametrize("word, expected", FEATURES)
def test_feature(word, expected):
    assert lowercase_ner.feature(word) == expected


def test_every_feature_is_in_the_vocabulary():
    vocabulary = set(lowercase_ner.features())
    words = "а и в не иван ивановна москва-сити пётр-петрович x1 42 — … ё ъ".split()
    assert all(lowercase_ner.feature(w) in vocabulary for w, _ in FEATURES)
    assert all(lowercase_ner.feature(w) in vocabulary for w in words)


def test_the_pipeline_ships_the_lowercase_model():
    assert sorted((nlp.MODEL_DIR / "slovnet_ner").glob("lowercase-*.tar"))


@pytest.mark.parametrize(
    "words, capitalized",
    [
        ("меня зовут валерия".split(), False),
        ("Меня зовут Валерия".split(), True),
        ("Надежда есть".split(), True),  # written with capitals, even if only the first
        ("пришло SMS от ИНН".split(), False),  # abbreviations are no capitals
    ],
)
def test_chunks_go_to_the_model_that_fits(words, capitalized):
    assert nlp._capitalized(words) is capitalized


def test_a_speaker_label_is_a_chunk_of_its_own():
    doc = nlp.load()("Оператор: здравствуйте меня зовут валерия\n[00:01:23] Спикер 1: да")
    words = [[doc[i].text for i in chunk] for chunk in nlp.chunks(doc)]
    assert words[0] == ["Оператор", ":"]
    assert words[1] == ["здравствуйте", "меня", "зовут", "валерия"]
    assert words[-1] == ["да"]


def test_a_pipeline_without_the_lowercase_model_still_tags():
    # `make models` without trained packs: the news model reads every chunk.
    doc = nlp.blank_pipeline()("меня зовут смирнов андрей петрович")
    assert [e.label_ for e in doc.ents] == ["PER"]
