"""IP_ADDRESS: IPv4 and IPv6 addresses, validated by `ipaddress`, told from versions and sections.

Four numbers joined by dots are also a version («версия 1.2.3.4»), a section («п. 3.1.2.4») or
an amount («1.250.100.200 руб.»). Each octet must be 0–255 without a leading zero («000» is an
amount's group); then the words before decide: an IP word makes it an address, a version or
section word makes it none. Without either, an address shows a number of 32 or more somewhere
(«85.143.22.7», «192.168.1.15»); four small numbers («2.14.0.1», «8.8.8.8») need an IP word.
IPv6 has no such lookalikes: a valid address of two or more groups is found alone.

Spoken (`redactor.detect.spoken`): «сто девяносто два точка сто шестьдесят восемь …» reaches us as
«192 точка 168 …», judged as the digits are; numbers said without «точка» («айпи 85 143 22 7»)
count only right after an IP word.
"""

from __future__ import annotations

import ipaddress
import re

from redactor.detect.recognizers.base import RuRecognizer, words_before
from redactor.entities import IP_ADDRESS

IP_WORD_SCORE = 0.85  # an IP word before it: «IP 85.143.22.7», «DNS 8.8.8.8»
SHAPE = 0.6  # a valid address with a number ≥ 32: no version or section is numbered so
SMALL = 0.3  # «10.0.0.1» alone: an address only with an IP word (the context boost)
IPV6 = 0.7
PORT_OR_MASK = 0.7  # «192.168.0.1:8080», «10.0.0.0/8»: no version has a port
SPOKEN_BARE = 0.6  # «айпи 85 143 22 7»: four numbers said after an IP word
MIN_LARGE_OCTET = 32

OCTET = r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"  # 0–255, no leading zero
IPV4 = re.compile(
    rf"""(?<![\w.:-])(?<![^/]/)          # not glued to a word, a longer dotted run or a path;
                                        # a link's host («http://85.143.22.7/») is one
        (?P<ip>{OCTET}\.{OCTET}\.{OCTET}\.{OCTET})
        (?P<suffix>:\d{{2,5}}|/(?:3[0-2]|[12]?\d))?   # a port or a network mask
        (?![\w.]?\d)(?!\w)              # nor the head of one: «1.2.3.4.5», «1.2.3.45а»""",
    re.VERBOSE,
)
# Candidates: hex groups and at least two colons; `ipaddress` judges them.
IPV6_CANDIDATE = re.compile(
    r"""(?<![\w:.])
        (?:[0-9a-f]{0,4}:){2,7}          # groups and colons, «::» among them
        (?:\d{1,3}(?:\.\d{1,3}){3}|[0-9a-f]{1,4})?   # IPv4 inside, or the last group
        (?![\w:]|\.\d)""",
    re.IGNORECASE | re.VERBOSE,
)
# Spoken, in the normalized copy: «192 точка 168 точка 1 точка 15», or four numbers in a row.
SPOKEN_DOTTED = re.compile(
    rf"(?<![\w.]){OCTET}(?:[ ]+точк[аиу][ ]+{OCTET}){{3}}(?![\w.]?\d)", re.IGNORECASE
)
SPOKEN_BARE_RUN = re.compile(rf"(?<![\w.]){OCTET}(?:[ ]+{OCTET}){{3}}(?![ ]?\d)")

# Words that make a dotted number an address («айпишник», «ip-адрес», «сервер», «DNS»).
IP_WORD = re.compile(
    r"ip|ipv[46]|айпи\w*|айпишник\w*|dns|днс|vpn|впн|прокси|proxy|шлюз\w*|gateway|роутер\w*"
    r"|маршрутизатор\w*|сервер\w*|хост\w*|host|пинг\w*|ping|подсет\w*|маск\w*|адрес\w*",
    re.IGNORECASE,
)
STRONG_IP_WORD = re.compile(r"ip|ipv[46]|айпи\w*|айпишник\w*", re.IGNORECASE)
# Words that make it something else: a version, a build, a section of a text or a law.
NOT_IP_WORD = re.compile(
    r"верси\w*|v|ver|build|сборк\w*|билд\w*|релиз\w*|release|обновлени\w*|обнов\w*|прошивк\w*"
    r"|приложени\w*|android|ios|windows|пункт\w*|пп?|подпункт\w*|раздел\w*|разд|глав\w*|гл"
    r"|стать\w*|ст|част\w*|ч|параграф\w*|рис|рисун\w*|табл\w*|формул\w*|гост|снип|мкб|оквэд"
    r"|код\w*|№|номер\w*",
    re.IGNORECASE,
)
# An amount after it: «1.250.100.200 руб.».
AMOUNT_AFTER = re.compile(
    r"[ ]?(?:р\b|р\.|руб|₽|rub|тыс|млн|\$|usd|долл|eur|евро|€|шт)", re.IGNORECASE
)


class IpAddressRecognizer(RuRecognizer):
    ENTITY = IP_ADDRESS
    READS_SPOKEN_NUMBERS = True  # «сто девяносто два точка сто шестьдесят восемь …»
    CONTEXT = ["ip", "айпи", "айпишник", "адрес", "сервер", "dns", "vpn", "роутер", "прокси"]
    EXAMPLES = [
        "Мой IP [192.168.1.15], роутер Keenetic.",
        "Вход выполнен с IP [85.143.22.7] в 03:12.",
        "Подозрительный вход с адреса [85.143.22.7], это не я.",
        "Клиент: айпишник [10.0.0.1], не пингуется.",
        "DNS поставьте [8.8.8.8] и перезагрузите.",
        "Сервер [192.168.0.10:8080] недоступен.",
        "Подсеть [10.20.30.0/24] закрыта для вас.",
        "IPv6: [2001:db8::1].",
        "в логах адрес [fe80::1ff:fe23:4567:890a] и [2001:0db8:85a3:0000:0000:8a2e:0370:7334]",
        "Заблокировали [178.176.72.101] и [95.24.1.3], проверьте.",
        "[217.118.83.44] — это мой домашний адрес в интернете.",
        "оператор: назовите айпи клиент: [192.168.1.15]",
        # Spoken, through redactor.detect.spoken.
        "мой айпи [сто девяносто два точка сто шестьдесят восемь точка один точка пятнадцать]",
        "айпи адрес [восемьдесят пять сто сорок три двадцать два семь] записали",
    ]
    COUNTER_EXAMPLES = [
        "Обновите приложение до версии 1.2.3.4, там исправлено.",
        "версия 1.2.3.4",
        "У меня приложение 2.14.0.1, кнопки нет.",
        "Сборка 10.0.19041.1 не поддерживается.",
        "Платёж прошёл 12.03.2024 в 14:30.",
        "Одобрено 1.250.000 рублей, первый взнос 250.000.",
        "Сумма 1.250.100.200 руб. по договору.",
        "Согласно п. 3.1.2.4 договора комиссия не взимается.",
        "Смотрите раздел 4.2.1.3 правил тарифа.",
        "Телефон 8.912.345.67.89, звоните после обеда.",
        "Встреча в 12:30:45, не опаздывайте.",
        "Обновление Android 14.0.0.1 вышло вчера.",
        "перезвоните в четырнадцать тридцать",
        "версия один точка два точка три точка четыре",
        "Номер заказа 1.2.3.4 в системе не найден.",
        "Код ошибки 0x80070005, версия 4.8.0.3.",
    ]

    def analyze(self, text, entities, nlp_artifacts=None):
        results = []
        for m in IPV4.finditer(text):
            judged = _judge_v4(text, m.start(), m.end(), bool(m.group("suffix")))
            if judged:
                results.append(self.result(m.start(), m.end(), *judged))
        for m in IPV6_CANDIDATE.finditer(text):
            if _valid_v6(m.group()):
                results.append(self.result(m.start(), m.end(), IPV6, "valid IPv6 address"))
        results += self._spoken(text)
        return results

    def _spoken(self, text: str):
        """Spoken forms in the normalized copy: «192 точка 168 точка 1 точка 15», or four
        numbers in a row right after an IP word."""
        for m in SPOKEN_DOTTED.finditer(text):
            octets = re.findall(r"\d+", m.group())
            judged = _judge_v4(text, m.start(), m.end(), False, octets)
            if judged:
                yield self.result(m.start(), m.end(), judged[0], "spoken " + judged[1])
        for m in SPOKEN_BARE_RUN.finditer(text):
            if _cue(text, m.start()) == "ip":
                yield self.result(m.start(), m.end(), SPOKEN_BARE, "four numbers after an IP word")


def _valid_v6(candidate: str) -> bool:
    """A valid IPv6 address of two or more non-empty groups and a digit: not «12:30:45» (a
    time), «::» or «ab::cd» (code)."""
    if sum(bool(g) for g in re.split(r"[:.]", candidate)) < 2 or not re.search(r"\d", candidate):
        return False
    try:
        ipaddress.IPv6Address(candidate)
    except ValueError:
        return False
    return True


def _judge_v4(
    text: str, start: int, end: int, suffix: bool, octets: list[str] | None = None
) -> tuple[float, str] | None:
    """The score of a dotted quad and the rule that gave it; None when it is no address."""
    octets = octets or re.findall(r"\d+", text[start:end])[:4]
    cue = _cue(text, start)
    if cue == "ip":
        return IP_WORD_SCORE, "IPv4 after an IP word"
    if cue == "not":
        return None
    if AMOUNT_AFTER.match(text, end):
        return None
    if suffix:
        return PORT_OR_MASK, "IPv4 with a port or a mask"
    if any(int(o) >= MIN_LARGE_OCTET for o in octets):
        return SHAPE, "IPv4, a number of 32 or more in it"
    return SMALL, "IPv4 of small numbers"


def _cue(text: str, start: int) -> str | None:
    """«ip» when an IP word says what follows, «not» when a version or section word does."""
    words = words_before(text, start)
    if any(STRONG_IP_WORD.fullmatch(w) for w in words):
        return "ip"
    if any(NOT_IP_WORD.fullmatch(w) for w in words):
        return "not"
    if any(IP_WORD.fullmatch(w) for w in words[-3:]):
        return "ip"
    return None
