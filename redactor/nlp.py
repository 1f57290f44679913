"""The Russian spaCy pipeline that Presidio drives: tokenizer → pymorphy3 lemmas → slovnet NER.

spaCy's own Russian pipelines cannot be installed here, so the pipeline is spaCy's Russian
tokenizer plus two components of ours, saved as a spaCy model folder in `models/ru_redact`.
The slovnet weights are not copied into `models/`: they ship inside the natasha wheel and are
read from there, so nothing is downloaded at run time.

Rebuild the folder with `make models` (`python -m redactor.nlp models/ru_redact`).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from redactor import morph, truecase

MODEL_DIR = Path(__file__).resolve().parent.parent / "models" / "ru_redact"

# A chunk of tokens fed to the NER at once; sentences and lines are kept whole where possible,
# because slovnet's CNN sees a few words of context and its CRF decodes the whole chunk.
MAX_CHUNK_TOKENS = 200
SENTENCE_END = {".", "!", "?", "…"}


@Language.factory("redact_lemmatizer")
def make_lemmatizer(nlp: Language, name: str) -> PymorphyLemmatizer:
    return PymorphyLemmatizer()


class PymorphyLemmatizer:
    """Sets `token.lemma_` from pymorphy3, so Presidio's context words match as lemmas."""

    def __call__(self, doc: Doc) -> Doc:
        for token in doc:
            if token.is_alpha:
                token.lemma_ = morph.lemma(token.text)
            else:
                token.lemma_ = token.lower_
        return doc


def natasha_data_dir() -> Path:
    # find_spec locates the package without importing it: natasha's __init__ imports pymorphy2,
    # which does not work on Python 3.11, and we need only its data files.
    spec = importlib.util.find_spec("natasha")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError(
            "the natasha package (which carries the slovnet weights) is not installed"
        )
    return Path(next(iter(spec.submodule_search_locations))) / "data"


@Language.factory("slovnet_ner", default_config={"batch_size": 16})
def make_slovnet_ner(nlp: Language, name: str, batch_size: int) -> SlovnetNER:
    return SlovnetNER(batch_size)


class SlovnetNER:
    """slovnet's news NER (PER / LOC / ORG) as a spaCy component that fills `doc.ents`."""

    def __init__(self, batch_size: int = 16):
        from navec import Navec
        from slovnet import NER

        data = natasha_data_dir()
        navec = Navec.load(data / "emb" / "navec_news_v1_1B_250K_300d_100q.tar")
        self.ner = NER.load(str(data / "model" / "slovnet_ner_news_v1.tar"), batch_size=batch_size)
        self.ner.navec(navec)

    def __call__(self, doc: Doc) -> Doc:
        chunks = list(_chunks(doc))
        if not chunks:
            return doc
        infer = self.ner.infer
        items = [[doc[i].text for i in chunk] for chunk in chunks]
        if truecase.caseless(doc.text):
            # Speech recognition lost the capitals that slovnet reads names by: give them back
            # to the words that are surely names («смирнов андрей петрович»).
            items = [[truecase.truecase(word) for word in item] for item in items]
        tags = infer.decoder(infer.process(infer.encoder(items)))
        spans = []
        for chunk, chunk_tags in zip(chunks, tags, strict=True):
            spans.extend(_bio_spans(doc, chunk, chunk_tags))
        doc.ents = spans
        return doc


def _chunks(doc: Doc):
    """Token indices of the doc's words, cut at sentence ends and line breaks."""
    chunk: list[int] = []
    for token in doc:
        if token.is_space:
            if "\n" in token.text and chunk:
                yield chunk
                chunk = []
            continue
        chunk.append(token.i)
        if len(chunk) >= MAX_CHUNK_TOKENS or (token.text in SENTENCE_END and len(chunk) > 3):
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _bio_spans(doc: Doc, chunk: list[int], tags: list[str]):
    start = label = None
    last = None
    for i, tag in zip(chunk, tags, strict=True):
        prefix, _, kind = tag.partition("-")
        if prefix == "B" or (prefix == "I" and kind != label):
            if start is not None:
                yield Span(doc, start, last + 1, label=label)
            start, label = i, kind
        elif prefix == "O":
            if start is not None:
                yield Span(doc, start, last + 1, label=label)
            start = label = None
        last = i
    if start is not None:
        yield Span(doc, start, last + 1, label=label)


def blank_pipeline() -> Language:
    nlp = spacy.blank("ru")
    nlp.add_pipe("redact_lemmatizer")
    nlp.add_pipe("slovnet_ner")
    nlp.meta.update(
        name="redact",
        version="0.1.0",
        description="Russian tokenizer, pymorphy3 lemmas and slovnet NER for redact",
    )
    return nlp


def load(path: Path = MODEL_DIR) -> Language:
    if not (path / "config.cfg").exists():
        raise RuntimeError(f"no spaCy pipeline at {path}: run `make models`")
    return spacy.load(path)


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else MODEL_DIR
    blank_pipeline().to_disk(target)
    print(f"wrote {target}")
