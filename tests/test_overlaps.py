"""Overlapping proposals become one flat list that masks every character anyone flagged."""

from __future__ import annotations

import random
from itertools import pairwise

import pytest

from redactor.detect.overlaps import flatten
from redactor.finding import Finding

TEXT = "Ивана Франко, 5 и карта 4276 1600 1234 5674; звоните 8 912 345-67-89"


def f(start: int, end: int, kind: str = "X", score: float = 0.5) -> Finding:
    return Finding(start, end, kind, score, "test")


CASES = [
    # The wider reading wins where one contains the other.
    ([f(0, 15, "ADDRESS", 0.85), f(0, 12, "PERSON", 0.85)], [f(0, 15, "ADDRESS", 0.85)]),
    # Crossing: the longer keeps its span, the other keeps its own rest, trimmed of «, ».
    (
        [f(0, 12, "PERSON"), f(6, 15, "ADDRESS", 0.4)],
        [f(0, 12, "PERSON"), f(14, 15, "ADDRESS", 0.4)],
    ),
    # Disjoint ones stay as they are, in text order.
    ([f(24, 43), f(0, 12)], [f(0, 12), f(24, 43)]),
    # A shorter one inside is dropped whatever its score.
    (
        [f(24, 43, "CREDIT_CARD", 1.0), f(29, 38, "PHONE_NUMBER", 0.9)],
        [f(24, 43, "CREDIT_CARD", 1.0)],
    ),
]


@pytest.mark.parametrize(("found", "flat"), CASES)
def test_flatten(found: list[Finding], flat: list[Finding]) -> None:
    assert flatten(found, TEXT) == flat


def test_flat_and_covering_on_random_proposals() -> None:
    rng = random.Random(7)
    text = "слово " * 200
    for _ in range(200):
        found = []
        for _ in range(rng.randrange(1, 12)):
            start = rng.randrange(0, len(text) - 1)
            found.append(f(start, rng.randrange(start + 1, min(len(text), start + 40) + 1)))
        flat = flatten(found, text)
        assert all(a.end <= b.start for a, b in pairwise(flat))  # flat, in order
        masked = {i for x in flat for i in range(x.start, x.end)}
        flagged = {i for x in found for i in range(x.start, x.end) if text[i].isalnum()}
        assert flagged <= masked
