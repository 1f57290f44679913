"""Names in a chat's sender labels, by their place: who writes is named, in any header.

    Irina | Ozon Seller, [04.06.2024 16:20]      → «Irina»
    Rustam 🚕, [14.11.2024 07:51]                 → «Rustam»
    2024-10-28 16:20:04 ⏎ Aigerim Seitkali ⏎ …    → «Aigerim Seitkali»
    Оператор Лиана: …                             → «Лиана»
    HR Kaspersky — Алёна: …                       → «Алёна»
    anya_korneeva (a table's «author»)            → «anya_korneeva»

A label is cut into segments at its separators («|», «·», «—», brackets, emoji, quotes); a
segment's name is its run of words around a word with a name reading (Latin ones read through
their transliteration), with the unknown words beside it («Kirill Zaitsev») and an initial
(«Ирина К.»). Two or more Latin words that no dictionary knows are a display name too
(«Aigerim Seitkali», «givi kobahidze»). A company or a role has neither: «Ozon», «Яндекс Go»,
«Додо Пицца · Поддержка», «Клиент (Авито)», «Hoff | Поддержка», «spk_0» are kept.
"""

from __future__ import annotations

import re
from functools import lru_cache

from redactor.detect import morph
from redactor.detect.recognizers.base import RuRecognizer
from redactor.detect.recognizers.translit import latin_info, readings
from redactor.detect.turns import conversation, roles
from redactor.entities import PERSON

SCORE = 0.9
NAME_AT = 0.5
GUESS_AT = 0.9
LIKELY_NAME = 0.6  # a word no dictionary knows, whose ending is a name's («Dimon», «Zaitsev»)
DIMINUTIVE = (
    "ушка",
    "юшка",
    "ечка",
    "очка",
    "енька",
    "онька",
    "улька",
    "уля",
    "уся",
    "юша",
)  # a known word's name readings make it a name here (a label names, not describes)
# Words of a label: letters, an initial with its dot or a capital alone («Marina K»); «_» and
# «.» join a nickname's words.
WORD = re.compile(r"[^\W\d_](?:\.(?=\s|$|[^\w]))|[^\W\d_]{2,}|(?<![\w.])[A-ZА-ЯЁ](?![\w.])")
# What stands between the words of one segment: spaces, and a nickname's «_», «.», «-».
JOINER = re.compile(r"[ \t\u00a0]*|[._-]")
LATIN = re.compile(r"[A-Za-z]")
# Latin words of shops' and services' display names, never a person's.
BUSINESS = frozenset(
    "seller support shop store team bot service official help helpdesk admin manager hr go"
    " market pay bank delivery taxi care club group chat info news sales office company inc"
    " llc ltd online app pro plus agent client customer operator speaker user assistant system"
    " courier driver buyer visitor guest student teacher tutor mentor curator moderator staff"
    " employee member partner applicant candidate patient passenger".split()
)
NOT_NAME_POS = {"PREP", "CONJ", "PRCL", "INTJ", "NPRO", "VERB", "INFN"}
# A role that introduces its agent: the capitalized word after it is the agent's name, even a
# word with no name reading («Оператор Лиана», «Поддержка (Вера)»).
# A bot's label names no one, whatever follows («Бот Авиа», «Виртуальный помощник Оля»).
BOTS = frozenset("бот bot чат-бот chatbot робот помощник ассистент автоответчик".split())
# A label that starts with a kind of business names the business, whatever name follows
# («Автосалон Виктория», «Такси Максим», «Цветы Роза ветров»); a trade or a role names its
# person («Сантехник Иван», «Оператор Лиана», «Мастер Олег»).
BUSINESS_KINDS = frozenset(
    "автосалон автосервис автомойка такси салон магазин цветы цветочный ресторан кафе пиццерия"
    " кофейня пекарня клиника стоматология аптека ателье студия школа агентство ломбард"
    " гостиница отель хостел турагентство химчистка шиномонтаж фитнес автошкола барбершоп"
    " типография бутик маркет супермаркет".split()
)
# A quoted title right after the label's first word: a company's name.
TITLE_AFTER = re.compile(r"[ \t]*[«\"„“]")
KIN = frozenset(
    "мама папа мать отец бабушка дедушка бабуля дедуля тётя тетя дядя сестра брат жена муж сын"
    " дочь дочка сынок внук внучка крёстная крестная".split()
)
# A capital inside a Cyrillic word is a brand's («ДоставкаЕда», «ВкусВилл», «МегаФон»).
CAMEL = re.compile(r"[а-яё][А-ЯЁ]")
AGENTS = frozenset(
    "оператор специалист менеджер консультант сотрудник агент куратор поддержка администратор"
    " рекрутер диспетчер врач доктор модератор юрист курьер водитель мастер".split()
)
# A sole proprietor's label names its owner: «ИП Шамсутдинов», «ИП Ким А.».
OWNER = frozenset("ип".split())


def _titled(label: str) -> bool:
    """«Кондитерская «Вера в лучшее»», «Цветы «Флора Лав»»: a word that is no name, then a
    quoted title: a company's label."""
    first = re.match(r"[^\W\d_]+", label)
    return bool(first and TITLE_AFTER.match(label, first.end()) and _kind(first.group()) != "name")


def _kind(word: str) -> str:
    """«name», «unknown» or «ordinary»."""
    if word.lower() in OWNER:
        return "agent"
    if (len(word) == 2 and word.endswith(".")) or (len(word) == 1 and word.isupper()):
        return "initial"
    if LATIN.match(word):
        if word.lower() in BUSINESS:
            return "ordinary"
        info = latin_info(word)
        if info.name_score >= (NAME_AT if info.known else GUESS_AT):
            return "name"
        return "name" if any(map(_diminutive, readings(word))) else "unknown"
    if CAMEL.search(word):
        return "ordinary"
    info = morph.word_info(word)
    if not info.known:
        return "name" if _diminutive(word) else "unknown"
    if info.pos not in NOT_NAME_POS and info.name_score >= GUESS_AT:
        return "name"
    if info.pos not in NOT_NAME_POS and info.name_score >= NAME_AT:
        return "weak"
    if word[:1].isupper() and any(r.part == "Name" for r in info.name_readings):
        return "weak"  # «Любовь», «Вера», «Альфа»: a name alone or first in its segment
    return "agent" if morph.lemma(word) in AGENTS else "ordinary"


def _diminutive(word: str) -> bool:
    """«Глебушка», «Димочка», «Сашенька»: a known name with a diminutive suffix."""
    low = word.lower()
    for suffix in DIMINUTIVE:
        if low.endswith(suffix) and len(low) - len(suffix) >= 3:
            stem = word[: len(word) - len(suffix)]
            for candidate in (stem, stem + "а", stem[:-1] + "а"):
                info = morph.word_info(candidate.capitalize())
                if info.known and info.name_score >= NAME_AT:
                    return True
    return False


@lru_cache(maxsize=4096)
def name_spans(label: str) -> tuple[tuple[int, int], ...]:
    """The spans of `label` that name a person (none for a company's or a role's label)."""
    found = []
    if any(w in BOTS or morph.lemma(w) in BOTS for w in re.findall(r"[\w-]+", label.lower())):
        return ()
    first = re.match(r"[^\W\d_]+", label)
    if first and morph.lemma(first.group().lower()) in BUSINESS_KINDS:
        return ()
    if _titled(label):
        return ()  # «Кондитерская «Вера в лучшее»», «Оператор «Волна»»: a company's title
    words = list(WORD.finditer(label))
    segment: list[tuple[re.Match, str]] = []
    for k, m in enumerate([*words, None]):
        joined = (
            m is not None
            and segment
            and JOINER.fullmatch(label, segment[-1][0].end(), m.start()) is not None
        )
        if segment and not joined:
            found += _segment_names(segment)
            segment = []
        if m is not None:
            kind = _kind(m.group())
            if kind == "weak":
                glued = label[m.end() : m.end() + 1] == "-"  # «Альфа-Банк»
                # Alone or first in its segment; after a surname that is a word only when
                # a first name is its likeliest reading («Пак Виктория», not «Яндекс Маркет»).
                after_surname = len(segment) == 1 and (
                    _surname_word(segment[0][0]) or morph.lemma(segment[0][0].group()) in KIN
                )  # «Мама Лены»: a kin word names its person by the name after it
                first_name = _top_name(m.group()) >= LIKELY_NAME
                kin = len(segment) == 1 and morph.lemma(segment[0][0].group()) in KIN
                # «Даня Орлов»: a first name, then a word whose name reading is a surname
                after_first = segment and segment[-1][1] == "name" and _surname_reading(m.group())
                kind = (
                    "name"
                    if not glued
                    and not _before_lowercase(label, words, k)
                    and (not segment or after_first or (after_surname and (first_name or kin)))
                    else "ordinary"
                )
            brand = CAMEL.search(m.group()) is not None
            if (
                (kind == "ordinary" or (kind == "unknown" and _guessed_name(m.group())))
                and m.group()[0].isupper()
                and not brand
                and _after_agent(label, words, k)
            ):
                kind = "name"  # «Оператор Лиана», «Поддержка (Вера)»
            elif kind != "initial" and m.group()[0].isupper() and _before_initial(words, k):
                kind = "name"  # «Ислам М.»: a word with an initial after it
            elif (
                k == 0
                and kind == "unknown"
                and _name_guess(m.group())
                # «Токен бота»: a capital then lowercase is a phrase; «лейсан ахметова» a name
                and not (m.group()[0].isupper() and _before_lowercase(label, words, k))
            ):
                kind = "name"  # «Лейсан (Ярмарка Мастеров)»: who writes comes first
            segment.append((m, kind))
    if not found:
        return _nickname(label)
    # A name inside a nickname takes the nickname with it («sasha1987», «lena_k»).
    nicks = [n.span() for n in NICKNAME.finditer(label) if re.search(r"[\d_.]", n.group())]
    return tuple(next(((a, b) for a, b in nicks if a <= s and e <= b), (s, e)) for s, e in found)


# A nickname: Latin letters with digits or «_» («kotik_98», «sasha1987»), which names its
# owner as a name does; «spk_0», «SPEAKER_00», «user_17», «bot_42» are the system's labels.
NICKNAME = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:[._-]?[A-Za-z0-9]+)*")
SYSTEM_NICK = re.compile(r"(?i)(?:spk|speaker|spkr|channel|ch|user|client|guest|bot|s|id)[_-]?\d+")


def _nickname(label: str) -> tuple[tuple[int, int], ...]:
    """The one nickname a label is made of, beside emoji and spaces."""
    m = NICKNAME.search(label)
    if m is None or NICKNAME.search(label, m.end()) is not None:
        return ()
    nick = m.group()
    letters = sum(c.isalpha() for c in nick)
    if letters < 3 or not re.search(r"[\d_]", nick) or SYSTEM_NICK.fullmatch(nick):
        return ()
    if any(w.lower() in BUSINESS for w in re.split(r"[\d._-]+", nick) if w):
        return ()
    return ((m.start(), m.end()),)


def _after_agent(label: str, words: list[re.Match], k: int) -> bool:
    """Whether word `k` follows a role that introduces its agent, across brackets only."""
    if k == 0 or _kind(words[k - 1].group()) != "agent":
        return False
    return re.fullmatch(r"[\s(\[]*", label[words[k - 1].end() : words[k].start()]) is not None


def _before_lowercase(label: str, words: list[re.Match], k: int) -> bool:
    """Whether a lowercase word follows word `k` in its segment: a title's words («Цветы Роза
    ветров», «Вера в лучшее»), since a label writes a person's names capitalized."""
    for j in range(k + 1, len(words)):
        if JOINER.fullmatch(label, words[j - 1].end(), words[j].start()) is None:
            return False
        if words[j].group()[:1].islower():
            # «Соня из Самоката»: a preposition after a name says where its bearer works.
            return j > k + 1 or morph.word_info(words[j].group()).pos not in ("PREP", "CONJ")
    return False


def _top_name(word: str) -> float:
    return max(
        (r.score for r in morph.word_info(word).name_readings if r.part == "Name"), default=0
    )


def _guessed_name(word: str) -> bool:
    """«Шамсутдинов», «Лейсан»: a Cyrillic word no dictionary knows, written as a name (not in
    capitals, as «МТС» or «СДЭК»), that pymorphy3 guesses a name."""
    return not word.isupper() and _name_guess(word)


def _surname_reading(word: str) -> bool:
    return word[:1].isupper() and any(r.part == "Surn" for r in morph.word_info(word).name_readings)


def _surname_word(m: re.Match) -> bool:
    """A capitalized ordinary word that opens a label's segment before a first name, and is no
    role («Клиент Анна»)."""
    word = m.group()
    return (
        word[:1].isupper()
        and not LATIN.match(word)
        and roles.role_of(word) is None
        and word.lower() not in OWNER
    )


def _before_initial(words: list[re.Match], k: int) -> bool:
    # with its dot: a lone capital makes no name of the word before it («Спикер A»)
    return k + 1 < len(words) and words[k + 1].group().endswith(".")


def _name_guess(word: str) -> bool:
    """A Cyrillic word no dictionary knows that pymorphy3 guesses a first name or a surname."""
    return not LATIN.match(word) and any(
        r.part in ("Name", "Surn") for r in morph.word_info(word).name_readings
    )


def _segment_names(segment: list[tuple[re.Match, str]]) -> list[tuple[int, int]]:
    """Runs of name, unknown and initial words in one segment: those holding a name, and those
    of two Latin words or more that no dictionary knows."""
    found, run = [], []
    for k, item in enumerate([*segment, None]):
        if item is not None and item[1] not in ("ordinary", "agent"):
            if not run and k == 1 and item[1] == "name" and _surname_word(segment[0][0]):
                run.append(segment[0])  # «Пак Виктория», «Ким Ен Хо»: a surname that is a word
            run.append(item)
            continue
        kinds = [kind for _, kind in run]
        while kinds and kinds[0] == "initial":  # an initial before no name: «К. | Поддержка»
            run, kinds = run[1:], kinds[1:]
        if "name" in kinds or (
            kinds.count("unknown") >= 2 and all(LATIN.match(m.group()) for m, _ in run)
        ):
            found.append((run[0][0].start(), run[-1][0].end()))
        run = []
    return found


def said_as_name(text: str, label: str) -> bool:
    """«Лиана: … меня зовут Лиана»: a label of one capitalized Cyrillic word that the
    dictionary reads as a thing (a plant, «лиана»), written capitalized inside a sentence of
    the conversation, where only a name is: the speaker's name. A role («Клиент») or a bot's
    label is never one."""
    if not re.fullmatch(r"[А-ЯЁ][а-яё]{2,}", label) or roles.role_of(label) is not None:
        return False
    if _kind(label) != "ordinary" or morph.lemma(label.lower()) in BOTS | BUSINESS_KINDS:
        return False
    return re.search(rf"[а-яё],?[^\S\n]+{label}(?![\w-])", text) is not None


def nobody(text: str) -> list[tuple[int, int]]:
    """The speaker labels of `text`'s turns that name no one and say so with a word of a
    company or a role («Додо Пицца · Поддержка», «Мама»): no finding of a name belongs there,
    whatever a model made of «Додо». A label of unknown words only («Сейткали Айгерим») is left
    to the recognizers."""
    chat = conversation(text)
    if chat.layout != "headers":
        return []
    found = set()
    for turn in chat.turns:
        if turn.label is None or turn.label in found:
            continue
        label = text[slice(*turn.label)]
        if names_no_one(label) and not said_as_name(text, label):
            found.add(turn.label)
    return sorted(found)


@lru_cache(maxsize=4096)
def names_no_one(label: str) -> bool:
    """Whether `label` is a company's or a role's: no name in it, and a word that says so."""
    if name_spans(label):
        return False
    if _titled(label):
        return True
    words = [m.group() for m in WORD.finditer(label)]
    # A Latin word that is no name is a brand's or a role's («Ozon», «Wildberries», «buyer»).
    return any(LATIN.match(w) or _kind(w) in ("ordinary", "agent") for w in words)


class SenderNameRecognizer(RuRecognizer):
    """The names in the speaker labels of a conversation's turns (`redactor.detect.turns`)."""

    ENTITY = PERSON
    EXAMPLES = [
        "[Irina] | Ozon Seller, (04.06.2024 16:20)\nЗдравствуйте!\n\n"
        "Покупатель, (04.06.2024 16:21)\nдобрый день",
        "[Rustam] 🚕, (14.11.2024 07:51)\nВыхожу\n\n[Rustam] 🚕, (14.11.2024 07:52)\nНа месте",
        "2024-10-28 16:20:04\n[Aigerim Seitkali]\nЗдравствуйте!\n\n"
        "2024-10-28 16:41:37\nHR Kaspersky — [Алёна]\nДобрый день",
        "[Kostya], (03.12.2024 22:15)\nпривет\n\n[Kostya], (03.12.2024 22:17)\nты тут?",
        # a trade before a name: the person's label
        "05.03.2024, 10:00 - [Сантехник Иван]: Буду в 12.\n05.03.2024, 10:01 - Вы: жду",
        "[Полина Андреевна]  ·  10:12\nЗдравствуйте!\n\nФитнес «Спортлайф»  ·  10:20\nДобрый день",
        # a label that is a thing's word, said as a name inside a sentence: the speaker's name
        "[Лиана]: Добрый день, меня зовут [Лиана].\n[Фарид]: Да.\n[Лиана]: Назовите ФИО.",
    ]
    COUNTER_EXAMPLES = [
        "02.03.2024 23:42 Яндекс Go: Здравствуйте!\n02.03.2024 23:43 Пассажир: ок",
        "2024-12-31 17:42:10\nГость\nздравствуйте\n\n2024-12-31 17:43:01\n"
        "Додо Пицца · Поддержка\nЗдравствуйте!",
        "Hoff | Поддержка, (04.06.2024 16:20)\nЗдравствуйте!\n\n"
        "Покупатель, (04.06.2024 16:21)\nдобрый день",
        "spk_0: добрый день\nspk_1: здравствуйте",
        # a kind of business before a name: the business's label
        "18.08.2024, 12:11 - Вы: Веста ещё в наличии?\n"
        "18.08.2024, 12:15 - Автосалон Виктория: Добрый день! Да.",
        "05.03.2024, 10:00 - Такси Максим: Машина подана.\n05.03.2024, 10:01 - Вы: иду",
        # a name alone on its line with a time after it: a VK or an in-app chat's header
        "Гость, 19:02\nЗдравствуйте\n\nКондитерская «Вера в лучшее», 19:05\nДобрый вечер!",
        # a thing's word as a label, never said capitalized inside a sentence: nobody's name
        "Поддержка: Добрый день, чем помочь?\nКлиент: Да.\nПоддержка: Назовите ФИО.",
        "Клиент: Добрый день, мне Клиент сказал…\nОператор: Да.\nКлиент: ок",
    ]

    def analyze(self, text, entities, nlp_artifacts=None):
        chat = conversation(text)
        if chat.layout != "headers":
            return []
        results, seen = [], set()
        for turn in chat.turns:
            if turn.label is None or turn.label in seen:
                continue
            seen.add(turn.label)
            start, end = turn.label
            spans = name_spans(text[start:end])
            if not spans and said_as_name(text, text[start:end]):
                spans = ((0, end - start),)
            for s, e in spans:
                results.append(self.result(start + s, start + e, SCORE, "name in a sender label"))
        return results


# (label, the names in it) — run by tests/test_turns.py.
EXAMPLES = [
    ("Irina | Ozon Seller", ["Irina"]),
    ("Rustam 🚕", ["Rustam"]),
    ("Aigerim Seitkali", ["Aigerim Seitkali"]),
    ("anya_korneeva", ["anya_korneeva"]),
    ("Оператор Лиана", ["Лиана"]),
    ("Оператор Роза", ["Роза"]),
    ("HR Kaspersky — Алёна", ["Алёна"]),
    ("Виолетта HR Ozon", ["Виолетта"]),
    ("Оператор Ирина К.", ["Ирина К."]),
    ("Kirill Zaitsev", ["Kirill Zaitsev"]),
    ("Драйв для бизнеса | Самуил", ["Самуил"]),
    ("Lena 🌸", ["Lena"]),
    ("Glebushka", ["Glebushka"]),
    ("Ислам М.", ["Ислам М."]),
    ("Marina K", ["Marina K"]),  # an initial without its dot
    ("Лейсан (Ярмарка Мастеров)", ["Лейсан"]),
    ("Поддержка (Вера)", ["Вера"]),
    ("Гусейн Аренда", ["Гусейн"]),
    ("Пак Виктория", ["Пак Виктория"]),
    ("Даня Орлов", ["Даня Орлов"]),  # a first name, then a surname that is also a word
    ("ИП Шамсутдинов 🧸", ["Шамсутдинов"]),  # a sole proprietor's label names its owner
    ("ИП Ким А.", ["Ким А."]),
    ("ИП", []),
    ("Поддержка СДЭК", []),  # an unknown word in capitals after a role: a company
    ("Менеджер Wildberries", []),
    ("Анна Поддержка", ["Анна"]),
    ("Клиент Анна", ["Анна"]),
    ("Любовь", ["Любовь"]),
    ("Marina K", ["Marina K"]),
    ("Сергей К", ["Сергей К"]),
    ("Lena 🌸 K", ["Lena"]),
    ("ДоставкаЕда | Поддержка", []),
    ("ВкусВилл", []),
    ("Цветы Роза ветров", []),
    ("Кондитерская «Вера в лучшее»", []),  # a quoted title after a word: a company
    ("Оператор «Волна»", []),
    ("Цветы «Флора Лав»", []),
    ("Анна «Ногти»", ["Анна"]),  # a name first: a person with her business's title
    ("Соня из Самоката", ["Соня"]),
    ("Поддержка ВкусВилл Доставка", []),
    ("Бот Авиа", []),
    ("Чат-бот Оля", []),
    ("Токен бота", []),
    ("лейсан ахметова", ["лейсан ахметова"]),
    ("Помощника Оли", []),
    ("К", []),
    ("kotik_98", ["kotik_98"]),
    ("ivan.p", ["ivan.p"]),  # a name inside a nickname takes the nickname
    ("Мама Лены", ["Мама Лены"]),  # a kin word and whose: the person
    ("Папа Артёма", ["Папа Артёма"]),
    ("sasha1987 🐱", ["sasha1987"]),
    ("user_17", []),
    ("support_24", []),
    ("Ozon 24", []),
    ("Альфа-Банк", []),
    ("Яндекс Маркет", []),
    ("Ozon", []),
    ("Wildberries", []),
    ("Ozon Seller", []),
    ("student", []),  # a chat dump's role, as «user»
    ("student Даня Орлов", ["Даня Орлов"]),
    ("Яндекс Go", []),
    ("Додо Пицца · Поддержка", []),
    ("Клиент (Авито)", []),
    ("Hoff | Поддержка", []),
    ("spk_0", []),
    ("SPEAKER_00", []),
    ("Покупатель", []),
    ("a.png", []),
    ("A", []),  # speakers of a diarized transcript
    ("Спикер A", []),
]
