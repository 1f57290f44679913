"""Train the NER for text without capitals (redactor/lowercase_ner.py) and pack it for slovnet.

    python -m training.lowercase_ner CORPORA OUT.tar      # what `make models` runs

CORPORA is the folder of the shared NER corpora (NEREL and SlavicNER in JSONL); only their
training splits are read, so their dev and test splits stay fair for `make bench`. The texts are
seen the way transcripts come: lowercased, either with their punctuation or with every
punctuation character turned into a space (speech recognition output). Nothing of the corpora
is written out but the trained weights.

Needs torch (`pip install '.[train]'`); running the packed model needs numpy only.
"""

from __future__ import annotations

import argparse
import json
import random
import time
from pathlib import Path

import spacy
import torch
from navec import Navec
from slovnet.exec.pack import DumpPack, Meta
from slovnet.model.emb import Embedding, NavecEmbedding
from slovnet.model.tag import NER, NERHead, TagEmbedding, TagEncoder
from slovnet.vocab import BIOTagsVocab, Vocab

from redactor.detect import lowercase_ner
from redactor.detect.nlp import chunks, natasha_data_dir

# Training splits and how many times each is seen per epoch: NEREL's varied genres and careful
# annotation count twice against SlavicNER's larger, more repetitive news.
TRAIN_FILES = {"nerel/train.jsonl": 2, "slavicner-ru/train.jsonl": 1}
# Nested spans: a name inside an organisation («фонд Андрея Первозванного») stays a name.
LABELS = {"PERSON": "PER", "ORG": "ORG", "LOCATION": "LOC"}
PRIORITY = ("PER", "ORG", "LOC")

SEED = 20261123
FEATURE_DIM = 30
LAYER_DIMS = [256, 128, 64]
KERNEL_SIZE = 3
LR, LR_GAMMA = 0.005, 0.75
# Share of words shown to the model as unknown while training: names the corpora never had are
# unknown to the vectors too, and must be found by their morphology and context.
WORD_DROPOUT = 0.1
EPOCHS = 5
BATCH = 32
ID = "redact_ner_lowercase_v1"


def asr_view(text: str) -> str:
    return "".join(c.lower() if c.isalnum() or c.isspace() else " " for c in text)


def tagged_chunks(nlp, record: dict, view: str) -> list[list[tuple[str, str]]]:
    """The record's text in one view, cut into the chunks the runtime feeds the NER, each a list
    of (word, BIO tag)."""
    text = record["text"].lower() if view == "lower" else asr_view(record["text"])
    label_at = [None] * len(text)
    for label in reversed(PRIORITY):  # the highest priority is written last
        for span in record["spans"]:
            if LABELS.get(span["coarse"]) == label:
                for i in range(span["start"], span["end"]):
                    label_at[i] = (label, span["start"])
    doc = nlp.make_doc(text)
    result = []
    for chunk in chunks(doc):
        tagged, previous = [], None
        for i in chunk:
            token = doc[i]
            mark = label_at[token.idx]
            if mark is None:
                tagged.append((token.text, "O"))
            else:
                prefix = "I" if previous == mark else "B"
                tagged.append((token.text, f"{prefix}-{mark[0]}"))
            previous = mark
        result.append(tagged)
    return result


def load(corpora: Path) -> list[list[tuple[str, str]]]:
    nlp = spacy.blank("ru")
    data = []
    for relative, copies in TRAIN_FILES.items():
        with open(corpora / relative, encoding="utf-8") as lines:
            for line in lines:
                record = json.loads(line)
                for view in ("lower", "asr"):
                    data.extend(tagged_chunks(nlp, record, view) * copies)
    return data


def encode(data, words, features, tags):
    encoded = []
    for chunk in data:
        encoded.append(
            (
                [words.encode(w.lower()) for w, _ in chunk],
                [features.encode(lowercase_ner.feature(w)) for w, _ in chunk],
                [tags.encode(t) for _, t in chunk],
            )
        )
    return encoded


def batches(encoded, words, features, rng: random.Random):
    # Chunks of similar length go together, so little of a batch is padding; the batches
    # themselves come in random order.
    order = sorted(range(len(encoded)), key=lambda i: (len(encoded[i][0]), rng.random()))
    groups = [order[start : start + BATCH] for start in range(0, len(order), BATCH)]
    rng.shuffle(groups)
    for group in groups:
        items = [encoded[i] for i in group]
        width = max(len(item[0]) for item in items)
        word_id = torch.full((len(items), width), words.pad_id, dtype=torch.long)
        feature_id = torch.full((len(items), width), features.pad_id, dtype=torch.long)
        tag_id = torch.zeros((len(items), width), dtype=torch.long)
        for row, (w, f, t) in enumerate(items):
            word_id[row, : len(w)] = torch.tensor(w)
            feature_id[row, : len(f)] = torch.tensor(f)
            tag_id[row, : len(t)] = torch.tensor(t)
        yield word_id, feature_id, tag_id, word_id == words.pad_id


def build(navec: Navec, features: Vocab, tags: BIOTagsVocab) -> NER:
    word = NavecEmbedding(navec)
    feature = Embedding(vocab_size=len(features), dim=FEATURE_DIM, pad_id=features.pad_id)
    emb = TagEmbedding(word, feature)
    encoder = TagEncoder(input_dim=emb.dim, layer_dims=LAYER_DIMS, kernel_size=KERNEL_SIZE)
    return NER(emb, encoder, NERHead(encoder.dim, len(tags)))


def train(corpora: Path, out: Path, epochs: int = EPOCHS, seed: int = SEED) -> None:
    random.seed(seed)
    torch.manual_seed(seed)
    rng = random.Random(seed)
    navec = Navec.load(natasha_data_dir() / "emb" / "navec_news_v1_1B_250K_300d_100q.tar")
    words = Vocab(navec.vocab.words)
    features = Vocab(lowercase_ner.features())
    tags = BIOTagsVocab(list(PRIORITY))

    started = time.monotonic()
    encoded = encode(load(corpora), words, features, tags)
    tokens = sum(len(item[0]) for item in encoded)
    print(
        f"{len(encoded):,} chunks, {tokens:,} tokens ({time.monotonic() - started:.0f} s)",
        flush=True,
    )

    model = build(navec, features, tags)
    optimizer = torch.optim.Adam(model.parameters(), lr=LR)
    scheduler = torch.optim.lr_scheduler.ExponentialLR(optimizer, LR_GAMMA)
    for epoch in range(1, epochs + 1):
        model.train()
        total = count = 0
        for word_id, feature_id, tag_id, pad_mask in batches(encoded, words, features, rng):
            optimizer.zero_grad()
            dropped = (torch.rand(word_id.shape) < WORD_DROPOUT) & ~pad_mask
            word_id = word_id.masked_fill(dropped, words.unk_id)
            emissions = model(word_id, feature_id, pad_mask)
            loss = model.head.crf(emissions, tag_id, ~pad_mask)
            loss.backward()
            optimizer.step()
            total += loss.item()
            count += 1
            if count % 200 == 0:
                print(f"  {count} batches: loss {total / count:.3f}", flush=True)
        scheduler.step()
        print(
            f"epoch {epoch}: loss {total / count:.3f} ({time.monotonic() - started:.0f} s)",
            flush=True,
        )

    model.eval()
    pack(model, words, features, tags, out)
    print(f"wrote {out} ({out.stat().st_size / 1e6:.1f} MB)")


def pack(model: NER, words: Vocab, features: Vocab, tags: BIOTagsVocab, out: Path) -> None:
    exec_model = model.to_exec().strip_navec()
    arrays, spec = exec_model.separate_arrays()
    out.parent.mkdir(parents=True, exist_ok=True)
    with DumpPack(str(out)) as dump:
        dump.dump_meta(Meta(ID))
        dump.dump_model(spec)
        dump.dump_arrays(arrays)
        # No word vocabulary: the runtime reads word ids from navec itself.
        dump.dump_vocab(features, "shape")
        dump.dump_vocab(tags, "tag")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--epochs", type=int, default=EPOCHS)
    parser.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args()
    train(args.corpora, args.out, args.epochs, args.seed)


if __name__ == "__main__":
    main()
