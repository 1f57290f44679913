"""HANDLE: a profile link dictated in speech — «вк ком слэш ай ди два восемь четыре один»
(vk.com/id2841), «ок ру слэш ivan petrov», «инстаграм ком слэш маша точка петрова».

Speech recognition writes a link as words: the site's name, its zone, «слэш», then the account
said a letter, a word or a number at a time. The whole link as said is the HANDLE, as a written
profile link is (`handle.py`). The account is what follows «слэш»: numbers («ай ди» before them
is «id»), Latin words, letters spelled, joined by «точка» or «подчеркивание»; a word of speech
ends it («… ноль это ваша страница»). A site's own pages said in Russian («слэш новости») hold
no account.
"""

from __future__ import annotations

import re

from redactor.detect.normalize.words import FORMS
from redactor.detect.recognizers.base import RuRecognizer
from redactor.detect.recognizers.spoken_email import LATIN, LETTER
from redactor.entities import HANDLE


def _words(spelled: str) -> frozenset[str]:
    return frozenset(spelled.split())


SITE = _words(
    "вк vk вконтакте vkontakte ок ok одноклассники инстаграм instagram инста фейсбук facebook"
    " тикток tiktok телеграм telegram тэ t"
)
SITE_ZONE = _words("ком com ру ru ми me")
SLASH = _words("слэш слеш slash")
# What joins the parts of an account said aloud: «маша точка петрова», «нижнее подчеркивание».
JOINER = _words("точка подчеркивание андерскор underscore дефис нижнее")
ID = _words("ай ди id")
DIGITS = re.compile(r"[0-9]+")
WORD = re.compile(r"[^\W_]+")
ANCHOR = re.compile(r"(?<!\w)(?:слэш|слеш|slash)(?!\w)", re.IGNORECASE)
MAX_PATH = 16  # «ай ди семьсот двенадцать четыреста четыре сорок девять ноль»

SPOKEN_LINK = 0.8


class SpokenProfileRecognizer(RuRecognizer):
    ENTITY = HANDLE
    EXAMPLES = [
        "а вк мой если что [вк ком слэш ай ди два восемь четыре один ноль девять три]",
        "ссылка на группу [вк ком слэш ай ди семьсот двенадцать четыреста четыре сорок девять"
        " ноль] это ваша личная страница",
        "моя страница [vk com слэш ivan petrov]",
        "[ок ру слэш ivan нижнее подчеркивание petrov восемьдесят пять] вот",
        "[вк ком слэш 12345]",
    ]
    COUNTER_EXAMPLES = [
        "зайдите на вк ком в раздел помощь",
        "вк ком слэш новости",
        "сайт вк ком слэш",
        "дробь или слэш два",
        "номер пять слэш семь",
    ]

    def analyze(self, text, entities, nlp_artifacts=None):
        if not ANCHOR.search(text):
            return []
        words = [
            (m.start(), m.end(), m.group().lower().replace("ё", "е")) for m in WORD.finditer(text)
        ]
        results = []
        for i, (*_, word) in enumerate(words):
            if word not in SLASH or i < 2 or not _joined(text, words, i - 1, i + 1):
                continue
            if words[i - 1][2] not in SITE_ZONE or words[i - 2][2] not in SITE:
                continue
            last = _account(text, words, i + 1)
            if last is not None:
                start, end = words[i - 2][0], words[last][1]
                results.append(self.result(start, end, SPOKEN_LINK, "a profile link dictated"))
        return results


def _joined(text: str, words: list, first: int, last: int) -> bool:
    """Words first … last stand together: only spaces between them."""
    if first < 0 or last >= len(words):
        return False
    return all(not text[words[k - 1][1] : words[k][0]].strip() for k in range(first + 1, last + 1))


def _account(text: str, words: list, i: int) -> int | None:
    """The last word of the account said from word i: numbers, Latin words, letters, joiners."""
    last = None
    for k in range(i, min(i + MAX_PATH, len(words))):
        word = words[k][2]
        if k > i and not _joined(text, words, k - 1, k):
            break
        if word in ID and k <= i + 1:
            continue
        part = word in FORMS or DIGITS.fullmatch(word) or LATIN.fullmatch(word) or word in LETTER
        if part:
            last = k
        elif word not in JOINER:
            break
    return last
