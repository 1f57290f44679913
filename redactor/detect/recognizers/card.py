"""CREDIT_CARD: payment card numbers, whole (Luhn-checked), partly masked, or their last 4 digits.

A whole number is a card when its Luhn digit checks, as in Presidio's credit card recognizer.
A 16–19-digit number that fails Luhn is an order or transaction id, unless a card word is the
nearest cue before it: then it is a mistyped card number, still card data. The last 4 digits
alone («*5678», «карта на 5678») are proposed weakly and need a card word in the context.
"""

from __future__ import annotations

import re

from redactor.detect.normalize.text import COUNTED_AFTER
from redactor.detect.recognizers.base import DOCUMENT_WORD, RuRecognizer, words_before
from redactor.detect.recognizers.digit_runs import nearest_cue
from redactor.detect.recognizers.phone import PHONE_WORD
from redactor.entities import CREDIT_CARD

LUHN_VALID = 1.0
MASKED = 0.7  # «4276 **** **** 5678»: no other number is written so
CARD_WORD_BEFORE = 0.5  # fails Luhn, but «номер карты» comes right before it
LAST_FOUR = 0.3  # «*5678», «оканчивается на 5678»: a card only next to a card word
LAST_FOUR_NEAR_CARD = 0.65  # «на карту, которую вы указали, заканчивается на 6998»
LINE_WORDS = 12  # words before the ending where its card word may be
WORD = re.compile(r"[^\W\d_]+")

# Patterns start with a digit and look behind it: a pattern that begins with a lookbehind makes
# `re` try it at every character, three times slower.
EXPIRY_NOT = r"(?!(?:0?[1-9]|1[0-2])/\d\d(?:\d\d)?(?!\d))"  # «12/27» after a card: no longer run
NUMBER = re.compile(
    r"""\d(?<![\d*•]\d)(?<!\d[ -]\d)(?<!\d\ \ \d)\d{3}   # not the tail of a longer run (an account)
        (?:
            (?P<sep>\ {1,2}|-|)\d{4}(?P=sep)\d{4}(?P=sep)\d{1,4}  # 4-4-4-4 (chats double the
                                                                # spaces); 13–16 digits unbroken
            (?P<tail>(?P=sep)\d{1,3}(?!/))?                 # МИР, Maestro: up to 19 digits
          | (?P<amex>[ -])\d{6}(?P=amex)\d{4,5}             # American Express, Diners
        )
        (?![\d*•])(?![ -]EXPIRY_NOT\d)(?!\ \ EXPIRY_NOT\d)     # nor its head; its expiry
                                                            # may follow («… 5675 12/27»)
    """.replace("EXPIRY_NOT", EXPIRY_NOT),
    re.VERBOSE,
)
MASK_CHARS = "*•xхXХ"
MASK_HINT = re.compile(r"[*•]|[xхXХ]{2}")
MASKED_NUMBER = re.compile(
    r"""[\d*•xхXХ](?<![\w*•][\d*•xхXХ])
        [\d*•xхXХ]*(?:[ -][\d*•xхXХ]+)*             # «4276 16** **** 5678», «220220******1234»
        (?<=\d{4})                                  # the last four digits are shown
        (?![\w*•])""",
    re.VERBOSE,
)
CARD_LENGTHS = range(13, 20)
# Card numbers begin with a payment system's prefix: МИР and Mastercard 2, Amex, JCB and Diners 3,
# Visa 4, Mastercard and Maestro 5, UnionPay and Maestro 6, Uzcard 8600, Humo 9860. One in ten
# order or request numbers passes Luhn by chance; one starting otherwise needs a card word.
ISSUER = re.compile(r"[2-6]|8600|9860")
# A run of digit groups that NUMBER does not take: longer than a card («карта 4276 1600 1234
# 5675 5000 рублей», a transcript without punctuation), or grouped otherwise (a card said in
# words, "42 76 16 00 12 34 56 75"). A card in it is a card only after a card word.
GROUP_RUN = re.compile(r"\d(?<![\d*•]\d)(?<!\d[ -]\d)\d*(?:[ -]\d+)+(?![\d*•])")
GROUP = re.compile(r"\d+")
MIN_DIGITS = 16  # in a run: a shorter card (Amex, 15) is never said in pieces of other sizes
RUN_LENGTHS = (16, 19, 18, 17)  # most cards have 16 digits; МИР up to 19

# Every form shows four digits close together; most texts have none, and are done at once.
FOUR_CLOSE = re.compile(r"\d(?:[ -]?\d){3}")
FOUR_DIGITS = re.compile(
    r"""\d(?<!\d\d)(?<!\d[ .,-]\d)(?:\d{3}|\d\ \d\d)(?![ .,-]?\d)  # a lone group of four, or
                                                           # two pairs, said in words: «56 78»
        (?![ ]?(?:р\b|р\.|руб|₽|rub|тыс|млн|\$|usd|долл|eur|евро|€|%|процент  # an amount,
             |г\b|г\.|год|гг|раз|шт|мин|сек|час|км|бонус|балл))             # a year, a count""",
    re.IGNORECASE | re.VERBOSE,
)
# What may stand right before the last four digits of a card; matched up to their start.
LAST_FOUR_CUE = re.compile(
    r"""(?:
            (?P<mask>(?<![\w*•])(?:[*•]{1,12}|[xхXХ]{2,12}|\.{2,3}|…))[ ]?  # «*5678», «...5678»
          | \b(?:карт\w*|мир|visa|виз(?:а|ы|е|у|ой)|mastercard|мастеркард|maestro|маэстро)
            [ ]*[:№#-]?[ ]*                                                 # «картой 5678»
          | \b(?:(?:о|за)канчива\w*|конча\w*|карта|карточка)[ ]+на[ ]+      # «карта на 5678»
          | \bокончани\w*[ ]+(?:на[ ]+)?                                   # «с окончанием 5678»
          | \bцифр\w*[ ]*[:-]?[ ]*(?:(?:достаточно|хватит|будет)[ ]+)?     # «последние цифры 5678»
          | (?P<ending>\bв[ ]+конце[ ]+)                                    # «в конце 2890»
        )
        (?P<slip>\d[\d ]{0,8}[ ]+(?:ой[ ]+)?нет(?:[ ]+(?:простите|извините|точнее))?[ ]+)?
                                          # «картой 538 нет простите 5385»: a slip, corrected
        (?:(?:так|ну|э+)[ ]+)?$""",  # «на так 5678»: a filler
    re.IGNORECASE | re.VERBOSE,
)
CUE_REACH = 40  # characters before the four digits that LAST_FOUR_CUE may span
TURNS_BACK = 3  # lines above a last four's own where a card word tells whose digits they are
# A payment system's name right before a masked number is part of how the card is shown
# («Mastercard •• 5669», «Visa **** 1234»): the pair names the client's card, so it goes too.
BRAND_BEFORE = re.compile(
    r"(?<![\w-])(?:visa|mastercard|maestro|mir|unionpay|мир|виза|мастеркард|маэстро)[ ]?$",
    re.IGNORECASE,
)
ENDS_AFTER = re.compile(r"[ ]+(?:о|за)канчива\w*", re.IGNORECASE)
ON_BEFORE = re.compile(r"(?<!\w)на[ ]+$", re.IGNORECASE)
# Right before the last four said in words: «заканчивающуюся на так …», «последние цифры …».
ENDS_IN = re.compile(
    r"(?:\b(?:(?:о|за)канчива\w*|конча\w*)[ ]+на|\bцифр\w*[ ]*[:-]?(?:[ ]+(?:достаточно|хватит"
    r"|будет))?|\bв[ ]+конце)"
    r"(?:[ ]+(?:так|ну|э+|на))*[ ]*$",
    re.IGNORECASE,
)

# The nearest of these words before a Luhn-failing number decides whether it is a card.
CARD_WORD = re.compile(
    r"карт\w*|мир|visa|виз(?:а|ы|е|у|ой)|mastercard|мастеркард|maestro|маэстро|кредитк\w*",
    re.IGNORECASE,
)
# A policy word nearest before 16 digits (on its line, or the question on the line before): an
# ОМС policy's number (RU_OMS), even when it passes Luhn.
POLICY_WORD = re.compile(r"полис\w*|медполис\w*|омс|енп", re.IGNORECASE)
POLICY_CUES = {"policy": POLICY_WORD, "card": CARD_WORD, "document": DOCUMENT_WORD}


# Issuer prefixes sure enough to take a Luhn-valid number dictated in words without a card word:
# МИР 2200–2204, Visa 4, Mastercard 51–55 and 2221–2720.
KNOWN_ISSUER = re.compile(r"220[0-4]|4|5[1-5]|222[1-9]|22[3-9]|2[3-6]|27[01]|2720")


class CardRecognizer(RuRecognizer):
    ENTITY = CREDIT_CARD
    READS_SPOKEN_NUMBERS = True
    DICTATED_LENGTHS = (16, 19, 18, 17, 15, 14, 13)  # most cards have 16 digits
    DICTATED_QUANTITIES = True  # four digits read in thousands: «две тысячи двести два»
    DICTATED_LAYOUT = (4, 8, 12)  # 2202 2000 1234 5678: where its groups end, from its end
    CONTEXT = [
        "карта",
        "карточка",
        "мир",
        "visa",
        "виза",
        "mastercard",
        "мастеркард",
        "maestro",
        "маэстро",
        "кредитка",
        "сбер",
        "тинькофф",
        "втб",
    ]
    EXAMPLES = [
        "Оплачивал картой [2202  4548  3937  5236], туда и вернёте?",  # chats double spaces
        "Клиент: номер карты [4276 1600 1234 5675], срок до 08/27.",
        "Переведите на [4276-1600-1234-5675], это моя карта Сбера.",
        "вот номер [4276160012345675] скопировала из приложения",
        "[4276160012345675] 12/27 123",  # its expiry and CVV right after it
        "[4276 1600 1234 5675] 03/29",
        "Моя карта Мир: [2202 2000 1234 5672].",
        "Карта МИР [2202 2000 1234 5678 0] не проходит оплату на сайте.",
        "Оплата школы с карты [5469 3800 1234 5673] не прошла.",
        "Сын платил картой [2200 7001 2345 6781], верните деньги на неё.",
        "Тестовая Visa [4111 1111 1111 1111] для оплаты такси.",
        "Оператор: мастеркард [5555 5555 5555 4444] привязан к аккаунту.",
        "American Express [3782 822463 10005] у нас не принимается.",
        "Карта Uzcard [8600 1234 5678 9012], брат присылал из Ташкента.",
        "Номер карты [4000 0012 3456 7899] 2 раза ввела, пишет ошибку.",
        "Номер карты [2202 2000 1234 5678 901], девятнадцать цифр.",
        "клиент номер карты [4276 1600 1234 5675] 08 27 код не скажу",
        "Переведите на карту [5469 3800 1234 5673] 5000 рублей до пятницы.",
        "Номер карты [4276 1600 1234 5674], проверьте, я мог ошибиться в цифре.",
        "В выписке карта [4276 **** **** 5678], это не моя операция.",
        "Списание по карте [4276 16** **** 5678] на 1 200 руб.",
        "Привязана карта [220220******1234].",
        "Карта [**** **** **** 5678] удалена из приложения.",
        "Уведомление: списание 350 р., карта [Мир *5678].",
        "Оплата картой [•• 4321] прошла успешно.",
        "Спишется с вашей карты, [Mastercard •• 5669].",  # the payment system shown with it
        "Привязана [Visa **** **** **** 1234], другой нет.",
        "Заблокируйте, пожалуйста, карта на [5678].",
        "У меня карта, оканчивающаяся на [5678], её и заблокируйте.",
        "Назовите последние цифры карты. Клиент: последние цифры карты [5678].",
        # a card spoken of in the turns before: its last four named as such
        "spk_0: какой картой пытаетесь\nspk_1: да\nspk_0: последние четыре цифры достаточно"
        " [девяносто восемь шестьдесят] вижу попытки",
        # a slip corrected: both the slip and the digits after it
        "штраф списан с карты [пять три восемь нет простите пятьдесят три восемьдесят пять]",
        "Деньги пришли по карте [...5678], а не на счёт.",
        "Оплата такси визой [1234] не проходит.",
        "Кредитная карта с окончанием [9012] заблокирована.",
        "Карта для получения — та же, на [7325] заканчивается?",
        # Spoken, through redactor.detect.spoken, in whatever groups the card was read.
        "карта [сорок два семьдесят шесть шестнадцать ноль ноль двенадцать тридцать четыре"
        " пятьдесят шесть семьдесят пять] пять тысяч рублей",
        "карта оканчивается на [пятьдесят шесть семьдесят восемь]",
        "вернём на карту заканчивающуюся на [семь тысяч шестьсот девяносто восемь]",  # as a thousand
        # the card word further back than the context window, the ending said
        "деньги придут на карту которую вы указали заканчивается на [шестьдесят девять девяносто восемь]",
        "оплата была картой [пять пять три шесть] в конце [двадцать восемь девяносто]",
        "Номер карты [42 76 16 00 12 34 56 75], срок до 08/27.",
        # dictated in words after «номер карты», one digit misheard (fails Luhn)
        "s1: назовите номер карты\ns2: [пятьдесят три двадцать один девяносто шесть пятьдесят пять"
        " восемьдесят три восемьдесят три семнадцать пятьдесят]",
        # «две тысячи двести ноль один» as 2201, over the listener's «так»
        "продиктуйте номер карты\n[две тысячи двести ноль один ноль семь пятьдесят три]\nтак\n"
        "[сорок три сорок восемь ну шестьдесят семь восемьдесят восемь]",
    ]
    COUNTER_EXAMPLES = [
        # the phone, not the card, spoken of last
        "оператор: карта и номер телефона\nклиент: телефон\nоператор: последние цифры 4567 назовите",
        "картой не платила, нет, простите, наличными",
        "Номер заказа 1234567812345678, где мой курьер?",
        "Транзакция 9161234567890123 отклонена.",
        "Оплатил картой заказ 1234567812345678, деньги списали.",
        "Звоните на +7 (912) 345-67-89 или 8 800 555-35-35.",
        "Оплатил картой 1000 рублей, чек не пришёл.",
        "Код 5678 из смс не подходит.",
        "Оплата картой Visa прошла, чек 5678 пришёл.",  # a brand, no mask: not the card
        "Акция на 2025 заканчивается в марте.",
        "доставка в конце двадцать восемь девяносто рублей",
        "в конце двадцать восемь девяносто",  # no card word
        "Платёж от 12.03.2024 на сумму 4 500 руб.",
        "Номер счёта 40817810099910004312, БИК 044525225.",
        "Пытался оплатить 4 раза, карта всё равно не проходит.",
        "Карту выпустили в 2024 году, срок до 2029 г.",
        "Переведите с карты на 1500 р. больше, чем в прошлый раз.",
        "ОГРН 1027700132195, ИНН 7707083893.",
        "Трек-номер 8008123456789012 передан в доставку.",
        "Урок английского в 1830, ссылка в чате.",
        "Тариф 590 ₽ в месяц, списание 15 числа с карты.",
        "Номер обращения 4276 1600 1234 5674 зарегистрирован.",
        "Сделаем перерасчёт, номер заявки 2264214308102767431.",
        "Номер заказа 9000000000000001 оплачен.",  # passes Luhn; no card starts with 9
        "Договор 77123456789012345 подписан.",
        "оплатила картой тысячу двести рублей в пятнадцать тридцать",
        "Счёт 42 76 16 00 12 34 56 75 закрыт.",  # groups that pass Luhn, but no card word
        # sixteen digits said in words that fail Luhn, without a card word: an order's
        "номер заказа пятьдесят три двадцать один девяносто шесть пятьдесят пять восемьдесят три"
        " восемьдесят три семнадцать пятьдесят",
    ]

    def read_dictation(self, digits: str, cue: bool) -> tuple[float, str] | None:
        """The score of a dictated stretch of digits as a card: Luhn-valid, of a card's length,
        after a card word (`cue`) or with a known issuer's prefix and sixteen digits; or sixteen
        digits with a known issuer's prefix that fail Luhn, after a card word."""
        if len(digits) not in CARD_LENGTHS or not digits.isdigit():
            return None
        if not luhn(digits):
            # A digit misheard or misspoken after «номер карты»: still the card, as written.
            if cue and len(digits) == MIN_DIGITS and KNOWN_ISSUER.match(digits):
                return CARD_WORD_BEFORE, "dictated after a card word, fails Luhn"
            return None
        if cue and len(digits) >= MIN_DIGITS:
            return LUHN_VALID, "dictated, Luhn checksum, after a card word"
        if len(digits) == MIN_DIGITS and KNOWN_ISSUER.match(digits):
            return LUHN_VALID, "dictated, Luhn checksum, known issuer"
        return None

    def reads_quantity(self, text: str, start: int) -> bool:
        """Whether a number said as a quantity at `start` of the normalized text is still
        digits: after «заканчивается на», «последние цифры» the last four said as a thousand
        («на семь тысяч шестьсот девяносто восемь») are the card's, though «оплатила картой
        тысячу двести» is an amount."""
        return bool(ENDS_IN.search(text, max(0, start - CUE_REACH), start))

    def analyze(self, text, entities, nlp_artifacts=None):
        if not FOUR_CLOSE.search(text):
            return []
        results = [self.result(s, e, *why) for s, e, why in _whole_numbers(text)]
        taken = [(r.start, r.end) for r in results]
        results += [self.result(s, e, *why) for s, e, why in _inside_runs(text, taken)]
        if MASK_HINT.search(text):
            results += [self.result(s, e, MASKED, "masked card number") for s, e in _masked(text)]
        taken = [(r.start, r.end) for r in results]
        for m in FOUR_DIGITS.finditer(text):
            start = _last_four_start(text, m.start(), m.end())
            if start is not None and not _overlaps((start, m.end()), taken):
                # «на карту, которую вы указали, заканчивается на 6998»: a card word earlier on
                # the line than the context window reaches, and the ending said
                ending = ENDS_IN.search(text, max(0, m.start() - CUE_REACH), m.start())
                near = ending and (
                    any(CARD_WORD.fullmatch(w) for w in _line_words(text, start))
                    or _card_spoken_of(text, start)
                )
                score = LAST_FOUR_NEAR_CARD if near else LAST_FOUR
                results.append(self.result(start, m.end(), score, "last four digits"))
        return results


def luhn(digits: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def _whole_numbers(text: str):
    for m in NUMBER.finditer(text):
        start, end = m.span()
        digits = re.sub(r"\D", "", m.group())
        if m.group("tail") and m.group("sep") and not luhn(digits):
            # «4276 1600 1234 5675 2 раза»: a count after the card is no part of it. Any other
            # group after it makes a longer number («договор 4433 8931 4386 1430 47»), whose
            # first sixteen digits pass Luhn one time in ten.
            short = digits[: -len(m.group("tail").strip(" -"))]
            if luhn(short) and COUNTED_AFTER.match(text, end):
                end, digits = m.start("tail"), short
        if nearest_cue(text, start, end, POLICY_CUES) == "policy":
            continue
        cue = _nearest_cue(text, start)
        if luhn(digits):
            if (len(digits) >= 16 and (ISSUER.match(digits) or cue is CARD_WORD)) or (
                digits[0] in "3456" and cue is not DOCUMENT_WORD
            ):
                yield start, end, (LUHN_VALID, "Luhn checksum")
        elif len(digits) >= 16 and cue is CARD_WORD:
            yield start, end, (CARD_WORD_BEFORE, "fails Luhn, after a card word")


def _inside_runs(text: str, taken: list[tuple[int, int]]):
    """A whole card in a run of digit groups after a card word: a card and more
    («карта 4276 1600 1234 5675 5000 рублей», a transcript without punctuation), or a card said in
    words, in whatever groups it was read («сорок два семьдесят шесть …» → "42 76 16 00 …")."""
    for run in GROUP_RUN.finditer(text):
        if (
            sum(c.isdigit() for c in run.group()) < MIN_DIGITS
            or _overlaps(run.span(), taken)
            or _nearest_cue(text, run.start()) is not CARD_WORD
        ):
            continue
        groups = list(GROUP.finditer(run.group()))
        for i in range(len(groups)):
            n = _card_groups(groups[i:])
            if n:
                start, end = run.start() + groups[i].start(), run.start() + groups[i + n - 1].end()
                yield start, end, (LUHN_VALID, "Luhn checksum, in digit groups after a card word")
                break


def _card_groups(groups: list[re.Match]) -> int:
    """How many of the first groups make a card number (Luhn-checked), 16 digits preferred; 0
    if none do."""
    totals, digits = [], ""
    for g in groups:
        digits += g.group()
        if len(digits) > CARD_LENGTHS[-1]:
            break
        totals.append(digits)
    for length in RUN_LENGTHS:
        for n, digits in enumerate(totals, 1):
            if len(digits) == length and luhn(digits):
                return n
    return 0


def _masked(text: str):
    for m in MASKED_NUMBER.finditer(text):
        positions = [c for c in m.group() if c not in " -"]
        masks = sum(c in MASK_CHARS for c in positions)
        if len(positions) in CARD_LENGTHS and masks >= 2:
            yield _with_brand(text, m.start()), m.end()


def _last_four_start(text: str, start: int, end: int | None = None) -> int | None:
    """Where a last-4 finding begins (at its mask, if any); None when nothing cues a card."""
    cue = LAST_FOUR_CUE.search(text, max(start - CUE_REACH, 0), start)
    if not cue:
        # «та же, на 7325 заканчивается?»: the ending said after the digits
        if end is not None and ENDS_AFTER.match(text, end) and ON_BEFORE.search(text, 0, start):
            return start
        return None
    if cue.group("slip"):  # the slip's digits are the card's too, half said
        return cue.start("slip")
    return _with_brand(text, cue.start("mask")) if cue.group("mask") else start


def _with_brand(text: str, start: int) -> int:
    """Where a masked number begins with the payment system written right before it."""
    brand = BRAND_BEFORE.search(text, max(0, start - 12), start)
    return brand.start() if brand else start


def _card_spoken_of(text: str, start: int) -> bool:
    """Whether the last turns before this line spoke of a card, nearest of the cards'
    and documents' words: «какой картой пытаетесь» ⏎ … ⏎ «последние четыре цифры достаточно
    9860»."""
    line = text.rfind("\n", 0, start) + 1
    back = line
    for _ in range(TURNS_BACK):
        back = text.rfind("\n", 0, max(0, back - 1)) + 1
    for word in reversed(WORD.findall(text, back, line)):
        if CARD_WORD.fullmatch(word):
            return True
        if DOCUMENT_WORD.fullmatch(word) or PHONE_WORD.fullmatch(word):
            return False
    return False


def _line_words(text: str, start: int) -> list[str]:
    line = text.rfind("\n", 0, start) + 1
    return WORD.findall(text, max(line, start - 120), start)[-LINE_WORDS:]


def _nearest_cue(text: str, start: int):
    for word in reversed(words_before(text, start)):
        for cue in (CARD_WORD, DOCUMENT_WORD):
            if cue.fullmatch(word):
                return cue
    return None


def _overlaps(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(s < span[1] and span[0] < e for s, e in spans)
