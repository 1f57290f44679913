"""PHONE_NUMBER surrogate: the same prefix and layout, other subscriber digits.

>>> surrogate("+7 (912) 345-67-89", b"seed")  # doctest: +SKIP
'+7 (904) 118-20-53'

The country prefix (+7, 8, 7, +380…) and the first digit of the operator code stay, so a mobile
stays a mobile and a Moscow landline a Moscow landline; the other digits are drawn. They are drawn
for the last ten digits, the line itself (`placeholders.identity` keys phones by them), and then
poured into the value's own layout: «8 912 345-67-89» and «+7 (912) 3456789» share a seed and so
become one surrogate phone written two ways. A phone said in words is said anew
(`spoken.respoken`).
"""

from __future__ import annotations

import random

from redactor.replace.surrogates.shape import digits, unequal
from redactor.replace.surrogates.spoken import heard, rewrite

LINE = 10  # digits that name the line, after the country prefix
KEPT = 1  # of those: the first digit of the operator code


def surrogate(value: str, seed: bytes) -> str:
    rng = random.Random(seed)
    old = heard(value)
    prefix, line = old[:-LINE], old[-LINE:]
    head = prefix + line[:KEPT]
    return unequal(value, lambda: rewrite(value, head + digits(rng, len(old) - len(head))))
