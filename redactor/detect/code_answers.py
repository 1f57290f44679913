"""A one-time code given in answer: «Уже пришёл, 7730.» after «на номер придёт СМС с кодом».

The operator speaks of a code sent by SMS (asks for it, or warns it will come), and the client's
next turn is a short one with a group of four to six digits: that is the code, though no cue
stands on its line. A long turn, a number that counts something («5 минут»), or a number named
as something else on its line («заказ 123456») is not.
"""

from __future__ import annotations

import re

from redactor.detect.turns import conversation
from redactor.entities import SECRET
from redactor.finding import Finding

SCORE = 0.8
NAME = "CodeAnswer"
MAX_WORDS = 6  # «Уже пришёл, 7730.», «Да, вот: 4821»
# A turn that speaks of a one-time code: «СМС с кодом», «код из смс», «код подтверждения».
CODE_TALK = re.compile(
    r"(?<!\w)(?:(?:смс|sms|сообщени\w*|пуш\w*)[^.?!\n]{0,30}(?<!\w)код\w*"
    r"|код\w*[^.?!\n]{0,30}(?<!\w)(?:смс|sms|сообщени\w*|подтвержд\w*))",
    re.IGNORECASE,
)
CODE = re.compile(r"(?<![\w.,:/-])\d{4,6}(?![\w]|[.,:/-]\d)")
WORD = re.compile(r"[^\W\d_]+")
# Words on the answer's line that name its number as something else.
OTHER = re.compile(
    r"заказ\w*|договор\w*|заявк\w*|номер\w*|сумм\w*|руб\w*|минут\w*|час\w*|лет|год\w*|дом\w*"
    r"|секунд\w*|квартир\w*|телефон\w*|карт\w*|счет\w*|счёт\w*|индекс\w*",
    re.IGNORECASE,
)

# (conversation, the code on the last line in brackets) — run by tests/test_code_answers.py.
EXAMPLES = [
    "Оператор: На номер придёт СМС с кодом для подтверждения.\nКлиент: Уже пришёл, [7730].",
    "Оператор: Назовите код из смс.\nКлиент: Да, вот: [4821]",
]
COUNTER_EXAMPLES = [
    "Оператор: На номер придёт СМС с кодом.\nКлиент: Хорошо, номер заказа 4821.",
    "Оператор: Код из смс пришёл?\nКлиент: Жду уже 1520 секунд, ничего нет, позвоните позже.",
    "Оператор: Назовите адрес.\nКлиент: Да, вот: 4821",
]


def code_answers(text: str) -> list[Finding]:
    """Findings for the codes given in short answers to a turn that speaks of one."""
    if not CODE_TALK.search(text):
        return []
    chat = conversation(text)
    results = []
    for i, turn in enumerate(chat.turns):
        j = chat.asking(i)
        if j is None or not CODE_TALK.search(text, chat.turns[j].start, chat.turns[j].end):
            continue
        said = text[turn.start : turn.end]
        words = WORD.findall(said)
        if len(words) > MAX_WORDS or any(OTHER.fullmatch(w) for w in words):
            continue
        codes = list(CODE.finditer(said))
        if len(codes) == 1 and not CODE_TALK.search(said):
            m = codes[0]
            results.append(
                Finding(turn.start + m.start(), turn.start + m.end(), SECRET, SCORE, NAME)
            )
    return results
