"""RU_VEHICLE_PLATE: Russian registration plates, «А123ВС 77».

A plate is a letter, three digits, two letters and a region of 2–3 digits; its letters are only
the twelve that Latin shares (АВЕКМНОРСТУХ), and people type either alphabet. Written tight
(«А123ВС77») or in capitals («А 123 ВС 777») no other text has this shape. Lowercase with
spaces, it may be words («в 123 кв 77»): then a plate word must come before it («госномер»,
«номер машины»), as for a plate without its region, taxi and trailer plates, and a plate said in
words in a transcript («номер машины а сто двадцать три вэ эс семьдесят семь»).
"""

from __future__ import annotations

import re

from redactor.detect.recognizers.base import DOCUMENT_WORD, RuRecognizer
from redactor.detect.recognizers.document_words import cue_words
from redactor.entities import RU_VEHICLE_PLATE

TIGHT = 0.85  # «А123ВС77», «а123вс 777»
CAPITALS = 0.7  # «А 123 ВС 777»
CUED = 0.85  # any of the shapes after a plate word
L = "АВЕКМНОРСТУХABEKMHOPCTYX"  # the letters a plate may have, both alphabets
# A plate letter said by its name in a transcript: «а», «вэ», «эм», «эн», «эс», «тэ», «ха» …;
# «бэ» is no plate's letter, but «вэ» as speech recognition hears it (and as people misname it).
SPOKEN_LETTER = r"(?:а|вэ|в|бэ|е|ка|к|эм|м|эн|н|о|пэ|р|эр|с|эс|т|тэ|у|х|ха|хэ)"
REGION = r"(?:[1279][0-9]{2}|[0-9][1-9]|[1-9]0)"  # 01–99; three digits from 1, 2, 7, 9: 116, 777

PLATE = re.compile(
    rf"""(?<![\w-])
        (?P<first>[{L}])(?P<gap1>[ ]?)                  # «А», maybe a space
        (?P<digits>\d{{3}})(?<!000)(?P<gap2>[ ]?)        # «123» (000 is never issued)
        (?P<pair>[{L}]{{2}})                             # «ВС»
        (?:[ ]?[-|/]?[ ]?(?P<region>{REGION})            # «77», «777», «|77», «/777»
           (?:[ ]?(?:rus|рус))?)?                        # «77 RUS»
        (?![\w-])""",
    re.IGNORECASE | re.VERBOSE,
)
# Taxi («АВ 123 77») and trailer («АВ 1234 77») plates; motorcycle plates («1234 АВ 77»).
OTHER_PLATE = re.compile(
    rf"""(?<![\w-])
        (?:[{L}]{{2}}[ ]?\d{{3,4}}|\d{{4}}[ ]?[{L}]{{2}})
        [ ]?(?P<region>{REGION})(?![\w-])""",
    re.IGNORECASE | re.VERBOSE,
)
SPOKEN_PLATE = re.compile(
    rf"""(?<![\w-])
        {SPOKEN_LETTER}[ ](?:\d(?:[ ]?\d){{2}}                        # «а 123», «у 0 91»
          |[1-9]00[ ]0[1-9])                                       # «у 200 07»: двести ноль семь
        [ ](?:{SPOKEN_LETTER}[ ]{SPOKEN_LETTER}                      # «вэ эс»
          |(?!км|см)[авекмнорстух]{{2}})                             # «мр» said as one, not «км»
        (?:[ ](?:а[ ])?(?:регион[ ])?{REGION}                       # «77», «а регион 159»
           (?:-[а-яё]{{1,2}}(?:[ ]регион)?)?)?(?![\w-])              # «777-й регион»""",
    re.IGNORECASE | re.VERBOSE,
)
# A letter said by its name, which no other phrase has between numbers: «а 101 вэ ха 750».
LETTER_NAME = re.compile(r"(?<!\w)(?:вэ|эм|эн|эс|тэ|ха|хэ|эр|пэ)(?!\w)", re.IGNORECASE)
SPELLED = 0.7
# «номер» alone names any number: «номер машины» is a plate's through «машины».
PLATE_WORD = re.compile(
    r"госномер\w*|гос|грз|номерн\w*|машин\w*|автомобил\w*|авто|тачк\w*|тс|гибдд"
    r"|регистрационн\w*|знак\w*|прицеп\w*|мотоцикл\w*|такси",
    re.IGNORECASE,
)

# Words before the code of a thing, not a car's plate: «модель К123ОО», «код ошибки E123EE».
THING_WORD = re.compile(
    r"модел\w*|код\w*|товар\w*|запчаст\w*|детал\w*|ошибк\w*|серийн\w*|парти\w*|sku|арт"
    r"|маркировк\w*|версия|версии|прошивк\w*|кабел\w*|устройств\w*",
    re.IGNORECASE,
)


class VehiclePlateRecognizer(RuRecognizer):
    ENTITY = RU_VEHICLE_PLATE
    READS_SPOKEN_NUMBERS = True  # «а сто двадцать три вэ эс семьдесят семь» in the spoken copy
    CONTEXT = ["госномер", "машина", "автомобиль", "авто", "грз", "номерной", "прицеп"]
    EXAMPLES = [
        "Машина [А123ВС 77] стоит у подъезда.",
        "у меня госномер [о777оо 199], серебристая киа",
        "Водитель приедет на [а123вс777].",
        "Такси: белая Kia Rio, [А 123 ВС 777].",
        "Номер авто [A123BC77], я проверил по базе.",
        "Штраф пришёл на машину [Х001ХХ 50], а я там не был.",
        "Эвакуировали [Е 555 КХ 78 RUS] с Невского.",
        "Номер машины [т 456 ор 116], запишите.",
        "Госномер моего автомобиля [М123КС], регион [77].",
        "Прицеп [АВ 1234 77] тоже мой.",
        "Такси [ВР 123 77] ждёт у входа.",
        "Номер машины [а 123 вс 77]",
        # Spoken, through redactor.detect.spoken.
        "номер машины [а сто двадцать три вэ эс семьдесят семь]",
        "госномер [о семьсот семьдесят семь о о сто девяносто девять]",
        "spk_2: ой нет [а сто один вэ ха семьсот пятьдесят]",  # letters by name: no cue needed
        "номер машины [н семьсот сорок один к у] правильно",  # no region said
        "оператор: номер машины\nклиент: [а восемьсот двадцать семь мр]",  # a pair said as one
        "госномер [у пятьсот сорок восемь е эр сто двадцать четыре]",
        # «эм эм» is the plate's letters, not a hesitation
        "клиент: фольксваген тигуан [ка девятьсот девяносто девять эм эм сто девяносто восемь]",
        # said again where a plate was spoken of
        "клиент: тигуан [ка девятьсот девяносто девять эм эм сто девяносто восемь]\nоператор:"
        " [к девятьсот девяносто девять м н сто девяносто восемь] как вас зовут",
        "оператор: госномер какой\nклиент: [е шестьсот пять кв сто девяносто семь] верно",
        # a zero said for the empty tens; the region said as an ordinal
        "номер машины [у двести ноль семь ор сто двадцать четыре] тойота камри",
        "госномер [а семьсот сорок три ка о семьсот семьдесят седьмой регион]",
        # «хэ», as «ха», is how Х is said: «эм хэ»
        "[о пятьсот двадцать один эм хэ сто девяносто восемь]",
        "оператор: госномер уже получили\nклиент: да [эр пятьсот пятьдесят пять ка бэ сто"
        " пятьдесят два]",  # «бэ»: «вэ» misheard
    ]
    COUNTER_EXAMPLES = [
        "Модель А123 сняли с производства.",
        "Живу в 123 кв 77, дом синий.",
        "Артикул К123ТО77 нет в наличии.",
        "Заказ А123ВС77 передан курьеру.",
        "Купил кабель HDMI, код товара AB123.",
        "Тариф 123 руб. в месяц, скидка 77%.",
        "Купил запчасть X123TT77 для стиралки.",
        "Код ошибки E123EE 404 на экране.",
        "Встретимся в 12 ор 30",
        "ехали на машине в 123 км от москвы",
        "у меня в 123 кв 77 метров",
        "клиент: в сто один в а семьдесят семь",  # prepositions, not letters by name
        "spk_1: заказ а сто один вэ ха семьсот пятьдесят",
        "а сто двадцать три мм осадков",  # no plate word
        "машина а сто двадцать три рубля",
        "клиент: тигуан\nклиент: я в сто двадцать три кв двенадцать живу",  # a flat, no plate
        "клиент: хэ сто двадцать три хэ хэ",  # laughter, no region
        "клиент: бэ сто двадцать три бэ бэ",  # no region, no plate word
        "клиент: в пятом классе а сто двадцать три бэ тридцать",  # a school class, no plate word
    ]

    def analyze(self, text, entities, nlp_artifacts=None):
        results = []
        for m in PLATE.finditer(text):
            judged = _judge(text, m)
            if judged:
                results.append(self.result(m.start(), _end(text, m), *judged))
        for pattern, why in ((OTHER_PLATE, "taxi or trailer plate"), (SPOKEN_PLATE, "said")):
            for m in pattern.finditer(text):
                cue = _cue(text, m.start())
                if cue:
                    results.append(self.result(*m.span(), CUED, why + " after a plate word"))
                elif (
                    cue is False
                    and pattern is SPOKEN_PLATE
                    and LETTER_NAME.search(m.group())
                    and m.group()[-1].isdigit()  # with its region: a whole plate
                ):
                    results.append(self.result(*m.span(), SPELLED, "said, its letters by name"))
                elif cue is False and pattern is SPOKEN_PLATE and _plate_spoken_of(text, m):
                    results.append(self.result(*m.span(), SPELLED, "said, a plate spoken of"))
        return results


def _judge(text: str, m: re.Match) -> tuple[float, str] | None:
    cue = _cue(text, m.start())
    if cue is None:
        return None  # «артикул», «заказ»: the code of a thing
    tight = not m.group("gap1") and not m.group("gap2")
    capitals = m.group("first").isupper() and m.group("pair").isupper()
    if cue and (m.group("region") or tight or capitals):  # not «машина в 123 км»
        return CUED, "plate after a plate word"
    if not m.group("region"):
        return None
    if tight and not (m.group().isascii() and m.group("first").islower()):
        return TIGHT, "plate, written tight"
    if capitals:
        return CAPITALS, "plate, in capitals"
    return None


def _cue(text: str, start: int) -> bool | None:
    """True after a plate word (or a question about the plate: «Номер машины? ⏎ Клиент: …»),
    None after a document word, False otherwise."""
    for word in reversed(cue_words(text, start)[0]):
        if PLATE_WORD.fullmatch(word):
            return True
        if DOCUMENT_WORD.fullmatch(word) or THING_WORD.fullmatch(word):
            return None
    return False


SPOKEN_OF_REACH = 600  # characters before a plate said again where its word stood
PREPOSITION = frozenset("в к с у о а".split())  # a plate's letter, or a word before a number


def _plate_spoken_of(text: str, m: re.Match) -> bool:
    """A plate said in words (read back, repeated) where a plate word stood shortly before: its
    pair said letter by letter («к 999 м н 198»), or a first letter that is no preposition («е
    605 кв 197»); not «в 123 кв 77», a flat."""
    words = m.group().split()
    pair_apart = len(words) > 3 and not words[3].isdigit()
    if not pair_apart and words[0].lower() in PREPOSITION:
        return False
    before = text[max(0, m.start() - SPOKEN_OF_REACH) : m.start()]
    if any(PLATE_WORD.fullmatch(w) for w in re.findall(r"[^\W\d_]+", before)):
        return True
    # or a plate said before with its letters by name: «ка 999 эм эм 198» … «к 999 м н 198»
    return any(LETTER_NAME.search(p.group()) for p in SPOKEN_PLATE.finditer(before))


REGION_AFTER = re.compile(rf",?[ ]?(?:регион|рег\.?)[ ]?(?P<region>{REGION})(?!\d)", re.I)


def _end(text: str, m: re.Match) -> int:
    """The plate's end: its region written apart is its part («М123КС, регион 77»)."""
    if m.group("region"):
        return m.end()
    after = REGION_AFTER.match(text, m.end())
    return after.end() if after else m.end()
