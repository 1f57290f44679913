"""Surrogates of values other than names and addresses: the same layout, deterministic from the
key, never the original, phones one phone in every layout, cards unissued and Luhn-valid."""

import datetime
import hashlib
import hmac
import ipaddress
import re

import pytest

from redactor.detect import checksums
from redactor.detect.normalize import normalize
from redactor.entities import (
    CARD_EXPIRY,
    CREDIT_CARD,
    DATE_OF_BIRTH,
    EMAIL_ADDRESS,
    HANDLE,
    IP_ADDRESS,
    PHONE_NUMBER,
    RU_BANK_ACCOUNT,
    RU_DRIVER_LICENSE,
    RU_INN,
    RU_OMS,
    RU_PASSPORT,
    RU_SNILS,
    RU_VEHICLE_PLATE,
    SECRET,
    URL,
)
from redactor.replace.placeholders import identity
from redactor.replace.surrogates import card, dates, email, phone, shape, web
from redactor.replace.surrogates.spoken import respoken, say

KEY = b"test-key"
SURROGATE = {
    PHONE_NUMBER: phone.surrogate,
    CREDIT_CARD: card.surrogate,
    EMAIL_ADDRESS: email.surrogate,
    IP_ADDRESS: web.ip_address,
    URL: web.url,
    HANDLE: web.handle,
    DATE_OF_BIRTH: dates.birth_date,
    CARD_EXPIRY: dates.card_expiry,
}


def fake(entity: str, value: str, key: bytes = KEY) -> str:
    """As the dispatcher calls the surrogates: the seed follows the value's identity."""
    message = f"{entity}\x1f{identity(entity, value)}".encode()
    seed = hmac.new(key, message, hashlib.sha256).digest()
    return SURROGATE.get(entity, shape.surrogate)(value, seed)


def skeleton(text: str) -> str:
    return re.sub(r"[^\W_]", "", text)


def spoken_digits(text: str) -> str:
    return re.sub(r"\D", "", normalize(text).text)


WRITTEN = [
    (PHONE_NUMBER, "8 912 345-67-89"),
    (PHONE_NUMBER, "+7 (912) 3456789"),
    (PHONE_NUMBER, "+380 44 123 4567"),
    (CREDIT_CARD, "4276 1600 1234 5675"),
    (CREDIT_CARD, "4276-1600-1234-5675"),
    (CREDIT_CARD, "4276 **** **** 5678"),
    (EMAIL_ADDRESS, "ivan.petrov85@mail.ru"),
    (EMAIL_ADDRESS, "Ivan_Petrov@company.ru"),
    (IP_ADDRESS, "85.143.22.7"),
    (IP_ADDRESS, "192.168.0.10:8080"),
    (IP_ADDRESS, "10.20.30.0/24"),
    (IP_ADDRESS, "2001:0db8:85a3:0000:0000:8a2e:0370:7334"),
    (URL, "https://bank.ru/confirm?token=8f3a9c2e71b4&email=ivan.petrov@mail.ru"),
    (URL, "https://forum.auto.ru/user/ivan.petrov"),
    (URL, "https://school.ru/students/4f9a2c1e-7b3d-4e8f-9a1b-2c3d4e5f6a7b/grades"),
    (URL, "http://ivan:qwerty@files.home.ru/scan.pdf"),
    (HANDLE, "@ivan_petrov"),
    (HANDLE, "https://vk.com/id12345678"),
    (HANDLE, "t.me/ivan_petrov"),
    (DATE_OF_BIRTH, "12.03.1985"),
    (DATE_OF_BIRTH, "12/03/85"),
    (DATE_OF_BIRTH, "1985-03-12"),
    (DATE_OF_BIRTH, "12 марта 1985 года"),
    (DATE_OF_BIRTH, "12.03"),
    (DATE_OF_BIRTH, "1985 г."),
    (CARD_EXPIRY, "08/27"),
    (CARD_EXPIRY, "12/2027"),
    (CARD_EXPIRY, "декабря 2027 года"),
    (RU_PASSPORT, "45 12 345678"),
    (RU_PASSPORT, "IV-МЮ 123456"),
    (RU_PASSPORT, "770-001"),
    (RU_SNILS, "112-233-445 95"),
    (RU_INN, "500100732259"),
    (RU_OMS, "1234567890123456"),
    (RU_DRIVER_LICENSE, "99 12 345678"),
    (RU_VEHICLE_PLATE, "А123ВС 77"),
    (RU_VEHICLE_PLATE, "о777оо 199"),
    (RU_BANK_ACCOUNT, "40817810099910004312"),
    (SECRET, "0000"),
    (SECRET, "Qwerty123"),
    (SECRET, "ромашка"),
]
SPOKEN = [
    (
        PHONE_NUMBER,
        "восемь девятьсот двенадцать триста сорок пять шестьдесят семь восемьдесят девять",
    ),
    (PHONE_NUMBER, "плюс семь девятьсот двенадцать три четыре пять шесть семь восемь девять"),
    (
        CREDIT_CARD,
        "две тысячи двести два четыре тысячи пятьсот сорок восемь сорок два семьдесят"
        " девять двенадцать тридцать четыре",
    ),  # fmt: skip
    (RU_PASSPORT, "сорок пять двенадцать номер триста сорок пять шестьсот семьдесят восемь"),
    (SECRET, "четыре восемь два один"),
    (SECRET, "сто двадцать три"),
    (DATE_OF_BIRTH, "двенадцатого марта восемьдесят пятого года"),
    (DATE_OF_BIRTH, "двенадцать ноль три восемьдесят пять"),
    (DATE_OF_BIRTH, "первого января двухтысячного года"),
    (CARD_EXPIRY, "ноль восемь двадцать семь"),
    (CARD_EXPIRY, "июля две тысячи двадцать шестого"),
    (EMAIL_ADDRESS, "иван точка петров собака мейл ру"),
    (EMAIL_ADDRESS, "анна девяносто два собака яндекс точка ру"),
]
SEEDS = [b"key-%d" % i for i in range(60)]


@pytest.mark.parametrize(("entity", "value"), WRITTEN)
def test_layout_is_kept(entity, value):
    out = fake(entity, value)
    if ":" in value and entity == IP_ADDRESS:
        return  # IPv6: the same notation, the groups as the new address needs (test below)
    assert skeleton(out) == skeleton(value), out


@pytest.mark.parametrize(("entity", "value"), WRITTEN + SPOKEN)
def test_deterministic_and_never_the_original(entity, value):
    assert fake(entity, value) == fake(entity, value)
    outs = {fake(entity, value, key) for key in SEEDS}
    assert value not in outs
    assert len(outs) > 1


@pytest.mark.parametrize(("entity", "value"), SPOKEN)
def test_spoken_stays_spoken_and_lowercase(entity, value):
    out = fake(entity, value)
    assert not re.search(r"\d", out) and out == out.lower(), out
    if entity != EMAIL_ADDRESS:  # the same groups, other digits
        assert len(spoken_digits(out)) == len(spoken_digits(value)), out


@pytest.mark.parametrize(("entity", "value"), WRITTEN + SPOKEN)
def test_lowercase_stays_lowercase(entity, value):
    if value == value.lower():
        assert fake(entity, value) == fake(entity, value).lower()


PHONE_LAYOUTS = [
    "8 912 345-67-89",
    "+7 (912) 3456789",
    "89123456789",
    "912 345 67 89",
    "восемь девятьсот двенадцать триста сорок пять шестьдесят семь восемьдесят девять",
    "8 девятьсот 12 345 67 89",
]


@pytest.mark.parametrize("key", SEEDS[:10])
def test_layouts_of_one_phone_stay_one_phone(key):
    lines = {spoken_digits(fake(PHONE_NUMBER, v, key))[-10:] for v in PHONE_LAYOUTS}
    assert len(lines) == 1 and lines.pop()[0] == "9"


@pytest.mark.parametrize("key", SEEDS)
def test_phone_keeps_its_prefix(key):
    assert fake(PHONE_NUMBER, "+7 (912) 345-67-89", key).startswith("+7 (9")
    assert fake(PHONE_NUMBER, "8 495 123-45-67", key).startswith("8 4")


CARDS = ["4276 1600 1234 5675", "2202 2036 1234 5678 901", SPOKEN[2][1]]


@pytest.mark.parametrize("value", CARDS)
def test_cards_are_luhn_valid_and_unissued(value):
    for key in SEEDS:
        number = spoken_digits(fake(CREDIT_CARD, value, key))
        assert len(number) == len(spoken_digits(value))
        assert number[0] == "0" and card.valid(number), number


IP_RANGES = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24")]


@pytest.mark.parametrize("value", ["85.143.22.7", "192.0.2.1", "10.0.0.1:443"])
def test_ipv4_in_documentation_ranges(value):
    for key in SEEDS:
        address = ipaddress.ip_address(fake(IP_ADDRESS, value, key).split(":")[0])
        assert any(address in net for net in IP_RANGES)


@pytest.mark.parametrize(
    ("value", "exploded"),
    [("fe80::1ff:fe23:4567:890a", False), ("2001:0db8:85a3:0000:0000:8a2e:0370:7334", True)],
)
def test_ipv6_in_documentation_range(value, exploded):
    out = fake(IP_ADDRESS, value)
    assert ipaddress.ip_address(out) in ipaddress.ip_network("2001:db8::/32")
    assert (out == ipaddress.ip_address(out).exploded) == exploded


@pytest.mark.parametrize(("value", "valid"), [("112-233-445 95", checksums.snils),
                                              ("500100732259", checksums.inn12),
                                              ("7707083893", checksums.inn10)])  # fmt: skip
def test_checksums_hold(value, valid):
    assert valid(re.sub(r"\D", "", value))
    for key in SEEDS[:20]:
        assert valid(re.sub(r"\D", "", fake(RU_SNILS, value, key)))


@pytest.mark.parametrize("value", ["12.03.1985", "29.02.1988", "01.01.1990"])
def test_birth_dates_are_valid_and_near(value):
    for key in SEEDS:
        out = datetime.datetime.strptime(fake(DATE_OF_BIRTH, value, key), "%d.%m.%Y")
        assert abs(out.year - int(value[-4:])) <= dates.YEARS


@pytest.mark.parametrize("key", SEEDS[:20])
def test_plate_letters_stay_plate_letters(key):
    out = fake(RU_VEHICLE_PLATE, "А123ВС 77", key)
    assert re.fullmatch(r"[АВЕКМНОРСТУХ]\d{3}[АВЕКМНОРСТУХ]{2} \d\d", out), out


SHAPES = [
    # (entity, value, a regex the surrogate matches)
    (EMAIL_ADDRESS, "ivan.petrov85@mail.ru", r"[a-z]{4}\.[a-z]{6}\d\d@mail\.ru"),
    (EMAIL_ADDRESS, "Ivan_Petrov@company.ru", r"[A-Z][a-z]{3}_[A-Z][a-z]{5}@[a-z]{7}\.ru"),
    (EMAIL_ADDRESS, "иван точка петров собака мейл ру", r"[а-яё]+ точка [а-яё]+ собака мейл ру"),
    (URL, "https://forum.auto.ru/user/ivan.petrov", r"https://forum\.auto\.ru/user/[a-z]{4}\.[a-z]{6}"),
    (URL, "https://drive.google.com/file/d/1aBcDeF/view", r"https://drive\.google\.com/file/d/\d[a-zA-Z]{6}/view"),
    (URL, "http://ivan:qwerty@files.home.ru/scan.pdf", r"http://[a-z]{4}:[a-z]{6}@files\.home\.ru/[a-z]{4}\.pdf"),
    (URL, "https://lk.bank.ru/pay?phone=79123456789&sum=500", r"https://lk\.bank\.ru/pay\?phone=\d{11}&sum=\d{3}"),
    (HANDLE, "https://vk.com/id12345678", r"https://vk\.com/id\d{8}"),
    (HANDLE, "@ivan_petrov", r"@[a-z]{4}_[a-z]{6}"),
    (HANDLE, "user123456789", r"user\d{9}"),  # a Telegram export's peer id keeps its kind
    (SECRET, "Мурзик", r"[А-ЯЁ][а-яё]+"),
    (RU_PASSPORT, "IV-МЮ 123456", r"[IVX]+-[А-Я]{2} \d{6}"),
    (CARD_EXPIRY, "03/27", r"(0[1-9]|1[0-2])/\d\d"),
    (CARD_EXPIRY, "12 27", r"(0[1-9]|1[0-2]) \d\d"),
    (DATE_OF_BIRTH, "в марте 2015 года", r"в [а-я]+е 20[12]\d года"),  # the month in its case
    (DATE_OF_BIRTH, "12 марта 1985", r"[1-3]?\d [а-я]+[ая] 19[89]\d"),
]  # fmt: skip


@pytest.mark.parametrize(("entity", "value", "pattern"), SHAPES)
def test_shapes(entity, value, pattern):
    assert re.fullmatch(pattern, fake(entity, value)), fake(entity, value)


SAID = [
    ("916", "девятьсот шестнадцать"),
    ("05", "ноль пять"),
    ("00", "ноль ноль"),
    ("45", "сорок пять"),
    ("+7", "плюс семь"),
    ("2202", "две тысячи двести два"),
    ("21000", "двадцать одна тысяча"),
]


@pytest.mark.parametrize(("digits", "words"), SAID)
def test_say(digits, words):
    assert say(digits) == words
    assert re.sub(r"\s", "", normalize(words).text).lstrip("+") == digits.lstrip("+")


RESPOKEN = [
    ("восемь девятьсот шестнадцать сорок пять", "890512", "восемь девятьсот пять двенадцать"),
    # «сто | сорок пять» would be heard as 145: the group is said digit by digit.
    ("сто двадцать три сорок пять", "10045", "один ноль ноль сорок пять"),
    ("сто двадцать три 45", "10045", "один ноль ноль 45"),
    ("8 девятьсот 16 45", "790512", "7 девятьсот пять 12"),
    ("Сорок пять номер ноль один", "1234", "Двенадцать номер три четыре"),
    ("двенадцатого марта восемьдесят пятого года", "2390",
     "двадцать третьего марта девяностого года"),
    ("июля две тысячи двадцать шестого", "2000", "июля двухтысячного"),
    ("ромашка", "", None),
]  # fmt: skip


@pytest.mark.parametrize(("value", "digits", "expected"), RESPOKEN)
def test_respoken(value, digits, expected):
    assert respoken(value, digits) == expected


ENTRY_POINTS = [
    # (module's surrogate, entity it is told, the value, the function it must agree with)
    (web.surrogate, IP_ADDRESS, "85.143.22.7", web.ip_address),
    (web.surrogate, URL, "https://forum.auto.ru/user/ivan", web.url),
    (web.surrogate, HANDLE, "vk.com/id123", web.handle),
    (web.surrogate, None, "85.143.22.7", web.ip_address),
    (web.surrogate, None, "@ivan", web.handle),
    (dates.surrogate, CARD_EXPIRY, "12 27", dates.card_expiry),
    (dates.surrogate, DATE_OF_BIRTH, "12.03", dates.birth_date),
    (dates.surrogate, None, "08/27", dates.card_expiry),
]


@pytest.mark.parametrize(("module", "entity", "value", "function"), ENTRY_POINTS)
def test_entry_points(module, entity, value, function):
    assert module(value, b"seed", entity) == function(value, b"seed")


def test_a_telegram_peer_id_and_its_bare_number_are_one_account():
    assert fake(HANDLE, "user4711") == "user" + fake(HANDLE, "4711")
