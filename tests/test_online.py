"""Online identifiers: IP_ADDRESS, URL, HANDLE — before/after tables and their validators."""

from __future__ import annotations

import pytest

import redactor
from redactor.detect.recognizers.handle import SITES, HandleRecognizer, _account
from redactor.detect.recognizers.ip_address import IpAddressRecognizer, _judge_v4, _valid_v6
from redactor.detect.recognizers.url import UrlRecognizer, _personal, _token
from tests.markup import parse

REDACTED = [
    ("Мой IP 192.168.1.15, у брата 85.143.22.7.", "Мой IP [IP_1], у брата [IP_2]."),
    ("Вход с 85.143.22.7, потом снова с 85.143.22.7.", "Вход с [IP_1], потом снова с [IP_1]."),
    ("IPv6 адрес 2001:db8::1, шлюз fe80::1.", "IPv6 адрес [IP_1], шлюз [IP_2]."),
    ("Сервер 192.168.0.10:8080 недоступен.", "Сервер [IP_1] недоступен."),
    (
        "Подтвердите: https://bank.ru/confirm?token=8f3a9c2e71b4&email=ivan@mail.ru",
        "Подтвердите: [ССЫЛКА_1]",
    ),
    (
        "Файлы: disk.yandex.ru/d/AbCdEf12 и https://drive.google.com/file/d/1aBcDeFgHiJk/view",
        "Файлы: [ССЫЛКА_1] и [ССЫЛКА_2]",
    ),
    ("Ссылка https://lk.bank.ru/pay?phone=79123456789.", "Ссылка [ССЫЛКА_1]."),
    (
        "Пишите @ivan_petrov или в vk.com/id12345, почта ivan@mail.ru.",
        "Пишите [АККАУНТ_1] или в [АККАУНТ_2], почта [ПОЧТА_1].",
    ),
    (
        "Профиль https://vk.com/ivan.petrov и https://t.me/ivan_petrov",
        "Профиль [АККАУНТ_1] и [АККАУНТ_2]",
    ),
    ("Одноклассники: https://ok.ru/profile/571234567890", "Одноклассники: [АККАУНТ_1]"),
    ("WhatsApp: https://wa.me/79123456789", "WhatsApp: [АККАУНТ_1]"),
    ("Мой ник в телеге ivan_petrov, пишите.", "Мой ник в телеге [АККАУНТ_1], пишите."),
    ("skype: ivan.petrov", "skype: [АККАУНТ_1]"),
    ("инстаграм собака маша точка петрова", "инстаграм [АККАУНТ_1]"),
    # Kept: versions, sections, amounts, dates, public links, e-mails, prose «@».
    ("Обновите приложение до версии 1.2.3.4.", "Обновите приложение до версии 1.2.3.4."),
    (
        "Согласно п. 3.1.2.4 договора комиссия 1.250.000 руб. не взимается.",
        "Согласно п. 3.1.2.4 договора комиссия 1.250.000 руб. не взимается.",
    ),
    ("Платёж прошёл 12.03.2024 в 14:30.", "Платёж прошёл 12.03.2024 в 14:30."),
    (
        "Тарифы на https://bank.ru/tarify, вход через gosuslugi.ru, помощь www.mts.ru/help.",
        "Тарифы на https://bank.ru/tarify, вход через gosuslugi.ru, помощь www.mts.ru/help.",
    ),
    (
        "Зайдите на https://www.sberbank.ru в раздел «Вклады».",
        "Зайдите на https://www.sberbank.ru в раздел «Вклады».",
    ),
    ("Новости в ленте vk.com/feed.", "Новости в ленте vk.com/feed."),
    ("Встретимся @ 5 вечера у входа.", "Встретимся @ 5 вечера у входа."),
    # Companies' known or official accounts stay readable.
    ("Наш официальный канал https://t.me/tbank.", "Наш официальный канал https://t.me/tbank."),
    ("Ответ от @sberbank пришёл.", "Ответ от @sberbank пришёл."),
    ("Мой сайт https://anna-spb97.tilda.ws, там фото.", "Мой сайт [ССЫЛКА_1], там фото."),
]


@pytest.mark.parametrize(("before", "after"), REDACTED)
def test_redact(before: str, after: str) -> None:
    assert redactor.redact(before).text == after


OCTETS = [
    ("192.168.1.15", True),
    ("10.0.0.1", False),  # four small numbers: an address only after an IP word
    ("85.143.22.7", True),
]


@pytest.mark.parametrize(("address", "alone"), OCTETS)
def test_ipv4_shape(address: str, alone: bool) -> None:
    score, _ = _judge_v4(address, 0, len(address), False)
    assert (score >= redactor.engine.SCORE_THRESHOLD) == alone


IPV4_CUES = [
    ("IP 10.0.0.1", True),
    ("версия 85.143.22.7", False),
    ("п. 85.143.22.7", False),
    ("сервер 10.0.0.1", True),
    ("1.250.100.200 руб.", False),
]


@pytest.mark.parametrize(("text", "found"), IPV4_CUES)
def test_ipv4_words(text: str, found: bool) -> None:
    start = next(i for i, c in enumerate(text) if c.isdigit())
    end = start + len(text[start:].split()[0])
    judged = _judge_v4(text, start, end, False)
    assert (judged is not None and judged[0] >= redactor.engine.SCORE_THRESHOLD) == found


IPV6 = [
    ("2001:db8::1", True),
    ("fe80::1ff:fe23:4567:890a", True),
    ("2001:0db8:85a3:0000:0000:8a2e:0370:7334", True),
    ("::ffff:192.0.2.1", True),
    ("12:30:45", False),  # a time
    ("::", False),
    ("00:1a:2b:3c:4d:5e", False),  # a MAC address has six groups
    ("2001:db8:::1", False),
    ("ab::cd", False),  # C++, not an address
]


@pytest.mark.parametrize(("candidate", "valid"), IPV6)
def test_ipv6(candidate: str, valid: bool) -> None:
    assert _valid_v6(candidate) == valid


TOKENS = [
    ("AbCdEf12", True),
    ("id12345678", True),
    ("79123456789", True),
    ("4f9a2c1e-7b3d-4e8f-9a1b-2c3d4e5f6a7b", True),
    ("ivan@mail.ru", True),
    ("1aBcDeFgHiJkLmNoPqRsTuVwXyZ", True),
    ("tarify", False),
    ("iphone15", False),
    ("kak-otkryt-vklad-2024", False),
    ("smartfon-apple-iphone-15-128gb-1234567890", False),  # a product id in a slug
    ("2024", False),
    ("CSAFront", False),
    ("SberBankOnline", False),  # CamelCase: long lowercase runs
    ("AbCdEfGh", True),
    ("mETQDtyrvBnSPcVRK", True),
    ("iPhoneXsMax", False),
    ("index.do", False),
]


@pytest.mark.parametrize(("value", "token"), TOKENS)
def test_token(value: str, token: bool) -> None:
    assert _token(value) == token


LINKS = [
    ("https://bank.ru/confirm?token=abc", "bank.ru", True),
    ("https://bank.ru/x?email=a@b.ru", "bank.ru", True),
    ("https://bank.ru/x?uid=1", "bank.ru", True),
    ("https://forum.ru/user/ivan.petrov", "forum.ru", True),
    ("https://medium.com/@ivan", "medium.com", True),
    ("disk.yandex.ru/d/Abcdef", "disk.yandex.ru", True),
    ("https://clck.ru/38AbCd", "clck.ru", True),
    ("https://ivan:pass@files.ru/a", "files.ru", True),
    ("https://bank.ru/tarify", "bank.ru", False),
    ("www.mts.ru/help", "mts.ru", False),
    ("https://bank.ru/promo?utm_campaign=spring2024", "bank.ru", False),
    ("https://pay.bank.ru/?page=2&lang=ru", "pay.bank.ru", False),
    ("https://site.ru/user/settings", "site.ru", False),
    ("https://pay.school.ru/invoice/mETQDtyrvBnSPcVRKab", "pay.school.ru", True),
    ("https://pay.school.ru/invoice/new", "pay.school.ru", False),
    ("https://id.bank.ru/reset/password", "id.bank.ru", False),
]


@pytest.mark.parametrize(("link", "host", "personal"), LINKS)
def test_personal_link(link: str, host: str, personal: bool) -> None:
    assert bool(_personal(link, host)) == personal


PROFILE_PATHS = [
    ("vk.com", "/id12345", True),
    ("vk.com", "/ivan.petrov", True),
    ("vk.com", "/feed", False),
    ("t.me", "/ivan_petrov", True),
    ("t.me", "/share/url?url=x", False),
    ("t.me", "/+AbCdEf", True),  # a private invite
    ("ok.ru", "/profile/5712345", True),
    ("ok.ru", "/profile", False),
    ("instagram.com", "/p/Cx1AbCd/", False),
    ("youtube.com", "/watch?v=dQw4w9WgXcQ", False),
    ("youtube.com", "/@ivanpetrov", True),
    ("linkedin.com", "/in/ivan-petrov", True),
    ("wa.me", "/79123456789", True),
    ("facebook.com", "/profile.php?id=100001234", True),
]


@pytest.mark.parametrize(("host", "path", "account"), PROFILE_PATHS)
def test_profile_path(host: str, path: str, account: bool) -> None:
    assert bool(_account(SITES[host], path)) == account


def test_url_and_handle_never_share_a_span() -> None:
    """A profile link is a HANDLE only: URL leaves social hosts alone."""
    handle, url = HandleRecognizer(), UrlRecognizer()
    for marked in HandleRecognizer.EXAMPLES + UrlRecognizer.EXAMPLES:
        text, _ = parse(marked)
        handles = handle.analyze(text, None)
        urls = url.analyze(text, None)
        assert not any(h.start < u.end and u.start < h.end for h in handles for u in urls), text


@pytest.mark.parametrize("cls", [IpAddressRecognizer, UrlRecognizer, HandleRecognizer])
def test_explanations_never_quote_the_value(cls) -> None:
    recognizer = cls()
    for marked in cls.EXAMPLES:
        text, _ = parse(marked)
        for r in recognizer.analyze(text, None):
            value = text[r.start : r.end]
            assert value not in r.analysis_explanation.textual_explanation
