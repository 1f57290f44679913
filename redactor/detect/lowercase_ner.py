"""A NER for text without capitals: slovnet's CNN-CRF, retrained on lowercased news.

slovnet's news model reads a word's shape (capitalized or not) as much as the word, and finds
almost no names once speech recognition has lowercased the text. This model has the same
architecture (navec word vectors → three CNN layers → CRF), but its second input is not the
shape: it is what pymorphy3 knows of the word («could be a first name», «a guessed surname»,
«a place»), which survives lowercasing. It is trained by `make models` (training/lowercase_ner.py)
on lowercased NEREL and SlavicNER training texts and ships as one file in the spaCy pipeline
folder.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import combinations

import numpy as np

from redactor.detect import cnn, morph, truecase

# How sure pymorphy3 is that a word is a name part, in three steps: a word that is mostly a name
# («валерия»), one that can be («вера», «роза»), one that cannot.
MOSTLY, MAYBE = 0.5, 0.05
# Added to the models' PER scores before decoding: a leaked name costs more than a masked word.
# Chosen on NEREL dev in ASR view against the over-redaction of the contact-center stories.
# Higher values found more names in the corpora but masked «е мейл», «ру или ком» and the
# contact-center stories' jargon.
PERSON_BIAS = 2.0
PART_LETTERS = {"Name": "N", "Surn": "S", "Patr": "P"}
KEPT_FORMS = 200_000  # word forms whose ids are kept


@lru_cache(maxsize=200_000)
def feature(word: str) -> str:
    """What pymorphy3 knows of a word, as a short tag: «RU:NS:hi:k», «NUM», «PUNCT»."""
    word = word.lower()
    if not word:
        return "OTHER"
    if word.isdigit():
        return "NUM"
    if not any(c.isalpha() for c in word):
        return "PUNCT"
    if not all(c.isalpha() or c == "-" for c in word):
        return "MIXED"
    if not any("а" <= c <= "я" or c == "ё" for c in word):
        return "EN"
    if len(word) == 1:
        return "RU:1"
    info = morph.word_info(word)
    parts = "".join(sorted({PART_LETTERS[r.part] for r in info.name_readings}))
    if info.is_geo:
        parts += "G"
    share = info.name_score
    level = "hi" if share >= MOSTLY else "lo" if share >= MAYBE else "no"
    if not info.known:
        # Unknown to the dictionary: whether it looks like a Russian surname is what counts.
        level += "-sur" if truecase.guessed_surname(info) >= MOSTLY else "-unk"
    return f"RU:{parts or '-'}:{level}"


def features() -> list[str]:
    """Every value `feature` can take, in a fixed order (the model's feature vocabulary)."""
    name_parts = ["".join(c) for n in range(4) for c in combinations("NPS", n)]
    parts = [p + geo for p in name_parts for geo in ("", "G")]
    levels = [f"{lv}{suffix}" for lv in ("hi", "lo", "no") for suffix in ("", "-sur", "-unk")]
    tags = [f"RU:{p or '-'}:{lv}" for p in parts for lv in levels]
    return ["<pad>", "OTHER", "NUM", "PUNCT", "MIXED", "EN", "RU:1", *tags]


class LowercaseTagger:
    """BIO tags (PER / LOC / ORG) for chunks of lowercase words, with numpy only.

    Several models trained with different seeds vote: their scores are averaged before the CRF
    decodes them, which evens out what each learned by chance.
    """

    def __init__(self, pack_paths: list[str], navec) -> None:
        from slovnet.exec.model import NER as NERModel
        from slovnet.exec.pack import Pack

        self.models = []
        for path in pack_paths:
            with Pack(str(path)) as pack:
                pack.load_meta().check_protocol()
                model = pack.load_model(NERModel)
                arrays = dict(pack.load_arrays(model.weights))
                self.features = pack.load_vocab("shape")
                self.tags = pack.load_vocab("tag")
            self.models.append(model.inject_arrays(arrays).inject_navec(navec))
        self.crf = self.models[0].head.crf
        transitions = [m.head.crf.transitions.array for m in self.models]
        self.crf.transitions.array = np.mean(transitions, axis=0)
        self.words = navec.vocab
        self.person_ids = [self.tags.encode(t) for t in ("B-PER", "I-PER")]
        self.encoded: dict[str, tuple[int, int]] = {}  # word form → (word id, feature id)
        self.tagged: dict[tuple, tuple[tuple, tuple]] = {}  # ids → (biased, plain) tags

    def __call__(self, chunks: list[list[str]]) -> list[list[str]]:
        return [biased for biased, _ in self.tag(chunks)]

    def tag(self, chunks: list[list[str]]):
        """(biased, plain) tags per chunk: decoded with `PERSON_BIAS` added, and without it. A
        name the plain decoding finds too is one the models are sure of on their own.

        A chunk's tags depend on its words' ids alone (not on its batch: the CNN masks the
        padding), and many chunks are the same ids: each is tagged once per call, and a short
        one is kept for the calls after (`cnn.tagged_once`)."""
        keys = [self._ids(chunk) for chunk in chunks]
        found = cnn.tagged_once(keys, self.tagged, self._batch)
        for key in keys:
            biased, plain = found[key]
            yield list(biased), list(plain)

    def _ids(self, chunk: list[str]) -> tuple[tuple[int, int], ...]:
        """(word id, feature id) of each word: what the models read of it."""
        known = self.encoded
        if len(known) > KEPT_FORMS:
            known.clear()
        ids = []
        for word in chunk:
            pair = known.get(word)
            if pair is None:  # a word form's ids depend on it alone
                pair = known[word] = (
                    self.words.get(word.lower(), self.words.unk_id),
                    self.features.encode(feature(word)),
                )
            ids.append(pair)
        return tuple(ids)

    def _batch(self, chunks: list[tuple[tuple[int, int], ...]]) -> list[tuple[tuple, tuple]]:
        width = max(len(c) for c in chunks)
        word_id = np.full((len(chunks), width), self.words.pad_id, dtype=np.int64)
        feature_id = np.full((len(chunks), width), self.features.pad_id, dtype=np.int64)
        pad_mask = np.ones((len(chunks), width), dtype=bool)
        for row, chunk in enumerate(chunks):
            pad_mask[row, : len(chunk)] = False
            if chunk:
                word_id[row, : len(chunk)], feature_id[row, : len(chunk)] = zip(*chunk, strict=True)
        # The word vectors are navec's for every model: looked up once, not once per model.
        words = self.models[0].emb.word(word_id)
        emissions = np.mean(
            [_emissions(m, words, feature_id, pad_mask) for m in self.models], axis=0
        )
        biased = emissions.copy()
        biased[..., self.person_ids] += PERSON_BIAS
        # Both decodings in one: Viterbi's steps are a loop over the words, each a few numpy
        # calls whatever the rows; a row is decoded alone (the same tags), so plain and biased
        # rows go through together.
        rows = len(chunks)
        tags = cnn.decode(
            self.crf.transitions.array,
            np.concatenate((emissions, biased)),
            np.concatenate((~pad_mask, ~pad_mask)),
        )
        plain, biased = tags[:rows], tags[rows:]
        decode = self.tags.decode
        return [
            (tuple(decode(t) for t in b), tuple(decode(t) for t in p))
            for b, p in zip(biased, plain, strict=True)
        ]


def _emissions(model, words: np.ndarray, feature_id: np.ndarray, pad_mask: np.ndarray):
    """slovnet's `Tag.__call__` (embedding → CNN → head), with the word vectors given."""
    x = np.concatenate((words, model.emb.shape(feature_id)), axis=-1)
    return model.head(cnn.encode(model.encoder, x, pad_mask))
