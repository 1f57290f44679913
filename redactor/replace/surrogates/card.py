"""CREDIT_CARD surrogate: the same grouping and length, a valid Luhn check, and a number that no
payment card can have.

>>> surrogate("4276 1600 1234 5675", b"seed")  # doctest: +SKIP
'0518 2934 7701 6624'

The first digit is 0. It is the major industry identifier (ISO/IEC 7812-1), and MII 0 is kept
for ISO/TC 68 and future industry assignments: no issuer identification number of a payment
system begins with 0 (Mir starts with 2, Visa with 4, Mastercard with 2 or 5, American Express
and JCB with 3, UnionPay with 6, Maestro with 5 or 6), so the surrogate passes a Luhn check, as a
card number must to read as one, and yet can reach no account. The test numbers that payment
systems publish (4111 1111 1111 1111…) were rejected: they are real BINs, and a validator or a
fraud filter that knows them would treat the text as test data, not as a redacted card.

Masked digits («4276 **** **** 5678») stay masked, and then no Luhn check is possible. A part of
a number («последние цифры пять восемь девять восемь») is no number to check: its digits are
drawn as they come. A card said in words is said anew (`spoken.respoken`), with the same check
over its new digits.
"""

from __future__ import annotations

import random

from redactor.replace.surrogates.shape import digits, unequal
from redactor.replace.surrogates.spoken import heard, rewrite

UNISSUED = "0"  # MII 0: no payment card begins with it
WHOLE = 12  # fewer digits: a part of a number (its last four), neither prefix nor check digit


def surrogate(value: str, seed: bytes) -> str:
    rng = random.Random(seed)
    old = heard(value)
    if len(old) < WHOLE and "*" not in value:
        return unequal(value, lambda: rewrite(value, digits(rng, len(old))))
    if "*" in value or len(old) < 2:
        return unequal(value, lambda: rewrite(value, UNISSUED + digits(rng, len(old) - 1)))
    return unequal(value, lambda: rewrite(value, luhn(UNISSUED + digits(rng, len(old) - 2))))


def luhn(body: str) -> str:
    """`body` with its Luhn check digit appended."""
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c) * (2 if i % 2 == 0 else 1)  # doubled from the right, the check digit aside
        total += d - 9 if d > 9 else d
    return body + str(-total % 10)


def valid(number: str) -> bool:
    return luhn(number[:-1]) == number
