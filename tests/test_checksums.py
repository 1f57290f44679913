"""Check digits of Russian identifiers (redactor.detect.checksums), one table per validator."""

from __future__ import annotations

import pytest

from redactor.detect import checksums

SNILS = [
    ("11223344595", True),  # sum 95: the check is the sum
    ("12345678964", True),  # sum 165: 165 mod 101 = 64
    ("08765432102", True),
    ("13456789090", True),
    ("11223344596", False),
    ("12345678900", False),
    ("00100199700", False),  # up to 001-001-998: no check, never valid
    ("1122334459", False),  # 10 digits
    ("112-233-445 95", False),  # callers pass the digits only
    ("１１２２３３４４５９５", False),  # fullwidth digits are not ASCII
]
# The weighted sums 100 and 101 give the check 00, and so does 201 (201 mod 101 = 100).
SNILS_HUNDRED = [
    "920000100",  # 9·9 + 2·8 + 1·3 = 100
    "920000101",  # 101
    "996100000",  # 9·9 + 9·8 + 6·7 + 1·6 = 201
]


@pytest.mark.parametrize(("value", "valid"), SNILS)
def test_snils(value: str, valid: bool) -> None:
    assert checksums.snils(value) is valid


@pytest.mark.parametrize("body", SNILS_HUNDRED)
def test_snils_hundred_is_checked_as_00(body: str) -> None:
    assert checksums.snils(body + "00")
    assert not checksums.snils(body + "01")


INN = [
    ("7707083893", True),  # Сбербанк
    ("7736050003", True),
    ("7830002293", True),
    ("7707083894", False),
    ("9123456789", False),
    ("500100732259", True),  # a person's
    ("771406318858", True),
    ("500100732258", False),  # the second check digit is wrong
    ("500100732269", False),  # the first
    ("123456789012", False),
    ("77070838931", False),  # 11 digits
    ("", False),
]


@pytest.mark.parametrize(("value", "valid"), INN)
def test_inn(value: str, valid: bool) -> None:
    assert checksums.inn(value) is valid


def test_inn_lengths_are_kept_apart() -> None:
    assert checksums.inn10("7707083893") and not checksums.inn12("7707083893")
    assert checksums.inn12("500100732259") and not checksums.inn10("500100732259")


OMS = [
    ("7700000000000008", True),
    ("5000000000000017", True),
    ("1234567890123452", True),
    ("7799123456789015", True),
    ("7700000000000009", False),
    ("1234567890123456", False),
    ("770000000000008", False),  # 15 digits
    ("77000000000000080", False),  # 17
]


@pytest.mark.parametrize(("value", "valid"), OMS)
def test_oms(value: str, valid: bool) -> None:
    assert checksums.oms(value) is valid


def test_oms_follows_the_ffoms_steps() -> None:
    # 1234567890123452: odd positions from the right of the first 15 digits, right to left:
    # 5,3,1,9,7,5,3,1 → 53197531 × 2 = 106395062; even ones: 4,2,0,8,6,4,2 → 4208642;
    # "4208642" + "106395062": digit sum 48; 50 − 48 = 2, the last digit.
    digits = "4208642" + str(53197531 * 2)
    assert (10 - sum(map(int, digits)) % 10) % 10 == 2
    assert checksums.oms("1234567890123452")


ACCOUNTS = [
    ("40817810899910004312", "044525225", True),
    ("40702810638000000000", "044525225", True),
    ("42301810000001234567", "044525593", True),
    ("40802810400000012345", "044525974", True),
    ("30101810400000000225", "044525225", True),  # correspondent: keyed with 0 + БИК 5–6
    ("40817810099910004312", "044525225", False),
    ("40817810899910004312", "044525974", False),  # another bank's БИК
    ("4081781089991000431", "044525225", False),  # 19 digits
    ("40817810899910004312", "04452522", False),  # 8-digit БИК
    ("40817810899910004312", "144525225", False),  # not a Russian БИК
]


@pytest.mark.parametrize(("account", "bank", "valid"), ACCOUNTS)
def test_account_key(account: str, bank: str, valid: bool) -> None:
    assert checksums.account_key(account, bank) is valid


@pytest.mark.parametrize(("value", "valid"), [("044525225", True), ("44525225", False)])
def test_bik(value: str, valid: bool) -> None:
    assert checksums.bik(value) is valid
