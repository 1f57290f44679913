"""Check digits of Russian identifiers: pure functions of a string of digits.

Each takes the digits alone (no spaces, no dashes) and says whether its check digits agree.
A string of another length or with other characters is simply not valid: callers pass whatever
a regex matched, and a wrong shape is as much a «no» as a wrong digit.
"""

from __future__ import annotations

# СНИЛС: numbers up to 001-001-998 were issued before the check was introduced.
SNILS_UNCHECKED = 1001998
SNILS_WEIGHTS = (9, 8, 7, 6, 5, 4, 3, 2, 1)
# ИНН (ФНС, Приказ № ММ-3-09/536@ of 2002): a weighted sum mod 11 mod 10 per check digit.
INN10_WEIGHTS = (2, 4, 10, 3, 5, 9, 4, 6, 8)
INN11_WEIGHTS = (7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
INN12_WEIGHTS = (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
# Bank account control key (ЦБ РФ, «Порядок расчёта контрольного ключа в номере лицевого
# счёта», 1997): 3 digits from the БИК, then the 20 of the account, weights 7 1 3 repeated.
ACCOUNT_WEIGHTS = (7, 1, 3) * 8  # 24 ≥ 23 digits
CORRESPONDENT = "30101"  # a bank's account at the Bank of Russia: keyed as opened in an РКЦ


def _digits(value: str, length: int) -> list[int] | None:
    if len(value) != length or not value.isascii() or not value.isdigit():
        return None
    return [int(c) for c in value]


def _weighted(digits: list[int], weights: tuple[int, ...]) -> int:
    return sum(d * w for d, w in zip(digits, weights, strict=False))


def snils(value: str) -> bool:
    """СНИЛС, 11 digits: the last two are the weighted sum of the first nine (weights 9..1),
    taken mod 101 with 100 written as 00. Numbers ≤ 001-001-998 have no check and are never valid
    here: without a checksum 11 digits prove nothing."""
    digits = _digits(value, 11)
    if digits is None or int(value[:9]) <= SNILS_UNCHECKED:
        return False
    total = _weighted(digits[:9], SNILS_WEIGHTS) % 101
    return total % 100 == int(value[9:])  # 100 → 00; below 100 as is


def inn10(value: str) -> bool:
    """ИНН of an organisation, 10 digits."""
    digits = _digits(value, 10)
    return digits is not None and _weighted(digits, INN10_WEIGHTS) % 11 % 10 == digits[9]


def inn12(value: str) -> bool:
    """ИНН of a person or a sole proprietor, 12 digits, two check digits."""
    digits = _digits(value, 12)
    return (
        digits is not None
        and _weighted(digits, INN11_WEIGHTS) % 11 % 10 == digits[10]
        and _weighted(digits, INN12_WEIGHTS) % 11 % 10 == digits[11]
    )


def ogrnip(value: str) -> bool:
    """ОГРНИП, 15 digits: the last is the first fourteen mod 13, mod 10."""
    digits = _digits(value, 15)
    return digits is not None and int(value[:14]) % 13 % 10 == digits[14]


def inn(value: str) -> bool:
    return inn10(value) or inn12(value)


def oms(value: str) -> bool:
    """ЕНП, the single number of an ОМС policy, 16 digits, the last a check digit.

    The algorithm of the ФФОМС («Общие принципы построения и функционирования информационных
    систем и порядок информационного взаимодействия в сфере ОМС», Приказ ФФОМС от 07.04.2011
    № 79, приложение «Алгоритм расчёта контрольной цифры ЕНП»): over the first 15 digits,
    a) the digits at odd positions counted from the right, read right to left as a number, ×2;
    b) the digits at even positions, read likewise, written to the left of that product;
    c) the digits of the result are summed; d) the check digit takes the sum up to the nearest
    multiple of 10.
    """
    if _digits(value, 16) is None:
        return False
    body = value[:15][::-1]  # right to left: position 1 is the 15th digit
    doubled = str(int(body[0::2]) * 2)
    total = sum(int(c) for c in body[1::2] + doubled)
    return (10 - total % 10) % 10 == int(value[15])


def bik(value: str) -> bool:
    """БИК: 9 digits, Russia's code 04 first. It has no check digit."""
    return _digits(value, 9) is not None and value.startswith("04")


def account_key(account: str, bank: str) -> bool:
    """Whether a 20-digit account's control key (its 9th digit) agrees with the bank's БИК.

    A credit institution's accounts are keyed with the БИК's last 3 digits; an account opened in
    a settlement centre of the Bank of Russia (РКЦ) — a bank's correspondent account 30101…, or
    any account at a БИК of the Bank of Russia itself (ending 000–002) — with «0» and the БИК's
    5th–6th digits."""
    if _digits(account, 20) is None or not bik(bank):
        return False
    rkc = account.startswith(CORRESPONDENT) or bank[6:8] == "00" and bank[8] in "012"
    prefix = "0" + bank[4:6] if rkc else bank[6:]
    return _weighted([int(c) for c in prefix + account], ACCOUNT_WEIGHTS) % 10 == 0
