"""Plausible Russian surrogate addresses of the same layout.

Type words («г.», «улица», «пр-т», «д.», «кв.», «индекс»), prepositions, punctuation and spaces
stay; each street, settlement and region name becomes another of its kind in the same grammatical
form («в Туле» → «в Калуге», «на Садовой» → «на Лесной», «Ленина» → «Гагарина»: a person's name
stays genitive), each number another of as many digits, said in words if it was said
(«дом три» → «дом семь»), and a postcode six other digits. Names and numbers are drawn by an HMAC
of their lemma or digits, so «ул. Мира, д. 3» and «улица мира дом три» become the same street and
house.

    >>> surrogate_address("г. Тула, ул. Садовая, д. 5, кв. 12", b"k")
    'г. Пенза, ул. Школьная, д. 4, кв. 28'
"""

from __future__ import annotations

import hashlib
import hmac
import re
from dataclasses import dataclass
from functools import lru_cache

from redactor.detect.morph import NAME, SURNAME, analyzer
from redactor.detect.normalize import normalize
from redactor.replace.addresses import TYPE_WORDS
from redactor.replace.surrogates import names

try:  # written in parallel by another helper; the fallback below says plain numbers
    from redactor.replace.surrogates.spoken import respoken
except ImportError:  # pragma: no cover
    respoken = None

# Kinds of names, each with the lemmas its surrogates are drawn from.
CITY, STREET_ADJ, REGION_ADJ, PERSON, STREET_NOUN = "city", "street", "region", "person", "noun"
CITIES = """
    калуга тула тверь рязань кострома вологда пенза самара казань уфа пермь тюмень чита анапа
    коломна гатчина кинешма вязьма сызрань астрахань
    омск томск курск липецк тамбов брянск смоленск псков ярославль архангельск мурманск
    саратов воронеж белгород оренбург ижевск иркутск ейск муром рыбинск выборг подольск
    серпухов дмитров углич
""".split()
# Adjectives that name streets and districts: «Садовая», «Ленинский проспект», «Советский район».
STREET_ADJECTIVES = """
    садовый лесной полевой школьный центральный молодёжный зелёный советский заречный луговой
    речной парковый солнечный цветочный берёзовый сосновый вишнёвый трудовой пионерский
    комсомольский октябрьский первомайский заводской почтовый степной южный северный
    восточный западный кленовый липовый рябиновый майский новосёловский
""".split()
REGION_ADJECTIVES = """
    тульский калужский рязанский тверской владимирский ярославский костромской ивановский
    смоленский брянский орловский курский липецкий тамбовский пензенский саратовский
    воронежский белгородский вологодский псковский новгородский
""".split()
# Men streets are named after, declined like surnames (the street's name is their genitive).
PERSONS = """
    гагарин пушкин лермонтов чехов чкалов королёв титов кутузов суворов ломоносов менделеев
    тургенев некрасов есенин шолохов жуков калинин киров крылов гончаров репин радищев
    грибоедов добролюбов фрунзе островский белинский чернышевский
""".split()
STREET_NOUNS = "мир победа труд свобода дружба молодёжь революция октябрь".split()
CANDIDATES = {
    CITY: CITIES,
    STREET_ADJ: STREET_ADJECTIVES,
    REGION_ADJ: REGION_ADJECTIVES,
    PERSON: PERSONS,
    STREET_NOUN: STREET_NOUNS,
}

# Type words that a name after (or before) them belongs to.
SETTLEMENT_TYPES = frozenset(
    "г гор город пос посёлок поселок п пгт рп село с дер деревня д хутор х станица снт".split()
)
REGION_TYPES = frozenset("обл область край респ республика р-н район ао".split())
# Words kept as they are: titles in street names («улица маршала жукова»), «имени», the country.
KEPT = frozenset(
    """маршал генерал адмирал академик герой космонавт лётчик летчик профессор имени им
    россия рф российский федерация буква литера дробь слэш слеш номер код домофон вход угол
    январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь""".split()
)  # months too: «улица 8 Марта» is named by a date
KEPT_POS = frozenset({"PREP", "CONJ", "PRCL", "INTJ", "NPRO", "ADVB", "PRED"})
POSTCODE = 6
PREPOSITIONS = frozenset("в во на по от до из к у".split())  # type words to `addresses`, not here
# A word, hyphenated parts included («пр-т», «Ростов-на-Дону»), with an abbreviation's dot.
WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*\.?")
DIGITS = re.compile(r"\d+")


def _digest(key: bytes, *parts: str) -> int:
    message = "\x1f".join(parts).encode()
    return int.from_bytes(hmac.new(key, message, hashlib.sha256).digest()[:8], "big")


@dataclass(frozen=True)
class Piece:
    """A stretch of the original to replace: a name word or a number."""

    start: int
    end: int
    text: str
    number: str | None = None  # digits, for a number (said or written)


def surrogate_address(value: str, key: bytes) -> str:
    """`value` with its names and numbers replaced, its type words and layout kept."""
    pieces = _pieces(value)
    words = [p for p in pieces if p.number is None]
    kinds = _kinds(value, words)
    towns = _towns(value, words, kinds)
    out, last, previous = [], 0, None
    for piece in pieces:
        if piece.start < last:
            continue  # a word of a town already replaced whole
        out.append(value[last : piece.start])
        if piece.start in towns:
            run = towns[piece.start]
            out.append(_town(run, key))
            last = run[-1].end
            continue
        if piece.number is not None:
            out.append(_number(piece, key, previous))
        else:
            out.append(_word(piece.text, kinds.get(piece.start), key))
        previous = piece.text if piece.number is None else None
        last = piece.end
    out.append(value[last:])
    return "".join(out)


def _towns(value: str, words: list[Piece], kinds: dict[int, str]) -> dict[int, list[Piece]]:
    """Towns of several words, by their first word: adjectives before a town's noun («Нижний
    Новгород», «Набережные Челны», «в Старом Осколе», «деревня Малые Вязёмы»). Replaced word by
    word they would turn into «Майский Саратов», «Северные Оренбург»; whole, one town."""
    towns: dict[int, list[Piece]] = {}
    i = 0
    while i < len(words):
        j = i
        while j + 1 < len(words) and value[words[j].end : words[j + 1].start].isspace():
            if not _adjective(words[j].text):
                break
            j += 1
        last, before = words[j], words[i - 1].text if i else None
        if (
            j > i
            and not _is_type(last.text)
            and _town_noun(last.text, kinds.get(last.start), before)
        ):
            towns[words[i].start] = words[i : j + 1]
            i = j + 1
        else:
            i += 1
    return towns


def _adjective(word: str) -> bool:
    return not _is_type(word) and any(p.tag.POS == "ADJF" for p in analyzer().parse(_bare(word)))


def _adjective_lemma(word: str) -> str:
    """«Сергиевом» is «сергиев» (the adjective), not «Сергиево» (a village's noun)."""
    return next((p.normal_form for p in analyzer().parse(word) if p.tag.POS == "ADJF"), word)


def _town_noun(word: str, kind: str | None, after: str | None) -> bool:
    """A town's noun: after a settlement type, any noun; else a place name, unless a street's
    type word stands right before the run («ул. Малая Бронная»; «в», «на» are no such word)."""
    nouns = [p for p in analyzer().parse(_bare(word)) if p.tag.POS == "NOUN"]
    if kind == CITY:
        return bool(nouns)
    street = after is not None and _is_type(after) and _bare(after) not in PREPOSITIONS
    return not street and any("Geox" in p.tag for p in nouns)


def _town(run: list[Piece], key: bytes) -> str:
    """One town for the whole run, in the case of its noun, capitalized like its first word;
    chosen by the run's lemmas, so «Нижний Новгород» and «в Нижнем Новгороде» agree."""
    noun = run[-1].text
    form = _form(_bare(noun), CITY) or Form(CITY, _bare(noun), frozenset({"nomn"}))
    lemma = " ".join(_adjective_lemma(_bare(p.text)) for p in run[:-1]) + " " + form.lemma
    new = _replacement(Form(CITY, lemma, form.grammemes), _bare(noun), key)
    return names._capitalize_like(run[0].text, new)


def _pieces(value: str) -> list[Piece]:
    """Numbers said in words (as `normalize` hears them), numbers in digits, and words."""
    spoken = [s for s in normalize(value).spans if re.search(r"[^\W\d_]", value[s.start : s.end])]
    busy = [(s.start, s.end) for s in spoken]
    pieces = [Piece(s.start, s.end, value[s.start : s.end], s.value) for s in spoken]

    def free(m: re.Match) -> bool:
        return not any(a < m.end() and m.start() < b for a, b in busy)

    pieces += [Piece(m.start(), m.end(), m[0], m[0]) for m in DIGITS.finditer(value) if free(m)]
    pieces += [Piece(m.start(), m.end(), m[0]) for m in WORD.finditer(value) if free(m)]
    return sorted(pieces, key=lambda p: p.start)


# --- numbers ---------------------------------------------------------------------------------


def new_digits(digits: str, key: bytes, role: str = "") -> str:
    """Other digits, as many: a postcode starts 1–6 like Russian ones, a number never starts
    with 0 unless the original did; never the original. `role` («квартира») draws a flat's
    number apart from the house's: «д. 5, кв. 5» does not become «д. 3, кв. 3»."""
    n = len(digits)
    low = 10 ** (n - 1) if digits[0] != "0" else 0
    high = 10**n
    if n == POSTCODE:
        low, high = 100_000, 700_000
    span = high - low
    for attempt in range(8):
        parts = ("number", role, digits, str(attempt)) if role else ("number", digits, str(attempt))
        new = f"{low + _digest(key, *parts) % span:0{n}d}"
        if new != digits:
            return new
    return digits[::-1] if digits[::-1] != digits else str((int(digits) + 1) % 10**n).zfill(n)


def _number(piece: Piece, key: bytes, before: str | None = None) -> str:
    number = piece.number.lstrip("+").partition("-")[0]  # «+7», an ordinal's «45-я»
    fresh = new_digits(number, key, _role(before))
    if not re.search(r"[^\W\d_]", piece.text):  # written in digits
        return fresh
    if respoken is not None:
        said = respoken(piece.text, fresh)
        if said:
            return said
    return _say_fallback(fresh)


# The parts of a building numbered apart from the house, by the lemmas and abbreviations of
# their type words; a house number keeps no role, so «Ленина 5» and «д. 5» stay one house.
ROLES = {
    "кв": "квартира", "квартира": "квартира", "корп": "корпус", "корпус": "корпус",
    "к": "корпус", "стр": "строение", "строение": "строение", "под": "подъезд",
    "подъезд": "подъезд", "эт": "этаж", "этаж": "этаж", "оф": "офис", "офис": "офис",
}  # fmt: skip


def _role(word: str | None) -> str:
    if word is None:
        return ""
    bare = _bare(word)
    return ROLES.get(bare) or ROLES.get(_lemma(bare), "")


def _say_fallback(digits: str) -> str:
    """The digits one by one, were `redactor.replace.surrogates.spoken` missing."""
    units = "ноль один два три четыре пять шесть семь восемь девять".split()
    return " ".join(units[int(d)] for d in digits)


# --- names -----------------------------------------------------------------------------------


def _bare(word: str) -> str:
    return word.lower().rstrip(".")


def _is_type(word: str) -> bool:
    bare = _bare(word)
    return bare in TYPE_WORDS or _lemma(bare) in TYPE_WORDS or bare in {"индекс", "пр-т", "б-р"}


def _kept(word: str) -> bool:
    return _bare(word) in KEPT or _lemma(_bare(word)) in KEPT


@lru_cache(maxsize=20_000)
def _lemma(word: str) -> str:
    return analyzer().parse(word)[0].normal_form


def _kinds(value: str, words: list[Piece]) -> dict[int, str]:
    """The kind of each name word, by the type word nearest to it in its comma-separated part:
    before it («город Тула», «улица Садовая»), or else right after it («Ленинский проспект»,
    «Тульская область»); with none, by its morphology (`_kind_by_form`)."""
    kinds: dict[int, str] = {}
    for i, piece in enumerate(words):
        if _is_type(piece.text) or _kept(piece.text):
            continue
        kind = None
        for j in range(i - 1, -1, -1):  # the nearest type word before, in this part
            if "," in value[words[j].end : words[j + 1].start]:
                break
            if _is_type(words[j].text):
                kind = _kind_after(_bare(words[j].text))
                break
        if kind is None and i + 1 < len(words) and _is_type(words[i + 1].text):
            if "," not in value[piece.end : words[i + 1].start]:
                kind = _kind_before(_bare(words[i + 1].text))
        kinds[piece.start] = kind or ""
    return kinds


def _kind_after(type_word: str) -> str | None:
    if type_word in SETTLEMENT_TYPES or _lemma(type_word) in SETTLEMENT_TYPES:
        return CITY
    if type_word in REGION_TYPES or _lemma(type_word) in REGION_TYPES:
        return REGION_ADJ
    return STREET_ADJ  # a street type; after «дом», «кв.» the morphology decides anyway


def _kind_before(type_word: str) -> str | None:
    if type_word in REGION_TYPES or _lemma(type_word) in REGION_TYPES:
        return REGION_ADJ
    return STREET_ADJ


@dataclass(frozen=True)
class Form:
    """The reading of a name word a surrogate copies: its kind, lemma and grammemes."""

    kind: str
    lemma: str
    grammemes: frozenset[str]


def _form(word: str, hint: str) -> Form | None:
    """How a name word is read: an adjective (street, district, region), a person's name in
    the genitive, a street noun («Мира»), a settlement; None for a word to keep."""
    parses = analyzer().parse(word.lower())
    best = parses[0]
    if best.tag.POS in KEPT_POS and not word[:1].isupper():
        return None
    if best.tag.POS == "NOUN" and best.tag.number == "plur" and best.tag.case == "gent":
        return None  # named after a group, no one's address: «Героев Панфиловцев», «Космонавтов»
    for p in parses:
        if p.normal_form in STREET_NOUNS and p.tag.number == "sing" and hint != CITY:
            return Form(STREET_NOUN, p.normal_form, _grammemes(p))
    if hint != CITY:
        people = [p for p in parses if {SURNAME, NAME} & p.tag.grammemes and p.tag.case == "gent"]
        if people and not any(p.tag.POS == "ADJF" for p in parses[:1]):
            best_person = max(people, key=lambda p: (p.tag.gender == "masc", p.score))
            return Form(PERSON, best_person.normal_form, _grammemes(best_person))
    adjectives = [p for p in parses if p.tag.POS == "ADJF"]
    if adjectives and hint != CITY:
        kind = REGION_ADJ if hint == REGION_ADJ else STREET_ADJ
        return Form(kind, adjectives[0].normal_form, _grammemes(adjectives[0]))
    nouns = [p for p in parses if p.tag.POS == "NOUN"]
    geo = [p for p in nouns if "Geox" in p.tag] or nouns
    if geo and (hint == CITY or "Geox" in geo[0].tag):
        # «Казань» reads as nominative or accusative: after «по адресу» it is the nominative,
        # and a surrogate of the other declension («Уфу») would say the accusative aloud.
        same = [p for p in geo if p.normal_form == geo[0].normal_form]
        chosen = next((p for p in same if p.tag.case == "nomn"), geo[0])
        return Form(CITY, chosen.normal_form, _grammemes(chosen))
    if adjectives:
        return Form(STREET_ADJ, adjectives[0].normal_form, _grammemes(adjectives[0]))
    if nouns and nouns[0].is_known and hint != CITY:
        return Form(PERSON, nouns[0].normal_form, frozenset({"gent", "masc"}))
    return Form(hint or CITY, word.lower(), frozenset({"nomn"}))  # unknown: a nominative name


def _grammemes(parse) -> frozenset[str]:
    tag = parse.tag
    return frozenset(g for g in (tag.case, tag.number, tag.gender) if g)


def _word(word: str, hint: str | None, key: bytes) -> str:
    bare = word.rstrip(".")
    dot = word[len(bare) :]
    if hint is None or len(bare) < 2 or "-" in bare and _is_type(bare):
        return word  # a type word, a kept word, a house's letter («5 а»)
    if "-" in bare and not any(p.is_known for p in analyzer().parse(bare.lower())):
        # «Ростов-на-Дону», «Тверская-Ямская»: each part on its own; «Санкт-Петербург» whole
        return "-".join(_word(p, hint, key) if len(p) > 2 else p for p in bare.split("-")) + dot
    form = _form(bare, hint)
    if form is None:
        return word
    new = _replacement(form, bare, key)
    return names._capitalize_like(bare, new) + dot


def _replacement(form: Form, word: str, key: bytes) -> str:
    """Another name of the form's kind, in its case, number and gender, never the original."""
    if form.kind == PERSON and any(
        NAME in p.tag and p.tag.case == "gent" for p in analyzer().parse(word.lower())
    ):
        return names.surrogate_word(word.lower(), key)  # «улица льва толстого»: a first name
    # Each original shuffles the list by its own HMAC; a town of the same gender first, to agree
    # with «Нижний», «был», «была».
    ordered = sorted(
        (c for c in CANDIDATES[form.kind] if c != form.lemma),
        key=lambda c: (
            form.kind == CITY and _gender(c) not in form.grammemes,
            _digest(key, form.kind, form.lemma, c),
        ),
    )
    for candidate in ordered:
        new = _inflect(candidate, form)
        if new and new != word.lower():
            return new
    return ordered[0]


@lru_cache(maxsize=1_000)
def _gender(lemma: str) -> str | None:
    return analyzer().parse(lemma)[0].tag.gender


def _inflect(lemma: str, form: Form) -> str | None:
    wanted = set(form.grammemes)
    parses = analyzer().parse(lemma)
    # The candidate's own lexeme first: «Муром» is the town, not the instrumental of «мур».
    parses = sorted(parses, key=lambda p: p.normal_form != lemma)
    for p in parses:
        if p.normal_form != lemma and p.word != lemma:
            continue
        if form.kind == CITY and p.tag.POS != "NOUN":
            continue
        if form.kind == PERSON and SURNAME not in p.tag and lemma not in STREET_NOUNS:
            if p.tag.POS != "NOUN":
                continue
        if form.kind in (STREET_ADJ, REGION_ADJ) and p.tag.POS != "ADJF":
            continue
        if form.kind in (CITY, STREET_NOUN):
            wanted -= {"masc", "femn", "neut", "plur"}  # a noun has its own gender and number
        if form.kind == PERSON:
            wanted = (wanted - {"femn", "neut"}) | {"masc"}
        if "plur" in wanted:
            wanted -= {"masc", "femn", "neut"}
        inflected = p.inflect(wanted)
        if inflected:
            return inflected.word
    return None
