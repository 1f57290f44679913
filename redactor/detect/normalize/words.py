"""The Russian number words: every form a transcript may spell, with its value and its slot.

Forms are listed explicitly (no pymorphy3 at import: a table is faster and can be read). Keys are
lowercase with «ё» written «е»; the matcher accepts both letters.
"""

from __future__ import annotations

from typing import NamedTuple

# The slot a word fills in a compound number, smallest first. A compound is open at its last
# word's slot and takes a word of a smaller slot only (`numbers.ACCEPTS`).
DIGIT = 0  # «ноль», «восьмёрка»: one dictated digit, never part of a compound
UNIT = 1  # один … девять
TEEN = 2  # десять … девятнадцать: fills the tens and the units
TENS = 3  # двадцать … девяносто
HUNDRED = 4  # сто … девятьсот
THOUSAND = 5  # тысяча: multiplies the compound before it


class NumberWord(NamedTuple):
    slot: int
    value: int
    # An ordinal's ending as written after its digits: «двадцать четвёртого» → "24-го". An
    # ordinal is the last word of its number.
    ending: str = ""
    half: bool = False  # «полтора»: one and a half, a number before «тысяча» only
    # A «тысяча» form's grammatical number, which agrees with the number it multiplies: «одна
    # тысяча», «пять тысяч». None where the form is either («тысячи»: «две тысячи», «одной
    # тысячи»).
    plural: bool | None = None
    # A digit's name in the genitive, which a count before it repeats: «два нуля» → 00, «три
    # семёрки» → 777, «двадцать два два нуля» → 22 00.
    counted: bool = False

    @property
    def ordinal(self) -> bool:
        return bool(self.ending)


# value: forms, for each slot (cardinal numbers, all cases).
_CARDINALS = {
    UNIT: {
        1: "один одна одно одну одного одной одному одним одном одною",
        2: "два две двух двум двумя",
        3: "три трех трем тремя",
        4: "четыре четырех четырем четырьмя",
        5: "пять пяти пятью",
        6: "шесть шести шестью",
        7: "семь семи семью",
        8: "восемь восьми восьмью восемью",
        9: "девять девяти девятью",
    },
    TEEN: {
        10: "десять десяти десятью",
        **{
            10 + n: f"{stem}ь {stem}и {stem}ью"
            for n, stem in enumerate(
                "одиннадцат двенадцат тринадцат четырнадцат пятнадцат шестнадцат семнадцат"
                " восемнадцат девятнадцат".split(),
                start=1,
            )
        },
    },
    TENS: {
        20: "двадцать двадцати двадцатью",
        30: "тридцать тридцати тридцатью",
        40: "сорок сорока",
        50: "пятьдесят пятидесяти пятьюдесятью",
        60: "шестьдесят шестидесяти шестьюдесятью",
        70: "семьдесят семидесяти семьюдесятью",
        80: "восемьдесят восьмидесяти восемьюдесятью восьмьюдесятью",
        90: "девяносто девяноста",
    },
    HUNDRED: {
        100: "сто ста",
        150: "полтораста полутораста",
        200: "двести двухсот двумстам двумястами двухстах",
        300: "триста трехсот тремстам тремястами трехстах",
        400: "четыреста четырехсот четыремстам четырьмястами четырехстах",
        500: "пятьсот пятисот пятистам пятьюстами пятистах",
        600: "шестьсот шестисот шестистам шестьюстами шестистах",
        700: "семьсот семисот семистам семьюстами семистах",
        800: "восемьсот восьмисот восьмистам восемьюстами восьмьюстами восьмистах",
        900: "девятьсот девятисот девятистам девятьюстами девятистах",
    },
    THOUSAND: {
        # «тыща» is how speech recognisers often spell the spoken form
        1000: "тысячи тыщи",  # and, with their grammatical number, _THOUSANDS
    },
    DIGIT: {
        0: "ноль нуль ноля нуля нолю нулю нолем нулем ноле нуле нолик",
    },
}

# Digit names used when dictating: «восьмёрка девятьсот шестнадцать».
_DIGIT_NAME_STEMS = {
    1: "единиц",
    2: "двойк",
    3: "тройк",
    4: "четверк",
    5: "пятерк",
    6: "шестерк",
    7: "семерк",
    8: "восьмерк",
    9: "девятк",
}
_GENITIVE = ("ы", "и")  # «две семёрки», «три единицы»
_ZEROS_COUNTED = "нуля ноля нулей нолей"  # «два нуля», «пять нулей»
# Both spellings of the hard and the «ц» stem («двойки», «единицы»); the extra forms are no words.
_DIGIT_NAME_ENDINGS = ("а", "у", "ы", "и", "ой", "ей", "е")

# Ordinals: stem + adjective endings. A few generated forms are not words («вторый»); harmless.
_ORDINAL_STEMS = {
    UNIT: "перв втор - четверт пят шест седьм восьм девят",  # «третий» is soft: below
    TEEN: "десят одиннадцат двенадцат тринадцат четырнадцат пятнадцат шестнадцат семнадцат"
    " восемнадцат девятнадцат",
    TENS: "двадцат тридцат сороков пятидесят шестидесят семидесят восьмидесят девяност",
    HUNDRED: "сот двухсот трехсот четырехсот пятисот шестисот семисот восьмисот девятисот",
    THOUSAND: "тысячн двухтысячн трехтысячн четырехтысячн пятитысячн шеститысячн семитысячн"
    " восьмитысячн девятитысячн",
}
_ORDINAL_ENDINGS = "ый ой ого ому ым ом ая ую ое ые ых ыми".split()
_THIRD = (
    "третий третьего третьему третьим третьем третья третьей третью третье третьи третьих третьими"
)
_THOUSANDS = {
    False: "тысяча тысячу тысячей тысячею тысяче тыща тыщу тыщей",
    True: "тысяч тысячам тысячами тысячах тыщ",
}
_HALF = "полтора полторы полутора"  # «полторы тысячи»; «полтораста» is a hundreds word
_SLOT_STEP = {UNIT: 1, TEEN: 1, TENS: 10, HUNDRED: 100, THOUSAND: 1000}
_SLOT_FIRST = {UNIT: 1, TEEN: 10, TENS: 20, HUNDRED: 100, THOUSAND: 1000}


def _short(ending: str) -> str:
    """How an ordinal's ending is written after digits: «-го», «-й», «-я» («ого», «ый», «ья»)."""
    return ending[1:] if len(ending) > 1 else ending


def _table() -> dict[str, NumberWord]:
    forms: dict[str, NumberWord] = {}
    for slot, values in _CARDINALS.items():
        for value, spelled in values.items():
            for form in spelled.split():
                forms[form] = NumberWord(slot, value)
    for form in _ZEROS_COUNTED.split():
        forms[form] = NumberWord(DIGIT, 0, counted=True)
    for value, stem in _DIGIT_NAME_STEMS.items():
        for ending in _DIGIT_NAME_ENDINGS:
            forms[stem + ending] = NumberWord(DIGIT, value, counted=ending in _GENITIVE)
    for slot, stems in _ORDINAL_STEMS.items():
        for i, stem in enumerate(stems.split()):
            value = _SLOT_FIRST[slot] + i * _SLOT_STEP[slot]
            for ending in _ORDINAL_ENDINGS if stem != "-" else ():
                forms.setdefault(stem + ending, NumberWord(slot, value, _short(ending)))
    for form in _THIRD.split():
        forms[form] = NumberWord(UNIT, 3, _short(form.removeprefix("треть").removeprefix("трет")))
    for plural, spelled in _THOUSANDS.items():
        for form in spelled.split():
            forms[form] = NumberWord(THOUSAND, 1000, plural=plural)
    for form in _HALF.split():
        forms[form] = NumberWord(UNIT, 1, half=True)
    return forms


FORMS: dict[str, NumberWord] = _table()

# Forms more often meant otherwise in a call («всю семью», «единица измерения», «первое
# блюдо»), or that are never data alone («полтора месяца»): numbers only in a run with another
# number token. «сорока» (a magpie) is not here: «около сорока минут» is far more common.
AMBIGUOUS = frozenset(
    "семью единица единицы единицу единицей единице первое второе полтора полторы полутора".split()
)

PLUS = "плюс"  # «плюс семь …» → «+7…», at the start of a run only

# Hesitations a recogniser writes inside dictation: «восемь девятьсот шестнадцать э сто …»,
# «… сто двадцать три щас сорок пять», «… так-так …». Only between two number tokens, two at most.
FILLERS = r"э+м*|м+|ну|так(?:-так)?|значит|вот|это|короче|там|щас|сейчас|секунд(?:очк)?у"

# Nouns that count: the number right before one is a quantity, not a dictated digit
# («… шесть семь три раза»: the phone ends at «семь»).
COUNTED = (
    r"раза?|рубл\w*|руб|копе\w*|минут\w*|секунд\w*|час(?:а|ов)?|д(?:ень|ня|ней)|недел\w*"
    r"|месяц\w*|год\w*|лет|штук\w*|процент\w*|человек\w*|числ\w*|цифр\w*"
)
