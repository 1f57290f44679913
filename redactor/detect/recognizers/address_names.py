"""Which words can name a street, a settlement or a region: morphology where a capital letter
is missing (speech recognition, hurried chats) and a check on capitalised ones.

«улица ленина», «на гагарина 12», «деревня ивановка», «московская область» are names; «улица
широкая» may be one; «на улице холодно», «город большой», «на тариф 300» are not. The checks
on lowercase words return how many of the words after the type word belong to the name (0: not
a name), so that the caller can end the part where the name ends. `counted` tells a number that
counts something («5 машин») from a house number («5 итоговая стоимость»).
"""

from __future__ import annotations

from functools import lru_cache

from redactor.detect import morph
from redactor.detect.recognizers import address_words as w

# Streets named by a person with a title: «улица маршала жукова», «на генерала белова 5».
TITLES = frozenset(
    "маршал генерал адмирал академик герой космонавт лётчик летчик профессор".split()
)
# Titles and roles before a surname in a street's name: «улица партизана железняка».
PERSON_TITLES = TITLES | frozenset("партизан пионер писатель поэт композитор капитан".split())
# What a number counts: «2 карты», «5 новых».
COUNTED = frozenset({"NOUN", "ADJF", "PRTF"})
# First halves of a hyphenated street name, written apart by speech recognition: «ново садовая».
COMPOUND_HEADS = frozenset(
    "ново старо верхне нижне средне мало больше северо юго восточно западно".split()
)
# Words before a street's own name: «набережная реки фонтанки», «улица имени ленина».
NAME_HEADS = frozenset("реки канала имени им".split())
# Types whose names are nouns in the nominative: «микрорайон новогорск», «снт ромашка».
NOUN_NAMED = frozenset("микрорайон мкр мкрн мкр-н квартал кв-л снт".split())
# Adjectives that never name a street or a place: «наш», «каждый» (Apro); «первый» (Anum);
# «иванову» (Poss: a person's).
NOT_NAMES = frozenset({"Apro", "Anum", "Poss"})


@lru_cache(maxsize=50_000)
def _parses(word: str) -> tuple:
    return tuple(morph.analyzer().parse(word.lower()))


@lru_cache(maxsize=1_000)
def _forms(type_word: str) -> frozenset[tuple[str | None, str | None]]:
    """(gender, case) of a type word as written: «улице» → femn datv or loct, «проспект» → masc
    nomn or accs; empty for an abbreviation («ул», «ш», «пр т»), whose parses pymorphy3 guesses,
    and which then agrees with any name."""
    if len(type_word) <= 4 or any(c in type_word for c in ".- "):
        return frozenset()
    return frozenset(
        (p.tag.gender, p.tag.case)
        for p in _parses(type_word)
        if p.tag.POS == "NOUN" and p.is_known and p.tag.number == "sing"
    )


def _agrees(p, forms: frozenset) -> bool:
    """An adjective naming the thing of the type word: its gender, and its case or nominative
    («на улице лесной», «на улице лесная»)."""
    if not forms:
        return True
    return any(
        p.tag.gender == g and (p.tag.case in {c, "nomn"}) and not (c == "accs" and "anim" in p.tag)
        for g, c in forms
    )


def _adjective(p) -> bool:
    return p.tag.POS == "ADJF" and not (NOT_NAMES & p.tag.grammemes)


def _surname(word: str) -> bool:
    """A surname in the genitive, more likely than the word's common noun readings («ленина»,
    «жукова», «фрунзе», «дзержинского», «черняховского»; not «мороза»)."""
    parses = _parses(word)
    if word.endswith(("ского", "цкого")) and any(
        p.tag.POS == "ADJF" and p.tag.case == "gent" for p in parses
    ):
        return True  # declined as an adjective: улица черняховского
    name = sum(p.score for p in parses if "Surn" in p.tag)
    common = sum(
        p.score for p in parses if not (morph.PROPER & p.tag.grammemes) and not _adjective(p)
    )
    genitive = any("Surn" in p.tag and (p.tag.case == "gent" or "Fixd" in p.tag) for p in parses)
    return genitive and name > common


def _genitive_of(word: str, test) -> bool:
    return any(p.tag.case == "gent" and test(p) for p in _parses(word))


def _person(words: tuple[str, ...]) -> int:
    """A person's name in the genitive, as streets are named: «маршала жукова», «льва толстого»,
    «ленина». How many words it takes."""
    if len(words) > 1 and _titled(words[0]) and _genitive_of(words[1], _noun):
        return 2  # академика янгеля, партизана железняка: a surname after a title
    if len(words) > 1 and _surname(words[1]):
        parses = _parses(words[0])
        genitive = sum(p.score for p in parses if p.tag.case == "gent" and _title_or_first_name(p))
        if genitive > sum(p.score for p in parses if p.tag.case == "nomn"):  # not «виктория»
            return 2
    if len(words) > 1 and _genitive_of(words[0], _adjective) and _genitive_of(words[1], _noun):
        return 0  # «городского парка» is an adjective with its noun, not a surname
    return 1 if _surname(words[0]) else 0


def _titled(word: str) -> bool:
    """A title or a person's role in the genitive, as a street names a person: «академика»,
    «маршала», «партизана»; whatever word follows in the genitive is then the surname, known
    to pymorphy3 or not («академика янгеля»)."""
    return any(
        p.tag.case == "gent" and p.tag.number == "sing" and p.normal_form in PERSON_TITLES
        for p in _parses(word)
    )


def _title_or_first_name(p) -> bool:
    return p.tag.number == "sing" and (p.normal_form in TITLES or "Name" in p.tag)


def _street_noun(word: str) -> bool:
    return _genitive_of(word, lambda p: p.normal_form in w.STREET_NOUNS)  # мира, победы


@lru_cache(maxsize=50_000)
def street_name(type_word: str, words: tuple[str, ...]) -> tuple[int, bool | None]:
    """How many of the lowercase `words` after a street type word name the street, and whether
    they surely are a name (a person's, «мира», a relative adjective: «лесная») rather than
    maybe one («широкая», «героев», an unknown word); None: a name only with a house after it
    (a common noun in the genitive: «проспект стачек 47», but «на улице снега по колено»)."""
    if words[0] in NAME_HEADS and len(words) > 1:  # «набережная реки фонтанки»
        n, sure = street_name(type_word, words[1:])
        return (n + 1, sure) if n else (0, False)
    if words[0][0].isdigit():  # «улица 8 марта», «улица 8-го марта», «улица 50 лет октября»
        if len(words) > 2 and words[1] == "лет" and _genitive_of(words[2], bool):
            return 3, True
        month = len(words) > 1 and _genitive_of(words[1], lambda p: p.normal_form in w.MONTHS)
        if month:
            return 2, True
        # «улица двадцать второго партсъезда» (22-го партсъезда): an ordinal and its noun
        ordinal = "-" in words[0] and len(words) > 1 and _mostly_genitive_noun(words[1])
        return (2, True) if ordinal else (0, False)
    if words[0] in COMPOUND_HEADS and len(words) > 1 and adjective_name(type_word, words[1], True):
        return 2, True  # «улица ново садовая»: Ново-Садовая, the hyphen lost in speech
    if n := _person(words):
        return n, True
    if _street_noun(words[0]):
        return 1, True
    first = _parses(words[0])
    forms = _forms(type_word)
    if type_word.rstrip(".") in NOUN_NAMED or _lemma_of(type_word) in NOUN_NAMED:
        if any(p.tag.POS == "NOUN" and p.tag.case == "nomn" for p in first):
            return 1, True  # микрорайон новогорск
    adjectives = [p for p in first if _adjective(p) and _agrees(p, forms)]
    if adjectives:  # «улица лесная», «улица большая покровская»
        n = 2 if len(words) > 1 and adjective_name(type_word, words[1]) else 1
        return n, not any("Qual" in p.tag for p in adjectives)
    if len(words) > 1 and _genitive_of(words[0], _adjective) and _genitive_of(words[1], _noun):
        return 2, False  # улица красной армии
    if _genitive_of(words[0], lambda p: "Geox" in p.tag or ("anim" in p.tag and _noun(p))):
        return 1, False  # улица чкалова, улица героев
    if _mostly_genitive_noun(words[0]):
        return 1, None  # проспект стачек 47, площадь восстания 3: only with a house
    if any(_noun(p) and "Geox" in p.tag and p.tag.case == "nomn" for p in first):
        return 1, None  # улица маросейка 9, улица арбат дом 5: a place's own name, with a house
    return (1, False) if not any(p.is_known for p in first) else (0, False)


def _mostly_genitive_noun(word: str) -> bool:
    """A common noun whose likeliest reading is the genitive: «стачек», «восстания»,
    «партсъезда», as streets are named after events and things."""
    parses = _parses(word)
    return bool(parses) and _noun(parses[0]) and parses[0].tag.case == "gent" and parses[0].is_known


@lru_cache(maxsize=50_000)
def named_after(words: tuple[str, ...]) -> bool:
    """A street name in the genitive of whom or what it is named after: «ленина», «маршала
    жукова», «мира», «космонавтов»; not a month («11 октября 43 275» is a date)."""
    if _genitive_of(words[-1], lambda p: p.normal_form in w.MONTHS):
        return False
    return _person(words) == len(words) or (len(words) == 1 and _street_noun(words[0]))


# The case of an adjective street name after each lead word: «на невском», «на садовую», «по
# садовой», «от горной», «адрес невский», and a bare «горная 25 квартира 3».
LEAD_CASES = {"на": {"loct", "accs"}, "по": {"datv"}, "от": {"gent", "nomn"}, "до": {"gent"}}


@lru_cache(maxsize=50_000)
def bare_street_name(lead: str, words: tuple[str, ...], housed: bool) -> bool:
    """Whether `words`, with no type word, after «на», «по», «от», «адрес», or before a house that
    is surely one (`housed`: a flat after it, «19б», «28 15»), surely name a street: «на ленина»,
    «по пушкина», «на маршала жукова», «на невском», «по садовой»; «северный 57 квартира 3» (an
    adjective that also describes, «большой», «северный», only before such a house)."""
    if named_after(words):
        return True
    cases = LEAD_CASES.get(lead, {"nomn"})
    return len(words) == 1 and any(
        _adjective(p) and p.tag.case in cases and (housed or "Qual" not in p.tag)
        for p in _parses(words[0])
    )


@lru_cache(maxsize=50_000)
def settlement_name(type_word: str, words: tuple[str, ...]) -> tuple[int, bool]:
    """How many of the lowercase `words` after a settlement type word name the settlement, and
    whether they surely are a name (a toponym, a naming adjective) rather than maybe one (a word
    pymorphy3 does not know): «город химки», «посёлок октябрьский», «город нижний новгород»."""
    first = _parses(words[0])
    if len(words) > 2 and words[1] == "на":  # ростов на дону
        return (3, True) if town_words(words) == 3 else settlement_name(type_word, words[:1])
    if len(words) > 1 and any(_adjective(p) for p in first) and _place_noun(words[1]):
        return 2, is_toponym(words[1])
    if len(words) > 1 and not any(p.is_known for p in first) and is_toponym(words[1]):
        return 2, True  # усть камчатск, санкт петербург (the hyphen lost)
    if len(words) > 1 and not any(p.is_known for p in first + _parses(words[1])):
        return 2, False  # йошкар ола
    if len(words) > 1 and _adjective_with_noun(words[0], words[1]):
        return 2, False  # минеральные воды
    if _place_noun(words[0]):
        return 1, is_toponym(words[0])
    forms = _forms(type_word)
    if any(_adjective(p) and _agrees(p, forms) for p in first):
        # «город большой» describes; «посёлок октябрьский», «село красное» name.
        if not all("Qual" in p.tag for p in first if _adjective(p)) or is_toponym(words[0]):
            return 1, True
    if type_word in NOUN_NAMED and any(_noun(p) and p.tag.case == "nomn" for p in first):
        return 1, False  # снт ромашка
    return 0, False


@lru_cache(maxsize=50_000)
def adjective_name(type_word: str, word: str, qualities: bool = False) -> bool:
    """An adjective that names what the type word names: «московская область», «ленинский
    проспект», «одинцовский район»; not «в нашей области». One that also describes («большой»,
    «литейный», «северный» are Qual to pymorphy3) only with `qualities`."""
    forms = _forms(type_word)
    return any(
        _adjective(p)
        and _agrees(p, forms)
        and (qualities or "Qual" not in p.tag or "Geox" in p.tag)
        for p in _parses(word)
    )


@lru_cache(maxsize=20_000)
def counted(word: str, number: int) -> bool:
    """Whether `word` is what `number` before it counts: it stands in the case the number
    governs («1 карта», «2 карты», «5 карт», «2 новых»); «57 итоговая», «5 москва» do not."""
    last = number % 10 if not 10 < number % 100 < 20 else 0
    forms = {("plur", "gent")}
    if last == 1:
        forms = {("sing", "nomn"), ("sing", "accs")}
    elif last in (2, 3, 4):
        forms = {("sing", "gent"), ("plur", "gent"), ("plur", "nomn"), ("plur", "accs")}
    return any(
        p.tag.POS in COUNTED
        and (p.tag.number, p.tag.case) in forms
        # «2 карты», but «2 новых»: an adjective after 2–4 is plural; «23 лицевой счёт» is not
        # counted, «лицевой» goes with «счёт»
        and not (last in (2, 3, 4) and p.tag.POS != "NOUN" and p.tag.number == "sing")
        for p in _parses(word)
    )


@lru_cache(maxsize=20_000)
def town_words(words: tuple[str, ...]) -> int:
    """How many of the lowercase `words` said right before a street (nearest last) name its
    town: «сочи», «набережные челны», «нижний новгород», «ростов на дону»; 0 for none."""
    if not _town(words[-1]):
        return 0
    if len(words) > 2 and words[-2] == "на" and _town(words[-3]):
        return 3
    if len(words) > 1 and not any(p.is_known for p in _parses(words[-2])):
        return 2  # санкт петербург, усть камчатск (the hyphen lost)
    return 2 if len(words) > 1 and _adjective_with_noun(words[-2], words[-1]) else 1


def _adjective_with_noun(adjective: str, noun: str) -> bool:
    """«нижний новгород», «минеральные воды»: an adjective in the nominative agreeing with the
    noun after it (in gender too, in the singular)."""
    nouns = {
        (p.tag.number, p.tag.gender if p.tag.number == "sing" else None)
        for p in _parses(noun)
        if _noun(p) and p.tag.case == "nomn"
    }
    return any(
        _adjective(p)
        and p.tag.case == "nomn"
        and (p.tag.number, p.tag.gender if p.tag.number == "sing" else None) in nouns
        for p in _parses(adjective)
    )


def may_be_town(word: str) -> bool:
    """A word that may name a town though pymorphy3 does not know it as one for sure: a word it
    does not know at all («магас»), or one with a toponym reading («плес», «луга»)."""
    return is_toponym(word) or not any(p.is_known for p in _parses(word))


def _town(word: str) -> bool:
    """A toponym more than a common word: «сочи», «иркутск», «мытищи»; not «мира», «победы»."""
    info = morph.word_info(word)
    return info.is_geo and info.common_score < 0.5


def first_name(word: str) -> bool:
    return any("Name" in p.tag for p in _parses(word))


def _noun(p) -> bool:
    return p.tag.POS == "NOUN"


def _place_noun(word: str) -> bool:
    """A toponym, or a noun pymorphy3 does not know (villages outnumber its dictionary)."""
    parses = _parses(word)
    return any(_noun(p) and "Geox" in p.tag for p in parses) or not any(p.is_known for p in parses)


def _lemma_of(word: str) -> str:
    return morph.lemma(word.rstrip("."))


@lru_cache(maxsize=50_000)
def street_like(word: str) -> bool:
    """Streets are named by adjectives, surnames and a few nouns: Тверская, Ленина, Мира."""
    return any(
        p.tag.POS == "ADJF" or "Surn" in p.tag or p.normal_form in w.STREET_NOUNS
        for p in _parses(word)
    )


def is_toponym(word: str) -> bool:
    return morph.word_info(word).is_geo


def known_place(name: str) -> bool:
    """A bare place name before a street: «Москва», «Нижний Новгород», «СПб»; not «Москве На»
    (a sentence that lost its full stop)."""
    if name in w.KNOWN_PLACES:
        return True
    words = name.split()
    return any(map(is_toponym, words)) and all(is_toponym(x) or street_like(x) for x in words)
