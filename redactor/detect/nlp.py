"""The Russian spaCy pipeline that Presidio drives: tokenizer → pymorphy3 lemmas → slovnet NER.

spaCy's own Russian pipelines cannot be installed here, so the pipeline is spaCy's Russian
tokenizer plus two components of ours, saved as a spaCy model folder in `models/ru_redact` (inside
the package, `redactor/models/ru_redact`, once installed from a wheel).
The slovnet weights are not copied into `models/`: they ship inside the natasha wheel and are
read from there, so nothing is downloaded at run time.

Rebuild the folder with `make models` (`python -m redactor.detect.nlp models/ru_redact`).
"""

from __future__ import annotations

import importlib.util
import re
import sys
from itertools import islice
from pathlib import Path

import numpy as np
import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span
from threadpoolctl import ThreadpoolController

from redactor.detect import cnn, morph, truecase

PIPELINE = Path("models") / "ru_redact"
# An installed wheel carries the pipeline inside the package (setup.py maps the repository's
# top-level models/ to redactor/models/); a checkout, editable install included, has it beside
# the package, where `make models` writes it.
PACKAGE_DIR = Path(__file__).resolve().parents[1]
INSTALLED_MODEL_DIR = PACKAGE_DIR / PIPELINE
CHECKOUT_MODEL_DIR = PACKAGE_DIR.parent / PIPELINE
MODEL_DIR = INSTALLED_MODEL_DIR if INSTALLED_MODEL_DIR.is_dir() else CHECKOUT_MODEL_DIR

# A chunk of tokens fed to the NER at once; sentences and lines are kept whole where possible,
# because slovnet's CNN sees a few words of context and its CRF decodes the whole chunk.
MAX_CHUNK_TOKENS = 200
SENTENCE_END = {".", "!", "?", "…"}
# A speaker label takes at most this many words before its colon: «[00:01:23] Спикер 1:».
LABEL_WORDS = 8
# doc.user_data key: the first token of each entity that the lowercase NER found.
LOWERCASE_NER = "redact.lowercase_ner"
LOWERCASE_SURE = "redact.lowercase_sure"
# doc.user_data key: the text the tokenizer was handed (`text_of`).
TEXT = "redact.text"
# spaCy's tokenizer strips a word's prefixes and suffixes one at a time, searching the rest of
# the word each time: a word of n brackets or pluses («((((…», «++++…») costs n² (4,000 «+»:
# 15 s). A word longer than this is tokenized in slices of it; no word of a language is as long,
# and a slice of a link or a blob is still tokens of punctuation and letters.
LONGEST_WORD = 200
LONG_WORD = re.compile(rf"\S{{{LONGEST_WORD + 1},}}")


@Language.factory("redact_lemmatizer")
def make_lemmatizer(nlp: Language, name: str) -> PymorphyLemmatizer:
    return PymorphyLemmatizer()


class PymorphyLemmatizer:
    """Sets `token.lemma_` from pymorphy3, so Presidio's context words match as lemmas.

    A word's lemma depends on its text alone: the id of its lemma in the string store is kept
    per word form, so a form met again costs a dictionary lookup."""

    KEPT_FORMS = 200_000

    def __init__(self) -> None:
        self.lemma_ids: dict[str, int] = {}

    def __call__(self, doc: Doc) -> Doc:
        ids, strings = self.lemma_ids, doc.vocab.strings
        if len(ids) > self.KEPT_FORMS:
            ids.clear()
        for token in doc:
            text = token.text
            lemma_id = ids.get(text)
            if lemma_id is None:
                lemma = morph.lemma(text) if token.is_alpha else token.lower_
                lemma_id = ids[text] = strings.add(lemma)
            token.lemma = lemma_id
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


def load_navec(path: Path):
    """navec's `Navec.load` without what only its word similarity uses: a table of 25 MB, and
    while it is made, an array of 100 MB (every word's 100 parts, as floats), which set the
    peak memory of a run; and without the word counts."""
    from navec.meta import Meta
    from navec.navec import META, PQ_, VOCAB, Navec
    from navec.pq import PQ
    from navec.tar import Tar
    from navec.vocab import Vocab

    class Lookup(PQ):
        def precompute(self) -> None:  # what `__getitem__` needs, nothing for `sim`
            self.qdims = np.arange(self.qdim)

    with Tar(str(path)) as tar:
        meta = Meta.from_file(tar.load(META))
        Meta.check_protocol(meta.protocol)
        vocab = Vocab.from_file(tar.load(VOCAB))
        pq = Lookup.from_file(tar.load(PQ_))
    vocab.counts = None
    return Navec(meta, vocab, pq)


def news_ner(path: Path, navec, batch_size: int):
    """slovnet's `NER.load`, with navec's own vocabulary for the words: the pack's is the same
    250,000 words again (37 MB of strings and their index)."""
    from slovnet import NER
    from slovnet.exec.encoders import TagEncoder
    from slovnet.exec.infer import NERInfer, TagDecoder
    from slovnet.exec.model import NER as NERModel
    from slovnet.exec.pack import Pack
    from slovnet.vocab import Vocab

    with Pack(str(path)) as pack:
        pack.load_meta().check_protocol()
        model = pack.load_model(NERModel)
        arrays = dict(pack.load_arrays(model.weights))
        shapes, tags = pack.load_vocab("shape"), pack.load_vocab("tag")
    words = Vocab.__new__(Vocab)  # its fields, navec's values: no copy
    words.items, words.item_ids = navec.vocab.words, navec.vocab.word_ids
    words.unk_id, words.pad_id = navec.vocab.unk_id, navec.vocab.pad_id
    model = model.inject_arrays(arrays).inject_navec(navec)
    infer = NERInfer(model, TagEncoder(words, shapes, batch_size), TagDecoder(tags))
    return NER(infer, batch_size)


class SlovnetNER:
    """slovnet's NER (PER / LOC / ORG) as a spaCy component that fills `doc.ents`.

    Two models: slovnet's news model for text with capitals, and ours for text without them
    (`lowercase_ner.py`), which ships in the pipeline folder. Each chunk of words goes to the
    model that fits it, so a chat with a few lowercase lines gets both.
    """

    LOWERCASE_FILES = "lowercase-*.tar"

    def __init__(self, batch_size: int = 16):
        from slovnet.shape import word_shape

        data = natasha_data_dir()
        self.navec = load_navec(data / "emb" / "navec_news_v1_1B_250K_300d_100q.tar")
        self.ner = news_ner(data / "model" / "slovnet_ner_news_v1.tar", self.navec, batch_size)
        self.batch_size = batch_size
        self.lowercase = None
        self.lowercase_packs: list[Path] = []
        self.threads = OneBlasThread()
        self.encoded: dict[str, tuple[int, int]] = {}  # word form → (word id, shape id)
        self.tagged: dict[tuple, tuple[str, ...]] = {}  # a chunk's ids → its tags
        self.word_shape = word_shape

    def forget(self) -> None:
        """Drop the tags kept of chunks met before (a benchmark's rounds start alike)."""
        self.tagged.clear()
        if self.lowercase is not None:
            self.lowercase.tagged.clear()

    def load_lowercase(self, packs: list[Path]) -> None:
        from redactor.detect.lowercase_ner import LowercaseTagger

        self.lowercase = LowercaseTagger([str(p) for p in packs], self.navec)
        self.lowercase_packs = list(packs)

    def to_disk(self, path: Path, exclude=()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        contents = [pack.read_bytes() for pack in self.lowercase_packs]
        for old in path.glob(self.LOWERCASE_FILES):
            old.unlink()
        for i, content in enumerate(contents, 1):
            (path / f"lowercase-{i}.tar").write_bytes(content)

    def from_disk(self, path: Path, exclude=()) -> SlovnetNER:
        packs = sorted(Path(path).glob(self.LOWERCASE_FILES))
        if packs:
            self.load_lowercase(packs)
        return self

    def __call__(self, doc: Doc) -> Doc:
        # One BLAS thread: the matrices of a chunk are small, and a second thread only spins
        # (a 1 MB file: 2.5× the wall time and 3.5× the CPU time with two). Whatever the
        # caller's environment says, the library, the CLI and the workers alike.
        with self.threads:
            self._tag([doc])
        return doc

    def pipe(self, docs, batch_size: int = 128):
        """spaCy's `nlp.pipe`: the chunks of `batch_size` docs go to the models together, so
        that a one-line message costs one row of a batch, not a call of its own. A chunk's
        tags do not depend on the others in its batch, so each doc gets the tags it gets
        alone."""
        docs = iter(docs)
        while batch := list(islice(docs, batch_size)):
            with self.threads:
                self._tag(batch)
            yield from batch

    def _tag(self, docs: list[Doc]) -> None:
        pieces = [list(chunks(doc)) for doc in docs]
        words = [
            [[doc[i].text for i in piece] for piece in ps]
            for doc, ps in zip(docs, pieces, strict=True)
        ]
        # A chunk without a letter names nothing (neither model tags one): «8 912 345-67-89»,
        # and a line of digits and dashes is not read by them word by word.
        tags: list[list[list[str] | None]] = [
            [None if any(c.isalpha() for word in w for c in word) else ["O"] * len(w) for w in ws]
            for ws in words
        ]
        # (doc, chunk): the chunks of every doc that each model reads, in one batch per model.
        lower: list[tuple[int, int]] = []
        sure: list[set[int]] = [set() for _ in docs]
        if self.lowercase is not None:
            lower = [
                (d, i)
                for d, ws in enumerate(words)
                for i, w in enumerate(ws)
                if tags[d][i] is None and not _capitalized(w)
            ]
            lower_tags = self.lowercase.tag([words[d][i] for d, i in lower])
            for (d, i), (piece_tags, plain) in zip(lower, lower_tags, strict=True):
                tags[d][i] = piece_tags
                sure[d].update(
                    j for j, t in zip(pieces[d][i], plain, strict=True) if t.endswith("PER")
                )
        rest = [(d, i) for d, ts in enumerate(tags) for i, t in enumerate(ts) if t is None]
        caseless = {d: truecase.caseless(text_of(docs[d])) for d in {d for d, _ in rest}}
        items = [self._cased(words[d][i], caseless[d]) for d, i in rest]
        for (d, i), piece_tags in zip(rest, by_length(self._infer, items), strict=True):
            tags[d][i] = piece_tags
        lowered: list[set[int]] = [set() for _ in docs]
        for d, i in lower:
            lowered[d].add(i)
        for d, doc in enumerate(docs):
            if not pieces[d]:
                continue
            spans = [
                list(_bio_spans(doc, piece, t)) for piece, t in zip(pieces[d], tags[d], strict=True)
            ]
            doc.ents = [span for piece_spans in spans for span in piece_spans]
            # Recognizers judge the two models' spans differently: say which spans are whose.
            doc.user_data[LOWERCASE_NER] = frozenset(
                span.start for i in sorted(lowered[d]) for span in spans[i]
            )
            # The words the lowercase model reads as a name even without its bias towards names.
            doc.user_data[LOWERCASE_SURE] = frozenset(sure[d])

    @staticmethod
    def _cased(words: list[str], caseless: bool) -> list[str]:
        # Give capitals back to the words that are surely names, so the news model can see
        # them («смирнов андрей петрович»).
        return [truecase.truecase(word) for word in words] if caseless else words

    def _infer(self, items: list[list[str]]) -> list[list[str]]:
        """slovnet's `NERInfer`: words → ids → the CNN-CRF → tags, computed by `cnn`. As in
        the lowercase model (`LowercaseTagger.tag`), the same ids are tagged once per call and
        a short chunk's tags are kept (`cnn.tagged_once`): a chat's speaker label is the same
        ids on every line («22.09.2025, 10:13 - Ашот | Поддержка:», a stamp's shape a
        number's)."""
        infer = self.ner.infer
        model = infer.model
        transitions = model.head.crf.transitions.array
        decode = infer.decoder.tags_vocab.decode
        keys = [self._ids(item) for item in items]

        def tag(batch):
            word_id, shape_id, pad_mask = self._arrays(batch)
            scores = cnn.tag_scores(model, word_id, shape_id, pad_mask)
            rows = cnn.decode(transitions, scores, ~pad_mask)
            return [tuple(decode(i) for i in row) for row in rows]

        found = cnn.tagged_once(keys, self.tagged, tag)
        return [list(found[key]) for key in keys]

    def _ids(self, item: list[str]) -> tuple[tuple[int, int], ...]:
        """slovnet's `WordShapeEncoder` of one chunk: (word id, shape id) of each word; each
        word form's two ids are kept, as the lemmatizer keeps its lemmas."""
        encoder = self.ner.infer.encoder
        known = self.encoded
        if len(known) > PymorphyLemmatizer.KEPT_FORMS:
            known.clear()
        ids = []
        for word in item:
            pair = known.get(word)
            if pair is None:
                pair = known[word] = (
                    encoder.words_vocab.encode(word.lower()),
                    encoder.shapes_vocab.encode(self.word_shape(word)),
                )
            ids.append(pair)
        return tuple(ids)

    def _arrays(self, batch: list[tuple[tuple[int, int], ...]]):
        """Word ids, shape ids and the padding mask of a batch of chunks' ids."""
        encoder = self.ner.infer.encoder
        words, shapes = encoder.words_vocab, encoder.shapes_vocab
        width = max(len(item) for item in batch)
        word_id = np.full((len(batch), width), words.pad_id)
        shape_id = np.full((len(batch), width), shapes.pad_id)
        for row, item in enumerate(batch):
            if item:
                word_id[row, : len(item)], shape_id[row, : len(item)] = zip(*item, strict=True)
        return word_id, shape_id, word_id == words.pad_id


class OneBlasThread:
    """`with` it, numpy's BLAS runs one thread, and as many as before after. threadpoolctl's
    `limit` does the same but describes every library it controls on each entry (a tenth of
    the NER's time on a one-line message); the BLAS libraries are looked up here once."""

    def __init__(self) -> None:
        self.libraries = ThreadpoolController().select(user_api="blas").lib_controllers
        self.before: list[list[int]] = []  # a stack: entered again inside, it still restores

    def __enter__(self) -> OneBlasThread:
        before = [lib.get_num_threads() for lib in self.libraries]
        self.before.append(before)
        for lib, threads in zip(self.libraries, before, strict=True):
            if threads != 1:
                lib.set_num_threads(1)
        return self

    def __exit__(self, *exc) -> None:
        for lib, threads in zip(self.libraries, self.before.pop(), strict=True):
            if threads != 1:
                lib.set_num_threads(threads)


def by_length(tag, items: list[list[str]]) -> list[list[str]]:
    """`tag(items)`, with the items handed over shortest first: a batch is padded to its
    longest item, and in text order the padded words were twice the real ones. A chunk's tags
    do not depend on its batch (the CNN masks padding), so they come back the same."""
    order = sorted(range(len(items)), key=lambda i: len(items[i]))
    tagged = tag([items[i] for i in order])
    out: list = [None] * len(items)
    for i, tags in zip(order, tagged, strict=True):
        out[i] = tags
    return out


def text_of(doc: Doc) -> str:
    """The text a doc was made from: the very string, which spaCy's `doc.text` builds again
    from every token (a tenth of the NER's time), and which the recognizers' caches know."""
    return doc.user_data.get(TEXT) or doc.text


def _capitalized(words: list[str]) -> bool:
    """Whether a chunk was written with capitals: a word in it is capitalized («Надежда есть»,
    «меня зовут Валерия»). Abbreviations («SMS», «ИНН») say nothing of how the text was
    written."""
    return any(_title(w) for w in words)


def _title(word: str) -> bool:
    return word[:1].isupper() and any(c.islower() for c in word[1:])


def chunks(doc: Doc):
    """Token indices of the doc's words, cut at sentence ends and line breaks, and after a
    speaker label at a line's start («Оператор:», «[00:01:23] spk_0:»), which is written
    differently from the words that follow it."""
    chunk: list[int] = []
    line_start = True
    for token in doc:
        if token.is_space:
            if "\n" in token.text:
                if chunk:
                    yield chunk
                    chunk = []
                line_start = True
            continue
        chunk.append(token.i)
        label = line_start and token.text == ":" and len(chunk) <= LABEL_WORDS
        if (
            label
            or len(chunk) >= MAX_CHUNK_TOKENS
            or (token.text in SENTENCE_END and len(chunk) > 3)
        ):
            yield chunk
            chunk = []
            line_start = False
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


def blank_pipeline(lowercase_packs: list[Path] = ()) -> Language:
    nlp = spacy.blank("ru")
    nlp.add_pipe("redact_lemmatizer")
    ner = nlp.add_pipe("slovnet_ner")
    if lowercase_packs:
        ner.load_lowercase(lowercase_packs)
    nlp.meta.update(
        name="redact",
        version="0.1.0",
        description="Russian tokenizer, pymorphy3 lemmas and slovnet NER for redact",
    )
    return nlp


def load(path: Path = MODEL_DIR) -> Language:
    if not (path / "config.cfg").exists():
        raise RuntimeError(f"no spaCy pipeline at {path}: run `make models`")
    pipeline = spacy.load(path)
    pipeline.tokenizer = SlicingTokenizer(pipeline.tokenizer)
    return pipeline


class SlicingTokenizer:
    """spaCy's tokenizer, handed words longer than `LONGEST_WORD` in slices (see there)."""

    def __init__(self, tokenizer):
        self.tokenizer = tokenizer
        self.vocab = tokenizer.vocab

    def __call__(self, text: str) -> Doc:
        if not LONG_WORD.search(text):
            doc = self.tokenizer(text)
        else:
            words: list[str] = []
            spaces: list[bool] = []
            for piece in _slices(text):
                for token in self.tokenizer(piece):
                    words.append(token.text)
                    spaces.append(bool(token.whitespace_))
            doc = Doc(self.vocab, words=words, spaces=spaces)
        doc.user_data[TEXT] = text
        return doc

    def __getattr__(self, name: str):
        return getattr(self.tokenizer, name)  # rules, serialization: the tokenizer's own


def _slices(text: str):
    """`text` in pieces cut inside its long words, every `LONGEST_WORD` characters: never at a
    word's edge, where spaCy would attach the spaces around differently."""
    start = 0
    for word in LONG_WORD.finditer(text):
        for cut in range(word.start() + LONGEST_WORD, word.end(), LONGEST_WORD):
            yield text[start:cut]
            start = cut
    yield text[start:]


if __name__ == "__main__":
    # python -m redactor.detect.nlp TARGET [LOWERCASE_PACK …]: without packs, TARGET keeps its own.
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else MODEL_DIR
    packs = [Path(p) for p in sys.argv[2:]]
    packs = packs or sorted((target / "slovnet_ner").glob(SlovnetNER.LOWERCASE_FILES))
    blank_pipeline(packs).to_disk(target)
    print(f"wrote {target} ({len(packs)} lowercase NER models)")
