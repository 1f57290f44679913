"""RU_BANK_ACCOUNT: 20-digit Russian bank accounts («40817810099910004312»,
«408 17 810 0 9991 0004312»), written or spoken.

An account's 9th digit is a control key over the bank's БИК (`checksums.account_key`). What we
decided:
- with a БИК in the text near it («БИК 044525225», within a few lines) and the key right, a
  20-digit number is an account, with or without an account word;
- after an account word («счёт», «р/с», «расчётный», «лицевой», «реквизиты») a number whose
  first digits are a balance account for clients (408…, 423…, 40702…) followed by a currency code
  (810, 643, 840, 978 …) is an account, even when a БИК is near and the key fails: a digit
  misheard or mistyped still leaves the person's account;
- anything else of 20 digits stays: order, contract and transaction numbers fail the key or
  have no account word («заказ 40817810099910004312»);
- a bank's correspondent account (30101…, 30102…) and the БИК are the bank's public
  identifiers, printed on every invoice: never masked.
Spoken: any grouping (the БИК said in words is read from the normalized copy too). No
`read_dictation`: its cue words would have to join the dictation readers' context, and then
«счёт на оплату номер …» would be read by the phone and card readers too.
"""

from __future__ import annotations

import re
from functools import partial

from redactor.detect import checksums
from redactor.detect.recognizers import inn
from redactor.detect.recognizers.base import DOCUMENT_WORD, RuRecognizer
from redactor.detect.recognizers.card import CARD_WORD
from redactor.detect.recognizers.digit_runs import (
    Stretch,
    judged,
    line_of,
    nearest_cue,
    runs,
    stretches,
)
from redactor.detect.recognizers.phone import PHONE_WORD
from redactor.entities import RU_BANK_ACCOUNT

LENGTH = 20
KEY_WITH_BIK = 1.0  # the control key agrees with a БИК nearby
PLAUSIBLE_AFTER_CUE = 0.85  # an account word and a client balance account with its currency
AFTER_CUE_KEY_FAILS = 0.6  # the same, but the key disagrees with the БИК nearby
BIK_LINES = 5  # a БИК further away belongs to other details
ALONE = 0.6  # a person's current or deposit account in roubles or a major currency, no word
# A person's (40817, 40820), a deposit's (42301, 42306) and a proprietor's (40802) account
# with its currency: eight digits of structure no order number shares by chance.
PERSONAL_ACCOUNT = re.compile(r"(?:40817|40820|42301|42306|40802)(?:810|643|840|978)")

ACCOUNT_WORD = re.compile(
    r"сч[её]т\w*|р/с|л/с|расч[её]тн\w*|лицев\w*|реквизит\w*|account|рс", re.IGNORECASE
)
# Words that make the account a bank's own, public one.
CORRESPONDENT_WORD = re.compile(r"корр\w*|к/с|кс", re.IGNORECASE)
CUES = {
    "correspondent": CORRESPONDENT_WORD,
    "account": ACCOUNT_WORD,
    "card": CARD_WORD,
    "phone": PHONE_WORD,
    "document": DOCUMENT_WORD,
}
# Balance accounts of the Bank of Russia's chart that hold clients' money (first 3 digits:
# 401–408 settlement, 410–426 and 430–440 deposits, 451–457 loans, 474–478 other), then the
# currency: 810 and 643 roubles, 840 USD, 978 EUR, 156 CNY, 826 GBP, 756 CHF, 398 KZT, 933 BYN.
CLIENT_ACCOUNT = re.compile(
    r"(?:40[1-8]|4[12]\d|43\d|440|45[1-7]|47[4-8])\d\d(?:810|643|840|978|156|826|756|398|933)"
)
CORRESPONDENT = re.compile(r"3010[12]")
# A legal entity's settlement account (405–407…; a sole proprietor's is 40802, a person's 40817),
# with a КПП, an ОГРН or a legal form near it, is a company's published requisite.
LEGAL_ACCOUNT = re.compile(r"40[5-7]")
LEGAL_ENTITY = re.compile(rf"(?<![^\W\d_])(?:{inn.LEGAL_ENTITY})(?![^\W\d_])", re.IGNORECASE)
REACH = 120
BIK = re.compile(
    r"""\bбик\b[^\S\n]*[:№-]?[^\S\n]*   # «БИК», «БИК:», «бик №»
        (04\d{7})(?!\d)                 # 04: Russia""",
    re.IGNORECASE | re.VERBOSE,
)


class BankAccountRecognizer(RuRecognizer):
    ENTITY = RU_BANK_ACCOUNT
    READS_SPOKEN_NUMBERS = True
    CONTEXT = ["счёт", "счет", "расчётный", "лицевой", "реквизиты"]
    EXAMPLES = [
        "Номер счёта [40817810099910004312], БИК 044525225.",  # key fails: the word decides
        "Счёт [40817810899910004312], БИК 044525225.",
        "Реквизиты: р/с [40702810638000000000], БИК 044525225, к/с 30101810400000000225.",
        "Переведите на [40817810899910004312]\nБИК 044525225, Сбербанк.",  # the key decides
        "Номер счёта [408 17 810 0 9991 0004312], получатель Иванов И. И.",
        "Мой расчётный счёт [40802810400000012345] в Альфе.",
        "ИП Петров, ОГРНИП 304770000012345, р/с [40802810400000012345].",
        "Лицевой счёт в банке: [42301810000001234567].",
        "р/с [4070 2810 6380 0000 0000]",
        "Вклад, счёт получателя [42301 810 0 00001234567].",
        "Счёт в долларах [40817840100000012345] закрыт.",
        "Оператор: продиктуйте номер счёта.\nКлиент: [40817810570000123456]",
        "О: Проверю: [4081 7810 4504 6651 1999]. Банк?",  # read back, no word
        # Spoken, through the normalized copy.
        "номер счёта [четыреста восемь семнадцать восемьсот десять ноль девяносто девять"
        " девятьсот десять ноль ноль четыре триста двенадцать]",
        "счёт [четыреста восемь семнадцать восемьсот десять восемь девятьсот девяносто девять"
        " десять ноль ноль четыре триста двенадцать] бик ноль четыре четыре пять два пять два"
        " два пять",
    ]
    COUNTER_EXAMPLES = [
        "Номер заказа 40817810099910004312, где курьер?",
        "Договор 40817810099910004312 подписан 12.03.2024.",
        "Транзакция 12345678901234567890 отклонена.",
        "Номер операции 40817810099910004312 в выписке.",
        "Счёт 12345678901234567890 на оплату заказа.",  # no client balance account
        "БИК 044525225, к/с 30101810400000000225.",
        "Корр. счёт 30101810400000000225 в ГУ Банка России.",
        "ООО «Ромашка», ИНН 7707083893, КПП 770701001, р/с 40702810638000000000.",
        "Реквизиты ПАО: р/с 40701810200000001215, БИК 044525225.",
        "Номер заявки 40817810999910004312, БИК 044525225.",
        "Счёт на оплату № 12345678901234567890 выставлен.",  # an invoice, no client account
        "счёт на оплату номер восемьсот один девятьсот семьдесят восемь пятьдесят пять восемьсот"
        " двадцать три ноль семьдесят три пятьсот семнадцать шестьдесят два",
        "Карта 4276 1600 1234 5675, счёт не помню.",
        "Счёт на 12 500 рублей оплачен 12.03.2024.",
        "Трек-номер 40817810099910004312 не отслеживается.",
        "номер заказа четыреста восемь семнадцать восемьсот десять ноль девяносто девять"
        " девятьсот десять ноль ноль четыре триста двенадцать",
    ]

    def analyze(self, text, entities, nlp_artifacts=None):
        banks = None  # (line, БИК) of the БИКs in the text, found once it has a 20-digit run
        results = []
        for run in runs(text, LENGTH):
            if banks is None:
                banks = [(line_of(text, m.start()), m.group(1)) for m in BIK.finditer(text)]
            line = line_of(text, run.start())
            near = [b for n, b in banks if abs(n - line) <= BIK_LINES]
            cue = nearest_cue(text, run.start(), run.end(), CUES, "account")
            around = text[max(0, run.start() - REACH) : run.end() + REACH]
            organisation = LEGAL_ENTITY.search(around) is not None
            judge = partial(_judge, cue=cue, banks=near, organisation=organisation)
            for s, verdict in judged(stretches(run, (LENGTH,)), judge):
                results.append(self.result(s.start, s.end, *verdict))
        return results


def _judge(
    stretch: Stretch, cue: str | None, banks: list[str], organisation: bool = False
) -> tuple[float, str] | None:
    digits = stretch.digits
    if CORRESPONDENT.match(digits) or cue not in (None, "account"):
        return None
    if LEGAL_ACCOUNT.match(digits) and organisation:
        return None  # a company's settlement account among its requisites: published
    if any(checksums.account_key(digits, bank) for bank in banks):
        return KEY_WITH_BIK, "account control key agrees with a БИК nearby"
    if cue == "account" and CLIENT_ACCOUNT.match(digits):
        if banks:
            return AFTER_CUE_KEY_FAILS, "client account after an account word, key fails"
        return PLAUSIBLE_AFTER_CUE, "client account after an account word"
    if cue is None and stretch.whole and PERSONAL_ACCOUNT.match(digits):
        return ALONE, "a person's account by its first eight digits"
    return None
