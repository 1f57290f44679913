"""HANDLE: an account's code dictated in speech, a letter or a number at a time — «эс ка эм сто
двенадцать ноль сорок семь» (a policy СКМ-112047), «эр пять дабл ю ка икс восемь» (a booking
R5WKX8), «r пять w k x восемь».

A code of letters and digits has no shape once speech recognition writes it as words; what
makes it an account's is the word that names it before it (`account_id.ACCOUNT`: «полис»,
«бронирование», «лицевой счёт»), as in `account_id.py` for written codes. A code here is two
letters or more and two numbers or more said in a row, nothing else between them; a letter said
with a number alone is a plate («вэ триста два») or a word («эс эм эс два раза»).
"""

from __future__ import annotations

import re

from redactor.detect.normalize.words import FORMS
from redactor.detect.recognizers.account_id import ACCOUNT, OTHER
from redactor.detect.recognizers.base import RuRecognizer
from redactor.detect.recognizers.spoken_email import LETTER
from redactor.entities import HANDLE

WORD = re.compile(r"[^\W_]+")
DIGITS = re.compile(r"[0-9]+")
DOUBLE = "дабл"  # «дабл ю»: W
MIN_LETTERS = 2
MIN_NUMBERS = 2
REACH = 40  # words back to the word that names the account: the question a turn or two before

SPOKEN_CODE = 0.6  # as `account_id.AFTER_CUE`: identifiers with a shape of their own win


class SpokenCodeRecognizer(RuRecognizer):
    ENTITY = HANDLE
    EXAMPLES = [
        "номер полиса назовите он начинается на буквы эс ка эм [эс ка эм сто двенадцать ноль"
        " сорок семь восемьсот девяносто] угу вижу полис",
        "оператор: код бронирования назовите пожалуйста\nклиент: [эр пять дабл ю ка икс восемь]"
        " ну [r пять w k x восемь]",
        "номер лицевого счета [эл эс двести сорок один пятьдесят]",
        "номер полиса у второго [эс ка двести сорок один]",  # a code starts with a letter
    ]
    COUNTER_EXAMPLES = [
        "номер машины вэ триста два что-то там",  # a plate, no account named
        "да к у а регион сто пятьдесят девять",
        "полис пришёл эс эм эс два раза",  # one number
        "эс ка эм сто двенадцать ноль сорок семь",  # no word names an account
        "номер полиса продиктую номер заказа эс ка двести сорок один",  # the nearer word: an order
        "номер полиса осаго у второго е шестьсот пять ка вэ сто пятьдесят",  # a plate
    ]

    def analyze(self, text, entities, nlp_artifacts=None):
        if not ACCOUNT.search(text):
            return []  # no word names an account: no code of one
        words = [
            (m.start(), m.end(), m.group().lower().replace("ё", "е")) for m in WORD.finditer(text)
        ]
        results, i = [], 0
        while i < len(words):
            last, letters, numbers = _code(text, words, i)
            code = letters >= MIN_LETTERS and numbers >= MIN_NUMBERS and not _plate(words, i, last)
            if code and _letter(words, i) and _named(words, i):
                results.append(
                    self.result(
                        words[i][0], words[last][1], SPOKEN_CODE, "a code dictated after its name"
                    )
                )
                i = last + 1
            else:
                i += 1
        return results


def _code(text: str, words: list, i: int) -> tuple[int, int, int]:
    """(last word, letters, numbers) of the letters and numbers said in a row from word i."""
    k, last, letters, numbers = i, i, 0, 0
    while k < len(words) and (k == i or not text[words[k - 1][1] : words[k][0]].strip()):
        word = words[k][2]
        if word == DOUBLE and k + 1 < len(words) and words[k + 1][2] in ("ю", "u"):
            k, letters = k + 1, letters + 1
        elif _letter(words, k):
            letters += 1
        elif word in FORMS or DIGITS.fullmatch(word):
            numbers += 1
        else:
            break
        last, k = k, k + 1
    return last, letters, numbers


def _letter(words: list, k: int) -> bool:
    word = words[k][2]
    return word in LETTER or word == DOUBLE or (len(word) == 1 and "a" <= word <= "z")


def _plate(words: list, first: int, last: int) -> bool:
    """A car's plate said: a letter, numbers, two letters, the region's numbers («е шестьсот пять
    ка вэ сто пятьдесят»)."""
    kinds = "".join("L" if _letter(words, k) else "N" for k in range(first, last + 1))
    return re.fullmatch(r"LN+LLN*", kinds) is not None


def _named(words: list, i: int) -> bool:
    """The nearest naming word in the `REACH` words before word i names an account."""
    for _, _, word in reversed(words[max(i - REACH, 0) : i]):
        if OTHER.match(word):
            return False
        if ACCOUNT.match(word):
            return True
    return False
