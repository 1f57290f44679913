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
    keys: Sequence[K], size: Callable[[K], int], contains: Callable[[K, K], bool]
) -> list[int]:
    """A group number per key, keys in text order; `contains(full, part)`."""
    order = sorted(range(len(keys)), key=lambda i: (-size(keys[i]), i))
    founders: list[K] = []
    ids = [0] * len(keys)
    for i in order:
        for gid, full in enumerate(founders):
            if contains(full, keys[i]):
                ids[i] = gid
                break
        else:
            ids[i] = len(founders)
            founders.append(keys[i])
    return ids
