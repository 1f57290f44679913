"""What a company says of itself: its offices, its phone lines, its mailboxes. Not personal.

    Оператор: Ближайший пункт — ул. Ленина, 5, работает с 9 до 21.   → stays
    Оператор: Звонки из роуминга: +7 495 797-27-27, бесплатно.       → stays
    Оператор: Акт пришлите на claims@insurer.ru.                      → stays
    Оператор: Доставим по вашему адресу: ул. Ленина, 5.               → an ADDRESS
    Клиент: Мой офис на Тверской, 7.                                  → an ADDRESS

An address, a phone number or an e-mail is the company's when the words around it say so and
nothing says it is the client's:
- an address after a word of a place of business («офис», «пункт выдачи», «аптека», «салон»,
  «ТЦ»), after «мы находимся», «наш адрес», «юридический адрес», «ближайший», or before its
  opening hours («работает с 9 до 21», «ежедневно»);
- a phone number after a call to call it («позвоните», «звонки в поддержку», «горячая линия»,
  «запись по телефону», «наш номер»);
- a mailbox of a function («claims@», «docs@», «noreply@», «zakupki@») on the company's own
  domain, not a public mail service, or under a department's display name («Отдел закупок
  <…>»).
Nothing is the company's when it answers a question asking for that datum («Адрес доставки?» —
«В офис на Ленина, 5»), or when a word of the client's own stands before it: the speaker's «мой»,
«я», «живу», or, said by the operator, «ваш», «вам»; delivery («доставка», «курьер», «привезти»)
goes to the client. Which side speaks comes from the turns (`redactor.detect.turns`): the
operator's «ваш» is the client's, the client's «ваш» the company's. Where no side is known, only
words that cannot be the client's tell («мы находимся», «горячая линия», a function mailbox).
"""

from __future__ import annotations

import re

from redactor.detect import morph
from redactor.detect.recognizers.sender import BUSINESS_KINDS
from redactor.detect.turns import conversation, roles
from redactor.entities import ADDRESS, EMAIL_ADDRESS, PHONE_NUMBER
from redactor.finding import Finding

BEFORE = 70  # characters before a value where its words stand, on its line
AFTER = 45  # characters after an address for its opening hours

# Places of business that are always a company's, even «yours» («ваш ПВЗ», «в вашем
# отделении»: the one the client chose); and places that may be the client's own («мой офис»).
_PUBLIC = (
    r"отделени\w*|филиал\w*|пункт\w*|пвз|постамат\w*|аптек\w*|магазин\w*|салон\w*"
    r"|(?:авто)?сервис\w*|клиник\w*|медцентр\w*|касс[аеуы]|банкомат\w*|мфц|цафап|гибдд|мрэо"
    r"|(?:торгов|сервисн|медицинск|клиентск|диагностическ|визов)\w*[\s-]+центр\w*"
    r"|центр\w*\s+(?:урегулирования|обслуживания|выдачи|продаж|поддержки|госуслуг|записи)"
    r"|ресторан\w*|кафе|пиццери\w*|тц|трц|поликлиник\w*|стоматологи\w*|шоурум\w*"
    r"|представительств\w*|дилерск\w*|автосалон\w*|заправк\w*|азс|терминал\w*|приёмн\w*"
    r"|приемн\w*|лаборатори\w*|ветклиник\w*|библиотек\w*"
)
_PLACE = rf"{_PUBLIC}|офис\w*|склад\w*|бц|бизнес-центр\w*|школ[аеуы]|садик\w*"
PUBLIC = re.compile(rf"(?<![\w-])(?:{_PUBLIC})(?![\w-])", re.IGNORECASE)
# «ваш ПВЗ», «в вашем отделении»: a possessive of a public place says which one, not whose.
POSSESSED_PUBLIC = re.compile(
    rf"(?<!\w)(?:ваш|мо|сво)\w*\s+(?=(?:{_PUBLIC})(?![\w-]))", re.IGNORECASE
)
# «ближайший к вам», «рядом с вами»: where a place is, not whose.
NEAR_YOU = re.compile(
    r"(?<!\w)(?:ближайш\w*|рядом|недалеко|поближе)\s+(?:к|от|с)\s+(?:вам|вас|вами)(?!\w)",
    re.IGNORECASE,
)
# A place of business before an address, or words that only the company says of itself.
PLACE = re.compile(
    rf"""(?<![\w-])(?:{_PLACE})(?![\w-])
      | (?<!\w)(?:юридическ\w+\s+адрес\w* | фактическ\w+\s+адрес\w* | ближайш\w* | например
        | при[её]м\s+(?:документов|по|с|в|ежедневно) | отдел\w*\s+кадров
        | адрес\w*\s+(?:нашего\s+)?(?:{_PLACE}|компани\w*|организаци\w*|банка))(?!\w)
      | (?-i:адрес\w*\s+[А-ЯЁA-Z]{{2,}}(?![\w-]))    # «Адрес ЦАФАП по Москве —»""",
    re.IGNORECASE | re.VERBOSE,
)
# The company speaking of itself: no client says these.
OURS = re.compile(
    r"(?<!\w)(?:юридическ\w+\s+адрес\w*|горяч\w+\s+лини\w*|колл-?центр\w*|единый\s+номер"
    r"|наш\w*\s+(?:офис|пункт|склад|сервис|салон|магазин|филиал|отделени|клиник)\w*)",
    re.IGNORECASE,
)
# «We» and «our»: the company's when the operator says them, the family's from a client
# («Наш адрес ул. 8 Марта», «мы на даче»).
WE = re.compile(
    r"(?<!\w)(?:мы\s+(?:находимся|расположен\w*|переехали|работаем)|мы\s+(?:на|в)\s"
    r"|у\s+нас\s+(?:на|в)\s|ждём\s+вас|ждем\s+вас|наш\w*\s+(?:адрес|номер|телефон)\w*)",
    re.IGNORECASE,
)
HOURS = re.compile(
    r"""[\s,.;:)—–-]*(?:(?:и|а|он|она|оно|они|мы|там|тоже|также)\s+){0,2}
    (?:работа\w*|открыт\w*|ежедневно|круглосуточно
    |без\s+выходных|пн|при[её]м\s+с|с\s+\d{1,2}(?::\d{2})?\s+до\s+\d{1,2}
    |\d{1,2}(?::\d{2})?\s*[–—-]\s*\d{1,2}(?::\d{2})?(?!\d))""",
    re.IGNORECASE | re.VERBOSE,
)
# A call to call the number, or the line it is.
CALL = re.compile(
    r"""(?<!\w)(?<!вы\s)(?<!которого\s)
    (?:позвоните|звоните|наберите|обращайтесь|обратитесь|свяжитесь
    |горяч\w+\s+лини\w* | колл-?центр\w* | справочн\w* | поддержк\w* | регистратур\w*
    | единый\s+номер | запис\w*\s+(?:по|через)\s+(?:телефон\w*|номер\w*)
    | дежурн\w*\s+част\w* | канцеляри\w* | (?:или|либо)\s+по\s+(?:телефону|номеру)
    | (?:телефон|номер)\w*\s+(?:для\s+справок|горячей|поддержки|офиса|клиники|сервиса|салона
      |регистратуры|отдела|компании|банка|центра|школы|аптеки|магазина))(?!\w)""",
    re.IGNORECASE | re.VERBOSE,
)
# The client's own: said by the client, or a delivery to them, whoever speaks.
MINE = re.compile(
    r"(?<!\w)(?:мо[йяеёю]|моего|моём|моем|моей|мне|меня|я|свой|свою|своего|своём|живу|живём"
    r"|живем|проживаю|работаю|дома|домой|на\s+работу|у\s+меня)(?!\w)",
    re.IGNORECASE,
)
YOURS = re.compile(r"(?<!\w)(?:ваш\w*|вам|вас)(?!\w)", re.IGNORECASE)
# The client's record, or a call back to them: «в анкете указан», «номер в профиле», «с
# которого звоните», «просила перезвонить на».
RECORD = re.compile(
    r"(?<!\w)(?:анкет\w*|профил\w*|договор\w*|карточк\w*|указан\w*|привязан\w*|в\s+базе"
    r"|в\s+системе|перезвон\w*|позвоним|наберём|наберем|свяжемся|с\s+которого|звонил\w*"
    r"|повтор\w*|провер\w*|записал\w*|уточн\w*|верно|правильно"
    r"|отправ\w*|пришл\w*|прид[её]т)(?!\w)",
    re.IGNORECASE,
)
# After a value: a question whether it is the client's («— ваш?», «, верно?», «он актуален?»).
CONFIRMED = re.compile(
    r"[\s,.;:—–-]*(?:(?:это|он|она|всё|все)\s+)?(?:ваш\w*|верно|правильно|актуал\w*|совпада\w*"
    r"|так\s*\?|да\s*\?)",
    re.IGNORECASE,
)
SENTENCE_END = re.compile(r"([^\W\d_]*)[.!?…]+\s+")
ABBREVIATION = 3  # a dot after a word this short («ул.», «д.», «г.», «пр.») ends no sentence
DELIVERY = re.compile(
    r"(?<!\w)(?:доставк\w*|доставить|доставьте|доставим|доставят|привез\w*|привоз\w*|курьер\w*"
    r"|отвез\w*|прописк\w*|регистраци\w*|проживани\w*)(?!\w)",
    re.IGNORECASE,
)

# A mailbox of a function, not of a person: its local part's words are all of these.
FUNCTION_MAILBOX = frozenset(
    """info help support care claims claim docs doc documents noreply no reply do not donotreply
    zakupki zakupka tender tenders priem priemnaya hr office sales sale pr press reception
    contact contacts mail hello feedback service services orders order zakaz shop market team
    job jobs career careers billing invoice invoices buh buhgalteria accounting finance legal
    security abuse postmaster webmaster marketing ads partners partner b2b b2c corp corporate
    clients customers dms osago kasko pay payment payments refund refunds returns vozvrat
    delivery dostavka logistics sklad opt it tech techsupport helpdesk news newsletter notify
    notifications robot bot mailer system kadry vakansii resume edu school kanc reklama events
    booking bron hotel reservations ticket tickets client
    customer obr obrashcheniya uk tsj dispatch dispetcher""".split()
)
PUBLIC_MAIL = re.compile(
    r"@(?:(?:mail|bk|list|inbox|internet|xmail)\.ru|(?:ya|yandex)\.\w+|g(?:oogle)?mail\.com"
    r"|icloud\.com|me\.com|mac\.com|outlook\.\w+|hotmail\.\w+|live\.\w+|yahoo\.\w+|rambler\.ru"
    r"|lenta\.ru|ro\.ru|autorambler\.ru|proton(?:mail)?\.\w+|pm\.me|tut\.by|ukr\.net|gmx\.\w+"
    r"|aol\.com|zoho\.com|qip\.ru|km\.ru|narod\.ru|mail\.ua)$",
    re.IGNORECASE,
)
# «От: Отдел закупок <zakupki@…>», «From: Cosmos Hotels <noreply@…>»: a display name.
DISPLAY = re.compile(r"([^\n<>:]{2,80})<\s*$")
DEPARTMENT = re.compile(
    rf"(?<!\w)(?:поддержк\w*|служб\w*|отдел\w*|команд\w*|комисси\w*|компани\w*|ооо|ао|пао|зао"
    rf"|ип\b|банк\w*|support|team|service|hotels?|shop|store|group|{_PLACE})(?!\w)",
    re.IGNORECASE,
)
_LOCAL_WORD = re.compile(r"[a-z]+")


def own(text: str, finding: Finding) -> bool:
    """Whether `finding` (an ADDRESS, a PHONE_NUMBER or an EMAIL_ADDRESS in `text`) is the
    company's own; see the module docstring."""
    entity = finding.entity_type
    if entity not in (ADDRESS, PHONE_NUMBER, EMAIL_ADDRESS):
        return False
    if entity == ADDRESS and FLAT.search(text, finding.start, finding.end):
        return False  # a flat is someone's home, never a company's office
    chat = conversation(text)
    i = chat.index_at(finding.start)
    side = chat.turns[i].role if i is not None else None
    if side is None and i is not None and _business(text, chat.turns[i].label):
        side = roles.OPERATOR  # «Автосалон Виктория: …» speaks for the company
    if side != roles.OPERATOR and entity in chat.asked_at(finding.start):
        return False  # the answer to a question asking for it: the client's
    before = _sentence(text, finding.start)
    if entity == EMAIL_ADDRESS:
        return _mailbox(text[finding.start : finding.end], before)
    if _theirs(before, side) or RECORD.search(before) or CONFIRMED.match(text, finding.end):
        return False
    operator = side == roles.OPERATOR
    if OURS.search(before) or (operator and WE.search(before)):
        return True
    if entity == PHONE_NUMBER:
        # «С городского — 8 800 700-06-11. Из-за границы — +7 495 …»: beside a hotline, another
        # of the company's lines
        line = text[text.rfind("\n", 0, finding.start) + 1 : finding.start]
        return operator and bool(CALL.search(before) or HOTLINE.search(line))
    after = text[finding.end : finding.end + AFTER]
    cued = PLACE.search(before) or HOURS.match(after)
    return bool(cued) and (side is not None or HOURS.match(after) is not None)


# A flat in an address: «кв 88», «кв. 12», «квартира 74».
FLAT = re.compile(r"(?<![\w-])(?:кв\.?|квартир[аеуы])[^\S\n]*\d", re.IGNORECASE)
# A toll-free line said before a number on the operator's line: the number is another of theirs.
HOTLINE = re.compile(r"(?<!\d)8[ -]?\(?800\)?[ -]?\d{3}")
_FIRST_WORD = re.compile(r"[^\W\d_]+")


def _business(text: str, label: tuple[int, int] | None) -> bool:
    """Whether a speaker's label names a business by its kind («Автосалон Виктория», «Такси
    Максим», «Аптека на Ленина»): that side speaks for the company."""
    if label is None:
        return False
    first = _FIRST_WORD.search(text, *label)
    return first is not None and morph.lemma(first.group().lower()) in BUSINESS_KINDS


def _sentence(text: str, start: int) -> str:
    """The words before `start` in its sentence, on its line and in its turn (never the
    speaker's label: «Поддержка: …» is who speaks), at most `BEFORE` characters."""
    line = max(text.rfind("\n", 0, start) + 1, conversation(text).turn_start(start) or 0)
    before = text[max(line, start - BEFORE) : start]
    ends = [
        m.end()
        for m in SENTENCE_END.finditer(before)
        if not (m.group(1) and len(m.group(1)) <= ABBREVIATION and m.group(1).islower())
    ]
    return before[ends[-1] :] if ends else before


def _theirs(before: str, side: str | None) -> bool:
    """Whether the words before a value make it the client's: their own words, or the
    operator's «ваш», or a delivery; where no side is known, any of these."""
    public = PUBLIC.search(before)
    if DELIVERY.search(before) and not public:
        return True  # a delivery to a pickup point («курьер привезёт в пункт …») is no home
    before = NEAR_YOU.sub(" ", POSSESSED_PUBLIC.sub(" ", before))
    if side == roles.CLIENT:
        return bool(MINE.search(before))
    if side == roles.OPERATOR:
        return bool(YOURS.search(before))
    return bool(MINE.search(before) or YOURS.search(before))


def _mailbox(address: str, before: str) -> bool:
    """A function's mailbox on the company's domain, or one under a department's name."""
    if "@" not in address or PUBLIC_MAIL.search(address):
        return False  # one dictated («info собака компания точка рф») is the speaker's
    local = address.split("@", 1)[0].lower()
    words = _LOCAL_WORD.findall(local)
    if words and all(w in FUNCTION_MAILBOX for w in words):
        return True
    display = DISPLAY.search(before)
    return bool(display and DEPARTMENT.search(display.group(1)))


# (marked text, entity) — run by tests/test_organisation.py: [brackets] mark what stays
# personal, {braces} what is the company's.
EXAMPLES = [
    ("Оператор: Ближайший пункт — {ул. Ленина, 5}, работает с 9 до 21.", ADDRESS),
    ("Оператор: Мы находимся на {Московском шоссе, 17}.", ADDRESS),
    ("Оператор: Сдать можно в пункт выдачи, ближайший к вам — {ул. Ленина, 12}.", ADDRESS),
    ("Оператор: Курьер приедет к вам на [ул. Ленина, 12].", ADDRESS),
    ("Наш адрес [ул. 8 Марта, д. 3, оф. 304].", ADDRESS),  # no side: a family's as well
    ("Клиент: Мы находимся на [Ленина, 5], подъезжайте.", ADDRESS),
    # a flat is a home, even where «мы переехали» sounds like a company's move
    ("Клиент: мы переехали на [Сакко и Ванцетти 57, кв 88]", ADDRESS),
    ("Оператор: Мы переехали на {ул. Ленина, 5, офис 12}.", ADDRESS),
    ("[оператор] оплатить можно в нашем офисе на {улице маршала жукова 15}", ADDRESS),
    ("Клиент: Доставьте в наш офис на [Ленина, 5].", ADDRESS),
    ("Оператор: Звонки в поддержку из роуминга: {+7 495 797-27-27} — бесплатно.", PHONE_NUMBER),
    ("Оператор: Запись по телефону {8 495 777-77-77}.", PHONE_NUMBER),
    # beside a hotline on the operator's line: another of the company's numbers
    ("Оператор: С городского — 8 800 700-06-11. Из-за границы — {+7 495 797-27-27}.", PHONE_NUMBER),
    ("Клиент: 8 800 700-06-11 не отвечает, мой [+7 916 123-45-67].", PHONE_NUMBER),
    # a business's label speaks for the company, even asked where it is
    (
        "18.08.2024, 12:21 - Вы: а где вы находитесь?\n18.08.2024, 12:29 - Автосалон Виктория: "
        "{г. Тольятти, Южное шоссе, 40}, ежедневно 9–21.",
        ADDRESS,
    ),
    (
        "18.08.2024, 12:21 - Мастер Олег: где вы живёте?\n18.08.2024, 12:29 - Вы: "
        "[г. Тольятти, Южное шоссе, 40], после 18.",
        ADDRESS,
    ),
    ("Оператор: Акт загрузите на почту {claims@sberins.ru} с номером убытка.", EMAIL_ADDRESS),
    ("От: Отдел закупок <{zakupki@sevveter-market.ru}>", EMAIL_ADDRESS),
    ("От: Поддержка Контур.Диадок <{diadoc@skbkontur.ru}>", EMAIL_ADDRESS),
    ("Клиент: Когда можно подойти в салон на {Московском шоссе, 18}?", ADDRESS),
    ("Оператор: Доставим по вашему адресу: [ул. Ленина, 5].", ADDRESS),
    ("Клиент: Мой офис на [Тверской, 7], подъезжайте.", ADDRESS),
    ("Оператор: Адрес доставки?\nКлиент: В офис на [Ленина, 5].", ADDRESS),
    ("Оператор: Курьер привезёт в пункт выдачи на {Ленина, 5}.", ADDRESS),
    ("Оператор: Курьер привезёт в ваш офис на [Ленина, 5].", ADDRESS),
    ("Оператор: Можем привезти в ваш ПВЗ «Боксберри», {ул. Декабристов, 5}.", ADDRESS),
    ("Оператор: Осмотр в центре урегулирования на {ул. Профсоюзной, 56}.", ADDRESS),
    ("О: Адрес ЦАФАП по Москве — {ул. Садовая-Самотёчная, 1}.", ADDRESS),
    ('"text": "{Ул. Надежды Сусловой, 4}, приём с 8:00 до 17:00"', ADDRESS),
    ("Оператор: Офис без привязки к регистрации, или МФЦ {Ленинский проспект, 17}.", ADDRESS),
    ("О: Дежурная часть — {+7 495 623-78-92}.", PHONE_NUMBER),
    (
        "Специалист: Пристав — Оганесян К. А., приём по вторникам, {ул. Красноармейская, 36}.",
        ADDRESS,
    ),
    ("Оператор: Только по записи, на сайте или по телефону {+7 495 777-77-77}.", PHONE_NUMBER),
    ("Автосалон: Где вы находитесь?\nКлиент: Я на [Ленина, 5], подъедете?", ADDRESS),
    ("Поддержка: Повторю: [8 953 2418519].", PHONE_NUMBER),
    ("Viktoriya Zakharova: [ул. Ломоносова, 39-304], домофон не работает", ADDRESS),
    (
        "Клиент: А где вы находитесь?\nАвтосалон Виктория: {г. Тольятти, Южное шоссе, 40},"
        " ежедневно 9–21",
        ADDRESS,
    ),
    ("Оператор: Перезвоним вам на [+7 916 123-45-67].", PHONE_NUMBER),
    ("Оператор: Позвоните по вашему номеру [+7 916 123-45-67]?", PHONE_NUMBER),
    ("Клиент: Звоните мне на [+7 916 123-45-67].", PHONE_NUMBER),
    ("Звоните в школу: [+7 495 123-45-67 доб. 123].", PHONE_NUMBER),  # no side: could be anyone's
    ("Клиент: пишите на [info.petrov@mail.ru]", EMAIL_ADDRESS),
    ("Клиент: рабочая [v.pak@sibtranslog.ru]", EMAIL_ADDRESS),
    ("Оператор: Почта для связи?\nКлиент: [info@myshop.ru]", EMAIL_ADDRESS),
    ("Тикет #HD-20931 | Отправитель: [admin@vetclinic.ru]", EMAIL_ADDRESS),  # a person's role
    ("Оператор: Вижу поездку из центра Ижевска на [улицу Воровского, 128].", ADDRESS),
    (
        "Оператор: Позвоните в банк по номеру на карте. Номер в профиле [+7 999 017-25-48] — ваш?",
        PHONE_NUMBER,
    ),
    (
        "Оператор: Смс придёт на номер, с которого вы звоните, — это [8 985 182-91-36]?",
        PHONE_NUMBER,
    ),
    ("Оператор: У нас в анкете указан мобильный [8 977 395 95 72], он актуален?", PHONE_NUMBER),
    ("Клиентка звонила на горячую линию, просила перезвонить на [+7 912 245-60-38].", PHONE_NUMBER),
    (
        "Оператор: Позвоните, пожалуйста, по номеру {8 (343) 300-12-12} или через Госуслуги.",
        PHONE_NUMBER,
    ),
    (
        "Оператор: Был исходящий звонок в два часа ночи на номер [955 144-00-19], это вы?",
        PHONE_NUMBER,
    ),
]
