"""Companies and products that slovnet or morphology would take for a person's name: after
«поддержка» or «сотрудник», with a web domain, in CamelCase, hyphenated with an ordinary word."""

from __future__ import annotations

import re

from redactor.detect import morph

# Words after which a capitalized word is a company or product: «поддержка Инглекс».
BRAND_CUES = frozenset(
    "поддержка служба компания сотрудник помощник приложение сервис банк карта тариф магазин"
    " школа платформа сайт бренд фирма организация".split()
)
# Words that introduce the agent after the company's name in a greeting.
AGENT_ROLES = frozenset("специалист оператор менеджер консультант куратор сотрудник".split())
DOMAINS = frozenset({"ру", "рф", "ru", "рус", "com", "net", "org"})
# «ВкусВилл», «МегаФон», «СберБанк»: a capital inside a word is a brand's; the first half is
# long enough to spare «МакГрегор».
CAMEL = re.compile(r"[А-ЯЁA-Z][а-яёa-z]{3,}[А-ЯЁA-Z][а-яёa-z]+")
DOMAIN = re.compile(r"\.(?:ру|рф|ru|рус|com|net|org)$", re.IGNORECASE)


# Brands, products, tariffs and car models as speech recognition writes them, in lowercase and
# Cyrillic, which morphology and the lowercase NER take for names: «лада ларгус», «скайэнг
# кидс», «мастеркард ворлд блэк эдишн», «кешбэк», «вкусвилл». Stems: a declined form
# («ларгуса», «кешбэка», «маркете») ends in at most MAX_ENDING more letters. Words that are
# also people's names («алиса», «маруся», «лада» alone) are not here: context decides those.
PRODUCT_STEMS = frozenset(
    """
    кешбэк кэшбэк кешбек кэшбек ворлд блэк эдишн кидс голд платинум премиум классик селлер
    маркет маркетплейс секьюр смарт лайт бизнес онлайн пэй эксклюзив джуниор
    скайэнг фоксфорд нетологи инглекс учи тетрик
    вкусвилл озон вайлдберриз валдберриз авито самокат лавк пятёрочк пятерочк перекрёст
    перекрест магнит ашан леруа спортмастер эльдорадо мвидео ситилинк днс яндекс
    тинькофф тиньков сбер сбербанк втб газпромбанк альфабанк открыти совкомбанк райффайзен
    халв халва
    мегафон билайн теле2 мтс ростелеком йота госуслуг
    ларгус гранта веста приора калина нива солярис крета туссан спортейдж тигуан октави рапид
    камри короллы королла дастер логан сандеро кашкай шкод хендай хундай киа
    рено бмв тойот мерседес ауди фольксваген ниссан мазд мицубиси шевроле лексус хонд порше
    вольво джили хавал чери эксид чанган
    мастеркард юнионпэй
    регидрон нурофен гидровит но-шп ношп
    самозапрет межгород есим
    """.split()
)
MAX_ENDING = 2


def product_word(word: str) -> bool:
    """A brand, product or tariff word (`PRODUCT_STEMS`) in any form: «ларгуса», «кешбэком»."""
    word = word.lower()
    return any(
        word[:k] in PRODUCT_STEMS for k in range(max(len(word) - MAX_ENDING, 2), len(word) + 1)
    )


def beside_product(doc, i: int) -> bool:
    """«Лада Веста», «Лада Ларгус»: a word just before a product word (across spaces only)
    names the product with it, not a person. Not after one: «сбербанк любовь здравствуйте»
    is a company and then its agent."""
    for j in (i + 1, i + 2):
        if not 0 <= j < len(doc):
            continue
        between = doc[min(i, j) + 1 : max(i, j)]
        if all(t.is_space and "\n" not in t.text for t in between) and product_word(doc[j].text):
            return True
    return False


def is_brand(doc, start: int, end: int) -> bool:
    """«в поддержку Инглекс», «сотрудник Фоксфорд», «карту Альфа-Карта», «Учи.ру»: a company or
    product where slovnet saw a name. Said only of words with no name reading."""
    words = [t.text for t in doc[start:end] if any(c.isalpha() for c in t.text)]
    if any(DOMAIN.search(w) or CAMEL.match(w) for w in words):
        return True
    if words and all(product_word(w) for w in words):
        return True  # «скайэнг кидс», «ларгус», «кешбэк»
    if end < len(doc) - 1 and doc[end].text == "." and doc[end + 1].lower_ in DOMAINS:
        return True
    # A known name stays a name even after «сотрудник» («сотрудник Иванов»); a word that
    # pymorphy3 only guesses at does not.
    if any(morph.word_info(w).known and morph.word_info(w).name_readings for w in words):
        return False
    before = start - 1
    while before >= 0 and (doc[before].is_punct or doc[before].is_space):
        before -= 1
    if before >= 0 and morph.lemma(doc[before].text) in BRAND_CUES:
        return True
    return introduces_agent(doc, end) or any(_common_part(w) for w in words)


def introduces_agent(doc, end: int) -> bool:
    """«это Нетология, специалист Ольга», «Тетрика, меня зовут Илья»: a contact center names
    itself, then its agent."""
    after = [t for t in doc[end : end + 6] if not (t.is_punct or t.is_space)][:2]
    if not after:
        return False
    if morph.lemma(after[0].text) in AGENT_ROLES:
        return True
    return [t.lower_ for t in after] == ["меня", "зовут"]


def _common_part(word: str) -> bool:
    """«Альфа-Банк», «Альфа-Карта»: a hyphenated name with an ordinary thing in it."""
    if "-" not in word:
        return False
    for part in word.split("-"):
        info = morph.word_info(part)
        if info.known and not info.name_readings and not info.animate and info.pos == "NOUN":
            return True
    return False


def glued_to_thing(doc, i: int) -> bool:
    """«Альфа» in «Альфа-Онлайн», «Альфа-Банк»: a hyphen glues it to an ordinary word, so the
    whole is a brand («Гусева-Петрова», «Буша-младшего» glue names and adjectives)."""
    for j in (i - 2, i + 2):
        if 0 <= j < len(doc) and doc[(i + j) // 2].text == "-":
            left, right = sorted((i, j))
            if doc[left].whitespace_ or doc[left + 1].whitespace_:
                continue
            info = morph.word_info(doc[j].text)
            if info.known and not info.name_readings and info.pos not in {"ADJF", "ADJS"}:
                return True
    return False
