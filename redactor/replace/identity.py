"""Grouping mentions that name the same thing, for consistent placeholders.

Mentions are taken fullest first; each founds a group unless a group's founding mention already
contains it. «Иван Петрович Смирнов» founds a person that «Смирнову» later joins; «г. Тула,
ул. Мира, д. 3, кв. 5» founds an address that «ул. Мира, 3» joins.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

K = TypeVar("K")


def group(
    keys: Sequence[K],
    size: Callable[[K], int],
    contains: Callable[[K, K], bool],
    known: list[K] | None = None,
) -> list[int]:
    """A group number per key, keys in text order; `contains(full, part)`.

    `known` holds the founding mentions of earlier texts (a batch whose placeholders follow the
    person from file to file): group numbers are their indices, and it grows with the new
    founders. A mention fuller than a known founder takes its place: «Иван» in one file and
    «Иван Петров» in the next are one person."""
    founders: list[K] = [] if known is None else known
    order = sorted(range(len(keys)), key=lambda i: (-size(keys[i]), i))
    ids = [0] * len(keys)
    for i in order:
        ids[i] = _join(founders, keys[i], contains)
    return ids


def _join(founders: list[K], key: K, contains: Callable[[K, K], bool]) -> int:
    for gid, full in enumerate(founders):
        if contains(full, key):
            return gid
    for gid, part in enumerate(founders):
        if contains(key, part):
            founders[gid] = key
            return gid
    founders.append(key)
    return len(founders) - 1
