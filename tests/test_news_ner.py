"""The news NER and navec loaded without their copies (`nlp.load_navec`, `nlp.news_ner`): the
same words, the same vectors, as slovnet's and navec's own loaders give."""

from __future__ import annotations

import numpy as np
import pytest

from redactor.detect import nlp

DATA = nlp.natasha_data_dir()
NAVEC = DATA / "emb" / "navec_news_v1_1B_250K_300d_100q.tar"
NER = DATA / "model" / "slovnet_ner_news_v1.tar"


@pytest.fixture(scope="module")
def navec():
    return nlp.load_navec(NAVEC)


def test_the_ner_reads_the_words_of_its_own_pack(navec) -> None:
    from slovnet.exec.pack import Pack

    with Pack(str(NER)) as pack:
        own = pack.load_vocab("word")
    words = nlp.news_ner(NER, navec, 16).infer.encoder.words_vocab
    assert words.items == own.items
    assert (words.unk_id, words.pad_id) == (own.unk_id, own.pad_id)


def test_navec_gives_the_same_vectors(navec) -> None:
    from navec import Navec

    original = Navec.load(NAVEC)
    for word in ["иван", "москва", "паспорт", "<unk>"]:
        assert np.array_equal(navec[word], original[word]), word
