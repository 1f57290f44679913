"""Regex fragments and word lists for ADDRESS: the vocabulary of Russian postal addresses.

Each fragment is re.VERBOSE text meant to be pasted into a larger pattern. Names are matched
case-sensitively (a capital letter is much of the evidence); type words take `(?i:...)`, because
chats write «Ул. Ленина», «УЛ», «ул». Every quantifier is bounded by a word or a digit run, so
no fragment can backtrack more than the length of one word.
"""

from __future__ import annotations

import re


def line_regex(pattern: str) -> re.Pattern:
    """Compile a VERBOSE pattern whose `\\s` means a few spaces on one line.

    An address never spans two lines, nor a run of blanks: bounding each run also bounds the
    work on degenerate input («ул.» followed by a page of spaces).
    """
    for loose, tight in ((r"\s*", r"\s{0,3}"), (r"\s+", r"\s{1,3}"), (r"\s", r"[^\S\n]")):
        pattern = pattern.replace(loose, tight)
    return re.compile(pattern, re.VERBOSE)


# A proper name, hyphenated parts allowed: Тверская-Ямская, Ростов-на-Дону, Йошкар-Ола.
NAME = r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]*){0,3}(?![а-яё-])"
# A lowercase name, as chats write them («ул ленина 5»); trusted only with a house number after it.
LOWER = r"[а-яё]{2,}(?:-[а-яё]+){0,3}(?![а-яё-])"
# Ends a word as a Russian adjective does, in any case: Ленинский, Невском, Тверская, Рублёвское.
ADJ_END = r"(?<=ый|ий|ой|ая|яя|ое|ее|го|му|ым|им|ом|ем|ую|юю|ей)"
ADJ = r"(?=[А-ЯЁ][а-яё]{3})" + NAME + ADJ_END  # four letters at least: not «Дом», «Ом»
# 1-я, 2-й, 3ий, 5-ая: an ordinal before a street name or a «линия».
ORDINAL = r"\d{1,3}-?[а-яё]{1,3}(?![а-яё])"

STREET_TYPE = r"""(?i:
    (?:ул|пр-к?т|просп|пер|б-р|наб|пл|пр-д|туп|мкрн?|мкр-н|кв-л)(?:\.|(?![\w-]))  # ул. пр-т пер
  | (?:пр|бул)\.                                    # «пр» without a dot is too short to trust
  | (?-i:ш)\.                                       # «Ш.» is an initial: Ш. Зайберт
  | (?:улиц(?:а|е|у|ы|ей) | проспект(?:а|е|у|ом)? | переул(?:ок|ка|ке|ку|ком) | шоссе
      | бульвар(?:а|е|у|ом)? | набережн(?:ая|ой|ую) | площад(?:ь|и|ью) | проезд(?:а|е|у|ом)?
      | тупик(?:а|е|у|ом)? | алле(?:я|и|ю|ей) | микрорайон(?:а|е|у|ом)? | тракт(?:а|е|у|ом)?
    )(?!\w)
)"""
# Street types that lost their dot or hyphen in a lowercase chat («пр ленина», «ш энтузиастов»,
# «невский пр т»): trusted only before or after a lowercase street name, and only with a house.
BARE_STREET_TYPE = r"(?-i:пр(?:\s?т)?|ш|б\s?р)(?![а-яё])"
# Street types that are also everyday words («горячая линия», «в третьем квартале»): accepted
# only after an ordinal, as in «5-я линия», «3-й квартал»; «5-й микрорайон» reads the same way.
NUMBERED_STREET_TYPE = r"""(?i:
    (?:лини(?:я|и|ю|ей) | квартал(?:а|е|у|ом)? | микрорайон(?:а|е|у|ом)?)(?!\w) | мкр(?:н|-н)?\.?
  | (?:переул(?:ок|ке) | проезд(?:е)? | тупик(?:е)?)(?!\w)  # «2-й переулок»; «2 переулка» counts
)"""

SETTLEMENT_TYPE = r"""(?i:
    (?<!/)(?-i:г|п|с|д|х)\.                    # lowercase: «Д. Медведев» is an initial;
                                               # «Мбит/с.» a unit
  | (?:гор|пос|дер|р\.\s?п)\.                  # гор. Тула, пос. Новое, дер. Ивановка
  | (?:пгт|рп|снт|ст-ца)(?!\w)
  | (?:город(?:а|е|у|ом)? | (?:рабочий\s+)?пос[её]л(?:ок|ка|ке|ком) | деревн(?:я|и|е|ю|ей)
      | сел(?:о|а|е|ом)
      | станиц(?:а|ы|е|у|ей) | хутор(?:а|е|у)?
    )(?!\w)
)"""

# Settlements small enough that their name alone places a person: «в деревне Ивановка».
VILLAGE_TYPE = r"""(?i:
    (?<!/)(?-i:д|с|п|х)\. | дер\. | пос\. | р\.\s?п\. | (?:пгт|рп|снт|ст-ца)(?!\w)
  | (?:пос[её]л|деревн|сел[оаеу]|станиц|хутор)
)"""

AREA_TYPE_AFTER = r"""(?i:
    обл\. | обл(?:асть|асти)?(?!\w) | кра(?:й|я|е)(?!\w) | р-о?н(?!\w)\.? | район(?:а|е|у)?(?!\w)
  | г\.\s?о\. | городско(?:й|го|м)\s+округ(?:а|е)?(?!\w) | округ(?:а|е)?(?!\w)
  | остров(?:а|е)?(?!\w)                                    # Васильевский остров
)"""
AREA_TYPE_BEFORE = r"""(?i:
    обл\. | област(?:ь|и) | респ\. | республик(?:а|и|е|у) | р-н | район(?:а|е|у)?
)(?!\w)"""

# «д5» as chats write it, but not «Д3» (a vitamin) without the dot.
HOUSE_TYPE = r"""(?:д|(?i:
    дом(?:а|е|у|ом)?(?!\w) | д\. | вл(?:ад)?\. | владени(?:е|я) | уч\. | участ(?:ок|ка|ке)(?!\w)
))"""

UNIT_TYPE = r"""(?i:
    корп(?:ус(?:а|е)?)?\.? | к\. | стр(?:оени(?:е|я|и))?\.? | кв(?:артир(?:а|ы|е|у))?\.?
  | оф(?:ис(?:а|е)?)?\.? | пом(?:ещени(?:е|я))?\. | под\. | подъезд(?:а|е)? | п-д | эт\.
  | этаж(?:е|а)? | комн(?:ата)?\.? | лит(?:ера?)?\.? | домофон(?:а|е)? | код\s+домофона
)"""
# The unit types that name a flat: on its own a flat number is still worth masking.
FLAT_TYPE = r"(?i:кв)"

# «5 минут», «2 года», «45 кв. м», «8 марта»: a number followed by one of these counts something
# and is not a house or a flat.
COUNT_WORD = r"""(?i:
    руб | р\. | р(?=\s|$) | ₽ | \$ | € | тыс | млн | млрд | коп
  | мин | час | сек | сут | дн | день | недел | мес | год | лет | раз(?!\w)
  | шт | % | процент | км | м(?!\w) | м2 | м² | кв\.?\s?м(?!\w) | метр | кг | гр(?!\w) | г(?!\w)
  | [мгкт]б(?!\w) | гиг | мег | чел | бал
  | этаж(?:ей|а(?!\w)|н) | подъезд(?:ов|а(?!\w)) | квартир(?!\w) | комнат | дом(?:а|ов)(?!\w)
  | январ | феврал | март | апрел | ма[яй](?!\w) | июн | июл | август | сентябр | октябр
  | ноябр | декабр
  | собак | собачк | @                                     # комарова 83 собака мейл ру: e-mail
)"""
NOT_A_COUNT = rf"(?!\s*{COUNT_WORD})"
# A number corrected as it is said: «квартира 290 нет 219», «дом 70 ой нет 47».
CORRECTED = r"(?:\s+(?i:ой\s+)?(?i:нет|точнее|вернее)\s+\d{1,4}(?![\d.,:/-]))?"
# Ends a number: not glued to more digits, a decimal or date part, a time, or «3-комнатная».
NUMBER_END = r"(?![\d]|[.,:/]\d|-[а-яё\d])"


def house_number(max_digits: int) -> str:
    """A house number with its letter and fraction (written or said: «12А», «12 буква а», «5
    дробь 1»), glued block and building, and a flat after a dash or said after it («28 15»);
    never the head of a phone or of an amount."""
    return rf"""
        \d{{1,{max_digits}}}(?!\d)
        (?:\s?[А-ЯЁ](?!\w) | [а-яё](?!\w)       # литера: 12А, 7 Б, 5а
          | \s(?i:буква|литера)\s[а-яё](?!\w)     # сказанная: 5 буква а
          | \s[бгде](?![а-яё])                  # сказанная: 95 б
          | \s[ав](?=\s+{UNIT_TYPE}(?![а-яё])|[^\S\n]*(?:\n|$)))?  # 5 а квартира 3, not 5 а потом
        (?:(?:\s?/\s?|\s(?i:дробь|сл[эе]ш)\s)\d{{1,4}}(?:[а-яё](?!\w))?)?  # 5/1, 5 дробь 1
        (?:(?i:к)\d{{1,2}}(?!\d))?              # корпус слитно: 5к2
        (?:(?i:с)\d{{1,2}}(?!\d))?              # строение слитно: 5к2с1
        (?:-\d{{1,4}}(?![\d-])                 # квартира через дефис: 28-15
          | \s\d{{1,4}}(?!\s?\d|[.,:/-]\d|\s+(?i:эт|под)))?  # сказанная следом: 28 15, not 5 2 этаж
        (?!\s+\d+\s+\d)                      # not the head of a phone: рабочий 8 473 379 27 72
        (?!\s+\d+\s*{COUNT_WORD})              # nor of an amount: 24 400 рублей
        {NUMBER_END}{NOT_A_COUNT}"""


# Any type word, so never a name: «город химки микрорайон …», «ул ленина дом 5».
NOT_TYPE_WORD = rf"""(?!(?:
    {STREET_TYPE} | {SETTLEMENT_TYPE} | {HOUSE_TYPE} | {UNIT_TYPE} | {AREA_TYPE_BEFORE}
  | {AREA_TYPE_AFTER}
)(?![а-яё]))"""
# A lowercase word that may be a name; the morphology in address_names decides.
LOWER_NAME = NOT_TYPE_WORD + LOWER

# Bare place names that pymorphy3 does not tag as toponyms but that open an address.
KNOWN_PLACES = frozenset(
    {"СПб", "Спб", "МСК", "Мск", "МО", "ЛО", "РФ", "Российская Федерация", "ХМАО", "ЯНАО"}
)
# Streets named by a common noun in the genitive: «Мира 5-12», «на Победы, 3».
STREET_NOUNS = frozenset(
    "мир победа труд свобода революция октябрь комсомол дружба молодёжь молодежь космонавт"
    " партизан пионер строитель энтузиаст энергетик".split()
)
# A title before a person's name in a street name: «Маршала Жукова 14».
TITLES = r"(?:Маршала|Генерала|Адмирала|Академика|Героя|Космонавта|Лётчика|Летчика|Профессора)"
# Streets named by a date: «улица 8 марта», «ул. 1 мая».
MONTHS = frozenset(
    "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь".split()
)
