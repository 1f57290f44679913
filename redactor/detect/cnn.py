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

import numpy as np


def tag_scores(model, word_id: np.ndarray, shape_id: np.ndarray, pad_mask: np.ndarray):
    """slovnet's `Tag.__call__`: the emission scores (batch × words × tags)."""
    return model.head(encode(model.encoder, model.emb(word_id, shape_id), pad_mask))


def encode(encoder, x: np.ndarray, pad_mask: np.ndarray) -> np.ndarray:
    """slovnet's `CNNEncoder.__call__` on `x` (batch × words × features); padded words (where
    `pad_mask` is true) come out as zeros, as there."""
    batch, words, _ = x.shape
    for layer in encoder.layers:
        conv, norm = layer.conv, layer.norm
        filters, width, kernel = conv.weight.shape
        pad = conv.padding
        count = words + 2 * pad - kernel + 1
        # windows[b, j, d, k] = the input at word j + k - pad (zero outside), the order of
        # slovnet's windows and of its weights (filters × in × kernel)
        windows = np.zeros((batch, count, width, kernel), dtype=x.dtype)
        for k in range(kernel):
            lo, hi = max(0, pad - k), min(count, words + pad - k)
            windows[:, lo:hi, :, k] = x[:, lo + k - pad : hi + k - pad, :]
        weight = conv.weight.array.reshape(filters, width * kernel)
        out = np.matmul(windows.reshape(batch * count, width * kernel), weight.T)
        out = (out + conv.bias.array).reshape(batch, count, filters)
        out = out.clip(0)
        out = (out - norm.mean.array) / norm.std.array * norm.weight.array + norm.bias.array
        out[pad_mask] = 0
        x = out
    return x


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
