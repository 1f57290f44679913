"""Spans the NER calls a person that name a role or a thing: «Курьер опоздал», «Заёмщик может
погасить», томаты «Дядя Ваня», книга «Анна Каренина», a metro station «на Маяковской», a street
«на Надежды Крупской». Each test reads the words around the span, never a list of names."""

from __future__ import annotations

import re
from functools import lru_cache

from redactor.detect import morph
from redactor.detect.nlp import text_of

# Agent nouns: who does something («получатель», «заёмщик», «таксист», «курьер»). A dictionary
# noun with one of these endings and no name reading is a role; surnames that are nouns end
# otherwise («Мельник», «Кузнец», «Волк», «Соловей»).
AGENT_ENDINGS = ("тель", "щик", "чик", "ист", "ер", "ёр", "ант", "ент")
# Who a bot is: «Я Алиса — виртуальный помощник», «виртуальный ассистент Юна».
BOT_WORDS = frozenset("бот чат-бот чатбот робот".split())
ASSISTANTS = frozenset("ассистент помощник консультант".split())
BOT_KINDS = frozenset("виртуальный голосовой электронный цифровой умный".split())
APPOSITION_MARKS = frozenset({",", "—", "–", "-"})
# Cases a thing's title keeps after the thing's word, whatever the word's own case: «подключала
# пакет Роза», «в магазине Любовь» (a person's apposition agrees: «к менеджеру Ольге»).
TITLE_CASES = frozenset({"nomn", "accs"})
MAX_TITLE_WORDS = 5  # a longer quote is a sentence
TITLE_STEM = 5  # letters that a title word's forms share («Пифагор», «Пифагора»)
TITLE_JOINERS = frozenset("и или да".split())
MIN_TITLE_WORD = 4  # letters: a shorter word of a title («и», «для») carries nothing
MIN_ABBREVIATION, MAX_ABBREVIATION = 2, 5
MIN_TAIL = 3  # letters of the dictionary word a compound ends in
# The first halves of compound words: «самовывоз», «автопродление», «медкнижка», «госпошлина».
COMBINING = sorted(
    """само авто мото вело фото видео кино теле радио аудио эко био гео агро электро термо
    гидро аэро евро супер мини макси мега микро нано гипер мульти поли псевдо анти контр
    интер экстра ультра спец гос тех пром строй энерго тепло водо газо нефте мед фарм
    промо рос мос онлайн смарт авиа ж/д жд сбер ипотеч""".split(),
    key=len,
    reverse=True,
)
SMALL_POS = frozenset({"PREP", "CONJ", "PRCL", "INTJ", "NPRO", "NUMR"})
OPENING = frozenset("«“„")
CLOSING = frozenset("»”“")
# Things that hold a name, before a quote of it: «фамилия «Ветер»», «в графе «Иванов И. И.»».
NAME_HOLDERS = frozenset(
    """фамилия имя отчество фио подпись графа поле строка надпись запись аккаунт профиль
    контакт ник никнейм логин карточка анкета получатель отправитель прозвище кличка
    псевдоним позывной""".split()
)
PLACE_PREPOSITIONS = frozenset("в во из".split())
# Endings of a street or a metro station named by an adjective, after «на»: «на Маяковской»,
# «на Шаболовской», «на Новослободской», «на Кожуховской».
STATION_ENDINGS = ("ской", "цкой")
STATION_PREPOSITIONS = frozenset("на у".split())
STATION_WORDS = frozenset("метро станции м м.".split())
# A house number right after a name: «, 16», « 5к2», «, 13/1»; not an age, a year or a sum
# («Петров, 45 лет», «Смирнова, 1985 г.»).
HOUSE_AFTER = re.compile(
    r",?[ \t]+\d{1,3}(?:[а-яА-Я]|[ \t]*[/к][ \t]*\d{1,2})?(?![\d.:,-]?\d|[ \t]\d)"
    r"(?![ \t]*(?:лет|год|г\b|года|мес|₽|руб|р\b|%|тыс|шт|кг|см|мм|мин|час|раз|штук|дн|сут))"
)
# A street named by an adjective in the nominative: «Южнопортовая, 13», «Профсоюзная 45».
STREET_ADJECTIVE = ("ая", "ый", "ий", "ой")


def role(word: str, roles: frozenset[str]) -> bool:
    """A word alone that says who someone is, not who: «Курьер», «Оператор», «Заёмщик»."""
    info = morph.word_info(word)
    if not info.known or info.name_readings or info.pos != "NOUN" or not info.animate:
        return False
    lemma = morph.lemma(word)
    return lemma in roles or lemma.endswith(AGENT_ENDINGS)


def title_words(doc) -> set[str]:
    """The words of the titles of capitalized words quoted in a text (`quoted_title`, and
    quotes of several words that `layout` reads as a title): «Гарри Поттер», «Пифагор»,
    «Мастер и Маргарита». Said again without quotes, they are the title still. A quote with
    lowercase words is a headline or a phrase («2009-й — год Чарльза Дарвина»): the names in
    it are people's elsewhere."""
    from redactor.detect.recognizers import layout

    words: set[str] = set()
    open_at = None
    for token in doc:
        if "\n" in token.text:
            open_at = None
        elif token.text in OPENING:
            open_at = token.i
        elif token.text in CLOSING and open_at is not None:
            span = doc[open_at + 1 : token.i]
            alpha = [t for t in span if t.is_alpha]
            named = all(t.text[:1].isupper() or t.lower_ in TITLE_JOINERS for t in alpha)
            if named and (
                quoted_title(doc, open_at + 1, token.i) or (len(alpha) > 1 and layout._title(span))
            ):
                words |= {_stem(t.text) for t in alpha if len(t.text) >= MIN_TITLE_WORD}
            open_at = None
    return words


def retitled(doc, start: int, end: int, words: set[str]) -> bool:
    """Every word of the run is a word of a title quoted elsewhere in the text: «а Гарри
    Поттер полный комплект?» after «Комплект «Гарри Поттер»»."""
    alpha = [t.text for t in doc[start:end] if t.is_alpha and len(t.text) >= MIN_TITLE_WORD]
    return bool(alpha) and all(_stem(w) in words for w in alpha)


def _stem(word: str) -> str:
    """A word's first letters, its forms' common part: «Пифагора», «Пифагор»."""
    return word.lower()[:TITLE_STEM]


def abbreviation(word: str) -> bool:
    """«КБК», «РЖД», «ОБИ», «ЕГРИП»: a word in capitals too short for a name written so that
    no dictionary knows as a name («ИВАН», «КИМ» it does)."""
    if not (
        word.isupper() and word.isalpha() and MIN_ABBREVIATION <= len(word) <= MAX_ABBREVIATION
    ):
        return False
    info = morph.word_info(word.capitalize())
    return not (info.known and info.name_readings)


def compound(word: str) -> bool:
    """«Самовывоз», «Автопродление», «Медкнижка», «Ростеплосервиса»: a word no dictionary knows,
    with no name reading even as a guess, made of combining forms («само», «авто», «мед»,
    «рос», «тепло») and a dictionary word. A foreign name that ends in a word («Мандела»)
    starts with no combining form."""
    info = morph.word_info(word)
    if info.known or info.name_readings or not word.isalpha():
        return False
    rest = word.lower()
    while True:
        head = next((c for c in COMBINING if rest.startswith(c) and len(rest) > len(c)), None)
        if head is None:
            return False
        rest = rest[len(head) :]
        tail = morph.word_info(rest)
        if len(rest) >= MIN_TAIL and tail.known and not tail.name_readings:
            return tail.pos not in SMALL_POS


def quoted_title(doc, start: int, end: int) -> bool:
    """Tokens start..end sit inside «…» on one line, and the quote names a thing: the word
    before it is an inanimate noun (томаты «Дядя Ваня», книгу «Анна Каренина», магазин
    «Петрович») or a preposition of place (в «Петровиче»). A quote after a person, a verb or a
    word that holds a name is a name: продавец «Мария Лисицына», фамилия «Ветер»."""
    i = start - 1
    while i >= 0 and doc[i].text not in OPENING:
        if "\n" in doc[i].text or doc[i].text in CLOSING or i < start - 8:
            return False
        i -= 1
    j = end
    while j < len(doc) and doc[j].text not in CLOSING:
        if "\n" in doc[j].text or doc[j].text in OPENING or j > end + 8:
            return False
        j += 1
    if i < 0 or j >= len(doc):
        return False
    # a quoted sentence is speech or a headline, whose names are people: «Кирилла больше нет»,
    # «Как и кто убил Владислава Листьева»
    inside = [t for t in doc[i + 1 : j] if t.is_alpha]
    if len(inside) > MAX_TITLE_WORDS or any(_verb(t.text) for t in inside):
        return False
    k = i - 1
    while k >= 0 and doc[k].is_space and "\n" not in doc[k].text:
        k -= 1
    if k < 0 or not doc[k].is_alpha:
        return False
    word = doc[k].text
    if word.lower() in PLACE_PREPOSITIONS:
        return True
    return thing_noun(word)


def titled_after_thing(doc, start: int, end: int, greetings: frozenset) -> bool:
    """A name in the nominative right after a lowercase word for a thing, with the sentence
    going on after it: the thing's title («вклад Надежда заканчивается», «торт Наполеон и
    Прага», «Кофе Максим это растворимый», «подключала пакет Роза ветров»). Not a name at the
    end of its sentence, which addresses someone («спасибо за помощь Ольга!»), nor after a
    greeting («добрый день Ольга»), nor one that may be in another case («заявление Петрова
    рассмотрено»)."""
    # Only where capitals and commas are written: speech runs clauses together («вы были в
    # прошлом году шевцов правильно», «автосервис рольф андрей слушаю»).
    if not doc[start].text[:1].isupper():
        return False
    k = _before(doc, start)
    if k is None or not doc[k].is_alpha or not doc[k].text.islower():
        return False
    if not thing_noun(doc[k].text) or not _nominative(doc[k].text):
        return False  # «В 2015 году Росляков зачислен», «песен Мартин Гор»: a time, a whole
    # «звонила в банк Ольга сказала ждать»: after a preposition the thing is the place of
    # another clause, whose subject may be the person
    # (nor after a noun whose complement the thing is: «Администратор клиники Ольга»)
    j = _before(doc, k)
    # (nor after a modifier: «всё последнее время Виктор встречался» is a time)
    if j is not None and morph.word_info(doc[j].text).pos in {"PREP", "NOUN", "ADJF", "PRTF"}:
        return False
    if (
        k > 0
        and (_before(doc, k) is not None)
        and (doc[_before(doc, k)].lower_, doc[k].lower_) in greetings
    ):
        return False
    cases = {r.case for r in morph.word_info(doc[start].text).name_readings}
    if not cases or not cases <= TITLE_CASES or "nomn" not in cases:
        return False
    after = end
    while after < len(doc) and doc[after].is_space and "\n" not in doc[after].text:
        after += 1
    return after < len(doc) and doc[after].is_alpha


def bot_name(doc, start: int, end: int) -> bool:
    """One word that a bot or a virtual assistant is called, in apposition with what it is:
    «Я Олег, виртуальный ассистент», «Я Алиса — виртуальный помощник», «виртуальный
    ассистент Юна», «чат-бот Юна». An assistant needs its kind («виртуальный»): «менеджер»
    and «консультант» alone are people."""
    if end - start != 1:
        return False
    after = [t for t in doc[end : end + 6] if not (t.is_space or t.text in APPOSITION_MARKS)]
    before = [t for t in reversed(doc[max(0, start - 4) : start]) if not t.is_space]
    before = before[1:] if before and before[0].text in OPENING else before
    return _bot(after[:2]) or _bot(list(reversed(before[:2])))


def _bot(words) -> bool:
    """«виртуальный ассистент», «бот», «чат-бот» as the first of these words."""
    lemmas = [morph.lemma(t.text) for t in words if t.is_alpha or "-" in t.text]
    if len(lemmas) != len(words) or not lemmas:
        return False
    if lemmas[0] in BOT_WORDS or (len(lemmas) > 1 and lemmas[-1] in BOT_WORDS):
        return True
    return len(lemmas) == 2 and lemmas[0] in BOT_KINDS and lemmas[1] in ASSISTANTS


@lru_cache(maxsize=20_000)
def thing_noun(word: str) -> bool:
    """A word whose likeliest reading is a lifeless noun the dictionary knows, with no name
    reading: «вклад», «торт», «колонка» (also a weasel's genitive), «тариф»."""
    info = morph.word_info(word)
    if not info.known or info.name_readings:
        return False
    parses = morph.analyzer().parse(word.lower())
    if any(p.normal_form in NAME_HOLDERS for p in parses):
        return False  # «в графе» is a field, whatever «граф» may be
    return parses[0].tag.POS == "NOUN" and "inan" in parses[0].tag


def _nominative(word: str) -> bool:
    """The likeliest reading is in the nominative or the accusative, or never declines: the
    thing stands alone or is the object, with its title beside it («вклад», «пакет», «кофе»)."""
    tag = morph.analyzer().parse(word.lower())[0].tag
    return tag.case in TITLE_CASES or "Fixd" in tag


def _verb(word: str) -> bool:
    return morph.word_info(word).pos in {"VERB", "INFN", "PRED"}


def _before(doc, i: int) -> int | None:
    """The token before token i across spaces on its line, if any."""
    j = i - 1
    while j >= 0 and doc[j].is_space and "\n" not in doc[j].text:
        j -= 1
    return j if j >= 0 and "\n" not in doc[j].text else None


def station(doc, start: int, end: int) -> bool:
    """One word shaped as a feminine adjective in -ской after «на» or «у» (and «метро»,
    «станции» between): a metro station or a street («на Маяковской», «я у маяковской живу»,
    «у метро Алексеевской»), where a person would be «на Маяковскую»."""
    if end - start != 1 or not doc[start].lower_.endswith(STATION_ENDINGS):
        return False
    j = _before(doc, start)
    if j is not None and doc[j].lower_ in STATION_WORDS:
        j = _before(doc, j)
    return j is not None and doc[j].lower_ in STATION_PREPOSITIONS


def street_in_genitive(doc, start: int, end: int) -> bool:
    """A name after «на» in the genitive alone: a street (на [улице] Надежды Крупской). «На»
    takes a person in the accusative or the locative («оформлено на Надежду Крупскую»)."""
    if not _after_na(doc, start):
        return False
    words = [t.text for t in doc[start:end] if t.is_alpha]
    if not words:
        return False
    first = morph.word_info(words[0]).name_readings
    cases = {r.case for r in first}
    return "gent" in cases and not cases & {"accs", "loct"}


def street_with_house(doc, start: int, end: int) -> bool:
    """A name followed by a house number after «на» («на Льва Толстого, 16»), or an
    adjective-shaped one in the nominative followed by it («Южнопортовая, 13»): a street."""
    text = text_of(doc)  # not `doc.text`, which spaCy builds again from every token
    after = doc[end - 1].idx + len(doc[end - 1].text)
    if not HOUSE_AFTER.match(text, after):
        return False
    if _after_na(doc, start):
        # a street's name after «на» is in the genitive («на Льва Толстого») or the locative
        # («на Тверской»); a person's in the accusative («на Кадырову Гульнару, 3 418 баллов»)
        cases = {r.case for r in morph.word_info(doc[start].text).name_readings}
        return not cases or bool(cases & {"gent", "loct"})
    last = doc[end - 1].text
    first_name = any(r.part == "Name" for r in morph.word_info(last).name_readings)
    return end - start == 1 and last.lower().endswith(STREET_ADJECTIVE) and not first_name


def _after_na(doc, i: int) -> bool:
    j = i - 1
    while j >= 0 and doc[j].is_space and "\n" not in doc[j].text:
        j -= 1
    return j >= 0 and doc[j].lower_ == "на"
