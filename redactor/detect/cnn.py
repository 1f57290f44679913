"""slovnet's CNN-CRF tagger computed without its detours, to the same bits.

slovnet's numpy model (`slovnet.exec.model`) mirrors torch's layout, (batch, features, words):
every layer swaps its axes twice, pads with `np.pad`, copies the array to make it contiguous
and copies it again into the convolution's windows, and its CRF builds index grids at every
word. Here the words stay on the second axis and each layer writes its windows once; the
matrix product is handed the very same arrays (the windows' rows, the weights' transposed
view), and the other steps are the same element-wise operations, so the scores and the tags
are identical, bit for bit (tested against slovnet). A one-line message costs half as much in
the network; a long chunk some 10 % less.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import numpy as np

# Words (rows of the matrix products) in a batch of chunks at most, padding included: the
# windows of a batch and a layer's weights then stay in the CPU's cache. Sixteen chunks a
# batch made batches of 50–100 rows of a call's speaker labels and replies, where each
# batch's fixed cost (some 40 numpy calls, the weights copied into BLAS's blocks) weighs, and
# of 500–3,000 rows of long sentences, which leave the cache. Measured on the `speed`
# texts (the NER alone, CPU time): 48 words 0.72 / 0.52 s, 96: 0.65 / 0.46, 192: 0.61 / 0.45,
# 384: 0.65 / 0.51, sixteen chunks 0.63 / 0.55 (punctuated / speech-recognition).
BATCH_WORDS = 192


# Chunks whose tags a model keeps between calls (`tagged_once`), those of at most
# `KEPT_WORDS` words: labels and short replies come again; a long chunk seldom does. Some
# 300–400 bytes a chunk: at most 4 MB a model.
KEPT_CHUNKS = 10_000
KEPT_WORDS = 16


def tagged_once(keys: list[tuple], kept: dict, tag: Callable[[list[tuple]], Iterable]) -> dict:
    """Each distinct key of `keys` (a chunk's ids: what a model reads of its words) → its
    tags, by `tag` over batches of keys of about the same length (`batches`), or from `kept`.

    A chunk's tags depend on its ids alone, not on its batch (the CNN masks the padding), and
    many chunks are the same ids: a speaker label («[00:01:23] спикер 2:», a stamp is a number
    to the models), «да», «угу, спасибо». Each is tagged once per call, and a short one is
    kept in `kept` for the calls after."""
    if len(kept) > KEPT_CHUNKS:
        kept.clear()
    found = {key: tags for key in keys if (tags := kept.get(key)) is not None}
    todo = sorted(dict.fromkeys(k for k in keys if k not in found), key=len)
    for batch in batches(todo):
        for key, tags in zip(batch, tag(batch), strict=True):
            found[key] = tags
            if len(key) <= KEPT_WORDS:
                kept[key] = tags
    return found


def batches(items: list, words: int | None = None):
    """`items` (sorted by length, shortest first) in consecutive batches of at most `words`
    words once padded to their longest; a longer item alone."""
    words = BATCH_WORDS if words is None else words
    start = 0
    while start < len(items):
        end = start + 1
        while end < len(items) and (end + 1 - start) * len(items[end]) <= words:
            end += 1
        yield items[start:end]
        start = end


def tag_scores(model, word_id: np.ndarray, shape_id: np.ndarray, pad_mask: np.ndarray):
    """slovnet's `Tag.__call__`: the emission scores (batch × words × tags)."""
    return model.head(encode(model.encoder, model.emb(word_id, shape_id), pad_mask))


def encode(encoder, x: np.ndarray, pad_mask: np.ndarray) -> np.ndarray:
    """slovnet's `CNNEncoder.__call__` on `x` (batch × words × features); padded words (where
    `pad_mask` is true) come out as zeros, as there."""
    batch, words, _ = x.shape
    padded = pad_mask.any()  # a batch of one chunk, or of chunks alike, has no padding
    for layer in encoder.layers:
        conv, norm = layer.conv, layer.norm
        filters, width, kernel = conv.weight.shape
        pad = conv.padding
        count = words + 2 * pad - kernel + 1
        # windows[b, j, d, k] = the input at word j + k - pad (zero outside), the order of
        # slovnet's windows and of its weights (filters × in × kernel)
        windows = np.empty((batch, count, width, kernel), dtype=x.dtype)
        for k in range(kernel):
            lo, hi = max(0, pad - k), min(count, words + pad - k)
            windows[:, lo:hi, :, k] = x[:, lo + k - pad : hi + k - pad, :]
            if lo:
                windows[:, :lo, :, k] = 0  # beyond the chunk's edges
            if hi < count:
                windows[:, hi:, :, k] = 0
        out = np.matmul(
            windows.reshape(batch * count, width * kernel), _weights(conv, batch * count)
        )
        # The steps of slovnet's layer, each written over the array it reads: the same
        # operations in the same order, so the same bits, without an array made for each.
        out += conv.bias.array
        out = out.reshape(batch, count, filters)
        np.maximum(out, 0, out=out)  # `clip(0)`
        out -= norm.mean.array
        out /= norm.std.array
        out *= norm.weight.array
        out += norm.bias.array
        if padded:
            out[pad_mask] = 0
        x = out
    return x


# Up to about a million rows × filters × inputs, OpenBLAS (0.3.31, numpy's, on this x86-64)
# multiplies with small-matrix kernels whose sums differ in their last bits with the layout
# of the right side; above, its blocked product gives the same bits from either layout
# (measured on the three layers' sizes; tested against slovnet around them).
SMALL_PRODUCT = 1_000_000


def _weights(conv, rows: int) -> np.ndarray:
    """The layer's weights as the matrix product's right side (in × filters): slovnet's
    transposed view of them, or above `SMALL_PRODUCT`, the same numbers laid out in that
    order. OpenBLAS copies the right side into its blocks on every call, and from the view
    that copy cost as much as the product of a short chunk (a 1 MB first layer, 4–8 rows:
    130–145 µs from the view, 65–83 µs laid out); the sums are the same (tested)."""
    filters, width, kernel = conv.weight.shape
    view = conv.weight.array.reshape(filters, width * kernel).T
    if rows * filters * width * kernel <= SMALL_PRODUCT:
        return view
    laid_out = conv.__dict__.get("redact_columns")
    if laid_out is None:
        laid_out = conv.__dict__["redact_columns"] = np.ascontiguousarray(view)
    return laid_out


def decode(transitions: np.ndarray, emissions: np.ndarray, mask: np.ndarray) -> list[np.ndarray]:
    """slovnet's `CRF.decode` (Viterbi): the best tag ids of each row, `mask` true on its
    words. The best previous score is taken with `max`, the value slovnet gathers at `argmax`."""
    batch, length, tags = emissions.shape
    emissions = emissions.swapaxes(1, 0)
    mask = mask.swapaxes(1, 0)
    history = []
    score = emissions[0]
    for index in range(1, length):
        step = (
            score.reshape(batch, tags, 1) + transitions + emissions[index].reshape(batch, 1, tags)
        )
        history.append(step.argmax(-2))
        score = np.where(mask[index].reshape(batch, 1), step.max(-2), score)
    sizes = mask.sum(0) - 1
    paths = []
    for row in range(batch):
        best = score[row].argmax()
        path = [best]
        for indexes in reversed(history[: sizes[row]]):
            best = indexes[row][best]
            path.append(best)
        path.reverse()
        paths.append(np.array(path))
    return paths
