"""What a question asks for: the slots of personal data an operator requests.

«Назовите ФИО, дату рождения и СНИЛС» asks for a PERSON, a DATE_OF_BIRTH and an RU_SNILS; the
client's next turns answer them, in order or not, in one turn or over several. A value that
answers a slot is that slot's entity even without a checksum or a cue of its own: a card number
with a wrong digit after «номер карты» is still a card.

Slots are read from lemmas' stems, so every case and spelling of the request counts («дату
рождения», «даты рождения», «д.р.»); a word of another thing in the same question («номер
заказа», «дата доставки») names no slot.
"""

from __future__ import annotations

import re

from redactor.entities import (
    ADDRESS,
    CARD_EXPIRY,
    CREDIT_CARD,
    DATE_OF_BIRTH,
    EMAIL_ADDRESS,
    PERSON,
    PHONE_NUMBER,
    RU_BANK_ACCOUNT,
    RU_DRIVER_LICENSE,
    RU_INN,
    RU_OGRNIP,
    RU_OMS,
    RU_PASSPORT,
    RU_SNILS,
    RU_VEHICLE_PLATE,
    SECRET,
)

# (entity, the request's words). Each alternative is a phrase as operators say it.
SLOTS = [
    (
        PERSON,
        r"фио|ф\.?\s?и\.?\s?о\.?|фамили\w*|имя|имени|отчеств\w*|как\s+(?:вас|к\s+вам|ваше\s+имя)"
        r"\s*(?:зовут|обращаться)?|представьтесь|полное\s+имя|на\s+кого|получател\w+|владел\w+"
        r"|кто\s+(?:звонит|получатель)",
    ),
    (
        DATE_OF_BIRTH,
        r"(?:дат\w*|год\w*|день|числ\w*)\s+(?:\w+\s+)?рождени\w*|рождени\w*|д\.?\s?р\.?"
        r"|когда\s+(?:вы\s+)?родил\w*|сколько\s+(?:вам|ему|ей|тебе)\s+(?:полных\s+)?лет"
        # a person's age, a child's year: «сколько лет ребёнку», «а ребёнок какого года»
        r"|сколько\s+(?:полных\s+)?лет\s+(?:реб[её]нк\w*|сын\w*|доч\w*|внук\w*|внучк\w*|пациент\w*)"
        r"|(?:реб[её]н\w*|сын\w*|доч\w*|внук\w*|внучк\w*|вы|он|она)\s+какого\s+года(?!\s+выпуск)",
    ),
    (
        RU_PASSPORT,
        r"(?:загран)?паспорт\w*|сери(?:я|ю|и|ей),?\s+(?:и\s+)?номер|код\w*\s+подразделени\w*|подразделени\w*"
        r"|кем\s+выдан|дат\w*\s+выдачи|когда\s+выдан|свидетельств\w*\s+о\s+рождении"
        r"|документ\w*,?\s+удостоверя\w*",
    ),
    (
        CREDIT_CARD,
        r"(?:номер\w*|цифр\w*)\s+(?:\w+\s+)?карт\w*|карт\w*|последние\s+(?:\w+\s+)?цифр\w*"
        # not the last digits of another thing: «последние четыре цифры паспорта»
        r"(?!\s+(?:паспорт|телефон|номер|снилс|сч[её]т|инн|полис|договор|заказ))",
    ),
    (CARD_EXPIRY, r"срок\w*\s+действия|действует\s+до|до\s+какого"),
    (
        RU_BANK_ACCOUNT,
        r"(?:номер\w*\s+)?(?:расч[её]тн\w*\s+|лицев\w*\s+)?сч[её]т\w*|р/с|реквизит\w*",
    ),
    (RU_SNILS, r"снилс\w*|страхов\w+\s+номер|пенсионн\w+"),
    (RU_INN, r"инн\w*"),
    (RU_OGRNIP, r"огрнип\w*|огрн\s*ип"),
    (RU_OMS, r"полис\w*|омс|енп"),
    (
        RU_DRIVER_LICENSE,
        # not another right: «права требования», «права на квартиру», «права потребителя»
        r"(?:водительск\w*\s+)?(?:удостоверени\w*|прав(?:а|ами|ах)?(?!\s+(?:требовани|на\s"
        r"|собственност|потребител|человек|доступ|пользовател|администратор|ребёнк|ребенк)))|ву",
    ),
    (RU_VEHICLE_PLATE, r"госномер\w*|гос\.?\s?номер\w*|номер\w*\s+(?:машин\w*|авто\w*)|номерн\w+"),
    (
        PHONE_NUMBER,
        r"(?:номер\w*\s+)?(?:телефон\w*|мобильн\w*|сотов\w*)|номер\w*\s+для\s+связи|контактн\w+"
        r"|мой\s+номер|моб\.?|тел\.?"
        r"|куда\s+(?:вам\s+)?(?:позвонить|перезвонить)",
    ),
    (
        EMAIL_ADDRESS,
        r"почт\w*|e-?mail|емейл\w*|имейл\w*|мейл\w*|электронк\w*|адрес\w*\s+электрон\w*",
    ),
    (
        ADDRESS,
        r"адрес\w*|куда\s+(?:доставить|привезти|подать|приехать)|где\s+(?:вы\s+)?(?:живете"
        r"|живёте|проживаете|находитесь|зарегистрирован\w*)|прописк\w*|улиц\w*|откуда\s+забрать",
    ),
    (
        SECRET,
        r"кодов\w+\s+слов\w*|код\w*\s+из\s+(?:смс|sms|сообщени\w*)|код\w*|пин\w*|cvv|cvc|парол\w*"
        r"|секретн\w+",
    ),
]
_SLOTS = [
    (entity, re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE)) for entity, words in SLOTS
]
# Words of another thing, right before a slot word, that make it not personal: «номер заказа»
# has «номер», but a slot needs the datum's own word («номер карты»).
OTHER_THING = re.compile(
    r"(?:заказ|договор|обращени|заявк|трек|отправлени|посылк|накладн|квитанц|чек|сертификат"
    r"|достав|оплат|платеж|платёж|операци|перевод)\w*",
    re.IGNORECASE,
)


def asked(question: str) -> frozenset[str]:
    """The entities `question` asks for; none when it names no slot («Спасибо, ожидайте»). In
    speech an operator asks with the slot's words alone («фамилия имя отчество ваши»), so a
    slot word in the other side's turn is the request."""
    found = set()
    for entity, pattern in _SLOTS:
        for m in pattern.finditer(question):
            before = question[max(0, m.start() - 20) : m.start()]
            if entity == SECRET and re.search(
                r"подразделени|почтов|индекс|заказ|товар|регион|ошибк|купон|скидк|акци|стран"
                r"|город|услуг|тариф|продукт|операци|авиакомпани|аэропорт|валют|бик|оквэд",
                question[m.end() : m.end() + 20],
                re.I,
            ):
                continue  # «код подразделения» is the passport's, «код заказа» an order's
            if not OTHER_THING.search(before.split()[-1] if before.split() else ""):
                found.add(entity)
                break
    return frozenset(found)


def names_only(said: str, others: frozenset[str]) -> bool:
    """Whether `said` is only a slot's words and words of `others`: «номер карты:», «вот мой
    снилс»; not «карта не работает»."""
    rest = said
    for _, pattern in _SLOTS:
        rest = pattern.sub(" ", rest)
    return all(w.lower() in others for w in re.findall(r"[^\W\d_]+", rest))


# (question, slots) — run by tests/test_turns.py.
EXAMPLES = [
    ("Назовите, пожалуйста, ваши ФИО.", {PERSON}),
    ("ФИО, дату рождения и СНИЛС", {PERSON, DATE_OF_BIRTH, RU_SNILS}),
    ("фамилия имя отчество ваши", {PERSON}),
    ("Назовите ФИО, дату рождения и СНИЛС.", {PERSON, DATE_OF_BIRTH, RU_SNILS}),
    ("Как к вам обращаться?", {PERSON}),
    ("Продиктуйте номер карты.", {CREDIT_CARD}),
    ("Подскажите последние четыре цифры карты", {CREDIT_CARD}),
    ("Последние четыре цифры паспорта.", {RU_PASSPORT}),
    ("Последние цифры?", {CREDIT_CARD}),
    ("Серию и номер паспорта, пожалуйста.", {RU_PASSPORT}),
    ("А код подразделения?", {RU_PASSPORT}),
    ("сколько вам лет", {DATE_OF_BIRTH}),  # answered with an age and a birth date
    ("сколько лет машине", set()),
    ("сколько лет ребёнку", {DATE_OF_BIRTH}),  # the child's age, then the birth date
    ("а ребёнок какого года", {DATE_OF_BIRTH}),
    ("сколько лет вы с нами", set()),  # how long, not whose age
    ("машина какого года", set()),
    ("вы какого года выпуска брали", set()),
    ("назовите серию номер", {RU_PASSPORT}),  # speech: no «и», no «паспорта»
    ("номера загранпаспортов", {RU_PASSPORT}),
    ("серия сериала и номер сезона", set()),
    ("Назовите кодовое слово.", {SECRET}),
    ("Сообщите код, который пришёл в СМС.", {SECRET}),
    ("Скажите код заказа.", set()),
    ("Какой код региона?", set()),
    ("Какой адрес доставки?", {ADDRESS}),
    ("Куда доставить?", {ADDRESS}),
    ("Подскажите номер телефона, к которому привязан профиль.", {PHONE_NUMBER}),
    ("Напишите почту, пришлю чек.", {EMAIL_ADDRESS}),
    ("Пришлите ОГРНИП и ИНН.", {RU_OGRNIP, RU_INN}),
    ("Подскажите номер заказа.", set()),
    ("Спасибо, ожидайте.", set()),
    ("Права требования переданы нашему агентству.", set()),  # another right
    ("Продиктуйте номер прав.", {RU_DRIVER_LICENSE}),
    ("Водительское удостоверение с собой?", {RU_DRIVER_LICENSE}),
]
