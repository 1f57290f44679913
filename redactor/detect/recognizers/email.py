"""EMAIL_ADDRESS: e-mail addresses, the domain checked against the public suffix list."""

from __future__ import annotations

from functools import cache

import tldextract
from presidio_analyzer import Pattern

from redactor.detect.recognizers.base import RuPatternRecognizer
from redactor.entities import EMAIL_ADDRESS


@cache
def _offline_extractor() -> tldextract.TLDExtract:
    # The bundled suffix-list snapshot only: the default extractor downloads a fresh list on first
    # use, and nothing may reach the network at run time.
    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None, fallback_to_snapshot=True)


class EmailRecognizer(RuPatternRecognizer):
    ENTITY = EMAIL_ADDRESS
    PATTERNS = [
        Pattern(
            "email",
            r"""(?<![\w.+-])            # not glued to a longer token
                [\w.%+-]+               # local part (Unicode letters too: иван@почта.рф)
                @
                (?:[\w-]+\.)+[\w-]{2,}  # domain with at least one dot
                (?![\w-])""",
            0.5,
        )
    ]
    CONTEXT = ["почта", "e-mail", "email", "емейл", "имейл", "мыло", "адрес", "написать"]
    EXAMPLES = [
        "Пишите на [ivan.petrov@mail.ru], отвечу вечером.",
        "Почта: [Olga_Sidorova-85@yandex.ru].",
        "мой имейл [a.smirnov+bank@gmail.com] запишите",
        "Адрес [ivan@почта.рф] тоже рабочий.",  # «info@» is a company's mailbox (organisation.py)
    ]
    COUNTER_EXAMPLES = [
        "Напишите в поддержку через приложение, ответ придёт на почту.",
        "Версия файла config@2.ini повреждена.",
        "Ник в игре @ivan не светите.",
    ]

    def validate_result(self, pattern_text: str) -> bool:
        domain = pattern_text.rsplit("@", 1)[1]
        return bool(_offline_extractor()(domain).suffix)
